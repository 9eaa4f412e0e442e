// Evaluation of roleFromJobPosting against gold ads (test/fixtures/postings-r2): shared by `npm run eval:postings` and tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRolefitError, type Requirement, type Role } from '../src/index';
import { roleFromJobPosting } from '../src/postings';
import { allLanguages } from '../src/languages';

/** The answers of one gold ad. */
export interface PostingGold {
  language: string;
  country?: string;
  title: string;
  skills: { required: string[]; preferred: string[]; duty: string[] };
  anyOf: string[][];
  years: Record<string, number>;
  degree: { minLevel: string; fields?: string[]; hard: boolean; tier: string } | null;
  certifications: { required: string[]; preferred: string[] };
  clearance: { level: string | null; active: boolean; polygraph: boolean } | null;
  conditions: string[];
  hard: Partial<Record<'experience' | 'degree' | 'certification' | 'clearance', boolean>>;
}

type TierName = 'required' | 'preferred' | 'duty';
const TIERS: TierName[] = ['required', 'duty', 'preferred'];
const RANK: Record<TierName, number> = { preferred: 1, duty: 2, required: 3 };

/** The tier of a requirement: stated, or (for roles read before tiers were explicit) read from its label and weight. */
export function tierOf(q: Requirement): TierName {
  if (q.tier) return q.tier;
  if (q.label?.startsWith('Preferred: ')) return 'preferred';
  if (q.kind === 'skill' && q.weight >= 2.5 && q.weight < 4) return 'duty';
  return 'required';
}

/** What one ad scored. */
export interface PostingResult {
  name: string;
  language: string;
  rejected: string | null;
  role: Role | null;
  tiers: Record<TierName, { tp: number; fp: string[]; fn: string[] }>;
  anyOf: { want: string[]; ok: boolean }[];
  years: { key: string; want: number | null; got: number | null; ok: boolean }[];
  degree: { want: string | null; got: string | null; ok: boolean };
  certs: { tp: number; fp: string[]; fn: string[] };
  clearance: { want: string; got: string; ok: boolean };
  hard: { kind: string; want: boolean; got: boolean | null; ok: boolean }[];
  conditions: { want: string[]; got: string[] };
}

function skillTiers(role: Role): Map<string, TierName> {
  const out = new Map<string, TierName>();
  for (const q of role.requirements) {
    if (q.kind !== 'skill') continue;
    const t = tierOf(q);
    for (const id of q.skills) if ((RANK[out.get(id) ?? 'preferred'] ?? 0) <= RANK[t] || !out.has(id)) out.set(id, t);
  }
  return out;
}

function predictedYears(role: Role): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of role.requirements) {
    if (q.kind === 'experience') out.set(q.measure, q.minYears);
    if (q.kind === 'skill' && q.minYears !== undefined) for (const id of q.skills) out.set(id, q.minYears);
  }
  return out;
}

/** Evaluates one ad. `core` limits skills and certifications to the contract's ids. */
export function evaluatePosting(name: string, text: string, gold: PostingGold, core: { skills: Set<string>; certs: Set<string> }): PostingResult {
  let role: Role | null = null;
  let rejected: string | null = null;
  try {
    role = roleFromJobPosting(text, { source: name, languages: allLanguages });
  } catch (error) {
    if (!isRolefitError(error)) throw error;
    rejected = error.code;
  }
  const tiers = skillTiers(role ?? ({ requirements: [] } as unknown as Role));
  const tierScores = Object.fromEntries(
    TIERS.map((t) => {
      const want = new Set(gold.skills[t]);
      const got = new Set([...tiers].filter(([id, tier]) => tier === t && core.skills.has(id)).map(([id]) => id));
      return [t, { tp: [...got].filter((id) => want.has(id)).length, fp: [...got].filter((id) => !want.has(id)), fn: [...want].filter((id) => !got.has(id)) }];
    }),
  ) as PostingResult['tiers'];
  const reqs = role?.requirements ?? [];
  // A group of certifications ("CISSP or CISM") is a certification requirement that accepts each of them.
  const anyOf = gold.anyOf.map((group) => ({
    want: group,
    ok: reqs.some(
      (q) => (q.kind === 'skill' && group.every((id) => q.skills.includes(id))) || (q.kind === 'certification' && group.every((id) => q.anyOf.includes(id))),
    ),
  }));
  const py = predictedYears(role ?? ({ requirements: [] } as unknown as Role));
  const keys = new Set([...Object.keys(gold.years), ...[...py.keys()].filter((k) => !core.skills.size || core.skills.has(k) || k.endsWith('Years'))]);
  const years = [...keys].map((key) => {
    const want = gold.years[key] ?? null;
    const got = py.get(key) ?? null;
    return { key, want, got, ok: want === got };
  });
  const degreeQ = reqs.find((q) => q.kind === 'degree');
  const degree = {
    want: gold.degree?.minLevel ?? null,
    got: degreeQ?.kind === 'degree' ? degreeQ.minLevel : null,
    ok: (gold.degree?.minLevel ?? null) === (degreeQ?.kind === 'degree' ? degreeQ.minLevel : null),
  };
  const wantCerts = new Set([...gold.certifications.required, ...gold.certifications.preferred]);
  const gotCerts = new Set(reqs.flatMap((q) => (q.kind === 'certification' ? q.anyOf : [])).filter((id) => core.certs.has(id)));
  const certs = {
    tp: [...gotCerts].filter((c) => wantCerts.has(c)).length,
    fp: [...gotCerts].filter((c) => !wantCerts.has(c)),
    fn: [...wantCerts].filter((c) => !gotCerts.has(c)),
  };
  const clearanceQ = reqs.find((q) => q.kind === 'clearance');
  // A gold that writes the clearance as a bare level ("top-secret") states no `active`: it is compared on the level.
  const bareLevel = typeof (gold.clearance as unknown) === 'string' ? (gold.clearance as unknown as string) : undefined;
  // A gold that writes "no clearance" as an empty object (no level, not active, no polygraph), with no clearance to obtain
  // among its conditions and no hardness of a clearance, asks for none (convention 153).
  const emptyClearance =
    gold.clearance !== null &&
    typeof gold.clearance === 'object' &&
    gold.clearance.level === null &&
    !gold.clearance.active &&
    !gold.clearance.polygraph &&
    !(gold.conditions ?? []).includes('clearance-obtainable') &&
    !('clearance' in gold.hard);
  const wantClearance = bareLevel
    ? `${bareLevel}/(active not stated)`
    : gold.clearance && !emptyClearance
      ? `${gold.clearance.level ?? 'any'}/${gold.clearance.active ? 'active' : 'not-active'}`
      : 'none';
  // A clearance the person must be able to obtain is a note (never scored), with its level; one of no level the
  // contract names (an Australian Baseline) is a clearance of any level, as a gold writes it (level null).
  const toObtain = role?.notes?.find((n) => n.condition === 'clearance-obtainable');
  const gotClearance =
    clearanceQ?.kind === 'clearance'
      ? `${clearanceQ.minLevel}/${(clearanceQ.active ?? clearanceQ.hard) ? 'active' : 'not-active'}`
      : toObtain
        ? `${toObtain.level ?? 'any'}/not-active`
        : 'none';
  const clearanceOk = bareLevel
    ? gotClearance.startsWith(`${bareLevel}/`)
    : gold.clearance?.level === null && !emptyClearance
      ? gotClearance.endsWith(gold.clearance.active ? '/active' : '/not-active')
      : wantClearance === gotClearance;
  const hard = Object.entries(gold.hard).map(([kind, want]) => {
    // Experience is also a skill's own years ("3+ years with Terraform"): their hardness is `yearsHard`.
    const yearsOf = kind === 'experience' ? reqs.filter((q) => q.kind === 'skill' && q.minYears !== undefined) : [];
    const of = reqs.filter((q) => q.kind === kind);
    // A clearance to obtain states its hardness on its note (convention 9): with no clearance to hold it is the
    // clearance's hardness, and a condition of employment to obtain one is hard beside a held one only wished for.
    const noteHard = kind === 'clearance' ? toObtain?.hard : undefined;
    const reqHard = of.length + yearsOf.length === 0 ? null : of.some((q) => q.hard) || yearsOf.some((q) => q.kind === 'skill' && q.yearsHard === true);
    const got = noteHard === undefined ? reqHard : reqHard === true || noteHard;
    return { kind, want: Boolean(want), got, ok: (got ?? false) === Boolean(want) };
  });
  const conditions = { want: gold.conditions, got: [...new Set((role?.notes ?? []).map((n) => n.condition))] };
  return {
    name,
    language: gold.language,
    rejected,
    role,
    tiers: tierScores,
    anyOf,
    years,
    degree,
    certs,
    clearance: { want: wantClearance, got: gotClearance, ok: clearanceOk },
    hard,
    conditions,
  };
}

/** Aggregate figures of a set of ads. */
export interface PostingMetrics {
  ads: number;
  rejected: number;
  tiers: Record<TierName, { precision: number; recall: number }>;
  anyOfRespected: number;
  years: number;
  degree: number;
  certifications: { precision: number; recall: number };
  clearance: number;
  hardness: number;
  conditions: { precision: number; recall: number };
  noRequiredSkill: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function aggregate(results: readonly PostingResult[]): PostingMetrics {
  const sum = (f: (r: PostingResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const tiers = Object.fromEntries(
    TIERS.map((t) => {
      const tp = sum((r) => r.tiers[t].tp);
      return [t, { precision: ratio(tp, tp + sum((r) => r.tiers[t].fp.length)), recall: ratio(tp, tp + sum((r) => r.tiers[t].fn.length)) }];
    }),
  ) as PostingMetrics['tiers'];
  const all = <T>(f: (r: PostingResult) => T[]) => results.flatMap(f);
  const ctp = sum((r) => r.certs.tp);
  return {
    ads: results.length,
    rejected: results.filter((r) => r.rejected).length,
    tiers,
    anyOfRespected: ratio(all((r) => r.anyOf).filter((a) => a.ok).length, all((r) => r.anyOf).length),
    years: ratio(all((r) => r.years).filter((y) => y.ok).length, all((r) => r.years).length),
    degree: ratio(results.filter((r) => r.degree.ok).length, results.length),
    certifications: { precision: ratio(ctp, ctp + sum((r) => r.certs.fp.length)), recall: ratio(ctp, ctp + sum((r) => r.certs.fn.length)) },
    clearance: ratio(results.filter((r) => r.clearance.ok).length, results.length),
    hardness: ratio(all((r) => r.hard).filter((h) => h.ok).length, all((r) => r.hard).length),
    conditions: (() => {
      const tp = sum((r) => r.conditions.got.filter((c) => r.conditions.want.includes(c)).length);
      return {
        precision: ratio(
          tp,
          sum((r) => r.conditions.got.length),
        ),
        recall: ratio(
          tp,
          sum((r) => r.conditions.want.length),
        ),
      };
    })(),
    noRequiredSkill: results.filter((r) => r.role && !r.role.requirements.some((q) => q.kind === 'skill' && tierOf(q) === 'required')).length,
  };
}

/** Runs every ad of a folder. */
export function evaluatePostingFolder(dir: string, contractPath: string): { results: PostingResult[]; metrics: PostingMetrics } {
  const contract = JSON.parse(readFileSync(contractPath, 'utf8'));
  const core = { skills: new Set(Object.keys(contract.skills)), certs: new Set(Object.keys(contract.certifications)) };
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.replace(/\.gold\.json$/, ''))
    .sort();
  const results = names.map((name) =>
    evaluatePosting(
      name,
      readFileSync(join(dir, `${name}.txt`), 'utf8'),
      JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as PostingGold,
      core,
    ),
  );
  return { results, metrics: aggregate(results) };
}
