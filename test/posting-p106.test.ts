import { describe, expect, it } from 'vitest';
import { degrees, type Lang, tiers } from './_postings';

describe('tiers written in sentences (p106)', () => {
  it('reads an ask in prose after the duties as a skills list ("You\'ll be a good fit if … (RAG, agents)")', () => {
    const ad =
      "AI Security Engineer\n\nWhat you'll actually do\n- Review pull requests for security issues\n\nYou'll be a good fit if you've worked hands-on on products built with LLMs (RAG, agents). You should be comfortable writing Python.\n";
    expect(tiers(ad)).toContain('required:llm-applications');
  });
  it('reads "You might also have …" as a wish', () => {
    const ad =
      "AI Security Engineer\n\nAbout the job\nWe build agents.\n\nYou'll be a good fit if you write Python every day.\n\nYou might also have an offensive security background (OSCP or similar) or some time on a SOC team.\n";
    expect(tiers(ad)).toEqual(['preferred:penetration-testing', 'preferred:security-monitoring', 'required:python']);
  });
  it('reads "There is no requirement to hold a degree" as no degree asked', () => {
    const ad = 'Assurance Lead\n\nEssential criteria\n- Python\n\nThere is no requirement to hold a degree.\n';
    expect(degrees(ad)).toEqual([]);
  });
});

describe('what is not asked, and what is (p106)', () => {
  it('reads a sentence that opens with "You do not need to know …, but you should …" as not asking the part before the turn', () => {
    const ad =
      'Senior Consultant\n\nRequirements\n- Privacy requirements such as GDPR.\n\nYou do not need to know how to build or train machine learning models (our Data & AI practice handles that), but you should be comfortable asking data scientists the right questions.\n';
    expect(tiers(ad)).not.toContain('required:machine-learning');
  });
  it('keeps a skill named before a cue that comes mid-sentence ("… ML models are built - you won\'t be coding, but …")', () => {
    const ad =
      "Consultant\n\nRequirements\n- A working knowledge of how ML models are built and validated - you won't be coding, but you need to hold your own with data scientists\n";
    expect(tiers(ad)).toContain('required:machine-learning');
  });
  it('reads "You will not be expected to build or train models" as not asked', () => {
    const ad = 'Assurance Lead\n\nEssential criteria\n- Python\n\nYou will not be expected to build or train models.\n';
    expect(tiers(ad)).toEqual(['required:python']);
  });
  it('reads an ML service after "assessments or architecture reviews of" as the system assessed', () => {
    const ad =
      'Security Lead\n\nEssential criteria\n- Experience carrying out security risk assessments or security architecture reviews of digital services, including at least one AI- or machine-learning-enabled service\n- Python\n';
    expect(tiers(ad)).toEqual(['required:python', 'required:security-assessment']);
  });
  it('reads the employer\'s units after "Our program also includes" as no ask', () => {
    const ad =
      'Machine Learning Engineer\n\nJob Description\nWe are seeking a Machine Learning Engineer. Our program also includes red team, network defense, and cloud infrastructure teams; this position is on the analytics side.\n\nRequired Skills:\n- Python\n';
    expect(tiers(ad)).not.toContain('duty:penetration-testing');
  });
});

describe('building or securing, and keyword lines (p106)', () => {
  it.each<[string, Lang]>([
    ['Ingeniero de seguridad\n\nIndispensable:\n- Experiencia construyendo o asegurando aplicaciones basadas en LLM (RAG, LangChain, agentes).\n', 'es'],
  ])('reads a system built or secured as asked for both: %s', (ad, language) => {
    expect(tiers(ad, language)).toEqual(['required:llm-applications', 'required:llm-security']);
  });
  it('reads a job board\'s "Palabras clave:" line as no part of the ad', () => {
    const ad =
      'Ingeniero de seguridad\n\nIndispensable:\n- Dominio de Python.\n\nPalabras clave: ingeniero seguridad, ciberseguridad, ia generativa, llm, appsec\n';
    expect(tiers(ad, 'es')).toEqual(['required:python']);
  });
  it('reads "Revisar el código" in a security job\'s duties as secure code review', () => {
    const ad =
      'Ingeniero de Seguridad\n\n¿Qué harás?\n- Revisar el código de las integraciones con LLM (Python y TypeScript) antes de producción.\n\nIndispensable:\n- Java\n';
    expect(tiers(ad, 'es')).toContain('duty:secure-code-review');
  });
});

describe('words of the catalog (p106)', () => {
  it('reads security checks in the pipelines of an ML platform as the platform secured, no MLOps', () => {
    const ad =
      'AI Security Engineer\n\nIhre Aufgaben\n- Sie integrieren automatisierte Sicherheitsprüfungen (Container-Scanning, Image-Signierung, SBOM) in die GitLab-CI/CD-Pipelines unserer ML-Plattform\n\nWas Sie mitbringen\n- Python\n';
    expect(tiers(ad, 'de')).not.toContain('duty:mlops');
  });
  it.each([
    ['Encadrer et accompagner deux analystes juniors;', ['duty:mentoring']],
    ['Encadrer une équipe de cinq analystes;', ['duty:team-leadership']],
  ])('reads "%s"', (duty, want) => {
    const ad = `Conseiller\n\nVos responsabilités\n- ${duty}\n\nExigences\n- Python\n`;
    expect(tiers(ad, 'fr').filter((t) => t.startsWith('duty:'))).toEqual(want);
  });
  it.each([
    '- Experience securing workloads on AWS or GCP (we run on both)',
    '- Familiarity with the security services of one of AWS, Microsoft Azure or Google Cloud',
  ])('reads cloud security in "%s"', (line) => {
    expect(tiers(`Engineer\n\nRequirements\n${line}\n`)).toContain('required:cloud-security');
  });
});
