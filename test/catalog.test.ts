import { describe, expect, it } from 'vitest';
import { createMatcher, isRolefitError, loadCatalog, parseResume, RolefitError } from '../src';
import { deepFreeze, parseRoles } from '../src/catalog/build';
import { decodeCatalog } from '../src/catalog/load';
import { aliasNorms, catalogNorms, compileCatalog, contextNorms, type TrieNode, type TrieRoot } from '../src/catalog/compile';
import { CATALOG_NORMS } from '../src/data/core.generated';
import { catalogDetails } from '../src/details';
import { de } from '../src/languages';
import type { Catalog } from '../src/schemas';
import { applyStemCode, phraseNorms, Stemmer, stemCode } from '../src/text/tokens';
import { role } from './fixtures/catalog-input';

const errorOf = (input: unknown, source = 'my-roles.json') => {
  try {
    loadCatalog(input, { source });
  } catch (e) {
    expect(e).toBeInstanceOf(RolefitError);
    return e as RolefitError;
  }
  throw new Error('expected loadCatalog to throw');
};

describe('loadCatalog', () => {
  it('returns the same frozen default catalog every time', () => {
    const a = loadCatalog();
    expect(loadCatalog()).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.roles[0]?.requirements)).toBe(true);
    expect(a.hash).toMatch(/^[0-9a-f]{8}$/);
  });

  it('merges a user role into the default catalog', () => {
    const c = loadCatalog({ roles: [role()] });
    expect(c.roles).toHaveLength(loadCatalog().roles.length + 1);
    expect(c.version).toBe('1.0.0+custom');
    expect(c.hash).not.toBe(loadCatalog().hash);
  });

  it('overrides a default role by id, and replaces everything in replace mode', () => {
    const merged = loadCatalog({ roles: [role({ id: 'security-analyst', title: 'Our SOC analyst' })] });
    expect(merged.roles.find((r) => r.id === 'security-analyst')?.title).toBe('Our SOC analyst');
    const replaced = loadCatalog({
      mode: 'replace',
      skills: [{ id: 'python', name: 'Python', category: 'programming', aliases: ['python'] }],
      roles: [role()],
    });
    expect(replaced.roles.map((r) => r.id)).toEqual(['my-role']);
    expect(replaced.skills.map((s) => s.id)).toEqual(['python']);
  });

  it('names the file, the JSON path and what was expected', () => {
    const e = errorOf({ roles: [role({ requirements: [{ kind: 'skill', skills: ['python'], weight: -1, source: 'x' }] })] });
    expect(e.code).toBe('E_INVALID_DATA');
    expect(e.message).toContain('`my-roles.json`');
    expect(e.message).toContain('→ at roles[0].requirements[0].weight');
    expect(e.message).toMatch(/expected number to be >0/);
  });

  it.each([
    ['an unknown key', { roles: [role({ salary: 1 })] }, /Unrecognized key: "salary"[\s\S]*roles\[0\]/],
    ['a __proto__ key', JSON.parse('{"roles":[{"__proto__":{"polluted":true},"id":"x"}]}'), /__proto__/],
    [
      'a negative minYears',
      { roles: [role({ requirements: [{ kind: 'experience', measure: 'totalYears', minYears: -2, weight: 1, source: 'x' }] })] },
      /minYears/,
    ],
    ['an unknown requirement kind', { roles: [role({ requirements: [{ kind: 'vibes', weight: 1, source: 'x' }] })] }, /roles\[0\]\.requirements\[0\]\.kind/],
    ['a set holding a set name', { sets: { x: ['@y', 'foo'] } }, /a word of a set cannot start with `@` \(sets do not nest\)[\s\S]*sets\.x\[0\]/],
  ])('rejects %s', (_, input, pattern) => {
    expect(errorOf(input).message).toMatch(pattern);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a requirement that points at an unknown skill', () => {
    const e = errorOf({ roles: [role({ requirements: [{ kind: 'skill', skills: ['cobol'], weight: 1, source: 'x' }] })] });
    expect(e.message).toBe(
      'Invalid catalog data in `my-roles.json`: `roles[12].requirements[0].skills[0]` refers to unknown skill `cobol`. Add the skill or fix the id.',
    );
  });

  it('checks roles against a built catalog as a catalog holding them would (parseRoles, what a job ad goes through)', () => {
    const catalog = loadCatalog();
    const good = role({ id: 'r', requirements: [{ kind: 'skill', skills: ['python'], weight: 1, source: 'x' }] });
    const [parsed] = parseRoles([good], catalog, 'ad');
    expect(parsed).toEqual(loadCatalog({ mode: 'replace', skills: [...catalog.skills], certifications: [...catalog.certifications], roles: [good] }).roles[0]);
    expect(Object.isFrozen(parsed?.requirements[0])).toBe(true);
    const bad = (r: unknown) => {
      try {
        parseRoles([r], catalog, 'ad');
      } catch (e) {
        return isRolefitError(e) ? [e.code, e.message] : ['?', String(e)];
      }
      return ['no error', ''];
    };
    expect(bad(role({ requirements: [{ kind: 'skill', skills: ['cobol'], weight: 1, source: 'x' }] }))).toEqual([
      'E_INVALID_DATA',
      'Invalid catalog data in `ad`: `roles[0].requirements[0].skills[0]` refers to unknown skill `cobol`. Add the skill or fix the id.',
    ]);
    expect(bad(role({ requirements: [{ kind: 'certification', anyOf: ['nope'], weight: 1, source: 'x' }] }))[1]).toBe(
      'Invalid catalog data in `ad`: `roles[0].requirements[0].anyOf[0]` refers to unknown certification `nope`. Add the certification or fix the id.',
    );
    expect(bad({ ...good, requirements: [] })[0]).toBe('E_INVALID_DATA');
  });

  it('rejects cycles in prerequisites', () => {
    const skill = (id: string, pre: string) => ({ id, name: id, category: 'programming', aliases: [id], prerequisites: [pre] });
    const e = errorOf({ mode: 'replace', skills: [skill('aa', 'bb'), skill('bb', 'aa')] });
    expect(e.message).toContain('prerequisites form a cycle (`aa` → `bb` → `aa`)');
  });

  it('rejects duplicate ids', () => {
    const e = errorOf({
      mode: 'replace',
      skills: [
        { id: 'python', name: 'Python', category: 'programming' },
        { id: 'python', name: 'Py', category: 'programming' },
      ],
    });
    expect(e.message).toContain('`skills[1].id` repeats the id `python`');
  });

  it('gives an alias with `also` to every skill it names, and refuses an unknown one', () => {
    const c = loadCatalog({
      skills: [{ id: 'ibm-cloud', name: 'IBM Cloud', category: 'cloud-infrastructure', aliases: ['ibm cloud', { text: 'iks', also: ['kubernetes'] }] }],
    });
    const m = createMatcher({ catalog: c, asOf: '2026-11-01' });
    expect(m.parse('SKILLS\nIKS, Terraform').skills.map((s) => s.id)).toEqual(['ibm-cloud', 'kubernetes', 'terraform']);
    const e = errorOf({ mode: 'replace', skills: [{ id: 'aa', name: 'aa', category: 'programming', aliases: [{ text: 'aa', also: ['zz'] }] }] });
    expect(e.message).toBe(
      'Invalid catalog data in `my-roles.json`: `skills[0].aliases[0].also[0]` refers to unknown skill `zz`. Add the skill or fix the id.',
    );
  });

  it.each(['nope', 'constructor'])('refuses an alias naming the unknown word set `@%s`, with its JSON path', (name) => {
    const e = errorOf({
      mode: 'replace',
      sets: { verbs: ['built', 'ran'] },
      skills: [{ id: 'aa', name: 'aa', category: 'programming', aliases: ['aa', { text: 'a2', requireNear: ['@verbs', `@${name}`] }] }],
    });
    expect(e.code).toBe('E_INVALID_DATA');
    expect(e.message).toBe(
      `Invalid catalog data in \`my-roles.json\`: \`skills[0].aliases[1].requireNear\` names the word set \`@${name}\`, which \`sets\` does not define. Define it or fix the name.`,
    );
  });

  it('refuses a generated catalog naming an unknown word set, where it once put `undefined` in the list', () => {
    const json = (alias: object) =>
      JSON.stringify({ version: 't', sets: { verbs: ['built', 'ran'] }, skills: [{ id: 'aa', aliases: [alias] }], certifications: [], roles: [] });
    const stale = /^The generated catalog names the word set `@nope`, which its `sets` do not define: run `npm run pack`\.$/;
    expect(() => decodeCatalog(json({ text: 'a', requireAlso: ['@verbs', '@nope'] }), '[]')).toThrow(stale);
    expect(() => decodeCatalog(json({ text: 'a', requireNear: 0 }), '[["@nope"]]')).toThrow(stale);
    const ok = decodeCatalog(json({ text: 'a', requireNear: 0, rejectNear: ['x', '@verbs'] }), '[["@verbs", "go"]]');
    expect(ok.skills[0]?.aliases[0]).toEqual({ text: 'a', requireNear: ['built', 'ran', 'go'], rejectNear: ['x', 'built', 'ran'] });
  });

  it('finds a user skill without aliases by its name', () => {
    const c = loadCatalog({ skills: [{ id: 'cobol', name: 'COBOL', category: 'programming' }] });
    const m = createMatcher({ catalog: c, asOf: '2026-11-01' });
    expect(m.parse('SKILLS\nCOBOL, JCL').skills.map((s) => s.id)).toContain('cobol');
  });
});

describe('the catalog details (`rolefit/details`)', () => {
  const THREAT_MODELING = {
    description: 'Threat modeling: STRIDE, PASTA, LINDDUN, attack trees, data-flow-diagram threat reviews.',
    refs: [
      { framework: 'nice', id: 'K1274', title: 'Knowledge of threat modeling tools and techniques' },
      { framework: 'nice', id: 'S0588', title: 'Skill in performing threat modeling' },
      { framework: 'nice', id: 'T1106', title: 'Develop threat models' },
    ],
  };
  const SECURITY_ANALYST_REFS = [
    { framework: 'onet', id: '15-1212.00', title: 'Information Security Analysts' },
    { framework: 'nice', id: 'PD-WRL-001', title: 'Defensive Cybersecurity' },
    { framework: 'nice', id: 'PD-WRL-003', title: 'Incident Response' },
    { framework: 'ecsf', id: 'Cyber Incident Responder' },
  ];
  const skill = (c: Catalog, id: string) => c.skills.find((s) => s.id === id);
  const roleOf = (c: Catalog, id: string) => c.roles.find((r) => r.id === id);

  it('leaves the bundled catalog without descriptions and refs', () => {
    const bare = loadCatalog();
    expect(bare.skills.filter((s) => 'description' in s)).toEqual([]);
    expect(bare.skills.filter((s) => s.refs.length > 0)).toEqual([]);
    expect(bare.roles.filter((r) => r.refs.length > 0)).toEqual([]);
    expect(Object.keys(skill(bare, 'threat-modeling') ?? {})).toEqual([
      'id',
      'name',
      'category',
      'aliases',
      'implies',
      'related',
      'prerequisites',
      'learning',
      'refs',
      'workKind',
    ]);
  });

  it('fills them in with `details`, under the same hash, made once', () => {
    const bare = loadCatalog();
    const full = loadCatalog(undefined, { details: catalogDetails });
    expect(skill(full, 'threat-modeling')).toMatchObject(THREAT_MODELING);
    expect(Object.keys(skill(full, 'threat-modeling') ?? {})).toEqual([
      'id',
      'name',
      'category',
      'description',
      'aliases',
      'implies',
      'related',
      'prerequisites',
      'learning',
      'refs',
      'workKind',
    ]);
    expect(skill(full, 'rust')?.description).toBe('Rust programming (not a core id).');
    expect(roleOf(full, 'security-analyst')?.refs).toEqual(SECURITY_ANALYST_REFS);
    expect(full.skills.filter((s) => s.description === undefined).map((s) => s.id)).toEqual([]);
    expect(full.hash).toBe(bare.hash);
    expect(full).not.toBe(bare);
    expect(Object.isFrozen(skill(full, 'threat-modeling')?.refs)).toBe(true);
    expect(loadCatalog(undefined, { details: catalogDetails })).toBe(full);
    // The bundled catalog given back with the details: the same catalog.
    expect(loadCatalog(bare, { details: catalogDetails })).toBe(full);
    // Everything but the documentation is the bundled catalog's, the same objects.
    expect(full.certifications).toBe(bare.certifications);
    expect(skill(full, 'threat-modeling')?.aliases).toBe(skill(bare, 'threat-modeling')?.aliases);
  });

  it('fills them in beside the aliases of language packs, under the hash of that combination', () => {
    const withDe = loadCatalog(undefined, { languages: [de] });
    const full = loadCatalog(undefined, { languages: [de], details: catalogDetails });
    expect(full.hash).toBe(withDe.hash);
    expect(skill(full, 'threat-modeling')).toEqual({ ...skill(withDe, 'threat-modeling'), ...THREAT_MODELING });
    expect(skill(full, 'threat-modeling')?.aliases).toContain('bedrohungsmodellierung');
  });

  it('reads and scores the same with or without them', () => {
    const text = 'SKILLS\nThreat modeling (STRIDE), Python, PyTorch\nEXPERIENCE\nSecurity Engineer, Acme\n2019 – 2024\n- Threat models of LLM apps';
    const full = loadCatalog(undefined, { details: catalogDetails });
    const bare = parseResume(text, { asOf: '2026-11-01' });
    const described = parseResume(text, { asOf: '2026-11-01', catalog: full });
    expect(described).toEqual(bare);
    expect(createMatcher({ asOf: '2026-11-01', catalog: full }).match(described)).toEqual(createMatcher({ asOf: '2026-11-01' }).match(bare));
  });

  it("keeps a user catalog's own descriptions; fills the defaults of a merge; hashes a merge the same either way", () => {
    const own = { id: 'threat-modeling', name: 'Threat modeling', category: 'security', description: 'Ours.', aliases: ['threat model'] } as const;
    const input = { version: 'ours-1', skills: [own], roles: [] };
    const bare = loadCatalog(input);
    const full = loadCatalog(input, { details: catalogDetails });
    expect(skill(bare, 'threat-modeling')).toMatchObject({ description: 'Ours.', refs: [] });
    expect(skill(full, 'threat-modeling')).toMatchObject({ description: 'Ours.', refs: [] });
    expect(skill(bare, 'python')?.description).toBeUndefined();
    expect(skill(full, 'python')?.description).toBe('Python programming (scripts, services, data/ML code).');
    expect(full.hash).toBe(bare.hash);
    // A merged catalog loaded without them gets them when given again, once; and keeps them with other packs.
    const later = loadCatalog(bare, { details: catalogDetails });
    expect(skill(later, 'python')?.description).toBe('Python programming (scripts, services, data/ML code).');
    expect(loadCatalog(bare, { details: catalogDetails })).toBe(later);
    expect(loadCatalog(bare)).toBe(bare);
    expect(skill(loadCatalog(later, { languages: [de] }), 'python')?.description).toBe('Python programming (scripts, services, data/ML code).');
    // A replacing catalog is the user's alone: nothing is filled in.
    const replacing = loadCatalog(
      { mode: 'replace', skills: [{ id: 'python', name: 'Python', category: 'programming', aliases: ['python'] }] },
      { details: catalogDetails },
    );
    expect(skill(replacing, 'python')).toEqual({
      id: 'python',
      name: 'Python',
      category: 'programming',
      aliases: ['python'],
      implies: [],
      related: [],
      prerequisites: [],
      learning: [],
      refs: [],
    });
    expect(loadCatalog(replacing, { details: catalogDetails })).toBe(replacing);
  });

  it('prints as what it is, not as its texts', () => {
    expect(JSON.stringify(catalogDetails)).toBe(`{"kind":"rolefit.catalog-details","hash":"${(catalogDetails as unknown as { hash: string }).hash}"}`);
    expect(Object.keys(catalogDetails)).toEqual(['kind', 'hash']);
  });

  it.each([
    [{ detail: catalogDetails }, '✖ Unknown option `detail` (did you mean `details`?); known: `source`, `base`, `languages`, `details`', []],
    [
      { details: { kind: 'rolefit.catalog-details' } },
      "✖ expected the catalog details from `rolefit/details`: `import { catalogDetails } from 'rolefit/details'`\n  → at details",
      ['details'],
    ],
    [
      { details: Object.freeze({ kind: 'rolefit.catalog-details', hash: '00000000', json: '{"skills":{},"roles":{}}' }) },
      '✖ these catalog details are from another rolefit version: import `catalogDetails` from this `rolefit`\n  → at details',
      ['details'],
    ],
  ])('refuses %o', (options, finding, path) => {
    let error: unknown;
    try {
      loadCatalog(undefined, options as never);
    } catch (e) {
      error = e;
    }
    expect(isRolefitError(error) && { code: error.code, message: error.message, path: error.issues?.[0]?.path }).toEqual({
      code: 'E_INVALID_OPTIONS',
      message: `Invalid options of \`loadCatalog\`:\n${finding}\nSee the \`loadCatalog\` options in the README.`,
      path,
    });
  });
});

describe('the bundled catalog compiles with the stems `npm run pack` computed', () => {
  it('codes a stem as letters dropped and added, and applies the code back', () => {
    const cases: Array<[string, string, string]> = [
      ['security', 'secur', '3'],
      ['policy', 'polici', '1i'],
      ['filing', 'file', '3e'],
      ['python', 'python', ''],
      ['generalizations', 'gener', '10'],
    ];
    for (const [word, stem, code] of cases) {
      expect(stemCode(word, stem)).toBe(code);
      expect(applyStemCode(word, code)).toBe(stem);
    }
  });

  it('a stemmer answers a remembered word with its remembered form, and stems the others', () => {
    const stemmer = new Stemmer();
    stemmer.remember('security', 'secur');
    expect([stemmer.known('security'), stemmer.known('Security'), stemmer.known('tests')]).toEqual(['secur', 'secur', undefined]);
    expect(stemmer.norm('testing')).toBe('test');
  });

  it('gives the trie and stemmer a compile that stems every word itself gives', () => {
    const bundled = loadCatalog();
    const copy = deepFreeze(JSON.parse(JSON.stringify(bundled)) as Catalog);
    const fast = compileCatalog(bundled);
    const slow = compileCatalog(copy);
    expect(fast).not.toBe(slow);
    const shape = (node: TrieNode): unknown => ({
      entries: node.entries.map((e) => ({
        ...e,
        requireNear: e.requireNear && [...e.requireNear],
        rejectNear: e.rejectNear && [...e.rejectNear],
        requireAlso: e.requireAlso && [...e.requireAlso],
      })),
      next: [...node.next].map(([k, v]) => [k, shape(v)]),
    });
    // The root's branches are made on first reach: reach them all.
    const branches = (root: TrieRoot) => [...root.next.keys()].map((k) => [k, shape(root.next.get(k) as TrieNode)]);
    expect(branches(fast.trie)).toEqual(branches(slow.trie));
    const words = ['securing', 'policies', 'Kubernetes', 'adversarial', 'hardened', 'Müller'];
    expect(words.map((w) => fast.stemmer.norm(w))).toEqual(words.map((w) => slow.stemmer.norm(w)));
    expect({ ...catalogNorms(bundled), context: contextNorms(bundled) }).toEqual(CATALOG_NORMS);
  });
});

describe('aliasNorms: the comparison forms of an alias', () => {
  it('reads a plain phrase as the tokenizer does, and any other phrase with it', () => {
    const catalog = loadCatalog();
    const phrases = new Set<string>();
    for (const item of [...catalog.skills, ...catalog.certifications]) {
      for (const a of item.aliases) {
        if (typeof a === 'string') phrases.add(a);
        else for (const p of [a.text, ...(a.requireNear ?? []), ...(a.rejectNear ?? [])]) phrases.add(p);
      }
    }
    const fast = new Stemmer();
    const slow = new Stemmer();
    for (const phrase of phrases) expect(aliasNorms(phrase, fast), phrase).toEqual(phraseNorms(phrase, slow));
    expect(aliasNorms('threat modeling', new Stemmer())).toEqual(['threat', 'model']);
    expect(aliasNorms('c++ and node.js', new Stemmer())).toEqual(['c++', 'and', 'node.js']);
    expect(aliasNorms('Modélisation des menaces', new Stemmer())).toEqual(['modelis', 'des', 'menac']);
    expect(aliasNorms('python3 and python 3', new Stemmer())).toEqual(['python3', 'and', 'python', '3']);
    expect(aliasNorms('c++17 or c++', new Stemmer())).toEqual(['c++17', 'or', 'c++']);
  });
});
