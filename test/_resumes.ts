// What the résumé tests read off a profile, in one form: the profile as of the fixtures' date, its skill ids, its degrees
// as "level/field" and its certification ids.
import { parseResume } from './_languages';

export const asOf = '2026-11-01';

export const read = (text: string) => parseResume(text, { asOf });

export const ids = (text: string) => read(text).skills.map((s) => s.id);

export const education = (text: string) => read(text).education.map((e) => `${e.level}/${e.field}`);

export const certs = (text: string) => read(text).certifications.map((c) => c.id);
