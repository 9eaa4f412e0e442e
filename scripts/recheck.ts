/**
 * npm run recheck [-- --reuse]: checks every regex of src/ with recheck (literals, `new RegExp('…')` and the patterns
 * compiled from the lexicon of each language), one at a time, and rewrites test/__golden__/recheck.json, the cache
 * that test/regex-safety.test.ts reads (entries no regex uses any more are dropped). Then prints every regex that is
 * not `safe` (and the fuzz checker's polynomial alarms that V8 runs in linear time). `--reuse` keeps the cached verdicts (but `unknown` ones, checked again) and checks only the regexes the cache does not know (fast after a
 * small change). Run it after changing a regex or the lexicon, and commit the cache with the change.
 */
import {
  type FoundRegex,
  head,
  passes,
  RECHECK_CACHE,
  RECHECK_VERSION,
  type RecheckVerdict,
  readRecheckCache,
  recheckKey,
  recheckVerdict,
  regexInventory,
  writeRecheckCache,
} from '../test/_regexes';

const reuse = process.argv.includes('--reuse');
const { all } = regexInventory();
const cached = reuse ? readRecheckCache() : {};
const verdicts: Record<string, RecheckVerdict> = {};
const started = performance.now();
let checked = 0;

for (const [i, r] of all.entries()) {
  const key = recheckKey(r);
  if (verdicts[key]) continue;
  const hit = cached[key];
  // An `unknown` verdict is most often a timeout on a loaded machine: --reuse checks it again rather than keep it.
  if (hit && hit.status !== 'unknown') {
    verdicts[key] = hit;
    continue;
  }
  const t = performance.now();
  verdicts[key] = await recheckVerdict(r);
  checked++;
  const ms = performance.now() - t;
  if (ms > 2000) process.stderr.write(`  ${(ms / 1000).toFixed(1)} s  ${r.file}:${r.line} /${head(r.source, 60)}/\n`);
  if (checked % 50 === 0) process.stderr.write(`  ${i + 1}/${all.length} regexes\n`);
}
writeRecheckCacheAndReport();

function writeRecheckCacheAndReport(): void {
  const before = readRecheckCache();
  const dropped = Object.keys(before).filter((k) => !verdicts[k]).length;
  const added = Object.keys(verdicts).filter((k) => !before[k]).length;
  writeRecheckCache(verdicts);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`recheck ${RECHECK_VERSION}: ${all.length} regexes, ${Object.keys(verdicts).length} distinct, ${checked} checked in ${seconds} s`);
  console.log(`${RECHECK_CACHE}: ${added} new, ${dropped} stale dropped`);
  const linear = all.filter((r) => verdicts[recheckKey(r)]?.status === 'vulnerable' && passes(verdicts[recheckKey(r)] as RecheckVerdict));
  if (linear.length > 0) {
    console.log(`\n${linear.length} polynomial alarms of the fuzz checker are linear in V8 (attack at n and 16n pumps):`);
    for (const r of linear) {
      const v8 = verdicts[recheckKey(r)]?.v8;
      console.log(`  ${r.origin ?? `${r.file}:${r.line}`}: ${v8?.ms} ms → ${v8?.ms16} ms (${v8?.ratio}×, n = ${v8?.n})`);
    }
  }
  printTable(all.filter((r) => !passes(verdicts[recheckKey(r)] as RecheckVerdict)));
}

/** One row per regex (not per distinct source): the same pattern found in two files is two places to fix. */
function printTable(bad: FoundRegex[]): void {
  if (bad.length === 0) {
    console.log('No regex is left to fix.');
    return;
  }
  console.log(`\n${bad.length} regexes are not safe:\n`);
  console.log('| file | source (head) | status | attack | built by |');
  console.log('|---|---|---|---|---|');
  const cell = (s: string) => s.replace(/\|/gu, '\\|').replace(/\n/gu, '\\n');
  for (const r of bad) {
    const v = verdicts[recheckKey(r)] as RecheckVerdict;
    const where = r.line > 0 ? `${r.file}:${r.line}` : r.file;
    const what = v.status === 'vulnerable' ? `${v.status} (${v.complexity})` : `${v.status}${v.error ? ` (${v.error})` : ''}`;
    console.log(
      `| ${cell(where)} | \`${cell(head(r.source))}\`/${r.flags} | ${cell(what)} | ${v.attack ? `\`${cell(v.attack)}\`` : ''} | ${cell(r.origin ?? '')} |`,
    );
  }
}
