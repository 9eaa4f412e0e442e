import * as z from 'zod/mini';
import { LearningActionSchema } from './catalog-schemas';
import { CatalogStampSchema, EvidenceSchema } from './profile';
import { finite, IdSchema, IsoDateSchema, nonNegative, TierSchema } from './vocab';

// ─── Fit, plan ──────────────────────────────────────────────────────────────

/** How far one requirement is met. `unknown`: the résumé cannot tell (e.g. no dates). */
export const RequirementStatusSchema = z.enum(['met', 'partial', 'missing', 'unknown']);

/** The score of one requirement. */
export const RequirementResultSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['skill', 'experience', 'degree', 'certification', 'clearance', 'title']),
  label: z.string(),
  weight: finite(),
  hard: z.boolean(),
  tier: z.optional(TierSchema),
  status: RequirementStatusSchema,
  /** Share of the requirement met, 0–1. */
  credit: z.number().check(z.gte(0), z.lte(1)),
  /** Points this requirement adds to the score; the points add up to the score. */
  points: nonNegative(),
  /** Points it would add if fully met. */
  maxPoints: nonNegative(),
  have: z.string(),
  need: z.string(),
  evidence: z.array(EvidenceSchema),
  source: z.string(),
  /** The requirement is evidence the role's field rests on (see `RoleFit.heldBack`). */
  defining: z.optional(z.literal(true)),
});

/** Why a role's points were held back: none of its defining requirements shows evidence of the person's own. */
export const HeldBackSchema = z.strictObject({
  /** The share of its points every requirement keeps (`scoring.heldBackFactor`). */
  factor: z.number().check(z.gte(0), z.lt(1)),
  /** The ids of the defining requirements, none of which is met by the person's own evidence. */
  requirements: z.array(z.string()).check(z.minLength(1)),
  /** The reason, in words. */
  reason: z.string(),
});

/** Why a role keeps only part of its points: one of its hard requirements is missing outright (`scoring.mustUnmetFactor`). */
export const MustUnmetSchema = z.strictObject({
  /** The share of its points every requirement keeps. */
  factor: z.number().check(z.gte(0), z.lt(1)),
  /** The ids of the hard requirements missing outright (not one short of them, nor unknown). */
  requirements: z.array(z.string()).check(z.minLength(1)),
  /** The reason, in words. */
  reason: z.string(),
});

/** How well a profile fits one role. */
export const RoleFitSchema = z.strictObject({
  roleId: IdSchema,
  title: z.string(),
  /** 0–100, the sum of the requirements' points. */
  score: z.number().check(z.gte(0), z.lte(100)),
  /** Every hard requirement is met. */
  eligible: z.boolean(),
  requirements: z.array(RequirementResultSchema),
  /** Present when the role was held back: every requirement's points (and `maxPoints`) are multiplied by `factor`. */
  heldBack: z.optional(HeldBackSchema),
  /** Present when a hard requirement is missing outright: every requirement's points (and `maxPoints`) are multiplied by `factor` too. */
  mustUnmet: z.optional(MustUnmetSchema),
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
  /**
   * Skill ids of later steps that build on this one. A step worth no points by itself is in a plan only as such a
   * prerequisite; the points come with the steps it unlocks.
   */
  unlocks: z.array(IdSchema),
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
  currentScore: z.number().check(z.gte(0), z.lte(100)),
  projectedScore: z.number().check(z.gte(0), z.lte(100)),
  hoursPerWeek: z.number().check(z.positive()),
  steps: z.array(PlanStepSchema),
  totalHours: nonNegative(),
  weeks: z.number().check(z.int(), z.nonnegative()),
  notLearnable: z.array(PlanBlockerSchema),
});

export type RequirementStatus = z.infer<typeof RequirementStatusSchema>;
export type RequirementResult = z.infer<typeof RequirementResultSchema>;
export type RoleFit = z.infer<typeof RoleFitSchema>;
export type HeldBack = z.infer<typeof HeldBackSchema>;
export type MustUnmet = z.infer<typeof MustUnmetSchema>;
export type PlanStep = z.infer<typeof PlanStepSchema>;
export type PlanBlocker = z.infer<typeof PlanBlockerSchema>;
export type UpskillingPlan = z.infer<typeof UpskillingPlanSchema>;
