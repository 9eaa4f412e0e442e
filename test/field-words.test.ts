import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// The field's own words: adjectives of ability, a bare "LLM" as a modifier, prompt templates, "exposure only" in
// other languages, basic levels that prove no broader skill, and context words that keep duties and obligations apart.

const asOf = '2026-11-01';
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);

describe('an adjective of ability names a quality, no work', () => {
  it.each([
    'Summary\nI like release pipelines that stay auditable from commit to production.\n',
    'Profil\nJe préfère des chaînes de livraison simples et auditables.\n',
    'Summary\nEvery pipeline we run keeps its auditability.\n',
  ])('no audit work from %s', (text) => {
    expect(ids(text)).not.toContain('audit');
  });
  it('the verb itself still counts', () => {
    expect(ids('EXPERIENCE\nIT Auditor, Acme Bank  2019 – 2024\n- Led the IT audit of the payments platform\n')).toContain('audit');
  });
});

describe('a bare "LLM" in a skills list', () => {
  it.each(['SKILLS\n- LLM evaluation, golden datasets\n', 'SKILLS\n- LLM red teaming\n'])('is a modifier, no application work: %s', (text) => {
    expect(ids(text)).not.toContain('llm-applications');
  });
});

describe('prompt templates', () => {
  it('are LLM application work that a product title keeps when the person wrote them', () => {
    const text =
      'EXPERIENCE\nProduct Manager, Claims Assistant\nAcme Insurance\nJan 2022 to Present\n- I wrote and tuned the prompt templates for the claims chatbot\n';
    expect(ids(text)).toContain('llm-applications');
  });
  it('scanned or flagged by a tool, they are no application work', () => {
    const text = 'EXPERIENCE\nSecurity Engineer, Acme  2021 – 2024\n- Built a CLI that flags risky prompt-template changes in pull requests\n';
    expect(ids(text)).not.toContain('llm-applications');
  });
  it('tested for injection, they are no application work', () => {
    expect(ids('SUMMARY\nI test prompt templates for injection flaws.\n')).not.toContain('llm-applications');
  });
});

describe('"exposure only" in French and Spanish skill tables', () => {
  const fr = 'PROFIL\nIngénieure avec une solide expérience des plateformes de données pour la finance.\n\n';
  const es = 'PERFIL\nIngeniera con amplia experiencia en plataformas de datos para la banca.\n\n';
  it.each([
    [`${fr}COMPÉTENCES\nCompétence | Années | Niveau\nTerraform | 3 | Avancé\nKubeflow | 1 | simple exposition\n`],
    [`${fr}COMPÉTENCES\nKubeflow – exposition uniquement\nTerraform – avancé\n`],
    [`${es}HABILIDADES\nKubeflow – solo exposición\nTerraform – avanzado\n`],
    [`${es}HABILIDADES\nKubeflow (solo exposición), Terraform\n`],
  ])('the row is no evidence: %s', (text) => {
    expect(ids(text)).not.toContain('mlops');
    expect(ids(text)).toContain('terraform');
  });
});

describe('a skill listed at a basic level', () => {
  it.each([
    ['SKILLS MATRIX\nSkill | Years | Level\nPyTorch | 1 | Beginner\nDocker | 5 | Advanced\n'],
    ['COMPÉTENCES\nPyTorch | 1 | Débutant\nDocker | 5 | Avancé\n'],
    ['KENNTNISSE\nPyTorch (Grundkenntnisse), Docker\n'],
    ['HABILIDADES\nPyTorch (nivel básico), Docker\n'],
  ])('counts and proves no broader skill: %s', (text) => {
    const found = ids(text);
    expect(found).toContain('pytorch');
    expect(found).not.toContain('deep-learning');
  });
  it('a higher level still proves it', () => {
    expect(ids('SKILLS MATRIX\nSkill | Years | Level\nPyTorch | 4 | Advanced\n')).toContain('deep-learning');
  });
  it('the level of the next item in a list is not this one', () => {
    expect(ids('SKILLS\nPyTorch, JAX (basic), Docker\n')).toContain('deep-learning');
  });
});

describe('leading and presenting in German and French', () => {
  it('"Führung von" product managers leads a team', () => {
    const text = 'BERUFSERFAHRUNG\nLeiterin Produkt, Acme GmbH  03/2021 – heute\n- Führung von 3 Product Managern\n';
    expect(ids(text)).toContain('team-leadership');
  });
  it('a monthly presentation to a director communicates with stakeholders', () => {
    const text =
      'EXPÉRIENCE\nAnalyste de données, Acme  02/2021 – aujourd’hui\n* Présentation mensuelle des indicateurs de qualité à la directrice des opérations\n';
    expect(ids(text)).toContain('stakeholder-communication');
  });
});

describe('a German product manager title', () => {
  it('"Product Managerin" is a product title: models built by the data team make no ML work', () => {
    const text =
      'BERUFSERFAHRUNG\nProduct Managerin, Datenprodukte\nAcme GmbH\nJuni 2019 bis Februar 2023\n- Verantwortlich für das Prognoseprodukt (ein Data-Science-Team hat die Modelle gebaut und neu trainiert)\n- Prompt-Vorlagen für den Assistenten gemeinsam mit den ML-Engineers geschrieben\n';
    const profile = parseResume(text, { asOf });
    expect(profile.experience.mlYears).toBe(0);
    expect(profile.skills.map((s) => s.id)).toContain('llm-applications');
  });
});

describe('audits named as duties of law or done by others', () => {
  it('advice on bias-audit obligations is no bias audit', () => {
    expect(ids('EXPERIENCE\nCounsel, Acme LLP  2020 – 2024\n- Advised clients on bias-audit obligations under a city hiring law\n')).not.toContain(
      'responsible-ai',
    );
  });
  it('a bias audit performed is one', () => {
    expect(ids('EXPERIENCE\nAI Assurance Lead, Acme  2020 – 2024\n- Performed a bias audit of a credit-scoring model\n')).toContain('responsible-ai');
  });
  it('German audits that external examiners carried out are not the writer’s', () => {
    const text = 'BERUFSERFAHRUNG\nJuristin, Acme  2020 – 2024\n- Beratung zu Prüfpflichten (die Audits führten externe Prüfer durch)\n';
    expect(ids(text)).not.toContain('audit');
  });
});

describe('an IT security audit in Spanish and German', () => {
  it.each([
    'PERFIL\nPasé de la auditoría financiera a la auditoría de seguridad TI.\n',
    'PROFIL\nVon der Finanzprüfung über das IT-Sicherheitsaudit zur KI-Prüfung.\n',
  ])('is audit work, no security assessment: %s', (text) => {
    const found = ids(text);
    expect(found).toContain('audit');
    expect(found).not.toContain('security-assessment');
  });
});

describe('generic words that are no evidence', () => {
  it('tooling built beside audit dashboards is no security automation', () => {
    const text =
      'EXPERIENCE\nIT Security Audit Senior, Acme  01/2020 – 06/2023\n- SOC 2 control testing for SaaS clients\n- Built audit dashboards and internal tooling in ACL\n';
    expect(ids(text)).not.toContain('security-automation');
  });
});

describe('a model trained and deployed', () => {
  it.each([
    'EXPERIENCE\nSecurity Engineer, Acme  2021 – 2024\n- Trained and deployed a PyTorch classifier that flags phishing pages\n',
    'EXPÉRIENCE\nIngénieure sécurité, Acme  2021 – 2024\n- Modèle de détection entraîné et déployé en production\n',
  ])('is model deployment: %s', (text) => {
    expect(ids(text)).toContain('ml-deployment');
  });
  it('pipelines that train and deploy models describe what is secured', () => {
    const text = 'EXPERIENCE\nSecurity Engineer, Acme  2021 – 2024\n- Hardened the pipelines that train and deploy fraud classifiers\n';
    expect(ids(text)).not.toContain('ml-deployment');
  });
  it('trained and deployed staff are not', () => {
    expect(ids('EXPERIENCE\nSOC Lead, Acme  2021 – 2024\n- Trained and deployed two new analysts to the night shift\n')).not.toContain('ml-deployment');
  });
});
