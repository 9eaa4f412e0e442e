import { describe, expect, it } from 'vitest';
import { normalizeText as normalize } from '../src/text/normalize';
import { everyLanguage, parseResume } from './_languages';

const normalizeText = (raw: string): string => normalize(raw, everyLanguage());
const AS_OF = { asOf: '2026-11-01' };
const entries = (text: string) => parseResume(text, AS_OF).experience.entries.map((e) => [e.title, e.start, e.end]);
const skills = (text: string) => parseResume(text, AS_OF).skills.map((s) => s.id);

describe('roles under one employer, each a bullet with its title, a bar and its dates', () => {
  const employer = (first: string, second: string) =>
    [
      'Pat Doe',
      '',
      'EXPERIENCE',
      'Harbourside Insurance Ltd, Leeds',
      `* ${first}`,
      '  - Ran the vendor-risk programme for 200 suppliers',
      `* ${second}`,
      '  - Answered audit requests from the regulator',
    ].join('\n');

  it('reads both roles, quarter dates from the first month of the start to the last month of the end', () => {
    expect(entries(employer('Risk Manager | Q2 2022 – present', 'Risk Analyst | Q4 2018 – Q1 2022'))).toEqual([
      ['Risk Manager', '2022-04', '2026-11'],
      ['Risk Analyst', '2018-10', '2022-03'],
    ]);
  });

  it('reads month dates after the bar as well', () => {
    expect(entries(employer('Risk Manager | Apr 2022 – present', 'Risk Analyst | Oct 2018 – Mar 2022'))).toEqual([
      ['Risk Manager', '2022-04', '2026-11'],
      ['Risk Analyst', '2018-10', '2022-03'],
    ]);
  });

  it('a French title joined by "de la" is no longer a title for its small words', () => {
    const text = [
      'Claire Dupont',
      '',
      'EXPÉRIENCE',
      'Banque Exemple, Paris',
      "* Responsable de la conformité des données | T1 2021 – aujourd'hui",
      '  - Registre des traitements et analyses d’impact',
      '* Juriste droit du numérique (Legal Counsel) | T3 2017 – T4 2020',
      '  - Contrats de sous-traitance',
    ].join('\n');
    expect(entries(text)).toEqual([
      ['Responsable de la conformité des données', '2021-01', '2026-11'],
      ['Juriste droit du numérique (Legal Counsel)', '2017-07', '2020-12'],
    ]);
  });

  it('a duty bullet with its start in brackets, long in small words, stays a duty of the entry', () => {
    const text = [
      'Pat Doe',
      '',
      'EXPERIENCE',
      'Network Engineer, Harbourside Insurance Ltd   01/2019 – 12/2024',
      '• Technical lead of a team of 4 engineers (since 03/2022)',
    ].join('\n');
    expect(entries(text)).toEqual([['Network Engineer', '2019-01', '2024-12']]);
  });

  it('a bullet of duties that ends with a bar and a year stays a duty', () => {
    const text = [
      'Pat Doe',
      '',
      'EXPERIENCE',
      'Analyst, Harbourside Insurance Ltd   01/2019 – 12/2021',
      '* Rebuilt the claims dashboards in Power BI | 2020',
    ].join('\n');
    expect(entries(text)).toEqual([['Analyst', '2019-01', '2021-12']]);
  });
});

describe('a sidebar drawn behind a rule that main-column lines touch', () => {
  /** A main column of 40 characters, its rule, and the sidebar's text; with `touch` the main column's text fills all 40 and runs into the rule. */
  const row = (left: string, right: string, touch = false) => {
    if (touch && left.length !== 40) throw new Error(`not 40 characters: ${left}`);
    return `${left.padEnd(40)}| ${right}`.trimEnd();
  };
  const page = [
    row('SAM ROE', 'CONTACT'),
    row('Site reliability engineer', 'Lyon, France'),
    row('EXPERIENCE', 'SKILLS'),
    row('Site Reliability Engineer, Acme', 'Kubernetes'),
    row('03/2019 - 06/2023', 'Terraform'),
    row('- Ran the Kubernetes clusters for forty,', 'Prometheus', true),
    row('  product teams', 'Go'),
    row('- Wrote Terraform modules for every AWS,', 'Python', true),
    row('  account of the group', ''),
    row('- Built the on-call rota and its chatops', 'LANGUAGES', true),
    row('Systems Administrator, Bolt', 'French'),
    row('01/2015 - 02/2019', 'English'),
    row('- Patched and monitored 300 Linux hosts,', '', true),
    row('  backups with Bacula', ''),
  ].join('\n');

  it('finds the gutter and splits a touching line at its rule: the duty reads on', () => {
    const text = normalizeText(page);
    expect(text).toContain('- Ran the Kubernetes clusters for forty,\n  product teams');
    expect(text).toContain('- Patched and monitored 300 Linux hosts,\n  backups with Bacula');
    expect(text).toContain('SKILLS\nKubernetes\nTerraform\nPrometheus\nGo\nPython');
  });

  it('a line that pushes the rule one character right splits at the rule too', () => {
    const pushed = [
      row('ALEX ROE', 'CONTACT'),
      row('EXPERIENCE', 'Lyon'),
      row('Detection Engineer, Acme', 'SKILLS'),
      row('03/2019 - 06/2023', 'Splunk'),
      row('- Tuned Splunk searches for the night', 'Sentinel'),
      '- Wrote the Sigma rules for all new logs |',
      row('  sources of the bank', 'KQL'),
      row('- Ran purple-team days', 'Python'),
    ].join('\n');
    const text = normalizeText(pushed);
    expect(text).toContain('- Wrote the Sigma rules for all new logs\n  sources of the bank\n- Ran purple-team days');
  });

  it('the entries keep their duties after the touching lines', () => {
    const p = parseResume(page, AS_OF);
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Site Reliability Engineer, Acme', '2019-03', '2023-06'],
      ['Systems Administrator, Bolt', '2015-01', '2019-02'],
    ]);
    expect(p.skills.map((s) => s.id)).toContain('linux');
  });

  it('lines that each join two phrases with a touching bar, and no gutter, stay as they are', () => {
    const text = 'Senior Engineer| Acme\nLead Engineer| Bolt\nStaff Engineer| Corp\nJunior Engineer| Dawn\nIntern Engineer| Echo\nChief Engineer| Fox\n';
    expect(normalizeText(text)).toContain('Senior Engineer| Acme\nLead Engineer| Bolt');
  });
});

describe('a German model built with its participle at the clause end', () => {
  it.each([
    ['Klassifikationsmodell (XGBoost, Python) für Betrugsfälle gebaut; läuft wöchentlich.'],
    ['Prognosemodell (scikit-learn) für die Lastplanung entwickelt; Übergabe an den Betrieb.'],
  ])('%s → ML work under a security title', (duty) => {
    const text = `Max Muster\n\nBerufserfahrung\nSecurity Engineer, Beispiel AG\nJanuar 2022 - Heute\n${duty}\nSIEM-Regeln in Splunk gepflegt.\n`;
    expect(parseResume(text, AS_OF).experience.entries[0]?.kind).toEqual(['security', 'ml']);
  });
});

describe('catalog context for code review, schemas, model cards, interns and account scripts', () => {
  const job = (title: string, duty: string) => `Pat Doe\n\nExperience\n${title}, Acme Ltd   01/2019 - 12/2021\n- ${duty}\n`;

  it('a code review of a language in a security job is secure code review; elsewhere it is not', () => {
    expect(skills(job('Application Security Engineer', 'Code review of Go and Rust services before release'))).toContain('secure-code-review');
    expect(skills(job('Backend Developer', 'Code review of Go and Rust services before release'))).not.toContain('secure-code-review');
  });

  it.each([
    ['Designed the MySQL schema for the billing events'],
    ['Diseñé el esquema PostgreSQL de los pedidos'],
    ['Conçu le schéma PostgreSQL des commandes'],
  ])('%s → data engineering', (duty) => {
    expect(skills(job('Software Engineer', duty))).toContain('data-engineering');
  });

  it('a JSON schema designed for an API is no data engineering', () => {
    expect(skills(job('Software Engineer', 'Designed the JSON schema of the partner API'))).not.toContain('data-engineering');
  });

  it('a model card written because a customer requires it is documentation, not responsible AI', () => {
    expect(skills(job('ML Engineer', 'Write the model cards our government customer requires for the PyTorch detectors'))).not.toContain('responsible-ai');
    expect(skills(job('ML Engineer', 'Wrote model cards with subgroup error rates for our PyTorch models'))).toContain('responsible-ai');
  });

  it('supervising research or MSc interns is mentoring, not team leadership; supervising analysts leads them', () => {
    const interns = skills(job('Research Scientist', 'Supervise 2 MSc interns each summer'));
    expect(interns).toContain('mentoring');
    expect(interns).not.toContain('team-leadership');
    expect(skills(job('SOC Lead', 'Supervise 4 analysts on the night shift'))).toContain('team-leadership');
    expect(skills(job('Service Desk Lead', 'Supervised 4 interns on the service desk'))).toContain('team-leadership');
  });
});

describe('an IT-operations job beside a date column, its bullets set deep', () => {
  const admin = (duties: readonly string[]) =>
    [
      'Pat Doe',
      '',
      'EXPERIENCE',
      '',
      '03/2018 – 06/2024    Systems Administrator, Northgate Schools',
      ...duties.map((d) => `                     ▪ ${d}`),
    ].join('\n');

  it('staff accounts, SSO and MFA, one firewall bullet and one scan bullet among five: running the systems, no security work', () => {
    const p = parseResume(
      admin([
        'Active Directory and Okta: accounts, groups, SSO and MFA for all staff',
        'PowerShell scripts for licence reports',
        'Fortinet firewalls and site-to-site VPNs',
        'Monthly Nessus scans and the patching they call for',
        'Two Debian servers for the intranet and backups',
      ]),
      AS_OF,
    );
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['other']]);
    expect(p.experience.securityYears).toBe(0);
  });

  it('three security bullets of five besides the accounts: security work', () => {
    const p = parseResume(
      admin([
        'Active Directory and Okta: accounts, groups, SSO and MFA for all staff',
        'Fortinet firewalls and site-to-site VPNs',
        'Monthly Nessus scans and vulnerability management for all servers',
        'Incident response for phishing and malware cases',
        'Two Debian servers for the intranet and backups',
      ]),
      AS_OF,
    );
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['security']]);
  });
});
