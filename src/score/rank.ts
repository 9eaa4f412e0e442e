import { catalogOf } from '../catalog/load';
import { guarded, msg, RolefitError } from '../errors';
import { resolveOptions } from '../options';
import {
  type CandidateComparison,
  type ParseWarning,
  type ComparisonReason,
  type RankedCandidate,
  type Ranking,
  type RankOptions,
  RankOptionsSchema,
  type ResumeProfile,
  type Role,
  type RoleFit,
} from '../schemas';
import { creditContext, isScreenedKind, profileProblem, resolveRoles, round, scoreRole } from './match';

/**
 * Ranks résumés for one role, best first (ties: candidate id when given, else input order), with the
 * per-requirement breakdown of each and, for each adjacent pair, the requirements that make the difference.
 * Only the profile is read, and a profile holds no name, contact, age, gender or nationality.
 * @example
 * const ranking = rankCandidates(texts.map((t) => parseResume(t)), roleFromJobPosting(ad));
 * ranking.comparisons[0]?.summary; // 'Ranks above because of LLM security (+7.5) and …'
 */
export function rankCandidates(profiles: readonly ResumeProfile[], role: string | Role, options?: RankOptions): Ranking {
  return guarded('rankCandidates', () => rankCandidatesUnguarded(profiles, role, options));
}

function rankCandidatesUnguarded(profiles: readonly ResumeProfile[], role: string | Role, options?: RankOptions): Ranking {
  if (!Array.isArray(profiles)) throw new RolefitError('E_INVALID_INPUT', msg.notProfileList(profiles));
  profiles.forEach((p, i) => {
    const problem = profileProblem(p);
    if (problem) throw new RolefitError('E_INVALID_INPUT', msg.invalidCandidate(i, problem));
  });
  const resolved = resolveOptions(RankOptionsSchema, options, 'rankCandidates');
  const ids = candidateIds(profiles.length, resolved.ids);
  const maxReasons = resolved.maxReasons;
  const catalog = catalogOf(resolved);
  const [target] = resolveRoles(catalog, [role], 'role') as [Role];
  const ctx = creditContext(catalog, resolved.scoring);
  const gate = resolved.mustHaves === 'gate';
  const scored = profiles.map((p, index) => {
    const fit = scoreRole(p, target, ctx, catalog);
    const missed = fit.requirements.filter(isMissedCredential).map((r) => r.id);
    const warnings = p.warnings.filter((w: ParseWarning) => w.code === 'LANGUAGE_NOT_LOADED' || w.code === 'UNSUPPORTED_LANGUAGE');
    return { index, id: ids[index] as string, fit, missed, warnings };
  });
  scored.sort(
    (a, b) => (gate ? a.missed.length - b.missed.length : 0) || b.fit.score - a.fit.score || (resolved.ids ? compareIds(a.id, b.id) : 0) || a.index - b.index,
  );
  const candidates: RankedCandidate[] = scored.map((s, i) => ({
    rank: i + 1,
    index: s.index,
    id: s.id,
    score: s.fit.score,
    eligible: s.fit.eligible,
    mustHavesMissed: s.missed,
    fit: s.fit,
    ...(s.warnings.length > 0 && { warnings: s.warnings }),
  }));
  const comparisons = candidates.slice(1).map((below, i) => compare(candidates[i] as RankedCandidate, below, maxReasons, resolved.ids !== undefined, gate));
  const eligibleCount = candidates.filter((c) => c.eligible).length;
  return { roleId: target.id, title: target.title, mustHaves: resolved.mustHaves, eligibleCount, candidates, comparisons };
}

function candidateIds(count: number, ids: readonly string[] | undefined): string[] {
  if (ids === undefined) return Array.from({ length: count }, (_, i) => `#${i + 1}`);
  const ok = Array.isArray(ids) && ids.length === count && ids.every((id) => typeof id === 'string' && id.length > 0);
  if (!ok || new Set(ids).size !== ids.length) {
    throw new RolefitError('E_INVALID_OPTIONS', msg.invalidOption('ids', `${count} distinct non-empty strings, one per profile`, ids));
  }
  return [...ids];
}

/**
 * A must-have credential the candidate does not hold: a hard certification or clearance requirement not met (a
 * lower clearance, or one without the polygraph asked for, is not the one required). Recruiters screen on these; years, degrees and skills stay weighed (their reading is graded, and an
 * ad's "or equivalent" is often implied), and `unknown` never counts as missed.
 */
function isMissedCredential(r: RoleFit['requirements'][number]): boolean {
  return r.hard && (r.status === 'missing' || r.status === 'partial') && isScreenedKind(r.kind);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Why `above` ranks above `below`: the requirements where it earns the most points more. */
function compare(above: RankedCandidate, below: RankedCandidate, maxReasons: number, byId: boolean, gate: boolean): CandidateComparison {
  const difference = round(above.score - below.score, 2);
  const reasons = reasonsFor(above.fit, below.fit).slice(0, maxReasons);
  const gated = gate && above.mustHavesMissed.length < below.mustHavesMissed.length;
  const mustHaves = gated
    ? below.fit.requirements
        .filter((r) => below.mustHavesMissed.includes(r.id) && !above.mustHavesMissed.includes(r.id))
        .map((r) => ({ requirementId: r.id, label: r.label }))
    : [];
  return {
    above: above.index,
    below: below.index,
    aboveId: above.id,
    belowId: below.id,
    difference,
    mustHaves,
    reasons,
    summary: withNote(gated ? summarizeGate(above, below, mustHaves) : summarize(difference, reasons, byId), keptShareNote(above, below, gated)),
  };
}

/** A summary with a note in brackets before its closing full stop, if it has one. */
function withNote(summary: string, note: string): string {
  return note === '' ? summary : summary.endsWith('.') ? `${summary.slice(0, -1)}${note}.` : `${summary}${note}`;
}

/**
 * Says what share of its points `below` keeps that `above` does not lose (held back, a must-have missing), if any; a
 * summary that already says `below` misses a must-have (`gated`) does not say it again.
 */
function keptShareNote(above: RankedCandidate, below: RankedCandidate, gated: boolean): string {
  const notes: string[] = [];
  const held = below.fit.heldBack;
  if (held && !above.fit.heldBack) notes.push(`is held back to ${Math.round(held.factor * 100)}%: it shows none of what the role rests on`);
  const unmet = below.fit.mustUnmet;
  if (unmet && !above.fit.mustUnmet && !gated) notes.push(`keeps ${Math.round(unmet.factor * 100)}% of its points: it lacks a must-have`);
  return notes.length === 0 ? '' : ` (the other ${notes.join('; and ')})`;
}

/** Why must-haves put `above` first: the ones `below` has nothing toward, or how many more it misses. */
function summarizeGate(above: RankedCandidate, below: RankedCandidate, mustHaves: ReadonlyArray<{ label: string }>): string {
  const missed = `${below.mustHavesMissed.length} must-have${below.mustHavesMissed.length === 1 ? '' : 's'} against ${above.mustHavesMissed.length}`;
  const named = mustHaves.length > 0 ? `: nothing toward ${mustHaves.map((m) => m.label).join(', ')}` : '';
  return `Ranks above because the other misses ${missed}${named}.`;
}

function reasonsFor(above: RoleFit, below: RoleFit): ComparisonReason[] {
  const belowById = new Map(below.requirements.map((r) => [r.id, r]));
  // When the two keep different shares of their points (one held back, or missing a must-have outright), every point
  // differs by the factor: only a requirement where the one above earns more credit is a reason (the notes explain the rest).
  const scaled = keptShare(above) !== keptShare(below);
  return above.requirements
    .map((r, order) => ({ r, order, other: belowById.get(r.id)?.points ?? 0, otherCredit: belowById.get(r.id)?.credit ?? 0 }))
    .filter(({ r, other, otherCredit }) => round(r.points - other, 2) > 0 && (!scaled || r.credit > otherCredit))
    .sort((a, b) => round(b.r.points - b.other, 2) - round(a.r.points - a.other, 2) || a.order - b.order)
    .map(({ r, other }) => ({ requirementId: r.id, label: r.label, abovePoints: r.points, belowPoints: other }));
}

/** The share of its points a fit keeps: its hold-back and must-have factors multiplied. */
function keptShare(fit: RoleFit): number {
  return (fit.heldBack?.factor ?? 1) * (fit.mustUnmet?.factor ?? 1);
}

function summarize(difference: number, reasons: readonly ComparisonReason[], byId: boolean): string {
  if (difference === 0) return `Tied at the same score; ordered by ${byId ? 'candidate id' : 'input order'}.`;
  if (reasons.length === 0) return `Ranks above by ${difference.toFixed(2)} points.`;
  const parts = reasons.map((r) => `${r.label} (+${(r.abovePoints - r.belowPoints).toFixed(1)})`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Ranks above because of ${list}`;
}
