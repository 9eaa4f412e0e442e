// Evaluation of rolefit against gold cases (../shared/eval/README.md): shared by `npm run eval` and the tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMatcher, type ResumeProfile, type RoleFit } from '../src';
import { allLanguages } from '../src/languages';

/** The answers of one gold case. */
export interface Gold {
  asOf: string;
  skills: string[];
  /** Optional, as the README says: years for some skills. */
  skillYears?: Record<string, number>;
  /** `null` when the résumé has no dates: the answer is "unknown". */
  totalYears: number | null;
  securityYears: number | null;
  mlYears: number | null;
  yearsTolerance?: number;
  education: { level: string; field: string }[];
  certifications: string[];
  clearance: string | null;
  topRoles: string[];
  order?: [string, string][];
  /** Optional: explicit self-reported durations (skill id or measure → years). */
  claimedYears?: Record<string, number>;
}

/** What one case scored, with its misses. */
export interface CaseResult {
  name: string;
  tp: number;
  fp: string[];
  fn: string[];
  years: { label: string; want: number | null; got: number | null; ok: boolean }[];
  education: boolean;
  certifications: boolean;
  clearance: boolean;
  topRole: { want: string[]; got: string; ok: boolean };
  order: { pair: [string, string]; scores: [number, number]; ok: boolean }[];
  claims: { label: string; want: number; got: number | null; ok: boolean }[];
  profile: ResumeProfile;
  fits: RoleFit[];
}

/** Aggregate metrics of a folder. */
export interface Metrics {
  cases: number;
  skillPrecision: number;
  skillRecall: number;
  skillF1: number;
  yearsWithinTolerance: number;
  educationExact: number;
  certificationsExact: number;
  clearanceExact: number;
  topRoleHits: number;
  orderPairsRespected: number;
  /** Share of gold `claimedYears` read exactly (within 0.25); 1 when a set has none. */
  claimsExact: number;
  claimsChecked: number;
}

/** Reads the core skill and certification ids from the contract beside the eval folder, when present. */
function coreIds(dir: string): { skills: Set<string> | null; certs: Set<string> | null } {
  const beside = fileURLToPath(new URL('../../shared/contract/core-taxonomy.json', import.meta.url));
  for (const path of [join(dir, '../../contract/core-taxonomy.json'), join(dir, '../contract/core-taxonomy.json'), beside]) {
    if (existsSync(path)) {
      const contract = JSON.parse(readFileSync(path, 'utf8'));
      return { skills: new Set(Object.keys(contract.skills)), certs: new Set(Object.keys(contract.certifications)) };
    }
  }
  return { skills: null, certs: null };
}

/** Lists the case names (NAME for NAME.txt + NAME.gold.json) of a folder. */
export function caseNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json') && existsSync(join(dir, f.replace(/\.gold\.json$/, '.txt'))))
    .map((f) => f.replace(/\.gold\.json$/, ''))
    .sort();
}

/** Runs every case of a folder. */
export function evaluateFolder(dir: string): { results: CaseResult[]; metrics: Metrics; contractFound: boolean } {
  const core = coreIds(dir);
  const matcher = createMatcher({ languages: allLanguages });
  const results = caseNames(dir).map((name) => {
    const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold;
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    return evaluateCase(name, gold, text, matcher, core);
  });
  // Without the contract no id is filtered to the core list: `contractFound` says so.
  return { results, metrics: aggregate(results), contractFound: core.skills !== null };
}

function evaluateCase(
  name: string,
  gold: Gold,
  text: string,
  matcher: ReturnType<typeof createMatcher>,
  core: { skills: Set<string> | null; certs: Set<string> | null },
): CaseResult {
  const profile = matcher.parse(text, { asOf: gold.asOf });
  const fits = matcher.match(profile);
  const inCore = (id: string) => !core.skills || core.skills.has(id);
  const got = new Set(profile.skills.map((s) => s.id).filter(inCore));
  const want = new Set(gold.skills);
  const tol = gold.yearsTolerance ?? 0.5;
  const years: CaseResult['years'] = [];
  const check = (label: string, wantY: number | null, gotY: number | null) =>
    years.push({
      label,
      want: wantY,
      got: gotY,
      ok: wantY === null ? gotY === null : gotY !== null && Math.abs(gotY - wantY) <= tol + 1e-9,
    });
  check('totalYears', gold.totalYears, profile.experience.totalYears);
  check('securityYears', gold.securityYears, profile.experience.securityYears);
  check('mlYears', gold.mlYears, profile.experience.mlYears);
  for (const [id, y] of Object.entries(gold.skillYears ?? {})) check(`skill:${id}`, y, profile.skills.find((s) => s.id === id)?.years ?? null);
  const key = (e: { level: string; field: string }) => `${e.level}/${e.field}`;
  const certs = profile.certifications.map((c) => c.id).filter((id) => !core.certs || core.certs.has(id));
  const score = (id: string) => fits.find((f) => f.roleId === id)?.score ?? Number.NaN;
  const top = fits[0]?.roleId ?? '';
  return {
    name,
    tp: [...got].filter((id) => want.has(id)).length,
    fp: [...got].filter((id) => !want.has(id)).sort(),
    fn: [...want].filter((id) => !got.has(id)).sort(),
    years,
    education: sameSet(profile.education.map(key), gold.education.map(key)),
    certifications: sameSet(certs, gold.certifications),
    clearance: (profile.clearance?.level ?? null) === gold.clearance,
    topRole: { want: gold.topRoles, got: top, ok: gold.topRoles.includes(top) },
    order: (gold.order ?? []).map(([a, b]) => ({ pair: [a, b], scores: [score(a), score(b)], ok: score(a) > score(b) })),
    claims: Object.entries(gold.claimedYears ?? {}).map(([subject, want]) => {
      const measure = subject === 'totalYears' || subject === 'securityYears' || subject === 'mlYears';
      const values = measure ? profile.experience.claims.filter((c) => c.subject === subject).map((c) => c.years) : [];
      const got = measure ? (values.length > 0 ? Math.max(...values) : null) : (profile.skills.find((sk) => sk.id === subject)?.claimedYears ?? null);
      return { label: subject, want, got, ok: got !== null && Math.abs(got - want) <= 0.25 };
    }),
    profile,
    fits,
  };
}

function sameSet(a: string[], b: string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function aggregate(results: CaseResult[]): Metrics {
  const tp = sum(results.map((r) => r.tp));
  const fp = sum(results.map((r) => r.fp.length));
  const fn = sum(results.map((r) => r.fn.length));
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const years = results.flatMap((r) => r.years);
  const order = results.flatMap((r) => r.order);
  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    cases: results.length,
    skillPrecision: precision,
    skillRecall: recall,
    skillF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    yearsWithinTolerance: share(years.filter((y) => y.ok).length, years.length),
    educationExact: share(results.filter((r) => r.education).length, results.length),
    certificationsExact: share(results.filter((r) => r.certifications).length, results.length),
    clearanceExact: share(results.filter((r) => r.clearance).length, results.length),
    topRoleHits: results.filter((r) => r.topRole.ok).length,
    orderPairsRespected: share(order.filter((o) => o.ok).length, order.length),
    claimsExact: share(results.flatMap((r) => r.claims).filter((c) => c.ok).length, results.flatMap((r) => r.claims).length),
    claimsChecked: results.flatMap((r) => r.claims).length,
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
