import { readdirSync, readFileSync } from 'node:fs';
import { createMatcher } from '../src/index';
const dir = '../shared/eval/dev/';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + f, 'utf8'));
const m = createMatcher({ asOf: '2026-11-01' });
for (let r = 0; r < 300; r++) for (const t of texts) m.parse(t);
