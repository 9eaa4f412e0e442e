import { describe, expect, it } from 'vitest';
import { certs, conditions, type Lang, tiers } from './_postings';

describe('prose with no headings (p104)', () => {
  it.each([
    "Day to day you'd invent new attack families and sit with customers' security teams to walk them through what broke.",
    'Day to day you will threat model our agents and walk customers through what broke.',
    'Day-to-day, you’ll threat model our agents and walk customers through what broke.',
  ])('reads a "Day to day you\'d …" sentence after what is asked as duties: %s', (duty) => {
    const ad = `Founding Engineer\n\nWe're looking for someone who enjoys breaking things. ${duty} You should have hands-on Python.\n`;
    expect(tiers(ad)).not.toContain('required:stakeholder-communication');
  });
  it('reads a stack nobody expects the hire to write as not asked', () => {
    const ad =
      "Engineer\n\nYou should have hands-on Python.\n\nOur backend is TypeScript and Go; you'll read some of it, but nobody expects you to write it on day one.\n";
    expect(tiers(ad)).toEqual(['required:python']);
  });
  it('reads a stack the hire will not be expected to build as not asked', () => {
    const ad = "Engineer\n\nRequirements\n- Python\n\nThe dashboards are in TypeScript; you won't be expected to build any of it.\n";
    expect(tiers(ad)).toEqual(['required:python']);
  });
  it('reads understanding how LLM applications are put together as LLM application work', () => {
    const ad =
      'Engineer\n\nRequirements\n- You write Python every day, and you understand how LLM applications are actually put together: retrieval, function calling, agent loops.\n';
    expect(tiers(ad)).toEqual(['required:llm-applications', 'required:python']);
  });
});

describe('what an attack is on (p104)', () => {
  it('reads ML models whose vulnerabilities are exploited as no ML work asked', () => {
    const ad =
      'IT Specialist\n\nRequirements\n- identifying and exploiting vulnerabilities in machine learning models (e.g., adversarial examples, data poisoning, model extraction)\n- Python\n';
    expect(tiers(ad)).toEqual(['required:adversarial-ml', 'required:python']);
  });
  it.each<[string, Lang]>([
    ['Analista\n\nRequisitos mínimos\n- Python\n\nFunciones\n- Colaborar con el equipo de red team en las pruebas de inyección de prompts.\n', 'es'],
    ['Engineer\n\nRequirements\n- Python\n\nResponsibilities\n- Test our assistants for prompt injection together with the red team.\n', 'en'],
  ])("reads the red team the hire works with as that team's work, no penetration testing: %s", (ad, language) => {
    expect(tiers(ad, language)).not.toContain('duty:penetration-testing');
  });
});

describe('obtaining a certification after hire (p104)', () => {
  it('reads a certification to obtain "within six (6) months of appointment" as no hard must', () => {
    const ad =
      'IT Specialist\n\nRequirements\n- Python\n\nConditions of Employment\n- The incumbent must meet the qualification requirements of the work role, which includes obtaining a certification (e.g., CompTIA Security+ CE) within six (6) months of appointment.\n';
    expect(certs(ad)).toEqual(['required:security-plus:false']);
  });
});

describe('Naukri tags and benefits (p104, conventions 10 and 402)', () => {
  const naukri = (tags: string) =>
    `Security Manager\n\nRole & responsibilities\n1. Drive the build of an automated attack pipeline.\n\nPreferred candidate profile\nMust have:\n- Threat modelling using STRIDE.\n\nGood to have:\n- Exposure to Azure.\n- Python scripting for PoCs.\n- CISSP / CISM.\n\nKey Skills\n${tags}\n`;
  it("keeps the text's wish for a skill or certification that a tag repeats", () => {
    expect(tiers(naukri('Threat Modeling\nAzure\nPython\nCISSP'))).toEqual([
      'duty:security-automation',
      'preferred:azure',
      'preferred:python',
      'required:threat-modeling',
    ]);
    expect(certs(naukri('Threat Modeling\nAzure\nPython\nCISSP'))).toEqual(['preferred:cissp|cism:false']);
  });
  it('reads a bare tag the text names in its duties only as the duty: a tag adds nothing of its own (convention 10)', () => {
    const got = tiers(naukri('Threat Modeling\nSecurity Automation'));
    expect(got).toContain('duty:security-automation');
    expect(got).not.toContain('required:security-automation');
  });
  it('reads a certification the employer sponsors as no work authorisation', () => {
    const ad =
      'Security Manager\n\nMust have:\n- Python\n\nPerks and benefits\n- Certification sponsorship - we fully sponsor CISSP, OSCP and cloud certifications for our employees\n';
    expect(conditions(ad)).toEqual([]);
  });
});
