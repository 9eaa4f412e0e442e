import * as z from 'zod';
import {
  ClearanceLevelSchema,
  DegreeFieldSchema,
  DegreeLevelSchema,
  ExperienceMeasureSchema,
  IdSchema,
  SectionNameSchema,
  SkillCategorySchema,
  TierSchema,
} from './vocab';

// ─── Catalog (input: data/*.json and users' JSON) ───────────────────────────

/** One way a skill or certification is written. A plain string is a case-insensitive phrase. */
export const AliasSchema = z.union([
  z.string().min(1),
  z.strictObject({
    /** The phrase as written, e.g. `Go` or `TF`. */
    text: z.string().min(1),
    /** Match the letter case exactly (for `Go`, `TF`, `C`). */
    caseSensitive: z.boolean().optional(),
    /** Accept only when one of these words stands within `window` words in the same clause (`@name` names a word set). */
    requireNear: z.array(z.string().min(1)).optional(),
    /** Reject when one of these words stands within `window` words in the same clause (`@name` names a word set). */
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
  /** Using this skill in a dated work entry is evidence that the entry is this kind of work (security work, ML work). */
  workKind: z.enum(['security', 'ml']).optional(),
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
  /** How the requirement is stated (job-posting roles always say; catalog roles may). */
  tier: TierSchema.optional(),
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

/** A clearance requirement: at least `minLevel` (any level when absent); `active` when it must already be held; `polygraph` when one is asked. */
export const ClearanceRequirementSchema = z.strictObject({
  kind: z.literal('clearance'),
  minLevel: ClearanceLevelSchema.optional(),
  active: z.boolean().optional(),
  polygraph: z.boolean().optional(),
  /** A full-scope (lifestyle) polygraph is asked, not only a counterintelligence one. */
  fullScopePolygraph: z.boolean().optional(),
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
/**
 * A condition a job ad states about who the person is — citizenship, work authorisation, obtaining a clearance,
 * a background check, travel, location — for the recruiter to check outside any score.
 */
export const RoleNoteSchema = z.strictObject({
  /** `citizenship`, `work-authorization`, `clearance-obtainable`, `background-check`, `travel`, `location`, or a user's own. */
  condition: z.string().min(1),
  /** The sentence of the ad that states it. */
  text: z.string().min(1),
  /** A clearance to obtain: its level (none when the ad names none) and whether a polygraph comes with it. */
  level: ClearanceLevelSchema.optional(),
  polygraph: z.boolean().optional(),
});

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
  /** Conditions about who the person is (citizenship, work authorisation, obtaining a clearance): for the recruiter to check, never scored. */
  notes: z.array(RoleNoteSchema).optional(),
  /** What the job-posting reader was unsure of. */
  warnings: z.array(z.strictObject({ code: z.string(), message: z.string() })).optional(),
});

/** Catalog JSON as users write it: any part may be given; `mode` says whether to merge or replace. */
export const CatalogInputSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.string().min(1).optional(),
  /** `merge` (default) adds to or overrides the default catalog by id; `replace` uses only this input. */
  mode: z.enum(['merge', 'replace']).default('merge'),
  /** Named word sets that aliases' `requireNear`/`rejectNear` refer to as `@name`. */
  sets: z.record(IdSchema, z.array(z.string().min(1)).min(1)).default({}),
  skills: z.array(SkillSchema).default([]),
  certifications: z.array(CertificationSchema).default([]),
  roles: z.array(RoleSchema).default([]),
});

/** A validated, merged, frozen catalog of skills, certifications and roles (from `loadCatalog`). */
export interface Catalog {
  readonly version: string;
  /** FNV-1a hash of the catalog's canonical JSON, for audits. */
  readonly hash: string;
  readonly skills: readonly Skill[];
  readonly certifications: readonly Certification[];
  readonly roles: readonly Role[];
  /** The named word sets the aliases used (already expanded in the aliases). */
  readonly sets: Readonly<Record<string, readonly string[]>>;
}

export type Alias = z.infer<typeof AliasSchema>;
export type LearningAction = z.infer<typeof LearningActionSchema>;
export type FrameworkRef = z.infer<typeof FrameworkRefSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type Certification = z.infer<typeof CertificationSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type SkillRequirement = z.infer<typeof SkillRequirementSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type RoleNote = z.infer<typeof RoleNoteSchema>;
export type CatalogInput = z.input<typeof CatalogInputSchema>;
