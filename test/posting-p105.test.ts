import { describe, expect, it } from 'vitest';
import { conditions, role, tiers } from './_postings';

describe('a lead of prose alone on its line heads the paragraph under it (p105)', () => {
  it('reads the paragraph under "You\'ll probably be a good fit if..." as required, after a duties list', () => {
    const ad =
      "Product Security Engineer\n\nWhat you'll actually be doing\n- Running design reviews with product squads\n\nYou'll probably be a good fit if...\nYou have at least six years in security engineering. You're fluent in Python.\n\nBonus points if you hold an OSCP.\n";
    expect(tiers(ad)).toEqual(['duty:security-assessment', 'required:python']);
    const years = role(ad).requirements.find((q) => q.kind === 'experience');
    expect(years).toMatchObject({ minYears: 6, tier: 'required', hard: true });
  });
  it('reads the paragraph under a wish lead alone ("It would be great if…") as preferred', () => {
    const ad = 'Security Engineer\n\nWhat you will do\n- Review code\n\nIt would be great if…\nYou have written Terraform.\n';
    expect(tiers(ad)).toContain('preferred:terraform');
  });
  it('keeps a lead with words of its own after it in its sentence ("…, and you know Go") as the sentence it opens', () => {
    const ad = "Security Engineer\n\nWhat you will do\n- Review code\n\nYou'll be a good fit if you know Go.\n";
    expect(tiers(ad)).toEqual(['required:go']);
  });
});

describe('a parenthesis that prefers one option and accepts the others (p105)', () => {
  it('keeps the choices in the clause\'s tier ("PyTorch de préférence, TensorFlow accepté")', () => {
    const ad =
      'Ingénieur sécurité IA\n\nProfil recherché\nVous maîtrisez Python et au moins un framework de deep learning (PyTorch de préférence, TensorFlow accepté).\n';
    const read = tiers(ad, 'fr');
    expect(read).toContain('required:pytorch-or-tensorflow');
  });
  it('keeps "(Azure preferred; AWS or GCP acceptable)" required', () => {
    const ad = 'Cloud Security Architect\n\nRequirements\n- Experience in at least one major public cloud (Azure preferred; AWS or GCP acceptable)\n';
    expect(tiers(ad)).toEqual(['required:aws-or-gcp', 'required:azure']);
  });
  it('still softens a parenthesis that only prefers ("Hands on in any one cloud - AWS / Azure (GCP preferred)")', () => {
    const ad = 'Platform Engineer\n\nRequirements\n- Hands on in any one cloud - AWS / Azure (GCP preferred)\n';
    expect(tiers(ad)).toEqual(['preferred:gcp', 'required:aws-or-azure']);
  });
});

describe('the name of the French secrecy regime is no clearance level (p105)', () => {
  it('reads the vetting procedure after "protection du secret de la défense nationale" as a clearance to obtain', () => {
    const ad =
      "Ingénieur sécurité\n\nProfil recherché\nVous maîtrisez Python.\n\nLe poste étant soumis à la réglementation relative à la protection du secret de la défense nationale, le candidat retenu devra faire l'objet d'une procédure d'habilitation au niveau Secret.\n";
    expect(conditions(ad, 'fr')).toContain('clearance-obtainable');
    expect(role(ad, 'fr').requirements.some((q) => q.kind === 'clearance')).toBe(false);
  });
});

describe('a short list item of two sentences (p105)', () => {
  it('gives a wish in the second sentence to that sentence only ("Strong Python. Go is a plus.")', () => {
    const ad = 'Engineer\n\nRequirements\n- Strong Python. Go is a plus.\n- Terraform\n';
    expect(tiers(ad)).toEqual(['preferred:go', 'required:python', 'required:terraform']);
  });
});

describe('security work named in a security job (p105)', () => {
  it('reads the review of pull requests in a security job\'s duties as secure code review ("reviewing the risky parts of … pull requests")', () => {
    const ad = 'Product Security Engineer\n\nWhat you will do\n- Reviewing the risky parts of TypeScript and Go pull requests\n\nRequirements\n- Terraform\n';
    expect(tiers(ad)).toEqual(['duty:go', 'duty:secure-code-review', 'duty:typescript', 'required:terraform']);
  });
  it('reads a certification that the next sentence lets be obtained after hire as no hard requirement', () => {
    const ad =
      'AI Security Engineer\n\nRequired Qualifications\n- DoD 8570 IAT Level II baseline certification (e.g., Security+ CE or CISSP). If not already held, must be obtained within six (6) months of hire.\n- Python\n';
    const cert = role(ad).requirements.find((q) => q.kind === 'certification');
    expect(cert).toMatchObject({ tier: 'required', hard: false });
  });
});

describe('what the ad says it will teach or not ask, pointing back at what it named (p105, second round)', () => {
  it('drops the tools of the sentence before "Prior experience with these specific tools is not required"', () => {
    const ad =
      'Security Engineer\n\nWhat you will do\n- Threat model new services\n\nThe program environment includes AWS, Splunk and GitLab. Prior experience with these specific tools is not required.\n';
    expect(tiers(ad)).toEqual(['duty:threat-modeling']);
  });
  it('drops what the employer\'s teams use before "we\'ll train you on all of them"', () => {
    const ad =
      "AI Governance Analyst\n\nWhat you will do\n- Draft AI acceptable-use policies\n\nOur teams use Power BI and an internal Azure OpenAI workspace; we'll train you on all of them.\n";
    expect(tiers(ad).filter((t) => !t.startsWith('duty:'))).toEqual([]);
  });
  it('reads "We\'ll train you on …" as the offer "We will train you on …" is', () => {
    const ad = "Security Engineer\n\nWhat you will do\n- Threat model new services\n\nWe'll train you on Terraform.\n";
    expect(tiers(ad)).toEqual(['duty:threat-modeling']);
  });
  it('keeps the tools when the sentence after them asks for them', () => {
    const ad = 'Security Engineer\n\nRequirements\n- Threat model new services\n\nOur stack includes Terraform. Experience with Terraform is required.\n';
    expect(tiers(ad)).toContain('required:terraform');
  });
  it('reads the Spanish "Te capacitaremos en …" as an offer to teach', () => {
    const ad =
      'Ingeniero de Seguridad\n\n¿Qué harás?\n- Modelar amenazas de los servicios nuevos\n\nTe capacitaremos en Databricks y MLflow, que usa nuestro equipo de ciencia de datos.\n';
    expect(tiers(ad, 'es')).toEqual(['duty:threat-modeling']);
  });
});

describe("Spanish conditions of a job board's fields (p105, second round)", () => {
  it('reads "permiso para trabajar" as work authorization and "Disponibilidad de viajar: No" as no travel', () => {
    const ad = 'Ingeniero de Seguridad\n\nRequisitos\n- Python\n\nIndispensable contar con permiso para trabajar en México.\n\nDisponibilidad de viajar: No\n';
    expect(conditions(ad, 'es')).toEqual(['work-authorization']);
  });
  it('still reads "Disponibilidad de viajar: Sí" as travel', () => {
    const ad = 'Ingeniero de Seguridad\n\nRequisitos\n- Python\n\nDisponibilidad de viajar: Sí\n';
    expect(conditions(ad, 'es')).toEqual(['travel']);
  });
});

describe('skills of the second round of p105', () => {
  it('reads automating the collection of OSINT sources as security automation (German)', () => {
    const ad =
      'Threat Intelligence Analyst\n\nIhre Aufgaben\n- Sie automatisieren die Sammlung und Anreicherung von OSINT- und Darknet-Quellen\n\nIhr Profil\n- Python\n';
    expect(tiers(ad, 'de')).toEqual(['duty:security-automation', 'required:python']);
  });
  it('reads explaining a risk to a product manager beside "threat modelled" as stakeholder communication', () => {
    const ad =
      "Product Security Engineer\n\nRequirements\n- You've threat modelled real systems and you can explain a risk to a product manager in one paragraph.\n";
    expect(tiers(ad)).toEqual(['required:stakeholder-communication', 'required:threat-modeling']);
  });
  it('gives a skill its years when a bare word after a slash shares its head ("Python scripting / automation")', () => {
    const ad = 'Security Engineer\n\nRequirements\n- 3+ years of Python scripting / automation.\n- Strong Kubernetes security.\n';
    const python = role(ad).requirements.find((q) => q.kind === 'skill' && q.skills.includes('python'));
    expect(python).toMatchObject({ minYears: 3, tier: 'required' });
    expect(role(ad).requirements.some((q) => q.kind === 'experience')).toBe(false);
  });
});

describe("a bracket after a skill that qualifies a head noun lists the head's kinds (p105, second round)", () => {
  it('reads "un framework de deep learning (PyTorch de préférence, TensorFlow accepté)" as one choice', () => {
    const ad =
      'Ingénieur sécurité IA\n\nProfil recherché\n- Vous maîtrisez Python et au moins un framework de deep learning (PyTorch de préférence, TensorFlow accepté).\n';
    expect(tiers(ad, 'fr')).toContain('required:pytorch-or-tensorflow');
  });
  it('keeps a bracket right after a skill named alone as its forms ("Kubernetes (EKS, AKS)")', () => {
    const ad = 'Ingénieur plateforme\n\nProfil recherché\n- Vous maîtrisez Kubernetes (EKS, AKS).\n';
    expect(tiers(ad, 'fr')).not.toContain('required:aws-or-azure');
  });
});
