import { describe, expect, it } from 'vitest';
import { ids, read } from './_resumes';

// Reading the thirty-ninth session's r178 and r179 sets taught (conventions 374–378 of docs/reading-conventions.md):
// courses taken in a sentence, qualifiers of use in skills lists ("reading knowledge only", "user level", "exposure"),
// the team's, a colleague's or the clients' work, hands-off statements in the summary, quoted titles of grants and
// theses, audits undergone, long employer names and deep-indented bullets.

const EXPERIENCE: Record<string, string> = {
  en: 'EXPERIENCE\nAnalyst, Acme Ltd, 01/2020 – Present\n- Review AI systems.\n',
  de: 'BERUFSERFAHRUNG\nAnalystin, Acme GmbH, 01/2020 – heute\n- Prüfe KI-Systeme.\n',
  fr: "EXPÉRIENCE PROFESSIONNELLE\nAnalyste, Acme SA, 01/2020 – aujourd'hui\n- Revue des systèmes d'IA.\n",
  es: 'EXPERIENCIA\nAnalista, Acme SL, 01/2020 – actualidad\n- Reviso sistemas de IA.\n',
};
const SUMMARY: Record<string, string> = { en: 'SUMMARY\n', de: 'PROFIL\n', fr: 'PROFIL\n', es: 'PERFIL\n' };
// A duty under a security title ("Security Engineer", "Sicherheitsingenieurin"), so that security-only aliases are read.
const SECURITY_TITLE: Record<string, string> = {
  en: 'EXPERIENCE\nSecurity Engineer, Acme Ltd, 01/2020 – Present\n',
  de: 'BERUFSERFAHRUNG\nSicherheitsingenieurin, Acme GmbH, 01/2020 – heute\n',
  fr: "EXPÉRIENCE PROFESSIONNELLE\nIngénieure sécurité, Acme SA, 01/2020 – aujourd'hui\n",
  es: 'EXPERIENCIA\nIngeniera de seguridad, Acme SL, 01/2020 – actualidad\n',
};
const duty = (lang: string, line: string) => ids(`${SECURITY_TITLE[lang]}- ${line}\n`);

describe('a course taken, said in a sentence, is no evidence of the skills it taught', () => {
  it.each([
    ['en', 'I did a Coursera specialisation in Python and PyTorch to understand how the models I review are built.'],
    ['en', 'I took two courses on Python and PyTorch.'],
    ['de', 'Ich habe eine Coursera-Spezialisierung zu Python und PyTorch absolviert.'],
    ['de', 'Ich habe einen Online-Kurs zu Python und PyTorch gemacht.'],
    ['fr', "J'ai suivi une spécialisation Coursera en Python et PyTorch."],
    ['es', 'Hice un curso de Python y PyTorch en Udemy.'],
  ])('%s: %s', (lang, sentence) => {
    expect(ids(`${SUMMARY[lang]}${sentence}\n${EXPERIENCE[lang]}`)).toEqual([]);
  });
  it('a sentence of use still counts', () => {
    expect(ids(`${SUMMARY.en}I build models in Python and PyTorch.\n${EXPERIENCE.en}`)).toEqual(['deep-learning', 'machine-learning', 'python', 'pytorch']);
  });
});

describe('qualifiers of use in a skills list', () => {
  const skills = (line: string) => ids(`${EXPERIENCE.en}\nTECHNICAL SKILLS\n${line}\n`);
  it.each([
    ['Python – expert · Java – reading knowledge only', ['python']],
    ['Python – expert · Linux – user level (SLURM jobs on the cluster)', ['python']],
    ['(last used 2017) · C++ – working knowledge · Java – reading knowledge only ·', ['c-cpp']],
    ['Python – basic  |  Terraform – can read it, the platform team writes it  |  Azure – none', ['python']],
    ['Kubernetes    ●○○○○  exposure', []],
  ])('%s', (line, want) => {
    expect(skills(line)).toEqual(want);
  });
});

describe("others' work: the team, a colleague, the clients, another team's systems", () => {
  it.each([
    ['en', 'Our project engineer runs the annotation platform on Kubernetes; I do not administer it myself.', 'kubernetes'],
    ['en', 'Many clients also ran workloads on AWS; our service covered only their on-premises networks.', 'aws'],
    ['en', "Our dispatch team's Java services call the inference API.", 'java'],
    ['en', 'Assess clinical software vendors (several of them host their systems on Azure).', 'azure'],
    ['de', 'Viele Kunden betrieben zusätzlich Workloads auf AWS.', 'aws'],
    ['fr', "Les services Java de notre équipe dispatch appellent l'API d'inférence.", 'java'],
    ['es', 'Nuestro ingeniero de proyecto gestiona la plataforma de anotación en Kubernetes.', 'kubernetes'],
  ])('%s: %s', (lang, line, id) => {
    expect(duty(lang, line)).not.toContain(id);
  });
  it('a bullet deep in a date-column layout opens an item too', () => {
    const text = [
      'EXPERIENCE',
      'Jul 2021 – present    Assistant Professor, Acme Institute',
      '                      • Fine-tuned open LLMs in PyTorch.',
      '                      • Our project engineer runs the annotation platform on Kubernetes.',
      '',
    ].join('\n');
    expect(ids(text)).not.toContain('kubernetes');
  });
  it('the summary: "I don\'t write code myself. My engineers build our automation in Python"', () => {
    const text = `${SUMMARY.en}Head of security operations. To be upfront: I don't write code myself. My engineers build our automation in Python and KQL.\n\n${EXPERIENCE.en}`;
    expect(ids(text)).not.toContain('python');
  });
});

describe('the titles of grants and theses, audits undergone, enforced policies', () => {
  it.each([
    ['Principal investigator, SSHRC Insight Grant "Auditing Automated Decisions" (2022–2027).', 'audit'],
    ["Kept the club's books and prepared the annual accounts for the external auditor.", 'audit'],
    ['Prepared the schedules for the annual external financial audit.', 'audit'],
    ["Ran the school computer lab and enforced the school's ICT lab usage policy.", 'policy-development'],
    ["Enforced the company's purchasing policy and delegations of authority.", 'policy-development'],
    ['Present a monthly cloud risk summary to the IT Director.', 'team-leadership'],
  ])('%s', (line, id) => {
    expect(ids(`${EXPERIENCE.en}- ${line}\n`)).not.toContain(id);
  });
  it('a course audited is no course passed', () => {
    const text = `${EXPERIENCE.en}\nEDUCATION\n2016          Audited "Applied Cryptography" (NPTEL, audit only, no credit, no exam)\n`;
    expect(ids(text)).toEqual([]);
  });
});

describe('employers, staff and certifications', () => {
  it('a three-word employer name that opens with a product is the company', () => {
    const text = 'EXPERIENCE\nSOC Analyst L1 | Ubuntu Managed Security (MSSP), Cape Town\n01/2019 – 05/2021\n• Monitored Splunk alerts.\n';
    expect(ids(text)).not.toContain('linux');
  });
  it('English staff nouns in a German duty', () => {
    expect(ids(`${EXPERIENCE.de}- Leitung von Prüfungsteams mit bis zu vier Associates bei ISO-27001-Audits.\n`)).toContain('team-leadership');
  });
  it("a certification the person's mentees prepare for, over a wrapped line, is neither held nor lapsed", () => {
    const text = [
      'CERTIFICATIONS',
      'Certified Information Systems Auditor (CISA)',
      '',
      'EXPERIENCE',
      'Assistant Manager, KPMG, 07/2019 – 03/2022',
      '- Mentored three graduate cyber analysts through their first audits and',
      'CISA exam prep.',
      '',
    ].join('\n');
    expect(read(text).certifications.map((c) => c.id)).toEqual(['cisa']);
  });
  it('"LLM" before an event is no Master of Laws', () => {
    const text = `${EXPERIENCE.en}\nEDUCATION\nBachelor of Science (Statistics), National University of Singapore, 2016 – 2019\n\nHACKATHONS\nAI Singapore LLM Hackathon, Mar 2024 (48 h) – team of 4, 2nd place.\n`;
    expect(read(text).education.map((e) => `${e.level}/${e.field}`)).toEqual(['bachelor/statistics']);
  });
});

describe('words of other languages', () => {
  it.each([
    ['es', 'Despliego los modelos como endpoints en línea gestionados de Azure ML.', 'ml-deployment'],
    ['fr', "A révisé le questionnaire de l'Évaluation de l'incidence algorithmique (EIA).", 'ai-risk-management'],
    ['fr', "Présidente du groupe de travail qui a rédigé les lignes directrices de la Faculté sur l'IA générative.", 'policy-development'],
    ['fr', 'Conseils à des clients des secteurs fintech sur la conformité à la LPRPDE.', 'stakeholder-communication'],
    ['en', 'Built a Python service that opens Jira tickets for critical CVEs and closes them when the image ships.', 'security-automation'],
    ['en', "Built a small Python AWS Lambda that posts new Semgrep findings to the owning team's Slack channel.", 'security-automation'],
    ['de', 'Sentinel-Playbooks in Azure Logic Apps gebaut, die IOCs anreichern und Hosts isolieren.', 'security-automation'],
    ['en', 'Designed a gender and caste bias benchmark for Indic LLMs.', 'responsible-ai'],
  ])('%s: %s', (lang, line, id) => {
    expect(duty(lang, line)).toContain(id);
  });
  it.each([
    ['es', 'Los modelos los entrenaba y desplegaba el equipo de ML; mi función era probarlos.', 'ml-deployment'],
    ['es', 'Implementé en la plataforma los controles de bitácoras y de desarrollo seguro de PCI DSS.', 'application-security'],
    ['en', 'Python scripts to rotate CI secrets and clean up unused IAM users.', 'identity-access-management'],
  ])('%s: %s', (lang, line, id) => {
    expect(duty(lang, line)).not.toContain(id);
  });
  it('"loan-origination" is no coffee origin', () => {
    expect(duty('en', 'Built the loan-origination backend in Java (Spring) on Oracle Database.')).toContain('java');
  });
});
