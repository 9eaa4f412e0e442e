import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Reading the thirty-seventh session's r173 set taught (conventions 346–347 of docs/reading-conventions.md): a credential worked towards in German, a target field after
// "to move into" in every language, doctoral studies and associate degrees named in words, an admission controller one
// writes, images signed in a pipeline, inference services deployed, an inference engine only listed among skills,
// quality audits, and the "ciber-" compounds of Spanish titles.
const read = (text: string) => parseResume(text, { asOf: '2026-11-01' });
const ids = (text: string) => read(text).skills.map((s) => s.id);
const certs = (text: string) => read(text).certifications.map((c) => c.id);
const degrees = (text: string) => read(text).education.map((e) => `${e.level}/${e.field}`);

describe('a credential the person works towards is not held', () => {
  it.each([
    ['ZUSAMMENFASSUNG\nIch arbeite auf die CCSP hin.\n', []],
    ['ZUSAMMENFASSUNG\nIch arbeite derzeit darauf hin, die CCSP abzulegen.\n', []],
    ["RÉSUMÉ\nJe travaille à l'obtention du CCSP.\n", []],
    ['SUMMARY\nWorking towards the CCSP.\n', []],
    ['ZERTIFIZIERUNGEN\nCCSP (2023)\n', ['ccsp']],
  ])('%s', (text, want) => {
    expect(certs(text)).toEqual(want);
  });
});

describe('a field the person takes a course "to move into" is no skill', () => {
  it.each([
    ["ADDITIONAL INFORMATION\n- Taking Hack The Box Academy's AI Red Teamer path to move into LLM security testing.\n", 'llm-security', false],
    [
      'INFORMACIÓN ADICIONAL\n- Estoy cursando la ruta AI Red Teamer de Hack The Box Academy para pasar a pruebas de seguridad de LLM.\n',
      'llm-security',
      false,
    ],
    [
      'EXPERIENCE\nAI Security Engineer, Acme, 01/2022 – present\n- Tested the support chatbot for prompt injection and LLM security weaknesses.\n',
      'llm-security',
      true,
    ],
  ])('%s', (text, id, want) => {
    expect(ids(text).includes(id)).toBe(want);
  });
});

describe('degrees named in words', () => {
  it.each([
    [
      'EDUCATION\nM.Sc. Computer Science    2018\nUniversität Stuttgart\nB.Sc. Electrical Engineering and Information Technology    2016\nKarlsruhe Institute of Technology (KIT)\nDoctoral studies (external, part-time), ML security    2022 – 2023\nTechnical University of Munich – discontinued\n',
      ['master/computer-science', 'bachelor/electrical-engineering'],
    ],
    [
      'EDUCACIÓN\nGrado asociado en Tecnología de Sistemas de Información (A.A.S.) – Community College of the Air Force, 2014\n',
      ['associate/information-systems'],
    ],
  ])('%s', (text, want) => {
    expect(degrees(text)).toEqual(want);
  });
});

describe('evidence of security and ML work in a duty', () => {
  const job = (title: string, line: string) => `EXPERIENCE\n${title}, Acme Bank, 01/2020 – present\n- ${line}\n`;
  it.each([
    [
      job('MLSecOps Engineer', 'Built a Python admission service that runs ModelScan on every model artefact and blocks unsigned models.'),
      'security-automation',
      true,
    ],
    [job('Platform Engineer', 'The admission controller rejects unsigned images on the cluster.'), 'security-automation', false],
    [job('Head of GenAI Security Engineering', 'Docker images are signed in the Azure DevOps pipeline.'), 'devsecops', true],
    [job('Legal Counsel', 'Contracts are signed off by the release board.'), 'devsecops', false],
    [job('Head of GenAI Engineering', 'Deploy the LLM inference and embedding services on AKS (Kubernetes).'), 'ml-deployment', true],
    [job('AI Security Engineer', 'Penetration test of the inference services deployed on AKS.'), 'ml-deployment', false],
    [job('Quality Engineer', 'Led supplier quality audits (IATF 16949) and 8D root-cause analyses.'), 'audit', false],
    [job('Ingeniera de Calidad', 'Encabecé auditorías de calidad a proveedores (IATF 16949).'), 'audit', false],
    [job('IT Auditor', 'Led IT audits of access management and change management.'), 'audit', true],
  ])('%s → %s', (text, id, want) => {
    expect(ids(text).includes(id)).toBe(want);
  });

  it('vLLM listed among the skills of a research CV is no deployment; served with it in a job, it is', () => {
    expect(ids('TECHNICAL SKILLS\nPython, PyTorch, JAX, Hugging Face (Transformers, PEFT), vLLM, Slurm\n')).not.toContain('ml-deployment');
    expect(ids(job('ML Engineer', 'Served the fine-tuned models with vLLM on Amazon EKS.'))).toContain('ml-deployment');
    expect(ids('SKILLS\nLLM serving (vLLM), Kubernetes\n')).toContain('ml-deployment');
  });
});

describe('a Spanish title with a "ciber-" compound is a security title', () => {
  it('counts the entry as security work', () => {
    const profile = read(
      'EXPERIENCIA PROFESIONAL\nIngeniero Líder de Machine Learning, Ciberanalítica          03/2022 – actualidad\nSentinel Ridge Technologies\n• Desarrollo en Python modelos de detección de anomalías para intrusiones de red (PyTorch).\n',
    );
    expect(profile.experience.entries[0]?.kind).toContain('security');
  });
});
