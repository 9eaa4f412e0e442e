// npm run eval:translations -- [folder ...] [--verbose]: does a résumé read the same in translation? For each folder
// holding `en/` beside `de/`, `fr/` or `es/` (faithful translations of the English originals, paired by case name,
// else by the gold's `translationOf` or the English case its first note names), every translation is read and
// compared with its original read the same way, not with the gold: the skills found, the years (total, security, ML) within the case's tolerance, the degrees (level and field), the
// certifications, the clearance, the best-fitting role and the fit scores of every role. The language a résumé is
// written in is no qualification: a fair reader gives the same answers. Exits 1 when a folder has no pair.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createMatcher, type ResumeProfile, type RoleFit } from '../src';
import { allLanguages } from '../src/languages';
import { caseNames } from './_eval-lib';

const ASOF = '2026-11-01';
const MEASURES = ['totalYears', 'securityYears', 'mlYears'] as const;
const DEFAULT_FOLDERS = [
  'test/fixtures/heldout-r2/languages',
  'test/fixtures/heldout-r3/translations',
  'test/fixtures/heldout-r7',
  'test/fixtures/heldout-r8',
  'test/fixtures/heldout-r10',
  'test/fixtures/heldout-r11',
];

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const folders = (args.filter((a) => !a.startsWith('-')).length > 0 ? args.filter((a) => !a.startsWith('-')) : DEFAULT_FOLDERS).map((f) => resolve(f));
const matcher = createMatcher({ asOf: ASOF, languages: allLanguages });

interface Reading {
  profile: ResumeProfile;
  fits: RoleFit[];
}

function read(path: string): Reading {
  const profile = matcher.parse(readFileSync(path, 'utf8'));
  return { profile, fits: matcher.match(profile) };
}

/** The tolerance of a case's years (its gold's `yearsTolerance`, else 0.5). */
function tolerance(dir: string, name: string): number {
  const gold = join(dir, `${name}.gold.json`);
  if (!existsSync(gold)) return 0.5;
  return (JSON.parse(readFileSync(gold, 'utf8')) as { yearsTolerance?: number }).yearsTolerance ?? 0.5;
}

interface Agreement {
  pairs: number;
  skillJaccard: number[];
  years: [agree: number, of: number];
  education: number;
  certifications: number;
  clearance: number;
  topRole: number;
  /** Largest difference of one role's fit score between original and translation, per pair. */
  scoreGap: number[];
  differences: string[];
}

function compare(lang: string, name: string, en: Reading, tr: Reading, tol: number, out: Agreement): void {
  const diff = (what: string) => out.differences.push(`${lang}/${name}: ${what}`);
  out.pairs++;
  const a = new Set(en.profile.skills.map((s) => s.id));
  const b = new Set(tr.profile.skills.map((s) => s.id));
  const union = new Set([...a, ...b]);
  const both = [...a].filter((id) => b.has(id)).length;
  out.skillJaccard.push(union.size === 0 ? 1 : both / union.size);
  const onlyEn = [...a].filter((id) => !b.has(id));
  const onlyTr = [...b].filter((id) => !a.has(id));
  if (onlyEn.length + onlyTr.length > 0) diff(`skills only in English [${onlyEn.join(', ')}], only in translation [${onlyTr.join(', ')}]`);
  for (const m of MEASURES) {
    const x = en.profile.experience[m];
    const y = tr.profile.experience[m];
    out.years[1]++;
    const same = x === null || y === null ? x === y : Math.abs(x - y) <= tol;
    if (same) out.years[0]++;
    else diff(`${m} ${x} in English, ${y} in translation`);
  }
  const degrees = (r: Reading) =>
    r.profile.education
      .map((d) => `${d.level}/${d.field}`)
      .sort()
      .join(', ');
  if (degrees(en) === degrees(tr)) out.education++;
  else diff(`degrees [${degrees(en)}] in English, [${degrees(tr)}] in translation`);
  const certs = (r: Reading) =>
    r.profile.certifications
      .map((c) => c.id)
      .sort()
      .join(', ');
  if (certs(en) === certs(tr)) out.certifications++;
  else diff(`certifications [${certs(en)}] in English, [${certs(tr)}] in translation`);
  if ((en.profile.clearance?.level ?? null) === (tr.profile.clearance?.level ?? null)) out.clearance++;
  else diff(`clearance ${en.profile.clearance?.level ?? 'none'} in English, ${tr.profile.clearance?.level ?? 'none'} in translation`);
  if (en.fits[0]?.roleId === tr.fits[0]?.roleId) out.topRole++;
  else diff(`best role ${en.fits[0]?.roleId} in English, ${tr.fits[0]?.roleId} in translation`);
  const score = new Map(tr.fits.map((f) => [f.roleId, f.score]));
  out.scoreGap.push(Math.max(0, ...en.fits.map((f) => Math.abs(f.score - (score.get(f.roleId) ?? 0)))));
}

/**
 * The English original of a translation: the case of the same name, else, for a name ending in
 * -t and a number (t for translation), of the same name with `en` for the language tag ("r78-de-t1" → "r78-en-t1"), else the gold's `translationOf`, else the
 * first English case name its note of translation mentions ("Translation of r7-en-01 …"), or its first note.
 */
function originalOf(dir: string, name: string, originals: ReadonlyMap<string, Reading>): string {
  if (originals.has(name)) return name;
  // The original its gold names wins over a name that only looks like one ("r50-de-t01" translates "r50-en-t02").
  const noted = notedOriginal(dir, name, originals);
  if (noted) return noted;
  // A translation named as such ("r78-de-t1", t for translation) beside its original "r78-en-t1".
  const lang = basename(dir);
  const swapped = TRANSLATION_NAME.test(name) ? name.replace(new RegExp(`(^|[-_.])${lang}(?=[-_.])`, 'u'), '$1en') : name;
  if (swapped !== name && originals.has(swapped)) return swapped;
  const gold = join(dir, `${name}.gold.json`);
  if (!existsSync(gold)) return name;
  const g = JSON.parse(readFileSync(gold, 'utf8')) as { translationOf?: string; _notes?: string[] };
  if (g.translationOf) return g.translationOf;
  // The note that says it is a translation ("Faithful DE translation of r70-en-t1"), wherever it stands; else the first.
  const note = g._notes?.find((n) => TRANSLATION_NOTE.test(n) && [...originals.keys()].some((o) => n.includes(o))) ?? g._notes?.[0] ?? '';
  const named = [...originals.keys()].filter((n) => note.includes(n)).sort((a, b) => note.indexOf(a) - note.indexOf(b));
  return named[0] ?? name;
}

/** The English case a translation's gold names as its original (`translationOf`, or its note of translation), if any. */
function notedOriginal(dir: string, name: string, originals: ReadonlyMap<string, Reading>): string | undefined {
  const gold = join(dir, `${name}.gold.json`);
  if (!existsSync(gold)) return undefined;
  const g = JSON.parse(readFileSync(gold, 'utf8')) as { translationOf?: string; _notes?: string[] };
  if (g.translationOf && originals.has(g.translationOf)) return g.translationOf;
  const note = g._notes?.find((n) => TRANSLATION_NOTE.test(n) && [...originals.keys()].some((o) => n.includes(o)));
  if (!note) return undefined;
  return [...originals.keys()].filter((o) => note.includes(o)).sort((a, b) => note.indexOf(a) - note.indexOf(b))[0];
}

const TRANSLATION_NOTE = /translat/iu;
const TRANSLATION_NAME = /[-_]t\d+$/u;

const pct = (x: number, of: number) => (of === 0 ? '–' : `${((100 * x) / of).toFixed(1)}%`);
let anyPair = false;
for (const folder of folders) {
  const enDir = join(folder, 'en');
  if (!existsSync(enDir)) {
    console.error(`${folder}: no en/ folder of originals`);
    continue;
  }
  const originals = new Map(caseNames(enDir).map((name) => [name, read(join(enDir, `${name}.txt`))]));
  for (const lang of readdirSync(folder).filter((d) => d !== 'en' && existsSync(join(folder, d, '.')) && !d.includes('.'))) {
    const dir = join(folder, lang);
    const agreement: Agreement = {
      pairs: 0,
      skillJaccard: [],
      years: [0, 0],
      education: 0,
      certifications: 0,
      clearance: 0,
      topRole: 0,
      scoreGap: [],
      differences: [],
    };
    for (const name of caseNames(dir)) {
      const en = originals.get(originalOf(dir, name, originals));
      if (!en) continue;
      compare(lang, name, en, read(join(dir, `${name}.txt`)), tolerance(dir, name), agreement);
    }
    if (agreement.pairs === 0) continue;
    anyPair = true;
    const n = agreement.pairs;
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    console.log(`== ${folder.replace(`${resolve('.')}/`, '')}: ${lang} vs en (${n} pairs)`);
    console.log(`skills, mean Jaccard      ${mean(agreement.skillJaccard).toFixed(3)}`);
    console.log(`years within tolerance    ${pct(agreement.years[0], agreement.years[1])}`);
    console.log(`degrees agree             ${pct(agreement.education, n)}`);
    console.log(`certifications agree      ${pct(agreement.certifications, n)}`);
    console.log(`clearance agrees          ${pct(agreement.clearance, n)}`);
    console.log(`best role agrees          ${pct(agreement.topRole, n)}`);
    console.log(`largest fit-score gap     mean ${mean(agreement.scoreGap).toFixed(3)}, max ${Math.max(...agreement.scoreGap).toFixed(3)}`);
    if (verbose) for (const d of agreement.differences) console.log(`  ${d}`);
  }
}
if (!anyPair) {
  console.error('No translated pair found (a folder needs en/ and another language folder with the same case names).');
  process.exit(1);
}
