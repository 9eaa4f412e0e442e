import { CLEARANCE_LEVELS, type Clearance, type ClearanceLevel, type SectionName } from '../schemas';
import type { Lexicon } from './lexicon';
import { abbreviationsSource, AsciiTwinRegExp, fold, phrasesPattern, phrasesRegex, unicodeRegex } from './phrases';
import { endsOnGoingOnWord, lineGoesOnFor } from './tokens';

/** The clearance vocabulary of a lexicon, compiled once; shared by résumés and job ads. */
export interface ClearanceWords {
  /** Level names, highest first; `bare` names (one plain word: "Secret") count only near a clearance word. */
  levels: ReadonlyArray<{
    level: ClearanceLevel;
    named: RegExp | undefined;
    bare: RegExp | undefined;
    /** Names that are everyday phrases too ("security check"): written as a name ("Security Check") or near a clearance word. */
    everyday: RegExp | undefined;
    abbreviations: Abbreviations | undefined;
  }>;
  /** Words one of which must stand on the line of an abbreviation ("TS clearance", "SC cleared"). */
  abbreviationNeeds: RegExp;
  context: RegExp;
  /** A clearance named with no level ("security clearance", "habilitation"). */
  noun: RegExp;
  notClearance: RegExp;
  eligible: RegExp;
  /** Who sponsors a clearance held now ("current sponsor"), global: blanked before eligibility words are looked for. */
  heldSponsors: RegExp;
  /** Eligibility words only before the level, with no active word in its clause ("sponsored for TS/SCI"). */
  eligibleBefore: RegExp;
  /** Denial words, matched over the words right before a mention (global: the last match must end there). */
  denied: RegExp;
  /** Denial words right after a mention ("DV never held"). */
  deniedAfter: RegExp;
  /** Words that join two levels as alternatives ("SC or DV"). */
  alternatives: RegExp;
  screenings: RegExp;
  /** Words that say a clearance lapsed ("expired", "until 2020"), global. */
  lapsed: RegExp;
  /** A review of the clearance and the rest of its clause ("réinvestigation périodique terminée en 2023"), global. */
  review: RegExp;
  active: RegExp;
  polygraph: RegExp;
  fullScopePolygraph: RegExp;
  /** Words no line ends with unless its sentence goes on (`normalize.json` → `lineGoesOn`), lowercase. */
  goesOn: ReadonlySet<string>;
  /** An eligibility or denial phrase and up to three words after it at the end of a line ("eligible to be sponsored for"). */
  statusAtEnd: RegExp;
}

const cache = new WeakMap<Lexicon, ClearanceWords>();

/** The compiled clearance words of a lexicon. */
export function clearanceWordsFor(lex: Lexicon): ClearanceWords {
  const hit = cache.get(lex);
  if (hit) return hit;
  const c = lex.clearances;
  const highestFirst = [...CLEARANCE_LEVELS].reverse();
  const everyday = new Set(c.everydayLevels.map(fold));
  const isEveryday = (w: string) => !isBareWord(w) && everyday.has(fold(w));
  const words: ClearanceWords = {
    levels: highestFirst.map((level) => {
      const entry = c.levels[level];
      const all = entry?.words ?? [];
      const bare = all.filter(isBareWord);
      const common = all.filter(isEveryday);
      const named = all.filter((w) => !isBareWord(w) && !isEveryday(w));
      return {
        level,
        named: named.length > 0 ? phrasesRegex(named, 'g') : undefined,
        bare: bare.length > 0 ? phrasesRegex(bare, 'g') : undefined,
        everyday: common.length > 0 ? phrasesRegex(common, 'g') : undefined,
        abbreviations: entry && entry.abbreviations.length > 0 ? abbreviationsOf(entry.abbreviations) : undefined,
      };
    }),
    abbreviationNeeds: phrasesRegex(c.abbreviationNeeds),
    context: phrasesRegex(c.context),
    noun: phrasesRegex(c.nouns),
    notClearance: phrasesRegex(c.notClearance, 'g'),
    eligible: phrasesRegex(c.eligible),
    heldSponsors: phrasesRegex(c.heldSponsors, 'g'),
    eligibleBefore: phrasesRegex(c.eligibleBefore),
    denied: phrasesRegex(c.denied, 'g'),
    deniedAfter: phrasesRegex(c.deniedAfter),
    alternatives: phrasesRegex(c.alternatives),
    screenings: phrasesRegex(c.screenings),
    lapsed: phrasesRegex(c.lapsed, 'g'),
    review: phrasesPattern([c.reviews], ([review]) => `${review}[^;,.()\\n]{0,80}`, 'gu', c.reviews),
    active: phrasesRegex(c.active),
    polygraph: phrasesRegex(c.polygraph),
    fullScopePolygraph: phrasesRegex(c.fullScopePolygraph),
    goesOn: lineGoesOnFor(lex),
    statusAtEnd: phrasesPattern(
      [c.eligible, c.eligibleBefore, c.denied],
      ([eligible, before, denied]) => `(?:${eligible}|${before}|${denied})(?:[ \\t]{1,3}[\\p{L}'’]{1,30}){0,3}[ \\t]{0,3}$`,
      'u',
      undefined,
      [...c.eligible, ...c.eligibleBefore, ...c.denied],
    ),
  };
  cache.set(lex, words);
  return words;
}

/**
 * A level's abbreviations: their pattern (sticky: tried only where a match may start) and the literal first part of
 * each (up to its first dot), where every match starts; undefined when one may start anywhere.
 */
interface Abbreviations {
  pattern: RegExp;
  starts: readonly string[] | undefined;
}

function abbreviationsOf(abbreviations: readonly string[]): Abbreviations {
  const starts = abbreviations.map((a) => (a.split('.')[0] as string).trim());
  return { pattern: new AsciiTwinRegExp(abbreviationsSource(abbreviations), 'uy'), starts: starts.includes('') ? undefined : starts };
}

/**
 * The matches of a level's abbreviations, as a scan of the whole text finds them: a match starts at one of their
 * first parts, so the pattern is tried at those places only, in text order (a whole scan of a résumé costs tens of µs).
 */
function collectAbbreviations(
  text: string,
  a: Abbreviations | undefined,
  into: Array<{ index: number; length: number }>,
  ok: (index: number) => boolean,
): void {
  if (!a) return;
  const at: number[] = [];
  if (a.starts === undefined) for (let k = 0; k < text.length; k++) at.push(k);
  else for (const first of a.starts) for (let k = text.indexOf(first); k !== -1; k = text.indexOf(first, k + 1)) at.push(k);
  at.sort((x, y) => x - y);
  let from = 0;
  for (const k of at) {
    if (k < from) continue;
    a.pattern.lastIndex = k;
    const m = a.pattern.exec(text);
    if (m === null || m[0] === '') continue;
    from = k + m[0].length;
    if (ok(k)) into.push({ index: k, length: m[0].length });
  }
}

/** One plain word ("secret", "geheim") is also an everyday word; several words or a slash ("top secret", "TS/SCI") are not. */
function isBareWord(phrase: string): boolean {
  return unicodeRegex`^\p{L}+$`.test(phrase);
}

/** A clearance level named in a text, with its span and the clause around it. */
export interface ClearanceMention {
  level: ClearanceLevel;
  index: number;
  length: number;
  /** The part of its line the mention's status is read from (up to the next `|` or bullet, or a `;` or `,` before another mention; a bracket after it included). */
  clause: string;
  /** Where the mention starts in its clause. */
  clauseAt: number;
  /** The words right before it deny it ("Not SC-cleared"). */
  denied?: boolean;
}

/** Delimiters of the clause a clearance mention belongs to. */
const CLAUSE_BREAK = /[|·•]/u;
/**
 * Marks that end a clause only between two mentions of a line ("Active Secret, lapsed TS/SCI"; "Active SECRET (…).
 * Previously held TS/SCI"): after the last one, "TS/SCI - held 2010-2015; inactive since separation" still speaks of it.
 */
const BETWEEN_BREAK = /[,;]/u;
/** A semicolon or a sentence's end: a break stronger than a comma. */
const STRONG_BREAK = /;|\.\s/u;
/** A full stop ends a sentence (and a clause between two mentions) when a space follows it; "U.S." does not. */
const SENTENCE_END = /\.\s/u;

/**
 * Every clearance level a text names, in text order. A higher level's span is blanked before lower ones are
 * looked for ("Top Secret" is not also "Secret"); a bare word needs a clearance word on its line (or
 * `inClearanceSection`), an abbreviation needs one of `abbreviationNeeds`.
 */
export function clearanceMentions(text: string, words: ClearanceWords, inClearanceSection: (offset: number) => boolean = () => false): ClearanceMention[] {
  let blanked = blankMatches(text, words.notClearance);
  const out: ClearanceMention[] = [];
  for (const l of words.levels) {
    const found: Array<{ index: number; length: number }> = [];
    collect(blanked, l.named, found, () => true);
    collect(blanked, l.bare, found, (i) => inClearanceSection(i) || words.context.test(lineAround(text, i)));
    collect(
      blanked,
      l.everyday,
      found,
      (i, length) => CAPITALISED.test(text.slice(i, i + length)) || inClearanceSection(i) || words.context.test(lineAround(text, i)),
    );
    collectAbbreviations(blanked, l.abbreviations, found, (i) => inClearanceSection(i) || words.abbreviationNeeds.test(lineAround(text, i)));
    for (const f of found) out.push({ level: l.level, index: f.index, length: f.length, clause: '', clauseAt: 0 });
    blanked = blankSpans(blanked, found);
  }
  out.sort((a, b) => a.index - b.index);
  out.forEach((m, i) => {
    const [clauseStart, clauseEnd] = clauseAround(text, m, out[i - 1], out[i + 1], words);
    m.clause = text.slice(clauseStart, clauseEnd);
    m.clauseAt = m.index - clauseStart;
    const prev = out[i - 1];
    const [lineStart, lineEnd] = lineBounds(text, m.index);
    const from = Math.max(lineStart, prev ? prev.index + prev.length : 0, m.index - DENIAL_REACH);
    const end = m.index + m.length;
    if (deniedBefore(text.slice(from, m.index), words) || deniedAfter(text.slice(end, Math.min(lineEnd, end + DENIAL_REACH)), words)) m.denied = true;
  });
  return out;
}

/** How far before a mention a denial is looked for. */
const DENIAL_REACH = 30;
/** What may stand between a denial and the level: a space, an article, a bracket or a quote (not a column's gap: "Polygraph: No  TS/SCI"). */
const AFTER_DENIAL = /^(?: ?[("'“‘]| )?(?:(?:a|an) )?$/iu;

/** The words before a mention (on its line, after the mention before it) end in a denial ("Not ", "no ", "never held a "). */
function deniedBefore(tail: string, words: ClearanceWords): boolean {
  const re = words.denied;
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(tail); m !== null; m = re.exec(tail)) {
    if (m[0] === '') re.lastIndex++;
    else end = m.index + m[0].length;
  }
  return end >= 0 && AFTER_DENIAL.test(tail.slice(end));
}

/** What may stand between a level and a denial after it: a space, a colon, a dash or a bracket ("DV – never held", "DV (never held)"). */
const BEFORE_DENIAL = /^[\s:(–—-]{0,4}$/u;

/** The words after a mention open with a denial ("DV never held"). */
function deniedAfter(head: string, words: ClearanceWords): boolean {
  const m = words.deniedAfter.exec(head);
  return m !== null && BEFORE_DENIAL.test(head.slice(0, m.index));
}

function collect(text: string, re: RegExp | undefined, into: Array<{ index: number; length: number }>, ok: (index: number, length: number) => boolean): void {
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    else if (ok(m.index, m[0].length)) into.push({ index: m.index, length: m[0].length });
  }
}

/** Every word of a phrase opens with a capital: written as a name ("Security Check", "SECURITY CHECK"). */
const CAPITALISED = unicodeRegex`^\p{Lu}\S*(?:\s{1,3}\p{Lu}\S*)*$`;

function blankMatches(text: string, re: RegExp): string {
  re.lastIndex = 0;
  return text.replace(re, (s) => ' '.repeat(s.length));
}

/** The spans blanked with spaces, in one pass (however many there are). */
function blankSpans(text: string, spans: ReadonlyArray<{ index: number; length: number }>): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.index - b.index);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.index < at) continue;
    out += text.slice(at, s.index) + ' '.repeat(s.length);
    at = s.index + s.length;
  }
  return out + text.slice(at);
}

/** How far a mention's line reaches each way: a line of a résumé is shorter; a text without line breaks stays linear. */
const LINE_REACH = 300;

/** The line around offset `i`, at most `LINE_REACH` characters each way. */
function lineBounds(text: string, i: number): [number, number] {
  let start = i;
  const min = Math.max(0, i - LINE_REACH);
  while (start > min && text.charCodeAt(start - 1) !== 10) start--;
  let end = i;
  const max = Math.min(text.length, i + LINE_REACH);
  while (end < max && text.charCodeAt(end) !== 10) end++;
  return [start, end];
}

function lineAround(text: string, i: number): string {
  const [start, end] = lineBounds(text, i);
  return text.slice(start, end);
}

/** A break of a clause at `at`: a bar or a bullet, or, `between` two mentions, a comma, a semicolon or a sentence's end. */
function breaksAt(text: string, at: number, between: boolean): boolean {
  const c = text.charAt(at);
  return CLAUSE_BREAK.test(c) || (between && (BETWEEN_BREAK.test(c) || SENTENCE_END.test(text.slice(at, at + 2))));
}

/**
 * The mention's clause: back to the previous delimiter of its line, on to the next (a bracket right after it
 * included). A comma separates clauses only between two mentions ("Active Secret, lapsed TS/SCI"); otherwise
 * "Public Trust (…), active" keeps its status words.
 */
function clauseAround(
  text: string,
  m: ClearanceMention,
  prev: ClearanceMention | undefined,
  next: ClearanceMention | undefined,
  words: ClearanceWords,
): [number, number] {
  return [clauseStart(text, m, prev, words), clauseEnd(text, m, next, words)];
}

/** Where the mention's clause starts: on its line, or on the line above when its sentence wrapped there. */
function clauseStart(text: string, m: ClearanceMention, prev: ClearanceMention | undefined, words: ClearanceWords): number {
  const [lineStart] = lineBounds(text, m.index);
  const floor = prev && prev.index >= lineStart ? prev.index + prev.length : lineStart;
  // Words before a mention split at a comma or a sentence's end when another mention stands before them on its line, or
  // on the line above, whose sentence wrapped onto this one ("Top Secret … INACTIVE since June⏎2021; eligible for
  // reinstatement. Currently hold an active Public Trust").
  const splitBefore = floor > lineStart || (prev !== undefined && lineStart > 0 && prev.index >= lineBounds(text, lineStart - 1)[0]);
  let from = m.index;
  while (from > floor && !breaksAt(text, from - 1, splitBefore)) from--;
  // A level that opens its line under a line cut after a function word, where a status phrase ends ("eligible to be
  // sponsored for⏎TOP SECRET vetting"): the sentence's words on the line above are its own, back to a break or the
  // mention before. Other words there ("Willing to travel and I hold a⏎TOP SECRET clearance, active") are not.
  // So do the words above a level that only a clearance word stands before on its line ("bereit zur⏎Sicherheitsüberprüfung Ü2").
  if (from === lineStart && lineStart > 0 && onlyClearanceWord(text.slice(lineStart, m.index), words) && statusEndsLineAbove(text, lineStart - 1, words)) {
    const above = Math.max(lineBounds(text, lineStart - 1)[0], prev ? prev.index + prev.length : 0);
    from = lineStart - 1;
    while (from > above && !breaksAt(text, from - 1, true)) from--;
  }
  return from;
}

/** Nothing, or a clearance word alone ("Sicherheitsüberprüfung", "security clearance"), stands before a level on its line. */
function onlyClearanceWord(head: string, words: ClearanceWords): boolean {
  const body = head.trim();
  if (body === '') return true;
  const m = words.context.exec(body);
  return m !== null && m.index === 0 && m[0].length === body.length;
}

/** Where the mention's clause ends: at a break, the next mention, or the end of the line it wraps onto. */
function clauseEnd(text: string, m: ClearanceMention, next: ClearanceMention | undefined, words: ClearanceWords): number {
  const [, lineEnd] = lineBounds(text, m.index);
  const ceiling = next && next.index < lineEnd ? next.index : lineEnd;
  // After it, a semicolon or a sentence's end splits when the line goes on into the next one, where another mention
  // stands: the sentence that wraps speaks of that one ("SECRET — current (granted 2022). Eligible to be sponsored for⏎
  // TOP SECRET vetting").
  const sentenceAfter = ceiling === lineEnd && wrapsOntoNext(text, lineEnd, next, words);
  // A semicolon or a sentence's end before the next mention of the line ends this one's clause there, and a comma before
  // it does not: "Secret Défense obtenue en 2015, expirée en 2020 ; Confidentiel Défense en cours de validité".
  const between = ceiling < lineEnd && !STRONG_BREAK.test(text.slice(m.index + m.length, ceiling));
  // A sentence that already says the level is active or lapsed ends its clause: the next one speaks of something else, a
  // level the reader has no word for ("NV1, active (AGSVA). Previously Baseline (2011–2013)."; "Public Trust (…),
  // inactiva. … elegible para una autorización Secret.").
  const ownStatusEnds = (at: number) => {
    if (!SENTENCE_END.test(text.slice(at, at + 2))) return false;
    const said = text.slice(m.index + m.length, at);
    return words.active.test(said) || saysLapsed(said, words, Number.POSITIVE_INFINITY);
  };
  const ends = (at: number) =>
    breaksAt(text, at, between) ||
    ((sentenceAfter || (ceiling < lineEnd && !between)) && (text.charAt(at) === ';' || SENTENCE_END.test(text.slice(at, at + 2)))) ||
    ownStatusEnds(at);
  let to = m.index + m.length;
  let depth = 0;
  let lastInnerBreak = -1;
  while (to < ceiling && (depth > 0 || !ends(to))) {
    const c = text.charAt(to);
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth > 0 && breaksAt(text, to, true)) lastInnerBreak = to;
    to++;
  }
  // The next mention inside this one's bracket ("TS/SCI (granted 2023; previously Secret)") owns the words before it.
  if (depth > 0 && to === ceiling && ceiling < lineEnd && lastInnerBreak >= 0) return lastInnerBreak;
  return to === lineEnd ? continuationEnd(text, lineEnd, next) : to;
}

/** The line that ends at `lineEnd` ends with a function word, after an eligibility or denial phrase and up to three words. */
function statusEndsLineAbove(text: string, lineEnd: number, words: ClearanceWords): boolean {
  return (
    endsOnGoingOnWord(text.slice(Math.max(0, lineEnd - 40), lineEnd), words.goesOn) && words.statusAtEnd.test(text.slice(Math.max(0, lineEnd - 80), lineEnd))
  );
}

/**
 * The line that ends at `lineEnd` goes on into the next line, whose sentence names `next` before any break (no bullet
 * opens it). A line that ends on a word other than a function word, over a line opening in capitals, ends its item:
 * "… inactive since Jan 2021, in scope for reinstatement" over "DHS Public Trust – 2016-2017".
 */
function wrapsOntoNext(text: string, lineEnd: number, next: ClearanceMention | undefined, words: ClearanceWords): boolean {
  if (!next || next.index <= lineEnd || lineEnd >= text.length || next.index >= lineBounds(text, lineEnd + 1)[1]) return false;
  const before = text.slice(lineEnd + 1, next.index);
  const tail = text.slice(Math.max(0, lineEnd - 40), lineEnd).trimEnd();
  if (WRAP_BREAK.test(before) || !GOES_ON.test(tail)) return false;
  return !(ENDS_IN_WORD.test(tail) && !endsOnGoingOnWord(tail, words.goesOn) && OPENS_CAPITAL.test(text.slice(lineEnd + 1, next.index + 1)));
}

/** A line's text that ends in a word (no comma or semicolon after it). */
const ENDS_IN_WORD = unicodeRegex`\p{Ll}$`;
/** A line that opens, after its indentation, with a capital letter. */
const OPENS_CAPITAL = unicodeRegex`^[^\S\n]{0,12}\p{Lu}`;

/** A bullet or a dash that opens a line, or a break of a clause or a sentence, before a mention on the line. */
const WRAP_BREAK = /^\s*[-–—*]|[|·•;]|[.!?]\s/u;

/**
 * A line that goes on: it ends with a comma, a semicolon or a lowercase word, or the next line starts in lowercase
 * or with a bracket (a remark wrapped under its line: "Ü2⏎(mit dem Ausscheiden 12/2019 erloschen)").
 */
const GOES_ON = unicodeRegex`[,;]\s*$|\p{Ll}$`;
const STARTS_LOWER = unicodeRegex`^\s*[\p{Ll}(]`;

/**
 * Where a mention's clause ends when its line goes on below ("Secret – held 2020–2023 for federal clients;⏎
 * inactive since March 2023"; "Secret⏎(lapsed 2019)"): the end of the next line, up to its first delimiter; `lineEnd` when that line is
 * blank, a bullet, or names a clearance of its own.
 */
function continuationEnd(text: string, lineEnd: number, next: ClearanceMention | undefined, depth = 0): number {
  if (lineEnd >= text.length) return lineEnd;
  const [start, end] = lineBounds(text, lineEnd + 1);
  const body = text.slice(start, end);
  if (body.trim() === '' || CLAUSE_BREAK.test(body.trimStart().charAt(0))) return lineEnd;
  if (!GOES_ON.test(text.slice(Math.max(0, lineEnd - 40), lineEnd).trimEnd()) && !STARTS_LOWER.test(body) && !datesUnder(body)) return lineEnd;
  // A line that names a clearance of its own goes on with this one's sentence only up to a break before that name
  // ("UK SC détenue de 2018 à 2020 sur un programme de⏎défense (expirée à mon départ) ; uniquement BPSS").
  const own = next && next.index < end ? next.index : undefined;
  let to = start;
  while (to < (own ?? end) && !CLAUSE_BREAK.test(text.charAt(to)) && !(own !== undefined && breaksAt(text, to, true))) to++;
  if (own !== undefined) return to < own ? to : lineEnd;
  if (to !== end) return to;
  // A narrow sidebar wraps a remark over three lines, the second ending in a dash before the status ("Ü2 (Forschungsprojekt des⏎
  // BMVg, 2019–2021) –⏎abgelaufen"): the line after a dash goes on too, once.
  if (depth === 0 && DASH_END.test(body)) return continuationEnd(text, end, next, depth + 1);
  return closedBelow(text, start, end);
}

/** A line that ends with a dash after a space: what it says goes on below. */
const DASH_END = /\s[-–—]\s*$/u;

/** The longest line of dates read as the period of the clearance above it. */
const MAX_DATES_LINE = 40;
/** A line that opens with a year ("2017-2020 (échue à la", "2019 – 2021, lapsed"). */
const YEAR_FIRST = /^\s*(?:19|20)\d\d\b/u;

/** A short line under a clearance that opens with its period, as a narrow sidebar wraps it ("« Confidentiel Défense »⏎2017-2020 (échue à la"). */
function datesUnder(body: string): boolean {
  return body.trim().length <= MAX_DATES_LINE && YEAR_FIRST.test(body);
}

/**
 * The end of a clause whose continued line leaves a bracket open: the bracket's close on the line after it ("Held a Secret
 * clearance⏎while serving (no longer⏎active)"), when it comes soon; else the line's end.
 */
function closedBelow(text: string, start: number, end: number): number {
  const body = text.slice(start, end);
  const open = body.lastIndexOf('(');
  if (open === -1 || body.indexOf(')', open) !== -1 || end >= text.length) return end;
  const [, nextEnd] = lineBounds(text, end + 1);
  const close = text.slice(end + 1, nextEnd).indexOf(')');
  return close !== -1 && close <= MAX_CLOSE ? end + 2 + close : end;
}

/** How far into the line after it a bracket left open may close. */
const MAX_CLOSE = 40;

/** A bracket and what it holds; `isRemark` tells which are remarks. */
const BRACKETED = /\([^()]*\)/gu;
/** A bracket's words that speak of SCI ("SCI-eligible"), at most 80 characters either side of it. */
const SCI_INSIDE = /^[^()]{0,80}\bSCI\b[^()]{0,80}$/u;

/**
 * A bracketed remark with more than a word or two ("(SCI-eligible)" speaks of SCI, not of the level before it). Tested on
 * each bracket rather than as one alternation of the two: the same brackets (a match only starts at "(" and ends at the
 * next ")"), and regexp/no-dupe-disjunctions took ~5 s to compare two alternatives of 80-character bounded repeats.
 */
function isRemark(bracketed: string): boolean {
  const inside = bracketed.slice(1, -1);
  // Counted in code points, as the `u` regex counted them.
  const size = [...inside].length;
  return (size >= 12 && size <= 80) || SCI_INSIDE.test(inside);
}
/** A clause after the level that speaks of SCI access ("Top Secret - active; SCI eligible, not currently indoctrinated"). */
const SCI_CLAUSE = /[;,.][^;,.()]{0,20}\bSCI\b[^;()]{0,120}/gu;

/**
 * The mention's clause without the remarks that speak of something else: longer bracketed remarks, and clauses on SCI
 * after it; a remark that holds the mention is its own ("Secret (TS/SCI investigation submitted Aug 2026)").
 */
function withoutRemarks(m: ClearanceMention): string {
  // Blanked with as many spaces, so the mention keeps its offset.
  const blank = (s: string, at: number) => (at <= m.clauseAt && m.clauseAt < at + s.length ? s : ' '.repeat(s.length));
  const blankRemark = (s: string, at: number) => (isRemark(s) ? blank(s, at) : s);
  return m.clause.replace(BRACKETED, blankRemark).replace(SCI_CLAUSE, blank);
}

/** The status of a mention from the words of its clause (eligibility from the clause without longer bracketed remarks). */
export function clearanceStatus(m: ClearanceMention, words: ClearanceWords, asOfYear = Number.POSITIVE_INFINITY): Clearance['status'] {
  // A level denied ("Not SC-cleared, but SC-eligible") is not held, as one only eligible for is not.
  if (m.denied) return 'eligible';
  if (words.eligible.test(withoutRemarks(m).replace(words.heldSponsors, ' '))) return 'eligible';
  // "sponsored for TS/SCI" is eligible for the level it stands before; "Sponsored for and granted TS/SCI, active" holds
  // it, and "Held an active TS/SCI; sponsored for the CI polygraph" speaks of something else.
  if (words.eligibleBefore.test(m.clause.slice(0, m.clauseAt)) && !words.active.test(m.clause)) return 'eligible';
  // A review's own words ("reinvestigation completed 2023") tell where the review stands, not the clearance.
  // A clause wrapped onto an indented line ("détenue pendant le⏎    service") is read as one line.
  if (saysLapsed(m.clause.replace(words.review, ' ').replace(WHITESPACE_RUN, ' '), words, asOfYear)) return 'lapsed';
  return words.active.test(m.clause) ? 'active' : 'held';
}

/** A run of spaces and line breaks. */
const WHITESPACE_RUN = /\s+/gu;

/** A lapse word in a clause, unless it names a year still to come: "gültig bis 2028" says when it will end, not that it has. */
function saysLapsed(clause: string, words: ClearanceWords, asOfYear: number): boolean {
  const re = words.lapsed;
  re.lastIndex = 0;
  let found = false;
  for (let m = re.exec(clause); m !== null && !found; m = re.exec(clause)) {
    if (m[0] === '') re.lastIndex++;
    found = [...m[0].matchAll(YEAR_IN)].every((y) => Number(y[0]) < asOfYear);
  }
  re.lastIndex = 0;
  return found;
}

const YEAR_IN = /\b(?:19|20)\d\d\b/gu;

/** Every clearance a résumé mentions, with its status; and the highest one held now (active or held, never lapsed or eligible). */
export function extractClearances(
  text: string,
  sectionOf: (offset: number) => SectionName,
  lex: Lexicon,
  asOfYear?: number,
  othersAt: (offset: number) => boolean = () => false,
): { clearance: Clearance | null; clearances: Clearance[] } {
  const words = clearanceWordsFor(lex);
  // A clearance named as others' (a recruiter's "clearance-required searches (Secret, TS/SCI)") is no mention of the person's.
  const mentions = clearanceMentions(text, words, (i) => sectionOf(i) === 'clearance').filter((m) => !othersAt(m.index));
  const statuses = groupStatuses(text, mentions, words, asOfYear);
  const clearances = mentions.map((m, i): Clearance => {
    const status = statuses[i] as Clearance['status'];
    const found: Clearance = {
      level: m.level,
      status,
      evidence: {
        text: text.slice(m.index, m.index + m.length),
        start: m.index,
        end: m.index + m.length,
        section: sectionOf(m.index),
        via: 'exact',
        confidence: 0.9,
      },
    };
    if (status === 'active') found.active = true;
    if (status === 'lapsed') found.active = false;
    if (words.polygraph.test(m.clause)) found.polygraph = true;
    if (words.fullScopePolygraph.test(m.clause)) found.fullScopePolygraph = true;
    return found;
  });
  let best: Clearance | null = null;
  for (const c of clearances) {
    if (
      c.status === 'lapsed' ||
      c.status === 'eligible' ||
      (c.status === 'held' && lapsedElsewhere(c, clearances)) ||
      notHeldInSection(c, clearances) ||
      asked(text, c.evidence.end) ||
      words.screenings.test(c.evidence.text)
    )
      continue;
    if (!best || clearanceRank(c.level) > clearanceRank(best.level) || (c.level === best.level && c.status === 'active' && best.status !== 'active')) best = c;
  }
  return { clearance: best, clearances };
}

/** The rest of a question on its line: no sentence ends before its question mark. */
const QUESTION_AFTER = /^[^.!?;\n]{0,160}\?/u;

/**
 * A level named in a question ("Do you hold a current security clearance (Baseline, NV1, NV2)?   No", as an
 * application form's screening answers print): the question names levels, it does not say one is held.
 */
function asked(text: string, end: number): boolean {
  return QUESTION_AFTER.test(text.slice(end, end + 161));
}

/**
 * A level named without a status ("Held a Secret clearance for the duration of service") and said lapsed elsewhere
 * ("Secret (inactive since separation)"), never active: the explicit status speaks for both.
 */
function lapsedElsewhere(c: Clearance, all: readonly Clearance[]): boolean {
  const same = all.filter((o) => o.level === c.level);
  return same.some((o) => o.status === 'lapsed') && !same.some((o) => o.status === 'active');
}

/**
 * A level mentioned outside the clearance section ("Held an active TS/SCI clearance for this program", under a past job)
 * whose own section says it lapsed ("TS/SCI — inactive since 06/2022"): the section states where it stands now.
 */
function notHeldInSection(c: Clearance, all: readonly Clearance[]): boolean {
  if (c.evidence.section === 'clearance') return false;
  const stated = all.filter((o) => o.level === c.level && o.evidence.section === 'clearance');
  return stated.length > 0 && stated.every((o) => o.status === 'lapsed' || o.status === 'eligible');
}

/** What may stand between a level's abbreviation and its name in brackets ("SC (Security Check)", "DV – Developed Vetting"). */
const SPELLED_OUT = /^[\s([–—-]{0,6}$/u;

/** Only a word that joins two levels as alternatives stands between them (" or "). */
function alternativeOnly(between: string, words: ClearanceWords): boolean {
  const body = between.trim();
  if (body.length === 0 || body.length > MAX_JOINER) return false;
  const m = words.alternatives.exec(body);
  return m !== null && m.index === 0 && m[0].length === body.length;
}

/** The longest joiner read between two levels. */
const MAX_JOINER = 12;

/** Status words, strongest first: one of them in a mention's group decides the group's status. */
const STATUS_ORDER: readonly Clearance['status'][] = ['eligible', 'lapsed', 'active', 'held'];

/**
 * The status of each mention, shared by a mention and the same level spelled out right after it: "Previously DV
 * (Developed Vetting) 2016 – 2021" is one lapsed clearance, "SC (Security Check) – active" one active clearance; and
 * by levels named as alternatives ("happy to be sponsored for SC or DV": neither is held).
 */
function groupStatuses(text: string, mentions: readonly ClearanceMention[], words: ClearanceWords, asOfYear?: number): Clearance['status'][] {
  const out = mentions.map((m) => clearanceStatus(m, words, asOfYear));
  let first = 0;
  for (let i = 1; i <= mentions.length; i++) {
    const prev = mentions[i - 1] as ClearanceMention;
    const m = mentions[i];
    const between = m ? text.slice(prev.index + prev.length, m.index) : '';
    if (m && ((m.level === prev.level && SPELLED_OUT.test(between)) || alternativeOnly(between, words))) continue;
    const group = out.slice(first, i);
    const status = STATUS_ORDER.find((s) => group.includes(s)) ?? 'held';
    out.fill(status, first, i);
    first = i;
  }
  return out;
}

/** The rank of a clearance level: higher is more. */
export function clearanceRank(level: ClearanceLevel): number {
  return CLEARANCE_LEVELS.indexOf(level);
}
