import * as z from 'zod';
import { RoleFitSchema } from './fit';

/** One requirement that separates two adjacent candidates. */
export const ComparisonReasonSchema = z.strictObject({
  requirementId: z.string(),
  label: z.string(),
  abovePoints: z.number().nonnegative(),
  belowPoints: z.number().nonnegative(),
});

/** Why the candidate `above` ranks above the next one, `below` (input indices). */
export const CandidateComparisonSchema = z.strictObject({
  above: z.number().int().nonnegative(),
  below: z.number().int().nonnegative(),
  aboveId: z.string(),
  belowId: z.string(),
  /** Score difference, ≥ 0. */
  difference: z.number().nonnegative(),
  /** The requirements where `above` earns the most points over `below`, largest first. */
  reasons: z.array(ComparisonReasonSchema),
  summary: z.string(),
});

/** One résumé in the ranking, with its full per-requirement breakdown. */
export const RankedCandidateSchema = z.strictObject({
  /** 1-based position. */
  rank: z.number().int().positive(),
  /** Position in the `profiles` input. */
  index: z.number().int().nonnegative(),
  /** The caller's candidate id, else `#<index + 1>`. */
  id: z.string(),
  score: z.number().min(0).max(100),
  eligible: z.boolean(),
  fit: RoleFitSchema,
});

/** Résumés ranked for one role, best first, with a comparison for each adjacent pair. */
export const RankingSchema = z.strictObject({
  roleId: z.string(),
  title: z.string(),
  candidates: z.array(RankedCandidateSchema),
  comparisons: z.array(CandidateComparisonSchema),
});

export type ComparisonReason = z.infer<typeof ComparisonReasonSchema>;
export type CandidateComparison = z.infer<typeof CandidateComparisonSchema>;
export type RankedCandidate = z.infer<typeof RankedCandidateSchema>;
export type Ranking = z.infer<typeof RankingSchema>;
