import { catalogOf } from '../catalog/load';
import { guarded, msg, RolefitError } from '../errors';
import { resolveOptions } from '../options';
import {
  type Catalog,
  type LearningAction,
  type PlanBlocker,
  type PlanOptions,
  PlanOptionsSchema,
  type PlanStep,
  type RequirementResult,
  type ResumeProfile,
  type Requirement,
  type Role,
  type Skill,
  type UpskillingPlan,
} from '../schemas';
import { type Credit, type CreditContext, creditFor } from '../score/credit';
import { assertProfile, catalogLookups, creditContext, profileContext, resolveRoles, roleScore, round, scoreRole } from '../score/match';

interface Candidate {
  id: string;
  kind: 'skill' | 'certification';
  name: string;
  hours: number;
  actions: LearningAction[];
  prerequisites: string[];
  reasons: string[];
}

interface Simulation {
  profile: ResumeProfile;
  roles: Role[];
  ctx: CreditContext;
  /**
   * `ctx` with the profile's own skills (`profileContext`), made once, scoring only (`scoreOnly`: simulations read
   * scores): each simulation lays its learned skills over it.
   */
  base: CreditContext;
  catalog: Catalog;
  /**
   * Each requirement's credit with the profile as it is (`base`), made on first use: a simulation scores again only
   * the requirements its learned skills or certifications can change (see `dependsOn`), and reads the others here.
   */
  credits: Map<Requirement, Credit>;
}

/**
 * Orders what to learn next for one or more target roles: best score gain per hour first, prerequisites first,
 * gaps shared by several targets once; years, clearances and degrees are listed as not learnable, with advice.
 * @example
 * const plan = planUpskilling(profile, 'mlsecops-specialist', { hoursPerWeek: 6 });
 * plan.steps.map((s) => `${s.name}: ${s.hours} h, +${s.scoreGain}`);
 */
export function planUpskilling(profile: ResumeProfile, target: string | Role | ReadonlyArray<string | Role>, options?: PlanOptions): UpskillingPlan {
  assertProfile(profile);
  const resolved = resolveOptions(PlanOptionsSchema, options, 'planUpskilling');
  return guarded('planUpskilling', () => planWith(profile, target, resolved));
}

/** Options of `planWith`, resolved. */
export type ResolvedPlanOptions = ReturnType<typeof PlanOptionsSchema.parse>;

/** `planUpskilling` with options already resolved (a matcher resolves its own once). */
export function planWith(profile: ResumeProfile, target: string | Role | ReadonlyArray<string | Role>, resolved: ResolvedPlanOptions): UpskillingPlan {
  assertProfile(profile);
  const { hoursPerWeek } = resolved;
  const catalog = catalogOf(resolved);
  const targets = Array.isArray(target) ? target : [target as string | Role];
  if (targets.length === 0) throw new RolefitError('E_INVALID_OPTIONS', msg.invalidOption('target', 'a role id or a list of role ids', target));
  const roles = resolveRoles(catalog, targets, 'target');
  const ctx = creditContext(catalog);
  const withSkills = profileContext(profile, ctx);
  const sim: Simulation = { profile, roles, ctx, base: { ...withSkills, scoreOnly: true }, catalog, credits: new Map() };
  const fits = roles.map((r) => scoreRole(profile, r, sim.ctx, catalog, withSkills));
  const { candidates, notLearnable } = collectGaps(profile, fits, roles, catalog);
  const steps = orderSteps(candidates, sim);
  const totalHours = round(
    steps.reduce((s, x) => s + x.hours, 0),
    2,
  );
  const final = simulate(
    sim,
    steps.map((s) => s.skillId),
  );
  return {
    target: roles.map((r) => r.id),
    currentScore: round(mean(fits.map((f) => f.score)), 2),
    projectedScore: round(mean(final), 2),
    hoursPerWeek,
    steps,
    totalHours,
    weeks: Math.ceil(totalHours / hoursPerWeek),
    notLearnable,
  };
}

function collectGaps(profile: ResumeProfile, fits: ReturnType<typeof scoreRole>[], roles: Role[], catalog: Catalog) {
  const candidates = new Map<string, Candidate>();
  const notLearnable: PlanBlocker[] = [];
  const { skillById, certById } = catalogLookups(catalog);
  const held = new Set(profile.skills.map((s) => s.id));
  const addSkill = (id: string, reason: string) => {
    const skill = skillById.get(id);
    if (!skill) return;
    const existing = candidates.get(id);
    if (existing) return void existing.reasons.push(reason);
    candidates.set(id, {
      id,
      kind: 'skill',
      name: skill.name,
      hours: learningHours(skill.learning),
      actions: [...skill.learning],
      prerequisites: [...skill.prerequisites],
      reasons: [reason],
    });
    for (const pre of skill.prerequisites) if (!held.has(pre)) addSkill(pre, `prerequisite of ${skill.name}`);
  };
  fits.forEach((fit, i) => {
    const role = roles[i] as Role;
    fit.requirements.forEach((r, j) => {
      const q = role.requirements[j];
      if (r.status === 'met' || !q) return;
      if (q.kind === 'skill') {
        // Held as work or listed evidence: only years are short. Otherwise learn the first skill asked for.
        const own = profile.skills.find((s) => q.skills.includes(s.id) && s.strength !== 'implied');
        if (!own) addSkill(q.skills[0] as string, `${role.title}: ${r.label} (${r.status})`);
        else if (q.minYears)
          notLearnable.push(
            blocker(
              role,
              r,
              `Keep using it at work: ${r.need} is asked and years cannot be studied for. A side project or open-source work with it adds evidence meanwhile.`,
            ),
          );
      } else if (q.kind === 'certification') {
        const cert = q.anyOf.map((id) => certById.get(id)).find((c) => c !== undefined);
        if (!cert || candidates.has(cert.id)) return;
        candidates.set(cert.id, {
          id: cert.id,
          kind: 'certification',
          name: cert.name,
          hours: cert.hours ?? 80,
          actions: [{ kind: 'certification', title: `Prepare for and pass ${cert.name} (${cert.issuer})`, hours: cert.hours ?? 80 }],
          prerequisites: [],
          reasons: [`${role.title}: ${r.label} (${r.status})`],
        });
      } else {
        notLearnable.push(blocker(role, r, ADVICE[q.kind]));
      }
    });
  });
  return { candidates, notLearnable };
}

const ADVICE = {
  experience:
    'Years of experience cannot be learned in a course. Take on this kind of work in your current job (own a threat model, join an incident rotation, ship a model), and count projects and open-source work as evidence meanwhile.',
  clearance:
    'A clearance is granted through a sponsoring employer or agency, not earned by study. Apply to positions that sponsor clearances, keep your record clean, and list any clearance you held before.',
  title: 'A title comes with the job: ask for the scope it names in your current role (lead the team, own the programme), or apply to positions at that level.',
  degree:
    'A degree takes years; many employers accept equivalent experience. Show it with certifications and projects, or consider a part-time degree if the role insists.',
} as const;

function blocker(role: Role, r: RequirementResult, advice: string): PlanBlocker {
  return { roleId: role.id, requirementId: r.id, label: r.label, advice };
}

/** Course and project hours; a certification exam counts only when it is the only way offered. */
function learningHours(actions: readonly LearningAction[]): number {
  const study = actions.filter((a) => a.kind !== 'certification');
  const list = study.length > 0 ? study : actions;
  return list.length === 0 ? 20 : list.reduce((s, a) => s + a.hours, 0);
}

/** Greedy order: the best gain per hour among the steps whose prerequisites are done. */
function orderSteps(candidates: Map<string, Candidate>, sim: Simulation): PlanStep[] {
  const held = new Set(sim.profile.skills.map((s) => s.id));
  const done: string[] = [];
  const steps: PlanStep[] = [];
  let base = simulate(sim, done);
  const pending = new Map(candidates);
  while (pending.size > 0) {
    const ready = [...pending.values()].filter((c) => c.prerequisites.every((p) => held.has(p) || done.includes(p) || !pending.has(p)));
    const pool = ready.length > 0 ? ready : [...pending.values()];
    let best: { c: Candidate; gains: number[]; value: number } | undefined;
    for (const c of pool) {
      const gains = simulate(sim, [...done, c.id]).map((s, i) => s - (base[i] as number));
      const unlock = bestUnlock(c, pending, sim, done, base);
      const value = (mean(gains) + unlock.gain) / (c.hours + unlock.hours);
      if (!best || value > best.value + 1e-9 || (Math.abs(value - best.value) <= 1e-9 && c.id < best.c.id)) best = { c, gains, value };
    }
    if (!best) break;
    const { c, gains } = best;
    pending.delete(c.id);
    done.push(c.id);
    base = simulate(sim, done);
    steps.push({
      skillId: c.id,
      kind: c.kind,
      name: c.name,
      why: c.reasons.join('; '),
      actions: c.actions,
      hours: c.hours,
      scoreGain: round(Math.max(0, mean(gains)), 2),
      after: c.prerequisites.filter((p) => done.includes(p) && p !== c.id),
      unlocks: [],
      // The targets it raises, or that ask for it directly.
      roles: sim.roles.filter((r, i) => (gains[i] as number) > 0 || c.reasons.some((x) => x.startsWith(`${r.title}:`))).map((r) => r.id),
    });
  }
  return keepWorthwhile(steps);
}

/**
 * Every step adds points or unlocks a later one that does: a step worth nothing by itself stays only as a
 * prerequisite (with `unlocks`), and is dropped otherwise (a gap another skill of the plan already covers).
 */
function keepWorthwhile(steps: PlanStep[]): PlanStep[] {
  const kept = new Set<string>();
  // From the last step back: a step is kept when it adds points or a kept step builds on it.
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i] as PlanStep;
    s.unlocks = steps
      .slice(i + 1)
      .filter((later) => kept.has(later.skillId) && later.after.includes(s.skillId))
      .map((later) => later.skillId);
    if (s.scoreGain > 0 || s.unlocks.length > 0) kept.add(s.skillId);
  }
  return steps.filter((s) => kept.has(s.skillId));
}

/** What learning `c` unlocks: the best gain of a pending step that waits on it. */
function bestUnlock(c: Candidate, pending: Map<string, Candidate>, sim: Simulation, done: string[], base: number[]) {
  let best = { gain: 0, hours: 0 };
  for (const d of pending.values()) {
    if (d.id === c.id || !d.prerequisites.includes(c.id)) continue;
    const gain = mean(simulate(sim, [...done, c.id, d.id]).map((s, i) => s - (base[i] as number)));
    if (gain / (c.hours + d.hours) > best.gain / (c.hours + best.hours || 1)) best = { gain, hours: d.hours };
  }
  return best;
}

/** The target roles' scores if the listed skills and certifications were learned (as listed skills). */
function simulate(sim: Simulation, learned: readonly string[]): number[] {
  if (learned.length === 0) return sim.roles.map((r) => roleScore(sim.profile, r, sim.base, (q) => baseCredit(sim, q)));
  // A learned skill is listed, unless the profile holds it already (more than implied); scoring reads skills
  // through `skillOf` only, so they are laid over the profile's instead of copied into a new profile.
  const learnedSkills = new Map<string, ResumeProfile['skills'][number]>();
  const own = sim.base.skillOf;
  let certifications = sim.profile.certifications;
  for (const id of learned) {
    const skill = sim.ctx.skillById.get(id);
    if (skill) {
      const held = learnedSkills.get(id) ?? own?.(id);
      if (held === undefined || held.strength === 'implied') learnedSkills.set(id, { id, name: skill.name, strength: 'listed', evidence: [] });
    } else if (!certifications.some((c) => c.id === id)) {
      if (certifications === sim.profile.certifications) certifications = [...certifications];
      certifications.push({ id, name: id, evidence: { text: '', start: 0, end: 0, section: 'certifications', via: 'certification', confidence: 1 } });
    }
  }
  const profile = certifications === sim.profile.certifications ? sim.profile : { ...sim.profile, certifications };
  const withSkills: CreditContext = { ...sim.base, skillOf: (id) => learnedSkills.get(id) ?? own?.(id) };
  const creditOf = (q: Requirement): Credit => {
    // A skill requirement reads the skills `dependsOn` lists only; a certification one the certifications; the others
    // what no simulation changes (experience, education, clearance, titles).
    const changed =
      q.kind === 'skill'
        ? learnedSkills.size > 0 && dependsOn(q, sim.ctx.skillById).some((id) => learnedSkills.has(id))
        : q.kind === 'certification' && profile !== sim.profile;
    return changed ? creditFor(q, profile, withSkills) : baseCredit(sim, q);
  };
  return sim.roles.map((r) => roleScore(profile, r, withSkills, creditOf));
}

/** A requirement's credit with the profile as it is (scoring only), made once per plan. */
function baseCredit(sim: Simulation, q: Requirement): Credit {
  let c = sim.credits.get(q);
  if (c === undefined) sim.credits.set(q, (c = creditFor(q, sim.profile, sim.base)));
  return c;
}

/**
 * The skills whose holding a skill requirement's credit reads (see `skillCredit`): its own, their related skills, and
 * for a defining requirement their prerequisites. Made once per requirement and catalog.
 */
function dependsOn(q: Extract<Requirement, { kind: 'skill' }>, skillById: ReadonlyMap<string, Skill>): readonly string[] {
  let byReq = DEPENDS.get(skillById);
  if (!byReq) DEPENDS.set(skillById, (byReq = new WeakMap()));
  let ids = byReq.get(q);
  if (!ids) {
    const out = new Set<string>();
    for (const id of q.skills) {
      out.add(id);
      const skill = skillById.get(id);
      for (const r of skill?.related ?? []) out.add(r);
      if (q.defining) for (const pre of skill?.prerequisites ?? []) out.add(pre);
    }
    ids = [...out];
    // Only frozen requirements (those of a built catalog) are remembered: another could change between two calls.
    if (Object.isFrozen(q) && Object.isFrozen(q.skills)) byReq.set(q, ids);
  }
  return ids;
}
const DEPENDS = new WeakMap<ReadonlyMap<string, Skill>, WeakMap<Requirement, readonly string[]>>();

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}
