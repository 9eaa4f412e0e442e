import * as z from 'zod/mini';
import { RoleFitSchema } from './fit';
import { WarningSchema } from './profile';

/** One requirement that separates two adjacent candidates. */
export const ComparisonReasonSchema = z.strictObject({
  requirementId: z.string(),
  label: z.string(),
  abovePoints: z.number().check(z.nonnegative()),
  belowPoints: z.number().check(z.nonnegative()),
});

/** Why the candidate `above` ranks above the next one, `below` (input indices). */
export const CandidateComparisonSchema = z.strictObject({
  above: z.number().check(z.int(), z.nonnegative()),
  below: z.number().check(z.int(), z.nonnegative()),
  aboveId: z.string(),
  belowId: z.string(),
  /** Score of `above` minus score of `below`: negative when must-haves put the lower score above. */
  difference: z.number(),
  /** With `mustHaves: 'gate'`: the must-haves `below` has nothing toward and `above` does (empty when the score decides). */
  mustHaves: z.array(z.strictObject({ requirementId: z.string(), label: z.string() })),
  /** The requirements where `above` earns the most points over `below`, largest first. */
  reasons: z.array(ComparisonReasonSchema),
  summary: z.string(),
});

/** One résumé in the ranking, with its full per-requirement breakdown. */
export const RankedCandidateSchema = z.strictObject({
  /** 1-based position. */
  rank: z.number().check(z.int(), z.positive()),
  /** Position in the `profiles` input. */
  index: z.number().check(z.int(), z.nonnegative()),
  /** The caller's candidate id, else `#<index + 1>`. */
  id: z.string(),
  score: z.number().check(z.gte(0), z.lte(100)),
  eligible: z.boolean(),
  /** Ids of the must-have credentials (hard certification or clearance requirements) the candidate lacks. */
  mustHavesMissed: z.array(z.string()),
  fit: RoleFitSchema,
  /** The profile's `LANGUAGE_NOT_LOADED` / `UNSUPPORTED_LANGUAGE` warnings (read with English: a lower reading); absent when none. */
  warnings: z.optional(z.array(WarningSchema)),
});

/** Résumés ranked for one role, best first, with a comparison for each adjacent pair. */
export const RankingSchema = z.strictObject({
  roleId: z.string(),
  title: z.string(),
  /** How must-haves ordered the candidates (`rankCandidates`'s `mustHaves` option). */
  mustHaves: z.enum(['gate', 'weigh']),
  /** Candidates who meet every must-have (`eligible`); 0 tells the recruiter that nobody does. */
  eligibleCount: z.number().check(z.int(), z.nonnegative()),
  candidates: z.array(RankedCandidateSchema),
  comparisons: z.array(CandidateComparisonSchema),
});

export type ComparisonReason = z.infer<typeof ComparisonReasonSchema>;
export type CandidateComparison = z.infer<typeof CandidateComparisonSchema>;
export type RankedCandidate = z.infer<typeof RankedCandidateSchema>;
export type Ranking = z.infer<typeof RankingSchema>;
