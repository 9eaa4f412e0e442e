import { fold } from '../text/phrases';
import type { Lexicon } from '../text/lexicon';
import type { RawEntry } from './_entries';

/** The first words of a line, after its bullet ("• Veridane NV builds …"). */
const LEADING_WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;
/** Where a sentence ends: a full stop, question or exclamation mark, maybe closed by brackets or quotes ("….)"), before a space or the line end. */
const SENTENCE_END = /[.!?][)\]"'”’»]{0,2}(?=\s|$)/u;
/** A line break that opens a list item: a description never runs into the person's own bullets. */
const NEXT_ITEM = /\n[ \t]{0,8}[*•▪‣◦-]\s/u;
/** How far after its verb an employer's description may run, in characters. */
const MAX_DESCRIPTION = 300;
/** How many words of the employer's name may stand between its first word and the verb ("Acme Robotics Ltd builds"). */
const MAX_NAME_WORDS = 3;

const verbsCache = new WeakMap<Lexicon, ReadonlySet<string>>();

function verbsOf(lex: Lexicon): ReadonlySet<string> {
  let hit = verbsCache.get(lex);
  if (!hit) verbsCache.set(lex, (hit = new Set(lex.work.companyVerbs.map(fold))));
  return hit;
}

/**
 * Sentences in an entry that describe the employer, its name their subject ("Veridane builds computer-vision quality
 * inspection for factories.", "Acme GmbH ist ein Anbieter von …"): what the company does, not what the person did, so
 * no skill is read there. Spans run from the line start to the sentence's end.
 */
export function companyDescriptions(text: string, entries: readonly RawEntry[], lex: Lexicon): Array<{ start: number; end: number }> {
  const verbs = verbsOf(lex);
  const spans: Array<{ start: number; end: number }> = [];
  if (verbs.size === 0) return spans;
  for (const e of entries) {
    const name = firstWord(e.organization ?? '');
    if (name === undefined || name.length < 3) continue;
    for (let at = e.headerEnd; at < e.bodyEnd; ) {
      const nl = text.indexOf('\n', at);
      const lineEnd = nl < 0 || nl > e.bodyEnd ? e.bodyEnd : nl;
      const verbEnd = describedAt(text.slice(at, lineEnd), name, verbs);
      if (verbEnd !== undefined) {
        const ahead = text.slice(at + verbEnd, Math.min(e.bodyEnd, at + verbEnd + MAX_DESCRIPTION));
        const item = NEXT_ITEM.exec(ahead);
        const rest = item ? ahead.slice(0, item.index) : ahead;
        const stop = SENTENCE_END.exec(rest);
        spans.push({ start: at, end: stop ? at + verbEnd + stop.index + stop[0].length : lineEnd });
      }
      at = lineEnd + 1;
    }
  }
  return spans;
}

/** The folded first word of an organisation's name. */
function firstWord(org: string): string | undefined {
  LEADING_WORDS.lastIndex = 0;
  const m = LEADING_WORDS.exec(org);
  return m ? fold(m[0]) : undefined;
}

/** Where the company verb ends when the line opens with the employer's name and such a verb, else undefined. */
function describedAt(line: string, name: string, verbs: ReadonlySet<string>): number | undefined {
  LEADING_WORDS.lastIndex = 0;
  const first = LEADING_WORDS.exec(line);
  if (!first || fold(first[0]) !== name || /[\p{L}\p{N}]/u.test(line.slice(0, first.index))) return undefined;
  for (let i = 0; i <= MAX_NAME_WORDS; i++) {
    const w = LEADING_WORDS.exec(line);
    if (!w) return undefined;
    if (verbs.has(fold(w[0]))) return w.index + w[0].length;
    // Only more words of the name (capitalised: "Robotics", "NV") may come before the verb.
    if (w[0].charAt(0) === w[0].charAt(0).toLowerCase()) return undefined;
  }
  return undefined;
}
