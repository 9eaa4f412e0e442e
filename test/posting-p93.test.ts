import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

type Lang = 'en' | 'de' | 'fr' | 'es';
const tiers = (ad: string, language: Lang) =>
  roleFromJobPosting(ad, { language })
    .requirements.map((q) => [requirementId(q), q.tier])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe("a line of only a job board's buttons (buttonLines)", () => {
  it('opens no section: an ad of prose with no heading after it is read', () => {
    const ad =
      "Acme\nML Engineer\n\nApply for this job\n\nAcme builds robots for the Navy.\n\nTo be successful here you'll need at least 4 years of experience, strong Python and hands-on PyTorch.\n\nBonus points if you have run Kubernetes.\n";
    expect(tiers(ad, 'en')).toEqual([
      ['kubernetes', 'preferred'],
      ['python', 'required'],
      ['pytorch', 'required'],
    ]);
  });

  it.each([
    ['Easy Apply   Save', 'en'],
    ['Apply now  |  Share this job  |  Save job', 'en'],
    ['Jetzt bewerben', 'de'],
    ['Postuler', 'fr'],
    ['Inscribirme en esta oferta', 'es'],
  ] as const)('%s is chrome, no heading', (line, language) => {
    const ad = `Acme\nML Engineer\n\n${line}\n\nTo be successful here you'll need at least 4 years of experience and strong Python.\n`;
    expect(tiers(ad, language)).toEqual([['python', 'required']]);
  });
});

describe("a paragraph that opens with the employer's name and a company verb", () => {
  it('is company blurb when the name opens another line of the ad', () => {
    const ad =
      'Quillfeather AI\nMLSecOps Engineer\n\nQuillfeather trains and hosts language models. Our models are fine-tuned and deployed to inference endpoints on Kubernetes.\n\nRequirements\n- Python\n\nQuillfeather AI is an equal opportunity employer.\n';
    expect(tiers(ad, 'en')).toEqual([['python', 'required']]);
  });

  it('is read as usual when the name is written nowhere else', () => {
    const ad = 'MLSecOps Engineer\n\nPython is a must for this role.\n\nRequirements\n- Terraform\n';
    expect(tiers(ad, 'en')).toEqual([
      ['python', 'required'],
      ['terraform', 'required'],
    ]);
  });
});

describe('a sentence that says what it names is not asked (notAsked)', () => {
  it.each([
    ['AWS experience is not required, and you will work on Azure.', 'en'],
    ['They run mostly on-prem and AWS, but no cloud experience is needed for this one.', 'en'],
    ['You don\u2019t need to know AWS coming in.', 'en'],
    ['AWS-Kenntnisse sind ausdrücklich nicht erforderlich – unsere Teams arbeiten damit.', 'de'],
    ["Pas besoin d'être expert·e AWS : l'équipe plateforme s'en occupe.", 'fr'],
    ['No es necesario conocer AWS: la plataforma la gestiona otro equipo.', 'es'],
  ] as const)('%s → no aws', (sentence, language) => {
    const ad = `Cloud Security Engineer\n\nRequirements\n- Python\n\n${sentence}\n`;
    expect(tiers(ad, language).map((t) => t[0])).not.toContain('aws');
  });

  it('keeps a wish, a turn to what is asked, a must and an item under a wishes heading', () => {
    expect(tiers('Engineer\n\nRequirements\n- Python\n\nKubernetes is desirable but not required.\n', 'en')).toContainEqual(['kubernetes', 'preferred']);
    expect(
      tiers('Engineer\n\nRequirements\n- Knowledge of PyTorch: no research experience is needed, but you should read a training loop.\n', 'en'),
    ).toContainEqual(['pytorch', 'required']);
    expect(tiers('Engineer\n\nRequirements\n- Go is required; prior Rust is not needed.\n', 'en')).toEqual([['go', 'required']]);
    expect(tiers('Engineer\n\nRequirements\n- Python\n\nNice to have\n- OSCP or similar. Totally not required.\n', 'en')).toContainEqual([
      'certification',
      'preferred',
    ]);
  });

  it('keeps a skill it disclaims not asked in the rest of its paragraph, short of a must', () => {
    const ad = "Engineer\n\nRequirements\n- Python\n\nYou don't need to know Go coming in. Our runtime is written in Go and you'll learn it here.\n";
    expect(tiers(ad, 'en')).toEqual([['python', 'required']]);
  });
});

describe('exposure the employer offers over time (trainingOffered)', () => {
  it('asks for none of the skills after it in its clause', () => {
    const ad = "Engineer\n\nRequirements\n- Python\n\nYou'll get plenty of exposure to their GCP research sandbox over time.\n";
    expect(tiers(ad, 'en')).toEqual([['python', 'required']]);
  });
});
