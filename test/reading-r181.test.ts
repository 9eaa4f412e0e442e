import { describe, expect, it } from 'vitest';
import { education, ids } from './_resumes';

// Reading the thirty-ninth session's (fifth) r181 set taught (conventions 398–401 of docs/reading-conventions.md):
// wishes written after the field they name ("an area I want to grow into", "move in that direction") or as reading
// about it, in the four languages; a spaced dash that wraps a sentence; "familiarity only"; translations whose words
// missed a context (a deployer under the AI Act, a platform named by its field, co-authors, "hallazgos", "Head of",
// RLHF preference data); a degree's year with a dash before a note on the next line; software development as a field.

describe('a wish to move into a field, written after it or as reading about it, is no evidence', () => {
  it.each([
    ['SUMMARY\nSOC analyst. Next step: adversarial ML and model security – an area I want to grow into, not yet one I work in.\n'],
    ['SUMMARY\nSOC analyst. Next step: adversarial ML and model security –\nan area I want to grow into, not yet one I work in.\n'],
    [
      "SUMMARY\nData scientist. Lately I've been reading a lot about adversarial ML and AI security and I would love to move in\nthat direction in my next role.\n",
    ],
    ['SUMMARY\nData scientist. I would like to move towards adversarial ML over the next two years.\n'],
    [
      "PROFIL\nScientifique de données. Ces derniers temps, je lis beaucoup sur l'apprentissage automatique antagoniste (adversarial ML) et\nla sécurité de l'IA, et j'aimerais beaucoup m'orienter dans cette direction.\n",
    ],
    ["PROFIL\nScientifique de données. J'aimerais m'orienter vers l'adversarial ML.\n"],
    [
      'PROFIL\nSOC-Analyst. Nächster Schritt: Adversarial ML und Modellsicherheit – ein\nBereich, in den ich hineinwachsen möchte, in dem ich aber noch\nnicht arbeite.\n',
    ],
    ['PROFIL\nData Scientist. In letzter Zeit lese ich viel über Adversarial ML.\n'],
    ['PERFIL\nCientífica de datos. Últimamente leo mucho sobre adversarial ML y me gustaría orientarme en esa dirección.\n'],
    ['PERFIL\nAnalista SOC. Me gustaría orientarme hacia el adversarial ML.\n'],
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('adversarial-ml');
  });

  it('a duty that names the field is still evidence', () => {
    expect(ids('EXPERIENCE\nML Security Engineer, Acme Ltd, 01/2020 – Present\n- Ran adversarial ML evaluations of the fraud models.\n')).toContain(
      'adversarial-ml',
    );
  });
});

describe('a skill known by familiarity only is no evidence', () => {
  it.each([
    ['SKILLS\nPython (expert), PyTorch, scikit-learn; TensorFlow (basic\nfamiliarity only).\n'],
    ['SKILLS\nPython (expert), PyTorch, scikit-learn; TensorFlow (familiarity only).\n'],
  ])('%s', (text) => {
    const found = ids(text);
    expect(found).not.toContain('tensorflow');
    expect(found).toContain('pytorch');
  });

  it('a basic level stays held (convention 17)', () => {
    expect(ids('SKILLS\nPython (expert), TensorFlow (basic)\n')).toContain('tensorflow');
  });
});

describe('translations whose words missed a context', () => {
  it('the AI Act deployer in Spanish is a party, no deployment of models', () => {
    const text =
      'EXPERIENCIA\nResponsable de seguridad, Acme SL, 01/2020 – actualidad\n- Identifiqué, junto con el equipo jurídico, las obligaciones del producto según el Reglamento\nEuropeo de IA: transparencia de chatbots y deberes como responsable del despliegue de\nmodelos de IA de uso general.\n';
    expect(ids(text)).not.toContain('ml-deployment');
  });

  it.each([
    [
      "EXPÉRIENCE PROFESSIONNELLE\nResponsable sécurité, Acme SA, 01/2020 – aujourd'hui\n- Prépare les dossiers d'autorisation d'exploitation de trois plateformes\n  d'apprentissage automatique hébergées dans le cloud.\n",
    ],
    [
      'EXPERIENCIA\nResponsable de seguridad, Acme SL, 01/2020 – actualidad\n- Preparo los expedientes de autorización de tres plataformas de aprendizaje automático alojadas en la nube.\n',
    ],
  ])('a platform named by its field is no ML work: %s', (text) => {
    expect(ids(text)).not.toContain('machine-learning');
  });

  it('a platform the person built keeps machine learning', () => {
    expect(
      ids(
        "EXPÉRIENCE PROFESSIONNELLE\nIngénieure ML, Acme SA, 01/2020 – aujourd'hui\n- Conçu et construit une plateforme d'apprentissage automatique pour la fraude.\n",
      ),
    ).toContain('machine-learning');
  });

  it.each([
    ['EXPERIENCIA\nAnalista, Acme SL, 01/2020 – actualidad\n- Fui coautora de las directrices de política de contenidos de la cuenta para casos límite.\n'],
    ["EXPÉRIENCE PROFESSIONNELLE\nAnalyste, Acme SA, 01/2020 – aujourd'hui\n- Coautrice de la politique de sécurité de l'information.\n"],
  ])('a co-author wrote the policy: %s', (text) => {
    expect(ids(text)).toContain('policy-development');
  });

  it('red-team findings presented in Spanish are no penetration testing', () => {
    expect(
      ids(
        'EXPERIENCIA\nAnalista de Red Team de IA generativa, Acme SL, 01/2020 – actualidad\n- Presento cada semana los hallazgos del red team a los responsables de Safety y Security del cliente.\n',
      ),
    ).not.toContain('penetration-testing');
  });

  it('ranking answers for RLHF preference data is annotation, no LLM application', () => {
    expect(ids('EXPERIENCIA\nAnalista, Acme SL, 01/2020 – actualidad\n- Ordené pares de respuestas para datos de preferencia de RLHF.\n')).not.toContain(
      'llm-applications',
    );
  });

  it('a monthly report to the "Head of" a function in a German CV is communication with stakeholders', () => {
    const text =
      'BERUFSERFAHRUNG\nAI Security Analyst, Acme GmbH, 01/2020 – heute\n- Monatlicher Bericht zu KI-Sicherheitsrisiken an den Head of\n  Cyber Security und den CISO.\n';
    expect(ids(text)).toContain('stakeholder-communication');
  });

  it('red-teaming a named LLM assistant is no penetration testing', () => {
    const text =
      'EXPERIENCE\nAI Security Analyst, Acme Ltd, 01/2020 – Present\n- Red-team "Zuri", our Kiswahili/English customer-care LLM assistant, for prompt injection before every release.\n';
    expect(ids(text)).not.toContain('penetration-testing');
  });
});

describe('degrees', () => {
  it('a year and a dash before a note on the next line is no open range', () => {
    expect(education('EDUCATION\nBSc (Hons) in Software Development – Galway-Mayo Institute of Technology, 2014 –\nFirst Class Honours\n')).toEqual([
      'bachelor/software-engineering',
    ]);
  });

  it('a year and a dash alone still runs on', () => {
    expect(education('EDUCATION\nBSc (Hons) in Software Development – Galway-Mayo Institute of Technology, 2024 –\n')).toEqual([]);
  });

  it('a range wrapped onto the next line is read whole', () => {
    expect(education('EDUCATION\nMSc Computer Science – University of Leeds, 2012 –\n2014\n')).toEqual(['master/computer-science']);
  });
});
