// Module aliases of the build (tsup) and of the bundle-size bench: one list, so that both measure what ships.
import { fileURLToPath } from 'node:url';

/** `underscore` → the two functions natural's string distance uses (scripts/shims/underscore.cjs). */
export const BUILD_ALIASES: Record<string, string> = {
  underscore: fileURLToPath(new URL('./shims/underscore.cjs', import.meta.url)),
};
