import { clearanceRank } from '../text/clearances';
import { fold, unicodeLiteral } from '../text/phrases';
import { DEGREE_LEVELS, type ScoringRules, type Evidence, type Requirement, type RequirementStatus, type ResumeProfile, type Skill } from '../schemas';

/** What one requirement earns, before weights. */
export interface Credit {
  status: RequirementStatus;
  credit: number;
  have: string;
  need: string;
  evidence: Evidence[];
  /** The credit comes from a related skill, not from the one asked for. */
  related?: true;
}

/** Context the credit functions need besides the profile. */
export interface CreditContext {
  skillById: ReadonlyMap<string, Skill>;
  certName: (id: string) => string;
  rules: ScoringRules;
  /** The profile's skill of an id (its first), when the caller has indexed them; else they are searched. */
  skillOf?: (id: string) => ResumeProfile['skills'][number] | undefined;
  /**
   * When the profile last used a skill at work, counting the skills that rest on it (`freshestUse`), when the caller
   * has computed it once; else the skill's own `lastUsed`.
   */
  lastUsedOf?: (id: string) => string | undefined;
  /** The end of the profile's latest work (`latestWorkEnd`), when the caller has computed it once. */
  latestWork?: string | undefined;
  /**
   * The caller reads each credit's status, value and `related` only (the plan's simulations score hundreds of
   * profiles): a skill's or degree's `have`, `need` and evidence are left empty.
   */
  scoreOnly?: boolean;
}

/** The evidence of a credit that writes none (`scoreOnly`), shared: never changed. */
const NO_EVIDENCE: Evidence[] = [];

const MEASURE_LABEL = { totalYears: 'professional', securityYears: 'security', mlYears: 'ML/AI engineering' } as const;

/** Scores one requirement against a profile. */
export function creditFor(q: Requirement, p: ResumeProfile, ctx: CreditContext): Credit {
  switch (q.kind) {
    case 'skill':
      return skillCredit(q, p, ctx);
    case 'experience': {
      const value = p.experience[q.measure];
      const need = `${q.minYears}+ years of ${MEASURE_LABEL[q.measure]} experience`;
      if (value === null) {
        // No dated entries: an explicit claim ("10+ years in cybersecurity") counts, said so; else unknown, never zero.
        const claim = p.experience.claims.filter((c) => c.subject === q.measure).sort((a, b) => b.years - a.years)[0];
        if (!claim) return { status: 'unknown', credit: 0, have: 'unknown: no dated work entries', need, evidence: [] };
        const credit = Math.min(1, claim.years / q.minYears);
        return { status: statusOf(credit), credit, have: `${claim.years} years (claimed; no dated work entries)`, need, evidence: [claim.evidence] };
      }
      const credit = Math.min(1, value / q.minYears);
      return { status: statusOf(credit), credit, have: `${value} years`, need, evidence: [] };
    }
    case 'degree':
      return degreeCredit(q.minLevel, q.fields, p, ctx.rules, ctx.scoreOnly === true);
    case 'certification': {
      const held = p.certifications.filter((c) => q.anyOf.includes(c.id));
      const need = `one of ${q.anyOf.map(ctx.certName).join(', ')}`;
      if (held.length === 0) return { status: 'missing', credit: 0, have: 'none', need, evidence: [] };
      return { status: 'met', credit: 1, have: held.map((c) => c.name).join(', '), need, evidence: held.map((c) => c.evidence) };
    }
    case 'clearance': {
      const poly = q.fullScopePolygraph ? ' with a full-scope polygraph' : q.polygraph ? ' with a polygraph' : '';
      const need = `${q.minLevel ? `${q.minLevel} clearance or higher` : 'a security clearance'}${poly}`;
      const c = p.clearance;
      if (!c) return { status: 'missing', credit: 0, have: 'none stated', need, evidence: [] };
      // A lower level, or no polygraph of the kind asked for, is part of the way there.
      const levelOk = !q.minLevel || clearanceRank(c.level) >= clearanceRank(q.minLevel);
      const polyOk = !(q.polygraph || q.fullScopePolygraph) || (c.polygraph === true && (!q.fullScopePolygraph || c.fullScopePolygraph === true));
      const credit = levelOk && polyOk ? 1 : ctx.rules.clearanceBelow;
      const have = `${c.level}${c.fullScopePolygraph ? ' with a full-scope polygraph' : c.polygraph ? ' with a polygraph' : ''}`;
      return { status: statusOf(credit), credit, have, need, evidence: [c.evidence] };
    }
    case 'title':
      return titleCredit(q, p);
  }
}

/** The title of a job held now that has a word of every group, in the order the entries come. */
function titleCredit(q: TitleRequirement, p: ResumeProfile): Credit {
  const current = p.experience.entries.filter((e) => e.current);
  const { groups, without, need } = foldedRequirement(q);
  const hit = current.find((e) => titleSays(e, groups, without));
  // A title that names another field says where the person works now: it counts against the role, at full weight.
  if (hit && q.against) return { status: 'missing', credit: 0, have: `works as ${hit.title}`, need, evidence: [] };
  if (hit) return { status: 'met', credit: 1, have: hit.title, need, evidence: [] };
  const kinds = q.workKinds ?? [];
  // Against the role, the work a current job shows says where the person works as well as its title does.
  const byKind = q.against && kinds.length > 0 ? current.find((e) => kinds.every((k) => e.kind.includes(k)) && titleSays(e, [], without)) : undefined;
  if (byKind) return { status: 'missing', credit: 0, have: `works in ${kinds.join(' and ')} as ${byKind.title}`, need, evidence: [] };
  // The kinds of work an entry shows may stand in for the other groups ("Postdoctoral Researcher", security and ML work).
  const last = groups.slice(-1);
  const byWork = kinds.length > 0 && !q.against ? current.find((e) => kinds.every((k) => e.kind.includes(k)) && titleSays(e, last, without)) : undefined;
  if (byWork) return { status: 'met', credit: 1, have: `${byWork.title} (${kinds.join(' and ')} work)`, need, evidence: [] };
  // Titles differ from employer to employer: one that does not say it is no sign against it, and weighs nothing.
  const titles = current.map((e) => e.title).filter((t) => t !== '');
  return { status: 'unknown', credit: 0, have: titles.length > 0 ? `not said by the title (${titles.join('; ')})` : 'no current job', need, evidence: [] };
}

/** The entry's title has a word of every group and none of `without` (all folded and padded). */
function titleSays(e: Entry, groups: readonly string[][], without: readonly string[]): boolean {
  const words = foldedTitle(e);
  const has = (w: string) => words.includes(w);
  return groups.every((group) => group.some(has)) && !without.some(has);
}

type TitleRequirement = Extract<Requirement, { kind: 'title' }>;
type Entry = ResumeProfile['experience']['entries'][number];

/**
 * A title requirement's words folded and padded (" head of ") and what it asks for in words, once per requirement
 * object (the plan scores one often).
 */
const foldedRequirements = new WeakMap<TitleRequirement, { groups: string[][]; without: string[]; need: string }>();

function foldedRequirement(q: TitleRequirement): { groups: string[][]; without: string[]; need: string } {
  const hit = foldedRequirements.get(q);
  if (hit) return hit;
  const named = q.words.map((group) => group.slice(0, 3).join('/')).join(' + ');
  const need = q.against ? `no current job title with ${named}` : `a current job title with ${named}`;
  const made = { groups: q.words.map((group) => group.map(padded)), without: (q.without ?? []).map(padded), need };
  // Only frozen requirements (those of a built catalog) are remembered: another could change between two calls.
  if (Object.isFrozen(q) && Object.isFrozen(q.words)) foldedRequirements.set(q, made);
  return made;
}

/** "chief" followed by one to three words and "office" (not "officer"), in a folded and padded title. */
const CHIEF_OF_UNIT = / chief (?=(?:[a-z0-9]+ ){1,3}office )/g;

/** An entry's title folded and padded, kept with the title it was made from (an entry object may be edited). */
const foldedTitles = new WeakMap<Entry, { title: string; folded: string }>();

function foldedTitle(e: Entry): string {
  const hit = foldedTitles.get(e);
  if (hit?.title === e.title) return hit.folded;
  // "Chief" before a unit's "Office" names where the person sits (Chief Risk Office), no rank of theirs.
  const folded = padded(e.title).replace(CHIEF_OF_UNIT, ' ');
  foldedTitles.set(e, { title: e.title, folded });
  return folded;
}

/** Folded words with a space either side, for whole-word search. */
function padded(text: string): string {
  return ` ${foldedWords(text)} `;
}

/** Lowercase words without accents, one space apart ("Directrice, Ingénierie" → "directrice ingenierie"). */
function foldedWords(text: string): string {
  return fold(text)
    .split(unicodeLiteral`/[^\p{L}\p{N}]+/u`)
    .filter((w) => w !== '')
    .join(' ');
}

function statusOf(credit: number): RequirementStatus {
  if (credit >= 0.999) return 'met';
  return credit > 0 ? 'partial' : 'missing';
}

function skillCredit(q: SkillRequirement, p: ResumeProfile, ctx: CreditContext): Credit {
  const need = ctx.scoreOnly ? '' : skillNeed(q, ctx.skillById);
  const latest = 'latestWork' in ctx ? ctx.latestWork : latestWorkEnd(p);
  const ids = q.skills;
  const minYears = q.minYears;
  // The best credit is found first; its texts are written once, for the winner only.
  let credit = 0;
  let own: ProfileSkill | undefined;
  let rel: ProfileSkill | undefined;
  // Whether a skill of the person's own earns anything, even where a related one earns more: the credit is then no
  // neighbour's evidence only (a held-back role reads that).
  let ownEarns = false;
  for (const id of ids) {
    const held = ctx.skillOf ? ctx.skillOf(id) : p.skills.find((s) => s.id === id);
    if (held) {
      // A skill with no date of use (listed, or learnt in a plan's simulation) has none to go stale from.
      const lastUsed = held.lastUsed === undefined ? undefined : ctx.lastUsedOf ? ctx.lastUsedOf(id) : freshestUse(p, ctx.skillById).get(id);
      const c = ctx.rules[held.strength] * recencyFactor(lastUsed, latest, ctx.rules) * yearsFactor(held.years, minYears, ctx.rules);
      if (c > 0) ownEarns = true;
      if (c > credit) {
        credit = c;
        own = held;
        rel = undefined;
      }
      continue;
    }
    if (q.defining && lacksGroundwork(id, p, ctx)) continue;
    for (const relId of ctx.skillById.get(id)?.related ?? []) {
      const r = ctx.skillOf ? ctx.skillOf(relId) : p.skills.find((s) => s.id === relId);
      if (!r) continue;
      const c = ctx.rules.related * ctx.rules[r.strength] * yearsFactor(r.years, minYears, ctx.rules);
      if (c > credit) {
        credit = c;
        own = undefined;
        rel = r;
      }
    }
  }
  if (ctx.scoreOnly) {
    if (own) return { status: statusOf(credit), credit, have: '', need, evidence: NO_EVIDENCE };
    if (rel) return { status: 'partial', credit, have: '', need, evidence: NO_EVIDENCE, ...(ownEarns ? {} : { related: true }) };
    return { status: 'missing', credit: 0, have: '', need, evidence: NO_EVIDENCE };
  }
  if (own) {
    const years = own.years === undefined ? (minYears ? ', years unknown' : '') : `, ${own.years} years`;
    return { status: statusOf(credit), credit, have: `${own.name} (${own.strength}${years})`, need, evidence: own.evidence.slice(0, 3) };
  }
  if (rel) return { status: 'partial', credit, have: `related: ${rel.name}`, need, evidence: rel.evidence.slice(0, 2), ...(ownEarns ? {} : { related: true }) };
  return { status: 'missing', credit: 0, have: 'none', need, evidence: [] };
}

/**
 * The skill has prerequisites and the person holds none of them. A role's defining skill then earns nothing through a
 * related one: adversarial ML or responsible AI rest on machine learning, and LLM security or AI risk frameworks without
 * any of it are a neighbour's evidence, not the field's. (Skills of the person's own still count as they are.)
 */
function lacksGroundwork(id: string, p: ResumeProfile, ctx: CreditContext): boolean {
  const prerequisites = ctx.skillById.get(id)?.prerequisites ?? [];
  return prerequisites.length > 0 && prerequisites.every((pre) => (ctx.skillOf ? ctx.skillOf(pre) : p.skills.find((s) => s.id === pre)) === undefined);
}

type SkillRequirement = Extract<Requirement, { kind: 'skill' }>;
type ProfileSkill = ResumeProfile['skills'][number];

/** What a skill requirement asks for, in words, per catalog (its skills' names): written once, not once per score. */
const needs = new WeakMap<ReadonlyMap<string, Skill>, WeakMap<SkillRequirement, string>>();

function skillNeed(q: SkillRequirement, skillById: ReadonlyMap<string, Skill>): string {
  // Only frozen requirements (those of a built catalog) are remembered: another could change between two calls.
  const frozen = Object.isFrozen(q) && Object.isFrozen(q.skills);
  let byReq = frozen ? needs.get(skillById) : undefined;
  const hit = byReq?.get(q);
  if (hit !== undefined) return hit;
  const names = q.skills.map((id) => skillById.get(id)?.name ?? id);
  const need = `${names.join(' or ')}${q.minYears ? `, ${q.minYears}+ years` : ''}`;
  if (frozen) {
    if (!byReq) needs.set(skillById, (byReq = new WeakMap()));
    byReq.set(q, need);
  }
  return need;
}

/**
 * A skill the person left behind counts for less: last used at work more than `staleAfterYears` before the end of
 * their latest work, it earns `staleFactor` of its credit (SOC work of 2009–15 for someone in ML since). Measured
 * from the latest work, not from today, so that a career break (parental leave, illness, study) costs nothing.
 */
function recencyFactor(lastUsed: string | undefined, latestWork: string | undefined, rules: ScoringRules): number {
  if (!lastUsed || !latestWork || rules.staleAfterYears === 0) return 1;
  return monthsBetween(lastUsed, latestWork) > rules.staleAfterYears * 12 ? rules.staleFactor : 1;
}

/**
 * When each skill of the profile was last used at work (`YYYY-MM`), a skill that rests on it (a prerequisite in the
 * catalog) counting as a use of it: Docker and Kubernetes run on Linux, PyTorch on Python, so someone who ships
 * containers now has not left Linux behind though their latest entry does not name it.
 */
export function freshestUse(p: ResumeProfile, skillById: ReadonlyMap<string, Skill>): Map<string, string> {
  const last = new Map<string, string>();
  const note = (id: string, used: string) => {
    const before = last.get(id);
    if (before === undefined || used > before) last.set(id, used);
  };
  for (const s of p.skills) if (s.lastUsed) note(s.id, s.lastUsed);
  // Only a skill used at work itself is kept fresh: one only listed has no date to go stale from.
  for (const s of p.skills) {
    if (!s.lastUsed) continue;
    for (const pre of skillById.get(s.id)?.prerequisites ?? []) if (last.has(pre) && isGroundTool(skillById.get(pre))) note(pre, s.lastUsed);
  }
  return last;
}

/** A language or platform other skills run on (Python, Linux): used whenever they are; a field's own skill is not. */
function isGroundTool(skill: Skill | undefined): boolean {
  return skill?.category === 'programming' || skill?.category === 'cloud-infrastructure';
}

/** The end (`YYYY-MM`) of the profile's latest dated work entry, or undefined when it has none. */
export function latestWorkEnd(p: ResumeProfile): string | undefined {
  let latest: string | undefined;
  for (const e of p.experience.entries) if (e.end && (latest === undefined || e.end > latest)) latest = e.end;
  return latest;
}

/** Months from one `YYYY-MM` to a later one. */
function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** Years count up to the minimum and no further: seniority beyond the ask earns nothing. */
function yearsFactor(years: number | undefined, minYears: number | undefined, rules: ScoringRules): number {
  if (!minYears) return 1;
  if (years === undefined) return rules.yearsFloor;
  return rules.yearsFloor + (1 - rules.yearsFloor) * Math.min(1, years / minYears);
}

function degreeCredit(
  minLevel: (typeof DEGREE_LEVELS)[number],
  fields: readonly string[] | undefined,
  p: ResumeProfile,
  rules: ScoringRules,
  scoreOnly = false,
): Credit {
  const need = scoreOnly ? '' : `${minLevel}'s degree or higher${fields ? ` in ${fields.join(', ')}` : ''}`;
  let best: Credit = { status: 'missing', credit: 0, have: scoreOnly ? '' : 'none stated', need, evidence: scoreOnly ? NO_EVIDENCE : [] };
  for (const d of p.education) {
    const levelOk = DEGREE_LEVELS.indexOf(d.level) >= DEGREE_LEVELS.indexOf(minLevel);
    const fieldOk = !fields || fields.includes(d.field);
    const credit = levelOk && fieldOk ? 1 : levelOk || fieldOk ? rules.degreeNearMiss : 0;
    if (credit > best.credit)
      best = scoreOnly
        ? { status: statusOf(credit), credit, have: '', need, evidence: NO_EVIDENCE }
        : { status: statusOf(credit), credit, have: `${d.level}, ${d.field}`, need, evidence: [d.evidence] };
  }
  return best;
}
