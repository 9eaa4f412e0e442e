import { LEXICON_JSON } from '../data/lexicon.generated';
import { LANGUAGES, type Language, type LanguageLexicon } from '../schemas';

/** A language's vocabulary for reading résumés: every kind of list but the job-ad words (see `postingsLexiconFor`). */
export type ReadingLexicon = Omit<LanguageLexicon, 'postings'>;

/** The reading vocabulary of one or more languages, merged list by list (English first). */
export interface Lexicon extends ReadingLexicon {
  /** The languages merged, in order. */
  readonly languages: readonly Language[];
  /** A key naming the merge (`en+de`), for caches. */
  readonly key: string;
}

let bundled: Readonly<Record<string, ReadingLexicon>> | undefined;
const merged = new Map<string, Lexicon>();

/** The bundled lexicon of each language (validated by `npm run pack`; parsed once). */
export function bundledLexicons(): Readonly<Record<string, ReadingLexicon>> {
  if (!bundled) {
    // Stored by kind of list, then by language, each list of phrases as one string "|a|b" (scripts/pack.ts): turned
    // back into one lexicon per language.
    const byKind = splitLists(JSON.parse(LEXICON_JSON)) as Record<string, Record<string, unknown>>;
    const byLanguage: Record<string, Record<string, unknown>> = {};
    for (const [kind, languages] of Object.entries(byKind)) {
      for (const [language, value] of Object.entries(languages)) (byLanguage[language] ??= {})[kind] = value;
    }
    bundled = byLanguage as unknown as Record<string, ReadingLexicon>;
  }
  return bundled;
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

/** True for a language whose lexicon is bundled. */
export function isBundledLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code) && code in bundledLexicons();
}

/** English plus `language`, merged (memoized: one object per combination). */
export function lexiconFor(language: Language = 'en'): Lexicon {
  const languages: Language[] = language === 'en' || !isBundledLanguage(language) ? ['en'] : ['en', language];
  const key = languages.join('+');
  const hit = merged.get(key);
  if (hit) return hit;
  const all = bundledLexicons();
  const parts = languages.map((l) => all[l]).filter((l): l is ReadingLexicon => l !== undefined);
  const lexicon = Object.freeze({ ...(mergeValues(parts) as ReadingLexicon), languages, key });
  merged.set(key, lexicon);
  return lexicon;
}

/** The lexicon of every bundled language at once (for text whose language does not matter, such as page footers). */
export function allLanguagesLexicon(): Lexicon {
  const key = 'all';
  const hit = merged.get(key);
  if (hit) return hit;
  const all = bundledLexicons();
  const languages = LANGUAGES.filter((l) => l in all);
  const lexicon = Object.freeze({ ...(mergeValues(languages.map((l) => all[l] as ReadingLexicon)) as ReadingLexicon), languages, key });
  merged.set(key, lexicon);
  return lexicon;
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
