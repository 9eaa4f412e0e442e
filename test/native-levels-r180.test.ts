import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Native German, French and Spanish CVs (thirty-ninth session, fifth round): a basic level's row of a graded skills list,
// the Europass heading of digital skills in French, "no skills in", and a degree restated or continued under its line.

const asOf = '2026-11-01';
const profile = (text: string) => parseResume(text, { asOf });
const ids = (text: string) => profile(text).skills.map((s) => s.id);
const degrees = (text: string) => profile(text).education.map((e) => `${e.level}/${e.field}`);

describe('a basic level row of a graded list names skills held (convention 385)', () => {
  it.each([
    [
      'KENNTNISSE\nExperte                 Python, SQL\nFortgeschritten         MLflow, Azure\nGrundkenntnisse         Docker, Kubernetes\n',
      ['docker', 'kubernetes'],
    ],
    ['COMPÉTENCES\nMaîtrise de : Splunk (SPL), Wazuh\nBonne connaissance : Linux, Wireshark\nNotions de : Docker, Kubernetes\n', ['docker', 'kubernetes']],
    ['CONOCIMIENTOS\nNivel avanzado:    AWS, Python\nNivel intermedio:  Bash, SQL\nNociones de:       Docker, Kubernetes\n', ['docker', 'kubernetes']],
  ])('%s', (text, held) => {
    expect(ids(text)).toEqual(expect.arrayContaining(held));
  });
  it.each([
    'KENNTNISSE\nProgrammierung: Python, C++\nGrundkenntnisse: Docker, Kubernetes\nSprachen: Deutsch, Englisch\n',
    'SKILLS\nLanguages: Python, SQL\nFamiliar with: Docker, Kubernetes\n',
    'COMPÉTENCES\nLangages : Python\nNotions de Docker, Kubernetes\n',
  ])('alone, the label is "Familiar with:" (convention 267): %s', (text) => {
    const got = ids(text);
    expect(got).not.toContain('docker');
    expect(got).not.toContain('kubernetes');
  });
});

describe('Europass digital skills in French', () => {
  it('"Compétences numériques" heads the skills', () => {
    expect(ids('COMPÉTENCES NUMÉRIQUES\n\nMaîtrise de Burp Suite | Python | Notions de Go (outillage interne)\n')).toEqual(
      expect.arrayContaining(['go', 'python', 'penetration-testing']),
    );
  });
});

describe('"no skills in" negates what follows', () => {
  it.each([
    "COMPÉTENCES\nPython | Pas de compétences en développement d'applications ni en mise en production de modèles\n",
    'SKILLS\nPython; no skills in application development or in model deployment\n',
  ])('%s', (text) => {
    expect(ids(text)).toEqual(['python']);
  });
});

describe('a degree restated or continued under its line is one degree (convention 386)', () => {
  it('a description line that names the same degree', () => {
    expect(
      degrees(
        'AUSBILDUNG\n\nIT-Recht und Rechtsinformatik, LL.M.\nUniversität des Saarlandes\n10/2015 – 09/2017\nBerufsbegleitender Masterstudiengang (Master of Laws)\n\nInformatik, Diplom-Informatikerin (FH)\nhtw saar\n10/2004 – 07/2008\n',
      ),
    ).toEqual(['master/law', 'bachelor/computer-science']);
  });
  it("a degree's name left open by a comma", () => {
    expect(
      degrees(
        'FORMACIÓN\nGrado en Ingeniería Informática — UNED   2014 – 2020\nTécnico Superior en Desarrollo de Aplicaciones Multiplataforma (DAM),\nciclo formativo de grado superior — IES Clara del Rey, Madrid   2011 – 2013\n',
      ),
    ).toEqual(['bachelor/computer-science', 'associate/software-engineering']);
  });
  it("an award line under another dated entry stays that entry's degree", () => {
    expect(
      degrees(
        'Ausbildung\n09/2012 – 08/2013  LL.M. in Information Technology Law, University of Edinburgh\n10/2007 – 07/2012  Studium der Rechtswissenschaft, Goethe-Universität Frankfurt am Main\n                   Abschluss: Erste Juristische Prüfung (Staatsexamen), vollbefriedigend\n',
      ),
    ).toEqual(['master/law', 'master/law']);
  });
  it('a degree on a list item of its own stays its own', () => {
    expect(degrees('• MSc Computer Science, ETH Zürich, 2016\n• Master of Science in Informatics (double degree programme),\n  KTH Stockholm\n')).toEqual([
      'master/computer-science',
      'master/computer-science',
    ]);
  });
  it('two degrees of one level and field, each with its year, stay two', () => {
    expect(degrees('EDUCATION\nMSc Computer Science, ETH Zürich, 2015\nMSc Computer Science, EPFL, 2017\n')).toHaveLength(2);
  });
});

describe('a French DUT in "génie informatique" is the computer science DUT', () => {
  it.each([
    '2019 – 2021       DUT Génie Informatique (Bac+2) – École Supérieure de Technologie de Casablanca',
    '2015 – 2017   DUT Informatique – IUT de Lannion',
  ])('%s', (line) => {
    expect(degrees(`FORMATION\n${line}\n`)).toEqual(['associate/computer-science']);
  });
  it('a bachelor in génie informatique stays computer engineering', () => {
    expect(degrees('FORMATION\nBaccalauréat en génie informatique – Université Concordia, Montréal, 2010\n')).toEqual(['bachelor/computer-engineering']);
  });
});

describe('German team and bias words', () => {
  const job = (duty: string) => `BERUFSERFAHRUNG\nSenior Managerin AI Governance, Banque de la Moselle S.A., 04/2023 – heute\n${duty}\n`;
  it('"Leitung … (Team von 3 Mitarbeitenden)" leads a team', () => {
    expect(ids(job('Aufbau und Leitung der KI-Governance der Bank (Team von 3 Mitarbeitenden): KI-Inventar mit 70 Anwendungsfällen.'))).toContain(
      'team-leadership',
    );
  });
  it('"Bias-Prüfungen" of models are responsible AI', () => {
    expect(ids(job('Koordination der Bias-Prüfungen der Kreditscoring-Modelle mit dem Data-Science-Team.'))).toContain('responsible-ai');
  });
});

describe('a skill listed at "less than 1 year" implies no broader one', () => {
  it.each(['Aptitudes\n• TensorFlow (Menos de 1 año)\n', 'Skills\n• TensorFlow (Less than 1 year)\n'])('%s', (text) => {
    expect(ids(text)).toEqual(['tensorflow']);
  });
});

describe('a wish to deepen a field is no evidence', () => {
  it.each([
    "Résumé\nScientifique de données. J'aimerais maintenant approfondir la sécurité des LLM (red teaming).\n",
    'Summary\nData scientist. I would like to now deepen my knowledge of LLM security (red teaming).\n',
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('llm-security');
  });
});

describe('French model deployment words', () => {
  it('"Déploiement du modèle … sur des points de terminaison Azure Machine Learning"', () => {
    expect(
      ids(
        "Expérience\nScientifique de données principale, Caisse Boréale, janvier 2023 - aujourd'hui\nDéploiement du modèle de détection de fraude en temps réel sur des points de terminaison Azure Machine Learning.\n",
      ),
    ).toContain('ml-deployment');
  });
});

describe('a team phrase at the end of a list item that lost its bullet stops at the next item', () => {
  const head = 'EXPERIENCIA PROFESIONAL\n\nMLSecOps Engineer — Banco Meseta (banca digital), Madrid                         desde 2023\n';
  it.each([
    ' Despliegue de modelos en endpoints de SageMaker junto con el equipo de ML\n Políticas IAM de mínimo privilegio, GuardDuty y Security Hub en las cuentas de ML de AWS;\n  infraestructura como código con Terraform\n',
    ' Firma de modelos con Sigstore/cosign y verificación de procedencia SLSA en GitLab\n  CI antes de promover al registro\n Despliegue de modelos en endpoints de SageMaker junto con el equipo de datos\n Políticas IAM de mínimo privilegio, GuardDuty y Security Hub en las cuentas de AWS\n',
  ])('the next item is the person’s own: %s', (items) => {
    expect(ids(head + items)).toContain('cloud-security');
  });
  it('a line hanging under the item is the same item: the team’s work goes on', () => {
    const items =
      ' Firma de modelos con Sigstore/cosign y verificación de procedencia SLSA en GitLab CI\n Despliegue de modelos en endpoints de SageMaker junto con el equipo de plataforma\n  Cloud, que configura GuardDuty y Security Hub en las cuentas de AWS\n Infraestructura como código con Terraform\n  y módulos propios\n';
    expect(ids(head + items)).not.toContain('cloud-security');
  });
});
