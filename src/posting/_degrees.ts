import type { AbbreviationCheck, DegreeWords } from '../text/degrees';
import { LexiconRegExp, phrasesSource, unicodeLiteral, unicodeRegex } from '../text/phrases';

/** What may follow a bare degree abbreviation in a job ad (`degreeFollowers`: "MS in", "BS/MS", "MS,"), at the start of the rest. */
export function degreeFollowersPattern(followers: readonly string[]): RegExp {
  return new LexiconRegExp(
    `^(?:\\s{0,2}\\/|\\s{1,3}${phrasesSource(followers.length > 0 ? followers : ['in'])}|[,;]|\\.?$|\\s{0,2}\\)|\\s{0,3}\\+\\s{0,3}\\d)`,
    'u',
  );
}

/**
 * Job ads: when a bare degree abbreviation names a degree (`degreeMentions` asks it of each one), so that "MS Office"
 * is none. Apart from the degree reader of src/text/, which résumés use without it: the résumé path does not carry it.
 */
export function degreeAbbreviationCheck(followers: RegExp, degrees: DegreeWords): AbbreviationCheck {
  return (text, start, end) =>
    (followed(text, start, end, followers) || fieldFollows(text, end, degrees)) && !joinedToAcronym(text, start, end, degrees.levels);
}

/** A capitalised field's name right after a bare abbreviation, with no "in" between: "BS Computer Science", "BSc Cyber Security". */
const FIELD_AFTER = unicodeRegex`^\s{1,2}(?=\p{Lu})`;
/** How far after the abbreviation a field's name is read, in characters. */
const FIELD_REACH = 40;

/**
 * Job ads: a bare abbreviation is a degree when the name of a field of study opens the words right after it, as
 * Philippine and South Asian ads write a degree ("Graduate of BS Computer Science, Information Technology or any
 * related course"); "MS Office" or "MS Teams" names no field.
 */
function fieldFollows(text: string, end: number, degrees: DegreeWords): boolean {
  const gap = FIELD_AFTER.exec(text.slice(end, end + 3));
  if (!gap) return false;
  const piece = text.slice(end + gap[0].length, end + gap[0].length + FIELD_REACH);
  const open = degrees.fieldGate.open(piece);
  return degrees.fields.some(
    (f, i) =>
      open[i] === 1 &&
      !f.group &&
      !f.general &&
      f.patterns.some((re) => {
        re.lastIndex = 0;
        const m = re.exec(piece);
        return m !== null && m.index === 0;
      }),
  );
}

/** A slash before a lowercase word: "LLM / chatbot" pairs no degrees, "BS/MS" does. */
const SLASH_LOWER = unicodeRegex`^\s{0,2}\/\s{0,2}\p{Ll}`;

/** A lowercase word of five letters or more right before: a bare abbreviation that ends the text after it is that word's qualifier. */
const QUALIFIED = unicodeRegex`\p{Ll}{5}\s{1,3}$`;

/**
 * An abbreviation in brackets after the words it abbreviates ("large language model (LLM)") defines an acronym: no
 * degree. The words' initials spell its letters.
 */
function spelledOut(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) !== '(' || text.charAt(end) !== ')') return false;
  const letters = text.slice(start, end).replace(unicodeLiteral`/\P{L}/gu`, '').toLowerCase();
  const before = text
    .slice(Math.max(0, start - 1 - 12 * letters.length), start - 1)
    .split(/[\s-]+/u)
    .filter((w) => w !== '');
  const initials = before
    .slice(-letters.length)
    .map((w) => w.charAt(0).toLowerCase())
    .join('');
  return letters.length >= 2 && initials === letters;
}

/** An acronym and one short word ("AI or", "IA ou") right before a bare abbreviation that ends the text. */
const ACRONYM_JOINED = unicodeRegex`(?<![\p{L}\p{N}.])(\p{Lu}{2,5})\s{1,3}\p{Ll}{1,4}\s{1,3}$`;

/**
 * Job ads: a bare abbreviation that ends the text after another acronym and an "or" or "and" that is no degree ("… on AI
 * or LLM topics" cut to "AI or LLM.") is that acronym's fellow in a list of topics, no degree ("BS or MS." stays).
 */
function joinedToAcronym(text: string, start: number, end: number, levels: DegreeWords['levels']): boolean {
  if (!/^\.?\s{0,2}$/u.test(text.slice(end))) return false;
  const m = ACRONYM_JOINED.exec(text.slice(Math.max(0, start - 20), start));
  return m !== null && !levels.some((p) => p.abbreviationKeys.includes(m[1] as string));
}

/**
 * Job ads: a bare abbreviation is a degree when a degree-like word follows ("MS in", "BS/MS", "MS,"; a slash before a
 * lowercase word pairs no degrees: "monitoring LLM / chatbot usage"), or when it
 * ends the text after anything but a long lowercase word ("applications LLM." is no LL.M.).
 */
function followed(text: string, start: number, end: number, followers: RegExp): boolean {
  const rest = text.slice(end);
  // The case is the text's own: the followers run on a folded copy, where every word is lowercase.
  if (!followers.test(rest) || SLASH_LOWER.test(rest) || spelledOut(text, start, end)) return false;
  return !/^\.?$/u.test(rest) || !QUALIFIED.test(text.slice(Math.max(0, start - 40), start));
}
