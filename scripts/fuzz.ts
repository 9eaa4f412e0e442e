/**
 * npm run fuzz: the big seeded fuzz run of the public entry points (10,000 cases; test/fuzz.test.ts runs the first few
 * of each property in `npm test`). Prints cases, time and the slowest case per property, then per entry point; exits
 * non-zero on any failure (fast-check's report gives the seed and path that reproduce it) or when an entry point ran
 * fewer cases than its floor. `-- --runs <factor>` scales every property (e.g. 0.1 for a quick look, 10 for a night);
 * `-- --only <text>` runs the properties whose name contains the text (floors are then not checked).
 */
import { matchRoles, parseResume } from '../src';
import { FUZZ_PROPERTIES, FUZZ_SEED, ran, runProperty, slowest, slowestInput } from '../test/_fuzz';

const factorAt = process.argv.indexOf('--runs');
const factor = factorAt > 0 ? Number(process.argv[factorAt + 1]) : 1;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? '') : '';
const properties = FUZZ_PROPERTIES.filter((p) => p.name.includes(only));
if (!(factor > 0) || properties.length === 0) {
  console.error('Usage: npm run fuzz [-- --runs <factor>] [-- --only <part of a property name>]');
  process.exit(2);
}
/** Cases each entry point must reach in a full run (the floors the suite had when it ran them all). */
const FLOORS: Record<string, number> = { parseResume: 2500, matchRoles: 600, planUpskilling: 300, loadCatalog: 800, readResume: 300 };
/** A linear parse of 200,000 characters takes well under a second; a case slower than this is a finding. */
const SLOW_CASE_MS = 5000;

// Compile the catalog first, so that the slowest case is a case, not the start-up.
matchRoles(parseResume('SKILLS\nPython', { asOf: '2026-11-01' }));

const failures: string[] = [];
const started = performance.now();
console.log(`fuzz: seed ${FUZZ_SEED}, ${properties.length} properties\n`);
console.log(`${'property'.padEnd(90)} ${'cases'.padStart(6)} ${'s'.padStart(6)}`);
for (const p of properties) {
  const runs = Math.max(1, Math.round(p.runs * factor));
  const t = performance.now();
  let status = '';
  try {
    await runProperty(p, runs);
  } catch (e) {
    status = '  FAILED';
    failures.push(`${p.name}\n${e instanceof Error ? e.message : String(e)}`);
  }
  console.log(`${p.name.slice(0, 90).padEnd(90)} ${String(runs).padStart(6)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)}${status}`);
}

const total = Object.values(ran).reduce((a, b) => a + b, 0);
console.log(`\n${'entry point'.padEnd(24)} ${'cases'.padStart(6)} ${'slowest case'.padStart(14)}`);
for (const [entry, n] of Object.entries(ran)) {
  const ms = Math.max(
    0,
    ...Object.entries(slowest)
      .filter(([k]) => k.startsWith(entry))
      .map(([, v]) => v),
  );
  console.log(`${entry.padEnd(24)} ${String(n).padStart(6)} ${`${ms.toFixed(0)} ms`.padStart(14)}`);
}
const huge = slowest['parseResume huge'] ?? 0;
console.log(`\n${total} cases in ${((performance.now() - started) / 1000).toFixed(1)} s; slowest parse of a huge input ${huge.toFixed(0)} ms`);

if (factor >= 1 && only === '') {
  for (const [entry, floor] of Object.entries(FLOORS))
    if ((ran[entry] ?? 0) < floor) failures.push(`${entry} ran ${ran[entry] ?? 0} cases, fewer than ${floor}`);
}
for (const [name, ms] of Object.entries(slowest)) {
  if (ms > SLOW_CASE_MS) failures.push(`${name}: a case took ${ms.toFixed(0)} ms (> ${SLOW_CASE_MS} ms)${slowestInput[name] ? `: ${slowestInput[name]}` : ''}`);
}
if (failures.length > 0) {
  console.error(`\n${failures.length} failure(s):\n\n${failures.join('\n\n')}`);
  process.exit(1);
}
console.log('All properties hold.');
