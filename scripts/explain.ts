// npx tsx scripts/explain.ts <résumé.txt> [role…]: every requirement of the chosen roles, for tuning the catalog.
import { readFileSync } from 'node:fs';
import { matchRoles, parseResume } from '../src';
import { allLanguages } from '../src/languages';

const [file, ...roles] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx scripts/explain.ts <file> [role…]');
const profile = parseResume(readFileSync(file, 'utf8'), { asOf: '2026-11-01', languages: allLanguages });
console.log('skills:', profile.skills.map((s) => `${s.id}${s.strength === 'work' ? '' : `(${s.strength[0]})`}`).join(' '));
console.log('entries:', profile.experience.entries.map((e) => `${e.title} [${e.kind}] ${e.months}m`).join(' | '));
for (const f of matchRoles(profile, roles.length ? { roles, languages: allLanguages } : { languages: allLanguages })) {
  console.log(`\n${f.roleId} ${f.score}${f.heldBack ? ` (held back: ${f.heldBack.reason})` : ''}`);
  if (roles.length)
    for (const r of f.requirements)
      console.log(`  ${r.status.padEnd(8)} ${String(r.points).padStart(6)}/${String(r.maxPoints).padEnd(6)} w${r.weight} ${r.id}: ${r.have}`);
}
