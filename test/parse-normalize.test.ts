import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText as normalize } from '../src/text/normalize';
import { everyLanguage } from './_languages';

/** `normalizeText` with every language pack loaded (page words and labels in every language). */
const normalizeText = (raw: string): string => normalize(raw, everyLanguage());
import { HOSTILE_INPUTS } from './_hostile-inputs';

describe('normalizeText', () => {
  it.each([
    ['Windows line ends', 'a\r\nb\r\n', 'a\nb'],
    ['old Mac line ends', 'a\rb', 'a\nb'],
    ['a tab is a column gap', 'Engineer\tJan 2021', 'Engineer  Jan 2021'],
    ['NBSP and thin spaces', 'a\u00a0b\u2009c', 'a b c'],
    ['zero-width, BOM, soft hyphen', '\ufeffab\u200bc\u00add\u2060e', 'abcde'],
    ['ligatures', '\ufb01nance \ufb02ow e\ufb00ort o\ufb03ce ba\ufb04e \ufb06ack', 'finance flow effort office baffle stack'],
    ['mathematical bold and italic letters', "𝗪𝗵𝗮𝘁 𝘄𝗲'𝗿𝗲 𝗹𝗼𝗼𝗸𝗶𝗻𝗴 𝗳𝗼𝗿 𝟭𝟮 𝘺𝘦𝘢𝘳𝘴", "What we're looking for 12 years"],
    ['trailing spaces', 'a   \nb\t', 'a\nb'],
    ['inner runs become two spaces', 'Title        Jan 2021 – Present', 'Title  Jan 2021 – Present'],
    ['indentation is kept', 'a\n    continued  here', 'a\n    continued  here'],
    ['3+ blank lines become 2', 'a\n\n\n\n\nb', 'a\n\n\nb'],
    ['leading blank lines go', '\n\n  \nName', 'Name'],
    ['hyphen look-alikes', 'co\u2011own', 'co-own'],
    ['UTF-8 read as Windows-1252', 'dayâ€‘toâ€‘day, itâ€™s a cafÃ© â€œplanâ€\u009d', 'day-to-day, it’s a café “plan”'],
    ['no mojibake: a word in ß before a closing quote', '„Gruß“ aus São Paulo', '„Gruß“ aus São Paulo'],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it.each([
    ['• Built', '- Built'],
    ['●Built', '- Built'],
    ['  ○ Sub item', '  - Sub item'],
    ['▪ x', '- x'],
    ['■ x', '- x'],
    ['◦ x', '- x'],
    ['‣ x', '- x'],
    ['∙ x', '- x'],
    ['➢ x', '- x'],
    ['► x', '- x'],
    ['✓ x', '- x'],
    ['\uf0b7 x', '- x'],
    ['* x', '- x'],
    ['– x', '- x'],
    ['— x', '- x'],
    ['-   x', '- x'],
    ['o Developed', '- Developed'],
    ['> Banque A (2014 – 2015) : audit', '- Banque A (2014 – 2015) : audit'],
    ['  → Client B', '  - Client B'],
  ])('bullet %j → %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it.each([['-5% churn'], ['--flag'], ['*args'], ['2019 – 2021'], ['online store'], ['>5 years'], ['2022-02 → present']])('leaves %j alone', (raw) => {
    expect(normalizeText(raw)).toBe(raw);
  });

  it('joins a labelled start date and the labelled end date below it into one range line', () => {
    expect(normalizeText('Cargo: Analista\nFecha de ingreso: 1 de febrero de 2021\nFecha de retiro: Actualmente\n- ETL')).toBe(
      'Cargo: Analista\n1 de febrero de 2021 – Actualmente\n- ETL',
    );
    expect(normalizeText('Security Analyst\n  Start date: Jan 2019\n  End date: Present')).toBe('Security Analyst\n  Jan 2019 – Present');
    // A start label without an end line below stays as it is.
    expect(normalizeText('Start date: Jan 2019\nAcme')).toBe('Start date: Jan 2019\nAcme');
  });

  it.each([
    ['    Start date:   10/2024          End date: Current', '    10/2024 – Current'],
    ['    Beginn:       02/2024          Ende: 06/2024', '    02/2024 – 06/2024'],
    ['    Date de début :     10/2024        Date de fin : à ce jour', '    10/2024 – à ce jour'],
    ['    Fecha de inicio:  10/2024          Fecha de fin: actualidad', '    10/2024 – actualidad'],
  ])('joins a start label and an end label side by side on one line: %j', (raw, joined) => {
    expect(normalizeText(raw)).toBe(joined);
  });

  it('joins a table row whose date cell wrapped after its dash with the row below that ends it (DOCX table as pipes)', () => {
    expect(
      normalizeText('| Jul 2020 – | Acme LLP | Assistant Manager, IT Audit & | ▪ ITGC testing. |\n| Sep 2021 | | Cyber Assurance | ▪ Cyber security audits. |'),
    ).toBe('| Jul 2020 – Sep 2021 | Acme LLP | Assistant Manager, IT Audit & Cyber Assurance | ▪ ITGC testing. ▪ Cyber security audits. |');
    // A continuation row with an empty date cell, or a range already closed, stays as it is.
    expect(normalizeText('| Apr 2022 – Mar 2024 | Acme LLP | Manager | ▪ Audits. |\n| | | | ▪ Reviews. |')).toBe(
      '| Apr 2022 – Mar 2024 | Acme LLP | Manager | ▪ Audits. |\n| | | | ▪ Reviews. |',
    );
  });

  it.each([
    ['Start Date: 2019-04 End Date: 2022-10', '2019-04 – 2022-10'],
    ['Eintrittsdatum: 04/2019 Austrittsdatum: 10/2022', '04/2019 – 10/2022'],
    ['Date de début : 04/2019 Date de fin : 10/2022', '04/2019 – 10/2022'],
    ['Fecha de inicio: 04/2019 Fecha de fin: 10/2022', '04/2019 – 10/2022'],
  ])('joins an end label one space after the start date (ATS export): %j', (raw, joined) => {
    expect(normalizeText(raw)).toBe(joined);
  });

  it('reads an empty end label beside the start date as the present when a field beside it says the job is current', () => {
    expect(normalizeText('Currently employed here: Yes\nStart date: 2020-02 End date:\n- Audits')).toBe(
      'Currently employed here: Yes\n2020-02 – present\n- Audits',
    );
    expect(normalizeText('Start date: 11/2018 End date:\nCurrent job: Yes')).toBe('11/2018 – present\nCurrent job: Yes');
    // With no such field, or one saying no, the line stays as it is.
    expect(normalizeText('Current job: No\nStart date: 11/2018 End date:')).toBe('Current job: No\nStart date: 11/2018 End date:');
    expect(normalizeText('Start date: 11/2018 End date:\n- Audits')).toBe('Start date: 11/2018 End date:\n- Audits');
  });

  it('leaves a start label beside another label alone', () => {
    expect(normalizeText('Start date: 10/2024   Location: Lisbon')).toBe('Start date: 10/2024  Location: Lisbon');
  });

  it('puts a lone bullet in front of its text', () => {
    expect(normalizeText('•\nBuilt the pipeline\n•\nShipped it')).toBe('- Built the pipeline\n- Shipped it');
  });

  it.each([
    ['a word split across lines', 'reviews of recommen-\n  dation services.', 'reviews of recommendation\n  services.'],
    ['the whole next line is the fragment', 'ML sys-\ntems', 'ML systems'],
    ['a compound keeps its hyphen', 'label-\n    distribution tests', 'label-distribution\n    tests'],
    ['a library name keeps its hyphen', '(Python, scikit-\n    learn) every sprint', '(Python, scikit-learn)\n    every sprint'],
    ['a soft hyphen at the line end', 'Struc\u00ad\n  tured Streaming', 'Structured\n  Streaming'],
    ['guard-rail', 'designed the guard-\n  rail controls', 'designed the guardrail\n  controls'],
  ])('joins %s', (_name, raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it.each([
    ['next line starts uppercase', 'Pre-\nLaunch review'],
    ['a digit before the hyphen', '2019-\n2020'],
    ['a spaced dash', 'Jan 2020 -\nnow'],
  ])('does not join when %s', (_name, raw) => {
    expect(normalizeText(raw)).toBe(raw);
  });

  it.each([['Name – Résumé  Page 1 of 2'], ['Page 2'], ['Torres, Michael A. — Page 1 of 2'], ['page 3 / 4'], ['2 of 3'], ['- 2 -']])(
    'drops the page marker %j',
    (marker) => {
      expect(normalizeText(`Jane Doe\nline one\n\n${marker}\n\nline two`)).toBe('Jane Doe\nline one\n\n\nline two');
    },
  );

  it.each([
    ['Page 1 of 3', 'present AI risk posture to', 'the CISO staff every quarter.'],
    ['- 2 -', 'the findings went to the board,', 'the regulator and the auditors.'],
    ['Jane Doe – Résumé  Page 1 of 2', 'weekly reviews with the', 'product and legal leads.'],
  ])('joins a sentence cut by the page marker %j', (marker, before, after) => {
    expect(normalizeText(`Jane Doe\n- ${before}\n\n${marker}\n\n${after}`)).toBe(`Jane Doe\n- ${before}\n${after}`);
  });

  it('keeps the blank lines of a page break after a line that ends its sentence or before a capitalised line', () => {
    expect(normalizeText('Jane Doe\n- present the roadmap to\n\nPage 1 of 2\n\nEducation')).toBe('Jane Doe\n- present the roadmap to\n\n\nEducation');
  });

  it('drops a rule drawn under a page footer, and the first line repeated after it', () => {
    const raw = 'ACME HOLDINGS   Careers\n- one\n\nAcme Holdings – Job Profile     Page 1 of 2\n____________________\nACME HOLDINGS   Careers\n\n- two';
    expect(normalizeText(raw)).toBe('ACME HOLDINGS  Careers\n- one\n\n\n- two');
    // A rule with text before it on the page stays.
    expect(normalizeText('Jane Doe\n- one\n____________________\n- two')).toBe('Jane Doe\n- one\n____________________\n- two');
  });

  it('drops the first line repeated at the top of a later page', () => {
    const raw = 'MARCUS LINDQVIST\nSeattle\n- one\n\n\nMarcus Lindqvist – Résumé     Page 1 of 2\nMARCUS LINDQVIST\n\n- two';
    expect(normalizeText(raw)).toBe('MARCUS LINDQVIST\nSeattle\n- one\n\n\n- two');
  });

  it('drops a footer of a name, "CV" and a page count, and a running header of the name and the role under it (r38)', () => {
    const raw =
      "Hélène MARCHETTI\nResponsable Gouvernance\n- one\n\nHélène Marchetti – CV     1/2\nHélène MARCHETTI – Responsable Gouvernance de l'IA\n\n- two";
    expect(normalizeText(raw)).toBe('Hélène MARCHETTI\nResponsable Gouvernance\n- one\n\n\n- two');
  });

  it('treats a form feed as a page break', () => {
    expect(normalizeText('Jane Doe\n- one\fJane Doe\n- two')).toBe('Jane Doe\n- one\n- two');
  });

  it('keeps a repeated first line that does not follow a page break', () => {
    expect(normalizeText('Acme\nAcme')).toBe('Acme\nAcme');
  });

  it('drops a running header repeated on every page', () => {
    expect(normalizeText('Jane Doe – Résumé\nA\n\nJane Doe – Résumé\nB')).toBe('A\n\nB');
  });

  it.each(HOSTILE_INPUTS.normalize)('%s: well-formed (timed by scripts/bench-limits.ts)', (_name, raw) => {
    const out = normalizeText(raw);
    expect(out.length).toBeLessThanOrEqual(raw.length);
  });
});

describe('normalizeText: two-column pages', () => {
  const row = (left: string, right: string, at = 30) => left.padEnd(at) + right;
  it('splits a sidebar from a main column that has a date column of its own, its duties hanging under each title', () => {
    const main = (date: string, text: string) => date.padEnd(20) + text;
    const page = [
      row('PROFILE', 'EXPERIENCE', 28),
      row('Rust  ●●●●○', main('03/2021 – today', 'Principal Firmware Engineer'), 28),
      row('Go    ●●●○○', main('', 'Pellworm Robotics AG, Kiel'), 28),
      row('Linux ●●●●●', main('', '▪ Signed boot chain for the controller'), 28),
      row('C     ●●●●○', main('', '  fleet; code review of every patch.'), 28),
      row('LANGUAGES', main('09/2016 – 02/2021', 'Embedded Developer'), 28),
      row('German  native', main('', 'Tidewater Instruments GmbH, Husum'), 28),
      row('Danish  B2', main('', '▪ Drivers for the sonar boards; fuzzing'), 28),
      row('Frisian  A2', main('', '  of the serial protocol parser.'), 28),
      row('English  C1', main('08/2013 – 07/2016', 'Apprentice electronics technician'), 28),
      row('Dutch  A1', main('', 'Tidewater Instruments GmbH, Husum'), 28),
    ];
    expect(normalizeText(page.join('\n')).split('\n')).toEqual([
      'PROFILE',
      'Rust  ●●●●○',
      'Go  ●●●○○',
      'Linux ●●●●●',
      'C  ●●●●○',
      'LANGUAGES',
      'German  native',
      'Danish  B2',
      'Frisian  A2',
      'English  C1',
      'Dutch  A1',
      '',
      'EXPERIENCE',
      '03/2021 – today  Principal Firmware Engineer',
      '                    Pellworm Robotics AG, Kiel',
      '                    - Signed boot chain for the controller',
      '                      fleet; code review of every patch.',
      '09/2016 – 02/2021  Embedded Developer',
      '                    Tidewater Instruments GmbH, Husum',
      '                    - Drivers for the sonar boards; fuzzing',
      '                      of the serial protocol parser.',
      '08/2013 – 07/2016  Apprentice electronics technician',
      '                    Tidewater Instruments GmbH, Husum',
    ]);
  });
  it('splits a line whose main-column text starts at its bullets, left of the wrapped lines the column is found at ("3 años …")', () => {
    const page = readFileSync('test/fixtures/heldout-r51/es/r51-es-t03.txt', 'utf8');
    const lines = normalize(page).split('\n');
    expect(lines).toContain('3 años en seguridad ofensiva de IA: red teaming de productos LLM');
    expect(lines).toContain('github.com/fqureshi-sec');
  });
  it('splits a line whose sidebar word starts a few columns early, and keeps a wide bullet after the sidebar in the main column', () => {
    const page = [
      row('EXPERIENCE', 'SKILLS', 40),
      row('Engineer  |  Jul 2023 – Present', 'Kubernetes · Helm', 40),
      row('- Secured the ML platform our', 'Terraform · AWS', 40),
      row('scientists use to train models', 'Python · Go', 40),
      row('- Python tooling that checks', 'Linux', 40),
      row('pipeline specs and opens', 'EDUCATION', 34),
      row('merge requests with the fix.', 'BSc Computer Science', 40),
      row('Administrator  |  2018 – 2020', 'Leeds, 2018', 40),
      'Pennine Hosting Ltd',
      '- Ran 400 Ubuntu and CentOS servers: patching, backups, Nagios for uptime alerts.',
    ];
    expect(normalizeText(page.join('\n')).split('\n')).toEqual([
      'EXPERIENCE',
      'Engineer  |  Jul 2023 – Present',
      '- Secured the ML platform our',
      'scientists use to train models',
      '- Python tooling that checks',
      'pipeline specs and opens',
      'merge requests with the fix.',
      'Administrator  |  2018 – 2020',
      'Pennine Hosting Ltd',
      '- Ran 400 Ubuntu and CentOS servers: patching, backups, Nagios for uptime alerts.',
      '',
      'SKILLS',
      'Kubernetes · Helm',
      'Terraform · AWS',
      'Python · Go',
      'Linux',
      'EDUCATION',
      'BSc Computer Science',
      'Leeds, 2018',
    ]);
  });

  it('splits a sidebar line that runs into the main column and pushes its text right, between lines side by side', () => {
    const page = [
      row('SKILLS', 'EXPERIENCE'),
      row('Go · Rust', 'Platform Engineer  03/2021 – present'),
      row('Kubernetes · Helm', '- Built the cluster policy engine'),
      row('Terraform · Pulumi', '  that gates every deploy.'),
      'Cloud: AWS, GCP, Azure (Entra ID)   - Wrote the incident runbooks the',
      row('Linux', '  on-call team still uses.'),
      row('EDUCATION', '- Mentored three junior engineers.'),
      row('BSc Physics', ''),
    ];
    expect(normalizeText(page.join('\n')).split('\n')).toEqual([
      'SKILLS',
      'Go · Rust',
      'Kubernetes · Helm',
      'Terraform · Pulumi',
      'Cloud: AWS, GCP, Azure (Entra ID)',
      'Linux',
      'EDUCATION',
      'BSc Physics',
      '',
      'EXPERIENCE',
      'Platform Engineer  03/2021 – present',
      '- Built the cluster policy engine',
      '  that gates every deploy.',
      '- Wrote the incident runbooks the',
      '  on-call team still uses.',
      '- Mentored three junior engineers.',
    ]);
  });
  it('reads a main column on the left whose lines run up to or a little past the sidebar, pushing its text right', () => {
    // pdftotext -layout keeps two spaces or more between the columns: a main-column line that ends at the column's x,
    // or a character or two past it, pushes the sidebar's word right.
    const at = 60;
    const pushed = (main: string, side: string) => `${main}   ${side}`;
    const page = [
      row('PROFILE', 'SKILLS', at),
      row('Cloud security lead with 8 years of practice,', 'Threat modelling', at),
      pushed('across banks and insurers, where I now lead design reviews,', 'IAM design'), // ends 2 before the column
      row('and own the secure landing zone.', 'Terraform', at),
      '',
      pushed('Security Architect                        06/2020 – present', 'TOOLS'),
      row('Tidewater Bank plc, Leeds', 'Wiz, Prisma Cloud', at),
      pushed('• Designed the guardrails for 1,450 AWS accounts and their IAM', 'Checkov'), // 2 past the column
      row('  boundaries; reviewed every new workload.', 'Vault', at),
      '• Ran the quarterly access recertification with internal audit,', // 3 past, no sidebar text
      pushed('  signing off the exceptions for each of the 9 business lines.', 'LANGUAGES'),
      row('• Coached four engineers.', 'Python, Go', at),
      pushed('Cloud Engineer                            02/2017 – 05/2020', 'EDUCATION'),
      row('Harbourline Insurance, York', 'BSc Computing', at),
      row('• Built the first AWS landing zone.', 'Univ. of Hull', at),
      row('• Moved the build to GitHub Actions.', '2013 – 2016', at),
    ];
    expect(normalizeText(page.join('\n')).split('\n')).toEqual([
      'PROFILE',
      'Cloud security lead with 8 years of practice,',
      'across banks and insurers, where I now lead design reviews,',
      'and own the secure landing zone.',
      '',
      'Security Architect  06/2020 – present',
      'Tidewater Bank plc, Leeds',
      '- Designed the guardrails for 1,450 AWS accounts and their IAM',
      '  boundaries; reviewed every new workload.',
      '- Ran the quarterly access recertification with internal audit,',
      '  signing off the exceptions for each of the 9 business lines.',
      '- Coached four engineers.',
      'Cloud Engineer  02/2017 – 05/2020',
      'Harbourline Insurance, York',
      '- Built the first AWS landing zone.',
      '- Moved the build to GitHub Actions.',
      '',
      'SKILLS',
      'Threat modelling',
      'IAM design',
      'Terraform',
      '',
      'TOOLS',
      'Wiz, Prisma Cloud',
      'Checkov',
      'Vault',
      'LANGUAGES',
      'Python, Go',
      'EDUCATION',
      'BSc Computing',
      'Univ. of Hull',
      '2013 – 2016',
    ]);
  });
  it('keeps a line across the page that runs past the column with a wide gap in it when the lines around it are not side by side', () => {
    const page = [
      row('SKILLS', 'EXPERIENCE'),
      row('Go · Rust', 'Platform Engineer  03/2021 – present'),
      row('Kubernetes · Helm', '- Built the cluster policy engine'),
      row('Terraform · Pulumi', '  that gates every deploy.'),
      row('Linux', '- Mentored three junior engineers.'),
      row('EDUCATION', '- Ran the on-call rota.'),
      row('BSc Physics', '- Cut build times by half.'),
      row('Leeds, 2016', '- Moved CI to GitHub Actions.'),
      'REFERENCES AND PUBLICATIONS LIST   available on request from the author',
      'Jane Smith, Head of Platform, Acme Ltd',
    ];
    const lines = normalizeText(page.join('\n')).split('\n');
    expect(lines).toContain('REFERENCES AND PUBLICATIONS LIST  available on request from the author');
  });

  it('starts the main column at its bullets when they hang left of the lines that wrap under them', () => {
    const page = [
      row('CONTACT', 'EXPERIENCE'),
      row('Charlotte, NC', 'Senior Data Scientist  04/2022 – present'),
      row('github.com/arahman', '▪ Built the real-time card-fraud'),
      row('SKILLS', '  model (XGBoost, 400+ features)'),
      row('Python · SQL', '  that cut fraud losses 23%'),
      row('XGBoost · PyTorch', '  at a flat false-positive rate.'),
      row('SageMaker · MLflow', '▪ Account-takeover detection with'),
      row('Evidently · Tableau', '  an autoencoder on login data;'),
      row('Graph analytics', '  the bank’s SIEM consumes'),
      row('EDUCATION', '  its scores as one signal.'),
      row('M.S. Statistics', '▪ Mentor two junior data scientists'),
      row('NC State, 2017', '  (both promoted in 2025).'),
    ];
    expect(normalizeText(page.join('\n')).split('\n')).toEqual([
      'CONTACT',
      'Charlotte, NC',
      'github.com/arahman',
      'SKILLS',
      'Python · SQL',
      'XGBoost · PyTorch',
      'SageMaker · MLflow',
      'Evidently · Tableau',
      'Graph analytics',
      'EDUCATION',
      'M.S. Statistics',
      'NC State, 2017',
      '',
      'EXPERIENCE',
      'Senior Data Scientist  04/2022 – present',
      '- Built the real-time card-fraud',
      '  model (XGBoost, 400+ features)',
      '  that cut fraud losses 23%',
      '  at a flat false-positive rate.',
      '- Account-takeover detection with',
      '  an autoencoder on login data;',
      '  the bank’s SIEM consumes',
      '  its scores as one signal.',
      '- Mentor two junior data scientists',
      '  (both promoted in 2025).',
    ]);
  });

  it('splits a sidebar line run close to the column before one of its hanging bullets (r82)', () => {
    const cases: Array<[string, string]> = [
      // The bullet pulled a column left, a space after the sidebar's text.
      ['DeepLearning.AI ML Spec. (2023)', '• Built a RAG prototype (LangChain) that'],
      // The bullet at the column, a space after the sidebar's text.
      ['AWS Certified ML Specialty 2024', '• Built a RAG prototype (LangChain) that'],
    ];
    for (const [side, bullet] of cases) {
      const page = [
        row('SKILLS', 'EXPERIENCE', 33),
        row('Python, SQL', 'ML Engineer  Feb 2024 - Present', 33),
        row('PyTorch', '• Fine-tuned BERT models to classify', 33),
        row('Docker', '  referral letters.', 33),
        row('CERTIFICATES', '• Deployed the classifier on Vertex AI.', 33),
        `${side.padEnd(side.startsWith('Deep') ? 32 : 33)}${bullet}`,
        row('Google Cloud ML Engineer', '  lets coders search guidance.', 33),
        row('LANGUAGES', '• Ran fairness checks before release.', 33),
      ];
      const lines = normalizeText(page.join('\n')).split('\n');
      expect(lines).toContain(side);
      expect(lines).toContain('- Built a RAG prototype (LangChain) that');
    }
  });

  // A two-column page both of the next two tests start with: its rows, and the sidebar and main column they split into.
  const VALENCIA_ROWS = [
    row('CONTACT', 'EXPERIENCE'),
    row('Valencia, Spain', 'SOC Analyst  06/2019 – present'),
    row('SKILLS', '- Triage of SIEM alerts'),
    row('Python, KQL', '- Wrote the IR playbooks'),
    row('LANGUAGES', '- Tuned noisy rules'),
    row('Spanish, English', '- Coached L1 analysts'),
  ];
  const VALENCIA_SIDEBAR = ['CONTACT', 'Valencia, Spain', 'SKILLS', 'Python, KQL', 'LANGUAGES', 'Spanish, English'];
  const VALENCIA_MAIN = [
    'EXPERIENCE',
    'SOC Analyst  06/2019 – present',
    '- Triage of SIEM alerts',
    '- Wrote the IR playbooks',
    '- Tuned noisy rules',
    '- Coached L1 analysts',
  ];

  it('reads a heading at the margin below both columns with the full-width lines under it, after the main column', () => {
    const page = [...VALENCIA_ROWS, '', 'EDUCATION', '', 'BSc Mathematics – Universitat de València                     2014 – 2019'];
    expect(
      normalizeText(page.join('\n'))
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual([...VALENCIA_SIDEBAR, ...VALENCIA_MAIN, 'EDUCATION', 'BSc Mathematics – Universitat de València  2014 – 2019']);
  });

  it.each([
    ['EDUCATION', 'MSc Cyber Security (2:1)', 'University College Dublin      2015 – 2016'],
    ['AUSBILDUNG', 'M.Sc. Informatik', 'TU München                    2016 – 2018'],
    ['FORMACIÓN', 'Máster en Ciberseguridad', 'Universidad de Granada        2019 – 2020'],
  ])('reads a heading at the margin below both columns over a table of its own across the page: %s', (heading, degree, school) => {
    const page = [
      ...VALENCIA_ROWS,
      '',
      heading,
      `${degree.padEnd(40)}${school}`,
      '  Thesis: on commodity routers',
      `${'B.Sc. Informatics'.padEnd(40)}University of Wrocław`,
    ];
    expect(
      normalizeText(page.join('\n'))
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual([
      ...VALENCIA_SIDEBAR,
      ...VALENCIA_MAIN,
      heading,
      `${degree}  ${school.replace(/ {3,}/u, '  ')}`,
      '  Thesis: on commodity routers',
      'B.Sc. Informatics  University of Wrocław',
    ]);
  });

  it('keeps a sidebar under a heading at the margin below the main column whose lines go on beside the main column', () => {
    const page = [...VALENCIA_ROWS, '', 'INTERESTS', row('Chess', '- Shift work on QRadar'), row('Running', '- On-call rota')];
    expect(
      normalizeText(page.join('\n'))
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual([...VALENCIA_SIDEBAR, 'INTERESTS', 'Chess', 'Running', ...VALENCIA_MAIN, '- Shift work on QRadar', '- On-call rota']);
  });

  it('keeps a sidebar that goes on below the main column, with no blank row between, in the sidebar', () => {
    const page = [
      ...VALENCIA_ROWS,
      row('INTERESTS', 'SOC Analyst L1  2017 – 2019'),
      row('Chess', '- Shift work on QRadar'),
      'Running',
      'BSc Mathematics – Universitat de València                     2014 – 2019',
    ];
    expect(
      normalizeText(page.join('\n'))
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual([
      ...VALENCIA_SIDEBAR,
      'INTERESTS',
      'Chess',
      'Running',
      ...VALENCIA_MAIN,
      'SOC Analyst L1  2017 – 2019',
      '- Shift work on QRadar',
      'BSc Mathematics – Universitat de València  2014 – 2019',
    ]);
  });

  it('reads a tabular CV with a column of dates line by line, not as a sidebar', () => {
    const page = [
      'BERUFSERFAHRUNG',
      '',
      row('seit 01/2022', 'Informationssicherheitsbeauftragte (ISB)', 24),
      row('', 'Alpenland Versicherung AG, München', 24),
      '',
      row('09/2017 – 03/2021', 'IT-Security Consultant', 24),
      row('', 'Nordwall Consulting GmbH, Hamburg', 24),
      '',
      row('10/2015 – 08/2017', 'Werkstudentin IT-Sicherheit', 24),
      row('', 'Vantec AG, Garching', 24),
      '',
      row('09/2010 – 07/2013', 'Ausbildung zur Fachinformatikerin', 24),
      row('', 'Stadtwerke Innstadt GmbH', 24),
    ];
    expect(normalizeText(page.join('\n')).split('\n')[2]).toBe('seit 01/2022  Informationssicherheitsbeauftragte (ISB)');
  });

  it('reads a Europass page (labels and date ranges ending in "Present" beside the entries) line by line', () => {
    const page = [
      row('PERSONAL INFORMATION', 'Aoife Brennan', 28),
      row('', 'Ranelagh, Dublin 6 (Ireland)', 28),
      row('JOB APPLIED FOR', 'Machine Learning Engineer', 28),
      '',
      'WORK EXPERIENCE',
      '',
      row('01.2023 – Present', 'Machine Learning Engineer', 28),
      row('', 'Lumenrail Freight Analytics Ltd., Dublin (Ireland)', 28),
      row('03.2021 – 12.2022', 'Data Analyst', 28),
      row('', 'Northgate Community Health Trust, Dublin (Ireland)', 28),
      row('09.2014 – 06.2020', 'Teacher of Physics and Mathematics', 28),
      row('Mother tongue(s)', 'English', 28),
      row('Other language(s)', 'Irish, French', 28),
      row('Digital skills', 'Python, SQL', 28),
    ];
    expect(normalizeText(page.join('\n')).split('\n')[6]).toBe('01.2023 – Present  Machine Learning Engineer');
  });

  it('reads a form with its labels set flush right (the old Europass CV) without the labels', () => {
    const field = (label: string, value: string) => `${label.padStart(34)}${value === '' ? '' : `  ${value}`}`;
    const page = [
      field('Personal information', ''),
      field('First name(s) / Surname(s)', 'Andrei Popescu'),
      field('Nationality', 'Romanian'),
      '',
      field('Work experience', ''),
      '',
      field('Dates', '01/10/2022 → present'),
      field('Occupation or position held', 'Information Security Engineer'),
      field('Main activities and', '▪ Network segmentation and Calico network'),
      field('responsibilities', '  policies for the clusters'),
      field('Name and address of employer', 'Carpathia Software SRL, Cluj-Napoca'),
      '',
      field('Dates', '01/03/2018 - 30/09/2022'),
      field('Occupation or position held', 'Network Security Engineer'),
      field('Main activities and', 'Fortinet firewalls and IPsec VPNs'),
      field('responsibilities', ''),
      field('Name and address of employer', 'Dacia Telecom SA, Bucharest'),
    ];
    expect(normalizeText(page.join('\n')).split('\n')).toEqual([
      'Personal information',
      '  Andrei Popescu',
      '  Romanian',
      '',
      'Work experience',
      '',
      '  01/10/2022 → present',
      '  Information Security Engineer',
      '  - Network segmentation and Calico network',
      '    policies for the clusters',
      '  Carpathia Software SRL, Cluj-Napoca',
      '',
      '  01/03/2018 - 30/09/2022',
      '  Network Security Engineer',
      '  Fortinet firewalls and IPsec VPNs',
      '  Dacia Telecom SA, Bucharest',
    ]);
  });

  it('drops the page footer of a form with its labels set flush right', () => {
    const field = (label: string, value: string) => `${label.padStart(34)}${value === '' ? '' : `   ${value}`}`;
    const job = (dates: string, title: string, employer: string) => [
      field('Dates', dates),
      field('Occupation or position held', title),
      field('Main activities and', `Firewalls and IPsec VPNs for ${employer}`),
      field('responsibilities', ''),
      field('Name and address of employer', employer),
      '',
    ];
    const footer = (n: number) => ['', `${' '.repeat(34)}Page ${n} / 2 - Curriculum vitae of`, `${' '.repeat(46)}Popescu Andrei-Mihai`];
    const page1 = [
      field('Work experience', ''),
      '',
      ...job('01/10/2022 → present', 'Security Engineer', 'Carpathia SRL'),
      ...job('01/03/2018 - 30/09/2022', 'Network Engineer', 'Dacia SA'),
      ...job('01/01/2017 - 28/02/2018', 'Network Technician', 'Dacia SA'),
      ...footer(1),
    ];
    const page2 = [
      ...job('01/07/2016 - 28/02/2018', 'System Administrator', 'Transilvania SRL'),
      ...job('06/07/2015 - 25/09/2015', 'Intern', 'Dacia SA'),
      ...job('01/07/2014 - 31/08/2014', 'Intern', 'Carpathia SRL'),
      ...footer(2),
    ];
    const text = normalizeText(`${page1.join('\n')}\n\f\n${page2.join('\n')}`);
    expect(text).not.toContain('Curriculum vitae of');
    expect(text).not.toContain('Occupation');
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines.slice(lines.indexOf('06/07/2015 - 25/09/2015'), lines.indexOf('06/07/2015 - 25/09/2015') + 4)).toEqual([
      '06/07/2015 - 25/09/2015',
      'Intern',
      'Firewalls and IPsec VPNs for Dacia SA',
      'Dacia SA',
    ]);
  });

  it('keeps a sidebar set flush right against the main column as a column of its own', () => {
    const row = (side: string, main: string) => `${side.padStart(24)}  ${main}`;
    const page = [
      row('SKILLS', 'EXPERIENCE'),
      row('Python, Go', 'Security Engineer, Acme   2021 – Present'),
      row('Kubernetes, Terraform', '- Built the detection pipeline'),
      row('AWS, GCP', '- Ran threat models for payments'),
      row('LANGUAGES', 'Analyst, Bolt   2018 – 2021'),
      row('English (native)', '- Triage of phishing alerts'),
      row('German (B2)', '- Wrote Sigma rules'),
      row('INTERESTS', '- On-call for the SOC'),
      row('Climbing, chess', '- Reviewed firewall changes'),
    ];
    const text = normalizeText(page.join('\n'));
    expect(text).toContain('Kubernetes, Terraform');
    expect(text).toContain('English (native)');
  });

  it('goes on with both columns past a rule drawn across the page (a page break in a DOCX export)', () => {
    const page = [
      row('EXPERIENCE', 'SKILLS', 40),
      row('Senior Security Engineer', 'Network: Palo Alto, IPsec', 40),
      row('since January 2021', 'Identity: Okta, SAML', 40),
      row('• Own the security baseline', 'LANGUAGES', 40),
      row('', 'Spanish (native)', 40),
      '-'.repeat(70),
      row('Network Security Engineer', 'VOLUNTEER', 40),
      row('Aug 2015 – Dec 2020', 'BSides organizer', 40),
      row('• Managed firewalls', '', 40),
    ];
    const lines = normalizeText(page.join('\n'))
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(lines.slice(0, 6)).toEqual([
      'EXPERIENCE',
      'Senior Security Engineer',
      'since January 2021',
      '- Own the security baseline',
      'Network Security Engineer',
      'Aug 2015 – Dec 2020',
    ]);
  });

  it('goes on with the sidebar and the main column of a page on the next page laid out like it', () => {
    const page1 = [
      'EDUCATION',
      row('MSc Law', 'EXPERIENCE'),
      row('University of Madrid', 'Counsel  2018 – 2022'),
      row('2014 – 2015', '- Led DPIAs for the group'),
      row('', ''),
      row('LANGUAGES', '- Kept the record of'),
      row('Spanish, English', '  processing for the'),
      row('', '  five companies and'),
      row('', '  of the group and'),
    ];
    const page2 = [
      row('BSc Law', '  its clients'),
      row('University of Madrid', '- Answered the regulator'),
      row('2010 – 2014', ''),
      row('', 'Associate  2015 – 2018'),
      row('CERTIFICATIONS', '- Negotiated contracts'),
      row('CIPP/E', '- Advised retailers'),
      row('CIPM', '- Ran workshops'),
      row('', '- Wrote opinions'),
    ];
    expect(normalizeText(`${page1.join('\n')}\f${page2.join('\n')}`).split('\n')).toEqual([
      'EDUCATION',
      'MSc Law',
      'University of Madrid',
      '2014 – 2015',
      '',
      'LANGUAGES',
      'Spanish, English',
      'BSc Law',
      'University of Madrid',
      '2010 – 2014',
      'CERTIFICATIONS',
      'CIPP/E',
      'CIPM',
      '',
      'EXPERIENCE',
      'Counsel  2018 – 2022',
      '- Led DPIAs for the group',
      '',
      '- Kept the record of',
      '  processing for the',
      '  five companies and',
      '  of the group and',
      '  its clients',
      '- Answered the regulator',
      'Associate  2015 – 2018',
      '- Negotiated contracts',
      '- Advised retailers',
      '- Ran workshops',
      '- Wrote opinions',
    ]);
  });

  it('reads the rows a table row wrapped onto as its cells, when a cell is cut mid-phrase and the rows under it have no year', () => {
    const table = [
      'EDUCATION',
      'Qualification | Institution | Year | CGPA',
      'B.Tech - Computer | Sree Vidyanikethan Inst. of | 2026 | 8.61',
      'Science & Engg. | Technology, Tirupati (JNTUA) | |',
      '(Minor: Cyber | | |',
      ' Security) | | |',
      'Class XII (MPC) | Narayana Junior College | 2022 | 96.4 %',
      'BSc Physics | University of Leeds | 2015 | 2:1',
      'Exchange term | ETH Zurich | |',
    ];
    expect(normalizeText(table.join('\n')).split('\n')).toEqual([
      'EDUCATION',
      'Qualification | Institution | Year | CGPA',
      'B.Tech - Computer Science & Engg. (Minor: Cyber Security) | Sree Vidyanikethan Inst. of Technology, Tirupati (JNTUA) | 2026 | 8.61',
      'Class XII (MPC) | Narayana Junior College | 2022 | 96.4 %',
      'BSc Physics | University of Leeds | 2015 | 2:1',
      'Exchange term | ETH Zurich | |',
    ]);
  });

  it('goes on with the columns of the page before on a page with too few lines side by side to show a gutter of its own', () => {
    const page1 = [
      row('SKILLS', 'EXPERIENCE'),
      row('Python, Java', 'Kestrel Software Ltd'),
      row('Semgrep', 'AppSec Engineer  03/2018 – 12/2020'),
      row('EDUCATION', '- Code review of the Java services'),
      row('MSc Computer Science', '- Ran DAST before each release'),
      row('2017 – 2018', '- Secure coding training'),
      row('', ''),
      row('LANGUAGES', 'Lumen Bank'),
      row('English, Tamil', 'Security Engineer  2021 – 2023'),
      row('', '- Threat models for every feature'),
    ];
    const page2 = [
      row('', 'Software Engineering Intern  06/2017 – 08/2017'),
      row('', 'Kestrel Software Ltd'),
      row('', '- Built internal admin screens in Java'),
      '',
      row('INTERESTS', 'RESEARCH'),
      row('Fell running, chess', 'M.Sc. thesis (10/2017 – 02/2018): membership'),
      row('', 'inference against credit models'),
    ];
    expect(normalizeText(`${page1.join('\n')}\f${page2.join('\n')}`).split('\n')).toEqual([
      'SKILLS',
      'Python, Java',
      'Semgrep',
      'EDUCATION',
      'MSc Computer Science',
      '2017 – 2018',
      '',
      'LANGUAGES',
      'English, Tamil',
      '',
      'INTERESTS',
      'Fell running, chess',
      '',
      'EXPERIENCE',
      'Kestrel Software Ltd',
      'AppSec Engineer  03/2018 – 12/2020',
      '- Code review of the Java services',
      '- Ran DAST before each release',
      '- Secure coding training',
      '',
      'Lumen Bank',
      'Security Engineer  2021 – 2023',
      '- Threat models for every feature',
      'Software Engineering Intern  06/2017 – 08/2017',
      'Kestrel Software Ltd',
      '- Built internal admin screens in Java',
      '',
      'RESEARCH',
      'M.Sc. thesis (10/2017 – 02/2018): membership',
      'inference against credit models',
    ]);
  });

  it('goes on with the columns of the page before in a band at the top of a page, above text across the page', () => {
    const row = (left: string, right: string) => left.padEnd(36) + right;
    const page1 = [
      row('DUTIES', 'REQUIREMENTS'),
      row('- Review the Terraform modules', '- 5+ years in security'),
      row('- Triage findings from scans', '- Python and Go'),
      row('- Coach junior engineers', '- Degree in computer science'),
      row('- Write the threat models', '- Kubernetes'),
      row('- Own the SIEM rules', '- English'),
      row('', 'PREFERRED'),
      row('', '- CISSP or OSCP'),
    ];
    const page2 = [
      row('- Present results to the CISO', '- Experience with AWS'),
      row('- Run tabletop exercises', '- Some PowerShell'),
      row('- Report to the board', '- Splunk'),
      row('', '- A master’s degree'),
      '',
      'BENEFITS  Health cover and a yearly bonus; this paragraph runs across the whole width of the page.',
      'The role is based in Leeds with two office days a week, and we sponsor no visas for this position.',
    ];
    expect(
      normalizeText(`${page1.join('\n')}\f${page2.join('\n')}`)
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual([
      'DUTIES',
      '- Review the Terraform modules',
      '- Triage findings from scans',
      '- Coach junior engineers',
      '- Write the threat models',
      '- Own the SIEM rules',
      '- Present results to the CISO',
      '- Run tabletop exercises',
      '- Report to the board',
      'REQUIREMENTS',
      '- 5+ years in security',
      '- Python and Go',
      '- Degree in computer science',
      '- Kubernetes',
      '- English',
      'PREFERRED',
      '- CISSP or OSCP',
      '- Experience with AWS',
      '- Some PowerShell',
      '- Splunk',
      '- A master’s degree',
      'BENEFITS  Health cover and a yearly bonus; this paragraph runs across the whole width of the page.',
      'The role is based in Leeds with two office days a week, and we sponsor no visas for this position.',
    ]);
  });

  it('reads a sidebar line that runs up to the main column as the sidebar, not as a line across the page', () => {
    const page = [
      row('JANE DOE', 'EXPERIENCE'),
      row('Ingénieure en sécurité de l’IA', ''),
      row('Lyon, France', 'Security Engineer  2021 – 2024'),
      row('SKILLS', '- Threat models for every feature'),
      row('Python, Semgrep', '- Code review of the Java services'),
      row('EDUCATION', '- Semgrep rules in CI'),
      row('MSc Computer Science', 'Network Analyst  2017 – 2020'),
      row('Lyon, 2017', '- Tuned IDS rules'),
      row('LANGUAGES', '- Splunk dashboards'),
    ];
    expect(normalizeText(page.join('\n')).split('\n')).toEqual([
      'JANE DOE',
      'Ingénieure en sécurité de l’IA',
      'Lyon, France',
      'SKILLS',
      'Python, Semgrep',
      'EDUCATION',
      'MSc Computer Science',
      'Lyon, 2017',
      'LANGUAGES',
      '',
      'EXPERIENCE',
      'Security Engineer  2021 – 2024',
      '- Threat models for every feature',
      '- Code review of the Java services',
      '- Semgrep rules in CI',
      'Network Analyst  2017 – 2020',
      '- Tuned IDS rules',
      '- Splunk dashboards',
    ]);
  });

  it('reads a running header across the top of a page that goes on with both columns in the sidebar, and goes on with both columns under it', () => {
    const page1 = [
      row('JANE DOE', 'EXPERIENCE'),
      row('Lyon, France', 'Security Engineer  2021 – 2024'),
      row('SKILLS', '- Threat models for every feature'),
      row('Python, Semgrep', '- Code review of the Java services'),
      row('EDUCATION', '- Semgrep rules in CI'),
      row('MSc Computer Science', '- OAuth design for the API'),
      row('Lyon, 2017', '- Python bots for tickets'),
      row('CERTIFICATIONS', '- DAST against staging'),
    ];
    const page2 = [
      'Jane Doe · jane.doe@example.com',
      '',
      row('OSCP (2019)', '- OWASP training'),
      row('CSSLP (2022)', ''),
      row('LANGUAGES', 'Network Analyst  2017 – 2020'),
      row('French, English', '- Tuned IDS rules'),
      row('Arabic', '- Splunk dashboards'),
      row('INTERESTS', '- NetFlow scripts'),
      row('Chess', 'Intern  2016 – 2016'),
      row('Running', '- Batch jobs'),
    ];
    expect(
      normalizeText(`${page1.join('\n')}\f${page2.join('\n')}`)
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual([
      'JANE DOE',
      'Lyon, France',
      'SKILLS',
      'Python, Semgrep',
      'EDUCATION',
      'MSc Computer Science',
      'Lyon, 2017',
      'CERTIFICATIONS',
      'Jane Doe · jane.doe@example.com',
      'OSCP (2019)',
      'CSSLP (2022)',
      'LANGUAGES',
      'French, English',
      'Arabic',
      'INTERESTS',
      'Chess',
      'Running',
      'EXPERIENCE',
      'Security Engineer  2021 – 2024',
      '- Threat models for every feature',
      '- Code review of the Java services',
      '- Semgrep rules in CI',
      '- OAuth design for the API',
      '- Python bots for tickets',
      '- DAST against staging',
      '- OWASP training',
      'Network Analyst  2017 – 2020',
      '- Tuned IDS rules',
      '- Splunk dashboards',
      '- NetFlow scripts',
      'Intern  2016 – 2016',
      '- Batch jobs',
    ]);
  });

  it('cuts pages at a printed page footer when no form feed was kept, so that a sidebar beside page 1 alone is found', () => {
    const page1 = [
      row('EXPERIENCE', 'SKILLS', 40),
      row('Data Scientist', 'Python, SQL', 40),
      row('Bramble · Jul 2020 – present', 'Spark, dbt', 40),
      row('- Claims-fraud classifier', 'LANGUAGES', 40),
      row('- Pricing models in Python', 'Polish, English', 40),
      row('- A/B tests for renewals', 'INTERESTS', 40),
      row('Data Science Intern', 'Chess, running', 40),
      row('Bramble · Jun 2019 – Aug 2019', 'LINKS', 40),
      row('- Churn model in scikit-learn', 'github.com/example', 40),
      '',
      '                    — page 1 of 2 —',
    ];
    const page2 = [
      'EDUCATION',
      'M.S. Statistics, University of Wisconsin–Madison             Fall 2018 – Spring 2020',
      '   Thesis: "Bayesian hierarchical models for small-area insurance loss estimation"',
      'B.A. Economics (minor in Mathematics), Northwestern University    2014 – 2018',
      'Google Cloud Professional Machine Learning Engineer – earned Jun 2023, expired Jun 2025',
    ];
    expect(
      normalizeText([...page1, ...page2].join('\n'))
        .split('\n')
        .filter((l) => l.trim() !== ''),
    ).toEqual([
      'EXPERIENCE',
      'Data Scientist',
      'Bramble · Jul 2020 – present',
      '- Claims-fraud classifier',
      '- Pricing models in Python',
      '- A/B tests for renewals',
      'Data Science Intern',
      'Bramble · Jun 2019 – Aug 2019',
      '- Churn model in scikit-learn',
      'EDUCATION',
      'M.S. Statistics, University of Wisconsin–Madison  Fall 2018 – Spring 2020',
      '   Thesis: "Bayesian hierarchical models for small-area insurance loss estimation"',
      'B.A. Economics (minor in Mathematics), Northwestern University  2014 – 2018',
      'Google Cloud Professional Machine Learning Engineer – earned Jun 2023, expired Jun 2025',
      'SKILLS',
      'Python, SQL',
      'Spark, dbt',
      'LANGUAGES',
      'Polish, English',
      'INTERESTS',
      'Chess, running',
      'LINKS',
      'github.com/example',
    ]);
  });

  it('reads a sidebar and a main column on across a printed page footer and header when no form feed was kept', () => {
    const page1 = [
      row('SKILLS', 'EXPERIENCE', 34),
      row('Cloud', 'Cloud Security Engineer', 34),
      row('AWS, Azure', 'Merlion · Jul 2019 – Feb 2022', 34),
      row('IaC', '- Built the cloud security function', 34),
      row('Terraform, Checkov', '- Terraform for shared VPCs and', 34),
      row('CERTIFICATIONS', '  segmentation with security groups', 34),
      row('CCSP — 2021', '- Led the response to an S3 incident', 34),
      row('AWS Security –', '- Wrote the remediation runbooks', 34),
      row('Specialty — 2024', '- Enabled Defender for Cloud', 34),
      '',
      ' Jane Doe · CV                                             Page 1 of 2',
      '',
      ' Jane Doe — Cloud Security Engineer                            (cont.)',
    ];
    const page2 = [
      row('CKA — 2021 (expired', '- Ran a data-classification exercise', 34),
      row('2024)', '  with legal and the data team.', 34),
      '',
      row('EDUCATION', 'System Engineer', 34),
      row('B.Eng. (Computer', 'Kallang · Jan 2017 – Jun 2019', 34),
      row('Engineering), 2016', '- Built and patched RHEL servers', 34),
      row('LANGUAGES', '- Bash automation for server builds', 34),
      row('English, Malay', '- On-call rota for the data centre', 34),
      '',
      ' Jane Doe · CV                                             Page 2 of 2',
    ];
    const lines = normalizeText([...page1, ...page2].join('\n'))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    // The main column runs on from page 1 to page 2, so the entry after the page break stays in EXPERIENCE.
    const at = (l: string) => lines.indexOf(l);
    expect(at('- Enabled Defender for Cloud')).toBeGreaterThan(at('LANGUAGES'));
    expect(lines.slice(at('- Enabled Defender for Cloud'))).toEqual([
      '- Enabled Defender for Cloud',
      '- Ran a data-classification exercise',
      'with legal and the data team.',
      'System Engineer',
      'Kallang · Jan 2017 – Jun 2019',
      '- Built and patched RHEL servers',
      '- Bash automation for server builds',
      '- On-call rota for the data centre',
    ]);
  });

  it('splits a ruled column at one space before its rule, reads a footer rule as blank, and puts a left main column next to the one-column page after it', () => {
    const page1 = [
      row('EXPERIENCE', '| SKILLS', 40),
      row('ACME CORP, London', '| Python, C++', 40),
      row('Staff Engineer  2020 – 2023', '| Kubernetes', 40),
      '• Shipped our guardrail classifier at v | AWS',
      row('  for the LLM gateway', '| LANGUAGES', 40),
      row('• Threat models for 30 services', '| English', 40),
      row('• Reviewed the ML platform', '| CERTIFICATIONS', 40),
      row('• Wrote the cloud baseline', '| CISSP – 2017', 40),
      `${'─'.repeat(40)} J. Doe – CV – page 1 of 2`,
    ];
    const page2 = ['HALBERD, Reading · Engineer · 10/2012 – 08/2015', '• C++ telemetry'];
    expect(
      normalizeText(`${page1.join('\n')}\n\f${page2.join('\n')}`)
        .split('\n')
        .filter((l) => l.trim() !== '' && l.trim() !== '|'),
    ).toEqual([
      'EXPERIENCE',
      'ACME CORP, London',
      'Staff Engineer  2020 – 2023',
      '- Shipped our guardrail classifier at v',
      '  for the LLM gateway',
      '- Threat models for 30 services',
      '- Reviewed the ML platform',
      '- Wrote the cloud baseline',
      'HALBERD, Reading · Engineer · 10/2012 – 08/2015',
      '- C++ telemetry',
      // The rule the gutter is drawn with is no text of the sidebar.
      'SKILLS',
      'Python, C++',
      'Kubernetes',
      'AWS',
      'LANGUAGES',
      'English',
      'CERTIFICATIONS',
      'CISSP – 2017',
    ]);
  });

  it('splits a flush-right date one space before the sidebar, keeps a dated line that ends before the sidebar in the main column, and reads a footer repeated on every page as neither column', () => {
    const footer = '  I consent to the processing of my personal data for this recruitment process.';
    const page1 = [
      row('EXPERIENCE', 'SKILLS'),
      row('Analyst     03/2022 – present', 'Splunk, KQL'),
      row('- Wrote detections', 'Python'),
      row('- Led incidents', 'CERTIFICATIONS'),
      row('- Tuned the SIEM', 'GCIH (2021)'),
      row('- Built SOAR flows', 'SC-200 (2022)'),
      row('Engineer    01/2021 – 02/2022', 'Security+'),
      row('Intern      06/2020 – 12/2020', '(expired 2021)'),
      footer,
    ];
    const page2 = [
      row('- Ran the IR drills', 'LANGUAGES'),
      row('Admin       10/2017 – 08/2019', ''),
      row('- Patched servers', 'Polish'),
      row('- Ran backups', 'English'),
      row('- Helpdesk', 'German'),
      row('- Wrote runbooks', 'LEARNING'),
      row('- Set up Ansible', 'Go'),
      row('- Kept the CMDB', 'Rust'),
      footer,
    ];
    expect(
      normalizeText(`${page1.join('\n')}\f${page2.join('\n')}`)
        .split('\n')
        .filter((l) => l.trim() !== ''),
    ).toEqual([
      'EXPERIENCE',
      'Analyst  03/2022 – present',
      '- Wrote detections',
      '- Led incidents',
      '- Tuned the SIEM',
      '- Built SOAR flows',
      'Engineer  01/2021 – 02/2022',
      'Intern  06/2020 – 12/2020',
      '- Ran the IR drills',
      'Admin  10/2017 – 08/2019',
      '- Patched servers',
      '- Ran backups',
      '- Helpdesk',
      '- Wrote runbooks',
      '- Set up Ansible',
      '- Kept the CMDB',
      'SKILLS',
      'Splunk, KQL',
      'Python',
      'CERTIFICATIONS',
      'GCIH (2021)',
      'SC-200 (2022)',
      'Security+',
      '(expired 2021)',
      'LANGUAGES',
      'Polish',
      'English',
      'German',
      'LEARNING',
      'Go',
      'Rust',
    ]);
  });

  it('splits a main column heading in capitals one space after the sidebar text, but keeps a line across the page whole', () => {
    const page = [
      row('SKILLS', 'PROFILE'),
      row('Python  ●●●○○', 'Analyst who tests AI systems.'),
      '●●●●● expert  ●○○○○ beginners EXPERIENCE', // the sidebar's text ends one space before the column
      row('SQL  ●●●○○', 'Analyst  01/2021 – 01/2024'),
      row('Splunk  ●●○○○', '- Ran audits'),
      row('LANGUAGES', '- Wrote policies'),
      row('English', '- Mentored two analysts'),
      'ALL WORK AND NO PLAY MAKES A CV A DULL READ',
    ];
    expect(
      normalizeText(page.join('\n'))
        .split('\n')
        .filter((l) => l.trim() !== ''),
    ).toEqual([
      'SKILLS',
      'Python  ●●●○○',
      '- ●●●● expert  ●○○○○ beginners',
      'SQL  ●●●○○',
      'Splunk  ●●○○○',
      'LANGUAGES',
      'English',
      'PROFILE',
      'Analyst who tests AI systems.',
      'EXPERIENCE',
      'Analyst  01/2021 – 01/2024',
      '- Ran audits',
      '- Wrote policies',
      '- Mentored two analysts',
      'ALL WORK AND NO PLAY MAKES A CV A DULL READ',
    ]);
  });
});

// normalizeText on the dev résumés (../shared/eval/dev): `npm run eval` (test/eval/stages.eval.ts).

describe('Markdown emphasis', () => {
  it('drops the asterisks around a phrase, but keeps bullets and products', () => {
    expect(normalizeText('**Machine Learning Engineer**, Lumen Voice Inc. — *2022-05 → today*\n* Tuned *all* models; 5*3*2 and a*b')).toBe(
      'Machine Learning Engineer, Lumen Voice Inc. — 2022-05 → today\n- Tuned all models; 5*3*2 and a*b',
    );
  });
});

describe('ATS exports that print records on a few very long lines (r95)', () => {
  it('sets each labelled field, numbered record and inline bullet of a work history on a line of its own', () => {
    const raw =
      'Employment History: [1] Position: Cloud Security Analyst; Employer: Harbour Freight Systems; City: Leeds; Start Date: 02/2021; End Date: ; Current Job: Yes; Duties: • Ran the Sentinel detection rules for 40 subscriptions • Reviewed IAM policies every quarter [2] Position: IT Support Analyst; Employer: Harbour Freight Systems; City: Leeds; Start Date: 06/2018; End Date: 01/2021; Current Job: No; Duties: • Laptop builds and user accounts';
    expect(normalizeText(raw)).toBe(
      [
        'Employment History:',
        '',
        'Position: Cloud Security Analyst',
        'Employer: Harbour Freight Systems',
        'City: Leeds',
        '02/2021 – present',
        'Duties:',
        '- Ran the Sentinel detection rules for 40 subscriptions',
        '- Reviewed IAM policies every quarter',
        '',
        'Position: IT Support Analyst',
        'Employer: Harbour Freight Systems',
        'City: Leeds',
        '06/2018 – 01/2021',
        'Current Job: No',
        'Duties:',
        '- Laptop builds and user accounts',
      ].join('\n'),
    );
  });

  it("sets a profile's bar-separated fields one a line, and a field that lists short items one item a line", () => {
    const header =
      'Given Name: Priya | Family Name: Raman | E-mail: priya.r@example.org | Mobile: +44 7700 900123 | Town: Bristol | Notice Period: 1 month | Right to Work: Yes | Salary Expectation: 70,000 GBP | Total Years of Experience: 9';
    const skills =
      'Skills: Python (Advanced, 6 years); Terraform (Intermediate, 3 years); Splunk (Expert, 5 years); Kubernetes (Intermediate, 2 years); Go (Beginner, 1 year); Incident Response (Advanced, 4 years); Threat Modelling (Advanced)';
    expect(normalizeText(`${header}\n${skills}`)).toBe(
      [
        'Given Name: Priya',
        'Family Name: Raman',
        'E-mail: priya.r@example.org',
        'Mobile: +44 7700 900123',
        'Town: Bristol',
        'Notice Period: 1 month',
        'Right to Work: Yes',
        'Salary Expectation: 70,000 GBP',
        'Total Years of Experience: 9',
        'Skills:',
        'Python (Advanced, 6 years)',
        'Terraform (Intermediate, 3 years)',
        'Splunk (Expert, 5 years)',
        'Kubernetes (Intermediate, 2 years)',
        'Go (Beginner, 1 year)',
        'Incident Response (Advanced, 4 years)',
        'Threat Modelling (Advanced)',
      ].join('\n'),
    );
  });

  it('leaves a long sentence with semicolons and one colon as it is', () => {
    const prose =
      'Summary: I led the migration of our detection stack to Sentinel; wrote the KQL rules for the cloud estate; trained the night shift on the new triage flow; and cut the false positive rate by a third over two quarters while the team grew from four to nine analysts.';
    expect(normalizeText(prose)).toBe(prose);
  });
});

describe('page furniture inside an entry (r95)', () => {
  it('drops a running header that opens two later pages, though the first page opens otherwise', () => {
    const raw = [
      'MARTA OKONJO',
      'Leeds | marta.o@example.org',
      '',
      'EXPERIENCE',
      'Threat Hunter  2021 – Present',
      '- Hunted across 3,000 endpoints',
      '                                   Page 1 of 3',
      '\fMarta Okonjo · marta.o@example.org · SC cleared',
      '- Wrote KQL hunting queries',
      '                                   Page 2 of 3',
      '\fMarta Okonjo · marta.o@example.org · SC cleared',
      '- Ran purple-team days',
    ].join('\n');
    expect(normalizeText(raw)).toBe(
      [
        'MARTA OKONJO',
        'Leeds | marta.o@example.org',
        '',
        'EXPERIENCE',
        'Threat Hunter  2021 – Present',
        '- Hunted across 3,000 endpoints',
        '',
        '- Wrote KQL hunting queries',
        '',
        '- Ran purple-team days',
      ].join('\n'),
    );
  });

  it.each([
    ['- Tested web apps against the OWASP Top\n  10\n- Ran phishing drills', '- Tested web apps against the OWASP Top\n  10\n- Ran phishing drills'],
    ['- Patched the fleet within\n  30\n  days of release', '- Patched the fleet within\n  30\n  days of release'],
  ])("keeps a bare number between two lines of text, a wrapped line's last word: %j", (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});

describe('a résumé pasted into an e-mail reply (r108)', () => {
  it('drops the quote marks of a quoted block that holds a quoted blank line', () => {
    expect(normalizeText('Hi,\n\n> SKILLS\n> Python, Go\n>\n> EXPERIENCE\n> Acme -- Analyst,\n> 2019 - May 2021\n> - Ran scans\n\nThanks')).toBe(
      'Hi,\n\nSKILLS\nPython, Go\n\nEXPERIENCE\nAcme -- Analyst,\n2019 - May 2021\n- Ran scans\n\nThanks',
    );
  });

  it('keeps ">" bullets of a list with no quoted blank line as bullets', () => {
    expect(normalizeText('> Built the scanner\n> Ran the triage\n> Wrote the runbooks')).toBe('- Built the scanner\n- Ran the triage\n- Wrote the runbooks');
  });

  it('reads nested reply marks as one quote', () => {
    expect(normalizeText('> > EXPERIENCE\n> >\n> > Acme  2019 – 2021')).toBe('EXPERIENCE\n\nAcme  2019 – 2021');
  });
});

describe('a main column that runs on below its sidebar, then across the page (s48)', () => {
  const row = (left: string, right: string, at = 46) => left.padEnd(at) + right;
  const page = [
    row('JO TANAKA', 'CONTACT'),
    row('Platform Engineer', 'Leeds'),
    row('', 'jo@example.org'),
    row('EXPERIENCE', ''),
    row('Kestrel Freight', 'SKILLS'),
    row('Platform Engineer', 'Go · Rust · Nix'),
    row('03/2021 – present', 'Postgres · Kafka'),
    row('- Moved the build farm to Nix flakes', 'LANGUAGES'),
    row('- Ran the on-call rota for eight teams', 'Japanese, English'),
    '- Wrote the Kafka consumer library that',
    '  every team now links against',
    '- Cut the deploy time from 40 to 6 minutes',
    '',
    'Career break 06/2020 – 02/2021 — cared for a parent full time, studied Rust at home',
    '',
    'Hollin Mills',
    'Operations Engineer',
    '2016 – 05/2020',
  ];
  it('reads the full-width lines on with the main column, and the sidebar after them', () => {
    expect(normalizeText(page.join('\n')).split('\n')).toEqual([
      'JO TANAKA',
      'Platform Engineer',
      'EXPERIENCE',
      'Kestrel Freight',
      'Platform Engineer',
      '03/2021 – present',
      '- Moved the build farm to Nix flakes',
      '- Ran the on-call rota for eight teams',
      '- Wrote the Kafka consumer library that',
      '  every team now links against',
      '- Cut the deploy time from 40 to 6 minutes',
      '',
      'Career break 06/2020 – 02/2021 — cared for a parent full time, studied Rust at home',
      '',
      'Hollin Mills',
      'Operations Engineer',
      '2016 – 05/2020',
      '',
      'CONTACT',
      'Leeds',
      'jo@example.org',
      'SKILLS',
      'Go · Rust · Nix',
      'Postgres · Kafka',
      'LANGUAGES',
      'Japanese, English',
    ]);
  });
  it('still reads a band whose main column ends with the sidebar before the full-width line under both', () => {
    const short = [...page.slice(0, 9), '', 'Career break 06/2020 – 02/2021 — cared for a parent full time, studied Rust at home'];
    const lines = normalizeText(short.join('\n')).split('\n');
    expect(lines.indexOf('Japanese, English')).toBeLessThan(
      lines.indexOf('Career break 06/2020 – 02/2021 — cared for a parent full time, studied Rust at home'),
    );
  });
  it('splits a main-column line that runs up to one space before the sidebar, between lines side by side', () => {
    const lines = normalizeText(
      [
        row('JO TANAKA', 'CONTACT'),
        row('Platform Engineer', 'jo@example.org'),
        row('', 'Leeds'),
        row('EXPERIENCE', 'CERTIFICATIONS'),
        row('Kestrel Freight, Platform Engineer', 'CKA (2022)'),
        row('- Moved the build farm to Nix flakes and', 'Google Professional Cloud'),
        // The left text ends one space before the sidebar's x (46).
        '  wrote the runbooks for the whole fleet, too Architect (2023)',
        row('', 'HashiCorp Terraform'),
        row('- Cut the deploy time to six minutes', 'Associate (2021)'),
        row('- Wrote the Kafka consumer library', ''),
        row('', 'LANGUAGES'),
        row('Hollin Mills, Operations Engineer', 'Japanese, English'),
      ].join('\n'),
    ).split('\n');
    expect(lines).toContain('  wrote the runbooks for the whole fleet, too');
    expect(lines).toContain('Architect (2023)');
  });
});

describe('a record whose field ends in a date, over the next record’s name (s48)', () => {
  it('keeps the name on its own line: no wrap cut the date', () => {
    expect(normalizeText('Issued: Apr 2018 · Expires: Apr 2021 · Renewed: Apr 2024\nCKAD - CNCF\nIssued: May 2022')).toBe(
      'Issued: Apr 2018 · Expires: Apr 2021 · Renewed: Apr 2024\nCKAD - CNCF\nIssued: May 2022',
    );
  });
  it('still joins the rest of a value a wrap cut after a year, in lowercase', () => {
    expect(normalizeText('Duties: moved the data centre to the cloud in 2019\nand ran it\nLocation: Leeds')).toBe(
      'Duties: moved the data centre to the cloud in 2019 and ran it\nLocation: Leeds',
    );
  });
});

describe('a quoted paste that a fixed width cut through words (r127)', () => {
  const quote = (lines: string[]) => lines.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');

  it('glues a word split by the cut, and joins a rest that opens with the space the cut fell on', () => {
    const raw = quote([
      'PROFILE',
      '',
      'Backend engineer who looks after build servers and the release pipeli',
      'ne for three product teams; keeps the deployment runbooks up to date.',
      '',
      'Harbourline Logistics Ltd - Senior Release Engineer - Sep 2019 - Nov 20',
      '23',
      '- Moved every nightly job of the monorepo from cron scripts to Buildk',
      'ite agents, wrote the agent autoscaler and the artefact retention',
      ' policy used by the platform group.',
    ]);
    expect(normalizeText(raw).split('\n')).toEqual([
      'PROFILE',
      '',
      'Backend engineer who looks after build servers and the release pipeline for three product teams; keeps the deployment runbooks up to date.',
      '',
      'Harbourline Logistics Ltd - Senior Release Engineer - Sep 2019 - Nov 2023',
      '- Moved every nightly job of the monorepo from cron scripts to Buildkite agents, wrote the agent autoscaler and the artefact retention policy used by the platform group.',
    ]);
  });

  it('keeps two words apart where a lowercase end meets a capital, and keeps the next list item on its own line', () => {
    const raw = quote([
      'NOTES',
      '',
      '- Signed every container image at release time and published it with',
      'SBOMs for each tenant; the cut of this block also fell on a space here',
      ' once, so the block is read as cut.',
      '- Second item of the list that stays on a line of its own.',
    ]);
    expect(normalizeText(raw).split('\n')).toEqual([
      'NOTES',
      '',
      '- Signed every container image at release time and published it with SBOMs for each tenant; the cut of this block also fell on a space here once, so the block is read as cut.',
      '- Second item of the list that stays on a line of its own.',
    ]);
  });

  it('leaves a quoted block wrapped at word boundaries as it is', () => {
    const raw = quote([
      'SUMMARY',
      '',
      'Support analyst who answers tickets for the finance systems and keeps',
      'the knowledge base current for the service desk across two sites.',
    ]);
    expect(normalizeText(raw)).toBe(
      'SUMMARY\n\nSupport analyst who answers tickets for the finance systems and keeps\nthe knowledge base current for the service desk across two sites.',
    );
  });
});

describe('a line set in letter-spaced capitals (r127)', () => {
  it.each([
    ['W O R K   H I S T O R Y', 'WORK HISTORY'],
    ['T O O L S  &  L A N G U A G E S', 'TOOLS & LANGUAGES'],
    ['A W A R D S   ( r e c e n t )', 'AWARDS (recent)'],
    ['D R .   A N A   P É R E Z', 'DR. ANA PÉREZ'],
  ])('closes up %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it.each([['A  B  A'], ['Go  C  R'], ['Python · C · Rust'], ['Q 3  2021']])('leaves %j as it is', (raw) => {
    expect(normalizeText(raw)).toBe(raw);
  });
});
