import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// What the thirty-second session's r153 set taught (conventions 196–198 of docs/reading-conventions.md): a list under a
// remark that its skills were never used at work, the headings of academic appointments in French, Spanish and German,
// and the follow-up of penetration-test findings.
const read = (text: string) => parseResume(text, { asOf: '2026-11-01' });
const ids = (text: string) => read(text).skills.map((s) => s.id);

describe('a list under a remark that its skills were only met in coursework is no evidence (convention 196)', () => {
  it.each([
    ['en', 'SKILLS\nPython, PyTorch\nBASIC EXPOSURE\n(coursework only, no\nproject or job use)\nTensorFlow, Azure\nLEARNING\nGo, Rust\n'],
    ['de', 'KENNTNISSE\nPython, PyTorch\nGRUNDKENNTNISSE\n(nur aus dem Studium,\nkein Einsatz in Projekt\noder Job)\nTensorFlow, Azure\n'],
    ['fr', 'COMPÉTENCES\nPython, PyTorch\nNOTIONS\n(uniquement en cours,\naucune utilisation en projet)\nTensorFlow, Azure\n'],
    ['es', 'HABILIDADES\nPython, PyTorch\nNOCIONES\n(solo en la carrera,\nsin uso en proyectos)\nTensorFlow, Azure\n'],
  ])('%s', (_, text) => {
    const got = ids(text);
    expect(got).toContain('python');
    expect(got).toContain('pytorch');
    expect(got).not.toContain('tensorflow');
    expect(got).not.toContain('azure');
  });

  it('a remark that says nothing of use leaves the list under it as evidence', () => {
    const got = ids('SKILLS\nPython\nBASIC EXPOSURE\n(self-rated)\nTensorFlow, Azure\n');
    expect(got).toContain('tensorflow');
    expect(got).toContain('azure');
  });

  it('the list ends at the next label in capitals', () => {
    const got = ids('SKILLS\nBASIC EXPOSURE\n(coursework only)\nTensorFlow\nCLOUD\nAzure (daily)\n');
    expect(got).not.toContain('tensorflow');
    expect(got).toContain('azure');
  });
});

describe('the headings of academic appointments date a postdoc (convention 197)', () => {
  it('French: "POSTES UNIVERSITAIRES" with a Québec date', () => {
    const p = read(
      "POSTES UNIVERSITAIRES\n09/2024 – aujourd'hui Chercheuse postdoctorale, groupe Sécurité de l'IA\n                      Mila, Montréal\n                      • Ajustement fin de LLM ouverts (PyTorch).\n",
    );
    expect(p.experience.entries.map((e) => e.months)).toEqual([27]);
    expect(p.experience.entries[0]?.title).toMatch(/^Chercheuse postdoctorale/);
  });

  it.each([
    ['es', 'PUESTOS UNIVERSITARIOS\n09/2024 – actualidad  Investigadora posdoctoral, Universidad de Granada\n- Entrenamiento de modelos en PyTorch.\n'],
    ['de', 'UNIVERSITÄRE POSITIONEN\n09/2024 – heute  Postdoktorandin, Universität Bonn\n- Training von Modellen mit PyTorch.\n'],
  ])('%s', (_, text) => {
    expect(read(text).experience.entries.map((e) => e.months)).toEqual([27]);
  });
});

describe('French academic supervision and thesis direction (convention 197)', () => {
  it('"Codirection de trois étudiants à la maîtrise" is mentoring', () => {
    const got = ids(
      "EXPÉRIENCE\n09/2024 – aujourd'hui Chercheuse postdoctorale, Mila\n• Codirection de trois étudiants à la maîtrise et de deux stagiaires.\n",
    );
    expect(got).toContain('mentoring');
  });

  it('"Directeur : Pr Tremblay" under a thesis names the advisor, no leadership of the person', () => {
    const got = ids(
      'FORMATION\n2019 – 2024  Ph. D. en informatique, Université de Montréal\nThèse : « Robustness of Neural Networks under\nAttack ». Directeur : Pr Marc-Olivier Tremblay.\n',
    );
    expect(got).not.toContain('team-leadership');
  });
});

describe('following up penetration-test findings is no penetration testing (convention 198)', () => {
  it.each([
    [
      'en',
      'EXPERIENCE\nIT Security Auditor — Banque Lumière   07/2017 – 02/2022\n- Audited the security controls against ISO 27001 and PCI DSS; followed up penetration test findings until closure.\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\n01/07/2017 – 28/02/2022 Auditrice sécurité informatique — Banque Lumière\n  ◦ Audit des contrôles de sécurité au regard de l'ISO 27001 ; suivi des constats des tests\n    d'intrusion jusqu'à leur clôture.\n",
    ],
  ])('%s', (_, text) => {
    expect(ids(text)).not.toContain('penetration-testing');
  });

  it('running the tests stays penetration testing', () => {
    expect(
      ids('EXPERIENCE\nPentester — Redline   2019 – 2022\n- Ran penetration tests of web applications and tracked the findings until closure.\n'),
    ).toContain('penetration-testing');
  });

  it('French fairness reviews are responsible AI', () => {
    const got = ids(
      "EXPÉRIENCE\n2022 – aujourd'hui Responsable de la gouvernance de l'IA — Banque Lumière\n  ◦ Revues d'équité (impact disproportionné selon le genre et l'âge) de deux modèles de scoring.\n",
    );
    expect(got).toContain('responsible-ai');
  });
});
