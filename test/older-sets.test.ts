import { describe, expect, it } from 'vitest';
import { createMatcher, loadCatalog, parseResume } from './_languages';

const AS_OF = { asOf: '2026-11-01' };

/** The skill ids read from one duty bullet of a dated job under `title`. */
const idsIn = (line: string, title = 'Security Analyst'): string[] =>
  parseResume(['Experience', `${title}, Acme, Jan 2020 – Jan 2023`, `- ${line}`].join('\n'), AS_OF).skills.map((s) => s.id);

describe('an alias after a preposition of purpose (`rejectObjectOf`, convention 156)', () => {
  const role = { id: 'r', title: 'R', summary: 'R', source: 'x', requirements: [{ kind: 'skill', skills: ['audit-x'], weight: 1, source: 'x' }] };
  const catalog = loadCatalog({
    mode: 'replace',
    skills: [{ id: 'audit-x', name: 'Audit', category: 'governance', aliases: [{ text: 'audit', rejectObjectOf: ['for'], window: 4 }] }],
    roles: [role],
  } as never);
  const matcher = createMatcher({ catalog });
  const read = (line: string) => matcher.parse(`Experience\nAnalyst, Acme, Jan 2020 – Jan 2023\n- ${line}\n`, AS_OF).skills.map((s) => s.id);

  it.each([
    ['Prepared the documentation for the annual audit.', []],
    ['Documentation for RBI audits.', []],
    ['Ran the annual audit for the bank.', ['audit-x']],
    ['Documentation for the team; audits of branches.', ['audit-x']],
    ['For two years ran the yearly branch office IT audit.', ['audit-x']],
  ])('%s → %j', (line, want) => {
    expect(read(line)).toEqual(want);
  });
});

describe('audits the person supplied evidence or documentation for (convention 156)', () => {
  it.each([
    'Partnered with the risk team on model documentation for RBI audits.',
    'Evidencias técnicas para la auditoría PCI DSS anual.',
    "Rédaction de la documentation de validation des modèles pour l'audit interne",
    'Mitarbeit an der ISO-27001-Zertifizierung (Maßnahmen aus Anhang A, Nachweise für das Audit)',
  ])('%s → no audit', (line) => {
    expect(idsIn(line)).not.toContain('audit');
  });

  it.each([
    'Ran the ISO 27001 internal audits of IT controls.',
    'Auditorías internas ISO 27001 y de adecuación al ENS.',
    'Collected audit evidence for internal audit.',
    'Prepare evidence for Internal Audit and regulatory examinations.',
  ])('%s → audit', (line) => {
    expect(idsIn(line)).toContain('audit');
  });
});

describe('intelligence briefings to a staff section (convention 157)', () => {
  it.each([
    'All-source intelligence analysis and briefings for a brigade staff',
    'All-source analysis and targeting support; daily briefings to the battalion S2.',
    'Intelligence reports and briefings; Secret clearance granted 2010.',
  ])('%s → no stakeholder communication', (line) => {
    expect(idsIn(line, 'Intelligence Analyst')).not.toContain('stakeholder-communication');
  });

  it.each([
    'Produced intelligence assessments and briefings for brigade commanders',
    'Daily briefings to battalion and brigade commanders',
    'Brief the CISO staff monthly on residual risk.',
    'Weekly threat briefings for the CISO.',
    'Weekly briefings to program managers.',
  ])('%s → stakeholder communication', (line) => {
    expect(idsIn(line, 'Intelligence Analyst')).toContain('stakeholder-communication');
  });
});

describe('"encadrement" of lawyers, or with hiring and objectives, is managing (convention 158)', () => {
  it.each([
    ['Encadrement de deux juristes juniors ; reporting trimestriel', ['team-leadership']],
    ['Encadre deux analystes juniors (recrutement, relecture des notes, objectifs annuels).', ['team-leadership']],
    ['Encadrement de 2 ingénieurs juniors (revues de code, pair programming)', ['mentoring']],
    ['Encadrement de deux stagiaires de Master', ['mentoring']],
  ])('%s → %j', (line, want) => {
    expect(idsIn(line, 'Responsable conformité').filter((id) => id === 'team-leadership' || id === 'mentoring')).toEqual(want);
  });
});

describe('scripts and bots that automate no security work (convention 159)', () => {
  it.each([
    'Small Python (pandas) scripts that pull the workspace inventory',
    'Scripts en Python (pandas) para consolidar el inventario y los indicadores de riesgo.',
    'Administration des Linux-GPU-Clusters des Lehrstuhls (Slurm, Bash-Skripte)',
    'Modelos en tiempo real para detección de bots y toma de cuentas',
  ])('%s → no security automation', (line) => {
    expect(idsIn(line)).not.toContain('security-automation');
  });

  it.each(['Wrote Python scripts that enrich IOCs from VirusTotal.', 'Built a Slack bot in Python that triages SAST findings and opens Jira tickets.'])(
    '%s → security automation',
    (line) => {
      expect(idsIn(line)).toContain('security-automation');
    },
  );
});
