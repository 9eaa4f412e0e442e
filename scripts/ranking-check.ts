// npm run ranking-check [-- --out file.md] [--ads dir] [--ids a,b,c] [--candidates dir:count,dir:count]: the material
// of the ranking check of issue 10. Eight real job ads (by default test/fixtures/postings-r2: one per kind of role)
// are read into roles, and the same candidates (by default the ten résumés of test/fixtures/heldout and six of
// test/fixtures/heldout-r3/en) are ranked for each. For every ad it writes the ad's requirements as read, then the
// ranking with each candidate's latest title, years and strongest skills, so that a reader who knows recruiting can
// say, ad by ad, whether the order is one a recruiter would agree with.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMatcher, rankCandidates } from '../src';
import { roleFromJobPosting } from '../src/postings';
import { allLanguages } from '../src/languages';

const ASOF = '2026-11-01';
const args = process.argv.slice(2);
const arg = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const ADS = arg('--ids')?.split(',') ?? ['intl-01', 'intl-02', 'intl-04', 'intl-12', 'us-02', 'us-05', 'us-13', 'us-19'];
const ADS_DIR = arg('--ads') ?? 'test/fixtures/postings-r2';
const CANDIDATE_DIRS: Array<[string, number]> = arg('--candidates')
  ?.split(',')
  .map((d) => {
    const [dir, count] = d.split(':');
    return [dir as string, Number(count ?? 1000)];
  }) ?? [
  ['test/fixtures/heldout', 10],
  ['test/fixtures/heldout-r3/en', 6],
];
const out = arg('--out');

const matcher = createMatcher({ asOf: ASOF, languages: allLanguages });
const candidates = CANDIDATE_DIRS.flatMap(([dir, count]) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, count)
    .map((f) => ({ id: f.replace(/\.txt$/u, ''), profile: matcher.parse(readFileSync(join(dir, f), 'utf8')) })),
);

const lines: string[] = ['# Ranking check', '', `${candidates.length} candidates, ${ADS.length} job ads, as of ${ASOF}.`, ''];
lines.push('## Candidates', '');
for (const c of candidates) {
  const e = c.profile.experience;
  const latest = e.entries[0];
  const skills = [...c.profile.skills]
    .sort((a, b) => (b.years ?? 0) - (a.years ?? 0))
    .slice(0, 8)
    .map((s) => `${s.id}${s.years === undefined ? '' : ` ${s.years}y`}`)
    .join(', ');
  const degrees = c.profile.education.map((d) => `${d.level} ${d.field}`).join('; ') || 'none';
  lines.push(
    `- **${c.id}**: ${latest ? `${latest.title} (${latest.kind.join('/')})` : 'no dated work'}; total ${e.totalYears ?? '?'}y, security ${e.securityYears ?? '?'}y, ML ${e.mlYears ?? '?'}y; degrees: ${degrees}; certs: ${c.profile.certifications.map((x) => x.id).join(', ') || 'none'}; clearance: ${c.profile.clearance?.level ?? 'none'}; skills: ${skills}`,
  );
}
for (const ad of ADS) {
  const text = readFileSync(join(ADS_DIR, `${ad}.txt`), 'utf8');
  const role = roleFromJobPosting(text, { languages: allLanguages });
  const ranking = rankCandidates(
    candidates.map((c) => c.profile),
    role,
    { ids: candidates.map((c) => c.id), languages: allLanguages },
  );
  lines.push('', `## ${ad}: ${role.title}`, '');
  lines.push('Requirements as read (tier, hard, weight):', '');
  for (const q of role.requirements) lines.push(`- ${q.tier}${q.hard ? ' (hard)' : ''} · ${q.weight} · ${q.label}`);
  const notes = role.notes ?? [];
  if (notes.length > 0) lines.push('', `Notes outside the score: ${notes.map((n) => n.condition).join(', ')}`);
  lines.push('', `Candidates meeting every must-have: ${ranking.eligibleCount}`);
  lines.push('', '| rank | candidate | score | met / partial / missing | must-have credentials lacked |', '|---:|---|---:|---|---|');
  ranking.candidates.forEach((c, i) => {
    const statuses = c.fit?.requirements ?? [];
    const count = (s: string) => statuses.filter((r) => r.status === s).length;
    lines.push(`| ${i + 1} | ${c.id} | ${c.score} | ${count('met')} / ${count('partial')} / ${count('missing')} | ${c.mustHavesMissed.join(', ') || '—'} |`);
  });
}
const md = `${lines.join('\n')}\n`;
if (out) writeFileSync(out, md);
else process.stdout.write(md);
