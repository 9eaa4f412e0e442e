import { fold, lexiconRegExp, phrasesBody, phrasesRegex, unicodeLiteral, unicodeRegex } from '../text/phrases';
import { dotAbbreviationsFor, firstEnd } from '../text/abbreviations';
import type { Lexicon } from '../text/lexicon';
import { compiledRegExp } from '../text/repeats';
import type { RawEntry } from './_entries';

/** The first words of a line, after its bullet ("• Veridane NV builds …"). */
const LEADING_WORDS = unicodeLiteral`/[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu`;
/** Where a sentence ends: a full stop, question or exclamation mark, maybe closed by brackets or quotes ("….)"), before a space or the line end. */
const SENTENCE_END = /[.!?][)\]"'”’»]{0,2}(?=\s|$)/gu;
/** A line break that opens a list item: a description never runs into the person's own bullets. */
// A bullet may stand deep in a date-column layout ("Jul 2021 – present    Assistant Professor" over indented bullets).
const NEXT_ITEM = /\n[ \t]{0,40}[*•▪‣◦-]\s/u;
/** How far after its verb an employer's description may run, in characters. */
const MAX_DESCRIPTION = 300;
/** How far after a clause's opening its subject is sought (`teamSubjects`, `othersSubjects`: a few words). */
const SUBJECT_WINDOW = 120;
/** How many words of the employer's name may stand between its first word and the verb ("Acme Robotics Ltd builds"). */
const MAX_NAME_WORDS = 3;

/** Parts of a line: a comma, semicolon, middle dot or pipe ends one. */
const LINE_PARTS = /[,;·|]/u;

const verbsCache = new WeakMap<Lexicon, ReadonlySet<string>>();
const headcountCache = new WeakMap<Lexicon, RegExp>();

/** A whole line part that is a headcount, folded: "~120 staff", "ca. 120 Mitarbeitende", "plus de 2 000 salariés". */
function headcountOf(lex: Lexicon): RegExp {
  let hit = headcountCache.get(lex);
  if (!hit) {
    const about = phrasesBody(lex.measures.approximate.map(fold));
    const nouns = phrasesBody(lex.work.headcountWords.map(fold));
    hit = compiledRegExp(`^\\s{0,3}(?:${about}\\s{1,3})?[~≈]?\\s{0,2}\\d[\\d.,\\u00a0 ]{0,8}\\+?\\s{1,3}${nouns}\\s{0,3}$`, 'u');
    headcountCache.set(lex, hit);
  }
  return hit;
}

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
  const headcount = headcountOf(lex);
  for (const e of entries) {
    const profile = profileLine(text, e, headcount);
    if (profile) spans.push(profile);
    const name = firstWord(e.organization ?? '');
    // No name, or a language with no company verbs: no sentence can describe the employer.
    if (name === undefined || name.length < 3 || verbs.size === 0) continue;
    for (let at = e.headerEnd; at < e.bodyEnd; ) {
      const nl = text.indexOf('\n', at);
      const lineEnd = nl < 0 || nl > e.bodyEnd ? e.bodyEnd : nl;
      const described = describedAt(text.slice(at, lineEnd), name, verbs);
      if (described !== undefined) {
        const { verbEnd } = described;
        const ahead = text.slice(at + verbEnd, Math.min(e.bodyEnd, at + verbEnd + MAX_DESCRIPTION));
        const item = NEXT_ITEM.exec(ahead);
        const rest = item ? ahead.slice(0, item.index) : ahead;
        const stop = firstEnd(rest, SENTENCE_END, dotAbbreviationsFor(lex));
        spans.push({ start: at + described.start, end: stop ? at + verbEnd + stop.index + stop[0].length : lineEnd });
      }
      at = lineEnd + 1;
    }
  }
  return spans;
}

/**
 * The first line of an entry's body when it is no list item and one of its parts is only a headcount ("Clinical NLP
 * and imaging start-up, ~120 staff, models served to 40 hospital sites"): it profiles the employer.
 */
function profileLine(text: string, e: RawEntry, headcount: RegExp): { start: number; end: number } | undefined {
  let at = e.headerEnd;
  while (at < e.bodyEnd && /\s/u.test(text.charAt(at))) at++;
  const nl = text.indexOf('\n', at);
  const end = nl < 0 || nl > e.bodyEnd ? e.bodyEnd : nl;
  const line = text.slice(at, end);
  if (line === '' || NEXT_ITEM.test(`\n${line}`)) return undefined;
  if (
    !fold(line)
      .split(LINE_PARTS)
      .some((part) => headcount.test(part))
  )
    return undefined;
  return { start: wrappedFrom(text, at, e.headerStart), end };
}

/** An employer's profile that wraps from the line above, in the entry's header ("… (ISO 27001, TISAX," over "SOC 2), ca. 120 staff"): where that line starts. */
function wrappedFrom(text: string, at: number, headerStart: number): number {
  const above = text.lastIndexOf('\n', at - 1);
  if (above <= headerStart) return at;
  const start = Math.max(text.lastIndexOf('\n', above - 1) + 1, headerStart);
  const line = text.slice(start, above).trimEnd();
  const open = line.split('(').length - line.split(')').length;
  return line.endsWith(',') || open > 0 ? start : at;
}

/** The folded first word of an organisation's name. */
function firstWord(org: string): string | undefined {
  LEADING_WORDS.lastIndex = 0;
  const m = LEADING_WORDS.exec(org);
  return m ? fold(m[0]) : undefined;
}

/** Where the sentence opens and its company verb ends when a part of the line opens with the employer's name and such a verb. */
function describedAt(line: string, name: string, verbs: ReadonlySet<string>): { start: number; verbEnd: number } | undefined {
  // The name may open a later part of the line too ("Offensive-Security-Team; SecuNord bietet außerdem …").
  for (const part of line.matchAll(PART_OPENINGS)) {
    const offset = part.index + part[0].length;
    const at = describedFrom(line.slice(offset), name, verbs);
    if (at !== undefined) return { start: offset, verbEnd: offset + at };
  }
  return undefined;
}

/** Where a line's parts open: its start, or after a semicolon or a full stop and a space. */
const PART_OPENINGS = /^|[;.]\s{1,3}/gu;

/** `describedAt` for one part of a line, which must open with the name. */
function describedFrom(line: string, name: string, verbs: ReadonlySet<string>): number | undefined {
  LEADING_WORDS.lastIndex = 0;
  const first = LEADING_WORDS.exec(line);
  if (!first || fold(first[0]) !== name || unicodeRegex`[\p{L}\p{N}]`.test(line.slice(0, first.index))) return undefined;
  for (let i = 0; i <= MAX_NAME_WORDS; i++) {
    const w = LEADING_WORDS.exec(line);
    if (!w) return undefined;
    if (verbs.has(fold(w[0]))) return w.index + w[0].length;
    // Only more words of the name (capitalised: "Robotics", "NV") may come before the verb.
    if (w[0].charAt(0) === w[0].charAt(0).toLowerCase()) return undefined;
  }
  return undefined;
}

/** A sentence of an entry whose subject is a team or another party ("My team migrated the SIEM …", "The platform team ran …"). */
export interface TeamSentence {
  start: number;
  end: number;
  /** The list item it stands in: the person's own work there may make the team's work theirs too. */
  itemStart: number;
  itemEnd: number;
  /** The subject is the person's own team (`teamSubjects`), not another party (`othersSubjects`). */
  ownTeam: boolean;
  /** The list item says the person had their own hands on the work (`selfHandsWords`: "I wrote the first version myself"). */
  selfHands: boolean;
}

interface TeamWords {
  own: RegExp | undefined;
  others: RegExp | undefined;
  /** The bare pronouns among the others' subjects (`pronounSubjects`: "ils", "ellos"). */
  pronouns: RegExp | undefined;
  self: RegExp | undefined;
  hands: RegExp | undefined;
  /** A passive agent naming another party as the doer (`othersAgents`), global. */
  agents: RegExp | undefined;
  /** A relative clause whose subject is another party (`othersRelatives`), global. */
  relatives: RegExp | undefined;
  /** A participle of building whose doer is another party (`othersMadeBy`), global. */
  madeBy: RegExp | undefined;
  /** A mark or an `and` word that ends a participle's phrase ("built by the data team and tested it for …"). */
  phraseEnd: RegExp;
  /** Words of a list item that say the person did none of its hands-on work (`handsOffItems`). */
  handsOff: RegExp | undefined;
  /** Words of mentoring or sponsoring others (`certOthersLeads`), global. */
  certLeads: RegExp | undefined;
  /** Words that make a certification after them the person's own (`certOwnWords`). */
  certOwn: RegExp | undefined;
}

const teamCache = new WeakMap<Lexicon, TeamWords>();

/** Where a part of a line opens: its start, or after a semicolon, a colon or a full stop and a space. */
// An aside in brackets opens a clause too: "(several of them host their systems on Azure)".
const TEAM_OPENINGS = /^|[;:.]\s{1,3}|\(/gu;
/** What may stand before the subject at a line's start: indentation and a bullet. */
const BULLET = '^[\\s\\-–—•·*▪◦>]{0,40}';
/** Where a clause ends inside a list item: a semicolon, or a sentence's end. */
const CLAUSE_END = /;|[.!?][)\]"'”’»]{0,2}(?=\s|$)/gu;

/** A global pattern of a list's phrases as whole words, or none for an empty list. */
/** The phrases as whole words, global, tried at their head words only (as one alternation, `othersAgents` cost ~13 ms to compile on the first document). */
const anyOf = (phrases: readonly string[]): RegExp | undefined => (phrases.length ? phrasesRegex(phrases, 'g') : undefined);

function teamWords(lex: Lexicon): TeamWords {
  let hit = teamCache.get(lex);
  if (!hit) {
    const w = lex.work;
    // A subject may end its line, the verb wrapped onto the next: "(several of them⏎host their systems on Azure)".
    const lead = (phrases: readonly string[]) => (phrases.length ? lexiconRegExp(`${BULLET}${phrasesBody(phrases)}(?=\\s|$)`) : undefined);
    hit = {
      own: lead(w.teamSubjects),
      others: lead(w.othersSubjects),
      pronouns: lead(w.pronounSubjects),
      self: w.selfWords.length ? lexiconRegExp(`(?<![\\p{L}\\p{N}])${phrasesBody(w.selfWords)}(?![\\p{L}\\p{N}])`) : undefined,
      hands: w.selfHandsWords.length ? lexiconRegExp(`(?<![\\p{L}\\p{N}])${phrasesBody(w.selfHandsWords)}(?![\\p{L}\\p{N}])`) : undefined,
      agents: anyOf(w.othersAgents),
      relatives: anyOf(w.othersRelatives),
      madeBy: anyOf(w.othersMadeBy),
      phraseEnd: lexiconRegExp(`[,;:)]|\\s${phrasesBody(lex.sections.and)}(?![\\p{L}\\p{N}])`),
      handsOff: w.handsOffItems.length ? phrasesRegex(w.handsOffItems) : undefined,
      certLeads: anyOf(w.certOthersLeads),
      certOwn: w.certOwnWords.length ? phrasesRegex(w.certOwnWords) : undefined,
    };
    teamCache.set(lex, hit);
  }
  return hit;
}

/**
 * Sentences of the entries whose subject is the person's team or another party ("My detection engineering team migrated the
 * SIEM to Splunk Cloud.", "the platform team ran the Kubernetes side"): their work, not the person's. A sentence that names
 * the person too ("My team built Tripwire: I wrote the first prototype") is none. Spans run from the subject to the
 * clause's end (a semicolon or the sentence's end), inside the list item.
 */
export function teamSentences(text: string, entries: readonly RawEntry[], lex: Lexicon): TeamSentence[] {
  const { own, others, pronouns, self, hands, agents, relatives, madeBy, phraseEnd } = teamWords(lex);
  if (!own && !others && !agents && !relatives && !madeBy) return [];
  const abbreviations = dotAbbreviationsFor(lex);
  const out: TeamSentence[] = [];
  for (const e of entries) {
    if (agents) out.push(...agentClauses(text, e, agents, self, 'clause', abbreviations));
    if (relatives) out.push(...agentClauses(text, e, relatives, self, 'match', abbreviations));
    if (madeBy) out.push(...agentClauses(text, e, madeBy, self, 'noun', abbreviations, phraseEnd));
    let itemStart = e.headerEnd;
    // The item's end and its own hands, found once per item (a long item of many team clauses stays linear).
    let itemFor = -1;
    let itemEnd = e.bodyEnd;
    let selfHands = false;
    for (let at = e.headerEnd; at < e.bodyEnd; ) {
      const nl = text.indexOf('\n', at);
      const lineEnd = nl < 0 || nl > e.bodyEnd ? e.bodyEnd : nl;
      const line = text.slice(at, lineEnd);
      const opensItem = NEXT_ITEM.test(`\n${line}`);
      if (opensItem || line.trim() === '') itemStart = at;
      for (const part of line.matchAll(TEAM_OPENINGS)) {
        const offset = part.index + part[0].length;
        // A line that goes on from the one above ("… for 14 enterprise" over "clients with Terraform") opens no sentence.
        if (offset === 0 && !opensItem && goesOn(text, at, e.headerEnd)) continue;
        // Only the subject is sought at the opening: a bounded window keeps a long line of many clauses linear.
        const rest = line.slice(offset, offset + SUBJECT_WINDOW);
        const ownMatch = own?.exec(rest);
        const isOwn = ownMatch !== null && ownMatch !== undefined;
        if (!isOwn && !others?.exec(rest)) continue;
        // After a semicolon a bare pronoun stands for what the clause before named, not for another party.
        if (!isOwn && part[0].startsWith(';') && pronouns?.test(rest)) continue;
        const from = at + offset;
        const ahead = text.slice(from, Math.min(e.bodyEnd, from + MAX_DESCRIPTION));
        const item = NEXT_ITEM.exec(ahead);
        const clause = item ? ahead.slice(0, item.index) : ahead;
        const stop = firstEnd(clause, CLAUSE_END, abbreviations);
        const end = from + (stop ? stop.index : clause.length);
        if (self?.test(text.slice(from, end))) continue;
        if (itemFor !== itemStart) {
          itemFor = itemStart;
          itemEnd = findItemEnd(text, lineEnd, e.bodyEnd);
          selfHands = hands?.test(text.slice(itemStart, itemEnd)) ?? false;
        }
        out.push({ start: from, end, itemStart, itemEnd, ownTeam: isOwn, selfHands });
      }
      at = lineEnd + 1;
    }
  }
  return out;
}

/**
 * The list items of the entries that say the person did none of their hands-on work ("Led six engineers building the ML
 * platform (Kubeflow, MLflow); I stopped writing production code", "the engineers and the vendor did the configuration, I
 * owned the plan"): the whole item, from its bullet (or the entry's body start) to the next item, is others' work
 * (convention 39).
 */
export function handsOffItems(text: string, entries: readonly RawEntry[], lex: Lexicon): Array<{ start: number; end: number }> {
  const { handsOff } = teamWords(lex);
  if (!handsOff) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const e of entries) {
    for (let start = e.headerEnd; start < e.bodyEnd; ) {
      const end = findItemEnd(text, start + 1, e.bodyEnd);
      if (handsOff.test(text.slice(start, end))) out.push({ start, end });
      start = end;
    }
  }
  return out;
}

/**
 * Where others' work opens: at the clause's opening for a passive ("the models are built by the CoE"), at the match for a
 * relative clause ("that the ML team developed"), at the words right before it for a participle ("RAG développé par").
 */
type AgentOpening = 'clause' | 'match' | 'noun';

/**
 * The clauses of an entry with another party as the doer of a passive verb, of a relative clause or of a participle ("the
 * controls were built and tested by the platform team", "the model that the ML team developed in TensorFlow", "RAG
 * développé par l'équipe data science"): a passive one (`clause`) from the clause's opening (a list item's or a line's
 * start, a semicolon, a colon or a sentence's end), a relative one from its relative word, to its end; a participle's
 * from the words right before it to the first mark after it. A clause that names the person ("I was supported by the
 * vendor") is none.
 */
function agentClauses(
  text: string,
  e: RawEntry,
  agents: RegExp,
  self: RegExp | undefined,
  opening: AgentOpening,
  abbreviations: ReadonlySet<string>,
  phraseEnd?: RegExp,
): TeamSentence[] {
  const out: TeamSentence[] = [];
  const body = text.slice(e.headerEnd, e.bodyEnd);
  let after = 0;
  agents.lastIndex = 0;
  for (let m = agents.exec(body); m !== null; m = agents.exec(body)) {
    if (m.index < after) continue;
    // A passive clause is the party's work from its opening; a relative clause from its relative word on; a participle
    // from the thing it describes, the words right before it.
    const from = e.headerEnd + (opening === 'clause' ? clauseOpening(body, m.index) : opening === 'noun' ? nounOpening(body, m.index) : m.index);
    const ahead = text.slice(e.headerEnd + m.index, Math.min(e.bodyEnd, e.headerEnd + m.index + MAX_DESCRIPTION));
    const item = ANY_ITEM.exec(ahead);
    const clause = item ? ahead.slice(0, item.index) : ahead;
    const stop = firstEnd(clause, CLAUSE_END, abbreviations);
    // A clause that a bracket opens ends with it: "(all models are built by the Data Science CoE)"; a participle's phrase
    // with its doer at the first mark or `and` word after it, "assistant (built by the ML team): tested it for …", "RAG
    // pipeline built by the data team and tested it for …".
    const close = phraseEnd ? clause.search(phraseEnd) : body.charAt(from - e.headerEnd - 1) === '(' ? clause.indexOf(')') : -1;
    const end = e.headerEnd + m.index + (close >= 0 && (!stop || close < stop.index) ? close : stop ? stop.index : clause.length);
    after = end - e.headerEnd;
    if (self?.test(text.slice(from, end))) continue;
    out.push({ start: from, end, itemStart: from, itemEnd: end, ownTeam: false, selfHands: false });
  }
  return out;
}

/** A line break that opens a list item, however far the item is indented (a two-column layout: "    ▪ Built …"). */
const ANY_ITEM = /\n[ \t]*[*•▪‣◦▸-]\s/u;

/** Where the clause that holds `at` opens: after a semicolon, a colon, an opening bracket or a sentence's end, or at its list item's start, at most `MAX_DESCRIPTION` back. */
function clauseOpening(body: string, at: number): number {
  const floor = Math.max(0, at - MAX_DESCRIPTION);
  for (let k = at - 1; k >= floor; k--) {
    const c = body.charAt(k);
    if ((c === ';' || c === ':' || c === '(') && k + 1 < at) return k + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/u.test(body.charAt(k + 1))) return k + 1;
    if (c === '\n' && NEXT_ITEM.test(body.slice(k, k + 12))) return k + 1;
  }
  return floor;
}

/** Most words before a participle of others' building that name what they built ("l'assistant RAG développé par"). */
const MADE_THING_WORDS = 3;

/** A comma or an opening bracket right before a participle: it describes the words before them ("RAG, entwickelt vom …"). */
const APPOSITION_LEAD = /[,(][ \t]{0,3}$/u;

/** Where the thing a participle at `at` describes opens: up to `MADE_THING_WORDS` words back, within its clause and after a comma. */
function nounOpening(body: string, at: number): number {
  const lead = APPOSITION_LEAD.exec(body.slice(Math.max(0, at - 4), at));
  let k = lead ? at - lead[0].length : at;
  const floor = clauseOpening(body, k);
  for (let n = 0; n < MADE_THING_WORDS; n++) {
    let j = k;
    while (j > floor && /\s/u.test(body.charAt(j - 1))) j--;
    if (j <= floor || body.charAt(j - 1) === ',') break;
    while (j > floor && !/[\s,]/u.test(body.charAt(j - 1))) j--;
    k = j;
  }
  return k;
}

/** Where the list item that goes on past `from` ends: at the next item's line, or the entry's end. */
function findItemEnd(text: string, from: number, bodyEnd: number): number {
  const next = NEXT_ITEM.exec(text.slice(from, bodyEnd));
  return next ? from + next.index : bodyEnd;
}

/** True when the line at `at` goes on from the line above: that line ends in no mark that closes a sentence or a label. */
function goesOn(text: string, at: number, from: number): boolean {
  let k = at - 1;
  while (k >= from && /\s/u.test(text.charAt(k))) k--;
  return k >= from && !/[.!?:;)]/u.test(text.charAt(k));
}

/** A count or a share before a team subject: "Four of my engineers", "two of our SREs", "most of the team". */
const SHARE_OF = /^[\s\-–—•·*▪◦>]{0,8}[\p{L}\p{N}]{1,12}\s{1,3}\p{Ll}{2,3}\s{1,3}/u;

/**
 * Whether the sentence that holds `at` opens with the person's team or another party as its subject, with no word of the
 * person's between its opening and `at` ("Four of my engineers hold the CKA"): what is named there is theirs.
 */
export function othersSentenceAt(text: string, at: number, lex: Lexicon): boolean {
  const { own, others, self } = teamWords(lex);
  if (!own && !others) return false;
  let from = at;
  while (from > 0 && at - from < MAX_DESCRIPTION && !/[.!?;:\n]/u.test(text.charAt(from - 1))) from--;
  const head = text.slice(from, at);
  if (self?.test(head)) return false;
  const opens = (s: string) => own?.test(s) === true || others?.test(s) === true;
  const share = SHARE_OF.exec(head);
  return opens(head) || (share !== null && opens(head.slice(share[0].length)));
}

/** How far back from a certification its clause is read for a word of mentoring others (a long bullet's clause). */
const CERT_CLAUSE_REACH = 160;
/** What ends the clause before a certification: a sentence's or a clause's mark, a line end, a column bar or a bullet. */
const CERT_CLAUSE_MARK = /[.!?;:\n|•·]/u;

/** A line break right before `from` that only wraps a sentence: the line above holds text, and the line at `from` opens no list item. */
function softWrapAt(text: string, from: number): boolean {
  return text.charAt(from - 1) === '\n' && from >= 2 && text.charAt(from - 2).trim() !== '' && !LIST_ITEM_LINE.test(text.slice(from, from + 12));
}
/** A line that opens a list item. */
const LIST_ITEM_LINE = /^[^\S\n]{0,40}[-–•*▪·◦]/u;

/**
 * Whether the certification at `at` is the object of the person's mentoring, coaching or sponsoring others ("Mentor two
 * SOC analysts through their GIAC GCIH preparation", "sponsored the team's OSCP training"): a word of `certOthersLeads`
 * opens its part of the clause, and no word of `certOwnWords` ("my", "I", "by") stands between it and the name.
 */
export function othersCertAt(text: string, at: number, lex: Lexicon): boolean {
  const { certLeads, certOwn } = teamWords(lex);
  if (!certLeads) return false;
  let from = at;
  // A line wrapped inside the clause goes on ("Mentored three analysts through their first audits and⏎CISA exam prep."): only
  // a line that opens a list item, or one under a blank line, starts it.
  while (from > 0 && at - from < CERT_CLAUSE_REACH && (!CERT_CLAUSE_MARK.test(text.charAt(from - 1)) || softWrapAt(text, from))) from--;
  const head = text.slice(from, at);
  certLeads.lastIndex = 0;
  const lead = certLeads.exec(head);
  return lead !== null && !(certOwn?.test(head.slice(lead.index + lead[0].length)) ?? false);
}
