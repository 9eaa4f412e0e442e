import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const parse = (text: string) => parseResume(text, { asOf: '2026-11-01' });
const degrees = (text: string) => parse(text).education.map((e) => `${e.level}/${e.field}${e.year === undefined ? '' : `/${e.year}`}`);
const ids = (text: string) => parse(text).skills.map((s) => s.id);
const years = (text: string, id: string) => parse(text).skills.find((s) => s.id === id)?.years;

describe('a dated degree and the items listed under it', () => {
  it('reads a dated line under a dated degree as an item of its own, not the degree still running', () => {
    expect(
      degrees(
        [
          'Marie Tremblay',
          '',
          'FORMATION',
          "Maîtrise en droit (LL. M.), droit des technologies de l'information — Université de Montréal, 2018",
          'Baccalauréat en droit (LL. B.) — Université Laval, 2015',
          'École du Barreau du Québec — admission au Barreau, 2016',
          'Microprogramme de 2e cycle en intelligence artificielle appliquée — HEC Montréal (en cours,',
          "fin prévue à l'automne 2027)",
          '',
        ].join('\n'),
      ),
    ).toEqual(['master/law/2018', 'bachelor/law/2015']);
  });

  it('still reads a status with a year under a dated degree as the degree not finished', () => {
    expect(degrees('Ana Pérez\n\nEDUCATION\nMSc Cyber Security — University of Kent, 2025\nExpected graduation: 2027\n')).toEqual([]);
  });

  it('reads a programme over the degree it awarded as one degree, with the school of the one and the year of the other', () => {
    expect(
      degrees(
        [
          'Ana Quispe',
          '',
          'FORMACIÓN',
          'Ingeniería de Software – Universidad Peruana de Ciencias Aplicadas (UPC), Lima',
          'Bachiller en Ingeniería de Software (2018) · Título profesional de Ingeniero de Software (2019)',
          '',
        ].join('\n'),
      ),
    ).toEqual(['bachelor/software-engineering/2018']);
    expect(
      parse(
        'Ana Quispe\n\nFORMACIÓN\nIngeniería de Software – Universidad Peruana de Ciencias Aplicadas (UPC), Lima\nBachiller en Ingeniería de Software (2018)\n',
      ).education[0]?.institution,
    ).toBe('Universidad Peruana de Ciencias Aplicadas');
  });
});

describe('a list item that opens with the date it began, in a job that ended', () => {
  const job = (item: string) =>
    [
      'Jana Petrowski',
      '',
      'BERUFSERFAHRUNG',
      '',
      '10/2015 – 06/2020   Sozialarbeiterin',
      '                    Jugendhilfe Köln-Mülheim e. V., Köln',
      '                    - Einzelfallhilfe und Elternarbeit in den ambulanten Erziehungshilfen',
      `                    - ${item}`,
      '',
    ].join('\n');

  it('dates the item from its date to the job end ("ab 01/2018", "seit 2018")', () => {
    expect(years(job('ab 01/2018 Teamleitung der ambulanten Hilfen (4 Mitarbeitende): Dienstplanung'), 'team-leadership')).toBe(2.5);
    expect(years(job('seit 2018 Teamleitung der ambulanten Hilfen (4 Mitarbeitende)'), 'team-leadership')).toBe(2.5);
  });

  it('leaves an item without a date the job months', () => {
    expect(years(job('Teamleitung der ambulanten Hilfen (4 Mitarbeitende)'), 'team-leadership')).toBe(4.75);
  });
});

describe('wishes in the languages own word order', () => {
  it('reads the German inverted wish ("Mittelfristig möchte ich mich in Richtung … entwickeln") as no skill', () => {
    expect(
      ids(
        'Jana Petrowski\n\nKURZPROFIL\nSOC-Analystin. Mittelfristig möchte ich mich in Richtung KI-Sicherheit entwickeln (z. B. LLM Red Teaming) –\ndafür lese ich mich gerade in das Thema ein.\n',
      ),
    ).not.toContain('llm-security');
  });

  it('reads an aim after a label ("objectif : évoluer vers", "objetivo: orientarme hacia") as no skill', () => {
    expect(
      ids(
        "M. Diop\n\nFORMATION CONTINUE\n- « Sécurité de l'IA » (OpenClassrooms) – en cours ; objectif : évoluer vers la sécurité des\n  modèles eux-mêmes (attaques adverses, empoisonnement).\n",
      ),
    ).not.toContain('adversarial-ml');
    expect(
      ids('Ana Ruiz\n\nFORMACIÓN COMPLEMENTARIA\n- Curso de seguridad de IA; objetivo: orientarme hacia la seguridad de modelos (ataques adversarios).\n'),
    ).not.toContain('adversarial-ml');
  });
});

describe('documents authored in the languages own words', () => {
  it('reads the French authoring of a guide as policy development, and a guide followed as none', () => {
    const job = (duty: string) =>
      `Julien Marchetti\n\nEXPÉRIENCE PROFESSIONNELLE\n\nDepuis janvier 2023        Responsable d'équipe sécurité de l'IA\n                           Aurelis Défense, Rennes\n  ${duty}\n`;
    expect(ids(job("Rédaction du guide méthodologique interne d'évaluation de la sécurité des systèmes d'IA."))).toContain('policy-development');
    expect(ids(job("Rédaction du guide d'installation des postes de travail."))).not.toContain('policy-development');
  });

  it('reads a German policy for the secure use of AI, with either preposition, as AI governance (a policy titled after it: convention 356)', () => {
    const job = (duty: string) =>
      `Lena Weber\n\nBERUFSERFAHRUNG\n\n07/2021 – heute      Leiterin KI-Sicherheit\n                     Isarwerk Versicherung AG, München\n                     • ${duty}\n`;
    expect(ids(job('Verfasserin der konzernweiten „Richtlinie für den sicheren Einsatz von KI“'))).toContain('ai-governance');
    expect(ids(job('Verfasserin der Richtlinie zum sicheren Einsatz von KI'))).toContain('ai-governance');
    expect(ids(job('Co-Autor der konzernweiten Richtlinie „Sicherer Einsatz von KI-Systemen“'))).not.toContain('ai-governance');
  });

  it("reads a supervisor's notice on AI as AI regulation, its subject in brackets after its number", () => {
    expect(
      ids(
        'Sara Keller\n\nBERUFSERFAHRUNG\n\n[ 01/02/2024 – Aktuell ] AI Security Analyst\nHelvetia Leben, Zürich\n    ◦ Umsetzung der FINMA-Aufsichtsmitteilung 08/2024 (Governance und Risikomanagement beim\n      Einsatz von KI)\n',
      ),
    ).toContain('ai-regulation');
  });

  it('reads the Spanish triage of incidents listed with other handling of them as incident response', () => {
    expect(
      ids(
        'Luis Gómez\n\nEXPERIENCIA\n\nAnalista SOC N1/N2\nVigilia Seguridad Gestionada S.A.\njun. 2016 – dic. 2018\n- Monitorización 24x7 de alertas en IBM QRadar y Splunk para 25 clientes; triaje,\n  escalado y seguimiento de incidentes según los playbooks de cada cliente.\n',
      ),
    ).toContain('incident-response');
  });
});

describe('a company line with a place abbreviated by its first letters and a dot', () => {
  it('reads "Grupo Comercial del Bajío - León, Gto." under the title as the employer, though it holds a job word', () => {
    const p = parse(
      [
        'Daniela Hernández',
        '',
        'Experiencia laboral',
        '',
        'Analista de Datos / Científica de Datos Jr.',
        'Grupo Comercial del Bajío - León, Gto.',
        'agosto de 2019 a enero de 2022',
        '- Modelos de pronóstico de demanda (Prophet, LightGBM) en Python para 300 tiendas.',
        '',
      ].join('\n'),
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([['Analista de Datos / Científica de Datos Jr.', 'Grupo Comercial del Bajío']]);
    expect(p.skills.find((s) => s.id === 'python')?.years).toBe(2.5);
  });
});
