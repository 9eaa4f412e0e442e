import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResume, rankCandidates, RolefitError, renderShortlist, type ResumeProfile } from '../src';
import { roleFromJobPosting } from '../src/postings';
import { RankingSchema } from '../src/schemas';

const AS_OF = '2026-11-01';
const role = roleFromJobPosting(readFileSync(new URL('./fixtures/postings/bigtech-ai-security-engineer.txt', import.meta.url), 'utf8'));

interface Person {
  name: string;
  pronoun: string;
  born: string;
}
const PEOPLE: Person[] = [
  { name: 'Emily Walsh', pronoun: 'she/her', born: '1990-04-12' },
  { name: 'DeShawn Jackson', pronoun: 'he/him', born: '1968-11-30' },
  { name: 'Nguyễn Thị Lan', pronoun: 'she/her', born: '2001-01-01' },
  { name: 'Alex Kowalski', pronoun: 'they/them', born: '1995-09-09' },
];

const head = (p: Person) => `${p.name}\nPronouns: ${p.pronoun} | Born ${p.born} | ${p.name.split(' ')[0]?.toLowerCase()}@example.com\n\n`;
/** Four résumés, strongest first for the posting. */
const BODIES = [
  'EXPERIENCE\nApplication Security Engineer, Acme  Jan 2019 – Present\n- Threat modeling (STRIDE) and secure code review for Python and Go services\n- LLM red team exercises against prompt injection\n- Wrote Kubernetes admission controllers\nCERTIFICATIONS\nOSCP\nEDUCATION\nBS in Computer Science, State University, 2018\n',
  'EXPERIENCE\nApplication Security Engineer, Beta Corp  Jan 2020 – Present\n- Threat modeling and secure code review for Java services\nEDUCATION\nBS in Computer Science, State University, 2019\n',
  'EXPERIENCE\nSoftware Engineer, Gamma  Jan 2021 – Present\n- Built Python services\nEDUCATION\nBS in Mathematics, City College, 2020\n',
  'EXPERIENCE\nSoftware Engineer, Delta  Jan 2021 – Present\n- Built Python services\nEDUCATION\nBS in Mathematics, City College, 2020\n',
];
const profilesFor = (people: readonly Person[]) => BODIES.map((b, i) => parseResume(head(people[i] as Person) + b, { asOf: AS_OF }));

describe('a candidate held back (none of what the role rests on)', () => {
  const appsec = 'EXPERIENCE\nApplication Security Engineer  Jan 2019 – Present\n- Threat modeling (STRIDE) and secure code review of Python services.\n';
  const withLlm = `${appsec}- Tested our LLM chatbot for prompt injection and jailbreaks.\n`;
  const ranking = rankCandidates([parseResume(appsec, { asOf: AS_OF }), parseResume(withLlm, { asOf: AS_OF })], 'ai-security-engineer');

  it("says so in the shortlist CSV's held_back column", () => {
    const rows = renderShortlist(ranking, 'csv').trimEnd().split('\n');
    expect(rows.map((r) => r.split(',').slice(0, 6).join(','))).toEqual([
      'rank,candidate,score,eligible,held_back,must_unmet',
      '1,#2,68.67,true,false,false',
      '2,#1,44.37,true,true,false',
    ]);
  });

  it('ranks below one who shows it, and the comparison says so', () => {
    expect(ranking.candidates.map((c) => [c.index, c.fit.heldBack?.requirements ?? null])).toEqual([
      [1, null],
      [0, ['llm-security', 'llm-applications', 'adversarial-ml']],
    ]);
    // LLM security lends nothing to adversarial ML (a defining skill resting on machine learning, which neither shows).
    expect(ranking.candidates.map((c) => c.score)).toEqual([68.67, 44.37]);
    expect(ranking.comparisons[0]?.summary).toBe(
      'Ranks above because of Security of AI applications: prompt injection, jailbreaks, guardrails (+10.8) (the other is held back to 75%: it shows none of what the role rests on)',
    );
  });
});

describe('rankCandidates', () => {
  const ranking = rankCandidates(profilesFor(PEOPLE), role);

  it('returns a valid ranking, best first, with the full breakdown', () => {
    expect(RankingSchema.parse(ranking)).toEqual(ranking);
    expect(ranking.roleId).toBe(role.id);
    expect(ranking.candidates.map((c) => [c.rank, c.index, c.id])).toEqual([
      [1, 0, '#1'],
      [2, 1, '#2'],
      [3, 2, '#3'],
      [4, 3, '#4'],
    ]);
    for (const c of ranking.candidates) {
      expect(c.fit.requirements.map((r) => r.id)).toHaveLength(role.requirements.length);
      expect(c.score).toBeCloseTo(
        c.fit.requirements.reduce((s, r) => s + r.points, 0),
        1,
      );
    }
  });

  it('explains each adjacent pair with the requirements that differ most', () => {
    const [first, second, third] = ranking.comparisons;
    expect(first?.reasons).toEqual([
      { requirementId: 'python', label: 'Python', abovePoints: 8.93, belowPoints: 0 },
      { requirementId: 'security-automation', label: 'Security automation and tooling', abovePoints: 8.93, belowPoints: 0 },
      { requirementId: 'kubernetes', label: 'Preferred: Kubernetes', abovePoints: 3.57, belowPoints: 0 },
    ]);
    expect(first?.summary).toBe('Ranks above because of Python (+8.9), Security automation and tooling (+8.9) and Preferred: Kubernetes (+3.6)');
    expect(first).toMatchObject({ above: 0, below: 1, difference: 28.48 });
    expect(second?.reasons.map((r) => r.requirementId)).toEqual(['application-security', 'threat-modeling', 'secure-code-review']);
    expect(second?.summary).toBe('Ranks above because of Application security (5+ years) (+17.9), Threat modeling (+16.1) and Secure code review (+14.3)');
    for (const c of ranking.comparisons) {
      for (const r of c.reasons) expect(r.abovePoints).toBeGreaterThan(r.belowPoints);
      const above = ranking.candidates.find((x) => x.index === c.above);
      const below = ranking.candidates.find((x) => x.index === c.below);
      expect(c.difference).toBeCloseTo((above?.score ?? 0) - (below?.score ?? 0), 2);
    }
    expect(third).toMatchObject({ above: 2, below: 3, difference: 0, reasons: [], summary: 'Tied at the same score; ordered by input order.' });
  });

  it('breaks ties on the candidate ids when given', () => {
    const r = rankCandidates(profilesFor(PEOPLE), role, { ids: ['d.pdf', 'c.pdf', 'b.pdf', 'a.pdf'] });
    expect(r.candidates.map((c) => c.id)).toEqual(['d.pdf', 'c.pdf', 'a.pdf', 'b.pdf']);
    expect(r.comparisons[2]?.summary).toBe('Tied at the same score; ordered by candidate id.');
  });

  it('does not depend on names, pronouns or birth dates', () => {
    const shuffled = [PEOPLE[3], PEOPLE[2], PEOPLE[0], PEOPLE[1]] as Person[];
    const other = rankCandidates(profilesFor(shuffled), role);
    const view = (r: typeof ranking) => r.candidates.map((c) => [c.index, c.score, c.fit.requirements.map((q) => q.points)]);
    expect(view(other)).toEqual(view(ranking));
    expect(other.comparisons).toEqual(ranking.comparisons);
  });

  it('ranks a catalog role by id, and an empty list as an empty ranking', () => {
    expect(rankCandidates(profilesFor(PEOPLE), 'ai-security-engineer').candidates).toHaveLength(4);
    expect(rankCandidates([], role)).toEqual({ roleId: role.id, title: role.title, mustHaves: 'gate', eligibleCount: 0, candidates: [], comparisons: [] });
  });

  describe('must-have credentials', () => {
    const ad = [
      'Cloud Security Engineer',
      'Required qualifications:',
      '- 3+ years of experience in cloud security on AWS',
      '- Python, Kubernetes and Terraform',
      '- Must hold an active CISSP certification',
    ].join('\n');
    const gated = roleFromJobPosting(ad);
    const strong = parseResume('EXPERIENCE\nCloud Security Engineer, Acme  Jan 2018 – Present\n- AWS cloud security with Python, Kubernetes and Terraform\n', {
      asOf: AS_OF,
    });
    const certified = parseResume('EXPERIENCE\nSecurity Analyst, Beta  Jan 2024 – Present\n- AWS cloud security reviews\nCERTIFICATIONS\nCISSP\n', {
      asOf: AS_OF,
    });

    it('ranks a candidate without a must-have certificate below one who holds it, whatever the scores', () => {
      const r = rankCandidates([strong, certified], gated, { ids: ['strong', 'certified'] });
      expect(r.candidates.map((c) => [c.id, c.eligible, c.mustHavesMissed])).toEqual([
        ['certified', true, []],
        ['strong', false, ['certification']],
      ]);
      expect(r.candidates[1]?.score).toBeGreaterThan(r.candidates[0]?.score ?? 100);
      expect(r.eligibleCount).toBe(1);
      expect(r.comparisons[0]?.difference).toBeLessThan(0);
      expect(r.comparisons[0]?.mustHaves).toEqual([{ requirementId: 'certification', label: 'CISSP' }]);
      expect(r.comparisons[0]?.summary).toBe('Ranks above because the other misses 1 must-have against 0: nothing toward CISSP.');
      expect(RankingSchema.parse(r)).toEqual(r);
    });

    it('says in the shortlist when nobody meets every must-have', () => {
      const r = rankCandidates([strong], gated, { ids: ['strong'] });
      expect(r.eligibleCount).toBe(0);
      expect(renderShortlist(r, 'markdown')).toContain('**No candidate meets every must-have.** The order above is the fit on everything else.');
      expect(renderShortlist(rankCandidates([certified], gated), 'markdown')).not.toContain('No candidate meets');
    });

    it('orders by score alone with mustHaves: weigh', () => {
      const r = rankCandidates([strong, certified], gated, { ids: ['strong', 'certified'], mustHaves: 'weigh' });
      expect(r.candidates.map((c) => c.id)).toEqual(['strong', 'certified']);
      expect(r.mustHaves).toBe('weigh');
      expect(r.comparisons[0]?.mustHaves).toEqual([]);
      expect(() => rankCandidates([strong], gated, { mustHaves: 'sort' as 'gate' })).toThrow(RolefitError);
    });

    it('asks for a full-scope polygraph when the ad does: a counterintelligence one is part of the way', () => {
      const cleared = roleFromJobPosting('ML Engineer\nRequirements:\n- Current TS/SCI clearance with Full Scope Polygraph\n- Python\n');
      const req = cleared.requirements.find((q) => q.kind === 'clearance');
      expect(req).toMatchObject({ minLevel: 'ts-sci', polygraph: true, fullScopePolygraph: true, label: 'Active TS/SCI clearance with full-scope polygraph' });
      const ci = parseResume('CLEARANCE\nActive TS/SCI with CI polygraph\nSKILLS\nPython\n', { asOf: AS_OF });
      const fs = parseResume('CLEARANCE\nActive TS/SCI with full-scope polygraph\nSKILLS\nPython\n', { asOf: AS_OF });
      expect(ci.clearance).toMatchObject({ level: 'ts-sci', polygraph: true });
      expect(ci.clearance?.fullScopePolygraph).toBeUndefined();
      expect(fs.clearance).toMatchObject({ level: 'ts-sci', polygraph: true, fullScopePolygraph: true });
      const r = rankCandidates([ci, fs], cleared, { ids: ['ci', 'fs'] });
      const status = (id: string) => r.candidates.find((c) => c.id === id)?.fit.requirements.find((q) => q.kind === 'clearance');
      expect(status('fs')).toMatchObject({ status: 'met', have: 'ts-sci with a full-scope polygraph' });
      expect(status('ci')).toMatchObject({
        status: 'partial',
        credit: 0.5,
        have: 'ts-sci with a polygraph',
        need: 'ts-sci clearance or higher with a full-scope polygraph',
      });
      expect(r.candidates.map((c) => [c.id, c.eligible])).toEqual([
        ['fs', true],
        ['ci', false],
      ]);
    });
  });

  it.each([
    ['not an array', () => rankCandidates('x' as unknown as ResumeProfile[], role), 'E_INVALID_INPUT'],
    ['a bad profile', () => rankCandidates([{} as ResumeProfile], role), 'E_INVALID_INPUT'],
    ['an unknown role', () => rankCandidates([], 'no-such-role'), 'E_UNKNOWN_ROLE'],
    ['ids of the wrong length', () => rankCandidates(profilesFor(PEOPLE), role, { ids: ['a'] }), 'E_INVALID_OPTIONS'],
    ['duplicate ids', () => rankCandidates(profilesFor(PEOPLE), role, { ids: ['a', 'a', 'b', 'c'] }), 'E_INVALID_OPTIONS'],
    [
      'a role with an unknown skill',
      () => rankCandidates([], { ...role, requirements: [{ kind: 'skill', skills: ['cobol'], weight: 1, hard: false, source: 'x' }] }),
      'E_INVALID_DATA',
    ],
  ])('%s → RolefitError', (_, call, code) => {
    expect(call).toThrow(RolefitError);
    try {
      call();
    } catch (error) {
      expect((error as RolefitError).code).toBe(code);
    }
  });
});

describe('renderShortlist', () => {
  const hostile = ['=HYPERLINK("http://x")', 'a|b <script>', 'plain', 'c,d "q"'];
  const ranking = rankCandidates(profilesFor(PEOPLE), role, { ids: hostile });

  it('writes CSV with one column per requirement, defusing formulas and quoting', () => {
    const csv = renderShortlist(ranking, 'csv');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `rank,candidate,score,eligible,held_back,must_unmet,${ranking.candidates[0]?.fit.requirements.map((r) => r.id).join(',')},ranks_above_next_because`,
    );
    expect(lines).toHaveLength(5);
    expect(csv).toContain(`1,"'=HYPERLINK(""http://x"")",`);
    expect(csv).toContain('"c,d ""q"""');
  });

  it('writes a Markdown table with escaped candidate ids', () => {
    const md = renderShortlist(ranking, 'markdown');
    expect(md).toContain(`## Shortlist: ${role.title}`);
    expect(md).toContain('a\\|b &lt;script&gt;');
    expect(md).not.toContain('<script>');
    expect(md.split('\n').filter((l) => l.startsWith('| '))).toHaveLength(5);
  });

  it('rejects an unknown format', () => {
    expect(() => renderShortlist(ranking, 'pdf' as 'csv')).toThrow(RolefitError);
  });
});

// Résumés of the repository (a clone has them): the held-out set of round 1.
const HELDOUT = new URL('./fixtures/heldout/', import.meta.url);
describe('rankCandidates on real-style résumés', () => {
  it('ranks them all deterministically and validly', () => {
    const files = readdirSync(HELDOUT)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files).toHaveLength(10);
    const profiles = files.map((f) => parseResume(readFileSync(new URL(f, HELDOUT), 'utf8'), { asOf: AS_OF }));
    const a = rankCandidates(profiles, role, { ids: files });
    const b = rankCandidates([...profiles].reverse(), role, { ids: [...files].reverse() });
    expect(RankingSchema.parse(a)).toEqual(a);
    expect(b.candidates.map((c) => [c.id, c.score])).toEqual(a.candidates.map((c) => [c.id, c.score]));
    for (let i = 1; i < a.candidates.length; i++) expect((a.candidates[i - 1]?.score ?? 0) >= (a.candidates[i]?.score ?? 0)).toBe(true);
  });
});

describe('a candidate without a must-have credential', () => {
  const ad = roleFromJobPosting(
    "Security Engineer\n\nRequirements:\n- CISSP required\n- Bachelor's degree in Computer Science required\n- 3+ years of Python\n- Experience with Kubernetes\n",
  );
  const noCissp = parseResume(
    'EXPERIENCE\nSecurity Engineer, Beta  Jan 2018 – Present\n- Python services on Kubernetes\nEDUCATION\nBSc Computer Science, 2017\n',
    { asOf: AS_OF },
  );
  const noDegree = parseResume('EXPERIENCE\nSecurity Engineer, Acme  Jan 2018 – Present\n- Python services on Kubernetes\nCERTIFICATIONS\nCISSP\n', {
    asOf: AS_OF,
  });

  it('keeps mustUnmetFactor of its points for a certification missing outright, never for a degree', () => {
    const r = rankCandidates([noCissp, noDegree], ad, { mustHaves: 'weigh' });
    expect(r.candidates.map((c) => [c.id, c.score, c.fit.mustUnmet?.requirements ?? null])).toEqual([
      ['#2', 84.61, null],
      ['#1', 63.47, ['certification']],
    ]);
  });

  it('says so when scores alone order them, and not twice when the gate already says it', () => {
    expect(rankCandidates([noCissp, noDegree], ad, { mustHaves: 'weigh' }).comparisons.map((c) => c.summary)).toEqual([
      'Ranks above because of CISSP (+15.4) (the other keeps 75% of its points: it lacks a must-have)',
    ]);
    expect(rankCandidates([noCissp, noDegree], ad).comparisons.map((c) => c.summary)).toEqual([
      'Ranks above because the other misses 1 must-have against 0: nothing toward CISSP.',
    ]);
  });
});
