import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const asOf = '2026-11-01';
const has = (text: string, id: string) => parseResume(text, { asOf }).skills.some((s) => s.id === id);
const job = (title: string, line: string) => `EXPERIENCE\n2020 – 2026  ${title}, Korrin Holdings\n    ${line}\n`;
const empleo = (title: string, line: string) => `EXPERIENCIA\n2020 – 2026  ${title}, Grupo Korrin\n    ${line}\n`;
const stelle = (title: string, line: string) => `BERUFSERFAHRUNG\n2020 – 2026  ${title}, Korrin AG\n    ${line}\n`;

describe('reports to a governing body are stakeholder communication (catalog: trustees, patronato, directorio, reportada, Reporting an)', () => {
  it.each([
    [job('IT Manager', 'Quarterly patch status, report to the trustees of the charity.'), true],
    [empleo('Responsable de TI', 'Informes trimestrales al patronato de la fundación.'), true],
    [empleo('Analista de Riesgos', 'Cartera de crédito para gerencia y directorio; informes mensuales al directorio.'), true],
    [empleo('Ingeniera de Nube', 'Postura de seguridad reportada cada trimestre al Comité de Riesgos.'), true],
    [empleo('Analista SOC', 'Revisión de correos sospechosos reportados por los usuarios.'), false],
    [empleo('Analista de Datos', 'Presentación trimestral de resultados a los responsables comerciales.'), true],
    [stelle('Datenanalystin', 'Monatliches Reporting an die Geschäftsführung und den Vorstand.'), true],
    [stelle('Datenanalystin', 'SQL-Reporting und Dashboards in Power BI.'), false],
    [job('Data Analyst', 'SQL reporting and Tableau dashboards for the logistics team.'), false],
  ])('%s → %s', (text, expected) => {
    expect(has(text, 'stakeholder-communication')).toBe(expected);
  });
});

describe('a bare "Lead" before a headcount of staff leads people (catalog: Lead/lead like Leads)', () => {
  it.each([
    [job('SOC Manager', 'Lead 12 analysts and 2 detection engineers on a 24x7 rota.'), true],
    [job('Group Product Manager', 'Lead three product managers; own the roadmap for payments.'), true],
    [job('ML Engineer', 'I lead 5 engineers building the ranking models.'), true],
    [job('Pentester', 'Lead 30 engagements a year across web and cloud.'), false],
    [job('Teaching Assistant', 'Lead two weekly tutorial sections of about 30 students.'), false],
    [job('Security Engineer', 'Work with 4 engineers from the platform team; lead the SIEM migration.'), false],
  ])('%s → %s', (text, expected) => {
    expect(has(text, 'team-leadership')).toBe(expected);
  });
});

describe('directing a research lab or group of a stated size leads people (catalog: lab; grupo, laboratorio)', () => {
  it.each([
    [job('Associate Professor', 'Direct the Robust Vision Lab (3 postdocs, 5 PhD students).'), true],
    [job('PhD Student', 'Member of the Robust Vision Lab (3 postdocs, 5 PhD students).'), false],
    [empleo('Profesora Titular', 'Dirijo el grupo de visión robusta: 6 investigadores y 2 técnicos.'), true],
  ])('%s → %s', (text, expected) => {
    expect(has(text, 'team-leadership')).toBe(expected);
  });
});

const poste = (title: string, line: string) => `EXPÉRIENCE\n2020 – 2026  ${title}, Korrin SA\n    ${line}\n`;

describe("a principal investigator of a lab or group, or its lead, with the group's headcount leads people (catalog: lab, group; direction d'équipe(s); grupo)", () => {
  it.each([
    [job('Reader', 'Principal investigator of the Secure Learning Lab (11 people: 3 postdocs, 6 PhD students, 2 engineers).'), true],
    [job('Assistant Professor', 'PI of the TrustML group (3 PhD students, 1 postdoc, 1 research engineer).'), true],
    [job('Principal Data Scientist', 'Lead the load- and renewables-forecasting group (4 data scientists); hiring, roadmap.'), true],
    [job('Teaching Assistant', 'Lead two weekly lab sections (~35 students), hold office hours.'), false],
    [job('Teaching Assistant', 'Led a study group of 6 students through the exam revision.'), false],
    [job('Postdoc', "Member of the PI's group (3 PhD students, 1 postdoc)."), false],
    [poste('Senior Manager', "Direction d'équipes de mission de 3 à 6 consultants."), true],
    [poste('Consultante', "Membre d'une équipe sous la direction d'équipe du client."), false],
    [empleo('Catedrática', 'Dirijo el grupo de investigación LingIA (9 miembros).'), true],
    [empleo('Investigadora', 'Colaboro con el grupo de investigación LingIA (9 miembros).'), false],
  ])('%s → %s', (text, expected) => {
    expect(has(text, 'team-leadership')).toBe(expected);
  });
});

describe('a director named as another party leads no one (catalog: Director rejects by, por)', () => {
  it.each([
    [empleo('Especialista sénior', 'Secretaria del Comité de Gobernanza de IA, presidido por el Director de Riesgos (CRO).'), false],
    [job('Senior Specialist', 'Secretary of the AI committee chaired by the Director of Risk.'), false],
  ])('%s → %s', (text, expected) => {
    expect(has(text, 'team-leadership')).toBe(expected);
  });
});

describe("working with an executive is stakeholder communication, with the executive's team not (catalog: ciso/cto/cio near mit; teamNames)", () => {
  it.each([
    [stelle('Staff Security Engineer', 'Gehe mit dem CTO und den Produktverantwortlichen das Launch-Risk-Review durch.'), true],
    [stelle('IR-Leiter', 'Vierteljährliche Tabletop-Übungen mit dem CISO und dem Head of Fraud.'), true],
    [stelle('Security Engineer', 'Bedrohungsanalyse für die ML-Plattform gemeinsam mit dem CISO-Team.'), false],
    [job('Security Engineer', 'Threat modelling of the ML platform together with the CISO team.'), false],
    [job('Security Engineer', 'Walked the CISO and the CTO through the red team findings.'), true],
  ])('%s → %s', (text, expected) => {
    expect(has(text, 'stakeholder-communication')).toBe(expected);
  });
});
