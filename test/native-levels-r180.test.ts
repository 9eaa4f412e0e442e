import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Native German, French and Spanish CVs (thirty-ninth session, fifth round): a basic level's row of a graded skills list,
// the Europass heading of digital skills in French, "no skills in", and a degree restated or continued under its line.

const asOf = '2026-11-01';
const profile = (text: string) => parseResume(text, { asOf });
const ids = (text: string) => profile(text).skills.map((s) => s.id);
const degrees = (text: string) => profile(text).education.map((e) => `${e.level}/${e.field}`);

describe('a basic level row of a graded list names skills held (convention 385)', () => {
  it.each([
    ['KENNTNISSE\nExperte                 Python, SQL\nFortgeschritten         MLflow, Azure\nGrundkenntnisse         Docker, Kubernetes\n', ['docker', 'kubernetes']],
    ['COMPÉTENCES\nMaîtrise de : Splunk (SPL), Wazuh\nBonne connaissance : Linux, Wireshark\nNotions de : Docker, Kubernetes\n', ['docker', 'kubernetes']],
    ['CONOCIMIENTOS\nNivel avanzado:    AWS, Python\nNivel intermedio:  Bash, SQL\nNociones de:       Docker, Kubernetes\n', ['docker', 'kubernetes']],
  ])('%s', (text, held) => {
    expect(ids(text)).toEqual(expect.arrayContaining(held));
  });
  it.each([
    'KENNTNISSE\nProgrammierung: Python, C++\nGrundkenntnisse: Docker, Kubernetes\nSprachen: Deutsch, Englisch\n',
    'SKILLS\nLanguages: Python, SQL\nFamiliar with: Docker, Kubernetes\n',
    'COMPÉTENCES\nLangages : Python\nNotions de Docker, Kubernetes\n',
  ])('alone, the label is "Familiar with:" (convention 267): %s', (text) => {
    const got = ids(text);
    expect(got).not.toContain('docker');
    expect(got).not.toContain('kubernetes');
  });
});

describe('Europass digital skills in French', () => {
  it('"Compétences numériques" heads the skills', () => {
    expect(ids('COMPÉTENCES NUMÉRIQUES\n\nMaîtrise de Burp Suite | Python | Notions de Go (outillage interne)\n')).toEqual(
      expect.arrayContaining(['go', 'python', 'penetration-testing']),
    );
  });
});

describe('"no skills in" negates what follows', () => {
  it.each([
    "COMPÉTENCES\nPython | Pas de compétences en développement d'applications ni en mise en production de modèles\n",
    'SKILLS\nPython; no skills in application development or in model deployment\n',
  ])('%s', (text) => {
    expect(ids(text)).toEqual(['python']);
  });
});

describe('a degree restated or continued under its line is one degree (convention 386)', () => {
  it('a description line that names the same degree', () => {
    expect(
      degrees(
        'AUSBILDUNG\n\nIT-Recht und Rechtsinformatik, LL.M.\nUniversität des Saarlandes\n10/2015 – 09/2017\nBerufsbegleitender Masterstudiengang (Master of Laws)\n\nInformatik, Diplom-Informatikerin (FH)\nhtw saar\n10/2004 – 07/2008\n',
      ),
    ).toEqual(['master/law', 'bachelor/computer-science']);
  });
  it("a degree's name left open by a comma", () => {
    expect(
      degrees(
        'FORMACIÓN\nGrado en Ingeniería Informática — UNED   2014 – 2020\nTécnico Superior en Desarrollo de Aplicaciones Multiplataforma (DAM),\nciclo formativo de grado superior — IES Clara del Rey, Madrid   2011 – 2013\n',
      ),
    ).toEqual(['bachelor/computer-science', 'associate/software-engineering']);
  });
  it('an award line under another dated entry stays that entry\'s degree', () => {
    expect(
      degrees(
        'Ausbildung\n09/2012 – 08/2013  LL.M. in Information Technology Law, University of Edinburgh\n10/2007 – 07/2012  Studium der Rechtswissenschaft, Goethe-Universität Frankfurt am Main\n                   Abschluss: Erste Juristische Prüfung (Staatsexamen), vollbefriedigend\n',
      ),
    ).toEqual(['master/law', 'master/law']);
  });
  it('two degrees of one level and field, each with its year, stay two', () => {
    expect(degrees('EDUCATION\nMSc Computer Science, ETH Zürich, 2015\nMSc Computer Science, EPFL, 2017\n')).toHaveLength(2);
  });
});
