import { allLanguages } from '../src/languages';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gapReport, loadCatalog, matchRoles, parseResume, planUpskilling, RolefitError, roleFromJobPosting } from './_languages';
import { PostingWeightsSchema, RoleSchema } from '../src/schemas';
import { requirementId } from '../src/catalog/load';
import type { Requirement, Role } from '../src';

const posting = (name: string) => readFileSync(new URL(`./fixtures/postings/${name}`, import.meta.url), 'utf8');

/** [id, kind, what (skills / measure / level:fields / certifications / clearance), minYears, weight, hard, source]. */
type Row = [string, Requirement['kind'], string, number | null, number, boolean, string];

function rowOf(q: Requirement): Row {
  const what =
    q.kind === 'skill'
      ? q.skills.join('|')
      : q.kind === 'experience'
        ? q.measure
        : q.kind === 'degree'
          ? `${q.minLevel}:${(q.fields ?? []).join('|')}`
          : q.kind === 'certification'
            ? q.anyOf.join('|')
            : q.kind === 'title'
              ? q.words.map((g) => g.join('/')).join('+')
              : (q.minLevel ?? 'any');
  const years = q.kind === 'skill' || q.kind === 'experience' ? (q.minYears ?? null) : null;
  return [requirementId(q), q.kind, what, years, q.weight, q.hard, q.source];
}

/** [id, tier] of each requirement of an ad, in the language given (detected when none). */
const tiersOf = (ad: string, language?: 'de' | 'fr' | 'es') =>
  roleFromJobPosting(ad, language ? { language } : {}).requirements.map((q) => [requirementId(q), q.tier]);

// The expected requirements of each ad, written out: requirement order is first appearance in the ad.
const EXPECTED: Record<string, { title: string; requirements: Row[] }> = {
  'bank-appsec-ai.txt': {
    title: 'Vice President, AI Application Security Engineer',
    requirements: [
      // The AI applications are what the security assessments are of: no LLM application work.
      [
        'security-assessment',
        'skill',
        'security-assessment',
        null,
        2.5,
        false,
        'Perform security assessments of AI applications built on Azure OpenAI and LangChain',
      ],
      ['ai-governance', 'skill', 'ai-governance', null, 4.5, false, 'Knowledge of SR 11-7 and model risk is required'],
      ['securityYears', 'experience', 'securityYears', 7, 5, true, 'At least 7 years of information security experience'],
      ['application-security', 'skill', 'application-security', null, 4, false, 'Strong knowledge of application security and threat modeling'],
      ['threat-modeling', 'skill', 'threat-modeling', null, 4, false, 'Strong knowledge of application security and threat modeling'],
      ['azure', 'skill', 'azure', null, 4, false, 'Hands-on experience with Azure'],
      ['certification', 'certification', 'cissp|ccsp|cism', null, 1, false, 'CISSP, CCSP or CISM'],
      ['terraform', 'skill', 'terraform', null, 1, false, 'Experience with Terraform'],
    ],
  },
  'bigtech-ai-security-engineer.txt': {
    title: 'Senior AI Security Engineer, Generative AI',
    requirements: [
      // Named in the intro and again as a preferred qualification: preferred (the ad does not require it).
      ['llm-security', 'skill', 'llm-security', null, 1.5, false, 'Experience with prompt injection and jailbreak defenses'],
      ['threat-modeling', 'skill', 'threat-modeling', null, 4.5, false, 'Experience with threat modeling and secure code review'],
      ['python', 'skill', 'python', null, 2.5, false, 'You will build security automation in Python.'],
      ['security-automation', 'skill', 'security-automation', null, 2.5, false, 'You will build security automation in Python.'],
      ['application-security', 'skill', 'application-security', 5, 5, false, '5+ years of experience in application security'],
      ['secure-code-review', 'skill', 'secure-code-review', null, 4, false, 'Experience with threat modeling and secure code review'],
      ['python-or-go-or-java', 'skill', 'python|go|java', null, 4, false, 'Proficiency in Python, Go, or Java'],
      ['degree', 'degree', 'bachelor:computer-science', null, 2, false, 'BS in Computer Science or equivalent experience'],
      ['kubernetes', 'skill', 'kubernetes', null, 1, false, 'Familiarity with Kubernetes is a plus'],
      ['certification', 'certification', 'cissp|oscp', null, 1, false, 'CISSP or OSCP preferred'],
    ],
  },
  'defense-ml-engineer.txt': {
    title: 'Machine Learning Engineer - Mission Systems (TS/SCI)',
    requirements: [
      ['deep-learning', 'skill', 'deep-learning', null, 2.5, false, 'Develop and deploy deep learning models for computer vision on classified networks'],
      ['ml-deployment', 'skill', 'ml-deployment', null, 3, false, 'Develop and deploy deep learning models for computer vision on classified networks'],
      ['data-engineering', 'skill', 'data-engineering', null, 2.5, false, 'Build data pipelines and model serving infrastructure on Linux'],
      ['linux', 'skill', 'linux', null, 2.5, false, 'Build data pipelines and model serving infrastructure on Linux'],
      ['clearance', 'clearance', 'ts-sci', null, 8, true, 'Active TS/SCI clearance with polygraph required'],
      ['mlYears', 'experience', 'mlYears', 3, 5, true, '3-5 years of experience developing machine learning models'],
      ['machine-learning', 'skill', 'machine-learning', null, 4, false, '3-5 years of experience developing machine learning models'],
      ['python', 'skill', 'python', null, 4, false, 'Proficiency with Python and PyTorch'],
      ['pytorch', 'skill', 'pytorch', null, 4, false, 'Proficiency with Python and PyTorch'],
      [
        'degree',
        'degree',
        'bachelor:computer-science|electrical-engineering|mathematics',
        null,
        2,
        true,
        "Bachelor's degree in Computer Science, Electrical Engineering, or Mathematics",
      ],
      // To obtain within six months of hire: no must at application (as "within six months of hire" in words).
      ['certification', 'certification', 'security-plus', null, 2, false, 'Security+ certification required within 6 months of hire'],
      ['docker', 'skill', 'docker', null, 1, false, 'Experience with Docker and Kubernetes'],
      ['kubernetes', 'skill', 'kubernetes', null, 1, false, 'Experience with Docker and Kubernetes'],
      [
        'degree-master',
        'degree',
        'master:computer-science|computer-engineering|electrical-engineering|software-engineering|mathematics|statistics|physics|data-science',
        null,
        1,
        false,
        "Master's degree in a STEM field",
      ],
    ],
  },
  'governance-ai-policy.txt': {
    title: 'AI Governance & Policy Lead',
    requirements: [
      [
        'ai-governance',
        'skill',
        'ai-governance',
        null,
        3.5,
        false,
        'You will lead our responsible AI program and make sure every AI system we ship is compliant with the EU AI Act and our internal AI policy.',
      ],
      ['ai-regulation', 'skill', 'ai-regulation', null, 4.5, false, 'Deep knowledge of the EU AI Act and GDPR'],
      ['responsible-ai', 'skill', 'responsible-ai', null, 4.5, false, 'Experience with bias testing and model explainability'],
      ['ai-risk-management', 'skill', 'ai-risk-management', null, 2.5, false, 'Conduct AI impact assessments aligned to NIST AI RMF and ISO 42001'],
      ['policy-development', 'skill', 'policy-development', null, 2.5, false, 'Draft and maintain AI policy and standards with Legal and Privacy'],
      [
        'stakeholder-communication',
        'skill',
        'stakeholder-communication',
        null,
        2.5,
        false,
        'Brief the executive leadership and the board of directors on AI risk',
      ],
      ['totalYears', 'experience', 'totalYears', 6, 5, true, '6+ years of experience in technology risk, compliance, or privacy'],
      // Privacy is one of the backgrounds of the years, asked in its own right by the GDPR line (convention 35); "with Legal
      // and Privacy" names partner departments, no privacy duty (convention 30).
      ['privacy', 'skill', 'privacy', null, 4, false, 'Deep knowledge of the EU AI Act and GDPR'],
      ['degree', 'degree', 'master:public-policy|law', null, 2, true, "JD, or a Master's degree in public policy or law"],
      ['certification', 'certification', 'aigp|cipp', null, 1, false, 'AIGP or CIPP certification'],
      ['machine-learning', 'skill', 'machine-learning', null, 1, false, 'Basic understanding of machine learning'],
    ],
  },
  'government-ai-security-analyst.txt': {
    title: 'IT Specialist (INFOSEC / AI Security Analyst), GS-2210-13',
    requirements: [
      [
        'ai-risk-management',
        'skill',
        'ai-risk-management',
        null,
        2.5,
        false,
        'Conducts security assessments of artificial intelligence systems under the NIST AI RMF',
      ],
      [
        'security-assessment',
        'skill',
        'security-assessment',
        null,
        4.5,
        false,
        'One year of specialized experience equivalent to the GS-12 level, including experience with NIST SP 800-53 controls and risk assessment of information systems.',
      ],
      ['aws', 'skill', 'aws', null, 2.5, false, 'Performs vulnerability management and continuous monitoring for AI workloads hosted in AWS GovCloud'],
      [
        'vulnerability-management',
        'skill',
        'vulnerability-management',
        null,
        2.5,
        false,
        'Performs vulnerability management and continuous monitoring for AI workloads hosted in AWS GovCloud',
      ],
      [
        'security-compliance',
        'skill',
        'security-compliance',
        null,
        4.5,
        false,
        'One year of specialized experience equivalent to the GS-12 level, including experience with NIST SP 800-53 controls and risk assessment of information systems.',
      ],
      [
        'stakeholder-communication',
        'skill',
        'stakeholder-communication',
        null,
        2.5,
        false,
        'Prepares authority to operate packages and briefs senior leadership on AI risk',
      ],
      [
        'securityYears',
        'experience',
        'securityYears',
        1,
        5,
        true,
        'One year of specialized experience equivalent to the GS-12 level, including experience with NIST SP 800-53 controls and risk assessment of information systems.',
      ],
      ['incident-response', 'skill', 'incident-response', null, 4, false, 'Knowledge of incident response procedures.'],
      [
        'degree',
        'degree',
        'bachelor:cybersecurity|computer-science|information-systems',
        null,
        2,
        false,
        "A bachelor's degree in cybersecurity, computer science, or information technology may substitute for experience.",
      ],
      ['certification', 'certification', 'cissp|security-plus', null, 1, false, 'CISSP or Security+ is a plus.'],
    ],
  },
  'ml-research-engineer.txt': {
    title: 'Machine Learning Engineer, Ranking',
    requirements: [
      ['machine-learning', 'skill', 'machine-learning', null, 4.5, false, '4+ years of experience building machine learning systems in production.'],
      [
        'degree',
        'degree',
        'master:computer-science|statistics',
        null,
        2,
        false,
        'MS or PhD in Computer Science, Statistics, or a related field, or equivalent practical experience.',
      ],
      ['mlYears', 'experience', 'mlYears', 4, 5, true, '4+ years of experience building machine learning systems in production.'],
      ['pytorch-or-tensorflow', 'skill', 'pytorch|tensorflow', null, 4, false, 'Experience with PyTorch or TensorFlow.'],
      ['mlops', 'skill', 'mlops', null, 4, false, 'Experience with feature stores and MLflow.'],
      ['python', 'skill', 'python', null, 4, false, 'Strong SQL and Python.'],
      ['sql', 'skill', 'sql', null, 4, false, 'Strong SQL and Python.'],
      ['kubernetes', 'skill', 'kubernetes', null, 1, false, 'Experience with Kubernetes and model serving at scale.'],
      ['ml-deployment', 'skill', 'ml-deployment', null, 1, false, 'Experience with Kubernetes and model serving at scale.'],
      ['data-engineering', 'skill', 'data-engineering', null, 1, false, 'Experience with Spark is a plus.'],
      ['deep-learning', 'skill', 'deep-learning', null, 1, false, 'Publications in deep learning venues.'],
    ],
  },
  'soc-analyst.txt': {
    title: 'SOC Analyst II (Tier 2)',
    requirements: [
      ['security-monitoring', 'skill', 'security-monitoring', null, 5, false, '3+ years in a SOC environment'],
      ['incident-response', 'skill', 'incident-response', null, 2.5, false, 'Lead incident response for escalated incidents and write detection rules'],
      ['vulnerability-management', 'skill', 'vulnerability-management', null, 2.5, false, 'Perform vulnerability scans with Tenable and track remediation'],
      ['securityYears', 'experience', 'securityYears', 3, 5, true, '3+ years in a SOC environment'],
      ['network-security', 'skill', 'network-security', null, 4, false, 'Working knowledge of network security (TCP/IP, firewalls, IDS)'],
      ['python-or-bash', 'skill', 'python|bash', null, 4, false, 'Scripting in Python or PowerShell'],
      ['certification', 'certification', 'security-plus|cysa-plus', null, 2, true, 'Security+ or CySA+ required'],
      ['certification-gcih', 'certification', 'gcih', null, 1, false, 'GCIH'],
      ['security-automation', 'skill', 'security-automation', null, 1, false, 'Experience with SOAR platforms'],
      ['linux', 'skill', 'linux', null, 1, false, 'Experience with Linux is a plus'],
    ],
  },
  'startup-llm-red-team.txt': {
    title: 'Founding LLM Red Team Engineer',
    requirements: [
      ['llm-security', 'skill', 'llm-security', null, 2.5, false, "Break our customers' agents with prompt injection, jailbreaks and tool abuse"],
      ['python', 'skill', 'python', null, 4.5, false, 'Strong Python'],
      [
        'security-automation',
        'skill',
        'security-automation',
        null,
        2.5,
        false,
        'Turn every finding into an automated eval in our open-source harness (Python)',
      ],
      ['securityYears', 'experience', 'securityYears', 2, 5, true, '2+ years of offensive security or penetration testing experience'],
      ['penetration-testing', 'skill', 'penetration-testing', null, 4.5, false, '2+ years of offensive security or penetration testing experience'],
      ['llm-applications', 'skill', 'llm-applications', null, 4, false, 'Hands-on experience with LLM applications (RAG, LangChain or LlamaIndex)'],
      ['pytorch', 'skill', 'pytorch', null, 1, false, 'Experience with PyTorch'],
      ['certification', 'certification', 'oscp', null, 1, false, 'OSCP'],
    ],
  },
};

describe('roleFromJobPosting on eight job ads', () => {
  const roles = Object.fromEntries(Object.keys(EXPECTED).map((f) => [f, roleFromJobPosting(posting(f))]));

  it.each(Object.keys(EXPECTED))('%s: exact requirements', (file) => {
    const role = roles[file] as Role;
    expect(role.title).toBe(EXPECTED[file]?.title);
    expect(role.requirements.map(rowOf)).toEqual(EXPECTED[file]?.requirements);
  });

  it.each(Object.keys(EXPECTED))('%s: a valid role with unique ids and quoted sources', (file) => {
    const role = roles[file] as Role;
    expect(RoleSchema.parse(role)).toEqual(role);
    const ids = role.requirements.map(requirementId);
    expect(new Set(ids).size).toBe(ids.length);
    const text = posting(file).replace(/\s+/g, ' ');
    for (const q of role.requirements) expect(text).toContain(q.source.replace(/\s+/g, ' '));
  });

  it.each(Object.keys(EXPECTED))('%s: every required item weighs more than every preferred one', (file) => {
    const reqs = (roles[file] as Role).requirements.filter((q) => q.kind === 'skill' || q.kind === 'certification');
    const preferred = reqs.filter((q) => q.label?.startsWith('Preferred: ')).map((q) => q.weight);
    const required = reqs.filter((q) => !q.label?.startsWith('Preferred: ') && q.weight >= PostingWeightsSchema.parse({}).skill.required).map((q) => q.weight);
    if (preferred.length > 0 && required.length > 0) expect(Math.min(...required)).toBeGreaterThan(Math.max(...preferred));
  });

  it('is deterministic', () => {
    for (const file of Object.keys(EXPECTED)) expect(roleFromJobPosting(posting(file))).toEqual(roles[file]);
  });

  it('names the role from the title line, and labels requirements', () => {
    const bank = roles['bank-appsec-ai.txt'] as Role;
    expect(bank.id).toBe('vice-president-ai-application-security-engineer');
    expect(bank.family).toBe('custom');
    expect(bank.source).toBe('Job posting: Vice President, AI Application Security Engineer');
    const labels = (roles['bigtech-ai-security-engineer.txt'] as Role).requirements.map((q) => q.label);
    expect(labels).toContain('Application security (5+ years)');
    expect(labels).toContain("Bachelor's degree in computer science (or equivalent experience)");
    expect(labels).toContain('Preferred: CISSP or OSCP');
    const defense = (roles['defense-ml-engineer.txt'] as Role).requirements.map((q) => q.label);
    expect(defense).toContain('Active TS/SCI clearance with polygraph');
    // A clearance the hire must obtain is a condition for the recruiter, not a scored requirement.
    expect((roles['government-ai-security-analyst.txt'] as Role).notes).toEqual([
      {
        condition: 'clearance-obtainable',
        text: 'Must be able to obtain and maintain a Top Secret clearance.',
        level: 'top-secret',
        polygraph: false,
        hard: true,
      },
      { condition: 'citizenship', text: 'Must be a U.S. citizen.' },
    ]);
  });
});

describe('roleFromJobPosting: phrases', () => {
  const one = (text: string) => roleFromJobPosting(`Security Engineer\n\n${text}`).requirements.map(rowOf);

  it.each([
    ['At least two years of Python.', ['python', 'skill', 'python', 2, 5, false, 'At least two years of Python.']],
    ['3-5 years of experience.', ['totalYears', 'experience', 'totalYears', 3, 5, false, '3-5 years of experience.']],
    ['Between 3 and 5 years of experience.', ['totalYears', 'experience', 'totalYears', 3, 5, false, 'Between 3 and 5 years of experience.']],
    [
      'Must have 5+ years of cybersecurity experience.',
      ['securityYears', 'experience', 'securityYears', 5, 5, true, 'Must have 5+ years of cybersecurity experience.'],
    ],
    ['Kubernetes (3+ years) required.', ['kubernetes', 'skill', 'kubernetes', 3, 5, false, 'Kubernetes (3+ years) required.']],
    ['Active TS/SCI required.', ['clearance', 'clearance', 'ts-sci', null, 8, true, 'Active TS/SCI required.']],
    ['CISSP or OSCP preferred.', ['certification', 'certification', 'cissp|oscp', null, 1, false, 'CISSP or OSCP preferred.']],
    ['Familiarity with Terraform a plus.', ['terraform', 'skill', 'terraform', null, 1, false, 'Familiarity with Terraform a plus.']],
    [
      'Bachelor of Science in Mathematics required.',
      ['degree', 'degree', 'bachelor:mathematics', null, 2, true, 'Bachelor of Science in Mathematics required.'],
    ],
  ] as Array<[string, Row]>)('%s', (text, row) => {
    expect(one(text)).toEqual([row]);
  });

  it('reads the lower end of a range said with "and" as the minimum, in Spanish too ("Entre 3 y 5 años")', () => {
    const role = roleFromJobPosting('Ingeniero de ML\n\nRequisitos\n- Entre 3 y 5 años de experiencia en machine learning.\n', { language: 'es' });
    expect(role.requirements.flatMap((q) => (q.kind === 'experience' ? [[q.measure, q.minYears]] : []))).toEqual([['mlYears', 3]]);
  });

  it('reads no range without its opener: a level, tier or version number before "and N years" is no lower end', () => {
    const years = (line: string) =>
      roleFromJobPosting(`Security Engineer\n\nRequirements\n- ${line}\n`).requirements.flatMap((q) =>
        q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
      );
    expect(years('DoD 8570 IAT Level 2 and 5+ years of IT security experience.')).toEqual([['securityYears', 5]]);
    expect(years('Python 3 and 5+ years of software engineering experience.')).toEqual([['python', 5]]);
    expect(years('Tier 1 and 3+ years of SOC experience preferred.')).toEqual([['securityYears', 3]]);
    expect(years('Python 2 and 3 years of scripting experience.')).toEqual([['totalYears', 3]]);
  });

  it('splits "required …, … preferred" into two tiers', () => {
    expect(one('BS in Computer Science required, MS preferred.')).toEqual([
      ['degree', 'degree', 'bachelor:computer-science', null, 2, true, 'BS in Computer Science required, MS preferred.'],
      ['degree-master', 'degree', 'master:', null, 1, false, 'BS in Computer Science required, MS preferred.'],
    ]);
  });

  it('reads example lists whose items carry other words, and a parenthesis of examples after a word that is not a skill', () => {
    expect(one('Requirements: Familiarity with cloud platforms (e.g., AWS GovCloud, Azure Government).').map((r) => r[2])).toEqual(['aws|azure']);
    expect(one('Requirements: Scripting skills (Python, PowerShell).').map((r) => r[2])).toEqual(['python|bash']); // PowerShell is the catalog's shell scripting skill
    // After a skill, a parenthesis qualifies it; "and" inside "including" joins what is all required.
    expect(one('Requirements: Python (Django, Flask).').map((r) => r[2])).toEqual(['python']);
    expect(one('Requirements: Experience including NIST SP 800-53 controls and risk assessment of information systems.').map((r) => r[2])).toEqual([
      'security-assessment',
      'security-compliance',
    ]);
  });

  it('years of several skills of one field are years in that field; another path ("or …") states no minimum', () => {
    const years = (text: string) =>
      one(text)
        .filter((r) => r[3] !== null)
        .map((r) => [r[0], r[3]]);
    expect(years('Requirements: 4+ years in security operations, detection engineering, threat hunting or incident response.')).toEqual([['securityYears', 4]]);
    expect(
      years(
        "Requirements: Bachelor's degree and 5 years of experience developing machine learning models; or a Master's degree and 3 years of such experience.",
      ),
    ).toEqual([['mlYears', 5]]);
    expect(years('Requirements: At least 4 years of experience in model development or model validation.')).toEqual([['mlYears', 4]]);
    // Validating or evaluating models names no ML work by itself: the part is the one skill it lists (r23).
    expect(
      years(
        'Requirements: 6+ years of relevant professional experience, including at least 3 years in model risk management, model validation or AI governance.',
      ),
    ).toEqual([
      ['totalYears', 6],
      ['ai-governance', 3],
    ]);
  });

  it('reads a tier in brackets after a heading, and a range of years written with "to"', () => {
    const role = roleFromJobPosting("Engineer\n\nWhat you'll bring (Required)\n• 5 to 7 years of experience in information security\n• Python");
    expect(role.requirements.map((q) => [requirementId(q), q.tier, q.kind === 'experience' ? q.minYears : null])).toEqual([
      ['securityYears', 'required', 5],
      ['python', 'required', null],
    ]);
  });

  it('reads a list item tagged with a tier as an item of that tier, for all its parts, not as a heading', () => {
    const role = roleFromJobPosting(
      'Engineer\n\nWhat we are looking for\n• Scripting in Python or PowerShell (must have)\n• Incident response experience; GCIH would be great (nice to have)\n• Experience with AWS or GCP (good to have)\n• Confident on Linux hosts (must have)\n',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python-or-bash', 'required'],
      ['incident-response', 'preferred'],
      ['certification', 'preferred'],
      ['aws-or-gcp', 'preferred'],
      ['linux', 'required'],
    ]);
  });

  it('reads "Some exposure to X" in a job ad as a wish, not as a lack (a résumé reads it as no evidence)', () => {
    const role = roleFromJobPosting(
      'AI Security Engineer\n\nRequirements\n- 3+ years in application security\n\nNice to have\n- Some exposure to adversarial ML\n',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['application-security', 'required'],
      ['adversarial-ml', 'preferred'],
    ]);
  });

  it('reads a skill inside a softening parenthesis as preferred, the rest of the item keeping its tier', () => {
    const role = roleFromJobPosting("Engineer\n\nWhat you'll need\n- Deep, hands-on AWS experience (Azure exposure is helpful but not required)\n- Python\n");
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['aws', 'required'],
      ['azure', 'preferred'],
      ['python', 'required'],
    ]);
  });

  it('reads a heading with a remark in brackets inside it ("Desired (not required) qualifications:") as its section, for all its parts', () => {
    const tiers = (text: string, language?: 'de' | 'fr') =>
      roleFromJobPosting(text, language ? { language } : {}).requirements.map((q) => [requirementId(q), q.tier]);
    expect(
      tiers(
        'Engineer\n\nRequirements\n- Python\n\nDesired (not required) qualifications: experience with Terraform; familiarity with AWS; a CISSP certification.\n',
      ),
    ).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
      ['aws', 'preferred'],
      ['certification', 'preferred'],
    ]);
    expect(tiers('Sicherheitsingenieur (m/w/d)\n\nIhr Profil\n- Python\n\nWünschenswerte (aber keine zwingenden) Kenntnisse: Terraform; AWS\n', 'de')).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
      ['aws', 'preferred'],
    ]);
    expect(tiers('Ingénieur sécurité\n\nProfil recherché\n- Python\n\nCompétences (non obligatoires) souhaitées : Terraform ; AWS\n', 'fr')).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
      ['aws', 'preferred'],
    ]);
  });

  it("reads a lead's tier on over the wrapped lines of its paragraph in a text wrapped at a fixed width (a flattened PDF)", () => {
    const wrap = (paragraph: string, width = 72) => {
      const out: string[] = [];
      let line = '';
      for (const word of paragraph.split(' ')) {
        if (line !== '' && `${line} ${word}`.length > width) {
          out.push(line);
          line = word;
        } else line = line === '' ? word : `${line} ${word}`;
      }
      return [...out, line].join('\n');
    };
    const ad = [
      'Detection Engineer',
      'Remote',
      wrap(
        'Orbital Freight moves containers for nine shipping lines and keeps every booking in one platform. The security team of five looks after that platform and the offices around it, and this hire will own what we detect and how fast we respond.',
      ),
      wrap(
        'In your first quarter you will rebuild the alerting we set up two years ago, tune the noisy rules and write runbooks the on-call engineers can follow at night without calling you. Later on you will help product teams reason about abuse of the booking flow.',
      ),
      wrap(
        'We are looking for someone with at least four years in a detection or SOC role, ideally at a company that ships software every day. You script in Python without looking things up. Our logs live in Elastic, so you should know its query language well. You write Terraform for the pieces you own and review it for others.',
      ),
      wrap(
        'It would be great if you have run incident response for a cloud breach before, or have written Sigma rules that other teams reuse. None of it is required.',
      ),
    ].join('\n');
    expect(roleFromJobPosting(ad).requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['securityYears', 'required'],
      ['security-monitoring', 'required'],
      ['python', 'required'],
      ['terraform', 'required'],
      ['incident-response', 'preferred'],
    ]);
    // The same sentences one to a line, unwrapped: each line is its own paragraph.
    const unwrapped = roleFromJobPosting(
      'Detection Engineer\n\nWe are looking for someone with four years in a SOC role.\nYou write Terraform for the pieces you own.\n',
    );
    expect(unwrapped.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['securityYears', 'required'],
      ['security-monitoring', 'required'],
      ['terraform', 'duty'],
    ]);
  });

  it.each([
    // Being audited, or an auditor from outside, is no audit work of the hire's.
    ['Take us through ISO 27001 certification with an outside auditor.', ['security-compliance', 'python']],
    ["You've been through a SOC 2 audit before.", ['security-compliance', 'python']],
    ['Run internal audits of our ISO 27001 controls.', ['audit', 'security-compliance', 'python']],
  ])('reads audit work only when the hire audits: %s', (duty, ids) => {
    expect(roleFromJobPosting(`Engineer\n\nWhat you'll do\n- ${duty}\n\nRequirements\n- Python\n`).requirements.map(requirementId)).toEqual(ids);
  });

  it.each([
    ['en', 'Engineer\n\nYou will bring the threat models we wrote last year back in line with reality.\n\nRequirements\n- Python\n', 'threat-modeling', 'duty'],
    ['en', 'Engineer\n\nYou have three years of threat modeling behind you.\n\nRequirements\n- Python\n', 'threat-modeling', 'required'],
    ['de', 'Ingenieur\n\nDu pflegst die Terraform-Module, die in den letzten Jahren entstanden sind.\n\nDein Profil\n- Python\n', 'terraform', 'duty'],
    ['fr', "Ingénieur\n\nVous reprenez les modules Terraform écrits l'année dernière.\n\nProfil recherché\n- Python\n", 'terraform', 'duty'],
    ['es', 'Ingeniero\n\nMantendrás los módulos de Terraform que escribimos el año pasado.\n\nRequisitos\n- Python\n', 'terraform', 'duty'],
  ] as const)('reads a year word of a point in time in prose before any heading as no requirement (%s)', (language, ad, id, tier) => {
    expect(roleFromJobPosting(ad, { language }).requirements.map((q) => [requirementId(q), q.tier])).toContainEqual([id, tier]);
  });

  it.each([
    ['de', 'Referentin (w/m/d)\n\nZwingende Anforderungen:\n• Kenntnisse in Python\n\nWünschenswerte Anforderungen:\n• Erfahrung mit Terraform\n'],
    ['de', 'Referent (w/m/d)\n\nIhr Profil\n- Python\n\nWünschenswerte Voraussetzungen\n- Terraform\n'],
    ['en', 'Analyst\n\nEssential requirements:\n- Python\n\nDesirable requirements:\n- Terraform\n'],
    ['fr', 'Analyste\n\nProfil recherché\n- Python\n\nExigences souhaitées :\n- Terraform\n'],
  ] as const)('reads a heading of desirable requirements as preferred (%s)', (language, ad) => {
    expect(roleFromJobPosting(ad, { language }).requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
    ]);
  });

  it('reads a heading followed by a remark of a sentence in brackets ("MUST HAVES (please do not apply without these!):") as its section', () => {
    const tiers = (heading: string) =>
      roleFromJobPosting(
        `SOC Analyst\n\nWhat you will do\n- Run the SOC shift.\n\n${heading}\n- Python scripting\n- Incident response experience\n`,
      ).requirements.map((q) => [requirementId(q), q.tier]);
    const must = [
      ['security-monitoring', 'duty'],
      ['python', 'required'],
      ['incident-response', 'required'],
    ];
    expect(tiers('MUST HAVES (please do not apply without these – resumes will be screened!):')).toEqual(must);
    expect(tiers('Requirements (we screen strictly – please read before applying!)')).toEqual(must);
    expect(tiers('What you need (non-negotiable, sorry!):')).toEqual(must);
    expect(tiers('Nice to haves (none of these are deal-breakers, really.)')).toEqual([
      ['security-monitoring', 'duty'],
      ['python', 'preferred'],
      ['incident-response', 'preferred'],
    ]);
  });

  it('reads "It would be great if", "We\'d love it if you also have:" and "Even better if…" as wish headings', () => {
    const tiers = (heading: string) =>
      roleFromJobPosting(
        `AI Governance Manager\n\nRequirements\n- You have written or reviewed DPIAs.\n\n${heading}\n- You can pull your own data with SQL or Python.\n`,
      ).requirements.map((q) => [requirementId(q), q.tier]);
    const wish = [
      ['privacy', 'required'],
      ['sql-or-python', 'preferred'],
    ];
    for (const heading of ['It would be great if', 'It would be great if you:', "We'd love it if you also have:", 'Even better if...', "It'd be nice if…"])
      expect(tiers(heading)).toEqual(wish);
  });

  it('a parenthesis that softens one word of a required list does not part the list at a comma ("at least one of Azure, AWS or GCP (Azure preferred)")', () => {
    const skills = (text: string) => roleFromJobPosting(text).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
    expect(skills('Engineer\n\nRequirements\n- Experience on at least one hyperscaler - Azure, AWS or GCP (Azure OpenAI exposure preferred)\n')).toEqual([
      ['azure|aws|gcp', 'required'],
      ['llm-applications', 'preferred'],
    ]);
    expect(skills('Engineer\n\nRequirements\n- Must know at least one cloud: AWS, GCP or Azure (GCP preferred)\n- Python\n')).toEqual([
      ['aws|gcp|azure', 'required'],
      ['python', 'required'],
    ]);
  });

  it('reads "at least one" before a count of alternatives under a wish heading as a wish, in four languages; "at least one year" stays a must', () => {
    const skills = (text: string) => roleFromJobPosting(text).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
    expect(skills('Engineer\n\nPreferred qualifications\n- Familiarity with at least one major cloud provider (AWS, Azure or GCP)\n')).toEqual([
      ['aws|azure|gcp', 'preferred'],
    ]);
    expect(skills('Engineer\n\nNice to have\n- Experience with at least one of AWS, Azure or GCP\n')).toEqual([['aws|azure|gcp', 'preferred']]);
    expect(skills('Ingenieur\n\nWünschenswert\n- Erfahrung mit mindestens einem Cloud-Anbieter (AWS, Azure oder GCP)\n')).toEqual([
      ['aws|azure|gcp', 'preferred'],
    ]);
    expect(skills('Ingénieur\n\nLes plus\n- Une expérience sur au moins un cloud public (AWS, Azure ou GCP)\n')).toEqual([['aws|azure|gcp', 'preferred']]);
    expect(skills('Ingeniero\n\nSe valorará\n- Experiencia con al menos un proveedor cloud (AWS, Azure o GCP)\n')).toEqual([['aws|azure|gcp', 'preferred']]);
    expect(skills('Engineer\n\nNice to have\n- At least one (1) year of Kubernetes experience\n')).toEqual([['kubernetes', 'required']]);
  });

  it('reads an associate degree named before another level ("Associate\'s or Bachelor\'s degree") as the lowest level asked for', () => {
    const degree = (line: string) =>
      roleFromJobPosting(`Engineer\n\nRequirements\n- Python\n- ${line}\n`).requirements.flatMap((q) =>
        q.kind === 'degree' ? [[q.minLevel, (q.fields ?? []).join('|')]] : [],
      );
    expect(degree("Associate's or Bachelor's degree in Cybersecurity, Information Systems or a related field")).toEqual([
      ['associate', 'cybersecurity|information-systems'],
    ]);
    expect(degree("Associate or bachelor's degree in Computer Science")).toEqual([['associate', 'computer-science']]);
    expect(degree("Associate/Bachelor's degree in Computer Science")).toEqual([['associate', 'computer-science']]);
    expect(degree('Associates or BS in Computer Science')).toEqual([['associate', 'computer-science']]);
    expect(degree("Bachelor's or associate degree in Computer Science")).toEqual([['associate', 'computer-science']]);
    // A job title "associate" is no degree.
    expect(degree("3 years as a sales associate or analyst; Bachelor's degree in Computer Science")).toEqual([['bachelor', 'computer-science']]);
  });

  it('reads a degree label naming a field ("Degree: computer science"), and another path of education and experience after "OR" as an escape', () => {
    const degree = (text: string) =>
      roleFromJobPosting(`Computer Scientist\n\n${text}\n- Python\n`).requirements.flatMap((q) =>
        q.kind === 'degree' ? [[q.minLevel, (q.fields ?? []).join('|'), q.hard]] : [],
      );
    expect(
      degree(
        'Qualifications\nBASIC EDUCATION REQUIREMENT: You must meet A or B below.\nA. Degree: computer science; or\nB. Degree: at least 30 semester hours in a combination of mathematics, statistics and computer science.\nExperience may not be substituted for the basic education requirement.',
      ),
    ).toEqual([['bachelor', 'computer-science', true]]);
    expect(degree('Requirements\n- Degree: Computer Science or a related field')).toEqual([['bachelor', 'computer-science', true]]);
    expect(degree('Requirements\n- Degree: none')).toEqual([]);
    expect(degree('Requirements\n- Degree: not required')).toEqual([]);
    expect(
      degree(
        'BASIC REQUIREMENT:\nA. Degree: Mathematics, statistics or computer science. The degree must be in a major field of study.\nOR\nB. Combination of education and experience: courses equivalent to a major field of study, plus appropriate experience.',
      ),
    ).toEqual([['bachelor', 'mathematics|statistics|computer-science', false]]);
    expect(degree("Requirements\n- Must have a bachelor's degree in computer science; or\n- a combination of education and relevant experience")).toEqual([
      ['bachelor', 'computer-science', false],
    ]);
  });

  it('ends the subject of years at a dash between spaces: the aside after it names kinds of the work, not the subject', () => {
    const years = (text: string) =>
      roleFromJobPosting(`Engineer\n\nRequirements\n- ${text}\n- Python\n`).requirements.flatMap((q) =>
        q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears ? [[q.skills.join('|'), q.minYears]] : [],
      );
    expect(
      years(
        'You need at least five years of hands-on security work — application security, product security or offensive testing all count — and you should know Python.',
      ),
    ).toEqual([['securityYears', 5]]);
    expect(years('At least 5 years of security experience – AppSec, product security or red teaming all count.')).toEqual([['securityYears', 5]]);
    expect(years('6 years of machine learning work — NLP, computer vision or recommender systems are all fine.')).toEqual([['mlYears', 6]]);
  });

  it('reads "application or cloud security" as security work: a word rejected right before an alias leaves it a plain name', () => {
    const years = (text: string) =>
      roleFromJobPosting(`Engineer\n\nRequirements\n- ${text}\n- Python\n`).requirements.flatMap((q) =>
        q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears ? [[q.skills.join('|'), q.minYears]] : [],
      );
    expect(years('At least 10 years in technology, of which minimum 5 years in application or cloud security.')).toEqual([
      ['securityYears', 5],
      ['totalYears', 10],
    ]);
  });

  it.each([
    // "findings" is no news of a vulnerability ("finds" is): handled vulnerability findings are vulnerability management.
    'Triage vulnerability findings from the quarterly scans',
    'Track open vulnerability findings through to remediation',
    'Prioritise vulnerability findings with the platform teams',
  ])('reads handled vulnerability findings in the duties as vulnerability management: %s', (duty) => {
    const role = roleFromJobPosting(`Security Analyst\n\nWhat you will do:\n- ${duty}\n\nRequirements:\n- Python\n`);
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' && q.tier === 'duty' ? q.skills : []))).toEqual(['vulnerability-management']);
  });

  it.each([
    // "Revision" is the German internal audit, also as the first part of a compound ("Revisionsprüfungen").
    'Sie unterstützen bei Revisionsprüfungen und externen Prüfungen',
    'Sie begleiten interne Revisionsprüfungen der IT',
    'Vorbereitung und Begleitung einer Revisionsprüfung',
  ])('reads a German Revisionsprüfung in the duties as audit: %s', (duty) => {
    const role = roleFromJobPosting(`Sicherheitsanalyst\n\nIhre Aufgaben\n- ${duty}\n\nIhr Profil\n- Python-Kenntnisse\n`, { language: 'de' });
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' && q.tier === 'duty' ? q.skills : []))).toEqual(['audit']);
  });

  it("drops a duty's choice of skills each asked for on its own in a stronger tier; a member asked nowhere else keeps it", () => {
    const skills = (text: string) => roleFromJobPosting(text).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
    expect(
      skills(
        'Data Scientist\n\nVos missions\n- Concevoir des modèles de scoring (gradient boosting, réseaux de neurones)\n\nProfil recherché\n- Solides bases en machine learning\n\nLes plus\n- La pratique du deep learning\n',
      ),
    ).toEqual([
      ['machine-learning', 'required'],
      ['deep-learning', 'preferred'],
    ]);
    const duty =
      "Data Scientist\n\nWhat you'll do\n- Build fraud models with gradient boosting or neural networks\n\nRequirements\n- Solid machine learning fundamentals\n";
    expect(skills(`${duty}\nNice to have\n- Deep learning\n`)).toEqual([
      ['machine-learning', 'required'],
      ['deep-learning', 'preferred'],
    ]);
    expect(skills(duty)).toEqual([
      ['machine-learning|deep-learning', 'duty'],
      ['machine-learning', 'required'],
    ]);
  });

  it('reads governance as general work: a list of it beside security work is experience overall, in four languages', () => {
    const years = (text: string) =>
      roleFromJobPosting(`Engineer\n\nRequirements\n- ${text}\n- Python\n`).requirements.flatMap((q) =>
        q.kind === 'experience' ? [[q.measure, q.minYears]] : [],
      );
    expect(years('Mindestens drei Jahre Berufserfahrung in der IT-Governance, Compliance oder Informationssicherheit')).toEqual([['totalYears', 3]]);
    expect(years('3+ years in IT governance, compliance or information security')).toEqual([['totalYears', 3]]);
    expect(years("Au moins 3 ans d'expérience en gouvernance IT, conformité ou sécurité de l'information")).toEqual([['totalYears', 3]]);
    expect(years('Al menos 3 años de experiencia en gobierno TI, cumplimiento o seguridad de la información')).toEqual([['totalYears', 3]]);
    expect(years('Mindestens drei Jahre Berufserfahrung in der Informationssicherheit')).toEqual([['securityYears', 3]]);
    expect(years('5 years in security governance, risk and compliance')).toEqual([['securityYears', 5]]);
  });

  it('reads security controls run in CI/CD as devsecops, in three languages', () => {
    const duties = (text: string) => roleFromJobPosting(text).requirements.flatMap((q) => (q.kind === 'skill' && q.tier === 'duty' ? q.skills : []));
    expect(duties("AppSec Engineer\n\nWhat you'll do\n- Add security controls that run in our CI/CD pipeline\n- Python\n")).toContain('devsecops');
    expect(duties('Ingeniero/a AppSec\n\nFunciones\n- Integrar controles de seguridad en los pipelines de CI/CD\n- Python\n')).toContain('devsecops');
    expect(duties('Ingénieur AppSec\n\nVos missions\n- Intégrer des contrôles de sécurité dans les pipelines CI/CD\n- Python\n')).toContain('devsecops');
    expect(duties('Data Engineer\n\nWhat you will do\n- Add data quality controls to our Airflow pipelines\n- Python\n')).not.toContain('devsecops');
  });

  it('reads "Ce qu\'il vous faut" as the must-haves and "Ce qui ferait la différence" as the wish list', () => {
    const role = roleFromJobPosting(
      "Pentester\n\nProfil recherché\n\nCe qu'il vous faut :\n- Une vraie aisance en Python.\n- Des bases solides en sécurité web (OWASP, Burp).\n\nCe qui ferait la différence :\n- Une pratique de PyTorch.\n",
    );
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []))).toEqual(
      expect.arrayContaining([
        ['python', 'required'],
        ['pytorch', 'preferred'],
      ]),
    );
    expect(role.requirements.some((q) => q.kind === 'skill' && q.tier === 'duty')).toBe(false);
  });

  it('reads designing governance policies and setting binding Vorgaben as policy development, the AI regulatory landscape as AI regulation', () => {
    const skills = (head: string, line: string) =>
      roleFromJobPosting(`Lead\n\n${head}\n- ${line}\n- Python\n`).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));
    expect(skills('Requirements', 'Experience designing governance frameworks, policies and controls for model risk')).toContain('policy-development');
    expect(skills('Requirements', 'Design network policies for Kubernetes clusters')).not.toContain('policy-development');
    expect(skills('Ihre Aufgaben', 'Du definierst Vorgaben für den sicheren Einsatz von KI')).toContain('policy-development');
    expect(skills('Ihre Aufgaben', 'Sie setzen die Vorgaben der BaFin um und entwickeln Python-Tools')).not.toContain('policy-development');
    expect(skills('Requirements', 'Good grasp of the regulatory landscape for AI in Europe')).toContain('ai-regulation');
    expect(skills('Profil recherché', "Connaissance du cadre réglementaire de l'IA")).toContain('ai-regulation');
    expect(skills('Requisitos', 'Conocimiento del marco regulatorio de la IA en la UE')).toContain('ai-regulation');
    expect(skills('Requirements', 'Knowledge of the regulatory landscape for payments')).not.toContain('ai-regulation');
  });

  it('reads "bzw." as "or" inside a years item, not as the end of a sentence, and a Führungsrolle as leading people', () => {
    const years = (text: string) =>
      roleFromJobPosting(`Engineer\n\nIhr Profil\n- ${text}\n- Python\n`).requirements.flatMap((q) =>
        q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
      );
    expect(years('Mindestens 6 Jahre Berufserfahrung in der Informationssicherheit bzw. Softwareentwicklung')).toEqual([['totalYears', 6]]);
    expect(years('Mind. 5 Jahre Erfahrung in der IT-Sicherheit bzw. Cybersicherheit, idealerweise im Bankenumfeld')).toEqual([['securityYears', 5]]);
    expect(years('Mindestens 10 Jahre Berufserfahrung, davon mindestens 4 Jahre in einer Führungsposition')).toEqual([
      ['totalYears', 10],
      ['team-leadership', 4],
    ]);
    expect(years('Mehr als 7 Jahre Erfahrung in der Softwareentwicklung bzw. im Cloud-Umfeld, davon 2 Jahre in einer Führungsrolle')).toEqual([
      ['totalYears', 7],
      ['team-leadership', 2],
    ]);
  });

  it("reads a list item that opens with a heading's words as of that section, the items after it staying in the list", () => {
    const role = roleFromJobPosting('Engineer\n\nDesired Candidate Profile\n- Strong scripting in Python\n- Good to have: Terraform\n- Hands-on with Docker\n');
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
      ['docker', 'required'],
    ]);
  });

  it('reads "it helps if", "an asset" and "highly regarded" as nice-to-haves, "comfortable with" as a requirement in prose', () => {
    const role = roleFromJobPosting(
      "Machine Learning Engineer\n\nYou're comfortable with PyTorch or TensorFlow. It helps if you've worked with Kubeflow. Docker is an asset.\n\nHighly regarded\n- Experience with Terraform\n",
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['pytorch-or-tensorflow', 'required'],
      ['mlops', 'preferred'],
      ['docker', 'preferred'],
      ['terraform', 'preferred'],
    ]);
  });

  it('reads a parenthesis right after a list that names one more alternative as part of the group', () => {
    const role = roleFromJobPosting(
      'Engineer\n\nRequirements\n- Experience with any one cloud - AWS or Azure (GCP also fine)\n- Python (or Go)\n- Docker (Kubernetes a plus)\n',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['aws-or-azure-or-gcp', 'required'],
      ['python-or-go', 'required'],
      ['docker', 'required'],
      ['kubernetes', 'preferred'],
    ]);
  });

  it('reads a word of degree after "or" ("SQL or a little Python", "SQL ou un peu de Python") as no break in the alternatives', () => {
    const tiers = (ad: string, language: 'en' | 'fr' | 'es') => roleFromJobPosting(ad, { language }).requirements.map((q) => [requirementId(q), q.tier]);
    expect(tiers('Engineer\n\nNice to have\n- SQL or a little Python\n', 'en')).toEqual([['sql-or-python', 'preferred']]);
    expect(tiers('Engineer\n\nNice to have\n- AWS, or a bit of Azure\n', 'en')).toEqual([['aws-or-azure', 'preferred']]);
    expect(tiers('Ingénieur\n\nLes plus\n- SQL ou un peu de Python\n', 'fr')).toEqual([['sql-or-python', 'preferred']]);
    expect(tiers('Ingeniero\n\nSe valorará\n- SQL o algo de Python\n', 'es')).toEqual([['sql-or-python', 'preferred']]);
  });

  it('reads "a real plus" as a wish, and skills the employer offers to teach ("we happily train", "nous formons") as not asked', () => {
    const tiers = (ad: string, language: 'en' | 'fr' | 'de' | 'es') => roleFromJobPosting(ad, { language }).requirements.map((q) => [requirementId(q), q.tier]);
    expect(
      tiers('Engineer\n\nRequirements\n- Experience with GCP would be a real plus, but we happily train people coming from AWS or Azure.\n', 'en'),
    ).toEqual([['gcp', 'preferred']]);
    expect(
      tiers('Ingénieur\n\nProfil recherché\n- Une expérience sur GCP serait un vrai plus, mais nous formons volontiers sur AWS ou Azure → GCP.\n', 'fr'),
    ).toEqual([['gcp', 'preferred']]);
    expect(tiers('Engineer\n\nRequirements\n- Python. We will train you on Splunk and Sentinel.\n', 'en')).toEqual([['python', 'required']]);
    expect(tiers('Ingenieur (m/w/d)\n\nIhr Profil\n- Python; wir schulen dich gerne in Terraform.\n', 'de')).toEqual([['python', 'required']]);
    expect(tiers('Ingeniero\n\nRequisitos\n- Python, y te formamos en Terraform.\n', 'es')).toEqual([['python', 'required']]);
  });

  it('reads items joined by "or" each with an aside in brackets as alternatives ("AWS (SageMaker) o GCP (Vertex AI)")', () => {
    const tiers = (ad: string, language: 'en' | 'es') => roleFromJobPosting(ad, { language }).requirements.map((q) => [requirementId(q), q.tier]);
    expect(tiers('Ingeniero\n\nSe valorará\n- Experiencia en AWS (SageMaker) o GCP (Vertex AI).\n', 'es')).toEqual([['aws-or-gcp', 'preferred']]);
    expect(tiers('Engineer\n\nRequirements\n- Experience with AWS (EC2, S3) or Azure (VMs)\n', 'en')).toEqual([['aws-or-azure', 'required']]);
  });

  it('reads years of managing security engineers as years of team leadership, not of security', () => {
    const role = roleFromJobPosting('Manager\n\nRequirements\n• 3+ years managing security engineers (people management, not just tech lead)\n');
    expect(role.requirements.map((q) => [requirementId(q), 'minYears' in q ? q.minYears : null])).toEqual([['team-leadership', 3]]);
  });

  it('reads years of managing engineers as years of team leadership, required', () => {
    const role = roleFromJobPosting(
      'Engineer\n\nRequirements\n- Minimum 8 years in security engineering or application security, including at least 3 years managing engineers\n',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier, 'minYears' in q ? q.minYears : null])).toEqual([
      ['securityYears', 'required', 8],
      ['application-security', 'required', null],
      ['team-leadership', 'required', 3],
    ]);
  });

  it("reads a security-work alias a few words after a verb of building in a security job's duties as security automation, in four languages", () => {
    const skills = (title: string, duty: string, headings: [string, string], language: 'en' | 'de' | 'fr' | 'es' = 'en') =>
      roleFromJobPosting(`${title}\n\n${headings[0]}\n- ${duty}\n\n${headings[1]}\n- Python\n`, { language }).requirements.map((q) => [
        requirementId(q),
        q.tier,
      ]);
    const en: [string, string] = ['Responsibilities', 'Requirements'];
    expect(skills('Senior Security Engineer', 'Build tooling that flags unsigned model artifacts before release', en)).toEqual([
      ['security-automation', 'duty'],
      ['python', 'required'],
    ]);
    expect(skills('Application Security Engineer', 'Create bots that open pull requests when a dependency is vulnerable', en)).toEqual([
      ['security-automation', 'duty'],
      ['python', 'required'],
    ]);
    expect(skills('Ingénieur sécurité', 'Développer des outils qui vérifient chaque image avant la mise en production', ['Missions', 'Profil'], 'fr')).toEqual([
      ['security-automation', 'duty'],
      ['python', 'required'],
    ]);
    expect(skills('Ingeniero de seguridad', 'Desarrollar herramientas internas que revisen cada despliegue', ['Funciones', 'Requisitos'], 'es')).toEqual([
      ['security-automation', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      skills('Sicherheitsingenieur (m/w/d)', 'Du entwickelst eigene Werkzeuge für wiederkehrende Prüfungen', ['Deine Aufgaben', 'Dein Profil'], 'de'),
    ).toEqual([
      ['security-automation', 'duty'],
      ['python', 'required'],
    ]);
    expect(skills('Security Analyst', 'Scripting for automation of SOC tasks', en)).toEqual([
      ['security-automation', 'duty'],
      ['security-monitoring', 'duty'],
      ['python', 'required'],
    ]);
    // Tools the hire uses, tools the employer builds ("The division builds …") and tooling built in a job that is no
    // security job are no security automation.
    expect(skills('Security Engineer', 'The division builds analytic tools that protect federal networks', en)).toEqual([['python', 'required']]);
    expect(skills('SOC Analyst', 'Monitor and triage alerts from the SIEM and endpoint tools', en)).toEqual([
      ['security-monitoring', 'duty'],
      ['python', 'required'],
    ]);
    expect(skills('ML Engineer', 'Build tooling that speeds up model training', en)).toEqual([
      ['machine-learning', 'duty'],
      ['python', 'required'],
    ]);
  });

  it("reads a review named in a security job's duties as a security assessment, unless the sentence tells of the employer", () => {
    const skills = (title: string, duty: string, headings: [string, string], language: 'en' | 'de' | 'fr' | 'es' = 'en') =>
      roleFromJobPosting(`${title}\n\n${headings[0]}\n- ${duty}\n\n${headings[1]}\n- Python\n`, { language }).requirements.map((q) => [
        requirementId(q),
        q.tier,
      ]);
    const en: [string, string] = ['Responsibilities', 'Requirements'];
    expect(skills('AI Security Engineer', 'Sit in architecture reviews for every new inference service', en)).toEqual([
      ['security-assessment', 'duty'],
      ['python', 'required'],
    ]);
    expect(skills('Responsable sécurité', "Conduire les revues d'architecture des nouveaux produits", ['Missions', 'Profil'], 'fr')).toEqual([
      ['security-assessment', 'duty'],
      ['python', 'required'],
    ]);
    // The employer's own way of working, and reviews in a job that is no security job, are no security assessment.
    expect(skills('Security Engineer', 'Keep notes. We are a remote team; design reviews take place in shared documents', en)).toEqual([
      ['python', 'required'],
    ]);
    expect(skills('Backend Engineer', 'Take part in architecture reviews for every new service', en)).toEqual([['python', 'required']]);
  });

  it("reads a review of designs said with its verb in a security job's duties, in a list or in the opening prose, as a security assessment", () => {
    const skills = (text: string, language: 'en' | 'es' = 'en') => roleFromJobPosting(text, { language }).requirements.map((q) => [requirementId(q), q.tier]);
    expect(
      skills('AI Security Engineer\n\nResponsibilities\n- Review designs with product engineers before code is written\n\nRequirements\n- Python\n'),
    ).toEqual([
      ['security-assessment', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      skills('Ingeniero/a de Seguridad de IA\n\nFunciones\n- Revisar diseños de arquitectura de nuevas funcionalidades\n\nRequisitos\n- Python\n', 'es'),
    ).toEqual([
      ['security-assessment', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      skills(
        "AI Security Lead\n\nDay to day you'll set the security patterns our squads follow and review the designs of new GenAI use cases before they go live.\n\nRequirements\n- Python\n",
      ),
    ).toEqual([
      ['security-assessment', 'duty'],
      ['python', 'required'],
    ]);
    // Reviews in a job that is no security job are no security assessment.
    expect(skills('Backend Engineer\n\nResponsibilities\n- Review designs with product engineers before code is written\n\nRequirements\n- Python\n')).toEqual([
      ['python', 'required'],
    ]);
  });

  it('reads written, verbal or oral communication as stakeholder communication only beside an audience or a kind of communicating', () => {
    const skills = (line: string) =>
      roleFromJobPosting(`AI Security Engineer\n\nResponsibilities\n- Harden the model gateway\n\nRequirements\n- ${line}\n- Python\n`).requirements.map(
        (q) => [requirementId(q), q.tier],
      );
    expect(skills('Strong written and verbal communication skills.')).toEqual([['python', 'required']]);
    expect(skills('Oral Communication')).toEqual([['python', 'required']]);
    expect(skills('Excellent written communication and experience presenting to senior management committees')).toEqual([
      ['stakeholder-communication', 'required'],
      ['python', 'required'],
    ]);
    expect(skills('Strong written communication for incident reports and post-incident reviews.')).toEqual([
      ['stakeholder-communication', 'required'],
      ['python', 'required'],
    ]);
  });

  it("reads the German supervisors' IT requirements for insurers and banks (VAIT, BAIT) as security compliance", () => {
    const role = roleFromJobPosting('Informationssicherheitsbeauftragter (m/w/d)\n\nIhr Profil\n- Python\n\nWünschenswert\n- Vertrautheit mit der BAIT\n', {
      language: 'de',
    });
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['security-compliance', 'preferred'],
    ]);
  });

  it('reads time spent as a security architect, asked of the hire, as security assessment', () => {
    const role = roleFromJobPosting(
      'Cloud Security Lead\n\nRequirements\n- At least 6 years in information security, of which at least 2 years as a security architect\n',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier, 'minYears' in q ? q.minYears : null])).toEqual([
      ['securityYears', 'required', 6],
      ['security-assessment', 'required', 2],
    ]);
    // The ad's own title names the job, not a skill asked of the hire.
    expect(roleFromJobPosting('Senior Security Architect\n\nRequirements\n- Python\n').requirements.map(requirementId)).toEqual(['python']);
  });

  it('reads following up vulnerabilities in French as vulnerability management, but not the OWASP classes a tester follows to their fix', () => {
    const skills = (duty: string) =>
      roleFromJobPosting(`Analyste sécurité\n\nMissions\n- ${duty}\n\nProfil\n- Python\n`, { language: 'fr' }).requirements.map((q) => [
        requirementId(q),
        q.tier,
      ]);
    expect(skills('Assurer le suivi des vulnérabilités critiques des serveurs')).toEqual([
      ['vulnerability-management', 'duty'],
      ['python', 'required'],
    ]);
    expect(skills('Assurer le suivi des vulnérabilités OWASP Top 10 du portail')).toEqual([
      ['application-security', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('French: "Ce qui fera la différence" opens the nice-to-haves', () => {
    const role = roleFromJobPosting(
      'Ingénieur sécurité\n\nProfil recherché\n– Une bonne maîtrise de Python ;\n\nCe qui fera la différence :\n– Une expérience de Terraform ;\n',
      { language: 'fr' },
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
    ]);
  });

  it('reads a line of bare tags under a "Key Skills" widget as repeating the ad, with no tier of its own', () => {
    const role = roleFromJobPosting(
      'DevOps Engineer\n\nRequirements\n- Strong scripting in Python\n- Good to have: Terraform\n\nKey Skills\nPython  Docker  Terraform  Kubernetes\n',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
    ]);
  });

  it('reads a job board\'s tag line cut short by a count of more tags ("+5 more") as its widget, with no tier', () => {
    const en = roleFromJobPosting('Platform Engineer\nSkills: Kubernetes, Go, Python, +5 more\n\nRequirements\n- Solid Python\n\nNice to have\n- Go\n');
    expect(en.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['go', 'preferred'],
    ]);
    const de = roleFromJobPosting(
      'Plattform-Ingenieurin\nKenntnisse: Kubernetes, Terraform, +3 weitere\n\nDein Profil\n- Sehr gute Kenntnisse in Terraform und in der Programmierung mit Python\n',
      { languages: allLanguages },
    );
    expect(de.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['terraform', 'required'],
    ]);
  });

  it('German: "vorzugsweise" and "bevorzugt" after a must make the skill they name a wish', () => {
    const role = roleFromJobPosting(
      'Sicherheitsingenieur\n\nDein Profil\n- Erfahrung mit Cloud-Plattformen, vorzugsweise Azure\n- Gute Kenntnisse in Python, bevorzugt auch Go\n',
      { languages: allLanguages },
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['azure', 'preferred'],
      ['python', 'required'],
      ['go', 'preferred'],
    ]);
  });

  it('keeps the tier of an "Asset qualifications" heading under its "Education:"/"Experience:" sub-headings, not under a later one', () => {
    const role = roleFromJobPosting(
      "Analyst\n\nESSENTIAL QUALIFICATIONS\n\nExperience:\nExperience with Python.\n\nASSET QUALIFICATIONS\n\nEducation:\nA master's degree in law.\n\nExperience:\nExperience with Terraform.\n",
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['degree', 'preferred'],
      ['terraform', 'preferred'],
    ]);
    const naukri = roleFromJobPosting('Engineer\n\nGood to have\n- Terraform\n\nEducation:\nUG: B.Tech/B.E. in Computer Science\n');
    expect(naukri.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['terraform', 'preferred'],
      ['degree', 'required'],
    ]);
  });

  it('reads no C language in a certification name ("CIPP/C")', () => {
    const role = roleFromJobPosting('Analyst\n\nAsset qualifications\n- SQL for querying data.\n- AIGP, CIPP/C or CISA certification.\n');
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['sql', 'preferred'],
      ['certification', 'preferred'],
    ]);
  });

  it('reads a lead-in sentence ending with a colon as the tier it announces', () => {
    const role = roleFromJobPosting(
      'ML Platform Engineer\n\nTo be successful as a Senior ML Platform Engineer, you should have experience with:\n• Strong Python\n\nSome other highly valued skills may include:\n• Knowledge of AWS',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['aws', 'preferred'],
    ]);
  });

  it('reads a skill the duties name and the nice-to-haves ask for again as preferred; a required one stays required', () => {
    const role = roleFromJobPosting(
      'Engineer\n\nWhat you will do\n- Write Terraform for the Azure landing zone\n- Harden our Kubernetes clusters\n\nMust haves\n- Kubernetes\n\nNice to haves\n- Terraform\n- Kubernetes certification\n',
    );
    expect(role.requirements.filter((q) => q.kind === 'skill').map((q) => [requirementId(q), q.tier, q.label])).toEqual([
      ['azure', 'duty', 'Microsoft Azure'],
      ['terraform', 'preferred', 'Preferred: Infrastructure as code (Terraform)'],
      ['kubernetes', 'required', 'Kubernetes'],
    ]);
  });

  it('reads a duty skill the nice-to-haves ask for again in a narrower form ("Python packaging experience") as preferred too', () => {
    // The tier contract: a duty is a skill the ad neither requires nor prefers; a nice-to-have naming the skill prefers it,
    // whatever facet of it the line names (so its weight goes from the duty's 2.5 to the preferred 1 + 0.5 for the repeat).
    const of = (ad: string) => roleFromJobPosting(ad).requirements.map((q) => [requirementId(q), q.tier, q.weight]);
    expect(of('Detection Engineer\n\nResponsibilities\n- Build detection pipelines in Python.\n\nNice to have\n- Python packaging experience.\n')).toEqual([
      ['python', 'preferred', 1.5],
    ]);
    expect(of('Detection Engineer\n\nResponsibilities\n- Build detection pipelines in Python.\n\nNice to have\n- Advanced Python skills.\n')).toEqual([
      ['python', 'preferred', 1.5],
    ]);
  });

  it('reads no skill in the words of a certificate\'s name ("ISO 27001 Lead Auditor", "Linux Foundation"): the duty keeps audit', () => {
    const role = roleFromJobPosting(
      'Analyst\n\nResponsibilities\n- Plan and run internal audits\n\nNice to have\n- ISO 27001 Lead Auditor certification\n- Linux Foundation certification\n',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['audit', 'duty'],
      ['security-compliance', 'preferred'],
    ]);
  });

  it('reads "GCP professional" as a certificate\'s name only before its capitalised title: "GCP professional experience" asks for GCP', () => {
    const of = (line: string) =>
      roleFromJobPosting(`Cloud Architect\n\nRequirements\n- ${line}\n`).requirements.map((q) => [requirementId(q), q.tier, q.label]);
    expect(of('GCP Professional Data Engineer certification.').map((r) => r[0])).not.toContain('gcp');
    expect(of('5+ years of AWS or GCP professional experience.')).toEqual([['aws-or-gcp', 'required', 'AWS or Google Cloud Platform (5+ years)']]);
    expect(of('7+ years of Google Cloud professional experience.')).toEqual([['gcp', 'required', 'Google Cloud Platform (7+ years)']]);
    expect(of('Kubernetes (EKS or GKE); GCP professional services background a plus.')).toEqual([
      ['kubernetes', 'required', 'Kubernetes'],
      ['gcp', 'preferred', 'Preferred: Google Cloud Platform'],
    ]);
  });

  it('German: "Sie formulieren Richtlinien", "berichten an den CISO" and "Kommunikationsstärke gegenüber dem Vorstand" name the work', () => {
    const of = (ad: string) => tiersOf(ad, 'de');
    expect(
      of('Analyst\n\nIhre Aufgaben\n- Sie berichten an den CISO\n\nIhr Profil\n- Sie formulieren Richtlinien und Konzepte sicher und verständlich\n'),
    ).toEqual([
      ['stakeholder-communication', 'duty'],
      ['policy-development', 'required'],
    ]);
    expect(of('Analyst\n\nIhr Profil\n- Sicheres Auftreten und Kommunikationsstärke – auch gegenüber dem Vorstand\n- Python\n')).toEqual([
      ['stakeholder-communication', 'required'],
      ['python', 'required'],
    ]);
  });

  it('years of deploying or operating ML models measure ML work and ask for no machine-learning skill; years of developing them do', () => {
    const ids = (ad: string, language?: 'de' | 'fr' | 'es') => roleFromJobPosting(ad, language ? { language } : {}).requirements.map((q) => requirementId(q));
    expect(ids('MLOps Engineer\n\nRequirements\n- 3+ years deploying and operating machine learning models in production.\n- Python\n')).toEqual([
      'mlYears',
      'python',
    ]);
    expect(
      ids('Ingeniero MLOps\n\nRequisitos\n- Experiencia mínima de 3 años desplegando y operando modelos de machine learning en producción.\n- Python\n', 'es'),
    ).toEqual(['mlYears', 'python']);
    expect(
      ids(
        "Ingénieur MLOps\n\nVotre profil\n- Au moins 3 ans d'expérience dans le déploiement et l'exploitation de modèles de machine learning en production.\n- Python\n",
        'fr',
      ),
    ).toEqual(['mlYears', 'python']);
    expect(
      ids('MLOps Engineer\n\nIhr Profil\n- Mindestens 3 Jahre Erfahrung im Betrieb von Machine-Learning-Modellen in Produktion.\n- Python\n', 'de'),
    ).toEqual(['mlYears', 'python']);
    expect(ids('ML Engineer\n\nRequirements\n- 5+ years of experience developing and deploying machine learning models in production.\n- Python\n')).toContain(
      'machine-learning',
    );
    expect(ids('ML Engineer\n\nRequirements\n- 3 years of experience in machine learning.\n- Python\n')).toContain('machine-learning');
  });

  it('"tooling" after a tool category ("security posture tooling", "CSPM tooling") is that category, no security automation', () => {
    const ids = (line: string) => roleFromJobPosting(`Engineer\n\nRequirements\n- ${line}\n- Python\n`).requirements.map((q) => requirementId(q));
    expect(ids('Hands-on with cloud security posture tooling such as Wiz or Prisma Cloud.')).toEqual(['cloud-security', 'python']);
    expect(ids('Experience with CSPM tooling and cloud security.')).toEqual(['cloud-security', 'python']);
    expect(ids('Experience writing internal security tooling and automation.')).toContain('security-automation');
  });

  it("a skill inside a certification's name is its topic, no skill asked for", () => {
    const ids = roleFromJobPosting(
      'Ingeniero MLOps\n\nRequisitos\n- Python\n\nSe valorará\n- Certificación AWS Certified Machine Learning – Specialty o CKA.\n',
      {
        language: 'es',
      },
    ).requirements.map((q) => requirementId(q));
    expect(ids).not.toContain('machine-learning');
    expect(ids).toContain('python');
  });

  it('advising clients or project leads, and sharing findings with a team, is stakeholder communication in all four languages', () => {
    const duty = (ad: string, language?: 'de' | 'fr' | 'es') =>
      tiersOf(ad, language)
        .filter((r) => r[1] === 'duty')
        .map((r) => r[0]);
    expect(duty('Analyst\n\nResponsibilities\n- Share your analyses with the product teams\n\nRequirements\n- Python\n')).toEqual([
      'stakeholder-communication',
    ]);
    expect(duty('Analyst\n\nResponsibilities\n- Share code with the team via pull requests\n\nRequirements\n- Python\n')).toEqual([]);
    const de = 'Analyst\n\nIhre Aufgaben\n- %\n\nIhr Profil\n- Python\n';
    expect(duty(de.replace('%', 'Sie beraten Projektleitungen und Kunden zu Sicherheitsrisiken von KI-Funktionen'), 'de')).toEqual([
      'stakeholder-communication',
    ]);
    expect(duty(de.replace('%', 'Sie teilen Ihre Analysen mit den Produktteams'), 'de')).toEqual(['stakeholder-communication']);
    expect(duty(de.replace('%', 'Sie präsentieren Ihre Ergebnisse den Projektleitern'), 'de')).toEqual(['stakeholder-communication']);
    expect(duty(de.replace('%', 'Sie teilen sich das Büro mit dem Team'), 'de')).toEqual([]);
    const fr = 'Analyste\n\nVos missions\n- %\n\nVotre profil\n- Python\n';
    expect(duty(fr.replace('%', 'Contribuer à la veille sur les menaces et partager vos analyses avec les équipes produit'), 'fr')).toEqual([
      'stakeholder-communication',
    ]);
    expect(duty(fr.replace('%', 'Vous conseillez les chefs de projet et les clients sur les risques'), 'fr')).toEqual(['stakeholder-communication']);
    expect(duty(fr.replace('%', 'Partager le code avec les équipes via GitLab'), 'fr')).toEqual([]);
    const es = 'Analista\n\nFunciones\n- %\n\nRequisitos\n- Python\n';
    expect(duty(es.replace('%', 'Asesorar a jefes de proyecto y clientes sobre riesgos de seguridad'), 'es')).toEqual(['stakeholder-communication']);
    expect(duty(es.replace('%', 'Compartir tus análisis con los equipos de producto'), 'es')).toEqual(['stakeholder-communication']);
  });

  it('German: a reporting line ("Sie berichten direkt / disziplinarisch an …") is no stakeholder communication', () => {
    const of = (ad: string) => tiersOf(ad, 'de');
    expect(
      of(
        'IT-Sicherheitsberater\n\nIhre Aufgaben\n- Sie berichten direkt an die Geschäftsführung.\n- Betrieb der Firewall-Infrastruktur.\n\nIhr Profil\n- Erfahrung mit Python.\n',
      ),
    ).toEqual([
      ['network-security', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      of(
        'SOC Analyst\n\nIhre Aufgaben\n- Analyse von Sicherheitsvorfällen im SIEM.\n- Sie berichten disziplinarisch an die Leitung Cyber Defense.\n\nIhr Profil\n- Erfahrung mit Python.\n',
      ),
    ).toEqual([
      ['incident-response', 'duty'],
      ['security-monitoring', 'duty'],
      ['python', 'required'],
    ]);
    expect(of('Analyst\n\nIhre Aufgaben\n- In dieser Rolle berichten Sie unmittelbar an den Vorstand.\n\nIhr Profil\n- Python\n')).toEqual([
      ['python', 'required'],
    ]);
    // Reports made regularly are communication.
    expect(of('Analyst\n\nIhre Aufgaben\n- Sie berichten regelmäßig an den CISO und den Vorstand.\n\nIhr Profil\n- Python\n')).toEqual([
      ['stakeholder-communication', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('German: communicating "auf allen Ebenen" or with the board ("kommunizieren … bis zum Vorstand") is stakeholder communication', () => {
    const of = (ad: string) => tiersOf(ad, 'de');
    expect(of('Referent (m/w/d)\n\nIhr Profil\n- Sie kommunizieren sicher auf allen Ebenen – vom Fachbereich bis zum Vorstand\n- Python\n')).toEqual([
      ['stakeholder-communication', 'required'],
      ['python', 'required'],
    ]);
    expect(of('Analyst (m/w/d)\n\nDein Profil\n- Du kommunizierst klar und überzeugend mit der Geschäftsführung\n- Python\n')).toEqual([
      ['stakeholder-communication', 'required'],
      ['python', 'required'],
    ]);
    expect(of('Entwickler (m/w/d)\n\nDein Profil\n- Du kommunizierst gern im Team\n- Python\n')).toEqual([['python', 'required']]);
  });

  it('years wished after a comma ("Go, ideally 4 years") are no must, the skill still is asked', () => {
    const role = roleFromJobPosting('Engineer\n\nRequirements\n- Go, ideally 4 years\n- Kubernetes, 3+ yrs preferred\n');
    expect(
      role.requirements.map((q) => [requirementId(q), q.tier, q.kind === 'skill' ? q.minYears : undefined, q.kind === 'skill' ? q.yearsHard : undefined]),
    ).toEqual([
      ['go', 'required', 4, false],
      ['kubernetes', 'required', 3, false],
    ]);
  });

  it('French: "une partie" (a share) is no "parties prenantes": advising needs the stakeholders, not a part of something', () => {
    const of = (ad: string) => tiersOf(ad, 'fr');
    expect(of('Consultant\n\nProfil recherché\n- Une expérience du conseil en sécurité, dont une partie en audit\n- Python\n')).not.toContainEqual([
      'stakeholder-communication',
      'required',
    ]);
    expect(of('Consultant\n\nProfil recherché\n- Vous conseillez une partie du portefeuille sur la sécurité\n- Python\n')).not.toContainEqual([
      'stakeholder-communication',
      'required',
    ]);
    expect(of('Consultant\n\nProfil recherché\n- Vous conseillez les parties prenantes sur les risques\n- Python\n')).toContainEqual([
      'stakeholder-communication',
      'required',
    ]);
  });

  it('French: automated attack tooling ("outillage d\'attaque automatisé") is security automation; automating production is not', () => {
    const of = (ad: string) => tiersOf(ad, 'fr');
    expect(
      of(
        "Ingénieur\n\nVos missions\n- Développer notre outillage d'attaque automatisé en Python\n- Automatiser la chaîne de production\n\nProfil recherché\n- Go\n",
      ),
    ).toEqual([
      ['python', 'duty'],
      ['security-automation', 'duty'],
      ['go', 'required'],
    ]);
    expect(of("Ingénieur\n\nVos missions\n- Concevoir des scénarios d'attaques automatisées contre nos modèles\n\nProfil recherché\n- Go\n")).toEqual([
      ['security-automation', 'duty'],
      ['go', 'required'],
    ]);
  });

  it('automating detection work is security automation; automating object detection is not', () => {
    const of = (ad: string) => tiersOf(ad);
    expect(of('Analyst\n\nRequirements\n- Developing scripts in Python to automate detection, enrichment, or response tasks\n')).toEqual([
      ['python', 'required'],
      ['security-automation', 'required'],
    ]);
    expect(of('Engineer\n\nRequirements\n- Experience writing code to automate detections\n- Go\n')).toEqual([
      ['security-automation', 'required'],
      ['go', 'required'],
    ]);
    expect(of('Engineer\n\nRequirements\n- Scripts to automate object detection labelling\n- Go\n')).toEqual([
      ['deep-learning', 'required'],
      ['go', 'required'],
    ]);
  });

  it('"LLM or"/"LLM and" before a law degree is an LL.M., not a language model', () => {
    const degree = (ad: string) =>
      roleFromJobPosting(ad)
        .requirements.filter((q) => q.kind === 'degree')
        .map((q) => [q.minLevel, q.fields, q.hard]);
    expect(degree('AI Governance Counsel\n\nRequirements:\n- JD, LLM or equivalent legal qualification\n- 5+ years of privacy work\n')).toEqual([
      ['master', ['law'], false],
    ]);
    expect(degree('Privacy Counsel, AI\n\nRequirements\n- LLM or JD from an accredited law school\n')).toEqual([['master', ['law'], true]]);
  });

  it('reads experience that replaces a degree after a ladder of degrees and years as making the lowest degree soft', () => {
    const degree = (item: string) =>
      roleFromJobPosting(`Engineer\n\nRequired Qualifications:\n- ${item}\n- Python\n`)
        .requirements.filter((q) => q.kind === 'degree')
        .map((q) => [q.minLevel, q.hard]);
    expect(
      degree(
        "Bachelor's degree and 10 years of experience; Master's degree and 8 years; or PhD and 5 years. Four additional years of experience may be substituted in lieu of a degree.",
      ),
    ).toEqual([['bachelor', false]]);
    expect(
      degree('BS with 6 years of experience, or MS with 4 years. An additional 4 years of relevant experience can be accepted in lieu of a degree.'),
    ).toEqual([['bachelor', false]]);
    expect(degree("Bachelor's degree and 10 years of experience; Master's degree and 8 years. Experience cannot be substituted in lieu of a degree.")).toEqual([
      ['bachelor', true],
    ]);
  });

  it('"LLM / GenAI", "LLM development" and "LLM testing" are language-model work, no law degree', () => {
    const degree = (ad: string) => roleFromJobPosting(ad).requirements.filter((q) => q.kind === 'degree');
    expect(degree('Engineer\n\nRequirements\n- LLM / GenAI app development (LangChain or similar)\n- Python\n')).toEqual([]);
    expect(degree('Engineer\n\nRequirements\n- 2 years of LLM development in production\n- Python\n')).toEqual([]);
    expect(degree('Engineer\n\nRequirements\n- LLM testing: jailbreaks and prompt injection\n- Python\n')).toEqual([]);
  });

  it('weighs a skill named in several places more', () => {
    const role = roleFromJobPosting('Engineer\n\nRequirements\n- Threat modeling\n- Lead threat modeling reviews\n- Python\n');
    expect(role.requirements.map((q) => [requirementId(q), q.weight])).toEqual([
      ['threat-modeling', 4.5],
      ['python', 4],
    ]);
  });

  it('reads an ad without headings', () => {
    const role = roleFromJobPosting(
      'We are hiring an AI security engineer. You have 4+ years of security experience and know Python. You will threat model LLM features.',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.weight])).toEqual([
      ['securityYears', 5],
      ['python', 4],
      ['threat-modeling', 2.5],
    ]);
  });

  it.each([
    ['Review PRs for security issues in our backend.', ['secure-code-review']],
    ['Pull request reviews with a focus on injection flaws.', ['secure-code-review']],
    ['Review pull requests and help teammates ship.', []],
  ])('reads reviewing pull requests for security flaws as secure code review: %s', (duty, ids) => {
    const role = roleFromJobPosting(`Engineer\n\nWhat you'll do\n- ${duty}\n\nRequirements\n- Python`);
    expect(role.requirements.map(requirementId).filter((id) => id !== 'python')).toEqual(ids);
  });

  it('ignores company blurbs and benefits; citizenship is a note, never a requirement', () => {
    const role = roleFromJobPosting(
      'Analyst\n\nRequirements\n- Splunk SIEM\n- Must be a U.S. citizen\n\nAbout us\nWe build Python and Kubernetes tools.\n\nBenefits\nFree TensorFlow swag.',
    );
    expect(role.requirements.map(requirementId)).toEqual(['security-monitoring']);
    expect(role.notes).toEqual([{ condition: 'citizenship', text: 'Must be a U.S. citizen' }]);
  });

  it.each([
    ['Travel: None', []],
    // Citizenship that is one way to hold the right to work, beside a permit, is work authorisation alone.
    ['We can only consider candidates with Swiss or EU citizenship or a valid work permit for Switzerland.', ['work-authorization']],
    ['Applicants need UK nationality or a valid UK work permit.', ['work-authorization']],
    ['Travel Required: Not required', []],
    ['Travel: up to 25%', ['travel']],
    ['Applicants must be Singapore Citizens or Singapore Permanent Residents.', ['work-authorization']],
    ['Must be a U.S. citizen or lawful permanent resident.', ['work-authorization']],
    ['U.S. citizenship is required.', ['citizenship']],
    // A clearance's sponsorship takes back only itself: the visa sponsorship beside it still states work authorisation.
    ['Active Secret clearance; we are unable to sponsor a clearance.', []],
    ['Must be authorized to work in the US without visa sponsorship; sponsorship for a security clearance is available.', ['work-authorization']],
    ['US citizenship required; no visa sponsorship. Clearance sponsorship available for the right candidate.', ['citizenship', 'work-authorization']],
    // Travel the employer pays for is a benefit; travel asked for beside it still is a condition.
    ['$2,000 annual learning budget (yes, you can spend it on conference travel)', []],
    ['Travel allowance and paid travel to events', []],
    ['Travel stipend of $1,500 a year', []],
    ['Travel up to 25%. Travel expenses reimbursed.', ['travel']],
    // Work at the premises of several customers is travel; one customer site named as the place of work is not.
    ['Part of the week is spent working at client premises around Leeds.', ['travel']],
    ['Hybrid: two days a week on the customer site in Reading.', ['location']],
  ])('a line that takes a condition back states none: %s', (line, conditions) => {
    const role = roleFromJobPosting(`Analyst\n\nRequirements\n- Python\n\n${line}\n`);
    expect((role.notes ?? []).map((n) => n.condition)).toEqual(conditions);
  });

  it.each([
    ['de', 'Analyst\n\nIhr Profil\n- Python\n- Vorlage eines aktuellen Führungszeugnisses\n', 'background-check'],
    ['fr', 'Analyste\n\nProfil recherché\n- Python\n\nAvantages\n- 2 jours de présence par semaine dans nos bureaux de Paris\n', 'location'],
    ['de', 'Analyst\n\nIhr Profil\n- Python\n\nDas bieten wir\n- An zwei Tagen pro Woche sind Sie bei uns am Standort Köln\n', 'location'],
    [
      'de',
      'Analyst\n\nIhr Profil\n- Python\n\nWas wir bieten\n- Mobiles Arbeiten an bis zu zwei Tagen pro Woche; an den übrigen Tagen arbeiten Sie an unserem Standort Bogenhausen.\n',
      'location',
    ],
    ['de', 'Analyst\n\nIhr Profil\n- Python\n\nArbeitsort\n- Du arbeitest in unserem Büro in Köln, zwei Tage mobil.\n', 'location'],
    ['de', 'Analyst\n\nIhr Profil\n- Python\n\nArbeitsort\n- Sie arbeiten an unseren Standorten Hamburg oder Kiel.\n', 'location'],
    ['en', 'Analyst\n\nRequirements\n- Python\n\nSelected candidates will be subject to background verification.\n', 'background-check'],
    // Capped or partial remote work sets a place of work.
    ['de', 'Analyst\n\nIhr Profil\n- Python\n\nWir bieten\n- Gleitzeit und bis zu 40 % mobiles Arbeiten\n', 'location'],
    ['de', 'Analyst\n\nIhr Profil\n- Python\n\nWir bieten\n- Homeoffice bis zu drei Tage pro Woche, Jobticket\n', 'location'],
    ['de', 'Analyst\n\nIhr Profil\n- Python\n\nWir bieten\n- Die Möglichkeit, bis zu 40 % der Arbeitszeit mobil zu arbeiten\n', 'location'],
    ['en', 'Analyst\n\nRequirements\n- Python\n\nBefore you start we need an extract from the criminal record.\n', 'background-check'],
    ['es', 'Analista\n\nRequisitos\n- Python\n\nLa contratación está sujeta a un estudio socioeconómico.\n', 'background-check'],
    ['es', 'Analista\n\nRequisitos\n- Python\n\nRealizamos validación de referencias antes de la oferta.\n', 'background-check'],
    ['de', 'Analyst\n\nIhr Profil\n- Python\n\nWir bieten\n- Bis zu 50 Prozent Ihrer Arbeitszeit im Homeoffice\n', 'location'],
    ['de', 'Analyst\n\nIhr Profil\n- Python\n- Deutsche Staatsangehörigkeit oder eine gültige Arbeitserlaubnis\n', 'work-authorization'],
    ['fr', 'Analyste\n\nProfil recherché\n- Python\n- Nationalité française ou un permis de travail valide\n', 'work-authorization'],
    ['es', 'Analista\n\nRequisitos\n- Python\n- Nacionalidad española o permiso de trabajo en vigor\n', 'work-authorization'],
    ['fr', 'Analyste\n\nProfil recherché\n- Python\n\nAvantages\n- Télétravail partiel et tickets restaurant\n', 'location'],
    ['es', 'Analista\n\nRequisitos\n- Python\n\nOfrecemos\n- Dos días de teletrabajo a la semana\n', 'location'],
    ['en', 'Analyst\n\nRequirements\n- Python\n\nBenefits\n- Up to two days a week from home\n', 'location'],
  ] as const)('reads a condition in %s', (language, ad, condition) => {
    expect((roleFromJobPosting(ad, { language }).notes ?? []).map((n) => n.condition)).toEqual([condition]);
  });

  it('reads VPC or subnet segmentation as network security', () => {
    const skills = (head: string, line: string) =>
      roleFromJobPosting(`Engineer\n\n${head}\n- ${line}\n- Python\n`).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));
    expect(skills("What you'll do", 'Lock down the network paths of the platform (private endpoints, VPC segmentation)')).toContain('network-security');
    expect(skills("What you'll do", 'Design subnet segmentation for the Azure estate')).toContain('network-security');
    expect(skills("What you'll do", 'Build customer segmentation models for marketing')).not.toContain('network-security');
  });

  it('reads a BPSS screening named alone as a background check, and a BPSS clearance to obtain as both', () => {
    const notes = (line: string) => (roleFromJobPosting(`Analyst\n\nRequirements\n- Python\n\n${line}\n`).notes ?? []).map((n) => n.condition).sort();
    expect(notes('BPSS will be carried out before your start date.')).toEqual(['background-check']);
    expect(notes('Offers are subject to BPSS checks.')).toEqual(['background-check']);
    expect(notes('Applicants selected will be subject to a government security investigation.')).toEqual(['background-check']);
    expect(notes('Successful candidates must obtain Baseline Personnel Security Standard (BPSS) clearance before they can be appointed.')).toEqual([
      'background-check',
      'clearance-obtainable',
    ]);
  });

  it.each([
    ['en', 'Engineer\n\nWhat they are firm on:\n- Python\n\nNice to have:\n- Terraform\n'],
    ['en', 'Engineer\n\nOur non-negotiables\n- Python\n\nBonus points\n- Terraform\n'],
    ['fr', 'Ingénieur\n\nLes incontournables\n- Python\n\nLes plus\n- Terraform\n'],
    ['es', 'Ingeniero\n\nLo innegociable\n- Python\n\nSe valorará\n- Terraform\n'],
  ] as const)('reads a heading of what the employer will not give up as required (%s)', (language, ad) => {
    const tiers = roleFromJobPosting(ad, { language }).requirements.map((q) => [q.kind === 'skill' ? q.skills.join('|') : q.kind, q.tier]);
    expect(tiers).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
    ]);
  });

  it.each([
    ['fr', 'Ingénieur\n\nLe poste\nRattaché(e) à notre RSSI, tu vas :\n- durcir nos clusters Kubernetes\n'],
    ['fr', 'Ingénieur\n\nLe poste\nRattachée à votre DSI, vous allez :\n- durcir nos clusters Kubernetes\n'],
    ['de', 'Ingenieur\n\nIhre Aufgaben\nSie berichten direkt an unseren CISO und:\n- härten unsere Kubernetes-Cluster\n'],
  ] as const)('a reporting line to a possessive manager names no communication duty (%s)', (language, ad) => {
    const ids = roleFromJobPosting(ad, { language }).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));
    expect(ids).not.toContain('stakeholder-communication');
  });

  it.each([
    ['fr', 'Ingénieur\n\nProfil recherché\n- 3 ans en sécurité des infrastructures cloud\n'],
    ['es', 'Ingeniero\n\nRequisitos\n- Experiencia en seguridad de infraestructuras cloud\n'],
    ['en', 'Engineer\n\nRequirements\n- Cloud infrastructure security experience\n'],
  ] as const)('reads the security of cloud infrastructure as cloud security (%s)', (language, ad) => {
    expect(roleFromJobPosting(ad, { language }).requirements.some((q) => q.kind === 'skill' && q.skills.includes('cloud-security'))).toBe(true);
  });

  it('reads the French "faire monter en compétence" of a team as mentoring', () => {
    const role = roleFromJobPosting('Ingénieur\n\nLe poste\n- faire monter en compétences les développeurs sur la sécurité\n', { language: 'fr' });
    expect(role.requirements.some((q) => q.kind === 'skill' && q.skills.includes('mentoring'))).toBe(true);
  });

  it('reads a sentence about the interview process as no requirement, also after the nice-to-haves', () => {
    const role = roleFromJobPosting(
      'Engineer\n\nMust haves\n- Python\n\nNice to haves\n- Terraform\n\nInterview process is 2 stages: a technical chat and a half day on site (threat model exercise + meet the team).\n',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
    ]);
  });

  it('reads only a sentence about the hiring process as boilerplate: a duty or a requirement that names an interview process stays', () => {
    const of = (ad: string) => tiersOf(ad);
    expect(
      of('Engineer\n\nMust haves\n- Python\n\nOur interview process consists of a recruiter call, a Python exercise and a Kubernetes deep dive.\n'),
    ).toEqual([['python', 'required']]);
    expect(of('Engineer\n\nMust haves\n- Python\n\nInterview process: recruiter screen, Kubernetes deep dive, final panel.\n')).toEqual([
      ['python', 'required'],
    ]);
    expect(
      of(
        'Detection Engineer\n\nAbout the role\nYou will build detection pipelines in Python and Splunk, tune SIEM rules, and help shape the interview process as the team grows.\n\nRequirements\n- 3+ years of security experience.\n',
      ),
    ).toEqual([
      ['python', 'duty'],
      ['security-monitoring', 'duty'],
      ['securityYears', 'required'],
    ]);
    expect(
      of(
        'Security Engineer\n\nRequirements\nWe are looking for someone with hands-on Kubernetes and Terraform experience who has run a technical interview process for engineers before.\n',
      ),
    ).toEqual([
      ['kubernetes', 'required'],
      ['terraform', 'required'],
    ]);
  });

  it("reads a USAJOBS 'Legal and regulatory guidance' line ('…; Privacy Act; …') as no requirement", () => {
    const role = roleFromJobPosting(
      'Analyst\n\nQualifications\n- Python\n\nLegal and regulatory guidance: Financial suitability; Social security number request; Privacy Act; Selective Service.\n',
    );
    expect(role.requirements.map((q) => [requirementId(q), q.tier])).toEqual([['python', 'required']]);
  });

  it.each([
    // Job ads write duties as infinitives or in the second person, résumés in the past tense.
    [
      'es',
      'Data Scientist\n\nFunciones:\n- Desplegar los modelos en nuestra API de scoring.\n- Presentar resultados y recomendaciones a Negocio y Dirección.\n',
      ['ml-deployment', 'stakeholder-communication'],
    ],
    [
      'fr',
      'Data Scientist\n\nVos missions :\n- Déployer les modèles sur notre plateforme.\n- Restituer les incidents majeurs aux RSSI de nos clients.\n',
      ['ml-deployment', 'stakeholder-communication'],
    ],
    [
      'de',
      'Referent\n\nIhre Aufgaben\n- Sie bauen das KI-Register auf und leiten die Geschäftsstelle des KI-Gremiums.\n- Sie können komplexe Sachverhalte gegenüber dem Vorstand verständlich vermitteln.\n',
      ['ai-governance', 'stakeholder-communication'],
    ],
    [
      'es',
      'Data Scientist\n\nRequisitos\n- Python\n- Capacidad para comunicar resultados de forma clara a perfiles de negocio.\n',
      ['python', 'stakeholder-communication'],
    ],
    ['fr', 'Data Scientist\n\nProfil recherché\n- Python\n- Savoir communiquer les résultats aux équipes métier.\n', ['python', 'stakeholder-communication']],
  ] as const)('reads duties as a job ad in %s writes them', (language, ad, skills) => {
    const ids = roleFromJobPosting(ad, { language }).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));
    expect(ids).toEqual(skills);
  });

  it('reads a USAJOBS quality ranking factor as a nice-to-have, and a Privacy Act statement or a French consent to data processing as no requirement', () => {
    const tiers = (ad: string, language: 'en' | 'fr' = 'en') =>
      roleFromJobPosting(ad, { language }).requirements.flatMap((q) => (q.kind === 'skill' ? [`${q.skills.join('|')}:${q.tier}`] : []));
    expect(
      tiers(
        'Analyst\n\nQualifications\n- Kubernetes\n\nQuality Ranking Factor: Applicants who demonstrate experience writing scripts in Python may be placed in a higher quality category.\n\nPrivacy Act Statement: The information you provide is used to determine qualifications for employment, and your personal data and privacy are protected.\n',
      ),
    ).toEqual(['kubernetes:required', 'python:preferred']);
    expect(
      tiers('Analyste\n\nProfil recherché\n- Kubernetes\n\nEn postulant, tu acceptes que tes données soient traitées conformément au RGPD.\n', 'fr'),
    ).toEqual(['kubernetes:required']);
  });

  it('an ad whose only readable skills sit in company and benefits text names no requirement', () => {
    expect(() =>
      roleFromJobPosting(
        'Analyst\n\nRequirements\n- Must be a U.S. citizen\n\nAbout us\nWe build Python and Kubernetes tools.\n\nBenefits\nFree TensorFlow swag.',
      ),
    ).toThrow('No requirement found in the job posting `Analyst`');
  });

  it.each([
    [
      'en',
      'Security Engineer\n\nRequirements\n- Python\n- Must hold or be able to obtain Government of Canada Reliability Status.',
      'Must hold or be able to obtain Government of Canada Reliability Status.',
    ],
    [
      'fr',
      'Ingénieur sécurité\n\nProfil recherché\n- Python\n- Obtenir une cote de fiabilité du gouvernement du Canada.',
      'Obtenir une cote de fiabilité du gouvernement du Canada.',
    ],
  ])('a baseline screening to pass is a background check, no clearance (%s)', (_language, ad, sentence) => {
    const role = roleFromJobPosting(ad);
    expect(role.requirements.map(requirementId)).toEqual(['python']);
    expect(role.notes).toEqual([{ condition: 'background-check', text: sentence }]);
  });

  it.each([
    ['a wish after "but" about something else', 'Must be able to obtain a Secret clearance, but prior defence experience is desirable.', true],
    ['a wish after "however" about something else', 'Must be able to obtain a Secret clearance, however prior defence experience is desirable.', true],
    ['a wish about the clearance itself', 'Ability to obtain a Secret clearance is desirable.', false],
    ['a wish about a held clearance after "however"', 'Must be able to obtain a Secret clearance, however an active Top Secret clearance is desirable.', true],
  ])('a clearance to obtain is hard unless the wish is about obtaining it (parts cut at `notAskedTurns`): %s', (_name, sentence, hard) => {
    const role = roleFromJobPosting(`Security Engineer\n\nRequirements\n- Python\n- ${sentence}`);
    expect(role.notes?.find((n) => n.condition === 'clearance-obtainable')?.hard).toBe(hard);
  });

  it('a clearance to obtain is a note with its level, and the role keeps its requirements', () => {
    const role = roleFromJobPosting('Security Engineer\n\nRequirements\n- Python\n- Must be able to obtain a TS/SCI clearance.');
    expect(role.requirements.map(rowOf)).toEqual([['python', 'skill', 'python', null, 4, false, 'Python']]);
    expect(role.notes).toEqual([
      { condition: 'clearance-obtainable', text: 'Must be able to obtain a TS/SCI clearance.', level: 'ts-sci', polygraph: false, hard: true },
    ]);
  });

  it.each([
    [
      'a clearance obtained through a vetting process the ad describes',
      'Security Engineer\n\nRequirements\n- Python\n- Applicants must successfully complete a polygraph examination and a background investigation to obtain a TS/SCI security clearance.',
      { level: 'ts-sci', polygraph: true },
    ],
    [
      'Top Secret with access to SCI',
      'Security Engineer\n\nRequirements\n- Python\n- You must be able to obtain and maintain a Top Secret security clearance with access to Sensitive Compartmented Information (SCI).',
      { level: 'ts-sci', polygraph: false },
    ],
    [
      'Top Secret with eligibility for access to SCI, the higher level restated in brackets',
      'Security Engineer\n\nRequirements\n- Python\n- Must be able to obtain and maintain a Top Secret security clearance with eligibility for access to Sensitive Compartmented Information (TS/SCI).',
      { level: 'ts-sci', polygraph: false },
    ],
    [
      'Secret or Top Secret: the lower level of two alternatives',
      'Security Engineer\n\nRequirements\n- Python\n- Must be able to obtain a Secret or Top Secret clearance.',
      { level: 'secret', polygraph: false },
    ],
    [
      'German: the willingness to undergo a Ü2 vetting',
      'Sicherheitsanalyst\n\nIhr Profil\n- Python\n- Die Bereitschaft, sich einer erweiterten Sicherheitsüberprüfung (Ü2) nach dem SÜG zu unterziehen',
      { level: 'secret', polygraph: false },
    ],
    [
      'French: the vetting started on taking up the post, said after a semicolon',
      "Analyste SOC\n\nProfil recherché\n- Python\n- Le poste nécessite une habilitation au niveau Secret ; la procédure d'habilitation est engagée à la prise de poste.",
      { level: 'secret', polygraph: false },
    ],
    [
      'a level merely required that a later sentence says is to be obtained',
      'Security Analyst\n\nRequirements\n- Python\n\nSecurity\nThis role requires Developed Vetting (DV). You will need to obtain Security Check (SC) clearance before you can take up post, and DV within six months of appointment.',
      { level: 'top-secret', polygraph: false },
    ],
  ])('%s is a note, not an active clearance', (_, text, expected) => {
    const role = roleFromJobPosting(text);
    expect(role.requirements.filter((q) => q.kind === 'clearance')).toEqual([]);
    const note = role.notes?.find((n) => n.condition === 'clearance-obtainable');
    expect(note && { level: note.level, polygraph: note.polygraph }).toEqual(expected);
  });

  it.each([
    [
      'under a first "Job Description" heading',
      'Job Description\n\nSenior Data Scientist\n\nLocation: Leeds\nInterviews: In person in Leeds\n\nRequirements\n- Python',
      'Senior Data Scientist',
    ],
    ['on the first line', 'Senior Data Scientist\n\nRequirements\n- Python', 'Senior Data Scientist'],
    [
      'under a company line',
      'Pellucid Pay\nStaff Product Security Engineer\nChicago, IL / Hybrid\n\nRequirements\n- Python',
      'Staff Product Security Engineer',
    ],
    [
      'between pipes',
      'Quillguard | Founding LLM Security Engineer | San Francisco (onsite) | Full-time\n\nRequirements\n- Python',
      'Founding LLM Security Engineer',
    ],
    ['after a breadcrumb', 'Stellenangebote » MLOps Engineer (m/w/d) – Berlin\n\nIhr Profil\n- Python', 'MLOps Engineer (m/w/d) – Berlin'],
    ['from YAML front matter', '---\ntitle: IT Security Engineer\n---\n\n## Responsibilities for IT Security Engineer roles\n- Python', 'IT Security Engineer'],
    [
      'from its label below a location line',
      'Job Location : New York, NY\nJob Title: Senior AI Security Engineer\n\nRequirements\n- Python',
      'Senior AI Security Engineer',
    ],
  ])('the title is read %s', (_, text, title) => {
    expect(roleFromJobPosting(text).title).toBe(title);
  });

  it('a short requirement right under the first heading is no title', () => {
    const role = roleFromJobPosting('Requirements\n- Python\n- Kubernetes');
    expect(role.title).toBe('Job posting');
    expect(role.requirements.map((q) => q.label)).toEqual(['Python', 'Kubernetes']);
  });

  it('a clause after a semicolon that names its own level keeps the first one active', () => {
    const role = roleFromJobPosting('Security Engineer\n\nRequirements\n- Python\n- Active Secret clearance required; eligibility for TS/SCI is a plus.');
    expect(role.requirements.filter((q) => q.kind === 'clearance').map((q) => q.kind === 'clearance' && [q.minLevel, q.tier])).toEqual([
      ['secret', 'required'],
    ]);
  });

  it('a short list item of a job section with words of legal text names the work', () => {
    const role = roleFromJobPosting(
      'Privacy Lead\n\nRequirements\n- Deep knowledge of the EU AI Act and GDPR\n\nPlease see our Candidate Privacy Policy for how we handle your personal data.',
    );
    expect(role.requirements.map(requirementId)).toEqual(['ai-regulation', 'privacy']);
  });
});

describe('roleFromJobPosting: options and errors', () => {
  const ad = posting('bigtech-ai-security-engineer.txt');

  it('takes id, title and source overrides', () => {
    const role = roleFromJobPosting(ad, { id: 'acme-ai-sec', title: 'AI Security Engineer', source: 'acme.txt' });
    expect([role.id, role.title, role.source]).toEqual(['acme-ai-sec', 'AI Security Engineer', 'acme.txt']);
  });

  it('overrides weights by requirement id, then by kind, and the default table', () => {
    const role = roleFromJobPosting(ad, { weights: { 'llm-security': 9, certification: 3 }, rules: { skill: { required: 6, duty: 3, preferred: 2 } } });
    const w = Object.fromEntries(role.requirements.map((q) => [requirementId(q), q.weight]));
    expect([w['llm-security'], w.certification, w['secure-code-review'], w.kubernetes, w.python]).toEqual([9, 3, 6, 2, 3]);
  });

  it.each([
    [() => roleFromJobPosting(42 as unknown as string), 'E_INVALID_INPUT'],
    [() => roleFromJobPosting('Chef\n\nWe need a great cook who loves pasta.'), 'E_INVALID_INPUT'],
    [() => roleFromJobPosting('x'.repeat(20), { maxLength: 10 }), 'E_INPUT_TOO_LARGE'],
    [() => roleFromJobPosting(ad, { weights: { python: -1 } }), 'E_INVALID_OPTIONS'],
    [() => roleFromJobPosting(ad, { rules: { repeatStep: Number.NaN } }), 'E_INVALID_OPTIONS'],
    [() => roleFromJobPosting(ad, { id: 'Not An Id' }), 'E_INVALID_OPTIONS'],
  ])('bad input %# → RolefitError', (call, code) => {
    expect(call).toThrow(RolefitError);
    try {
      call();
    } catch (error) {
      expect((error as RolefitError).code).toBe(code);
    }
  });

  // Posting text with hostile repetition ("5 5 5 years years of of " ×2,000): timed by scripts/bench-limits.ts.
});

describe('a posting role plugs into match, plan and report', () => {
  const role = roleFromJobPosting(posting('bigtech-ai-security-engineer.txt'));
  const resume = [
    'EXPERIENCE',
    'Application Security Engineer, Acme Bank  Jan 2019 – Present',
    '- Led threat modeling (STRIDE) and secure code review for Python and Java services',
    '- Ran LLM red team exercises against prompt injection',
    'EDUCATION',
    'BS in Computer Science, State University, 2018',
  ].join('\n');
  const profile = parseResume(resume, { asOf: '2026-11-01' });
  // The default catalog with the role merged in: the path that works whatever `matchRoles` does with role objects.
  const catalog = loadCatalog({ roles: [role] }, { source: 'posting' });

  it('matchRoles scores it requirement by requirement', () => {
    const [fit] = matchRoles(profile, { catalog, roles: [role.id] });
    expect(fit?.roleId).toBe(role.id);
    expect(fit?.requirements.map((r) => r.id)).toEqual(role.requirements.map(requirementId));
    expect(fit?.requirements.find((r) => r.id === 'threat-modeling')?.status).toBe('met');
    expect(fit?.requirements.find((r) => r.id === 'certification')?.status).toBe('missing');
  });

  it('planUpskilling and gapReport accept it', () => {
    const plan = planUpskilling(profile, role.id, { catalog });
    expect(plan.target).toEqual([role.id]);
    expect(plan.steps.map((s) => s.skillId)).toContain('kubernetes');
    expect(gapReport(profile, { catalog, roles: [role.id] })).toContain('Senior AI Security Engineer, Generative AI');
  });

  it('matchRoles, planUpskilling and gapReport take the role object itself', () => {
    expect(matchRoles(profile, { roles: [role] })).toEqual(matchRoles(profile, { catalog, roles: [role.id] }).map((f) => ({ ...f, audit: expect.anything() })));
    expect(planUpskilling(profile, role).target).toEqual([role.id]);
    expect(gapReport(profile, { roles: [role] })).toContain(role.title);
  });
});

describe('roleFromJobPosting: what minimum years are about', () => {
  /** [skills or measure, minYears, tier] of every requirement with years. */
  const years = (text: string, title = 'Engineer') =>
    roleFromJobPosting(`${title}\n\nRequirements\n${text}`)
      .requirements.filter((q) => (q.kind === 'skill' || q.kind === 'experience') && q.minYears !== undefined)
      .map((q) => [
        q.kind === 'skill' ? q.skills.join('|') : q.kind === 'experience' ? q.measure : '',
        q.kind === 'skill' || q.kind === 'experience' ? q.minYears : 0,
        q.tier,
      ]);

  it.each([
    // A list of one field is that field; fields that differ are experience overall; "a or b security" is "a security or b security".
    ['- 5 years of experience in security assessments, threat modeling, or vulnerability triage.', [['securityYears', 5, 'required']]],
    ['- 5+ years of experience in software or security engineering', [['totalYears', 5, 'required']]],
    // Years after a comma with only a wish word beside them are the skill's, wished: the skill stays asked.
    ['- Hands-on penetration testing, ideally 5+ years', [['penetration-testing', 5, 'required']]],
    ['- Go, 4+ years preferred', [['go', 4, 'required']]],
    ['- Offensive security background - red team, 6+ yrs ideally', [['penetration-testing', 6, 'required']]],
    // A list word then a verb or a pronoun after a comma opens another statement, no item of the subject.
    ['- 7+ years of backend or security engineering experience, and have run a security program on your own', [['totalYears', 7, 'required']]],
    ['- 5 years of infrastructure or security engineering, and you have shipped controls to production', [['totalYears', 5, 'required']]],
    ['- 4+ years in data or security engineering, and can explain risk to executives', [['totalYears', 4, 'required']]],
    ['- 4+ years of experience as a backend or security engineer.', [['totalYears', 4, 'required']]],
    ['- 5+ years in application or product security', [['securityYears', 5, 'required']]],
    ['- 8+ years in risk management, compliance, data governance or technology risk', [['totalYears', 8, 'required']]],
    ['- Over 6 years of experience in offensive security, penetration testing or red teaming', [['securityYears', 6, 'required']]],
    // Verbs that share one object, a skill that names a whole field, a job title.
    ['- 5+ years of experience designing, training, and deploying machine learning models into production', [['mlYears', 5, 'required']]],
    ['- At least 3 years of experience building predictive models', [['mlYears', 3, 'required']]],
    ['- 3+ years in a SOC', [['securityYears', 3, 'required']]],
    // Years in a security setting, or in a job held there, are security years.
    ['- At least 3 years as a SOC analyst', [['securityYears', 3, 'required']]],
    ['- 4 years in a Security Operations Center (24x7)', [['securityYears', 4, 'required']]],
    ['- Minimum 2 years of SOC experience (L1/L2)', [['securityYears', 2, 'required']]],
    // A job held in a security setting is security work, not the setting's skill.
    ['- Mínimo 2 años de experiencia como analista en un SOC.', [['securityYears', 2, 'required']]],
    ['- 3+ years of experience as an analyst in a SOC', [['securityYears', 3, 'required']]],
    ['- 5 ans minimum d’expérience en tant que ML Engineer ou Data Scientist', [['mlYears', 5, 'required']]],
    // "dont une partie …" (a share of the years) names no audience: consulting in a field is that field's years.
    ["- Au moins 4 ans d'expérience en conseil en cybersécurité, dont une partie significative en audit.", [['securityYears', 4, 'required']]],
    // A skill that is not itself a field names the field only when its words start with the field's name.
    ['- 3+ years of hands-on MLOps', [['mlYears', 3, 'required']]],
    ['- 2+ years working with ML pipelines', [['mlYears', 2, 'required']]],
    ['- Al menos 2 años trabajando con pipelines de ML (MLflow, Kubeflow o SageMaker Pipelines).', [['mlops', 2, 'required']]],
    // A long last item of a list counts its own words, not its fillers.
    ['- 3-5 años de experiencia en DevSecOps, seguridad cloud o ingeniería de plataformas con foco en seguridad.', [['securityYears', 3, 'required']]],
    // A part of experience overall is the one narrower field it names.
    [
      "- Minimum of 8 years' experience in IT including 5 years' direct experience in IT engineering and cyber security.",
      [
        ['securityYears', 5, 'required'],
        ['totalYears', 8, 'required'],
      ],
    ],
    // Years after a degree and "or" are a path instead of the degree.
    ["- Bachelor's degree in Computer Science or a related field, or 4 years of experience equivalent to the position.", []],
    // A short aside before another item does not end the subject.
    ['- Experiencia mínima de 3 años como analista en un SOC (preferiblemente N2) o en un equipo CSIRT.', [['securityYears', 3, 'required']]],
    // Years that are only nice to have are no minimum.
    ['- At least 3 years in information security, ideally 1 year with ML systems', [['securityYears', 3, 'required']]],
    // A number word after "at least" states a part of the first statement, as a bare number does.
    [
      '- At minimum, five years in infrastructure, platform or cloud engineering, including at least two in a dedicated security role',
      [
        ['securityYears', 2, 'required'],
        ['totalYears', 5, 'required'],
      ],
    ],
    // A remark in brackets right after the years is skipped: a duration restated, or words of no number.
    ['- At least one year (52 weeks) of experience in information security', [['securityYears', 1, 'required']]],
    ['- Three to five years (or more) building machine learning systems', [['mlYears', 3, 'required']]],
    // A slash between spaces parts the items of a subject: one field, or fields that differ.
    ['- 7+ yrs offensive security / pen testing', [['securityYears', 7, 'required']]],
    [
      '- Must have 4-7 years of experience in DevOps / DevSecOps / MLOps, of which at least 2 years on ML platforms',
      [
        ['mlYears', 2, 'required'],
        ['totalYears', 4, 'required'],
      ],
    ],
    // Words that name nothing narrower leave the subject to a parenthesis of examples: one field, or one skill.
    [
      "- Bachelor's Degree in Statistics AND 6+ years related experience (e.g., machine learning, statistics, predictive analytics, research)",
      [['mlYears', 6, 'required']],
    ],
    [
      '- 1 year of experience building with large language models (e.g., prompt engineering, retrieval-augmented generation).',
      [['llm-applications', 1, 'required']],
    ],
    // Examples of several skills of no common field name none; words that name a field keep it.
    ['- 3 years of experience coding in one or more general-purpose languages (e.g., Python, Go, C++, Java).', [['totalYears', 3, 'required']]],
    ['- 3+ years of hands-on experience training and evaluating deep learning models (computer vision or NLP).', [['mlYears', 3, 'required']]],
    // Experience overall joined by "and" to a field named before it is that field's; a degree's field of study is not.
    ['- Formal training or certification on security engineering concepts and 5+ years applied experience', [['securityYears', 5, 'required']]],
    ["- Bachelor's degree in Cybersecurity and 8+ years of relevant experience", [['totalYears', 8, 'required']]],
    // What is secured names its security skill ("<it> security"), the narrowest of several; a mentioned skill counts by its names.
    ['- 4+ years designing security architecture for Microsoft Azure or Amazon Web Services environments', [['cloud-security', 4, 'required']]],
    ['- At least three (3) years securing workloads in a major public cloud (AWS or GCP)', [['cloud-security', 3, 'required']]],
    ['- 2+ years of experience securing AI/ML or LLM-based applications', [['llm-security', 2, 'required']]],
    ['- Al menos 2 años asegurando aplicaciones basadas en LLM', [['llm-security', 2, 'required']]],
    ["- Au moins 3 ans d'expérience dans la sécurisation d'environnements AWS", [['cloud-security', 3, 'required']]],
    ['- Mindestens 3 Jahre Erfahrung in der Absicherung von AWS-Umgebungen', [['cloud-security', 3, 'required']]],
    // Only when the securing words head the subject; nothing secured that names a skill leaves the subject as it was.
    [
      '- 5+ years of experience in security architecture/engineering, with demonstrated experience securing cloud-native applications and APIs',
      [['securityYears', 5, 'required']],
    ],
    ['- 3+ years hardening and monitoring Linux servers', [['totalYears', 3, 'required']]],
    // Securing a thing of another field that names no skill is security work, not that field's; inside security years it adds nothing.
    ['- 3 years securing ML systems', [['securityYears', 3, 'required']]],
    [
      '- 8 years of experience in cybersecurity, including at least 2 years securing machine learning systems or ML platforms',
      [['securityYears', 8, 'required']],
    ],
    // A number word counting a part of the years ("two or more of them") states that part's years; "spent" is a filler.
    [
      '- At least five years in security engineering, two or more of them spent securing AWS or Azure environments',
      [
        ['securityYears', 5, 'required'],
        ['cloud-security', 2, 'required'],
      ],
    ],
    // Years keyed to a skill named by a longer alias: "leading engineering teams", "machine learning governance".
    [
      '- 10+ years in security, with at least 3 years leading engineering teams',
      [
        ['securityYears', 10, 'required'],
        ['team-leadership', 3, 'required'],
      ],
    ],
    [
      '- 5+ years in technology risk or data governance, including at least two years working on AI or machine learning governance',
      [
        ['totalYears', 5, 'required'],
        ['ai-governance', 2, 'required'],
      ],
    ],
    // "Minimum" alone, before or after the years.
    ['- Minimum 5 years', [['totalYears', 5, 'required']]],
    ['- 5 years minimum', [['totalYears', 5, 'required']]],
    // The people a skill of leading people names are no field: more people led after "or" share its verb.
    ['- 2+ years of experience managing security engineers or technical teams.', [['team-leadership', 2, 'required']]],
    ['- At least 2 years managing engineers or analysts.', [['team-leadership', 2, 'required']]],
    ['- 2+ years managing security engineers, including hiring.', [['team-leadership', 2, 'required']]],
    ['- 4+ years of application security or cloud security experience.', [['securityYears', 4, 'required']]],
  ])('%s', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it.each([
    // A later statement of the same sentence is a part of the first: a skill it names keeps its own years.
    [
      '- 5+ years of information security experience, including at least 3 years of AWS cloud security experience',
      [
        ['securityYears', 5, 'required'],
        ['cloud-security', 3, 'required'],
      ],
    ],
    [
      '- 8+ years of experience in software or security engineering, including 5+ years in a dedicated product or application security role',
      [
        ['totalYears', 8, 'required'],
        ['application-security', 5, 'required'],
      ],
    ],
    [
      '- 7+ years in IT with 3+ years in DevSecOps or Cloud Security',
      [
        ['securityYears', 3, 'required'],
        ['totalYears', 7, 'required'],
      ],
    ],
    [
      '- 3–5 years of experience in information security, including at least 2 years in a 24x7 SOC.',
      [
        ['securityYears', 3, 'required'],
        ['security-monitoring', 2, 'required'],
      ],
    ],
    [
      '- Au moins 6 ans d’expérience en cybersécurité, dont 3 ans en SOC ou en CERT',
      [
        ['securityYears', 6, 'required'],
        ['security-monitoring', 3, 'required'],
      ],
    ],
    [
      '- Al menos 3 años de experiencia en ciberseguridad, de los cuales 2 en un SOC.',
      [
        ['securityYears', 3, 'required'],
        ['security-monitoring', 2, 'required'],
      ],
    ],
    // A part that names nothing narrower than the whole takes the skill of its examples.
    [
      '- Minimum 5 years experience in ML/AI engineering, including at least 2 years building generative AI applications (RAG, agents) that reached production.',
      [
        ['mlYears', 5, 'required'],
        ['llm-applications', 2, 'required'],
      ],
    ],
    // A part naming one skill of a list has its own years; the list keeps none ("… or incident response").
    [
      '- 5+ years in security operations, detection engineering or incident response, of which at least 2 years writing and tuning detections that run in production',
      [
        ['securityYears', 5, 'required'],
        ['security-monitoring', 2, 'required'],
      ],
    ],
    // Another item naming a narrower field in its own words makes a list of fields, not the one skill named.
    [
      '- Minimum 5 years of IT experience, with at least 3 years in an information assurance, ISSO or security compliance role',
      [
        ['securityYears', 3, 'required'],
        ['totalYears', 5, 'required'],
      ],
    ],
    // "technology risk", "IT audit", "IT-Risikomanagement": a general word qualifying a narrower thing is no general work.
    [
      '- 7+ years of progressive experience in information security, technology risk or IT audit, of which at least 2 years focused on AI/ML governance or model risk management',
      [
        ['securityYears', 7, 'required'],
        ['ai-governance', 2, 'required'],
      ],
    ],
    ['- Mindestens drei Jahre Berufserfahrung in der Informationssicherheit, im IT-Risikomanagement oder im Datenschutz', [['securityYears', 3, 'required']]],
    ['- 4+ years of relevant professional experience in technology risk, IT audit or AI governance', [['totalYears', 4, 'required']]],
    // A named line of general work (consulting, DevOps, platform engineering) beside a field makes the list experience overall.
    ["- At least five years' experience in technology risk, IT audit or regulatory consulting.", [['totalYears', 5, 'required']]],
    ['- 5+ years in IT audit or management consulting', [['totalYears', 5, 'required']]],
    ['- Mindestens fünf Jahre Berufserfahrung in IT-Revision oder Unternehmensberatung.', [['totalYears', 5, 'required']]],
    ['- Mindestens drei Jahre Berufserfahrung im Bereich MLOps, DevOps oder Plattform-Engineering.', [['totalYears', 3, 'required']]],
    ['- Al menos cinco años de experiencia en auditoría de TI o consultoría regulatoria.', [['totalYears', 5, 'required']]],
    ["- Au moins 3 ans d'expérience en MLOps ou DevOps", [['totalYears', 3, 'required']]],
    // Leading technical teams is team leadership, and its years are the skill's.
    ['- 3+ years of experience leading technical teams or engagements, including direct supervision of operators', [['team-leadership', 3, 'required']]],
    ['- 3+ years of experience leading technical teams', [['team-leadership', 3, 'required']]],
    // Consulting as the setting of a field's work leaves the field.
    ['- 5+ years of experience in penetration testing, either in consulting or in-house', [['securityYears', 5, 'required']]],
    // One skill named twice is one skill; a one-word item after "focused on" shares the last item's head.
    [
      '- 8+ years in risk management, compliance, data governance or technology risk, including at least 3 years focused on AI or model risk governance.',
      [
        ['totalYears', 8, 'required'],
        ['ai-governance', 3, 'required'],
      ],
    ],
    // A part of a field without a skill of its own adds nothing.
    [
      '- Minimum 8 years in information security roles, including at least 3 years as the security lead for an outsourced IT contract.',
      [['securityYears', 8, 'required']],
    ],
  ])('%s', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it("reads a part of years overall that names a field before a slash and a skill as that field's years", () => {
    expect(years('- 12+ years in IT, of which at least 6 years in security engineering/DevSecOps and at least 2 years leading teams of engineers\n')).toEqual([
      ['securityYears', 6, 'required'],
      ['totalYears', 12, 'required'],
      ['team-leadership', 2, 'required'],
    ]);
    expect(years('- 8 years of experience overall, including 4 years in security engineering/DevSecOps.\n')).toEqual([
      ['securityYears', 4, 'required'],
      ['totalYears', 8, 'required'],
    ]);
  });

  it('reads "bzw." as "or" inside a sentence, not as its end', () => {
    const de = (item: string) =>
      roleFromJobPosting(`Sicherheitsingenieur (m/w/d)\n\nIhr Profil\n- ${item}\n- Kenntnisse in Python\n`, { language: 'de' }).requirements.map((q) => [
        requirementId(q),
        q.tier,
        q.kind === 'experience' ? q.minYears : null,
      ]);
    expect(de('Mindestens vier Jahre Berufserfahrung in der IT- bzw. Informationssicherheit, idealerweise im Behördenumfeld')[0]).toEqual([
      'securityYears',
      'required',
      4,
    ]);
    expect(de('Mind. 2 Jahre Erfahrung in der Anwendungs- bzw. Netzwerksicherheit')[0]).toEqual(['securityYears', 'required', 2]);
    expect(de('Kenntnisse der ISO 27001 bzw. des BSI IT-Grundschutzes wünschenswert')[0]).toEqual(['security-compliance', 'preferred', null]);
  });

  it('reads a comma list closed by "or similar", "o. Ä.", "ou similaire" or "o similares" as one choice of examples', () => {
    const groups = (ad: string, language?: 'de' | 'fr' | 'es') =>
      roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [q.skills] : []));
    expect(groups('Engineer\n\nRequirements\n- Python\n- Experience with Docker, Podman, Kubernetes or similar\n')).toContainEqual(['docker', 'kubernetes']);
    expect(groups('Ingenieur (m/w/d)\n\nIhr Profil\n- Python\n- Erfahrung mit PyTorch, TensorFlow o. Ä.\n', 'de')).toContainEqual(['pytorch', 'tensorflow']);
    expect(groups('Ingénieur\n\nProfil recherché\n- Python\n- Maîtrise de GCP, AWS ou similaire\n', 'fr')).toContainEqual(['gcp', 'aws']);
    expect(groups('Ingeniero\n\nRequisitos\n- Python\n- Experiencia con Docker, Kubernetes o similares\n', 'es')).toContainEqual(['docker', 'kubernetes']);
    // A cue that opens a list of its own closes none: "Python, Go such as …" keeps Python and Go apart.
    expect(groups('Engineer\n\nRequirements\n- Python, Go, such as Kubernetes and Docker\n')).toContainEqual(['python']);
  });

  it('keeps "o. Ä." inside its sentence, so that the wish after it softens the skills before it', () => {
    const de = (item: string) =>
      roleFromJobPosting(`Sicherheitsingenieur (m/w/d)\n\nIhr Profil\n- Kenntnisse in Python\n- ${item}\n`, { language: 'de' }).requirements.map((q) => [
        requirementId(q),
        q.tier,
      ]);
    expect(de('Grundkenntnisse in ML; praktische Erfahrung mit Docker, Kubernetes o. Ä. ist von Vorteil')).toContainEqual([
      'docker-or-kubernetes',
      'preferred',
    ]);
    expect(de('Erfahrung mit Terraform, Ansible u. Ä. wünschenswert')).toContainEqual(['terraform', 'preferred']);
  });

  it('reads a bare years line as experience overall, the same requirement as as many years in one field', () => {
    expect(years('Experience\n5 - 10 Years\n\nResponsibilities\n- Build RAG pipelines in Python')).toEqual([['totalYears', 5, 'required']]);
    expect(years('Minimum 6 years\n- 6+ years of information security experience')).toEqual([['securityYears', 6, 'required']]);
    expect(years('- 3+ years of relevant experience\n- 5+ years in information security')).toEqual([['securityYears', 5, 'required']]);
  });

  it('reads no minimum in years added in lieu of a degree', () => {
    expect(
      years("- Bachelor's degree in Computer Science; an additional 4 years of relevant experience may be substituted in lieu of a degree\n- Python"),
    ).toEqual([]);
  });

  it.each([
    // Another route to the degree (a lower degree, or none) asks for more years: they are its condition, no minimum (p34-06).
    [
      "- Master's degree in Computer Science and 2+ years of SOC experience, or a bachelor's degree with 5 years of SOC experience",
      [['securityYears', 2, 'required']],
    ],
    [
      "- Alternatively, a bachelor's degree with 4 years of SOC experience is accepted.\n- At least 2 years of SOC experience",
      [['securityYears', 2, 'required']],
    ],
    [
      '- In lieu of a degree, 6 years of incident response experience will be considered.\n- 2+ years of incident response experience',
      [['securityYears', 2, 'required']],
    ],
    ['- 9 years of security experience in lieu of a degree\n- 3 years of security experience', [['securityYears', 3, 'required']]],
    [
      '- Alternativ wird ein Bachelorabschluss akzeptiert, wenn Sie mindestens 5 Jahre Erfahrung in der Incident Response nachweisen.\n- Mindestens 2 Jahre Erfahrung in der Incident Response',
      [['securityYears', 2, 'required']],
    ],
    [
      '- Masterabschluss in Informatik und mindestens 2 Jahre Erfahrung im SOC. Alternativ ein Bachelorabschluss mit mindestens 4 Jahren Erfahrung im SOC.',
      [['securityYears', 2, 'required']],
    ],
    [
      '- Bachelor in Informatik oder alternativ eine abgeschlossene Ausbildung mit mindestens 5 Jahren Berufserfahrung in der IT-Sicherheit\n- Mindestens 2 Jahre Erfahrung in der IT-Sicherheit',
      [['securityYears', 2, 'required']],
    ],
    [
      '- Máster en Informática y al menos 2 años de experiencia en un SOC, o bien un grado en Informática con 4 años de experiencia en un SOC.',
      [['securityYears', 2, 'required']],
    ],
    [
      '- O bien, un grado en informática con al menos 5 años de experiencia en respuesta a incidentes.\n- Al menos 2 años de experiencia en respuesta a incidentes.',
      [['securityYears', 2, 'required']],
    ],
    [
      "- À défaut, une licence en informatique est acceptée si vous justifiez de cinq ans d'expérience en réponse à incident.\n- Au moins deux ans d'expérience en réponse à incident.",
      [['securityYears', 2, 'required']],
    ],
    [
      "- Bac+5 en informatique et au moins deux ans d'expérience en SOC. À défaut, un Bac+3 est accepté avec au moins quatre ans d'expérience en SOC.",
      [['securityYears', 2, 'required']],
    ],
    // A route through a higher degree with fewer years is read as before: the first path's years.
    [
      "- Bachelor's degree and at least 5 years of security experience. Alternatively, a Master's degree and 3 years of security experience.",
      [['securityYears', 5, 'required']],
    ],
  ])('reads no minimum in the years of another route to the degree: %s', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it("reads specialized experience as years in the field of the job's title", () => {
    const text = '- You must have one year of specialized experience equivalent to the GS-12 grade level.';
    expect(years(text, 'IT Specialist (INFOSEC)')).toEqual([['securityYears', 1, 'required']]);
    expect(years(text, 'Program Analyst')).toEqual([['totalYears', 1, 'required']]);
  });

  it.each([
    // A time or a rate, no length of experience: "ago", "within the last", "vor", "il y a", "hace", "a year" after a count.
    ['- Two years ago we set up an AI red team for web application security testing', []],
    ['- 3+ years of security experience gained within the last 5 years', [['securityYears', 3, 'required']]],
    ['- Vor zwei Jahren haben wir ein Team für Penetrationstests aufgebaut', []],
    ['- Il y a trois ans en cybersécurité, nous avons créé un SOC', []],
    ['- Hace dos años creamos un equipo de respuesta a incidentes', []],
    ['- Four paid training days and one certification a year in cloud security', []],
    ['- At least a year of Go', [['go', 1, 'required']]],
  ])('reads no minimum in a time or a rate: %s', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it.each([
    // The skill right before its years, after a remark in brackets and a dash: a job board's "skill - years" line.
    ['- Python (Strong hands-on) - min 3 yrs', [['python', 3, 'required']]],
    ['- Kubernetes (EKS or AKS) – minimum 2 years', [['kubernetes', 2, 'required']]],
    ['- Go - min 3 yrs', [['go', 3, 'required']]],
  ])('reads years after a skill and its remark: %s', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it.each([
    // Alternatives of different things secured, or of two security skills, are security work in general.
    [
      '- Minimum 5 years in software engineering, including at least two years securing cloud or ML infrastructure',
      [
        ['securityYears', 2, 'required'],
        ['totalYears', 5, 'required'],
      ],
    ],
    ['- 3+ years securing cloud or on-prem networks', [['securityYears', 3, 'required']]],
    [
      '- At least 10 years of experience in technology, of which minimum 5 years in application or cloud security.',
      [
        ['securityYears', 5, 'required'],
        ['totalYears', 10, 'required'],
      ],
    ],
    [
      '- 8 years in IT, including 5 in network or cloud security',
      [
        ['securityYears', 5, 'required'],
        ['totalYears', 8, 'required'],
      ],
    ],
    // One thing secured, or alternatives that name the same security, keep that skill.
    ['- 4 years securing AWS or GCP workloads', [['cloud-security', 4, 'required']]],
    ['- 3 years securing LLM-based applications', [['llm-security', 3, 'required']]],
    // Things joined by "and" are secured together, no choice: the narrowest skill they name.
    ['- 4+ years securing Kubernetes clusters and CI/CD pipelines.', [['devsecops', 4, 'required']]],
    ['- 5+ years of experience securing AWS workloads and Kubernetes clusters.', [['cloud-security', 5, 'required']]],
    ['- 5 years securing cloud, on-prem or ML infrastructure', [['securityYears', 5, 'required']]],
  ])('reads years securing several things as security work: %s', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it('reads years in an aside after their field; a word before the number makes them a guide, no must', () => {
    const experience = (text: string) =>
      roleFromJobPosting(`Engineer\n\nEssential:\n${text}`).requirements.flatMap((q) => (q.kind === 'experience' ? [[q.measure, q.minYears, q.hard]] : []));
    expect(experience('- Significant experience in cyber security engineering – typically 8+ years – including design reviews')).toEqual([
      ['securityYears', 8, false],
    ]);
    expect(experience('- Significant experience in cyber security engineering (8+ years)')).toEqual([['securityYears', 8, true]]);
  });

  it('reads years in the security of a thing, in the word order of French, German and Spanish, as years of that security skill, no degree', () => {
    const read = (text: string, language: 'de' | 'es' | 'fr') =>
      roleFromJobPosting(text, { language }).requirements.map((q) => [
        requirementId(q),
        q.kind === 'skill' || q.kind === 'experience' ? (q.minYears ?? null) : null,
      ]);
    expect(read("Ingénieur sécurité\n\nProfil recherché\n- Au moins un an d'expérience pratique en sécurité des LLM\n- Python\n", 'fr')).toEqual([
      ['llm-security', 1],
      ['python', null],
    ]);
    expect(read('Ingeniero de seguridad\n\nRequisitos\n- Al menos dos años de experiencia en seguridad de LLM\n- Python\n', 'es')).toEqual([
      ['llm-security', 2],
      ['python', null],
    ]);
    expect(
      read('Sicherheitsingenieur (m/w/d)\n\nIhr Profil\n- Mindestens zwei Jahre Erfahrung in der Sicherheit von LLM-Anwendungen\n- Python\n', 'de'),
    ).toEqual([
      ['llm-security', 2],
      ['python', null],
    ]);
  });

  it('reads years in the security of one thing or another as security years, the part "de los cuales" as its skill\'s', () => {
    const read = (text: string) =>
      roleFromJobPosting(text, { language: 'es' }).requirements.map((q) => [
        requirementId(q),
        q.kind === 'skill' || q.kind === 'experience' ? (q.minYears ?? null) : null,
      ]);
    const text =
      'Ingeniero de seguridad\n\nRequisitos\n- Al menos 5 años de experiencia en seguridad de aplicaciones o arquitectura de seguridad, de los cuales al menos 2 liderando equipos técnicos.\n';
    expect(read(text)).toEqual([
      ['securityYears', 5],
      ['application-security-or-security-assessment', null],
      ['team-leadership', 2],
    ]);
    expect(read('Ingeniero de seguridad\n\nRequisitos\n- Al menos 5 años de experiencia en seguridad de redes o seguridad cloud.\n')).toEqual([
      ['securityYears', 5],
      ['network-security-or-cloud-security', null],
    ]);
  });

  it('ends the subject of years at a last list item that holds an "or" of its own (", and you\'ll hold OSCP or CRT")', () => {
    expect(years("- At least three years' commercial penetration testing experience, and you'll hold OSCP or CREST CRT (CCT is even better).")).toEqual([
      ['penetration-testing', 3, 'required'],
    ]);
    expect(years('- At least 3 years of Python, Go, or Rust')).toEqual([['python|go|rust', 3, 'required']]);
  });

  it('a parenthesis that qualifies a skill does not soften its clause; "…, preferably …" softens only what follows its comma', () => {
    expect(years('- 3+ years hands-on with Kubernetes (EKS preferred) and Docker')).toEqual([['kubernetes', 3, 'required']]);
    expect(years('- Minimum 5 years of experience in SOC operations, threat hunting or detection engineering, preferably in banking')).toEqual([
      ['securityYears', 5, 'required'],
    ]);
  });

  it('a part after years that ends in its wish words softens only that part ("…, consultancy background ideally"); a list does not', () => {
    expect(years('- 4-5 yrs+ in offensive security / pen testing, consultancy background ideally')).toEqual([['securityYears', 4, 'required']]);
    expect(years('- 5+ years in security operations, financial services experience a plus')).toEqual([['securityYears', 5, 'required']]);
    expect(years('- 4 years in security engineering, CISSP preferred')).toEqual([['securityYears', 4, 'required']]);
    expect(years('- 3+ years of Python, Go or Rust preferred')).toEqual([['python|go|rust', 3, 'preferred']]);
  });

  it('years only wished for stand as a preferred level when the ad asks for no years firmly, and are dropped beside firm ones', () => {
    expect(years("Ideally you'll bring four to seven years in technology risk, privacy or regulatory consulting.")).toEqual([['totalYears', 4, 'preferred']]);
    expect(years('- 5+ years of security experience would be a plus')).toEqual([['securityYears', 5, 'preferred']]);
    expect(years('- 3+ years of Python\n- Ideally 5 years in information security')).toEqual([['python', 3, 'required']]);
    const de = roleFromJobPosting(
      'Sicherheitsberater (m/w/d)\n\nIhr Profil\n\nIdealerweise bringen Sie vier Jahre Erfahrung in der Informationssicherheit mit.\n\n- Python\n',
    );
    expect(de.requirements.flatMap((q) => (q.kind === 'experience' ? [[q.measure, q.minYears, q.tier, q.hard]] : []))).toEqual([
      ['securityYears', 4, 'preferred', false],
    ]);
  });
});

describe('roleFromJobPosting: degree level, tier and hardness', () => {
  /** [level:fields, tier, hard] of every degree requirement. */
  const degrees = (body: string, language?: 'en' | 'es' | 'fr') =>
    roleFromJobPosting(`Engineer\n\n${body}\n- Python\n`, language ? { language } : {}).requirements.flatMap((q) =>
      q.kind === 'degree' ? [[`${q.minLevel}:${(q.fields ?? []).join(',')}`, q.tier, q.hard]] : [],
    );

  it.each([
    // A (Canadian) college diploma is the two-year level; with a degree as its alternative, it is the lowest accepted.
    ['Requirements\n- College diploma in Information Technology', [['associate:information-systems', 'required', true]]],
    ['Requirements\n- A college diploma or university degree in Computer Science', [['associate:computer-science', 'required', true]]],
    ['Requirements\n- Degree or college diploma in Cybersecurity, or equivalent experience', [['associate:cybersecurity', 'required', false]]],
    // A degree named without its level is a bachelor's.
    ['Requirements\n● Degree in Computer Science or a related discipline (must have)', [['bachelor:computer-science', 'required', true]]],
    // Listed under the requirements, with no path around it, a degree is a must; a heading that hedges asks for none.
    ['Requirements\n- University degree in Mathematics', [['bachelor:mathematics', 'required', true]]],
    ['You might thrive in this role if you have:\n- University degree in Mathematics', [['bachelor:mathematics', 'required', false]]],
    ['Requirements\n- You probably have a university degree in Mathematics', [['bachelor:mathematics', 'required', false]]],
    // Abbreviations paired by a slash: the lowest level ("BS/MS", "B.E. / B.Tech / MCA"); a slash before a lowercase word pairs none.
    ['Requirements\n- BS/MS in Computer Science', [['bachelor:computer-science', 'required', true]]],
    ['Requirements\n- B.E. / B.Tech / MCA in Computer Science or a related field', [['bachelor:computer-science', 'required', true]]],
    // "welcome" is a nice-to-have; "but not essential" is no must.
    ['Requirements\n- A degree in computer science is welcome but not essential', [['bachelor:computer-science', 'preferred', false]]],
    // Experience that replaces the degree, said in the next sentence of the same item, or after a soft wrap.
    [
      "Minimum qualifications\n- Bachelor's degree in Computer Science. An additional four (4) years of relevant experience may be substituted in lieu of a degree.",
      [['bachelor:computer-science', 'required', false]],
    ],
    [
      "Minimum qualifications\n- Bachelor's degree in Computer Science; an additional 4 years of\nexperience may be substituted for a degree",
      [['bachelor:computer-science', 'required', false]],
    ],
    // The next item, "cannot be substituted" and another degree with its own path do not soften it.
    ["Minimum qualifications\n- Bachelor's degree in Computer Science.\n- Or equivalent experience", [['bachelor:computer-science', 'required', true]]],
    ["Minimum qualifications\n- Bachelor's degree in Computer Science. Experience cannot be substituted.", [['bachelor:computer-science', 'required', true]]],
    ["Minimum qualifications\n- Bachelor's degree in Physics. Master's degree or equivalent experience.", [['bachelor:physics', 'required', true]]],
    // A degree named by the coursework it included (the US federal "basic requirement"): a bachelor's.
    ['Minimum qualifications\n- Degree that included at least 24 semester hours in computer science', [['bachelor:computer-science', 'required', true]]],
    // Another path of years after "or", a number restated in brackets aside.
    [
      "Minimum qualifications\n- Bachelor's degree in Computer Science or a related field, or four (4) additional years of relevant experience.",
      [['bachelor:computer-science', 'required', false]],
    ],
    // Experience replacing the degree where the ad states the same level again softens it.
    ["Education\nBachelor's degree\n\nRequirements\n- Bachelor's degree in Physics or equivalent experience", [['bachelor:', 'required', false]]],
    // The degree an "Education" heading states is hard unless softened.
    ['Education\nUG: B.Tech/B.E. in Any Specialization', [['bachelor:', 'required', true]]],
    ["Education\nBachelor's degree in Computer Science or equivalent experience", [['bachelor:computer-science', 'required', false]]],
    // Degrees of several levels in one tier: the lowest is the minimum; the degree of the strongest tier comes first.
    // The Indian "Graduate in Engineering" is a bachelor's in engineering (p102-03, r8-05).
    [
      'Requirements\n- Graduate in Engineering; Post-graduation (MBA) preferred.\n\nEducation\nUG: B.Tech/B.E. in Any Specialization\nPG: MBA/PGDM in Any Specialization',
      [
        ['bachelor:computer-engineering,electrical-engineering,software-engineering', 'required', true],
        ['master:business', 'preferred', false],
      ],
    ],
    // "LLM / chatbot": a slash before a lowercase word pairs no degrees.
    ['Requirements\n- Experience monitoring LLM / chatbot usage', []],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(degrees(body)).toEqual(expected);
  });

  it('reads a German degree asked for completed as hard, and a doctorate the job offers as no requirement', () => {
    const de = (text: string) =>
      roleFromJobPosting(text, { language: 'de' }).requirements.flatMap((q) => (q.kind === 'degree' ? [[q.minLevel, q.tier, q.hard]] : []));
    expect(
      de(
        'Wissenschaftliche Mitarbeiterin\n\nDie Möglichkeit zur Promotion ist gegeben.\n\nIhr Profil\n– Abgeschlossenes wissenschaftliches Hochschulstudium (Master, Diplom oder vergleichbar) der Informatik',
      ),
    ).toEqual([['master', 'required', true]]);
    expect(de('Entwickler\n\nIhr Profil\n– Abgeschlossenes Studium der Informatik oder eine vergleichbare Qualifikation')).toEqual([
      ['bachelor', 'required', false],
    ]);
    expect(degrees('Benefits\n- The opportunity to pursue a PhD\n\nRequirements\n- Python')).toEqual([]);
  });

  it('reads a level named only in a softening parenthesis as a preference, and a heading that is "firm" on its items as hard', () => {
    expect(degrees("What they need (they're quite firm on these):\n1) Degree in Computer Science (Master's preferred)")).toEqual([
      ['bachelor:computer-science', 'required', true],
    ]);
    expect(degrees("Requirements\n- Master's degree in Computer Science or equivalent experience")).toEqual([['master:computer-science', 'required', false]]);
  });

  it('reads a higher level that is only wished for beside the degree asked for as a preference, not the minimum', () => {
    const read = (text: string, language: 'en' | 'de' | 'fr' | 'es') =>
      roleFromJobPosting(text, { language }).requirements.flatMap((q) =>
        q.kind === 'degree' ? [[`${q.minLevel}:${(q.fields ?? []).join(',')}`, q.tier, q.hard]] : [],
      );
    expect(read("Engineer\n\nRequirements\nA degree is required. A master's is a plus.", 'en')).toEqual([
      ['bachelor:', 'required', true],
      ['master:', 'preferred', false],
    ]);
    expect(
      read(
        "Consultant\n\nRequirements\nA university degree is required - most of the team studied law or computer science - and a master's in a related subject is a plus but not something we screen on.",
        'en',
      ),
    ).toEqual([
      ['bachelor:law,computer-science', 'required', true],
      ['master:', 'preferred', false],
    ]);
    expect(read('Entwickler\n\nIhr Profil\n– Abgeschlossenes Studium der Informatik (Bachelor), ein Master ist von Vorteil', 'de')).toEqual([
      ['bachelor:computer-science', 'required', true],
      ['master:', 'preferred', false],
    ]);
    expect(read('Desarrollador\n\nRequisitos\n- Titulación universitaria en Informática obligatoria, se valorará un máster.', 'es')).toEqual([
      ['bachelor:computer-science', 'required', true],
      ['master:', 'preferred', false],
    ]);
    // A list of levels wished for together stays one wish.
    expect(read("Engineer\n\nRequirements\n- Bachelor's, Master's or PhD in Computer Science preferred", 'en')).toEqual([
      ['bachelor:computer-science', 'preferred', false],
    ]);
  });

  it('reads "ou une formation équivalente", with its article, as a degree that can be replaced', () => {
    expect(degrees('Profil recherché\n- Tu as un Bac+5 en informatique ou statistiques, ou une formation équivalente.', 'fr')).toEqual([
      ['master:computer-science,statistics', 'required', false],
    ]);
    expect(degrees('Profil recherché\n- Bac+5 en informatique ou un diplôme équivalent', 'fr')).toEqual([['master:computer-science', 'required', false]]);
  });

  it('reads "ou parcours équivalent" as experience that can replace the degree', () => {
    expect(degrees('Profil recherché\n- Bac+5 en informatique ou parcours équivalent', 'fr')).toEqual([['master:computer-science', 'required', false]]);
  });

  it('reads "Ce qu\'on attend de toi" as the requirements, and "Python ou en Go" as alternatives', () => {
    const role = roleFromJobPosting("Ingénieur\n\nProfil recherché\n\nCe qu'on attend de toi :\n- Du code au quotidien en Python ou en Go\n", {
      language: 'fr',
    });
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? [`${q.skills.join('|')}:${q.tier}`] : []))).toEqual(['python|go:required']);
  });

  it.each([
    ['fr', 'Analyste\n\nSeraient un plus :\n- des notions de Python ou de SQL\n', 'python|sql:preferred'],
    ['es', 'Analista\n\nRequisitos\n- Conocimientos de Python o de SQL\n', 'python|sql:required'],
  ] as const)('reads an "or" followed by a preposition ("Python ou de SQL") as alternatives in %s', (language, ad, want) => {
    const role = roleFromJobPosting(ad, { language });
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? [`${q.skills.join('|')}:${q.tier}`] : []))).toEqual([want]);
  });

  it('reads years listed under a requirements heading as a must, unless the heading hedges', () => {
    const hard = (body: string) => roleFromJobPosting(`Engineer\n\n${body}\n- Python\n`).requirements.find((q) => q.kind === 'experience')?.hard;
    expect(hard("What we're looking for\n- 5+ years of experience in security engineering")).toBe(true);
    expect(hard("We'd love to work with you if you have:\n- 5+ years of experience in security engineering")).toBe(false);
  });

  it('reads a Spanish heading of minimum requirements as hard', () => {
    expect(degrees('Requisitos mínimos\n- Grado en Matemáticas.', 'es')).toEqual([['bachelor:mathematics', 'required', true]]);
    expect(degrees('Requisitos\n- Grado en Matemáticas o experiencia equivalente.', 'es')).toEqual([['bachelor:mathematics', 'required', false]]);
  });
});

describe('roleFromJobPosting: clearances stated anywhere', () => {
  const clearance = (text: string) => {
    const role = roleFromJobPosting(text);
    const q = role.requirements.find((r) => r.kind === 'clearance');
    const note = role.notes?.find((n) => n.condition === 'clearance-obtainable');
    return { held: q?.kind === 'clearance' ? `${q.minLevel ?? 'any'}/${q.active ? 'active' : 'not-active'}` : null, toObtain: note?.level ?? null };
  };

  it('a French post "soumis à l\'obtention" of a clearance asks for one still to be obtained', () => {
    const role = roleFromJobPosting(
      "Ingénieur sécurité\n\nProfil recherché\n- Python\n\nLe poste est soumis à l'obtention d'une habilitation de défense de niveau Secret.",
      { language: 'fr' },
    );
    expect(role.requirements.some((q) => q.kind === 'clearance')).toBe(false);
    expect(role.notes?.find((n) => n.condition === 'clearance-obtainable')?.level).toBe('secret');
  });

  it('a clearance required in one sentence and said to be obtainable in the next is one to obtain', () => {
    const body = (s: string) => `Security Engineer\n\nRequirements\n- Python\n\nAbout the role\n${s}`;
    expect(clearance(body('The position requires Secret clearance. You need not hold it today, but you must be eligible to go through the vetting.'))).toEqual({
      held: null,
      toObtain: 'secret',
    });
    expect(clearance(body('Top Secret clearance is required for this post. We will take you through the vetting process once you accept.'))).toEqual({
      held: null,
      toObtain: 'top-secret',
    });
    // A next sentence about something else (a visa) leaves the clearance to be held.
    expect(clearance(body('The position requires Secret clearance. Visa sponsorship is available for this role.'))).toEqual({
      held: 'secret/active',
      toObtain: null,
    });
  });

  it('an overview line naming a level is the clearance the ad says is to be obtained', () => {
    expect(
      clearance(
        'IT Specialist (Cyber)\n\nSecurity clearance\nTop Secret\n\nRequirements\n- Must be able to obtain and maintain a Top Secret security clearance.\n- Python',
      ),
    ).toEqual({ held: null, toObtain: 'top-secret' });
    expect(clearance('Engineer\n\nRequirements\n- Current, active Secret clearance\n- Must be able to obtain a Top Secret clearance\n- Python')).toEqual({
      held: 'secret/active',
      toObtain: 'top-secret',
    });
  });

  it('a level to obtain that the clearance to hold covers is no condition of its own', () => {
    expect(
      clearance('Engineer\n\nRequirements\n- Active TS/SCI clearance\n- Python\n\nAdditional information\nMust be able to obtain: TS/SCI with polygraph'),
    ).toEqual({
      held: 'ts-sci/active',
      toObtain: null,
    });
  });

  it.each([
    [
      'Security Architect\n\nIhr Profil\n- Erfahrung mit Python\n\nHinweis\nVoraussetzung für die Einstellung ist die Bereitschaft, sich einer erweiterten Sicherheitsüberprüfung (SÜG, Ü2) zu unterziehen.',
      'secret',
    ],
    [
      "Analyste SOC\n\nProfil recherché\n- Maîtrise de Python\n\nInformations complémentaires\nLe poste nécessite une habilitation au niveau Secret : la personne retenue fera l'objet d'une procédure d'habilitation avant sa prise de poste.",
      'secret',
    ],
  ])('reads a clearance to obtain from a section that holds no requirement (%#)', (text, level) => {
    expect(clearance(text)).toEqual({ held: null, toObtain: level });
  });

  it.each([
    // A visa or the right to work is no clearance to obtain; the sponsorship of a clearance is no work authorisation.
    ['- Must hold an active Secret clearance; we are unable to provide visa sponsorship', { held: 'secret/active', toObtain: null }, ['work-authorization']],
    ['- Active TS/SCI required; must be eligible to work in the US', { held: 'ts-sci/active', toObtain: null }, ['work-authorization']],
    ['- Active TS/SCI with Full Scope Polygraph -- no exceptions, they cannot sponsor or reinstate', { held: 'ts-sci/active', toObtain: null }, []],
    ['- Active Secret clearance required; we are unable to sponsor a clearance for this role', { held: 'secret/active', toObtain: null }, []],
    ['- Must be able to obtain a Secret clearance; no visa sponsorship', { held: null, toObtain: 'secret' }, ['work-authorization']],
  ])('tells a clearance from a visa in a sponsorship: %s', (line, expected, conditions) => {
    const text = `Engineer\n\nRequirements\n- Python\n${line}`;
    expect(clearance(text)).toEqual(expected);
    const notes = roleFromJobPosting(text).notes ?? [];
    expect(notes.map((n) => n.condition).filter((c) => c !== 'clearance-obtainable')).toEqual(conditions);
  });
});

describe('roleFromJobPosting: ads pasted as HTML, tag lists, any-of lists, degree look-alikes', () => {
  const skills = (text: string) => roleFromJobPosting(text).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
  const degrees = (text: string) => roleFromJobPosting(text).requirements.flatMap((q) => (q.kind === 'degree' ? [[q.minLevel, q.tier]] : []));

  it('reads headings and list items of an HTML ad', () => {
    const html =
      'Engineer\n<h3><strong>What you will do:</strong></h3>\n<ul><li>Build dashboards</li></ul>\n<h3>What we&rsquo;re looking for:</h3>\n<ul>\n<li>Strong Python skills</li>\n<li>Experience with Terraform</li></ul>\n<p><strong>Nice to have:</strong></p><ul><li>Kubernetes</li></ul>';
    expect(skills(html)).toEqual([
      ['python', 'required'],
      ['terraform', 'required'],
      ['kubernetes', 'preferred'],
    ]);
  });

  it('reads a lone acronym in capitals as an item of a tag list, not a heading', () => {
    expect(skills('Engineer\n\nRequired skills\nSIEM\nEDR\nPython\nBash\n')).toEqual([
      ['security-monitoring', 'required'],
      ['python', 'required'],
      ['bash', 'required'],
    ]);
  });

  it("reads India's DPDP Act and China's PIPL as privacy law", () => {
    expect(skills("Analyst\n\nRequirements\n- Python\n\nGood to Have:\n- Exposure to India's DPDP Act\n- Knowledge of PIPL\n")).toEqual([
      ['python', 'required'],
      ['privacy', 'preferred'],
    ]);
  });

  it('keeps an any-of list whole when one of its skills is also asked for alone', () => {
    expect(skills('Engineer\n\nRequirements\n- Python\n- Scripting in Python or Bash')).toEqual([
      ['python', 'required'],
      ['python|bash', 'required'],
    ]);
  });

  it('reads the OWASP Top 10 near LLM words as LLM security, and the Spanish "Informática" of a degree as no ETL tool', () => {
    const text =
      'Engineer\n\nRequirements\n- Python\n- Grado en Ingeniería Informática\n- ETL with Informatica PowerCenter\n- Knowledge of the OWASP Top 10 for LLM applications\n- Knowledge of the OWASP Top 10\n';
    expect(skills(text)).toEqual([
      ['python', 'required'],
      ['data-engineering', 'required'],
      ['llm-security', 'required'],
      ['application-security', 'required'],
    ]);
    expect(roleFromJobPosting(text).requirements.find((q) => q.kind === 'skill' && q.skills[0] === 'data-engineering')?.source).toBe(
      'ETL with Informatica PowerCenter',
    );
  });

  it.each([
    ['- Conocimiento del OWASP Top 10 para aplicaciones LLM.', []],
    ['- BS or MS.', [['bachelor', 'required']]],
    // An abbreviation in brackets after the words it abbreviates defines an acronym.
    ['- Review large language model (LLM) chat assistants', []],
    ['- Bachelor’s degree (BS) in Computer Science', [['bachelor', 'required']]],
    ['- PhD or LLM.', [['master', 'required']]],
  ])('a bare abbreviation ending the text after a long lowercase word is no degree: %s', (line, expected) => {
    expect(degrees(`Engineer\n\nRequirements\n- Python\n${line}`)).toEqual(expected);
  });
});

describe('roleFromJobPosting: headings and cues as recruiters write them', () => {
  const skills = (text: string) => roleFromJobPosting(text).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it('reads a short bulleted item ending with a tier in brackets as an item of that tier, not a heading', () => {
    const text = 'Engineer\n\nRequirements\n● Hands-on Kubernetes experience (must have)\n● Strong Python\n\nNice to have\n● Terraform (nice to have)\n';
    expect(skills(text)).toEqual([
      ['kubernetes', 'required'],
      ['python', 'required'],
      ['terraform', 'preferred'],
    ]);
    // A bulleted heading whose own words name a section stays a heading.
    expect(skills('Engineer\n\n- Requirements (must have)\n- Strong Python\n')).toEqual([['python', 'required']]);
  });

  it('reads headings in capitals run into their paragraph, in an export with mojibake', () => {
    const text =
      'ML Engineer\nJob Description\nJOB RESPONSIBILITIES Build ETL pipelines that feed the models. Keep up with AI trends. REQUIRED SKILLS, AND EXPERIENCE (MUSTâ€‘HAVE) Expert Python.\nHandsâ€‘on experience with Docker.\nNICEâ€‘TOâ€‘HAVE Good SQL.';
    expect(skills(text)).toEqual([
      ['data-engineering', 'duty'],
      ['python', 'required'],
      ['docker', 'required'],
      ['sql', 'preferred'],
    ]);
    // Capitals that name no section (an acronym, a product) stay in their sentence.
    expect(skills('Engineer\n\nRequirements\nAWS IAM Experience is needed. SOC Analysts Work with Splunk.')).toEqual([
      ['cloud-security', 'required'],
      ['security-monitoring', 'required'],
    ]);
  });

  it('reads a lead-in that starts with "plus" as an adverb ("Plus concrètement, tu auras à :") as duties, not as a bonus', () => {
    const text = "Analyste sécurité\n\nPlus concrètement, tu auras à :\n• Réaliser des tests d'intrusion\n\nExigences\n• Maîtrise de Python";
    expect(skills(text)).toEqual([
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
    const formal = "Analyste sécurité\n\nPlus précisément, vous aurez à :\n• Réaliser des tests d'intrusion\n\nProfil recherché\n• Maîtrise de Python";
    expect(skills(formal)).toEqual([
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
    const missions = "Analyste sécurité\n\nDe plus, tu auras pour missions de :\n• Réaliser des tests d'intrusion\n\nLes plus\n• Python";
    expect(skills(missions)).toEqual([
      ['penetration-testing', 'duty'],
      ['python', 'preferred'],
    ]);
  });

  it('reads supporting the less experienced colleagues as mentoring, in the four languages', () => {
    expect(
      skills(
        "Analyste sécurité\n\nMissions\n• Encadrer les analystes moins expérimentés de la pratique;\n• Réaliser des tests d'intrusion\n\nExigences\n• Maîtrise de Python",
      ),
    ).toEqual([
      ['mentoring', 'duty'],
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      skills("Analyste sécurité\n\nMissions\n• Épauler les profils juniors de l'équipe;\n• Réaliser des tests d'intrusion\n\nExigences\n• Maîtrise de Python"),
    ).toEqual([
      ['mentoring', 'duty'],
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      skills('Security Analyst\n\nWhat you will do\n- Support less experienced analysts on the team.\n- Run penetration tests\n\nRequirements\n- Python'),
    ).toEqual([
      ['mentoring', 'duty'],
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      skills(
        'Security Analyst (m/w/d)\n\nDeine Aufgaben\n- Du unterstützt weniger erfahrene Kolleginnen und Kollegen im Team.\n- Du führst Penetrationstests durch.\n\nDein Profil\n- Sehr gute Kenntnisse in Python',
      ),
    ).toEqual([
      ['mentoring', 'duty'],
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      skills(
        'Analista de seguridad\n\nFunciones\n- Apoyar a los analistas menos experimentados del equipo.\n- Realizar pruebas de penetración.\n\nRequisitos\n- Experiencia con Python',
      ),
    ).toEqual([
      ['mentoring', 'duty'],
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads "You might thrive in this role if you have" as requirements, after the duties', () => {
    const text = "Red Team Engineer\n\nWhat you'll do\n- Plan the annual penetration test\n\nYou might thrive in this role if you have\n- Strong Python skills";
    expect(skills(text)).toEqual([
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads "You might be a fit if you" as requirements, after the duties', () => {
    const text = 'Red Team Engineer\n\nIn this role you will\n- Plan the annual penetration test\n\nYou might be a fit if you\n- Write production Python';
    expect(skills(text)).toEqual([
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads prose that opens the requirements ("Here is what we actually need") and the wishes ("Things we would love")', () => {
    const text =
      'ML Engineer\n\nYou will run our models on Kubernetes.\n\nHere is what we actually need. You write production Python.\n\nThings we would love but will not insist on: you are fluent in SQL. You know Terraform.';
    expect(skills(text)).toEqual([
      ['kubernetes', 'duty'],
      ['python', 'required'],
      ['sql', 'preferred'],
      ['terraform', 'preferred'],
    ]);
  });

  it('reads "Idealerweise", "Idéalement", "Se valorará" in prose as the wishes of the rest of their paragraph', () => {
    const de = 'Data Scientist\n\nDu bringst Erfahrung mit Python mit. Idealerweise hast du schon Modelle betrieben. Du kennst auch Kubernetes und Terraform.';
    expect(skills(de)).toEqual([
      ['python', 'required'],
      ['kubernetes', 'preferred'],
      ['terraform', 'preferred'],
    ]);
    const fr =
      'Data Scientist\n\nProfil recherché\nVous maîtrisez Python. Idéalement, vous avez déployé des modèles. Vous connaissez aussi Kubernetes et Terraform.';
    expect(skills(fr)).toEqual([
      ['python', 'required'],
      ['ml-deployment', 'preferred'],
      ['kubernetes', 'preferred'],
      ['terraform', 'preferred'],
    ]);
    const es = 'Data Scientist\n\nDominas Python. Se valorará haber desplegado modelos. También conoces Kubernetes y Terraform.';
    expect(skills(es)).toEqual([
      ['python', 'duty'],
      ['kubernetes', 'preferred'],
      ['terraform', 'preferred'],
    ]);
  });

  it('reads a choice led by "parmi" and written with "et" as alternatives', () => {
    expect(skills('Data Scientist\n\nProfil recherché\n- Maîtrise de Python ;\n- Un framework de deep learning parmi PyTorch et TensorFlow ;')).toEqual([
      ['python', 'required'],
      ['deep-learning', 'required'],
      ['pytorch|tensorflow', 'required'],
    ]);
  });

  it('reads watching models for drift as model monitoring', () => {
    expect(skills('ML Engineer\n\nWhat you will do\n- Build classifiers in Python and watch them for drift as attackers adapt')).toEqual([
      ['machine-learning', 'duty'],
      ['model-monitoring', 'duty'],
      ['python', 'duty'],
    ]);
  });

  it('keeps a long lead-in that ends with a colon in the section above it, even with a cue of an ignored one', () => {
    const text =
      "Data Scientist\n\nMissions\nAu sein de l'équipe Risque & Data, vous serez en charge de :\n- Déployer les modèles sur Kubernetes avec Terraform\n\nProfil recherché\n- Maîtrise de Python";
    expect(skills(text)).toEqual([
      ['kubernetes', 'duty'],
      ['ml-deployment', 'duty'],
      ['terraform', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads numbered headings of accountabilities and essential experience', () => {
    const text =
      'Security Lead\n\nRequirements\n\n3. Key accountabilities\n• Plan the annual penetration test.\n\n4. Essential experience\n• Working knowledge of ISO 27001.';
    expect(skills(text)).toEqual([
      ['penetration-testing', 'duty'],
      ['security-compliance', 'required'],
    ]);
  });

  it('reads "Required qualifications include:" and "Bonus if", "You should have" in a paragraph', () => {
    expect(skills('Researcher\n\nRequired qualifications include: Active Top Secret clearance. Strong Python and PyTorch skills.')).toEqual([
      ['python', 'required'],
      ['pytorch', 'required'],
    ]);
    expect(skills('Engineer\n\nYou should have shipped real LLM applications with LangChain. Bonus if you have worked on a red team.')).toEqual([
      ['llm-applications', 'required'],
      ['penetration-testing', 'preferred'],
    ]);
    expect(skills('Data Scientist\n\nYou would build claim models. You should be comfortable writing SQL.')).toEqual([['sql', 'required']]);
  });

  it('a requirement followed by ", preferably …" under a requirements heading keeps its tier, and what follows is preferred', () => {
    expect(skills('Engineer\n\nRequirements\n- 3+ years of experience deploying models to production, preferably using Docker and Kubernetes.')).toEqual([
      ['ml-deployment', 'required'],
      ['docker', 'preferred'],
      ['kubernetes', 'preferred'],
    ]);
    // Without a requirements heading and without "required", the whole sentence is soft.
    expect(skills('Engineer\n\nNice to have\n- Experience deploying models, preferably using Docker.')).toEqual([
      ['docker', 'preferred'],
      ['ml-deployment', 'preferred'],
    ]);
  });

  it('a long requirement naming a regulation is no privacy notice; "newly hired" is the employer speaking', () => {
    expect(
      skills(
        'Governance Manager\n\nRequirements:\n• Working knowledge of the EU AI Act and GDPR, and of frameworks such as the NIST AI RMF and ISO/IEC 42001.\n\nPrivacy Notice: We process your personal data under the GDPR.',
      ),
    ).toEqual([
      ['ai-regulation', 'required'],
      ['ai-risk-management', 'required'],
      ['privacy', 'required'],
    ]);
    expect(skills('AI Engineer\n\nAs a newly hired AI Engineer you will build models.\n\nRequirements\n- Python')).toEqual([['python', 'required']]);
  });

  it('reads prose under duties as required from a sentence that opens the requirements ("We need someone who …") on', () => {
    expect(
      skills(
        'Engineer\n\nRoles & Responsibilities\nYou will harden our CI with Terraform.\n\nYou will ship models. We need someone who is comfortable in Python. Experience with Docker is a bonus. If you have used Sigstore, that will set you apart.',
      ),
    ).toEqual([
      ['terraform', 'duty'],
      ['python', 'required'],
      ['docker', 'preferred'],
      ['devsecops', 'preferred'],
    ]);
  });

  it('reads unheaded prose as required from a sentence that opens the requirements ("You probably have …") on', () => {
    expect(
      skills(
        'Engineer\n\nOur platform runs on Terraform.\n\nYou probably have a few years in security. You can read and write Python. Experience with Docker is a plus.',
      ),
    ).toEqual([
      ['terraform', 'duty'],
      ['python', 'required'],
      ['docker', 'preferred'],
    ]);
  });

  it('reads unheaded prose as required from a sentence that says what it takes to succeed ("To be successful you\'ll need …") on', () => {
    expect(
      skills(
        "Engineer\n\nDay to day you'll harden the Terraform estate.\n\nTo be successful you'll need a few years in security. We run on Kubernetes. You should also be at home in Python.",
      ),
    ).toEqual([
      ['terraform', 'duty'],
      ['kubernetes', 'required'],
      ['python', 'required'],
    ]);
  });

  it('reads no lead in a duty said with "need to" ("To succeed in this role you will need to work closely with …")', () => {
    expect(
      skills(
        "Detection Engineer\n\nWhat you'll do:\nBuild and run our detection pipeline. To succeed in this role you will need to work closely with our platform team. You will help them migrate services to Kubernetes and review their Terraform.\n",
      ),
    ).toEqual([
      ['kubernetes', 'duty'],
      ['terraform', 'duty'],
    ]);
    expect(
      skills(
        "Detection Engineer\n\nWhat you'll do:\nBuild and run our detection pipeline. To succeed in this role you will need strong Kubernetes skills and hands-on Terraform.\n",
      ),
    ).toEqual([
      ['kubernetes', 'required'],
      ['terraform', 'required'],
    ]);
  });

  it('reads unheaded prose as required from a sentence that says what the employer is after on', () => {
    expect(
      skills(
        "Engineer\n\nDay to day you'd be hardening the Terraform estate.\n\nIn terms of what they're after - you'll need a few years in security. You'll be hands-on with Kubernetes and containers, and comfortable in Python.",
      ),
    ).toEqual([
      ['terraform', 'duty'],
      ['docker', 'required'],
      ['kubernetes', 'required'],
      ['python', 'required'],
    ]);
  });

  it('reads supply-chain tooling and automated security gates as DevSecOps, not security automation', () => {
    expect(skills('Engineer\n\nRequirements\n- You know your way around software supply chain tooling\n- Automated security gates in CI/CD')).toEqual([
      ['devsecops', 'required'],
    ]);
    expect(
      roleFromJobPosting('Engineer\n\nIhr Profil\n- Erfahrung mit automatisierten Security-Gates in der CI/CD', { language: 'de' }).requirements.flatMap((q) =>
        q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : [],
      ),
    ).toEqual([['devsecops', 'required']]);
  });

  it('reads a generic competency list ("Attention to Detail, Oral Communication and Problem Solving") as no skill, a brief to leaders as one', () => {
    expect(
      skills(
        'Engineer\n\nDuties\n- Brief senior leadership on residual risk\n\nRequirements\n- Experience demonstrating the competencies: Attention to Detail, Customer Service, Oral Communication and Problem Solving\n- Python',
      ),
    ).toEqual([
      ['stakeholder-communication', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads Entra ID in a list of Azure security services as identity and access management, and contributing to standards as policy work', () => {
    expect(skills('Engineer\n\nRequirements\n- Azure security services (Defender for Cloud, Entra ID, Microsoft Sentinel)')).toEqual([
      ['azure', 'required'],
      ['cloud-security', 'required'],
      ['cloud-security|identity-access-management|security-monitoring', 'required'],
    ]);
    expect(skills('Engineer\n\nWhat you will do\n- Contribute to the AI security standards')).toEqual([['policy-development', 'duty']]);
  });

  it('reads ML systems named after security work on them ("threat modeling of ML pipelines") as what is secured, not ML work', () => {
    expect(
      skills(
        'Engineer\n\nDuties\n- Conduct threat modeling of machine learning pipelines and model-serving components\n- Build and deploy machine learning models; perform threat modeling',
      ),
    ).toEqual([
      ['threat-modeling', 'duty'],
      ['machine-learning', 'duty'],
      ['ml-deployment', 'duty'],
    ]);
  });

  it.each([
    ['de', 'Analyst\n\nIhre Aufgaben\n- Sie wirken an Sicherheitsrichtlinien für den Betrieb mit\n', 'policy-development:duty'],
    ['de', 'Analyst\n\nIhre Aufgaben\n- Sie verfolgen gefundene Schwachstellen bis zur Behebung\n', 'vulnerability-management:duty'],
    ['en', 'Analyst\n\nResponsibilities\n- Own the remediation backlog for vulnerabilities found by our testers\n', 'vulnerability-management:duty'],
  ] as const)('reads contributing to policies and tracking vulnerabilities to a fix in %s', (language, ad, want) => {
    const role = roleFromJobPosting(ad, { language });
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? [`${q.skills.join('|')}:${q.tier}`] : []))).toEqual([want]);
  });

  it.each([
    ['es', 'Analista\n\nFunciones\n- Colaborar en el entrenamiento y la evaluación de modelos de detección de anomalías\n'],
    ['fr', "Analyste\n\nMissions\n- Contribuer à l'évaluation des modèles de détection d'anomalies\n"],
    ['de', 'Analyst\n\nIhre Aufgaben\n- Sie trainieren Anomalieerkennungsmodelle\n'],
  ] as const)('reads anomaly detection models as machine learning in %s', (language, ad) => {
    const role = roleFromJobPosting(ad, { language });
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? [`${q.skills.join('|')}:${q.tier}`] : []))).toEqual(['machine-learning:duty']);
  });

  describe('what security work is on ends where other work starts', () => {
    const of = (text: string, language: 'en' | 'fr' | 'es' | 'de' = 'en') =>
      roleFromJobPosting(text, { language }).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

    it('keeps ML work after a number, "plus", "y en" or building named after the object word', () => {
      expect(of('Engineer\n\nRequirements\n- Experience in threat modeling for 3+ years and with training PyTorch models')).toEqual([
        ['pytorch', 'required'],
        ['threat-modeling', 'required'],
      ]);
      // Web apps as the pentest's target are application security (the golds' convention, résumés and ads alike).
      expect(of('Engineer\n\nRequirements\n- Penetration testing experience for web apps, plus hands-on machine learning model development')).toEqual([
        ['application-security', 'required'],
        ['machine-learning', 'required'],
        ['penetration-testing', 'required'],
      ]);
      expect(of('Engineer\n\nRequirements\n- Threat modeling for web apps and machine learning model development')).toEqual([
        ['machine-learning', 'required'],
        ['threat-modeling', 'required'],
      ]);
      expect(of("Ingénieur\n\nProfil recherché\n- Expérience des tests d'intrusion et du développement de modèles de machine learning", 'fr')).toEqual([
        ['machine-learning', 'required'],
        ['penetration-testing', 'required'],
      ]);
      expect(
        of(
          'Ingeniero\n\nRequisitos\n- Experiencia en pruebas de penetración de aplicaciones web y en desarrollo de modelos de machine learning con PyTorch',
          'es',
        ),
      ).toEqual([
        ['application-security', 'required'],
        ['machine-learning', 'required'],
        ['penetration-testing', 'required'],
        ['pytorch', 'required'],
      ]);
    });

    it('reads the list after the object word, with its asides, examples and range, as what is secured', () => {
      expect(
        of(
          'Engineer\n\nDuties\n- Perform security assessments and architecture reviews of AI/ML-enabled mission systems, including the data pipelines, model training environments and inference services that support them.',
        ),
      ).toEqual([['security-assessment', 'duty']]);
      expect(of('Engineer\n\nDuties\n- Threat modeling of: machine learning pipelines')).toEqual([['threat-modeling', 'duty']]);
      expect(of('Engineer\n\nDuties\n- Threat modeling (of machine learning pipelines) for product teams')).toEqual([['threat-modeling', 'duty']]);
      expect(of('Engineer\n\nDuties\n- Threat modeling of ML-enabled systems, from data ingestion to model serving')).toEqual([['threat-modeling', 'duty']]);
      expect(of('Ingénieur\n\nMissions\n- Modélisation des menaces des pipelines de machine learning', 'fr')).toEqual([['threat-modeling', 'duty']]);
      expect(of("Ingénieur\n\nMissions\n- Tests d'intrusion d'applications et de pipelines de machine learning", 'fr')).toEqual([
        ['penetration-testing', 'duty'],
      ]);
      expect(of('Ingeniero\n\nFunciones\n- Modelado de amenazas de pipelines de machine learning', 'es')).toEqual([['threat-modeling', 'duty']]);
      expect(of('Ingenieur\n\nAufgaben\n- Bedrohungsmodellierung von ML-Pipelines', 'de')).toEqual([['threat-modeling', 'duty']]);
      expect(of('Ingenieur\n\nAufgaben\n- Bedrohungsmodellierung der ML-Pipelines', 'de')).toEqual([['threat-modeling', 'duty']]);
    });
  });

  it('reads German inference services and watched model quality, and Spanish training of junior analysts, as their skills', () => {
    const of = (text: string, language: 'de' | 'es') =>
      roleFromJobPosting(text, { language }).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
    expect(
      of(
        'Data Scientist\n\nIhre Aufgaben\n• Sie überführen Modelle als REST-Inferenzdienste in den produktiven Betrieb\n• Sie überwachen die Modellgüte im Betrieb\n\nIhr Profil\n• Python',
        'de',
      ),
    ).toEqual([
      ['ml-deployment', 'duty'],
      ['model-monitoring', 'duty'],
      ['python', 'required'],
    ]);
    expect(of('Analista SOC\n\nFunciones\n· Apoyar y formar a los analistas N1 del turno.\n\nRequisitos\n- Python', 'es')).toEqual([
      ['mentoring', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads a hedged sentence ("You probably have at least …") as no must', () => {
    const hard = (text: string) => roleFromJobPosting(text).requirements.flatMap((q) => (q.kind === 'experience' ? [[q.measure, q.minYears, q.hard]] : []));
    expect(hard('Engineer\n\nRequirements\n- You probably have at least five years in security.')).toEqual([['securityYears', 5, false]]);
    expect(hard('Engineer\n\nRequirements\n- You have at least five years in security.')).toEqual([['securityYears', 5, true]]);
  });

  it('keeps an "or" list whose first skill is followed by one product word ("AWS GovCloud or Azure Government")', () => {
    expect(skills('Engineer\n\nPreferred\n- Hands-on experience with Kubernetes in AWS GovCloud or Azure Government')).toEqual([
      ['aws|azure', 'preferred'],
      ['kubernetes', 'preferred'],
    ]);
  });

  it('a cue that closes its parenthesis ("or similar)") makes no examples of what follows it', () => {
    expect(skills('Engineer\n\nRequirements\n- 3 years running ML pipelines (Kubeflow or similar) and comfortable in Python and Kubernetes')).toEqual([
      ['kubernetes', 'required'],
      ['mlops', 'required'],
      ['python', 'required'],
    ]);
  });

  it('reads a lead-in ending ", you will:" as the duties, and an acronym with a number in capitals as an item', () => {
    expect(
      skills(
        'Data Scientist\n\nLearn more about this agency\n\nAs a Data Scientist, GS-13, you will:\n\nWrite the SQL queries required by analysts.\n\nRequirements\n- Python',
      ),
    ).toEqual([
      ['sql', 'duty'],
      ['python', 'required'],
    ]);
    expect(skills('Analyst\n\nRequired skills\nISO 27001\nPython\n')).toEqual([
      ['security-compliance', 'required'],
      ['python', 'required'],
    ]);
  });

  it('reads LLM application architectures near threat words as LLM applications, and ML models under French attacks as no ML skill', () => {
    expect(
      skills(
        'Engineer\n\nRequirements\n- A hands-on understanding of LLM application architectures (RAG, agents, vector databases) and their threats, including prompt injection',
      ),
    ).toEqual([
      ['llm-applications', 'required'],
      ['llm-security', 'required'],
    ]);
    const fr = roleFromJobPosting(
      'Ingénieur\n\nProfil recherché\nVous avez une première expérience des attaques adverses sur des modèles de machine learning.',
      { language: 'fr' },
    );
    expect(fr.requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []))).toEqual(['adversarial-ml']);
    const audience = roleFromJobPosting('Ingénieur\n\nProfil recherché\nVous savez expliquer un résultat technique à un public non spécialiste.', {
      language: 'fr',
    });
    expect(audience.requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []))).toEqual(['stakeholder-communication']);
  });

  it('reads a register of AI systems as AI governance and acceptable use guidelines as policy development', () => {
    expect(skills("Analyst\n\nWhat you'll do\n- Maintain the register of AI systems in use\n- Contribute to the AI acceptable use guidelines")).toEqual([
      ['ai-governance', 'duty'],
      ['policy-development', 'duty'],
    ]);
    expect(skills('Engineer\n\nNice to have\n- Experience leading a small technical team')).toEqual([['team-leadership', 'preferred']]);
  });

  it('reads the items after a French "Vous maîtrisez :" as required', () => {
    expect(skills('Analyste SOC\n\nProfil recherché\nVous maîtrisez :\n- les protocoles réseau et TLS ;\n- l’administration de systèmes Linux ;')).toEqual([
      ['network-security', 'required'],
      ['linux', 'required'],
    ]);
  });

  it('reads a clearance whose sponsorship is refused ("they cannot sponsor") as one to hold, and a level-less one to obtain that an active one covers as none', () => {
    const clearance = (text: string) => {
      const role = roleFromJobPosting(text);
      return [
        role.requirements.flatMap((q) => (q.kind === 'clearance' ? [[q.minLevel, q.active, q.hard]] : [])),
        (role.notes ?? []).filter((n) => n.condition === 'clearance-obtainable').map((n) => n.level ?? 'any'),
      ];
    };
    expect(clearance('Engineer\n\nMust haves\n- Active SC clearance - must be live on day one, they cannot sponsor for this one\n- Python')).toEqual([
      [['secret', true, true]],
      [],
    ]);
    expect(
      clearance(
        'Engineer\n\nRequirements\n- Active TS/SCI clearance. Clearance must be active at time of application; candidates who must be able to obtain a clearance will not be considered.',
      ),
    ).toEqual([[['ts-sci', true, true]], []]);
    expect(clearance('Engineer\n\nRequirements\n- Must be able to obtain a Secret clearance (we sponsor)\n- Python')).toEqual([[], ['secret']]);
  });

  it('reads a certification that a line of additional information calls desirable as preferred, and no other there', () => {
    const role = roleFromJobPosting(
      'Analyst\n\nRequirements\n- Python\n\nAdditional information\nPossession of a CISSP or CISM certification is desirable but not required.\nWe pay for your CCSP.',
    );
    expect(role.requirements.flatMap((q) => (q.kind === 'certification' ? [[q.anyOf.join('|'), q.tier, q.hard]] : []))).toEqual([
      ['cissp|cism', 'preferred', false],
    ]);
  });

  it('reads tier words alone after a comma (", even better") as the tier of what precedes them', () => {
    expect(skills("Engineer\n\nAbout you\nYou know Python. If you've already dealt with prompt injection in the wild, even better.")).toEqual([
      ['python', 'required'],
      ['llm-security', 'preferred'],
    ]);
  });

  it('reads a skill named again among alternatives as one of them, and skills after "either" joined by "or" as alternatives', () => {
    expect(skills("Engineer\n\nAbout you\nWe run mostly on AWS, so we're happy for your depth to be in AWS, Azure or GCP.")).toEqual([
      ['aws|azure|gcp', 'required'],
    ]);
    expect(
      skills("Engineer\n\nAbout you\nYou've either defined infrastructure with Terraform or run workloads on Kubernetes (ideally both), and you know Python."),
    ).toEqual([
      ['python', 'required'],
      ['terraform|kubernetes', 'required'],
    ]);
    expect(skills('Engineer\n\nAbout you\nYou have defined infrastructure with Terraform to run workloads on Kubernetes, and you know Python.')).toEqual([
      ['kubernetes', 'required'],
      ['python', 'required'],
      ['terraform', 'required'],
    ]);
  });

  it('reads fewer years for a higher degree as no minimum, and "software or machine learning engineering" as experience overall', () => {
    const years = (text: string) =>
      roleFromJobPosting(text).requirements.flatMap((q) =>
        q.kind === 'experience' || (q.kind === 'skill' && q.minYears) ? [[q.kind === 'experience' ? q.measure : q.skills.join('|'), q.minYears]] : [],
      );
    expect(
      years(
        "Engineer\n\nRequirements\n- Bachelor's degree and 8+ years of experience in security engineering (6+ years with a Master's degree, 4+ years with a PhD).",
      ),
    ).toEqual([['securityYears', 8]]);
    expect(years('Engineer\n\nRequirements\n- 8+ years of professional experience in software or machine learning engineering.')).toEqual([['totalYears', 8]]);
  });

  it('reads the levels a bracket after a degree names as the degree asked for, unless the bracket is an alternative or a preference', () => {
    const degree = (text: string, language: 'en' | 'de') =>
      roleFromJobPosting(text, { language }).requirements.flatMap((q) => (q.kind === 'degree' ? [[q.minLevel, q.tier]] : []));
    expect(degree('Berater\n\nIhr Profil\n• Abgeschlossenes Hochschulstudium (Master oder Diplom) der Informatik\n• Python', 'de')).toEqual([
      ['master', 'required'],
    ]);
    expect(degree('Berater\n\nIhr Profil\n• Abgeschlossenes Hochschulstudium (Bachelor oder Master) der Informatik\n• Python', 'de')).toEqual([
      ['bachelor', 'required'],
    ]);
    expect(degree("Engineer\n\nRequirements\n- Bachelor's degree (or Master's) in Computer Science\n- Python", 'en')).toEqual([['bachelor', 'required']]);
  });

  it('reads a condition in a sentence of its own on a line that lists protected characteristics', () => {
    const role = roleFromJobPosting(
      'Engineer\n\nRequirements\n- Python\n\nAcme is an equal opportunity employer and considers applicants without regard to race or religion. All candidates must pass a pre-employment drug screen.',
    );
    expect((role.notes ?? []).map((n) => [n.condition, n.text])).toEqual([['background-check', 'All candidates must pass a pre-employment drug screen.']]);
  });

  it('reads skills in a bracket that widens what precedes it ("(any flavour - appsec, cloud)") as no requirement', () => {
    expect(skills('Engineer\n\nMust haves\n- 5+ years in security engineering (any flavour - appsec, platform, cloud)\n- Python')).toEqual([
      ['python', 'required'],
    ]);
    expect(skills('Engineer\n\nMust haves\n- 5+ years in security engineering (appsec or cloud security)\n- Python')).toEqual([
      ['application-security|cloud-security', 'required'],
      ['python', 'required'],
    ]);
  });

  it('reads "stage", "seed", "backed" or "for over" alone as no company blurb: only a funding phrase ("venture-backed", "Series B stage") is one', () => {
    expect(
      skills(
        'Engineer\n\nResponsibilities\n- Threat modelling GenAI architectures with client engineering teams at design stage, using STRIDE and data-flow diagrams\n- Python',
      ),
    ).toEqual([
      ['threat-modeling', 'duty'],
      ['python', 'duty'],
    ]);
    expect(
      skills(
        'Engineer\n\nRequirements\n- You have worked hands-on in application security and penetration testing for over 5 years, ideally in a regulated bank\n- Go',
      ),
    ).toEqual([
      ['application-security', 'required'],
      ['penetration-testing', 'required'],
      ['go', 'required'],
    ]);
  });

  it('reads a French lead-in "Côté technique, on attend :" as the requirements, and LinkedIn\'s closing facts ("Industries") as no duty', () => {
    expect(
      skills(
        "Analyste SOC\n\nProfil recherché\n\nTu as 3 ans d'expérience.\n\nCôté technique, on attend :\n- de solides bases en réponse à incident\n- du scripting en Python\n\nUn plus :\n- une aisance sous Linux",
      ),
    ).toEqual([
      ['incident-response', 'required'],
      ['python', 'required'],
      ['linux', 'preferred'],
    ]);
    expect(
      skills('Engineer\n\nRequirements\n- Python\n\nSeniority level\nMid-Senior level\nEmployment type\nFull-time\nIndustries\nComputer and Network Security'),
    ).toEqual([['python', 'required']]);
  });

  it('reads a source-code review for security flaws, rights-impacting AI tracked against requirements and AI executive orders as their skills', () => {
    expect(skills('Analyst\n\nDuties\n- Reviewing the source code of LLM integrations and agent tool plugins for security flaws\n- Python')).toEqual([
      ['secure-code-review', 'duty'],
      ['python', 'duty'],
    ]);
    expect(skills('Analyst\n\nDuties\n- Track rights-impacting and safety-impacting use cases against OMB requirements\n- Python')).toEqual([
      ['ai-regulation', 'duty'],
      ['python', 'duty'],
    ]);
    expect(skills('Analyst\n\nDuties\n- Review use cases for compliance with OMB AI memoranda and applicable Executive Orders\n- Python')).toEqual([
      ['ai-regulation', 'duty'],
      ['python', 'duty'],
    ]);
    // Impact assessments of rights-impacting AI are risk management, no regulation.
    expect(skills('Analyst\n\nDuties\n- Document impact assessments for rights-impacting AI use cases\n- Python')).toEqual([['python', 'duty']]);
  });

  it('reads a German policy the person develops, poise before the board, a French brief to CISOs and Spanish standards documented as their skills', () => {
    expect(
      skills(
        'Referent\n\nIhre Aufgaben\n- Sie entwickeln unsere KI-Richtlinie weiter\n\nIhr Profil\n- Sicheres Auftreten gegenüber Vorstand und Fachbereichen',
      ),
    ).toEqual([
      ['ai-governance', 'duty'],
      ['policy-development', 'duty'],
      ['stakeholder-communication', 'required'],
    ]);
    expect(skills('Analyste SOC\n\nVos missions\n- Présenter chaque mois les indicateurs aux RSSI de nos clients\n- Qualifier les alertes du SIEM')).toEqual([
      ['stakeholder-communication', 'duty'],
      ['security-monitoring', 'duty'],
    ]);
    expect(
      skills(
        'Ingeniero\n\nFunciones:\n- Documentar estándares y buenas prácticas para los equipos de datos.\n\nSe valorará:\n- Experiencia con la seguridad de aplicaciones basadas en LLM.',
      ),
    ).toEqual([
      ['policy-development', 'duty'],
      ['llm-security', 'preferred'],
    ]);
  });

  it('reads a certification the employer gives time after start to get ("6 months after start") as no must', () => {
    const certs = (text: string) =>
      roleFromJobPosting(text).requirements.flatMap((q) => (q.kind === 'certification' ? [[q.anyOf.join('|'), q.tier, q.hard]] : []));
    expect(certs("Engineer\n\nMUST HAVES:\n- Security+ CE - if you don't have it the client will give you 6 months after start to get it\n- Python")).toEqual([
      ['security-plus', 'required', false],
    ]);
    expect(certs('Engineer\n\nMUST HAVES:\n- Security+ CE\n- Python')).toEqual([['security-plus', 'required', true]]);
  });

  it('reads "no sponsorship, no interims" beside a clearance as the clearance\'s sponsorship, no work authorisation', () => {
    const conditions = (text: string) => (roleFromJobPosting(text).notes ?? []).map((n) => n.condition);
    expect(conditions('Engineer\n\nMust haves\n- Clearance: Active TS/SCI required to start (no sponsorship, no interims)\n- Python')).toEqual([]);
    expect(conditions('Engineer\n\nMust haves\n- Python\n\nWe are unable to offer visa sponsorship.')).toEqual(['work-authorization']);
  });

  it('reads Spanish headings the lists miss by their cue words ("Será una ventaja si además conoces:", "Lo que te ofrecemos a cambio")', () => {
    expect(
      skills(
        'Ingeniero de seguridad\n\nTu día a día en el equipo de plataforma\n- Automatizar despliegues con Terraform\n\nLo que esperamos de tu perfil:\n- Experiencia con Python\n\nSerá una ventaja si además conoces:\n- Kubernetes\n\nLo que te ofrecemos a cambio\n- Seguro médico y AWS credits',
      ),
    ).toEqual([
      ['terraform', 'duty'],
      ['python', 'required'],
      ['kubernetes', 'preferred'],
    ]);
  });
  it('reads "Plus" that ends a capitalised name ("Cyber Essentials Plus") as part of it, and "a plus" or "a Plus" as preferred', () => {
    expect(
      skills('Analyst\n\nEssential criteria\n- Working knowledge of ISO 27001 and Cyber Essentials Plus\n- Terraform is a plus\n- Python, Go a Plus'),
    ).toEqual([
      ['security-compliance', 'required'],
      ['terraform', 'preferred'],
      ['go', 'preferred'],
      ['python', 'preferred'],
    ]);
  });

  it('reads a certification that equivalent experience can replace as no must', () => {
    const certs = (text: string) =>
      roleFromJobPosting(text).requirements.flatMap((q) => (q.kind === 'certification' ? [[q.anyOf.join('|'), q.tier, q.hard]] : []));
    expect(
      certs('Analyst\n\nEssential criteria\n- Professional security qualification (e.g. CISSP, CISM) or equivalent demonstrable experience\n- Python'),
    ).toEqual([['cissp|cism', 'required', false]]);
    expect(certs('Analyst\n\nEssential criteria\n- CISSP or CISM required\n- Python')).toEqual([['cissp|cism', 'required', true]]);
  });

  it('reads skills named as the parties a duty is done with as none, unless the duty says what is done with them', () => {
    expect(
      skills(
        'Teamleitung\n\nIhre Aufgaben\n- Sie stimmen sich eng mit Datenschutz, Compliance und dem KI-Governance-Board ab\n- Sie integrieren automatisierte Sicherheitsprüfungen in die CI/CD-Pipelines\n- Konzeption und fachliche Begleitung von Penetrationstests\n\nIhr Profil\n- Python',
      ),
    ).toEqual([
      // Agreeing things with those functions is stakeholder work, in the formal form as in "du stimmst dich … ab".
      ['stakeholder-communication', 'duty'],
      ['devsecops', 'duty'],
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      skills(
        "Engineer\n\nWhat you'll do\n- Lead the response to cyber security incidents, working with our managed SOC provider and the NHS Cyber Security Operations Centre\n- Python",
      ),
    ).toEqual([
      ['incident-response', 'duty'],
      ['python', 'duty'],
    ]);
    expect(
      skills(
        "Engineer\n\nWhat you'll do\n- Partner with Model Risk Management and Legal on model validation\n\nRequirements\n- Experience working with Kubernetes and Terraform",
      ),
    ).toEqual([
      ['ai-governance', 'duty'],
      ['kubernetes', 'required'],
      ['terraform', 'required'],
    ]);
  });

  it('reads a register of AI tools and an AI steering group as AI governance, and trains and accompanies N1 analysts as mentoring', () => {
    expect(skills("Analyst\n\nWhat you'll do\n- Maintain the register of AI tools in use\n- Report to the AI Steering Group each quarter")).toEqual([
      ['ai-governance', 'duty'],
    ]);
    expect(skills('Analista SOC\n\nFunciones:\n- Formar y acompañar a los analistas de N1 de nueva incorporación.\n\nRequisitos mínimos\n- Python')).toEqual([
      ['mentoring', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads German work on minimum standards and representation in committees, and an auditor certificate for ISO 27001 as no audit', () => {
    expect(
      skills(
        'Referent\n\nIhre Aufgaben:\n- Mitarbeit an Mindeststandards, Prüfkriterien und Handlungsempfehlungen\n- Vertretung des Amtes in nationalen und internationalen Gremien\n\nWünschenswert:\n- Zertifizierung als CISSP oder als Auditorin/Auditor für ISO 27001 auf der Basis von IT-Grundschutz\n- Python',
      ),
    ).toEqual([
      ['policy-development', 'duty'],
      ['stakeholder-communication', 'duty'],
      ['security-compliance', 'preferred'],
      ['python', 'preferred'],
    ]);
  });

  it('reads a sentence of the opening text whose subject is the employer ("Gannet lets …") as no requirement, and a test harness that probes for prompt injection as security automation', () => {
    expect(
      skills(
        "Security Engineer at Gannet\n\nGannet lets hospitals fine-tune and serve open-weight language models.\nIt helps if you've worked with Kubeflow.\n\nWhat you'll do\n- Build automated test harnesses that probe our LLM applications for prompt injection",
      ),
    ).toEqual([
      ['mlops', 'preferred'],
      ['llm-security', 'duty'],
      ['security-automation', 'duty'],
    ]);
  });

  it('reads every clause of a sentence whose subject is the employer, named after a dash in the title line, as no requirement', () => {
    expect(
      skills(
        'ML Engineer - Tessellate (Boston)\n\nTessellate makes Mason, a coding agent that plans a change, runs the test suite in a sandboxed Docker container and opens a pull request.\n\nYou will serve our models on Kubernetes.',
      ),
    ).toEqual([['kubernetes', 'duty']]);
  });

  it('reads German work to be done at the duty station ("am Dienstort Bonn zu erbringen") as a location condition', () => {
    const role = roleFromJobPosting(
      'Referent\n\nIhr Profil:\n- Python\n\nUnser Angebot:\n- Mobiles Arbeiten bis zu 60 % der Arbeitszeit; im Übrigen ist die Tätigkeit am Dienstort Bonn zu erbringen',
    );
    expect((role.notes ?? []).map((n) => n.condition)).toEqual(['location']);
  });

  it('reads machine learning products assured before deployment as no ML deployment', () => {
    expect(
      skills('Analyst\n\nMain duties of the job\n- Carry out security assurance of new AI and machine learning products before deployment\n- Write Python'),
    ).toEqual([['python', 'duty']]);
  });

  it('reads a Disclosure and Barring Service check as a background check', () => {
    const role = roleFromJobPosting(
      'Analyst\n\nRequirements\n- Python\n\nDisclosure and Barring Service Check\nThis post requires a submission for Disclosure to be made to the Disclosure and Barring Service (DBS).',
    );
    expect((role.notes ?? []).map((n) => n.condition)).toEqual(['background-check']);
  });
});

describe("the must of a skill's own years (yearsHard)", () => {
  const years = (ad: string) =>
    roleFromJobPosting(ad).requirements.flatMap((q) =>
      q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears, q.tier, q.yearsHard]] : [],
    );

  it('marks years keyed to a skill as a must when they are listed as one or said with "must", as for measure years', () => {
    expect(years('Engineer\n\nMinimum qualifications\n- 2 years of experience conducting research in adversarial machine learning\n- Python')).toEqual([
      ['adversarial-ml', 2, 'required', true],
    ]);
    expect(years('Engineer\n\nRequirements\n- 3+ years with Terraform\n- Python')).toEqual([['terraform', 3, 'required', true]]);
    expect(years('Engineer\n\nWhat we need: You must have at least 3 years of penetration testing experience.')).toEqual([
      ['penetration-testing', 3, 'required', true],
    ]);
  });

  it('leaves them no must when softened or said in prose without a must', () => {
    expect(years('Engineer\n\nRequirements\n- Ideally 3+ years with Terraform, but we are flexible')).toEqual([['terraform', 3, 'preferred', false]]);
    expect(years('Engineer\n\nAbout you\nYou probably have 3 years or so with Terraform.')).toEqual([['terraform', 3, 'required', false]]);
  });
});

describe('years, tiers and conditions of a Greenhouse-style ad', () => {
  const exp = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'experience' ? [[q.measure, q.minYears, q.hard]] : []));
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it('reads "You might be a fit if" as the requirements, and "2 of those focused on securing …" as security years, no ML work', () => {
    const ad =
      'MLSecOps Engineer\n\nYou might be a fit if\n- You have 4+ years in security engineering, platform engineering or SRE, with at least 2 of those focused on securing CI/CD pipelines or ML infrastructure\n- You write production Python and are comfortable in Bash';
    expect(exp(ad)).toEqual([
      ['securityYears', 2, true],
      ['totalYears', 4, true],
    ]);
    expect(skills(ad)).toEqual([
      ['bash', 'required'],
      ['python', 'required'],
    ]);
  });

  it("reads a product's name after a verb of securing as the stack asked for, a generic ML system as none", () => {
    expect(skills('Engineer\n\nRequirements\n- Experience securing MLflow pipelines')).toEqual([['mlops', 'required']]);
    expect(skills('Engineer\n\nRequirements\n- Experience securing ML infrastructure\n- Python')).toEqual([['python', 'required']]);
  });

  it('reads the requirements above "If you don\'t tick every box" as no knock-out', () => {
    const ad =
      "Engineer\n\nRequirements\n- At least 4 years in security engineering\n- Python\n\nIf you don't tick every box above, we'd still like to hear from you.";
    expect(exp(ad)).toEqual([['securityYears', 4, false]]);
  });

  it('reads the years of a "We need someone with …" sentence in prose as a must', () => {
    const ad =
      'Founding Security Engineer\n\nYou will own security. We need someone with four to seven years in application or product security. Python is useful.';
    expect(exp(ad)).toEqual([['securityYears', 4, true]]);
  });

  it.each([
    ['We sponsor and transfer visas, including H-1B and O-1.', []],
    ['Quillon sponsors visas and welcomes candidates who need sponsorship.', []],
    ['Will you now or in the future require visa sponsorship? * Select...', []],
    ['We cannot sponsor visas, including H-1B.', ['work-authorization']],
    ['Fully remote within the United States or Canada.', ['location']],
  ])('reads "%s" as the conditions %j', (line, conditions) => {
    const role = roleFromJobPosting(`Engineer\n\nRequirements\n- Python\n\n${line}`);
    expect((role.notes ?? []).map((n) => n.condition)).toEqual(conditions);
  });
});

describe('Welcome to the Jungle, StepStone and InfoJobs ads', () => {
  const skills = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
  const exp = (ad: string, language: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, { language }).requirements.flatMap((q) => (q.kind === 'experience' ? [[q.measure, q.minYears]] : []));

  it('reads a known heading written as a question ("Qui sont-ils ?") as that heading: the company, no requirement', () => {
    const ad =
      "Responsable IA (H/F)\n\nQui sont-ils ?\nNous déployons depuis un an des assistants d'IA générative. Nous utilisons Python.\n\nProfil recherché\n- Vous maîtrisez SQL.";
    expect(exp(ad, 'fr')).toEqual([]);
    expect(skills(ad, 'fr')).toEqual([['sql', 'required']]);
  });

  it('reads a policy joined to what it governs ("la politique d\'usage de l\'IA générative") as a policy written and AI governance', () => {
    expect(skills("Responsable IA (H/F)\n\nMissions\n- Rédiger la politique d'usage de l'IA générative\n- Python", 'fr')).toEqual([
      ['ai-governance', 'duty'],
      ['policy-development', 'duty'],
      ['python', 'duty'],
    ]);
  });

  it('reads Spanish years deploying machine learning models as ML years, and model robustness against evasion as adversarial ML', () => {
    const ad =
      'Data Scientist\n\nRequisitos mínimos\n- Al menos 3 años de experiencia desarrollando y desplegando modelos de machine learning en producción.\n\nFunciones:\n- Evaluar la robustez de los modelos frente a ataques de evasión.';
    expect(exp(ad, 'es')).toEqual([['mlYears', 3]]);
    expect(skills(ad, 'es')).toEqual([
      ['machine-learning', 'required'],
      ['ml-deployment', 'required'],
      ['adversarial-ml', 'duty'],
    ]);
  });

  it.each([
    ['de', 'Spezialist\n\nIhre Aufgaben\n- Als zentrale Ansprechperson für die Geschäftsführung begleiten Sie alle Fragen der Informationssicherheit.'],
    ['de', 'Spezialist\n\nIhre Aufgaben\n- Sie sind Ansprechpartner*in für Vorstand und Interne Revision in allen Fragen der KI-Compliance.'],
    ['es', 'Ingeniero\n\nFunciones:\n- Documentar los modelos y presentar resultados a los equipos de operación.'],
    ['es', 'Ingeniero\n\nFunciones:\n- Serás el punto de contacto para la dirección en temas de riesgo.'],
    ['fr', 'Ingénieur\n\nMissions\n- Présenter la feuille de route au Comité exécutif.'],
    ['fr', 'Ingénieur\n\nMissions\n- Vous présentez vos constats aux directions métiers.'],
  ] as const)('reads presenting findings to, or being the contact of, a party as stakeholder communication (%s): %s', (language, ad) => {
    expect(skills(ad, language).filter(([id]) => id === 'stakeholder-communication')).toEqual([['stakeholder-communication', 'duty']]);
  });

  it('reads no stakeholder communication in a recruiting contact line or a training offer', () => {
    expect(skills('Spezialist\n\nIhr Profil\n- Python\n\nAnsprechpartnerin: Frau Dr. Miriam Seidl, Recruiting', 'de')).toEqual([['python', 'required']]);
    expect(skills('Ingénieur\n\nMissions\n- Présenter une offre de formation aux équipes.\n\nProfil\n- Python', 'fr')).toEqual([['python', 'required']]);
  });

  it('reads a part of years overall spent deploying machine learning models as ML years, in Spanish, French and German', () => {
    const es =
      'ML Engineer\n\nRequisitos:\n- Al menos 3 años de experiencia profesional, de los cuales un mínimo de 2 años desarrollando y desplegando modelos de Machine Learning en producción.';
    expect(exp(es, 'es')).toEqual([
      ['mlYears', 2],
      ['totalYears', 3],
    ]);
    expect(skills(es, 'es')).toEqual([
      ['machine-learning', 'required'],
      ['ml-deployment', 'required'],
    ]);
    const fr =
      "ML Engineer\n\nProfil:\n- Au moins 3 ans d'expérience professionnelle, dont au minimum 2 ans à développer et déployer des modèles de machine learning en production.";
    expect(exp(fr, 'fr')).toEqual([
      ['mlYears', 2],
      ['totalYears', 3],
    ]);
    // A noun of the work joined to the field by filler words: "el despliegue de modelos de machine learning", "dem Deployment von …".
    expect(
      exp('ML Engineer\n\nRequisitos:\n- 3 años de experiencia, de los cuales 2 en el desarrollo y despliegue de modelos de machine learning.', 'es'),
    ).toEqual([
      ['mlYears', 2],
      ['totalYears', 3],
    ]);
    expect(
      exp(
        'ML Engineer\n\nIhr Profil:\n- Mindestens 3 Jahre Berufserfahrung, davon mindestens 2 Jahre in der Entwicklung und dem Deployment von Machine-Learning-Modellen.',
        'de',
      ),
    ).toEqual([
      ['mlYears', 2],
      ['totalYears', 3],
    ]);
    expect(exp('ML Engineer\n\nRequisitos:\n- 4 años de experiencia, de los cuales 2 desplegando modelos de machine learning.', 'es')).toEqual([
      ['mlYears', 2],
      ['totalYears', 4],
    ]);
  });

  it('reads a German compound of security and a head of focus or role ("mit klarem Sicherheitsschwerpunkt", "in einer Sicherheitsrolle") as security work', () => {
    for (const part of ['mit klarem Sicherheitsschwerpunkt', 'in einer Sicherheitsrolle', 'mit Security-Schwerpunkt', 'mit Sicherheitsfokus'])
      expect(exp(`Engineer (m/w/d)\n\nIhr Profil:\n- Mindestens drei Jahre Berufserfahrung im DevOps, davon mindestens ein Jahr ${part}.`, 'de')).toEqual([
        ['securityYears', 1],
        ['totalYears', 3],
      ]);
  });

  it('reads security tests built into CI pipelines in German as DevSecOps', () => {
    expect(skills('Security Engineer (m/w/d)\n\nIhre Aufgaben\n• Sie bauen Sicherheitstests in unsere GitLab-CI-Pipelines ein', 'de')).toEqual([
      ['devsecops', 'duty'],
    ]);
    expect(skills('Security Engineer (m/w/d)\n\nIhre Aufgaben\n• Sicherheitstests in der CI/CD-Pipeline verankern\n• Python', 'de')).toEqual([
      ['devsecops', 'duty'],
      ['python', 'duty'],
    ]);
  });

  it('reads results presented to a committee in German as stakeholder communication', () => {
    expect(skills('Security Engineer (m/w/d)\n\nIhre Aufgaben\n• Sie präsentieren Ergebnisse im Informationssicherheits-Komitee', 'de')).toEqual([
      ['stakeholder-communication', 'duty'],
    ]);
  });

  it('reads years hands-on with Splunk correlation searches as years of security monitoring', () => {
    const role = roleFromJobPosting('Analyst\n\nMUST HAVES:\n- 2+ years hands-on with Splunk (SPL searches, dashboards, correlation searches)\n- Bash');
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.minYears ?? null]] : []))).toEqual([
      ['security-monitoring', 2],
      ['bash', null],
    ]);
  });

  it('reads adversarial ML tooling as adversarial ML, no security automation', () => {
    expect(skills('Engineer\n\nNice to have\n- Experience with adversarial ML tooling or research')).toEqual([['adversarial-ml', 'preferred']]);
  });
});

describe('an "Assets" heading alone', () => {
  it('opens no preferred tier (what the job protects is no nice-to-have)', () => {
    const role = roleFromJobPosting('Security Analyst\n\nWhat you will protect\nAssets\n- Our AWS and Azure estate\n\nMust have\n- SIEM\n');
    expect(role.requirements.filter((r) => r.kind === 'skill').some((r) => r.tier === 'preferred')).toBe(false);
  });
});

describe('parties, wishes in prose, benefits headings and self-descriptions of the employer', () => {
  const skills = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it('reads the team a duty is done "together with" or "closely with" as a party, up to an "and" that goes on with a verb', () => {
    expect(
      skills(
        'Engineer\n\nWhat you will do\n- Plan and run LLM red-team exercises together with the Offensive Security team and track findings to closure.\n- Partner closely with the Threat Intelligence and Application Security teams.\n\nRequirements\n- Kubernetes',
      ),
    ).toEqual([
      ['llm-security', 'duty'],
      ['kubernetes', 'required'],
    ]);
    // "and" followed by another party, or a clause that says what is done with them, keeps the old reading.
    expect(
      skills(
        'Engineer\n\nWhat you will do\n- Work with the Application Security team and the Data Science team on threat modeling of new features.\n- Write Python together with SQL.\n\nRequirements\n- Kubernetes',
      ),
    ).toEqual([
      ['application-security', 'duty'],
      ['threat-modeling', 'duty'],
      ['python', 'duty'],
      ['sql', 'duty'],
      ['kubernetes', 'required'],
    ]);
  });

  it('reads "would be genuinely useful" as a wish, and "Exposure to the …" in an ad as asked for', () => {
    expect(
      skills(
        'Consultant\n\nWhat we are looking for\nA working knowledge of the EU AI Act is a must. A background in privacy (GDPR) would be genuinely useful.\n\nPreferred Qualifications\n- Exposure to the NIST AI Risk Management Framework.',
      ),
    ).toEqual([
      ['ai-regulation', 'required'],
      ['privacy', 'preferred'],
      ['ai-risk-management', 'preferred'],
    ]);
  });

  it('reads "What you get" as a benefits heading', () => {
    expect(skills('Consultant\n\nRequirements\n- Python\n\nWhat you get\nStudy leave for professional qualifications (CISA, CISSP) and AWS training.')).toEqual(
      [['python', 'required']],
    );
    expect(roleFromJobPosting('Consultant\n\nRequirements\n- Python\n\nWhat you get\nStudy leave for CISA and CISSP.').requirements.map((q) => q.kind)).toEqual(
      ['skill'],
    );
  });

  it('reads a sentence in which the employer describes itself in the first person as no requirement', () => {
    expect(
      skills(
        "Engineer\n\nWhat you will do\nWe're an insurer whose data platform runs on Google Cloud.\nSecure our Terraform pipelines.\n\nRequirements\n- Python",
      ),
    ).toEqual([
      ['terraform', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      skills(
        'Ingeniero de seguridad\n\nDescripción\nSomos una entidad de pago y usamos modelos desplegados en Azure.\nRevisar el código Python.\n\nRequisitos\n- Kubernetes',
        'es',
      ),
    ).toEqual([
      ['python', 'duty'],
      ['secure-code-review', 'duty'],
      ['kubernetes', 'required'],
    ]);
    expect(
      skills(
        'Security Engineer (m/w/d)\n\nIhre Aufgaben\nWir sind ein Versicherer und betreiben unsere Plattform auf AWS.\nAbsicherung der Terraform-Pipelines.\n\nIhr Profil\n- Python',
        'de',
      ),
    ).toEqual([
      ['terraform', 'duty'],
      ['python', 'required'],
    ]);
  });
  it("reads a phrase spelled out before a skill's acronym in brackets as that skill only, and a list before it as a list", () => {
    const ml = (ad: string, language?: 'de' | 'fr' | 'es') =>
      roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) =>
        q.kind === 'skill' ? [[q.skills.join('|'), q.minYears ?? null]] : q.kind === 'experience' ? [[q.measure, q.minYears]] : [],
      );
    expect(
      ml("Ingénieur\n\nProfil recherché\n- Vous justifiez de 2 ans minimum dans l'industrialisation de modèles de machine learning (MLOps).", 'fr'),
    ).toEqual([
      ['mlYears', 2],
      ['mlops', null],
    ]);
    expect(ml('Engineer\n\nRequirements\n- 3+ years of experience operationalising machine learning models (MLOps).')).toEqual([
      ['mlYears', 3],
      ['mlops', null],
    ]);
    expect(ml('Engineer (m/w/d)\n\nAnforderungen\n- Mindestens 2 Jahre Erfahrung im Betrieb von Machine-Learning-Modellen (MLOps)', 'de')).toEqual([
      ['mlYears', 2],
      ['mlops', null],
    ]);
    expect(ml('Engineer\n\nRequirements\n- Docker and Kubernetes (EKS)\n- Knowledge of machine learning (PyTorch)')).toEqual([
      ['docker', null],
      ['kubernetes', null],
      ['machine-learning', null],
      ['pytorch', null],
    ]);
  });
  it('reads "A degree is expected / required" and "hold a degree" as a bachelor\'s, with the fields after it', () => {
    const degree = (text: string) =>
      roleFromJobPosting(`Consultant\n\nWhat we are looking for\n${text} You have Python.`).requirements.flatMap((q) =>
        q.kind === 'degree' ? [[q.minLevel, (q.fields ?? []).join('|'), q.tier, q.hard]] : [],
      );
    expect(
      degree('A degree is expected, in law, public policy, computer science or something similar, but equivalent experience counts just as much.'),
    ).toEqual([['bachelor', 'law|public-policy|computer-science', 'required', false]]);
    expect(degree('A degree is required.')).toEqual([['bachelor', '', 'required', true]]);
    expect(degree('You will hold a degree, ideally in computer science.')).toEqual([['bachelor', '', 'required', true]]);
    expect(degree('A degree would be preferred.')).toEqual([['bachelor', '', 'preferred', false]]);
  });

  it('reads the years an employer has helped its clients as company history, no requirement', () => {
    expect(
      skills(
        'Consultant\n\nFor fifteen years we have helped banks get their technology right; today our clients deploy machine learning.\n\nWhat we are looking for\nYou know the EU AI Act.',
      ),
    ).toEqual([['ai-regulation', 'required']]);
  });
  it('reads tools that automate security tests, a pre-deployment gate in CI/CD and risk assessments of AI use cases (en, es)', () => {
    expect(
      skills(
        'Engineer\n\nWhat you will do\n- Build internal tools that automate jailbreak testing and integrate them into the CI/CD pipeline as a pre-deployment gate.\n- Support the risk assessments of new AI use cases with Compliance.\n- Conduct security and risk assessments of AI capabilities.\n\nRequirements\n- Python',
      ),
    ).toEqual([
      ['devsecops', 'duty'],
      ['llm-security', 'duty'],
      ['security-automation', 'duty'],
      ['ai-risk-management', 'duty'],
      ['security-assessment', 'duty'],
      ['python', 'required'],
    ]);
    expect(
      skills(
        'Ingeniero\n\nFunciones:\n- Desarrollar herramientas internas que automaticen las pruebas de jailbreak e integrarlas en el pipeline de CI/CD como control previo al despliegue.\n- Colaborar con Cumplimiento en las evaluaciones de riesgo de nuevos casos de uso de IA.\n\nRequisitos\n- Python',
        'es',
      ),
    ).toEqual([
      ['devsecops', 'duty'],
      ['llm-security', 'duty'],
      ['security-automation', 'duty'],
      ['ai-risk-management', 'duty'],
      ['python', 'required'],
    ]);
  });
  it('reads leading a workstream of a number of people as team leadership, and a workstream of things or joined as none', () => {
    const led = (line: string) => skills(`Consultant\n\nWhat you will do\n${line}\n\nRequirements\n- Python`).map(([id]) => id);
    expect(led('On a typical engagement you will lead a workstream of two or three people: building an AI inventory.')).toEqual([
      'ai-governance',
      'team-leadership',
      'python',
    ]);
    expect(led('- Lead a workstream of three analysts.')).toEqual(['team-leadership', 'python']);
    expect(led('- Join a workstream of five people led by a partner.')).toEqual(['python']);
    expect(led('- Run the GenAI security assessment workstream: 22 client chatbots assessed.')).not.toContain('team-leadership');
  });
});

describe('job ads: skill words of round p27b', () => {
  /** The tier the ad gives a skill, or undefined when it asks nothing of it. */
  const tierOf = (text: string, id: string) => roleFromJobPosting(text).requirements.find((q) => q.kind === 'skill' && q.skills.includes(id))?.tier;
  const duty = (line: string) => `Security Engineer\n\nWhat you'll do\n- Write Python services.\n- ${line}`;
  it('reads a kind of security tool before "tooling" (SAST, DAST, EDR) as tools used, and building tooling as security automation', () => {
    expect(tierOf(duty('Hands-on secure code review, including SAST tooling (e.g. Semgrep, CodeQL) and triaging its findings'), 'security-automation')).toBe(
      undefined,
    );
    expect(tierOf(duty('Experience with DAST tooling such as Burp Suite or ZAP'), 'security-automation')).toBe(undefined);
    expect(tierOf(duty('Familiarity with SIEM and EDR tooling'), 'security-automation')).toBe(undefined);
    expect(tierOf(duty('Build internal security tooling for the SOC'), 'security-automation')).toBe('duty');
    expect(tierOf(duty('Write tooling that automates vulnerability triage'), 'security-automation')).toBe('duty');
  });
  it('reads design documents reviewed for security as a security assessment, and writing them as none', () => {
    expect(tierOf(duty('Review pull requests and design documents for security issues'), 'security-assessment')).toBe('duty');
    expect(tierOf(duty('Review architecture and design docs for security risks'), 'security-assessment')).toBe('duty');
    expect(tierOf(duty('Assess design specs of new features for threats'), 'security-assessment')).toBe('duty');
    expect(tierOf(duty('Write design documents for new services'), 'security-assessment')).toBe(undefined);
    expect(tierOf(duty('Review design documents with product managers'), 'security-assessment')).toBe(undefined);
  });
  it('reads partnering with legal, compliance or the business as stakeholder communication, and with an engineering team as none', () => {
    const id = 'stakeholder-communication';
    expect(tierOf(duty('Partner with Legal, Compliance and Clinical Safety so that findings are understood outside the security team'), id)).toBe('duty');
    expect(tierOf(duty('Partnering with business leadership on risk decisions'), id)).toBe('duty');
    expect(tierOf(duty('Partner with the platform team on Kubernetes hardening'), id)).toBe(undefined);
  });
  it('reads an audit window as the company being audited, not as audit work', () => {
    expect(tierOf(duty('Own the controls for our first SOC 2 Type II audit window opening in March'), 'audit')).toBe(undefined);
    expect(tierOf(duty('Prepare evidence before the audit window closes'), 'audit')).toBe(undefined);
    expect(tierOf(duty('Run internal audit of IT general controls'), 'audit')).toBe('duty');
  });
  it("reads hiring as the hire's work when the hire is its subject or it opens a duty, and as the employer's otherwise", () => {
    const prose = (s: string) => `Security Engineer\n\nAcme is a small company. You will write Python every day and own our threat modeling. ${s}`;
    expect(tierOf(prose("Later you'll hire the next two people on the team."), 'team-leadership')).toBe('duty');
    expect(tierOf(prose('We are hiring two engineers to join the team this year.'), 'team-leadership')).toBe(undefined);
    expect(tierOf(prose('Over time you will help us hire three more analysts.'), 'team-leadership')).toBe(undefined);
    expect(tierOf(prose("You'll be the first of several security engineers we hire."), 'team-leadership')).toBe(undefined);
    expect(tierOf(duty('You will hire two engineers.'), 'team-leadership')).toBe('duty');
    expect(tierOf(duty('We are hiring 3 engineers for this team.'), 'team-leadership')).toBe(undefined);
    expect(tierOf(duty('Mentor three security engineers and help us hire the next five'), 'team-leadership')).toBe(undefined);
  });
  it('reads a wish in prose as a skills list, so that skills-list words (RAG) count there', () => {
    const prose = (s: string) => `Security Engineer\n\nAcme is a small company. You will write Python every day. ${s}`;
    expect(
      tierOf(prose("It's a plus if you've built on top of LLMs yourself — RAG pipelines, tool calling, evals — because then you'll know."), 'llm-applications'),
    ).toBe('preferred');
    expect(tierOf(prose('Bonus points if you have shipped a RAG application to production.'), 'llm-applications')).toBe('preferred');
    expect(tierOf(prose('You will report RAG status to leadership weekly.'), 'llm-applications')).toBe(undefined);
  });
  it('reads the security of applications built on LLMs as LLM security, in French and Spanish', () => {
    const es = (s: string) =>
      `Analista de Ciberseguridad\nEn nuestra empresa buscamos un perfil con experiencia para el equipo de seguridad de la información.\n\nRequisitos mínimos\n- Experiencia con Python y Bash para automatizar tareas.\n\nSe valorará:\n- ${s}`;
    const fr = (s: string) =>
      `Analyste SOC\nNous recherchons pour notre équipe de sécurité un profil expérimenté qui aime le travail en équipe.\n\nProfil recherché\n- Maîtrise de Python et de Bash.\n\nLes plus\n- ${s}`;
    expect(tierOf(es('Conocimientos sobre seguridad en aplicaciones basadas en LLM.'), 'llm-security')).toBe('preferred');
    expect(tierOf(es('Conocimientos sobre seguridad en aplicaciones basadas en LLM.'), 'application-security')).toBe(undefined);
    expect(tierOf(es('Experiencia en seguridad de aplicaciones de IA generativa.'), 'llm-security')).toBe('preferred');
    expect(tierOf(es('Experiencia en seguridad de aplicaciones web y APIs.'), 'application-security')).toBe('preferred');
    expect(tierOf(fr('Connaissance de la sécurité des applications basées sur des LLM.'), 'llm-security')).toBe('preferred');
    expect(tierOf(fr('Connaissance de la sécurité des applications basées sur des LLM.'), 'application-security')).toBe(undefined);
    expect(tierOf(fr('Connaissance de la sécurité des applications web.'), 'application-security')).toBe('preferred');
  });
  it('reads putting models into production in French and Spanish as model deployment, and a release gate before it as none', () => {
    const fr = (s: string) =>
      `Data Scientist (H/F)\nNous recherchons pour notre équipe un profil expérimenté qui aime le travail en équipe.\n\nVos missions :\n- Développer en Python et en SQL.\n- ${s}`;
    const es = (s: string) =>
      `Analista de Ciberseguridad\nEn nuestra empresa buscamos un perfil con experiencia para el equipo de seguridad de la información.\n\nFunciones:\n- Desarrollar en Python y Bash.\n- ${s}`;
    expect(
      tierOf(
        fr("Industrialiser les modèles avec l'équipe MLOps : pipelines d'entraînement, registre de modèles MLflow, mise en production via API"),
        'ml-deployment',
      ),
    ).toBe('duty');
    expect(tierOf(fr('Mettre en production les modèles de détection via une API REST'), 'ml-deployment')).toBe('duty');
    expect(tierOf(fr('Valider la sécurité des modèles avant leur mise en production'), 'ml-deployment')).toBe(undefined);
    expect(tierOf(fr('Accompagner la mise en production des applications web'), 'ml-deployment')).toBe(undefined);
    expect(tierOf(es('Industrializar los modelos con el equipo de MLOps: registro de modelos, puesta en producción vía API'), 'ml-deployment')).toBe('duty');
    expect(tierOf(es('Revisar la seguridad de los modelos antes de su puesta en producción'), 'ml-deployment')).toBe(undefined);
    expect(tierOf(es('Gestionar la puesta en producción de aplicaciones web'), 'ml-deployment')).toBe(undefined);
  });
  it('reads coordinating with the client or the business in Spanish as stakeholder communication, and a team of analysts as none', () => {
    const es = (s: string) =>
      `Analista de Ciberseguridad\nEn nuestra empresa buscamos un perfil con experiencia para el equipo de seguridad de la información.\n\nFunciones:\n- Desarrollar en Python y Bash.\n- ${s}`;
    expect(
      tierOf(es('Analizar y escalar las alertas recibidas del N1 y coordinar la respuesta con los equipos del cliente.'), 'stakeholder-communication'),
    ).toBe('duty');
    expect(tierOf(es('Coordinar con las áreas de negocio y legal la gestión de riesgos.'), 'stakeholder-communication')).toBe('duty');
    expect(tierOf(es('Coordinar el equipo de analistas N1.'), 'stakeholder-communication')).toBe(undefined);
  });
});

describe('job ads: years of managing people', () => {
  const years = (text: string) =>
    roleFromJobPosting(`GenAI Security Manager\n\n${text}\n`).requirements.flatMap((q) =>
      q.kind === 'skill' && q.minYears !== undefined ? [[q.skills, q.minYears]] : [],
    );
  it('reads the years in which people were managed as years of team leadership, in prose and in a list', () => {
    expect(years('About you. You have at least 7 years in security engineering, and for the last two or more of those you have managed people.')).toEqual([
      [['team-leadership'], 2],
    ]);
    expect(years('Requirements\n- At least 7 years in security engineering, including 2 years managing people.')).toEqual([[['team-leadership'], 2]]);
  });

  it('reads people management named by a gerund in Spanish and by a noun in French as team leadership, with its years', () => {
    const all = (text: string) =>
      roleFromJobPosting(`Responsable de Seguridad\n\n${text}\n`, { languages: allLanguages }).requirements.flatMap((q) =>
        q.kind === 'skill' && q.minYears !== undefined ? [[q.skills, q.minYears]] : [],
      );
    expect(
      all('¿Qué buscamos?\n- Al menos 7 años de experiencia en ciberseguridad, de los cuales un mínimo de 2 gestionando personas de forma directa.'),
    ).toEqual([[['team-leadership'], 2]]);
    expect(all('Requisitos\n- 8 años de experiencia en ciberseguridad, 2 de ellos liderando personas.')).toEqual([[['team-leadership'], 2]]);
    expect(all('Requisitos\n- Mínimo 6 años en seguridad informática, con al menos 3 años dirigiendo equipos.')).toEqual([[['team-leadership'], 3]]);
    expect(all("Profil recherché\n- Au moins 7 ans d'expérience en cybersécurité, dont 2 en gestion de personnes.")).toEqual([[['team-leadership'], 2]]);
  });
});

describe('job ads: years the company has been at something, and a skill named with its field', () => {
  const measures = (text: string) =>
    roleFromJobPosting(text, { languages: allLanguages }).requirements.flatMap((q) =>
      q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
    );
  const ad = (intro: string) => `ML Security Lead\n\nAcerca del empleo\n\n${intro}\n\nRequisitos\n- Al menos 7 años de experiencia en ciberseguridad.\n`;

  it('reads no years from the time the company has spent on a field', () => {
    for (const intro of [
      'En Nubalia llevamos dos años incorporando IA generativa a nuestro día a día.',
      'Nubalia lleva tres años aplicando machine learning a la detección de fraude.',
      'At Acme we have spent the last two years bringing machine learning into our daily work.',
    ])
      expect(measures(ad(intro))).toEqual([['securityYears', 7]]);
  });

  it("keys the years to a skill whose name holds the field's words, whatever the words before it", () => {
    const req = (line: string) => measures(`Research Scientist, Security\n\nMinimum qualifications\n- ${line}\n`);
    expect(req('2 years of experience conducting research in adversarial machine learning (e.g., evasion attacks, data poisoning).')).toEqual([
      ['adversarial-ml', 2],
    ]);
    expect(req('Mindestens 2 Jahre Erfahrung in der Forschung zu Adversarial Machine Learning.')).toEqual([['adversarial-ml', 2]]);
    expect(req('3 years of experience in machine learning.')).toEqual([['mlYears', 3]]);
  });

  it('reads one item of a field among several of none as experience overall, and a list of one field as that field', () => {
    const req = (line: string) => measures(`AI Model Risk Lead\n\nRequirements\n- ${line}\n`);
    expect(req("A minimum of 8 years' experience in model risk management, model validation, quantitative risk or technology risk.")).toEqual([
      ['totalYears', 8],
    ]);
    expect(req('5 years in machine learning, deep learning or data science.')).toEqual([['mlYears', 5]]);
    expect(req('3+ years of experience in machine learning, statistics or a related field.')).toEqual([['mlYears', 3]]);
  });
});

describe('job ads: years in a security setting, split compounds and no-knock-out sentences', () => {
  const years = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q): unknown[][] =>
      q.kind === 'experience' ? [[q.measure, q.minYears, q.hard]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
    );

  it('reads years in a SOC that are split in turn, or that are a part of IT years, as security years', () => {
    expect(
      years(
        "Analyste SOC\n\nProfil recherché\n- Vous justifiez d'au moins 2 ans d'expérience en SOC, dont une vraie pratique de la gestion d'incidents\n- Python",
        'fr',
      ),
    ).toEqual([['securityYears', 2, true]]);
    expect(
      years('Analista SOC\n\nRequisitos\n- Experiencia de al menos 3 años trabajando en un SOC, de los cuales al menos 1 como analista N2.\n- Python', 'es'),
    ).toEqual([['securityYears', 3, true]]);
    expect(years('SOC Analyst (m/w/d)\n\nIhr Profil\n- Mindestens drei Jahre Erfahrung in einem SOC, davon ein Jahr als Analyst\n- Python', 'de')).toEqual([
      ['securityYears', 3, true],
    ]);
    expect(years('Analista\n\nRequisitos\n- Al menos 3 años de experiencia en IT, de los cuales un mínimo de 2 en un SOC.\n- Python', 'es')).toEqual([
      ['securityYears', 2, true],
      ['totalYears', 3, true],
    ]);
  });

  it('ends the subject of years at a word of the ad\'s language that opens what follows ("dont", "davon", "incluyendo")', () => {
    const ask = (line: string, language: 'de' | 'fr' | 'es', heading: string) => years(`AI Security Lead\n\n${heading}\n- ${line}\n`, language);
    expect(
      ask(
        "Vous justifiez d'au moins 7 ans d'expérience en sécurité des systèmes d'information, dont une première expérience sur des projets d'IA.",
        'fr',
        'Profil recherché',
      ),
    ).toEqual([['securityYears', 7, true]]);
    expect(ask("Au moins 7 ans d'expérience en sécurité des systèmes d'information, notamment sur des projets d'IA.", 'fr', 'Profil recherché')).toEqual([
      ['securityYears', 7, true],
    ]);
    expect(ask('Mindestens 7 Jahre Erfahrung in der Informationssicherheit, insbesondere in Projekten zu KI oder Data Science.', 'de', 'Ihr Profil')).toEqual([
      ['securityYears', 7, true],
    ]);
    expect(ask('Al menos 7 años de experiencia en seguridad de la información, incluyendo proyectos de IA o ciencia de datos.', 'es', 'Requisitos')).toEqual([
      ['securityYears', 7, true],
    ]);
  });

  it('reads years in a SOC alone as security years, and as a part of security years as years of security monitoring', () => {
    expect(years("SOC Lead\n\nRequirements\n- 5+ years' experience in a Security Operations Centre\n- Python")).toEqual([['securityYears', 5, true]]);
    expect(years('Analyst\n\nRequirements\n- 6 years of cybersecurity experience, including 2 years in a SOC\n- Python')).toEqual([
      ['securityYears', 6, true],
      ['security-monitoring', 2],
    ]);
  });

  it('reads a German compound cut at a hyphen ("IT- oder Produktsicherheit") with the head of the compound after it', () => {
    const de = (line: string) => years(`KI-Sicherheitsingenieur (m/w/d)\n\nIhr Profil\n- ${line}\n- Python`, 'de');
    expect(de('Mindestens fünf Jahre Berufserfahrung in der IT- oder Produktsicherheit, idealerweise davon zwei Jahre im Umfeld von KI/ML')).toEqual([
      ['securityYears', 5, true],
    ]);
    expect(de('Mindestens drei Jahre Erfahrung in der Fahrzeug- oder Produktsicherheit')).toEqual([['securityYears', 3, true]]);
    expect(de('Mindestens 3 Jahre Erfahrung in der Daten- oder Softwareentwicklung')).toEqual([['totalYears', 3, true]]);
  });

  it.each([
    [
      'en',
      'Requirements\n- 4+ years in security engineering roles',
      "If you're a little short on the years but strong on the rest, we still want to hear from you.",
    ],
    ['en', 'Requirements\n- 4+ years in security engineering roles', "Don't meet every single requirement? Apply anyway."],
    ['en', 'Requirements\n- 4+ years in security engineering roles', 'If you have fewer years than we ask for, please still apply.'],
    ['de', 'Ihr Profil\n- 4+ Jahre Erfahrung in der IT-Sicherheit', 'Sie erfüllen nicht alle Anforderungen? Bewerben Sie sich trotzdem!'],
    ['es', 'Requisitos\n- 4 años de experiencia en ciberseguridad', 'Si no cumples todos los requisitos, postúlate igualmente.'],
  ] as const)('reads the years above a %s sentence that invites those who lack some as no knock-out (%#)', (language, list, line) => {
    expect(years(`Security Engineer\n\n${list}\n- Python\n\n${line}`, language === 'en' ? undefined : language)).toEqual([['securityYears', 4, false]]);
  });

  it('keeps the years a must under a closing that only invites ("we\'d love to hear from you")', () => {
    expect(
      years("Engineer\n\nRequirements\n- 4+ years in security engineering roles\n- Python\n\nIf this sounds like you, we'd love to hear from you."),
    ).toEqual([['securityYears', 4, true]]);
  });

  it('reads a degree after years asked alone and an "or" as another path: neither is a knock-out', () => {
    const hardness = (ad: string, language?: 'de' | 'fr') =>
      roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) =>
        q.kind === 'experience' || q.kind === 'degree' ? [[q.kind, q.hard]] : [],
      );
    expect(
      hardness(
        'Analyst\n\nQualifications\n- You must have one (1) year of specialized experience, OR a Ph.D. or equivalent doctoral degree, OR 3 full years of graduate education.\n- Python',
      ),
    ).toEqual([
      ['experience', false],
      ['degree', false],
    ]);
    expect(
      hardness("Analyst\n\nRequirements\n- At least 3 years of experience in security operations, or a Master's degree in cybersecurity\n- Python"),
    ).toEqual([
      ['experience', false],
      ['degree', false],
    ]);
    expect(
      hardness('Analyst (m/w/d)\n\nIhr Profil\n- Mindestens drei Jahre Berufserfahrung in der IT-Sicherheit oder eine Promotion in Informatik\n- Python', 'de'),
    ).toEqual([
      ['experience', false],
      ['degree', false],
    ]);
    // Paths that each join a degree and years, and a degree asked besides the years, are no such path.
    expect(
      hardness("Analyst\n\nRequirements\n- At least 5 years of security experience, or a Master's degree and 3 years of security experience\n- Python"),
    ).toEqual([
      ['experience', true],
      ['degree', true],
    ]);
    expect(hardness("Analyst\n\nRequirements\n- 5+ years of security experience; a Bachelor's degree is required\n- Python")).toEqual([
      ['experience', true],
      ['degree', true],
    ]);
  });

  it.each([
    [
      'en',
      "Lead\n\nRequirements\n- You need hands-on experience running services on AWS; if your cloud background is on GCP instead, that's fine.\n- Python",
      'aws|gcp',
    ],
    ['en', "ML Engineer\n\nRequirements\n- You know PyTorch well. If you've used TensorFlow instead, that works too.\n- Python", 'pytorch|tensorflow'],
    ['de', 'Cloud-Sicherheitsingenieur (m/w/d)\n\nIhr Profil\n- Erfahrung mit AWS; Erfahrung mit Azure ist ebenso willkommen.\n- Python', 'aws|azure'],
    ['fr', "Ingénieur sécurité cloud\n\nProfil recherché\n- Vous maîtrisez AWS ; si vous venez de GCP à la place, c'est très bien aussi.\n- Python", 'aws|gcp'],
    ['es', 'Ingeniero de seguridad cloud\n\nRequisitos\n- Dominas AWS; si tu experiencia es en Azure en su lugar, también nos vale.\n- Python', 'aws|azure'],
  ] as const)('reads a %s clause that accepts its one skill instead of one asked just before as an alternative to it (%#)', (language, ad, group) => {
    const role = roleFromJobPosting(ad, { language });
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? [q.skills.join('|')] : []))).toEqual([group, 'python']);
  });

  it.each([
    ['en', 'Engineer\n\nRequirements\n- Solid cloud experience: we run on Azure, but AWS or GCP experience transfers fine.\n- Python', 'azure|aws|gcp'],
    ['en', 'Engineer\n\nRequirements\n- Ideally PyTorch, but TensorFlow is also fine.\n- Python', 'pytorch|tensorflow'],
    ['fr', 'Ingénieur\n\nProfil recherché\n- Un cloud public : Azure idéalement, mais AWS ou GCP nous conviennent aussi.\n- Python', 'azure|aws|gcp'],
  ] as const)('reads a %s clause accepting a choice of skills after one wished for as one choice, as firm as the accepted ones (%#)', (language, ad, group) => {
    const role = roleFromJobPosting(ad, { language });
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []))).toEqual([
      [group, 'required'],
      ['python', 'required'],
    ]);
  });

  it('keeps a skill used "instead of" something else as asked alone', () => {
    const role = roleFromJobPosting('Engineer\n\nRequirements\n- Automate deployments with Terraform instead of manual scripts\n- Experience with AWS');
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? [q.skills.join('|')] : []))).toEqual(['terraform', 'aws']);
  });

  it.each([
    ['en', 'We work together in our office in the Mission four days a week; Fridays are remote. We can support H-1B transfers.', ['location']],
    ['en', 'We support visa sponsorship for this role.', []],
    ['en', 'Visa sponsorship is available.', []],
    ['en', 'We cannot support visa sponsorship.', ['work-authorization']],
    ['en', 'Our office is closed for the last week of December.', []],
    ['de', 'Wir arbeiten vier Tage pro Woche gemeinsam in unserem Büro in Leipzig.', ['location']],
    ['fr', 'Vous travaillerez dans nos bureaux de Nantes, avec deux jours de télétravail.', ['location']],
    ['es', 'Trabajarás en nuestra oficina de Valencia de lunes a jueves.', ['location']],
  ] as const)('reads the %s line "%s" as the conditions %j', (language, line, conditions) => {
    const heading = { en: 'Requirements', de: 'Ihr Profil', fr: 'Profil recherché', es: 'Requisitos' }[language];
    const role = roleFromJobPosting(`Engineer\n\n${heading}\n- Python\n\n${line}`, { language });
    expect((role.notes ?? []).map((n) => n.condition)).toEqual(conditions);
  });

  it('reads data drift, signed artefacts and scanned container images in Spanish and French duties as model monitoring and DevSecOps', () => {
    const duties = (ad: string, language: 'fr' | 'es') =>
      roleFromJobPosting(ad, { language }).requirements.flatMap((q) => (q.kind === 'skill' ? [q.skills.join('|')] : []));
    expect(
      duties(
        'Ingeniero/a MLOps\n\nFunciones\n- Monitorizar el drift de datos de los modelos.\n- Firmar artefactos de modelos y escanear imágenes de contenedores en la CI.',
        'es',
      ),
    ).toEqual(['model-monitoring', 'devsecops']);
    expect(
      duties(
        'Ingénieur MLOps\n\nMissions\n- Surveiller le drift des données en production.\n- Signer les artefacts de modèles et scanner les images de conteneurs dans la CI.',
        'fr',
      ),
    ).toEqual(['model-monitoring', 'devsecops']);
  });

  it('reads incident handling in French and Spanish as incident response only beside words of security incidents', () => {
    const skills = (ad: string, language: 'fr' | 'es') =>
      roleFromJobPosting(ad, { language }).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
    expect(skills("Analyste\n\nProfil recherché\n- Pratique de la gestion d'incidents (investigation, remédiation)\n- Python", 'fr')).toEqual([
      ['incident-response', 'required'],
      ['python', 'required'],
    ]);
    expect(skills('Analyste\n\nProfil recherché\n- Gestion des incidents et des demandes utilisateurs (ITIL)\n- Python', 'fr')).toEqual([
      ['python', 'required'],
    ]);
    expect(skills('Analista\n\nRequisitos\n- Experiencia en gestión de incidentes (investigación, contención)\n- Python', 'es')).toEqual([
      ['incident-response', 'required'],
      ['python', 'required'],
    ]);
  });
});

describe('job ads: how ads state minimum years', () => {
  const years = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q): unknown[][] =>
      q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
    );

  it('gives no minimum to years in a nice-to-have list', () => {
    const ad = 'Security Engineer\n\nRequirements\n- 2+ years of hands-on experience with Terraform\n\nBonus points\n- 2+ years of PyTorch\n';
    expect(years(ad)).toEqual([['terraform', 2]]);
    const tiers = roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
    expect(tiers).toEqual([
      ['terraform', 'required'],
      ['pytorch', 'preferred'],
    ]);
    expect(years('Security Engineer\n\nRequirements\n- Python\n\nNice to have\n- 3+ years with Kubernetes\n')).toEqual([]);
    expect(years('Security Engineer\n\nRequirements\n- Python\n\nNice to have\n- At least 3 years with Kubernetes\n')).toEqual([]);
  });

  it('reads years of general work narrowed to a skill right after it ("of software development experience in Python") as the skill\'s', () => {
    const ad = (item: string) => `Security Engineer\n\nRequirements\n- ${item}\n`;
    expect(years(ad('At least two (2) years of professional software development experience in Python'))).toEqual([['python', 2]]);
    expect(years(ad('3+ years of software engineering experience with Go'))).toEqual([['go', 3]]);
    expect(years('Ingeniero de seguridad\n\nRequisitos\n- 2 años de experiencia en desarrollo de software con Python\n', 'es')).toEqual([['python', 2]]);
    // A skill after a comma is another item: the years stay general.
    expect(years(ad('8+ years of software engineering experience, including Python'))).toEqual([['totalYears', 8]]);
  });

  it('reads a skill of no field whose name holds a field\'s words ("AI governance") as that skill, no ML years', () => {
    const ad = (item: string) => `AI Governance Manager\n\nRequirements\n- ${item}\n`;
    expect(years(ad('A minimum of 2 years of hands-on work running an AI governance or model risk management programme'))).toEqual([['ai-governance', 2]]);
    expect(years(ad('2+ years of experience in AI governance or model risk management'))).toEqual([['ai-governance', 2]]);
    expect(years(ad('3+ years in AI regulation or privacy'))).toEqual([['ai-regulation|privacy', 3]]);
    expect(years(ad('5+ years in AI governance, risk or compliance roles'))).toEqual([['totalYears', 5]]);
    expect(years(ad('4+ years of relevant professional experience in technology risk, IT audit or AI governance'))).toEqual([['totalYears', 4]]);
    expect(years(ad('3+ years in machine learning or data science'))).toEqual([['mlYears', 3]]);
  });

  it('reads paragraphs set against each other by a line of only "OR" as ways in, neither of them a must', () => {
    const kinds = (ad: string, language?: 'de' | 'fr') =>
      roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q): unknown[][] =>
        q.kind === 'experience' ? [[q.measure, q.minYears, q.hard]] : q.kind === 'degree' ? [[q.minLevel, q.hard]] : [],
      );
    const federal =
      "Security Analyst\n\nQualifications\nYou must meet ONE of the following:\n\nA. Specialized Experience: One year of specialized experience in information security.\n - Monitoring events in a SIEM\n\nOR\n\nB. Education: Master's degree in computer science.\n";
    expect(kinds(federal)).toEqual([
      ['securityYears', 1, false],
      ['master', false],
    ]);
    expect(kinds("Security Analyst\n\nRequirements\n- 3+ years of experience in security operations\n\nor\n\n- A master's degree in cybersecurity\n")).toEqual([
      ['securityYears', 3, false],
      ['master', false],
    ]);
    expect(
      kinds(
        'Security Analyst\n\nDein Profil\nMindestens 3 Jahre Berufserfahrung in der Informationssicherheit.\n\nODER\n\nEin abgeschlossenes Masterstudium in Informatik.\n',
        'de',
      ),
    ).toEqual([
      ['securityYears', 3, false],
      ['master', false],
    ]);
    expect(
      kinds("Analyste sécurité\n\nProfil recherché\nAu moins 3 ans d'expérience en sécurité informatique.\n\nOU\n\nUn master en informatique.\n", 'fr'),
    ).toEqual([
      ['securityYears', 3, false],
      ['master', false],
    ]);
    // Without the line, both are asked.
    expect(kinds("Security Analyst\n\nRequirements\n- 3+ years of experience in security operations\n- A master's degree in cybersecurity\n")).toEqual([
      ['securityYears', 3, true],
      ['master', true],
    ]);
  });

  it('reads a skill qualifying a head, or another bare head ("LLM-based applications or agents"), as the skill\'s years', () => {
    const ad = (item: string) => `AI Red Team Engineer\n\nRequirements\n- ${item}\n`;
    expect(years(ad('1 year of experience red teaming LLM-based applications or agents'))).toEqual([['llm-security', 1]]);
    expect(years(ad('1 year of experience red teaming LLM applications or agents'))).toEqual([['llm-security', 1]]);
    expect(years(ad('2 years of hands-on red teaming of LLM-based chatbots or copilots'))).toEqual([['llm-security', 2]]);
    // A bare item after a skill that qualifies nothing is other work: the years stay the field's.
    expect(years(ad('3 years of experience in penetration testing or consulting'))).toEqual([['securityYears', 3]]);
  });

  it('gives years of skills joined by "and" alone to each skill; "or" leaves them to the field', () => {
    const ad = (item: string) => `Security Engineer\n\nRequirements\n- ${item}\n`;
    expect(
      years(ad('Three (3) or more years of hands-on experience performing security architecture reviews and threat modeling (e.g., STRIDE, attack trees)')),
    ).toEqual([
      ['security-assessment', 3],
      ['threat-modeling', 3],
    ]);
    expect(years(ad('At least 3 years of experience with threat modeling and penetration testing'))).toEqual([
      ['penetration-testing', 3],
      ['threat-modeling', 3],
    ]);
    expect(years('Ingeniero de seguridad\n\nRequisitos\n- al menos 3 años de experiencia en modelado de amenazas y pruebas de penetración\n', 'es')).toEqual([
      ['penetration-testing', 3],
      ['threat-modeling', 3],
    ]);
    expect(years(ad('3+ years in penetration testing or red teaming'))).toEqual([['securityYears', 3]]);
  });

  it('reads a part of years of security work spent on systems that hold ML as no ML years and no ML skill; building ML stays ML years', () => {
    const ad = (item: string) => `Security Engineer\n\nRequirements\n- ${item}\n`;
    const skills = (item: string) => roleFromJobPosting(ad(item)).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));
    const reviewed =
      'Three (3) or more years of hands-on experience performing security architecture reviews and threat modeling, including at least one (1) year in which the systems under review incorporated machine learning or LLM components';
    expect(years(ad(reviewed))).toEqual([
      ['security-assessment', 3],
      ['threat-modeling', 3],
    ]);
    expect(skills(reviewed)).not.toContain('machine-learning');
    expect(years(ad('7+ years in security, including 2+ years building machine learning models'))).toEqual([
      ['mlYears', 2],
      ['securityYears', 7],
    ]);
  });

  it("reads years with a security product named with a capital in a security job's ad as years of its skill", () => {
    expect(years('SOC Analyst II\n\nMUST HAVES:\n- 2+ years hands-on with Splunk – you must be able to write your own SPL searches\n')).toEqual([
      ['security-monitoring', 2],
    ]);
    expect(years('SOC Analyst\n\nRequirements\n- 3+ years with Sumo Logic\n')).toEqual([['security-monitoring', 3]]);
    // A common word of the kind is no product; in an ad of another field the product needs words of security work near it.
    expect(years('SOC Analyst\n\nRequirements\n- 3+ years of scripting and automation\n')).toEqual([['totalYears', 3]]);
    expect(years('Platform Engineer\n\nRequirements\n- 2+ years with Splunk; Python\n')).toEqual([]);
  });

  it('reads "within 2 years you will …" and its kin as a time, no years of experience', () => {
    const requirements = '\n\nRequirements\n- Python\n';
    expect(
      years(`ML Security Engineer\n\nThe role\nWithin 2 years we expect this role to grow into the technical lead for ML platform security.${requirements}`),
    ).toEqual([]);
    expect(years(`ML Security Engineer\n\nThe role\nIn your first two years you will build our cloud security program.${requirements}`)).toEqual([]);
    expect(years(`ML Security Engineer\n\nThe role\nOver the next 3 years you will lead our security engineering roadmap.${requirements}`)).toEqual([]);
    expect(
      years('Ingeniero de seguridad\n\nEl puesto\nDentro de 2 años liderarás el programa de seguridad en la nube.\n\nRequisitos\n- Python\n', 'es'),
    ).toEqual([]);
    expect(
      years(
        'Security Engineer\n\nDie Rolle\nInnerhalb von 2 Jahren übernehmen Sie die technische Leitung der Cloud-Sicherheit.\n\nIhr Profil\n- Python\n',
        'de',
      ),
    ).toEqual([]);
    expect(years('Security Engineer\n\nRequirements\n- 4+ years of security engineering experience within a cloud environment.\n')).toEqual([
      ['securityYears', 4],
    ]);
  });

  it('reads years in IT infrastructure or operations as experience overall, and a part of them in a SOC as security years', () => {
    expect(
      years(
        'SOC Analyst\n\nRequirements\n- Minimum 3 yrs of experience in IT infrastructure / security, of which atleast 2 yrs in a 24x7 SOC environment is mandatory.\n',
      ),
    ).toEqual([
      ['securityYears', 2],
      ['totalYears', 3],
    ]);
    expect(years('SOC Analyst\n\nRequirements\n- 3+ years in IT operations or information security, including 2 years in a SOC.\n')).toEqual([
      ['securityYears', 2],
      ['totalYears', 3],
    ]);
  });

  it('reads a part of the years given as a word and a digit in brackets: "three (3) of which …"', () => {
    expect(
      years(
        'Security Manager\n\nRequirements\n- Seven (7) years of progressive experience in information security, three (3) of which in a leadership capacity managing engineers.\n',
      ),
    ).toEqual([
      ['securityYears', 7],
      ['team-leadership', 3],
    ]);
  });

  it('reads the years of a level label as experience overall, the least of a range; other labels state none', () => {
    const body = '\n\nRequirements\n- Hands-on experience with Python.\n';
    expect(years(`GenAI Security Manager\nLevel: Senior Manager (8+ years) · Reports to: CISO · Direct reports: 5${body}`)).toEqual([['totalYears', 8]]);
    expect(years(`Security Engineer\nSeniority level: Mid-Senior (5-8 years) | Contract: Fixed-term (2 years)${body}`)).toEqual([['totalYears', 5]]);
    expect(years(`Security Engineer\nContract: Fixed-term (2 years)${body}`)).toEqual([]);
    expect(years(`Security Engineer\nLevel: Senior · Team: 12 engineers · 24/7 on-call${body}`)).toEqual([]);
    expect(years('Sicherheitsingenieur (m/w/d)\nKarrierestufe: Senior (ab 6 Jahren Berufserfahrung)\n\nIhr Profil:\n- Erfahrung mit Python.\n', 'de')).toEqual([
      ['totalYears', 6],
    ]);
    expect(years('Ingénieur sécurité\nNiveau : Confirmé (3 à 5 ans)\n\nVotre profil :\n- Expérience avec Python.\n', 'fr')).toEqual([['totalYears', 3]]);
    expect(years('Ingeniero de seguridad\nNivel: Senior (más de 6 años)\n\nRequisitos:\n- Experiencia con Python.\n', 'es')).toEqual([['totalYears', 6]]);
  });

  it("reads a skills table's column of minimum years as the years of the row's skills, not of the examples in brackets", () => {
    expect(
      years(
        'Data Scientist\n\nTechnical skills\n| Skill | Level | Minimum experience |\n|---|---|---|\n| Python (pandas, scikit-learn) | Advanced | 3 years |\n| SQL | Advanced | 3 years |\n| Azure ML / Databricks | Working | - |\n',
      ),
    ).toEqual([
      ['python', 3],
      ['sql', 3],
    ]);
    expect(
      years('Data Scientist\n\nRequirements\n| Skill | Years |\n|---|---|\n| Python | 3+ years |\n| Kubernetes | min. 2 years |\n| Terraform | - |\n'),
    ).toEqual([
      ['python', 3],
      ['kubernetes', 2],
    ]);
    expect(years('Data Scientist\n\nRequirements\nSkill\tLevel\tMinimum experience\nPython (pandas)\tAdvanced\t4 years\nSQL\tWorking\t2 years\n')).toEqual([
      ['python', 4],
      ['sql', 2],
    ]);
    expect(years('Data Scientist\n\nRequirements\n| Contract | 2 years |\n| Python | Advanced |\n')).toEqual([]);
  });

  it('reads bare counts under a column headed "Min. yrs", "Jahre", "Années" or "Años" as minimum years; a wished row keeps none', () => {
    expect(
      years('Engineer\n\nSkills we need:\nSkill | Min. yrs | Priority\nGo | 3 | Must\nTerraform | 2+ | Must\nDocker | 1 | Nice\nSQL | - | Must\n'),
    ).toEqual([
      ['go', 3],
      ['terraform', 2],
    ]);
    expect(
      years('Engineer\n\nRequirements\n| Technology | Years required |\n|---|---|\n| Kubernetes | 4 |\n| GenAI apps (LangChain, LlamaIndex) | 1 |\n'),
    ).toEqual([
      ['kubernetes', 4],
      ['llm-applications', 1],
    ]);
    expect(years('Ingenieur (m/w/d)\n\nIhr Profil\nKenntnis | Mind. Jahre\nPython | 5\nTerraform | 2\n', 'de')).toEqual([
      ['python', 5],
      ['terraform', 2],
    ]);
    expect(years('Ingénieur\n\nVotre profil\n| Compétence | Années min. |\n| Python | 4 |\n', 'fr')).toEqual([['python', 4]]);
    expect(years('Ingeniero\n\nRequisitos\n| Tecnología | Años |\n| Python | 3 |\n', 'es')).toEqual([['python', 3]]);
    // A column of counts with another header (team sizes, levels) gives no years.
    expect(years('Engineer\n\nRequirements\n| Skill | Level (1-5) |\n| Python | 4 |\n')).toEqual([]);
  });

  it('reads a row naming several skills of one field of work as years of that field ("Application security / pen testing | 5")', () => {
    expect(
      years('Security Engineer\n\nSkills matrix\nSkill | Min. yrs | Must / Nice\nApplication security / penetration testing | 5 | Must\nPython | 2 | Must\n'),
    ).toEqual([
      ['securityYears', 5],
      ['python', 2],
    ]);
  });
});

describe('job ads: wishes in headings with "also", "added advantage" and table cells', () => {
  const tiers = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it('reads a wish heading with "also" and "an added advantage" or "an additional plus" as preferred', () => {
    const want = [
      ['python', 'required'],
      ['docker', 'preferred'],
    ];
    expect(tiers("Engineer\n\nWhat you'll need\n- Strong Python\n- SQL\n\nIt would be great if you also have\n- Docker\n")).toEqual([
      ['python', 'required'],
      ['sql', 'required'],
      ['docker', 'preferred'],
    ]);
    expect(tiers('Engineer\n\nRequirements\n- Strong Python\n- Docker is an added advantage\n')).toEqual(want);
    expect(tiers('Engineer\n\nRequirements\n- Strong Python\n- Experience with Docker would be an added bonus.\n')).toEqual(want);
    expect(tiers('Engineer\n\nRequirements\n- Strong Python\n- Basic scripting in Bash is an additional plus.\n')).toEqual([
      ['python', 'required'],
      ['bash', 'preferred'],
    ]);
  });

  it('reads a table row whose cell says only "Asset", "Nice to have", "Atout" or "Wünschenswert" as a wish', () => {
    expect(
      tiers(
        'Data Scientist\n\nTechnical skills\n| Skill | Level | Minimum experience |\n| Python | Advanced | 3 years |\n| PyTorch or TensorFlow | Asset | - |\n',
      ),
    ).toEqual([
      ['python', 'required'],
      ['pytorch|tensorflow', 'preferred'],
    ]);
    expect(tiers('Data Scientist\n\nRequirements\nSkill\tRequired\nPython\tYes\nDocker\tNice to have\n')).toEqual([
      ['python', 'required'],
      ['docker', 'preferred'],
    ]);
    expect(tiers('Data Scientist\n\nVotre profil\n| Compétence | Niveau |\n| Python | Expert |\n| Docker | Atout |\n', 'fr')).toEqual([
      ['python', 'required'],
      ['docker', 'preferred'],
    ]);
    expect(tiers('Datenwissenschaftler\n\nIhr Profil\n| Kenntnis | Stufe |\n| SQL | Fortgeschritten |\n| Docker | Wünschenswert |\n', 'de')).toEqual([
      ['sql', 'required'],
      ['docker', 'preferred'],
    ]);
    expect(tiers('Data Scientist\n\nRequirements\n| Asset management | 3 years |\n| Python | Advanced |\n')).toEqual([['python', 'required']]);
    expect(tiers('Engineer\n\nSkills matrix\nSkill | Min. yrs | Must / Nice\nPython | 3 | Must\nKubernetes | 2 | Nice\n')).toEqual([
      ['python', 'required'],
      ['kubernetes', 'preferred'],
    ]);
  });
});

describe('job ads: experience in key-value headers', () => {
  const years = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q): unknown[][] => (q.kind === 'experience' ? [[q.measure, q.minYears]] : []));
  const ad = (line: string) => `Security Engineer\n${line}\nLocation: Pune\n\nRequirements\n- Python\n`;

  it('reads a label with a word of "required" or "exp" and a range of years as experience overall, the least of the range', () => {
    expect(years(ad('Experience Required: 4 to 8 years'))).toEqual([['totalYears', 4]]);
    expect(years(ad('Exp: 3-5 yrs'))).toEqual([['totalYears', 3]]);
    expect(years(ad('Experience: 3 - 6 Years'))).toEqual([['totalYears', 3]]);
  });

  it('reads a label that holds the year word over a bare count: "Years of experience: 5+"', () => {
    expect(years(ad('Years of experience: 5+'))).toEqual([['totalYears', 5]]);
    expect(years(ad('Experience (years): 3-5'))).toEqual([['totalYears', 3]]);
    expect(years(ad('Contract (years): 2'))).toEqual([]);
    expect(years('Sicherheitsingenieur (m/w/d)\nJahre Berufserfahrung: 3–5\nStandort: Berlin\n\nIhr Profil\n- Python\n', 'de')).toEqual([['totalYears', 3]]);
    expect(years("Ingénieur sécurité\nAnnées d'expérience : 3 à 5\nLieu : Paris\n\nVotre profil\n- Python\n", 'fr')).toEqual([['totalYears', 3]]);
    expect(years('Ingeniero de seguridad\nAños de experiencia: 4+\nUbicación: Madrid\n\nRequisitos\n- Python\n', 'es')).toEqual([['totalYears', 4]]);
  });
});

describe('job ads: duties of talking to a party the work is for', () => {
  const duties = (line: string, language?: 'de' | 'fr' | 'es') => {
    const heads = {
      en: ['What you will do', 'What you need', '- Python'],
      de: ['Deine Aufgaben', 'Dein Profil', '- Python'],
      fr: ['Vos missions', 'Votre profil', '- Python'],
      es: ['Tus funciones', 'Tu perfil', '- Python'],
    }[language ?? 'en'];
    const ad = `Security Engineer\n\n${heads[0]}\n- ${line}\n\n${heads[1]}\n${heads[2]}\n`;
    return roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' && q.tier === 'duty' ? q.skills : []));
  };

  it('reads explaining, walking through, debriefing or discussing with clients, partners or executives as stakeholder communication', () => {
    expect(duties('Explain ML risk in plain language to Legal, Risk and our bank partners')).toEqual(['stakeholder-communication']);
    expect(duties('Walk customers through the findings of each assessment')).toEqual(['stakeholder-communication']);
    expect(duties('Debrief engineers and executives after each engagement')).toEqual(['stakeholder-communication']);
    expect(duties('Represent the company in technical discussions with regulators and partner organisations')).toEqual(['stakeholder-communication']);
    expect(duties('Serve as a subject matter expert to leadership')).toEqual(['stakeholder-communication']);
    expect(duties('Du berichtest regelmäßig an die Geschäftsführung', 'de')).toEqual(['stakeholder-communication']);
    // A reporting line is no report: "Du berichtest direkt an die Geschäftsführung" names the hire's manager.
    expect(duties('Du berichtest direkt an die Geschäftsführung', 'de')).toEqual([]);
    expect(duties('Du stellst Deine Ergebnisse im Security Board vor', 'de')).toEqual(['stakeholder-communication']);
    expect(duties('Expliquer les risques aux équipes juridiques et aux partenaires', 'fr')).toEqual(['stakeholder-communication']);
    expect(duties('Explicar los riesgos a los equipos legales y a los socios', 'es')).toEqual(['stakeholder-communication']);
  });

  it('reads neither a mail server nor an explanation with no party as stakeholder communication', () => {
    expect(duties('Run Exchange for our customers')).toEqual([]);
    expect(duties('Explain how the release pipeline works in the design document')).toEqual([]);
  });

  it('reads the head the hire reports to as someone else, not as leading a team', () => {
    expect(duties("You'll report to our Head of Security")).toEqual([]);
    expect(duties('Du berichtest an unseren Head of Platform', 'de')).toEqual([]);
    expect(duties('Reportarás a nuestro Head of Security', 'es')).toEqual([]);
  });
});

describe('job ads: duties of handling vulnerabilities', () => {
  const duties = (line: string, language?: 'de' | 'fr' | 'es') => {
    const heads = {
      en: ['What you will do', 'What you need'],
      de: ['Deine Aufgaben', 'Dein Profil'],
      fr: ['Vos missions', 'Votre profil'],
      es: ['Tus funciones', 'Tu perfil'],
    }[language ?? 'en'];
    const ad = `Security Engineer\n\n${heads[0]}\n- ${line}\n\n${heads[1]}\n- Python\n`;
    return roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' && q.tier === 'duty' ? q.skills : []));
  };

  it('reads triaging, tracking, prioritising or patching vulnerabilities or CVEs as vulnerability management', () => {
    expect(duties('Track vulnerabilities in ML libraries to closure')).toEqual(['vulnerability-management']);
    expect(duties('Prioritise and patch critical CVEs in our base images')).toEqual(['vulnerability-management']);
    expect(duties('Suivre les vulnérabilités critiques et coordonner leur correction', 'fr')).toEqual(['vulnerability-management']);
    expect(duties('Gestionar el ciclo de vulnerabilidades', 'es')).toEqual(['vulnerability-management']);
  });

  it('reads neither news of vulnerabilities, a search for them nor a bot that fixes them as vulnerability management', () => {
    expect(duties('Track emerging vulnerabilities in open-source ML libraries')).toEqual([]);
    expect(duties('Triage model outputs for vulnerabilities before go-live')).not.toContain('vulnerability-management');
    expect(duties('Build bots that find and patch vulnerabilities automatically')).not.toContain('vulnerability-management');
  });
});

describe('job ads: round p40', () => {
  const skills = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it.each([
    ['es', 'Analista\n\nConocimientos necesarios\nCISSP\nModelado de amenazas\nSeguridad en la nube\n\nRequisitos mínimos\n- Experiencia en Python.'],
    ['es', 'Analista\n\nConocimientos necesarios\nSIEM\nGCIH\nModelado de amenazas\nSeguridad en la nube\n\nRequisitos mínimos\n- Experiencia en Python.'],
    [undefined, 'Analyst\n\nMust have:\nOSCP\nThreat modeling\nCloud security\n\nWhat you will do\n- Python scripting'],
  ] as const)('reads a lone word in capitals right under a list heading as an item of its list, not a heading (%s)', (language, ad) => {
    const got = skills(ad, language);
    expect(got).toContainEqual(['threat-modeling', 'required']);
    expect(got).toContainEqual(['cloud-security', 'required']);
  });
  it.each([
    ['es', 'Analista\n\nConocimientos necesarios\nPython\nIA generativa\nDocker'],
    ['fr', 'Analyste\n\nCompétences requises\n- Python, IA générative, Docker'],
    ['de', 'Analyst\n\nIhr Profil\n- Python, generative KI, Docker'],
    [undefined, 'Analyst\n\nRequirements\n- Python, Generative AI, Docker'],
  ] as const)('reads generative AI named in a list of skills as LLM applications (%s)', (language, ad) => {
    expect(skills(ad, language)).toContainEqual(['llm-applications', 'required']);
  });

  it.each([
    ['es', 'Analista\n\nRequisitos mínimos\n- Experiencia en seguridad de IA generativa: inyección de prompts y jailbreaks.'],
    [undefined, 'Analyst\n\nRequirements\n- Experience red teaming generative AI systems for prompt injection'],
  ] as const)('reads no LLM applications in generative AI that is tested or secured (%s)', (language, ad) => {
    expect(skills(ad, language).map(([id]) => id)).not.toContain('llm-applications');
  });
  it.each([
    ['Solid experience securing cloud infrastructure - ideally AWS', 'cloud-security', 'aws'],
    ['Cloud security experience — Azure preferred', 'cloud-security', 'azure'],
    ['3+ years hands-on with a SIEM – Sentinel strongly preferred, Splunk is fine', 'security-monitoring', undefined],
    ['Threat modeling experience - Kubernetes a plus', 'threat-modeling', 'kubernetes'],
  ] as const)('reads a wish after a spaced dash as softening only what it names: %s', (line, required, preferred) => {
    const got = skills(`Analyst\n\nRequirements\n- ${line}\n- Python`);
    expect(got).toContainEqual([required, 'required']);
    if (preferred) expect(got).toContainEqual([preferred, 'preferred']);
  });

  it("reads a wish after an aside set between two dashes as the whole sentence's", () => {
    expect(skills('Analyst\n\nRequirements\n- Experience securing LLM applications — prompt injection, jailbreaks — will set you apart\n- Python')).toEqual([
      ['llm-security', 'preferred'],
      ['python', 'required'],
    ]);
  });

  it('reads a dash followed by wish words alone as a wish for the whole item', () => {
    expect(skills('Analyst\n\nRequirements\n- Go - nice to have\n- Python')).toEqual([
      ['go', 'preferred'],
      ['python', 'required'],
    ]);
  });
  const conditions = (line: string, language?: 'de' | 'fr' | 'es') =>
    (roleFromJobPosting(`Analyst\n\nRequirements\n- Python\n\n${line}`, language ? { language } : {}).notes ?? []).map((n) => n.condition);

  it.each([
    ["We're fully remote, but you need to be in a US or Canadian time zone.", undefined, 'location'],
    ['Remote-first; you must be based in a European time zone.', undefined, 'location'],
    ['Vous devez résider dans un fuseau horaire européen.', 'fr', 'location'],
    ['Debes residir en una zona horaria de Europa.', 'es', 'location'],
    ['Du musst in einer europäischen Zeitzone wohnen.', 'de', 'location'],
    ['The whole team gets together in person about three times a year.', undefined, 'travel'],
    ['We meet in person twice a year in Lisbon.', undefined, 'travel'],
    ["L'équipe se retrouve en personne trois fois par an.", 'fr', 'travel'],
    ['El equipo se reúne en persona dos veces al año.', 'es', 'travel'],
    ['Das Team trifft sich zweimal im Jahr persönlich.', 'de', 'travel'],
  ] as const)('reads a time zone to live in as location, and meeting in person a few times a year as travel: %s', (line, language, condition) => {
    expect(conditions(line, language)).toContain(condition);
  });

  it('reads working across time zones as no condition', () => {
    expect(conditions('You are comfortable working asynchronously across time zones.')).toEqual([]);
    expect(conditions('Our customers are in every time zone.')).toEqual([]);
  });
  it.each([
    ['What you will do', 'Perform security reviews of Java and Go source code for our payment services', 'duty'],
    ['What you will do', 'Run security audits of the source code of our mobile apps', 'duty'],
    ['Requirements', 'You can read a Go codebase and spot the injection flaw', 'required'],
  ])('reads reviewing source code or a codebase for security flaws as secure code review: %s / %s', (heading, line, tier) => {
    expect(skills(`Analyst\n\n${heading}\n- ${line}\n\nAbout us\nWe are a bank.`)).toContainEqual(['secure-code-review', tier]);
  });

  it('reads neither a codebase to work in nor a source code escrow as secure code review', () => {
    expect(
      skills('Analyst\n\nWhat you will do\n- Work in a large TypeScript codebase\n- Manage the source code escrow for customers').map(([id]) => id),
    ).not.toContain('secure-code-review');
  });
  it('reads drift alerting on production models as model monitoring, and configuration drift alerting as none', () => {
    expect(skills('Analyst\n\nWhat you will do\n- Set up drift and anomaly alerting on our production models\n\nAbout us\nWe are a bank.')).toContainEqual([
      'model-monitoring',
      'duty',
    ]);
    expect(
      skills('Analyst\n\nWhat you will do\n- Set up configuration drift alerting for Terraform stacks\n\nAbout us\nWe are a bank.').map(([id]) => id),
    ).not.toContain('model-monitoring');
  });
  const experience = (line: string) =>
    roleFromJobPosting(`Analyst\n\nRequirements\n- ${line}\n- Python`).requirements.flatMap((q) => (q.kind === 'experience' ? [[q.measure, q.minYears]] : []));

  it.each([
    ['You have been writing production software for at least five years.', 'totalYears', 5],
    ["you've been shipping backend services for 6+ years, and you care about security", 'totalYears', 6],
    ['You have been doing security engineering for four years.', 'securityYears', 4],
  ] as const)('reads years that measure an activity still going on as experience in its field, else overall: %s', (line, measure, years) => {
    expect(experience(line)).toEqual([[measure, years]]);
  });

  it('reads years that something is kept for as no experience', () => {
    expect(experience('Logs are kept for 5 years.')).toEqual([]);
  });
  it('reads prose after "What we think makes someone great here:" as required, sentence after sentence', () => {
    const ad =
      "Security Engineer\n\nWe build agents for accountants. You'd write Go every week.\n\nWhat we think makes someone great here: you know appsec well. You can read a TypeScript codebase and spot the injection flaw. You're comfortable in AWS.\n";
    const got = skills(ad);
    expect(got).toContainEqual(['typescript', 'required']);
    expect(got).toContainEqual(['aws', 'required']);
    expect(got).toContainEqual(['go', 'duty']);
  });
});

describe('job ads: duties written as plans, prose under a job board heading, and lists that mix in requirements', () => {
  const tiers = (ad: string, language?: 'de' | 'fr' | 'es') => Object.fromEntries(tiersOf(ad, language));

  it('reads an item of a duties list that states what the candidate must have as required, the others as duties', () => {
    const ad =
      'Detection Engineer\n\nResponsibilities\n- Write and tune detection rules for our SOC\n- Must have at least 4 years of experience in security engineering\n- Strong in Go and SQL\n- Hands-on experience with Terraform is mandatory\n- Coach two junior analysts\n';
    expect(tiers(ad)).toEqual({
      'security-monitoring': 'duty',
      securityYears: 'required',
      go: 'required',
      sql: 'required',
      terraform: 'required',
      mentoring: 'duty',
    });
    const role = roleFromJobPosting(ad);
    expect(role.requirements.find((q) => q.kind === 'experience')?.hard).toBe(true);
    const numbered =
      'Data Scientist\n\nKey Responsibilities\n1. Train forecasting models with scikit-learn\n2. Proficient in Python; knowledge of Docker is a plus\n3. Excellent communication skills for presenting results to business stakeholders\n4. Mentor interns\n';
    expect(tiers(numbered)).toEqual({
      'machine-learning': 'duty',
      python: 'required',
      docker: 'preferred',
      'stakeholder-communication': 'required',
      mentoring: 'duty',
    });
  });

  it('reads such items in German, French and Spanish duties lists', () => {
    expect(
      tiers('Security Engineer\n\nIhre Aufgaben\n- Sie entwickeln Erkennungsregeln für unser SOC\n- Fundierte Kenntnisse in Python und Terraform\n', 'de'),
    ).toEqual({
      'security-monitoring': 'duty',
      python: 'required',
      terraform: 'required',
    });
    expect(tiers('Ingénieur sécurité\n\nVos missions\n- Durcir nos clusters Kubernetes\n- Bonne maîtrise de Terraform et de Python\n', 'fr')).toEqual({
      kubernetes: 'duty',
      terraform: 'required',
      python: 'required',
    });
    expect(tiers('Ingeniero de seguridad\n\nFunciones\n- Endurecer nuestros clústeres de Kubernetes\n- Experiencia con Terraform y Python\n', 'es')).toEqual({
      kubernetes: 'duty',
      terraform: 'required',
      python: 'required',
    });
  });

  it('reads the prose under "About the job" as the duties when no duties heading follows, and as the company blurb when one does', () => {
    const prose =
      'Security Engineer\nAcme\n\nAbout the job\nAcme builds payroll software for 3,000 companies.\n\nYou will write detection rules for the SOC and coach engineers on secure coding.\n\nWhat you bring\n- 5+ years in application security\n- Python\n';
    expect(tiers(prose)).toMatchObject({ 'security-monitoring': 'duty', mentoring: 'duty', 'application-security': 'required', python: 'required' });
    const headed =
      'Security Engineer\nAcme\n\nAbout the job\nAcme builds payroll software. Our platform runs on AWS and GCP.\n\nResponsibilities\n- Write detection rules for the SOC\n\nRequirements\n- Python\n';
    expect(tiers(headed)).toEqual({ 'security-monitoring': 'duty', python: 'required' });
  });

  it('reads a plan of the first 30, 60 and 90 days as the duties', () => {
    const ad =
      'Platform Security Engineer\n\nThe role\nYou will be our first platform security hire.\n\nYour first 30 days\n- Review our Terraform modules\n\nBy day 90\n- Own vulnerability management for container images; the current process is a year old\n\nWhat we need\n- Python\n';
    expect(tiers(ad)).toEqual({ terraform: 'duty', 'vulnerability-management': 'duty', python: 'required' });
    const de = 'Security Engineer\n\nDeine ersten 90 Tage\n- Du überprüfst unsere Terraform-Module\n\nDein Profil\n- Python\n';
    expect(tiers(de, 'de')).toEqual({ terraform: 'duty', python: 'required' });
  });
});

describe('job ads: duties of investigating incidents', () => {
  const duties = (line: string, language?: 'de' | 'fr' | 'es') => {
    const heads = {
      en: ['What you will do', 'What you need'],
      de: ['Deine Aufgaben', 'Dein Profil'],
      fr: ['Vos missions', 'Votre profil'],
      es: ['Tus funciones', 'Tu perfil'],
    }[language ?? 'en'];
    const ad = `Security Engineer\n\n${heads[0]}\n- ${line}\n\n${heads[1]}\n- Python\n`;
    return roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' && q.tier === 'duty' ? q.skills : []));
  };

  it('reads investigating incidents or eradicating a threat as incident response', () => {
    expect(duties('Lead incident investigations for our cloud tenants')).toEqual(['incident-response']);
    expect(duties('Drive containment and eradication with the customer')).toEqual(['incident-response']);
    expect(duties('Conduire les investigations sur les incidents remontés par le N1', 'fr')).toEqual(['incident-response']);
    expect(duties('Dirigir la contención y la erradicación de la amenaza', 'es')).toEqual(['incident-response']);
    expect(duties('Realizar la investigación de incidentes escalados', 'es')).toEqual(['incident-response']);
    expect(duties('Du übernimmst die Untersuchung von Vorfällen in der Cloud', 'de')).toEqual(['incident-response']);
  });

  it('reads no workplace safety investigation as incident response', () => {
    expect(duties('Support workplace safety incident investigations')).toEqual([]);
  });
});

describe('job ads: round p44', () => {
  const tiers = (text: string, language?: 'de' | 'fr' | 'es') =>
    Object.fromEntries(
      roleFromJobPosting(text, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills.map((s) => [s, q.tier]) : [])),
    );

  it('reads the first unbulleted line under a list heading, alone after a blank line, as the list’s first item', () => {
    const wishes = 'SOC Analyst\nAcme\n\nWhat you need:\n\n3+ years in security\nPython\n\nBonus points:\n\nTerraform or Ansible\nSome PowerShell\n';
    expect(tiers(wishes)).toMatchObject({ python: 'required', terraform: 'preferred', bash: 'preferred' });
    const duties = 'Cloud Security Engineer\nAcme\n\nWhat you will do\n\nTune Splunk alerts\nWrite Terraform for the landing zone\n\nRequirements\n\nPython\n';
    expect(tiers(duties)).toEqual({ 'security-monitoring': 'duty', terraform: 'duty', python: 'required' });
    const de = 'Security Engineer\nAcme GmbH\n\nWünschenswert:\n\nTerraform oder Ansible\nEtwas PowerShell\n\nIhr Profil:\n\nPython\n';
    expect(tiers(de, 'de')).toMatchObject({ terraform: 'preferred', bash: 'preferred', python: 'required' });
  });

  it('reads telling a party of the work as stakeholder communication', () => {
    const duty = (line: string, language?: 'de' | 'fr' | 'es') => {
      const heads = { en: 'What you will do', de: 'Ihre Aufgaben', fr: 'Vos missions', es: 'Tus funciones' }[language ?? 'en'];
      return tiers(`Security Engineer\n\n${heads}\n- ${line}\n- Python\n`, language)['stakeholder-communication'];
    };
    expect(duty('Communicate audit results to leadership and the product owners')).toBe('duty');
    expect(duty('Keep stakeholders updated while an incident is open')).toBe('duty');
    expect(duty('Keep customer information and endpoints updated')).toBeUndefined();
    expect(duty('Build tooling for the security community and share it with clients')).toBeUndefined();
    expect(duty('Communiquer les résultats des audits à la direction', 'fr')).toBe('duty');
    expect(duty('Mantener informados a los clientes durante un incidente', 'es')).toBe('duty');
    expect(duty('Die Kunden während eines Vorfalls auf dem Laufenden halten', 'de')).toBe('duty');
    expect(duty('Keep the runbooks updated')).toBeUndefined();
    expect(duty('Communicate with the network team')).toBeUndefined();
  });

  it('reads working rights, travel cover, tertiary qualifications and APRA CPS 234 as Australian ads mean them', () => {
    const ad =
      'Risk Analyst\nAcme\n\nAbout you\n- Tertiary qualifications in information systems or computer science\n- Python\n\nHighly regarded\n- Familiarity with APRA CPS 234\n\nBenefits\n- Discounted travel cover for your family\n\nYou must have full working rights in Australia.\n';
    const role = roleFromJobPosting(ad);
    expect((role.notes ?? []).map((n) => n.condition)).toEqual(['work-authorization']);
    expect(role.requirements.find((q) => q.kind === 'degree')).toMatchObject({ minLevel: 'bachelor', tier: 'required' });
    expect(tiers(ad)).toMatchObject({ python: 'required', 'security-compliance': 'preferred' });
    expect(
      (roleFromJobPosting('Analyst\n\nRequirements\n- Python\n\nCandidates need work rights in New Zealand.\n').notes ?? []).map((n) => n.condition),
    ).toEqual(['work-authorization']);
  });
});

describe('job ads: drift of models in German, French and Spanish', () => {
  const duties = (line: string, language: 'de' | 'fr' | 'es') => {
    const heads = { de: ['Deine Aufgaben', 'Dein Profil'], fr: ['Vos missions', 'Votre profil'], es: ['Tus funciones', 'Tu perfil'] }[language];
    const ad = `Security Engineer\n\n${heads[0]}\n- ${line}\n\n${heads[1]}\n- Python\n`;
    return roleFromJobPosting(ad, { language }).requirements.flatMap((q) => (q.kind === 'skill' && q.tier === 'duty' ? q.skills : []));
  };

  it('reads alerts on the drift of models as model monitoring', () => {
    expect(duties('Configurar alertas de drift para los modelos de scoring', 'es')).toContain('model-monitoring');
    expect(duties('Mettre en place des alertes de drift sur les modèles en production', 'fr')).toContain('model-monitoring');
    expect(duties('Du richtest Drift-Alarme für unsere Modelle ein', 'de')).toContain('model-monitoring');
  });
});

describe('job ads: a heading with a typo (edit distance behind a letter-count pre-check)', () => {
  it.each([
    ['Qualifcations', 'required'],
    ['Responsibilites', 'duty'],
    ['Prefered qualifications', 'preferred'],
  ])('%s', (heading, tier) => {
    const role = roleFromJobPosting(`Security Engineer\n\nAbout us\nWe build things.\n\n${heading}\n- Kubernetes\n- Terraform\n`);
    expect(role.requirements.filter((q) => q.kind === 'skill').map((q) => [q.skills[0], q.tier])).toEqual([
      ['kubernetes', tier],
      ['terraform', tier],
    ]);
  });
});

describe('job ads: round p45', () => {
  const rows = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.map((q) => [
      q.kind,
      q.kind === 'skill' ? q.skills.join('|') : q.kind === 'certification' ? q.anyOf.join('|') : '',
      q.tier,
      q.hard,
    ]);

  it.each([
    [
      'Engineer\n\nYou will run our models on Kubernetes.\n\nWe think the person who will thrive here has shipped Python services. It would be great if you have used Docker.',
      undefined,
    ],
    ["Engineer\n\nYou will run our models on Kubernetes.\n\nThe candidate who'll succeed in this role brings strong Python and knows Docker.", undefined],
    ['Ingénieur\n\nVous déploierez nos modèles sur Kubernetes.\n\nLe candidat idéal maîtrise Python et connaît Docker.', 'fr'],
    ['Ingeniero\n\nDesplegarás nuestros modelos en Kubernetes.\n\nEl candidato ideal tiene experiencia con Python y Docker.', 'es'],
  ] as const)('reads unheaded prose about the person who will do well as required: %s', (ad, language) => {
    const tiers = Object.fromEntries(rows(ad, language).map((r) => [r[1], r[2]]));
    expect(tiers).toMatchObject({ kubernetes: 'duty', python: 'required' });
    expect(tiers.docker).toBe(ad.includes('great if') ? 'preferred' : 'required');
  });

  it('reads "will be added advantage" and "is added advantage" (no article) as a wish', () => {
    expect(
      rows('Engineer\n\nRequirements\n- Strong Python\n- Knowledge of Docker will be added advantage\n- Exposure to Terraform is added advantage\n'),
    ).toEqual([
      ['skill', 'python', 'required', false],
      ['skill', 'docker', 'preferred', false],
      ['skill', 'terraform', 'preferred', false],
    ]);
  });

  it('reads "absolutely not a must" and "not a must" as no requirement', () => {
    expect(rows('Engineer\n\nNice to have\n- Go\n- CKA or CKS (nice to have, absolutely not a must)\n')).toEqual([
      ['skill', 'go', 'preferred', false],
      ['certification', 'cka|cks', 'preferred', false],
    ]);
    expect(rows('Engineer\n\nRequirements\n- Python\n- CISSP (not a must)\n')).toEqual([
      ['skill', 'python', 'required', false],
      ['certification', 'cissp', 'preferred', false],
    ]);
  });

  it('reads a German duty with the separable verb "einbringen" as a duty, and "… mitbringen" as what is asked', () => {
    const tiers = (line: string) =>
      Object.fromEntries(
        roleFromJobPosting(`Security Engineer\n\nIhre Aufgaben\n- ${line}\n\nIhr Profil\n- Python\n`, { language: 'de' }).requirements.flatMap((q) =>
          q.kind === 'skill' ? q.skills.map((s) => [s, q.tier]) : [],
        ),
      );
    expect(tiers('Du bringst dich aktiv in die Einführung von Kubernetes ein')).toEqual({ kubernetes: 'duty', python: 'required' });
    expect(tiers('Sie bringen gemeinsam mit der Compliance die Anforderungen des Cyber Resilience Act in die Entwicklung ein')).toEqual({
      'security-compliance': 'duty',
      python: 'required',
    });
    expect(tiers('Sie bringen mehrjährige Erfahrung mit Kubernetes mit')).toEqual({ kubernetes: 'required', python: 'required' });
    expect(tiers('Du bringst Kubernetes-Kenntnisse mit')).toEqual({ kubernetes: 'required', python: 'required' });
  });

  it('reads the Cyber Resilience Act as security compliance and a French security "doctrine" as policy', () => {
    const duties = (line: string, language?: 'fr') => {
      const heads = language === 'fr' ? ['Vos missions', 'Votre profil'] : ['What you will do', 'Requirements'];
      return roleFromJobPosting(`Security Engineer\n\n${heads[0]}\n- ${line}\n\n${heads[1]}\n- Python\n`, language ? { language } : {}).requirements.flatMap(
        (q) => (q.kind === 'skill' && q.tier === 'duty' ? q.skills : []),
      );
    };
    expect(duties('Prepare our products for the EU Cyber Resilience Act')).toContain('security-compliance');
    expect(duties("Définir la doctrine de sécurité du groupe pour les usages de l'IA", 'fr')).toContain('policy-development');
    expect(duties('Rédiger la doctrine de cybersécurité', 'fr')).toContain('policy-development');
    expect(duties('Appliquer la doctrine militaire', 'fr')).not.toContain('policy-development');
  });

  it('reads work authorization and travel from a sentence of their own on a line with an equal-opportunity statement', () => {
    const conditions = (tail: string, language?: 'fr') =>
      (roleFromJobPosting(`Engineer\n\nRequirements\n- Python\n\n${tail}\n`, language ? { language } : {}).notes ?? []).map((n) => n.condition);
    expect(
      conditions('You must be authorized to work in the US; we cannot sponsor visas. Acme is an equal opportunity employer and welcomes everyone.'),
    ).toEqual(['work-authorization']);
    expect(
      conditions(
        'Acme is an equal opportunity employer. The whole team gets together in Lisbon twice a year, and candidates need the right to work in the UK.',
      ),
    ).toEqual(['work-authorization', 'travel']);
    expect(conditions('We hire without regard to race, religion, citizenship or immigration status.')).toEqual([]);
    expect(conditions("Toute l'équipe se retrouve à Lyon deux fois par an.", 'fr')).toEqual(['travel']);
  });

  it('reads explaining security in plain words to the business or management ("vulgariser") as stakeholder communication', () => {
    const skills = (line: string) =>
      roleFromJobPosting(`Ingénieur sécurité\n\nVotre profil\n- Python\n- ${line}\n`, { language: 'fr' }).requirements.flatMap((q) =>
        q.kind === 'skill' ? q.skills : [],
      );
    expect(skills('Capacité à vulgariser auprès des métiers comme de la direction générale')).toContain('stakeholder-communication');
    expect(skills('Un goût pour la vulgarisation des risques cyber auprès des dirigeants')).toContain('stakeholder-communication');
    expect(skills('Goût pour la vulgarisation scientifique auprès du grand public')).not.toContain('stakeholder-communication');
  });

  it('reads the risks of large language models as no model risk management', () => {
    const skills = (line: string) => rows(`Engineer\n\nRequirements\n- Python\n- ${line}\n`).map((r) => r[1]);
    expect(skills('Familiarity with large language model risks such as jailbreaks')).not.toContain('ai-governance');
    expect(skills('Awareness of foundation model risks and mitigations')).not.toContain('ai-governance');
    expect(skills('Model risk management (SR 11-7)')).toContain('ai-governance');
  });
});

describe("job ads: recruiter emails (the client's must list, years in a sentence of their own, baseline vetting)", () => {
  const read = (text: string, language: 'en' | 'de' | 'fr' | 'es' = 'en') => {
    const role = roleFromJobPosting(text, { language });
    return {
      reqs: role.requirements.map((q) => [requirementId(q), q.tier, 'minYears' in q ? q.minYears : null, q.hard]),
      notes: (role.notes ?? []).map((n) => n.condition),
    };
  };

  it.each([
    ['en', 'Security Lead\n\nWhat the client is looking for:\n- Python\n- Terraform\n'],
    ['en', "Security Lead\n\nWhat they're after\n- Python\n- Terraform\n"],
    ['de', 'Sicherheitsberater (m/w/d)\n\nWas unser Kunde sucht:\n- Python\n- Terraform\n'],
    ['fr', 'Consultant sécurité\n\nCe que notre client recherche :\n- Python\n- Terraform\n'],
    ['es', 'Consultor de seguridad\n\nLo que busca nuestro cliente:\n- Python\n- Terraform\n'],
  ] as const)("%s: a recruiter's heading for what the client is after opens the must list (%s)", (language, text) => {
    expect(read(text, language).reqs.map((r) => r.slice(0, 2))).toEqual([
      ['python', 'required'],
      ['terraform', 'required'],
    ]);
  });

  it('reads years in a short sentence of their own closing an item as years of the field the item names', () => {
    expect(
      read('Security Lead\n\nRequirements\n- Solid background in offensive security, from a consultancy or an in-house team. Think 6+ yrs\n').reqs,
    ).toContainEqual(['securityYears', 'required', 6, true]);
    expect(read('Security Lead\n\nRequirements\n- Hands-on experience in information security at a bank or insurer. Roughly 5 years.\n').reqs).toEqual([
      ['securityYears', 'required', 5, true],
    ]);
    // A wish word before the number makes the figure a guide.
    expect(read('Security Lead\n\nRequirements\n- Strong background in information security for a bank or insurer. Ideally 4+ years\n').reqs).toEqual([
      ['securityYears', 'preferred', 4, false],
    ]);
  });

  it('reads baseline vetting named among other pre-employment checks as a background check, not a clearance', () => {
    expect(
      read('Analyst\n\nRequirements\n- Python\n\nOther bits\n- Pre-employment vetting (BPSS, credit checks and criminal record checks) before you start\n'),
    ).toEqual({
      reqs: [['python', 'required', null, false]],
      notes: ['background-check'],
    });
    expect(read('Analyst\n\nRequirements\n- Python\n\nOther bits\n- Standard vetting (BPSS, criminal record checks) applies to all hires\n').reqs).toEqual([
      ['python', 'required', null, false],
    ]);
    // Named as a clearance it stays one.
    expect(read('Analyst\n\nRequirements\n- Python\n- Must hold BPSS clearance\n').reqs).toContainEqual(['clearance', 'required', null, true]);
  });
});

describe('job ads: a clearance named bare among the conditions of employment', () => {
  const read = (text: string, language: 'en' | 'de' | 'fr' | 'es' = 'en') => {
    const role = roleFromJobPosting(text, { language });
    return {
      reqs: role.requirements.map((q) => [requirementId(q), q.tier, q.kind === 'clearance' ? q.active : null]),
      notes: (role.notes ?? []).map((n) => [n.condition, n.level ?? null]),
    };
  };

  it.each([
    [
      'en',
      'Senior Advisor\n\nEssential qualifications\n- Python\n\nConditions of employment\nSecret security clearance\nWilling to travel within the province\n',
    ],
    ['en', 'Senior Advisor\n\nEssential qualifications\n- Python\n\nCondition of employment:\n- Top Secret clearance\n'],
    ['fr', "Conseiller principal\n\nQualifications essentielles\n- Python\n\nConditions d'emploi\nCote de sécurité Secret\n"],
    ['de', 'Berater (m/w/d)\n\nDein Profil\n- Python\n\nEinstellungsvoraussetzungen\n- Sicherheitsüberprüfung Ü2\n'],
  ] as const)('%s: is obtained once selected, a note (%s)', (language, text) => {
    const role = read(text, language);
    expect(role.reqs).toEqual([['python', 'required', null]]);
    expect(role.notes.filter(([c]) => c === 'clearance-obtainable')).toHaveLength(1);
  });

  it('stays a clearance to hold when the clause says it is held, or when it stands among the requirements', () => {
    expect(
      read('Advisor\n\nEssential qualifications\n- Python\n\nConditions of employment\n- Active Secret clearance held at the time of application\n').reqs,
    ).toEqual([
      ['python', 'required', null],
      ['clearance', 'required', true],
    ]);
    expect(read('Advisor\n\nRequirements\n- Python\n- Secret security clearance\n').reqs).toEqual([
      ['python', 'required', null],
      ['clearance', 'required', true],
    ]);
  });
});

describe('job ads: two years of post-secondary study as an associate degree', () => {
  const read = (text: string, language: 'en' | 'fr' | 'es' = 'en') =>
    roleFromJobPosting(text, { language }).requirements.map((q) => [requirementId(q), q.tier, q.kind === 'degree' ? q.minLevel : null]);

  it.each([
    [
      'en',
      'Analyst\n\nEssential qualifications\n- Successful completion of two years of an accredited post-secondary program in information technology\n- Python\n',
    ],
    ['fr', "Analyste\n\nQualifications essentielles\n- Deux années d'études postsecondaires en informatique\n- Python\n"],
    ['es', 'Analista\n\nRequisitos\n- Dos años de estudios postsecundarios en informática\n- Python\n'],
  ] as const)('%s: an associate degree, and no years of experience (%s)', (language, text) => {
    expect(read(text, language)).toEqual([
      ['degree', 'required', 'associate'],
      ['python', 'required', null],
    ]);
  });

  it('keeps the essential degree when a higher one is only an asset', () => {
    expect(
      read(
        'Analyst\n\nEssential qualifications\n- Two years of an acceptable post-secondary program in computer science\n- Python\n\nAsset qualifications\n- A graduate degree in law\n',
      ),
    ).toContainEqual(['degree', 'required', 'associate']);
  });
});

describe('job ads: years that a footnote gives a starred word', () => {
  const read = (text: string, language: 'en' | 'fr' = 'en') =>
    roleFromJobPosting(text, { language }).requirements.map((q) => [requirementId(q), q.tier, 'minYears' in q ? (q.minYears ?? null) : null]);

  it.each([
    [
      'en',
      'Policy Analyst\n\nEssential qualifications\n- Significant* experience in information security.\n- Python\n\n*Significant experience is defined as experience normally acquired over approximately four (4) years.\n',
      [
        ['securityYears', 'required', 4],
        ['python', 'required', null],
      ],
    ],
    [
      'en',
      'Policy Analyst\n\nEssential qualifications\n- Extensive** experience with Python\n- Recent* experience in machine learning\n\n*Recent experience is defined as experience acquired within the last three (3) years.\n**Extensive experience means at least five (5) years of hands-on work.\n',
      [
        ['python', 'required', 5],
        ['machine-learning', 'required', null],
      ],
    ],
    [
      'fr',
      "Analyste\n\nQualifications essentielles\n- Expérience significative* en sécurité de l'information\n- Python\n\n*L'expérience significative se définit comme une expérience acquise sur une période d'environ trois (3) ans.\n",
      [
        ['securityYears', 'required', 3],
        ['python', 'required', null],
      ],
    ],
  ] as const)('%s: %s', (language, text, want) => {
    expect(read(text, language)).toEqual(want);
  });

  it('gives no years to a starred word without a footnote, or whose footnote states a time, not a length', () => {
    expect(read('Analyst\n\nRequirements\n- Recent* experience in machine learning\n- Python\n\n*Recent means within the last two (2) years.\n')).toEqual([
      ['machine-learning', 'required', null],
      ['python', 'required', null],
    ]);
  });
});

describe('job ads: "Strong candidates may also have" opens the wish list', () => {
  it.each([
    ['en', 'Security Engineer\n\nYou may be a good fit if you:\n- Python\n\nStrong candidates may also have:\n- Terraform\n'],
    ['en', 'Security Engineer\n\nRequirements\n- Python\n\nGreat candidates will also bring\n- Terraform\n'],
    ['de', 'Security Engineer (m/w/d)\n\nDein Profil\n- Python\n\nStarke Kandidatinnen und Kandidaten bringen zusätzlich mit:\n- Terraform\n'],
    ['fr', 'Ingénieur sécurité\n\nProfil recherché\n- Python\n\nLes meilleurs candidats auront aussi :\n- Terraform\n'],
    ['es', 'Ingeniero de seguridad\n\nRequisitos\n- Python\n\nLos mejores candidatos también tendrán:\n- Terraform\n'],
  ] as const)('%s: %s', (language, text) => {
    expect(roleFromJobPosting(text, { language }).requirements.map((q) => [requirementId(q), q.tier])).toEqual([
      ['python', 'required'],
      ['terraform', 'preferred'],
    ]);
  });
});

describe('job ads: round p48', () => {
  const rows = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.map((q) => [
      q.kind,
      q.kind === 'skill' ? q.skills.join('|') : q.kind === 'degree' ? q.minLevel : q.kind === 'experience' ? q.measure : '',
      q.tier,
      q.hard,
    ]);
  const skills = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    ['Security Analyst\n\nPreferred candidate profile\n- 3-6 yrs of experience in information security\n- Python\n\nGood to have:\n- Terraform\n'],
    ['Security Analyst\n\nPreferred Candidate Profile:\n- 3-6 yrs of experience in information security\n- Python\n\nGood to have:\n- Terraform\n'],
  ])('reads Naukri\'s "Preferred candidate profile" as the must list: %s', (ad) => {
    expect(rows(ad)).toEqual([
      ['experience', 'securityYears', 'required', true],
      ['skill', 'python', 'required', false],
      ['skill', 'terraform', 'preferred', false],
    ]);
  });

  it.each([
    ['en', "Engineer\n\nRequirements\n- Python\n- Terraform\n\nWe don't have a degree requirement - we hire on what you can do.\n"],
    ['en', "Engineer\n\nRequirements\n- Python\n- Terraform\n\nYou don't need to hold a degree.\n"],
    ['en', 'Engineer\n\nRequirements\n- Python\n- Terraform\n\nWe do not require candidates to have a degree.\n'],
    ['de', 'Ingenieur (m/w/d)\n\nAnforderungen\n- Python\n- Terraform\n\nEin abgeschlossenes Studium ist keine Voraussetzung.\n'],
    ['fr', "Ingénieur\n\nProfil recherché\n- Python\n- Terraform\n\nPas besoin d'avoir un master.\n"],
    ['es', 'Ingeniero\n\nRequisitos\n- Python\n- Terraform\n\nNo exigimos titulación universitaria.\n'],
  ] as const)('%s: a degree the ad says it does not ask for is none (%s)', (language, ad) => {
    expect(rows(ad, language === 'en' ? undefined : language).filter((r) => r[0] === 'degree')).toEqual([]);
  });

  it('keeps a degree asked in a clause that waives something else after a comma', () => {
    expect(rows("Engineer\n\nRequirements\n- Bachelor's degree in CS, we don't require certifications\n- Python\n").filter((r) => r[0] === 'degree')).toEqual([
      ['degree', 'bachelor', 'required', true],
    ]);
  });

  it.each([
    ['en', 'Security Manager\n\nThis is a new role reporting to the Deputy CISO, with a team of four.\n\nRequirements\n- Python\n- Terraform\n'],
    ['en', 'Security Manager\n\nThe position reports directly to the CISO.\n\nRequirements\n- Python\n- Terraform\n'],
    ['fr', 'Responsable sécurité\n\nLe poste est rattaché au RSSI.\n\nProfil recherché\n- Python\n- Terraform\n'],
    ['es', 'Responsable de seguridad\n\nEs un puesto con reporte al CISO.\n\nRequisitos\n- Python\n- Terraform\n'],
  ] as const)('%s: the post a reporting line belongs to names the manager, no communication (%s)', (language, ad) => {
    expect(skills(ad, language === 'en' ? undefined : language)).not.toContain('stakeholder-communication');
  });

  it('still reads reporting to the CISO as a duty of communication', () => {
    expect(skills('Security Manager\n\nWhat you will do\n- Weekly reporting to the CISO on risk\n\nRequirements\n- Python\n')).toContain(
      'stakeholder-communication',
    );
  });

  it.each([['Red team our own agents before our customers do'], ['Red-team the AI agents that act on behalf of our users']])(
    'reads red teaming of AI agents as LLM security, no penetration testing: %s',
    (line) => {
      const found = skills(`AI Security Engineer\n\nWhat you'll do\n- ${line}\n\nRequirements\n- Python\n`);
      expect(found).toContain('llm-security');
      expect(found).not.toContain('penetration-testing');
    },
  );

  it('reads "US citizens or green card holders" as work authorization, no citizenship', () => {
    const notes =
      roleFromJobPosting('Engineer\n\nRequirements\n- Python\n- Terraform\n\nUS citizens or green card holders only, no sponsorship.\n').notes ?? [];
    expect(notes.map((n) => n.condition)).toEqual(['work-authorization']);
  });
  it.each([['Sie konzipieren Schulungen für Führungskräfte und Mitarbeitende'], ['Du entwickelst Awareness-Formate für Führungskräfte']])(
    'de: training designed for leaders is no team leadership: %s',
    (line) => {
      expect(skills(`Spezialist (m/w/d)\n\nIhre Aufgaben\n- ${line}\n\nIhr Profil\n- Python\n`, 'de')).not.toContain('team-leadership');
    },
  );

  it('de: still reads leading as a "Führungskraft" as team leadership', () => {
    expect(skills('Teamleiter (m/w/d)\n\nIhr Profil\n- Erfahrung als Führungskraft eines Teams von fünf Analysten\n- Python\n', 'de')).toContain(
      'team-leadership',
    );
  });

  it.each([
    ['Sie können komplexe Sachverhalte gegenüber Vorstand und Fachbereichen verständlich darstellen'],
    ['Fähigkeit, Risiken dem Vorstand klar darzustellen'],
  ])('de: setting matters out to the board is stakeholder communication: %s', (line) => {
    expect(skills(`Spezialist (m/w/d)\n\nIhr Profil\n- ${line}\n- Python\n`, 'de')).toContain('stakeholder-communication');
  });

  it.each([
    ["Faire évoluer nos pipelines d'entraînement avec l'équipe data engineering", 'data-engineering'],
    ['Travailler au quotidien avec les équipes data science', 'machine-learning'],
  ])('fr: a team named in English after "équipe" is no evidence: %s', (line, id) => {
    expect(skills(`Ingénieur ML\n\nTes missions\n- ${line}\n\nProfil recherché\n- Python\n`, 'fr')).not.toContain(id);
  });

  it.each([
    ['fr', 'Ingénieur ML\n\nTes missions\n- Accompagner au quotidien un data scientist junior\n\nProfil recherché\n- Python\n'],
    ['fr', 'Ingénieur ML\n\nTes missions\n- Accompagner dans leur montée en compétences deux stagiaires\n\nProfil recherché\n- Python\n'],
    ['es', 'Ingeniero ML\n\nFunciones\n- Acompañar a diario a dos perfiles junior\n\nRequisitos\n- Python\n'],
  ] as const)('%s: accompanying a junior a few words on is mentoring (%s)', (language, ad) => {
    expect(skills(ad, language)).toContain('mentoring');
  });
  it.each([['Ability to explain findings clearly to product managers and engineering leads'], ['Can explain risk trade-offs to engineering managers']])(
    'reads explaining to managers or leads as stakeholder communication: %s',
    (line) => {
      expect(skills(`Security Analyst\n\nRequirements\n- ${line}\n- Python\n`)).toContain('stakeholder-communication');
    },
  );

  it('does not read explaining a model to managers as communication of the work', () => {
    expect(skills('Data Scientist\n\nRequirements\n- Explain model predictions to product managers with SHAP\n- Python\n')).not.toContain(
      'stakeholder-communication',
    );
  });

  it.each([
    ['Monitor adherence to the internal AI usage policy', false],
    ['Track adherence to the acceptable AI usage policy across teams', false],
    ['Write the AI usage policy for the company', true],
  ])('reads monitoring adherence to a usage policy as no policy writing: %s', (line, writes) => {
    const found = skills(`AI Governance Analyst\n\nResponsibilities\n- ${line}\n\nRequirements\n- Python\n`);
    expect(found.includes('policy-development')).toBe(writes);
  });

  it.each([
    [
      'en',
      'AI Security Engineer\n\nWhat you will do\n- Conduct security assessments of ML systems before they ship, from data ingest through model hosting\n\nRequirements\n- Python\n',
    ],
    [
      'fr',
      "Ingénieur sécurité IA\n\nTes missions\n- Mener des audits de sécurité des systèmes d'IA utilisés par nos équipes, depuis l'ingestion des données jusqu'au déploiement des modèles\n\nProfil recherché\n- Python\n",
    ],
    [
      'es',
      'Ingeniero de seguridad IA\n\nFunciones\n- Realizar evaluaciones de seguridad de los sistemas de IA del banco, desde la ingesta de datos hasta el despliegue de modelos\n\nRequisitos\n- Python\n',
    ],
  ] as const)('%s: a range closing a clause of security work names the stages secured, no ML work (%s)', (language, ad) => {
    const found = skills(ad, language === 'en' ? undefined : language);
    expect(found).toContain('security-assessment');
    expect(found).not.toContain('mlops');
    expect(found).not.toContain('ml-deployment');
  });

  it('still reads a range of ML work with no security work as that work', () => {
    expect(
      skills('ML Engineer\n\nWhat you will do\n- Own the ML platform for our analysts, from data ingestion to model serving\n\nRequirements\n- Python\n'),
    ).toContain('mlops');
  });
  it.each([
    ["ML Engineer\n\nYou'll train ranking models.\n\nYou'll probably be a good fit if you write production Python every day. And you know Terraform.\n"],
    ['ML Engineer\n\nYou will train ranking models.\n\nYou would be a great fit here if you write production Python every day. You also know Terraform.\n'],
  ])('reads prose after "you\'ll probably be a good fit if" as required to the paragraph\'s end: %s', (ad) => {
    const tiers = Object.fromEntries(rows(ad).map((r) => [r[1], r[2]]));
    expect(tiers).toMatchObject({ python: 'required', terraform: 'required' });
  });
  it.each([
    ['en', "Security Engineer\n\nYou'll work directly with our founders and our Head of Security (ex-big-tech red team).\n\nRequirements\n- Python\n"],
    ['fr', 'Ingénieur sécurité\n\nTu travailleras avec notre RSSI (ancien red team chez un grand cabinet).\n\nProfil recherché\n- Python\n'],
    ['de', 'Security Engineer (m/w/d)\n\nDu arbeitest mit unserem CISO (ehemals Red Team bei einer Großbank).\n\nDein Profil\n- Python\n'],
  ] as const)("%s: a colleague's former red team named in an ad asks for no penetration testing (%s)", (language, ad) => {
    expect(skills(ad, language === 'en' ? undefined : language)).not.toContain('penetration-testing');
  });

  it('still reads red team exercises the hire runs as penetration testing', () => {
    expect(skills('Security Engineer\n\nYou will run red team exercises against our payment apps.\n\nRequirements\n- Python\n')).toContain(
      'penetration-testing',
    );
  });
  it.each([
    [
      'en',
      "Security Engineer\n\nRequirements\n- You've worked in application security for a few years. We'd say 5+ is typical.\n- Python\n",
      'securityYears',
      5,
    ],
    ['en', 'ML Engineer\n\nRequirements\n- Several years of machine learning in production. Think 3+.\n- Python\n', 'mlYears', 3],
    [
      'de',
      'Security Engineer (m/w/d)\n\nDein Profil\n- Du arbeitest seit einigen Jahren in der Informationssicherheit. Wir denken an 4+.\n- Python\n',
      'securityYears',
      4,
    ],
    [
      'fr',
      "Ingénieur sécurité\n\nProfil recherché\n- Tu as plusieurs années d'expérience en sécurité informatique. Idéalement 5+.\n- Python\n",
      'securityYears',
      5,
    ],
  ] as const)('%s: years named with no count take the count of the next sentence (%s)', (language, ad, measure, years) => {
    const role = roleFromJobPosting(ad, language === 'en' ? {} : { language });
    const found = role.requirements
      .filter((q) => q.kind === 'experience')
      .map((q) => [q.kind === 'experience' ? q.measure : '', 'minYears' in q ? q.minYears : null]);
    expect(found).toEqual([[measure, years]]);
  });

  it('gives vague years no count when the next sentence counts something else', () => {
    const role = roleFromJobPosting('Security Engineer\n\nRequirements\n- You have done security work for a few years. We have 3 offices.\n- Python\n');
    expect(role.requirements.filter((q) => q.kind === 'experience')).toEqual([]);
  });
});

describe('job ads: round p49', () => {
  const skills = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));
  const conditions = (ad: string) => (roleFromJobPosting(ad).notes ?? []).map((n) => n.condition);

  it.each([
    ['Lead and develop a team of three privacy analysts.'],
    ['Lead and support a team of 4 detection engineers.'],
    ['Guide a team of five security analysts and review their deliverables.'],
  ])('reads leading a team of a headcount after a second verb as team leadership: %s', (line) => {
    expect(skills(`Security Lead\n\nResponsibilities\n- ${line}\n\nRequirements\n- Python\n`)).toContain('team-leadership');
  });

  it.each([
    ['fr', 'Ingénieur sécurité\n\nVos missions\n- Rattaché au Responsable du SOC, vous rejoignez une équipe de 12 analystes.\n\nProfil recherché\n- Python\n'],
    [
      'de',
      'Security Engineer (m/w/d)\n\nDeine Aufgaben\n- Du berichtest an den Head of Security und verstärkst ein Team von fünf Analysten.\n\nDein Profil\n- Python\n',
    ],
    ['es', 'Ingeniero/a de seguridad\n\nFunciones\n- Reportando al responsable del SOC, te unirás a un equipo de 8 analistas.\n\nRequisitos\n- Python\n'],
  ] as const)('%s: joining a team of a headcount under its head is no team leadership (%s)', (language, ad) => {
    expect(skills(ad, language)).not.toContain('team-leadership');
  });

  it('still reads joining a team of five as no team leadership', () => {
    expect(skills('Security Engineer\n\nResponsibilities\n- Join a team of 5 analysts led by our CISO.\n\nRequirements\n- Python\n')).not.toContain(
      'team-leadership',
    );
  });

  it.each([['Good to have: VAPT background.'], ['Hands-on VAPT experience for web and mobile apps'], ['Exposure to VAPT engagements is a plus']])(
    'reads VAPT as penetration testing: %s',
    (line) => {
      expect(skills(`Security Engineer\n\nRequirements\n- Python\n- ${line}\n`)).toContain('penetration-testing');
    },
  );

  it.each([['Monitorización de modelos en producción (drift, alertas).'], ['Monitoreo de los modelos en producción y sus alertas.']])(
    'es: monitoring models in production asks for no deployment: %s',
    (line) => {
      expect(skills(`Ingeniero/a de ML\n\nRequisitos\n- Python\n\nValorable\n- ${line}\n`, 'es')).not.toContain('ml-deployment');
    },
  );

  it.each([
    ['Garantizar un despliegue seguro de modelos en producción, con monitorización y registro.'],
    ['Despliegue seguro de los modelos en producción: accesos, monitorización y trazas.'],
  ])('es: a secure deployment of models to production with its monitoring is still ML deployment: %s', (line) => {
    expect(skills(`Ingeniero/a MLSecOps\n\nFunciones\n- ${line}\n\nRequisitos\n- Python\n`, 'es')).toContain('ml-deployment');
  });

  it('es: still reads deploying models to production as ML deployment', () => {
    expect(
      skills('Ingeniero/a de ML\n\n¿Qué harás?\n- Desplegar los modelos en producción como APIs de inferencia.\n\nRequisitos\n- Python\n', 'es'),
    ).toContain('ml-deployment');
  });

  it.each([
    ['es', 'Ingeniero/a de ML\n\nRequisitos\n- Python\n\nValorable\n- Conocimiento de técnicas adversariales contra modelos de fraude.\n'],
    ['fr', 'Ingénieur ML\n\nProfil recherché\n- Python\n\nUn plus\n- Connaissance des techniques adversariales sur les modèles.\n'],
    ['de', 'ML Engineer (m/w/d)\n\nDein Profil\n- Python\n\nWünschenswert\n- Kenntnisse adversarialer Techniken gegen ML-Modelle\n'],
  ] as const)('%s: adversarial techniques are adversarial ML (%s)', (language, ad) => {
    expect(skills(ad, language)).toContain('adversarial-ml');
  });

  it.each([
    ['Security Analyst\n\nRequirements\n- Python\n\nWork from office (5 days) - Pune or Chennai.\n'],
    ['Security Analyst\n\nRequirements\n- Python\n\nThis is a work from office role in Bengaluru.\n'],
  ])('reads "work from office" as a location condition: %s', (ad) => {
    expect(conditions(ad)).toContain('location');
  });

  it.each([
    ['Clearance: active TS/SCI REQUIRED (the customer will not sponsor or accept in-process clearances)'],
    ['Active Secret clearance required; we cannot sponsor or accept interim clearances.'],
    ['Clearance: Top Secret, current (the agency does not sponsor or accept pending)'],
  ])('reads a clearance the employer will not sponsor as no work authorisation: %s', (line) => {
    expect(conditions(`ML Engineer\n\nRequirements\n- Python\n- ${line}\n`)).not.toContain('work-authorization');
  });
});

describe('job ads: round p49, more skills', () => {
  const skills = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    ['en', 'Security Engineer\n\nRequirements\n- Python\n\nNice to have\n- You have trained a model yourself, even for fun\n'],
    ['de', 'Security Engineer (m/w/d)\n\nDein Profil\n- Python\n\nWünschenswert\n- Du hast schon einmal selbst ein Modell trainiert\n'],
    ['fr', 'Ingénieur sécurité\n\nProfil recherché\n- Python\n\nUn plus\n- Tu as déjà entraîné un modèle toi-même\n'],
    ['es', 'Ingeniero/a de seguridad\n\nRequisitos\n- Python\n\nValorable\n- Haber entrenado un modelo por tu cuenta\n'],
  ] as const)('%s: having trained a model is machine learning (%s)', (language, ad) => {
    expect(skills(ad, language === 'en' ? undefined : language)).toContain('machine-learning');
  });

  it.each([['Track compliance with OMB memoranda on agency use of AI.'], ['Apply the OMB memoranda governing federal AI use to new systems.']])(
    'reads OMB memoranda on AI as AI regulation: %s',
    (line) => {
      expect(skills(`IT Specialist\n\nDuties\n- ${line}\n\nRequirements\n- Python\n`)).toContain('ai-regulation');
    },
  );
});

describe('job ads: round p49, a cue never spans a line break before a list mark', () => {
  const tiers = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it.each([
    ['Security Engineer\n\nRequirements\n- Python\n\nNice to have\n- You have used Terraform in production\n'],
    ['Security Engineer\n\nRequirements\n- Python\n\nGood to have\n - You have written Terraform modules\n'],
  ])('reads "have⏎- You …" as no question: %s', (ad) => {
    expect(tiers(ad)).toContainEqual(['terraform', 'preferred']);
  });

  it('still reads a question as no requirement', () => {
    expect(tiers('Security Engineer\n\nRequirements\n- Python\n- Have you used Terraform? Tell us.\n')).not.toContainEqual(['terraform', 'required']);
  });
});

describe('job ads: round p49, security tools one builds', () => {
  const skills = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    ['en', "Security Engineer\n\nRequirements\n- Python\n\nNice to have\n- You've built your own security tools (CLIs, scanners)\n"],
    ['fr', 'Ingénieur sécurité\n\nProfil recherché\n- Python\n\nUn plus\n- Tu as développé tes propres outils de sécurité (scanners, bots)\n'],
    ['de', 'Security Engineer (m/w/d)\n\nDein Profil\n- Python\n\nWünschenswert\n- Du hast eigene Sicherheitstools entwickelt\n'],
    ['es', 'Ingeniero/a de seguridad\n\nRequisitos\n- Python\n\nValorable\n- Haber desarrollado tus propias herramientas de seguridad\n'],
  ] as const)('%s: security tools one builds are security automation (%s)', (language, ad) => {
    expect(skills(ad, language === 'en' ? undefined : language)).toContain('security-automation');
  });

  it.each([
    ['fr', 'Ingénieur sécurité\n\nProfil recherché\n- Python\n- Tu maîtrises les outils de sécurité du marché\n'],
    ['es', 'Ingeniero/a de seguridad\n\nRequisitos\n- Python\n- Manejo de herramientas de seguridad comerciales\n'],
  ] as const)('%s: security tools one uses are no security automation (%s)', (language, ad) => {
    expect(skills(ad, language)).not.toContain('security-automation');
  });
});

describe("job ads: round p49, the customers' own audits", () => {
  const skills = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    ['fr', 'Ingénieur sécurité\n\nTes missions\n- Accompagner les clients pendant leurs audits de sécurité\n\nProfil recherché\n- Python\n'],
    ['de', 'Security Engineer (m/w/d)\n\nDeine Aufgaben\n- Du begleitest Kunden bei ihren Sicherheitsaudits\n\nDein Profil\n- Python\n'],
  ] as const)('%s: helping customers through their own audits is no audit work (%s)', (language, ad) => {
    const found = skills(ad, language);
    expect(found).not.toContain('audit');
    expect(found).not.toContain('security-assessment');
  });

  it('still reads security audits the hire runs as audit work', () => {
    expect(skills('Security Engineer\n\nWhat you will do\n- Run security audits of our cloud accounts\n\nRequirements\n- Python\n')).toContain(
      'security-assessment',
    );
  });
});

describe('job ads: round p49, tiers', () => {
  const tiers = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it.each([
    [
      'en',
      'Security Engineer\n\nWhat you will do\n- Review code in our Python backend and TypeScript front end\n\nRequirements\n- Python\n\nNice to have\n- TypeScript or JavaScript\n',
    ],
    [
      'fr',
      'Ingénieur sécurité\n\nTes missions\n- Revue de code sur notre backend Python et notre front TypeScript\n\nCe qu’on attend de toi\n- Python\n\nUn plus\n- TypeScript ou JavaScript\n',
    ],
    [
      'de',
      'Security Engineer (m/w/d)\n\nDeine Aufgaben\n- Code-Reviews unseres TypeScript-Frontends\n\nDein Profil\n- Python\n\nWünschenswert\n- TypeScript oder JavaScript\n',
    ],
  ] as const)("%s: a duty's skill wished for as one of a choice is no duty of its own (%s)", (language, ad) => {
    const found = tiers(ad, language === 'en' ? undefined : language);
    expect(found).toContainEqual(['typescript|javascript', 'preferred']);
    expect(found).not.toContainEqual(['typescript', 'duty']);
  });

  it('keeps a duty skill that no stronger choice names', () => {
    expect(
      tiers('Security Engineer\n\nWhat you will do\n- Maintain our Terraform modules\n\nRequirements\n- Python\n\nNice to have\n- TypeScript or JavaScript\n'),
    ).toContainEqual(['terraform', 'duty']);
  });
});

describe('job ads: a part of the years before it opening the next sentence', () => {
  const years = (text: string) =>
    roleFromJobPosting(`Engineer\n\nRequirements\n- ${text}\n- Python\n`, { languages: allLanguages }).requirements.flatMap((q) =>
      q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears ? [[q.skills.join('|'), q.minYears]] : [],
    );

  it('reads a count with "of those" at the start of a sentence as a part of the years of the sentence before it', () => {
    expect(years('8+ years of software engineering experience. At least 4 of those years building ML models in production.')).toEqual([
      ['mlYears', 4],
      ['totalYears', 8],
    ]);
    expect(years('6+ years in cybersecurity. At least two of them in cloud security.')).toEqual([
      ['securityYears', 6],
      ['cloud-security', 2],
    ]);
    expect(years('Mínimo 6 años de experiencia en TI. De ellos, al menos 2 en ciberseguridad.')).toEqual([
      ['securityYears', 2],
      ['totalYears', 6],
    ]);
  });

  it('reads a list item that opens with such a part as a part of the years of the item right before it', () => {
    const items = (lines: string) =>
      roleFromJobPosting(`Engineer\n\nRequirements\n${lines}- Python\n`, { languages: allLanguages }).requirements.flatMap((q) =>
        q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears ? [[q.skills.join('|'), q.minYears]] : [],
      );
    expect(items('- 8 years of relevant experience\n- At least 4 of those years actually building ML models\n')).toEqual([
      ['totalYears', 8],
      ['mlYears', 4],
    ]);
    expect(items('- 6+ years in cybersecurity\n- Of those, at least 2 in cloud security\n')).toEqual([
      ['securityYears', 6],
      ['cloud-security', 2],
    ]);
    expect(items('- Mindestens 7 Jahre Berufserfahrung in der IT\n- Davon mindestens 3 in der Informationssicherheit\n')).toEqual([
      ['totalYears', 7],
      ['securityYears', 3],
    ]);
    expect(items('- Strong Kubernetes skills\n- At least 4 of those clusters in production\n')).toEqual([]);
  });

  it('leaves a sentence with no part words, or no years before it, as it was', () => {
    expect(years('5+ years of experience in security engineering. The team has grown 3 times in 2 years.')).toEqual([['securityYears', 5]]);
    expect(years('Security engineering experience. At least 4 of those projects in cloud security.')).toEqual([]);
  });
});

describe('job ads: round p51', () => {
  const tiers = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it.each([
    ['en', 'Security Analyst\n\nAbout you\nTo succeed in this role you will need:\n- Solid Python skills\n- Exposure to Terraform\n'],
    ['en', 'Security Analyst\n\nWho you are\nTo be successful here you will have:\n- Solid Python skills\n- Exposure to Terraform\n'],
    ['de', 'Security Analyst (m/w/d)\n\nDein Profil\nUm in dieser Rolle erfolgreich zu sein, bringst du mit:\n- Python\n- Terraform\n'],
    ['fr', 'Analyste sécurité\n\nTon profil\nPour réussir dans ce poste, tu as :\n- Python\n- Terraform\n'],
    ['es', 'Analista de seguridad\n\nSobre ti\nPara tener éxito en este puesto necesitarás:\n- Python\n- Terraform\n'],
  ] as const)('%s: a lead-in of what it takes to succeed in the role opens the requirements (%s)', (language, ad) => {
    const found = tiers(ad, language === 'en' ? undefined : language);
    expect(found).toEqual([
      ['python', 'required'],
      ['terraform', 'required'],
    ]);
  });
});

describe('job ads: round p51, influencing executives', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'Risk Manager\n\nRequirements\n- The ability to influence senior executives and the board\n',
    'Risk Manager\n\nRequirements\n- Confidence to challenge and influence executives\n',
    'Chargé de risques\n\nProfil recherché\n- Capacité à convaincre et influencer la direction\n',
    'Gestor de riesgos\n\nRequisitos\n- Capacidad para influir en la dirección\n',
  ])('reads influencing executives as stakeholder communication (%s)', (ad) => {
    expect(skills(ad)).toContain('stakeholder-communication');
  });

  it('leaves influence over other things alone', () => {
    expect(skills('Risk Manager\n\nRequirements\n- Understanding of how controls influence model behaviour\n- Python\n')).not.toContain(
      'stakeholder-communication',
    );
  });
});

describe('job ads: round p51, a must word that names a thing', () => {
  const tiers = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it.each([
    'GRC Lead\n\nRequirements\n- Python\n\nNice to have\n- Awareness of the proposed mandatory guardrails under the EU AI Act\n',
    'GRC Lead\n\nRequirements\n- Python\n\nHighly regarded\n- Familiarity with mandatory breach notification rules under GDPR\n',
    'Responsable GRC\n\nProfil recherché\n- Python\n\nUn plus\n- Connaissance des notifications obligatoires du RGPD\n',
    'Responsable GRC\n\nRequisitos\n- Python\n\nSe valorará\n- Conocimiento de las obligaciones obligatorias del RGPD\n',
  ])('keeps a wish that names a mandatory thing a wish (%s)', (ad) => {
    expect(tiers(ad).filter(([, tier]) => tier === 'required')).toEqual([['python', 'required']]);
  });

  it('still reads "mandatory" said of what the ad asks', () => {
    expect(tiers('GRC Lead\n\nNice to have\n- Python\n- GDPR knowledge is mandatory\n')).toContainEqual(['privacy', 'required']);
  });
});

describe('job ads: round p51, skill words', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    ['Platform Security Engineer\n\nResponsibilities\n- Harden the container images we ship to production\n\nRequirements\n- Python\n', 'docker'],
    ['Platform Security Engineer (m/w/d)\n\nDeine Aufgaben\n- Du härtest unsere Container-Images\n\nDein Profil\n- Python\n', 'docker'],
    ['Ingénieur sécurité plateforme\n\nTes missions\n- Durcir nos images de conteneurs\n\nProfil recherché\n- Python\n', 'docker'],
    ['Ingeniero de seguridad\n\nFunciones\n- Bastionar las imágenes de contenedores de la plataforma\n\nRequisitos\n- Python\n', 'docker'],
    ['Detection Engineer\n\nResponsibilities\n- Write and tune detection content for the SOC\n\nRequirements\n- Python\n', 'security-monitoring'],
    ['Security Architect\n\nResponsibilities\n- Map controls to the national cyber security framework\n\nRequirements\n- Python\n', 'security-compliance'],
    [
      'AI Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie schulen unsere Entwicklerinnen und Entwickler zu sicherer Programmierung\n\nIhr Profil\n- Python\n',
      'mentoring',
    ],
    ['Consultor GRC\n\nFunciones\n- Coordinar a un equipo de 2-3 consultores en los proyectos\n\nRequisitos\n- Python\n', 'team-leadership'],
  ] as const)('reads %s as %s', (ad, id) => {
    expect(skills(ad)).toContain(id);
  });

  it.each([
    ['KI-Governance Manager (m/w/d)\n\nIhre Aufgaben\n- Sie schulen Fachbereiche und IT zu unseren KI-Vorgaben\n\nIhr Profil\n- Python\n', 'mentoring'],
    ['Consultor GRC\n\nFunciones\n- Coordinar a los proveedores externos del proyecto\n\nRequisitos\n- Python\n', 'team-leadership'],
  ] as const)('does not read %s as %s', (ad, id) => {
    expect(skills(ad)).not.toContain(id);
  });
});

describe('job ads: round p51, years in a role of a field', () => {
  const years = (ad: string) =>
    roleFromJobPosting(ad).requirements.flatMap((q) =>
      q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears ? [[q.skills.join('|'), q.minYears]] : [],
    );

  it.each([
    [
      'Security Architect\n\nRequirements\n- 10+ years in IT, with at least 5 years in a security architecture role\n',
      [
        ['securityYears', 5],
        ['totalYears', 10],
      ],
    ],
    ['Security Architect\n\nRequirements\n- 4+ years in a penetration testing role\n', [['securityYears', 4]]],
    ['Architecte sécurité\n\nProfil recherché\n- Au moins 5 ans sur un poste en architecture de sécurité\n', [['securityYears', 5]]],
  ] as const)('reads years of a job held in a skill’s field as the field’s (%s)', (ad, expected) => {
    expect(years(ad)).toEqual(expected);
  });

  it('keeps the years of the skill itself', () => {
    expect(years('Security Architect\n\nRequirements\n- 10+ years in IT, with at least 5 years of security architecture\n')).toEqual([
      ['totalYears', 10],
      ['security-assessment', 5],
    ]);
  });
});

describe('job ads: round p51, years attacking a thing of another field', () => {
  const years = (ad: string) =>
    roleFromJobPosting(ad).requirements.flatMap((q) =>
      q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears ? [[q.skills.join('|'), q.minYears]] : [],
    );

  it.each([
    ['AI Red Teamer\n\nRequirements\n- 3+ years attacking machine learning models (e.g., evasion attacks, poisoning attacks)\n', [['adversarial-ml', 3]]],
    ['AI Red Teamer\n\nRequirements\n- At least 2 years of experience attacking ML systems\n', [['securityYears', 2]]],
    ['Red Teamer IA\n\nProfil recherché\n- Au moins 2 ans à attaquer des systèmes de machine learning\n', [['securityYears', 2]]],
  ] as const)('reads years attacking ML as security work, or the one skill its examples name (%s)', (ad, expected) => {
    expect(years(ad)).toEqual(expected);
  });
});

describe('job ads: round p51, a language for tooling', () => {
  const tiers = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it.each([
    'Red Team Operator\n\nRequirements\n- Proficiency in Python for tooling and exploit development\n',
    'Red Team Operator\n\nRequirements\n- Go or Python for tooling, payloads and exploit work\n',
  ])('reads a language asked for tooling as the language, no security automation (%s)', (ad) => {
    expect(tiers(ad).map(([id]) => id)).not.toContain('security-automation');
  });

  it('still reads tooling built for security work as security automation', () => {
    expect(tiers('Security Engineer\n\nRequirements\n- You have built tooling that triages security findings\n')).toContainEqual([
      'security-automation',
      'required',
    ]);
  });
});

describe('job ads: round p51, a vocational IT training instead of a degree', () => {
  const degree = (ad: string) => roleFromJobPosting(ad).requirements.find((q) => q.kind === 'degree');

  it.each([
    'Security Engineer (m/w/d)\n\nIhr Profil\n- Abgeschlossenes Studium der Informatik – alternativ eine abgeschlossene IT-Ausbildung mit einschlägiger Berufserfahrung\n- Python\n',
    'Security Engineer (m/w/d)\n\nDein Profil\n- Abgeschlossenes Studium der Wirtschaftsinformatik oder eine abgeschlossene IT-Berufsausbildung\n- Python\n',
  ])('keeps the degree soft (%s)', (ad) => {
    expect(degree(ad)).toMatchObject({ minLevel: 'bachelor', hard: false });
  });

  it('keeps a degree with no other route hard', () => {
    expect(degree('Security Engineer (m/w/d)\n\nIhr Profil\n- Abgeschlossenes Studium der Informatik\n- Python\n')).toMatchObject({ hard: true });
  });
});

describe('job ads: round p51, visas the employer cannot sponsor', () => {
  const conditions = (ad: string) => (roleFromJobPosting(ad).notes ?? []).map((n) => n.condition);

  it.each([
    'Security Engineer\n\nRequirements\n- Python\n\nSorry, we can’t sponsor visas right now.\n',
    'Security Engineer\n\nRequirements\n- Python\n\nPlease note we won’t sponsor a visa for this role.\n',
  ])('reads it as work authorization (%s)', (ad) => {
    expect(conditions(ad)).toContain('work-authorization');
  });

  it('reads no condition from visas the employer sponsors', () => {
    expect(conditions('Security Engineer\n\nRequirements\n- Python\n\nWe sponsor visas, including H-1B.\n')).not.toContain('work-authorization');
  });
});

describe('job ads: round p51, audit work and audit qualifications', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it('reads assurance reviews of controls as audit', () => {
    expect(skills('AI Risk Manager\n\nResponsibilities\n- Perform assurance reviews of key model controls\n\nRequirements\n- Python\n')).toContain('audit');
  });

  it('reads an audit qualification as the certification, not audit work', () => {
    const ad = 'AI Risk Manager\n\nRequirements\n- Python\n\nDesirable\n- A risk or audit qualification such as CISA or CRISC\n';
    expect(skills(ad)).not.toContain('audit');
    expect(skills('AI Risk Manager\n\nRequirements\n- Python\n- Audit experience in a bank\n')).toContain('audit');
  });
});

describe('job ads: round p51, ML systems that security work is done against', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'AI Red Team Operator\n\nResponsibilities\n- Run penetration tests against computer vision models\n\nRequirements\n- Python\n',
    'Red Teamer IA\n\nMissions\n- Mener des tests d’intrusion contre nos systèmes de vision par ordinateur\n\nProfil recherché\n- Python\n',
  ])('reads them as what is attacked, no ML work (%s)', (ad) => {
    expect(skills(ad)).not.toContain('deep-learning');
    expect(skills(ad)).toContain('penetration-testing');
  });
});

describe('job ads: round p51, IAM among network controls of a cloud', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it('reads IAM beside VPCs as cloud security', () => {
    const found = skills('Cloud Security Engineer\n\nRequirements\n- You know cloud security well (IAM, VPC design, org policies)\n');
    expect(found).toContain('cloud-security');
    expect(found).not.toContain('identity-access-management');
  });

  it('still reads IAM on its own', () => {
    expect(skills('Security Engineer\n\nRequirements\n- Strong IAM fundamentals: SSO, MFA and access reviews\n')).toContain('identity-access-management');
  });
});

describe('job ads: round p51, German parties before the object of the duty', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'AI Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie bewerten gemeinsam mit Compliance und Datenschutz die Anforderungen aus dem EU AI Act\n\nIhr Profil\n- Python\n',
    'AI Security Engineer (m/w/d)\n\nDeine Aufgaben\n- Du prüfst zusammen mit Datenschutz und Revision die Verträge mit KI-Anbietern\n\nDein Profil\n- Python\n',
  ])('reads the units named before the object as parties (%s)', (ad) => {
    expect(skills(ad)).not.toContain('privacy');
  });

  it('keeps the object of the duty', () => {
    const found = skills(
      'AI Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie bewerten gemeinsam mit Compliance und Datenschutz die Anforderungen aus dem EU AI Act\n\nIhr Profil\n- Python\n',
    );
    expect(found).toContain('ai-regulation');
    expect(
      skills(
        'AI Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie erstellen gemeinsam mit der Fachabteilung Datenschutz-Folgenabschätzungen\n\nIhr Profil\n- Python\n',
      ),
    ).toContain('privacy');
  });
});

describe('job ads: round p51, a transformer in French', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'Chercheur en sécurité IA\n\nProfil recherché\n- Tu sais expliquer le fonctionnement d’un transformer (attention, tokenisation)\n- Python\n',
    'Chercheur en sécurité IA\n\nProfil recherché\n- Vous comprenez l’architecture d’un transformer\n- Python\n',
  ])('reads the model as deep learning (%s)', (ad) => {
    expect(skills(ad)).toContain('deep-learning');
  });

  it('reads the verb as no skill', () => {
    expect(skills('Chercheur en sécurité IA\n\nMissions\n- Transformer les failles trouvées en recommandations\n\nProfil recherché\n- Python\n')).not.toContain(
      'deep-learning',
    );
  });
});

describe('job ads: round p51, knowing the model lifecycle', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'AI Governance Lead\n\nNice to have\n- Familiarity with the machine learning model lifecycle\n\nRequirements\n- Python\n',
    'Consultor GRC\n\nSe valorará\n- Conocer el ciclo de vida de los modelos de machine learning\n\nRequisitos\n- Python\n',
    'Consultant GRC\n\nUn plus\n- Une bonne connaissance du cycle de vie des modèles de machine learning\n\nProfil recherché\n- Python\n',
  ])('reads knowing it as machine learning, no MLOps (%s)', (ad) => {
    expect(skills(ad)).not.toContain('mlops');
  });

  it('still reads running the model lifecycle as MLOps', () => {
    expect(skills('MLOps Engineer\n\nResponsibilities\n- Automate the model lifecycle from training to deployment\n\nRequirements\n- Python\n')).toContain(
      'mlops',
    );
  });
});

describe('job ads: round p52, "You need:" before what is asked', () => {
  const tiers = (ad: string) =>
    roleFromJobPosting(ad, { languages: allLanguages }).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills.map((id) => [id, q.tier]) : []));

  it.each([
    ["ML Engineer\n\nWhat you'd do: build our training pipelines.\n\nYou need: strong Python, Docker and Kubernetes.\n"],
    ["Security Engineer\n\nWhat you'll do: run our pipelines.\n\nYou'll need: Python, Docker and Kubernetes.\n"],
    ['Security Engineer (m/w/d)\n\nDeine Aufgaben\n- Pipelines bauen\n\nDu brauchst: Python, Docker und Kubernetes.\n'],
    ['Ingénieur sécurité\n\nMissions\n- construire des pipelines\n\nIl vous faut : Python, Docker et Kubernetes.\n'],
    ['Ingeniero de seguridad\n\nFunciones\n- construir pipelines\n\nNecesitas: Python, Docker y Kubernetes.\n'],
  ])('reads the list after it as required (%s)', (ad) => {
    const asked = tiers(ad).filter(([id]) => ['python', 'docker', 'kubernetes'].includes(id as string));
    expect(asked.sort()).toEqual([
      ['docker', 'required'],
      ['kubernetes', 'required'],
      ['python', 'required'],
    ]);
  });
});

describe('job ads: round p52, remote within a country', () => {
  const notes = (ad: string) => (roleFromJobPosting(ad, { languages: allLanguages }).notes ?? []).map((n) => n.condition);

  it.each([
    'Security Engineer\nRemote in Canada\n\nRequirements\n- Python\n',
    'Security Engineer\n\nThis role is remote in the EU.\n\nRequirements\n- Python\n',
    'Security Engineer (m/w/d)\n\nDie Stelle ist remote innerhalb Deutschlands möglich.\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
    'Ingeniero de seguridad\n\n100% remoto desde España.\n\nRequisitos\n- Python\n',
  ])('reads where the job may be done as a location condition (%s)', (ad) => {
    expect(notes(ad)).toContain('location');
  });

  it('reads no location from remote work in a team', () => {
    expect(notes('Security Engineer\n\nRequirements\n- Python\n- Experience working remote in a distributed team\n')).not.toContain('location');
  });
});

describe('job ads: round p52, years "or equivalent"', () => {
  const years = (ad: string) =>
    roleFromJobPosting(ad, { languages: allLanguages }).requirements.flatMap((q) =>
      q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
    );

  it.each([
    [
      'Risk Lead\n\nRequired Qualifications:\n- 5+ years of Python experience, or equivalent demonstrated through work experience, training or education\n',
      'python',
    ],
    ['Risk Lead\n\nRequired Qualifications:\n- 5+ years of Python experience or equivalent\n', 'python'],
    [
      'Security Engineer (m/w/d)\n\nIhr Profil\n- Mindestens 5 Jahre Erfahrung mit Python oder eine gleichwertige Qualifikation durch Ausbildung oder Berufserfahrung\n',
      'python',
    ],
    [
      "Ingénieur sécurité\n\nProfil recherché\n- Au moins 5 ans d'expérience en Python ou équivalent acquis par la formation ou l'expérience professionnelle\n",
      'python',
    ],
  ])('keeps the years on the skill (%s)', (ad, id) => {
    expect(years(ad)).toEqual([[id, 5]]);
  });

  it('keeps the years of a field', () => {
    expect(years('Security Engineer\n\nRequirements\n- 4+ years of security engineering or equivalent experience\n')).toEqual([['securityYears', 4]]);
  });
});

describe('job ads: round p52, a "The team" section', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'Security Manager\n\nResponsibilities\n- Lead client engagements\n\nThe team\nOur practice is a team of security architects, ethical hackers and data scientists.\n\nRequirements\n- Python\n',
    'Security Manager\n\nYour team\nYou will join ethical hackers and threat hunters in our red team.\n\nRequirements\n- Python\n',
  ])('asks nothing of what the colleagues do (%s)', (ad) => {
    expect(skills(ad)).toEqual(['python']);
  });
});

describe('job ads: round p52, guidance to less experienced colleagues', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'Risk Lead\n\nIn this role, you will:\n- Provide guidance to less experienced team members and review their work\n\nRequirements\n- Python\n',
    'Risk Lead\n\nIn this role, you will:\n- Give day-to-day guidance to less-experienced analysts\n\nRequirements\n- Python\n',
  ])('reads it as mentoring (%s)', (ad) => {
    expect(skills(ad)).toContain('mentoring');
  });

  it('reads no mentoring from guidance written for model users', () => {
    expect(skills('Risk Lead\n\nIn this role, you will:\n- Write guidance for less experienced model users\n\nRequirements\n- Python\n')).not.toContain(
      'mentoring',
    );
  });
});

describe('job ads: round p52, assessing and securing a system', () => {
  const skills = (ad: string) => roleFromJobPosting(ad, { languages: allLanguages }).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'Security Manager\n\nResponsibilities\n- Lead client engagements to assess and secure generative AI platforms\n\nRequirements\n- Python\n',
    'Sicherheitsberater (m/w/d)\n\nIhre Aufgaben\n- KI-Plattformen unserer Kunden bewerten und absichern\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
    "Consultant sécurité\n\nMissions\n- Évaluer et sécuriser les plateformes d'IA de nos clients\n\nProfil recherché\n- Python\n",
    'Consultor de seguridad\n\nFunciones\n- Evaluar y asegurar las plataformas de IA de los clientes\n\nRequisitos\n- Python\n',
  ])('reads it as security assessment (%s)', (ad) => {
    expect(skills(ad)).toContain('security-assessment');
  });
});

describe('job ads: round p52, an article after "or" in a list of alternatives', () => {
  const skills = (ad: string) =>
    roleFromJobPosting(ad, { languages: allLanguages }).requirements.flatMap((q) => (q.kind === 'skill' ? [q.skills.join('|')] : []));

  it.each([
    [
      'Engineer\n\nPreferred\n- Familiarity with the NIST AI RMF, ISO/IEC 42001 or the EU AI Act\n\nRequirements\n- Python\n',
      'ai-risk-management|ai-regulation',
    ],
    ['Engineer\n\nRequirements\n- Experience with AWS or the Azure platform\n', 'aws|azure'],
    ['Security Engineer (m/w/d)\n\nIhr Profil\n- Kenntnisse der ISO/IEC 42001 oder des EU AI Act\n- Python\n', 'ai-risk-management|ai-regulation'],
    ['Ingénieur\n\nProfil recherché\n- Connaissance de la norme ISO 42001 ou du EU AI Act\n- Python\n', 'ai-risk-management|ai-regulation'],
    ['Ingeniero\n\nRequisitos\n- Conocimiento de la ISO 42001 o del EU AI Act\n- Python\n', 'ai-risk-management|ai-regulation'],
  ])('keeps the list one of alternatives (%s)', (ad, group) => {
    expect(skills(ad)).toContain(group);
  });
});

describe('job ads: round p52, the model lifecycle as a topic of a policy', () => {
  const skills = (ad: string) => roleFromJobPosting(ad, { languages: allLanguages }).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    "Responsable IA\n\nMissions\n- Rédiger la politique IA du groupe et ses standards (usage de l'IA générative, gestion du cycle de vie des modèles) ;\n\nProfil recherché\n- Python\n",
    'AI Governance Lead\n\nResponsibilities\n- Write the AI policy and its standards (generative AI use, model lifecycle management)\n\nRequirements\n- Python\n',
    'KI-Governance Lead (m/w/d)\n\nIhre Aufgaben\n- Sie schreiben die KI-Richtlinie und Standards zum Modelllebenszyklus\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
    'Responsable de IA\n\nFunciones\n- Redactar la política de IA y sus estándares (uso de IA generativa, ciclo de vida de los modelos)\n\nRequisitos\n- Python\n',
  ])('reads no MLOps (%s)', (ad) => {
    expect(skills(ad)).not.toContain('mlops');
  });

  it('still reads running the lifecycle as MLOps', () => {
    expect(
      skills("Ingénieur MLOps\n\nMissions\n- Automatiser le cycle de vie des modèles, de l'entraînement au déploiement\n\nProfil recherché\n- Python\n"),
    ).toContain('mlops');
  });
});

describe('job ads: round p52, locking down deployment pipelines', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it('reads no model deployment from securing them', () => {
    expect(
      skills("Engineer\n\nWhat you'd do: lock down our training and deployment pipelines on AWS (SageMaker, S3, ECR).\n\nRequirements\n- Python\n"),
    ).not.toContain('ml-deployment');
  });

  it('still reads deploying models on SageMaker', () => {
    expect(skills('ML Engineer\n\nResponsibilities\n- Own model deployment on SageMaker endpoints\n\nRequirements\n- Python\n')).toContain('ml-deployment');
  });
});

describe('job ads: round p52, German parties before the closing particle', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie arbeiten eng mit dem Informationssicherheitsbeauftragten, dem Datenschutz und den Fachbereichen zusammen und sind dort Ansprechpartner*in für alle Fragen rund um KI-Sicherheit\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
    'Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Du stimmst dich eng mit Datenschutz und Revision ab und berätst die Fachbereiche zu KI-Risiken\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
  ])('reads the units as parties (%s)', (ad) => {
    expect(skills(ad)).not.toContain('privacy');
  });

  it('keeps what is worked on', () => {
    expect(
      skills(
        'Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie arbeiten mit den Fachbereichen an Datenschutz-Folgenabschätzungen zusammen\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
      ),
    ).toContain('privacy');
  });
});

describe('job ads: round p52, German security rules and pipeline checks', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie erarbeiten Sicherheitsvorgaben und Architekturmuster für den Einsatz von Azure OpenAI\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
    'Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Du dokumentierst Sicherheitsvorgaben für den KI-Betrieb\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
  ])('reads writing security rules as policy development (%s)', (ad) => {
    expect(skills(ad)).toContain('policy-development');
  });

  it('reads no policy development from applying them', () => {
    expect(
      skills(
        'Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie setzen die Sicherheitsvorgaben nach BSI in den Projekten um\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
      ),
    ).not.toContain('policy-development');
  });

  it('reads security checks that run in CI/CD pipelines as DevSecOps', () => {
    expect(
      skills(
        'Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie entwickeln Werkzeuge, mit denen Sicherheitsprüfungen für KI-Komponenten automatisiert in unseren CI/CD-Pipelines laufen\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
      ),
    ).toContain('devsecops');
  });
});

describe('job ads: round p52, JAX among ML frameworks', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? [q.skills.join('|')] : []));

  it.each([
    ['Engineer\n\nRequirements\n- Experience with ML frameworks such as JAX, PyTorch, or TensorFlow\n- Go\n', 'pytorch|tensorflow'],
    ['Engineer\n\nRequirements\n- Model code in PyTorch or JAX\n- Python\n', 'pytorch'],
  ])('reads no deep learning from the framework the catalog has no skill for (%s)', (ad, group) => {
    expect(skills(ad)).toContain(group);
    expect(skills(ad).join(' ')).not.toContain('deep-learning');
  });
});

describe('job ads: round p52, governance of AI security', () => {
  const skills = (ad: string) => roleFromJobPosting(ad, { languages: allLanguages }).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'Manager\n\nResponsibilities\n- Design AI security governance models for clients\n\nRequirements\n- Python\n',
    'Berater (m/w/d)\n\nIhre Aufgaben\n- Sie gestalten die KI-Sicherheitsgovernance unserer Kunden\n\nIhr Profil\n- Sehr gute Kenntnisse in Python\n',
    "Consultant\n\nMissions\n- Concevoir la gouvernance de la sécurité de l'IA de nos clients\n\nProfil recherché\n- Python\n",
    'Consultor\n\nFunciones\n- Diseñar la gobernanza de la seguridad de la IA de los clientes\n\nRequisitos\n- Python\n',
  ])('reads it as AI governance (%s)', (ad) => {
    expect(skills(ad)).toContain('ai-governance');
  });
});

describe('job ads: years that name no subject, in an item headed by one skill', () => {
  const years = (line: string, language: 'en' | 'de' | 'fr' | 'es' = 'en') =>
    roleFromJobPosting(`Engineer\n\nRequirements\n- Python experience\n- ${line}\n- Terraform\n`, { language })
      .requirements.filter((q) => 'minYears' in q && q.minYears !== undefined)
      .map((q) => [requirementId(q), 'minYears' in q ? q.minYears : null]);

  it('gives the years to the skill that heads the item', () => {
    expect(years('Kubernetes in production. The team asks for 3 years minimum and means it.')).toEqual([['kubernetes', 3]]);
    expect(years('Go on the backend, 4 years at least.')).toEqual([['go', 4]]);
    expect(years('AWS in production – min. 2 years')).toEqual([['aws', 2]]);
  });

  it('keeps years that name their own subject, and items of several skills, as they were', () => {
    expect(years('Kubernetes in production. 5 years of security experience.')).toEqual([['securityYears', 5]]);
    expect(years('Docker and Kubernetes, 3 years minimum.')).toEqual([]);
  });
});

describe('job ads: vague years counted in an aside right after them', () => {
  const read = (line: string) =>
    roleFromJobPosting(`Engineer\n\nAbout you\n${line}\n\nRequirements\n- Python\n`)
      .requirements.filter((q) => q.kind === 'experience')
      .map((q) => [requirementId(q), 'minYears' in q ? q.minYears : null, q.hard]);

  it('reads the count as the years of the field named before it, a guess when words precede the number', () => {
    expect(read("You've put a good few years into the working world - we'd guess somewhere north of seven - mostly in audit.")).toEqual([
      ['totalYears', 7, false],
    ]);
    expect(read('You have done security engineering for a few years (at least five) and still enjoy it.')).toEqual([['securityYears', 5, true]]);
    expect(read('You have a few years behind you – think 6+ – in any engineering role.')).toEqual([['totalYears', 6, false]]);
  });
});

describe('job ads: the hiring process told after the lists', () => {
  const read = (text: string, language: 'en' | 'de' | 'fr' | 'es') =>
    roleFromJobPosting(text, { language }).requirements.map((q) => [requirementId(q), q.tier]);

  it.each([
    ['en', 'Engineer\n\nRequirements:\n- Python\n\nThe process: a take-home threat model exercise, then a chat with the CISO.\n'],
    ['en', 'Engineer\n\nRequirements:\n- Python\n\nOur hiring process includes a threat modelling case and a talk with the security lead.\n'],
    ['de', 'Ingenieur (m/w/d)\n\nIhr Profil:\n- Python\n\nUnser Auswahlprozess besteht aus einem Gespräch und einer Threat-Modeling-Fallstudie.\n'],
    ['fr', 'Ingénieur\n\nProfil recherché :\n- Python\n\nNotre processus de recrutement comprend un entretien et un exercice de threat modeling.\n'],
    ['es', 'Ingeniero\n\nRequisitos:\n- Python\n\nEl proceso de selección consta de una entrevista y un caso práctico de threat modeling.\n'],
  ] as const)('%s: asks nothing (%s)', (language, text) => {
    expect(read(text, language)).toEqual([['python', 'required']]);
  });
});

describe('job ads: a count of things is no years', () => {
  const years = (text: string, language: 'en' | 'de' | 'fr' | 'es') =>
    roleFromJobPosting(text, { language })
      .requirements.filter((q) => q.kind === 'experience')
      .map((q) => [requirementId(q), 'minYears' in q ? q.minYears : null]);

  it.each([
    ['en', 'Analyst\n\nAbout us\nWe have shipped a dozen machine learning products since 2021.\n\nRequirements\n- 3 years of security experience\n'],
    ['fr', 'Analyste\n\nLe poste\nNous avons lancé une vingtaine de projets de machine learning.\n\nProfil\n- 3 ans d’expérience en cybersécurité\n'],
    [
      'de',
      'Analyst (m/w/d)\n\nÜber uns\nWir betreiben ein Dutzend Machine-Learning-Modelle in Produktion.\n\nIhr Profil\n- 3 Jahre Erfahrung in der IT-Sicherheit\n',
    ],
    ['es', 'Analista\n\nSobre nosotros\nHemos lanzado una docena de modelos de machine learning.\n\nRequisitos\n- 3 años de experiencia en ciberseguridad\n'],
  ] as const)('%s: reads only the years asked (%s)', (language, text) => {
    expect(years(text, language)).toEqual([['securityYears', 3]]);
  });

  it('still reads a count of years', () => {
    expect(years('Analyste\n\nProfil\n- Une dizaine d’années d’expérience en cybersécurité\n', 'fr')).toEqual([['securityYears', 10]]);
    expect(years('Analista\n\nRequisitos\n- Un par de años de experiencia en ciberseguridad\n', 'es')).toEqual([['securityYears', 2]]);
    expect(years('Analyst\n\nRequirements\n- A decade of security experience\n', 'en')).toEqual([['securityYears', 10]]);
  });
});

describe('job ads: automotive and financial security rules, detection use cases, egress controls, securing LLM apps', () => {
  const read = (text: string, language: 'en' | 'de' | 'fr' | 'es') =>
    roleFromJobPosting(text, { language }).requirements.map((q) => [requirementId(q), q.tier]);

  it.each([
    ['en', 'Engineer\n\nRequirements\n- You have written detection use cases for a SIEM team\n', 'security-monitoring'],
    ['fr', 'Ingénieur\n\nProfil\n- Vous savez définir des cas d’usage de détection\n', 'security-monitoring'],
    ['es', 'Ingeniero\n\nRequisitos\n- Definición de casos de uso de detección\n', 'security-monitoring'],
    ['en', 'Engineer\n\nRequirements\n- You have designed egress filtering for cloud workloads\n', 'network-security'],
    ['es', 'Ingeniero\n\nRequisitos\n- Experiencia en la securización de aplicaciones con LLM\n', 'llm-security'],
    ['fr', 'Ingénieur\n\nProfil\n- Expérience dans la sécurisation des applications LLM\n', 'llm-security'],
    ['de', 'Ingenieur (m/w/d)\n\nIhr Profil\n- Erfahrung in der Absicherung von Anwendungen auf LLM-Basis\n', 'llm-security'],
    ['en', 'Engineer\n\nRequirements\n- Experience securing LLM applications\n', 'llm-security'],
    ['en', 'Engineer\n\nRequirements\n- You have tested GenAI chatbots for security weaknesses\n', 'llm-security'],
  ] as const)('%s: %s', (language, text, id) => {
    expect(read(text, language)).toEqual([[id, 'required']]);
  });

  it('reads no compliance from DevOps metrics named DORA', () => {
    expect(read('Engineer\n\nRequirements\n- Python\n- You track DORA metrics such as deployment frequency\n', 'en')).toEqual([['python', 'required']]);
  });
});

describe('job ads: a part of security years in a skill named like a field', () => {
  const years = (text: string, language: 'en' | 'de' | 'fr' | 'es') =>
    roleFromJobPosting(text, { language })
      .requirements.filter((q) => 'minYears' in q && q.minYears !== undefined)
      .map((q) => [requirementId(q), 'minYears' in q ? q.minYears : null]);

  it.each([
    ['en', 'Engineer\n\nRequirements\n- 7 years in information security, of which 3 in offensive security (pentests, red teaming)\n'],
    ['fr', 'Ingénieur\n\nProfil\n- 7 ans d’expérience en cybersécurité, dont 3 ans en sécurité offensive\n'],
    ['es', 'Ingeniero\n\nRequisitos\n- 7 años de experiencia en ciberseguridad, de los cuales 3 en seguridad ofensiva\n'],
  ] as const)('%s: gives the part to the skill (%s)', (language, text) => {
    expect(years(text, language)).toEqual([
      ['securityYears', 7],
      ['penetration-testing', 3],
    ]);
  });

  it('keeps the years of offensive security alone as security years', () => {
    expect(years('Engineer\n\nRequirements\n- 4+ years in offensive security (penetration testing, red teaming)\n', 'en')).toEqual([['securityYears', 4]]);
  });
});

describe('job ads: a wished part after a comma, in an item that ends in a semicolon', () => {
  const read = (text: string, language: 'en' | 'de' | 'fr' | 'es') =>
    roleFromJobPosting(text, { language }).requirements.map((q) => [requirementId(q), q.tier]);

  it.each([
    ['fr', 'Analyste\n\nProfil recherché\n- Au moins 4 ans d’expérience en cybersécurité, idéalement en audit ;\n- Linux ;\n'],
    ['en', 'Analyst\n\nRequirements\n- At least 4 years of security experience, ideally in audit;\n- Linux;\n'],
    ['es', 'Analista\n\nRequisitos\n- Al menos 4 años de experiencia en ciberseguridad, idealmente en auditoría;\n- Linux;\n'],
  ] as const)('%s: keeps the years asked and wishes for the rest (%s)', (language, text) => {
    expect(read(text, language)).toEqual([
      ['securityYears', 'required'],
      ['audit', 'preferred'],
      ['linux', 'required'],
    ]);
  });
});

describe('job ads: presence before clients as stakeholder communication', () => {
  const ids = (text: string, language: 'en' | 'de' | 'fr' | 'es') => roleFromJobPosting(text, { language }).requirements.map((q) => requirementId(q));

  it.each([
    ['en', 'Manager\n\nRequirements\n- Confident client presence and clear writing\n'],
    ['en', 'Manager\n\nRequirements\n- Executive presence in front of boards\n'],
    ['de', 'Berater (m/w/d)\n\nIhr Profil\n- Sicheres Auftreten beim Kunden\n'],
    ['fr', 'Consultant\n\nProfil\n- Aisance face aux clients\n'],
    ['es', 'Consultor\n\nRequisitos\n- Buena presencia ante el cliente\n'],
  ] as const)('%s: %s', (language, text) => {
    expect(ids(text, language)).toEqual(['stakeholder-communication']);
  });

  it('reads nothing from days at the client or ease with tools', () => {
    expect(ids('Consultor\n\nRequisitos\n- Python\n- Presencia en las oficinas del cliente dos días por semana\n', 'es')).toEqual(['python']);
    expect(ids('Ingénieur\n\nProfil\n- Python\n- Aisance avec les outils de la direction financière\n', 'fr')).toEqual(['python']);
  });
});

describe('job ads: a code review named with the flaws it finds', () => {
  const ids = (text: string) => roleFromJobPosting(text, { language: 'en' }).requirements.map((q) => requirementId(q));

  it('reads secure code review', () => {
    expect(ids('Engineer\n\nRequirements\n- Python\n- You find XSS and SSRF bugs in code review\n')).toContain('secure-code-review');
    expect(ids('Engineer\n\nRequirements\n- Python\n- You flag exploitable patterns in every code review\n')).toContain('secure-code-review');
  });

  it('reads nothing from code review as team practice', () => {
    expect(ids('Engineer\n\nRequirements\n- Python\n- You take part in code review and sprint planning\n')).toEqual(['python']);
  });
});

describe('job ads: an IR rota', () => {
  const read = (text: string) => roleFromJobPosting(text, { language: 'en' }).requirements.map((q) => [requirementId(q), q.tier]);

  it('reads incident response from a rota or rotation of IR', () => {
    expect(read('Engineer\n\nWhat you will do\n- Take your turn on the IR rota\n\nRequirements\n- Python\n')).toEqual([
      ['incident-response', 'duty'],
      ['python', 'required'],
    ]);
    expect(read('Engineer\n\nWhat you will do\n- Share the IR pager with two colleagues\n\nRequirements\n- Python\n')).toEqual([
      ['incident-response', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads nothing from IR alone', () => {
    expect(read('Engineer\n\nWhat you will do\n- Report to the IR director\n\nRequirements\n- Python\n')).toEqual([['python', 'required']]);
  });
});

describe('job ads: reviewing code for vulnerabilities (es, fr)', () => {
  const read = (text: string, language: 'fr' | 'es') => roleFromJobPosting(text, { language }).requirements.map((q) => [requirementId(q), q.tier]);

  it('reads secure code review, not a security assessment', () => {
    expect(read('Ingeniero\n\nFunciones\n- Revisar el código de los microservicios en busca de vulnerabilidades\n\nRequisitos\n- Python\n', 'es')).toEqual([
      ['secure-code-review', 'duty'],
      ['python', 'required'],
    ]);
    expect(read('Ingénieur\n\nMissions\n- Relire le code des équipes produit pour y trouver des failles\n\nProfil\n- Python\n', 'fr')).toEqual([
      ['secure-code-review', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('still reads looking for vulnerabilities in a network as a security assessment', () => {
    expect(read('Ingeniero\n\nFunciones\n- Analizar la red del cliente en busca de vulnerabilidades\n\nRequisitos\n- Python\n', 'es')).toEqual([
      ['security-assessment', 'duty'],
      ['python', 'required'],
    ]);
  });
});

describe('job ads: a unit named Responsible AI', () => {
  const ids = (text: string) => roleFromJobPosting(text, { language: 'en' }).requirements.map((q) => requirementId(q));

  it('reads no responsible AI work from the name of an office or directorate', () => {
    expect(ids('Architect\n\nResponsibilities\n- Work with the Responsible AI Office on approvals\n\nRequirements\n- Python\n')).toEqual(['python']);
    expect(ids('Advisor\n\nResponsibilities\n- Brief the Responsible AI Directorate monthly\n\nRequirements\n- Python\n')).not.toContain('responsible-ai');
  });

  it('still reads responsible AI work', () => {
    expect(ids('Architect\n\nResponsibilities\n- Lead responsible AI reviews of credit models\n\nRequirements\n- Python\n')).toEqual([
      'responsible-ai',
      'python',
    ]);
  });
});

describe('job ads: coming to an office once a quarter as travel', () => {
  const conditions = (text: string, language: 'en' | 'de' | 'fr' | 'es') => (roleFromJobPosting(text, { language }).notes ?? []).map((n) => n.condition);

  it.each([
    ['en', 'Engineer\n\nRequirements\n- Python\n\nRemote folks fly to Austin roughly twice a year for planning.\n'],
    ['fr', 'Ingénieur\n\nProfil\n- Python\n\nVous viendrez à Nantes une fois par trimestre.\n'],
    ['de', 'Ingenieur (m/w/d)\n\nIhr Profil\n- Python\n\nDu kommst zweimal im Jahr nach Hamburg.\n'],
    ['es', 'Ingeniero\n\nRequisitos\n- Python\n\nTendrás que viajar a Bilbao dos veces al año.\n'],
  ] as const)('%s: %s', (language, text) => {
    expect(conditions(text, language)).toContain('travel');
  });

  it('reads no travel from other things done once a quarter', () => {
    expect(conditions('Engineer\n\nRequirements\n- Python\n\nWe ship a release to production once a quarter.\n', 'en')).not.toContain('travel');
  });
});

describe('job ads: round p59, a wish word said of the business', () => {
  const tiers = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it.each([
    "Responsable conformité IA\n\nLe poste\nNous voulons en faire un atout face à nos concurrents : c'est pourquoi nous créons ce poste de responsable de la gouvernance IA.\n\nVos missions\n- Tenir l'inventaire des modèles\n\nProfil recherché\n- Vous maîtrisez le RGPD\n",
    "Responsable conformité IA\n\nLe poste\nNotre plateforme nous donne un avantage concurrentiel sur la gouvernance IA.\n\nVos missions\n- Tenir l'inventaire des modèles\n\nProfil recherché\n- Vous maîtrisez le RGPD\n",
    'AI Governance Lead\n\nAbout the role\nWe want to turn AI governance into an advantage for our customers.\n\nWhat you will do\n- Keep the model inventory\n\nRequirements\n- GDPR knowledge\n',
    'Responsable de gobernanza IA\n\nEl puesto\nQueremos convertirla en una ventaja competitiva: la gobernanza de la IA es nuestra prioridad.\n\nFunciones\n- Mantener el inventario de modelos\n\nRequisitos\n- Conocimiento del RGPD\n',
  ])('reads no wish in an advantage of the business (%s)', (ad) => {
    expect(tiers(ad).filter(([, tier]) => tier === 'preferred')).toEqual([]);
  });

  it('still reads "un avantage" said of what the ad asks', () => {
    expect(tiers('Responsable GRC\n\nProfil recherché\n- Vous maîtrisez le RGPD\n- Une expérience en Python serait un avantage\n')).toContainEqual([
      'python',
      'preferred',
    ]);
  });
});

describe('job ads: round p59, skill words', () => {
  const tiers = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it.each([
    ['AppSec Engineer\n\nRequirements\n- Secure code review in Go and Python - JS is a bonus\n', ['javascript', 'preferred']],
    ['AppSec Engineer\n\nRequirements\n- Python\n\nNice to have\n- JS or TypeScript\n', ['javascript|typescript', 'preferred']],
  ])('reads "JS" as JavaScript (%s)', (ad, row) => {
    expect(tiers(ad)).toContainEqual(row);
  });

  it.each([
    "Responsable conformité IA\n\nLe poste\nRattaché(e) à notre DPO & Head of Trust, au sein d'une équipe de 4 personnes.\n\nProfil recherché\n- Vous maîtrisez le RGPD\n",
    'AI Governance Specialist\n\nAbout the role\nYou will report to our CISO & Head of Trust, in a team of 4 people.\n\nRequirements\n- GDPR knowledge\n',
  ])("reads no team leadership in the title of the hire's manager (%s)", (ad) => {
    expect(tiers(ad).map(([id]) => id)).not.toContain('team-leadership');
  });

  it.each([
    'ML Security Engineer\n\nRequirements\n- Python\n\nNice to have\n- Experience with adversarial machine learning research or tooling (e.g., ART, Counterfit)\n',
    'ML Security Engineer\n\nRequirements\n- Python\n\nNice to have\n- Machine learning tooling for adversarial robustness evaluation\n',
  ])('reads no security automation in adversarial ML tooling (%s)', (ad) => {
    expect(tiers(ad).map(([id]) => id)).not.toContain('security-automation');
  });

  it.each([
    'GenAI Security Lead\n\nResponsibilities\n- Run periodic adversarial testing of RAG and agentic workflows\n\nRequirements\n- Python\n',
    'GenAI Security Lead\n\nResponsibilities\n- Own adversarial testing of our customer-facing agents\n\nRequirements\n- Python\n',
  ])('reads adversarial testing of LLM systems as no adversarial ML (%s)', (ad) => {
    expect(tiers(ad).map(([id]) => id)).not.toContain('adversarial-ml');
  });

  it('still reads adversarial testing of models as adversarial ML', () => {
    expect(tiers('ML Security Engineer\n\nResponsibilities\n- Adversarial testing of our fraud classifiers\n\nRequirements\n- Python\n')).toContainEqual([
      'adversarial-ml',
      'duty',
    ]);
  });
});

describe('job ads: round p59, "LLM" as a language model', () => {
  const degrees = (ad: string) => roleFromJobPosting(ad).requirements.filter((q) => q.kind === 'degree');

  it.each([
    'Analista SOC\n\nFunciones\n- Revisar las clasificaciones de un agente propio basado en LLM.\n\nRequisitos\n- Python.\n',
    'Analista SOC\n\nFunciones\n- Ajustar los prompts de un asistente basada en LLM para el triaje.\n\nRequisitos\n- Python.\n',
    'SOC-Analyst (m/w/d)\n\nIhre Aufgaben\n- Sie prüfen die Ergebnisse von einem LLM gestützten Assistenten.\n\nIhr Profil\n- Python\n',
  ])('reads no Master of Laws in a duty about an LLM (%s)', (ad) => {
    expect(degrees(ad)).toEqual([]);
  });

  it('still reads an LLM asked of a lawyer as a master degree', () => {
    expect(degrees('Legal Counsel\n\nRequirements\n- LLM in technology law\n- Python\n').map((q) => q.kind === 'degree' && q.minLevel)).toEqual(['master']);
  });
});

describe('job ads: round p59, watching how models behave', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'ML Platform Engineer\n\nResponsibilities\n- Build dashboards that monitor model behaviour in production and alert on drift\n\nRequirements\n- Python\n',
    'MLOps Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie bauen ein Monitoring auf, das Auffälligkeiten im Modellverhalten früh erkennt\n\nIhr Profil\n- Python\n',
    'Ingénieur MLOps\n\nTes missions\n- Mettre en place la surveillance du comportement des modèles en production\n\nProfil recherché\n- Python\n',
    'Ingeniero MLOps\n\nFunciones\n- Monitorización del comportamiento de los modelos en producción\n\nRequisitos\n- Python\n',
  ])('reads monitoring of model behaviour as model monitoring (%s)', (ad) => {
    expect(skills(ad)).toContain('model-monitoring');
  });

  it('reads no model monitoring in model behaviour named without watching it', () => {
    expect(skills('ML Engineer\n\nResponsibilities\n- Document the expected model behavior in each design review\n\nRequirements\n- Python\n')).not.toContain(
      'model-monitoring',
    );
  });
});

describe('job ads: round p59, reviews from a security point of view', () => {
  const skills = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []));

  it.each([
    'Cloud Architect\n\nResponsibilities\n- Evaluate new SaaS vendors from a security standpoint before onboarding\n\nRequirements\n- Python\n',
    'Cloud-Architekt (m/w/d)\n\nIhre Aufgaben\n- Sie bewerten neue Cloud-Dienste aus Sicherheitssicht\n\nIhr Profil\n- Python\n',
    "Architecte cloud\n\nTes missions\n- Évaluer les nouveaux services cloud d'un point de vue sécurité\n\nProfil recherché\n- Python\n",
    'Arquitecto cloud\n\nFunciones\n- Evaluar los nuevos proveedores desde el punto de vista de la seguridad\n\nRequisitos\n- Python\n',
  ])('reads an assessment from a security point of view as a security assessment (%s)', (ad) => {
    expect(skills(ad)).toContain('security-assessment');
  });

  it('reads no assessment in a security point of view that assesses nothing', () => {
    expect(
      skills('Cloud Architect\n\nResponsibilities\n- Explain our platform from a security perspective to new joiners\n\nRequirements\n- Python\n'),
    ).not.toContain('security-assessment');
  });
});

describe('offers of visa help, choices with asides, year ranges and notices (s45)', () => {
  const conditions = (ad: string, language?: 'de' | 'fr' | 'es') => (roleFromJobPosting(ad, language ? { language } : {}).notes ?? []).map((n) => n.condition);
  const skills = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) =>
      q.kind === 'skill' ? [[q.skills.join('|'), q.tier, q.minYears ?? null]] : [],
    );
  const exp = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'experience' ? [[q.measure, q.minYears]] : []));

  it.each([
    ['Dein Profil\n- Gute Kenntnisse in Go und Terraform\n\nWas wir bieten\n- Hilfe beim Visum und bei der Wohnungssuche', 'de', []],
    ['Dein Profil\n- Gute Kenntnisse in Go und Terraform\n\nWas wir bieten\n- Visa-Unterstützung für dich und deine Familie', 'de', []],
    ['Dein Profil\n- Gute Kenntnisse in Go und Terraform\n- Ein gültiges Visum für Deutschland ist Pflicht', 'de', ['work-authorization']],
    ['Profil recherché\n- Bonne pratique de Go et de Terraform\n\nAvantages\n- Aide au visa pour toi et ta famille', 'fr', []],
    ['Profil recherché\n- Bonne pratique de Go et de Terraform\n- Un visa de travail valide est indispensable', 'fr', ['work-authorization']],
    ['Requisitos\n- Buen manejo de Go y de Terraform\n\nOfrecemos\n- Apoyo con el visado para ti y tu familia', 'es', []],
    ['Requisitos\n- Buen manejo de Go y de Terraform\n- Visado de trabajo en vigor', 'es', ['work-authorization']],
  ] as const)('reads help with a visa as an offer, no work authorisation: %s', (ad, language, expected) => {
    expect(conditions(`Platform Engineer\n\n${ad}`, language)).toEqual(expected);
  });

  it('keeps a choice whose first item has an aside of examples ("X (e.g. Y) or Z"), in English and German', () => {
    expect(skills('Platform Engineer\n\nRequirements\n- Hands-on with Azure (e.g. for serverless apps) or AWS\n- Go')).toEqual([
      ['azure|aws', 'required', null],
      ['go', 'required', null],
    ]);
    expect(skills('Platform Engineer\n\nIhr Profil\n- Praxis mit Azure (insbesondere für Serverless) oder AWS\n- Go', 'de')).toEqual([
      ['azure|aws', 'required', null],
      ['go', 'required', null],
    ]);
  });

  it('reads a range in a part of the years ("2-3 of them") at its lower end', () => {
    const ad = 'Cloud Engineer\n\nRequirements\n- 6+ years in security engineering, at least 3-4 of them on Azure';
    expect(exp(ad)).toEqual([['securityYears', 6]]);
    expect(skills(ad)).toEqual([['azure', 'required', 3]]);
  });

  it('gives years to the one skill that items of one head name ("control assessments or risk assessments"), not to kinds of work of a field', () => {
    expect(skills('Assessor\n\nRequirements\n- Three years performing security control assessments or risk assessments')).toEqual([
      ['security-assessment', 'required', 3],
    ]);
    const field = 'Tester\n\nRequirements\n- Four years of penetration testing or red teaming';
    expect(exp(field)).toEqual([['securityYears', 4]]);
  });

  it('gives years over a choice of products of one skill to that skill, not to its field (convention 257)', () => {
    expect(skills('Engineer\n\nRequirements\n- Minimum 2 years hands-on experience with MLflow or Kubeflow in production.')).toEqual([
      ['mlops', 'required', 2],
    ]);
    const soc = 'Analista SOC\n\nRequisitos\n- Al menos 2 años trabajando en un SOC con Microsoft Sentinel o Splunk (casos de uso, triaje de alertas).';
    expect(skills(soc)).toEqual([['security-monitoring', 'required', 2]]);
    expect(exp(soc)).toEqual([]);
    // Kinds of work of the field stay the field's: an acronym, a name of work in capitals.
    expect(exp('Analyst\n\nRequirements\n- 3 years of Threat Hunting or Detection Engineering')).toEqual([['securityYears', 3]]);
    expect(exp('Analyst\n\nRequirements\n- 2+ years in SOC or security monitoring')).toEqual([['securityYears', 2]]);
  });

  it('parts words joined by a slash without spaces that name different fields, as a spaced slash does ("DevOps/MLOps")', () => {
    expect(exp('Engineer\n\nRequirements\n- 4+ yrs in DevOps/MLOps with min 2 yrs securing ML or data platforms')).toEqual([
      ['securityYears', 2],
      ['totalYears', 4],
    ]);
    expect(exp('Engineer\n\nRequirements\n- 5 years in AI/ML engineering')).toEqual([['mlYears', 5]]);
  });

  it('reads years over backgrounds led by one of no field as experience overall, a list led by the field as that field (convention 258)', () => {
    const overall = [
      'At least three years of professional experience in risk management, compliance, IT risk or model validation, ideally at a bank',
      "A minimum of six years' experience in technology risk, information security, IT audit or a related advisory field",
    ];
    for (const line of overall) expect(exp(`Analyst\n\nRequirements\n- ${line}`)).toEqual([['totalYears', line.startsWith('At') ? 3 : 6]]);
    expect(exp('Analyst\n\nRequirements\n- One to two years of experience in cybersecurity, IT risk, audit or compliance.')).toEqual([['securityYears', 1]]);
  });

  it('reads an "Important information" section as a notice: a compliance duty of every employee asks for no skill', () => {
    const ad =
      'Security Engineer\n\nRequirements\n- Python\n\nImportant information:\nThe role is in SOX scope; staff in it must attest every year that they follow the control standards.';
    expect(skills(ad)).toEqual([['python', 'required', null]]);
  });

  it.each([
    ['Working knowledge of the NIST Generative AI Profile', [['ai-risk-management', 'required', null]]],
    ['Set IAM permission boundaries for product teams', [['cloud-security', 'required', null]]],
    [
      'Cloud attack experience on GCP',
      [
        ['cloud-security', 'required', null],
        ['gcp', 'required', null],
      ],
    ],
    ['Assessments of systems under the RMF', [['security-compliance', 'required', null]]],
    ['Mapping of use cases to the AI RMF', [['ai-risk-management', 'required', null]]],
    ["Python, following the program's RMF process", [['python', 'required', null]]],
  ])('reads "%s" as %j', (line, expected) => {
    expect(skills(`Specialist\n\nRequirements\n- ${line}`)).toEqual(expected);
  });
});

describe('job-board rails, sub-headings of notices, waived years and pronouns of years (ads2-s45)', () => {
  const skills = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) =>
      q.kind === 'skill' ? [[q.skills.join('|'), q.tier, q.minYears ?? null]] : [],
    );
  const exp = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'experience' ? [[q.measure, q.minYears]] : []));

  it.each([
    ['More jobs\nThreat Hunter - SOC\nOther Corp · Remote'],
    ['Meet the hiring team\nJane Doe\nHead of Incident Response at Other Corp'],
    ['Similar jobs\nKubernetes Administrator\nAcme · Berlin'],
  ])('reads a job board rail of other listings as no part of the ad: %s', (rail) => {
    expect(skills(`Platform Engineer\n\nRequirements\n- Go\n\n${rail}`)).toEqual([['go', 'required', null]]);
  });

  it('reads the rails of other listings as ignored in German, French and Spanish too', () => {
    expect(skills('Plattform-Ingenieur\n\nIhr Profil\n- Sehr gute Kenntnisse in Go\n\nÄhnliche Jobs\nThreat Hunter (SOC)\nBerlin', 'de')).toEqual([
      ['go', 'required', null],
    ]);
    expect(skills('Ingénieur plateforme\n\nProfil recherché\n- Bonne pratique de Go\n\nOffres similaires\nAnalyste SOC - Threat Hunting\nLyon', 'fr')).toEqual([
      ['go', 'required', null],
    ]);
    expect(skills('Ingeniero de plataforma\n\nRequisitos\n- Buen manejo de Go\n\nEmpleos similares\nAnalista SOC - Threat Hunting\nMadrid', 'es')).toEqual([
      ['go', 'required', null],
    ]);
  });

  it('reads a "How we hire" section as the hiring process: a call with the team lead asks for no leadership', () => {
    expect(skills('Researcher\n\nRequirements\n- Python\n\nHow we hire\nA call with the team lead, then a short take-home exercise.')).toEqual([
      ['python', 'required', null],
    ]);
  });

  it('keeps a heading of unknown words right under an empty ignored heading in that ignored block', () => {
    const role = roleFromJobPosting(
      'Security Adviser\n\nRequirements\n- Python\n\nThings you need to know\n\nVetting\nSuccessful candidates must hold Security Check (SC) before they can be appointed.',
    );
    expect(role.requirements.map((q) => requirementId(q))).toEqual(['python']);
  });

  it('reads no minimum from years in a paragraph that says the employer does not screen on years', () => {
    const ad =
      'Researcher\n\nRequirements\n- Python\n- 3+ years with Kubernetes\n\nOn experience\nWe do not screen on years. One of our leads spent a decade in security engineering before this.';
    expect(exp(ad)).toEqual([]);
    expect(skills(ad)).toEqual([
      ['python', 'required', null],
      ['kubernetes', 'required', 3],
    ]);
    expect(exp(ad.replace('We do not screen on years. ', ''))).toEqual([['securityYears', 10]]);
  });

  it('reads years that point back with a pronoun as the years of the skill named before them', () => {
    expect(skills('Engineer\n\nRequirements\n- Python is a must, we want to see 4 years of it')).toEqual([['python', 'required', 4]]);
    expect(skills('Engineer\n\nRequirements\n- Python is a must, we want to see 4 years of experience with it')).toEqual([['python', 'required', 4]]);
    expect(skills('Ingeniero\n\nRequisitos\n- Python es imprescindible, buscamos 4 años con él', 'es')).toEqual([['python', 'required', 4]]);
  });

  it('opens the required tier at a sentence that says what the client needs', () => {
    const ad =
      'Engineer\n\nHi Sam, I saw your profile. Day to day you would run the on-call rota. In terms of what they actually need: strong Python and Terraform.';
    expect(skills(ad)).toEqual([
      ['python', 'required', null],
      ['terraform', 'required', null],
    ]);
  });

  it('reads a certification to obtain within months of appointment as no hard must', () => {
    const role = roleFromJobPosting('Analyst\n\nRequirements\n- Python\n- Obtaining CISSP within 6 months of appointment is a condition of the post.');
    const cert = role.requirements.find((q) => q.kind === 'certification');
    expect(cert && [cert.anyOf, cert.hard]).toEqual([['cissp'], false]);
  });

  it.each([
    ['Integrate security controls into CI/CD for the product teams', undefined, [['devsecops', 'duty', null]]],
    ['Intégrer des contrôles de sécurité dans la CI/CD des équipes produit', 'fr', [['devsecops', 'duty', null]]],
    ['Build detection for misuse of our public API', undefined, [['security-monitoring', 'duty', null]]],
    ['Build detection models for drift in predictions', undefined, []],
  ] as const)('reads the duty "%s"', (line, language, expected) => {
    const heading = language === 'fr' ? 'Vos missions' : 'Responsibilities';
    expect(skills(`Engineer\n\n${heading}\n- ${line}`, language).filter(([id]) => id === 'devsecops' || id === 'security-monitoring')).toEqual(expected);
  });

  it.each([
    ['Dar seguimiento a las vulnerabilidades detectadas hasta su cierre', 'es'],
    ['Schwachstellen bis zur Behebung nachhalten', 'de'],
  ] as const)('reads tracking vulnerabilities to closure as vulnerability management: %s', (line, language) => {
    const heading = language === 'es' ? 'Responsabilidades' : 'Ihre Aufgaben';
    expect(skills(`Engineer\n\n${heading}\n- ${line}`, language).map(([id]) => id)).toContain('vulnerability-management');
  });

  it('reads German compounds of privacy law, security concepts and a strong communicator before management', () => {
    const ad =
      'Sicherheitsbeauftragter\n\nIhr Profil\n- Erfahrung in der Erstellung von Sicherheitskonzepten\n- Kommunikationsstarke Persönlichkeit, die Risiken gegenüber der Geschäftsleitung vertritt\n- Kenntnisse des Datenschutzgesetzes von Vorteil';
    expect(skills(ad, 'de')).toEqual([
      ['security-assessment', 'required', null],
      ['stakeholder-communication', 'required', null],
      ['privacy', 'preferred', null],
    ]);
  });
});

describe('model validation duties', () => {
  it('reads independent validation of models as AI governance, and a model risk committee reported to as an audience', () => {
    const ad = (line: string) =>
      `Model Validation Analyst\n\nWhat you will do\n- ${line}\n- Present your findings to model owners and the Model Risk Committee.\n\nRequirements\n- Python\n`;
    const tiers = (text: string) => tiersOf(text).filter(([id]) => id === 'ai-governance');
    expect(tiers(ad('Carry out independent validation of scoring and pricing models each quarter.'))).toEqual([['ai-governance', 'duty']]);
    expect(tiers(ad('Build dashboards of loan volumes for the sales teams.'))).toEqual([]);
  });
});

describe('years over a list of fields any of which counts (convention 35)', () => {
  const rows = (ad: string, language?: 'de' | 'fr' | 'es'): Array<Array<string | number | undefined>> =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap(
      (q): Array<Array<string | number | undefined>> =>
        q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : q.kind === 'experience' ? [[q.measure, q.minYears]] : [],
    );

  it('asks no skill named only as one of several backgrounds of years overall', () => {
    expect(rows('Governance Lead\n\nRequirements\n- 6+ years in advisory work, internal audit or regulatory affairs')).toEqual([['totalYears', 6]]);
  });

  it('keeps a background skill that the ad asks for again on its own', () => {
    expect(
      rows('Governance Lead\n\nRequirements\n- 6+ years in advisory work, internal audit or regulatory affairs\n- Hands-on internal audit of IT controls'),
    ).toEqual([
      ['totalYears', 6],
      ['audit', 'required'],
    ]);
  });

  it('reads the backgrounds of years overall alike in German, French and Spanish', () => {
    expect(rows('Governance-Leitung\n\nIhr Profil\n- Mindestens fünf Jahre Berufserfahrung in Beratung, Datenschutz oder Controlling', 'de')).toEqual([
      ['totalYears', 5],
    ]);
    expect(rows("Responsable gouvernance\n\nProfil recherché\n- Au moins 5 ans d'expérience en conseil, audit ou affaires réglementaires", 'fr')).toEqual([
      ['totalYears', 5],
    ]);
    expect(rows('Responsable de gobierno\n\nRequisitos\n- Al menos 5 años de experiencia en consultoría, auditoría o asuntos regulatorios', 'es')).toEqual([
      ['totalYears', 5],
    ]);
  });

  it('still asks the skills of a list that is all one field, and skills joined by "and"', () => {
    expect(rows('Detection Engineer\n\nRequirements\n- 4+ years in security operations, threat hunting or incident response')).toEqual([
      ['securityYears', 4],
      ['security-monitoring|incident-response', 'required'],
    ]);
    expect(rows('Engineer\n\nRequirements\n- 5+ years in software, DevSecOps and audit')).toEqual([
      ['totalYears', 5],
      ['audit', 'required'],
      ['devsecops', 'required'],
    ]);
  });

  it('asks no skill named only in a bracket of alternatives after the field of the years', () => {
    expect(rows('Security Engineer\n\nRequirements\n- 5+ years in security engineering (network security, pentesting or similar)')).toEqual([
      ['securityYears', 5],
    ]);
    expect(rows("Ingénieur sécurité\n\nProfil recherché\n- Au moins 4 ans d'expérience en cybersécurité (SOC, conformité ou audit) ;", 'fr')).toEqual([
      ['securityYears', 4],
    ]);
    expect(
      rows('Sicherheitsingenieur\n\nIhr Profil\n- Mindestens vier Jahre Berufserfahrung in der IT-Sicherheit (SOC, Beratung oder Penetrationstests)', 'de'),
    ).toEqual([['securityYears', 4]]);
    expect(rows('Ingeniero de seguridad\n\nRequisitos\n- Al menos 4 años de experiencia en ciberseguridad (SOC, consultoría o auditoría)', 'es')).toEqual([
      ['securityYears', 4],
    ]);
  });
});

describe('a wish word after a comma and a list word covers what follows it (convention 36)', () => {
  const tiers = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
  const split = [
    ['privacy', 'required'],
    ['ai-regulation', 'preferred'],
  ];

  it('keeps what precedes ", and ideally" asked and wishes for what follows it', () => {
    expect(tiers('Counsel\n\nRequirements\n- Working command of GDPR, and ideally of the EU AI Act')).toEqual(split);
  });

  it('reads "et idéalement", "und idealerweise", "y idealmente" alike', () => {
    expect(tiers("Juriste\n\nProfil recherché\n- Pratique solide du RGPD, et idéalement de l'AI Act", 'fr')).toEqual(split);
    expect(tiers('Jurist\n\nIhr Profil\n- Sichere Anwendung der DSGVO, und idealerweise des AI Act', 'de')).toEqual(split);
    expect(tiers('Jurista\n\nRequisitos\n- Dominio práctico del RGPD, y idealmente del AI Act', 'es')).toEqual(split);
  });

  it('leaves an "or" before the wish to the list it joins', () => {
    expect(tiers('Counsel\n\nRequirements\n- Working command of GDPR, or ideally of the EU AI Act')).not.toEqual(split);
  });
});

describe('a bracket of the first item, then the list of backgrounds goes on (convention 35)', () => {
  const rows = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap(
      (q): Array<Array<string | number | undefined>> =>
        q.kind === 'skill' ? [[q.skills.join('|'), q.tier, q.minYears]] : q.kind === 'experience' ? [[q.measure, q.minYears]] : [],
    );

  it('reads the list past the bracket: years overall, and none of the backgrounds asked', () => {
    expect(rows('Risk Lead\n\nRequirements\n- 4+ years in risk management (credit, market or model risk), internal audit or consulting')).toEqual([
      ['totalYears', 4],
    ]);
    expect(
      rows(
        "Responsable risques\n\nProfil recherché\n- Au moins 4 ans d'expérience en gestion des risques (risque de crédit, de marché ou de modèle), audit ou conseil",
        'fr',
      ),
    ).toEqual([['totalYears', 4]]);
    expect(
      rows(
        'Responsable de riesgos\n\nRequisitos\n- Al menos 4 años de experiencia en gestión de riesgos (riesgo de crédito, de mercado o de modelo), auditoría o consultoría',
        'es',
      ),
    ).toEqual([['totalYears', 4]]);
    expect(
      rows(
        'Risikoleitung\n\nIhr Profil\n- Mindestens vier Jahre Berufserfahrung im Risikomanagement (Kredit-, Markt- oder Modellrisiko), Revision oder Beratung',
        'de',
      ),
    ).toEqual([['totalYears', 4]]);
  });

  it('reads the field before a bracket of examples and a short list of settings as the years', () => {
    expect(rows('AppSec Engineer\n\nRequirements\n- 5+ years in application security (OWASP Top 10, DAST, secure design), in-house or consulting')).toEqual([
      ['securityYears', 5],
      ['application-security', 'required', undefined],
    ]);
  });

  it('leaves a bracket alone when a clause of its own follows the comma', () => {
    expect(
      rows(
        'Red Teamer\n\nRequirements\n- 5+ years in offensive security (penetration testing, red teaming or exploit work), with much of it spent on web applications or cloud platforms',
      ),
    ).toEqual([
      ['securityYears', 5],
      ['penetration-testing', 'required', undefined],
    ]);
  });
});

describe('choice lists, long asides, wish headings, vague years and clearances not required (ads-s47)', () => {
  const rows = (ad: string): Array<Array<string | number | boolean | undefined>> =>
    roleFromJobPosting(ad).requirements.map((q) =>
      q.kind === 'skill'
        ? [q.skills.join('|'), q.tier]
        : q.kind === 'experience'
          ? [q.measure, q.minYears]
          : q.kind === 'clearance'
            ? ['clearance', q.minLevel, q.active]
            : [q.kind, q.tier],
    );
  const notes = (ad: string) => (roleFromJobPosting(ad).notes ?? []).map((n) => [n.condition, n.level]);

  it('reads the items of a list opened by "one or more of the following:" as one choice', () => {
    expect(
      rows(
        'Assessor\n\nQualifications\nYour experience must cover one or more of the following:\n(a) hardening Kubernetes clusters for regulated workloads;\n(b) building Terraform modules for landing zones.\n',
      ),
    ).toEqual([['kubernetes|terraform', 'required']]);
  });

  it('leaves a list opened by "all of the following:" as separate asks', () => {
    expect(
      rows('Assessor\n\nQualifications\nYour experience must cover all of the following:\n- hardening Kubernetes clusters\n- building Terraform modules\n'),
    ).toEqual([
      ['kubernetes', 'required'],
      ['terraform', 'required'],
    ]);
  });

  it('keeps a semicolon inside a long bracketed remark from cutting off what the remark qualifies', () => {
    expect(
      rows(
        'Analyst\n\nQualifications\nRanking factor (this is not required to apply; people who show it can be rated in a better group of applicants): scripting in Go.\n',
      ),
    ).toEqual([['go', 'preferred']]);
  });

  it('reads "Would be lovely:" as a heading of wished-for skills', () => {
    expect(rows('Engineer\n\nWhat we need:\n- Rust\n\nWould be lovely:\n- Terraform\n')).toEqual([
      ['rust', 'required'],
      ['terraform', 'preferred'],
    ]);
  });

  it('takes the field of vague years from after their counted aside', () => {
    // ML engineering named as a discipline gives the years' measure only (convention 345).
    expect(rows('Engineer\n\nRequirements\n- Some years (say 4+) in machine learning engineering\n')).toEqual([['mlYears', 4]]);
  });

  it('asks no held clearance where the ad says an active one is not required', () => {
    const ad =
      'Analyst\n\nRequirements\n- Rust\n\nConditions of Employment\n- You must be able to obtain a Top Secret clearance.\n\nAdditional information\nCandidates with an active Top Secret clearance may start sooner; an active clearance is not required to apply.\n';
    expect(rows(ad)).toEqual([['rust', 'required']]);
    expect(notes(ad)).toContainEqual(['clearance-obtainable', 'top-secret']);
  });

  it('asks no held clearance where a sentence of the ad says one held is not required', () => {
    const ad =
      "Engineer\n\nYou'll need strong Rust. You must be able to obtain and maintain a Top Secret/SCI clearance. Candidates who already hold an active TS/SCI will get through onboarding faster, but it is not required to apply.\n";
    const held = (ad: string) => roleFromJobPosting(ad).requirements.flatMap((q) => (q.kind === 'clearance' ? [[q.minLevel, q.active]] : []));
    expect(held(ad)).toEqual([]);
    expect(notes(ad)).toContainEqual(['clearance-obtainable', 'ts-sci']);
    expect(held('Engineer\n\nRequirements\n- Rust\n- An active Secret clearance is not required.\n')).toEqual([['secret', false]]);
    // Said of a polygraph, or beside a must, it leaves the clearance asked.
    expect(held('Engineer\n\nRequirements\n- Rust\n- Active Secret clearance (polygraph not required)\n')).toEqual([['secret', true]]);
    expect(held('Engineer\n\nRequirements\n- Rust\n- You must hold an active Secret clearance; a polygraph is not required.\n')).toEqual([['secret', true]]);
  });

  it('takes a different background accepted in place of the degree as an escape from it', () => {
    const degreeHard = (ad: string, language?: 'fr') =>
      roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'degree' ? [[q.minLevel, q.hard]] : []));
    expect(
      degreeHard('Ingénieur\n\nProfil recherché\n- Bac+5 en informatique. Un parcours atypique avec de vrais projets nous intéresse aussi.\n- Python\n', 'fr'),
    ).toEqual([['master', false]]);
    expect(degreeHard("Ingénieur\n\nProfil recherché\n- Bac+5 en informatique, ou vous justifiez d'un parcours équivalent.\n- Python\n", 'fr')).toEqual([
      ['master', false],
    ]);
    expect(degreeHard('Engineer\n\nRequirements\n- A degree in Physics, or people who gained equivalent expertise through industry work.\n- Python\n')).toEqual(
      [['bachelor', false]],
    );
    expect(degreeHard('Engineer\n\nRequirements\n- Bachelor degree in Physics, or 4 years of experience equivalent to it.\n- Python\n')).toEqual([
      ['bachelor', false],
    ]);
  });

  it('reads an opening sentence about "my client" as a description of the employer', () => {
    expect(
      rows('Platform Engineer\n\nMy client is a logistics firm building route-planning models on GCP for its fleet.\n\nRequirements\n- Terraform\n'),
    ).toEqual([['terraform', 'required']]);
    expect(rows('Platform Engineer\n\nOur client is looking for an engineer who knows GCP.\n\nRequirements\n- Terraform\n')).toEqual([
      ['gcp', 'duty'],
      ['terraform', 'required'],
    ]);
  });

  it('reads a part of security years spent in an ML field as ML years, past the words that make it a part', () => {
    // ML engineering named as a discipline gives the years' measure only (convention 345).
    expect(rows('Engineer\n\nRequirements\n- 6+ years in security engineering, and at least 2 of those years in ML engineering.\n')).toEqual([
      ['mlYears', 2],
      ['securityYears', 6],
    ]);
    // Security work on systems that use ML is no ML work.
    expect(
      rows(
        'Engineer\n\nRequirements\n- 6+ years in security engineering, including one year in which the systems under review incorporated machine learning.\n',
      ),
    ).toEqual([['securityYears', 6]]);
  });

  it("reads years of governing an ML field as the governance skill's years (convention 45)", () => {
    expect(rows('Lead\n\nRequirements\n- 3 years of experience supporting AI/ML governance or model risk management.\n')).toEqual([
      ['ai-governance', 'required'],
    ]);
    const years = roleFromJobPosting('Lead\n\nRequirements\n- 3 years of experience supporting AI/ML governance or model risk management.\n').requirements.map(
      (q) => (q.kind === 'skill' ? q.minYears : undefined),
    );
    expect(years).toEqual([3]);
    expect(rows('Lead\n\nRequirements\n- 3 years of experience building and governing ML models.\n')[0]).toEqual(['mlYears', 3]);
  });

  it('asks no data engineering for the data pipelines of the ML systems a security assessment covers', () => {
    expect(
      rows(
        'Analyst\n\nDuties\n- Performs security assessments of AI systems, including classifiers, feature data pipelines and chatbots.\n\nRequirements\n- Rust\n',
      ),
    ).toEqual([
      ['security-assessment', 'duty'],
      ['rust', 'required'],
    ]);
  });

  it('asks no skill of a header line of chips', () => {
    expect(rows('Data Protection Lead\nOrbitco · Security & Privacy · Berlin\n\nRequirements\n- Terraform\n')).toEqual([['terraform', 'required']]);
  });

  it('reads a choice of hosted services of different clouds as a choice of their providers too (convention 3)', () => {
    expect(rows('Engineer\n\nRequirements\n- Rust\n- Shipped features on Azure OpenAI or Amazon Bedrock\n')).toEqual([
      ['rust', 'required'],
      ['azure|aws', 'required'],
      ['llm-applications', 'required'],
    ]);
    expect(rows('Engineer\n\nRequirements\n- Rust\n- Shipped features on Amazon Bedrock\n')).toEqual([
      ['rust', 'required'],
      ['llm-applications', 'required'],
    ]);
  });

  it('counts a provider named by its own service as an item of such a choice, and only there (convention 3)', () => {
    expect(rows('Engineer\n\nRequirements\n- Rust\n- Hands-on exposure to at least one of Azure OpenAI, AWS Bedrock or Google Vertex AI\n')).toEqual([
      ['rust', 'required'],
      ['azure|aws|gcp', 'required'],
      ['llm-applications', 'required'],
    ]);
    expect(rows('Engineer\n\nRequirements\n- Rust\n- Experience with SageMaker or Vertex AI\n')).toEqual([
      ['rust', 'required'],
      ['aws|gcp', 'required'],
    ]);
  });

  it('reads a bare degree abbreviation followed by a field, with no "in" (Philippine and South Asian ads)', () => {
    const degree = (ad: string) =>
      roleFromJobPosting(ad)
        .requirements.filter((q) => q.kind === 'degree')
        .map((q) => [q.kind === 'degree' && q.minLevel, q.tier]);
    expect(degree('Analyst\n\nQualifications\n- Graduate of BS Computer Science, Information Technology or any related course\n- Python\n')).toEqual([
      ['bachelor', 'required'],
    ]);
    expect(degree('Analyst\n\nQualifications\n- MS Office and MS Teams\n- Python\n')).toEqual([]);
  });

  it('reads a Top Secret clearance with SCI eligibility as TS/SCI, held when said active', () => {
    expect(rows('Engineer\n\nRequirements\n- Active Top Secret clearance with SCI eligibility\n')).toEqual([['clearance', 'ts-sci', true]]);
    // The SCI part is still to come: a note to obtain it stays beside the clearance held.
    const ad = 'Engineer\n\nRequirements\n- Rust\n- Active Top Secret clearance with SCI eligibility\n- You must be able to obtain TS/SCI after hire\n';
    expect(notes(ad)).toContainEqual(['clearance-obtainable', 'ts-sci']);
    // Held TS/SCI covers a TS/SCI to obtain, whatever else the clause says is to come.
    expect(notes(ad.replace('Top Secret clearance with SCI eligibility', 'TS/SCI clearance with the ability to obtain a polygraph'))).not.toContainEqual([
      'clearance-obtainable',
      'ts-sci',
    ]);
  });
});

describe('page furniture, soft-wrapped prose, wishes after examples and degrees that matter less (ads2-s47)', () => {
  const read = (ad: string) => roleFromJobPosting(ad, { languages: allLanguages });
  const tiers = (ad: string) => read(ad).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it('keeps the items after a page footer, a rule and the repeated letterhead in the list they continue', () => {
    const ad = [
      'NORTHWIND PARTNERS LLP                Risk Advisory',
      '',
      'Cloud Security Consultant',
      '',
      'Essential',
      '- Terraform in production',
      '',
      'Northwind Partners LLP – Role Profile                  Page 1 of 2',
      '______________________________________________',
      'NORTHWIND PARTNERS LLP                Risk Advisory',
      '',
      '- Rust for tooling',
      '',
    ].join('\n');
    expect(tiers(ad)).toEqual([
      ['terraform', 'required'],
      ['rust', 'required'],
    ]);
  });

  it('reads a sentence wrapped over several lines as one: its clearance is to be obtained', () => {
    const ad =
      'Engineer\n\nRequirements\n- Rust\n\nScreening\nEvery hire is vetted. Several of the programmes need Security Check clearance, so\nyou must be eligible to obtain it before you are staffed there.\n';
    const role = read(ad);
    expect(role.requirements.filter((q) => q.kind === 'clearance')).toEqual([]);
    expect((role.notes ?? []).filter((n) => n.condition === 'clearance-obtainable').map((n) => n.level)).toEqual(['secret']);
  });

  it('ends a list of examples at a wish that closes its clause, not at one that ranks an item', () => {
    const ad =
      'Engineer\n\nRequirements\n- Rust\n\nNice to have\n- Knowing attacks such as data poisoning, is a real plus, and so is Splunk or a similar SIEM\n';
    expect(tiers(ad)).toEqual([
      ['rust', 'required'],
      ['adversarial-ml', 'preferred'],
      ['security-monitoring', 'preferred'],
    ]);
    expect(tiers('Engineer\n\nRequirements\n- Rust\n\nNice to have\n- Some cloud (Azure preferred, AWS also fine)\n')).toEqual([
      ['rust', 'required'],
      ['azure|aws', 'preferred'],
    ]);
  });

  it('reads years said as a rough figure, and the share of them said "at least", as no must', () => {
    const years = (line: string) =>
      read(`Engineer\n\nRequirements\n- Rust\n- ${line}\n`).requirements.flatMap((q) =>
        q.kind === 'experience'
          ? [[q.measure, q.minYears, q.hard]]
          : q.kind === 'skill' && q.minYears !== undefined
            ? [[q.skills.join('|'), q.minYears, q.yearsHard]]
            : [],
      );
    expect(years('Somewhere around 6 years in security engineering, and at least 2 of those managing engineers')).toEqual([
      ['securityYears', 6, false],
      ['team-leadership', 2, false],
    ]);
    expect(years('At least 6 years in security engineering, and at least 2 of those managing engineers')).toEqual([
      ['securityYears', 6, true],
      ['team-leadership', 2, true],
    ]);
  });

  it('reads a degree that matters less than a track record, or than whether one studied, as replaceable by experience', () => {
    const degree = (line: string) => read(`Engineer\n\nWhat we're looking for\n- Rust\n- ${line}\n`).requirements.find((q) => q.kind === 'degree');
    expect(degree('A degree in Computer Science – though your record matters more to us than where you studied')).toMatchObject({
      hard: false,
      tier: 'required',
    });
    expect(degree('A degree in Computer Science, or whether you studied at all is up to you')?.hard).toBe(false);
    expect(degree('A degree in Computer Science')?.hard).toBe(true);
  });
});

describe('duties said in ways the reader missed: headings, prose leads, lead-ins, verbs (adsduty-s48)', () => {
  const tiers = (ad: string) =>
    roleFromJobPosting(ad, { languages: allLanguages }).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it('reads a recruiter\'s "What we need done" heading as the duties', () => {
    expect(tiers('Security Engineer\n\nWHAT WE NEED DONE\n- Write the internal secure coding standard\n\nMUST-HAVES\n- Rust\n')).toEqual([
      ['application-security', 'duty'],
      ['policy-development', 'duty'],
      ['rust', 'required'],
    ]);
  });

  it('reads prose after the requirements that opens on the day to day as duties', () => {
    const ad = "Security Lead\n\nWhat they need:\n- Rust\n- Terraform\n\nDay to day you'd be writing the security policy and presenting to the board.\n";
    expect(tiers(ad)).toEqual([
      ['rust', 'required'],
      ['terraform', 'required'],
      ['policy-development', 'duty'],
      ['stakeholder-communication', 'duty'],
    ]);
  });

  it('classifies a lead-in of two sentences by its last one', () => {
    const ad =
      'Security Engineer\n\nRequirements\n- Rust\n\nWe are hiring an engineer for the platform team of a client in insurance. Your responsibilities:\n- Harden the Terraform modules\n';
    expect(tiers(ad)).toEqual([
      ['rust', 'required'],
      ['terraform', 'duty'],
    ]);
  });

  it('reads standards written a few words after the verb of writing them as policy development', () => {
    expect(
      tiers("Security Engineer\n\nResponsibilities\n- Establish and run the bank's model testing methodology and standards\n\nRequirements\n- Rust\n"),
    ).toEqual([
      ['policy-development', 'duty'],
      ['rust', 'required'],
    ]);
  });

  it("reads watching a model's quality, said with the German second person, as model monitoring", () => {
    expect(tiers('ML Engineer\n\nDeine Aufgaben\n- Du überwachst die Modellgüte im Betrieb\n\nDein Profil\n- Rust\n')).toEqual([
      ['model-monitoring', 'duty'],
      ['rust', 'required'],
    ]);
  });

  it('reads security tests that run in a CI pipeline as a pipeline gate, and plain unit tests there as none', () => {
    expect(
      tiers('AppSec Engineer\n\nResponsibilities\n- Add automated prompt injection tests to the CI/CD pipeline of every LLM service\n\nRequirements\n- Rust\n'),
    ).toEqual([
      ['devsecops', 'duty'],
      ['llm-security', 'duty'],
      ['security-automation', 'duty'],
      ['rust', 'required'],
    ]);
    expect(tiers('ML Engineer\n\nResponsibilities\n- Add unit tests to the CI pipeline of the training code\n\nRequirements\n- Rust\n')).toEqual([
      ['rust', 'required'],
    ]);
  });

  it.each([
    ['Security Engineer\n\nResponsibilities\n- Lead the response when a breach is reported\n\nRequirements\n- Rust\n', true],
    ['Security Engineer\n\nResponsibilities\n- Lead the response to RFP questionnaires\n\nRequirements\n- Rust\n', false],
    ['Sicherheitsingenieur\n\nDeine Aufgaben\n- Du koordinierst die Reaktion, wenn ein Angriff erkannt wird\n\nDein Profil\n- Rust\n', true],
    ['Ingénieur sécurité\n\nVos missions\n- Vous pilotez la réponse en cas de compromission\n\nVotre profil\n- Rust\n', true],
    ['Ingeniero de seguridad\n\nFunciones\n- Coordinarás la respuesta ante una brecha\n\nRequisitos\n- Rust\n', true],
  ])('reads leading the response to an incident as incident response: %#', (ad, expected) => {
    expect(tiers(ad).some(([id, tier]) => id === 'incident-response' && tier === 'duty')).toBe(expected);
  });

  it.each([
    ['Sicherheitsingenieur\n\nDeine Aufgaben\n- Du gibst dein Wissen an unsere Junior-Kollegen weiter\n\nDein Profil\n- Rust\n', 'mentoring'],
    ['Ingeniero de seguridad\n\nFunciones\n- Capacitar a los desarrolladores del equipo\n\nRequisitos\n- Rust\n', 'mentoring'],
    ['Security Engineer\n\nResponsibilities\n- Help the tier-1 analysts level up\n\nRequirements\n- Rust\n', 'mentoring'],
    ['Sicherheitsingenieur\n\nDeine Aufgaben\n- Du stimmst dich mit Produktmanagement und Kunden ab\n\nDein Profil\n- Rust\n', 'stakeholder-communication'],
    ['Ingeniero de seguridad\n\nFunciones\n- Trabajar de la mano con las áreas de Riesgos y Legal\n\nRequisitos\n- Rust\n', 'stakeholder-communication'],
    ['Security Engineer\n\nResponsibilities\n- Work hand in hand with Legal and Compliance\n\nRequirements\n- Rust\n', 'stakeholder-communication'],
    [
      'Ingénieur sécurité\n\nVos missions\n- Travailler main dans la main avec les équipes juridique et conformité\n\nVotre profil\n- Rust\n',
      'stakeholder-communication',
    ],
  ])('reads coaching and cross-functional verbs as duties: %#', (ad, id) => {
    expect(tiers(ad)).toEqual([
      [id, 'duty'],
      ['rust', 'required'],
    ]);
  });
});

describe('question headings, company prose under a duty heading, alternatives accepted instead and notes that wish (ads48)', () => {
  const read = (ad: string) => roleFromJobPosting(ad, { languages: allLanguages });
  const tiers = (ad: string) => read(ad).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));

  it('reads headings asked as questions as duties, requirements and benefits', () => {
    const ad = [
      'Detection Engineer',
      '',
      'What will you do?',
      '- Write detection content for the SIEM',
      '',
      'What do you bring?',
      '- A solid grasp of how machine learning models are trained',
      '',
      'What do we offer?',
      '- A yearly Kubernetes course',
      '',
    ].join('\n');
    expect(tiers(ad)).toEqual([
      ['security-monitoring', 'duty'],
      ['machine-learning', 'required'],
    ]);
    expect(tiers('Analyste\n\nQue ferez-vous ?\n- Rédiger des règles de détection pour le SIEM\n\nProfil\n- Python\n')).toEqual([
      ['security-monitoring', 'duty'],
      ['python', 'required'],
    ]);
    expect(tiers('Analyst\n\nWas werden Sie tun?\n- Regeln für das SIEM schreiben\n\nWas bringen Sie mit?\n- Python\n')).toEqual([
      ['security-monitoring', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('ignores the tags of a "Job Skills" line that the text does not ask for', () => {
    expect(tiers('Engineer\n\nRequirements\n- Rust\n\nJob Skills\nCloud Security, Leadership, Python (Programming Language), Threat Modeling\n')).toEqual([
      ['rust', 'required'],
    ]);
  });

  it('reads a prose line opening a duty section whose subject is the employer as about the company', () => {
    const ad = [
      'Security Analyst',
      'Tamarind Data Services',
      '',
      'Job description',
      'Tamarind Data Services is a consultancy of 900 people delivering projects with SAP, Java and Power BI.',
      '- Run threat modeling workshops with product teams',
      '',
      'Requirements',
      '- Python',
      '',
    ].join('\n');
    expect(tiers(ad)).toEqual([
      ['threat-modeling', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads a later sentence of a prose line whose subject is the employer short name in brackets as about the company', () => {
    const ad = [
      'Responsable Risques IA',
      'Mutuelle Atlantique Réunie (MAR)',
      '',
      'Descriptif du poste',
      "Vous pilotez la gouvernance de l'IA du groupe. MAR compte une trentaine de cas d'usage développés sur Dataiku et Azure.",
      '',
      'Profil recherché',
      '- Python',
      '',
    ].join('\n');
    expect(tiers(ad)).toEqual([
      ['ai-governance', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads applications based on LLMs as LLM application work only when they are built, not when they are tested', () => {
    expect(tiers('Engineer\n\nRequirements\n- You have shipped LLM-based apps to paying users\n- Go\n')).toEqual([
      ['llm-applications', 'required'],
      ['go', 'required'],
    ]);
    expect(tiers('Engineer\n\nRequirements\n- Testing LLM-based applications for weaknesses\n- Go\n')).toEqual([['go', 'required']]);
  });

  it('joins the skills of a parenthesis that opens by accepting them too into one choice with the skill before it', () => {
    expect(tiers('Engineer\n\nRequirements\n- Hands-on GCP (we also accept Azure or AWS)\n- Go\n')).toEqual([
      ['gcp|azure|aws', 'required'],
      ['go', 'required'],
    ]);
    expect(tiers('Ingeniera\n\nRequisitos\n- Trabajo diario con Azure (también aceptamos AWS o GCP)\n- Go\n')).toEqual([
      ['azure|aws|gcp', 'required'],
      ['go', 'required'],
    ]);
    // Opening words that only tell of the employer keep the skills apart.
    expect(tiers('Engineer\n\nRequirements\n- Hands-on GCP (we also run AWS)\n')).toEqual([
      ['aws', 'required'],
      ['gcp', 'required'],
    ]);
  });

  it('joins the skills of a parenthesis accepted in place of the skill before it into one choice', () => {
    expect(tiers('Engineer\n\nNice to have\n- GCP knowledge (strong AWS or Azure knowledge works too)\n')).toEqual([['gcp|aws|azure', 'preferred']]);
    expect(tiers('Engineer\n\nNice to have\n- GCP knowledge (we would take AWS instead)\n')).toEqual([['gcp|aws', 'preferred']]);
    // A parenthesis that only comments on the skill keeps the skills apart.
    expect(tiers('Engineer\n\nNice to have\n- GCP knowledge (we also use AWS)\n')).toEqual([
      ['aws', 'preferred'],
      ['gcp', 'preferred'],
    ]);
  });

  it('gives the years to a skill that opens their subject before its experience noun, whatever list qualifies it after', () => {
    const years = (line: string) =>
      read(`Manager\n\nRequirements\n- Rust\n- ${line}\n`).requirements.flatMap((q) =>
        q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
      );
    expect(years('At least 5 years of people management experience heading platform or data teams')).toEqual([['team-leadership', 5]]);
  });

  it('gives no ML years to a share of years spent on AI topics, a skill its own and security topics security years', () => {
    const years = (ad: string) =>
      read(ad).requirements.flatMap((q) =>
        q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
      );
    expect(years('Analyst\n\nRequirements\n- At least 6 years in audit or compliance, of which 3 years on AI or data topics\n')).toEqual([['totalYears', 6]]);
    expect(years("Analyste\n\nProfil recherché\n- 6 ans d'expérience en audit ou conformité, dont 3 ans sur des sujets IA\n")).toEqual([['totalYears', 6]]);
    expect(years("Analyste\n\nProfil recherché\n- 6 ans d'expérience en audit ou conformité, dont 3 ans sur des sujets de protection des données\n")).toEqual([
      ['totalYears', 6],
      ['privacy', 3],
    ]);
    expect(
      years("Analyste\n\nProfil recherché\n- 6 ans d'expérience en audit ou conformité, dont 3 ans sur des sujets de sécurité de l'information\n"),
    ).toEqual([
      ['securityYears', 3],
      ['totalYears', 6],
    ]);
  });

  it('reads a wish that says it is not required as preferred, even under a heading of notes', () => {
    const ad =
      'Engineer\n\nRequirements\n- Rust\n\nAdditional information\nKnowledge of Terraform is desirable but not required.\nVeterans are encouraged to apply.\n';
    expect(tiers(ad)).toEqual([
      ['rust', 'required'],
      ['terraform', 'preferred'],
    ]);
  });

  it('reads VAPT of web applications as application security too', () => {
    expect(tiers('Analyst\n\nRequirements\n- VAPT experience covering web apps and networks\n')).toEqual([
      ['application-security', 'required'],
      ['penetration-testing', 'required'],
    ]);
  });

  it('reads managing the budget or the vendors of security tooling as no tooling of the hire', () => {
    expect(tiers('Manager\n\nResponsibilities\n- Manage the budget and vendor contracts for our security tooling\n\nRequirements\n- Rust\n')).toEqual([
      ['rust', 'required'],
    ]);
    expect(tiers('Manager\n\nResponsibilities\n- Build security tooling for the red team\n\nRequirements\n- Rust\n')).toEqual([
      ['security-automation', 'duty'],
      ['rust', 'required'],
    ]);
  });

  it('reads an audience of senior people and the bias of algorithms in French and Spanish', () => {
    expect(tiers("Analyste\n\nProfil\n- Aisance à l'oral face à des interlocuteurs de haut niveau\n")).toEqual([['stakeholder-communication', 'required']]);
    expect(tiers('Analista\n\nRequisitos\n- Facilidad para tratar con interlocutores de alto nivel\n')).toEqual([['stakeholder-communication', 'required']]);
    expect(tiers("Analyste\n\nAtouts\n- Une sensibilité à l'éthique et aux biais des algorithmes\n")).toEqual([['responsible-ai', 'preferred']]);
    expect(tiers('Analista\n\nFunciones\n- Revisar modelos de IA en busca de fugas de datos, envenenamiento y sesgos\n')).toContainEqual([
      'responsible-ai',
      'duty',
    ]);
  });
});

describe('casual career-page tiers, spelled-out years and wrapped PDF lines (conventions 70–72)', () => {
  const tiers = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
  const experience = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'experience' ? [[q.measure, q.minYears, q.hard]] : []));

  it('reads "You\'ll thrive if" as the wishes once a requirements heading came before it', () => {
    const ad = "Detection Engineer\n\nWhat gets you in the door\n- You write Go every day\n\nYou'll thrive if\n- you have written Terraform modules";
    expect(tiers(ad)).toEqual([
      ['go', 'required'],
      ['terraform', 'preferred'],
    ]);
  });

  it('keeps "You\'ll thrive if" the requirements when it is the first list, with no must for its years', () => {
    const ad =
      "Detection Engineer\n\nWhat the work looks like\n- Write Terraform for the log pipeline\n\nYou'll thrive if\n- you have 4 years in security operations\n- you write Go every day";
    expect(experience(ad)).toEqual([['securityYears', 4, false]]);
    expect(tiers(ad)).toEqual([
      ['terraform', 'duty'],
      ['go', 'required'],
    ]);
  });

  it('carries a wish that opens a paragraph ("It\'s a bonus if you") over its later clauses and sentences', () => {
    const ad =
      "Data Scientist\n\nWhat you'll bring\nYou write Python daily.\n\nIt's a bonus if you have used Spark; if you know Terraform. Experience with Kubernetes would help too.";
    expect(tiers(ad)).toEqual([
      ['python', 'required'],
      ['data-engineering', 'preferred'],
      ['terraform', 'preferred'],
      ['kubernetes', 'preferred'],
    ]);
  });

  it('reads years that say a little less will do as no must', () => {
    expect(experience('ML Engineer\n\nRequirements\n- About five years of machine learning experience; a bit less is fine if your work shows it')).toEqual([
      ['mlYears', 5, false],
    ]);
  });

  it('reads "a couple of those" as two years of the years before', () => {
    expect(experience('Platform Engineer\n\nRequirements\n- 6 years in engineering, with at least a couple of those spent in security')).toEqual([
      ['securityYears', 2, true],
      ['totalYears', 6, true],
    ]);
    // A couple of things is no length of time.
    expect(experience('Platform Engineer\n\nRequirements\n- You write Python; we run a couple of Go services')).toEqual([]);
  });

  it('takes the lower end of a range written in number words ("entre dos y cuatro años")', () => {
    expect(experience('Analista SOC\n\nRequisitos\n- Entre dos y cuatro años de experiencia en ciberseguridad', 'es')).toEqual([['securityYears', 2, true]]);
    expect(experience('Analyst\n\nRequirements\n- Between two and four years of security experience')).toEqual([['securityYears', 2, true]]);
  });

  it('reads no Master of Laws in an acronym listed after another ("sujets IA ou LLM"), so the years stay a must', () => {
    const ad = "Ingénieur sécurité\n\nProfil recherché\n- 4 ans d'expérience en sécurité, dont un an sur des sujets IA ou LLM.";
    const role = roleFromJobPosting(ad, { language: 'fr' });
    expect(role.requirements.some((q) => q.kind === 'degree')).toBe(false);
    expect(experience(ad, 'fr')).toContainEqual(['securityYears', 4, true]);
    // A degree listed after another degree stays one.
    expect(roleFromJobPosting('Engineer\n\nRequirements\n- Degree required: BS or MS.').requirements.some((q) => q.kind === 'degree')).toBe(true);
  });

  it('joins an indented line that opens with a number to the unfinished line above it (a flattened PDF)', () => {
    const ad = 'Product Security Engineer\n\nRequired\n• 7+ years in security engineering, with at least\n  3 years focused on application security';
    const role = roleFromJobPosting(ad);
    expect(experience(ad)).toEqual([['securityYears', 7, true]]);
    expect(role.requirements.find((q) => q.kind === 'skill' && q.skills.includes('application-security'))).toMatchObject({ minYears: 3 });
  });

  it('softens a degree when the next sentence of its item accepts equivalent experience or a lower diploma', () => {
    const degree = (ad: string, language?: 'es') =>
      roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'degree' ? [[q.minLevel, q.tier, q.hard]] : []));
    const es =
      'Analista\n\nRequisitos\n- 2 años en ciberseguridad\n- Grado en Ingeniería Informática o similar. Se valorará igualmente la experiencia equivalente o un ciclo formativo de grado superior.';
    expect(degree(es, 'es')).toContainEqual(['bachelor', 'required', false]);
    // A ladder of its own before the experience keeps the degree asked for a must.
    const ladder = "Engineer\n\nMinimum qualifications\n- Bachelor's degree in Physics. Master's degree or equivalent experience.";
    expect(degree(ladder)[0]).toEqual(['bachelor', 'required', true]);
  });

  it('reads a "Why <employer>" heading as the employer\'s pitch, no duty', () => {
    const ad = 'Security Engineer\n\nRequirements\n- You write Python daily\n\nWhy Northgate\nEvery laptop signs in through Okta single sign-on.';
    expect(tiers(ad)).toEqual([['python', 'required']]);
  });

  it('reads "Auftreten gegenüber Vorständen" as stakeholder communication', () => {
    expect(tiers('Analyst (m/w/d)\n\nIhr Profil\n- Sicheres Auftreten gegenüber Vorständen', 'de')).toEqual([['stakeholder-communication', 'required']]);
  });

  it('reads a function named before "colleagues" as the people who need the work, no skill of its own', () => {
    const ad =
      'Platform Security Engineer\n\nWhat you will do\n- Write the evidence our model risk and internal audit colleagues ask for\n\nRequirements\n- You write Python';
    expect(tiers(ad)).toEqual([['python', 'required']]);
  });

  it('gives the years of a share spent on one skill named as the topic to that skill, and none to a list of topics', () => {
    const years = (ad: string) =>
      roleFromJobPosting(ad, { language: 'fr' }).requirements.flatMap((q) =>
        q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
      );
    expect(years("Ingénieur\n\nProfil recherché\n- 5 ans d'expérience en ingénierie logicielle, dont 3 ans sur des sujets MLOps")).toEqual([
      ['totalYears', 5],
      ['mlops', 3],
    ]);
    expect(years("Juriste\n\nProfil recherché\n- 5 ans d'expérience en conformité, dont 2 ans sur des sujets data ou IA")).toEqual([['totalYears', 5]]);
  });

  it('reads supervised models as machine learning', () => {
    expect(tiers('Data Scientist\n\nRequirements\n- Experience training supervised models on tabular data')).toEqual([['machine-learning', 'required']]);
  });

  it('keeps a fallback after an "or" in one choice ("GCP, or failing that, AWS", "GCP ou, à défaut, AWS")', () => {
    const choice = (ad: string, language?: 'fr') =>
      roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [q.skills.join('|')] : []));
    expect(choice('Cloud Engineer\n\nRequirements\n- You know GCP (our home) or, failing that, AWS')).toEqual(['gcp|aws']);
    expect(choice('Ingénieur cloud\n\nProfil recherché\n- Tu connais GCP (notre hébergeur) ou, à défaut, AWS', 'fr')).toEqual(['gcp|aws']);
  });

  it('a clearance to obtain is hard as a condition of employment, soft as a wish (convention 9)', () => {
    const hard = (ad: string, language?: 'de' | 'fr' | 'es') =>
      (roleFromJobPosting(ad, language ? { language } : {}).notes ?? []).filter((n) => n.condition === 'clearance-obtainable').map((n) => n.hard);
    expect(hard('Analyst\n\nRequirements\n- 3 years of SOC experience\n- Must be able to obtain and maintain a Secret clearance')).toEqual([true]);
    // A wish about a clearance already held, said apart, leaves obtaining one a condition.
    expect(
      hard(
        'Analyst\n\nRequirements\n- 3 years of SOC experience\n- Ability to obtain and maintain a Baseline security clearance (an existing NV1 is highly regarded)',
      ),
    ).toEqual([true]);
    expect(
      hard('Analyst\n\nRequirements\n- 3 years of SOC experience\n- Must be able to obtain a Public Trust – an active PT is a big plus but not required'),
    ).toEqual([true]);
    // Asked as a wish: not hard, still a note.
    expect(hard('Analyst\n\nRequirements\n- 3 years of SOC experience\n- Ability to obtain a Secret clearance is preferred')).toEqual([false]);
    expect(hard('Analyst\n\nRequirements\n- 3 years of SOC experience\n\nNice to have\n- Ability to obtain a Secret clearance')).toEqual([false]);
    expect(hard('Analyst\n\nAnforderungen\n- 3 Jahre Erfahrung im SOC\n- Bereitschaft zur Sicherheitsüberprüfung (Ü2) nach SÜG', 'de')).toEqual([true]);
  });

  it('notes a clearance to obtain that names no level, in English and French', () => {
    const obtain = (ad: string, language?: 'fr') =>
      (roleFromJobPosting(ad, language ? { language } : {}).notes ?? []).filter((n) => n.condition === 'clearance-obtainable');
    expect(obtain('Analyst\n\nRequirements\n- 3 years of SOC experience\n- Ability to obtain a government security clearance')).toEqual([
      { condition: 'clearance-obtainable', text: 'Ability to obtain a government security clearance', polygraph: false, hard: true },
    ]);
    const fr =
      "Analyste\n\nProfil recherché\n- 3 ans d'expérience en SOC\n- Le poste requiert une habilitation ; la procédure est lancée préalablement à l'embauche";
    expect(obtain(fr, 'fr')).toHaveLength(1);
    expect(obtain(fr, 'fr')[0]?.level).toBeUndefined();
    // Access rights ("revue des habilitations") are no clearance.
    expect(obtain("Analyste IAM\n\nProfil recherché\n- 3 ans d'expérience en SOC\n- Revue des habilitations avant l'embauche des nouveaux", 'fr')).toEqual([]);
  });

  it('reads a clearance the employer sponsors for a hire who lacks it, said further on, as one to obtain', () => {
    const ad =
      "Consultant\n\nRequirements\n- Penetration testing\n- SC clearance is needed for some client engagements - if you don't already hold it they'll sponsor it";
    const role = roleFromJobPosting(ad);
    expect(role.requirements.some((q) => q.kind === 'clearance')).toBe(false);
    expect(role.notes?.find((n) => n.condition === 'clearance-obtainable')).toMatchObject({ level: 'secret' });
  });
});

describe('a director the hire reports to leads no team of the hire', () => {
  it('French "rattaché au Directeur" asks for no team leadership', () => {
    const role = roleFromJobPosting(
      "Responsable conformité IA\n\nMissions\nRattaché(e) au Directeur des Risques, vous pilotez le cadre de gouvernance de l'IA du groupe.\n",
    );
    expect(role.requirements.some((r) => r.kind === 'skill' && r.skills.includes('team-leadership'))).toBe(false);
  });
});

describe('hanging indents, employer units, dated windows and years said around their field (ads-s50)', () => {
  const skillsOf = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
  const yearsOf = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) =>
      q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
    );

  it('keeps a list item going on a line indented to its text, whatever letter opens that line', () => {
    const ad = 'Platform Engineer\n\nRequirements\n- Solid Kubernetes skills; experience with Terraform on\n  AWS would be a plus\n- Python';
    expect(skillsOf(ad)).toEqual([
      ['kubernetes', 'required'],
      ['aws', 'preferred'],
      ['terraform', 'preferred'],
      ['python', 'required'],
    ]);
    // An item at the margin after a line of its own stays apart.
    expect(skillsOf('Platform Engineer\n\nRequirements\n- Solid Kubernetes skills\nAWS is a plus')).toContainEqual(['kubernetes', 'required']);
  });

  it('joins a German item wrapped before a capitalised noun', () => {
    const ad = 'Ingenieur (m/w/d)\n\nIhr Profil\n- Sie bringen Erfahrung mit Kubernetes und\n  Terraform wünschenswert mit';
    const tiers = skillsOf(ad, 'de');
    expect(tiers).toContainEqual(['terraform', 'preferred']);
  });

  it('reads "About the opportunity" as the duties heading', () => {
    const ad = 'Security Engineer\n\nAbout the opportunity\nYou will run threat modeling workshops with product teams.\n\nRequirements\n- Python';
    expect(skillsOf(ad)).toContainEqual(['threat-modeling', 'duty']);
  });

  it('finds no duty in a sentence whose subject is a unit of the employer after "our"', () => {
    const ad =
      'Security Engineer\n\nAbout the role\nOur Applied Research group builds fraud models with PyTorch for banks.\nYou will run threat modeling workshops.\n\nRequirements\n- Python';
    const skills = skillsOf(ad);
    expect(skills).toContainEqual(['threat-modeling', 'duty']);
    expect(skills.map(([id]) => id)).not.toContain('pytorch');
    // A sentence of the same shape that gives the hire a part keeps its duties.
    const shared = 'Security Engineer\n\nAbout the role\nOur platform team runs Kubernetes clusters that you will harden.\n\nRequirements\n- Python';
    expect(skillsOf(shared).map(([id]) => id)).toContain('kubernetes');
  });

  it('reads the field of years past a window that dates them', () => {
    expect(yearsOf('Researcher\n\nRequirements\n- At least 6 years of experience within the last 8 years in information security')).toEqual([
      ['securityYears', 6],
    ]);
    expect(yearsOf('Researcher\n\nRequirements\n- 4 years of experience in the past ten years in machine learning')).toEqual([['mlYears', 4]]);
  });

  it('reads years set after their field with a comma, as after a dash', () => {
    expect(yearsOf('Analyst\n\nRequirements\n- Strong grounding in information security, usually 7 or more years')).toEqual([['securityYears', 7]]);
  });

  it('gives the years of an ongoing activity to the one skill it names, else to experience overall', () => {
    expect(yearsOf("Tester\n\nRequirements\n- You've been doing penetration testing for clients for 5+ years")).toEqual([['penetration-testing', 5]]);
    expect(yearsOf("Tester\n\nRequirements\n- You've been shipping software for clients for 5+ years")).toEqual([['totalYears', 5]]);
    // The same with vague years counted in brackets, wrapped over two lines.
    expect(yearsOf("Tester\n\nRequirements\n- You've been doing penetration testing for clients for a good\n    few years (we'd guess 5+)")).toEqual([
      ['penetration-testing', 5],
    ]);
  });

  it('reads years of production code as experience overall', () => {
    expect(yearsOf('Engineer\n\nRequirements\n- Have 3+ years shipping production code')).toEqual([['totalYears', 3]]);
  });

  it('reads German security management as security years, and a German team agreeing with authorities as stakeholder work', () => {
    expect(yearsOf('Berater (m/w/d)\n\nIhr Profil\n- Mindestens fünf Jahre Berufserfahrung im Sicherheitsmanagement', 'de')).toEqual([['securityYears', 5]]);
    const duties = skillsOf('Berater (m/w/d)\n\nIhre Aufgaben\n- Sie stimmen sich regelmäßig mit Behörden und Kunden ab\n\nIhr Profil\n- Python', 'de');
    expect(duties).toContainEqual(['stakeholder-communication', 'duty']);
  });

  it('reads a wish set between two dashes as one in brackets, in English and French', () => {
    expect(skillsOf('Engineer\n\nRequirements\n\nSolid Kubernetes experience – preferably with Terraform – is a must for this team.')).toEqual([
      ['kubernetes', 'required'],
      ['terraform', 'preferred'],
    ]);
    const fr = "Ingénieur\n\nProfil recherché\n\nUne solide pratique de Kubernetes – idéalement avec Terraform – est indispensable pour l'équipe.";
    expect(skillsOf(fr, 'fr')).toEqual([
      ['kubernetes', 'required'],
      ['terraform', 'preferred'],
    ]);
    // Examples between two dashes, no wish: the sentence's own tier.
    expect(skillsOf('Engineer\n\nRequirements\n\nContainer platforms – Kubernetes, Terraform – are part of the daily work.').map(([, t]) => t)).not.toContain(
      'preferred',
    );
  });

  it('notes a post open only to the nationals of some countries as a citizenship condition', () => {
    const notes = roleFromJobPosting('Analyst\n\nRequirements\n- Python\n\nOnly nationals of the EU member states may apply.').notes ?? [];
    expect(notes.map((n) => n.condition)).toContain('citizenship');
  });

  it('reads taking part in the response to an incident as incident response in Spanish', () => {
    const ad = 'Ingeniero/a\n\nFunciones\n- Participarás en la respuesta cuando se detecte un incidente grave\n\nRequisitos\n- Python';
    expect(skillsOf(ad, 'es')).toContainEqual(['incident-response', 'duty']);
  });

  it('reads German guidelines one helps write as policy development, and results presented to a steering committee as stakeholder work', () => {
    const ad =
      'Berater (m/w/d)\n\nIhre Aufgaben\n- Sie erarbeiten Leitfäden für den sicheren Einsatz von KI\n- Sie präsentieren die Ergebnisse vor dem Lenkungskreis\n\nIhr Profil\n- Python';
    const duties = skillsOf(ad, 'de');
    expect(duties).toContainEqual(['policy-development', 'duty']);
    expect(duties).toContainEqual(['stakeholder-communication', 'duty']);
  });
});

describe('bare ML, recruiter and public-sector headings, and a clearance held beside one to obtain (ads-s51)', () => {
  const skillsOf = (ad: string, language?: 'de' | 'fr' | 'es') =>
    roleFromJobPosting(ad, language ? { language } : {}).requirements.flatMap((q) => (q.kind === 'skill' ? [[q.skills.join('|'), q.tier]] : []));
  const clearanceOf = (ad: string) => {
    const role = roleFromJobPosting(ad);
    const q = role.requirements.find((r) => r.kind === 'clearance');
    const note = (role.notes ?? []).find((n) => n.condition === 'clearance-obtainable');
    return [q?.kind === 'clearance' ? [q.minLevel, q.active, q.hard] : null, note ? (note.level ?? null) : 'none'];
  };

  it('reads a bare "ML" that is known or understood as machine learning, in each language', () => {
    expect(skillsOf('Analyst\n\nRequirements\n- Sound knowledge of ML and of statistics\n- Rust')).toContainEqual(['machine-learning', 'required']);
    expect(skillsOf('Analyst\n\nRequirements\n- You should understand how ML works in practice\n- Rust')).toContainEqual(['machine-learning', 'required']);
    expect(skillsOf('Analyst (m/w/d)\n\nIhr Profil\n- Solide Kenntnisse in ML und in Rust', 'de')).toContainEqual(['machine-learning', 'required']);
    expect(skillsOf('Analista\n\nRequisitos\n- Conocimientos básicos de ML y de Rust', 'es')).toContainEqual(['machine-learning', 'required']);
  });

  it('gives no machine learning for ML that names a lifecycle, frameworks or threats', () => {
    for (const line of ['Knowledge of the ML lifecycle and its tooling', 'Working knowledge of ML frameworks', 'Understanding of ML threats']) {
      expect(skillsOf(`Analyst\n\nRequirements\n- ${line}\n- Rust`).map(([s]) => s)).not.toContain('machine-learning');
    }
  });

  it('reads a recruiter\'s "what they are asking for" list as required and a Mandatory sub-heading as a must-list', () => {
    const ad = "Hi,\n\nA client of mine is hiring.\n\nWhat they're asking for (roughly):\n- Rust\n- Kubernetes\n\nCheers";
    expect(skillsOf(ad)).toEqual([
      ['rust', 'required'],
      ['kubernetes', 'required'],
    ]);
    expect(skillsOf('Analyst\n\nQualifications\nMandatory:\n- Rust\n- Terraform')).toEqual([
      ['rust', 'required'],
      ['terraform', 'required'],
    ]);
  });

  it('reads "Rated (asset)" and "would be great but not essential" headings as preferred', () => {
    expect(skillsOf('Analyst\n\nRequirements\n- Rust\n\nRated (asset) qualifications:\n- Terraform')).toContainEqual(['terraform', 'preferred']);
    expect(skillsOf('Analyst\n\nRequirements\n- Rust\n\nWould be great but not essential:\n- Terraform')).toContainEqual(['terraform', 'preferred']);
  });

  it('makes the items under a non-negotiables heading hard', () => {
    const role = roleFromJobPosting('Lead\n\nWhat they need (non-negotiables):\n- CISSP or CISM\n- Rust');
    expect(role.requirements.filter((q) => q.kind === 'certification').map((q) => q.hard)).toEqual([true]);
  });

  it('keeps a clearance to hold now apart from a higher one to obtain later', () => {
    expect(clearanceOf('Engineer\n\nRequirements\n- Rust\n- You must hold active SC clearance and be willing to undergo DV after you start.')).toEqual([
      ['secret', true, true],
      'top-secret',
    ]);
    // Either one will do: nothing need be held.
    expect(clearanceOf('Engineer\n\nRequirements\n- Rust\n- Current Secret clearance or the ability to obtain Top Secret')[0]).not.toEqual([
      'secret',
      true,
      true,
    ]);
  });

  it('reads close coordination with the product teams in German as stakeholder work', () => {
    expect(skillsOf('Ingenieur (m/w/d)\n\nIhre Aufgaben\n- Enge Abstimmung mit den Produktteams\n\nIhr Profil\n- Rust', 'de')).toContainEqual([
      'stakeholder-communication',
      'duty',
    ]);
  });
});

describe('LLM applications someone attacks, breaks or secures (ads2)', () => {
  const tiers = (ad: string, language?: 'de' | 'fr' | 'es') => tiersOf(ad, language).filter(([id]) => id === 'llm-security' || id === 'llm-applications');

  it('reads attacking, defending or hardening LLM apps as LLM security', () => {
    expect(tiers('Engineer\n\nRequirements\n- Rust\n- Practical work hardening LLM apps against abuse')).toEqual([['llm-security', 'required']]);
    expect(tiers('Engineer\n\nRequirements\n- Rust\n- You have defended or attacked LLM-based systems in production')).toEqual([['llm-security', 'required']]);
  });

  it('keeps building LLM applications as LLM applications only', () => {
    expect(tiers('Engineer\n\nRequirements\n- Rust\n- You have built LLM applications with LangChain')).toEqual([['llm-applications', 'required']]);
  });

  it('reads LLM security where the app may have been built or broken', () => {
    expect(tiers('Engineer\n\nRequirements\n- Rust\n- You have built or broken an LLM app')).toContainEqual(['llm-security', 'required']);
  });

  it('reads securing LLM applications in German, French and Spanish', () => {
    expect(tiers('Ingenieur (m/w/d)\n\nIhr Profil\n- Rust\n\nWünschenswert\n- Praxis in der Absicherung von LLM-Anwendungen', 'de')).toEqual([
      ['llm-security', 'preferred'],
    ]);
    expect(tiers('Ingénieur\n\nProfil recherché\n- Rust\n- Vous avez déjà attaqué une application LLM', 'fr')).toContainEqual(['llm-security', 'required']);
    expect(tiers('Ingeniero\n\nRequisitos\n- Rust\n- Experiencia en proteger aplicaciones LLM', 'es')).toEqual([['llm-security', 'required']]);
  });

  it('keeps the years of red teaming LLM apps after years of red teaming in general', () => {
    const role = roleFromJobPosting('Engineer\n\nRequirements\n- 4 years of red teaming or penetration testing.\n- 2 years of red teaming LLM-based apps.');
    const llm = role.requirements.find((q) => q.kind === 'skill' && q.skills.includes('llm-security'));
    expect(llm && llm.kind === 'skill' ? llm.minYears : undefined).toBe(2);
  });
});
