import fc from 'fast-check';
import { parseResume } from '../src/index';
import { hostileText } from '../test/_hostile';
const xs = fc.sample(hostileText, { seed: 20261101, numRuns: 1000 });
let skills = 0, entries = 0, claims = 0, edu = 0, certs = 0, clr = 0, warn: Record<string, number> = {};
for (const t of xs) { const p = parseResume(t, { asOf: '2026-11-01' }); if (p.skills.length) skills++; if (p.experience.entries.length) entries++; if (p.experience.claims.length) claims++; if (p.education.length) edu++; if (p.certifications.length) certs++; if (p.clearance) clr++; for (const w of p.warnings) warn[w.code] = (warn[w.code] ?? 0) + 1; }
console.log({ skills, entries, claims, edu, certs, clr, warn });
console.log(xs[3]);
