import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedModules, packCatalog, packLexicon, withAliasesOnce, withContextOnce } from '../scripts/pack';
import { bundledLexicons, type LanguagePackData, packLexicon as lexiconOfPack, splitLists } from '../src/text/lexicon';
import { DETECTION_JSON } from '../src/data/core.generated';
import { LEXICON_POSTINGS_JSON } from '../src/data/postings.generated';
import { loadCatalog } from '../src/catalog/load';
import { catalogDetails } from '../src/details';
import { allLanguages, de, fr } from '../src/languages';
import type { Alias, LanguageLexicon, Requirement, Role } from '../src/schemas';
import { phraseNorms, Stemmer } from '../src/text/tokens';

// Every alias, in every language, and the documentation: the data checks below cover the packs' aliases and the
// descriptions of `rolefit/details` too.
const catalog = loadCatalog(undefined, { languages: allLanguages, details: catalogDetails });

// The pack step's output, made once for the checks below (a pack takes seconds: it validates and compiles all of data/).
let generated: Record<string, string> | undefined;
const packed = (): Record<string, string> => (generated ??= generatedModules());

// The shared contract sits beside the repository in development; users' clones don't have it.
// A copy ships in test/fixtures/contract so that a user's clone checks it too.
const contractPath = fileURLToPath(new URL('./fixtures/contract/core-taxonomy.json', import.meta.url));

interface Contract {
  skills: Record<string, string>;
  certifications: Record<string, string>;
  roles: Record<string, string>;
}

const ROLE_IDS = [
  'ai-governance-specialist',
  'ai-information-security-engineer',
  'ai-ml-engineer-cleared',
  'ai-ml-security-engineer',
  'ai-security-analyst',
  'ai-security-engineer',
  'data-scientist',
  'genai-security-development-manager',
  'ml-engineer',
  'mlsecops-specialist',
  'security-analyst',
  'security-engineer',
];
const ADJACENT_ROLE_IDS = ['data-scientist', 'ml-engineer', 'security-analyst', 'security-engineer'];

function role(id: string): Role {
  const found = catalog.roles.find((r) => r.id === id);
  if (!found) throw new Error(`role ${id} is missing`);
  return found;
}

/** True for an alias that matches by its words alone (no case or context rule). */
function isPlain(alias: Alias): alias is string | { text: string } {
  if (typeof alias === 'string') return true;
  // As the compiler's `needsContext`: an alias read only in some kinds of entry is no plain alias either.
  return !alias.caseSensitive && !alias.requireNear && !alias.rejectNear && !alias.sections && !alias.entryKinds;
}

/** The words of an alias as the matcher sees them: lowercase, hyphens, slashes and `&` as spaces. */
function normalise(alias: Alias): string {
  const text = typeof alias === 'string' ? alias : alias.text;
  return text
    .toLowerCase()
    .replace(/[-/&]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('default catalog against the shared contract', () => {
  const contract: Contract = JSON.parse(readFileSync(contractPath, 'utf8'));

  it('has every contract skill id', () => {
    const ids = new Set(catalog.skills.map((s) => s.id));
    expect(Object.keys(contract.skills).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has every contract certification id', () => {
    const ids = new Set(catalog.certifications.map((c) => c.id));
    expect(Object.keys(contract.certifications).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has exactly the contract roles', () => {
    expect(catalog.roles.map((r) => r.id).sort()).toEqual(Object.keys(contract.roles).sort());
  });

  it('describes each contract skill with the contract definition', () => {
    for (const [id, definition] of Object.entries(contract.skills)) {
      expect(catalog.skills.find((s) => s.id === id)?.description, id).toBe(definition);
    }
  });
});

describe('default catalog', () => {
  it('loads with a version and a hash', () => {
    expect(catalog.version).toBe('1.0.0');
    expect(catalog.hash).toMatch(/^[0-9a-f]{8}$/);
  });

  it('has the twelve roles, eight AI-security and four adjacent', () => {
    expect(catalog.roles.map((r) => r.id).sort()).toEqual(ROLE_IDS);
    for (const r of catalog.roles) {
      expect(r.family, r.id).toBe(ADJACENT_ROLE_IDS.includes(r.id) ? 'adjacent' : 'ai-security');
    }
  });

  it('gives every skill at least one learning action with hours', () => {
    const without = catalog.skills.filter((s) => s.learning.length === 0).map((s) => s.id);
    expect(without).toEqual([]);
    for (const s of catalog.skills) for (const a of s.learning) expect(a.hours, s.id).toBeGreaterThan(0);
  });

  it('gives every skill at least one alias', () => {
    expect(catalog.skills.filter((s) => s.aliases.length === 0).map((s) => s.id)).toEqual([]);
  });

  it('gives every role at least six requirements, each with a source', () => {
    for (const r of catalog.roles) {
      expect(r.requirements.length, r.id).toBeGreaterThanOrEqual(6);
      expect(r.source.trim(), r.id).not.toBe('');
      for (const q of r.requirements) expect(q.source.trim(), `${r.id}: ${q.label ?? q.kind}`).not.toBe('');
    }
  });

  it('never lets two skills claim the same plain alias', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of catalog.skills) {
      for (const a of s.aliases.filter(isPlain)) {
        const key = normalise(a);
        const prev = owner.get(key);
        if (prev && prev !== s.id) clashes.push(`"${key}": ${prev} and ${s.id}`);
        owner.set(key, s.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never lets two certifications claim the same plain alias', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of catalog.certifications) {
      for (const a of c.aliases.filter(isPlain)) {
        const key = normalise(a);
        const prev = owner.get(key);
        if (prev && prev !== c.id) clashes.push(`"${key}": ${prev} and ${c.id}`);
        owner.set(key, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps look-alike certifications apart from the core ones', () => {
    const aliasesOf = (id: string) => catalog.certifications.find((c) => c.id === id)?.aliases.map(normalise) ?? [];
    expect(aliasesOf('security-plus')).not.toContain('cysa+');
    expect(aliasesOf('cka')).not.toContain('cks');
    expect(aliasesOf('cipp')).not.toContain('cipm');
    expect(aliasesOf('cisa')).not.toContain('aaia');
    expect(aliasesOf('cipp')).toContain('cipp');
    expect(aliasesOf('aws-ml-specialty')).toContain('aws certified machine learning');
  });

  it('writes each context word as one word (a word of several, such as “python’s”, would count each part: “s”)', () => {
    const stemmer = new Stemmer();
    const several = catalog.skills.flatMap((s) =>
      s.aliases.flatMap((a) =>
        typeof a === 'string'
          ? []
          : [...(a.requireNear ?? []), ...(a.rejectNear ?? [])].filter((w) => phraseNorms(w, stemmer).length !== 1).map((w) => `${s.id}: ${w}`),
      ),
    );
    expect(several).toEqual([]);
  });

  it('writes plain aliases in lowercase', () => {
    const upper = catalog.skills.flatMap((s) => s.aliases.filter((a) => typeof a === 'string' && a !== a.toLowerCase()).map((a) => `${s.id}: ${String(a)}`));
    expect(upper).toEqual([]);
  });

  it('keeps the implication chain of the deep-learning frameworks', () => {
    const implies = (id: string) => catalog.skills.find((s) => s.id === id)?.implies;
    expect(implies('pytorch')).toEqual(['deep-learning']);
    expect(implies('tensorflow')).toEqual(['deep-learning']);
    expect(implies('deep-learning')).toEqual(['machine-learning']);
  });

  it('requires a clearance for the cleared AI/ML engineer', () => {
    const req = role('ai-ml-engineer-cleared').requirements.filter((q) => q.kind === 'clearance');
    expect(req).toHaveLength(1);
    expect(req[0]).toMatchObject({ kind: 'clearance', minLevel: 'secret', hard: true });
  });

  it('requires two years of security engineering for the AI information security engineer', () => {
    const req = role('ai-information-security-engineer').requirements.filter((q): q is Extract<Requirement, { kind: 'experience' }> => q.kind === 'experience');
    expect(req).toHaveLength(1);
    expect(req[0]).toMatchObject({ measure: 'securityYears', minYears: 2, hard: true });
  });

  it('asks about ten years of security and a CS-type degree for the senior AI/ML security engineer', () => {
    const reqs = role('ai-ml-security-engineer').requirements;
    expect(reqs.find((q) => q.kind === 'experience')).toMatchObject({ measure: 'securityYears', minYears: 10 });
    const degree = reqs.find((q): q is Extract<Requirement, { kind: 'degree' }> => q.kind === 'degree');
    expect(degree?.minLevel).toBe('bachelor');
    expect(degree?.fields).toContain('computer-science');
  });

  it('gives AI-security roles their distinctive skills the largest weights', () => {
    const heaviest = (id: string) => {
      const reqs = role(id).requirements.filter((q) => q.kind === 'skill');
      const max = Math.max(...reqs.map((q) => q.weight));
      return reqs.filter((q) => q.weight === max).flatMap((q) => (q.kind === 'skill' ? q.skills : []));
    };
    expect(heaviest('ai-ml-security-engineer')).toEqual(['adversarial-ml']);
    expect(heaviest('mlsecops-specialist')).toEqual(['devsecops']);
    expect(heaviest('ai-governance-specialist')).toEqual(['ai-governance']);
    expect(heaviest('security-analyst')).toEqual(['security-monitoring', 'incident-response']);
  });
});

describe('npm run pack', () => {
  it('the generated modules in src/data/ match data/ (run `npm run pack` after editing data/)', () => {
    for (const [path, content] of Object.entries(packed())) {
      expect(readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8'), path).toBe(content);
    }
  });

  it('the bundled lexicon is the English one, and each pack holds the lexicon of its language, in order', () => {
    const { postings: _, ...english } = packLexicon().en as LanguageLexicon;
    // The kinds in the pack step's order (LEXICON_ORDER), each as data/ has it.
    const bundled = bundledLexicons().en as unknown as Record<string, unknown>;
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(english).sort());
    for (const [kind, value] of Object.entries(english)) expect(JSON.stringify(bundled[kind]), kind).toBe(JSON.stringify(value));
    for (const pack of allLanguages) {
      const { postings: __, ...reading } = packLexicon()[pack.code] as LanguageLexicon;
      expect(JSON.stringify(lexiconOfPack(pack)), pack.code).toBe(JSON.stringify(reading));
    }
  });

  it('the job-ad vocabulary, bundled apart, is the English postings lists; each pack holds its own', () => {
    expect(JSON.stringify(splitLists(JSON.parse(LEXICON_POSTINGS_JSON)))).toBe(JSON.stringify(packLexicon().en?.postings));
    for (const pack of allLanguages as readonly LanguagePackData[]) {
      expect(JSON.stringify(splitLists(JSON.parse(pack.postings))), pack.code).toBe(JSON.stringify(packLexicon()[pack.code]?.postings));
    }
  });

  it('keeps the words that tell German, French and Spanish in the core, whether their packs are loaded or not', () => {
    expect(Object.keys(JSON.parse(DETECTION_JSON))).toEqual(['de', 'es', 'fr']);
  });

  it('writes each comparison form of a context list or word set once (the compiled sets are the same)', () => {
    const alias = {
      text: 'python',
      rejectNear: ['snake', 'snakes', 'Sécurité', 'securite', 'red team', 'red', 'teams', 'zoo'],
      rejectBefore: ['label', 'labels'],
    };
    const once = withContextOnce({
      version: '1',
      skills: [{ aliases: [alias, 'py'] }],
      certifications: [],
      roles: [],
      sets: { animals: ['snake', 'Snakes', 'zoo'] },
    } as never) as never as {
      skills: Array<{ aliases: unknown[] }>;
      sets: Record<string, string[]>;
    };
    expect(once.skills[0]?.aliases).toEqual([{ text: 'python', rejectNear: ['snake', 'Sécurité', 'red team', 'zoo'], rejectBefore: ['label'] }, 'py']);
    expect(once.sets).toEqual({ animals: ['snake', 'zoo'] });
  });

  it('leaves out an English alias that an earlier one of its skill gives (same comparison forms and rules), unless read by its text', () => {
    const skill = (id: string, name: string, aliases: unknown[]) => ({ id, name, aliases });
    const once = withAliasesOnce(
      {
        version: '1',
        skills: [
          skill('code-review', 'Code review', [
            'review code',
            'reviewing code',
            { text: 'review code', sections: ['skills'] },
            { text: 'reviewed code', sections: ['skills'] },
            'code reviews',
            'Code reviews',
            'reviewing code',
          ]),
          skill('ml', 'Machine learning', ['machine-learning', 'machine learning', 'classifier', 'classifiers', 'classifiers', 'ml model', 'ml models']),
        ],
        certifications: [],
        roles: [],
      } as never,
      // The first five aliases of code-review are English; the last two a pack's.
      new Map([
        ['code-review', 5],
        ['ml', 7],
      ]),
      new Set(['machine learning']),
    ) as never as { skills: Array<{ aliases: unknown[] }> };
    expect(once.skills[0]?.aliases).toEqual(['review code', { text: 'review code', sections: ['skills'] }, 'code reviews', 'Code reviews', 'reviewing code']);
    // A measure's name and words of the typo lookup stay, even when an earlier alias gives them.
    expect(once.skills[1]?.aliases).toEqual(['machine-learning', 'machine learning', 'classifier', 'classifiers', 'classifiers', 'ml model']);
  });

  it('the bundled catalog, its shared context lists put back, is the English catalog built from data/; with every pack, the whole one', () => {
    expect(loadCatalog(undefined, { languages: allLanguages, details: catalogDetails })).toEqual(packCatalog());
    expect(loadCatalog(undefined, { languages: [fr, de], details: catalogDetails })).toEqual(packCatalog(['de', 'fr']));
    expect(loadCatalog(undefined, { details: catalogDetails })).toEqual(packCatalog([]));
    // Without its details, the same catalog less its documentation, under the same hash.
    const bundled = loadCatalog();
    const documented = packCatalog([]);
    expect(bundled).toEqual({
      ...documented,
      skills: documented.skills.map(({ description: _, ...skill }) => ({ ...skill, refs: [] })),
      roles: documented.roles.map((role) => ({ ...role, refs: [] })),
    });
    // A list that several aliases share is one array.
    const lists = bundled.skills.flatMap((s) => s.aliases).flatMap((a) => (typeof a === 'string' ? [] : [a.rejectNear, a.requireNear]));
    expect(new Set(lists.filter((l) => l !== undefined)).size).toBeLessThan(lists.filter((l) => l !== undefined).length);
  });
});

describe('the generated data ships once, as JSON files both builds load', () => {
  const files = Object.entries(packed()).filter(([path]) => path.endsWith('.json'));

  it('writes the big values of the core, the job-ad words, each language pack and the details as JSON files', () => {
    expect(files.map(([path]) => path).sort()).toEqual([
      'src/data/catalog-details.generated.json',
      'src/data/core.generated.json',
      'src/data/language-de.generated.json',
      'src/data/language-es.generated.json',
      'src/data/language-fr.generated.json',
      'src/data/postings.generated.json',
    ]);
  });

  it('writes them in Latin-1 (escapes for every other character, raw ü and é), one key a line', () => {
    for (const [path, text] of files) {
      expect(/^[\x00-\xFF]*$/u.test(text), path).toBe(true);
      expect(text.startsWith('{\n  "'), path).toBe(true);
      expect(Object.keys(JSON.parse(text) as object).length, path).toBe(text.trim().split('\n').length - 2);
    }
    const de = JSON.parse(files.find(([path]) => path.endsWith('language-de.generated.json'))?.[1] ?? '{}') as { lexicon: string };
    expect(de.lexicon).toContain('berufliche tätigkeiten');
    const raw = files.find(([path]) => path.endsWith('language-de.generated.json'))?.[1] ?? '';
    expect(raw).toContain('berufliche tätigkeiten');
    expect(raw).not.toContain('\\u00e4');
  });
});
