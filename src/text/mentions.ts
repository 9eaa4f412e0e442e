import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import type { EntryKind, SectionName } from '../schemas';
import type { AliasEntry, FuzzyItem, PhraseIndex, TrieNode, TrieRoot } from './trie';
import type { CueWords, NegationIndex } from './negation';
import type { Lexicon } from './lexicon';
import { isContextWord, phraseNorms, type Stemmer, type Token } from './tokens';
import { fold, unicodeRegex } from './phrases';

/** A place where the text names a skill or a certification. */
export interface Mention {
  target: 'skill' | 'cert';
  id: string;
  start: number;
  end: number;
  text: string;
  section: SectionName;
  via: 'exact' | 'alias' | 'fuzzy';
  confidence: number;
  /** Set when the alias counts only inside work entries of these kinds. */
  entryKinds?: ReadonlySet<EntryKind>;
  /** Set when the alias names the skill without dating it: the entry it stands in adds no years. */
  undated?: true;
  /** Set when the alias names a hosted service one builds on or secures: a security sentence's object is no evidence. */
  platform?: true;
  /** Set when the skill is one an alias names besides its own ("AWS" in "AWS IAM"): evidence of a person, no ask of a job ad. */
  also?: true;
  /** In a job ad, the skills named besides this one at its place ("aws" for "AWS Bedrock"), kept apart from the ad's lists. */
  companions?: readonly string[];
}

/**
 * Finds every alias mention in one linear pass over the tokens, longest match first. `words` holds the comparison
 * forms of the words that join a head noun to its qualifier ("de", "des") and of "and" (see `mentionWordsFor`); `negatedCerts`, when
 * given, receives the certification mentions a negation dropped; `keepsAssessed`, when given, tells the skills that count
 * in the object of an assurance verb ("Evaluated vulnerability management processes" gives none of the others);
 * `negatedSkills`, when given, receives the skill mentions a negation dropped.
 */
export function scanMentions(
  text: string,
  tokens: readonly Token[],
  sectionOf: (offset: number) => SectionName,
  cc: PhraseIndex,
  negation: NegationIndex,
  words: MentionWords = NO_WORDS,
  negatedCerts?: Mention[],
  keepsAssessed?: (id: string) => boolean,
  negatedSkills?: Mention[],
): Mention[] {
  const mentions: Mention[] = [];
  let coveredTo = -1;
  let coveredFrom = -1;
  const coveredIds = new Set<string>();
  const { joiners } = words;
  for (let i = 0; i < tokens.length; i++) {
    const found = longestMatch(tokens, i, cc.trie, cc.maxAliasTokens, sectionOf, words, i <= coveredTo ? [coveredFrom, coveredTo] : NO_COVER);
    const elided = elidedHeadMatch(tokens, i, cc.trie, sectionOf, words, found);
    if (elided && !negation.isNegated((tokens[i] as Token).start, elided.end)) {
      pushMentions(mentions, elided.entries, text, (tokens[i] as Token).start, elided.end, sectionOf((tokens[i] as Token).start));
    }
    if (!found) continue;
    const last = i + found.length - 1;
    // A phrase inside a longer one counts only for another skill and never at the same start
    // ("AI Acceptable Use Policy" is governance and policy writing; "OWASP Top 10 for LLM…" is not "OWASP Top 10").
    if (last <= coveredTo && found.entries.every((e) => coveredIds.has(e.id))) continue;
    if (last > coveredTo) {
      coveredIds.clear();
      coveredFrom = i;
    }
    coveredTo = Math.max(coveredTo, last);
    for (const e of found.entries) coveredIds.add(e.id);
    const first = tokens[i] as Token;
    const end = (tokens[last] as Token).end;
    if (negation.isNegated(first.start, end)) {
      // A certification in a negated clause may still say it lapsed ("preparing the CISSP (my CISM lapsed)").
      if (negatedCerts)
        pushMentions(
          negatedCerts,
          found.entries.filter((e) => e.target === 'cert'),
          text,
          first.start,
          end,
          sectionOf(first.start),
        );
      if (negatedSkills)
        pushMentions(
          negatedSkills,
          found.entries.filter((e) => e.target === 'skill'),
          text,
          first.start,
          end,
          sectionOf(first.start),
        );
      continue;
    }
    // …except a head the longer phrase only qualifies: "audits de sécurité" are audits, as "security audits" are.
    const head = joiners.size > 0 && found.length > 1 ? headMatch(tokens, i, found, cc.trie, words, sectionOf) : undefined;
    for (const e of head?.entries ?? []) coveredIds.add(e.id);
    // In the object of an assurance verb only the skills an assessment itself practises count (`assessedKeeps`).
    const assessed = keepsAssessed !== undefined && negation.isAssessed?.(first.start, end) === true;
    for (const m of [found, ...(head ? [head] : [])]) {
      const to = (tokens[i + m.length - 1] as Token).end;
      const entries = assessed ? m.entries.filter((e) => e.target === 'skill' && keepsAssessed(e.id)) : m.entries;
      pushMentions(mentions, entries, text, first.start, to, sectionOf(first.start));
    }
  }
  return mentions;
}

/**
 * The skills named inside `spans` (sorted, apart) when each alias's section and required context words are set aside:
 * a gap list or a learning row names a field in a few words ("Still learning: machine learning basics"), without the
 * building verb or the skills heading the alias asks for elsewhere. Words that reject an alias still reject it, and a
 * phrase that several skills share keeps the context that tells them apart.
 */
export function skillsNamedLoosely(
  text: string,
  tokens: readonly Token[],
  spans: ReadonlyArray<{ start: number; end: number }>,
  sectionOf: (offset: number) => SectionName,
  cc: PhraseIndex,
  words: MentionWords = NO_WORDS,
): Mention[] {
  const out: Mention[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length && s < spans.length; i++) {
    const first = tokens[i] as Token;
    while (s < spans.length && (spans[s] as { end: number }).end <= first.start) s++;
    const span = spans[s];
    if (!span || first.start < span.start) continue;
    const found = longestMatch(tokens, i, cc.trie, cc.maxAliasTokens, sectionOf, words, NO_COVER, true);
    if (!found) continue;
    const end = (tokens[i + found.length - 1] as Token).end;
    pushMentions(
      out,
      found.entries.filter((e) => e.target === 'skill'),
      text,
      first.start,
      end,
      sectionOf(first.start),
    );
    i += found.length - 1;
  }
  return out;
}

/** The lexicon's words `scanMentions` reads an alias's context with, in comparison form. */
export interface MentionWords {
  /** Words that join a head noun to its qualifier (`normalize.json` → `nounJoiners`: "de", "des", "d'"). */
  readonly joiners: ReadonlySet<string>;
  /** "and" (`sections.json` → `and`): a `rejectBefore` word before one still stands before the alias ("CTO and Head of Product"). */
  readonly coordinators: ReadonlySet<string>;
  /** "or" (`sections.json` → `or`): between two qualifiers of one head noun, "AI or data governance". */
  readonly elisions?: ReadonlySet<string>;
  /**
   * The text's language's false friends (`normalize.json` → `falseFriends`), folded: words that stem like an English
   * word of another sense ("responsable", a lead, like "responsible"). They match only an alias written with them.
   */
  readonly falseFriends?: ReadonlySet<string>;
  /** Adjectives of frequency after a head noun (`normalize.json` → `postposedModifiers`: "anual", "trimestrielle"), read past after an alias's first word. */
  readonly postposed?: ReadonlySet<string>;
  /** Articles and possessives (`normalize.json` → `determiners`: "the", "our", "die", "les", "las"): one after an "and" opens a second noun phrase. */
  readonly determiners?: ReadonlySet<string>;
  /** Nouns of a disposition (`normalize.json` → `traitNouns`: "mindset", "mentalité"): a skill's name beside one names a trait. */
  readonly traits?: ReadonlySet<string>;
}

const NO_WORDS: MentionWords = { joiners: new Set(), coordinators: new Set(), falseFriends: new Set() };
/** No covering phrase (see `holds`). */
const NO_COVER: readonly [number, number] = [-1, -1];

const wordsCache = new WeakMap<Lexicon, MentionWords>();

/** The comparison forms of a lexicon's noun joiners and "and" words (see `MentionWords`). */
export function mentionWordsFor(lex: Lexicon, stemmer: Stemmer): MentionWords {
  const hit = wordsCache.get(lex);
  if (hit) return hit;
  const words: MentionWords = {
    joiners: new Set(lex.normalize.nounJoiners.flatMap((w) => phraseNorms(w, stemmer))),
    coordinators: new Set(lex.sections.and.flatMap((w) => phraseNorms(w, stemmer))),
    elisions: new Set(lex.sections.or.flatMap((w) => phraseNorms(w, stemmer))),
    falseFriends: new Set(lex.normalize.falseFriends.map(fold)),
    postposed: new Set(lex.normalize.postposedModifiers.flatMap((w) => phraseNorms(w, stemmer))),
    determiners: new Set(lex.normalize.determiners.flatMap((w) => phraseNorms(w, stemmer))),
    traits: new Set(lex.normalize.traitNouns.flatMap((w) => phraseNorms(w, stemmer))),
  };
  wordsCache.set(lex, words);
  return words;
}

/** One mention per skill or certification of `entries`, all at [start, end). */
function pushMentions(into: Mention[], entries: readonly AliasEntry[], text: string, start: number, end: number, section: SectionName): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.target}:${entry.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mention: Mention = {
      target: entry.target,
      id: entry.id,
      start,
      end,
      text: text.slice(start, end),
      section,
      via: entry.isName ? 'exact' : 'alias',
      confidence: entry.requireNear || entry.raws || entry.entryKinds ? 0.85 : 0.95,
    };
    if (entry.entryKinds) mention.entryKinds = entry.entryKinds;
    if (entry.undated) mention.undated = true;
    // The other skills an alias names ("Azure" in "Azure OpenAI") are used by securing it too.
    if (entry.platform && !entry.also) mention.platform = true;
    if (entry.also) mention.also = true;
    into.push(mention);
  }
}

/**
 * The longest alias that ends right before a joiner inside the longest match at `i`, for another skill: the head of a
 * head-first phrase ("audits" in "audits de sécurité"; "política de uso aceptable", not its first word, in "política de
 * uso aceptable de la IA").
 */
function headMatch(
  tokens: readonly Token[],
  i: number,
  longest: { length: number; entries: AliasEntry[] },
  trie: TrieRoot,
  words: MentionWords,
  sectionOf: (offset: number) => SectionName,
): { length: number; entries: AliasEntry[] } | undefined {
  let node: TrieRoot | undefined = trie;
  let head: { length: number; entries: AliasEntry[] } | undefined;
  for (let j = i; j < i + longest.length - 1; j++) {
    node = node.next.get((tokens[j] as Token).norm);
    if (!node) break;
    const length = j - i + 1;
    if (node.entries.length === 0 || !words.joiners.has((tokens[j + 1] as Token).norm)) continue;
    const entries = node.entries.filter((e) => !longest.entries.some((l) => l.id === e.id) && holds(e, tokens, i, length, sectionOf, words));
    if (entries.length > 0) head = { length, entries };
  }
  return head;
}

/**
 * A one-word qualifier, an acronym, whose head noun is written once, after a second qualifier joined by "or" ("AI or data
 * governance", "IT or OT security"; "ML and GenAI platform" may name two things): the alias of the qualifier and that head, for a skill the match at
 * `i` does not already name. The mention runs to the head.
 */
function elidedHeadMatch(
  tokens: readonly Token[],
  i: number,
  trie: TrieRoot,
  sectionOf: (offset: number) => SectionName,
  words: MentionWords,
  found: { length: number; entries: AliasEntry[] } | undefined,
): { end: number; entries: AliasEntry[] } | undefined {
  const join = tokens[i + 1];
  const second = tokens[i + 2];
  const head = tokens[i + 3];
  // The first qualifier is an acronym ("AI", "ML", "IT"): a lowercase word before "or" may be a head of its own ("training
  // data or unsigned model artifacts"), or a verb ("presented or contributed to").
  if (!ACRONYM_QUALIFIER.test((tokens[i] as Token).raw)) return undefined;
  if (!words.elisions || !join || !second || !head || !words.elisions.has(join.norm)) return undefined;
  if (!join.joined || !second.joined || !head.joined || head.clause !== (tokens[i] as Token).clause) return undefined;
  const node = trie.next.get((tokens[i] as Token).norm)?.next.get(head.norm);
  if (!node || node.entries.length === 0) return undefined;
  // The second qualifier and the head make a phrase of their own: the first is the qualifier of the same head.
  const entries = node.entries.filter((e) => !found?.entries.some((f) => f.id === e.id) && holds(e, tokens, i, 1, sectionOf, words));
  return entries.length > 0 ? { end: head.end, entries } : undefined;
}

/** An acronym of two to four capitals: a qualifier that names a field ("AI", "ML", "KI", "OT"). */
const ACRONYM_QUALIFIER = /^\p{Lu}{2,4}$/u;

function longestMatch(
  tokens: readonly Token[],
  i: number,
  trie: TrieRoot,
  maxLen: number,
  sectionOf: (offset: number) => SectionName,
  words: MentionWords,
  cover: readonly [number, number] = NO_COVER,
  loose = false,
): { length: number; entries: AliasEntry[] } | undefined {
  // Most words start no alias: they are told apart by one lookup, before anything is made.
  const start = trie.next.get((tokens[i] as Token).norm);
  if (!start) return undefined;
  // The nodes with entries along the path, shortest first (`found` of them): reused arrays, nothing made per word.
  let found = 0;
  let node: TrieNode | undefined = start;
  for (let j = i; ; ) {
    if (node.entries.length > 0) {
      FOUND_LENGTHS[found] = j - i + 1;
      FOUND_ENTRIES[found++] = node.entries;
    }
    j++;
    if (j >= tokens.length || j - i >= maxLen) break;
    let tok = tokens[j] as Token;
    if (!tok.joined) break;
    // "evaluación anual de riesgos": an adjective of frequency right after the first word, before the rest of the alias
    // (convention 366).
    if (j === i + 1 && words.postposed?.has(tok.norm) === true && !node.next.has(tok.norm) && j + 1 < tokens.length && j + 1 - i < maxLen) {
      const after = tokens[j + 1] as Token;
      if (after.joined && node.next.has(after.norm)) {
        j++;
        tok = after;
      }
    }
    node = node.next.get(tok.norm);
    if (!node) break;
  }
  for (let c = found - 1; c >= 0; c--) {
    const length = FOUND_LENGTHS[c] as number;
    const entries = FOUND_ENTRIES[c] as AliasEntry[];
    // Inside the longer phrase found before, its words are no context; a match that reaches past it is not inside.
    const inside = i + length - 1 <= cover[1] ? cover : NO_COVER;
    // Context that tells which skill a phrase names ("red team": penetration testing, or LLM security near an AI word) is kept.
    const relaxed = loose && entries.every((e) => e.id === entries[0]?.id && e.target === entries[0]?.target);
    const valid = entries.filter((e) => holds(e, tokens, i, length, sectionOf, words, inside, relaxed));
    if (valid.length > 0) return { length, entries: valid };
  }
  return undefined;
}

/** `longestMatch`'s candidates (it calls nothing that calls it again, so one pair of arrays serves every call). */
const FOUND_LENGTHS: number[] = [];
const FOUND_ENTRIES: AliasEntry[][] = [];

/** Whether the last word of a match is the plural of the alias's last word ("engineers" for "ML engineer"). */
function isPlural(last: Token, alias: string): boolean {
  return last.raw.toLowerCase().endsWith('s') && !alias.toLowerCase().endsWith('s');
}

/** A title's head noun in the plural before "of" ("heads of technology risk" for "head of"): other people too. */
function isPluralHead(first: Token, alias: string): boolean {
  const word = alias.toLowerCase().split(' ', 1)[0] as string;
  return word !== alias.toLowerCase() && first.raw.toLowerCase() === `${word}s`;
}

/** What an adjective of ability or its noun adds to a verb's stem: "audit|able", "deploy|ability", "test|ables". */
const ABILITY_TAIL = /^[a-z]?(?:[ai]bl(?:es?|y)|[ai]bilit(?:y|ies))$/;
/** An alias word that is itself such a word ("explainability", "ia responsable"): its stem's forms all match. */
const ABILITY_WORD = /[ai]bl(?:es?|y)\b|[ai]bilit/i;

/**
 * A word of the match that only shares its stem with the alias as an adjective of ability or its noun ("auditable
 * pipelines", "deployable models", "pipelines auditables") names a quality of a thing, no work: Porter strips the "able".
 */
function namesAQuality(tokens: readonly Token[], i: number, length: number, alias: string): boolean {
  if (ABILITY_WORD.test(alias)) return false;
  for (let k = i; k < i + length; k++) {
    const { raw, norm } = tokens[k] as Token;
    if (raw.length <= norm.length + 3) continue;
    const lower = raw.toLowerCase();
    if (lower.startsWith(norm) && ABILITY_TAIL.test(lower.slice(norm.length))) return true;
  }
  return false;
}

/**
 * Whether the match qualifies a noun of a disposition in its clause: right after it ("mentoring mindset",
 * "Mentoring-Mindset") or before it across a noun joiner ("esprit de mentorat"). A trait only named is no work (convention 434).
 */
function namesATrait(tokens: readonly Token[], i: number, length: number, traits: ReadonlySet<string>, joiners: ReadonlySet<string>): boolean {
  const clause = (tokens[i] as Token).clause;
  const after = tokens[i + length];
  if (after !== undefined && after.clause === clause && traits.has(after.norm)) return true;
  const joiner = tokens[i - 1];
  const head = tokens[i - 2];
  return joiner !== undefined && head !== undefined && head.clause === clause && joiner.clause === clause && joiners.has(joiner.norm) && traits.has(head.norm);
}

const NOT_LETTER = unicodeRegex`[^\p{L}\p{N}]+`;

/**
 * A word of the match that is a false friend of the text's language ("Responsable AI Red Team", a lead of an AI red
 * team) where the alias writes another word ("responsible AI"): the stems agree, the senses do not (convention 121).
 */
function falseFriendIn(tokens: readonly Token[], i: number, length: number, alias: string, friends: ReadonlySet<string>): boolean {
  for (let k = i; k < i + length; k++) {
    const raw = fold((tokens[k] as Token).raw);
    // Rare (a false friend in the match): the alias's own words are split here, with no cache kept between calls.
    if (friends.has(raw) && !fold(alias).split(NOT_LETTER).includes(raw)) return true;
  }
  return false;
}

/**
 * Checks an alias's context rules at tokens [i, i + length). The words of `cover`, a longer phrase the match lies in,
 * give it no required context word: they make one name ("no direct reports" holds no "reports … direct").
 */
function holds(
  e: AliasEntry,
  tokens: readonly Token[],
  i: number,
  length: number,
  sectionOf: (offset: number) => SectionName,
  words: MentionWords,
  cover: readonly [number, number] = NO_COVER,
  loose = false,
): boolean {
  const first = tokens[i] as Token;
  if (!loose && e.sections && !e.sections.has(sectionOf(first.start))) return false;
  if (e.singular && (isPlural(tokens[i + length - 1] as Token, e.text) || isPluralHead(first, e.text))) return false;
  if (namesAQuality(tokens, i, length, e.text)) return false;
  if (words.traits && words.traits.size > 0 && namesATrait(tokens, i, length, words.traits, words.joiners)) return false;
  if (words.falseFriends && words.falseFriends.size > 0 && falseFriendIn(tokens, i, length, e.text, words.falseFriends)) return false;
  if (e.opensClause && tokens[i - 1]?.clause === first.clause) return false;
  if (e.raws) {
    if (e.raws.length !== length) return false;
    for (let k = 0; k < length; k++) if ((tokens[i + k] as Token).raw !== e.raws[k]) return false;
    if (lettersOfAcronym(tokens, i, length)) return false;
  }
  // The context sets are read once (each read of a compiled alias's set is a getter call), not per word.
  const { rejectNear, rejectBefore, rejectObjectOf } = e;
  // Loosely, only the words that reject an alias count: a gap list names a field with none of the context it asks for.
  const requireNear = loose ? undefined : e.requireNear;
  const requireAlso = loose ? undefined : e.requireAlso;
  if (!requireNear && !rejectNear && !requireAlso && !rejectBefore && !rejectObjectOf) return true;
  if (rejectBefore && rejectedBefore(tokens, i, rejectBefore, words.coordinators)) return false;
  if (rejectObjectOf && objectOfPurpose(tokens, i, e.window, rejectObjectOf, words)) return false;
  let required = !requireNear;
  let also = !requireAlso;
  // Reject words seen so far: `rejectMin` of them reject ("VPC, RDS, EKS, IAM roles": a list the alias is an item of).
  let rejects = e.rejectMin ?? 1;
  const from = Math.max(0, i - e.window);
  const to = Math.min(tokens.length - 1, i + length - 1 + e.window);
  const listed = e.rejectInItem === true && shortItem(tokens, i, length, from, to);
  for (let k = from; k <= to; k++) {
    if (k >= i && k < i + length) continue;
    const t = tokens[k] as Token;
    if (t.clause !== first.clause) continue; // context words count within the same clause only
    if (rejectNear && isContextWord(rejectNear, t) && (!listed || t.item === first.item) && --rejects <= 0) return false;
    if (k >= cover[0] && k <= cover[1]) continue;
    if (requireNear && isContextWord(requireNear, t)) required = true;
    if (requireAlso && isContextWord(requireAlso, t)) also = true;
  }
  return required && also;
}

/**
 * Whether a `rejectBefore` word stands right before the alias in its clause, or before an "and" right before it: the
 * alias is then the second item of that pair ("to CTO and Head of Product" names another person, as "our Head of" does).
 */
function rejectedBefore(tokens: readonly Token[], i: number, rejectBefore: Set<string>, coordinators: ReadonlySet<string>): boolean {
  const clause = (tokens[i] as Token).clause;
  const before = tokens[i - 1];
  if (!before || before.clause !== clause) return false;
  if (rejectBefore.has(before.norm)) return true;
  const further = coordinators.has(before.norm) ? tokens[i - 2] : undefined;
  return further !== undefined && further.clause === clause && rejectBefore.has(further.norm);
}

/**
 * Whether a `rejectObjectOf` word, a preposition of purpose, stands within `window` words before the alias in its clause:
 * "evidence for the PCI DSS audit" names what the evidence was for, not audit work. An "and" within `window` words that
 * opens a second noun phrase (a determiner after it) carries the preposition over to it, once, from up to twice `window`
 * words before the "and": "evidence for the ISO 27001 certification and the BaFin BAIT audits" names two things the
 * evidence was for; "Responsible for the ISMS and led 12 audits" opens no noun phrase after its "and".
 */
function objectOfPurpose(tokens: readonly Token[], i: number, window: number, words: Set<string>, mw: MentionWords): boolean {
  const clause = (tokens[i] as Token).clause;
  let floor = Math.max(0, i - window);
  let carried = false;
  for (let k = i - 1; k >= floor; k--) {
    const t = tokens[k] as Token;
    if (t.clause !== clause) return false;
    if (words.has(t.norm)) return true;
    if (!carried && mw.coordinators.has(t.norm) && mw.determiners?.has((tokens[k + 1] as Token).norm) === true) {
      carried = true;
      // The first phrase may have a complement of its own ("für die KRITIS-Prüfung nach §8a BSIG und das ISO-27001-Audit").
      floor = Math.max(0, k - 2 * window);
    }
  }
  return false;
}

/** A word in capitals, digits after it allowed ("CURE", "CNN", "TPAT"). */
const CAPITALS = unicodeRegex`^\p{Lu}{2,}\d*$`;

/**
 * A one-letter name joined to a word in capitals by one mark is a letter of a longer name, "C-CURE 9000", "R-CNN",
 * "C-TPAT", and names neither the C nor the R language ("C-Programmierung" or "C/C++" still do).
 */
function lettersOfAcronym(tokens: readonly Token[], i: number, length: number): boolean {
  const first = tokens[i] as Token;
  if (length !== 1 || first.raw.length !== 1) return false;
  const next = tokens[i + 1];
  return next?.joined === true && next.start === first.end + 1 && CAPITALS.test(next.raw);
}

/** The most other words a list item may hold beside an alias: a longer one is a clause of prose, not an item. */
const MAX_ITEM_WORDS = 2;

/** The alias at tokens [i, i + length) is an item of a list, with at most `MAX_ITEM_WORDS` other words in its item. */
function shortItem(tokens: readonly Token[], i: number, length: number, from: number, to: number): boolean {
  const { item } = tokens[i] as Token;
  let others = 0;
  for (let k = from; k <= to; k++) if ((k < i || k >= i + length) && (tokens[k] as Token).item === item && ++others > MAX_ITEM_WORDS) return false;
  return true;
}

const FUZZY_MIN_LENGTH = 5;
/** A word of letters only: a typo of a skill's name, not a version, a code or a number. */
const LETTERS_ONLY = unicodeRegex`^\p{L}+$`;

/** True when a word of `words` stands within `window` tokens of token `k`, in its clause. */
function nearAny(tokens: readonly Token[], k: number, words: ReadonlySet<string>, window: number): boolean {
  const clause = (tokens[k] as Token).clause;
  for (let j = Math.max(0, k - window); j <= Math.min(tokens.length - 1, k + window); j++) {
    const t = tokens[j] as Token;
    if (j !== k && t.clause === clause && isContextWord(words, t)) return true;
  }
  return false;
}
/** Typo-tolerant lookup for the words of skills lists that no alias matched ("Pyhton", "Kubernets"). */
export function fuzzyMentions(
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  sectionOf: (offset: number) => SectionName,
  cc: PhraseIndex,
  cues: CueWords,
  negation: NegationIndex,
): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.raw.length < FUZZY_MIN_LENGTH || covered.has(t.start)) continue;
    // The section first: most words are outside skills lists, and the search is for those inside only.
    const section = sectionOf(t.start);
    if (section !== 'skills' || !LETTERS_ONLY.test(t.raw) || isAcronym(t.raw)) continue;
    if (cc.trie.next.has(t.norm)) continue; // a known word (maybe the start of a phrase), not a typo
    const lower = t.raw.toLowerCase();
    if (cues.notTypos.has(lower)) continue;
    const maxEdits = lower.length >= 8 ? 2 : 1;
    // Whatever the search finds must be within `maxEdits`: when no alias of the letter can be, it is not run.
    if (!mayBeWithinAny(lower, cc.fuzzyWords(lower[0] as string), maxEdits)) continue;
    const best = cc.fuzzy(lower[0] as string)?.search(lower, { limit: 1 })[0];
    if (!best) continue;
    if (DamerauLevenshteinDistance(lower, best.item.word) > maxEdits) continue;
    if (best.item.rejectNear && nearAny(tokens, k, best.item.rejectNear, best.item.window ?? 0)) continue;
    if (negation.isNegated(t.start, t.end)) continue;
    out.push({
      target: best.item.target,
      id: best.item.id,
      start: t.start,
      end: t.end,
      text: t.raw,
      section,
      via: 'fuzzy',
      confidence: 0.6,
    });
  }
  return out;
}

/**
 * A short word in capitals ("FINMA", "CISA"): an acronym is spelled by whoever owns it, and one letter apart it names
 * something else (FINMA is not FISMA), so it is never read as a typo.
 */
function isAcronym(raw: string): boolean {
  return raw.length <= ACRONYM_MAX_LENGTH && raw === raw.toUpperCase();
}

const ACRONYM_MAX_LENGTH = 6;

/**
 * Whether one of the words may be within `max` edits of `word`, by two lower bounds of the edit distance: the
 * difference of the lengths, and the letters one word has that the other lacks (an edit adds, removes or replaces
 * one letter; a transposition none).
 */
function mayBeWithinAny(word: string, words: readonly FuzzyItem[] | undefined, max: number): boolean {
  if (!words) return false;
  const counts = new Int16Array(128);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) counts[c] = (counts[c] as number) + 1;
  }
  // `left[c]` holds what `counts[c]` holds for the letters the candidate in round `seen[c]` read (copied on its first
  // read of each letter: no copy of the counts per candidate).
  const left = new Int16Array(128);
  const seen = new Uint32Array(128);
  let round = 0;
  for (const { word: other } of words) {
    if (Math.abs(word.length - other.length) > max) continue;
    round++;
    let missing = 0;
    for (let i = 0; i < other.length; i++) {
      const c = other.charCodeAt(i);
      if (c >= 128) {
        missing++;
        continue;
      }
      if (seen[c] !== round) {
        seen[c] = round;
        left[c] = counts[c] as number;
      }
      if ((left[c] as number) > 0) left[c] = (left[c] as number) - 1;
      else missing++;
    }
    // The letters of `word` that `other` did not use up.
    const extra = word.length - (other.length - missing);
    if (Math.max(extra, missing) <= max) return true;
  }
  return false;
}
