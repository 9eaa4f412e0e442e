import Fuse from 'fuse.js/min-basic';
import { CATALOG_NORMS } from '../data/core.generated';
import { applyStemCode, ContextWords, phraseNorms, Stemmer, stemCode } from '../text/tokens';
import { unicodeRegex, unicodeLiteral } from '../text/phrases';
import type { AliasEntry, FuzzyItem, PhraseIndex, TrieBranches, TrieNode } from '../text/trie';

export type { AliasEntry, FuzzyItem, TrieNode, TrieRoot } from '../text/trie';
import type { Alias, Certification, EntryKind, Role, SectionName, Skill } from '../schemas';
import type { Catalog } from '../schemas';
import type { LanguagePackData } from '../text/lexicon';
import { bundledCatalog, bundledCatalogPacks, loadCatalog, sortedPacks } from './load';

/** A catalog compiled for fast scanning: built once, reused for every résumé. */
export interface CompiledCatalog extends PhraseIndex {
  catalog: Catalog;
  stemmer: Stemmer;
  skillById: ReadonlyMap<string, Skill>;
  certById: ReadonlyMap<string, Certification>;
  roleById: ReadonlyMap<string, Role>;
  /** Each skill with every skill it implies, transitively (itself excluded). */
  impliedBy: ReadonlyMap<string, readonly string[]>;
  /** Each skill with the skills whose use in a dated entry counts towards its years (`python` ← `pytorch`). */
  yearsVia: ReadonlyMap<string, readonly string[]>;
}

const DEFAULT_WINDOW = 4;
const compiled = new WeakMap<Catalog, CompiledCatalog>();

/** Compiles a catalog (memoized per catalog object). */
export function compileCatalog(catalog: Catalog = loadCatalog()): CompiledCatalog {
  const hit = compiled.get(catalog);
  if (hit) return hit;
  const packs = bundledCatalogPacks(catalog);
  const result = (packs ? compileReplayed(catalog, packs) : undefined) ?? compileWith(catalog, new Stemmer());
  compiled.set(catalog, result);
  return result;
}

/**
 * The bundled catalog compiled with the comparison forms of its aliases that `npm run pack` computed (reading and
 * stemming every alias is most of a compile); undefined when they are not those of this code and catalog (a stale module).
 */
function compileReplayed(catalog: Catalog, packs: readonly LanguagePackData[]): CompiledCatalog | undefined {
  const stemmer = new Stemmer();
  const lines = CATALOG_NORMS.norms.split(',');
  const context = replayedContext(bundledCatalog(), CATALOG_NORMS.context, stemmer);
  if (packs.length === 0) {
    const given = { ...replayedNorms(lines, CATALOG_NORMS.maxTokens, stemmer), contextNorms: context };
    return compileWith(catalog, stemmer, given, () => given.check() === CATALOG_NORMS.check);
  }
  // With packs, each pack's lines go after the English ones of each skill, as its aliases do (`withLanguagePacks`); the
  // check is then made from the catalog's own phrases: it finds a pack whose lines do not match its aliases.
  const merged = mergedNorms(bundledCatalog(), lines, packs);
  const given = { ...replayedNorms(merged, Math.max(CATALOG_NORMS.maxTokens, ...packs.map((p) => p.maxTokens)), stemmer), contextNorms: context };
  return compileWith(catalog, stemmer, given, () => given.check() === phrasesCheck(catalog, merged.length));
}

/**
 * The norms lines of the bundled catalog with packs (`english` its catalog without any, `lines` its lines): after the
 * English lines of each skill come those of each pack (alphabetical order) for that skill, as `withLanguagePacks` appends
 * their aliases.
 */
export function mergedNorms(english: Catalog, lines: readonly string[], packs: readonly LanguagePackData[]): string[] {
  const own = sortedPacks(packs).map((p) => ({ lines: p.norms === '' ? [] : p.norms.split(','), at: 0, counts: aliasCounts(p) }));
  const out: string[] = [];
  let at = 0;
  for (const skill of english.skills) {
    const n = aliasesOf(skill).length;
    for (let i = 0; i < n; i++) out.push(lines[at++] as string);
    for (const pack of own) {
      const k = pack.counts.get(skill.id) ?? 0;
      for (let i = 0; i < k; i++) out.push(pack.lines[pack.at++] as string);
    }
  }
  while (at < lines.length) out.push(lines[at++] as string);
  return out;
}

/** How many aliases a pack adds to each skill. */
function aliasCounts(pack: LanguagePackData): Map<string, number> {
  return new Map(Object.entries(JSON.parse(pack.aliases) as Record<string, unknown[]>).map(([id, list]) => [id, list.length]));
}

/** The `check` that `replayedNorms` gives when asked for the catalog's phrases in order, with `lines` lines. */
function phrasesCheck(catalog: Catalog, lines: number): string {
  let asked = 0;
  let hash = 0x811c9dc5;
  for (const item of [...catalog.skills, ...catalog.certifications]) {
    for (const alias of aliasesOf(item)) {
      hash = Math.imul(hash ^ aliasTextOf(alias).length, 0x01000193);
      asked++;
    }
  }
  return `${asked}/${lines}/${(hash >>> 0).toString(16)}`;
}

/**
 * The comparison forms of the aliases of a catalog, in the order `compileWith` asks for them, for the generated module
 * (`npm run pack`), with the most tokens of an alias and a check of the phrases asked (see `replayedNorms`): one line
 * (`,` before each but the first) per alias, the `stemCode`s of its words (` ` between them, the last ones left off
 * when '') for a plain phrase, else "." and its norms.
 */
export function catalogNorms(catalog: Catalog): { norms: string; maxTokens: number; check: string } {
  const stemmer = new Stemmer();
  const computed = computedNorms(stemmer);
  const asked: string[] = [];
  const lines: string[] = [];
  const { maxAliasTokens } = compileWith(catalog, stemmer, {
    ...computed,
    firstNorm: (phrase) => {
      const norms = aliasNorms(phrase, stemmer);
      asked.push(phrase);
      lines.push(normsLine(phrase, norms));
      return computed.firstNorm(phrase);
    },
  });
  // Read back as the bundled compile reads them: the same norms for every phrase, or the pack step fails.
  const norms = lines.join(',');
  const replayed = replayedNorms(norms.split(','), maxAliasTokens, new Stemmer());
  const fresh = new Stemmer();
  asked.forEach((phrase, at) => {
    const want = aliasNorms(phrase, fresh);
    if (replayed.firstNorm(phrase) !== want[0] || (want.length > 0 && JSON.stringify(replayed.norms(phrase, at)) !== JSON.stringify(want)))
      throw new Error(`catalogNorms: the norms of \`${phrase}\` do not read back`);
  });
  return { norms, maxTokens: maxAliasTokens, check: replayed.check() };
}

/**
 * The comparison forms of the context words of a catalog's aliases (`contextWordsOf`), for the generated module
 * (`npm run pack`): one line per word (`,` before each but the first), as `normsLine` writes an alias's, checked to
 * read back as `aliasNorms` gives them.
 */
export function contextNorms(catalog: Catalog): string {
  const stemmer = new Stemmer();
  const words = contextWordsOf(catalog);
  const lines = words.map((word) => normsLine(word, aliasNorms(word, stemmer))).join(',');
  const back = replayedContext(catalog, lines, new Stemmer());
  for (const word of words) {
    if (JSON.stringify(back(word)) !== JSON.stringify(aliasNorms(word, stemmer)))
      throw new Error(`contextNorms: the norms of the context word \`${word}\` do not read back`);
  }
  return lines;
}

/** The words of the context lists of a catalog's aliases (`CONTEXT_KEYS`), each once, in catalog order. */
function contextWordsOf(catalog: Catalog): string[] {
  const words = new Set<string>();
  // Aliases share their lists (the bundled catalog decodes each once): a list read before adds no word.
  const read = new Set<readonly string[]>();
  for (const items of [catalog.skills, catalog.certifications]) {
    for (const item of items) {
      for (const alias of item.aliases) {
        if (typeof alias === 'string') continue;
        for (const key of CONTEXT_KEYS) {
          const list = alias[key];
          if (list === undefined || read.has(list)) continue;
          read.add(list);
          for (const word of list) words.add(word);
        }
      }
    }
  }
  return [...words];
}
const CONTEXT_KEYS = ['requireNear', 'rejectNear', 'requireAlso', 'rejectBefore', 'rejectObjectOf'] as const;

/**
 * The norms of the context words of `catalog` (the bundled one) from `lines` (`contextNorms`: one line per word of
 * `contextWordsOf`, as `normsLine` writes it), read on first use; undefined for any other word, or for every
 * word when the lines are not those of the catalog (a stale module). Stemming the context words of the aliases a first
 * document reaches was a tenth of its catalog work; the words of a plain phrase are remembered as `aliasNorms` would.
 */
function replayedContext(catalog: Catalog, lines: string, stemmer: Stemmer): (phrase: string) => string[] | undefined {
  let byWord: Map<string, string> | undefined;
  return (phrase) => {
    if (!byWord) {
      const words = contextWordsOf(catalog);
      const split = lines === '' ? [] : lines.split(',');
      byWord = new Map(split.length === words.length ? words.map((word, i) => [word, split[i] as string]) : []);
    }
    const line = byWord.get(phrase);
    return line === undefined ? undefined : decodedNorms(phrase, line, stemmer);
  };
}

/**
 * A phrase's norms from its line (`normsLine`): the norms themselves after a '.', else a stem code per word; the words
 * of a plain phrase are remembered by the stemmer with their norms, as `aliasNorms` would have it remember them.
 */
function decodedNorms(phrase: string, line: string, stemmer: Stemmer): string[] {
  if (line.startsWith('.')) return line.length > 1 ? line.slice(1).split(' ') : [];
  const codes = line.split(' ');
  return phrase.split(' ').map((word, i) => {
    const norm = applyStemCode(word, codes[i] ?? '');
    stemmer.remember(word, norm);
    return norm;
  });
}

/** A phrase's line of `catalogNorms`: codes left off at the end are '' (most words are their own norm). */
function normsLine(phrase: string, norms: readonly string[]): string {
  if (!PLAIN_PHRASE.test(phrase)) return `.${norms.join(' ')}`;
  return phrase
    .split(' ')
    .map((word, i) => stemCode(word, norms[i] as string))
    .join(' ')
    .trimEnd();
}

/**
 * The comparison forms of a catalog's aliases: each alias's first one, asked of every alias in catalog order (undefined:
 * it has none); all of the `at`-th alias asked, when its branch of the trie is made; the most tokens of an alias.
 */
interface AliasNorms {
  firstNorm(phrase: string): string | undefined;
  norms(phrase: string, at: number): string[];
  maxAliasTokens(): number;
  /** The norms of a context word given in advance (undefined: not given, stemmed here). */
  contextNorms?: (phrase: string) => string[] | undefined;
}

/** Aliases read and stemmed here (a user's catalog): every word of each at once, so the stemmer remembers them all. */
function computedNorms(stemmer: Stemmer): AliasNorms {
  let max = 1;
  return {
    firstNorm: (phrase) => {
      const norms = aliasNorms(phrase, stemmer);
      max = Math.max(max, norms.length);
      return norms[0];
    },
    norms: (phrase) => aliasNorms(phrase, stemmer),
    maxAliasTokens: () => max,
  };
}

/**
 * Norms given in advance (`catalogNorms`), one line per alias; the words of a plain phrase are remembered by the stemmer
 * with their norms, as `aliasNorms` would have it remember them. `check` sums up the phrases asked (the lines taken and
 * a hash of the phrases' lengths: cheap, and a phrase asked out of order changes it).
 */
function replayedNorms(lines: readonly string[], maxTokens: number, stemmer: Stemmer): AliasNorms & { check: () => string } {
  let asked = 0;
  let hash = 0x811c9dc5;
  const firstNorm = (phrase: string): string | undefined => {
    hash = Math.imul(hash ^ phrase.length, 0x01000193);
    const line = lines[asked++] ?? '';
    if (line.startsWith('.')) return line.length > 1 ? (line.split(' ', 1)[0] as string).slice(1) : undefined;
    const space = phrase.indexOf(' ');
    const word = space < 0 ? phrase : phrase.slice(0, space);
    const end = line.indexOf(' ');
    const norm = applyStemCode(word, end < 0 ? line : line.slice(0, end));
    stemmer.remember(word, norm);
    return norm;
  };
  const norms = (phrase: string, at: number): string[] => {
    return decodedNorms(phrase, lines[at] ?? '', stemmer);
  };
  return { firstNorm, norms, maxAliasTokens: () => maxTokens, check: () => `${asked}/${lines.length}/${(hash >>> 0).toString(16)}` };
}

/** An alias waiting for its branch of the trie to be made (see `LazyRoot`). */
interface PendingAlias {
  target: 'skill' | 'cert';
  id: string;
  alias: Alias;
  isName: boolean;
  /** Its place among the catalog's aliases (see `AliasNorms`). */
  at: number;
}

/**
 * The first level of the alias trie, each branch (the aliases that start with one word) made when a document first
 * reaches it: making every branch was most of a compile, and a document reaches few.
 */
class LazyRoot implements TrieBranches {
  /** A branch once made, or the aliases it will hold, in catalog order (so each node's entries keep that order). */
  readonly #branches = new Map<string, TrieNode | PendingAlias[]>();
  readonly #grow: (first: string, aliases: readonly PendingAlias[]) => TrieNode;

  constructor(grow: (first: string, aliases: readonly PendingAlias[]) => TrieNode) {
    this.#grow = grow;
  }

  add(first: string, alias: PendingAlias): void {
    const pending = this.#branches.get(first);
    if (pending === undefined) this.#branches.set(first, [alias]);
    else (pending as PendingAlias[]).push(alias);
  }

  get(norm: string): TrieNode | undefined {
    const hit = this.#branches.get(norm);
    if (hit === undefined || !Array.isArray(hit)) return hit;
    const node = this.#grow(norm, hit);
    this.#branches.set(norm, node);
    return node;
  }

  has(norm: string): boolean {
    return this.#branches.has(norm);
  }

  keys(): IterableIterator<string> {
    return this.#branches.keys();
  }
}

/**
 * Compiles a catalog with a stemmer and the norms of its aliases (read here by default); with `valid`, undefined when
 * it says the norms given in advance were not right.
 */
function compileWith(catalog: Catalog, stemmer: Stemmer, given?: AliasNorms, valid?: () => boolean): CompiledCatalog;
function compileWith(catalog: Catalog, stemmer: Stemmer, given: AliasNorms, valid: () => boolean): CompiledCatalog | undefined;
function compileWith(catalog: Catalog, stemmer: Stemmer, given: AliasNorms = computedNorms(stemmer), valid?: () => boolean): CompiledCatalog | undefined {
  // The comparison forms of the catalog's words: the first words now, the others as their branches are made.
  const vocabulary = new Set<string>();
  // Named sets are copied onto many aliases: each distinct list of context words becomes one set, shared (never changed).
  // Made on first read, after the compile: a document reaches few aliases (their words are stemmed then, as a
  // document's words are; the stemmer is a pure memo, so a word's norm is the same whenever it is asked).
  const contextWords = sharedWordSets((phrase) => given.contextNorms?.(phrase) ?? aliasNorms(phrase, stemmer));
  const grow = (_first: string, aliases: readonly PendingAlias[]): TrieNode => {
    const branch: TrieNode = { next: new Map(), entries: [] };
    for (const { target, id, alias, isName, at } of aliases) {
      const entry = CompiledAlias.of(target, id, alias, isName, given.norms(aliasTextOf(alias), at), contextWords);
      let node = branch;
      for (let k = 1; k < entry.norms.length; k++) {
        const norm = entry.norms[k] as string;
        vocabulary.add(norm);
        let child = node.next.get(norm);
        if (!child) {
          child = { next: new Map(), entries: [] };
          node.next.set(norm, child);
        }
        node = child;
      }
      node.entries.push(entry);
      // An alias that names other skills too ("AWS IAM": cloud security and AWS) gives each its own mention.
      if (typeof alias !== 'string') for (const other of alias.also ?? []) node.entries.push(entry.alsoFor(other));
    }
    return branch;
  };
  const root = new LazyRoot(grow);
  let at = 0;
  const add = (target: 'skill' | 'cert', id: string, alias: Alias, isName: boolean) => {
    const first = given.firstNorm(aliasTextOf(alias));
    if (first !== undefined) {
      vocabulary.add(first);
      root.add(first, { target, id, alias, isName, at });
    }
    at++;
  };
  for (const skill of catalog.skills) {
    for (const alias of aliasesOf(skill)) add('skill', skill.id, alias, aliasTextOf(alias) === skill.name);
  }
  for (const cert of catalog.certifications) {
    for (const alias of aliasesOf(cert)) add('cert', cert.id, alias, aliasTextOf(alias) === cert.name);
  }
  if (valid && !valid()) return undefined;
  // From here on the stemmer remembers across documents only the words of this vocabulary (see Stemmer).
  stemmer.seal(vocabulary);
  // One small fuse.js index per first letter: a typo rarely hits the first letter, and 20 small searches beat one big one.
  const fuses = new Map<string, Fuse<FuzzyItem> | undefined>();
  let byLetter: Map<string, FuzzyItem[]> | undefined;
  const result: CompiledCatalog = {
    catalog,
    stemmer,
    trie: { next: root, entries: [] },
    maxAliasTokens: given.maxAliasTokens(),
    skillById: new Map(catalog.skills.map((s) => [s.id, s])),
    certById: new Map(catalog.certifications.map((c) => [c.id, c])),
    roleById: new Map(catalog.roles.map((r) => [r.id, r])),
    impliedBy: impliedClosure(catalog.skills),
    yearsVia: yearsCarriers(catalog.skills),
    fuzzy: (letter) => {
      if (fuses.has(letter)) return fuses.get(letter);
      byLetter ??= groupByLetter(fuzzyItems(catalog, stemmer));
      const items = byLetter.get(letter);
      const fuse = items ? new Fuse(items, { keys: ['word'], includeScore: true, threshold: 0.34, ignoreLocation: true }) : undefined;
      fuses.set(letter, fuse);
      return fuse;
    },
    fuzzyWords: (letter) => {
      byLetter ??= groupByLetter(fuzzyItems(catalog, stemmer));
      return byLetter.get(letter);
    },
  };
  return result;
}

function aliasesOf(item: Skill | Certification): Alias[] {
  // A user's skill without aliases is still found by its name and id.
  if (item.aliases.length > 0) return [...item.aliases];
  return [item.name, item.id.replace(/-/g, ' ')];
}

function aliasTextOf(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/**
 * Words of letters and digits with one space between them, as most aliases and context words are written
 * ("threat model", "python3", "développement"): the tokenizer would make one token of each word, as written.
 */
const PLAIN_PHRASE = unicodeRegex`^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$`;

/** `phraseNorms` of an alias or context word; a plain phrase's tokens are its words, read without the tokenizer. */
export function aliasNorms(phrase: string, stemmer: Stemmer): string[] {
  return PLAIN_PHRASE.test(phrase) ? phrase.split(' ').map((word) => stemmer.norm(word)) : phraseNorms(phrase, stemmer);
}

/** Lists of words → the set of their norms, one set per distinct list (shared: never change one). */
function sharedWordSets(norms: (word: string) => string[]): (list: readonly string[]) => Set<string> {
  const memo = new Map<string, Set<string>>();
  return (list) => {
    const key = list.join('\n');
    let hit = memo.get(key);
    if (!hit) memo.set(key, (hit = new ContextWords(list, norms)));
    return hit;
  };
}

/** An alias's sets of context words: required near, rejected near, required as well. */
interface NearSets {
  require: Set<string> | undefined;
  reject: Set<string> | undefined;
  also: Set<string> | undefined;
  before: Set<string> | undefined;
  objectOf: Set<string> | undefined;
}

/**
 * An alias of the trie. Its context-word sets are made on first read: compiling every alias's sets was most of a first
 * document's catalog compile, and a document reaches few aliases.
 */
class CompiledAlias implements AliasEntry {
  readonly raws: string[] | undefined;
  readonly window: number;
  readonly sections: Set<SectionName> | undefined;
  readonly entryKinds: ReadonlySet<EntryKind> | undefined;
  readonly undated: true | undefined;
  readonly singular: true | undefined;
  readonly opensClause: true | undefined;
  readonly platform: true | undefined;
  readonly plain: boolean;
  readonly rejectMin: number | undefined;
  readonly rejectInItem: true | undefined;
  readonly #rules: Exclude<Alias, string>;
  readonly #contextWords: (list: readonly string[]) => Set<string>;
  /** The sets once made (undefined: not yet). */
  #near: NearSets | undefined;

  constructor(
    readonly target: 'skill' | 'cert',
    readonly id: string,
    readonly text: string,
    readonly norms: string[],
    rules: Exclude<Alias, string>,
    readonly isName: boolean,
    contextWords: (list: readonly string[]) => Set<string>,
    readonly also?: true,
  ) {
    this.#rules = rules;
    this.#contextWords = contextWords;
    this.raws = rules.caseSensitive ? rawWords(text) : undefined;
    this.window = rules.window ?? DEFAULT_WINDOW;
    this.sections = rules.sections ? new Set(rules.sections) : undefined;
    this.entryKinds = rules.entryKinds ? new Set(rules.entryKinds) : undefined;
    this.undated = rules.undated ? true : undefined;
    this.singular = rules.singular ? true : undefined;
    this.opensClause = rules.opensClause ? true : undefined;
    this.platform = rules.platform ? true : undefined;
    this.rejectMin = rules.rejectMin;
    this.rejectInItem = rules.rejectInItem ? true : undefined;
    // A word rejected right before the alias is the head of another compound ("LLM application security"): the phrase still names the skill.
    this.plain = !needsContext(rules) && !rules.rejectNear && !rules.rejectObjectOf;
  }

  /** A catalog alias, compiled (its context sets wait for their first read). */
  static of(
    target: 'skill' | 'cert',
    id: string,
    alias: Alias,
    isName: boolean,
    norms: string[],
    contextWords: (list: readonly string[]) => Set<string>,
  ): CompiledAlias {
    const text = aliasTextOf(alias);
    const rules: Exclude<Alias, string> = typeof alias === 'string' ? { text } : alias;
    return new CompiledAlias(target, id, text, norms, rules, isName, contextWords);
  }

  get requireNear(): Set<string> | undefined {
    return this.#sets().require;
  }

  get rejectNear(): Set<string> | undefined {
    return this.#sets().reject;
  }

  get requireAlso(): Set<string> | undefined {
    return this.#sets().also;
  }

  get rejectBefore(): Set<string> | undefined {
    return this.#sets().before;
  }

  get rejectObjectOf(): Set<string> | undefined {
    return this.#sets().objectOf;
  }

  /** The same alias naming another skill as well (see the catalog's `also`). */
  alsoFor(id: string): CompiledAlias {
    return new CompiledAlias('skill', id, this.text, this.norms, this.#rules, false, this.#contextWords, true);
  }

  #sets(): NearSets {
    if (this.#near) return this.#near;
    const { requireNear, rejectNear, requireAlso, rejectBefore, rejectObjectOf } = this.#rules;
    const words = (list?: readonly string[]) => (list ? this.#contextWords(list) : undefined);
    this.#near = {
      require: words(requireNear),
      reject: words(rejectNear),
      also: words(requireAlso),
      before: words(rejectBefore),
      objectOf: words(rejectObjectOf),
    };
    return this.#near;
  }
}

/** An alias read only in some context: a nearby word, a section, a kind of entry or the exact case. */
function needsContext(rules: Exclude<Alias, string>): boolean {
  return Boolean(rules.requireNear || rules.requireAlso || rules.sections || rules.entryKinds || rules.caseSensitive || rules.opensClause);
}

function rawWords(text: string): string[] {
  return [...text.matchAll(unicodeLiteral`/[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*(?:\+\+\d*(?![\p{L}\p{N}])|\+(?![\p{L}\p{N}])|#)?/gu`)].map((m) => m[0]);
}

function impliedClosure(skills: readonly Skill[]): Map<string, string[]> {
  const direct = new Map(skills.map((s) => [s.id, s.implies]));
  const out = new Map<string, string[]>();
  for (const s of skills) {
    const seen = new Set<string>();
    const queue = [...s.implies];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (id === s.id || seen.has(id)) continue;
      seen.add(id);
      queue.push(...(direct.get(id) ?? []));
    }
    out.set(s.id, [...seen].sort());
  }
  return out;
}

function yearsCarriers(skills: readonly Skill[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of skills) for (const target of s.yearsFor ?? []) out.set(target, [...(out.get(target) ?? []), s.id]);
  return out;
}

function groupByLetter(items: FuzzyItem[]): Map<string, FuzzyItem[]> {
  const out = new Map<string, FuzzyItem[]>();
  for (const item of items) {
    const letter = item.word[0] as string;
    const list = out.get(letter);
    if (list) list.push(item);
    else out.set(letter, [item]);
  }
  return out;
}

/** An alias that the typo lookup offers: one plain word of five letters or more, read without context. */
export function isFuzzyWord(alias: Alias): boolean {
  // Aliases that need context (a nearby word, a section, the exact case) are never guessed at; reject words are kept.
  if (typeof alias !== 'string' && needsContext(alias)) return false;
  const word = aliasTextOf(alias).toLowerCase();
  return word.length >= 5 && /^[a-z][a-z0-9]+$/.test(word);
}

function fuzzyItems(catalog: Catalog, stemmer: Stemmer): FuzzyItem[] {
  const items: FuzzyItem[] = [];
  const seen = new Set<string>();
  // Lists of reject words repeat (named sets): each distinct list is read once.
  const rejectWords = sharedWordSets((w) => aliasNorms(w, stemmer));
  const push = (target: 'skill' | 'cert', id: string, alias: Alias) => {
    if (!isFuzzyWord(alias)) return;
    const word = aliasTextOf(alias).toLowerCase();
    if (seen.has(word)) return;
    seen.add(word);
    if (typeof alias === 'string' || !alias.rejectNear) items.push({ word, target, id });
    else items.push(new FuzzyAlias(word, target, id, alias.rejectNear, alias.window ?? DEFAULT_WINDOW, rejectWords));
  };
  for (const s of catalog.skills) for (const a of s.aliases) push('skill', s.id, a);
  for (const c of catalog.certifications) for (const a of c.aliases) push('cert', c.id, a);
  return items;
}

/**
 * A word of the typo lookup with reject words, made into a set on first read: a guess is rare, and reading every
 * list of reject words was most of the lookup's build.
 */
class FuzzyAlias implements FuzzyItem {
  readonly #list: readonly string[];
  readonly #rejectWords: (list: readonly string[]) => Set<string>;
  #near: Set<string> | undefined;

  constructor(
    readonly word: string,
    readonly target: 'skill' | 'cert',
    readonly id: string,
    list: readonly string[],
    readonly window: number,
    rejectWords: (list: readonly string[]) => Set<string>,
  ) {
    this.#list = list;
    this.#rejectWords = rejectWords;
  }

  get rejectNear(): ReadonlySet<string> {
    this.#near ??= this.#rejectWords(this.#list);
    return this.#near;
  }
}
