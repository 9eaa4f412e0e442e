import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// What the thirty-eighth session's r177 set taught (conventions 364–367 of docs/reading-conventions.md): a partner
// team's own work named by a possessive, a skills row labelled as never used at work, an adjective of frequency after
// a head noun, and a few words of French and Spanish.
const asOf = '2026-11-01';
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);
const en = 'EXPERIENCE\nML Engineer — Acme   Jul 2020 – Present\n';
const de = 'BERUFSERFAHRUNG\nML Engineer — Acme   07/2020 – heute\n';
const fr = 'EXPÉRIENCE\nIngénieur ML — Acme   07/2020 – aujourd’hui\n';
const es = 'EXPERIENCIA\nIngeniero de ML — Acme   07/2020 – actualidad\n';

describe('a possessive after a partner team names that team’s own work (convention 364)', () => {
  it.each([
    ['en', `${en}- Partnered with the InfoSec team during their red-team review of the LLM assistant before go-live.\n`],
    ['de', `${de}- Zusammenarbeit mit dem InfoSec-Team bei dessen Red-Team-Review des LLM-Assistenten vor dem Go-live.\n`],
    ['fr', `${fr}- Collaboration avec l'équipe sécurité lors de leur revue red team de l'assistant LLM avant la mise en production.\n`],
    ['es', `${es}- Colaboré con el equipo de seguridad durante su revisión red team del asistente LLM antes del lanzamiento.\n`],
  ])('%s', (_, text) => {
    expect(ids(text)).not.toContain('llm-security');
  });
  it('the person’s own red teaming, with a team beside them, still counts', () => {
    expect(ids(`${en}- Ran the red-team review of the LLM assistant with the InfoSec team.\n`)).toContain('llm-security');
  });
});

describe('a skills row whose label says its skills were never used at work is no evidence (convention 365)', () => {
  it.each([
    ['en', 'SKILLS\nPython | Docker\nBasic, course only (no professional use): PyTorch, scikit-learn (Coursera Machine Learning\nSpecialization)\n'],
    [
      'es',
      'COMPETENCIAS\nPython | Docker\nNivel básico, solo curso (sin uso profesional): PyTorch, scikit-learn (Machine Learning\nSpecialization de Coursera)\n',
    ],
    ['fr', 'COMPÉTENCES\nPython | Docker\nNotions, cours uniquement (aucune utilisation en entreprise) : PyTorch, scikit-learn\n'],
    ['de', 'KENNTNISSE\nPython | Docker\nGrundkenntnisse, nur Online-Kurse (kein Praxiseinsatz): PyTorch, scikit-learn\n'],
  ])('%s', (_, text) => {
    const got = ids(text);
    expect(got).toContain('python');
    expect(got).not.toContain('pytorch');
    expect(got).not.toContain('machine-learning');
  });
  it('a level alone in the label keeps the row (convention 89)', () => {
    expect(ids('SKILLS\nPython\nBasic: PyTorch\n')).toContain('pytorch');
  });
  it('a German remark under a label: no production use yet', () => {
    const got = ids('KENNTNISSE\nPython\nNUR GRUNDKENNTNISSE\n(Online-Kurse, noch kein\nProduktiveinsatz)\nTerraform, Kubernetes\n');
    expect(got).toContain('python');
    expect(got).not.toContain('terraform');
    expect(got).not.toContain('kubernetes');
  });
});

describe('an adjective of frequency after a head noun is read past (convention 366)', () => {
  const esSec = 'EXPERIENCIA\nAuditora de seguridad TI — Acme   07/2020 – actualidad\n';
  it('Spanish: "evaluación anual de riesgos"', () => {
    expect(ids(`${esSec}- Realicé la evaluación anual de riesgos según la Regla de Seguridad de HIPAA para 4 hospitales.\n`)).toContain('security-assessment');
  });
  it('an adjective that is no frequency still breaks the alias', () => {
    expect(ids(`${esSec}- Realicé la evaluación económica de riesgos de crédito.\n`)).not.toContain('security-assessment');
  });
});

describe('words of French and Spanish (convention 367)', () => {
  it('Canadian French "breffage" of executives is communication', () => {
    expect(ids(`${fr}- Breffage des dirigeants des clients après les incidents majeurs.\n`)).toContain('stakeholder-communication');
  });
  it('Spanish CVEs without a plural s, handled in the first person, are vulnerability management', () => {
    expect(ids(`${es}- Gestiono con los equipos responsables los CVE de los contenedores con un SLA de 30 días.\n`)).toContain('vulnerability-management');
  });
  it('a data platform the person hardened is no data engineering', () => {
    const sec = 'EXPERIENCE\nSecurity Engineering Lead — Acme   Jul 2020 – Present\n';
    expect(ids(`${sec}- Hardened Azure ML and Databricks: private endpoints, Azure Policy.\n`)).not.toContain('data-engineering');
    expect(ids(`${en}- Built the ingestion jobs on Databricks.\n`)).toContain('data-engineering');
  });
  it('a French career transition is no work', () => {
    const p = parseResume(
      'EXPÉRIENCE PROFESSIONNELLE\n\nAnalyste SOC\nAcme - Ottawa\n04/2022 - 03/2023\n- Triage des alertes.\n\nTRANSITION DE CARRIÈRE\n09/2021 - 03/2022\nÉtudes après ma libération.\n\nOpérateur cyber\nForces armées canadiennes\n06/2016 - 08/2021\n- Surveillance IDS.\n',
      { asOf },
    );
    expect(p.experience.totalYears).toBe(6.25);
  });
});
