import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Words of German, French and Spanish that say what their English originals say, so that a résumé and its
// translation give the same skills: thesis supervision, onboarding new analysts, retraining pipelines and drift
// reports, fairness tests, adversarial patches, bucket policies, VPC segmentation, executive summaries, a head of a
// function, another party's red team, and a report to model risk.

const asOf = '2026-11-01';
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);

describe('supervising theses is mentoring in every language (convention 16)', () => {
  it.each([
    ['BERUFSERFAHRUNG\nWissenschaftliche Mitarbeiterin, Uni Nord  2018 – 2023\n- Betreuung von fünf Bachelorarbeiten im Fach Kryptografie.\n'],
    ['EXPÉRIENCE\nEnseignant-chercheur, Université Sud  2018 – 2023\n- Encadrement de 4 à 5 mémoires de master par an en cryptographie.\n'],
    ['EXPERIENCIA\nProfesora asociada, Universidad Este  2018 – 2023\n- Dirigí cuatro trabajos de fin de máster sobre criptografía.\n'],
  ])('gives mentoring: %s', (text) => {
    expect(ids(text)).toContain('mentoring');
  });
  it('a thesis title on the legal framing of something is no supervision', () => {
    expect(ids("FORMATION\nMaster 2 Droit du numérique, Université Sud (2019)\nMémoire : « L'encadrement juridique des plateformes »\n")).not.toContain(
      'mentoring',
    );
  });
  it('a supervision of staff with no students stays no mentoring', () => {
    expect(ids('BERUFSERFAHRUNG\nLeiterin IT, Acme  2018 – 2023\n- Betreuung der Server im Rechenzentrum.\n')).not.toContain('mentoring');
  });
});

describe('training new analysts in French', () => {
  it('"formation de" new analysts is mentoring, as "trained new analysts" is', () => {
    expect(ids('EXPÉRIENCE\nAnalyste SOC, Acme  2019 – 2024\n- Intégration et formation de trois nouveaux analystes de niveau 1.\n')).toContain('mentoring');
  });
  it('a training contract is no mentoring', () => {
    expect(ids('EXPÉRIENCE\nStagiaire juriste (contrat de formation de deux ans), Cabinet Ouest  2019 – 2021\n- Rédaction de notes.\n')).not.toContain(
      'mentoring',
    );
  });
});

describe('ML operations words of the translations', () => {
  it('a Spanish retraining pipeline and weekly drift report give MLOps and model monitoring', () => {
    const got = ids(
      'EXPERIENCIA\nCientífica de datos, Acme  2020 – 2024\n- Pipeline de reentrenamiento en MLflow; informe semanal de deriva del error de previsión.\n',
    );
    expect(got).toContain('mlops');
    expect(got).toContain('model-monitoring');
  });
  it('a German report on model performance with PSI is model monitoring', () => {
    expect(
      ids('BERUFSERFAHRUNG\nModellvalidiererin, Acme  2020 – 2024\n- Quartalsbericht zur Modellperformance von 30 Modellen (PSI, Kalibrierung).\n'),
    ).toContain('model-monitoring');
  });
});

describe('fairness and adversarial testing in French, Spanish and German', () => {
  it.each([
    ["EXPÉRIENCE\nData scientist, Acme  2020 – 2024\n- Tests d'équité (impact disparate) avant chaque mise en production.\n"],
    ['EXPERIENCIA\nCientífico de datos, Acme  2020 – 2024\n- Pruebas de equidad e impacto dispar antes de cada versión.\n'],
    ['BERUFSERFAHRUNG\nData Scientist, Acme  2020 – 2024\n- Bias- und Erklärbarkeitsprüfungen der Scoring-Modelle.\n'],
  ])('gives responsible AI: %s', (text) => {
    expect(ids(text)).toContain('responsible-ai');
  });
  it('French adversarial patches are adversarial ML', () => {
    expect(ids('EXPÉRIENCE\nIngénieure vision, Acme  2020 – 2024\n- Tests de robustesse des détecteurs face à des patchs adverses.\n')).toContain(
      'adversarial-ml',
    );
  });
});

describe('security engineering words of the translations', () => {
  it('a French prompt-injection bench run as a gate in the CI pipeline is DevSecOps and security automation', () => {
    const got = ids(
      "EXPÉRIENCE\nIngénieur sécurité IA, Acme  2021 – 2024\n- Écriture d'un banc de non-régression contre l'injection de prompt, exécuté comme barrière dans chaque pipeline CI.\n",
    );
    expect(got).toContain('devsecops');
    expect(got).toContain('security-automation');
  });
  it.each([
    ['EXPERIENCIA\nIngeniera cloud, Acme  2020 – 2024\n- Cifrado con KMS y políticas de bucket S3.\n', 'cloud-security'],
    [
      'EXPERIENCIA\nIngeniero de seguridad, Acme  2020 – 2024\n- Endpoints privados y segmentación de VPC para los entornos de entrenamiento.\n',
      'network-security',
    ],
    ['BERUFSERFAHRUNG\nSicherheitsingenieur, Acme  2020 – 2024\n- IDS-Regeln und VPC-Segmentierung für alle Konten.\n', 'network-security'],
  ])('%s gives %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it('a Spanish market segmentation is no network security', () => {
    expect(ids('EXPERIENCIA\nAnalista, Acme  2020 – 2024\n- Segmentación de clientes para campañas.\n')).not.toContain('network-security');
  });
});

describe('communication and leadership words of Spanish', () => {
  it('executive summaries are stakeholder communication', () => {
    expect(ids('EXPERIENCIA\nAnalista de riesgos, Acme  2020 – 2024\n- Redacto resúmenes ejecutivos de cada evaluación.\n')).toContain(
      'stakeholder-communication',
    );
  });
  it.each([
    ['EXPERIENCIA\nJefa de Arquitectura de Seguridad, Acme  2008 – 2015\n- Revisiones de arquitectura de los productos nuevos.\n'],
    ['EXPERIENCIA\nJefe de Seguridad de la Información, Acme  2008 – 2015\n- Revisiones de arquitectura de los productos nuevos.\n'],
  ])('a head of a function leads a team: %s', (text) => {
    expect(ids(text)).toContain('team-leadership');
  });
  it('a teaching assistant ("Jefe de Práctica") leads no team', () => {
    expect(ids('EXPERIENCE\nJefe de Práctica (Teaching Assistant), Universidad Este  2016 – 2018\n- Graded the problem sets.\n')).not.toContain(
      'team-leadership',
    );
  });
  it("the person's own head of a function leads no team of theirs", () => {
    expect(ids('EXPERIENCIA\nAnalista, Acme  2020 – 2024\n- Reporto a mi jefe de seguridad cada semana.\n')).not.toContain('team-leadership');
  });
});

describe('another party as the subject in French', () => {
  it.each([
    [
      "EXPÉRIENCE\nCheffe de programme, Acme  2020 – 2024\n- La red team IA a mené le red teaming des LLM et les tests d'injection de prompt.\n",
      'llm-security',
    ],
  ])('gives the person none of its work: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

describe('a report to the model risk team in French', () => {
  it('names where the reports go, no AI governance of the person', () => {
    expect(ids('EXPÉRIENCE\nData scientist, Acme  2020 – 2024\n- Suivi de la dérive avec Evidently ; rapports PSI mensuels au model risk.\n')).not.toContain(
      'ai-governance',
    );
  });
});

describe('AI risk and impact assessments in the translations', () => {
  it.each([
    ["EXPÉRIENCE\nResponsable conformité IA, Acme  2020 – 2024\n- Analyses d'impact IA pour chaque cas d'usage à haut risque.\n"],
    ['BERUFSERFAHRUNG\nKI-Governance-Leiterin, Acme  2020 – 2024\n- Entwicklung der Vorlage für KI-Folgenabschätzungen.\n'],
  ])('an AI impact assessment is AI risk management: %s', (text) => {
    expect(ids(text)).toContain('ai-risk-management');
  });
  it('French AI risk analyses in a security job are security assessment', () => {
    expect(ids("EXPÉRIENCE\nIngénieure sécurité IA, Acme  2020 – 2024\n- Rédaction d'analyses de risques IA selon le NIST AI RMF.\n")).toContain(
      'security-assessment',
    );
  });
});

describe('governing the use of generative AI, in a skills list', () => {
  it.each([
    ['COMPETENCIAS\nGobierno del uso de IA generativa  |  Liderazgo de equipo\n'],
    ["COMPÉTENCES\nGouvernance de l'IA générative  |  Gestion budgétaire\n"],
    ['CORE SKILLS\nGenerative AI governance  |  Budget ownership\n'],
  ])('builds no LLM application: %s', (text) => {
    expect(ids(text)).not.toContain('llm-applications');
  });
  it('generative AI alone in a skills list is still LLM applications', () => {
    expect(ids('COMPETENCIAS\nPython  |  IA generativa  |  SQL\n')).toContain('llm-applications');
  });
});

describe('results of a red team, in every language', () => {
  it.each([
    ['BERUFSERFAHRUNG\nKI-Sicherheitsanalystin, Acme  2022 – 2024\n- Auswertung der Red-Teaming-Ergebnisse in Python.\n'],
    ['EXPÉRIENCE\nIngénieur ML, Acme  2022 – 2024\n- Précision de 0,94 sur notre jeu de test red team.\n'],
  ])('names results, no penetration testing of the person: %s', (text) => {
    expect(ids(text)).not.toContain('penetration-testing');
  });
});

describe('English readings that their translations showed wrong', () => {
  it('an assistant that answers questions from the standards writes none of them', () => {
    expect(
      ids('EXPERIENCE\nAppSec Engineer, Acme  2021 – 2024\n- Built an assistant that answers developers’ questions from our internal security standards.\n'),
    ).not.toContain('policy-development');
  });
  it('owning code-review standards for a repository is no policy development', () => {
    expect(ids('EXPERIENCE\nML Engineer, Acme  2021 – 2024\n- Mentor two juniors; own code-review standards for the Python repos.\n')).not.toContain(
      'policy-development',
    );
  });
  it('tool calling of an LLM is no call with a party', () => {
    expect(
      ids(
        'EXPERIENCE\nAI Security Engineer, Acme  2021 – 2024\n- Threat models of LLM tool calling and retrieval over customer documents, with the product teams.\n',
      ),
    ).not.toContain('stakeholder-communication');
  });
  it('calls with customers still are', () => {
    expect(ids('EXPERIENCE\nSecurity Consultant, Acme  2021 – 2024\n- Weekly calls with customers on the findings.\n')).toContain('stakeholder-communication');
  });
  it.each([
    [
      "EXPÉRIENCE\nResponsable gouvernance IA, Acme  2021 – 2024\n- Je revois les cas d'usage des équipes data. Ils travaillent avec Databricks et MLflow.\n",
      'mlops',
    ],
    [
      'EXPERIENCIA\nResponsable de gobierno de IA, Acme  2021 – 2024\n- Reviso los casos de uso de los equipos de datos. Ellos trabajan con Databricks y MLflow.\n',
      'mlops',
    ],
  ])('a sentence whose subject is plural "ils" or "ellos" is others’ work: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

describe('the singular "they" of a résumé in the third person', () => {
  it('is the person, whose work it names', () => {
    expect(ids('SUMMARY\nSam is a security engineer. They led incident response for the retail bank.\n')).toContain('incident-response');
  });
});

describe('the thesis supervisor of the person', () => {
  it.each([
    ['AUSBILDUNG\nMSc Informatik, TU Nord  2018 – 2020\nMasterarbeit über Modellrobustheit, Betreuung durch Prof. Dr. Lenz\n'],
    ['FORMATION\nMaster informatique, Université Sud  2018 – 2020\nMémoire de master sous l’encadrement du Pr Roux\n'],
  ])('supervises nobody: %s', (text) => {
    expect(ids(text)).not.toContain('mentoring');
  });
});

describe('a German standard written, with the verb at the end of the clause', () => {
  it('is policy development, as "Wrote the Secure Coding Standard" is', () => {
    expect(
      ids('BERUFSERFAHRUNG\nAppSec-Ingenieurin, Acme  2019 – 2024\n- Secure Coding Standard und OWASP-Top-10-Schulung (300+ Entwickler) verfasst.\n'),
    ).toContain('policy-development');
  });
  it('a standard followed, not written, stays none', () => {
    expect(
      ids('BERUFSERFAHRUNG\nEntwicklerin, Acme  2019 – 2024\n- Code nach dem internen Secure Coding Standard der Plattform geschrieben und getestet.\n'),
    ).not.toContain('policy-development');
  });
});
