import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher, isRolefitError, type LanguagePack, loadCatalog, parseResume } from '../src';
import { roleFromJobPosting } from '../src/postings';
import { warn } from '../src/errors';
import { allLanguages, de, es, fr } from '../src/languages';
import { parseResumeFile, parseResumes } from '../src/node';

// The root reads English; German, French and Spanish come as packs of `rolefit/languages`, passed as `languages`.

const AS_OF = '2026-11-01';
const GERMAN_CV = `Max Mustermann
Berufserfahrung
Sicherheitsingenieur, Beispiel GmbH
03/2021 – heute
- Bedrohungsmodellierung für LLM-Anwendungen mit Python und Kubernetes
- Schwachstellenanalyse und Penetrationstests der Webanwendungen
Ausbildung
M.Sc. Informatik, Technische Universität München, 2019
`;
const GERMAN_AD = `Sicherheitsingenieur (m/w/d)

Ihre Aufgaben
- Bedrohungsmodellierung für unsere KI-Produkte

Ihr Profil
- Mindestens 3 Jahre Erfahrung mit Python
- Kenntnisse in Kubernetes
`;

/** The error a call throws: its code, message and issues' paths. */
function caught(fn: () => unknown): { code: string; message: string; paths: PropertyKey[][] } | undefined {
  try {
    fn();
  } catch (error) {
    if (isRolefitError(error)) return { code: error.code, message: error.message, paths: (error.issues ?? []).map((i) => i.path) };
    throw error;
  }
  return undefined;
}

describe('language packs', () => {
  it('are frozen, branded and each its language', () => {
    expect(allLanguages.map((p) => p.code)).toEqual(['de', 'fr', 'es']);
    expect([de.kind, fr.kind, es.kind]).toEqual(['rolefit.language-pack', 'rolefit.language-pack', 'rolefit.language-pack']);
    expect(allLanguages.every((p) => Object.isFrozen(p))).toBe(true);
    expect(Object.isFrozen(allLanguages)).toBe(true);
  });

  it('without the German pack, still tells a German CV German, reads it with English and says how to load the pack', () => {
    const profile = parseResume(GERMAN_CV, { asOf: AS_OF });
    expect(profile.language).toBe('de');
    expect(profile.warnings[0]).toEqual({ code: 'LANGUAGE_NOT_LOADED', message: warn.languageNotLoaded('de'), language: 'de' });
    expect(profile.warnings[0]?.message).toBe(
      "The text seems to be written in German (code `de`), whose language pack is not loaded: it was read with English words only, so headings, dates and degrees may be missed. To read it, import { de } from 'rolefit/languages' and add it to `languages` (e.g. `languages: [de]`).",
    );
    // Tool names are read whatever the language; the German headings and dates are not.
    expect(profile.skills.map((s) => s.id)).toEqual(['kubernetes', 'python']);
    expect(profile.experience.totalYears).toBeNull();
  });

  it('with the German pack (alone or with all), reads the German CV whole, without a warning', () => {
    for (const languages of [[de], allLanguages, [es, de]]) {
      const profile = parseResume(GERMAN_CV, { asOf: AS_OF, languages });
      expect(profile.warnings).toEqual([]);
      expect(profile.sections.map((s) => s.name)).toEqual(['header', 'experience', 'education']);
      expect(profile.skills.map((s) => [s.id, s.years])).toEqual([
        ['kubernetes', 5.75],
        ['penetration-testing', 5.75],
        ['python', 5.75],
        ['security-assessment', 5.75],
        ['threat-modeling', 5.75],
      ]);
      expect(profile.experience.totalYears).toBe(5.75);
    }
  });

  it('gives the same profile whatever the order of the packs, and the catalog hash of its combination', () => {
    const a = parseResume(GERMAN_CV, { asOf: AS_OF, languages: [de, fr, es] });
    const b = parseResume(GERMAN_CV, { asOf: AS_OF, languages: [es, fr, de] });
    expect(b).toEqual(a);
    expect(a.catalog.hash).not.toBe(parseResume(GERMAN_CV, { asOf: AS_OF }).catalog.hash);
    expect(a.catalog.hash).not.toBe(parseResume(GERMAN_CV, { asOf: AS_OF, languages: [de] }).catalog.hash);
  });

  it('reads a German job ad with English only and warns, or whole with the pack', () => {
    const without = roleFromJobPosting(GERMAN_AD);
    expect(without.warnings?.[0]).toEqual({ code: 'LANGUAGE_NOT_LOADED', message: warn.languageNotLoaded('de'), language: 'de' });
    const role = roleFromJobPosting(GERMAN_AD, { languages: [de] });
    expect(role.warnings).toBeUndefined();
    expect(role.requirements.filter((q) => q.tier === 'required').length).toBe(2);
  });

  it('refuses an object that is no pack, naming the key', () => {
    const fake = { kind: 'rolefit.language-pack', code: 'de' } as unknown as LanguagePack;
    expect(caught(() => parseResume(GERMAN_CV, { languages: [fake] }))).toEqual({
      code: 'E_INVALID_OPTIONS',
      message:
        "Invalid options of `parseResume`:\n✖ expected a language pack from `rolefit/languages`, such as `de` of `import { de } from 'rolefit/languages'`\n  → at languages.0\nSee the `parseResume` options in the README.",
      paths: [['languages', 0]],
    });
  });

  it('refuses a pack of another rolefit version (another content hash), before it can reach a cache', () => {
    const forged = Object.freeze({ kind: 'rolefit.language-pack', code: 'de', lexicon: '{}', postings: '{}', aliases: '{}', norms: '', maxTokens: 1 });
    const data = de as unknown as Record<string, unknown>;
    const older = Object.freeze({
      ...data,
      lexicon: data.lexicon,
      postings: data.postings,
      aliases: data.aliases,
      norms: data.norms,
      maxTokens: data.maxTokens,
      hash: '00000000',
    });
    for (const pack of [forged, older] as unknown as LanguagePack[]) {
      expect(caught(() => parseResume(GERMAN_CV, { languages: [fr, pack] }))).toEqual({
        code: 'E_INVALID_OPTIONS',
        message:
          'Invalid options of `parseResume`:\n✖ `de` is a language pack from another rolefit version: import it from this `rolefit`\n  → at languages.1\nSee the `parseResume` options in the README.',
        paths: [['languages', 1]],
      });
      expect(caught(() => loadCatalog(undefined, { languages: [pack] }))?.paths).toEqual([['languages', 0]]);
      expect(caught(() => createMatcher({ languages: [pack] }))?.paths).toEqual([['languages', 0]]);
    }
    // The real pack still reads as before, and its catalog has every German alias.
    const profile = parseResume(GERMAN_CV, { languages: [de], asOf: AS_OF });
    expect(profile.warnings).toEqual([]);
    expect(profile.catalog.hash).toBe(loadCatalog(undefined, { languages: allLanguages.filter((p) => p.code === 'de') }).hash);
  });

  it('refuses a pack given twice', () => {
    expect(caught(() => createMatcher({ languages: [de, fr, de] }))).toEqual({
      code: 'E_INVALID_OPTIONS',
      message:
        'Invalid options of `createMatcher`:\n✖ the language pack `de` is given twice; give each language once\n  → at languages\nSee the `createMatcher` options in the README.',
      paths: [['languages']],
    });
  });

  it('refuses a text language given without its pack', () => {
    const message = (fn: string) =>
      `Invalid options of \`${fn}\`:\n✖ the language \`fr\` is given, but its pack is not loaded: import { fr } from 'rolefit/languages' and add it to \`languages\` (e.g. \`languages: [fr]\`)\n  → at languages\nSee the \`${fn}\` options in the README.`;
    expect(caught(() => parseResume(GERMAN_CV, { language: 'fr' }))).toEqual({
      code: 'E_INVALID_OPTIONS',
      message: message('parseResume'),
      paths: [['languages']],
    });
    expect(caught(() => parseResume(GERMAN_CV, { language: 'fr', languages: [de] }))?.message).toBe(message('parseResume'));
    expect(caught(() => createMatcher({ languages: [de] }).parse(GERMAN_CV, { language: 'fr' }))?.message).toBe(message('parse'));
    expect(caught(() => roleFromJobPosting(GERMAN_AD, { language: 'fr' }))?.message).toBe(message('roleFromJobPosting'));
    // English needs no pack; a language given with its pack is read.
    expect(caught(() => parseResume(GERMAN_CV, { language: 'en' }))).toBeUndefined();
    expect(parseResume(GERMAN_CV, { language: 'de', languages: [de] }).language).toBe('de');
  });

  it('reads every language in rolefit/node by default, English only when told', async () => {
    const bytes = new TextEncoder().encode(GERMAN_CV);
    const file = await parseResumeFile(bytes, { asOf: AS_OF, name: 'cv.txt' });
    expect(file.warnings).toEqual([]);
    expect(file).toEqual(parseResume(GERMAN_CV, { asOf: AS_OF, languages: allLanguages, languageDetector: () => 'und' }));
    const english = await parseResumeFile(bytes, { asOf: AS_OF, name: 'cv.txt', languages: [] });
    expect(english.warnings[0]?.code).toBe('LANGUAGE_NOT_LOADED');
  });

  it('keeps other languages unsupported, as before', () => {
    const profile = parseResume(
      'Doświadczenie zawodowe\nInżynier bezpieczeństwa w firmie, gdzie pracowałem nad tym, jak się to robi i dlaczego.\nUmiejętności\nPython',
      {
        asOf: AS_OF,
        languages: allLanguages,
      },
    );
    expect(profile.warnings.map((w) => w.code)).toContain('UNSUPPORTED_LANGUAGE');
    expect(profile.warnings.map((w) => w.code)).not.toContain('LANGUAGE_NOT_LOADED');
  });

  it("reads the packs' aliases with a catalog merged without them (merged again per combination of packs)", () => {
    const text = readFileSync(new URL('./fixtures/heldout-r46/fr/r46-fr-n02.txt', import.meta.url), 'utf8');
    const custom = loadCatalog({ mode: 'merge', roles: [] });
    const ids = (p: { skills: readonly { id: string }[] }) => p.skills.map((s) => s.id).sort();
    const expected = [
      'ai-governance',
      'ai-regulation',
      'ai-risk-management',
      'audit',
      'policy-development',
      'privacy',
      'responsible-ai',
      'security-assessment',
      'security-compliance',
      'stakeholder-communication',
      'team-leadership',
    ];
    expect(ids(parseResume(text, { languages: [fr], asOf: AS_OF }))).toEqual(expected);
    const profile = parseResume(text, { languages: [fr], catalog: custom, asOf: AS_OF });
    expect(ids(profile)).toEqual(expected);
    expect(ids(createMatcher({ languages: [fr], catalog: custom, asOf: AS_OF }).parse(text))).toEqual(expected);
    // Merged once per combination: the same object each time, the same as loading the JSON with the pack.
    const withFr = loadCatalog(custom, { languages: [fr] });
    expect(loadCatalog(custom, { languages: [fr] })).toBe(withFr);
    expect(profile.catalog.hash).toBe(withFr.hash);
    expect(withFr.hash).toBe(loadCatalog({ mode: 'merge', roles: [] }, { languages: [fr] }).hash);
    expect(withFr.hash).not.toBe(custom.hash);
    // Without packs, the catalog stays the one loaded; a replacing catalog is never merged.
    expect(loadCatalog(custom)).toBe(custom);
    const replacing = loadCatalog({ mode: 'replace', skills: [{ id: 'python', name: 'Python', category: 'programming', aliases: ['python'] }], roles: [] });
    expect(loadCatalog(replacing, { languages: [fr] })).toBe(replacing);
  });

  it('warns about an English-detected text with headings or dates of a pack not loaded, not about a German languages section', () => {
    const mixed = [
      'BERUFSERFAHRUNG / EXPERIENCE',
      '04/2022 – heute: Machine Learning Engineer, Siemens AG',
      '- Built ML pipelines with PyTorch',
      '01/2018 – 03/2022: Security Engineer, Foo AG',
      'KENNTNISSE / SKILLS',
      'Python, PyTorch, Kubernetes',
    ].join('\n');
    const codes = (text: string, languages: readonly LanguagePack[] = []) => {
      const p = parseResume(text, { languages, asOf: AS_OF });
      return [p.language, ...p.warnings.map((w) => w.code)];
    };
    expect(codes(mixed)).toEqual(['en', 'LANGUAGE_NOT_LOADED', 'NO_SECTIONS']);
    expect(codes(mixed, [fr])).toEqual(['en', 'LANGUAGE_NOT_LOADED', 'NO_SECTIONS']);
    expect(codes(mixed, [de])).toEqual(['en']);
    expect(parseResume(mixed, { asOf: AS_OF }).warnings[0]?.message).toBe(
      "German headings or dates were found in the text (code `de`), whose language pack is not loaded: it was read with English words only, so headings, dates and degrees may be missed. To read it, import { de } from 'rolefit/languages' and add it to `languages` (e.g. `languages: [de]`).",
    );
    // A given language is not second-guessed.
    expect(parseResume(mixed, { language: 'en', asOf: AS_OF }).warnings.map((w) => w.code)).toEqual(['NO_SECTIONS']);
    const english = [
      'Jane Doe',
      'EXPERIENCE',
      'Security Engineer, Acme Corp, 03/2019 – present',
      '- Threat modeling and penetration testing of web applications',
      'EDUCATION',
      'B.Sc. Computer Science, 2018',
      'Sprachen',
      'Deutsch (Muttersprache)',
    ].join('\n');
    expect(codes(english)).toEqual(['en']);
    // One German heading word alone is not enough.
    expect(codes('Kenntnisse\nPython, PyTorch, Kubernetes')).toEqual(['en', 'NO_SECTIONS', 'NO_EXPERIENCE']);
  });

  it('refuses a text language without its pack once, up front, naming the batch or file function; the issue holds codes', async () => {
    const rejected = async (run: () => Promise<unknown>) => {
      try {
        await run();
      } catch (e) {
        return isRolefitError(e) ? { code: e.code, message: e.message.split('\n')[0], input: e.issues?.[0]?.input } : e;
      }
      return undefined;
    };
    const batch = () =>
      parseResumes(['no-such-file.txt'], { language: 'fr', languages: [de] })
        [Symbol.asyncIterator]()
        .next();
    expect(await rejected(batch)).toEqual({ code: 'E_INVALID_OPTIONS', message: 'Invalid options of `parseResumes`:', input: ['de'] });
    const file = () => parseResumeFile(new TextEncoder().encode(GERMAN_CV), { name: 'cv.txt', language: 'fr', languages: [] });
    expect(await rejected(file)).toEqual({ code: 'E_INVALID_OPTIONS', message: 'Invalid options of `parseResumeFile`:', input: [] });
    let error: unknown;
    try {
      parseResume('x', { language: 'de', languages: [fr] });
    } catch (e) {
      error = e;
    }
    expect(JSON.stringify(isRolefitError(error) ? error.issues : null).length).toBeLessThan(400);
    // A pack prints as what it is, not as its words.
    expect(JSON.stringify(de)).toBe(`{"kind":"rolefit.language-pack","code":"de","hash":"${(de as unknown as { hash: string }).hash}"}`);
    expect(Object.keys(fr)).toEqual(['kind', 'code', 'hash']);
  });

  it('says that a matcher fixes its packs and catalog when its parse is given them', () => {
    const m = createMatcher({ asOf: AS_OF });
    for (const [key, value] of [
      ['languages', [de]],
      ['catalog', loadCatalog()],
    ] as const) {
      expect(caught(() => m.parse(GERMAN_CV, { [key]: value } as never))).toEqual({
        code: 'E_INVALID_OPTIONS',
        message: `Invalid options of \`parse\`:\n✖ \`${key}\` is fixed by \`createMatcher\`: pass it there (\`createMatcher({ ${key}: … })\`)\n  → at ${key}\nSee the \`parse\` options in the README.`,
        paths: [[key]],
      });
    }
  });
});
