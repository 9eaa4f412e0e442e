// Module aliases of the build (tsup) and of the bundle-size bench: one list, so that both measure what ships.
import { fileURLToPath } from 'node:url';

/**
 * `underscore` → the two functions natural's string distance uses (scripts/shims/underscore.cjs); `compromise/one` →
 * compromise with its tokenizer and output only (scripts/shims/compromise-one.mjs).
 */
export const BUILD_ALIASES: Record<string, string> = {
  underscore: fileURLToPath(new URL('./shims/underscore.cjs', import.meta.url)),
  'compromise/one': fileURLToPath(new URL('./shims/compromise-one.mjs', import.meta.url)),
};
