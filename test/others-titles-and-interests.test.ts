import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// A manager the person reports to or partners with, a partner team's name, an interest line, a code review's
// languages, Splunk for operations logs, and a duty that wraps on under a header whose title stands above it.

const asOf = '2026-11-01';
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);

describe("a manager's title after an article", () => {
  it.each([
    ['EXPERIENCE\nData Engineer | Acme | 2020 – 2023\n* Built Spark pipelines.\n* Report to the Engineering Manager; reviewed two PRs a week.\n'],
    ['EXPERIENCE\nData Engineer | Acme | 2020 – 2023\n* Built Spark pipelines.\n* Reported to the Engineering Manager.\n'],
    ['EXPERIENCE\nData Engineer | Acme | 2020 – 2023\n* Built Spark pipelines; reporting to the engineering manager.\n'],
    ['BERUFSERFAHRUNG\nData Engineer | Acme | 2020 – 2023\n- Spark-Pipelines gebaut.\n- Zusammenarbeit mit dem Engineering Manager der Datenplattform.\n'],
    ["EXPÉRIENCE\nData Engineer | Acme | 2020 – 2023\n* Pipelines Spark.\n* Rattaché à l'Engineering Manager de la plateforme.\n"],
    ['EXPERIENCIA\nData Engineer | Acme | 2020 – 2023\n* Pipelines de Spark.\n* Reportaba al Engineering Manager de la plataforma.\n'],
  ])('gives the person no team leadership: %s', (text) => {
    const got = ids(text);
    expect(got).toContain('data-engineering');
    expect(got).not.toContain('team-leadership');
  });

  it("gives no team leadership from a partner's manager", () => {
    const got = ids(
      'EXPERIENCE\nSecurity Engineer | Acme | 2020 – 2023\n* Threat model the chatbot with STRIDE.\n* Partner with the Engineering Manager of the ML platform team.\n',
    );
    expect(got).toContain('threat-modeling');
    expect(got).not.toContain('team-leadership');
  });

  it("gives no team leadership from a German partner's manager", () => {
    const got = ids(
      'BERUFSERFAHRUNG\nSecurity Engineer | Acme | 2020 – 2023\n- Threat Modeling mit STRIDE.\n- Zusammenarbeit mit dem Engineering Manager des ML-\nPlattform-Teams.\n',
    );
    expect(got).not.toContain('team-leadership');
  });

  it('keeps the leadership of a person who leads a team and reports to a director', () => {
    expect(ids('EXPERIENCE\nData Engineer | Acme | 2020 – 2023\n* Managed a team of 6 engineers and reported to the Director of Engineering.\n')).toContain(
      'team-leadership',
    );
  });
});

describe('an interest line', () => {
  it.each([
    ['ADDITIONAL INFORMATION\nInterested in LLM red teaming and prompt injection; I go to the local meetups.\n'],
    ['WEITERE INFORMATIONEN\nInteresse an LLM Red Teaming und Prompt Injection; ich besuche lokale Meetups.\n'],
  ])('opening its line, names no skill: %s', (text) => {
    expect(ids(text)).not.toContain('llm-security');
  });
});

describe('the languages of a code review programme', () => {
  it('are the reviewer\'s: "code review programme for" is no assurance of a programme', () => {
    const got = ids('EXPERIENCE\nSecurity Engineer | Acme | 2020 – 2023\n* Ran the code review programme for Go and Python services with Semgrep.\n');
    expect(got).toContain('python');
    expect(got).toContain('go');
  });

  it('an assurance of a programme still names what was assessed', () => {
    expect(ids('EXPERIENCE\nIT Auditor | Acme | 2020 – 2023\n* Reviewed the vulnerability management programme for Java services.\n')).not.toContain('java');
  });
});

describe('Splunk for operations logs', () => {
  it('is no security monitoring', () => {
    expect(
      ids('EXPERIENCE\nQA Engineer | Acme | 2020 – 2023\n* Wrote Selenium tests in Java.\n* Searched Splunk ops logs to find flaky builds.\n'),
    ).not.toContain('security-monitoring');
  });

  it('detections in Splunk stay security monitoring', () => {
    expect(ids('EXPERIENCE\nSOC Analyst | Acme | 2020 – 2023\n* Built Splunk detections for phishing alerts.\n')).toContain('security-monitoring');
  });
});

describe('a duty with its bullet lost under a header whose title stands above it', () => {
  it('wrapping on in lowercase, is no title', () => {
    const profile = parseResume(
      'EXPERIENCE\n\nHead of Platform Security\nBrightpay, Lisbon                                  Feb 2023 – Present\n  Lead a team of 6 engineers (hiring, reviews) responsible for the security\n   of the payment APIs.\n  Built the fraud-scoring service in Python.\n',
      { asOf },
    );
    expect(profile.experience.entries.map((e) => e.title)).toEqual(['Head of Platform Security']);
  });
});

describe('a range of one month word with two-digit years', () => {
  it('is years in a document whose other ranges write two-digit years after month words', () => {
    const profile = parseResume(
      'EXPERIENCIA\n\nAnalista de QA | Acme | may. 23 – may. 25\n* Pruebas en Java.\n\nAnalista de QA | Beta | mar. 19 – oct. 22\n* Pruebas en Java.\n',
      { asOf },
    );
    expect(profile.experience.entries.map((e) => [e.start, e.end])).toEqual([
      ['2023-05', '2025-05'],
      ['2019-03', '2022-10'],
    ]);
  });

  it('stays a range of days elsewhere', () => {
    expect(parseResume('EXPERIENCE\n\nQA Analyst | Acme | May 23 – May 25\n* Tests in Java.\n', { asOf }).experience.entries).toEqual([]);
  });
});

describe("a course code and its title after a teacher's role (convention 239)", () => {
  it.each([
    ['English', 'TEACHING\nSpring 2025               Guest lecturer, 18-734 Foundations of Privacy and Security of ML, CMU\n'],
    [
      'Spanish',
      'DOCENCIA\nPrimavera 2025                Profesora invitada, 18-734 Foundations of Privacy and Security of ML, CMU\nUna sesión de dos horas para los estudiantes del máster, con la evaluación de los trabajos de la asignatura.\n',
    ],
    [
      'French',
      'ENSEIGNEMENT\nConférencière invitée, CS 458/658 Computer Security and Privacy, Université de Waterloo\nUne séance de deux heures pour les étudiants de la maîtrise, avec la correction des travaux du cours.\n',
    ],
    [
      'German',
      'LEHRE\nSoSe 2024   Gastdozentin, COMP3310 Privacy Engineering, TU Beispiel\nEine Sitzung von zwei Stunden für die Studierenden des Masterstudiengangs, mit der Bewertung der Hausarbeiten.\n',
    ],
  ])('gives no skill from the title taught (%s)', (_name, text) => {
    expect(ids(text)).toEqual([]);
  });

  it('keeps a skill the person names after the course', () => {
    const got = ids(
      'TEACHING\n2025   Guest lecturer, CS 458/658 Computer Security and Privacy, Waterloo\nEXPERIENCE\nEngineer | Acme | 2020 – 2023\n* Built privacy reviews for the data platform.\n',
    );
    expect(got).toContain('privacy');
  });

  it('reads a course title with no teacher before it', () => {
    expect(ids('EXPERIENCE\nEngineer | Acme | 2020 – 2023\n* Ran CS 458 Computer Security and Privacy reviews for clients.\n')).toContain('privacy');
  });
});
