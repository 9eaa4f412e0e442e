import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// The field's own words and who did the work: testing a vendor performed, the Data Protection Officer as a partner,
// an LLM application the person has not built, a security regression suite in CI, Swiss "Risikobeurteilung",
// "supervision d'une équipe de N", and a degree under a school line dated for the record above it.

const asOf = '2026-11-01';
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);
const job = (heading: string, title: string, item: string) => `${heading}\n${title} | Acme | 2020 – 2023\n- ${item}\n`;

describe('testing performed by a vendor (convention 175)', () => {
  it.each([
    [
      job(
        'EXPERIENCE',
        'Head of Information Security',
        'Procured an external AI red-teaming engagement for the chatbot; the testing was performed by the vendor, my part was scoping.',
      ),
    ],
    [job('EXPERIENCE', 'Head of Information Security', 'Procured an AI red-teaming engagement for the chatbot; the vendor performed the testing.')],
    [
      job(
        'BERUFSERFAHRUNG',
        'Head of Information Security',
        'Beschaffung eines externen AI-Red-Teaming-Tests für den Chatbot; die Tests führte der Anbieter durch.',
      ),
    ],
    [job('EXPÉRIENCE', 'Responsable sécurité', "Achat d'un exercice d'AI red teaming pour le chatbot ; les tests ont été réalisés par le prestataire.")],
    [job('EXPERIENCIA', 'Responsable de seguridad', 'Contratación de un ejercicio de AI red teaming para el chatbot; las pruebas las realizó el proveedor.')],
  ])('gives the buyer no LLM security: %s', (text) => {
    expect(ids(text)).not.toContain('llm-security');
  });

  it('keeps the red teaming the person did', () => {
    expect(ids(job('EXPERIENCE', 'AI Security Engineer', 'AI red teaming of the customer-service chatbot: jailbreaks and prompt injection.'))).toContain(
      'llm-security',
    );
  });
});

describe('the Data Protection Officer as a partner (convention 176)', () => {
  it('gives no privacy to a workflow with the DPO', () => {
    expect(
      ids(job('EXPERIENCE', 'Head of Information Security', 'Set up the approval workflow with Legal, Compliance and the Data Protection Officer.')),
    ).not.toContain('privacy');
  });

  it('gives no privacy to the DPOs in the plural', () => {
    expect(ids(job('EXPERIENCE', 'Security Analyst', 'Answered questions from the Data Protection Officers of two clients.'))).not.toContain('privacy');
  });

  it.each([
    ['EXPERIENCE\nData Protection Officer | Acme | 2020 – 2023\n- Kept the records of processing.\n'],
    [job('EXPERIENCE', 'Compliance Manager', 'Deputy Data Protection Officer for the group (4,000 employees).')],
    [job('EXPERIENCE', 'Compliance Manager', 'Worked with the Data Protection Officer on the DPIA for the new CRM.')],
  ])('keeps privacy of a DPO or of data protection work: %s', (text) => {
    expect(ids(text)).toContain('privacy');
  });
});

describe('an LLM application the person has or has not built (convention 177)', () => {
  const listed = (tail: string) => `SKILLS\n• Python\n• LLMs\n\nADDITIONAL INFORMATION\n${tail}\n`;

  it.each([
    [listed('I use ChatGPT and GitHub Copilot every day, but I have not built an LLM application yet.')],
    [
      'HABILIDADES\n• Python\n• LLMs\n• IA generativa\n\nINFORMACIÓN ADICIONAL\nUso ChatGPT todos los días, pero todavía no he construido ninguna aplicación con LLMs.\n',
    ],
  ])('drops the listed LLMs: %s', (text) => {
    expect(ids(text)).not.toContain('llm-applications');
  });

  it.each([
    [job('EXPERIENCE', 'Software Engineer', 'Built an LLM application that drafts replies to support tickets.')],
    [job('BERUFSERFAHRUNG', 'Software Engineer', 'LLM-Anwendung für den Kundenservice entwickelt und betrieben.')],
    [job('EXPERIENCIA', 'Ingeniero de software', 'Desarrollé una aplicación con LLMs para redactar respuestas de soporte.')],
    [job('EXPÉRIENCE', 'Ingénieur logiciel', 'Développé une application LLM qui rédige les réponses du support.')],
  ])('reads an LLM application built as the skill: %s', (text) => {
    expect(ids(text)).toContain('llm-applications');
  });

  it.each([
    [job('EXPERIENCE', 'AI Security Engineer', 'Findings mapped to the OWASP Top 10 for LLM Applications; built the report templates.')],
    [job('EXPERIENCE', 'AI Security Engineer', 'Built a test methodology for LLM applications and image classifiers.')],
    [job('BERUFSERFAHRUNG', 'AI Security Engineer', 'Security-Begleitung der Entwicklungsteams, die LLM-Anwendungen bauen.')],
    [job('BERUFSERFAHRUNG', 'AI Security Engineer', 'Entwickelt Testmethodik für LLM-Anwendungen und Bildklassifikatoren.')],
  ])('gives no LLM applications to what is built for or by others: %s', (text) => {
    expect(ids(text)).not.toContain('llm-applications');
  });
});

describe('a security regression suite in CI (convention 178)', () => {
  it.each([
    [
      job(
        'EXPERIENCE',
        'AI Security Engineer',
        'Built a prompt-injection regression suite (Python, promptfoo, garak) that runs in GitHub Actions on every prompt change.',
      ),
    ],
    [job('EXPERIENCE', 'AI Security Engineer', 'Built the jailbreak regression suite that runs automatically on every release.')],
    [job('EXPERIENCIA', 'AI Security Engineer', 'Desarrollé una suite de regresión de prompt injection (Python, promptfoo) que corre en GitHub Actions.')],
    [job('EXPÉRIENCE', 'Ingénieur sécurité IA', "Suite de régression d'injection de prompt (Python) exécutée dans GitHub Actions à chaque changement.")],
    [job('BERUFSERFAHRUNG', 'AI Security Engineer', 'Regressionssuite für Prompt-Injection (Python), die in GitHub Actions bei jeder Änderung läuft.')],
  ])('is security automation: %s', (text) => {
    expect(ids(text)).toContain('security-automation');
  });

  it('is none in a QA job', () => {
    expect(ids(job('EXPERIENCE', 'QA Analyst', 'Maintained the regression suite that runs in Jenkins every night.'))).not.toContain('security-automation');
  });
});

describe('Swiss risk assessments and a French supervised team (convention 179)', () => {
  it.each([
    [job('BERUFSERFAHRUNG', 'Information Security Officer', 'Durchführung der jährlichen Risikobeurteilung zur Informationssicherheit.')],
    [job('BERUFSERFAHRUNG', 'Information Security Officer', 'Sicherheitsrisikobeurteilungen von 60 IT-Lieferanten durchgeführt.')],
  ])('reads a Risikobeurteilung of information security as security assessment: %s', (text) => {
    expect(ids(text)).toContain('security-assessment');
  });

  it('gives no security assessment to a Risikobeurteilung of patients', () => {
    expect(ids(job('BERUFSERFAHRUNG', 'Pflegefachfrau', 'Risikobeurteilung der Patienten bei Aufnahme.'))).not.toContain('security-assessment');
  });

  it.each([
    [job('EXPÉRIENCE', 'Superviseur de nuit', "Horaires et supervision d'une équipe de 4 agents.")],
    [job('EXPERIENCIA', 'Supervisor de noche', 'Turnos y supervisión de un equipo de 4 vigilantes.')],
  ])('reads the supervision of a team of N as team leadership: %s', (text) => {
    expect(ids(text)).toContain('team-leadership');
  });

  it('gives no team leadership to work done under supervision', () => {
    expect(ids(job('EXPÉRIENCE', 'Stagiaire SOC', "Tri d'alertes sous la supervision d'une équipe de 4 analystes."))).toContain('security-monitoring');
  });
});

describe('a degree under a school line dated for the record above', () => {
  it('keeps the field of the certificate above off the degree', () => {
    const edu = parseResume(
      "EDUCATION\nAEC (Attestation d'études collégiales) in Cybersecurity – 1,365-hour college program\nCollège de Bois-de-Boulogne, Montréal — 2023\nBachelor of Arts (B.A.), History — Université de Montréal — 2015\n",
      { asOf },
    ).education.map((e) => `${e.level}/${e.field}`);
    expect(edu).toEqual(['bachelor/other']);
  });

  it('still reads the study named over an undated school line', () => {
    const edu = parseResume('AUSBILDUNG\nStudium Wirtschaftsinformatik\nFOM Hochschule für Oekonomie & Management\nAbschluss: B.Sc., 2016\n', {
      asOf,
    }).education.map((e) => `${e.level}/${e.field}`);
    expect(edu).toEqual(['bachelor/information-systems']);
  });
});
