import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { conditions, requirementPairs as reqs, role } from './_postings';

describe('reporting lines that hold their subject (p102-04, p103-07)', () => {
  it('reads "… and you\'ll report to our CTO" inside a clause as the post\'s line, no communication', () => {
    const ad =
      "Security Engineer\n\nWe're hiring our first security engineer. You'll own the security of the runtime end to end and you'll report to our CTO. You'll threat-model the runtime.\n\nRequirements\n- Python\n";
    expect(reqs(ad)).toEqual([
      ['threat-modeling', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('keeps a report to the CTO with no subject as communication', () => {
    const ad =
      'Security Engineer\n\nResponsibilities\n- Threat-model the runtime and report to our CTO monthly on the risk posture.\n\nRequirements\n- Python\n';
    expect(reqs(ad)).toContainEqual(['stakeholder-communication', 'duty']);
  });

  it('reads "reportarás al CISO" as the post\'s line', () => {
    const ad = 'Ingeniero de Seguridad\n\nFunciones\n- Realizar pruebas de penetración y reportarás al CISO.\n\nRequisitos\n- Python\n';
    expect(reqs(ad, 'es')).toEqual([
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('reads "Rattaché·e au CTO et au sein d\'une équipe" as one line: "au sein de" joins no second party', () => {
    const ad =
      "Ingénieur·e Sécurité\n\nDescriptif du poste\nRattaché·e au CTO et au sein d'une équipe sécurité de trois personnes, vous êtes le ou la référent·e sécurité.\n\nMissions\n- Mener des tests d'intrusion.\n\nProfil recherché\n- Python\n";
    expect(reqs(ad, 'fr')).toEqual([
      ['penetration-testing', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('keeps reports sent to the CISO and to another party as communication', () => {
    const ad =
      "Ingénieur·e Sécurité\n\nMissions\n- Mener des tests d'intrusion.\n- Reporting au RSSI et aux directions métiers.\n\nProfil recherché\n- Python\n";
    expect(reqs(ad, 'fr')).toContainEqual(['stakeholder-communication', 'duty']);
  });
});

describe('an audience word that qualifies the object of "coordinate" (p103-04)', () => {
  it('gives no communication from "Coordinate VAPT and compliance audits"', () => {
    expect(reqs('Security Engineer\n\nResponsibilities\n- Coordinate VAPT and compliance audits.\n\nRequirements\n- Python\n')).toEqual([
      ['audit', 'duty'],
      ['python', 'required'],
    ]);
  });

  it('keeps "Coordinate with legal and compliance on findings"', () => {
    expect(reqs('Security Engineer\n\nResponsibilities\n- Coordinate with legal and compliance on findings.\n\nRequirements\n- Python\n')).toContainEqual([
      'stakeholder-communication',
      'duty',
    ]);
  });
});

describe('traits in headingless prose (p102-04)', () => {
  it('reads "You\'re comfortable …, and you can explain a tradeoff … to our CEO" as asked', () => {
    const ad =
      "Security Engineer\n\nYou've spent at least four years in a security engineering role, and you write real code in Python. You're comfortable being the only security person in the room, and you can explain a tradeoff clearly to our CEO on Monday and to a customer's CISO on Tuesday.\n";
    expect(reqs(ad)).toEqual([
      ['securityYears', 'required'],
      ['python', 'required'],
      ['stakeholder-communication', 'required'],
    ]);
  });
});

describe('years split inside a sentence (p102-05)', () => {
  const ad =
    'Security Manager\n\nQualifications\n• 10+ years in software or security engineering, of which at least 5 in security, plus 2+ years hands-on with ML systems in production\n• 3+ years managing engineering or security teams\n';
  it('keeps a part of the years that stands before a later statement, and reads years of managing teams as leading', () => {
    expect(role(ad).requirements.map((q) => [requirementId(q), 'minYears' in q ? q.minYears : undefined])).toEqual([
      ['mlYears', 2],
      ['securityYears', 5],
      ['totalYears', 10],
      ['team-leadership', 3],
    ]);
  });
});

describe('an Indian "Graduate in …" (p102-03)', () => {
  it("is a bachelor's asked, the post-graduation a plus", () => {
    const ad =
      'AI Governance Lead\n\nRequirements\n- Graduate in Computer Science/Engineering, Statistics or Mathematics; post-graduation (MBA/LLM) is a plus\n';
    expect(role(ad).requirements.map((q) => [q.kind, 'minLevel' in q ? q.minLevel : undefined, q.tier, q.hard])).toEqual([
      ['degree', 'bachelor', 'required', true],
      ['degree', 'master', 'preferred', false],
    ]);
  });
});

describe('a Key Skills widget of one tag a line (convention 10)', () => {
  it('adds nothing: the tags repeat the ad', () => {
    const ad =
      "AI Governance Lead\n\nRole & responsibilities\n- Review fairness and bias testing evidence (SHAP, LIME)\n\nPreferred candidate profile\n- Python\n\nKey Skills\nSkills highlighted with '*' are preferred keyskills\nAI Governance*\nResponsible AI*\nTerraform\nKubernetes\n";
    expect(reqs(ad)).toEqual([
      ['responsible-ai', 'duty'],
      ['python', 'required'],
    ]);
  });
});

describe('a location label with places (convention 390)', () => {
  it.each([
    ['Security Engineer\nJob Location: Abu Dhabi, United Arab Emirates\n\nRequirements\n- Python\n'],
    ['Security Engineer\n\nLocations\nSeattle, WA, USA\nArlington, VA, USA\n\nRequirements\n- Python\n'],
    [
      'Security Engineer\n\nOffice attendance\nThe Department expects staff to spend at least 60% of their working time in one of our offices (London or Bristol).\n\nRequirements\n- Python\n',
    ],
  ])('fixes where the work is: %s', (ad) => {
    expect(conditions(ad)).toEqual(['location']);
  });

  it.each([
    ['Security Engineer\nLocation: Remote (United States)\n\nRequirements\n- Python\n'],
    ['Security Engineer\n\nLocation and eligibility\nWe hire across the US.\n\nRequirements\n- Python\n'],
  ])('fixes no place when remote or no label: %s', (ad) => {
    expect(conditions(ad)).toEqual([]);
  });
});

describe('"lead and develop a team" with a bracket of its roles (p102-03)', () => {
  it('is team leadership', () => {
    const ad = 'AI Governance Lead\n\nResponsibilities\n- Lead and develop a team of 4 (2 Managers, 2 Analysts)\n\nRequirements\n- Python\n';
    expect(reqs(ad)).toEqual([
      ['team-leadership', 'duty'],
      ['python', 'required'],
    ]);
  });
});
