import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const AS_OF = { asOf: '2026-11-01' };

/** The skill ids read from one duty bullet of a dated job under `title`. */
const idsIn = (line: string, title = 'Head of Security'): string[] =>
  parseResume(['Experience', `${title}, Acme, Jan 2020 – Jan 2023`, `- ${line}`].join('\n'), AS_OF).skills.map((s) => s.id);

describe('the teams a manager leads, named in a bracket after their count (convention 190)', () => {
  it.each([
    'Lead 14 engineers in three teams (AI platform security, application security, security automation); $4.2M budget.',
    'Lead 14 engineers in three squads (GenAI platform security, AI red team, AI security tooling); hired nine of them.',
    'Managed 23 people across 3 teams (application security, security automation).',
  ])('%s → no skill from the team names', (line) => {
    const ids = idsIn(line);
    expect(ids).not.toContain('security-automation');
    expect(ids).not.toContain('application-security');
  });

  it.each([
    ['Berufserfahrung', 'Leiterin IT-Sicherheit', 'Führung von drei Teams (Application Security, Security Automation) mit 21 Engineers und 3 Team Leads'],
    [
      'Expérience professionnelle',
      'Responsable sécurité',
      "Direction de 14 ingénieurs sur trois équipes (tests d'intrusion, réponse aux incidents, sécurité applicative) et du budget.",
    ],
    [
      'Experiencia profesional',
      'Responsable de seguridad',
      'Dirección de 14 ingenieros en tres equipos (pruebas de penetración, respuesta a incidentes, seguridad de aplicaciones) y del presupuesto.',
    ],
  ])('%s: %s → no skill from the team names', (heading, title, line) => {
    const ids = parseResume([heading, `${title}, Acme, 01/2020 – 01/2023`, `- ${line}`].join('\n'), AS_OF).skills.map((s) => s.id);
    expect(ids.filter((id) => ['security-automation', 'application-security', 'penetration-testing', 'incident-response'].includes(id))).toEqual([]);
    expect(ids).toContain('team-leadership');
  });

  it('keeps the leading of the teams counted before the bracket', () => {
    const ids = idsIn('Led 3 teams (AppSec, cloud security, security tooling), 22 engineers.');
    expect(ids).toContain('team-leadership');
    expect(ids).not.toContain('security-automation');
  });

  it('keeps the leadership and the skills the person names outside the bracket', () => {
    const ids = idsIn('Lead 14 engineers in three teams (AI platform security, application security, security automation); wrote SOAR playbooks myself.');
    expect(ids).toContain('team-leadership');
    expect(ids).toContain('security-automation');
    expect(ids).not.toContain('application-security');
  });
});

describe('models named as what a platform serves or a pipeline carries (convention 191)', () => {
  it.each([
    'Deployed trained models to NVIDIA Triton Inference Server behind the inspection API.',
    'Built training and deployment pipelines (Airflow, SageMaker endpoints) for text-classification models.',
    'Own the Kubeflow training pipelines and the KServe deployment path for the fraud and document-classification models.',
    "Operate vLLM and Triton inference servers serving the research team's LLMs and ranking models to the product APIs.",
  ])('%s → no machine learning', (line) => {
    expect(idsIn(line, 'Platform Engineer')).not.toContain('machine-learning');
  });

  it.each([
    'Trained gradient-boosted ranking models on clickstream data.',
    'Trained models for defect detection in PyTorch.',
    'Built text classification models for support tickets (scikit-learn).',
  ])('%s → machine learning', (line) => {
    expect(idsIn(line, 'Data Scientist')).toContain('machine-learning');
  });
});
