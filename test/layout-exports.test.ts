import { describe, expect, it } from 'vitest';
import { Stemmer, tokenize } from '../src/text/tokens';
import { parseResume } from './_languages';

// Exports that break lines anywhere (ATS fields), sidebars of interests and levels, and words that name what others
// did or what an artefact passed: flaw classes, a cloud product's standards, scans an image passes, a course taken.

const asOf = '2026-11-01';
const stemmer = new Stemmer();
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);
const degrees = (text: string) => parseResume(text, { asOf }).education.map((e) => `${e.level}/${e.field}`);
const job = (title: string, line: string) => `EXPERIENCE\n${title}, Northwind Ltd  2020 – 2024\n- ${line}\n`;

describe('an authorization flaw class is no identity and access management', () => {
  it.each([
    'Audited the Go services for SSRF, authz and session-fixation bugs before each release.',
    'Hunted authn bypasses and deserialisation flaws in the partner API.',
  ])('%s', (line) => {
    expect(ids(job('Application Security Engineer', line))).not.toContain('identity-access-management');
  });
  it('authz built into a service stays IAM', () => {
    expect(ids(job('Backend Engineer', 'Built the authz layer (RBAC) for the billing service.'))).toContain('identity-access-management');
  });
});

describe('a course the person is taking now', () => {
  it.each([
    'Summary\nNow taking an online Kubernetes course on weekends.\n',
    'Additional Information\nCurrently following a self-paced Terraform course (Pluralsight).\n',
  ])('%s', (text) => {
    expect(ids(text)).not.toContain(text.includes('Kubernetes') ? 'kubernetes' : 'terraform');
  });
  it('a tool used at work after such a sentence ends is the person’s', () => {
    expect(ids('Summary\nTaking an online Rust course. Wrote Terraform modules for the platform team.\n')).toContain('terraform');
  });
});

describe('scans or benchmarks an artefact passes', () => {
  it.each([
    [job('Platform Engineer', 'Ship every base image so it passes STIG scans in the pipeline.')],
    ['EXPERIENCIA\nIngeniero de plataforma, Northwind  2020 – 2024\n- Preparo las imágenes para que superan los controles STIG.\n'],
  ])('no security compliance: %s', (text) => {
    expect(ids(text)).not.toContain('security-compliance');
  });
  it('applying the STIGs stays compliance work', () => {
    expect(ids(job('Systems Engineer', 'Applied DISA STIG baselines to 200 RHEL servers and tracked the deviations.'))).toContain('security-compliance');
  });
});

describe("a cloud security product's standards", () => {
  it('written AWS Security Hub standards are no policy development', () => {
    expect(ids(job('Cloud Security Engineer', 'Wrote Config rules and enabled Security Hub standards for 40 accounts.'))).not.toContain('policy-development');
  });
  it('a written security standard stays policy development', () => {
    expect(ids(job('Security Architect', 'Wrote the group cryptography standard and its exception process.'))).toContain('policy-development');
  });
});

describe('an LLM assistant built on retrieval', () => {
  it('a RAG-based assistant the person built is an LLM application', () => {
    expect(ids(job('Security Engineering Lead', 'Built a RAG-based onboarding assistant for the security team.'))).toContain('llm-applications');
  });
});

describe('an acronym wrapped onto a short line in prose', () => {
  it('the sentence goes on when a lowercase word follows the acronym', () => {
    const tokens = tokenize('Mapped every use case to the NIST AI\nRMF functions for the board.', stemmer);
    const ai = tokens.find((t) => t.raw === 'AI');
    const rmf = tokens.find((t) => t.raw === 'RMF');
    expect(rmf?.clause).toBe(ai?.clause);
  });
  it('a line of acronyms in a list stays apart', () => {
    const tokens = tokenize('Cloud: AWS, GCP\nSQL Server', stemmer);
    expect(tokens.find((t) => t.raw === 'SQL')?.clause).not.toBe(tokens.find((t) => t.raw === 'GCP')?.clause);
  });
  it('the French translation of such a line names no DoD RMF', () => {
    const text =
      "EXPÉRIENCE\nAnalyste risques IA, Northwind  2021 – 2024\nDescription : Relier chaque cas d'usage au cadre NIST AI\nRMF pour le conseil d'administration.\n";
    expect(ids(text)).not.toContain('security-compliance');
  });
});

describe('a level of interest only', () => {
  it.each([
    ['COMPÉTENCES\n| Outil | Années | Niveau |\n| Terraform | - | Intéressée |\n| Python | 6 | Avancé |\n', 'terraform'],
    ['COMPETENCIAS\n| Herramienta | Años | Nivel |\n| Terraform | - | Interesado |\n| Python | 6 | Avanzado |\n', 'terraform'],
    [
      'BERUFSERFAHRUNG\nEntwicklerin, Nordwind GmbH  2020 – 2024\n- Entwicklung von Python-Diensten für die Buchhaltung.\nKENNTNISSE\n| Werkzeug | Jahre | Niveau |\n| Terraform | - | Interessiert |\n| Python | 6 | Fortgeschritten |\n',
      'terraform',
    ],
  ])('%s', (text, id) => {
    expect(ids(text)).not.toContain(id);
    expect(ids(text)).toContain('python');
  });
  it('a Spanish "Me interesan:" row names wishes', () => {
    expect(ids('COMPETENCIAS\nLenguajes: Python, SQL\nMe interesan: Rust, Terraform\n')).not.toContain('terraform');
  });
});

describe('Spanish words an English original reads', () => {
  it('working with the data engineers', () => {
    expect(ids('EXPERIENCIA\nIngeniera de ML, Northwind  2020 – 2024\n- Colaboro con los ingenieros de datos en el modelo de tablas.\n')).toContain(
      'data-engineering',
    );
  });
  it('briefing the commanders', () => {
    expect(ids('EXPERIENCIA\nAnalista, Ejército  2012 – 2018\n- Informé a los mandos de compañía antes de cada patrulla.\n')).toContain(
      'stakeholder-communication',
    );
  });
});

describe('course or degree', () => {
  it('a Spanish postgraduate course is no degree', () => {
    expect(degrees('FORMACIÓN\n2021  Curso de posgrado en ciberseguridad (200 horas)  Escuela Norte\n')).toEqual([]);
  });
  it('an Infocomm Security track is cybersecurity', () => {
    expect(degrees('EDUCATION\nMaster of Computing, Infocomm Security · (2019 - 2021)\n')).toEqual(['master/cybersecurity']);
  });
});
