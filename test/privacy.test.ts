import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gapReport, matchRoles, parseResume, redactProfile, redactText } from '../src';
import { ReportOptionsSchema, ResumeProfileSchema } from '../src/schemas';
import { assertProfile, hostileText } from './_hostile';
import { checkRedaction } from './_redaction';
import { readSource, sourceFiles } from './_sources';

const AS_OF = '2026-11-01';

const PII = {
  name: 'Jane Q. Doe',
  email: 'jane.doe+cv@mail.example.co.uk',
  phone: '+44 20 7946 0958',
  phone2: '(555) 010-0199',
  street: '221B Baker Street',
  postal: 'NW1 6XE',
  linkedin: 'linkedin.com/in/jane-doe-42',
  github: 'https://github.com/janedoe',
  site: 'janedoe.dev',
  fieldName: 'Maria Fernanda Souza',
  honorificName: 'Kowalczyk',
};

const FIXTURE = `${PII.name}
${PII.street}, London ${PII.postal} • ${PII.email} • ${PII.phone}
${PII.linkedin} | ${PII.github} | ${PII.site}

SUMMARY
Dr. ${PII.honorificName} is an AI security engineer. Reach her at ${PII.phone2}.

EXPERIENCE
AI Security Engineer — Acme Corp                     Jan 2020 – Present
- Threat-modeled LLM features (STRIDE); red-teamed prompt injection; wrote Python and Terraform on Kubernetes.
- 6+ years of Python.

Security Analyst — Beta Bank                         Mar 2016 – Dec 2019
- Ran the SIEM (Splunk), incident response and vulnerability management.

EDUCATION
M.S. Computer Science — State University, 2015

CERTIFICATIONS
CISSP, 2019

SKILLS
Python, PyTorch, Kubernetes, Terraform, threat modeling

REFERENCES
Name: ${PII.fieldName}
`;

describe('redactText', () => {
  const out = redactText(FIXTURE);

  it.each(Object.entries(PII))('removes the %s', (_, value) => {
    expect(out).not.toContain(value);
  });

  it('writes placeholders and keeps the rest of the résumé', () => {
    for (const ph of ['[NAME]', '[EMAIL]', '[PHONE]', '[ADDRESS]', '[URL]']) expect(out).toContain(ph);
    expect(out).toContain('Jan 2020 – Present');
    expect(out).toContain('6+ years of Python');
    expect(out).toContain('M.S. Computer Science — State University, 2015');
  });

  it('leaves date ranges, years and skills alone', () => {
    const text = 'EXPERIENCE\nEngineer  2019-2021\nEngineer  2019 - 2021\nEngineer  01/2019 - 06/2021\nC++ 11, Security+ 2020, ASP.NET, Node.js';
    expect(redactText(text)).toBe(text);
  });

  it('is idempotent', () => {
    expect(redactText(out)).toBe(out);
  });
});

describe('redactProfile: same skills, years, scores and plans; consistent spans', () => {
  const check = (text: string) => checkRedaction(text, AS_OF);

  it('on the fixture: no personal data left anywhere in the profile', () => {
    const r = check(FIXTURE);
    const json = JSON.stringify(r);
    for (const value of Object.values(PII)) expect(json).not.toContain(value);
  });

  // On the dev résumés (../shared/eval/dev): `npm run eval` (test/eval/privacy.eval.ts).

  it('on hostile résumé-shaped text (property)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const p = parseResume(text, { asOf: AS_OF });
        const r = redactProfile(p);
        assertProfile(r);
        expect(r.skills.map((s) => [s.id, s.years, s.strength])).toEqual(p.skills.map((s) => [s.id, s.years, s.strength]));
        expect(matchRoles(r).map((f) => f.score)).toEqual(matchRoles(p).map((f) => f.score));
      }),
      { seed: 4, numRuns: 200 },
    );
  });

  it('returns the profile unchanged when there is nothing to redact', () => {
    const p = parseResume('SKILLS\nPython', { asOf: AS_OF });
    expect(redactProfile(p)).toBe(p);
    expect(ResumeProfileSchema.parse(redactProfile(p))).toEqual(p);
  });

  it('every report format of a redacted profile (html too, when it exists) holds none of the personal data', () => {
    const r = redactProfile(parseResume(FIXTURE, { asOf: AS_OF }));
    for (const format of ReportOptionsSchema.shape.format.def.innerType.options) {
      let out: string;
      try {
        out = gapReport(r, { format });
      } catch {
        continue; // a format listed in the schema but not rendered yet
      }
      for (const value of Object.values(PII)) expect(out, `${format} report`).not.toContain(value);
    }
  });
});

// ─── The core sends nothing and reads no files ─────────────────────────────

/** Core files: everything but the CLI and the Node-only file readers. */
const CORE = sourceFiles('src').filter((f) => !f.startsWith('src/cli/') && !f.startsWith('src/node/'));
const FORBIDDEN_MODULES = /^(?:node:.*|fs|fs\/promises|path|os|http|https|http2|net|tls|dgram|dns|child_process|worker_threads|cluster|vm|process)$/u;
const FORBIDDEN_CALLS: ReadonlyArray<[string, RegExp]> = [
  ['fetch(', /\bfetch\s{0,3}\(/u],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/u],
  ['WebSocket', /\bWebSocket\b/u],
  ['process.', /\bprocess\./u],
  ['console.', /\bconsole\./u],
  ['require(', /\brequire\s{0,3}\(/u],
  ['import(', /\bimport\s{0,3}\(/u],
];

/** Module specifiers of `import … from`, `export … from` and bare `import '…'`. */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const re = /(?:^|\n)\s{0,8}(?:import|export)\b[^'"\n;]{0,400}?\bfrom\s{0,3}['"]([^'"\n]{1,200})['"]|(?:^|\n)\s{0,8}import\s{0,3}['"]([^'"\n]{1,200})['"]/gu;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) out.push((m[1] ?? m[2]) as string);
  return out;
}

/** Source without comments, so a JSDoc that mentions `console.log` does not count. */
function code(source: string): string {
  return source.replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//gu, '').replace(/(^|[^:\\])\/\/[^\n]*/gu, '$1');
}

describe('the core imports no network or file modules', () => {
  it('scans a real core (not vacuous)', () => {
    expect(CORE).toEqual(expect.arrayContaining(['src/index.ts', 'src/resume/index.ts', 'src/privacy/redact.ts']));
  });

  it.each(CORE)('%s', (file) => {
    const source = readSource(file);
    const bad = specifiers(source).filter((s) => FORBIDDEN_MODULES.test(s));
    const body = code(source);
    const calls = FORBIDDEN_CALLS.filter(([, re]) => re.test(body)).map(([name]) => name);
    expect({ imports: bad, calls }).toEqual({ imports: [], calls: [] });
  });
});

describe('the pipeline runs with the network switched off', () => {
  const saved = {
    fetch: globalThis.fetch,
    XMLHttpRequest: (globalThis as Record<string, unknown>).XMLHttpRequest,
    WebSocket: (globalThis as Record<string, unknown>).WebSocket,
  };
  afterEach(() => {
    globalThis.fetch = saved.fetch;
    (globalThis as Record<string, unknown>).XMLHttpRequest = saved.XMLHttpRequest;
    (globalThis as Record<string, unknown>).WebSocket = saved.WebSocket;
  });

  it('imports the core fresh and parses, matches, plans, reports and redacts without touching fetch', async () => {
    const calls: string[] = [];
    const trap = (name: string) =>
      function blocked() {
        calls.push(name);
        throw new Error(`${name} is switched off in this test`);
      };
    globalThis.fetch = trap('fetch') as unknown as typeof fetch;
    (globalThis as Record<string, unknown>).XMLHttpRequest = trap('XMLHttpRequest');
    (globalThis as Record<string, unknown>).WebSocket = trap('WebSocket');
    vi.resetModules();
    const core = await import('../src');
    const p = core.parseResume(FIXTURE, { asOf: AS_OF });
    const fits = core.matchRoles(p);
    core.planUpskilling(p, fits[0]?.roleId as string);
    for (const format of ['markdown', 'text', 'json'] as const) core.gapReport(core.redactProfile(p), { format });
    expect(fits).toHaveLength(12);
    expect(calls).toEqual([]);
  });
});
