import { describe, expect, it } from 'vitest';
import { bundleExports, RESUME_PATH } from '../scripts/bundle-exports';
import { DETECTION_JSON, LEXICON_JSON } from '../src/data/core.generated';
import { LEXICON_POSTINGS_JSON } from '../src/data/postings.generated';
import { catalogDetails } from '../src/details';
import { de } from '../src/languages';
import { loadCatalog } from '../src';
import type { LanguageLexicon } from '../src/schemas';
import { type LanguagePackData, splitLists } from '../src/text/lexicon';

describe('the job-ad vocabulary is a module of its own', () => {
  // A phrase of the job-ad lists that no other list of the lexicon holds.
  const phrase = LEXICON_POSTINGS_JSON.split(/[|"]/u).find((p) => /^[a-z][a-z ]{11,}$/u.test(p) && !LEXICON_JSON.includes(p)) as string;

  it('stays out of a bundle of the résumé path', async () => {
    expect(phrase).toBeTypeOf('string');
    const bundle = await bundleExports(RESUME_PATH);
    expect(bundle).toContain('parseResume');
    expect(bundle).not.toContain(phrase);
  });

  it('stays out of the whole root bundle: job-ad reading is `rolefit/postings`', async () => {
    const bundle = await bundleExports('*');
    expect(bundle).toContain('parseResume');
    expect(bundle).not.toContain(phrase);
  });

  it('is in a bundle that reads job ads', async () => {
    expect(await bundleExports(['roleFromJobPosting'])).toContain(phrase);
  });

  it('holds the degree words only job ads read ("or equivalent experience"), which the root bundle leaves out', async () => {
    const equivalent = (splitLists(JSON.parse(LEXICON_POSTINGS_JSON)) as LanguageLexicon['postings']).degreeEquivalent;
    expect(equivalent.length).toBeGreaterThan(5);
    const bundle = await bundleExports('*');
    for (const words of equivalent) expect(bundle).not.toContain(words);
  });
});

describe('the language packs are modules of their own', () => {
  // An alias of the German pack that the core does not hold (not even among the words that tell German).
  const aliases = Object.values(JSON.parse((de as LanguagePackData).aliases) as Record<string, Array<string | { text: string }>>).flat();
  const word = aliases
    .map((a) => (typeof a === 'string' ? a : a.text).toLowerCase())
    .find((t) => /^[a-zäöüß]{14,}$/u.test(t) && !DETECTION_JSON.includes(t) && !LEXICON_JSON.includes(t)) as string;

  it('stay out of the root bundle, whole', async () => {
    expect(word).toBeTypeOf('string');
    const bundle = await bundleExports('*');
    expect(bundle).toContain('parseResume');
    expect(bundle).not.toContain(word);
  });

  it('are in a bundle that imports them', async () => {
    expect(await bundleExports(RESUME_PATH, ['de'])).toContain(word);
    expect(await bundleExports(RESUME_PATH, ['fr'])).not.toContain(word);
  });
});

describe('the catalog details are a module of their own', () => {
  const description = (loadCatalog(undefined, { details: catalogDetails }).skills.find((s) => s.id === 'threat-modeling')?.description ?? '').slice(0, 40);

  it('stay out of the root bundle, whole', async () => {
    expect(description).toBe('Threat modeling: STRIDE, PASTA, LINDDUN,');
    const bundle = await bundleExports('*');
    expect(bundle).toContain('parseResume');
    expect(bundle).not.toContain(description);
    expect(bundle).not.toContain('Knowledge of threat modeling tools');
  });

  it('are in a bundle that imports them', async () => {
    expect(await bundleExports(['loadCatalog'], [], true)).toContain(description);
  });
});
