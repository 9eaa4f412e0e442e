import * as z from 'zod/mini';
import { msg } from '../errors';
import { PACK_HASHES } from './pack-hashes.generated';

/** The languages read by a language pack (`rolefit/languages`); English is always read. */
export const PACK_LANGUAGES = ['de', 'fr', 'es'] as const;
/** A language read by a language pack. */
export type PackLanguage = (typeof PACK_LANGUAGES)[number];

/** The brand of a language pack: tells a pack from any other object. */
export const LANGUAGE_PACK_KIND = 'rolefit.language-pack';

/**
 * A language's vocabulary (reading and job-ad lexicon, catalog aliases), from `rolefit/languages` (`de`, `fr`, `es`):
 * pass it as `languages: [de]`. Its content is opaque; only its `code` is for reading.
 */
export interface LanguagePack {
  readonly kind: typeof LANGUAGE_PACK_KIND;
  /** The language it reads. */
  readonly code: PackLanguage;
}

/** True for a language pack of `rolefit/languages` (frozen, branded, a language it can read). */
export function isLanguagePack(value: unknown): value is LanguagePack {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.isFrozen(value) &&
    (value as LanguagePack).kind === LANGUAGE_PACK_KIND &&
    (PACK_LANGUAGES as readonly string[]).includes((value as LanguagePack).code) &&
    typeof (value as { lexicon?: unknown }).lexicon === 'string'
  );
}

/** A language pack from `rolefit/languages`. */
export const LanguagePackSchema = z.custom<LanguagePack>(isLanguagePack, msg.notLanguagePack());

/** Language packs of this rolefit version (the content hash the pack step wrote), each language once. */
export const LanguagePackListSchema = z.readonly(
  z.array(LanguagePackSchema).check(
    z.superRefine((packs, ctx) => {
      const seen = new Set<string>();
      for (const [i, pack] of packs.entries()) {
        // Caches are keyed by language code: a pack of another version (or forged) would change every later reading.
        if ((pack as { hash?: unknown }).hash !== PACK_HASHES[pack.code]) {
          ctx.addIssue({ code: 'custom', message: msg.foreignLanguagePack(pack.code), path: [i], input: pack.code });
        }
        if (seen.has(pack.code)) ctx.addIssue({ code: 'custom', message: msg.duplicateLanguagePack(pack.code), input: packs });
        seen.add(pack.code);
      }
    }),
  ),
);

/** The language packs to read with (default: none, English only). */
export const LanguagesSchema = z._default(LanguagePackListSchema, []);
