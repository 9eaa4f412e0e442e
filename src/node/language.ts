import { franc } from 'franc-min';
import { ISO_639_3_JSON } from '../data/core.generated';
import type { LanguageDetector } from '../schemas';

let iso6393: Record<string, string> | undefined;

/**
 * franc-min (trigrams of 82 languages), asked by `parseResumeFile`, `parseResumes` and the command line when the
 * function words of a text cannot tell its language: a short Vietnamese or Swahili CV is then reported as such
 * (`UNSUPPORTED_LANGUAGE`) instead of being read as English. Its ISO 639-3 codes become ISO 639-1 where one exists
 * (`data/lexicon/other-languages.json` → `iso6393`). Bundled into `dist/node` at build time, so that the browser
 * core does not carry its data (55 KB gzip).
 */
export const francDetector: LanguageDetector = (text) => {
  const code = franc(text, { minLength: 20 });
  iso6393 ??= JSON.parse(ISO_639_3_JSON) as Record<string, string>;
  return iso6393[code] ?? code;
};
