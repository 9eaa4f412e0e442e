import { requirementId } from '../catalog/load';
import type { CompiledCatalog } from '../catalog/compile';
import type { ClearanceLevel, DegreeLevel, ExperienceMeasure, PostingWeights, Requirement, RoleNote, Tier } from '../schemas';
import { CLEARANCE_LEVELS, DEGREE_LEVELS } from '../schemas';
import type { Finding } from './_extract';
import { largest } from '../text/sorted';

/** Findings of one requirement, merged. */
interface Group {
  key: string;
  findings: Finding[];
  first: number;
}

type Scored = Exclude<Finding, { kind: 'note' }>;

const TIER_RANK: Record<Tier, number> = { preferred: 1, duty: 2, required: 3 };
/**
 * Which tier decides a requirement stated in several: required, then preferred, then duty. A skill the duties name and
 * the nice-to-haves ask for again ("Write Terraform for the landing zone" and "Nice to have: Terraform") is one the ad
 * says it does not require of the candidate: preferred.
 */
const DECIDING_RANK: Record<Tier, number> = { duty: 1, preferred: 2, required: 3 };
const KIND_ORDER = ['experience', 'skill', 'certification', 'degree', 'clearance'];

/** Merges findings into requirements: one per skill set, measure, degree level, certification set and clearance; every requirement states its tier. */
export function buildRequirements(findings: readonly Finding[], weights: PostingWeights, cc: CompiledCatalog): Requirement[] {
  const scored = withoutHigherDegrees(withoutDegreesInYears(findings.filter((f): f is Scored => f.kind !== 'note')));
  const groups = withoutDutiesInChoices(withoutCoveredChoices(withoutImpliedTotal(groupFindings(scored))), cc);
  const used = new Set<string>();
  return strongestDegreeFirst(
    groups.map((g) => {
      const q = toRequirement(g, weights, cc);
      const id = uniqueId(q, used);
      if (id !== requirementId(q)) q.id = id;
      used.add(id);
      return q;
    }),
  );
}

/**
 * The degree of the strongest tier comes first among the degrees (each keeps to the degrees' places): "Post-graduation
 * preferred" said before the "UG: B.Tech" line leaves the required bachelor's the role's degree.
 */
const tierRank = (q: Requirement) => (q.tier ? TIER_RANK[q.tier] : 0);

function strongestDegreeFirst(reqs: Requirement[]): Requirement[] {
  const at = reqs.flatMap((q, i) => (q.kind === 'degree' ? [i] : []));
  const degrees = at.map((i) => reqs[i] as Requirement).sort((a, b) => tierRank(b) - tierRank(a));
  at.forEach((i, k) => {
    reqs[i] = degrees[k] as Requirement;
  });
  return reqs;
}

/**
 * The conditions a posting states about who the person is, each once with the first sentence that says so; a
 * clearance to obtain keeps its level (the highest named), polygraph and hardness (convention 9).
 */
export function buildNotes(findings: readonly Finding[]): RoleNote[] {
  const seen = new Map<string, RoleNote>();
  for (const f of findings) {
    if (f.kind !== 'note') continue;
    const note = seen.get(f.condition) ?? { condition: f.condition, text: f.clause.sentence };
    if (f.level && (!note.level || CLEARANCE_LEVELS.indexOf(f.level) > CLEARANCE_LEVELS.indexOf(note.level))) note.level = f.level;
    if (f.polygraph) note.polygraph = true;
    else if (f.condition === 'clearance-obtainable') note.polygraph ??= false;
    // Hard when any sentence that states it makes it a condition of employment.
    if (f.condition === 'clearance-obtainable') note.hard = note.hard === true || f.hard;
    seen.set(f.condition, note);
  }
  return [...seen.values()];
}

/**
 * A degree named without a field in a line that states years ("drei Jahre Berufserfahrung nach Studienabschluss", "3 years
 * after your degree") points back at the degree another line of its tier asks for, and is no degree of its own.
 */
function withoutDegreesInYears(findings: readonly Scored[]): Scored[] {
  const yearsClauses = new Set(findings.flatMap((f) => (f.kind === 'experience' ? [f.clause.start] : [])));
  const inYears = (f: Scored) => f.kind === 'degree' && f.fields.length === 0 && yearsClauses.has(f.clause.start);
  // The degree pointed back at names its fields ("Hochschulstudium … der Informatik"); a ladder's rungs keep their levels.
  const asked = (f: Scored) => f.kind === 'degree' && !inYears(f) && f.fields.length > 0;
  return findings.filter((f) => !inYears(f) || !findings.some((o) => asked(o) && o.clause.tier === f.clause.tier));
}

/**
 * Degrees of several levels asked for in one tier ("UG: B.Tech/B.E. in Computers" and "PG: MBA/PGDM in Any
 * Specialization"): the lowest is the minimum, the higher ones are accepted too, so they are no requirement of that tier.
 */
function withoutHigherDegrees(findings: readonly Scored[]): Scored[] {
  const lowest = new Map<string, number>();
  for (const f of findings) {
    if (f.kind !== 'degree') continue;
    const level = DEGREE_LEVELS.indexOf(f.minLevel);
    lowest.set(f.clause.tier, Math.min(level, lowest.get(f.clause.tier) ?? level));
  }
  return findings.filter((f) => f.kind !== 'degree' || DEGREE_LEVELS.indexOf(f.minLevel) === lowest.get(f.clause.tier));
}

/**
 * Experience overall asked for alongside as many years in one field or with one skill, at least as strongly
 * ("Experience: 5+ years" and "5+ years in information security"; "Expérience : > 2 ans" and "Au moins 2 ans
 * d'expérience en data engineering"), is the same requirement: years in a field are years of experience.
 */
function withoutImpliedTotal(groups: readonly Group[]): Group[] {
  const strength = (g: Group) => {
    const rep = representative(g);
    return rep.kind === 'experience' ? { measure: rep.measure, years: rep.minYears, tier: TIER_RANK[rep.clause.tier] } : undefined;
  };
  const skillYears = groups.flatMap((g) =>
    g.findings.flatMap((f) => (f.kind === 'skill' && f.minYears !== undefined ? [{ years: f.minYears, tier: TIER_RANK[f.clause.tier] }] : [])),
  );
  const fields = [
    ...skillYears,
    ...groups.flatMap((g) => {
      const s = strength(g);
      return s && s.measure !== 'totalYears' ? [s] : [];
    }),
  ];
  return groups.filter((g) => {
    const s = strength(g);
    return !(s?.measure === 'totalYears' && fields.some((f) => f.years >= s.years && f.tier >= s.tier));
  });
}

/**
 * A duty's choice of skills each asked for on its own elsewhere in a stronger tier ("gradient boosting, réseaux de
 * neurones" among a duty's examples, with machine learning required and deep learning wished for) adds nothing: dropped.
 */
function withoutCoveredChoices(groups: readonly Group[]): Group[] {
  const alone = new Map<string, number>();
  for (const g of groups) {
    const rep = representative(g);
    const id = rep.kind === 'skill' && rep.skills.length === 1 ? rep.skills[0] : undefined;
    if (id !== undefined) alone.set(id, Math.max(alone.get(id) ?? 0, DECIDING_RANK[rep.clause.tier]));
  }
  return groups.filter((g) => {
    const rep = representative(g);
    // A choice the ad asks for keeps its group (the any-of list says either will do); a duty's choice says nothing of that kind.
    if (rep.kind !== 'skill' || rep.skills.length < 2 || rep.clause.tier !== 'duty') return true;
    return !rep.skills.every((id) => (alone.get(id) ?? 0) > DECIDING_RANK.duty);
  });
}

/**
 * A duty's one skill that the ad also wishes for as one of a choice of like skills ("our TypeScript front end" among the
 * duties, "TypeScript or JavaScript" under "Nice to have") is that choice's, as a skill wished for alone would be: the
 * duty adds no requirement of its own. A choice that mixes categories ("Defender for Cloud or other Azure security
 * tooling") is no such choice; a required choice ("Python, Go, or Java") keeps the duty that says which one is used.
 */
function withoutDutiesInChoices(groups: readonly Group[], cc: CompiledCatalog): Group[] {
  const chosen = new Set<string>();
  for (const g of groups) {
    const rep = representative(g);
    if (rep.kind !== 'skill' || rep.skills.length < 2 || rep.clause.tier !== 'preferred') continue;
    const categories = new Set(rep.skills.map((id) => cc.skillById.get(id)?.category));
    if (categories.size === 1) for (const id of rep.skills) chosen.add(id);
  }
  return groups.filter((g) => {
    const rep = representative(g);
    return !(rep.kind === 'skill' && rep.skills.length === 1 && rep.clause.tier === 'duty' && chosen.has(rep.skills[0] as string));
  });
}

function keyOf(f: Scored): string {
  switch (f.kind) {
    case 'skill':
      return `skill:${f.skills.join('|')}`;
    case 'experience':
      return `experience:${f.measure}`;
    case 'degree':
      return `degree:${f.minLevel}`;
    case 'certification':
      return `certification:${f.anyOf.join('|')}`;
    case 'clearance':
      return 'clearance';
  }
}

/** Groups in order of first appearance in the ad, then by kind and key. */
function groupFindings(findings: readonly Scored[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const f of findings) {
    const key = keyOf(f);
    const g = byKey.get(key);
    if (g) {
      g.findings.push(f);
      g.first = Math.min(g.first, f.clause.start);
    } else byKey.set(key, { key, findings: [f], first: f.clause.start });
  }
  const kindRank = (g: Group) => KIND_ORDER.indexOf(g.findings[0]?.kind ?? '');
  return [...byKey.values()].sort((a, b) => a.first - b.first || kindRank(a) - kindRank(b) || (a.key < b.key ? -1 : 1));
}

/** The finding that decides a requirement: the strongest tier, hard before soft, a headed section before the intro, first in the ad. */
function representative(g: Group): Scored {
  const rank = (f: Finding) => DECIDING_RANK[f.clause.tier] * 4 + (f.hard ? 2 : 0) + (f.clause.section === 'intro' ? 0 : 1);
  return g.findings.reduce((best, f) => (rank(f) > rank(best) ? f : best)) as Scored;
}

function repeats(g: Group, w: PostingWeights): number {
  const clauses = new Set(g.findings.map((f) => f.clause.start)).size;
  return Math.min(w.repeatMax, w.repeatStep * (clauses - 1));
}

function toRequirement(g: Group, w: PostingWeights, cc: CompiledCatalog): Requirement {
  const rep = representative(g);
  const tier = rep.clause.tier;
  const base = { weight: 1, hard: rep.hard, source: rep.clause.sentence, tier };
  const prefix = tier === 'preferred' ? 'Preferred: ' : '';
  switch (rep.kind) {
    case 'skill': {
      const sameTier = g.findings.filter((f): f is typeof rep => f.kind === 'skill' && f.clause.tier === tier);
      // Years in a nice-to-have list ("Bonus points: 2+ years of PyTorch") are no minimum of the role: the skill is only wished for.
      const withYears = sameTier.filter((f) => f.minYears !== undefined && f.clause.section !== 'preferred');
      const years =
        withYears.length > 0
          ? largest(
              withYears.map((f) => f.minYears ?? 0),
              0,
            )
          : undefined;
      const source = withYears.find((f) => f.minYears === years)?.clause.sentence ?? base.source;
      // The years are a must when a statement of the largest ones is (the same decision as an experience requirement's `hard`).
      const yearsHard = years !== undefined && withYears.some((f) => f.minYears === years && f.yearsHard === true);
      const weight = w.skill[tier] + repeats(g, w) + (years === undefined ? 0 : w.skillYears);
      const names = rep.skills.map((id) => cc.skillById.get(id)?.name ?? id).join(' or ');
      const label = `${prefix}${rep.examples ? `one of ${names}` : names}${years === undefined ? '' : ` (${years}+ years)`}`;
      return {
        kind: 'skill',
        skills: rep.skills,
        ...(years === undefined ? {} : { minYears: years, yearsHard }),
        ...base,
        hard: false,
        source,
        weight: round(weight),
        label,
      };
    }
    case 'experience': {
      const weight = tier === 'preferred' ? w.experience.preferred : w.experience.required;
      return { kind: 'experience', measure: rep.measure, minYears: rep.minYears, ...base, weight, label: experienceLabel(rep.measure, rep.minYears, tier) };
    }
    case 'degree': {
      const weight = tier === 'preferred' ? w.degree.preferred : w.degree.required;
      // Experience that can replace the degree, said where the ad states it again ("Education: Bac+5" and "… ou une expérience équivalente"), keeps it soft.
      const equivalent = g.findings.some((f) => f.kind === 'degree' && f.equivalent);
      const q: Requirement = {
        kind: 'degree',
        minLevel: rep.minLevel,
        ...base,
        hard: rep.hard && !equivalent,
        weight,
        label: degreeLabel(rep.minLevel, rep.fields, equivalent, tier),
      };
      if (rep.fields.length > 0) q.fields = rep.fields;
      return q;
    }
    case 'certification': {
      const weight = (tier === 'preferred' ? w.certification.preferred : w.certification.required) + repeats(g, w);
      return { kind: 'certification', anyOf: rep.anyOf, ...base, weight: round(weight), label: `${prefix}${rep.written.join(' or ')}` };
    }
    case 'clearance': {
      const weight = tier === 'preferred' ? w.clearance.preferred : w.clearance.required;
      const q: Requirement = {
        kind: 'clearance',
        ...base,
        weight,
        active: rep.active,
        polygraph: rep.polygraph,
        label: clearanceLabel(rep.minLevel, rep.polygraph && (rep.fullScope ? 'full-scope' : true), tier),
      };
      if (rep.minLevel) q.minLevel = rep.minLevel;
      if (rep.fullScope) q.fullScopePolygraph = true;
      return q;
    }
  }
}

const MEASURE_WORDS: Record<ExperienceMeasure, string> = {
  totalYears: 'professional experience',
  securityYears: 'security experience',
  mlYears: 'ML experience',
};
const LEVEL_WORDS: Record<DegreeLevel, string> = {
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctorate',
};
const CLEARANCE_WORDS: Record<ClearanceLevel, string> = { 'public-trust': 'Public Trust', secret: 'Secret', 'top-secret': 'Top Secret', 'ts-sci': 'TS/SCI' };

function experienceLabel(measure: ExperienceMeasure, years: number, tier: Tier): string {
  return `${tier === 'preferred' ? 'Preferred: ' : ''}${years}+ years of ${MEASURE_WORDS[measure]}`;
}

function degreeLabel(level: DegreeLevel, fields: readonly string[], equivalent: boolean, tier: Tier): string {
  const inFields =
    fields.length > 0
      ? ` in ${fields
          .slice(0, 3)
          .map((f) => f.replace(/-/g, ' '))
          .join(', ')}${fields.length > 3 ? ', …' : ''}`
      : '';
  return `${tier === 'preferred' ? 'Preferred: ' : ''}${LEVEL_WORDS[level]}${inFields}${equivalent ? ' (or equivalent experience)' : ''}`;
}

function clearanceLabel(level: ClearanceLevel | undefined, polygraph: boolean | 'full-scope', tier: Tier): string {
  const name = level ? `${CLEARANCE_WORDS[level]} clearance` : 'security clearance';
  const poly = polygraph === 'full-scope' ? ' with full-scope polygraph' : polygraph ? ' with polygraph' : '';
  return `${tier === 'preferred' ? 'Preferred: ' : 'Active '}${name}${poly}`;
}

/** The default id when free, else one qualified by level or certification, else numbered. */
function uniqueId(q: Requirement, used: ReadonlySet<string>): string {
  const base = requirementId(q);
  if (!used.has(base)) return base;
  const qualified =
    (q.kind === 'degree' || q.kind === 'clearance') && q.minLevel
      ? `${base}-${q.minLevel}`
      : q.kind === 'certification'
        ? `${base}-${q.anyOf.join('-or-')}`
        : base;
  let id = qualified;
  for (let n = 2; used.has(id); n++) id = `${qualified}-${n}`;
  return id;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
