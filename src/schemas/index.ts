import { z } from 'zod';

// ─── Shared vocabularies ────────────────────────────────────────────────────

/** Kebab-case identifier used for skills, roles, certifications and requirements. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as `threat-modeling`');

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
export const SKILL_CATEGORIES = [
  'programming',
  'security',
  'ai-ml',
  'ai-security',
  'data',
  'cloud-infrastructure',
  'governance',
  'leadership',
] as const;
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
  'interests',
  'languages',
  'volunteering',
  'other',
] as const;
/** Canonical section names that headings are mapped to. */
export const SectionNameSchema = z.enum(SECTION_NAMES);

const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const finite = () => z.number().finite();
const nonNegative = () => z.number().finite().nonnegative();

// ─── Catalog (input: data/*.json and users' JSON) ───────────────────────────

/** One way a skill or certification is written. A plain string is a case-insensitive phrase. */
export const AliasSchema = z.union([
  z.string().min(1),
  z.strictObject({
    /** The phrase as written, e.g. `Go` or `TF`. */
    text: z.string().min(1),
    /** Match the letter case exactly (for `Go`, `TF`, `C`). */
    caseSensitive: z.boolean().optional(),
    /** Accept only when one of these words stands within `window` words on the same line. */
    requireNear: z.array(z.string().min(1)).optional(),
    /** Reject when one of these words stands within `window` words on the same line. */
    rejectNear: z.array(z.string().min(1)).optional(),
    /** Words either side that `requireNear`/`rejectNear` look at (default 4). */
    window: z.number().int().min(1).max(12).optional(),
    /** Accept only in these sections (e.g. a bare `C` only in a skills list). */
    sections: z.array(SectionNameSchema).optional(),
    /** Accept only inside dated work entries of these kinds ("automates" is security automation in security work). */
    entryKinds: z.array(z.enum(['security', 'ml', 'other'])).optional(),
  }),
]);

/** A way to learn a skill, with an honest estimate of the hours it takes. */
export const LearningActionSchema = z.strictObject({
  kind: z.enum(['course', 'certification', 'project', 'practice', 'reading']),
  title: z.string().min(1),
  hours: z.number().finite().positive().max(2000),
  url: z.url().optional(),
});

/** A reference to a public framework element (NICE, O*NET, ATLAS, OWASP, AI RMF, ECSF). */
export const FrameworkRefSchema = z.strictObject({
  framework: z.enum(['nice', 'onet', 'atlas', 'owasp-llm', 'owasp-ml', 'ai-rmf', 'ecsf', 'dcwf', 'seed']),
  id: z.string().min(1),
  title: z.string().optional(),
});

/** A skill of the catalog. */
export const SkillSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  category: SkillCategorySchema,
  description: z.string().optional(),
  aliases: z.array(AliasSchema).default([]),
  /** Skills that this one proves outright (`pytorch` → `deep-learning`). */
  implies: z.array(IdSchema).default([]),
  /** Skills close enough to earn partial credit for this one in scoring. */
  related: z.array(IdSchema).default([]),
  /** Skills to learn before this one. */
  prerequisites: z.array(IdSchema).default([]),
  learning: z.array(LearningActionSchema).default([]),
  refs: z.array(FrameworkRefSchema).default([]),
});

/** A certification of the catalog. */
export const CertificationSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  issuer: z.string().min(1),
  aliases: z.array(AliasSchema).default([]),
  /** Skills the certification gives evidence for. */
  skills: z.array(IdSchema).default([]),
  /** Typical preparation time, for the plan. */
  hours: z.number().finite().positive().max(2000).optional(),
});

const requirementBase = {
  /** Stable id inside the role; defaults to the skill id, measure or kind. */
  id: IdSchema.optional(),
  label: z.string().min(1).optional(),
  weight: z.number().finite().positive().max(100),
  /** A hard requirement: `eligible` is false until it is met. */
  hard: z.boolean().default(false),
  /** The sentence of the seed document or framework the requirement comes from. */
  source: z.string().min(1),
};

/** A skill requirement: any of `skills`, optionally for a minimum number of years. */
export const SkillRequirementSchema = z.strictObject({
  kind: z.literal('skill'),
  skills: z.array(IdSchema).min(1),
  minYears: z.number().finite().positive().max(60).optional(),
  ...requirementBase,
});

/** An experience requirement on one of the measures. */
export const ExperienceRequirementSchema = z.strictObject({
  kind: z.literal('experience'),
  measure: ExperienceMeasureSchema,
  minYears: z.number().finite().positive().max(60),
  ...requirementBase,
});

/** A degree requirement: at least `minLevel`, in one of `fields` when given. */
export const DegreeRequirementSchema = z.strictObject({
  kind: z.literal('degree'),
  minLevel: DegreeLevelSchema,
  fields: z.array(DegreeFieldSchema).optional(),
  ...requirementBase,
});

/** A certification requirement: any of `anyOf`. */
export const CertificationRequirementSchema = z.strictObject({
  kind: z.literal('certification'),
  anyOf: z.array(IdSchema).min(1),
  ...requirementBase,
});

/** A clearance requirement: at least `minLevel`. */
export const ClearanceRequirementSchema = z.strictObject({
  kind: z.literal('clearance'),
  minLevel: ClearanceLevelSchema,
  ...requirementBase,
});

/** One requirement of a role profile. */
export const RequirementSchema = z.discriminatedUnion('kind', [
  SkillRequirementSchema,
  ExperienceRequirementSchema,
  DegreeRequirementSchema,
  CertificationRequirementSchema,
  ClearanceRequirementSchema,
]);

/** A role profile: what a job asks for, with weights and sources. */
export const RoleSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  family: z.enum(['ai-security', 'adjacent', 'custom']).default('custom'),
  summary: z.string().min(1),
  /** Other titles the role goes by. */
  titles: z.array(z.string().min(1)).default([]),
  /** The seed sentence that describes the role. */
  source: z.string().min(1),
  /** NICE v2.0.0 work-role ids, DCWF codes, O*NET codes, ECSF profiles. */
  refs: z.array(FrameworkRefSchema).default([]),
  requirements: z.array(RequirementSchema).min(1),
});

/** Catalog JSON as users write it: any part may be given; `mode` says whether to merge or replace. */
export const CatalogInputSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.string().min(1).optional(),
  /** `merge` (default) adds to or overrides the default catalog by id; `replace` uses only this input. */
  mode: z.enum(['merge', 'replace']).default('merge'),
  skills: z.array(SkillSchema).default([]),
  certifications: z.array(CertificationSchema).default([]),
  roles: z.array(RoleSchema).default([]),
});

// ─── Profile (output of parseResume) ────────────────────────────────────────

/** Where a fact was found: the exact span of the normalised text and its section. */
export const EvidenceSchema = z.strictObject({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  section: SectionNameSchema,
  via: z.enum(['exact', 'alias', 'fuzzy', 'implied', 'claim', 'certification']),
  confidence: z.number().min(0).max(1),
});

/** A detected skill with its evidence. */
export const ProfileSkillSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  /** Years of use: dated work entries that mention it, or an explicit claim; absent when unknown. */
  years: nonNegative().optional(),
  /** The last month of a dated entry that mentions it (YYYY-MM). */
  lastUsed: YearMonthSchema.optional(),
  /** `work`: used in a dated entry; `listed`: a skills list or summary; `implied`: proven by another skill. */
  strength: z.enum(['work', 'listed', 'implied']),
  evidence: z.array(EvidenceSchema),
});

/** Kinds of work an experience entry counts towards. */
export const EntryKindSchema = z.enum(['security', 'ml', 'other']);

/** One dated work entry. */
export const ExperienceEntrySchema = z.strictObject({
  title: z.string(),
  organization: z.string().optional(),
  start: YearMonthSchema,
  end: YearMonthSchema,
  current: z.boolean(),
  months: z.number().int().nonnegative(),
  kind: z.array(EntryKindSchema),
  skills: z.array(IdSchema),
  /** The span of the whole entry in the normalised text. */
  span: z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
});

/** An explicit claim such as "8+ years of cybersecurity experience". */
export const YearsClaimSchema = z.strictObject({
  subject: z.union([IdSchema, ExperienceMeasureSchema]),
  years: nonNegative(),
  evidence: EvidenceSchema,
});

/** Experience measures; `null` means unknown (no dated entries), never zero. */
export const ExperienceSchema = z.strictObject({
  totalYears: nonNegative().nullable(),
  securityYears: nonNegative().nullable(),
  mlYears: nonNegative().nullable(),
  entries: z.array(ExperienceEntrySchema),
  claims: z.array(YearsClaimSchema),
});

/** A degree. */
export const EducationSchema = z.strictObject({
  level: DegreeLevelSchema,
  field: DegreeFieldSchema,
  institution: z.string().optional(),
  year: z.number().int().optional(),
  evidence: EvidenceSchema,
});

/** A certification held. */
export const ProfileCertificationSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  year: z.number().int().optional(),
  evidence: EvidenceSchema,
});

/** The highest clearance stated. */
export const ClearanceSchema = z.strictObject({
  level: ClearanceLevelSchema,
  active: z.boolean().optional(),
  polygraph: z.boolean().optional(),
  evidence: EvidenceSchema,
});

/** A section of the résumé. */
export const SectionSchema = z.strictObject({
  name: SectionNameSchema,
  heading: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** Something the parser could not do or was unsure of. */
export const WarningSchema = z.strictObject({
  code: z.enum([
    'EMPTY_INPUT',
    'NO_SECTIONS',
    'NO_EXPERIENCE',
    'NO_DATES',
    'UNPARSED_DATE',
    'INVERTED_RANGE',
    'FUTURE_DATE',
    'NO_SKILLS',
  ]),
  message: z.string(),
});

/** The catalog a result was computed with, for audits. */
export const CatalogStampSchema = z.strictObject({ version: z.string(), hash: z.string() });

/** Everything rolefit read from one résumé. Personal data (name, contact, birth date) is never kept. */
export const ResumeProfileSchema = z.strictObject({
  asOf: IsoDateSchema,
  catalog: CatalogStampSchema,
  /** The normalised text all evidence spans point into. */
  text: z.string(),
  sections: z.array(SectionSchema),
  skills: z.array(ProfileSkillSchema),
  experience: ExperienceSchema,
  education: z.array(EducationSchema),
  certifications: z.array(ProfileCertificationSchema),
  clearance: ClearanceSchema.nullable(),
  warnings: z.array(WarningSchema),
});

// ─── Fit, plan ──────────────────────────────────────────────────────────────

/** How far one requirement is met. `unknown`: the résumé cannot tell (e.g. no dates). */
export const RequirementStatusSchema = z.enum(['met', 'partial', 'missing', 'unknown']);

/** The score of one requirement. */
export const RequirementResultSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['skill', 'experience', 'degree', 'certification', 'clearance']),
  label: z.string(),
  weight: finite(),
  hard: z.boolean(),
  status: RequirementStatusSchema,
  /** Share of the requirement met, 0–1. */
  credit: z.number().min(0).max(1),
  /** Points this requirement adds to the score; the points add up to the score. */
  points: nonNegative(),
  /** Points it would add if fully met. */
  maxPoints: nonNegative(),
  have: z.string(),
  need: z.string(),
  evidence: z.array(EvidenceSchema),
  source: z.string(),
});

/** How well a profile fits one role. */
export const RoleFitSchema = z.strictObject({
  roleId: IdSchema,
  title: z.string(),
  /** 0–100, the sum of the requirements' points. */
  score: z.number().min(0).max(100),
  /** Every hard requirement is met. */
  eligible: z.boolean(),
  requirements: z.array(RequirementResultSchema),
  audit: z.strictObject({ asOf: IsoDateSchema, catalog: CatalogStampSchema }),
});

/** One step of an upskilling plan. */
export const PlanStepSchema = z.strictObject({
  /** A skill id, or a certification id when `kind` is `certification`. */
  skillId: IdSchema,
  kind: z.enum(['skill', 'certification']),
  name: z.string(),
  why: z.string(),
  actions: z.array(LearningActionSchema),
  hours: nonNegative(),
  /** Points the step adds, averaged over the target roles, given the steps before it. */
  scoreGain: nonNegative(),
  /** Skill ids this step builds on (prerequisites earlier in the plan). */
  after: z.array(IdSchema),
  /** Target roles this step helps. */
  roles: z.array(IdSchema),
});

/** A gap no course closes (years, clearance, degree), with what to do instead. */
export const PlanBlockerSchema = z.strictObject({
  roleId: IdSchema,
  requirementId: z.string(),
  label: z.string(),
  advice: z.string(),
});

/** An ordered upskilling plan towards one or more roles. */
export const UpskillingPlanSchema = z.strictObject({
  target: z.array(IdSchema),
  currentScore: z.number().min(0).max(100),
  projectedScore: z.number().min(0).max(100),
  hoursPerWeek: z.number().positive(),
  steps: z.array(PlanStepSchema),
  totalHours: nonNegative(),
  weeks: z.number().int().nonnegative(),
  notLearnable: z.array(PlanBlockerSchema),
});

// ─── Options (public inputs) ────────────────────────────────────────────────

const AsOfSchema = z.union([IsoDateSchema, z.date()]);
/** A catalog from `loadCatalog` (checked by `loadCatalog` itself). */
const CatalogRefSchema = z.custom<object>((v) => typeof v === 'object' && v !== null, 'expected a catalog from `loadCatalog`');
const RoleRefsSchema = z.array(z.union([IdSchema, RoleSchema]));

/** Options of `parseResume`. */
export const ParseOptionsSchema = z.strictObject({
  asOf: AsOfSchema.optional(),
  catalog: CatalogRefSchema.optional(),
  maxLength: z.number().int().positive().optional(),
});

/** Options of `matchRoles`. */
export const MatchOptionsSchema = z.strictObject({
  catalog: CatalogRefSchema.optional(),
  roles: RoleRefsSchema.optional(),
  scoring: z.record(z.string(), z.number().finite().min(0).max(1)).optional(),
});

/** Options of `planUpskilling`. */
export const PlanOptionsSchema = z.strictObject({
  catalog: CatalogRefSchema.optional(),
  hoursPerWeek: z.number().positive().max(168).optional(),
});

/** Options of `gapReport`. */
export const ReportOptionsSchema = z.strictObject({
  format: z.enum(['json', 'markdown', 'text', 'html']).optional(),
  roles: RoleRefsSchema.optional(),
  top: z.number().int().positive().optional(),
  catalog: CatalogRefSchema.optional(),
  hoursPerWeek: z.number().positive().max(168).optional(),
  redact: z.boolean().optional(),
});

// ─── Types ──────────────────────────────────────────────────────────────────

export type DegreeLevel = z.infer<typeof DegreeLevelSchema>;
export type DegreeField = z.infer<typeof DegreeFieldSchema>;
export type ClearanceLevel = z.infer<typeof ClearanceLevelSchema>;
export type ExperienceMeasure = z.infer<typeof ExperienceMeasureSchema>;
export type SkillCategory = z.infer<typeof SkillCategorySchema>;
export type SectionName = z.infer<typeof SectionNameSchema>;
export type Alias = z.infer<typeof AliasSchema>;
export type LearningAction = z.infer<typeof LearningActionSchema>;
export type FrameworkRef = z.infer<typeof FrameworkRefSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type Certification = z.infer<typeof CertificationSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type SkillRequirement = z.infer<typeof SkillRequirementSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type CatalogInput = z.input<typeof CatalogInputSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type ProfileSkill = z.infer<typeof ProfileSkillSchema>;
export type EntryKind = z.infer<typeof EntryKindSchema>;
export type ExperienceEntry = z.infer<typeof ExperienceEntrySchema>;
export type YearsClaim = z.infer<typeof YearsClaimSchema>;
export type Experience = z.infer<typeof ExperienceSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type ProfileCertification = z.infer<typeof ProfileCertificationSchema>;
export type Clearance = z.infer<typeof ClearanceSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type ParseWarning = z.infer<typeof WarningSchema>;
export type ResumeProfile = z.infer<typeof ResumeProfileSchema>;
export type RequirementStatus = z.infer<typeof RequirementStatusSchema>;
export type RequirementResult = z.infer<typeof RequirementResultSchema>;
export type RoleFit = z.infer<typeof RoleFitSchema>;
export type PlanStep = z.infer<typeof PlanStepSchema>;
export type PlanBlocker = z.infer<typeof PlanBlockerSchema>;
export type UpskillingPlan = z.infer<typeof UpskillingPlanSchema>;
