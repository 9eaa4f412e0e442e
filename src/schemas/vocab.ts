import * as z from 'zod/mini';

// ─── Shared vocabularies ────────────────────────────────────────────────────

/** Kebab-case identifier used for skills, roles, certifications and requirements. */
export const IdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as `threat-modeling`'));

/** Degree levels, lowest first. */
export const DEGREE_LEVELS = ['associate', 'bachelor', 'master', 'doctorate'] as const;
/** Degree levels, lowest first. */
export const DegreeLevelSchema = z.enum(DEGREE_LEVELS);

/** Degree fields of the core taxonomy. */
export const DEGREE_FIELDS = [
  'computer-science',
  'computer-engineering',
  'electrical-engineering',
  'software-engineering',
  'cybersecurity',
  'information-systems',
  'mathematics',
  'statistics',
  'data-science',
  'physics',
  'law',
  'public-policy',
  'business',
  'other',
] as const;
/** Degree fields of the core taxonomy. */
export const DegreeFieldSchema = z.enum(DEGREE_FIELDS);

/** Clearance levels, lowest first. */
export const CLEARANCE_LEVELS = ['public-trust', 'secret', 'top-secret', 'ts-sci'] as const;
/** Clearance levels, lowest first. */
export const ClearanceLevelSchema = z.enum(CLEARANCE_LEVELS);

/** Experience measures defined by the core taxonomy. */
export const EXPERIENCE_MEASURES = ['totalYears', 'securityYears', 'mlYears'] as const;
/** Experience measures defined by the core taxonomy. */
export const ExperienceMeasureSchema = z.enum(EXPERIENCE_MEASURES);

/** Skill categories of the catalog. */
export const SKILL_CATEGORIES = ['programming', 'security', 'ai-ml', 'ai-security', 'data', 'cloud-infrastructure', 'governance', 'leadership'] as const;
/** Skill categories of the catalog. */
export const SkillCategorySchema = z.enum(SKILL_CATEGORIES);

/** Canonical section names that headings are mapped to. */
export const SECTION_NAMES = [
  'header',
  'summary',
  'experience',
  'skills',
  'education',
  'certifications',
  'clearance',
  'projects',
  'publications',
  'awards',
  /** Achievements, accomplishments, career highlights: what the person did at work, told by theme. */
  'achievements',
  'interests',
  'languages',
  'volunteering',
  'other',
] as const;
/** Canonical section names that headings are mapped to. */
export const SectionNameSchema = z.enum(SECTION_NAMES);

/** A month as `YYYY-MM`. */
export const YearMonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'));
/** A day as `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
/** A finite number (zod numbers refuse `Infinity` and `NaN`). */
export const finite = () => z.number();
/** A finite number ≥ 0. */
export const nonNegative = () => z.number().check(z.nonnegative());

/** Languages whose lexicon rolefit bundles (ISO 639-1). */
export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
/** Languages whose lexicon rolefit bundles (ISO 639-1). */
export const LanguageSchema = z.enum(LANGUAGES);

/** Requirement tiers: asked for, nice to have, or named among the duties. */
export const TIERS = ['required', 'preferred', 'duty'] as const;
/** Requirement tiers: asked for, nice to have, or named among the duties. */
export const TierSchema = z.enum(TIERS);

export type DegreeLevel = z.infer<typeof DegreeLevelSchema>;
export type DegreeField = z.infer<typeof DegreeFieldSchema>;
export type ClearanceLevel = z.infer<typeof ClearanceLevelSchema>;
export type ExperienceMeasure = z.infer<typeof ExperienceMeasureSchema>;
export type SkillCategory = z.infer<typeof SkillCategorySchema>;
export type SectionName = z.infer<typeof SectionNameSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type Tier = z.infer<typeof TierSchema>;
