import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

const tiers = (ad: string) => roleFromJobPosting(ad, { language: 'en' }).requirements.map((q) => [requirementId(q), q.tier]);

describe('an ad written as one paragraph of prose (postings-r88, convention 186)', () => {
  it('reads "In your first six months you\'ll …" after a wish as duties', () => {
    const ad =
      "AI Security Engineer\n\nAbout the job\nYou've spent at least four years doing application security work. Bonus points if you hold an OSCP. In your first six months you'll threat model our agent runtime end to end and help us get through SOC 2. You'll report to our CTO and you'll regularly present to customers' CISOs.\n";
    const got = tiers(ad);
    expect(got).toContainEqual(['threat-modeling', 'duty']);
    expect(got).toContainEqual(['security-compliance', 'duty']);
    expect(got).toContainEqual(['certification', 'preferred']);
    expect(got).not.toContainEqual(['threat-modeling', 'preferred']);
  });

  it('reads "You know your way around AWS" as asked', () => {
    const ad =
      "Security Engineer\n\nAbout the job\nWe're hiring our first security engineer. You know your way around AWS, which is where everything we run lives.\n";
    expect(tiers(ad)).toContainEqual(['aws', 'required']);
  });
});
