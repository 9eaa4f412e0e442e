// npm run bench: résumés per second for parse + match + plan, beside compromise's plain parse of the same texts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { createMatcher } from '../src';

const devDir = new URL('../../shared/eval/dev/', import.meta.url).pathname;
const texts = existsSync(devDir)
  ? readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(devDir, f), 'utf8'))
  : [readFileSync(new URL('../examples/sample-resume.txt', import.meta.url), 'utf8')];
const source = existsSync(devDir) ? `${texts.length} dev résumés (../shared/eval/dev)` : 'the bundled sample résumé';

function time(label: string, rounds: number, fn: (text: string) => void): number {
  for (const t of texts) fn(t); // warm-up
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  const ms = performance.now() - start;
  const perSecond = (rounds * texts.length * 1000) / ms;
  console.log(`${label.padEnd(44)} ${perSecond.toFixed(0).padStart(7)} résumés/s  ${(ms / (rounds * texts.length)).toFixed(3).padStart(8)} ms each`);
  return perSecond;
}

const t0 = performance.now();
const m = createMatcher({ asOf: '2026-11-01' });
m.parse(texts[0] ?? '');
console.log(`Input: ${source}; Node ${process.version}`);
console.log(`createMatcher + first parse (catalog compile)  ${(performance.now() - t0).toFixed(1)} ms\n`);

const parseOnly = time('rolefit parse', 200, (t) => void m.parse(t));
const full = time('rolefit parse + match + plan (best role)', 100, (t) => {
  const p = m.parse(t);
  const fits = m.match(p);
  m.plan(p, fits[0]?.roleId ?? 'security-engineer');
});
const plain = time('compromise nlp(text) (plain parse)', 10, (t) => void nlp(t));
console.log(`\nparse alone vs compromise:            ${(parseOnly / plain).toFixed(1)}× faster`);
console.log(`parse + match + plan vs compromise:   ${(full / plain).toFixed(1)}× faster`);
const mem = process.memoryUsage();
console.log(`heap used after runs: ${(mem.heapUsed / 1e6).toFixed(1)} MB`);
