import { guarded } from '../errors';
import type { DegreeField, DegreeLevel, ExperienceEntry, ResumeProfile } from '../schemas';
import { assertProfile } from '../score/match';
import type { JsonResume, JsonResumeEducation, JsonResumeSkill, JsonResumeWork } from '../resume/jsonresume';

// ─── Profile → JSON Resume ──────────────────────────────────────────────────

const LEVEL_NAMES: Record<DegreeLevel, string> = { associate: 'Associate', bachelor: 'Bachelor', master: 'Master', doctorate: 'Doctorate' };
const FIELD_NAMES: Partial<Record<DegreeField, string>> = {
  'computer-science': 'Computer Science',
  'computer-engineering': 'Computer Engineering',
  'electrical-engineering': 'Electrical Engineering',
  'software-engineering': 'Software Engineering',
  cybersecurity: 'Cybersecurity',
  'information-systems': 'Information Systems',
  mathematics: 'Mathematics',
  statistics: 'Statistics',
  'data-science': 'Data Science',
  physics: 'Physics',
  law: 'Law',
  'public-policy': 'Public Policy',
  business: 'Business',
};

/** The lines of a work entry's body (bullets), without its title, organisation and date line. */
function entryHighlights(profile: ResumeProfile, e: ExperienceEntry): string[] {
  const lines = profile.text.slice(e.span.start, e.span.end).split('\n');
  const body: string[] = [];
  let inBullets = false;
  for (const line of lines) {
    const bullet = /^\s*-\s(.*)$/.exec(line); // one `\s`, then `.*`: no overlapping runs to backtrack over
    if (bullet) body.push((bullet[1] as string).trim());
    else if (inBullets && line.trim() !== '') body[body.length - 1] += ` ${line.trim()}`;
    inBullets ||= bullet !== null;
  }
  return body;
}

/**
 * Exports a profile as JSON Resume: work entries with their dates and bullets, skills with their years in
 * `skills[].x-rolefit`, education, certificates. No name or contact fields (the profile keeps none).
 * @example
 * const json = toJsonResume(parseResume(text, { asOf: '2026-11-01' }));
 * json.skills?.find((s) => s['x-rolefit']?.id === 'python')?.['x-rolefit']?.years;
 */
export function toJsonResume(profile: ResumeProfile): JsonResume {
  assertProfile(profile);
  return guarded('toJsonResume', () => toJsonResumeUnguarded(profile));
}

function toJsonResumeUnguarded(profile: ResumeProfile): JsonResume {
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {},
    work: profile.experience.entries.map((e) => {
      const w: JsonResumeWork = { position: e.title, startDate: e.start };
      if (e.organization) w.name = e.organization;
      if (!e.current) w.endDate = e.end;
      w.highlights = entryHighlights(profile, e);
      return w;
    }),
    education: profile.education.map((ed) => {
      const out: JsonResumeEducation = { studyType: LEVEL_NAMES[ed.level], area: FIELD_NAMES[ed.field] ?? ed.evidence.text };
      if (ed.institution) out.institution = ed.institution;
      if (ed.year !== undefined) out.endDate = String(ed.year);
      return out;
    }),
    certificates: profile.certifications.map((c) => (c.year === undefined ? { name: c.name } : { name: c.name, date: String(c.year) })),
    skills: profile.skills
      .filter((s) => s.strength !== 'implied')
      .map((s) => {
        const ext: NonNullable<JsonResumeSkill['x-rolefit']> = { id: s.id, strength: s.strength };
        if (s.years !== undefined) ext.years = s.years;
        if (s.lastUsed) ext.lastUsed = s.lastUsed;
        return { name: s.name, keywords: [s.name], 'x-rolefit': ext };
      }),
    meta: { 'x-rolefit': { asOf: profile.asOf, catalog: profile.catalog } },
  };
}
