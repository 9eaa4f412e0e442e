import type Fuse from 'fuse.js';
import type { EntryKind, SectionName } from '../schemas';

/** One compiled alias: the token forms to match and the context rules that must hold. */
export interface AliasEntry {
  target: 'skill' | 'cert';
  id: string;
  text: string;
  norms: string[];
  /** The alias's own words as written, compared when `caseSensitive`. */
  raws: string[] | undefined;
  requireNear: Set<string> | undefined;
  rejectNear: Set<string> | undefined;
  /** How many `rejectNear` words must stand near to reject (see the catalog's `rejectMin`; undefined: 1). */
  rejectMin?: number | undefined;
  /** `rejectNear` words count only inside the alias's list item (see the catalog's `rejectInItem`). */
  rejectInItem?: true | undefined;
  /** Words that reject the alias right before it (see the catalog's `rejectBefore`). */
  rejectBefore?: Set<string> | undefined;
  /** Prepositions of purpose that reject the alias a few words after them (see the catalog's `rejectObjectOf`). */
  rejectObjectOf?: Set<string> | undefined;
  /** A second list of required words: one of each list must stand near. */
  requireAlso?: Set<string> | undefined;
  window: number;
  sections: Set<SectionName> | undefined;
  /** Only inside work entries of these kinds; checked once entries are classified. */
  entryKinds: ReadonlySet<EntryKind> | undefined;
  /** The alias is the skill's own name. */
  isName: boolean;
  /** The alias is a person's title, not read in the plural (see the catalog's `singular`). */
  singular?: true | undefined;
  /** The alias counts only as the first words of its clause (see the catalog's `opensClause`). */
  opensClause?: true | undefined;
  /** The alias names the skill without dating it (see the catalog's `undated`). */
  undated?: true | undefined;
  /** The alias names a hosted service one builds on or secures (see the catalog's `platform`). */
  platform?: true | undefined;
  /** The skill is one the alias names as well as its own (see the catalog's `also`). */
  also?: true | undefined;
  /** No context rule: no case kept, no words required or rejected near, no sections or entry kinds. */
  plain: boolean;
}

/** The branches below a node of the alias trie, by the comparison form of the next token. */
export interface TrieBranches {
  get(norm: string): TrieNode | undefined;
  has(norm: string): boolean;
  keys(): IterableIterator<string>;
}

/** The root of the alias trie: its branches may be made on first reach (see the catalog compiler). */
export interface TrieRoot {
  next: TrieBranches;
  entries: readonly AliasEntry[];
}

/** A node of the alias trie, keyed by token comparison forms. */
export interface TrieNode extends TrieRoot {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

/** A single-word alias offered to the typo lookup. */
export interface FuzzyItem {
  word: string;
  target: 'skill' | 'cert';
  id: string;
  /** The alias's reject words (stemmed) and their window: a guess is dropped beside them, as the alias would be. */
  rejectNear?: ReadonlySet<string>;
  window?: number;
}

/** What the mention scanner reads: the alias trie and the typo lookup (built by the catalog compiler). */
export interface PhraseIndex {
  trie: TrieRoot;
  /** The longest alias, in tokens: bounds the work per token. */
  maxAliasTokens: number;
  /** Typo-tolerant lookup of the single-word aliases that start with `letter`, built on first use. */
  fuzzy(letter: string): Fuse<FuzzyItem> | undefined;
  /** The single-word aliases that start with `letter` (what `fuzzy` searches), for cheap checks before a search. */
  fuzzyWords(letter: string): readonly FuzzyItem[] | undefined;
}
