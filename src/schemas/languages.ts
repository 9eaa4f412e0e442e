import * as z from 'zod/mini';
import { msg } from '../errors/messages';
import type { Language } from './vocab';

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

/** What a pack holds (written by `npm run pack`; read by the core only, never part of the public type). */
export interface LanguagePackData extends LanguagePack {
  /** The reading lexicon's JSON (lists joined as "|a|b"). */
  readonly lexicon: string;
  /** The job-ad lexicon's JSON (lists joined as "|a|b"). */
  readonly postings: string;
  /** Skill id → its aliases in this language, JSON (context lists may name a word set of the catalog as `@name`). */
  readonly aliases: string;
  /** The comparison forms of those aliases, one line each in the same order (see `catalogNorms`). */
  readonly norms: string;
  /** The most tokens of one of its aliases. */
  readonly maxTokens: number;
}

/** True for a language pack of `rolefit/languages` (frozen, branded, a language it can read). */
export function isLanguagePack(value: unknown): value is LanguagePack {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.isFrozen(value) &&
    (value as LanguagePack).kind === LANGUAGE_PACK_KIND &&
    (PACK_LANGUAGES as readonly string[]).includes((value as LanguagePack).code) &&
    typeof (value as LanguagePackData).lexicon === 'string'
  );
}

/** A language pack from `rolefit/languages`. */
export const LanguagePackSchema = z.custom<LanguagePack>(isLanguagePack, msg.notLanguagePack());

/** Language packs, each language once. */
export const LanguagePackListSchema = z.readonly(
  z.array(LanguagePackSchema).check(
    z.superRefine((packs, ctx) => {
      const seen = new Set<string>();
      for (const pack of packs) {
        if (seen.has(pack.code)) ctx.addIssue({ code: 'custom', message: msg.duplicateLanguagePack(pack.code), input: packs });
        seen.add(pack.code);
      }
    }),
  ),
);

/** The language packs to read with (default: none, English only). */
export const LanguagesSchema = z._default(LanguagePackListSchema, []);

/** True for a language that a pack reads (English needs none). */
export function isPackLanguage(code: Language | string): code is PackLanguage {
  return (PACK_LANGUAGES as readonly string[]).includes(code);
}
