import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

const tiers = (ad: string) => roleFromJobPosting(ad, { language: 'en' }).requirements.map((q) => [requirementId(q), q.tier]);
const ad = (duty: string) => `Security Engineer\n\nResponsibilities\n- ${duty}\n\nRequirements\n- Python\n`;

describe('ML work named as what a duty secures (securing words, securedObjectQualifiers)', () => {
  it('reads "harden" as a verb of securing: the ML work after it is secured, not asked', () => {
    expect(tiers(ad('Harden the clusters used for model training and serving'))).toEqual([['python', 'required']]);
  });

  it('reads over "end to end" inside what is secured', () => {
    expect(tiers(ad('Harden our ML pipelines end to end, from feature ingestion to model training'))).toEqual([['python', 'required']]);
  });

  it('still reads building after the secured object as asked', () => {
    expect(tiers(ad('Harden our ML pipelines end to end, then build and train PyTorch models'))).toContainEqual(['pytorch', 'duty']);
  });
});
