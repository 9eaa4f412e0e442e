import { franc } from 'franc-min';
import type { LanguageDetector } from '../schemas';

/**
 * franc-min (trigrams of 82 languages), asked by `parseResumeFile`, `parseResumes` and the command line when the
 * function words of a text cannot tell its language: a short Vietnamese or Swahili CV is then reported as such
 * (`UNSUPPORTED_LANGUAGE`) instead of being read as English. Bundled into `dist/node` at build time, so that the
 * browser core does not carry its data (55 KB gzip).
 */
export const francDetector: LanguageDetector = (text) => franc(text, { minLength: 20 });
