import { catalogOf, loadCatalog, requirementId } from '../catalog/load';
import { guarded, msg, RolefitError } from '../errors';
import { resolveOptions } from '../options';
import {
  type Catalog,
  type Certification,
  type HeldBack,
  type MatchOptions,
  MatchOptionsSchema,
  type MustUnmet,
  type Requirement,
  type RequirementResult,
  type ResumeProfile,
  type Role,
  type RoleFit,
  type ScoringRules,
  ScoringSchema,
  type Skill,
} from '../schemas';
import { type Credit, type CreditContext, creditFor, freshestUse, latestWorkEnd } from './credit';

/**
 * Scores a profile against every role (or `options.roles`), best first; ties break on role id.
 * @example
 * const [best] = matchRoles(parseResume(text));
 * best.requirements.filter((r) => r.status !== 'met');
 */
export function matchRoles(profile: ResumeProfile, options?: MatchOptions): RoleFit[] {
  assertProfile(profile);
  const resolved = resolveOptions(MatchOptionsSchema, options, 'matchRoles');
  return guarded('matchRoles', () => matchWith(profile, resolved));
}

/** Options of `matchWith`, resolved. */
export type ResolvedMatchOptions = ReturnType<typeof MatchOptionsSchema.parse>;

/** `matchRoles` with options already resolved (a matcher resolves its own once). */
export function matchWith(profile: ResumeProfile, resolved: ResolvedMatchOptions): RoleFit[] {
  assertProfile(profile);
  const catalog = catalogOf(resolved);
  const roles = resolveRoles(catalog, resolved.roles, 'options.roles');
  const ctx = creditContext(catalog, resolved.scoring);
  const withSkills = profileContext(profile, ctx);
  return roles.map((r) => scoreRole(profile, r, ctx, catalog, withSkills)).sort(byScore);
}

const DEFAULT_RULES: ScoringRules = ScoringSchema.parse({});

/** Orders fits best first, then by role id so the ranking is deterministic. */
export function byScore(a: RoleFit, b: RoleFit): number {
  return b.score - a.score || (a.roleId < b.roleId ? -1 : a.roleId > b.roleId ? 1 : 0);
}

/** A catalog's skills and certifications by id, built once per catalog (catalogs are frozen). */
const lookups = new WeakMap<Catalog, { skillById: ReadonlyMap<string, Skill>; certById: ReadonlyMap<string, Certification> }>();

/** A catalog's skills and certifications by id (made once per catalog: read them, don't change them). */
export function catalogLookups(catalog: Catalog): { skillById: ReadonlyMap<string, Skill>; certById: ReadonlyMap<string, Certification> } {
  let ids = lookups.get(catalog);
  if (!ids) {
    ids = { skillById: new Map(catalog.skills.map((s) => [s.id, s])), certById: new Map(catalog.certifications.map((c) => [c.id, c])) };
    lookups.set(catalog, ids);
  }
  return ids;
}

/** Builds the lookups `scoreRole` needs, once per catalog. */
export function creditContext(catalog: Catalog, scoring: ScoringRules = DEFAULT_RULES): CreditContext {
  const { skillById, certById } = catalogLookups(catalog);
  return {
    skillById,
    certName: (id) => certById.get(id)?.name ?? id,
    rules: scoring,
  };
}

/** Turns role ids or role objects into roles of the catalog; unknown ids throw `E_UNKNOWN_ROLE`. */
export function resolveRoles(catalog: Catalog, roles: ReadonlyArray<string | Role> | undefined, where: string): Role[] {
  if (roles === undefined) return [...catalog.roles];
  return roles.map((r) => {
    if (typeof r !== 'string') return validatedRole(catalog, r, where);
    const found = catalog.roles.find((x) => x.id === r);
    if (!found) throw new RolefitError('E_UNKNOWN_ROLE', msg.unknownRole(r, where));
    return found;
  });
}

// Validating a role object merges and hashes the whole catalog (~1 ms): remember the answer per catalog, keyed
// by the role's JSON so that a role edited after its first use is validated again.
const validated = new WeakMap<Catalog, Map<string, Role>>();
const MAX_VALIDATED_ROLES = 256;

/** A role object validated against this catalog's skills and certifications (memoized). */
function validatedRole(catalog: Catalog, role: Role, where: string): Role {
  let byJson = validated.get(catalog);
  if (!byJson) validated.set(catalog, (byJson = new Map()));
  const key = jsonKey(role);
  const hit = key === undefined ? undefined : byJson.get(key);
  if (hit) return hit;
  const merged = loadCatalog({ roles: [role] }, { source: where, base: catalog });
  const found = merged.roles.find((x) => x.id === role.id) as Role;
  if (key === undefined) return found;
  if (byJson.size >= MAX_VALIDATED_ROLES) byJson.clear();
  byJson.set(key, found);
  return found;
}

/** The JSON of a value, or undefined when it has none (a cycle, a BigInt): such input is validated, never cached. */
function jsonKey(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * `ctx` with the profile's skills by id (the first of each) and the end of its latest work: what scoring a role looks
 * up, made once for all the roles scored against one profile.
 */
export function profileContext(profile: ResumeProfile, ctx: CreditContext): CreditContext {
  const skills = new Map<string, ResumeProfile['skills'][number]>();
  for (const s of profile.skills) if (!skills.has(s.id)) skills.set(s.id, s);
  const lastUsed = freshestUse(profile, ctx.skillById);
  return { ...ctx, skillOf: (id) => skills.get(id), lastUsedOf: (id) => lastUsed.get(id), latestWork: latestWorkEnd(profile) };
}

/** Each requirement's credit, the weight they share (the unknown ones count for nothing) and the share of points the role keeps. */
function creditsOf(profile: ResumeProfile, role: Role, withSkills: CreditContext, creditOf?: (q: Requirement) => Credit) {
  const credits = role.requirements.map((q) => ({ q, c: creditOf ? creditOf(q) : creditFor(q, profile, withSkills) }));
  const totalWeight = credits.reduce((sum, { q, c }) => sum + (c.status === 'unknown' ? 0 : q.weight), 0);
  const heldBack = isHeldBack(credits) ? withSkills.rules.heldBackFactor : 1;
  // A must-have missing outright (no clearance for a cleared role) keeps the role below the roles the person can take.
  const mustUnmet = credits.some(({ q, c }) => isMissingCredential(q, c.status)) ? withSkills.rules.mustUnmetFactor : 1;
  return { credits, totalWeight, factor: heldBack * mustUnmet, heldBack, mustUnmet };
}

/**
 * The kinds of requirement recruiters screen on, a credential held or not: certifications and clearances. Years,
 * degrees and skills stay weighed (their reading is graded, and an ad's "or equivalent" is often implied).
 */
export function isScreenedKind(kind: Requirement['kind']): boolean {
  return kind === 'certification' || kind === 'clearance';
}

/** A hard credential requirement with nothing toward it (not one below the level asked, nor unknown). */
function isMissingCredential(q: Pick<Requirement, 'hard' | 'kind'>, status: Credit['status']): boolean {
  return q.hard && isScreenedKind(q.kind) && status === 'missing';
}

/**
 * A role is held back when it has defining requirements (the evidence its field rests on) and none of them earns
 * credit of the person's own (a related skill is a neighbour's evidence, not the field's), one at least being known
 * to be missing: a title that does not say, or years without dates, alone hold nothing back.
 */
function isHeldBack(credits: ReadonlyArray<{ q: Requirement; c: Credit }>): boolean {
  let known = false;
  for (const { q, c } of credits) {
    if (!q.defining) continue;
    if (c.credit > 0 && !c.related) return false;
    if (c.status !== 'unknown') known = true;
  }
  return known;
}

/** A skill requirement met only by skills of the `leadership` category (team leadership, stakeholder communication). */
function isLeadershipOnly(q: Requirement, ctx: CreditContext): boolean {
  return q.kind === 'skill' && q.skills.every((id) => ctx.skillById.get(id)?.category === 'leadership');
}

/**
 * The share of its points a requirement keeps: the role's (`factor`), and in a role held back, once more for one met
 * only by leading people or talking to stakeholders, which every field has and none rests on.
 */
function shareOf(q: Requirement, factor: number, heldBack: number, ctx: CreditContext): number {
  return heldBack < 1 && isLeadershipOnly(q, ctx) ? factor * heldBack : factor;
}

/** A requirement's share of the 100 points, times the share the role keeps. */
function maxPointsOf(weight: number, credit: Credit, totalWeight: number, factor: number): number {
  return credit.status === 'unknown' || totalWeight === 0 ? 0 : (100 * weight * factor) / totalWeight;
}

/** Scores one role: each requirement's points, which add up to the score. `withSkills`: `profileContext(profile, ctx)`, when the caller has made it. */
export function scoreRole(profile: ResumeProfile, role: Role, ctx: CreditContext, catalog: Catalog, withSkills = profileContext(profile, ctx)): RoleFit {
  const { credits, totalWeight, factor, heldBack, mustUnmet } = creditsOf(profile, role, withSkills);
  const requirements: RequirementResult[] = credits.map(({ q, c }) => {
    const maxPoints = maxPointsOf(q.weight, c, totalWeight, shareOf(q, factor, heldBack, withSkills));
    const result: RequirementResult = {
      id: requirementId(q),
      kind: q.kind,
      label: q.label ?? c.need,
      weight: q.weight,
      hard: q.hard,
      status: c.status,
      credit: round(c.credit, 3),
      points: round(maxPoints * c.credit, 2),
      maxPoints: round(maxPoints, 2),
      have: c.have,
      need: c.need,
      evidence: c.evidence,
      source: q.source,
    };
    if (q.defining) result.defining = true;
    return result;
  });
  const score = scoreOf(requirements.map((r) => r.points));
  return {
    roleId: role.id,
    title: role.title,
    score,
    eligible: requirements.every((r) => !r.hard || r.status === 'met'),
    requirements,
    ...(heldBack < 1
      ? { heldBack: heldBackOf(requirements, heldBack, factor, credits.some(({ q }) => isLeadershipOnly(q, withSkills)) ? factor * heldBack : undefined) }
      : {}),
    ...(mustUnmet < 1 ? { mustUnmet: mustUnmetOf(requirements, mustUnmet, factor) } : {}),
    audit: { asOf: profile.asOf, catalog: { version: catalog.version, hash: catalog.hash } },
  };
}

/**
 * Why the role was held back, naming its defining requirements. `kept`: the share left with every factor applied;
 * `leading`: the share of requirements met only by leading people or talking to stakeholders, when the role has one.
 */
function heldBackOf(requirements: readonly RequirementResult[], factor: number, kept: number, leading?: number): HeldBack {
  const defining = requirements.filter((r) => r.defining);
  return {
    factor,
    requirements: defining.map((r) => r.id),
    reason: `The résumé shows none of what this role rests on (${defining.map((r) => r.need).join('; ')}): ${shareText(factor, kept)}${
      leading === undefined ? '' : `; leading people and talking to stakeholders, which every field has, ${Math.round(leading * 100)}%`
    }.`,
  };
}

/** Why the role keeps only `factor` of its points: the hard credentials missing outright. */
function mustUnmetOf(requirements: readonly RequirementResult[], factor: number, kept: number): MustUnmet {
  const missing = requirements.filter((r) => isMissingCredential(r, r.status));
  return {
    factor,
    requirements: missing.map((r) => r.id),
    reason: `A must-have is missing (${missing.map((r) => r.label).join('; ')}): ${shareText(factor, kept)}.`,
  };
}

/** "every requirement counts 75% of its points", and the share left with the other factor too when there is one. */
function shareText(factor: number, kept: number): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return `every requirement counts ${pct(factor)} of its points${kept < factor ? ` (${pct(kept)} with the other reduction)` : ''}`;
}

/**
 * `scoreRole(…).score` without the rest of the result (what the plan's simulations read); `creditOf`, when given, is
 * each requirement's credit (`creditFor` with the same profile and context, or a value it gave before).
 */
export function roleScore(profile: ResumeProfile, role: Role, withSkills: CreditContext, creditOf?: (q: Requirement) => Credit): number {
  const { credits, totalWeight, factor, heldBack } = creditsOf(profile, role, withSkills, creditOf);
  return scoreOf(credits.map(({ q, c }) => round(maxPointsOf(q.weight, c, totalWeight, shareOf(q, factor, heldBack, withSkills)) * c.credit, 2)));
}

/** The score: the requirements' points (each rounded as the fit shows it) summed, at most 100. */
function scoreOf(points: readonly number[]): number {
  return Math.min(
    100,
    round(
      points.reduce((s, p) => s + p, 0),
      2,
    ),
  );
}

/** `n` rounded to `digits` decimals. */
export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Why a value is not a profile from `parseResume`, or undefined when it is one. */
export function profileProblem(profile: unknown): string | undefined {
  const p = profile as ResumeProfile | null;
  if (typeof p !== 'object' || p === null) return `got ${typeof profile}`;
  if (!Array.isArray(p.skills) || !Array.isArray(p.education) || !Array.isArray(p.certifications)) {
    return '`skills`, `education` and `certifications` must be arrays';
  }
  if (typeof p.experience !== 'object' || p.experience === null || typeof p.asOf !== 'string') return '`experience` and `asOf` are missing';
  return undefined;
}

/** Rejects values that are not a profile from `parseResume`, with a clear message. */
export function assertProfile(profile: unknown): asserts profile is ResumeProfile {
  const problem = profileProblem(profile);
  if (problem) throw new RolefitError('E_INVALID_INPUT', msg.invalidProfile(problem));
}
