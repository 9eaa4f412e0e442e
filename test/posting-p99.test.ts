import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

const role = (ad: string) => roleFromJobPosting(ad, { language: 'en' });
const reqs = (ad: string) => role(ad).requirements.map((q) => [requirementId(q), q.tier]);
const skillsOf = (q: { kind: string }) => ('skills' in q ? q.skills : undefined);
const yearsOf = (q: { kind: string }) => ('minYears' in q ? q.minYears : undefined);
const conditions = (ad: string) => (role(`${ad}\nRequirements\n- Python\n`).notes ?? []).map((n) => n.condition);

describe('lettered and roman list items (p99)', () => {
  it.each(['a)', 'i.', '(ii)'])('reads items marked "%s" under their own heading, not run into it', (mark) => {
    expect(reqs(`Engineer\n\nRequirements\n${mark} Knowledge of network security.\n\nAdded Advantage\n${mark} Knowledge of cloud security.\n`)).toEqual([
      ['network-security', 'required'],
      ['cloud-security', 'preferred'],
    ]);
  });
});

describe('a government vacancy notice (p99)', () => {
  it('reads years at a supervisory level as team leadership years', () => {
    const r = role('Officer\n\nRequirements\n- Six (6) years in information security, three (3) of which should have been at a supervisory level;\n');
    expect(r.requirements.map((q) => [requirementId(q), yearsOf(q)])).toContainEqual(['team-leadership', 3]);
  });
  it('reads a duty station as the place of work and good-conduct and police clearance certificates as a background check', () => {
    expect(conditions('Officer\nDuty Station: Nairobi\n')).toEqual(['location']);
    expect(conditions('Officer\n\nCandidates must present a Certificate of Good Conduct.\n')).toEqual(['background-check']);
    expect(conditions('Officer\n\nA police clearance certificate is required before joining.\n')).toEqual(['background-check']);
  });
  it('reads days a week on a customer site as the place of work', () => {
    expect(conditions('Engineer\nLocation: Cheltenham - 4 days per week on a secure customer site.\n')).toEqual(['location']);
  });
});

describe('sponsorship that is no work authorisation (p99)', () => {
  it('reads no work authorisation from refusing to sponsor new DV applications or from sponsoring H-1B visas', () => {
    expect(conditions('Engineer\n\nClearance: active DV. The client is unable to sponsor new DV applications for this role.\n')).toEqual([]);
    expect(conditions('Engineer\n\nWe sponsor and transfer H-1B visas.\n')).toEqual([]);
    expect(conditions('Engineer\n\nWe are unable to provide visa sponsorship.\n')).toEqual(['work-authorization']);
  });
});

describe('a dashed aside that accepts another skill instead (p99)', () => {
  it.each([
    ["PyTorch - TensorFlow is fine if you're happy to switch", ['pytorch', 'tensorflow']],
    ['PyTorch – TensorFlow is fine too', ['pytorch', 'tensorflow']],
    ["AWS (GCP is fine if you're happy to switch)", ['aws', 'gcp']],
  ])('reads "%s" as one choice', (item, ids) => {
    const r = roleFromJobPosting(`Engineer\n\nWhat they need (essential):\n* Strong Python\n* ${item}\n`, { language: 'en' });
    expect(r.requirements.map(skillsOf)).toEqual([['python'], ids]);
  });
  it('keeps an aside that accepts another tool of one skill on its own line, not joined to the line before', () => {
    const r = roleFromJobPosting(
      "Engineer\n\nWhat they need\n- 5+ years in security engineering, at least 2 of those hands-on in AWS\n- Strong Terraform (CloudFormation is OK if you're willing to switch)\n",
      { language: 'en' },
    );
    expect(r.requirements.filter((q) => skillsOf(q)).map((q) => [skillsOf(q), yearsOf(q)])).toEqual([
      [['aws'], 2],
      [['terraform'], undefined],
    ]);
  });
  it('keeps a dash that adds no alternative apart', () => {
    const r = roleFromJobPosting('Engineer\n\nRequirements\n* PyTorch - ideally TensorFlow too\n', { language: 'en' });
    expect(r.requirements.map(skillsOf)).toEqual([['pytorch'], ['tensorflow']]);
  });
});

describe('prose with no heading (p99)', () => {
  it('softens only the part after "ideally" in a sentence that asks, and reads "You\'ll need" as a must', () => {
    const r = role("Engineer\n\nWe build agents.\n\nYou'll need 5+ years in application security, ideally with Python.\n");
    expect(r.requirements.map((q) => [requirementId(q), q.tier, yearsOf(q), 'yearsHard' in q ? q.yearsHard : undefined])).toEqual([
      ['application-security', 'required', 5, true],
      ['python', 'preferred', undefined, undefined],
    ]);
  });
  it('keeps a sentence that asks nothing before the comma a wish', () => {
    expect(reqs('Engineer\n\nWe build agents, ideally with Python.\n')).toEqual([['python', 'preferred']]);
  });
});

describe('"neither" after a skill said not needed (p99)', () => {
  it.each([
    ['en', 'Engineer\n\nRequirements\n- Python\n\nYou do not need deep learning. Nor do you need Spark.\n'],
    ['es', 'Ingeniero\n\nRequisitos\n- Python\n\nNo necesitas saber deep learning. Tampoco necesitas conocer Spark.\n'],
    ['de', 'Ingenieur\n\nAnforderungen\n- Python\n\nSpark brauchst du auch nicht.\n'],
    ['fr', "Ingénieur\n\nProfil recherché\n- Python\n\nVous n'avez pas non plus besoin de connaître Spark.\n"],
  ] as const)('%s: reads no Spark', (language, ad) => {
    expect(roleFromJobPosting(ad, { language }).requirements.map(requirementId)).toEqual(['python']);
  });
});

describe('a team named as the party a duty is done with (p99)', () => {
  it('drops "the red team" after "together with" as a party, and keeps red teaming asked as work', () => {
    expect(reqs('Analyst\n\nKey Responsibilities\n- Test LLM-based applications for prompt injection and data leakage together with the red team.\n')).toEqual([
      ['llm-security', 'duty'],
    ]);
    expect(reqs('Analyst\n\nKey Responsibilities\n- Run red team exercises together with the blue team.\n')).toEqual([['penetration-testing', 'duty']]);
  });
});
