// npm run pack: validates data/ once with the zod schemas and writes the generated, pre-hashed modules in src/data/.
// `npm run pack -- --check` fails when data/ and the generated modules disagree (the test suite runs the check).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { buildCatalog, expandSetNames, parseCatalogInput } from '../src/catalog/build';
import { ZOD_MESSAGES } from '../src/errors';
import type { Catalog } from '../src/schemas';
import { catalogNorms } from '../src/catalog/compile';
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

/** The bundled catalog from data/catalog/, validated file by file (errors name the file and JSON path). */
export function packCatalog() {
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
  const skills = withIntlAliases(parseCatalogInput(read('data/catalog/skills.json'), 'data/catalog/skills.json').skills);
  const certifications = parseCatalogInput(read('data/catalog/certifications.json'), 'data/catalog/certifications.json').certifications;
  const roles = index.roles.flatMap((id) => parseCatalogInput({ roles: [read(`data/catalog/roles/${id}.json`)] }, `data/catalog/roles/${id}.json`).roles);
  return buildCatalog({ mode: 'replace', version: index.version, sets, skills, certifications, roles }, 'data/catalog/');
}

/** Aliases of the skills in other languages (`data/catalog/aliases/<lang>.json`: skill id → aliases), appended to each skill. */
function withIntlAliases<T extends { id: string; aliases: unknown[] }>(skills: T[]): T[] {
  const dir = join(ROOT, 'data/catalog/aliases');
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return skills;
  }
  const extra = new Map<string, unknown[]>();
  for (const file of files) {
    const source = `data/catalog/aliases/${file}`;
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
  const sets = Object.entries(catalog.sets)
    .filter(([, words]) => words.length > 1)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const named = (list: readonly string[]): string[] => {
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
  const copy = JSON.parse(JSON.stringify(catalog)) as { skills: Array<{ aliases: unknown[] }>; certifications: Array<{ aliases: unknown[] }> };
  for (const item of [...copy.skills, ...copy.certifications]) {
    for (const alias of item.aliases as Array<Record<string, string[] | undefined>>) {
      if (typeof alias !== 'object') continue;
      for (const key of ['requireNear', 'rejectNear', 'requireAlso']) {
        const list = alias[key];
        if (list) alias[key] = named(list);
      }
    }
  }
  return copy as unknown as Catalog;
}

/**
 * The catalog's JSON with every `requireNear`/`rejectNear` list that two aliases or more share written once, in
 * `lists`, and named in its place by "\u0000" and its index (the catalog's JSON is ~15 % shorter; 0.7 KB less gzip in the browser bundle):
 * `bundledCatalog` puts the same arrays back, one array per list (they are written in aliases only).
 */
function shareContextLists(catalog: Catalog): { json: string; lists: string[][] } {
  const count = new Map<string, number>();
  const seen = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(seen);
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'requireNear' || key === 'rejectNear') && Array.isArray(v)) {
          const k = JSON.stringify(v);
          count.set(k, (count.get(k) ?? 0) + 1);
        } else seen(v);
      }
    }
  };
  seen(catalog);
  const index = new Map<string, number>();
  const lists: string[][] = [];
  const json = JSON.stringify(catalog, (key, value: unknown) => {
    if ((key !== 'requireNear' && key !== 'rejectNear') || !Array.isArray(value)) return value;
    const k = JSON.stringify(value);
    if ((count.get(k) ?? 0) < 2) return value;
    let i = index.get(k);
    if (i === undefined) {
      i = lists.push(value as string[]) - 1;
      index.set(k, i);
    }
    return `\u0000${i}`;
  });
  return { json, lists };
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
 * The lexicon by kind of list, then by language (`{ degrees: { en, de, … }, … }`): the same lists of the four
 * languages sit side by side, where gzip finds their common words (0.5 KB less gzip in the browser bundle);
 * `bundledLexicons` turns it back.
 */
function byKind(lexicon: Record<string, LanguageLexicon>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [language, lists] of Object.entries(lexicon)) {
    for (const [kind, value] of Object.entries(lists)) (out[kind] ??= {})[language] = joinLists(value);
  }
  return out;
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

/** The generated modules, by path. */
export function generatedModules(): Record<string, string> {
  const catalog = packCatalog();
  const shared = shareContextLists(withSetNames(catalog));
  const header = (what: string, extra: string) =>
    `// Generated by \`npm run pack\` from ${what}: do not edit. Validated with the schemas of src/schemas/${extra}.\n`;
  const lexicon = packLexicon();
  const { postings, ...readingKinds } = byKind(lexicon);
  const other = packOtherLanguages();
  return {
    'src/data/lexicon.generated.ts':
      `${header('data/lexicon/', `lexicon.ts; languages ${Object.keys(lexicon).join(', ')}`)}export const LEXICON_JSON: string = ${jsonLiteral(readingKinds)};\n` +
      '// The job-ad vocabulary, apart: only job-ad reading imports it, so a bundle of the résumé path drops it.\n' +
      `export const LEXICON_POSTINGS_JSON: string = ${jsonLiteral(postings ?? {})};\n` +
      `export const OTHER_LANGUAGES_JSON: string = ${jsonLiteral({ ...other, iso6393: {} })};\n` +
      '// ISO 639-3 → 639-1, apart: only rolefit/node reads it (for franc-min), so the browser core does not carry it.\n' +
      `export const ISO_639_3_JSON: string = ${jsonLiteral(other.iso6393)};\n`,
    'src/data/catalog.generated.ts':
      `${header('data/catalog/', `; catalog ${catalog.version}, hash ${catalog.hash}`)}export const CATALOG_JSON: string = ${jsonText(shared.json)};\n` +
      '// The context lists that several aliases share, written once; CATALOG_JSON names each as "\\u0000" and its index.\n' +
      `export const CATALOG_LISTS_JSON: string = ${jsonLiteral(shared.lists)};\n` +
      '// The first comparison form of each alias, in the order compileCatalog needs them (src/catalog/compile.ts), the most tokens of an alias, and a check of the phrases.\n' +
      `export const CATALOG_NORMS: { norms: string; maxTokens: number; check: string } = ${JSON.stringify(catalogNorms(catalog))};\n`,
  };
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
