import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Dates, entries and layouts of the r154 set (an academic CV, a naukri-style résumé, a LinkedIn export, a Europass
// record): a programme left for a doctorate, a post-bachelor diploma, a skill with no project use, vendors' tools, an
// advisor named "Director", a report to a senior audience, a wrapped duty above a title, work projects.

const asOf = '2026-11-01';
const parse = (text: string) => parseResume(text, { asOf });
const ids = (text: string) => parse(text).skills.map((s) => s.id);
const degrees = (text: string) => parse(text).education.map((e) => `${e.level}/${e.field}`);

describe('a programme the person left for a doctorate awards no degree (convention 202)', () => {
  it('English: "no M.Sc. degree awarded" on the wrapped note', () => {
    const text =
      'EDUCATION\n2023    Ph.D., Computer Science, University of Toronto\n2018–2019  M.Sc. program, Computer Science, University of Toronto — fast-tracked into the Ph.D. in\n        2019; no M.Sc. degree awarded.\n2014    B.Sc. (Hons) Computer Science, University of Lagos\n';
    expect(degrees(text)).toEqual(['doctorate/computer-science', 'bachelor/computer-science']);
  });
  it('Spanish: the note names the doctorate it led to, and no master was awarded', () => {
    const text =
      'FORMACIÓN ACADÉMICA\n2023       Doctorado (Ph.D.) en Ciencias de la Computación, Universidad de Toronto\n2018–2019  Programa de máster (M.Sc.) en Ciencias de la Computación, Universidad de Toronto — paso\n           directo al doctorado en 2019; no se otorgó el título de máster.\n2014       B.Sc. (Hons) en Ciencias de la Computación (grado), Universidad de Lagos\n';
    expect(degrees(text)).toEqual(['doctorate/computer-science', 'bachelor/computer-science']);
  });
  it('a master with a note of its own grade stays', () => {
    const text = 'EDUCATION\n2019  M.Sc. Computer Science, University of Toronto\n      Graduated with distinction.\n';
    expect(degrees(text)).toEqual(['master/computer-science']);
  });
});

describe('a diploma "post-licence" names the level before it, no licence (convention 202)', () => {
  it('French: "PG Diploma (diplôme post-licence)" is no bachelor', () => {
    const text =
      'FORMATION\nPG Diploma (diplôme post-licence) en infrastructure IT, systèmes et sécurité, C-DAC, 2019\nLicence en informatique, Université de Lyon, 2017\n';
    expect(degrees(text)).toEqual(['bachelor/computer-science']);
  });
});

describe('a skill with no project use is no evidence (convention 203)', () => {
  it.each([
    ['en', 'TECHNICAL SKILLS\nCloud                 : AWS – basic (self-learning, no project experience)\nProgramming           : Python\n'],
    ['fr', 'COMPÉTENCES TECHNIQUES\nCloud                 : AWS – notions (autoformation, aucune expérience projet)\nProgrammation         : Python\n'],
  ])('%s', (_, text) => {
    expect(ids(text)).toEqual(['python']);
  });
});

describe("a system supplied by vendors is the vendors' work (convention 97)", () => {
  it('French: "outils … par apprentissage automatique fournis par des prestataires" is no ML work', () => {
    const text =
      "EXPÉRIENCE PROFESSIONNELLE\n01/09/2019 – 31/12/2022   Luxembourg\nANALYSTE PROTECTION DES DONNÉES   LUMEN HEALTH S.À R.L.\n  ▪ Réalisation d'AIPD (DPIA) pour plus de 40 traitements, dont deux outils de tri par\n    apprentissage automatique fournis par des prestataires.\n";
    const p = parse(text);
    expect(p.skills.map((s) => s.id)).toEqual(['privacy']);
    expect(p.experience.mlYears).toBe(0);
  });
  it("the person's own model stays ML work", () => {
    const text =
      "EXPÉRIENCE PROFESSIONNELLE\n01/09/2019 – 31/12/2022   Luxembourg\nDATA SCIENTIST   LUMEN HEALTH S.À R.L.\n  ▪ Développement de modèles d'apprentissage automatique en Python.\n";
    expect(ids(text)).toContain('machine-learning');
  });
});

describe('an academic CV in Spanish (convention 204)', () => {
  it('"Director: Prof. M. Desrosiers" names the advisor, no leadership', () => {
    const text =
      'PUESTOS ACADÉMICOS\nsept. 2018 – ago. 2023   Asistente de investigación de posgrado (puesto remunerado), Departamento de\n                         Ciencias de la Computación, Universidad de Toronto. Director: Prof. M. Desrosiers\n                         • Diseñé ataques de puerta trasera contra modelos de aprendizaje federado.\n';
    const got = ids(text);
    expect(got).not.toContain('team-leadership');
    expect(got).toContain('adversarial-ml');
  });
  it('"red teaming (Python, PyTorch …)" of models is no penetration testing', () => {
    const text =
      'PUESTOS ACADÉMICOS\nsept. 2023 – actualidad  Investigadora posdoctoral, CyLab\n                         • Construí un pipeline automatizado de red teaming (Python, PyTorch, Hugging Face).\n';
    expect(ids(text)).not.toContain('penetration-testing');
  });
  it('"puertas traseras" in vision transformers is adversarial ML', () => {
    const text =
      'PUESTOS ACADÉMICOS\nsept. 2023 – actualidad  Investigadora posdoctoral, CyLab\n                         • Desarrollé detección de puertas traseras por firmas espectrales para vision transformers.\n';
    expect(ids(text)).toContain('adversarial-ml');
  });
});

describe('a periodic report to a senior audience is stakeholder communication (convention 205)', () => {
  it.each([
    [
      'en',
      'EXPERIENCE\nAI Security Engineer, Lattice Payments   03.2023 – present\n• Report AI security risks monthly to the Head of Product Security and the CTO.\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\nAI Security Engineer, Lattice Payments   03.2023 – heute\n• Monatliches Reporting der AI-Sicherheitsrisiken an den Head of Product Security.\n',
    ],
  ])('%s', (_, text) => {
    expect(ids(text)).toContain('stakeholder-communication');
  });
  it('a reporting line stays none', () => {
    expect(ids('EXPERIENCE\nAI Security Engineer, Lattice Payments   03.2023 – present\n• Reporting to the Head of Product Security.\n')).not.toContain(
      'stakeholder-communication',
    );
  });
});

describe('the wrapped end of a duty above a LinkedIn title is no employer (convention 206)', () => {
  const text =
    'Berufserfahrung\nStraits Meridian Bank\nLead, MLSecOps\nMärz 2023 - Heute (3 Jahre 9 Monate)\nSingapur\n- Terraform für isolierte Trainings-VPCs.\n- Vierteljährliche Vorstellung der Risikolage der ML-Plattform im\nTechnology Risk Committee.\nSenior Machine Learning Engineer\nJuli 2020 - Februar 2023 (2 Jahre 8 Monate)\nSingapur\n- Betrugserkennungsmodelle in Python entwickelt.\n';
  it("the line is the duty's, and its committee gives stakeholder communication", () => {
    const p = parse(text);
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ['Lead, MLSecOps', 'Straits Meridian Bank'],
      ['Senior Machine Learning Engineer', undefined],
    ]);
    expect(p.skills.map((s) => s.id)).toContain('stakeholder-communication');
  });
});

describe('"PROJECT DETAILS" lists work projects (convention 207)', () => {
  it('a dated project with its role is a work entry whose skills have years', () => {
    const text =
      "WORK EXPERIENCE\nAssociate Software Engineer, Vyomtech Solutions   07/2019 – 09/2020\n\nPROJECT DETAILS\n\nProject #5 : Claims Processing Portal – maintenance     Duration : Jul'19 – Sep'20\nRole       : Associate Software Engineer\nResponsibilities:\n  Bug fixes and enhancements in Java (Spring MVC) and Oracle SQL.\n";
    const java = parse(text).skills.find((s) => s.id === 'java');
    expect(java?.years).toBe(1.25);
  });
});

describe("a regulator's sector AI framework is AI regulation", () => {
  it.each([
    ['en', 'EXPERIENCE\nSecurity Analyst, Kaveri Fintech   04/2022 – present\n• Mapped GenAI use cases to the RBI FREE-AI framework (Aug 2025).\n'],
    [
      'fr',
      "EXPÉRIENCE PROFESSIONNELLE\nAnalyste sécurité, Kaveri Fintech   04/2022 – aujourd'hui\n• Mise en correspondance des cas d'usage avec le cadre FREE-AI de la RBI.\n",
    ],
  ])('%s', (_, text) => {
    expect(ids(text)).toContain('ai-regulation');
  });
  it('"free AI tools" is none', () => {
    expect(ids('EXPERIENCE\nSecurity Analyst, Kaveri Fintech   04/2022 – present\n• Compared free AI tools for note taking.\n')).not.toContain('ai-regulation');
  });
});
