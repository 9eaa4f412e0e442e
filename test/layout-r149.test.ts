import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Layouts of the r149 set (Europass records, two-column exports, ATS text): a certificate's issuer line with its status,
// the scope of an audit, a volunteer mentor at a school event, and words the translations write differently.

const asOf = '2026-11-01';
const parse = (text: string) => parseResume(text, { asOf });
const certs = (text: string) => parse(text).certifications.map((c) => c.id);
const ids = (text: string) => parse(text).skills.map((s) => s.id);
const degrees = (text: string) => parse(text).education.map((e) => `${e.level}/${e.field}`);
const job = (heading: string, title: string, line: string) => `${heading}\n${title}, Northwind Ltd  2020 – 2024\n- ${line}\n`;

describe('a status after the issuer on the line under a certificate (convention 165)', () => {
  it.each([
    ['Europass, en dash', 'EDUCATION AND TRAINING\n\n  [ 2017 ]  Certified Ethical Hacker (CEH)\n  EC-Council – expired in 2020, not renewed\n'],
    ['Europass, French', 'ÉDUCATION ET FORMATION\n\n  [ 2017 ]  Certified Ethical Hacker (CEH)\n  EC-Council – expirée en 2020, non renouvelée\n'],
    ['LinkedIn, middle dots', 'CERTIFICATIONS\n\nCertified Ethical Hacker (CEH)\nEC-Council · Issued Mar 2016 · Expired Mar 2019\n'],
  ])('%s: not held', (_, text) => {
    expect(certs(text)).toEqual([]);
  });
  it('the next row of a list cut the same way is another certificate', () => {
    expect(certs('## Certifications\nOSCP — 2020\nOSWE — in progress\n')).toEqual(['oscp']);
  });
  it('an acronym before the dash names a certificate, not an issuer', () => {
    expect(certs('CERTIFICATIONS\n\nCertified Ethical Hacker (CEH), 2017\nOSWE – in progress\n')).toEqual(['ceh']);
  });
  it('"en estudio" is a certificate not held yet', () => {
    expect(certs('CERTIFICACIONES\nAWS Certified Security – Specialty (2022)\nCCSP – en estudio\n')).toEqual(['aws-security-specialty']);
  });
});

describe('the scope of an audit (convention 166)', () => {
  const en =
    'Planned and led audits of the ISO 27001 information security management system, vulnerability management, network security and IT outsourcing; about 14 audits a year.';
  const de =
    'Planung und Leitung von Prüfungen des ISMS nach ISO 27001, des Schwachstellenmanagements, der Netzwerksicherheit und von IT-Auslagerungen; rund 14 Prüfungen pro Jahr.';
  it.each([
    ['en', job('EXPERIENCE', 'Information Security Auditor', en)],
    ['de', job('BERUFSERFAHRUNG', 'Informationssicherheitsprüferin', de)],
  ])('%s: the areas audited are no security work of the auditor', (_, text) => {
    const got = ids(text);
    expect(got).not.toContain('network-security');
    expect(got).not.toContain('vulnerability-management');
    expect(got).toContain('security-compliance');
  });
  it('the clause after the scope is the person’s own again', () => {
    const got = ids(job('EXPERIENCE', 'Security Engineer', 'Ran audits of the firewall estate; tuned the network security groups of every VPC.'));
    expect(got).toContain('network-security');
  });
  it('a colon after the audited body opens what the audit did', () => {
    const line = 'Security audits of banks and insurers: ITGCs, logical access, change management, network and firewall configuration reviews.';
    expect(ids(job('EXPERIENCE', 'IT Security Auditor', line))).toContain('network-security');
  });
  it('an IT auditor’s scope makes no security work', () => {
    const text = job('EXPERIENCE', 'IT Audit Senior', 'Audits of the bank’s ISO 27001 ISMS and of outsourcing arrangements against Central Bank guidance.');
    expect(parse(text).experience.securityYears).toBe(0);
  });
  it('a code audit is the person’s own review', () => {
    expect(ids(job('EXPERIENCE', 'Application Security Engineer', 'Source code audits of the Java payment services.'))).toContain('secure-code-review');
  });
});

describe('a volunteer mentor at a school event is no mentoring of engineers (convention 105)', () => {
  it.each([
    'EXPERIENCE\nML Engineer, Northwind Ltd  2020 – 2024\n- Built NER models.\n\nOnce a year I mentor teenagers at the Valencia coding hackathon.\n',
    'EXPERIENCIA\nIngeniero de ML, Northwind SL  2020 – 2024\n- Modelos de NER.\n\nUna vez al año colaboro como mentor voluntario en el hackathon de institutos de Valencia.\n',
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('mentoring');
  });
  it('mentoring junior engineers stays', () => {
    expect(ids(job('EXPERIENCE', 'AppSec Engineer', 'Mentor two junior AppSec engineers.'))).toContain('mentoring');
  });
});

describe('Spanish and German words of the translations', () => {
  it('"revisión de seguridad del código" is secure code review, no security assessment', () => {
    const got = ids(job('EXPERIENCIA', 'Ingeniero de seguridad de LLM', 'Revisión de seguridad del código Python y TypeScript de nuestras aplicaciones LLM.'));
    expect(got).toContain('secure-code-review');
    expect(got).not.toContain('security-assessment');
  });
  it('"llaves" is the Mexican word for keys: KMS key policies and rotation are cryptography, the data stores no data warehouse', () => {
    const got = ids(
      job('EXPERIENCIA', 'Ingeniera de Seguridad en la Nube', 'Políticas de llaves de KMS y rotación automática de llaves para todos los almacenes de datos.'),
    );
    expect(got).toContain('cryptography');
    expect(got).not.toContain('data-engineering');
  });
  it('"Wirtschafts- und Sozialwissenschaften" is a business degree', () => {
    expect(degrees('AUSBILDUNG\nBachelorstudium Wirtschafts- und Sozialwissenschaften, BSc (WU)\nWirtschaftsuniversität Wien\n2012\n')).toEqual([
      'bachelor/business',
    ]);
  });
});
