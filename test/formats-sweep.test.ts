// Capability sweeps: the formats that issue 9 lists, written as people write them (not from any fixture), each read
// on its own under its heading. A failure here names the format that stopped being read.
import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const asOf = '2026-11-01';
const degrees = (text: string) =>
  parseResume(text, { asOf })
    .education.map((e) => `${e.level}/${e.field}`)
    .join(', ');

describe('degrees as the world writes them', () => {
  const held: Array<[string, string]> = [
    ['B.Tech in Computer Science and Engineering, IIT Madras, 2014 — CGPA 8.7/10', 'bachelor/computer-science'],
    ['Bachelor of Engineering (B.E.), Electronics & Communication, Anna University, 2012 — 78%', 'bachelor/electrical-engineering'],
    ['M.Tech (Information Security), NIT Surathkal, 2016', 'master/cybersecurity'],
    ['M.E. Software Engineering, BITS Pilani 2015', 'master/software-engineering'],
    ['B.Sc. (Hons) Mathematics and Statistics, University of Warwick, 2011 (First Class)', 'bachelor/mathematics'],
    ['MSc Data Science (Distinction), University of Edinburgh, 2019', 'master/data-science'],
    ['B.Com., University of Mumbai, 2008', 'bachelor/business'],
    ['BBA (Finance), Christ University, 2013', 'bachelor/business'],
    ["LL.B. (Hons), King's College London, 2010", 'bachelor/law'],
    ['LL.M. in Technology Law, Stanford Law School, 2015', 'master/law'],
    ['MBA, INSEAD, 2018', 'master/business'],
    ["Diplôme d'ingénieur, Télécom Paris, 2014", 'master/other'],
    ['Diplom-Informatiker (Dipl.-Inf.), TU München, 2009', 'master/computer-science'],
    ['Laurea Magistrale in Ingegneria Informatica, Politecnico di Milano, 2016 (110/110 cum laude)', 'master/computer-engineering'],
    ['Laurea Triennale in Statistica, Università di Bologna, 2013', 'bachelor/statistics'],
    ['Licence Informatique (Bac+3), Université de Lille, 2012', 'bachelor/computer-science'],
    ['Master 2 Cybersécurité (Bac+5), Université de Rennes 1, 2015', 'master/cybersecurity'],
    ['Grado en Ingeniería Informática, Universidad Politécnica de Madrid, 2015', 'bachelor/computer-science'],
    ['Máster en Ciberseguridad, UC3M, 2017', 'master/cybersecurity'],
    ['Dr. rer. nat. (Informatik), Universität Bonn, 2018', 'doctorate/computer-science'],
    ['PhD in Electrical and Computer Engineering, Carnegie Mellon University, 2020', 'doctorate/electrical-engineering'],
    ['DPhil in Statistics, University of Oxford, 2017', 'doctorate/statistics'],
    ['MMath Mathematics, University of Cambridge, 2012', 'master/mathematics'],
    ['BEng (Hons) Computer Systems Engineering, University of Sussex, 2010', 'bachelor/computer-engineering'],
    ['MEng Electronic Engineering, Imperial College London, 2011', 'master/electrical-engineering'],
    ['B.S. Computer Engineering, Georgia Tech, 2014', 'bachelor/computer-engineering'],
    ['Associate of Applied Science (A.A.S.), Cybersecurity, Tidewater Community College, 2015', 'associate/cybersecurity'],
    // The contract has no economics field: a bachelor's of another field.
    ['BA Economics, University of Toronto, 2009', 'bachelor/other'],
    ['M.A. Public Policy, Georgetown University, 2014', 'master/public-policy'],
    ['Bachelor of Information Technology, Monash University, 2012', 'bachelor/information-systems'],
    ['Master of Information Systems Management, Carnegie Mellon, 2016', 'master/information-systems'],
    ['MS in Analytics, NC State University, 2018', 'master/data-science'],
    ['Master of Science in Cyber Security, Royal Holloway, University of London, 2013', 'master/cybersecurity'],
    ['BSc Physics, University of Manchester, 2006', 'bachelor/physics'],
    // An offensive-security programme is a cyber security degree.
    ['BSc (Hons) Ethical Hacking and Network Defence, Edinburgh Napier University, 2015', 'bachelor/cybersecurity'],
    ['MSc Offensive Security, University of Gloucestershire, 2019', 'master/cybersecurity'],
    ['Bachelor en sécurité offensive et hacking éthique, HE2B, 2020', 'bachelor/cybersecurity'],
    // A degree that names no subject takes the one of the faculty that awarded it.
    ['Promotion zum Dr.-Ing., TUM-Fakultät für Informatik, 2018', 'doctorate/computer-science'],
    ['Doctorat, Faculté d’informatique, Université de Namur, 2017', 'doctorate/computer-science'],
    ['Doctorado, Facultad de Informática, Universidad Politécnica de Madrid, 2016', 'doctorate/computer-science'],
    ['PhD, Department of Statistics, University of Warwick, 2015', 'doctorate/statistics'],
  ];
  it.each(held)('EDUCATION: %s → %s', (line, want) => {
    expect(degrees(`EDUCATION\n${line}\n`)).toBe(want);
  });

  const notHeld: string[] = [
    'Class XII (CBSE), DPS R.K. Puram, 2008 — 92.4%',
    'HSC, Maharashtra Board, 2006',
    'A-levels: Maths (A*), Physics (A), Computing (A), 2009',
    'Abitur, Gymnasium am Markt, 2005 (Note 1,7)',
    'Baccalauréat S, mention Bien, 2008',
    'Minor in Computer Science',
    'MBA (in progress, expected 2027), Rotman School of Management',
    'Chartered Accountant (ICAI), 2012',
    'B.Sc. Computer Science (incomplete, 2010–2012), University of Leeds',
    'PhD candidate, Machine Learning, University of Toronto (2023 – present)',
  ];
  it.each(notHeld)('EDUCATION: %s → no degree held', (line) => {
    expect(degrees(`EDUCATION\n${line}\n`)).toBe('');
  });

  const notHeldAnywhere: Array<[string, string]> = [
    ['EDUCATION', 'MSc Cyber Security (expected 2027), University of York'],
    ['EDUCATION', 'M.S. Computer Science, Georgia Tech — 2024 – present (part-time)'],
    ['EDUCATION', 'Master of Data Science (discontinued after 1 year), Monash University'],
    ['EDUCATION', 'PhD in Machine Learning (ABD), University of Michigan, 2018–2021'],
    ['EDUCATION', 'B.Sc. Informatics — coursework completed, degree not conferred'],
    ['AUSBILDUNG', 'M.Sc. Informatik (laufend), TU Darmstadt, seit 10/2024'],
    ['AUSBILDUNG', 'Abitur, Goethe-Gymnasium Frankfurt, 2012'],
    ['AUSBILDUNG', 'Fachinformatiker für Systemintegration (IHK), 2015'],
    ['FORMATION', 'Master 2 Cybersécurité (en cours), Université de Rennes, 2025 – 2027'],
    ['FORMATION', 'Baccalauréat S, mention Bien, 2010'],
    ['FORMATION', 'Classes préparatoires MPSI/MP, Lycée du Parc, 2010 – 2012'],
    ['FORMACIÓN', 'Máster en Ciberseguridad (cursando), UNIR, 2025 – actualidad'],
    ['FORMACIÓN', 'Bachillerato científico, IES Ramiro de Maeztu, 2010'],
    ['FORMACIÓN', 'Doctorado en Informática (en curso), Universidad de Granada'],
    ['EDUCATION', 'Minor in Computer Science'],
    ['EDUCATION', 'Class XII (CBSE), 2008 — 91%'],
    ['EDUCATION', 'Chartered Accountant (ICAEW), 2013'],
    ['EDUCATION', 'Legal Practice Course (LPC), BPP University, 2014'],
    ['EDUCATION', 'Postgraduate Certificate in Academic Practice, University of Bristol, 2019'],
  ];
  it.each(notHeldAnywhere)('%s: %s → no degree held', (heading, line) => {
    expect(degrees(`${heading}\n${line}\n`)).toBe('');
  });
});

describe('certifications and clearances by status', () => {
  const certs: Array<[string, string]> = [
    ['CISSP – (ISC)², 2019', 'cissp'],
    ['CISSP (planning to sit the exam in Q1 2027)', ''],
    ['Preparing for CISSP', ''],
    ['CISSP — exam booked for January 2027', ''],
    ['CEH (expired 2021)', ''],
    ['CEH v10 (lapsed)', ''],
    ['Certified Ethical Hacker (EC-Council), 2018 – 2021', ''],
    ['ISC2 Certified in Cybersecurity (CC), 2023', ''],
    ['Associate of ISC2 (passed CISSP exam, awaiting experience)', ''],
    ['AWS Certified Cloud Practitioner, 2022', ''],
    ['AWS Certified AI Practitioner, 2024', ''],
    // AWS's successor of the ML Specialty, read as it.
    ['AWS Certified Machine Learning Engineer – Associate, 2024', 'aws-ml-specialty'],
    ['AWS Certified Machine Learning – Specialty (MLS-C01), 2023', 'aws-ml-specialty'],
    ['AWS Certified Security – Specialty, 2022 (valid until 2025)', ''],
    ['Microsoft Certified: Azure AI Fundamentals (AI-900)', ''],
    ['Microsoft Certified: Azure AI Engineer Associate (AI-102), 2024', 'azure-ai-engineer'],
    ['Google Cloud Professional Machine Learning Engineer, 2023', 'gcp-ml-engineer'],
    ['CompTIA Security+ ce, 2022 (expires 2028)', 'security-plus'],
    ['CompTIA Security+ (expired 03/2022)', ''],
    // Certifications rolefit knows beyond the contract's ids, read as what they are.
    ['CompTIA CySA+, 2023', 'cysa-plus'],
    ['OSCP (Offensive Security), 2020', 'oscp'],
    ['OSCP — in progress', ''],
    ['GIAC GPEN, 2019 (renewed 2023)', 'gpen'],
    ['GCIH (GIAC Certified Incident Handler), 2021 – 2025', ''],
    ['CISM, ISACA, 2017', 'cism'],
    ['CISM – exam passed, application pending', ''],
    ['CISA (2015, active)', 'cisa'],
    ['CCSP, 2021', 'ccsp'],
    ['IAPP AIGP, 2024', 'aigp'],
    ['AIGP (registered for exam, Dec 2026)', ''],
    ['CIPP/E, IAPP, 2020', 'cipp'],
    ['CIPM, IAPP, 2021', 'cipm'],
    ['CKA – Certified Kubernetes Administrator (2023–2026)', 'cka'],
    ['CKAD, 2022', 'ckad'],
    ['Studying for CKA', ''],
  ];
  it.each(certs)('CERTIFICATIONS: %s → %s', (line, want) => {
    const got = parseResume(`CERTIFICATIONS\n${line}\n`, { asOf })
      .certifications.map((c) => c.id)
      .join(',');
    expect(got).toBe(want);
  });

  const clearances: Array<[string, string]> = [
    ['Active TS/SCI with Full Scope Polygraph', 'ts-sci'],
    ['Secret (active); TS/SCI (inactive since 2021)', 'secret'],
    ['TS/SCI eligible; current Secret', 'secret'],
    ['Top Secret clearance (lapsed 2019)', ''],
    ['Interim Secret clearance', 'secret'],
    ['Public Trust (MBI), active', 'public-trust'],
    ['TS/SCI — investigation submitted; active Secret', 'secret'],
    ['Eligible for Secret clearance', ''],
    ['Held TS/SCI until 2020 (now inactive)', ''],
    ['US Citizen; able to obtain a clearance', ''],
  ];
  it.each(clearances)('SECURITY CLEARANCE: %s → %s', (line, want) => {
    expect(parseResume(`SECURITY CLEARANCE\n${line}\n`, { asOf }).clearance?.level ?? '').toBe(want);
  });
});

describe("negation, aspiration and the field's own words", () => {
  const cases: Array<[string, string, boolean]> = [
    ['SKILLS\nPython, Terraform, Kubernetes\n\nGAPS\nNo hands-on MLOps in production; PyTorch only from courses.', 'mlops', false],
    ['SKILLS\nPython, Terraform\n\nNOT YET\nKubernetes, PyTorch', 'kubernetes', false],
    ['SKILLS\nPython, Terraform\nStill learning: Kubernetes, Go', 'kubernetes', false],
    ['SKILLS\nSkill | Years | Level\nPython | 6 | Expert\nKubernetes | 0 | Learning\nTerraform | 3 | Advanced', 'kubernetes', false],
    ['SKILLS\nSkill | Years | Level\nPython | 6 | Expert\nKubernetes | 0 | Learning\nTerraform | 3 | Advanced', 'terraform', true],
    ['SUMMARY\nSecurity engineer. Some exposure to PyTorch through a course.', 'pytorch', false],
    ['SUMMARY\nSecurity engineer; currently learning PyTorch on weekends.', 'pytorch', false],
    ['EXPERIENCE\nSecurity Engineer, Acme, 2019 – Present\n- Hardened the CI pipelines; no Kubernetes experience yet.', 'kubernetes', false],
    ['INTERESTS\nLLM security, adversarial machine learning, chess', 'llm-security', false],
    ['EXPERIENCE\nSOC Analyst, Acme, 2019 – Present\n- Worked alongside the ML team, who train the fraud models in PyTorch.', 'pytorch', false],
    ['EXPERIENCE\nML Engineer, Acme, 2019 – Present\n- Trained fraud models in PyTorch and deployed them on SageMaker.', 'pytorch', true],
    ['SKILLS\nMachine learning, LLMs, Generative AI, AI red teaming, model deployment', 'machine-learning', true],
    ['SKILLS\nMachine learning, LLMs, Generative AI, AI red teaming, model deployment', 'ml-deployment', true],
    ['SKILLS\nMachine learning, LLMs, Generative AI, AI red teaming, model deployment', 'llm-security', true],
    ['SKILLS\nTest Management Tools (Jira, TestRail), Release Manager', 'team-leadership', false],
    [
      'EXPERIENCE\nIT Operations Engineer, Acme, 2019 – Present\n- Used Splunk and Nagios to monitor server health and application logs.',
      'security-monitoring',
      false,
    ],
    [
      'EXPERIENCE\nSOC Analyst, Acme, 2019 – Present\n- Triaged alerts in Splunk ES and wrote correlation searches for intrusions.',
      'security-monitoring',
      true,
    ],
    ["PROFIL\nIngénieure sécurité. Notions de PyTorch (en cours d'apprentissage).", 'pytorch', false],
    ['PROFIL\nIngeniera de seguridad. Sin experiencia práctica en Kubernetes.', 'kubernetes', false],
    ['PROFIL\nSicherheitsingenieurin. Keine praktische Erfahrung mit Kubernetes.', 'kubernetes', false],
    ['SKILLS\nPython (5 years), Go (Less than 1 year), Kubernetes (0 years)', 'kubernetes', false],
    ['SKILLS\nPython (5 years), Go (Less than 1 year), Kubernetes (0 years)', 'go', true],
  ];
  it.each(cases)('%s → %s %s', (text, id, want) => {
    expect(parseResume(`${text}\n`, { asOf }).skills.some((s) => s.id === id)).toBe(want);
  });
});

describe('explicit claims of years', () => {
  const cases: Array<[string, Array<[string, number]>]> = [
    [
      'SKILLS\nJava (Less than 1 year), SQL (2 years), Python (10+ years)',
      [
        ['java', 0.5],
        ['sql', 2],
        ['python', 10],
      ],
    ],
    [
      'SKILLS\nSkill | Years | Level\nPython | 6 | Expert\nKubernetes | 2 | Intermediate',
      [
        ['python', 6],
        ['kubernetes', 2],
      ],
    ],
    ['SUMMARY\n10+ years in cybersecurity, including 4 years securing ML platforms.', [['securityYears', 10]]],
    ['SUMMARY\nOver a decade of experience in information security.', [['securityYears', 10]]],
    [
      'SUMMARY\nSecurity architect with 15 years of experience.',
      [
        ['securityYears', 15],
        ['totalYears', 15],
      ],
    ],
    ['SUMMARY\nSeven years of hands-on Python development.', [['python', 7]]],
    [
      'SKILLS\nPython – 8 yrs; Go – 3 yrs; Terraform – 4 yrs',
      [
        ['python', 8],
        ['go', 3],
        ['terraform', 4],
      ],
    ],
    [
      'SKILLS\nPython ●●●●○ (6 yrs)\nAWS ●●●○○ (4 yrs)',
      [
        ['python', 6],
        ['aws', 4],
      ],
    ],
    ['PROFIL\nPlus de 12 ans d’expérience en cybersécurité.', [['securityYears', 12]]],
    ['PROFIL\nMehr als 8 Jahre Berufserfahrung im Bereich Machine Learning.', [['mlYears', 8]]],
    ['PERFIL\n9 años de experiencia en seguridad de la información.', [['securityYears', 9]]],
    ['SUMMARY\nData scientist (6 yrs) turned ML security engineer.', [['mlYears', 6]]],
  ];
  it.each(cases)('%s', (text, want) => {
    const got = new Map<string, number>();
    for (const c of parseResume(`${text}\n`, { asOf }).experience.claims) if (!got.has(c.subject)) got.set(c.subject, c.years);
    for (const [subject, years] of want) expect([subject, got.get(subject)]).toEqual([subject, years]);
  });
});

describe('claims of years: tables, subjects and clauses (r64)', () => {
  const claims = (text: string) => parseResume(`${text}\n`, { asOf }).experience.claims.map((c) => [c.subject, c.years]);
  it.each<[string, Array<[string, number]>]>([
    [
      'SKILLS MATRIX\n                  | Level    | Years | Where\n------------------|----------|-------|--------\nPython            | Advanced | 5     | Quarry\nKubernetes / EKS  | Advanced | 7     | Quarry',
      [
        ['python', 5],
        ['kubernetes', 7],
      ],
    ],
    [
      'SKILLS\n| Skill | Years |\nPython | 5\nDocker | 9',
      [
        ['python', 5],
        ['docker', 9],
      ],
    ],
    [
      'SKILLS\n| Skill | Years |\n|---|---|\n| Python | 5 |\n| Docker | 9 |',
      [
        ['python', 5],
        ['docker', 9],
      ],
    ],
    [
      'KURZPROFIL\nPentester mit Schwerpunkt auf Webanwendungen und Active Directory.\n\nSKILL-MATRIX                 Niveau (1-5)   Jahre   zuletzt eingesetzt\nPython                       4              10      2026\nBash                         3              10      2026',
      [
        ['python', 10],
        ['bash', 10],
      ],
    ],
    [
      'SUMMARY\nPlatform engineer.\n\nTOOLING                 Level      Years\nPython                  Expert     8\nTerraform               Good       3\n\nAfter the table, Go 2 2026 is no row.',
      [
        ['python', 8],
        ['terraform', 3],
      ],
    ],
    // A remark in brackets after a row's years says where they were spent; the years stand.
    [
      'SKILLS\n  Sentinel, KQL .......... 2 yrs\n  Python ................. 1 yr (uni scripts, log parsing)',
      [
        ['security-monitoring', 2],
        ['python', 1],
      ],
    ],
    ['SKILLS\nPython ........ 2 yrs (mostly scripting)', [['python', 2]]],
    ['SKILLS\n| Skill | Years |\n|---|---|\n| Python | 3 (side projects) |', [['python', 3]]],
    // A bare noun joined to a field's word and its noun shares the field word; two kinds of work stay overall.
    ['SUMMARY\n8+ years in security operations and engineering, mostly in payments.', [['securityYears', 8]]],
    ['SUMMARY\n5 years in ML research and engineering.', [['mlYears', 5]]],
    ['SUMMARY\n10 years in security and software.', [['totalYears', 10]]],
    // A place of security work named as the skill ("a SOC", "a 24/7 SOC") claims security years too.
    [
      'SUMMARY\nPart-time analyst. 2+ years in a 24/7 SOC.',
      [
        ['security-monitoring', 2],
        ['securityYears', 2],
      ],
    ],
    [
      'SUMMARY\n4 years of 24x7 SOC experience.',
      [
        ['security-monitoring', 4],
        ['securityYears', 4],
      ],
    ],
    [
      'PROFIL\n3 Jahre im SOC.',
      [
        ['security-monitoring', 3],
        ['securityYears', 3],
      ],
    ],
    ['SUMMARY\n5 yrs Python, ~8 years\nof containers and CI/CD.', [['python', 5]]],
    [
      'SUMMARY\nPython 6 years, SQL 4 years.',
      [
        ['python', 6],
        ['sql', 4],
      ],
    ],
    ['SUMMARY\nMachine learning engineer of eight years who moved into ML security in 2024.', [['mlYears', 8]]],
    [
      'PROFILE\nThirteen years in audit and risk; since 2021 I run AI assurance.',
      [
        ['totalYears', 13],
        ['audit', 13],
      ],
    ],
    [
      'PROFIL\nIngénieure ML avec huit ans d’expérience, qui s’oriente vers la sécurité depuis 2024.',
      [
        ['mlYears', 8],
        ['totalYears', 8],
      ],
    ],
    ['SUMMARY\nI have been a machine learning engineer for 8 years.', [['mlYears', 8]]],
    ['SUMMARY\nI have worked as a data scientist for 7 years.', [['mlYears', 7]]],
    ['PERFIL\nHe trabajado como científica de datos durante 6 años.', [['mlYears', 6]]],
    ['PROFIL\nJ’ai été analyste SOC pendant 5 ans.', [['securityYears', 5]]],
    [
      'PERFIL\nMás de 9 años en auditoría y riesgos.',
      [
        ['totalYears', 9],
        ['audit', 9],
      ],
    ],
  ])('%s', (text, want) => {
    expect(claims(text)).toEqual(want);
  });
});

describe('a degree named twice, and engineering titles awarded as degrees', () => {
  it('reads a headline degree with no school and the same degree listed with its school as one degree, with its school', () => {
    const text =
      'Karthik R\nB.E. (Computer Science & Engineering) - 2026 Pass Out\n\nACADEMIC DETAILS\nQualification | Institution | Year\nB.E. CSE | Sri Venkatesa College of Engineering, Chennai | 2026\nHSC (Class XII) | Sri Sankara School, Chennai | 2022\n';
    expect(parseResume(text, { asOf }).education.map((e) => [e.level, e.field, e.institution])).toEqual([
      ['bachelor', 'computer-science', 'Sri Venkatesa College of Engineering'],
    ]);
  });
  it.each([
    ['FORMACIÓN ACADÉMICA\nIngeniera Industrial – Universidad Pontificia del Valle, (2011 – 2016)\n', 'bachelor/other'],
    ['FORMACIÓN\nIngeniero Mecánico, Universidad Nacional de Colombia (2005 – 2010)\n', 'bachelor/other'],
    ['FORMACIÓN ACADÉMICA\nIngeniero de Sistemas, Universidad de los Andes (2005 – 2010)\n', 'bachelor/information-systems'],
    ['FORMACIÓN\nIngeniero en Informática (nivel MECES 3) – Universidad de Sevilla, 2010\n', 'master/computer-science'],
    ['EXPERIENCIA\nIngeniero de datos — Acme (2020 – actualidad)\n- Pipelines en Spark.\n', ''],
  ])('%s → %s', (text, want) => {
    expect(degrees(text)).toBe(want);
  });
});
