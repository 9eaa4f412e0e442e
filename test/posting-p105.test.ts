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
    expect(read).toContain('required:pytorch');
    expect(read).toContain('required:tensorflow');
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
