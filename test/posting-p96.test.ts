import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

const role = (ad: string, language: 'en' | 'de' | 'fr' | 'es') => roleFromJobPosting(ad, { language });
const reqs = (ad: string, language: 'en' | 'de' | 'fr' | 'es' = 'en') => role(ad, language).requirements.map((q) => [requirementId(q), q.tier, q.hard]);

describe('privacy work named in the words of a privacy notice (p96)', () => {
  it('reads a long requirement or duty about data protection as privacy work', () => {
    const ad =
      "Privacy Analyst\n\nWhat you'll do\n- review the data protection impact assessments (DPIAs) prepared for each AI service, with the Data Protection Officer\n\nWhat you'll need\nHands-on experience with a good grasp of Singapore's PDPA and data protection impact assessments, and the ability to query data in Python to check model outputs, are all essential.\n";
    expect(reqs(ad)).toEqual([
      ['privacy', 'required', false],
      ['python', 'required', false],
    ]);
  });
  it('still reads a notice that addresses the applicant as boilerplate, in English and French', () => {
    const en =
      'Privacy Analyst\n\nRequirements\n- Python\n- By submitting your application, you consent to the collection, use and disclosure of your personal data in line with our privacy notice for recruitment.\n';
    expect(reqs(en)).toEqual([['python', 'required', false]]);
    const fr =
      'Analyste\n\nProfil recherché\n- Python\n- En postulant, tu acceptes que tes données personnelles soient utilisées par Vérane pour la gestion de ta candidature et rien de plus.\n';
    expect(reqs(fr, 'fr')).toEqual([['python', 'required', false]]);
  });
});

describe('the reason a requirement gives (p96)', () => {
  it('reads no skill from a "because" clause, up to its comma', () => {
    const ad =
      'Privacy Lead\n\nRequirements\nExperience of data protection work is important to us, because privacy and AI governance questions almost always arrive together.\nTerraform is important because the estate is infrastructure as code, and solid Azure experience is a must as well.\n';
    expect(reqs(ad).map((r) => r[0])).toEqual(['privacy', 'azure', 'terraform']);
  });
  it('reads no skill from a reason in German, French or Spanish', () => {
    expect(reqs('Analyst\n\nIhr Profil\n- Python ist wichtig, weil unsere Kubernetes-Plattform darauf aufbaut.\n', 'de').map((r) => r[0])).toEqual(['python']);
    expect(reqs('Analyste\n\nProfil recherché\n- Python est indispensable car notre plateforme Kubernetes en dépend.\n', 'fr').map((r) => r[0])).toEqual([
      'python',
    ]);
    expect(reqs('Analista\n\nRequisitos\n- Python imprescindible, porque nuestra plataforma Kubernetes depende de ello.\n', 'es').map((r) => r[0])).toEqual([
      'python',
    ]);
  });
});

describe('wish headings that say what excites or what is valued (p96)', () => {
  it('reads "Was uns begeistert" and "Valoramos" as preferred', () => {
    expect(reqs('Engineer\n\nIhr Profil\n- Python\n\nWas uns begeistert\n- Infrastructure as Code mit Terraform\n', 'de')).toEqual([
      ['python', 'required', false],
      ['terraform', 'preferred', false],
    ]);
    expect(reqs('Consultor\n\nRequisitos mínimos\n- Python\n\nValoramos\n- Conocimientos de SQL.\n', 'es')).toEqual([
      ['python', 'required', false],
      ['sql', 'preferred', false],
    ]);
  });
  it('reads "What excites us" and "Ce qui nous ferait craquer" as preferred', () => {
    expect(reqs('Engineer\n\nRequirements\n- Python\n\nWhat excites us\n- Terraform\n')).toEqual([
      ['python', 'required', false],
      ['terraform', 'preferred', false],
    ]);
    expect(reqs('Ingénieur\n\nProfil recherché\n- Python\n\nCe qui nous ferait craquer\n- Terraform\n', 'fr')).toEqual([
      ['python', 'required', false],
      ['terraform', 'preferred', false],
    ]);
  });
});

describe('a certification to hold when the job starts (p96)', () => {
  it('reads "certification at time of hire" under a plain requirements heading as a must', () => {
    const ad = 'Engineer\n\nWhat you bring\n- Python\n- DoD 8140 IAT Level II baseline certification at time of hire, for example Security+ CE or CISSP.\n';
    const cert = role(ad, 'en').requirements.find((q) => q.kind === 'certification');
    expect(cert?.hard).toBe(true);
  });
  it('reads "dès l\'embauche" and "zum Eintritt" as a must too', () => {
    const fr = "Ingénieur\n\nProfil recherché\n- Python\n- Certification CISSP dès l'embauche.\n";
    expect(role(fr, 'fr').requirements.find((q) => q.kind === 'certification')?.hard).toBe(true);
    const de = 'Ingenieur\n\nIhr Profil\n- Python\n- CISSP-Zertifizierung zum Eintritt.\n';
    expect(role(de, 'de').requirements.find((q) => q.kind === 'certification')?.hard).toBe(true);
  });
});

describe('sub-degree diplomas and a lower route through more years (p96)', () => {
  it('reads a National Diploma (NQF 6) or a bachelor as an associate-level minimum', () => {
    const ad =
      "Analyst\n\nMinimum Requirements\n- A relevant National Diploma (NQF 6) or Bachelor's degree (NQF 7) in Information Technology or Computer Science.\n- Python\n";
    const degree = role(ad, 'en').requirements.find((q) => q.kind === 'degree');
    expect(degree?.kind === 'degree' && [degree.minLevel, degree.hard]).toEqual(['associate', true]);
  });
  it('reads Polytechnic Diploma holders with more years "also considered" as a way in: the bachelor is no must', () => {
    const ad =
      "Manager\n\nWhat you'll need\nYou must hold a Bachelor's degree in Computer Science or Law; Polytechnic Diploma holders with at least ten years of relevant experience will also be considered.\n";
    const degree = role(ad, 'en').requirements.find((q) => q.kind === 'degree');
    expect(degree?.kind === 'degree' && [degree.minLevel, degree.hard]).toEqual(['bachelor', false]);
  });
});

describe('Spanish tags and writing verbs of an InfoJobs ad (p96)', () => {
  it('reads the tag "Gobierno IA" as AI governance and "Experiencia redactando políticas" as policy development', () => {
    const ad =
      'Consultor\n\nConocimientos necesarios\nISO 27001\nRGPD\nGobierno IA\n\nRequisitos mínimos\n- Experiencia redactando políticas, normativas y procedimientos.\n';
    const ids = reqs(ad, 'es').map((r) => r[0]);
    expect(ids).toContain('ai-governance');
    expect(ids).toContain('policy-development');
  });
});
