import { LEXICON_JSON } from '../data/core.generated';
import { LANGUAGES, type Language, type LanguageLexicon, type LanguagePack } from '../schemas';

/**
 * What a language pack holds (written by `npm run pack` into src/data/language-*.generated.ts; read by the core
 * only: the public `LanguagePack` type keeps it opaque).
 */
export interface LanguagePackData extends LanguagePack {
  /** The hash of its content (`fnv1a(lexicon + postings + aliases + norms)`), as the pack step wrote it. */
  readonly hash: string;
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

/** A language's vocabulary for reading résumés: every kind of list but the job-ad words (see `postingsLexiconFor`). */
export type ReadingLexicon = Omit<LanguageLexicon, 'postings'>;

/** The reading vocabulary of one or more languages, merged list by list (English first). */
export interface Lexicon extends ReadingLexicon {
  /** The languages merged, in order. */
  readonly languages: readonly Language[];
  /** A key naming the merge (`en+de`), for caches. */
  readonly key: string;
  /** The language packs merged (all but English), in the order of `languages`: their job-ad words are read from them. */
  readonly packs: readonly LanguagePackData[];
  /** The packs loaded for the reading this lexicon serves (`allLanguagesLexicon(lex.loaded)`: every language read). */
  readonly loaded: readonly LanguagePack[];
}

let english: ReadingLexicon | undefined;
/** Each pack's reading lexicon, parsed on first use. */
const fromPacks = new WeakMap<LanguagePack, ReadingLexicon>();
const merged = new Map<string, Lexicon>();
/** The lexicons asked for with a list of packs (`all`: `allLanguagesLexicon`), by the list itself. */
const byPacks = new WeakMap<readonly LanguagePack[], Map<Language | 'all', Lexicon>>();
const NO_PACKS: readonly LanguagePack[] = Object.freeze([]);
const lists = new Map<string, ReadingLexicon>();

/** The bundled lexicon: English (validated by `npm run pack`; parsed once). The other languages come in packs. */
export function bundledLexicons(): Readonly<Record<string, ReadingLexicon>> {
  english ??= splitLists(JSON.parse(LEXICON_JSON)) as ReadingLexicon;
  return { en: english };
}

/** The reading lexicon of a language pack (parsed once per pack). */
export function packLexicon(pack: LanguagePack): ReadingLexicon {
  let hit = fromPacks.get(pack);
  if (!hit) fromPacks.set(pack, (hit = splitLists(JSON.parse((pack as LanguagePackData).lexicon)) as ReadingLexicon));
  return hit;
}

/**
 * Parsed lexicon JSON with each list of phrases the pack step wrote as one string ("|gaps|not yet") as a list again,
 * in place (a walk: about twice as fast at start-up as a `JSON.parse` reviver, which is called for every value).
 */
export function splitLists(value: unknown): unknown {
  if (typeof value === 'string') return value.charCodeAt(0) === 124 ? value.slice(1).split('|') : value;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = splitLists(value[i]);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = splitLists(record[key]);
  }
  return value;
}

/**
 * English plus `language` when one of `packs` reads it (memoized: one object per combination); English alone
 * otherwise (the caller warns: `LANGUAGE_NOT_LOADED`).
 */
export function lexiconFor(language: Language = 'en', packs: readonly LanguagePack[] = NO_PACKS): Lexicon {
  // Asked per document and per entry: remembered by the list of packs itself (a reading passes the same array).
  let known = byPacks.get(packs);
  if (!known) byPacks.set(packs, (known = new Map()));
  let hit = known.get(language);
  if (!hit) {
    const pack = language === 'en' ? undefined : packs.find((p) => p.code === language);
    known.set(language, (hit = mergedLexicon(pack ? [pack] : [], packs)));
  }
  return hit;
}

/**
 * The lexicon of English and every language of `packs` at once (for what is read in every language: headings,
 * dates, page footers), in the order of `LANGUAGES`.
 */
export function allLanguagesLexicon(packs: readonly LanguagePack[] = NO_PACKS): Lexicon {
  let known = byPacks.get(packs);
  if (!known) byPacks.set(packs, (known = new Map()));
  let hit = known.get('all');
  if (!hit) {
    const ordered = LANGUAGES.flatMap((code) => packs.filter((p) => p.code === code).slice(0, 1));
    known.set('all', (hit = mergedLexicon(ordered, packs)));
  }
  return hit;
}

/** The structure lexicons with the job words of a text's own language (`ownJobWords`), by structure, then by language. */
const withOwn = new WeakMap<Lexicon, Map<string, Lexicon>>();

/**
 * The lexicon a résumé's structure is read with (`structure`, every language) plus the job words that count only in
 * the text's own language (`own`'s `ownJobWords`: French "stage" names an internship, English "early-stage" none).
 */
export function structureFor(structure: Lexicon, own: Lexicon): Lexicon {
  const words = own.work.ownJobWords;
  if (words.length === 0) return structure;
  let byLanguage = withOwn.get(structure);
  if (!byLanguage) withOwn.set(structure, (byLanguage = new Map()));
  const key = own.languages.join('+');
  let hit = byLanguage.get(key);
  if (!hit) {
    const work = Object.freeze({ ...structure.work, jobWords: [...structure.work.jobWords, ...words] });
    byLanguage.set(key, (hit = Object.freeze({ ...structure, work, key: `${structure.key}|own:${key}` })));
  }
  return hit;
}

/**
 * English and the lexicons of `packs`, in that order, merged, for a reading with `loaded` (memoized per combination
 * of languages: the lists are merged once per combination of `packs`, whatever `loaded`).
 */
function mergedLexicon(packs: readonly LanguagePack[], loaded: readonly LanguagePack[]): Lexicon {
  const languages: Language[] = ['en', ...packs.map((p) => p.code)];
  const key = `${languages.join('+')}|${loaded
    .map((p) => p.code)
    .sort()
    .join('+')}`;
  const hit = merged.get(key);
  if (hit) return hit;
  const lists = mergedLists(languages.join('+'), packs);
  const lexicon = Object.freeze({ ...lists, languages, key, packs: packs as readonly LanguagePackData[], loaded });
  merged.set(key, lexicon);
  return lexicon;
}

/** The lists of English and `packs`, merged once per combination (`key`). */
function mergedLists(key: string, packs: readonly LanguagePack[]): ReadingLexicon {
  let hit = lists.get(key);
  if (!hit) lists.set(key, (hit = mergeValues([bundledLexicons().en as ReadingLexicon, ...packs.map(packLexicon)]) as ReadingLexicon));
  return hit;
}

/** Merges values of the same shape: arrays are concatenated without repeats (arrays of arrays index by index), records by key. */
export function mergeValues(values: readonly unknown[]): unknown {
  const present = values.filter((v) => v !== undefined);
  const first = present[0];
  if (Array.isArray(first)) {
    if (
      first.every((x) => Array.isArray(x)) &&
      first.length > 0 &&
      present.every((v) => Array.isArray(v) && v.length === first.length && v.every(Array.isArray))
    ) {
      return first.map((_, i) => mergeValues(present.map((v) => (v as unknown[][])[i])));
    }
    const seen = new Set<string>();
    const out: unknown[] = [];
    // Indexed loops, and one lookup per value (the set grows when it is new): the all-languages merge puts ~10,000
    // values through here on the first document, in code not yet optimised (for…of is costly there).
    for (let i = 0; i < present.length; i++) {
      const v = present[i];
      const list: readonly unknown[] = Array.isArray(v) ? v : [v];
      for (let j = 0; j < list.length; j++) {
        const x = list[j];
        // Most values are words: keyed as they are, without a JSON.stringify each (other values get a prefix apart).
        const size = seen.size;
        seen.add(typeof x === 'string' ? x : `\u0000${JSON.stringify(x)}`);
        if (seen.size > size) out.push(x);
      }
    }
    return out;
  }
  if (typeof first === 'object' && first !== null) {
    const keys = [...new Set(present.flatMap((v) => Object.keys(v as object)))];
    return Object.fromEntries(keys.map((k) => [k, mergeValues(present.map((v) => (v as Record<string, unknown>)[k]))]));
  }
  return first;
}
