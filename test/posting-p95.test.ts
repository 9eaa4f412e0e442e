import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

const role = (ad: string, language: 'en' | 'de' | 'fr' | 'es') => roleFromJobPosting(ad, { language });
const reqs = (ad: string, language: 'en' | 'de' | 'fr' | 'es' = 'en') => role(ad, language).requirements.map((q) => [requirementId(q), q.tier, q.hard]);

describe("a job board's bar of tabs (p95)", () => {
  it('reads the prose under "Overview   Application" as if the bar were not there', () => {
    const ad =
      'Security Engineer\nLocation: Toronto\n\nOverview   Application\n\nAcme builds robots.\n\nYou should have at least five years in security engineering and you write real code in Python.\n\nBonus points if you have run Kubernetes.\n';
    expect(reqs(ad)).toEqual([
      ['securityYears', 'required', true],
      ['python', 'required', false],
      ['kubernetes', 'preferred', false],
    ]);
  });
});
