// What the job-ad tests read off a posting, in one form: skills as sorted "tier:id" strings, certifications as sorted
// "tier:ids:hard", degree requirements, and the sorted conditions of its notes.
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

export type Lang = 'en' | 'de' | 'fr' | 'es';

export const role = (ad: string, language: Lang = 'en') => roleFromJobPosting(ad, { language });

export const tiers = (ad: string, language: Lang = 'en') =>
  role(ad, language)
    .requirements.filter((q) => q.kind === 'skill')
    .map((q) => `${q.tier}:${requirementId(q)}`)
    .sort();

export const certs = (ad: string, language: Lang = 'en') =>
  role(ad, language)
    .requirements.flatMap((q) => (q.kind === 'certification' ? [`${q.tier}:${q.anyOf.join('|')}:${q.hard}`] : []))
    .sort();

/** Every requirement as [id, tier], in the order the posting lists them. */
export const requirementPairs = (ad: string, language: Lang = 'en') => role(ad, language).requirements.map((q) => [requirementId(q), q.tier]);

/** The years asked of the whole work or a field, as sorted "measure:years" strings. */
export const experience = (ad: string, language: Lang = 'en') =>
  role(ad, language)
    .requirements.flatMap((q) => (q.kind === 'experience' ? [`${q.measure}:${q.minYears}`] : []))
    .sort();

export const degrees = (ad: string, language: Lang = 'en') => role(ad, language).requirements.filter((q) => q.kind === 'degree');

export const conditions = (ad: string, language: Lang = 'en') => (role(ad, language).notes ?? []).map((n) => n.condition).sort();
