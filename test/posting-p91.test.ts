import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

type Lang = 'en' | 'de' | 'fr' | 'es';
const tiers = (ad: string, language: Lang) =>
  roleFromJobPosting(ad, { language })
    .requirements.map((q) => [requirementId(q), q.tier])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('a table of check marks under tier columns (withMarkTiers)', () => {
  it('reads each row in the tier of the column its mark is in, tab-separated', () => {
    const ad =
      'Security Architect (m/w/d)\n\nIhr Profil\nAnforderung\tMuss\tWünschenswert\nNetzwerksicherheit (Firewalls, TLS)\t✓\t\nKubernetes und Terraform\t\t✓\n\nWas wir bieten\n- Urlaub\n';
    expect(tiers(ad, 'de')).toEqual([
      ['kubernetes', 'preferred'],
      ['network-security', 'required'],
      ['terraform', 'preferred'],
    ]);
  });

  it('reads a pipe table the same way, and a table with no tier header as before', () => {
    const ad = 'Engineer\n\nRequirements\n| Skill | Required | Nice to have |\n|---|---|---|\n| Python | ✔ | |\n| Terraform | | ✔ |\n';
    expect(tiers(ad, 'en')).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
    ]);
    const plain = 'Engineer\n\nRequirements\n| Skill | Level |\n| Python | ✔ |\n| Terraform | ✔ |\n';
    expect(tiers(plain, 'en')).toEqual([
      ['python', 'required'],
      ['terraform', 'required'],
    ]);
  });

  it('reads a mark padded to its column with spaces, as a plain-text table lines it up', () => {
    const ad =
      'Security Engineer (m/w/d)\n\nAnforderung                         | Muss | Wünschenswert\n------------------------------------|------|--------------\nMindestens 3 Jahre Python           |  x   |\nErfahrung mit Microsoft Azure       |      |      x\n';
    expect(tiers(ad, 'de')).toEqual([
      ['azure', 'preferred'],
      ['python', 'required'],
    ]);
  });
});

describe('a skill said not to be needed for this role (taughtBack)', () => {
  it('drops it in each language', () => {
    expect(
      tiers(
        'Architekt (m/w/d)\n\nIhr Profil\n- Netzwerksicherheit\n\nGut zu wissen: Programmierkenntnisse, etwa in Python, sind für diese Rolle nicht erforderlich.\n',
        'de',
      ),
    ).toEqual([['network-security', 'required']]);
    expect(tiers('Architect\n\nRequirements\n- Network security\n\nPenetration testing is not required for this role.\n', 'en')).toEqual([
      ['network-security', 'required'],
    ]);
  });
});

describe('prose that says what the job needs, and what the employer does not care about', () => {
  it('reads "To do this job you need …" as the required tier for the rest of its line', () => {
    const ad =
      'Security Engineer\n\nYou will build detection rules for customers.\n\nTo do this job you need five years in security engineering. You write Python every day and you know PyTorch well.\n';
    expect(tiers(ad, 'en')).toEqual([
      ['python', 'required'],
      ['pytorch', 'required'],
      ['security-monitoring', 'duty'],
      ['securityYears', 'required'],
    ]);
  });

  it('drops the skills of "Things we don\'t care about:" and "you\'ll pick it up"', () => {
    expect(tiers("Engineer\n\nRequirements\n- Python\n\nThings we genuinely don't care about: whether you have used Terraform before.\n", 'en')).toEqual([
      ['python', 'required'],
    ]);
    expect(tiers("Engineer\n\nRequirements\n- Python\n\nWe run on Kubernetes, and you'll pick it up in your first month.\n", 'en')).toEqual([
      ['python', 'required'],
    ]);
  });
});

describe('another team owns it, and "don\'t worry if … isn\'t your background"', () => {
  it('drops the skills', () => {
    expect(tiers('Engineer\n\nRequirements\n- Python\n\nThey run everything on Kubernetes, but their platform team look after that, not you.\n', 'en')).toEqual(
      [['python', 'required']],
    );
    expect(tiers("Engineer\n\nRequirements\n- Python\n\nDon't worry if machine learning isn't your background.\n", 'en')).toEqual([['python', 'required']]);
  });

  it('keeps a skill the hire looks after', () => {
    expect(tiers('Engineer\n\nWhat you will do\n- Run our Kubernetes clusters and look after them.\n', 'en')).toEqual([['kubernetes', 'duty']]);
  });
});

describe('years whose subject names no skill nor field leave it to their examples', () => {
  const years = (ad: string) =>
    roleFromJobPosting(ad, { language: 'en' }).requirements.flatMap((q) =>
      'minYears' in q && q.minYears !== undefined ? [[requirementId(q), q.minYears]] : [],
    );

  it('gives the part of earlier years to the one skill of its bracket', () => {
    expect(
      years('Engineer\n\nRequirements\n- 5+ years in cyber security, with at least 3 of those in hands-on offensive work (pen testing / red teaming).\n'),
    ).toEqual([
      ['securityYears', 5],
      ['penetration-testing', 3],
    ]);
  });

  it('gives no years to a bracket right after the years, which says what they were spent doing', () => {
    expect(
      years('Engineer\n\nRequirements\n| Skill | Years |\n| Machine learning engineering | 4 years (building and deploying models) |\n'),
    ).not.toContainEqual(['ml-deployment', 4]);
  });
});
