import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const AS_OF = { asOf: '2026-11-01' };
const ids = (text: string): string[] => parseResume(text, AS_OF).skills.map((s) => s.id);
const clearanceOf = (text: string) => parseResume(text, AS_OF).clearance;

describe('Australian clearances (convention 180)', () => {
  const head = ['Jess Tran', 'Security Engineer', '', 'SECURITY CLEARANCE'];

  it('a level said active in its own sentence stays active when the next sentence says something was previously held', () => {
    const c = clearanceOf([...head, 'NV1, active (AGSVA). Previously Baseline (2011–2013).'].join('\n'));
    expect(c?.level).toBe('secret');
    expect(c?.status).toBe('active');
  });

  it('an upgrade applied for and not yet granted is only eligible: the level held stays the highest', () => {
    const text = [...head, 'NV1, active (AGSVA).', 'NV2 upgrade: sponsored by Lakeview, application lodged in 2026, not yet granted.'].join('\n');
    const p = parseResume(text, AS_OF);
    expect(p.clearance?.level).toBe('secret');
    expect(p.clearances.find((c) => c.level === 'top-secret')?.status).toBe('eligible');
  });

  it('"not yet granted" in French, German and Spanish is no level held', () => {
    expect(clearanceOf(['Jeanne Roy', '', 'HABILITATION', 'Secret Défense : demande faite en 2026, pas encore délivrée'].join('\n'))).toBeNull();
    expect(clearanceOf(['Jan Roth', '', 'SICHERHEITSÜBERPRÜFUNG', 'Ü3: 2026 angestoßen, noch nicht erteilt'].join('\n'))).toBeNull();
    expect(clearanceOf(['Ana Ruiz', '', 'HABILITACIÓN', 'Habilitación NATO SECRET: solicitud de 2026, aún no concedida'].join('\n'))).toBeNull();
  });
});

describe('words of native CVs for skills (convention 181)', () => {
  it('IRAP assessments are security assessments', () => {
    const text = [
      'Jess Tran',
      '',
      'EXPERIENCE',
      'IRAP Assessor, Bluegum Cyber        07/2019 – 08/2023',
      '• Delivered 30+ IRAP assessments against the ISM.',
    ].join('\n');
    expect(ids(text)).toContain('security-assessment');
  });

  it("a government's mandatory AI policy is AI regulation", () => {
    const text = [
      'Jess Tran',
      '',
      'EXPERIENCE',
      'Security Engineer, Lakeview        09/2023 – Present',
      "• Assess AI use cases against the DTA's mandatory AI policy for APS agencies.",
    ].join('\n');
    expect(ids(text)).toContain('ai-regulation');
  });

  it("Morocco's data-protection law (loi 09-08, CNDP) is privacy", () => {
    const text = [
      'Salma Idrissi',
      '',
      'EXPÉRIENCE',
      'Consultante conformité        2024 - aujourd’hui',
      'Mise en conformité de PME avec la loi 09-08 (déclarations CNDP).',
    ].join('\n');
    expect(ids(text)).toContain('privacy');
  });

  it('Kerberos named as a misconfiguration found is no identity and access management; Kerberos set up is', () => {
    const found = [
      'Jean Dupont',
      '',
      'EXPÉRIENCE',
      'Pentester, Lutèce Cyber        2018 – 2022',
      '▪ Vulnérabilités relevées : injections SQL, XSS, délégations Kerberos mal configurées',
    ].join('\n');
    expect(ids(found)).not.toContain('identity-access-management');
    const built = ['Jean Dupont', '', 'EXPERIENCE', 'Systems Engineer, Acme        2018 – 2022', '• Set up Kerberos single realm for the Linux estate'].join(
      '\n',
    );
    expect(ids(built)).toContain('identity-access-management');
  });

  it('a model put into production on Vertex AI, or deployed as a service, is ML deployment (French, Spanish)', () => {
    const fr = [
      'Léa Martin',
      '',
      'EXPÉRIENCE',
      'Ingénieure ML, Laurentide        2021 – aujourd’hui',
      '• Mise en production sur Vertex AI : points de terminaison en ligne, déploiements canari.',
    ].join('\n');
    expect(ids(fr)).toContain('ml-deployment');
    const es = [
      'Luis Gómez',
      '',
      'EXPERIENCIA',
      'Ingeniero de Detección, Acme        2021 – actualidad',
      '- Modelo de detección de anomalías en inicios de sesión (Isolation Forest con scikit-learn), entrenado con 18 meses de logs, desplegado como servicio en Python sobre Kubernetes.',
    ].join('\n');
    expect(ids(es)).toContain('ml-deployment');
  });
});

describe('an employer named with an organisation word (convention 182)', () => {
  it('"Ubuntu Mutual Bank" is a bank, no Linux; Ubuntu in the duties is', () => {
    const header = ['Thabo Mokoena', '', 'CAREER HISTORY', '', 'Ubuntu Mutual Bank | Head of Application Security        Jul 2022 – Current'];
    expect(ids([...header, '• Run the secure SDLC for 400 developers.'].join('\n'))).not.toContain('linux');
    expect(ids([...header, '• Hardened the Ubuntu build servers.'].join('\n'))).toContain('linux');
  });
});

describe('a learning remark under a rated row, and a planned thesis (convention 183)', () => {
  it('"(lerne ich gerade)" on the line under "Go ●○○○○" says Go is being learned', () => {
    const text = [
      'Emre Yildiz',
      '',
      'KENNTNISSE',
      'Python       ●●●●○',
      'Go           ●○○○○',
      '(lerne ich gerade)',
      '',
      'BERUFSERFAHRUNG',
      'seit 04/2025  Werkstudent, Spreefin GmbH',
    ].join('\n');
    const got = ids(text);
    expect(got).toContain('python');
    expect(got).not.toContain('go');
  });

  it('a planned thesis names no skill; a thesis written does', () => {
    const planned = [
      'Emre Yildiz',
      '',
      'AUSBILDUNG',
      'seit 04/2024  M.Sc. Informatik, TU Berlin',
      'geplante Masterarbeit: Erkennung von Prompt-Injection-Angriffen auf LLM-Agenten',
    ].join('\n');
    expect(ids(planned)).not.toContain('llm-security');
    const plannedEn = [
      'Sam Lee',
      '',
      'EDUCATION',
      '2024 – 2026  MSc Computer Science, UCL',
      "Planned master's thesis: detecting prompt injection in LLM agents",
    ].join('\n');
    expect(ids(plannedEn)).not.toContain('llm-security');
    const written = [
      'Emre Yildiz',
      '',
      'AUSBILDUNG',
      '2020 – 2024  M.Sc. Informatik, TU Berlin',
      'Masterarbeit: Erkennung von Prompt-Injection-Angriffen auf LLM-Agenten',
    ].join('\n');
    expect(ids(written)).toContain('llm-security');
  });
});
