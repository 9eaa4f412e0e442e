import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

type Lang = 'en' | 'de' | 'fr' | 'es';
const tiers = (ad: string, language: Lang) => roleFromJobPosting(ad, { language }).requirements.map((q) => [requirementId(q), q.tier]);

describe('skills an ad names and then says are not asked (taughtBack, reassurances)', () => {
  it('drops the skills before words that point back at them in their sentence', () => {
    expect(
      tiers(
        'Data Engineer\n\nRequirements\n- Go in production\n\nThe team also works with Snowflake and Airflow, but they are happy to teach those on the job.\n',
        'en',
      ),
    ).toEqual([['go', 'required']]);
    expect(tiers('Data Engineer\n\nRequirements\n- Go in production\n\nWe are moving to Rust next quarter and you will learn it with us.\n', 'en')).toEqual([
      ['go', 'required'],
    ]);
  });

  it('keeps a wish the employer offers to teach, and skills it says it cannot teach', () => {
    expect(tiers('Engineer\n\nRequirements\n- Go\n\nIt would be nice if you have used Terraform, but they are happy to teach that.\n', 'en')).toEqual([
      ['go', 'required'],
      ['terraform', 'preferred'],
    ]);
    expect(tiers('Engineer\n\nRequirements\n- Terraform is a must; we cannot teach that on the job right now.\n', 'en')).toEqual([['terraform', 'required']]);
  });

  it('drops the sentence before on the same line when those words open theirs, and nothing on another line', () => {
    const ad =
      'Backend Engineer\n\nRequirements\n- Go in production\n- Terraform\n\nFor context, the platform runs on Kafka and Snowflake. You will not be expected to operate any of it.\n';
    expect(tiers(ad, 'en')).toEqual([
      ['go', 'required'],
      ['terraform', 'required'],
    ]);
  });

  it('reads the German, French and Spanish words the same way', () => {
    expect(
      tiers('Analyst (m/w/d)\n\nIhr Profil\n- Python\n\nDas Team arbeitet mit Go und Terraform, Sie müssen das aber nicht selbst können.\n', 'de'),
    ).toEqual([['python', 'required']]);
    expect(
      tiers('Analyste\n\nProfil recherché\n- Python\n\nVous ne connaissez pas Terraform ? Aucun souci : nous formons les nouveaux arrivants.\n', 'fr'),
    ).toEqual([['python', 'required']]);
    expect(
      tiers(
        'Analista\n\nRequisitos\n- Python\n\nEl equipo trabaja con Go y Terraform, pero no necesitas dominarlos. Tendrás formación interna sobre Kubernetes.\n',
        'es',
      ),
    ).toEqual([['python', 'required']]);
  });

  it('drops a question answered by a reassurance, and keeps what no question asks', () => {
    expect(tiers('Engineer\n\nRequirements\n- Python\n\nNever used Terraform? No problem, you will pick it up quickly.\n', 'en')).toEqual([
      ['python', 'required'],
    ]);
    expect(tiers('Engineer\n\nRequirements\n- Python\n- Terraform\n\nNo problem is too hard for this team.\n', 'en')).toContainEqual(['terraform', 'required']);
  });
});

describe("a skill accepted in place of the employer's own in the same sentence", () => {
  it('reads "We use GCP; if you have done the equivalent on AWS or Azure, that is completely fine" as one choice', () => {
    const ad =
      "Engineer\n\nRequirements\n- Python\n\nYou need solid Python. We use GCP; if you've done the equivalent on AWS or Azure, that's completely fine.\n";
    expect(tiers(ad, 'en')).toContainEqual(['gcp-or-aws-or-azure', 'required']);
  });
});

describe("skills said not to be needed, and others' stacks (postings-r88, convention 185)", () => {
  it.each([
    ["Engineer\n\nRequirements\n- Python\n\nOur developers work in TypeScript and Kotlin, but you won't need either.\n", 'en'],
    ['Engineer\n\nRequirements\n- Python\n\nYou will pick up our Go-based feature gateway on the job; prior Go is not needed.\n', 'en'],
    [
      "Engineer\n\nRequirements\n- Python\n\nThis is a governance role. The client's data science team works in Go on Azure ML and handles all of that side.\n",
      'en',
    ],
    [
      'Ingenieur (m/w/d)\n\nIhr Profil\n- Python\n\nUnsere Plattform läuft auf Kubernetes – Vorkenntnisse sind hier nicht erforderlich, wir arbeiten Sie ein.\n',
      'de',
    ],
    ['Engineer\n\nRequirements\n- Python\n\nNot required: penetration testing - we partner with an external provider for that.\n', 'en'],
    ["Ingénieur\n\nProfil recherché\n- Python\n\nPas besoin d'être expert en sécurité ni de connaître Go : nos ingénieurs vous formeront.\n", 'fr'],
  ] as const)('%s → python only', (ad, language) => {
    expect(tiers(ad, language)).toEqual([['python', 'required']]);
  });

  it('keeps a skill the ad asks for beside the same words', () => {
    expect(tiers('Engineer\n\nRequirements\n- Python\n- Go is required; prior Rust is not needed.\n', 'en')).toEqual([
      ['python', 'required'],
      ['go', 'required'],
    ]);
  });
});

describe('more words that say a skill named is not asked (postings-r89, convention 199)', () => {
  it.each([
    ["Engineer\n\nRequirements\n- Python\n\nWe run everything on GCP and Kubernetes, but you don't need to know either.\n", 'en'],
    [
      "Engineer\n\nRequirements\n- Python\n\nOur API gateway is written in Go and you'll probably pick some up along the way, but we don't expect it on day one.\n",
      'en',
    ],
    ['Engineer\n\nRequirements\n- Python\n\nPlease note: Spark / Databricks is also not required as ingestion is owned by another team.\n', 'en'],
    [
      "Ingénieur\n\nProfil recherché\n- Python\n\nNotre moteur de détection est écrit en Go ; vous vous y formerez au contact de l'équipe plateforme, ce n'est pas un prérequis.\n",
      'fr',
    ],
    [
      'Ingenieur (m/w/d)\n\nIhr Profil\n- Python\n\nGut zu wissen: Unsere Data-Science-Teams entwickeln Modelle mit PyTorch auf Azure Machine Learning.\n',
      'de',
    ],
    ['Ingenieur (m/w/d)\n\nIhr Profil\n- Python\n\nML-Kenntnisse setzen wir für diese Position ausdrücklich nicht voraus.\n', 'de'],
  ] as const)('%s → python only', (ad, language) => {
    expect(tiers(ad, language)).toEqual([['python', 'required']]);
  });

  it('keeps a skill wished for beside the same words, and one the ad expects on day one', () => {
    expect(tiers('Engineer\n\nRequirements\n- Python\n\nIdeally you know Go, but we do not expect it on day one.\n', 'en')).toEqual([
      ['python', 'required'],
      ['go', 'preferred'],
    ]);
    expect(tiers('Engineer\n\nRequirements\n- Python\n- Go: we expect it on day one.\n', 'en')).toEqual([
      ['python', 'required'],
      ['go', 'required'],
    ]);
  });
});

describe('"You\'ll stand out if you …" opens a wish (postings-r89, convention 200)', () => {
  it('reads the skills of such a sentence as preferred', () => {
    expect(
      tiers(
        "Engineer\n\nYou should be comfortable writing production Python. You'll stand out if you've written C++ for inference code, or if you've done threat modeling for ML systems.\n",
        'en',
      ),
    ).toEqual([
      ['python', 'required'],
      ['c-cpp', 'preferred'],
      ['threat-modeling', 'preferred'],
    ]);
  });
});

describe('"You understand how …", "you know the …" ask in an ad of prose (postings-r89, convention 201)', () => {
  it('reads such a sentence without headings as a requirement, not a duty', () => {
    expect(
      tiers(
        'ML Engineer\n\nYou should be comfortable writing production Python. And you know the LLM side too: prompt injection, jailbreaks, and why guardrails leak.\n',
        'en',
      ),
    ).toEqual([
      ['python', 'required'],
      ['llm-security', 'required'],
    ]);
  });
});

describe("the employer's stack (companyStacks, convention 328)", () => {
  it('drops the tools of a sentence, a bracket or a heading that opens with the stack, in every language', () => {
    expect(tiers('Engineer\n\nRequirements\n- Python\n\nOur stack: Go, Postgres, Kubernetes on GCP.\n', 'en')).toEqual([['python', 'required']]);
    expect(tiers('Engineer\n\nRequirements\n- Python\n\nOur stack\nGo, Kubernetes, Terraform\n\nPerks\n- Pension\n', 'en')).toEqual([['python', 'required']]);
    expect(tiers('Ingénieur\n\nProfil recherché\n- Python\n\nNotre stack : Go, PostgreSQL, Kubernetes sur OVHcloud.\n', 'fr')).toEqual([
      ['python', 'required'],
    ]);
    expect(tiers('Ingenieur (m/w/d)\n\nIhr Profil\n- Python\n\nUnser Tech-Stack: Go, Kubernetes und Terraform.\n', 'de')).toEqual([['python', 'required']]);
    expect(tiers('Ingeniero\n\nRequisitos\n- Python\n\nNuestro stack: Go, Kubernetes y Terraform.\n', 'es')).toEqual([['python', 'required']]);
  });

  it("keeps a stack named inside a duty's list item (convention 2) and a wish that names it", () => {
    expect(tiers('Engineer\n\nWhat you will do\n- Write a lot of code. Our stack is TypeScript and Terraform.\n', 'en')).toEqual([
      ['terraform', 'duty'],
      ['typescript', 'duty'],
    ]);
    expect(tiers('Engineer\n\nNice to have\n- Experience with our stack: Go and Terraform\n', 'en')).toEqual([
      ['go', 'preferred'],
      ['terraform', 'preferred'],
    ]);
  });
});

describe('what the employer says it does not need, and what the hire picks up on the job (convention 329)', () => {
  it('drops the skills after "What we don\'t need" and before "you\'ll pick up what you need on the job"', () => {
    expect(tiers("Engineer\n\nRequirements\n- Python\n\nWhat we don't need: experience with Terraform.\n", 'en')).toEqual([['python', 'required']]);
    expect(tiers("Engineer\n\nRequirements\n- Python\n\nOur platform team runs Kubernetes, and you'll pick up what you need on the job.\n", 'en')).toEqual([
      ['python', 'required'],
    ]);
    expect(tiers('Ingenieur (m/w/d)\n\nIhr Profil\n- Python\n\nWas wir nicht brauchen: Erfahrung mit Terraform.\n', 'de')).toEqual([['python', 'required']]);
    expect(tiers("Ingénieur\n\nProfil recherché\n- Python\n\nCe dont nous n'avons pas besoin : une expérience de Terraform.\n", 'fr')).toEqual([
      ['python', 'required'],
    ]);
    expect(tiers('Ingeniero\n\nRequisitos\n- Python\n\nLo que no necesitamos: experiencia con Terraform.\n', 'es')).toEqual([['python', 'required']]);
  });
});

describe("an e-mail's unsubscribe footer is boilerplate", () => {
  it('reads no privacy from "update your preferences in line with UK GDPR"', () => {
    expect(
      tiers(
        "Engineer\n\nRequirements\n- Python\n\nIf you no longer wish to receive emails from us, reply with UNSUBSCRIBE and we'll update your preferences in line with UK GDPR.\n",
        'en',
      ),
    ).toEqual([['python', 'required']]);
  });
});

describe('training and certifications the employer offers (taughtBack, trainingOffered)', () => {
  it('drops what training the employer provides covers, and a certification it pays for', () => {
    expect(tiers('Analyst\n\nRequirements\n- Python\n\nTraining on Microsoft Copilot and Azure OpenAI security controls will be provided.\n', 'en')).toEqual([
      ['python', 'required'],
    ]);
    expect(tiers('Engineer\n\nRequirements\n- Python\n\nAnd if you would like a CKA, we will pay for the course and the exam.\n', 'en')).toEqual([
      ['python', 'required'],
    ]);
    expect(tiers('Engineer\n\nRequirements\n- Python\n\nIf you want to sit the CKS, we cover the exam fees.\n', 'en')).toEqual([['python', 'required']]);
  });

  it('keeps a listed certification whose bracket says the employer pays for it', () => {
    expect(tiers('Analyst\n\nRequirements\n- Python\n\nNice to have\n- GCIH (we pay for the course and the exam)\n', 'en')).toEqual([
      ['python', 'required'],
      ['certification', 'preferred'],
    ]);
  });

  it('reads the German, French and Spanish words the same way', () => {
    expect(
      tiers('Engineer (m/w/d)\n\nIhr Profil\n- Python\n\nDas nötige Wissen zur KI-Verordnung (EU AI Act) vermitteln wir Ihnen in unserer Academy.\n', 'de'),
    ).toEqual([['python', 'required']]);
    expect(tiers('Ingénieur\n\nProfil\n- Python\n\nUne formation sur Azure vous sera dispensée à votre arrivée.\n', 'fr')).toEqual([['python', 'required']]);
    expect(tiers('Ingeniero\n\nRequisitos\n- Python\n\nSi quieres la certificación CKA, te la pagamos.\n', 'es')).toEqual([['python', 'required']]);
  });
});
