// npm run pack: validates data/ once with the zod schemas and writes the generated, pre-hashed modules in src/data/.
// `npm run pack -- --check` fails when data/ and the generated modules disagree (the test suite runs the check).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { buildCatalog, type CatalogBody, deepFreeze, expandSetNames, fnv1a, parseCatalogInput } from '../src/catalog/build';
import { type CatalogDetailsData, type CatalogDetailsJson, withCatalogDetails } from '../src/catalog/details';
import { ZOD_MESSAGES } from '../src/errors';
import { type Alias, CATALOG_DETAILS_KIND, type Catalog, LANGUAGE_PACK_KIND, PACK_LANGUAGES, type Skill } from '../src/schemas';
import type { LanguagePackData } from '../src/text/lexicon';
import { aliasNorms, catalogNorms, contextNorms, isFuzzyWord, mergedNorms } from '../src/catalog/compile';
import { isVerbForm, Stemmer } from '../src/text/tokens';
import { catalogOfShapes, decodeCatalog, packKey, withLanguagePacks } from '../src/catalog/load';
import { signalWords } from '../src/text/language';
import { expandPhrase, fold } from '../src/text/phrases';
import {
  LANGUAGES,
  LEXICON_KINDS,
  type LanguageLexicon,
  LanguageLexiconSchema,
  type LexiconKind,
  type OtherLanguages,
  OtherLanguagesSchema,
} from '../src/schemas';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/**
 * The catalog of data/catalog/ with the aliases of `languages` (codes of data/catalog/aliases/, default all of them)
 * appended to its skills, validated file by file (errors name the file and JSON path), with its release hash
 * (`releaseHash`). The core bundles it without any (English) and without its documentation (`withoutDetails`); each
 * language pack carries its own aliases (`languagePacks`), `rolefit/details` the documentation (`catalogDetailsOf`).
 */
export function packCatalog(languages: readonly string[] = aliasLanguages()): PackedCatalog {
  // The pack step builds each combination of packs several times (the packs, their hashes, the details check): each is
  // built once per content of the files it reads.
  const key = JSON.stringify([languages, catalogSources(languages)]);
  let packed = packedCatalogs.get(key);
  if (packed === undefined) {
    packed = buildPackedCatalog(languages);
    packedCatalogs.set(key, packed);
  }
  return packed;
}

type PackedCatalog = ReturnType<typeof buildPackedCatalog>;
const packedCatalogs = new Map<string, PackedCatalog>();

/** The text of every file `packCatalog` reads for `languages` (a file missing is left to it to report). */
function catalogSources(languages: readonly string[]): string[] {
  const text = (path: string) => {
    try {
      return readFileSync(join(ROOT, path), 'utf8');
    } catch {
      return null;
    }
  };
  const roles = readdirSync(join(ROOT, 'data/catalog/roles')).sort();
  const files = [
    'catalog.json',
    'sets.json',
    'skills.json',
    'certifications.json',
    ...roles.map((f) => `roles/${f}`),
    ...languages.map((l) => `aliases/${l}.json`),
  ];
  return files.map((f) => `${f}\n${text(`data/catalog/${f}`)}`);
}

function buildPackedCatalog(languages: readonly string[]) {
  const index = read('data/catalog/catalog.json') as { version: string; roles: string[] };
  const files = readdirSync(join(ROOT, 'data/catalog/roles'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const listed = new Set(index.roles.map((id) => `${id}.json`));
  const stray = files.filter((f) => !listed.has(f));
  const missing = [...listed].filter((f) => !files.includes(f));
  if (stray.length > 0 || missing.length > 0) {
    throw new Error(
      `data/catalog/catalog.json must list every file of data/catalog/roles/ (not listed: ${stray.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'})`,
    );
  }
  const sets = parseCatalogInput(read('data/catalog/sets.json'), 'data/catalog/sets.json').sets;
  const own = parseCatalogInput(read('data/catalog/skills.json'), 'data/catalog/skills.json').skills;
  const skills = withIntlAliases(own, languages);
  const certifications = parseCatalogInput(read('data/catalog/certifications.json'), 'data/catalog/certifications.json').certifications;
  const roles = index.roles.flatMap((id) => parseCatalogInput({ roles: [read(`data/catalog/roles/${id}.json`)] }, `data/catalog/roles/${id}.json`).roles);
  const built = withContextOnce(buildCatalog({ mode: 'replace', version: index.version, sets, skills, certifications, roles }, 'data/catalog/'));
  const english = new Map(own.map((skill) => [skill.id, skill.aliases.length]));
  return deepFreeze({ ...withAliasesOnce(built, english, measureNames()), hash: releaseHash(built) });
}

let measureNamesMemo: ReadonlySet<string> | undefined;

/** The names of the experience measures of every language (`measures.json`), folded: job-ad reading looks aliases up among them. */
function measureNames(): ReadonlySet<string> {
  measureNamesMemo ??= new Set(
    Object.values(packLexicon()).flatMap((lex) => Object.values(lex.measures.measures).flatMap((names) => (names ?? []).flatMap(expandPhrase).map(fold))),
  );
  return measureNamesMemo;
}

/**
 * The catalog without the English aliases (the first `english.get(id)` of each skill, every alias of a certification)
 * that an earlier alias of the same skill or certification already gives: the same comparison forms and the same rules
 * ("reviewing code" after "review code"). None read by its text is left out: a name, a word of the typo lookup, a
 * `caseSensitive` or `singular` alias, the name of an experience measure (job-ad reading looks aliases up among those).
 * The compiled entry would match where the earlier one does and add nothing (one mention per skill at a place): lossless
 * (0.3 KB less gzip in the browser bundle); the hash stays that of data/ (`releaseHash`), and the packs' aliases are
 * kept, so the bundled catalog with a pack merged is the one data/ makes with it.
 */
export function withAliasesOnce<T extends CatalogBody>(catalog: T, english: ReadonlyMap<string, number>, measures: ReadonlySet<string>): T {
  const stemmer = new Stemmer();
  const once = (item: { id: string; name: string; aliases: readonly Alias[] }, count: number): Alias[] => {
    const seen = new Set<string>();
    return item.aliases.filter((alias, i) => {
      const { text, ...rules } = typeof alias === 'string' ? { text: alias } : alias;
      const key = JSON.stringify([aliasNorms(text, stemmer), rules]);
      const readByText = text === item.name || rules.caseSensitive || rules.singular || isFuzzyWord(alias) || measures.has(fold(text));
      const kept = i >= count || readByText || !seen.has(key);
      seen.add(key);
      return kept;
    });
  };
  return {
    ...catalog,
    skills: catalog.skills.map((skill) => ({ ...skill, aliases: once(skill, english.get(skill.id) ?? 0) })),
    certifications: catalog.certifications.map((cert) => ({ ...cert, aliases: once(cert, cert.aliases.length) })),
  };
}

/** The keys of an alias whose words are compared by their comparison form (`Stemmer.norm`), as a set. */
const CONTEXT_KEYS = ['requireNear', 'rejectNear', 'requireAlso', 'rejectBefore', 'rejectObjectOf'] as const;

/**
 * The catalog with each context list and word set holding each comparison form once: a word whose forms an earlier
 * word of its list already gives ("snakes" after "snake", "sécurité" after "securite") is left out, as the compiled
 * sets would hold it once anyway (lossless; 1 KB less gzip in the browser bundle).
 */
export function withContextOnce<T extends CatalogBody & { sets: Readonly<Record<string, readonly string[]>> }>(catalog: T): T {
  const stemmer = new Stemmer();
  const once = (list: readonly string[]): string[] => {
    const seen = new Set<string>();
    return list.filter((word) => {
      // A verb's form ("securing") and another word of its stem ("secure") compare differently (`ContextWords`).
      const stems = aliasNorms(word, stemmer);
      const mark = isVerbForm(word, stems) ? '\u0001' : '';
      const norms = stems.map((n) => n + mark);
      if (norms.every((n) => seen.has(n))) return false;
      for (const n of norms) seen.add(n);
      return true;
    });
  };
  const aliases = <A>(list: readonly A[]): A[] =>
    list.map((alias) => {
      if (typeof alias !== 'object' || alias === null) return alias;
      const out = { ...alias } as Record<string, unknown>;
      for (const key of CONTEXT_KEYS) if (Array.isArray(out[key])) out[key] = once(out[key] as string[]);
      return out as A;
    });
  return {
    ...catalog,
    sets: Object.fromEntries(Object.entries(catalog.sets).map(([name, words]) => [name, once(words)])) as T['sets'],
    skills: catalog.skills.map((skill) => ({ ...skill, aliases: aliases(skill.aliases) })),
    certifications: catalog.certifications.map((cert) => ({ ...cert, aliases: aliases(cert.aliases) })),
  };
}

/**
 * The hash of the bundled catalog: FNV-1a of its JSON with all of data/, documentation included (as 0.2.0 hashed every
 * catalog), so a profile read with or without the details names the same catalog as before. Catalogs made at run time
 * hash their JSON less the documentation (`catalogHash`).
 */
function releaseHash(catalog: CatalogBody): string {
  const { version, skills, certifications, roles } = catalog;
  return fnv1a(JSON.stringify({ version, skills, certifications, roles }));
}

/** The documentation of the catalog (`rolefit/details`), by id: each skill's description and refs, each role's refs. */
function catalogDetailsOf(catalog: Catalog): CatalogDetailsJson {
  const out: CatalogDetailsJson = { skills: {}, roles: {} };
  for (const { id, description, refs } of catalog.skills) {
    if (description === undefined && refs.length === 0) continue;
    out.skills[id] = { ...(description !== undefined ? { description } : {}), ...(refs.length > 0 ? { refs } : {}) };
  }
  for (const { id, refs } of catalog.roles) if (refs.length > 0) out.roles[id] = refs;
  return out;
}

/** The catalog without its documentation, as the core bundles it: no skill has a `description`, every `refs` is empty. */
function withoutDetails(catalog: Catalog): Catalog {
  const skills = catalog.skills.map(({ description: _, ...skill }) => ({ ...skill, refs: [] }));
  const roles = catalog.roles.map((role) => ({ ...role, refs: [] }));
  return deepFreeze({ ...catalog, skills, roles });
}

/** The details pack of `rolefit/details`, checked: put back into the bundled catalog (with any packs), it gives data/'s. */
function detailsPack(english: Catalog, packs: readonly LanguagePackData[]): CatalogDetailsData {
  const json = JSON.stringify(catalogDetailsOf(english));
  const details: CatalogDetailsData = Object.freeze({ kind: CATALOG_DETAILS_KIND, hash: fnv1a(json), json });
  for (const combination of combinations(packs)) {
    const built = packCatalog(combination.map((p) => p.code));
    const back = withCatalogDetails(withoutDetails(built), details);
    if (JSON.stringify(back) !== JSON.stringify(built))
      throw new Error(`The details put back into the catalog with the packs \`${packKey(combination)}\` do not give data/'s`);
  }
  return details;
}

/** The languages of data/catalog/aliases/ (`<code>.json`), in file order. */
function aliasLanguages(): string[] {
  try {
    return readdirSync(join(ROOT, 'data/catalog/aliases'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
  } catch {
    return [];
  }
}

/** Aliases of the skills in other languages (`data/catalog/aliases/<lang>.json`: skill id → aliases), appended to each skill. */
function withIntlAliases<T extends { id: string; aliases: unknown[] }>(skills: T[], languages: readonly string[]): T[] {
  if (languages.length === 0) return skills;
  const extra = new Map<string, unknown[]>();
  for (const language of [...languages].sort()) {
    const source = `data/catalog/aliases/${language}.json`;
    const json = read(source) as { skills?: Record<string, unknown[]> };
    for (const [id, aliases] of Object.entries(json.skills ?? {})) {
      if (!skills.some((s) => s.id === id)) throw new Error(`${source}: unknown skill id \`${id}\``);
      extra.set(id, [...(extra.get(id) ?? []), ...aliases]);
    }
  }
  const merged = skills.map((s) => ({ ...s, aliases: [...s.aliases, ...(extra.get(s.id) ?? [])] }));
  // Validated again as one skills file, so a bad alias names its skill and position.
  return parseCatalogInput({ skills: merged }, 'data/catalog/skills.json + data/catalog/aliases/').skills as unknown as T[];
}

/** The lexicon of every language folder of data/lexicon/, each file validated with the schema of its kind. */
export function packLexicon(): Record<string, LanguageLexicon> {
  const out: Record<string, LanguageLexicon> = {};
  const folders = readdirSync(join(ROOT, 'data/lexicon'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const language of folders) {
    if (!(LANGUAGES as readonly string[]).includes(language))
      throw new Error(`data/lexicon/${language}/: not a language of LANGUAGES in src/schemas/vocab.ts (${LANGUAGES.join(', ')})`);
    const kinds: Record<string, unknown> = {};
    for (const file of readdirSync(join(ROOT, 'data/lexicon', language))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const kind = file.replace(/\.json$/, '');
      const schema = LEXICON_KINDS[kind as LexiconKind];
      const source = `data/lexicon/${language}/${file}`;
      if (!schema) throw new Error(`${source}: unknown lexicon kind; expected one of ${Object.keys(LEXICON_KINDS).join(', ')}`);
      const result = schema.safeParse(read(source), ZOD_MESSAGES);
      if (!result.success) throw new Error(`Invalid lexicon data in \`${source}\`:\n${z.prettifyError(result.error)}`);
      kinds[kind] = result.data;
    }
    out[language] = LanguageLexiconSchema.parse(kinds);
  }
  return out;
}

/** Each list of words sorted (function words, counted whatever their order, compress better sorted). */
function sortedLists(lists: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(lists).map(([code, words]) => [code, [...words].sort()]));
}

/** `data/lexicon/other-languages.json`: the words and scripts of languages without a lexicon, validated. */
export function packOtherLanguages(): OtherLanguages {
  const source = 'data/lexicon/other-languages.json';
  const result = OtherLanguagesSchema.safeParse(read(source), ZOD_MESSAGES);
  if (!result.success) throw new Error(`Invalid lexicon data in \`${source}\`:\n${z.prettifyError(result.error)}`);
  for (const script of Object.keys(result.data.scripts)) {
    try {
      new RegExp(`\\p{Script=${script}}`, 'u');
    } catch {
      throw new Error(`${source}: \`${script}\` is not a Unicode script name`);
    }
  }
  return result.data;
}

/**
 * A copy of the catalog whose context lists (`requireNear`, `rejectNear`, `requireAlso`) name a word set as `@name`
 * wherever they hold all its words in a row, longest set first, whether or not the data wrote the name there (1.3 KB
 * less gzip in the browser bundle); `bundledCatalog` expands them again (`expandSetNames`, checked here on every list).
 */
function withSetNames(catalog: Catalog): Catalog {
  const named = setNamer(catalog);
  const copy = JSON.parse(JSON.stringify(catalog)) as { skills: Array<{ aliases: unknown[] }>; certifications: Array<{ aliases: unknown[] }> };
  for (const item of [...copy.skills, ...copy.certifications]) namedAliases(item.aliases, named);
  return copy as unknown as Catalog;
}

/**
 * A copy of the catalog in which a requirement's `source` that its role, or an earlier requirement of the role, already
 * gives is written as its index among them (0: the role's `source`; 1, 2, …: the requirements' other sources in order),
 * 0.3 KB less gzip in the browser bundle; `decodeCatalog` puts them back (`roleSources`, checked here).
 */
function withSourcesOnce(catalog: Catalog): Catalog {
  const copy = JSON.parse(JSON.stringify(catalog)) as { roles: Array<{ source: string; requirements: Array<{ source: string | number }> }> };
  for (const role of copy.roles) {
    const seen = [role.source];
    for (const requirement of role.requirements) {
      const i = seen.indexOf(requirement.source as string);
      if (i >= 0) requirement.source = i;
      else seen.push(requirement.source as string);
    }
  }
  return copy as unknown as Catalog;
}

/** Each context list of the aliases (changed in place) with its set names (see `withSetNames`). */
function namedAliases(aliases: unknown[], named: (list: readonly string[]) => string[]): void {
  for (const alias of aliases as Array<Record<string, string[] | undefined>>) {
    if (typeof alias !== 'object') continue;
    for (const key of ['requireNear', 'rejectNear', 'requireAlso']) {
      const list = alias[key];
      if (list) alias[key] = named(list);
    }
  }
}

/** A context list → the same list naming the catalog's word sets where it holds them (see `withSetNames`). */
function setNamer(catalog: Catalog): (list: readonly string[]) => string[] {
  const sets = Object.entries(catalog.sets)
    .filter(([, words]) => words.length > 1)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  return (list) => {
    const bad = list.find((w) => w.startsWith('@'));
    if (bad !== undefined) throw new Error(`A context list of the catalog holds a word that starts with "@": ${bad}`);
    const out = [...list];
    for (const [name, words] of sets) {
      for (let i = 0; i + words.length <= out.length; i++) {
        if (words.every((w, j) => out[i + j] === w)) out.splice(i, words.length, `@${name}`);
      }
    }
    const back = expandSetNames(out, catalog.sets, (name) => {
      throw new Error(`A context list names the unknown word set @${name}: ${out.join(', ')}`);
    });
    if (JSON.stringify(back) !== JSON.stringify(list)) throw new Error(`Set names do not expand back: ${out.join(', ')}`);
    return out;
  };
}

/** The keys of an alias whose context list the generated catalog writes in `CATALOG_LISTS_JSON` (`listContextLists`). */
const LISTED_KEYS: ReadonlySet<string> = new Set(['requireNear', 'rejectNear', 'requireAlso']);

/**
 * The catalog's JSON with every `requireNear`, `rejectNear` and `requireAlso` list written once, in `lists` (in the
 * order first met), and named in its place by its index: the lists sit together, where their words compress best, and
 * one that several aliases share is written once (0.7 KB less gzip in the browser bundle than writing the shared ones
 * apart only). `bundledCatalog` puts the same arrays back, one array per list (they are written in aliases only).
 */
function listContextLists(catalog: Catalog): { json: string; lists: string[][] } {
  const index = new Map<string, number>();
  const lists: string[][] = [];
  const json = JSON.stringify(catalog, function (this: object, key, value: unknown) {
    if (!LISTED_KEYS.has(key) || !Array.isArray(value) || !('text' in this)) return value;
    const k = JSON.stringify(value);
    let i = index.get(k);
    if (i === undefined) {
      i = lists.push(value as string[]) - 1;
      index.set(k, i);
    }
    return i;
  });
  return { json, lists };
}

/**
 * The catalog's JSON with every object written as an array: the index of its keys in `keys`, then its values in their
 * order (1.3 KB less gzip in the browser bundle than the keys written in every object). `decodeCatalog` makes the
 * objects again, keys in the same order (checked here); no array of the catalog starts with a number (checked too).
 */
function keyedByShape(json: string): { json: string; keys: string[][] } {
  const keys: string[][] = [];
  const index = new Map<string, number>();
  const encode = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      if (typeof value[0] === 'number') throw new Error(`An array of the catalog starts with a number: ${JSON.stringify(value)}`);
      return value.map(encode);
    }
    if (value === null || typeof value !== 'object') return value;
    const own = Object.keys(value);
    const k = own.join('\u0000');
    let i = index.get(k);
    if (i === undefined) {
      i = keys.push(own) - 1;
      index.set(k, i);
    }
    return [i, ...own.map((key) => encode((value as Record<string, unknown>)[key]))];
  };
  const out = JSON.stringify(catalogParts(encode(JSON.parse(json)) as unknown[], keys));
  if (JSON.stringify(catalogOfShapes(out, keys)) !== json) throw new Error('The catalog keyed by shape does not decode back');
  return { json: out, keys };
}

/**
 * The parts of the encoded catalog in the order the generated module writes them (`skills:<key>`: that column of
 * the skills; `skills:` their shapes): like parts side by side, 0.3 KB less gzip in the browser bundle than the
 * catalog's order (found by trying moves). A part not named here is written after these.
 */
const CATALOG_PART_ORDER = [
  'version',
  'hash',
  'skills:workKind',
  'skills:aliases',
  'skills:learning',
  'certifications',
  'skills:name',
  'roles',
  'skills:refs',
  'skills:implies',
  'skills:prerequisites',
  'skills:related',
  'skills:',
  'skills:id',
  'skills:category',
  'sets',
];

/**
 * The encoded catalog as its parts in `CATALOG_PART_ORDER`, after the index of each in the catalog's own order: its
 * shape, its values with the skills written column by column (their shapes, then the first value of each skill, the
 * second, …; `0` where a shape has fewer keys). `catalogOfShapes` puts them back.
 */
function catalogParts(top: unknown[], keys: readonly (readonly string[])[]): unknown[] {
  const own = keys[top[0] as number] as readonly string[];
  const at = own.indexOf('skills') + 1;
  const rows = top[at] as unknown[][];
  const widest = rows.reduce((a, b) => (b.length > a.length ? b : a));
  const columnNames = ['', ...(keys[widest[0] as number] as readonly string[])].map((key) => `skills:${key}`);
  const columns = columnNames.map((_, j) => rows.map((row) => (j < row.length ? row[j] : 0)));
  const flat = [top[0], ...top.slice(1, at), ...columns, ...top.slice(at + 1)];
  const names = ['', ...own.slice(0, at - 1), ...columnNames, ...own.slice(at)];
  const order = names.map((_, i) => i).sort((x, y) => rank(names[x] as string) - rank(names[y] as string) || x - y);
  return [order, ...order.map((i) => flat[i])];
}

/** A part's place in `CATALOG_PART_ORDER` (after them all when it is not named). */
function rank(name: string): number {
  const i = CATALOG_PART_ORDER.indexOf(name);
  return i < 0 ? CATALOG_PART_ORDER.length : i;
}

/**
 * A value as the source of a string literal holding its JSON, with `'` written `\u0027` (JSON.parse reads it back):
 * without a `'`, bundlers (esbuild, so tsup) print the literal in single quotes; with one, they print a template
 * literal, which V8 compiles about twice as slowly (a cost at every start-up, in Node and in browsers).
 */
function jsonLiteral(value: unknown): string {
  return jsonText(JSON.stringify(value));
}

/**
 * Every list of two or more phrases written as one string, `|` before each phrase ("|gaps|not yet"): a third fewer
 * characters between phrases, ~0.9 KB less in the gzipped bundle. `bundledLexicons` splits them back (no phrase holds
 * a `|`, and no other string of the lexicon starts with one: checked here).
 */
function joinLists(value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith('|')) throw new Error(`A lexicon string starts with "|": ${value}`);
  if (!Array.isArray(value))
    return value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, joinLists(v)])) : value;
  if (value.length > 1 && value.every((v) => typeof v === 'string' && !v.includes('|'))) return `|${value.join('|')}`;
  return value.map(joinLists);
}

/** JSON text as the source of a string literal, with `'` written `\u0027` (see `jsonLiteral`). */
function jsonText(json: string): string {
  return JSON.stringify(json.replaceAll("'", '\\u0027'));
}

/** JSON text as the string the code reads, with `'` written `\u0027` (see `jsonLiteral`): the value a JSON data file holds. */
function jsonValue(json: string): string {
  return json.replaceAll("'", '\\u0027');
}

/**
 * A generated JSON data file (src/data/*.generated.json): one key a line, every character past Latin-1 written as a
 * `\uXXXX` escape, so that the file decodes to a one-byte string (V8 keeps a source whose every character fits in
 * Latin-1 one byte per character, as the chunks: see scripts/ascii-chunks.ts), while `é` or `ü` stay two UTF-8 bytes
 * instead of a six-byte escape (55 KB less in the package). The build copies these files into `dist/data/`, where the ESM build imports them with
 * `with { type: 'json' }` and the CommonJS build requires them: one copy of the data for both.
 */
function jsonFile(record: Readonly<Record<string, unknown>>): string {
  // Code unit by code unit: a character past U+FFFF becomes its two surrogates' escapes, which JSON.parse joins back.
  const ascii = (json: string) => {
    let out = '';
    for (let i = 0; i < json.length; i++) {
      const c = json.charCodeAt(i);
      out += c <= 0xff ? json[i] : `\\u${c.toString(16).padStart(4, '0')}`;
    }
    return out;
  };
  const lines = Object.entries(record).map(([key, value]) => `  ${JSON.stringify(key)}: ${ascii(JSON.stringify(value))}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/**
 * The language packs (`rolefit/languages`): per language of data/lexicon/ but English, its reading and job-ad lexicon,
 * and the aliases its data/catalog/aliases/ file appends to the bundled catalog's skills, with their comparison forms
 * (`catalogNorms`), so that a pack merged into the catalog compiles as fast as the bundled one.
 */
export function languagePacks(english: Catalog, lexicon: Record<string, LanguageLexicon>): LanguagePackData[] {
  const named = setNamer(english);
  return PACK_LANGUAGES.filter((code) => code in lexicon).map((code) => {
    const { postings, ...reading } = lexicon[code] as LanguageLexicon;
    const catalog = aliasLanguages().includes(code) ? packCatalog([code]) : english;
    const { norms, maxTokens } = catalogNorms(catalog);
    const lines = norms.split(',');
    const aliases: Record<string, unknown[]> = {};
    const own: string[] = [];
    let at = 0;
    catalog.skills.forEach((skill, i) => {
      const base = (english.skills[i] as Skill).aliases.length;
      if (english.skills[i]?.id !== skill.id) throw new Error(`languagePacks: skill ${i} is not \`${skill.id}\` in the English catalog`);
      const extra = skill.aliases.slice(base);
      if (extra.length > 0) {
        aliases[skill.id] = JSON.parse(JSON.stringify(extra)) as unknown[];
        namedAliases(aliases[skill.id] as unknown[], named);
        own.push(...lines.slice(at + base, at + skill.aliases.length));
      }
      at += skill.aliases.length;
    });
    const data = {
      lexicon: JSON.stringify(joinLists(reading)),
      postings: JSON.stringify(joinLists(postings)),
      aliases: JSON.stringify(aliases),
      norms: own.join(','),
    };
    const hash = fnv1a(data.lexicon + data.postings + data.aliases + data.norms);
    return Object.freeze({ kind: LANGUAGE_PACK_KIND, code, hash, ...data, maxTokens });
  });
}

/** Every combination of the packs, as `packKey` names it (`''`, `de`, `de+es`, …). */
function combinations(packs: readonly LanguagePackData[]): LanguagePackData[][] {
  const all: LanguagePackData[][] = [[]];
  for (const pack of packs) all.push(...all.map((c) => [...c, pack]));
  return all;
}

/**
 * The hash of the bundled catalog with each combination of packs (as the pack step builds it from data/), checked
 * against the catalog the core merges at run time (`withLanguagePacks`): the same JSON, the same norms.
 */
function catalogHashes(english: Catalog, packs: readonly LanguagePackData[]): Record<string, string> {
  const out: Record<string, string> = {};
  const englishNorms = catalogNorms(english);
  for (const combination of combinations(packs)) {
    const key = packKey(combination);
    const built = packCatalog(combination.map((p) => p.code));
    // The hash is the pack step's (`releaseHash`): what is compared is everything else.
    const merged = withLanguagePacks(english, combination, built.hash);
    if (JSON.stringify(merged) !== JSON.stringify(built)) throw new Error(`The catalog with the packs \`${key}\` does not merge back to the one data/ makes`);
    const norms = mergedNorms(english, englishNorms.norms.split(','), combination);
    if (norms.join(',') !== catalogNorms(built).norms) throw new Error(`The norms of the catalog with the packs \`${key}\` do not merge back`);
    if (key !== '') out[key] = built.hash;
  }
  return out;
}

/** A pack as the source of its generated module, which reads its data from `language-<code>.generated.json` (`packJson`). */
function packModule(pack: LanguagePackData): string {
  const { kind, code, hash, maxTokens } = pack;
  return (
    `// Generated by \`npm run pack\` from data/lexicon/${code}/ and data/catalog/aliases/${code}.json: do not edit. Validated with the schemas of src/schemas/.\n` +
    "import type { LanguagePack } from '../schemas';\n" +
    `import data from './language-${code}.generated.json' with { type: 'json' };\n\n` +
    '// Its data is not enumerable: `JSON.stringify` and `console.log` show `{ kind, code, hash }`, not 110 KB of words.\n' +
    `/** The ${code} language pack: pass it as \`languages: [${code}]\` (see README "Languages"). */\n` +
    `export const ${code}: LanguagePack = /* @__PURE__ */ Object.freeze(\n` +
    `  Object.defineProperties(\n    { kind: ${JSON.stringify(kind)}, code: ${JSON.stringify(code)}, hash: ${JSON.stringify(hash)} },\n    {\n` +
    '      lexicon: { value: data.lexicon },\n      postings: { value: data.postings },\n      aliases: { value: data.aliases },\n' +
    `      norms: { value: data.norms },\n      maxTokens: { value: ${maxTokens} },\n    },\n  ),\n) as LanguagePack;\n`
  );
}

/** The data of a pack as its generated JSON file. */
function packJson(pack: LanguagePackData): string {
  const { lexicon, postings, aliases, norms } = pack;
  return jsonFile({ lexicon: jsonValue(lexicon), postings: jsonValue(postings), aliases: jsonValue(aliases), norms });
}

/** The details pack as the source of its generated module, which reads its JSON text from `catalog-details.generated.json`. */
function detailsModule(details: CatalogDetailsData): string {
  const { kind, hash } = details;
  return (
    '// Generated by `npm run pack` from data/catalog/: do not edit. Validated with the schemas of src/schemas/.\n' +
    "import type { CatalogDetails } from '../schemas';\n" +
    "import data from './catalog-details.generated.json' with { type: 'json' };\n\n" +
    '// Its data is not enumerable: `JSON.stringify` and `console.log` show `{ kind, hash }`.\n' +
    '/** The documentation of the bundled catalog: pass it as `loadCatalog(undefined, { details: catalogDetails })` (see README "Catalog details"). */\n' +
    'export const catalogDetails: CatalogDetails = /* @__PURE__ */ Object.freeze(\n' +
    `  Object.defineProperties({ kind: ${JSON.stringify(kind)}, hash: ${JSON.stringify(hash)} }, { json: { value: data.json } }),\n` +
    ') as CatalogDetails;\n'
  );
}

/**
 * The words that tell a language (`detectionWords`, the same words split in three): its function words, the signal
 * words of its structure (headings, months, "present"), and those only a languages section's heading holds
 * ("Sprachen", "Muttersprache"), which an English CV of a German speaker may well carry: they tell no German structure.
 */
function detectionLists(lex: LanguageLexicon): [string[], string[], string[]] {
  const headings = lex.sections.headings as Record<string, unknown>;
  const structure = signalWords({ ...lex, sections: { ...lex.sections, headings: { ...headings, languages: [] } } } as LanguageLexicon);
  // Sorted (detection counts words, whatever their order): 0.1 KB less gzip in the core.
  return [
    [...lex.normalize.stopwords].sort(),
    [...structure].sort(),
    signalWords(lex)
      .filter((w) => !structure.includes(w))
      .sort(),
  ];
}

/**
 * The kinds of the reading lexicon in the order the generated module writes them: kinds of like words side by side
 * (0.3 KB less gzip in the browser bundle than the schema's order; found by trying moves on the root's bundle).
 */
const LEXICON_ORDER = ['sections', 'personal', 'work', 'cues', 'measures', 'normalize', 'degrees', 'clearances', 'numbers', 'dates'];

/** A record with its keys in `order`, which must name each of them once. */
function inOrder<T extends object>(record: T, order: readonly string[]): T {
  const keys = Object.keys(record);
  if (keys.length !== order.length || !keys.every((k) => order.includes(k)))
    throw new Error(`The order ${order.join(', ')} does not name each kind of ${keys.join(', ')} once`);
  return Object.fromEntries(order.map((k) => [k, (record as Record<string, unknown>)[k]])) as T;
}

/**
 * The exports of src/data/core.generated.ts, in the order it writes them (see `generatedModules`): the order of the
 * core's data that gzips best in the browser bundle, found by trying orders (0.3 KB less than the lexicon first).
 */
const CORE_ORDER: readonly CoreExport[] = [
  'DETECTION_JSON',
  'CATALOG_NORMS',
  'CATALOG_JSON',
  'CATALOG_LISTS_JSON',
  'CATALOG_KEYS_JSON',
  'LEXICON_JSON',
  'OTHER_LANGUAGES_JSON',
  'CATALOG_HASHES',
  'ISO_639_3_JSON',
];
type CoreExport =
  | 'LEXICON_JSON'
  | 'DETECTION_JSON'
  | 'OTHER_LANGUAGES_JSON'
  | 'ISO_639_3_JSON'
  | 'CATALOG_JSON'
  | 'CATALOG_KEYS_JSON'
  | 'CATALOG_LISTS_JSON'
  | 'CATALOG_NORMS'
  | 'CATALOG_HASHES';

/**
 * The JSON files of src/data/core.generated.ts and the exports each holds. `ISO_639_3_JSON` (Node only, 1 KB) and
 * `CATALOG_HASHES` stay in the module.
 */
const CORE_FILES: ReadonlyArray<{ file: string; variable: string; names: readonly CoreExport[] }> = [
  {
    file: 'core.generated.json',
    variable: 'core',
    names: ['DETECTION_JSON', 'CATALOG_NORMS', 'CATALOG_JSON', 'CATALOG_LISTS_JSON', 'CATALOG_KEYS_JSON', 'LEXICON_JSON', 'OTHER_LANGUAGES_JSON'],
  },
];

/** The generated modules and JSON data files, by path. */
export function generatedModules(): Record<string, string> {
  const catalog = packCatalog([]);
  const bundled = withoutDetails(catalog);
  const shared = listContextLists(withSourcesOnce(withSetNames(bundled)));
  const shaped = keyedByShape(shared.json);
  if (JSON.stringify(decodeCatalog(shaped.json, JSON.stringify(shared.lists), JSON.stringify(shaped.keys))) !== JSON.stringify(bundled))
    throw new Error('The generated catalog does not decode to the bundled one');
  const lexicon = packLexicon();
  const { postings, ...reading } = lexicon.en as LanguageLexicon;
  const other = packOtherLanguages();
  const packs = languagePacks(catalog, lexicon);
  const details = detailsPack(catalog, packs);
  // English's are read from its lexicon, which the core holds anyway (`detectionData`).
  const detection = Object.fromEntries(
    Object.entries(lexicon)
      .filter(([code]) => code !== 'en')
      .map(([code, lex]) => [code, joinLists(detectionLists(lex))]),
  );
  // The big values in JSON files (`jsonFile`), which the ESM and CommonJS builds share; the small ones in the module.
  const values: Record<CoreExport, unknown> = {
    LEXICON_JSON: jsonValue(JSON.stringify(joinLists(inOrder(reading, LEXICON_ORDER)))),
    DETECTION_JSON: jsonValue(JSON.stringify(detection)),
    OTHER_LANGUAGES_JSON: jsonValue(JSON.stringify({ ...other, functionWords: sortedLists(other.functionWords), iso6393: {} })),
    ISO_639_3_JSON: jsonValue(JSON.stringify(other.iso6393)),
    CATALOG_JSON: jsonValue(shaped.json),
    CATALOG_KEYS_JSON: jsonValue(JSON.stringify(shaped.keys)),
    CATALOG_LISTS_JSON: jsonValue(JSON.stringify(shared.lists)),
    CATALOG_NORMS: { ...catalogNorms(catalog), context: contextNorms(catalog) },
    CATALOG_HASHES: catalogHashes(catalog, packs),
  };
  const comments: Record<CoreExport, string> = {
    LEXICON_JSON:
      'The English reading lexicon (the other languages are packs: src/data/language-*.generated.ts), its kinds in the order that compresses best (each is read by its name).',
    DETECTION_JSON:
      'The words that tell each language of a pack, loaded or not: its function words, and its headings, months and "present" words (`signalWords`).',
    OTHER_LANGUAGES_JSON: 'The function words and scripts of languages without a lexicon (data/lexicon/other-languages.json).',
    ISO_639_3_JSON: 'ISO 639-3 → 639-1, apart: only rolefit/node reads it (for franc-min), so the browser core does not carry it.',
    CATALOG_JSON: `The catalog ${catalog.version} (hash ${catalog.hash}) with its English aliases only (the others are in the packs), without descriptions and refs (in src/data/catalog-details.generated.ts).`,
    CATALOG_KEYS_JSON: 'The keys of each shape of object of CATALOG_JSON, which writes an object as an array: its shape, then its values.',
    CATALOG_LISTS_JSON: 'The context lists of the aliases (requireNear, rejectNear, requireAlso), each written once; CATALOG_JSON names each by its index.',
    CATALOG_NORMS:
      'The first comparison form of each alias, in the order compileCatalog needs them (src/catalog/compile.ts), the most tokens of an alias, a check of the phrases, and the comparison forms of the context words.',
    CATALOG_HASHES: 'The hash of the catalog with each combination of language packs (`packKey`), as data/ makes it: checked by the pack step.',
  };
  const types: Record<CoreExport, string> = {
    ...(Object.fromEntries(CORE_ORDER.map((name) => [name, 'string'])) as Record<CoreExport, string>),
    CATALOG_NORMS: '{ norms: string; maxTokens: number; check: string; context: string }',
    CATALOG_HASHES: 'Readonly<Record<string, string>>',
  };
  const fileOf = (name: CoreExport) => CORE_FILES.find((f) => f.names.includes(name));
  const declaration = (name: CoreExport) => {
    const file = fileOf(name);
    const value = file
      ? `${file.variable}.${name}`
      : name === 'CATALOG_HASHES'
        ? JSON.stringify(values[name])
        : jsonLiteral(JSON.parse(values[name] as string));
    return `// ${comments[name]}\nexport const ${name}: ${types[name]} = ${value};\n`;
  };
  const modules: Record<string, string> = {
    'src/data/core.generated.ts':
      '// Generated by `npm run pack` from data/lexicon/ and data/catalog/: do not edit. Validated with the schemas of src/schemas/.\n' +
      "// The data of the core, in the order that compresses best: a bundler writes a module's values side by side, where\n" +
      '// gzip finds the words they share (1 KB less gzip in the browser bundle than two modules far apart). The big values\n' +
      '// are in JSON files beside it, which the build copies into dist/data/: the ESM and CommonJS builds share one copy.\n' +
      CORE_FILES.map((f) => `import ${f.variable} from './${f.file}' with { type: 'json' };\n`).join('') +
      CORE_ORDER.map(declaration).join(''),
  };
  // The job-ad vocabulary, in a module and a file apart: only job-ad reading imports it, so a bundle of the résumé
  // path drops it (a bundler keeps a module's unused export that reads a JSON value, and every value of a JSON file).
  modules['src/data/postings.generated.ts'] =
    '// Generated by `npm run pack` from data/lexicon/en/: do not edit. Validated with the schemas of src/schemas/.\n' +
    "import postings from './postings.generated.json' with { type: 'json' };\n\n" +
    '// The English job-ad vocabulary, apart from the core: only job-ad reading imports it, so a bundle of the résumé path drops it.\n' +
    'export const LEXICON_POSTINGS_JSON: string = postings.LEXICON_POSTINGS_JSON;\n';
  modules['src/data/postings.generated.json'] = jsonFile({ LEXICON_POSTINGS_JSON: jsonValue(JSON.stringify(joinLists(postings))) });
  for (const f of CORE_FILES)
    modules[`src/data/${f.file}`] = jsonFile(Object.fromEntries(CORE_ORDER.filter((n) => f.names.includes(n)).map((n) => [n, values[n]])));
  for (const pack of packs) {
    modules[`src/data/language-${pack.code}.generated.ts`] = packModule(pack);
    modules[`src/data/language-${pack.code}.generated.json`] = packJson(pack);
  }
  modules['src/data/catalog-details.generated.ts'] = detailsModule(details);
  modules['src/data/catalog-details.generated.json'] = jsonFile({ json: jsonValue(details.json) });
  // In src/schemas/ (the layer that checks options), written as biome formats it.
  modules['src/schemas/pack-hashes.generated.ts'] =
    '// Generated by `npm run pack` from data/lexicon/ and data/catalog/aliases/: do not edit.\n// The content hash of each language pack this core was packed with: `LanguagePackListSchema` refuses a pack with another.\n' +
    `export const PACK_HASHES: Readonly<Record<string, string>> = { ${packs.map((p) => `${p.code}: '${p.hash}'`).join(', ')} };\n` +
    '// The content hash of the catalog details (`rolefit/details`): `CatalogDetailsSchema` refuses details with another.\n' +
    `export const DETAILS_HASH = '${details.hash}';\n`;
  return modules;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, content] of Object.entries(generatedModules())) {
    const current = (() => {
      try {
        return readFileSync(join(ROOT, path), 'utf8');
      } catch {
        return '';
      }
    })();
    if (current === content) continue;
    if (check) {
      stale++;
      console.error(`${path} is out of date: run \`npm run pack\``);
    } else {
      writeFileSync(join(ROOT, path), content);
      console.log(`wrote ${path} (${content.length.toLocaleString('en-US')} characters)`);
    }
  }
  if (stale > 0) process.exit(1);
}
