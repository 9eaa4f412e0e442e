import { check } from 'recheck';
const pats = ['\\s{0,3}\\([^()\\n]{0,160}\\)', '\\s{0,3}\\([^()\\n]*\\)', ' ?\\([^()\\n]{0,160}\\)'];
for (const s of pats) for (const seed of [0, 1, 2, 3]) { const d: any = await check(s, 'gu', { randomSeed: seed, timeout: 20000 }); console.log(s, seed, d.status, d.checker, d.attack?.pattern?.slice(0, 60)); }
