import { describe, expect, it } from 'vitest';
import { createMatcher, loadCatalog, matchRoles, parseResume, planUpskilling, RolefitError } from '../src';
import { de } from '../src/languages';
import { type RoleFit, RoleFitSchema } from '../src/schemas';
import { creditContext, profileContext, roleScore, scoreRole } from '../src/score/match';
import { TINY, TINY_RESUME } from './fixtures/tiny-catalog';

const catalog = loadCatalog(TINY, { source: 'tiny' });
const profile = parseResume(TINY_RESUME, { asOf: '2026-11-01', catalog });

describe('matchRoles on a tiny catalog', () => {
  const fits = matchRoles(profile, { catalog });
  const mlSec = fits.find((f) => f.roleId === 'ml-sec');

  it('returns valid fits, best first', () => {
    for (const f of fits) expect(RoleFitSchema.parse(f)).toEqual(f);
    expect(fits.map((f) => f.roleId)).toEqual(['ml-sec', 'cleared-ml']);
  });

  it('gives each requirement its exact credit', () => {
    const byId = Object.fromEntries((mlSec?.requirements ?? []).map((r) => [r.id, [r.status, r.credit]]));
    expect(byId).toEqual({
      pytorch: ['partial', 0.35], // related TensorFlow used at work: 0.35 × 1
      'threat-modeling': ['partial', 0.6], // 36 months of use ≥ 2 years, but left behind in 2022 (staleFactor 0.6)
      securityYears: ['partial', 0.75], // 3 of 4 years
      certification: ['missing', 0],
      degree: ['met', 1],
    });
  });

  it('adds the points up to the score', () => {
    const sum = (mlSec?.requirements ?? []).reduce((s, r) => s + r.points, 0);
    expect(mlSec?.score).toBeCloseTo(sum, 6);
    // (3×0.35 + 2×0.6 + 3×0.75 + 1×0 + 1×1) / 10 × 100
    expect(mlSec?.score).toBe(55);
  });

  it('gives the same score without the rest of the result (roleScore, what the plan simulates)', () => {
    const ctx = creditContext(catalog);
    const withSkills = profileContext(profile, ctx);
    expect(catalog.roles.map((r) => roleScore(profile, r, withSkills))).toEqual(catalog.roles.map((r) => scoreRole(profile, r, ctx, catalog).score));
    expect(roleScore(profile, catalog.roles.find((r) => r.id === 'ml-sec') as (typeof catalog.roles)[number], withSkills)).toBe(55);
  });

  it('writes what a skill requirement needs once per catalog, the same each time', () => {
    const again = matchRoles(profile, { catalog }).find((f) => f.roleId === 'ml-sec');
    expect(again?.requirements.map((r) => r.need)).toEqual(mlSec?.requirements.map((r) => r.need));
    expect(again?.requirements.find((r) => r.id === 'pytorch')?.need).toBe(mlSec?.requirements.find((r) => r.id === 'pytorch')?.need);
  });

  it('is not eligible while a hard requirement is short', () => {
    expect(mlSec?.eligible).toBe(false);
    expect(fits.find((f) => f.roleId === 'cleared-ml')?.eligible).toBe(false);
  });

  it('keeps 0.75 of the points of a role whose must-have is missing outright, not of one short of it', () => {
    // cleared-ml: no clearance at all (hard, missing); ml-sec: 3 of 4 hard security years (partial) keeps all its points.
    const cleared = fits.find((f) => f.roleId === 'cleared-ml');
    expect(cleared?.requirements.map((r) => [r.id, r.points, r.maxPoints])).toEqual([
      ['machine-learning', 22.5, 37.5],
      ['clearance', 0, 37.5],
    ]);
    expect(cleared?.heldBack).toBeUndefined();
    expect(cleared?.mustUnmet).toEqual({
      factor: 0.75,
      requirements: ['clearance'],
      reason: `A must-have is missing (${cleared?.requirements[1]?.label}): every requirement counts 75% of its points.`,
    });
    expect(mlSec?.mustUnmet).toBeUndefined();
    const plain = matchRoles(profile, { catalog, scoring: { mustUnmetFactor: 1 } });
    expect(plain.find((f) => f.roleId === 'cleared-ml')?.mustUnmet).toBeUndefined();
    expect(plain.map((f) => [f.roleId, f.score])).toEqual([
      ['ml-sec', 55],
      ['cleared-ml', 30],
    ]);
  });

  it('gives each reduction its own reason, with the share left when both apply', () => {
    const qa = parseResume('EXPERIENCE\nQA Engineer, Gamma  Jan 2019 – Present\n- Python test automation with Docker\n- Mentored two junior testers\n', {
      asOf: '2026-11-01',
    });
    const f = matchRoles(qa).find((x) => x.roleId === 'ai-ml-engineer-cleared');
    expect([f?.score, f?.heldBack?.factor, f?.mustUnmet?.factor]).toEqual([10.4, 0.75, 0.75]); // mentoring: 0.75³
    expect(f?.mustUnmet?.reason).toBe(
      'A must-have is missing (Active security clearance (Secret or higher)): every requirement counts 75% of its points (56% with the other reduction).',
    );
    expect(
      f?.heldBack?.reason.endsWith(
        'every requirement counts 75% of its points (56% with the other reduction); leading people and talking to stakeholders, which every field has, 42%.',
      ),
    ).toBe(true);
  });

  it('stamps each fit for audits', () => {
    expect(mlSec?.audit).toEqual({ asOf: '2026-11-01', catalog: { version: 'tiny-1', hash: catalog.hash } });
  });

  it('leaves years unknown, not zero, when the résumé has no dates', () => {
    const undated = parseResume('SKILLS\nPython, PyTorch, threat modeling', { asOf: '2026-11-01', catalog });
    const fit = matchRoles(undated, { catalog, roles: ['ml-sec'] })[0];
    const years = fit?.requirements.find((r) => r.id === 'securityYears');
    expect(years).toMatchObject({ status: 'unknown', points: 0, maxPoints: 0 });
    expect(undated.experience.totalYears).toBeNull();
  });

  it('scores only the roles asked for, in a stable order', () => {
    expect(matchRoles(profile, { catalog, roles: ['cleared-ml'] }).map((f) => f.roleId)).toEqual(['cleared-ml']);
    const again = matchRoles(profile, { catalog, roles: ['cleared-ml', 'ml-sec'] });
    expect(again.map((f) => f.roleId)).toEqual(['ml-sec', 'cleared-ml']);
  });

  it('throws E_UNKNOWN_ROLE with the culprit named', () => {
    expect(() => matchRoles(profile, { catalog, roles: ['data-eng'] })).toThrowError(RolefitError);
    expect(() => matchRoles(profile, { catalog, roles: ['data-eng'] })).toThrow(/Unknown role `data-eng` in `options.roles`/);
  });

  it('rejects a value that is not a profile', () => {
    expect(() => matchRoles({} as never, { catalog })).toThrow(/Invalid `profile`/);
  });
});

/** A role of one requirement: threat modeling. */
const custom = {
  id: 'custom-sec',
  title: 'Custom security',
  summary: 'Ours.',
  source: 'test',
  requirements: [{ kind: 'skill' as const, skills: ['threat-modeling'], weight: 1, hard: false, source: 'test' }],
  family: 'custom' as const,
  titles: [],
  refs: [],
};

describe('a matcher without options of its own', () => {
  const m = createMatcher({ catalog, asOf: '2026-11-01' });

  it('matches and plans as the functions do, with the options it resolved once', () => {
    expect(m.match(profile)).toEqual(matchRoles(profile, { catalog }));
    expect(m.match(profile, {})).toEqual(matchRoles(profile, { catalog }));
    expect(m.plan(profile, 'ml-sec')).toEqual(planUpskilling(profile, 'ml-sec', { catalog }));
    expect(m.plan(profile, ['ml-sec', 'cleared-ml'], {})).toEqual(planUpskilling(profile, ['ml-sec', 'cleared-ml'], { catalog }));
  });

  it('still resolves and checks options given to a call', () => {
    expect(m.match(profile, { roles: ['cleared-ml'] }).map((f) => f.roleId)).toEqual(['cleared-ml']);
    expect(m.plan(profile, 'ml-sec', { hoursPerWeek: 2 }).hoursPerWeek).toBe(2);
    expect(() => m.match(profile, { rolez: [] } as never)).toThrow(RolefitError);
    expect(() => m.match({} as never)).toThrow(RolefitError);
  });
});

describe('role objects', () => {
  it('are validated against the catalog, and a role edited after first use is validated again', () => {
    expect(matchRoles(profile, { catalog, roles: [custom] })[0]?.score).toBe(60); // threat modeling, left behind in 2022
    const edited = { ...custom, requirements: [{ ...custom.requirements[0], skills: ['cobol'] }] };
    expect(() => matchRoles(profile, { catalog, roles: [edited as never] })).toThrow(/unknown skill `cobol`/);
  });

  it('reject a cyclic object with a RolefitError', () => {
    const cyclic: Record<string, unknown> = { ...custom };
    cyclic.self = cyclic;
    expect(() => matchRoles(profile, { catalog, roles: [cyclic as never] })).toThrowError(RolefitError);
  });
});

describe('skills left behind', () => {
  const score = (text: string, scoring?: { staleAfterYears?: number; staleFactor?: number }) =>
    matchRoles(parseResume(text, { asOf: '2026-11-01', catalog }), { catalog, roles: [custom], scoring })[0]?.score;
  const moved =
    'EXPERIENCE\nSecurity Engineer  Jan 2016 – Dec 2019\n- Threat models (STRIDE).\nML Engineer  Jan 2020 – Present\n- Trained models with TensorFlow.\n';
  const onBreak = 'EXPERIENCE\nSecurity Engineer  Jan 2016 – Dec 2019\n- Threat models (STRIDE).\nParental leave  Jan 2020 – Present\n';

  it('count staleFactor of their credit when last used more than staleAfterYears before the latest work', () => {
    expect(score(moved)).toBe(60);
    expect(score(moved, { staleFactor: 0.5 })).toBe(50);
    expect(score(moved, { staleAfterYears: 0 })).toBe(100);
    expect(score(moved, { staleAfterYears: 10 })).toBe(100);
  });

  it('cost nothing for a career break: staleness runs from the latest work, not from today', () => {
    expect(score(onBreak)).toBe(100);
  });

  describe('a language or platform that a skill in recent use rests on is not left behind', () => {
    const credit = (text: string, skills: string[]) =>
      matchRoles(parseResume(text, { asOf: '2026-11-01' }), {
        roles: [{ ...custom, id: 'ground', requirements: [{ kind: 'skill', skills, weight: 1, hard: false, source: 'test' }] }],
      })[0]?.requirements[0]?.credit;
    it.each([
      [
        'Linux under Docker',
        'EXPERIENCE\nSystems Administrator  Jan 2012 – Dec 2018\n- Ran Linux servers.\nML Engineer  Jan 2019 – Present\n- Ship models in Docker images.\n',
        'linux',
        1,
      ],
      [
        'Linux under Kubernetes',
        'EXPERIENCE\nUnix Engineer  Jan 2010 – Dec 2017\n- Hardened Linux hosts.\nPlatform Engineer  Jan 2020 – Present\n- Run Kubernetes clusters.\n',
        'linux',
        1,
      ],
      [
        'Python under PyTorch',
        'EXPERIENCE\nData Analyst  Jan 2012 – Dec 2018\n- Python reports.\nResearch Engineer  Jan 2019 – Present\n- Train PyTorch models.\n',
        'python',
        1,
      ],
      [
        'Linux only listed, Docker of an older job',
        'SKILLS\nLinux\n\nEXPERIENCE\nDevOps Engineer  Jan 2012 – Dec 2018\n- Built Docker images.\nSales Manager  Jan 2019 – Present\n- Key accounts.\n',
        'linux',
        0.75,
      ],
      [
        'Linux with nothing on it now',
        'EXPERIENCE\nSystems Administrator  Jan 2012 – Dec 2018\n- Ran Linux servers.\nSales Manager  Jan 2019 – Present\n- Key accounts.\n',
        'linux',
        0.6,
      ],
      // A field's own skill stays its own work: application security is not kept fresh by a later DevSecOps job.
      [
        'application security under DevSecOps',
        'EXPERIENCE\nAppSec Engineer  Jan 2012 – Dec 2018\n- Application security reviews.\nDevSecOps Engineer  Jan 2019 – Present\n- DevSecOps pipelines.\n',
        'application-security',
        0.6,
      ],
    ])('%s', (_name, text, skill, want) => {
      expect(credit(text, [skill])).toBe(want);
    });
  });

  it('keeps Linux of an older job for a cleared ML engineer who ships containers now', () => {
    const text =
      'SUMMARY\nMachine learning engineer. Active Secret clearance.\n\nEXPERIENCE\nSenior Machine Learning Engineer  Jan 2022 – Present\n' +
      '- Build and deploy PyTorch models with Docker and Kubernetes on AWS; MLflow pipelines; Python, SQL.\n' +
      '- Design the feature store with the data engineers; mentor two junior engineers.\n- Monitor model drift in production.\n' +
      'Software Engineer  Jan 2014 – Dec 2020\n- Python services on Linux; trained scikit-learn machine learning models.\n';
    const fits = matchRoles(parseResume(text, { asOf: '2026-11-01' }));
    expect(fits.slice(0, 2).map((f) => [f.roleId, f.score])).toEqual([
      ['ai-ml-engineer-cleared', 97.23],
      ['ml-engineer', 91.81],
    ]);
    expect(fits[0]?.requirements.find((r) => r.id === 'linux')).toMatchObject({ status: 'met', credit: 1 });
  });

  it('refuse out-of-range rules', () => {
    expect(() => score(moved, { staleAfterYears: -1 })).toThrow(RolefitError);
    expect(() => score(moved, { staleFactor: 2 })).toThrow(RolefitError);
  });
});

describe("defining requirements (the evidence a role's field rests on)", () => {
  const threat = { kind: 'skill' as const, skills: ['threat-modeling'], weight: 2, hard: false, source: 'test' };
  const field = {
    ...custom,
    id: 'field-sec',
    requirements: [{ kind: 'skill' as const, skills: ['pytorch'], weight: 2, hard: false, defining: true, source: 'test' }, threat],
  };
  const sec = 'EXPERIENCE\nSecurity Engineer  Jan 2020 – Present\n- Threat models (STRIDE).\n';
  const fieldFit = (text: string, scoring?: { heldBackFactor?: number }) =>
    matchRoles(parseResume(text, { asOf: '2026-11-01', catalog }), { catalog, roles: [field], scoring })[0] as RoleFit;
  const points = (f: RoleFit) => f.requirements.map((r) => [r.id, r.points, r.maxPoints, r.defining ?? false]);

  it('hold the role back to heldBackFactor of every point when none of them earns anything, and say why', () => {
    const f = fieldFit(sec);
    expect(f.score).toBe(37.5); // (2×0 + 2×1) / 4 × 100 × 0.75
    expect(points(f)).toEqual([
      ['pytorch', 0, 37.5, true],
      ['threat-modeling', 37.5, 37.5, false],
    ]);
    expect(f.heldBack).toEqual({
      factor: 0.75,
      requirements: ['pytorch'],
      reason: 'The résumé shows none of what this role rests on (PyTorch): every requirement counts 75% of its points.',
    });
    expect(RoleFitSchema.parse(f)).toEqual(f);
  });

  it("count leading people twice reduced in a role held back: every field has it, it is none of the role's own", () => {
    const lead = { kind: 'skill' as const, skills: ['team-leadership'], weight: 2, hard: false, source: 'test' };
    const pytorch = { kind: 'skill' as const, skills: ['pytorch'], weight: 2, hard: false, defining: true, source: 'test' };
    const role = { ...field, id: 'lead-sec', requirements: [pytorch, lead] };
    const text = 'EXPERIENCE\nOperations Manager  Jan 2020 – Present\n- Lead a team of 6 supervisors.\n';
    const f = matchRoles(parseResume(text, { asOf: '2026-11-01' }), { roles: [role] })[0] as RoleFit;
    expect(points(f)).toEqual([
      ['pytorch', 0, 37.5, true],
      ['team-leadership', 28.13, 28.13, false], // 50 × 0.75 × 0.75
    ]);
    expect(f.heldBack?.reason).toBe(
      'The résumé shows none of what this role rests on (PyTorch): every requirement counts 75% of its points; leading people and talking to stakeholders, which every field has, 56%.',
    );
    // The plan's simulations score it the same way.
    const ctx = creditContext(loadCatalog());
    const profile = parseResume(text, { asOf: '2026-11-01' });
    expect(roleScore(profile, role, profileContext(profile, ctx))).toBe(f.score);
  });

  it('count a related skill as no evidence of the field (TensorFlow for PyTorch)', () => {
    const f = fieldFit(`${sec}- Trained models with TensorFlow.\n`);
    expect(f.heldBack?.requirements).toEqual(['pytorch']);
    expect(points(f)).toEqual([
      ['pytorch', 13.13, 37.5, true], // 37.5 × 0.35
      ['threat-modeling', 37.5, 37.5, false],
    ]);
    expect(f.score).toBe(50.63);
  });

  it("hold nothing back once one of them shows evidence of the person's own, even only listed", () => {
    const f = fieldFit(`${sec}SKILLS\nPyTorch\n`);
    expect(f.heldBack).toBeUndefined();
    expect(f.score).toBe(87.5); // (2×0.75 + 2×1) / 4 × 100
  });

  it('hold nothing back when a skill of their own earns less than a related one (a more generous rule never lowers a score)', () => {
    const either = {
      ...field,
      id: 'either-sec',
      requirements: [{ kind: 'skill' as const, skills: ['pytorch', 'python'], weight: 2, hard: false, defining: true, source: 'test' }, threat],
    };
    const text = `${sec}- Trained models with TensorFlow.\nSKILLS\nPython\n`;
    const fitWith = (related: number) =>
      matchRoles(parseResume(text, { asOf: '2026-11-01', catalog }), { catalog, roles: [either], scoring: { related } })[0] as RoleFit;
    expect([fitWith(0.35).heldBack, fitWith(0.35).score]).toEqual([undefined, 87.5]); // Python listed: 0.75
    expect([fitWith(0.9).heldBack, fitWith(0.9).score]).toEqual([undefined, 95]); // TensorFlow at work, related: 0.9
  });

  it('follow scoring.heldBackFactor, and 1 turns the rule off', () => {
    expect(fieldFit(sec, { heldBackFactor: 0.5 }).score).toBe(25);
    expect(fieldFit(sec, { heldBackFactor: 1 }).heldBack).toBeUndefined();
    expect(fieldFit(sec, { heldBackFactor: 1 }).score).toBe(50);
    expect(() => fieldFit(sec, { heldBackFactor: 1.5 })).toThrow(RolefitError);
  });

  it('hold nothing back when none of them is known: a title that does not say is no evidence against the field', () => {
    const titled = {
      ...field,
      id: 'titled-sec',
      requirements: [{ kind: 'title' as const, words: [['ml'], ['security']], weight: 2, hard: false, defining: true, source: 'test' }, threat],
    };
    const f = matchRoles(parseResume(sec, { asOf: '2026-11-01', catalog }), { catalog, roles: [titled] })[0];
    expect(f?.requirements[0]?.status).toBe('unknown');
    expect(f?.heldBack).toBeUndefined();
    expect(f?.score).toBe(100);
  });

  it('give the plan the whole lift of the first defining skill learnt, as roleScore does', () => {
    const p = parseResume(sec, { asOf: '2026-11-01', catalog });
    const plan = planUpskilling(p, field, { catalog });
    expect(plan.currentScore).toBe(37.5);
    expect(plan.steps.map((s) => [s.skillId, s.scoreGain])).toEqual([
      ['python', 0],
      ['machine-learning', 0],
      ['pytorch', 50], // listed PyTorch: 87.5, no longer held back
    ]);
  });

  it('may not mark a title that counts against the role', () => {
    const against = { kind: 'title' as const, words: [['security']], against: true, weight: 2, hard: false, defining: true, source: 'test' };
    const bad = { ...field, id: 'against-sec', requirements: [against, threat] };
    expect(() => loadCatalog({ roles: [bad] }, { base: catalog })).toThrow(/a title requirement with `against` cannot be `defining`/);
  });

  it('must be a boolean in a catalog', () => {
    const bad = { ...field, requirements: [{ ...field.requirements[0], defining: 'yes' }] };
    expect(() => loadCatalog({ roles: [bad] }, { base: catalog })).toThrow(RolefitError);
  });

  it('are declared by every role of the default catalog, never on a title that counts against it', () => {
    const roles = loadCatalog().roles;
    expect(roles.filter((r) => !r.requirements.some((q) => q.defining)).map((r) => r.id)).toEqual([]);
    expect(roles.flatMap((r) => r.requirements.filter((q) => q.kind === 'title' && q.against && q.defining).map(() => r.id))).toEqual([]);
  });

  it('give the same score through roleScore (the plan) as through scoreRole, and points that add up, held back or not', () => {
    const def = loadCatalog();
    const ctx = creditContext(def);
    const appsec = 'EXPERIENCE\nApplication Security Engineer  Jan 2019 – Present\n- Threat modeling and secure code review of Python services.\n';
    for (const text of [
      appsec,
      `${appsec}- Tested our LLM chatbot for prompt injection.\n`,
      'EXPERIENCE\nML Engineer  Jan 2020 – Present\n- Trained PyTorch models.\n',
    ]) {
      const p = parseResume(text, { asOf: '2026-11-01' });
      const withSkills = profileContext(p, ctx);
      for (const role of def.roles) {
        const fit = scoreRole(p, role, ctx, def, withSkills);
        expect([role.id, roleScore(p, role, withSkills)]).toEqual([role.id, fit.score]);
        expect([role.id, Math.round(fit.requirements.reduce((sum, r) => sum + r.points, 0) * 100) / 100]).toEqual([role.id, fit.score]);
      }
    }
  });

  it('keep a security engineer without AI work off the AI Security Engineer role of the default catalog', () => {
    const appsec =
      'EXPERIENCE\nSenior Application Security Engineer  Jan 2019 – Present\n- Threat modeling (STRIDE) and secure code review of Python and Java services.\n- Built Semgrep rules and a Python bot that triages SAST findings.\n- Web penetration tests with Burp Suite.\n';
    const withLlm = `${appsec}- Tested our LLM chatbot for prompt injection and jailbreaks.\n`;
    const ai = (text: string) => matchRoles(parseResume(text, { asOf: '2026-11-01' }), { roles: ['ai-security-engineer'] })[0];
    expect(ai(appsec)?.heldBack?.requirements).toEqual(['llm-security', 'llm-applications', 'adversarial-ml']);
    expect(ai(withLlm)?.heldBack).toBeUndefined();
  });
});

describe('a related skill toward a defining skill whose groundwork the person lacks', () => {
  // TensorFlow here implies nothing, so a résumé with it alone shows none of PyTorch's prerequisite (machine learning).
  const bare = loadCatalog({ ...TINY, skills: (TINY.skills ?? []).map((s) => (s.id === 'tensorflow' ? { ...s, implies: [] } : s)) }, { source: 'bare' });
  const pytorch = (defining: boolean) => ({ kind: 'skill' as const, skills: ['pytorch'], weight: 2, hard: false, defining, source: 'test' });
  const threat = { kind: 'skill' as const, skills: ['threat-modeling'], weight: 2, hard: false, source: 'test' };
  const role = (defining: boolean) => ({ ...custom, id: 'ground-sec', requirements: [pytorch(defining), threat] });
  const fitOf = (text: string, defining = true) =>
    matchRoles(parseResume(text, { asOf: '2026-11-01', catalog: bare }), { catalog: bare, roles: [role(defining)] })[0] as RoleFit;
  const pytorchOf = (f: RoleFit) => f.requirements.find((r) => r.id === 'pytorch');
  const sec = 'EXPERIENCE\nSecurity Engineer  Jan 2020 – Present\n- Threat models (STRIDE).\n';

  it('earns nothing from it: the neighbour is no evidence of the field without its groundwork', () => {
    for (const line of [
      '- Trained models with TensorFlow.\n',
      '- Built the Keras pipeline for image tagging.\n',
      '- Ported our TensorFlow and Keras code to the new cluster.\n',
    ]) {
      const f = fitOf(`${sec}${line}`);
      expect([pytorchOf(f)?.status, pytorchOf(f)?.credit, f.score, f.heldBack?.requirements]).toEqual(['missing', 0, 37.5, ['pytorch']]);
    }
  });

  it('still earns 0.35 when the person shows a prerequisite, even only listed', () => {
    const f = fitOf(`${sec}- Trained models with TensorFlow.\nSKILLS\nscikit-learn\n`);
    expect([pytorchOf(f)?.status, pytorchOf(f)?.credit, pytorchOf(f)?.have]).toEqual(['partial', 0.35, 'related: TensorFlow']);
  });

  it('gives machine learning 0.35 for models deployed and served at work (related: ML deployment)', () => {
    const p = parseResume(`${sec}- Co-maintain the KServe model serving layer and the model release gate in Python.\n`, { asOf: '2026-11-01' });
    const ml = matchRoles(p, { roles: ['ml-engineer'] })[0]?.requirements.find((r) => r.id === 'machine-learning');
    expect([ml?.status, ml?.credit, ml?.have]).toEqual(['partial', 0.35, 'related: ML model deployment and serving']);
  });

  it('still earns 0.35 toward a requirement that is not defining', () => {
    const f = fitOf(`${sec}- Trained models with TensorFlow.\n`, false);
    expect([pytorchOf(f)?.status, pytorchOf(f)?.credit, f.score]).toEqual(['partial', 0.35, 67.5]);
  });

  // Known limit (README, scoring): the rule looks at the required skill's prerequisites only, so grounded adversarial ML
  // lends nothing to LLM security either. Crediting it cost two top roles in the eval sets; kept as is.
  it('known limit: earns nothing from a related skill whose own groundwork the person holds (adversarial ML toward LLM security)', () => {
    const adv =
      'EXPERIENCE\nResearch Scientist, Adversarial Machine Learning — Acme Labs  Jan 2020 – Present\n- Evasion and model extraction attacks on image classifiers in PyTorch\n- Adversarial training of deep learning models\nSKILLS\nAdversarial ML, deep learning, machine learning, PyTorch\n';
    const f = matchRoles(parseResume(adv, { asOf: '2026-11-01' }), { roles: ['ai-security-engineer'] })[0] as RoleFit;
    const llm = f.requirements.find((r) => r.id === 'llm-security');
    expect([llm?.status, llm?.points, llm?.have]).toEqual(['missing', 0, 'none']);
  });
});

describe('a title requirement (the level a person works at now)', () => {
  const lead = (title: string, end = 'Present') =>
    parseResume(
      `EXPERIENCE\n${title}  Jan 2021 – ${end}\n- Own the security of our LLM features with 12 engineers: prompt injection tests, guardrails, threat models.\n- Report to the CISO.`,
      { asOf: '2026-11-01' },
    );
  const titleReq = (title: string, end?: string) =>
    matchRoles(lead(title, end), { roles: ['genai-security-development-manager'] })[0]?.requirements.find((r) => r.kind === 'title');

  it('is met by the title of a job held now that names every group, in any of the four languages', () => {
    for (const title of [
      'Director, AI Security',
      'Head of GenAI Security Engineering',
      'Directrice, Ingénierie sécurité IA générative',
      'Leiterin KI-Sicherheit',
    ]) {
      expect(titleReq(title)).toMatchObject({ status: 'met', credit: 1, have: title, maxPoints: expect.any(Number) });
    }
  });

  it('is unknown, and weighs nothing, when the title does not say it or the job has ended', () => {
    expect(titleReq('Staff AI Security Engineer')).toMatchObject({
      status: 'unknown',
      points: 0,
      maxPoints: 0,
      have: 'not said by the title (Staff AI Security Engineer)',
    });
    expect(titleReq('Director, AI Security', 'Dec 2024')).toMatchObject({ status: 'unknown', maxPoints: 0, have: 'no current job' });
  });

  it('puts a director of AI security first on the manager role, and the same work under an engineer title elsewhere', () => {
    for (const title of [
      'Director, AI Security',
      'Head of GenAI Security Engineering',
      'Directrice sécurité IA',
      'Leiterin KI-Sicherheit',
      'VP, LLM Security',
    ]) {
      expect(matchRoles(lead(title))[0]?.roleId).toBe('genai-security-development-manager');
    }
    expect(matchRoles(lead('Senior AI Security Engineer'))[0]?.roleId).not.toBe('genai-security-development-manager');
  });

  it('reads no rank in "chief" when it names an organisation unit (a Chief … Office), only in a chief title', () => {
    for (const title of [
      'AI Security Engineer (Chief Technology Office)',
      'LLM Security Engineer, Group Chief Data Office',
      'KI-Sicherheitsingenieur im Chief Information Security Office',
    ]) {
      expect(titleReq(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
    }
    expect(titleReq('Chief AI Security Officer')).toMatchObject({ status: 'met', credit: 1 });
  });

  it('is not met by a title with a word of `without` (an AI title for the Security Engineer)', () => {
    const req = (title: string) => matchRoles(lead(title), { roles: ['security-engineer'] })[0]?.requirements.find((r) => r.kind === 'title');
    expect(req('Senior Application Security Engineer')).toMatchObject({ status: 'met', have: 'Senior Application Security Engineer' });
    expect(req('Pentester senior')).toMatchObject({ status: 'met' });
    expect(req('Senior AI Security Engineer')).toMatchObject({ status: 'unknown', maxPoints: 0 });
  });

  it('reads an offensive team title ("Red Team Lead", "Red Teamer") as a security engineer title, not an AI one (r184)', () => {
    const req = (title: string) => matchRoles(lead(title), { roles: ['security-engineer'] })[0]?.requirements.find((r) => r.id === 'security-engineer-title');
    for (const title of ['Red Team Lead', 'Red Team Operator', 'Senior Red Teamer']) expect(req(title)).toMatchObject({ status: 'met', have: title });
    expect(req('AI Red Team Lead')).toMatchObject({ status: 'unknown', maxPoints: 0 });
    expect(req('Team Lead')).toMatchObject({ status: 'unknown', maxPoints: 0 });
  });

  it('reads German compound titles ("Sicherheitsanalystin", "Penetrationstester") as their two words', () => {
    const at = (title: string, role: string, id?: string) =>
      matchRoles(lead(title), { roles: [role] })[0]?.requirements.find((r) => r.kind === 'title' && (id === undefined || r.id === id));
    for (const title of ['KI-Sicherheitsanalystin', 'Senior KI-Sicherheitsanalyst', 'Sicherheitsanalystin (KI-Systeme)']) {
      expect(at(title, 'ai-security-analyst', 'ai-security-analyst-title')).toMatchObject({ status: 'met', have: title });
    }
    expect(at('Sicherheitsanalystin', 'ai-security-analyst', 'ai-security-analyst-title')).toMatchObject({ status: 'unknown', maxPoints: 0 });
    for (const title of ['IT-Sicherheitsingenieurin', 'Senior Penetrationstester', 'Sicherheitsarchitekt']) {
      expect(at(title, 'security-engineer', 'security-engineer-title')).toMatchObject({ status: 'met', have: title });
      expect(at(title, 'ml-engineer')).toMatchObject({ status: 'missing' });
    }
    expect(at('Sicherheitsarchitektin Cloud', 'security-analyst')).toMatchObject({ status: 'missing' });
    expect(at('KI-Sicherheitsforscherin', 'ai-ml-security-engineer')).toMatchObject({ status: 'met' });
    expect(at('Informationssicherheitsbeauftragter', 'ai-governance-specialist', 'security-title')).toMatchObject({ status: 'missing' });
  });

  it('takes the kinds of work of the entry for the other groups with `workKinds` (a researcher of ML security)', () => {
    const researcher = (title: string, duty: string) =>
      matchRoles(parseResume(`EXPERIENCE\n${title}  Jan 2023 – Present\n- ${duty}`, { asOf: '2026-11-01' }), {
        roles: ['ai-ml-security-engineer'],
      })[0]?.requirements.find((r) => r.kind === 'title');
    const attacks = 'Adversarial training and data poisoning attacks on PyTorch image classifiers; membership inference against fine-tuned models.';
    expect(researcher('Postdoctoral Researcher', attacks)).toMatchObject({ status: 'met', have: 'Postdoctoral Researcher (security and ml work)' });
    expect(researcher('Postdoctoral Researcher', 'Trained and evaluated PyTorch image classifiers and deep learning models.')).toMatchObject({
      status: 'unknown',
      maxPoints: 0,
    });
    expect(researcher('Software Engineer', attacks)).toMatchObject({ status: 'unknown', maxPoints: 0 });
  });

  it('counts an AI red team engineer, one of its titles, as researching the security of AI models now', () => {
    const req = (title: string) =>
      matchRoles(parseResume(`EXPERIENCE\n${title}  Jan 2023 – Present\n- Evasion attacks on image classifiers.`, { asOf: '2026-11-01' }), {
        roles: ['ai-ml-security-engineer'],
      })[0]?.requirements.find((r) => r.kind === 'title');
    expect(req('Senior AI Red Team Engineer')).toMatchObject({ status: 'met', have: 'Senior AI Red Team Engineer' });
    expect(req('Red Team Engineer')).toMatchObject({ status: 'unknown', maxPoints: 0 });
    expect(req('AI Red Team Lead')).toMatchObject({ status: 'unknown', maxPoints: 0 });
  });

  it('tells an evaluator of AI systems (the AI Security Analyst) from those who build or research them', () => {
    const tester = (title: string) =>
      parseResume(
        `EXPERIENCE\n${title}  Jan 2023 – Present\n- Red team LLM applications: prompt injection and jailbreaks; evasion attacks on image classifiers.\n- Write the risk assessment report for each engagement.`,
        { asOf: '2026-11-01' },
      );
    const req = (title: string) =>
      matchRoles(tester(title), { roles: ['ai-security-analyst'] })[0]?.requirements.find((r) => r.id === 'ai-security-analyst-title');
    for (const title of [
      'AI Red Team Operator',
      'AI Security Analyst',
      'Analyste sécurité IA',
      'Analista de Seguridad de IA',
      'ML Security Specialist',
      'Senior AI Red Teamer',
      'LLM Red Teamer',
      'Red teamer IA',
      'KI-Red-Teamer',
    ]) {
      expect(req(title)).toMatchObject({ status: 'met', credit: 1, have: title });
    }
    for (const title of ['AI Red Team Lead', 'Senior AI Security Engineer', 'Red Team Operator', 'Red Teamer', 'SOC Analyst II']) {
      expect(req(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
    }
  });

  it('counts a current title naming ML and its security (the MLSecOps Specialist), not one naming only one of them', () => {
    const mlsec = (title: string) =>
      parseResume(`EXPERIENCE\n${title}  Jan 2023 – Present\n- Sign and scan model artifacts in the MLflow pipeline; detections for model-serving abuse.`, {
        asOf: '2026-11-01',
      });
    const req = (title: string) =>
      matchRoles(mlsec(title), { roles: ['mlsecops-specialist'] })[0]?.requirements.find((r) => r.id === 'ml-security-operations-title');
    for (const title of [
      'MLSecOps Engineer',
      'ML Detection Engineer',
      'Senior ML Platform Security Engineer',
      'Ingénieure sécurité ML',
      'Ingenieurin für ML-Sicherheit',
    ]) {
      expect(req(title)).toMatchObject({ status: 'met', credit: 1, have: title });
    }
    for (const title of [
      'Machine Learning Engineer',
      'Detection Engineer',
      'AI Security Engineer',
      'MLOps Engineer',
      // "Detection" alone is no security word: fraud, object and anomaly detection are ML work.
      'Senior ML Engineer, Fraud Detection',
      'ML Engineer, Fraud Detection',
      'Machine Learning Engineer – Object Detection',
      'Machine Learning Engineer – Anomaly Detection',
    ]) {
      expect(req(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
    }
  });

  describe('with `against` (a title that names another field)', () => {
    const ml = (title: string) =>
      parseResume(
        `EXPERIENCE\n${title}  Jan 2023 – Present\n- Train and deploy PyTorch models on Kubernetes with MLflow pipelines.\nMachine Learning Engineer  Jan 2017 – Dec 2022\n- Trained and deployed PyTorch models.`,
        { asOf: '2026-11-01' },
      );
    const against = (title: string, role = 'ml-engineer') => matchRoles(ml(title), { roles: [role] })[0]?.requirements.find((r) => r.kind === 'title');

    it('is missing, at full weight, when the current title names security', () => {
      for (const title of ['Head of AI Security Engineering', 'Staff Engineer, Model Security', 'MLSecOps Engineer', 'Ingénieure sécurité IA']) {
        expect(against(title)).toMatchObject({ status: 'missing', credit: 0, points: 0, have: `works as ${title}`, maxPoints: expect.any(Number) });
        expect(against(title)?.maxPoints).toBeGreaterThan(0);
      }
      expect(against('AI Red Team Lead', 'data-scientist')).toMatchObject({ status: 'missing' });
      expect(against('Lead Cloud Security Engineer', 'security-analyst')).toMatchObject({ status: 'missing' });
      expect(against('Detection Engineer', 'security-analyst')).toMatchObject({ status: 'unknown', maxPoints: 0 });
      expect(against('Security Operations Engineer', 'security-analyst')).toMatchObject({ status: 'unknown', maxPoints: 0 });
      // The same titles in French, Spanish and German: detection and response work is the analyst's in every language.
      for (const title of [
        'Ingeniera de Detección (Security ML)',
        'Ingénieur détection sécurité',
        'Ingeniero de Respuesta a Incidentes de Seguridad',
        'Ingénieure sécurité, réponse',
        'Ingeniero de Seguridad, Operaciones',
        'Ingeniera de Seguridad Forense',
        'Ingenieurin IT-Sicherheit, Detektion',
      ]) {
        expect(against(title, 'security-analyst')).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
      expect(against('Ingeniera de Seguridad Cloud', 'security-analyst')).toMatchObject({ status: 'missing' });
    });

    it('is missing for the data and ML roles when the current job is security work, whatever its title', () => {
      const job = (title: string, duty: string) =>
        parseResume(`EXPERIENCE\n${title}  Sep 2022 – Present\n- ${duty}\nData Analyst  Jan 2018 – Aug 2022\n- Built scikit-learn churn models.`, {
          asOf: '2026-11-01',
        });
      const title = (p: ReturnType<typeof parseResume>, role: string) => matchRoles(p, { roles: [role] })[0]?.requirements.find((r) => r.kind === 'title');
      const attacks = job('Research Fellow', 'Evasion and data poisoning attacks on PyTorch malware classifiers; adversarial training against them.');
      const lecturer = job('Maître de conférences', 'Membership inference and model extraction attacks against deployed PyTorch models.');
      for (const role of ['ml-engineer', 'data-scientist']) {
        expect(title(attacks, role)).toMatchObject({ status: 'missing', credit: 0, have: 'works in security as Research Fellow' });
        expect(title(lecturer, role)).toMatchObject({ status: 'missing', have: 'works in security as Maître de conférences' });
      }
      // Model work with no security in it, or a security champion among ML engineers, says nothing against the role.
      const models = job('Research Fellow', 'Trained PyTorch image classifiers and evaluated them on held-out data.');
      expect(title(models, 'ml-engineer')).toMatchObject({ status: 'unknown', maxPoints: 0 });
      const champion = job('ML Engineer & Security Champion', 'Evasion and data poisoning attacks on PyTorch malware classifiers.');
      expect(title(champion, 'ml-engineer')).toMatchObject({ status: 'unknown', maxPoints: 0 });
    });

    it('is unknown, and weighs nothing, for any other title, a security champion, or no current job', () => {
      expect(against('Senior Machine Learning Engineer')).toMatchObject({ status: 'unknown', maxPoints: 0 });
      expect(against('Senior GenAI Engineer & Security Champion')).toMatchObject({ status: 'unknown', maxPoints: 0 });
      const ended = parseResume('EXPERIENCE\nAI Security Engineer  Jan 2021 – Dec 2024\n- Trained and deployed PyTorch models.', { asOf: '2026-11-01' });
      expect(matchRoles(ended, { roles: ['ml-engineer'] })[0]?.requirements.find((r) => r.kind === 'title')).toMatchObject({
        status: 'unknown',
        have: 'no current job',
      });
    });

    it('counts a current audit or assurance title against the Security Engineer, not a technical auditor or pentester', () => {
      const audit = (title: string) =>
        matchRoles(
          parseResume(`EXPERIENCE\n${title}  Jan 2021 – Present\n- Annual cyber risk assessment; ISO 27001 and NIST CSF audits; SOC 2 examinations.`, {
            asOf: '2026-11-01',
          }),
          { roles: ['security-engineer'] },
        )[0]?.requirements.find((r) => r.id === 'auditor-title');
      for (const title of [
        'Manager, Cyber & IT Audit',
        'Senior IT Auditor',
        'IT Assurance Senior Associate',
        'Auditrice SI',
        'Auditora de Sistemas',
        'IT-Revisorin',
      ]) {
        expect(audit(title)).toMatchObject({ status: 'missing', credit: 0 });
      }
      for (const title of [
        'Auditrice sécurité technique / pentesteuse',
        'Security Engineer',
        'Penetration Tester & Auditor',
        'Security Assurance Engineer',
        'Information Assurance Architect',
        'Ingeniero de auditoría de seguridad',
      ]) {
        expect(audit(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
    });

    it('counts a current manager title of another field against the GenAI Security Development Manager', () => {
      const lead = (title: string) =>
        matchRoles(parseResume(`EXPERIENCE\n${title}  Jan 2021 – Present\n- Manage a team of 9 testers; coach the test leads.`, { asOf: '2026-11-01' }), {
          roles: ['genai-security-development-manager'],
        })[0]?.requirements.find((r) => r.id === 'other-field-leader-title');
      for (const title of ['QA Test Manager', 'Sales Director', 'Head of Operations', 'Gerente de Calidad', 'Leiterin Qualitätssicherung']) {
        expect(lead(title)).toMatchObject({ status: 'missing', credit: 0 });
      }
      for (const title of [
        'Director, AI Security',
        'Engineering Manager',
        'Product Security Manager',
        'Head of Data Science',
        'Senior QA Engineer',
        'SOC Manager',
        'GRC Manager',
        'Responsable conformité',
        'Leiter IT-Infrastruktur',
        'Gerente de Sistemas',
        'Cloud Platform Director',
      ]) {
        expect(lead(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
    });

    it('counts a current research or teaching title that names no lead against the GenAI Security Development Manager', () => {
      const researcher = (title: string) =>
        matchRoles(
          parseResume(
            `EXPERIENCE\n${title}  Jan 2022 – Present\n- Fine-tune LLMs in PyTorch; study jailbreaks of RAG assistants; supervise two PhD students.`,
            {
              asOf: '2026-11-01',
            },
          ),
          { roles: ['genai-security-development-manager'] },
        )[0]?.requirements.find((r) => r.id === 'researcher-title');
      for (const title of [
        'Research Scientist, Applied LLM Lab',
        'Lecturer in Computer Science',
        'Postdoctoral Researcher',
        'Chercheuse en apprentissage automatique',
        'Investigador postdoctoral',
        'Wissenschaftliche Mitarbeiterin',
        'Research Fellow in Trustworthy AI',
        'Senior Research Associate, Security Group',
        'Chargée de recherche, équipe sécurité des systèmes',
      ]) {
        expect(researcher(title)).toMatchObject({ status: 'missing', credit: 0 });
      }
      for (const title of [
        'Head of AI Research',
        'Research Lead, GenAI Security',
        'Director, AI Security',
        'Senior GenAI Engineer',
        'Responsable recherche IA',
      ]) {
        expect(researcher(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
    });

    it('counts a current title naming AI or ML and security against the Security Engineer, and one naming ML and security against the AI Information Security Engineer', () => {
      const secured = (title: string, role: string, id: string) =>
        matchRoles(
          parseResume(
            `EXPERIENCE\n${title}  Mar 2022 – Present\n- Harden the Kubernetes clusters and IAM roles; TLS everywhere; vulnerability scans with Trivy.`,
            {
              asOf: '2026-11-01',
            },
          ),
          { roles: [role] },
        )[0]?.requirements.find((r) => r.id === id);
      const engineer = (title: string) => secured(title, 'security-engineer', 'ai-security-title');
      const information = (title: string) => secured(title, 'ai-information-security-engineer', 'ml-security-title');
      for (const title of [
        'Senior ML Security Engineer',
        'LLM Security Engineer',
        'Ingénieure sécurité des modèles IA',
        'KI-Sicherheitsingenieurin',
        'MLSecOps Engineer',
      ]) {
        expect(engineer(title)).toMatchObject({ status: 'missing', credit: 0, points: 0, have: `works as ${title}` });
        expect(engineer(title)?.maxPoints).toBeGreaterThan(0);
      }
      for (const title of ['Cloud Security Engineer', 'Ingeniero de Ciberseguridad', 'Senior ML Engineer', 'AI Product Manager']) {
        expect(engineer(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
      for (const title of ['Staff Engineer, ML Platform Security', 'MLSecOps Engineer', 'Ingeniera de Seguridad de ML', 'Ingenieurin ML-Sicherheit']) {
        expect(information(title)).toMatchObject({ status: 'missing', credit: 0, points: 0, have: `works as ${title}` });
      }
      // A title naming AI, not ML, is the AI Information Security Engineer's own ("Security Engineer, AI Platforms").
      for (const title of ['Security Engineer, AI Platforms', 'AI Security Engineer', 'Information Security Engineer', 'Senior ML Engineer']) {
        expect(information(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
    });

    it('counts a current AI security title that names no director, head or manager against the GenAI Security Development Manager', () => {
      const contributor = (title: string) =>
        matchRoles(
          parseResume(
            `EXPERIENCE\n${title}  Jun 2022 – Present\n- Prompt-injection tests of the RAG assistant before each release; a guardrail classifier in PyTorch.`,
            {
              asOf: '2026-11-01',
            },
          ),
          { roles: ['genai-security-development-manager'] },
        )[0]?.requirements.find((r) => r.id === 'ai-security-contributor-title');
      for (const title of [
        'Principal LLM Security Engineer',
        'Lead Red Teamer, GenAI',
        'Analyste sécurité IA',
        'Ingeniera de Seguridad de IA',
        'KI-Sicherheitsanalystin',
      ]) {
        expect(contributor(title)).toMatchObject({ status: 'missing', credit: 0, points: 0, have: `works as ${title}` });
        expect(contributor(title)?.maxPoints).toBeGreaterThan(0);
      }
      for (const title of [
        'Head of GenAI Security',
        'Engineering Manager, AI Security',
        'Responsable sécurité IA',
        'Teamleiterin KI-Sicherheit',
        'GenAI Developer & Security Champion',
        'Staff Machine Learning Engineer',
      ]) {
        expect(contributor(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
    });

    it('ranks an AI security engineer who mentors but manages nobody below the roles that do the work, not as the manager', () => {
      const text = [
        'EXPERIENCE',
        'Staff Engineer, LLM Security & Guardrails  Jan 2023 – Present',
        '- Built the guardrail service in front of every LLM app: a fine-tuned DeBERTa prompt-injection classifier in PyTorch, jailbreak and output filters.',
        '- Automated prompt-injection and jailbreak test suite with garak and PyRIT, a blocking release gate in GitHub Actions; STRIDE threat models of the RAG assistant.',
        '- Shipped the RAG copilot on LangChain and Azure OpenAI; model serving with FastAPI on Kubernetes; MLflow model registry.',
        '- Mentor two ML engineers; present LLM security metrics to the CISO each quarter.',
        'Machine Learning Engineer  Mar 2018 – Dec 2022',
        '- Trained and deployed fraud models (XGBoost, PyTorch); drift monitoring with Evidently.',
      ].join('\n');
      const fits = matchRoles(parseResume(text, { asOf: '2026-11-01' }));
      expect(fits.slice(0, 3).map((f) => [f.roleId, f.score])).toEqual([
        ['mlsecops-specialist', 78.66],
        ['genai-security-development-manager', 67.48],
        ['ai-security-engineer', 66.23],
      ]);
      // Without the title counting against it the manager role would keep 82.07 points and rank first.
      const manager = fits[1] as RoleFit;
      const title = manager.requirements.find((r) => r.id === 'ai-security-contributor-title');
      expect(title).toMatchObject({ status: 'missing', maxPoints: 17.78 });
      expect(Math.round((manager.score / (1 - (title?.maxPoints ?? 0) / 100)) * 100) / 100).toBe(82.07);
    });

    it('ranks the MLSecOps Specialist first for an ML platform security engineer whose skills meet the general security roles too', () => {
      const text = [
        'EXPERIENCE',
        'Platform Security Engineer for ML (MLSecOps)  Feb 2021 – Present',
        '- Secure the Kubeflow and MLflow training pipelines on EKS; sign model artifacts with cosign and publish an SBOM per model.',
        '- Signed manifests of training data against data poisoning; admission webhook in Go that rejects unsigned models.',
        '- Least-privilege IAM roles and Keycloak SSO, KMS envelope encryption, Cilium network policies and mTLS; Trivy scans of the serving images, CVE triage.',
        '- Security design reviews of new ML services; STRIDE threat models; Semgrep rules in CI; Python tooling that quarantines non-compliant models.',
        'Linux Administrator  Jan 2016 – Jan 2021',
        '- Debian servers, Bash and Ansible; ran the MLflow model registry and KServe model serving for the data science team.',
        'EDUCATION',
        'B.Sc. Computer Science, 2011 – 2015',
        'CERTIFICATIONS',
        'AWS Certified Security – Specialty',
      ].join('\n');
      const fits = matchRoles(parseResume(text, { asOf: '2026-11-01' }));
      const rank = (id: string) => fits.findIndex((f) => f.roleId === id);
      // Every requirement of the two general roles is met: without the titles counting against them, both score 100.
      expect(fits.slice(0, 3).map((f) => [f.roleId, f.score])).toEqual([
        ['mlsecops-specialist', 88.74],
        ['ai-information-security-engineer', 85.38],
        ['security-engineer', 84.18],
      ]);
      expect(rank('mlsecops-specialist')).toBe(0);
      expect(fits.find((f) => f.roleId === 'security-engineer')?.requirements.find((r) => r.id === 'ai-security-title')).toMatchObject({ status: 'missing' });
    });

    it.each(['Sicherheitsingenieurin ML-Plattform', 'Sicherheitsarchitekt MLOps', 'Sicherheitsingenieur Machine Learning'])(
      'reads the German compound security title "%s" under its company as the title, and as an MLSecOps title',
      (title) => {
        const text =
          `Zusammenfassung\nIch sichere ML-Plattformen ab.\n\nBerufserfahrung\n\nNordwind Labs\n${title}\nMärz 2023 - Heute (3 Jahre 9 Monate)\n` +
          'Berlin, Deutschland\n- Absicherung der Kubeflow-Pipelines mit Sigstore und Kubernetes.\n\nHafenwerk GmbH\nDevSecOps-Ingenieurin\n' +
          'Januar 2020 - Februar 2023 (3 Jahre 2 Monate)\n- CI/CD-Sicherheit mit GitLab.\n';
        const profile = parseResume(text, { asOf: '2026-11-01', languages: [de], language: 'de' });
        expect(profile.experience.entries.map((e) => e.title)).toEqual([title, 'DevSecOps-Ingenieurin']);
        expect(matchRoles(profile, { roles: ['mlsecops-specialist'] })[0]?.requirements.find((r) => r.id === 'ml-security-operations-title')).toMatchObject({
          status: 'met',
          have: title,
        });
      },
    );

    it('counts a current penetration tester title that names no AI against the AI Security Engineer', () => {
      const tester = (title: string) =>
        matchRoles(
          parseResume(
            `EXPERIENCE\n${title}  Jan 2021 – Present\n- Web and API penetration tests; prompt-injection and jailbreak tests of client LLM chatbots.`,
            {
              asOf: '2026-11-01',
            },
          ),
          { roles: ['ai-security-engineer'] },
        )[0]?.requirements.find((r) => r.id === 'penetration-tester-title');
      for (const title of [
        'Senior Penetration Tester',
        'Pentester senior',
        'Pentester Senior / Red Team',
        'Penetrationstesterin',
        "Testeur d'intrusion",
        'Auditrice sécurité / Pentesteuse senior',
        'Ethical Hacker',
      ]) {
        expect(tester(title)).toMatchObject({ status: 'missing', credit: 0 });
      }
      for (const title of [
        'LLM Penetration Tester',
        'Pentester IA',
        'AI Red Team Operator',
        'Security Test Engineer – AI Red Team',
        'AI Security Engineer',
        'Senior Application Security Engineer',
      ]) {
        expect(tester(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
    });

    it('counts a current data scientist title against the ML Engineer and for the Data Scientist, unless it names engineering', () => {
      const scientist = (title: string) => {
        const fits = matchRoles(
          parseResume(`EXPERIENCE\n${title}  Mar 2020 – Present\n- Trains churn models in Python and PyTorch and ships them with MLflow on Kubernetes.`, {
            asOf: '2026-11-01',
            languages: [de],
          }),
          { roles: ['ml-engineer', 'data-scientist'] },
        );
        const req = (role: string) => fits.find((f) => f.roleId === role)?.requirements.find((r) => r.id === 'data-scientist-title');
        return { ml: req('ml-engineer')?.status, ds: req('data-scientist')?.status };
      };
      for (const title of ['Lead Data Scientist', 'Data Scientistin (Teilzeit)', 'Senior Data Scientist, Pricing', 'Head of Data Science']) {
        expect(scientist(title)).toEqual({ ml: 'missing', ds: 'met' });
      }
      for (const title of ['Machine Learning Engineer', 'Data Science Engineer', 'MLOps Data Scientist', 'Data Analyst']) {
        expect(scientist(title)).toEqual({ ml: 'unknown', ds: 'unknown' });
      }
    });

    it("counts a current title that names AI security against the Security Analyst, an AI security analyst's too, unless it names SOC or response work", () => {
      const evaluator = (title: string) =>
        matchRoles(
          parseResume(`EXPERIENCE\n${title}  Jan 2021 – Present\n- LLM red teaming; Splunk alert triage and incident response.`, { asOf: '2026-11-01' }),
          {
            roles: ['security-analyst'],
          },
        )[0]?.requirements.find((r) => r.id === 'ai-security-title');
      for (const title of [
        'Staff AI Red Team Operator',
        'LLM Red Teamer',
        'AI Red Team Specialist',
        'Opératrice red team IA',
        'KI-Red-Team-Tester',
        'AI Security Analyst',
        'KI-Sicherheitsanalystin',
        'Analista de Seguridad de IA',
      ]) {
        expect(evaluator(title)).toMatchObject({ status: 'missing', credit: 0 });
      }
      for (const title of [
        'AI Threat Intelligence Analyst',
        'Head of Cyber Defense & AI Security',
        'SOC Analyst, AI Detections',
        'Security Analyst',
        'Analista de respuesta a incidentes de IA',
      ]) {
        expect(evaluator(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
    });

    it('counts a current title that itself names security against the ML Engineer twice: as security work and by name', () => {
      const ml = (title: string, duty: string) =>
        matchRoles(parseResume(`EXPERIENCE\n${title}  Jan 2021 – Present\n- ${duty}`, { asOf: '2026-11-01' }), { roles: ['ml-engineer'] })[0]?.requirements;
      const byName = (title: string, duty: string) => ml(title, duty)?.find((r) => r.id === 'security-named-title');
      const byWork = (title: string, duty: string) => ml(title, duty)?.find((r) => r.id === 'security-title');
      const duty = 'Anomaly models in PyTorch on sign-in logs, deployed to managed endpoints; SOAR playbooks and incident response.';
      for (const title of ['Lead Security Engineer', 'Model Security Lead', 'Ingeniera de ciberseguridad', 'Sicherheitsingenieurin']) {
        expect(byName(title, duty)).toMatchObject({ status: 'missing', credit: 0, points: 0, have: `works as ${title}` });
        expect(byWork(title, duty)).toMatchObject({ status: 'missing', credit: 0 });
      }
      // Security work under an ML title counts once (the work), not by name.
      const redTeam = 'Penetration tests of the web applications; SOC alert triage and incident response for the model gateway.';
      expect(byWork('Applied Scientist, LLM Evaluations', redTeam)).toMatchObject({ status: 'missing' });
      expect(byName('Applied Scientist, LLM Evaluations', redTeam)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      expect(byName('Senior ML Engineer', 'Trained ranking models in PyTorch.')).toMatchObject({ status: 'unknown', maxPoints: 0 });
      expect(byName('Security Champion, ML Platform', duty)).toMatchObject({ status: 'unknown', maxPoints: 0 });
    });

    it('counts a current AI security analyst title against the AI Information Security Engineer', () => {
      const engineer = (title: string) =>
        matchRoles(
          parseResume(`EXPERIENCE\n${title}  Jan 2021 – Present\n- LLM red teaming; firewall reviews and penetration tests.`, { asOf: '2026-11-01' }),
          {
            roles: ['ai-information-security-engineer'],
          },
        )[0]?.requirements.find((r) => r.id === 'ai-security-analyst-title');
      for (const title of [
        'AI Security Analyst',
        'Analista de Seguridad de IA',
        'Analyste sécurité IA',
        'KI-Sicherheitsanalystin',
        'Senior Analyst, AI Security',
      ]) {
        expect(engineer(title)).toMatchObject({ status: 'missing', credit: 0, points: 0, have: `works as ${title}` });
      }
      for (const title of ['AI Security Engineer', 'Security Analyst', 'AI Product Analyst', 'Information Security Engineer']) {
        expect(engineer(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
    });

    it('counts a current leader title of AI security against the AI Security Analyst', () => {
      const leader = (title: string) =>
        matchRoles(
          parseResume(`EXPERIENCE\n${title}  Jan 2021 – Present\n- LLM red teaming and AI risk assessments; EU AI Act readiness.`, { asOf: '2026-11-01' }),
          {
            roles: ['ai-security-analyst'],
          },
        )[0]?.requirements.find((r) => r.id === 'ai-security-leader-title');
      for (const title of [
        'Director, GenAI Security Engineering',
        'Head of AI Security',
        'Leiterin KI-Sicherheit',
        'Directrice sécurité IA',
        'VP, LLM Security',
      ]) {
        expect(leader(title)).toMatchObject({ status: 'missing', credit: 0 });
      }
      for (const title of ['AI Security Analyst', 'Head of AI Governance', 'Director, Information Security', 'Senior AI Red Teamer']) {
        expect(leader(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
    });

    it('counts a current security title that names no AI, governance or privacy against the AI Governance Specialist', () => {
      const officer = (title: string) =>
        matchRoles(
          parseResume(`EXPERIENCE\n${title}  Jan 2021 – Present\n- ISO 27001 risk assessments; member of the AI governance board (EU AI Act classification).`, {
            asOf: '2026-11-01',
          }),
          { roles: ['ai-governance-specialist'] },
        )[0]?.requirements.find((r) => r.id === 'security-title');
      for (const title of [
        'Informationssicherheitsbeauftragte (ISB)',
        'Consultante cybersécurité confirmée',
        'Cyber Security Assurance Manager',
        'Lead, Information Security & IT Risk',
        'Consultor de Ciberseguridad',
        'Head of IT-Sicherheit',
      ]) {
        expect(officer(title)).toMatchObject({ status: 'missing', credit: 0 });
      }
      for (const title of [
        'AI Governance Lead',
        'Information Security GRC & Privacy Manager',
        'Senior Consultant KI-Governance & Informationssicherheit',
        "Responsable Gouvernance de l'IA et Risques Cyber",
        'AI Security Analyst',
        'Data Protection Officer',
        'Technology Risk Manager',
      ]) {
        expect(officer(title)).toMatchObject({ status: 'unknown', maxPoints: 0 });
      }
    });

    it('lowers the ML engineer score of someone who works in security now, and only then', () => {
      const score = (title: string) => matchRoles(ml(title), { roles: ['ml-engineer'] })[0]?.score ?? 0;
      expect(score('AI Security Engineer')).toBeLessThan(score('Senior Machine Learning Engineer'));
      expect(score('Senior Machine Learning Engineer')).toBe(score('Software Engineer'));
    });
  });
});

describe('a sales title with an engineer word is no security engineer title (r101)', () => {
  const titleStatus = (title: string) => {
    const p = parseResume(`EXPERIENCE\n01/2021 – present  ${title}, Halcyon Networks\n- Ran demos for banks.\n`, { asOf: '2026-11-01' });
    const fit = matchRoles(p).find((f) => f.roleId === 'security-engineer');
    return fit?.requirements.find((q) => q.id === 'security-engineer-title')?.status;
  };
  it.each([
    'Ingénieur d’affaires senior – Cybersécurité',
    'Ingeniera comercial de ciberseguridad',
    'Ingeniero de ventas, Seguridad',
    'Sales Engineer, Network Security',
    'Pre-Sales Engineer – Cloud Security',
    'Security Sales Engineer (Vertrieb)',
  ])('%s', (title) => {
    expect(titleStatus(title)).not.toBe('met');
  });
  it('keeps a security engineer title', () => {
    expect(titleStatus('Senior Security Engineer')).toBe('met');
    expect(titleStatus('Ingénieure sécurité')).toBe('met');
  });
});

describe('the weights the seeds give security analysis and security assessment (convention 117)', () => {
  const analyst = parseResume(
    [
      'Experience',
      'Senior Technology Risk Analyst, Harbourline Bank — Mar 2016 – Present',
      '- Ran security risk assessments of suppliers and hosted services and presented the results to the risk board.',
      '- Checked suppliers of machine learning tools against the EU AI Act and the bank’s AI governance policy.',
    ].join('\n'),
    { asOf: '2026-11-01' },
  );
  const req = (roleId: string, id: string) => matchRoles(analyst, { roles: [roleId] })[0]?.requirements.find((r) => r.id === id);

  it('weighs the AI Security Analyst’s security analysis experience as each of its AI knowledge skills', () => {
    expect(analyst.experience.securityYears).toBe(10.75);
    expect(req('ai-security-analyst', 'securityYears')).toMatchObject({ weight: 5, status: 'met' });
    expect(req('ai-security-analyst', 'llm-security')).toMatchObject({ weight: 5 });
  });

  it('weighs the AI Security Engineer’s security assessments above its broad skills', () => {
    expect(req('ai-security-engineer', 'security-assessment')).toMatchObject({ weight: 3, status: 'met' });
    expect(req('ai-security-engineer', 'network-security')).toMatchObject({ weight: 2 });
  });

  it('ranks the analyst of security risk who reviews AI suppliers first as an AI Security Analyst', () => {
    expect(matchRoles(analyst)[0]?.roleId).toBe('ai-security-analyst');
  });
});
