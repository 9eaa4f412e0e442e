import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

const role = (ad: string) => roleFromJobPosting(ad, { language: 'en' });
const reqs = (ad: string) => role(ad).requirements.map((q) => [requirementId(q), q.tier]);
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
    expect(r.requirements.map((q) => [requirementId(q), q.minYears])).toContainEqual(['team-leadership', 3]);
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
