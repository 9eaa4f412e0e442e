// The root API (and `rolefit/postings`) with every language pack loaded (`languages: allLanguages` unless a test gives its own), for the tests
// that read German, French and Spanish texts as they read before the packs; and the lexicons with every pack.
import * as core from '../src';
import * as postings from '../src/postings';
import { allLanguages } from '../src/languages';
import type { Language } from '../src/schemas';
import { allLanguagesLexicon, type Lexicon, lexiconFor } from '../src/text/lexicon';

export * from '../src';
export { allLanguages };

/** Options with every pack, unless they name their own (anything but an options object is passed as it is). */
function withAll<O>(options: O): O {
  if (options === undefined) return { languages: allLanguages } as O;
  if (typeof options !== 'object' || options === null || Array.isArray(options) || 'languages' in options) return options;
  return { ...options, languages: allLanguages };
}

export const parseResume: typeof core.parseResume = (text, options) => core.parseResume(text, withAll(options));
export const roleFromJobPosting: typeof postings.roleFromJobPosting = (text, options) => postings.roleFromJobPosting(text, withAll(options));
export const createMatcher: typeof core.createMatcher = (options) => core.createMatcher(withAll(options));
export const matchRoles: typeof core.matchRoles = (profile, options) => core.matchRoles(profile, withAll(options));
export const planUpskilling: typeof core.planUpskilling = (profile, target, options) => core.planUpskilling(profile, target, withAll(options));
export const gapReport: typeof core.gapReport = (profile, options) => core.gapReport(profile, withAll(options));
export const rankCandidates: typeof core.rankCandidates = (profiles, role, options) => core.rankCandidates(profiles, role, withAll(options));
export const loadCatalog: typeof core.loadCatalog = (input, options) => core.loadCatalog(input, withAll(options));

/** The lexicon of every language, with every pack loaded. */
export const everyLanguage = (): Lexicon => allLanguagesLexicon(allLanguages);
/** English and `language`, with every pack loaded. */
export const lexiconOf = (language: Language = 'en'): Lexicon => lexiconFor(language, allLanguages);
