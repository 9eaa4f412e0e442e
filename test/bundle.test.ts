import { describe, expect, it } from 'vitest';
import { bundleExports, RESUME_PATH } from '../scripts/bundle-exports';
import { LEXICON_JSON, LEXICON_POSTINGS_JSON } from '../src/data/lexicon.generated';

describe('the job-ad vocabulary is a module of its own', () => {
  // A phrase of the job-ad lists that no other list of the lexicon holds.
  const phrase = LEXICON_POSTINGS_JSON.split('|').find((p) => /^[a-z][a-z ]{11,}$/u.test(p) && !LEXICON_JSON.includes(p)) as string;

  it('stays out of a bundle of the résumé path', async () => {
    expect(phrase).toBeTypeOf('string');
    const bundle = await bundleExports(RESUME_PATH);
    expect(bundle).toContain('parseResume');
    expect(bundle).not.toContain(phrase);
  });

  it('is in a bundle that reads job ads', async () => {
    expect(await bundleExports(['roleFromJobPosting'])).toContain(phrase);
  });
});
