import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const cv = (bullets: string) =>
  `Marta Ruiz Gil\nIngeniera de seguridad\n\nEXPERIENCIA PROFESIONAL\n\nMar. 2021 – actualidad\nIngeniera de seguridad de IA — Empresa Ficticia S.A., Sevilla\n${bullets}\n\nFORMACIÓN ACADÉMICA\n\n2015 – 2019   Grado en Informática, Universidad de Sevilla\n`;
const ids = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);

describe('Spanish inference-API alias', () => {
  it('reads serving a model behind an inference API as deployment', () => {
    expect(ids(cv('· Publiqué el modelo de scoring en una API de inferencia con FastAPI.'))).toContain('ml-deployment');
  });
  it('does not read attacks on someone else’s inference APIs as deployment', () => {
    expect(ids(cv('· Ataques de robo de modelos contra las APIs de inferencia de un banco.'))).not.toContain('ml-deployment');
    expect(ids(cv('· Jailbreaks y pruebas de evasión sobre la API de inferencia del cliente.'))).not.toContain('ml-deployment');
  });
});

describe('Spanish tutoring of colleagues', () => {
  it('reads a tutor of newly hired engineers or juniors as mentoring', () => {
    expect(ids(cv('· Tutora de tres ingenieras recién incorporadas al equipo.'))).toContain('mentoring');
    expect(ids(cv('· Tutor de dos analistas junior durante su primer año.'))).toContain('mentoring');
  });
  it('does not read a thesis tutor line without people to guide as mentoring', () => {
    expect(ids(cv('· Tutor académico asignado por la universidad para el proyecto.'))).not.toContain('mentoring');
  });
});

describe('Spanish adversarial patches and drift dashboards', () => {
  it('reads robustness tests with adversarial patches as adversarial ML', () => {
    expect(ids(cv('· Evalué detectores de objetos frente a parches adversarios impresos.'))).toContain('adversarial-ml');
  });
  it('reads drift dashboards or alerts on models as model monitoring', () => {
    expect(ids(cv('· Monté cuadros de mando de deriva para los clasificadores en producción.'))).toContain('model-monitoring');
    expect(ids(cv('· Añadí alertas de deriva a los clasificadores de fraude.'))).toContain('model-monitoring');
  });
});

describe('English drift dashboards', () => {
  it('reads a drift dashboard as model monitoring', () => {
    const text = 'Sam Lee\n\nEXPERIENCE\n\nML Engineer, Quillon Ltd   2021 - present\n- Built a drift dashboard for the credit scoring team.\n';
    expect(ids(text)).toContain('model-monitoring');
  });
});

describe('a field of work before the dash of a bare title', () => {
  const read = (second: string) =>
    parseResume(
      `Ana Brook\n\nEXPERIENCE\n\nHollis & Pike LLP, Chicago IL\nSecurity Consulting – Manager   2019 – 2022\n${second}\n  * ISO 27001 readiness reviews for clients.\n`,
      { asOf: '2026-11-01' },
    ).experience.entries.map((e) => e.title);
  it('keeps the field as part of the title ("Cyber Assurance – Associate")', () => {
    expect(read('Cyber Assurance – Associate   2015 – 2018')[1]).toBe('Cyber Assurance – Associate');
  });
  it('does not join a part that names no field of work', () => {
    expect(read('Northgate – Associate   2015 – 2018')[1]).toBe('Associate');
  });
});

describe('automatic remediation in a security job', () => {
  const job = (bullet: string) => `EXPERIENCE\n\nCloud Security Engineer, Norrow Bank   2020 - present\n- ${bullet}\n`;
  it.each(['Wrote Lambda functions in Go for automatic remediation of public buckets.', 'Set up rules that automatically remediate open security groups.'])(
    'reads "%s" as security automation, as the German, French and Spanish aliases already did',
    (bullet) => {
      expect(ids(job(bullet))).toContain('security-automation');
    },
  );
  it('does not read automatic remediation outside security work', () => {
    expect(ids('EXPERIENCE\n\nWarehouse Planner, Norrow Foods   2020 - present\n- Automatic remediation of stock counts.\n')).not.toContain(
      'security-automation',
    );
  });
});

describe('convolutional networks in French, Spanish and German', () => {
  it.each([
    'EXPÉRIENCE\n\nIngénieure vision, Société Lumière   2020 - 2024\n- Entraînement de réseaux convolutifs pour le tri de pièces.\n',
    'EXPERIENCIA\n\nIngeniera de visión, Empresa Luz S.L.   2020 - 2024\n- Entrenamiento de redes convolucionales para clasificar piezas.\n',
    'BERUFSERFAHRUNG\n\nBildverarbeitung, Lumen GmbH   2020 - 2024\n- Training von Faltungsnetzen für die Teilesortierung.\n',
  ])('reads them as deep learning: %#', (text) => {
    expect(ids(text)).toContain('deep-learning');
  });
});

describe('French security risks of applications', () => {
  const job = (bullet: string) => `EXPÉRIENCE\n\nAuditrice sécurité, Banque Ardenne   2018 - 2022\n- ${bullet}\n`;
  it('reads an assessment of the security risks of applications as no application security', () => {
    const got = ids(job('Évaluations des risques de sécurité des applications critiques.'));
    expect(got).not.toContain('application-security');
    expect(got).toContain('security-assessment');
  });
  it('still reads the security of applications as application security', () => {
    expect(ids(job('Revue de la sécurité des applications web (OWASP).'))).toContain('application-security');
  });
});

describe('German models handed to an operations team (convention 113)', () => {
  const job = (bullet: string) =>
    `BERUFSERFAHRUNG\n\n01/2021 – heute\nData Scientist, Kreditbank Nord AG\n- Betrugsmodelle mit XGBoost trainiert\n- ${bullet}\n`;
  it('reads models provided as containers for the operations team as no deployment', () => {
    expect(ids(job('Bereitstellung der Modelle als Docker-Container für das IT-Betriebsteam'))).not.toContain('ml-deployment');
  });
  it('still reads the person’s own provision of the models as deployment', () => {
    expect(ids(job('Bereitstellung der Modelle auf Kubernetes hinter einer REST-Schnittstelle'))).toContain('ml-deployment');
  });
});

describe('LLM apps a person attacked or secured, in a résumé (ads2)', () => {
  const en = (bullet: string) =>
    `Sam Doe\nSecurity Engineer\n\nEXPERIENCE\n\nJan 2022 – Present\nSecurity Engineer — Example Corp, Leeds\n- ${bullet}\n\nEDUCATION\n\n2016 – 2019   BSc Computer Science, University of Leeds\n`;
  const read = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  it('reads breaking into or hardening LLM-based apps as LLM security', () => {
    expect(read(en('Broke and then hardened three LLM-based apps used by support staff.'))).toContain('llm-security');
  });
  it('does not read shipping an LLM app as LLM security', () => {
    expect(read(en('Shipped an LLM app that drafts replies for support staff.'))).not.toContain('llm-security');
  });
});

describe('the people skills of a job: supervising staff, a hire, a management team (conventions 240, 241)', () => {
  const en = (bullet: string) =>
    `Sam Doe\nSecurity Engineer\n\nEXPERIENCE\n\nJan 2022 – Present\nSOC Lead — Example Corp, Leeds\n- ${bullet}\n\nEDUCATION\n\n2016 – 2019   BSc Computer Science, University of Leeds\n`;
  const fr = (bullet: string) =>
    `Sophie Martin\nResponsable SOC\n\nEXPÉRIENCE PROFESSIONNELLE\n\nJanv. 2022 – aujourd'hui\nResponsable SOC — Exemple SA, Nantes\n- ${bullet}\n\nFORMATION\n\n2016 – 2019   Licence informatique, Université de Nantes\n`;
  const read = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  it('reads supervising junior staff as team leadership, not mentoring', () => {
    expect(read(en('Supervised 4 junior analysts (team leader).'))).toEqual(expect.arrayContaining(['team-leadership']));
    expect(read(en('Supervised 4 junior analysts (team leader).'))).not.toContain('mentoring');
    expect(read(en('Supervise 2 junior engineers on the detection backlog.'))).not.toContain('mentoring');
    expect(read(fr("Encadrement de 4 analystes juniors (chef d'équipe)."))).not.toContain('mentoring');
  });
  it('still reads supervising students as mentoring', () => {
    expect(read(en('Supervise 3 MSc students on their theses each year.'))).toContain('mentoring');
    expect(read(fr('Encadrement de 2 ingénieurs juniors (revues de code, pair programming).'))).toContain('mentoring');
  });
  it('reads training new analysts in French as mentoring', () => {
    expect(read(fr("Formation des nouveaux analystes N1 à l'arrivée (binômage)."))).toContain('mentoring');
    expect(read(fr("Tuteur académique d'une vingtaine d'apprentis ingénieurs par an."))).toContain('mentoring');
  });
  it('reads being a hire as no team leadership, and hiring people as team leadership', () => {
    expect(read(en('First security hire in the platform team; built the AWS security baseline.'))).not.toContain('team-leadership');
    expect(read(en('Mentor the three Tier 1 analysts hired in 2023 (weekly case reviews).'))).not.toContain('team-leadership');
    expect(read(en('Hired 5 analysts and built the team from scratch.'))).toContain('team-leadership');
  });
  it('reads a management team as a department, and line management as leading people', () => {
    expect(read(en('Raised tickets to the Vulnerability Management team with CVE details.'))).not.toContain('team-leadership');
    expect(read(en('Managed team of 6 analysts across two shifts.'))).toContain('team-leadership');
    expect(read(en('Direct line management of AppSec and Security Operations.'))).toContain('team-leadership');
  });
});

describe('Spanish briefings for a commander', () => {
  it('reads "sesiones informativas" for a commander as stakeholder communication', () => {
    expect(ids(cv('· Sesiones informativas diarias para el comandante de la brigada.'))).toContain('stakeholder-communication');
    expect(ids(cv('· Sesiones informativas sobre la herramienta para el equipo.'))).not.toContain('stakeholder-communication');
  });
});

describe('titles and words of leading that name others or a class (convention 241)', () => {
  const en = (bullet: string) =>
    `Sam Doe\nSecurity Engineer\n\nEXPERIENCE\n\nJan 2022 – Present\nSecurity Analyst — Example Corp, Leeds\n- ${bullet}\n\nEDUCATION\n\n2016 – 2019   BSc Computer Science, University of Leeds\n`;
  const de = (bullet: string) =>
    `Jonas Weber\nSecurity Engineer\n\nBERUFSERFAHRUNG\n\n01/2022 – heute\nSecurity Engineer, Beispiel GmbH, Köln\n- ${bullet}\n\nAUSBILDUNG\n\n2015 – 2019   B.Sc. Informatik, Universität Köln\n`;
  const read = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  it('reads work under the supervision of others as no team leadership', () => {
    expect(read(en('Tier-1 alert triage in Wazuh under the supervision of senior analysts.'))).not.toContain('team-leadership');
  });
  it('reads leading lab sections of students as no team leadership', () => {
    expect(read(en('Lead two weekly lab sections (~35 students), hold office hours.'))).not.toContain('team-leadership');
  });
  it('reads a VP among the members of a board as no title of the person', () => {
    expect(read(en('Present go/no-go risk findings to the launch review board (VP Research, CISO, Legal).'))).not.toContain('team-leadership');
  });
  it('reads engineering managers and Führungskräfte as an audience in German', () => {
    expect(read(de('SLA-Bericht zur CVE-Behebung für die Engineering-Manager.'))).not.toContain('team-leadership');
    expect(read(de('Schulungen für Mitarbeitende und Führungskräfte zur KI-Richtlinie.'))).not.toContain('team-leadership');
  });
});

describe('growing engineers into new roles as mentoring', () => {
  const en = (bullet: string) =>
    `Sam Doe\nSecurity Engineer\n\nEXPERIENCE\n\nJan 2022 – Present\nSecurity Manager — Example Corp, Leeds\n- ${bullet}\n\nEDUCATION\n\n2016 – 2019   BSc Computer Science, University of Leeds\n`;
  const read = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  it('reads developing or growing engineers into leads and managers as mentoring', () => {
    expect(read(en('Developed four senior engineers into first-line managers.'))).toContain('mentoring');
    expect(read(en('Grew three engineers into senior roles.'))).toContain('mentoring');
    expect(read(en('Trained and shadowed 8 new L1 analysts.'))).toContain('mentoring');
  });
  it('does not read a team grown into a larger one, or a product developed into a platform, as mentoring', () => {
    expect(read(en('Grew the team from 3 engineers into a group of 12.'))).not.toContain('mentoring');
    expect(read(en('Developed the scanner into a platform used by 40 engineers.'))).not.toContain('mentoring');
  });
  it('reads directing doctoral theses in Spanish as mentoring', () => {
    expect(ids(cv('· He dirigido 6 tesis doctorales sobre procesamiento del lenguaje.'))).toContain('mentoring');
  });
});

describe('French network links and coached journalists', () => {
  const fr = (bullet: string) =>
    `Sophie Martin\nIngénieure réseau\n\nEXPÉRIENCE PROFESSIONNELLE\n\nJanv. 2022 – aujourd'hui\nIngénieure sécurité réseau — Exemple SA, Nantes\n- ${bullet}\n\nFORMATION\n\n2016 – 2019   Licence informatique, Université de Nantes\n`;
  const en = (bullet: string) =>
    `Sam Doe\nEditor\n\nEXPERIENCE\n\nJan 2022 – Present\nCyber Editor — Example Media, Leeds\n- ${bullet}\n\nEDUCATION\n\n2016 – 2019   BA Journalism, University of Leeds\n`;
  const read = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  it('reads "liaisons" in French as links of a network, no stakeholder communication', () => {
    expect(read(fr('IDS Suricata sur les liaisons OT et VPN IPsec site à site.'))).not.toContain('stakeholder-communication');
  });
  it('reads coaching journalists as no mentoring of engineers (convention 105)', () => {
    expect(read(en('Coached the desk journalists on security reporting.'))).not.toContain('mentoring');
  });
});

describe('trustworthy AI beside a word of security or robustness names AI security, not responsible AI', () => {
  const fr = (line: string) =>
    `EXPÉRIENCE\n\nDepuis 2021   ${line}\n              Aurelis Défense, Rennes\n  Évaluations de sécurité des modèles de détection.\n`;
  it.each([
    fr("Responsable d'équipe « IA de confiance et sécurité de l'IA »"),
    fr('Consultante senior Cybersécurité & IA de confiance'),
    `EXPERIENCE\n\n2021 – present   Lead, Trustworthy AI and Model Security\n  Security evaluations of detection models.\n`,
    `BERUFSERFAHRUNG\n\nseit 2021   Teamleiter Sicherheit und vertrauenswürdige KI\n  Sicherheitsbewertungen von Erkennungsmodellen.\n`,
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('responsible-ai');
  });
  it('alone, it is responsible AI', () => {
    expect(ids(fr('Responsable IA de confiance'))).toContain('responsible-ai');
    expect(ids(`EXPERIENCE\n\n2021 – present   Trustworthy AI Lead\n  Reviews of the credit models before launch.\n`)).toContain('responsible-ai');
  });
});
