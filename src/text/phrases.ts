/**
 * Lexicon phrases → regular-expression sources. The grammar (data/lexicon/README.md): words separated by spaces;
 * `(a|b|)` one of the words or none; `*` up to two words; `<year>` a year. Every repetition is bounded, so the
 * compiled patterns run in linear time (the test suite checks each with recheck).
 */

import { compiledRegExp } from './repeats';
import { largest, numberIndexFrom } from './sorted';

/** Not a letter or digit before the match. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not a letter or digit after the match. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
/** What a space inside a phrase matches: one to three spaces or hyphens (a soft line wrap included). */
const GAP = '[\\s\\-–]{1,3}';
/** A character of a wildcard word other than a hyphen. */
const WILD_CHAR = "[\\p{L}\\p{N}'’./+#]";
/** A wildcard word: runs of its characters joined by single hyphens, so a hyphenated compound is one word. */
const ANY_WORD = `${WILD_CHAR}{1,30}(?:-${WILD_CHAR}{1,30}){0,3}`;
/**
 * The gap between the two words of a wildcard slot: a gap with a space in it. A hyphen between them is then inside
 * a word, never the gap, so a hyphen chain ("the-the-the-…") is one wildcard word, whose end is one of its few
 * hyphens ("ex-big-tech red team", "ML-Team"): the words of a slot split one way only and the pattern stays linear.
 */
const WILD_GAP = `(?=[\\s\\-–]{0,2}\\s)${GAP}`;

/** Escapes a literal for a regex source (`u` flag). */
export function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The characters `escapeRegex` escapes. */
const REGEX_SYNTAX = '\\^$.*+?()[]{}|/';

/**
 * One literal word, folded (lowercase, no accents: patterns read `foldText`); a hyphen inside it matches a hyphen, a
 * space or nothing; apostrophes match either form. Built unit by unit: the first document builds thousands of these.
 */
function wordSource(word: string): string {
  // A word of lowercase ASCII letters and digits (most) is its own source: nothing to fold, escape or join (and the
  // rest, rarely run, stays out of what the hot calls of the first document compile).
  if (isPlainWord(word)) return word;
  let out = '';
  let from = 0;
  for (;;) {
    const dash = word.indexOf('-', from);
    const part = foldUncached(dash < 0 ? word.slice(from) : word.slice(from, dash));
    // Runs of plain characters are copied whole.
    let run = 0;
    for (let k = 0; k < part.length; k++) {
      const c = part.charAt(k);
      const written = c === "'" || c === '’' ? "['’]" : REGEX_SYNTAX.includes(c) ? `\\${c}` : undefined;
      if (written === undefined) continue;
      out += part.slice(run, k) + written;
      run = k + 1;
    }
    out += part.slice(run);
    if (dash < 0) return out;
    out += '[\\s\\-]?';
    from = dash + 1;
  }
}

/** `(a|b)` slots as `/^\((.*)\)$/u` reads them; the pattern runs only on tokens that open with a bracket. */
const ALT_SLOT = /^\((.*)\)$/u;

/** The inside of an alternation slot `(a|b|)`, or undefined for any other token. */
function altBody(token: string): string | undefined {
  return token.charCodeAt(0) === 40 ? ALT_SLOT.exec(token)?.[1] : undefined;
}

/** A wildcard slot: `*` (up to two words) or `**` (one or two). */
function isWildcard(token: string): boolean {
  return token === '*' || token === '**';
}

/** The source of one phrase (see the grammar above). */
export function phraseSource(phrase: string): string {
  let out = '';
  // After a leading optional slot (which carries its own gap), the next word needs no gap before it.
  let leadingOptional = false;
  for (const token of tokens(phrase)) {
    const first = out === '' || leadingOptional;
    leadingOptional = false;
    if (token === '*') {
      // Up to two words, each with the gap before it (between the two, one with a space: see `WILD_GAP`).
      out += `(?:${first ? '' : GAP}${ANY_WORD}(?:${WILD_GAP}${ANY_WORD})??)??`;
      continue;
    }
    if (token === '**') {
      // One or two words, each with the gap before it.
      out += `${first ? '' : GAP}${ANY_WORD}(?:${WILD_GAP}${ANY_WORD})??`;
      continue;
    }
    if (token === '<year>') {
      out += `${first ? '' : GAP}(?:19|20)\\d{2}`;
      continue;
    }
    const alt = altBody(token);
    if (alt !== undefined) {
      const words = alt.split('|');
      const real = words.filter((w) => w !== '');
      const inner = real.map((w) => (w.includes(' ') ? phraseSource(w) : wordSource(w))).join('|');
      const optional = real.length < words.length;
      // An optional slot takes the gap before it with it, so the phrase may end without it.
      if (optional && out === '') {
        out += `(?:(?:${inner})${GAP})?`;
        leadingOptional = true;
      } else if (optional) out += `(?:${GAP}(?:${inner}))?`;
      else out += `${first ? '' : GAP}(?:${inner})`;
      continue;
    }
    out += `${first ? '' : GAP}${wordSource(token)}`;
  }
  return out;
}

/** Splits a phrase on spaces outside parentheses. */
function tokens(phrase: string): string[] {
  const out: string[] = [];
  const s = phrase.trim();
  let depth = 0;
  let from = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (c === 32 && depth === 0) {
      if (k > from) out.push(gluedSlot(s.slice(from, k)));
      from = k + 1;
    }
  }
  if (s.length > from) out.push(gluedSlot(s.slice(from)));
  return out;
}

/** Punctuation glued after a slot's closing bracket: `(awareness|familiarity),`. */
const GLUED_TAIL = /^\(([^()]*)\)([,;:.!?]+)$/u;

/**
 * A slot with punctuation glued after it, `(a|b),`, as the slot of each alternative so followed, `(a,|b,)`: the
 * punctuation belongs to the phrase, not to the last alternative's word. A slot that may be empty keeps it as written.
 */
function gluedSlot(token: string): string {
  if (token.charCodeAt(0) !== 40 || token.charCodeAt(token.length - 1) === 41) return token;
  const m = GLUED_TAIL.exec(token);
  if (!m) return token;
  const options = (m[1] as string).split('|');
  if (options.includes('')) return token;
  return `(${options.map((o) => o + (m[2] as string)).join('|')})`;
}

/** An abbreviation ("M.Sc."): case kept, every dot optional and may be followed by one space. */
export function abbreviationSource(abbr: string): string {
  return abbr
    .split('.')
    .filter((part, i, all) => part !== '' || i < all.length - 1)
    .map((part) => escapeRegex(part.trim()))
    .join('\\.?\\s?')
    .concat(abbr.endsWith('.') ? '\\.?' : '');
}

/**
 * Distinct phrases longest first, so that "work experience" wins over "work"; same length in code-unit order. Sorted
 * by length buckets with the built-in comparison: no comparator call per pair on the first document.
 */
function longestFirst(phrases: Iterable<string>): string[] {
  const byLength: string[][] = [];
  for (const p of new Set(phrases)) (byLength[p.length] ??= []).push(p);
  const out: string[] = [];
  for (let n = byLength.length - 1; n >= 0; n--) {
    const same = byLength[n];
    if (same) for (const p of same.sort()) out.push(p);
  }
  return out;
}

/** A list's phrases trimmed, the empty ones left out, distinct and longest first (see `longestFirst`). */
function sortedPhrases(list: readonly string[]): string[] {
  return longestFirst(list.map((p) => p.trim()).filter((p) => p !== ''));
}

/** The branches of a list's phrases (see `sortedPhrases`). */
function listBranches(list: readonly string[]): PhraseBranches {
  return phraseBranches(sortedPhrases(list));
}

/** One alternation of phrases, each a whole word sequence; `never` when the list is empty. */
export function phrasesSource(phrases: readonly string[]): string {
  const unique = sortedPhrases(phrases);
  if (unique.length === 0) return NEVER;
  return `${WORD_START}(?:${factoredSource(unique)})${WORD_END}`;
}

/**
 * `phrasesSource` without the word boundaries, for a place where a word has just started (after a boundary, a
 * space or a hyphen): add `WORD_END` after it. `never` when the list is empty.
 */
export function phrasesBody(phrases: readonly string[]): string {
  const unique = sortedPhrases(phrases);
  if (unique.length === 0) return NEVER;
  return `(?:${factoredSource(unique)})`;
}

/** A node of the word trie `factoredSource` builds: the word's source, the phrases that end here, what follows. */
interface TrieNode {
  source: string;
  ends: string[];
  /** The longest phrase through this node, in characters: longer branches are tried first. */
  longest: number;
  kids: Map<string, TrieNode>;
  /** The node it hangs from (none for a first word). */
  parent: TrieNode | undefined;
  /** The kids in the order they are tried (made on first use). */
  sorted?: TrieNode[];
}

/** A top-level branch of a list's alternation: a trie of phrases (its source made on first use), or one phrase kept whole. */
interface PhraseBranch {
  readonly longest: number;
  readonly node?: TrieNode;
  readonly phrase?: string;
  source?: string;
}

/** A list's top-level branches in the order of its alternation, and the node of the trie each phrase ends at. */
interface PhraseBranches {
  readonly list: readonly PhraseBranch[];
  readonly endsAt: ReadonlyMap<string, TrieNode>;
}

/** The source of one required word or required alternation of a phrase, or undefined for a slot the trie does not take. */
function tokenKey(token: string): string | undefined {
  if (isWildcard(token) || token === '<year>') return undefined;
  const alt = altBody(token);
  if (alt === undefined) return wordSource(token);
  const words = alt.split('|');
  if (words.includes('')) return undefined;
  return `(?:${words.map((w) => (w.includes(' ') ? phraseSource(w) : wordSource(w))).join('|')})`;
}

/**
 * The phrases (longest first) as one alternation factored by words: phrases that share their first words share one
 * branch ("secret key|secret vault" → "secret GAP (?:key|vault)"), so a word is read once whatever the number of
 * phrases it starts. It matches what the plain alternation matches, preferring the longer phrase at one place (a
 * branch that can go on is tried before it ends). Phrases with an optional slot, a wildcard or a year stay whole.
 */
function factoredSource(sorted: readonly string[]): string {
  return branchesSource(phraseBranches(sorted));
}

/** The branches of `factoredSource`. */
function phraseBranches(sorted: readonly string[]): PhraseBranches {
  const root: TrieNode = { source: '', ends: [], longest: 0, kids: new Map(), parent: undefined };
  const endsAt = new Map<string, TrieNode>();
  const whole: PhraseBranch[] = [];
  // Indexed loops (not `for…of`) here and in `readOn`: V8 optimised these start-up loops less often written so.
  for (let p = 0; p < sorted.length; p++) {
    const phrase = sorted[p] as string;
    // Words of lowercase letters and digits (most phrases) are their own keys.
    const keys: ReadonlyArray<string | undefined> = isPlainPhrase(phrase) ? tokens(phrase) : tokens(phrase).map(tokenKey);
    if (keys.includes(undefined)) {
      whole.push({ source: phraseSource(phrase), longest: phrase.length, phrase });
      continue;
    }
    let node = root;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      let kid = node.kids.get(key);
      if (!kid) node.kids.set(key, (kid = { source: key, ends: [], longest: phrase.length, kids: new Map(), parent: node === root ? undefined : node }));
      kid.longest = Math.max(kid.longest, phrase.length);
      node = kid;
    }
    node.ends.push(phrase);
    endsAt.set(phrase, node);
  }
  const items: PhraseBranch[] = [...root.kids.values()].map((n) => ({ longest: n.longest, node: n }));
  return { list: [...items, ...whole].sort(branchOrder), endsAt };
}

/** Whether a phrase is only words of lowercase ASCII letters and digits between spaces (each word its own `tokenKey`). */
function isPlainPhrase(phrase: string): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 32)) return false;
  }
  return true;
}

/**
 * Longest first, then in the order of their sources. Every source starts with its first word's: the whole source of a
 * trie is made only when one first word's source begins the other's (a narrowed pattern mostly needs none).
 */
function branchOrder(a: PhraseBranch, b: PhraseBranch): number {
  if (a.longest !== b.longest) return b.longest - a.longest;
  const headA = a.node ? a.node.source : (a.source as string);
  const headB = b.node ? b.node.source : (b.source as string);
  if (!headA.startsWith(headB) && !headB.startsWith(headA)) return headA < headB ? -1 : 1;
  const sourceA = branchSource(a);
  const sourceB = branchSource(b);
  return sourceA < sourceB ? -1 : sourceA > sourceB ? 1 : 0;
}

/** A branch's whole source. */
function branchSource(b: PhraseBranch): string {
  b.source ??= nodeSource(b.node as TrieNode) as string;
  return b.source;
}

/**
 * The alternation of the branches; with `kept`, of the kept phrases only. The order of branches comes from every
 * phrase, kept or not: a narrowed source is the full one less the branches of the phrases left out.
 */
function branchesSource(branches: PhraseBranches, kept?: ReadonlySet<string>): string {
  if (!kept) return branches.list.map(branchSource).join('|');
  const live = liveNodes(branches.endsAt, kept);
  const out: string[] = [];
  for (const b of branches.list) {
    const source = b.node ? (live.has(b.node) ? nodeSource(b.node, kept, live) : undefined) : kept.has(b.phrase as string) ? b.source : undefined;
    if (source !== undefined) out.push(source);
  }
  return out.join('|');
}

/** The nodes a kept phrase ends at or goes through: the others' sources are empty, so they are not walked. */
function liveNodes(endsAt: ReadonlyMap<string, TrieNode>, kept: ReadonlySet<string>): ReadonlySet<TrieNode> {
  const live = new Set<TrieNode>();
  for (const phrase of kept) {
    for (let node = endsAt.get(phrase); node !== undefined && !live.has(node); node = node.parent) live.add(node);
  }
  return live;
}

/** A node's source (of the kept phrases through it, with `kept`, walking only the `live` nodes); undefined when none is kept. */
function nodeSource(node: TrieNode, kept?: ReadonlySet<string>, live?: ReadonlySet<TrieNode>): string | undefined {
  node.sorted ??= [...node.kids.values()].sort((a, b) => b.longest - a.longest || b.source.length - a.source.length || (a.source < b.source ? -1 : 1));
  const alts: string[] = [];
  for (const kid of node.sorted) {
    if (live && !live.has(kid)) continue;
    const source = nodeSource(kid, kept, live);
    if (source !== undefined) alts.push(source);
  }
  const end = kept ? node.ends.some((p) => kept.has(p)) : node.ends.length > 0;
  if (alts.length === 0) return end ? node.source : undefined;
  const alt = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
  return end ? `${node.source}(?:${GAP}${alt})?` : `${node.source}${GAP}${alt}`;
}

/**
 * The words a match of any of the abbreviations starts with, folded (see `foldText`): its parts run together up to a
 * dot or space the text may put between them ("Ph.D." → ph, phd); undefined when one is not plain ASCII starting
 * with a letter or digit.
 */
export function abbreviationHeads(abbrs: readonly string[]): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const abbr of abbrs) {
    if (!isAsciiWordCode(abbr, 0) || !isPrintableAscii(abbr)) return undefined;
    let joined = '';
    for (const part of abbr.split('.')) {
      joined += part.trim();
      let end = 0;
      while (end < joined.length && isAsciiWordCode(joined, end)) end++;
      out.add(joined.slice(0, end).toLowerCase());
      if (end < joined.length) break;
    }
  }
  return out;
}

/** Whether every character is printable ASCII (a space to a tilde). */
function isPrintableAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/** Whether the character at `k` is an ASCII letter or digit. */
function isAsciiWordCode(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** One alternation of abbreviations (case kept); `never` when the list is empty. */
export function abbreviationsSource(abbrs: readonly string[]): string {
  const unique = longestFirst(abbrs);
  if (unique.length === 0) return NEVER;
  return `${WORD_START}(?:${unique.map(abbreviationSource).join('|')})${WORD_END}`;
}

/** A value made on first use, then kept. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * An object whose values are each made on first read, then kept: the compiled words of a lexicon, most of which a
 * document never needs (building and compiling patterns is most of the first document's time).
 */
export function lazyValues<T extends object>(makers: { readonly [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(makers) as Array<keyof T>) Object.defineProperty(out, key, { get: once(makers[key]), enumerable: true });
  return out;
}

/** A pattern that matches nothing (an empty list). */
export const NEVER = '(?!)';

/** A regex of phrases that ignores case and accents (`flags` adds e.g. `g`). */
export function phrasesRegex(phrases: readonly string[], flags = ''): RegExp {
  const narrowing = new PhraseNarrowing([phrases], firstSource);
  return new LexiconRegExp(
    narrowing,
    `u${flags}`,
    () => narrowing.firstHeads(),
    false,
    false,
    once(() => nextWordsOf(phrases)),
    () => {
      // Some phrase opens with punctuation: the others' heads are filtered by the words after them in those phrases
      // (a punctuation-led phrase starts at no word, so it says nothing of what follows a word).
      const led = ledHeadsOf(phrases);
      return led && { ...led, next: once(() => nextWordsOf(phrases.filter((p) => addHeads(p, new Set<string>())))) };
    },
  );
}
const firstSource = (sources: readonly string[]): string => sources[0] as string;

/**
 * A `LexiconRegExp` of a pattern built around alternations of phrases: `build` gets each list's `phrasesSource`. Its
 * first inputs run twins compiled from only the phrases each input has the words of (see `PhraseNarrowing`).
 */
export function phrasesPattern(
  lists: ReadonlyArray<readonly string[]>,
  build: (sources: readonly string[]) => string,
  flags = 'u',
  openers?: readonly string[],
  requires?: readonly string[],
): RegExp {
  // `openers`: every match starts with one of these phrases, so it is tried only where one of their heads is a word.
  const first = openers !== undefined && openers === lists[0];
  const narrowing = new PhraseNarrowing(lists, build, first);
  const re = new LexiconRegExp(narrowing, flags, openers && (first ? () => narrowing.firstHeads() : () => headsOf(openers)));
  // `requires`: every match holds one of these phrases (after a bounded opening, as a line's bullet), so an input
  // without any of their heads as a word is not scanned.
  return requires ? re.requiring(() => headsOf(requires)) : re;
}

/** `phrasesSource` of a list's branches (see `branchesSource`); `never` when none is left. */
function branchesPhrasesSource(branches: PhraseBranches, kept?: ReadonlySet<string>): string {
  const body = branchesSource(branches, kept);
  return body === '' ? NEVER : `${WORD_START}(?:${body})${WORD_END}`;
}

/**
 * The words a match of a phrase must hold, one slot per required word or choice of words: each starts a word of the
 * text (after a word start or a gap) and ends one or goes on with punctuation, so a text without any word of a slot
 * cannot match the phrase. Wildcards, years, optional slots and punctuation-led words ask nothing. A slot of one word
 * is the word itself (most are: no array made for it on the first document, which indexes thousands of phrases).
 */
function requiredWords(phrase: string): RequiredSlot[] {
  const out: RequiredSlot[] = [];
  for (const token of tokens(phrase)) {
    if (isWildcard(token) || token === '<year>') continue;
    // A plain word, or a choice of plain words, is its own head (what `headsOf` gives, without its splitting).
    if (isPlainWord(token)) {
      out.push(token);
      continue;
    }
    const options = token.charCodeAt(0) === 40 && token.endsWith(')') ? token.slice(1, -1).split('|') : [token];
    if (options.every(isPlainWord)) {
      out.push(options);
      continue;
    }
    const words = headsOf([token]);
    if (words !== undefined) out.push([...words]);
  }
  return out;
}

/** A required slot of a phrase (see `requiredWords`): one word, or the words it may be. */
type RequiredSlot = string | readonly string[];

/** Most inputs one pattern narrows for by their own words: a pattern tried on a few lines compiles the smallest twins. */
const NARROW_INPUTS = 4;
/**
 * Most documents one pattern narrows for past those inputs (see `documentWords`): the rest of the first document's lines
 * share one twin; a long run (a batch) compiles the full pattern once and reads on with it.
 */
const NARROW_DOCUMENTS = 1;
/**
 * Most narrowed twins one pattern compiles; past it the full pattern runs. Small on purpose: the twins speed up a first
 * document (a CLI run, a browser page); with 24 twins over 400 inputs, a batch of 800 résumés read 10–30 % slower in
 * CPU time (twins compiled per input), with 4 over 4 as fast as the full pattern.
 */
const NARROW_TWINS = NARROW_INPUTS + NARROW_DOCUMENTS;

/**
 * Lists of phrases and the pattern `build` makes around their alternations. Compiling a pattern of hundreds of phrases
 * is most of a first document's time, and one input can match few of them: for an input, the source made from only
 * the phrases whose required words (see `requiredWords`) it has. The others' branches fail everywhere in it, and a
 * narrowed source is the full one less those branches (same order), so it finds the same matches.
 */
class PhraseNarrowing {
  readonly #lists: ReadonlyArray<readonly string[]>;
  readonly #build: (sources: readonly string[]) => string;
  /** Every phrase, trimmed, with its list. */
  #phrases: Array<{ phrase: string; list: number; required: RequiredSlot[] }> | undefined;
  /** The phrases by a word of their first required slot. */
  readonly #byWord = new Map<string, number[]>();
  /** The phrases that require no word. */
  readonly #always: number[] = [];
  /** Twins made so far, inputs narrowed for by their own words, documents narrowed for. */
  #twins = 0;
  #inputs = 0;
  #documents = 0;
  #documentWords: ReadonlySet<string> | undefined;
  /** The twins by key (the kept phrases), each as [sticky, as given] × [full source, ASCII source]; undefined once spent. */
  #byKey: Map<string, { source: string; ascii: string | null; runners: Array<RegExp | undefined> }> | undefined = new Map();
  #lastView: FoldedText | undefined;
  /** The words the last key was made for (see `narrowingWords`). */
  #lastWords: ReadonlySet<string> | undefined;
  #lastKey = '';

  /** Every match starts with a phrase of the first list (`phrasesPattern`'s openers are that list). */
  readonly #opensWithFirst: boolean;

  constructor(lists: ReadonlyArray<readonly string[]>, build: (sources: readonly string[]) => string, opensWithFirst = false) {
    this.#lists = lists;
    this.#build = build;
    this.#opensWithFirst = opensWithFirst || (build === firstSource && lists.length === 1);
  }

  /** Each list's branches (made on first use). */
  #branches: PhraseBranches[] | undefined;

  /** The full source. */
  full(): string {
    return this.#build(this.#listBranches().map((b) => branchesPhrasesSource(b)));
  }

  #listBranches(): PhraseBranches[] {
    this.#branches ??= this.#lists.map(listBranches);
    return this.#branches;
  }

  /** The twins by head word of a pattern of one list of phrases (see `HeadTwins`); undefined: another pattern. */
  #byHead: HeadTwins | null | undefined;

  /** The first list's phrases' heads (see `phraseHeads`), made on first use. */
  #firstHeads: PhraseHeads | undefined;

  #phraseHeads(): PhraseHeads {
    this.#firstHeads ??= phraseHeads(this.#lists[0] as readonly string[]);
    return this.#firstHeads;
  }

  /** `headsOf` the first list, from its phrases' heads (which the twins by head word read too: one walk of the list). */
  firstHeads(): ReadonlySet<string> | undefined {
    return headsFrom(this.#phraseHeads());
  }

  /**
   * `HeadTwins` of a pattern whose every match starts with a phrase of its first list (a list of phrases, or a template
   * that opens with that list), when the heads of those phrases are all known; else undefined. The other lists stay whole.
   */
  byHead(): HeadTwins | undefined {
    if (this.#byHead === undefined) {
      this.#byHead = null;
      if (this.#opensWithFirst) {
        // The first list's branches are made per word, of the phrases the word's twin keeps (see `firstKeyBranches`): a
        // text has few of a long list's heads, and the whole list's word trie was most of the first document's twins.
        const phrases = sortedPhrases(this.#lists[0] as readonly string[]);
        const firsts = firstKeyBranches(phrases);
        let rest: PhraseBranches[] | undefined;
        const source = (kept: ReadonlySet<string>) => {
          rest ??= this.#lists.slice(1).map(listBranches);
          return this.#build([branchesPhrasesSource(firsts(kept), kept), ...rest.map((b) => branchesPhrasesSource(b))]);
        };
        this.#byHead = HeadTwins.of(phrases, source, this.#phraseHeads()) ?? null;
      }
    }
    return this.#byHead ?? undefined;
  }

  /** The source with no phrase (what the template around the phrases is, for a look at its groups). */
  shape(): string {
    return this.#build(this.#lists.map(() => NEVER));
  }

  /** The twin that runs on `view` (sticky or not, flags without `g` for a sticky one), or undefined: run the full pattern. */
  runner(view: FoldedText, sticky: boolean, of: RegExp): RegExp | undefined {
    if (this.#byKey === undefined) return undefined;
    if (view !== this.#lastView) {
      const words = this.#wordsFor(view);
      if (words === undefined) return this.#spend();
      // The lines of one document share its words: one key.
      if (words !== this.#lastWords) {
        this.#lastWords = words;
        this.#lastKey = this.#keyFor(words);
      }
      this.#lastView = view;
      holdingText.add(this);
    }
    let twin = this.#byKey.get(this.#lastKey);
    if (!twin) {
      if (++this.#twins > NARROW_TWINS) return this.#spend();
      const source = this.#source(this.#lastKey);
      twin = { source, ascii: asciiSource(source) ?? null, runners: [] };
      this.#byKey.set(this.#lastKey, twin);
    }
    const ascii = twin.ascii !== null && asciiWordsOnly(view);
    const k = (sticky ? 2 : 0) + (ascii ? 1 : 0);
    return (twin.runners[k] ??= compiledRegExp(ascii ? (twin.ascii as string) : twin.source, runnerFlags(of, sticky)));
  }

  /** The words to narrow for on an input (see `NARROW_INPUTS`, `NARROW_DOCUMENTS`); undefined: no more narrowing. */
  #wordsFor(view: FoldedText): ReadonlySet<string> | undefined {
    const own = foldedWords(view.text);
    if (this.#inputs < NARROW_INPUTS) {
      this.#inputs++;
      return own;
    }
    const words = documentWords(view, own);
    if (words !== undefined && words !== this.#documentWords) {
      if (++this.#documents > NARROW_DOCUMENTS) return undefined;
      this.#documentWords = words;
    }
    return words;
  }

  /** No more twins: the full pattern runs from now on. */
  #spend(): undefined {
    this.#byKey = undefined;
    this.forgetText();
    return undefined;
  }

  /** Drops the document's view and words it keeps (see `forgetTexts`); the next input is looked at afresh. */
  forgetText(): void {
    this.#lastView = undefined;
    this.#lastWords = undefined;
    this.#documentWords = undefined;
  }

  /** The indices of the phrases whose required words are all among `words`, joined. */
  #keyFor(words: ReadonlySet<string>): string {
    const phrases = this.#index();
    const candidates = [...this.#always];
    if (this.#byWord.size < words.size) {
      for (const [w, at] of this.#byWord) if (words.has(w)) candidates.push(...at);
    } else {
      for (const w of words) {
        const at = this.#byWord.get(w);
        if (at) candidates.push(...at);
      }
    }
    // In list order, each once (a phrase is indexed under each word of its first slot).
    candidates.sort((a, b) => a - b);
    let key = '';
    for (let k = 0; k < candidates.length; k++) {
      const i = candidates[k] as number;
      if (i === candidates[k - 1]) continue;
      const { required } = phrases[i] as { required: RequiredSlot[] };
      if (required.every((slot) => hasAny(words, slot))) key += `${i},`;
    }
    return key;
  }

  #index(): Array<{ phrase: string; list: number; required: RequiredSlot[] }> {
    if (this.#phrases) return this.#phrases;
    const phrases: Array<{ phrase: string; list: number; required: RequiredSlot[] }> = [];
    this.#lists.forEach((list, l) => {
      for (const p of list) {
        const phrase = p.trim();
        if (phrase !== '') phrases.push({ phrase, list: l, required: requiredWords(phrase) });
      }
    });
    phrases.forEach(({ required }, i) => {
      const first = required[0];
      if (first === undefined) this.#always.push(i);
      else if (typeof first === 'string') this.#indexUnder(first, i);
      else for (const w of first) this.#indexUnder(w, i);
    });
    this.#phrases = phrases;
    return phrases;
  }

  /** Indexes phrase `i` under a word of its first slot. */
  #indexUnder(word: string, i: number): void {
    const at = this.#byWord.get(word);
    if (at) at.push(i);
    else this.#byWord.set(word, [i]);
  }

  /** The source of the phrases a key keeps. */
  #source(key: string): string {
    const phrases = this.#index();
    const kept = this.#lists.map(() => new Set<string>());
    for (const i of key.split(',')) {
      if (i === '') continue;
      const { phrase, list } = phrases[Number(i)] as { phrase: string; list: number };
      kept[list]?.add(phrase);
    }
    return this.#build(this.#listBranches().map((b, i) => branchesPhrasesSource(b, kept[i] as Set<string>)));
  }
}

/**
 * The branches (`phraseBranches`) of a list of phrases (trimmed, longest first: `longestFirst`) for a set of kept ones,
 * made of only the phrases that share the key of their first word (`tokenKey`) with a kept one. A top-level branch of
 * the whole list's trie holds exactly the phrases of one first key, and its place among the others depends on itself
 * alone (`branchOrder` sorts by length, then by source: a stable sort keeps the rest of the order), so these branches,
 * narrowed to the kept phrases (`branchesSource`), are the whole list's narrowed to them: the same source.
 */
function firstKeyBranches(sorted: readonly string[]): (kept: ReadonlySet<string>) => PhraseBranches {
  // Each phrase's first key (undefined: a slot the trie does not take, the phrase kept whole), made on first use.
  let keyOf: Map<string, string | undefined> | undefined;
  return (kept) => {
    const keys = (keyOf ??= new Map(
      sorted.map((phrase) => {
        const first = tokens(phrase)[0] as string;
        return [phrase, isPlainPhrase(phrase) ? first : tokenKey(first)];
      }),
    ));
    // (Whole phrases not kept, under `undefined`, are branches of their own that write nothing.)
    const live = new Set([...kept].map((phrase) => keys.get(phrase)));
    return phraseBranches(sorted.filter((phrase) => kept.has(phrase) || live.has(keys.get(phrase))));
  };
}

/**
 * The alternation of the kept phrases (trimmed) of a list as a narrowed pattern writes it: from the whole list's
 * branches, or (`perWord`) from those `firstKeyBranches` makes for them; exported for tests, which compare the two.
 */
export function keptPhrasesSource(phrases: readonly string[], kept: ReadonlySet<string>, perWord: boolean): string {
  return keptPhrasesSources(phrases)(kept, perWord);
}

/**
 * `keptPhrasesSource` of one list for many kept sets, sharing the list's sorted phrases, whole branches and first keys
 * between calls as a pattern's twins do (`PhraseNarrowing`); exported for tests, which compare every head word's twin.
 */
export function keptPhrasesSources(phrases: readonly string[]): (kept: ReadonlySet<string>, perWord: boolean) => string {
  const sorted = sortedPhrases(phrases);
  let whole: PhraseBranches | undefined;
  let firsts: ((kept: ReadonlySet<string>) => PhraseBranches) | undefined;
  return (kept, perWord) => branchesPhrasesSource(perWord ? (firsts ??= firstKeyBranches(sorted))(kept) : (whole ??= phraseBranches(sorted)), kept);
}

/**
 * The sticky twins of a list of phrases by the word a match starts with: a twin keeps only the phrases one of whose
 * heads (`headsOf`) is that word. A match at a word start begins with that word, so the other phrases' branches fail
 * there; a twin is the full source less those branches (same order), so it finds what the full pattern finds. Made
 * per word on first use: a list's heads are a fixed vocabulary.
 */
class HeadTwins {
  readonly #byWord: ReadonlyMap<string, ReadonlySet<string>>;
  readonly #source: (kept: ReadonlySet<string>) => string;
  /** Each word's sources: [full, ASCII (or full when it has none)]. */
  readonly #sources = new Map<string, [string, string]>();
  /** The twins by the flags they run with (a copy of the pattern may have other flags). */
  readonly #byFlags = new Map<string, HeadRuns>();

  private constructor(byWord: ReadonlyMap<string, ReadonlySet<string>>, source: (kept: ReadonlySet<string>) => string) {
    this.#byWord = byWord;
    this.#source = source;
  }

  /**
   * The twins of `phrases` (trimmed, each a key of `heads`, their list's heads), or undefined when a phrase may start
   * with any word (no head to index it by).
   */
  static of(phrases: readonly string[], source: (kept: ReadonlySet<string>) => string, heads: PhraseHeads): HeadTwins | undefined {
    const byWord = new Map<string, Set<string>>();
    const keep = (h: string, phrase: string): void => {
      const kept = byWord.get(h);
      if (kept) kept.add(phrase);
      else byWord.set(h, new Set([phrase]));
    };
    for (const phrase of phrases) {
      const own = heads.get(phrase);
      if (own === null || own === undefined) {
        // A phrase led by punctuation ("¿tiene") starts at no word: it is tried at its lead characters (see `ledHeadsOf`).
        if (leadUnits(phrase) !== undefined) continue;
        return undefined;
      }
      if (typeof own === 'string') keep(own, phrase);
      else for (let k = 0; k < own.length; k++) keep(own[k] as string, phrase);
    }
    return new HeadTwins(byWord, source);
  }

  /** The twins that run with `flags` (a sticky twin's, see `runnerFlags`). */
  runs(flags: string): HeadRuns {
    let runs = this.#byFlags.get(flags);
    if (runs === undefined) {
      runs = new HeadRuns(
        flags,
        (word) => this.#sourcesOf(word),
        (word, words) => this.mayMatch(word, words),
        (word, at, positions) => this.mayMatchAt(word, at, positions),
      );
      this.#byFlags.set(flags, runs);
    }
    return runs;
  }

  /** Each word's phrases' required words (see `requiredWords`), made on first use. */
  readonly #required = new Map<string, RequiredSlot[][]>();
  /** The input words `#may` answers for (see `mayMatch`). */
  #mayWords: ReadonlySet<string> | undefined;
  readonly #may = new Map<string, boolean>();

  /**
   * Whether some phrase `word` may start has all its required words among `words` (an input's): when none has, the
   * word's twin finds nothing anywhere in that input, as `PhraseNarrowing` leaves such phrases out of its twins, and is
   * not run. One answer per word and input.
   */
  mayMatch(word: string, words: ReadonlySet<string>): boolean {
    if (words !== this.#mayWords) {
      if (this.#mayWords === undefined) holdingText.add(this);
      this.#mayWords = words;
      this.#may.clear();
    }
    let may = this.#may.get(word);
    if (may === undefined) {
      let required = this.#required.get(word);
      if (required === undefined) {
        required = [...(this.#byWord.get(word) ?? [])].map(requiredWords);
        this.#required.set(word, required);
      }
      may = required.some((slots) => slots.every((slot) => hasAny(words, slot)));
      this.#may.set(word, may);
    }
    return may;
  }

  /** Each word's phrases' required words and longest match (see `maxSpan`), made on first use. */
  readonly #windows = new Map<string, Array<{ required: RequiredSlot[]; span: number }>>();

  /**
   * Whether some phrase `word` may start has each of its required words at a word starting within the longest match
   * of that phrase from `at` (`positions`: where each word of the input starts, in order): a long input (a whole
   * document) has a wildcard-led phrase's later words somewhere ("the * team, who …"), rarely near each of its heads.
   */
  mayMatchAt(word: string, at: number, positions: ReadonlyMap<string, readonly number[]>): boolean {
    let windows = this.#windows.get(word);
    if (windows === undefined) {
      windows = [...(this.#byWord.get(word) ?? [])].map((phrase) => ({ required: requiredWords(phrase), span: maxSpan(phrase) }));
      this.#windows.set(word, windows);
    }
    for (const { required, span } of windows) if (required.every((slot) => slotWithin(positions, slot, at, at + span))) return true;
    return false;
  }

  /** Drops the input words `mayMatch` answered for (see `forgetTexts`). */
  forgetText(): void {
    this.#mayWords = undefined;
    this.#may.clear();
  }

  #sourcesOf(word: string): [string, string] {
    let sources = this.#sources.get(word);
    if (sources === undefined) {
      const full = this.#source(this.#byWord.get(word) ?? new Set());
      sources = [full, asciiSource(full) ?? full];
      this.#sources.set(word, sources);
    }
    return sources;
  }
}

/** The sticky twins of `HeadTwins` for one set of flags, by head word. */
class HeadRuns {
  readonly #flags: string;
  readonly #sourcesOf: (word: string) => [string, string];
  /** Each word's twins: [full source, ASCII source]. */
  readonly #twins = new Map<string, Array<RegExp | undefined>>();

  /** Whether a word's twin may match in an input of these words (see `HeadTwins.mayMatch`). */
  readonly mayMatch: (word: string, words: ReadonlySet<string>) => boolean;
  /** Whether a word's twin may match at a place of an input (see `HeadTwins.mayMatchAt`). */
  readonly mayMatchAt: (word: string, at: number, positions: ReadonlyMap<string, readonly number[]>) => boolean;

  constructor(
    flags: string,
    sourcesOf: (word: string) => [string, string],
    mayMatch: (word: string, words: ReadonlySet<string>) => boolean,
    mayMatchAt: (word: string, at: number, positions: ReadonlyMap<string, readonly number[]>) => boolean,
  ) {
    this.#flags = flags;
    this.#sourcesOf = sourcesOf;
    this.mayMatch = mayMatch;
    this.mayMatchAt = mayMatchAt;
  }

  /** The sticky twin of the phrases `word` may start; `ascii`: written with ASCII classes when it can be. */
  twin(word: string, ascii: boolean): RegExp {
    let twins = this.#twins.get(word);
    if (twins === undefined) {
      twins = [];
      this.#twins.set(word, twins);
    }
    const k = ascii ? 1 : 0;
    let re = twins[k];
    if (re === undefined) {
      re = compiledRegExp(this.#sourcesOf(word)[k] as string, this.#flags);
      twins[k] = re;
    }
    return re;
  }
}

/**
 * The words of the document being read (see `foldedView`) when an input's words (`own`) are all among them (the input
 * is the document, or a line or a title of it), else undefined: a twin made for them serves every part of the document.
 * A larger set of words keeps more phrases, never fewer: the twin still finds what the full pattern finds in the input.
 */
function documentWords(view: FoldedText, own: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (document === undefined) return undefined;
  if (document === view) return own;
  const all = foldedWords(document.text);
  for (const w of own) if (!all.has(w)) return undefined;
  return all;
}

/** Whether a word is lowercase ASCII letters and digits only (its own fold and head). */
function isPlainWord(word: string): boolean {
  if (word === '') return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** The flags of a twin that runs `re`: a sticky one drops `g` (read when a twin is made, not on each run). */
function runnerFlags(re: RegExp, sticky: boolean): string {
  return sticky ? `${re.flags.replace('g', '')}y` : re.flags;
}

/** Whether a word of the slot starts in `[from, to)` (`positions`: each word's starts, in order). */
function slotWithin(positions: ReadonlyMap<string, readonly number[]>, slot: RequiredSlot, from: number, to: number): boolean {
  if (typeof slot === 'string') return startsWithin(positions.get(slot), from, to);
  for (const w of slot) if (startsWithin(positions.get(w), from, to)) return true;
  return false;
}

function startsWithin(starts: readonly number[] | undefined, from: number, to: number): boolean {
  if (starts === undefined) return false;
  const at = starts[numberIndexFrom(starts, from)];
  return at !== undefined && at < to;
}

/**
 * More characters than a match of `phrase` (as `phraseSource` writes it) can span: each slot its gap and its longest
 * form, a literal word at most three units a character (folding may write one as several), a wildcard two of its words.
 */
function maxSpan(phrase: string): number {
  let span = 0;
  for (const token of tokens(phrase)) {
    const alt = altBody(token);
    let longest: number;
    if (isWildcard(token)) longest = 2 * WILD_WORD_CHARS + GAP_CHARS;
    else if (token === '<year>') longest = 4;
    else if (alt !== undefined)
      longest = largest(
        alt.split('|').map((w) => (w.includes(' ') ? maxSpan(w) : 3 * w.length)),
        0,
      );
    else longest = 3 * token.length;
    span += GAP_CHARS + longest;
  }
  return span;
}
/** The longest `GAP`, and the longest wildcard word (`ANY_WORD`: four runs of 30 and three hyphens). */
const GAP_CHARS = 3;
const WILD_WORD_CHARS = 4 * 30 + 3;

/** Whether `words` holds the slot's word, or any of its words. */
function hasAny(words: ReadonlySet<string>, slot: RequiredSlot): boolean {
  if (typeof slot === 'string') return words.has(slot);
  for (const w of slot) if (words.has(w)) return true;
  return false;
}

/**
 * Makes a pattern class's `source` a getter of its prototype that `written` answers (made on first read): not an
 * accessor defined on each pattern, which gives every pattern a shape of its own and made each read of a field in
 * `exec` a megamorphic lookup.
 */
function sourceOnRead<T extends RegExp>(prototype: T, written: (re: T) => string): void {
  Object.defineProperty(prototype, 'source', {
    get(this: T): string {
      return written(this);
    },
    configurable: true,
  });
}

/**
 * A pattern built from lexicon phrases (and any other parts written in lowercase): it runs on `foldText` of its
 * input, so it ignores case and accents without the `i` flag and without accent classes (irregexp runs such
 * patterns several times faster), and it reports its matches — and groups — as the input's own text, at the same
 * offsets. `test`, `replace`, `split` and `matchAll` all go through `exec`.
 *
 * With `heads` (the words any match starts with), it first looks the input's words up in that set: an input
 * with none of them is rejected without running the pattern, and a global search starts at the next such word.
 */
export class LexiconRegExp extends RegExp {
  /** The head words, or their maker: most patterns of a lexicon never run, and need none. */
  #heads: ReadonlySet<string> | undefined | (() => ReadonlySet<string> | undefined);
  /** The words that may follow a head word (see `nextWordsOf`), or their maker; undefined: any. */
  #next: NextWords | undefined | (() => NextWords | undefined);
  /** Where matches may start when a phrase is led by punctuation (see `ledHeadsOf`), or its maker; undefined: anywhere. */
  #led: LedHeads | undefined | (() => LedHeads | undefined);
  #view: FoldedText | undefined;
  #starts: number[] = [];

  /** Every match starts at a word (a letter or digit after none): it is tried at word starts only. */
  readonly atWordStarts: boolean;
  /**
   * With `atWordStarts`: every match starts at a word that begins with a digit or with one of these (folded) words
   * ("mar2021", "q1", "sommersemester"); it is tried at such words only.
   */
  readonly startWords: WordPrefixes | undefined;
  /** The groups are reported as the folded text (see the constructor). */
  readonly foldedGroups: boolean;

  /**
   * `foldedGroups`: the groups are reported as the folded text (lowercase, no accents), not as the input's own, for
   * a caller that folds what it reads of them anyway. The pattern then runs without indices (`d`), which irregexp
   * runs about 3× faster.
   */
  constructor(
    pattern: string | RegExp | PhraseNarrowing,
    flags = '',
    heads?: ReadonlySet<string> | (() => ReadonlySet<string> | undefined),
    atWordStarts = false,
    foldedGroups = false,
    next?: () => NextWords | undefined,
    led?: () => LedHeads | undefined,
  ) {
    const from = pattern instanceof LexiconRegExp ? pattern : undefined;
    const narrowing = pattern instanceof PhraseNarrowing ? pattern : from ? from.#narrowing : undefined;
    // A pattern of phrases writes its full source only when it runs whole (see `PhraseNarrowing`).
    const source = from ? from.#source : narrowing ? once(() => narrowing.full()) : typeof pattern === 'string' ? pattern : (pattern as RegExp).source;
    let f = flags.replace('i', '');
    // A copy (`matchAll` and `split` make one) keeps the original's way of reporting groups.
    const folded = foldedGroups || (from?.foldedGroups ?? false);
    if (!f.includes('d') && !folded && hasCapturingGroup(typeof source === 'string' ? source : (narrowing as PhraseNarrowing).shape())) f += 'd';
    // The pattern never runs itself: it runs through a twin made on first use (see `#runner`), so it is made from an
    // empty pattern with the same flags, and keeps its own source for the twins, copies and `toString`. Parsing a
    // source costs much (V8 builds each `\p{…}` class from Unicode tables), and most patterns of a lexicon never run.
    super('(?:)', f);
    this.#source = source;
    this.#narrowing = narrowing;
    this.#heads = heads ?? from?.heads;
    this.#next = next ?? (from ? from.#next : undefined);
    this.#led = led ?? (from ? from.#led : undefined);
    this.atWordStarts = atWordStarts || (from?.atWordStarts ?? false);
    this.startWords = from?.startWords;
    this.foldedGroups = folded;
    // A copy with the same flags runs the original's twins: each run sets their `lastIndex` first, so they carry no
    // state, and `matchAll` or `split` on a pattern no longer compiles it again.
    if (from && this.flags === from.flags) this.#runners = from.#runners;
    if (from) {
      this.#ascii = from.#ascii;
      this.#required = from.#required;
    }
  }

  static {
    // `source` as V8 writes it (`/` escaped), made only when read (copies and the twins use `#pattern`).
    sourceOnRead(LexiconRegExp.prototype, (re: LexiconRegExp) => (re.#written ??= new RegExp(re.#pattern, re.flags).source));
  }
  /** `source`, made on first read. */
  #written: string | undefined;

  /** `flags`, read once: the built-in getter reads each flag through the prototype (`matchAll` and `replace` read it per call). */
  override get flags(): string {
    return (this.#flags ??= super.flags);
  }
  #flags: string | undefined;

  /** A word-start pattern tried only at words that begin with a digit or one of `words` (see `startWords`). */
  static startingWith(source: string, flags: string, words: ReadonlySet<string>, foldedGroups: boolean): LexiconRegExp {
    const re = new LexiconRegExp(source, flags, undefined, true, foldedGroups);
    (re as { startWords: WordPrefixes | undefined }).startWords = new WordPrefixes(words);
    return re;
  }

  /** The head words of phrases one of which every match holds (see `requiring`), or their maker; undefined: none known. */
  #required: ReadonlySet<string> | undefined | (() => ReadonlySet<string> | undefined);
  /** The last input asked whether it holds one of `#required` (see `#holdsRequired`), and the answer. */
  #requiredView: FoldedText | undefined;
  #requiredHeld = false;

  /**
   * This pattern, scanned only over inputs where a word is a head of `heads` (made on first use): every match holds a
   * phrase of theirs (which starts at a word), not necessarily at its start. For a pattern without head words.
   */
  requiring(heads: () => ReadonlySet<string> | undefined): this {
    this.#required = heads;
    return this;
  }

  /** Whether the input holds a head word of the phrases every match holds (true when they are not known). */
  #holdsRequired(view: FoldedText): boolean {
    if (typeof this.#required === 'function') this.#required = this.#required();
    const required = this.#required;
    if (required === undefined) return true;
    if (view !== this.#requiredView) {
      if (this.#requiredView === undefined) holdingText.add(this);
      this.#requiredView = view;
      this.#requiredHeld = headStarts(wordsOf(view), required).length > 0;
    }
    return this.#requiredHeld;
  }

  /** The words any match starts with (folded); undefined: any. */
  get heads(): ReadonlySet<string> | undefined {
    // Made on first read, then kept as the value (read on every run).
    if (typeof this.#heads === 'function') this.#heads = this.#heads();
    return this.#heads;
  }

  /** The source as given, or its maker: the pattern's own is empty (see the constructor). */
  readonly #source: string | (() => string);
  /** The phrases the pattern is made of, when it runs narrowed twins on its first inputs. */
  readonly #narrowing: PhraseNarrowing | undefined;

  /** The source as given. */
  get #pattern(): string {
    return typeof this.#source === 'string' ? this.#source : this.#source();
  }
  /**
   * The source for texts whose letters and digits are all ASCII (see `asciiSource`), null when there is none; made on
   * first use, and shared with the copies (`matchAll` makes one per call: a long source is not rewritten per call).
   */
  readonly #ascii: { pattern?: string | null } = {};
  /** The twins that run the pattern: [sticky, as given] × [full source, ASCII source], each made on first use. */
  readonly #runners: Array<StickyRun | undefined> = [];

  /**
   * The regex that runs the pattern on a folded text: sticky (tried at head words only, instead of scanning every
   * character between them) when the pattern has heads or starts at words and is not sticky itself; written with
   * ASCII classes when the text has no other letter or digit (`\p{…}` classes cost much to compile, and match the
   * same there).
   */
  #runner(sticky: true, folded: FoldedText): StickyRun;
  #runner(sticky: false, folded: FoldedText): RegExp;
  #runner(sticky: boolean, folded: FoldedText): StickyRun {
    const narrowed = this.#narrowing?.runner(folded, sticky, this);
    if (narrowed) return narrowed;
    const asciiPattern = (this.#ascii.pattern ??= asciiSource(this.#pattern) ?? null);
    const ascii = asciiPattern !== null && asciiWordsOnly(folded);
    const k = (sticky ? 2 : 0) + (ascii ? 1 : 0);
    const source = ascii ? asciiPattern : this.#pattern;
    return (this.#runners[k] ??= sticky ? stickyRunner(source, runnerFlags(this, sticky)) : compiledRegExp(source, runnerFlags(this, sticky)));
  }

  /** Drops the view of the last input and where its matches may start (see `forgetTexts`). */
  forgetText(): void {
    this.#view = undefined;
    this.#starts = [];
    this.#requiredView = undefined;
  }

  /** The twins by head word of a pattern whose matches start with a phrase of its first list (see `HeadTwins`), made once. */
  #byHeadWord: HeadRuns | null | undefined;

  #headRuns(): HeadRuns | undefined {
    if (this.#byHeadWord === undefined) this.#byHeadWord = this.#narrowing?.byHead()?.runs(runnerFlags(this, true)) ?? null;
    return this.#byHeadWord ?? undefined;
  }

  /** The pattern's head words and lead characters when a phrase is led by punctuation (made on first use). */
  #ledHeads(): LedHeads | undefined {
    if (typeof this.#led === 'function') this.#led = this.#led();
    return this.#led;
  }

  /** Whether the pattern runs through its sticky twin, tried at its head words or word starts only. */
  #atHead(heads: ReadonlySet<string> | undefined): boolean {
    return !this.sticky && (heads !== undefined || this.atWordStarts);
  }

  override exec(input: string): RegExpExecArray | null {
    const s = String(input);
    const view = foldedView(s);
    // A search that found nothing from some place finds nothing from there or later in the same text: readers ask the
    // same pattern of the same line again and again (a quarter of the calls on the dev résumés), mostly in vain.
    if (this.sticky) return this.#search(s, view);
    const global = this.global;
    const from = global ? this.lastIndex : 0;
    const failed = view.failedFrom?.get(this);
    if (failed !== undefined && from >= failed) {
      if (global) this.lastIndex = 0;
      return null;
    }
    // The match of a pattern that searches from the start (no `g`) is kept too, and given as a copy.
    const found = global ? undefined : view.found?.get(this);
    if (found !== undefined) return copiedMatch(found);
    const m = this.#search(s, view);
    if (m === null) (view.failedFrom ??= new Map()).set(this, failed === undefined ? from : Math.min(failed, from));
    else if (!global) (view.found ??= new Map()).set(this, copiedMatch(m));
    return m;
  }

  /** `exec` on the input and its view. */
  #search(s: string, view: FoldedText): RegExpExecArray | null {
    const heads = this.heads;
    if (this.atWordStarts && !heads && this.#atHead(heads)) {
      const from = this.global ? this.lastIndex : 0;
      let starts = wordsOf(view).starts;
      if (this.startWords) {
        if (view !== this.#view) {
          if (this.#view === undefined) holdingText.add(this);
          this.#view = view;
          this.#starts = this.startWords.startsIn(wordsOf(view));
        }
        starts = this.#starts;
      }
      const m = firstAtHead(() => this.#runner(true, view), view.folded, starts, from);
      if (this.global) this.lastIndex = m === null ? 0 : m.index + m[0].length;
      return m === null ? null : this.#asInput(m, s, view.folded);
    }
    if (heads) {
      if (view !== this.#view) {
        // Held already when it holds a view (`forgetTexts` drops both at once): a set lookup per line saved.
        if (this.#view === undefined) holdingText.add(this);
        this.#view = view;
        const words = wordsOf(view);
        let starts = headStarts(words, heads);
        // The next words are made only when there is a head to filter: many patterns find none in a document.
        if (starts.length > 0) {
          if (typeof this.#next === 'function') this.#next = this.#next();
          if (this.#next) starts = followedStarts(words, starts, this.#next);
        }
        this.#starts = starts;
      }
      const from = this.global || this.sticky ? this.lastIndex : 0;
      if (this.#atHead(heads)) {
        const byHead = this.#headRuns();
        const runner = () => this.#runner(true, view);
        const m = byHead ? firstAtLedStart(byHead, runner, view, this.#starts, from) : firstAtHead(runner, view.folded, this.#starts, from);
        if (this.global) this.lastIndex = m === null ? 0 : m.index + m[0].length;
        return m === null ? null : this.#asInput(m, s, view.folded);
      }
      if (firstFrom(this.#starts, from) === undefined) {
        this.lastIndex = 0;
        return null;
      }
    } else if (!this.sticky && !this.atWordStarts) {
      const led = this.#ledHeads();
      if (led) {
        if (view !== this.#view) {
          if (this.#view === undefined) holdingText.add(this);
          this.#view = view;
          this.#starts = ledStarts(wordsOf(view), view.folded, led);
        }
        const from = this.global ? this.lastIndex : 0;
        const m = firstAtLedStart(this.#headRuns(), () => this.#runner(true, view), view, this.#starts, from);
        if (this.global) this.lastIndex = m === null ? 0 : m.index + m[0].length;
        return m === null ? null : this.#asInput(m, s, view.folded);
      }
    }
    const moves = this.global || this.sticky;
    if (this.#required !== undefined && !this.#holdsRequired(view)) {
      if (moves) this.lastIndex = 0;
      return null;
    }
    const runner = this.#runner(false, view);
    if (moves) runner.lastIndex = this.lastIndex;
    const m = runner.exec(view.folded);
    if (moves) this.lastIndex = runner.lastIndex;
    return m === null ? null : this.#asInput(m, s, view.folded);
  }

  /**
   * `matchAll` without the copy the built-in makes (a new pattern per call: ~5 µs, through the species constructor and
   * the generic `flags` getter): the matches of this pattern from its `lastIndex`, each found from the position the
   * copy would hold, with this pattern's `lastIndex` put back after each step (a loop body may run the pattern too).
   */
  override [Symbol.matchAll](input: string): RegExpStringIterator<RegExpExecArray> {
    return this.#matches(String(input), this.lastIndex) as RegExpStringIterator<RegExpExecArray>;
  }

  *#matches(s: string, from: number): Generator<RegExpExecArray, undefined, unknown> {
    const global = this.global;
    const unicode = this.unicode || (this as { unicodeSets?: boolean }).unicodeSets === true;
    let at = from;
    for (;;) {
      const own = this.lastIndex;
      this.lastIndex = at;
      const m = this.exec(s);
      at = this.lastIndex;
      this.lastIndex = own;
      if (m === null) return;
      if (!global) {
        yield m;
        return;
      }
      // An empty match moves on by one character (the spec's AdvanceStringIndex), as the copy's iterator does.
      if (m[0] === '') at = advanceIndex(s, at, unicode);
      yield m;
    }
  }

  /**
   * `replace` that returns the input at once when the pattern finds nothing (most calls): the built-in's generic path
   * for a subclass reads every flag and calls `exec` through the runtime. A match goes to the built-in as before.
   */
  override [Symbol.replace](input: string, replacement: string | ((substring: string, ...args: never[]) => string)): string {
    const s = String(input);
    if (!this.sticky && (typeof replacement === 'string' || typeof replacement === 'function')) {
      // The built-in's first step: a global pattern searches from 0, another from the start whatever its `lastIndex`.
      if (this.global) this.lastIndex = 0;
      if (this.exec(s) === null) return s;
    }
    return super[Symbol.replace](s, replacement as string);
  }

  /** A match on the folded text, reported as the input's own text (same offsets). */
  #asInput(m: RegExpExecArray, s: string, folded: string): RegExpExecArray {
    m[0] = s.slice(m.index, m.index + m[0].length);
    const spans = m.indices;
    if (spans && !sameBetween(s, folded, spans)) {
      for (let i = 1; i < m.length; i++) {
        const span = spans[i];
        m[i] = (span ? s.slice(span[0], span[1]) : undefined) as string;
      }
      if (m.groups && spans.groups) {
        for (const name of Object.keys(m.groups)) {
          const span = spans.groups[name];
          m.groups[name] = (span ? s.slice(span[0], span[1]) : undefined) as string;
        }
      }
    }
    m.input = s;
    return m;
  }
}

/** The index after `k` in `s`: past a surrogate pair under the `u` or `v` flag (the spec's AdvanceStringIndex). */
function advanceIndex(s: string, k: number, unicode: boolean): number {
  if (!unicode || k + 1 >= s.length) return k + 1;
  const c = s.charCodeAt(k);
  const d = s.charCodeAt(k + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? k + 2 : k + 1;
}

/** Whether the input and its fold are the same over every group's span (then the groups need no mapping back). */
function sameBetween(s: string, folded: string, spans: RegExpIndicesArray): boolean {
  let lo = Number.POSITIVE_INFINITY;
  let hi = -1;
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i];
    if (!span) continue;
    if (span[0] < lo) lo = span[0];
    if (span[1] > hi) hi = span[1];
  }
  return hi < 0 || s.slice(lo, hi) === folded.slice(lo, hi);
}

/**
 * The leftmost match of a sticky pattern starting at one of `starts` (sorted) at or after `from`: every match of a
 * phrase pattern starts at one of its head words, so trying there finds what a scan of every position would.
 */
function firstAtHead(runner: () => StickyRun, folded: string, starts: readonly number[], from: number): RegExpExecArray | null {
  let k = numberIndexFrom(starts, from);
  if (k >= starts.length) return null;
  // The twin is asked for only when there is a place to try it (a narrowed one is read off the input's words).
  const re = runner();
  for (; k < starts.length; k++) {
    re.lastIndex = starts[k] as number;
    const m = re.exec(folded);
    if (m !== null) return m;
  }
  return null;
}

/** The head words and lead characters of a list of phrases some of which open with punctuation (see `ledHeadsOf`). */
export type LedHeads = {
  words: ReadonlySet<string>;
  leads: ReadonlySet<number>;
  /** The words that may follow each head word (see `nextWordsOf`), or undefined: any. */
  next?: () => NextWords | undefined;
};

/** Where a match of a pattern with `LedHeads` may start in a folded text: at a head word or at a lead character, in order. */
function ledStarts(words: Words, folded: string, led: LedHeads): number[] {
  // Each lead found by a native scan (`indexOf`), not by a set lookup at every character of the text.
  let leads: number[] | undefined;
  for (const unit of led.leads) {
    const c = String.fromCharCode(unit);
    let at: number[] | undefined;
    for (let k = folded.indexOf(c); k !== -1; k = folded.indexOf(c, k + 1)) (at ??= []).push(k);
    if (at !== undefined) leads = leads === undefined ? at : mergeSorted(leads, at);
  }
  let heads = headStarts(words, led.words);
  // The next words are made only when a head word is found (see `#search`).
  const next = heads.length > 0 ? led.next?.() : undefined;
  if (next) heads = followedStarts(words, heads, next);
  return leads === undefined ? heads : mergeSorted(heads, leads);
}

/**
 * `firstAtHead` of a pattern of one list of phrases, tried at each start that is a word with the twin of only the
 * phrases that may start with that word (see `HeadTwins`): a start then tries a few branches, not every branch of the
 * list. At a start that is no word (a lead character of `ledStarts`: punctuation-led phrases cannot match at a letter
 * or digit, so the twins leave them out), the whole sticky pattern.
 */
function firstAtLedStart(
  byHead: HeadRuns | undefined,
  runner: () => StickyRun,
  view: FoldedText,
  starts: readonly number[],
  from: number,
): RegExpExecArray | null {
  let k = numberIndexFrom(starts, from);
  if (k >= starts.length) return null;
  const words = wordsOf(view);
  const ascii = asciiWordsOnly(view);
  let w = numberIndexFrom(words.starts, starts[k] as number);
  for (; k < starts.length; k++) {
    const at = starts[k] as number;
    while (w < words.starts.length && (words.starts[w] as number) < at) w++;
    let re: StickyRun;
    if (byHead && words.starts[w] === at) {
      const word = words.words[w] as string;
      // A word none of whose phrases has its required words in the input: its twin would find nothing here.
      words.set ??= new Set(words.words);
      if (!byHead.mayMatch(word, words.set)) continue;
      // In a long input, the phrases' other words are looked for near this start too (binary search on their places).
      if (words.words.length > MAP_WORDS && !byHead.mayMatchAt(word, at, wordMap(words))) continue;
      re = byHead.twin(word, ascii);
    } else re = runner();
    re.lastIndex = at;
    const m = re.exec(view.folded);
    if (m !== null) return m;
  }
  return null;
}

/** What `firstAtHead` runs: a sticky regex, or a sticky pattern run in parts (`StickyParts`). */
interface StickyRun {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
}

/**
 * irregexp does not optimise a pattern whose source is longer than 20 KB (V8's `kRegExpTooLargeToOptimize`): it then
 * tries every alternative in full at each position, 5–10× slower on a phrase list of all four languages. Past this
 * length, a sticky pattern of phrases runs as several shorter ones.
 */
const OPTIMISED_SOURCE = 16_000;
/** The longest source of one part. */
const PART_SOURCE = 8_000;

/** The sticky twin of a source: one regex, or its parts when it is too long for irregexp's optimiser (see `alternativeParts`). */
function stickyRunner(source: string, flags: string): StickyRun {
  const parts = source.length > OPTIMISED_SOURCE && !flags.includes('v') ? alternativeParts(source) : undefined;
  return parts ? new StickyParts(parts.map((p) => compiledRegExp(p, flags))) : compiledRegExp(source, flags);
}

/**
 * A sticky pattern `start(?:a|b|…)end` run as `start(?:a|…)end`, `start(?:…|z)end`, tried in that order at the same
 * position: the whole tries its alternatives in order there too, so the first part that matches gives its match.
 */
class StickyParts implements StickyRun {
  lastIndex = 0;
  constructor(private readonly parts: readonly RegExp[]) {}

  exec(s: string): RegExpExecArray | null {
    for (const re of this.parts) {
      re.lastIndex = this.lastIndex;
      const m = re.exec(s);
      if (m !== null) {
        this.lastIndex = re.lastIndex;
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  }
}

/** The word edges a list of phrases is written between, as given and with ASCII classes (made on first use). */
let phraseEdges: ReadonlyArray<readonly [string, string]> | undefined;

/**
 * The sources of `start(?:a|b|…)end` (a list of phrases between word edges) over runs of its alternatives, each at
 * most `PART_SOURCE` long when its alternatives allow; undefined for another shape or a capturing group (the parts'
 * matches would number their groups otherwise).
 */
function alternativeParts(source: string): string[] | undefined {
  phraseEdges ??= [
    [`${WORD_START}(?:`, `)${WORD_END}`],
    [`${asciiSource(WORD_START)}(?:`, `)${asciiSource(WORD_END)}`],
  ];
  const edges = phraseEdges.find(([open, close]) => source.startsWith(open) && source.endsWith(close));
  if (!edges || hasCapturingGroup(source)) return undefined;
  const [open, close] = edges;
  const body = source.slice(open.length, source.length - close.length);
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let last = 0;
  for (let k = 0; k < body.length; k++) {
    const c = body.charAt(k);
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return undefined;
    else if (c === '|' && depth === 0) {
      alternatives.push(body.slice(last, k));
      last = k + 1;
    }
  }
  if (depth !== 0 || inClass) return undefined;
  alternatives.push(body.slice(last));
  const parts: string[] = [];
  let run: string[] = [];
  let length = 0;
  for (const a of alternatives) {
    if (run.length > 0 && length + a.length >= PART_SOURCE) {
      parts.push(`${open}${run.join('|')}${close}`);
      run = [];
      length = 0;
    }
    run.push(a);
    length += a.length + 1;
  }
  parts.push(`${open}${run.join('|')}${close}`);
  return parts.length > 1 ? parts : undefined;
}

/** The first value ≥ `from` of a sorted list (binary search). */
function firstFrom(sorted: readonly number[], from: number): number | undefined {
  return sorted[numberIndexFrom(sorted, from)];
}

/**
 * The source with its letter and digit classes (`\p{L}`, `\p{N}`, `\p{Lu}`, `\p{Ll}`) written as ASCII ranges, which
 * match the same in a text whose letters and digits are all ASCII (see `asciiWordsOnly`); undefined when it has
 * another property escape or a negated one inside a class.
 */
export function asciiSource(source: string): string | undefined {
  // One `replace` over the source's runs, classes and property escapes: a loop by character here was one of the first
  // document's costliest functions for V8 to optimise.
  let failed = false;
  const inClass = (token: string, name: string | undefined): string => {
    if (token.charAt(1) !== 'p' && token.charAt(1) !== 'P') return token;
    const ranges = token.charAt(1) === 'P' || name === undefined ? undefined : ASCII_RANGES[name];
    if (ranges === undefined) failed = true;
    return ranges ?? token;
  };
  const out = source.replace(ASCII_SCAN, (token: string, name: string | undefined) => {
    const c = token.charAt(0);
    if (c === '[') return token.includes('\\p') || token.includes('\\P') ? token.replace(ASCII_CLASS_SCAN, inClass) : token;
    if (c !== '\\' || (token.charAt(1) !== 'p' && token.charAt(1) !== 'P')) return token;
    const ranges = name === undefined ? undefined : ASCII_RANGES[name];
    if (ranges === undefined) failed = true;
    return token.charAt(1) === 'P' ? `[^${ranges}]` : `[${ranges}]`;
  });
  return failed ? undefined : out;
}
/**
 * The tokens `asciiSource` reads: a run without a class or a property escape (other escapes kept whole), a class (to
 * its first unescaped `]`, or the end), a property escape with its name, a lone backslash at the end.
 */
const ASCII_SCAN = /(?:[^\\[]|\\[^pP])+|\[(?:[^\\\]]|\\[\s\S])*\]?|\\[pP](?:\{([^}]*)\})?|\\$/g;
/** Inside a class: a property escape with its name, or any other escape (kept). */
const ASCII_CLASS_SCAN = /\\[pP](?:\{([^}]*)\})?|\\[\s\S]/g;
const ASCII_RANGES: Readonly<Record<string, string>> = { L: 'a-zA-Z', N: '0-9', Lu: 'A-Z', Ll: 'a-z' };

/** Whether every letter and digit of a folded text is ASCII (read once per text). */
function asciiWordsOnly(view: FoldedText): boolean {
  view.asciiWords ??= asciiWordsIn(view.folded);
  return view.asciiWords;
}

/** From this length on, an input's answer is kept in a slot of its own (see `lastAsciiWords`). */
const LONG_INPUT = 512;

/**
 * `asciiWordsIn` of the last inputs of an `AsciiTwinRegExp`: an `exec` loop over a whole text, and the patterns tried in
 * turn on one line, ask it of the same string again and again (each asking read the text from its first non-ASCII
 * unit to its end). The last long input has a slot of its own, so that the short strings read between two `exec`s of a
 * loop over a long text (a match's neighbourhood checked by other patterns) do not push it out: with one slot, a loop
 * over a 1 MB line of many matches read the whole line again for every match (quadratic). Emptied by `forgetTexts`.
 */
const lastAsciiWords = {
  text: undefined as string | undefined,
  ascii: false,
  longText: undefined as string | undefined,
  longAscii: false,
  of(s: string): boolean {
    if (s === this.text) return this.ascii;
    if (s === this.longText) return this.longAscii;
    if (this.text === undefined && this.longText === undefined) holdingText.add(this);
    const ascii = asciiWordsIn(s);
    if (s.length >= LONG_INPUT) {
      this.longText = s;
      this.longAscii = ascii;
    } else {
      this.text = s;
      this.ascii = ascii;
    }
    return ascii;
  },
  forgetText(): void {
    this.text = undefined;
    this.longText = undefined;
  },
};

/** Whether a pattern (no `g` or `y`) matches an input, with the answer for the last input kept (see `AsciiTwinRegExp.gated`). */
class InputGate {
  readonly #gate: RegExp;
  #text: string | undefined;
  #opens = false;

  constructor(gate: RegExp) {
    this.#gate = gate;
  }

  opens(s: string): boolean {
    if (s !== this.#text) {
      if (this.#text === undefined) holdingText.add(this);
      this.#text = s;
      this.#opens = this.#gate.test(s);
    }
    return this.#opens;
  }

  forgetText(): void {
    this.#text = undefined;
  }
}

/** Whether every letter and digit of a text is ASCII. */
function asciiWordsIn(text: string): boolean {
  for (let k = text.search(NON_ASCII); k >= 0 && k < text.length; k++) {
    const code = text.codePointAt(k) as number;
    if (code < 0x80) continue;
    if (code <= 0xffff ? isWordUnit(code) : WORD_CHAR.test(String.fromCodePoint(code))) return false;
    if (code > 0xffff) k++;
  }
  return true;
}

/**
 * A regex read on the input as written (case kept, unlike `LexiconRegExp`) that runs as its ASCII twin (see
 * `asciiSource`) on an input whose letters and digits are all ASCII, where the twin matches the same: parsing and
 * compiling a `\p{…}` class costs much on a first document (V8 builds it from Unicode tables), and most inputs need
 * none. Each form is parsed and compiled on first use.
 */
export class AsciiTwinRegExp extends RegExp {
  readonly #pattern: string;
  /** The ASCII source, null when there is none; made on first use. */
  #ascii: string | null | undefined;
  /** [as given, ASCII], each made on first use. */
  readonly #runners: Array<RegExp | undefined> = [];

  /** `pattern` is a source (`split`, `matchAll` and the other symbol methods run on a runner, never copy a twin). */
  constructor(pattern: string, flags = 'u') {
    // Made from an empty pattern (see `LexiconRegExp`): the pattern is parsed only by the runner that needs it.
    super('(?:)', flags);
    this.#pattern = pattern;
  }

  static {
    sourceOnRead(AsciiTwinRegExp.prototype, (re: AsciiTwinRegExp) => (re.#written ??= new RegExp(re.#pattern, re.flags).source));
  }
  /** `source`, made on first read. */
  #written: string | undefined;

  /** The regex that runs on `s`: the ASCII twin when every letter and digit of `s` is ASCII, else the pattern as given. */
  #runnerFor(s: string): RegExp {
    // `null` (no ASCII source) is an answer too: asked once, not on every run.
    if (this.#ascii === undefined) this.#ascii = asciiSource(this.#pattern) ?? null;
    const k = this.#ascii !== null && lastAsciiWords.of(s) ? 1 : 0;
    return (this.#runners[k] ??= compiledRegExp(k === 1 ? (this.#ascii as string) : this.#pattern, this.flags));
  }

  /** A pattern every match of this one holds a match of (see `gated`); undefined: none. */
  #gate: InputGate | undefined;

  /**
   * This pattern, tried only on inputs where `gate` (a cheap pattern, no `g` or `y`) finds a match: every match of the
   * pattern must hold one of `gate`'s, so an input without one has none. A global pattern run to its end on a whole
   * text (`matchAll`, an `exec` loop) whose rare word is absent then costs one scan for that word.
   */
  gated(gate: RegExp): this {
    this.#gate = new InputGate(gate);
    return this;
  }

  override exec(input: string): RegExpExecArray | null {
    const s = String(input);
    if (this.#gate !== undefined && !this.#gate.opens(s)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    const re = this.#runnerFor(s);
    re.lastIndex = this.lastIndex;
    const m = re.exec(s);
    this.lastIndex = re.lastIndex;
    return m;
  }

  // `split`, `replace`, `match`, `matchAll` and `search` run on the runner itself (a plain regex, with the same flags
  // and `lastIndex`): through the subclass, `split` ran `exec` at every position of the input (each reading the whole
  // input for its letters) and `split` and `matchAll` compiled a copy of the pattern on every call.
  override [Symbol.split](input: string, limit?: number): string[] {
    const s = String(input);
    return this.#runnerFor(s)[Symbol.split](s, limit);
  }

  override [Symbol.replace](input: string, replacement: string | ((substring: string, ...args: never[]) => string)): string {
    const s = String(input);
    const re = this.#runnerFor(s);
    re.lastIndex = this.lastIndex;
    const out = re[Symbol.replace](s, replacement as string);
    this.lastIndex = re.lastIndex;
    return out;
  }

  override [Symbol.match](input: string): RegExpMatchArray | null {
    const s = String(input);
    const re = this.#runnerFor(s);
    re.lastIndex = this.lastIndex;
    const out = re[Symbol.match](s);
    this.lastIndex = re.lastIndex;
    return out;
  }

  override [Symbol.matchAll](input: string): ReturnType<RegExp[typeof Symbol.matchAll]> {
    const s = String(input);
    const re = this.#runnerFor(s);
    re.lastIndex = this.lastIndex;
    return re[Symbol.matchAll](s);
  }

  override [Symbol.search](input: string): number {
    const s = String(input);
    return this.#runnerFor(s)[Symbol.search](s);
  }
}

/**
 * A `u` pattern written as a template (unicodeRegex`\p{Lu}\p{Ll}+`, its source as a regex literal would have it):
 * an `AsciiTwinRegExp`, parsed on first use. V8 builds every `\p{…}` class of a regex literal from Unicode tables
 * while it parses the module, whether the pattern ever runs or not (a third of `import('rolefit')`).
 */
export const unicodeRegex = (source: TemplateStringsArray): RegExp => {
  // One per template: a pattern inside a function is made once, as V8 keeps one compiled form of a literal.
  let re = TWINS.get(source);
  if (!re) TWINS.set(source, (re = new AsciiTwinRegExp(source.raw[0] as string)));
  return re;
};
const TWINS = new WeakMap<TemplateStringsArray, RegExp>();

/**
 * A regex literal with `\p{…}` classes written as a template (unicodeLiteral`/\p{L}+/gu`, the literal as it would be
 * written): one RegExp per template, made on first use, its `lastIndex` set to 0 each time, as a fresh literal's.
 * V8 checks every regex literal of a module while it parses the module, building each `\p{…}` class from Unicode
 * tables whether the pattern ever runs or not; a template is parsed as a pattern only when it is made. Its short
 * repeats compact as a lexicon pattern's do (see `compactRepeats`), so `.source` may differ from the template.
 */
export const unicodeLiteral = (literal: TemplateStringsArray): RegExp => {
  let re = LITERALS.get(literal);
  if (!re) {
    const raw = literal.raw[0] as string;
    const end = raw.lastIndexOf('/');
    LITERALS.set(literal, (re = compiledRegExp(raw.slice(1, end), raw.slice(end + 1))));
  }
  re.lastIndex = 0;
  return re;
};
const LITERALS = new WeakMap<TemplateStringsArray, RegExp>();
const NON_ASCII = /[^\0-\x7F]/;

/** Where the run of letters and digits (code points of `\p{L}` or `\p{N}`) from `k` ends. */
function wordRunEnd(text: string, k: number): number {
  while (k < text.length) {
    const c = text.codePointAt(k) as number;
    const word = c < 0x80 ? (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : WORD_CHAR.test(String.fromCodePoint(c));
    if (!word) return k;
    k += c > 0xffff ? 2 : 1;
  }
  return k;
}

/** Whether a character code is part of a word (a letter or digit; any non-ASCII letter). */
function isWordCode(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return isWordUnit(c);
}
const WORD_CHAR = unicodeLiteral`/\p{L}|\p{N}/u`;

/** `WORD_CHAR` of one UTF-16 unit alone (a lone surrogate is none), remembered: 0 not asked yet, 1 a word unit, 2 not. */
const WORD_UNITS = new Uint8Array(0x10000);

function isWordUnit(unit: number): boolean {
  let known = WORD_UNITS[unit] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 2;
    WORD_UNITS[unit] = known;
  }
  return known === 1;
}

/** The words of a folded text and where they start, in order. */
interface Words {
  starts: number[];
  words: string[];
  /** Each distinct word and where it starts, in order (made when a long text is asked for its head words). */
  at?: Map<string, number[]>;
  /** The distinct words (made when asked for). */
  set?: ReadonlySet<string>;
}

function wordsOf(view: FoldedText): Words {
  if (view.words === undefined) {
    const within = view.within;
    view.words = within?.words !== undefined ? wordsWithin(within.words, view.at ?? 0, view.folded.length) : splitWords(view.folded);
  }
  return view.words;
}

/**
 * The words of the part `[at, at + length)` of a folded text whose words are `all` (see `partView`): the words of the
 * text inside the part, at offsets from the part's start, the two at its edges cut to it. `splitWords` of the part
 * gives the same (a word character is one unit, whatever is around it), without reading its characters again or
 * making a string per word.
 */
function wordsWithin(all: Words, at: number, length: number): Words {
  const end = at + length;
  const starts: number[] = [];
  const words: string[] = [];
  // The first word that ends after the part's start (binary search on the starts).
  let lo = 0;
  let hi = all.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((all.starts[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  let i = lo;
  if (i > 0) {
    const before = all.words[i - 1] as string;
    const from = all.starts[i - 1] as number;
    if (from + before.length > at) i--;
  }
  for (; i < all.starts.length; i++) {
    const from = all.starts[i] as number;
    if (from >= end) break;
    const word = all.words[i] as string;
    const to = from + word.length;
    const a = Math.max(from, at);
    starts.push(a - at);
    words.push(a === from && to <= end ? word : word.slice(a - from, Math.min(to, end) - from));
  }
  return { starts, words };
}

/** The runs of word characters of a folded string and where each starts. */
function splitWords(folded: string): Words {
  // A long text's words outlive young-generation collections: a repeated word shares its first slice, and its own
  // slice dies young (less for the garbage collector to copy and mark); its lists are made at their size
  // (`sizedArray`). A résumé's die young anyway: no map, lists grown as they go.
  const long = folded.length >= LONG_TEXT_CHARS;
  const count = long ? countRuns(folded) : 0;
  const out: Words = { starts: long ? sizedArray(count) : [], words: long ? sizedArray(count) : [] };
  const first = long ? new Map<string, string>() : undefined;
  const n = folded.length;
  let i = 0;
  let k = 0;
  while (k < n) {
    if (!isWordCode(folded, k)) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < n && isWordCode(folded, end)) end++;
    const word = folded.slice(k, end);
    out.starts[i] = k;
    out.words[i] = first ? sharedString(first, word) : word;
    i++;
    k = end;
  }
  return out;
}

/** How many runs of word characters `splitWords` finds in a folded string. */
function countRuns(folded: string): number {
  let count = 0;
  let inRun = false;
  for (let k = 0; k < folded.length; k++) {
    const word = isWordCode(folded, k);
    if (word && !inRun) count++;
    inRun = word;
  }
  return count;
}

/**
 * An array of `length` empty slots, to be filled in order: a long text's lists are made at their size. Grown by
 * appends, a list of more than ~16k items is copied into V8's large-object space at each growth, ~3 times its size
 * in all and every page of it mapped afresh; those page faults made long texts cost more than linearly.
 */
export function sizedArray<T>(length: number): T[] {
  return new Array<T>(length);
}

/** Texts this long intern their words (`sharedString`): far longer than a résumé, as long as an attack. */
export const LONG_TEXT_CHARS = 100_000;

/** The first of equal strings met (`first` maps each to it). */
export function sharedString(first: Map<string, string>, s: string): string {
  const known = first.get(s);
  if (known !== undefined) return known;
  first.set(s, s);
  return s;
}

/** Texts with more words than this get a map of their distinct words: many patterns look up their heads in them. */
const MAP_WORDS = 48;

/** Where the words of a text that are in `heads` start, in order: a short text's words are walked, a long one's map. */
function headStarts(words: Words, heads: ReadonlySet<string>): number[] {
  if (words.words.length <= MAP_WORDS) {
    // Most lines hold no head word of a pattern: an array is made at the first one only. A word whose shape (length,
    // first letter) no head has is passed over without a lookup in the set.
    const shapes = headShapes(heads);
    let out: number[] | undefined;
    for (let i = 0; i < words.words.length; i++) {
      const word = words.words[i] as string;
      const shape = shapeOf(word);
      if ((shapes[shape >>> 5] as number) & (1 << (shape & 31)) && heads.has(word)) (out ??= []).push(words.starts[i] as number);
    }
    return out ?? NO_STARTS;
  }
  const map = wordMap(words);
  const lists: number[][] = [];
  if (heads.size < map.size) {
    for (const h of heads) {
      const at = map.get(h);
      if (at) lists.push(at);
    }
  } else {
    for (const [w, at] of map) if (heads.has(w)) lists.push(at);
  }
  if (lists.length <= 1) return lists[0] ?? NO_STARTS;
  // Each list is in text order: merge them pairwise (linear in the positions for a few lists), no sort.
  let merged = lists;
  while (merged.length > 1) {
    const next: number[][] = [];
    for (let i = 0; i < merged.length; i += 2)
      next.push(i + 1 < merged.length ? mergeSorted(merged[i] as number[], merged[i + 1] as number[]) : (merged[i] as number[]));
    merged = next;
  }
  return merged[0] ?? [];
}

/** A word's shape: its length (31 for longer) and the low six bits of its first unit, as a bit index of `headShapes`. */
function shapeOf(word: string): number {
  return (Math.min(word.length, 31) << 6) | (word.charCodeAt(0) & 63);
}

/** The shapes (`shapeOf`) of a set of head words as a bit set, made once per set: a word of no such shape is none of them. */
const HEAD_SHAPES = new WeakMap<ReadonlySet<string>, Uint32Array>();

function headShapes(heads: ReadonlySet<string>): Uint32Array {
  let bits = HEAD_SHAPES.get(heads);
  if (bits === undefined) {
    bits = new Uint32Array(64);
    for (const h of heads) {
      const shape = shapeOf(h);
      bits[shape >>> 5] = (bits[shape >>> 5] as number) | (1 << (shape & 31));
    }
    HEAD_SHAPES.set(heads, bits);
  }
  return bits;
}

/** The starts of a text without a head word, shared: `headStarts` gives arrays to read, never to change. */
const NO_STARTS: number[] = [];

/** Each distinct word of a text and where it starts, in order (made once per text). */
function wordMap(words: Words): Map<string, number[]> {
  if (words.at) return words.at;
  words.at = words.words.length >= SIZED_LIST_WORDS ? sizedWordMap(words) : grownWordMap(words);
  return words.at;
}

/** Texts with this many words get `wordMap` lists made at their size (`sizedArray`): far more than a résumé's. */
const SIZED_LIST_WORDS = 16_384;

function grownWordMap(words: Words): Map<string, number[]> {
  const at = new Map<string, number[]>();
  for (let i = 0; i < words.words.length; i++) {
    const w = words.words[i] as string;
    const list = at.get(w);
    if (list) list.push(words.starts[i] as number);
    else at.set(w, [words.starts[i] as number]);
  }
  return at;
}

/** `wordMap` with each list made at its size: the words are counted first, then placed (same lists, same order). */
function sizedWordMap(words: Words): Map<string, number[]> {
  const slots = new Map<string, { list: number[]; filled: number }>();
  for (let i = 0; i < words.words.length; i++) {
    const w = words.words[i] as string;
    const slot = slots.get(w);
    if (slot) slot.filled++;
    else slots.set(w, { list: [], filled: 1 });
  }
  for (const slot of slots.values()) {
    slot.list = sizedArray(slot.filled);
    slot.filled = 0;
  }
  for (let i = 0; i < words.words.length; i++) {
    const slot = slots.get(words.words[i] as string) as { list: number[]; filled: number };
    slot.list[slot.filled++] = words.starts[i] as number;
  }
  const at = new Map<string, number[]>();
  for (const [w, slot] of slots) at.set(w, slot.list);
  return at;
}

/**
 * Which patterns of a list may match a text, read off the text's distinct words in one pass instead of trying each
 * pattern: a pattern whose head words (the words any match starts with, folded; undefined for "anything") are not
 * among the text's words cannot match.
 */
export class WordGate {
  /** Every head word of the patterns; undefined when one of them may start anywhere. */
  readonly heads: ReadonlySet<string> | undefined;
  readonly #byWord = new Map<string, number[]>();
  readonly #always: number[] = [];
  readonly #size: number;
  #lastText: string | undefined;
  #last = new Uint8Array(0);

  constructor(heads: ReadonlyArray<ReadonlySet<string> | undefined>) {
    this.#size = heads.length;
    this.heads = heads.every((h) => h !== undefined) ? new Set(heads.flatMap((h) => [...(h as ReadonlySet<string>)])) : undefined;
    heads.forEach((words, index) => {
      if (!words) this.#always.push(index);
      else for (const w of words) this.#byWord.set(w, [...(this.#byWord.get(w) ?? []), index]);
    });
  }

  /** Drops the last text and its flags (see `forgetTexts`). */
  forgetText(): void {
    this.#lastText = undefined;
    this.#last = new Uint8Array(0);
  }

  /** One flag per pattern, 1 when it may match `text` (the array is shared: read it, don't change it). */
  open(text: string): Uint8Array {
    if (text === this.#lastText) return this.#last;
    const open = new Uint8Array(this.#size);
    for (const i of this.#always) open[i] = 1;
    const words = foldedWords(text);
    if (this.#byWord.size < words.size) {
      for (const [w, at] of this.#byWord) if (words.has(w)) for (const i of at) open[i] = 1;
    } else {
      for (const w of words) {
        const at = this.#byWord.get(w);
        if (at) for (const i of at) open[i] = 1;
      }
    }
    this.#lastText = text;
    this.#last = open;
    holdingText.add(this);
    return open;
  }
}

/** A set of words, asked whether a word begins with a digit or with one of them (a trie of their characters). */
export class WordPrefixes {
  readonly #root: PrefixNode = { end: false, next: new Map() };

  constructor(words: Iterable<string>) {
    for (const w of words) {
      let node = this.#root;
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        let next = node.next.get(c);
        if (!next) node.next.set(c, (next = { end: false, next: new Map() }));
        node = next;
      }
      node.end = true;
    }
  }

  /** Whether `word` begins with an ASCII digit or with one of the words. */
  starts(word: string): boolean {
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) return true;
    let node: PrefixNode | undefined = this.#root;
    for (let k = 0; k < word.length; k++) {
      node = node.next.get(word.charCodeAt(k));
      if (!node) return false;
      if (node.end) return true;
    }
    return false;
  }

  /** Where the words that begin with a digit or one of the words start, in order. */
  startsIn(words: Words): number[] {
    const out: number[] = [];
    for (let i = 0; i < words.words.length; i++) if (this.starts(words.words[i] as string)) out.push(words.starts[i] as number);
    return out;
  }
}

interface PrefixNode {
  end: boolean;
  next: Map<number, PrefixNode>;
}

/** Where the words of `text` that are in `heads` start, in order (folded, see `foldText`): a line of it without one cannot match a pattern with those heads. */
export function headPositions(text: string, heads: ReadonlySet<string>): readonly number[] {
  return headStarts(wordsOf(foldedView(text)), heads);
}

/**
 * Where a match of any of the phrases may start: their head words (see `headsOf`) and, for phrases led by punctuation,
 * their lead characters (see `ledHeadsOf`). Undefined when a phrase may start anywhere.
 */
export function startsOf(phrases: readonly string[]): LedHeads | undefined {
  const words = headsOf(phrases);
  return words ? { words, leads: new Set<number>() } : ledHeadsOf(phrases);
}

/** Where the matches of phrases with `led` (see `startsOf`) may start in `text`, in order: `headPositions` that also reads lead characters. */
export function startPositions(text: string, led: LedHeads): readonly number[] {
  const view = foldedView(text);
  return led.leads.size === 0 ? headStarts(wordsOf(view), led.words) : ledStarts(wordsOf(view), view.folded, led);
}

/** `headPositions` of the words that start in [from, to) only: a reader of one section looks up that section's words, not the whole text's. */
export function headPositionsIn(text: string, heads: ReadonlySet<string>, from: number, to: number): number[] {
  const { starts, words } = wordsOf(foldedView(text));
  const out: number[] = [];
  for (let i = numberIndexFrom(starts, from); i < starts.length && (starts[i] as number) < to; i++) {
    if (heads.has(words[i] as string)) out.push(starts[i] as number);
  }
  return out;
}

/** True when a sorted list has a value in [from, to). */
export function anyBetween(sorted: readonly number[], from: number, to: number): boolean {
  const first = firstFrom(sorted, from);
  return first !== undefined && first < to;
}

/** True when [start, end) is a whole line of `text`: its words are the text's words there, none cut. */
export function isWholeLine(text: string, start: number, end: number): boolean {
  return (start === 0 || text.charCodeAt(start - 1) === 10) && (end === text.length || text.charCodeAt(end) === 10);
}

/** Two ascending lists as one. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

/** The distinct words of a text, folded (see `foldText`): what a head-word check needs. */
export function foldedWords(text: string): ReadonlySet<string> {
  const words = wordsOf(foldedView(text));
  words.set ??= new Set(words.words);
  return words.set;
}

/**
 * The words a match of any of the phrases starts with, folded (see `foldText`); undefined when a phrase may start
 * with a wildcard or a year. A hyphenated first word gives its first part and the parts written together.
 */
export function headsOf(phrases: readonly string[]): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const phrase of phrases) if (!addHeads(phrase, out)) return undefined;
  return out;
}

/**
 * The heads of each phrase of a list (trimmed, non-empty, in the list's order of first appearance): one word, or
 * several in `addHeads`' order; null when a phrase may start with any word. `headsOf` of the list is their union.
 */
type PhraseHeads = ReadonlyMap<string, string | readonly string[] | null>;

function phraseHeads(list: readonly string[]): PhraseHeads {
  const out = new Map<string, string | readonly string[] | null>();
  // One set reused for each phrase's heads (a set per phrase made the first parse allocate hundreds).
  const heads = new Set<string>();
  for (const phrase of list) {
    const s = phrase.trim();
    if (s === '' || out.has(s)) continue;
    heads.clear();
    if (!addHeads(s, heads)) out.set(s, null);
    else if (heads.size === 1) out.set(s, heads.values().next().value as string);
    else out.set(s, [...heads]);
  }
  return out;
}

/** `headsOf` a list from its phrases' heads (`phraseHeads`). */
function headsFrom(heads: PhraseHeads): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const own of heads.values()) {
    if (own === null) return undefined;
    if (typeof own === 'string') out.add(own);
    else for (let k = 0; k < own.length; k++) out.add(own[k] as string);
  }
  return out;
}

/** Adds the words `phrase` may start with (folded) to `out`; false when it may start with any word (see `headsOf`). */
function addHeads(phrase: string, out: Set<string>): boolean {
  // A first word of letters and digits (most phrases) is its own head, as `addHeadWord` reads it; it is read without
  // splitting the whole phrase into its slots when no bracket comes before its end (the first slot is then the
  // phrase up to its first space).
  const s = phrase.trim();
  if (s === '') return true;
  const space = s.indexOf(' ');
  const first = space < 0 ? s : s.slice(0, space);
  const bracket = first.includes('(') || first.includes(')');
  const head = bracket ? undefined : singleRun(first);
  if (head !== undefined) {
    out.add(head);
    return true;
  }
  // A first word with no bracket is the first slot whole (`tokens` splits at spaces outside brackets), never a choice:
  // `addHeadsFrom` reads it as `addHeadWord` does ("hands-on", "learning:", and `*` or `<year>`, which have none).
  if (!bracket) return addHeadWord(first, out);
  return addChoiceHeads(s, out) || (addChoiceWordHeads(s, out) ?? addHeadsFrom(tokens(s), out));
}

/**
 * The heads of a phrase (trimmed) that opens with a choice of options none empty, none bracketed, none starting with a
 * space, with nothing glued after its bracket ("(we have|we've) …", "(2:1|2.1) …"): each option's first word read as
 * `addHeadWord` reads it, in the options' order, as `addHeadsFrom` gives them (false when one has none). Undefined,
 * adding nothing, for any other phrase.
 */
function addChoiceWordHeads(s: string, out: Set<string>): boolean | undefined {
  if (s.charCodeAt(0) !== 40) return undefined;
  const close = s.indexOf(')');
  if (close < 0 || (close + 1 < s.length && s.charCodeAt(close + 1) !== 32)) return undefined;
  const body = s.slice(1, close);
  if (body.includes('(')) return undefined;
  const options = body.split('|');
  for (const o of options) if (o === '' || o.charCodeAt(0) === 32) return undefined;
  for (const o of options) {
    const space = o.indexOf(' ');
    if (!addHeadWord(space < 0 ? o : o.slice(0, space), out)) return false;
  }
  return true;
}

/**
 * Adds the heads of a phrase (trimmed) that opens with a plain choice (`plainChoiceEnd`: "(followed up|tracked) …", a
 * fifth of a lexicon's phrases): each option's first word, as `addHeadsFrom` reads them, without splitting the phrase
 * into slots or folding. False, adding nothing, for any other phrase.
 */
function addChoiceHeads(s: string, out: Set<string>): boolean {
  const close = plainChoiceEnd(s);
  if (close < 0) return false;
  for (const o of s.slice(1, close).split('|')) {
    const space = o.indexOf(' ');
    out.add(space < 0 ? o : o.slice(0, space));
  }
  return true;
}

/**
 * Where the choice a phrase (trimmed) opens with closes, when it is plain: options of lowercase ASCII letters and digits
 * between single spaces, none empty, split by bars, and nothing glued after its bracket; -1 for any other phrase.
 */
function plainChoiceEnd(s: string): number {
  if (s.charCodeAt(0) !== 40) return -1;
  const close = s.indexOf(')');
  if (close < 0 || (close + 1 < s.length && s.charCodeAt(close + 1) !== 32)) return -1;
  let gap = true;
  for (let k = 1; k < close; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) gap = false;
    else if ((c === 124 || c === 32) && !gap) gap = true;
    else return -1;
  }
  return gap ? -1 : close;
}

/**
 * Where the matches of a list of phrases may start when some phrase opens with punctuation ("¿tiene", which no head
 * word describes: `headsOf` gives undefined): the head words of the other phrases, and the first characters (UTF-16
 * units, folded) of the punctuation-led ones. Undefined when a phrase may open with a wildcard, a year, an
 * alternation or a hyphen (then any position may start a match), or when every phrase has a head word.
 */
export function ledHeadsOf(phrases: readonly string[]): { words: ReadonlySet<string>; leads: ReadonlySet<number> } | undefined {
  const words = new Set<string>();
  const leads = new Set<number>();
  const heads = new Set<string>();
  for (const phrase of phrases) {
    heads.clear();
    if (addHeads(phrase, heads)) {
      heads.forEach((h) => words.add(h));
      continue;
    }
    const units = leadUnits(phrase);
    if (units === undefined) return undefined;
    for (const u of units) leads.add(u);
  }
  return leads.size > 0 ? { words, leads } : undefined;
}

/**
 * The first UTF-16 units a match of a phrase led by a literal word of punctuation may start with ("¿tiene": `¿`;
 * an apostrophe matches either form), as `wordSource` writes the word; undefined for any other first slot.
 */
function leadUnits(phrase: string): number[] | undefined {
  const first = tokens(phrase)[0];
  if (first === undefined || isWildcard(first) || first === '<year>' || altBody(first) !== undefined) return undefined;
  // A leading hyphen matches a space or nothing (see `wordSource`): such a match may start anywhere.
  if (first.startsWith('-')) return undefined;
  const folded = foldUncached(first);
  if (folded === '' || isWordCode(folded, 0)) return undefined;
  const c = folded.charAt(0);
  return c === "'" || c === '’' ? [39, 8217] : [folded.charCodeAt(0)];
}

/** Adds the heads of the first required slot of `slots` (an optional alternation reads on to the next slot). */
function addHeadsFrom(slots: readonly string[], out: Set<string>): boolean {
  const first = slots[0];
  if (first === undefined || isWildcard(first) || first === '<year>') return false;
  const alt = altBody(first);
  if (alt === undefined) return addHeadWord(first, out);
  const options = alt.split('|');
  for (const o of options) if (o !== '' && !addHeadsFrom(tokens(o), out)) return false;
  return options.includes('') ? addHeadsFrom(slots.slice(1), out) : true;
}

/** Adds the head of one literal word; false when it starts with punctuation. */
function addHeadWord(word: string, out: Set<string>): boolean {
  // A match starting with punctuation (".NET") starts at no word: only "anything" describes it.
  const folded = foldUncached(word);
  if (!isWordCode(folded, 0)) return false;
  // Its first run of letters and digits (read by code point, as a `u` pattern reads them), without splitting it all.
  out.add(folded.slice(0, wordRunEnd(folded, 1)));
  if (word.includes('-')) out.add(foldUncached(word.split(/['’]/u)[0] as string).replace(/-/gu, ''));
  return true;
}

/** Each head word of a list of phrases and the words a match may read right after it (folded); null: any, or none. */
type NextWords = ReadonlyMap<string, ReadonlySet<string> | null>;

/** Most ways the first two words of one phrase may be read before `nextWordsOf` gives up (no filter). */
const MAX_PREFIXES = 256;
/** In a prefix of `nextWordsOf`, the word after a head that a wildcard or year reads: any. */
const ANY_NEXT = '*';

/**
 * The words a match of the phrases may read right after each head word, when some head allows only a few ("for"
 * then "the", "our", …): a head followed by another word in the text starts no match. Read as the text's words are
 * (runs of letters and digits, folded): a literal's runs are the text's runs where it matches, and a hyphen inside
 * a word may match nothing (its parts then run together). Undefined when no head is restricted, or when a wildcard,
 * a year or punctuation may open a match.
 */
export function nextWordsOf(phrases: readonly string[]): NextWords | undefined {
  const out = new Map<string, Set<string> | null>();
  const add = (head: string, next: string): void => {
    const known = out.get(head);
    if (known === null) return;
    if (next === ANY_NEXT) out.set(head, null);
    else if (known) known.add(next);
    else out.set(head, new Set([next]));
  };
  for (const phrase of phrases) {
    const s = phrase.trim();
    if (s === '') continue;
    // Most phrases start with one or two words of letters and digits: each reads as its folded self (see `wordRuns`).
    // With no bracket before the second word's end, the first two slots are the phrase's first two space-separated
    // words: they are read without splitting the whole phrase.
    const end = s.indexOf(' ');
    const from = end < 0 ? -1 : s.length - s.slice(end).trimStart().length;
    const to = from < 0 ? -1 : s.indexOf(' ', from);
    const firstTwo = end < 0 ? s : s.slice(0, to < 0 ? s.length : to);
    if (!firstTwo.includes('(') && !firstTwo.includes(')')) {
      const head = singleRun(end < 0 ? s : s.slice(0, end));
      const second = end < 0 ? ANY_NEXT : singleRun(s.slice(from, to < 0 ? s.length : to));
      if (head !== undefined && second !== undefined) {
        add(head, second);
        continue;
      }
    }
    if (addChoiceNext(s, add)) continue;
    const words = tokens(s);
    let open: string[][] = [[]];
    for (const token of words) {
      const alt = altBody(token);
      const options = alt !== undefined ? alt.split('|') : [token];
      const next: string[][] = [];
      for (const prefix of open) {
        for (const option of options) {
          const read = option === '' ? [prefix] : readOn(prefix, option.split(' '));
          if (read === undefined) return undefined;
          for (const r of read) {
            if (r.length >= 2) add(r[0] as string, r[1] as string);
            else next.push(r);
          }
        }
      }
      if (next.length > MAX_PREFIXES) return undefined;
      open = next;
      if (open.length === 0) break;
    }
    // A phrase that may end after its head word: anything may follow it.
    for (const prefix of open) if (prefix.length === 1) add(prefix[0] as string, ANY_NEXT);
  }
  return [...out.values()].some((v) => v !== null) ? out : undefined;
}

/**
 * `nextWordsOf`'s pairs of a phrase (trimmed) that opens with a plain choice (`plainChoiceEnd`) followed by nothing, by
 * one plain word or by another plain choice: an option of two words or more gives its first two, then each one-word
 * option that word, each first word of the next choice's options (or any word at the phrase's end), in the order the
 * slots' reading gives them. False, adding nothing, for any other phrase.
 */
function addChoiceNext(s: string, add: (head: string, next: string) => void): boolean {
  const close = plainChoiceEnd(s);
  if (close < 0) return false;
  // What follows the slot: nothing, one plain word (after one space) that ends the phrase or is followed by a space,
  // or another plain choice (each of whose options' first word may follow).
  let after = [ANY_NEXT];
  if (close + 1 < s.length) {
    const rest = s.slice(close + 2);
    const next = plainChoiceEnd(rest);
    if (next >= 0) after = rest.slice(1, next).split('|').map(firstWord);
    else {
      after = [firstWord(rest)];
      if (!isPlainWord(after[0] as string)) return false;
    }
  }
  const options = s.slice(1, close).split('|');
  // More one-word options than `MAX_PREFIXES` make the whole list give up: the slots' reading says so.
  if (options.length > MAX_PREFIXES) return false;
  for (const o of options) {
    const space = o.indexOf(' ');
    if (space < 0) continue;
    const second = o.indexOf(' ', space + 1);
    add(o.slice(0, space), o.slice(space + 1, second < 0 ? o.length : second));
  }
  for (const o of options) if (!o.includes(' ')) for (const a of after) add(o, a);
  return true;
}

/** The first word of a string (up to its first space). */
function firstWord(s: string): string {
  const space = s.indexOf(' ');
  return space < 0 ? s : s.slice(0, space);
}

/** A literal word of letters and digits only, folded: the one run `wordRuns` reads it as; undefined for any other. */
function singleRun(word: string): string | undefined {
  if (isPlainWord(word)) return word;
  const folded = foldUncached(word);
  if (folded === '') return undefined;
  for (let k = 0; k < folded.length; k++) if (!isWordCode(folded, k)) return undefined;
  return folded;
}

/**
 * The ways the words of one slot's option go on a prefix of fewer than two runs, each a prefix of up to two runs
 * (`ANY_NEXT` second after a wildcard or year); undefined when a wildcard, a year or punctuation may open a match,
 * or the option is not plain words.
 */
function readOn(prefix: readonly string[], words: readonly string[]): string[][] | undefined {
  let ways: string[][] = [[...prefix]];
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    const next: string[][] = [];
    for (let i = 0; i < ways.length; i++) {
      const way = ways[i] as string[];
      if (way.length >= 2) {
        next.push(way);
        continue;
      }
      if (isWildcard(word) || word === '<year>') {
        if (way.length === 0) return undefined;
        next.push([way[0] as string, ANY_NEXT]);
        continue;
      }
      const variants = wordRuns(word, way.length === 0);
      if (variants === undefined) return undefined;
      // The way's first two words (`[...way, ...runs].slice(0, 2)`, without the copies).
      for (let r = 0; r < variants.length; r++) {
        const runs = variants[r] as string[];
        next.push(way.length === 0 ? runs.slice(0, 2) : [way[0] as string, runs[0] as string]);
      }
    }
    ways = next;
  }
  return ways;
}

/**
 * The runs of letters and digits one literal word of a phrase is read as (folded), for each way its hyphens match
 * (a hyphen, a space or nothing); undefined when it is not a plain word or, `first`, starts with punctuation.
 */
function wordRuns(word: string, first: boolean): string[][] | undefined {
  // A word of lowercase ASCII letters and digits is its own one run (most words of a lexicon).
  if (isPlainWord(word)) return [[word]];
  if (/[()|*<>]/u.test(word)) return undefined;
  const parts = word.split('-');
  if (parts.length > 4) return undefined;
  let forms = [''];
  for (let i = 0; i < parts.length; i++) forms = i === 0 ? [parts[0] as string] : forms.flatMap((f) => [`${f}${parts[i]}`, `${f} ${parts[i]}`]);
  const out: string[][] = [];
  for (const form of forms) {
    const folded = foldUncached(form);
    if (/[\ud800-\udfff]/u.test(folded)) return undefined;
    if (first && !isWordCode(folded, 0)) return undefined;
    const runs = splitWords(folded).words;
    if (runs.length === 0) return undefined;
    out.push(runs);
  }
  return out;
}

/** The head starts whose next word may follow that head (`nextWordsOf`): a match can start at no other. */
function followedStarts(words: Words, starts: readonly number[], next: NextWords): number[] {
  const out: number[] = [];
  for (const start of starts) {
    const i = numberIndexFrom(words.starts, start);
    const allowed = next.get(words.words[i] as string);
    if (allowed === null || allowed === undefined || allowed.has(words.words[i + 1] as string)) out.push(start);
  }
  return out;
}

/** Whether a regex source has a capturing group (whose text is mapped back to the input, which needs its indices). */
function hasCapturingGroup(source: string): boolean {
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[k + 1] !== '?' || (source[k + 2] === '<' && source[k + 3] !== '=' && source[k + 3] !== '!'))) return true;
  }
  return false;
}

/** A `LexiconRegExp` from a source whose letters are lowercase (the phrase sources of this module are). */
export function lexiconRegExp(source: string, flags = 'u'): RegExp {
  return new LexiconRegExp(source, flags);
}

/**
 * A `LexiconRegExp` whose every match starts at a word: its source starts with `WORD_START` and each of its
 * alternatives with a letter or digit. It is tried at the text's word starts only, not at every character; with
 * `startWords` (folded, see `headsOf`), only at the words that begin with a digit or with one of them.
 * `foldedGroups`: see the `LexiconRegExp` constructor.
 */
export function wordStartRegExp(source: string, flags = 'u', startWords?: ReadonlySet<string>, foldedGroups = false): RegExp {
  if (!source.startsWith(WORD_START)) throw new Error(`A word-start pattern must start with WORD_START: ${source.slice(0, 40)}`);
  return startWords ? LexiconRegExp.startingWith(source, flags, startWords, foldedGroups) : new LexiconRegExp(source, flags, undefined, true, foldedGroups);
}

/** Folded forms of the UTF-16 units above U+024F met so far (dashes, bullets, quotes…): a memo of `foldUnit`, one character each. */
const FOLDED_UNITS = new Map<number, string>();

/** One non-ASCII UTF-16 unit at `k`, folded (see `foldUnit`); surrogates stay as they are. */
function foldCode(s: string, k: number, code: number): string {
  if (code < 0x250) return (LATIN[code - 0x80] ??= foldUnit(String.fromCharCode(code)));
  if (code >= 0xd800 && code <= 0xdfff) return s.charAt(k);
  let folded = FOLDED_UNITS.get(code);
  if (folded === undefined) {
    folded = foldUnit(s.charAt(k));
    FOLDED_UNITS.set(code, folded);
  }
  return folded;
}
/** Letters with a stroke, which have no decomposition: written without it too ("Ærø", "Łódź", "Đorđe"). */
const STROKED: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ŧ: 't', ı: 'i' };

/** Folded forms of U+0080–U+024F (Latin-1 and Latin Extended A and B), each computed on first use (most texts meet few). */
const LATIN: Array<string | undefined> = new Array(0x250 - 0x80);

/** One UTF-16 unit, lowercase and without its accent when that keeps it one unit ("É" → "e", "ß" stays). */
function foldUnit(ch: string): string {
  const lower = ch.toLowerCase();
  const one = lower.length === 1 ? lower : ch;
  const stroke = STROKED[one];
  if (stroke) return stroke;
  const parts = one.normalize('NFD');
  if (parts.length === 1 || !unicodeLiteral`/^\p{M}+$/u`.test(parts.slice(1))) return one;
  const base = parts.charAt(0).toLowerCase();
  return base.length === 1 ? base : one;
}

/**
 * The text lexicon patterns read: lowercase, accents removed, one unit for one unit, so offsets into it are
 * offsets into the text ("Expérience" → "experience"; a letter whose lowercase or base form would change the
 * length stays as written).
 */
export function foldText(s: string): string {
  return foldedView(s).folded;
}

/** A text, its folded form and (once asked for) its words. */
interface FoldedText {
  readonly text: string;
  readonly folded: string;
  words?: Words;
  /** Whether its letters and digits are all ASCII (see `asciiWordsOnly`). */
  asciiWords?: boolean;
  /** The document this text was found in and folded from (see `partView`), where its words are read. */
  readonly within?: FoldedText;
  /** Where the text starts in `within`. */
  readonly at?: number;
  /** Where the last part found in this document starts (see `partView`). */
  lastPart?: number;
  /** A document whose fold is its units' folds one by one: a part of it folds to the same part of its fold (see `foldsByUnit`). */
  byUnit?: boolean;
  /** The patterns (not sticky) that found no match in this text, each from the least place it searched from. */
  failedFrom?: Map<LexiconRegExp, number>;
  /** The match of each pattern without `g` or `y` that found one in this text (see `LexiconRegExp.exec`). */
  found?: Map<LexiconRegExp, RegExpExecArray>;
}

/** A copy of a match, its groups and indices (a caller may change the one it is given). */
function copiedMatch(m: RegExpExecArray): RegExpExecArray {
  const out = m.slice() as RegExpExecArray;
  out.index = m.index;
  out.input = m.input;
  out.groups = m.groups === undefined ? undefined : Object.assign(Object.create(null), m.groups);
  if (m.indices !== undefined) {
    const span = (at: [number, number] | undefined) => (at === undefined ? undefined : ([at[0], at[1]] as [number, number]));
    const indices = m.indices.map(span) as RegExpIndicesArray;
    const groups = m.indices.groups;
    if (groups === undefined) (indices as { groups: unknown }).groups = undefined;
    else {
      indices.groups = Object.create(null) as NonNullable<RegExpIndicesArray['groups']>;
      for (const name of Object.keys(groups)) indices.groups[name] = span(groups[name]) as [number, number];
    }
    out.indices = indices;
  }
  return out;
}

/**
 * The last few texts folded: the patterns of a reader run one after another on the same text and on its lines.
 * A pure memo (a text always folds to the same output), so it carries nothing between calls that could change a
 * result. Sixteen, not four: readers go back to a line after reading a few others (a bullet, its masked copy, the
 * lines around it), and a line folded again also loses its words and every pattern's head positions on it (a fifth
 * fewer folds, a quarter fewer word splits of lines on the dev résumés).
 */
const recent: FoldedText[] = [];
const RECENT = 16;
/** The last long text (a whole document) is kept apart, so that the lines read between two passes over it don't evict its words. */
let document: FoldedText | undefined;
/**
 * The long text folded before `document`, kept too: a reader of a long part of the text (a section, an entry's body)
 * between two passes over the whole text made the whole text, its words and each pattern's head positions be read again.
 */
let previousDocument: FoldedText | undefined;
const DOCUMENT_CHARS = 1000;

/**
 * Drops the folded texts kept by the memo: called when a document has been read, so that no résumé text stays in
 * memory after the call that read it.
 */
export function forgetTexts(): void {
  recent.length = 0;
  document = undefined;
  previousDocument = undefined;
  for (const holder of holdingText) holder.forgetText();
  holdingText.clear();
}

/**
 * The patterns, narrowings and gates that keep a view or a text of the document being read (their memo of the last
 * input), emptied by `forgetTexts`: otherwise a pattern that last ran on a document kept its words until it ran again.
 */
const holdingText = new Set<{ forgetText(): void }>();

function foldedView(s: string): FoldedText {
  if (document !== undefined && document.text === s) return document;
  if (previousDocument !== undefined && previousDocument.text === s) {
    // Read again: it is the document being read now (as when it was folded anew).
    const view = previousDocument;
    previousDocument = document;
    document = view;
    return view;
  }
  for (const v of recent) if (v.text === s) return v;
  const view: FoldedText = (s.length >= PART_CHARS && (partView(document, s) ?? partView(previousDocument, s))) || { text: s, folded: foldUncached(s) };
  if (s.length >= DOCUMENT_CHARS) {
    previousDocument = document;
    document = view;
  } else {
    if (recent.length >= RECENT) recent.pop();
    recent.unshift(view);
  }
  return view;
}

/**
 * Texts at least this long are looked for in the documents kept (`partView`) before being folded: most are lines,
 * entries and sections of the document being read. Shorter ones fold faster than they are found.
 */
const PART_CHARS = 24;
/** The longest document whose parts are looked for in it (`partView`): ten pages and more are folded part by part. */
const PART_DOC_MAX = 32_768;

/**
 * The view of `s` when it is a part of the document `doc`: its fold is that part of the document's fold (no second
 * fold), and its words are read off the document's (see `wordsOf`). Only for a document whose fold goes unit by unit
 * (`foldsByUnit`): there a part folds to the same part of the fold, whatever is around it.
 * (A document whose lowercase is longer is folded unit by unit from its own letters, a part of it from its lowercase.)
 */
function partView(doc: FoldedText | undefined, s: string): FoldedText | undefined {
  // Each lookup scans the document: only a document of a résumé's size, so that the lookups of all its lines stay
  // linear in its length (a 400 kB text of short lines made them quadratic).
  if (doc === undefined || s.length >= doc.text.length || doc.text.length > PART_DOC_MAX) return undefined;
  doc.byUnit ??= foldsByUnit(doc.text);
  if (!doc.byUnit) return undefined;
  // Readers ask for lines and their parts in text order: searched for from the last part found, then before it (one
  // scan of the document at most, each a native forward search). Any place the text is found at gives the same view
  // (see `wordsWithin`).
  const from = doc.lastPart ?? 0;
  let at = doc.text.indexOf(s, from);
  if (at < 0 && from > 0) at = doc.text.slice(0, from + s.length - 1).indexOf(s);
  if (at < 0) return undefined;
  doc.lastPart = at;
  const view: FoldedText = { text: s, folded: doc.folded.slice(at, at + s.length), within: doc, at };
  if (doc.asciiWords === true) view.asciiWords = true;
  return view;
}

/**
 * Whether `foldUncached` of a text is the fold of each of its units alone, so that a part of the text folds to the same
 * part of its fold: lowercasing kept every unit one unit (a text of the Basic Multilingual Plane whose lowercase has its
 * length: no unit can lose one), and no capital sigma, whose lowercase depends on the letters around it.
 */
function foldsByUnit(text: string): boolean {
  return !CONTEXT_FOLDED.test(text) && text.toLowerCase().length === text.length;
}
/** Surrogates (units that fold as pairs) and the capital sigma (final or not by its neighbours). */
const CONTEXT_FOLDED = /[\u03a3\ud800-\udfff]/;

function foldUncached(s: string): string {
  const lower = s.toLowerCase();
  // Lowercase kept the length (the usual case): only its non-ASCII units need folding, runs of ASCII are copied.
  if (lower.length === s.length) {
    // Up to the first non-ASCII unit (found by a native scan) there is nothing to fold.
    const first = lower.search(NON_ASCII);
    if (first < 0) return lower;
    let out = '';
    let run = 0;
    for (let i = first; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (c < 0x80) continue;
      out += lower.slice(run, i) + foldCode(lower, i, c);
      run = i + 1;
    }
    return out + lower.slice(run);
  }
  const out: string[] = new Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c < 0x80 ? (c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s.charAt(i)) : foldCode(s, i, c);
  }
  return out.join('');
}

/** Lowercased, accent-folded form for set lookups of single words. */
export function fold(s: string): string {
  // An ASCII word has no accent to remove (its decomposition is itself).
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(unicodeLiteral`/\p{M}/gu`, '').toLowerCase();
}

/** Most literal forms one phrase may expand to (a heading list is looked up by key, not matched as a pattern). */
const MAX_EXPANSIONS = 64;

/** Every literal form of a phrase: `(a|b|)` expanded, `*` and `<year>` kept as written ("about *"). */
export function expandPhrase(phrase: string): string[] {
  let forms = [''];
  for (const token of tokens(phrase)) {
    const alt = altBody(token);
    const options = alt !== undefined ? alt.split('|') : [token];
    const next: string[] = [];
    for (const f of forms) for (const o of options) if (next.length < MAX_EXPANSIONS) next.push(o === '' ? f : f === '' ? o : `${f} ${o}`);
    forms = next;
  }
  return forms.filter((f) => f !== '');
}
