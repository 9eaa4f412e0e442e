import type { ExperienceMeasure, SectionName, YearsClaim } from '../schemas';
import { firstEnd } from '../text/abbreviations';
import type { Mention } from '../text/mentions';
import { indexFrom } from '../text/sorted';
import { fold, unicodeRegex, unicodeLiteral } from '../text/phrases';
import {
  durationYears,
  measureAfter,
  onlyFillers,
  overallAfter,
  phraseYears,
  qualifiesOther,
  readNumber,
  type YearsWords,
  yearsLabelValue,
} from '../text/years';

/** What may stand between a skill and its "(5 years)" / "– 5 yrs": a separator, and a rating in symbols ("Python ●●●●○ (6 yrs)"). */
const FILLER_BEFORE = /^\s{0,3}(?:[●○◉◎◐◑★☆✦✧■□◆◇▪▫⬤◯]{1,10}\s{0,3})?[-–—:(,]?\s{0,3}$/u;
/** The most characters between a skill and its claim (a separator and a rating of ten symbols). */
const FILLER_REACH = 20;
/** How far after "N years" its subject may start. */
const SUBJECT_REACH = 60;
/** Where a measure claim's evidence ends. */
const CLAIM_END = /[,.;\n]/u;
/** Whether only blanks stand between the line's start and `at`. */
function opensLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charAt(k);
    if (c === '\n') return true;
    if (!BLANK.test(c)) return false;
  }
  return true;
}
const BLANK = /\s/u;

/** One row of a skills table that states years ("Python | 6 | Expert") or a level meaning "not yet". */
export interface TableRow {
  start: number;
  end: number;
  years: number | undefined;
  learning: boolean;
}

/**
 * Finds explicit year claims: "5+ years of Python", "SQL – 7 years", "Java (Less than 1 year)",
 * "8+ years of cybersecurity experience", and the years column of skills tables. Mentions must be sorted by start;
 * `phrases` are the text's `yearsPhrases`.
 */
export function findClaims(
  text: string,
  mentions: readonly Mention[],
  sectionOf: (offset: number) => SectionName,
  words: YearsWords,
  rows: readonly TableRow[],
  phrases: readonly RegExpExecArray[],
  titles: TitleWords,
  skillOf: (id: string) => SkillNaming | undefined = () => undefined,
): YearsClaim[] {
  const skills = mentions.filter((m) => m.target === 'skill');
  const claims: YearsClaim[] = [];
  const evidence = (s: number, e: number) => ({ text: text.slice(s, e), start: s, end: e, section: sectionOf(s), via: 'claim' as const, confidence: 0.7 });
  const claim = (years: number, start: number, end: number) => {
    const from = qualifierStart(text, start, words);
    const subject = claimSubject(text, skills, end, from, words);
    if (subject) {
      const proof = evidence(Math.min(subject.start, start), Math.max(subject.end, end));
      // "10 ans d'expérience en protection des données puis en gouvernance de l'IA": years that go on from their subject
      // to another field span both, experience overall.
      if (subject.start >= end && words.sequence.test(text.slice(subject.end, subject.end + SEQUENCE_REACH))) {
        claims.push({ subject: 'totalYears', years, evidence: proof });
        return;
      }
      // "10 ans en sécurité réseau, applicative et cloud": the skill's head noun goes on to other kinds of its field, so
      // the years are the field's, as "10 years in network, application and cloud security" says, none the skill's own.
      const head = subject.start >= end ? headOfKinds(text.slice(subject.start, subject.end), words) : undefined;
      if (head && headListed(text, subject.end, titles.titleParts)) {
        claims.push({ subject: head, years, evidence: proof });
        return;
      }
      // "Thirteen years in audit and risk": the skill and other work joined to it, experience overall as well.
      if (subject.start >= end && joinsOtherWork(text, subject.end, skills, titles.titleParts, words))
        claims.push({ subject: 'totalYears', years, evidence: proof });
      claims.push({ subject: subject.id, years, evidence: proof });
      // "Ten years in model risk and analytics", "15+ years in information security, risk and governance": a list that goes
      // on from the skill to kinds of work no skill names spreads the years over them, experience overall.
      const spreadOver = subject.start >= end && listGoesOnPast(text, subject.end, skills, words, titles.titleParts);
      if (spreadOver) claims.push({ subject: 'totalYears', years, evidence: proof });
      // "Ten years in application security", "10+ years building machine learning models": a skill that names a field of
      // work, by the words written or by its own name, claims that field's years too.
      const named = skillOf(subject.id);
      const said = text.slice(subject.start, subject.end);
      const field = spreadOver
        ? undefined
        : (fieldNamedBy(said, words) ??
          sharedHeadField(text, subject.end, named, words, titles.titleParts) ??
          fieldNamedExactly(named?.name, words) ??
          // "3 years in a SOC": a place of security work (`securitySettings`) named as the skill, security years.
          (words.securitySetting.test(said) ? 'securityYears' : undefined) ??
          // "7 years in cloud and ML platform security": the field the clause from the skill on ends on.
          (subject.start >= end ? fieldEndingClause(sentenceAfter(text, end, words.dotAbbreviations), words) : undefined) ??
          titleAfter(text, end, words, titles));
      if (field) claims.push({ subject: field, years, evidence: proof });
      // "11 years of audit experience, 8 of them in information security": the years are experience overall too, and the
      // part on the same line is its field's; a part of security work spent on AI features is security work still.
      const part = partClaim(text, end, skills, words, subject.id);
      if (part && !text.slice(end, part.start).includes('\n')) {
        // "6 years of Python and 4 with Kubernetes": two claims side by side, no whole and its part.
        if (!part.elided) claims.push({ subject: 'totalYears', years, evidence: proof });
        const own = field ?? (named?.workKind === undefined ? undefined : KIND_MEASURE[named.workKind]);
        const partField = part.skill ? (fieldNamedBy(text.slice(part.skill.start, part.skill.end), words) ?? part.subject) : part.subject;
        if (own === undefined || !isMeasure(partField) || partField === own) pushPart(part);
      }
      return;
    }
    // "Total Experience: 6.5 years", "Berufserfahrung: 7 Jahre", "Security experience: 5 years": a line's label names
    // what its years are of.
    const label = labelMeasure(text, from, words);
    if (label) {
      claims.push({ subject: label.measure, years, evidence: evidence(label.start, end) });
      return;
    }
    // "13 ans d'expérience en SI dont 10 en cybersécurité": the words of a part end what the whole is about, with no comma.
    // "eight years who moved into ML security": a relative clause says something else, no field of the years.
    const whole = beforeRelative(text.slice(end, end + 80), words);
    // "12 years in IT and 8 in security": the elided years of another field end it too.
    const inField = partInField(sentenceAfter(text, end, words.dotAbbreviations), words);
    const partAt = inField ? words.ofThem.exec(whole) : words.andNumber.exec(whole);
    const rest = partAt && partAt.index > 0 ? whole.slice(0, partAt.index).trimEnd() : whole;
    const clause = claimClause(rest, words);
    // "13 years in regulated industries, 11 of them in security", "17 years across audit, IT risk and …", "16 years in
    // software and security": overall.
    // "11 years of practice across data protection, …": the spreading word may follow fillers.
    const spread = words.spanning.test(rest) || words.spanning.test(afterFillers(rest, words)) || generalAndField(clause, words, titles.titleParts);
    // "7 years of experience developing …": the experience word is a filler only before a field that follows.
    const after = spread ? undefined : (fieldAmongParts(clause, words, titles.titleParts) ?? workMeasureAfter(rest, words));
    // "15+ years in information security, risk and governance": a field that opens a list of other kinds of work.
    const listed =
      after !== undefined &&
      after !== 'totalYears' &&
      rest.charAt(clause.length) === ',' &&
      endsOnField(clause, words) &&
      listGoesOnPast(text, end + clause.length, skills, words, titles.titleParts);
    const named = spread || listed || (after === undefined && overallAfter(rest, words)) ? 'totalYears' : after;
    const parted = !spread && (named === undefined || named === 'totalYears') && inField;
    // "Más de 9 años en logística, inventarios y distribución": years in a list of kinds of work, none a skill or a
    // field of its own, are experience overall.
    const workListed = named === undefined && !parted && listsWork(rest, words, titles.titleParts);
    const measure: ExperienceMeasure | undefined = parted || workListed ? 'totalYears' : (named ?? titleAfter(text, end, words, titles));
    if (measure) claims.push({ subject: measure, years, evidence: evidence(start, end + clause.length) });
    // "…, 11 of them in security", "los últimos nueve dedicados a la protección de datos": the part's own claim.
    const part = !spread && (named === undefined || named === 'totalYears') ? partClaim(text, end, skills, words) : undefined;
    if (part) pushPart(part);
    // "11 years in ops and 6 in security": years of work no field names, beside fewer years in a field, are the whole career.
    if (measure === undefined && part?.elided === true && isMeasure(part.subject) && part.subject !== 'totalYears' && part.years <= years)
      claims.push({ subject: 'totalYears', years, evidence: evidence(start, end + clause.length) });
    // "ML engineer with 7 years of experience": years in the field of the title before them; "Compliance professional
    // with 12 years in financial services": a title of no field, experience overall.
    const titled =
      spread || parted || (measure !== undefined && measure !== 'totalYears')
        ? undefined
        : (titledField(text, from, words, titles) ??
          (from < start ? titledField(text, start, words, titles) : undefined) ??
          (measure === undefined ? headlineField(text, from, words, titles) : undefined));
    if (titled && !(titled.measure === 'totalYears' && measure === 'totalYears'))
      claims.push({ subject: titled.measure, years, evidence: evidence(titled.start, end + clause.length) });
  };
  const pushPart = (part: PartClaim) => {
    const proof = evidence(part.start, part.end);
    claims.push({ subject: part.subject, years: part.years, evidence: proof });
    const field = part.skill ? fieldNamedBy(text.slice(part.skill.start, part.skill.end), words) : undefined;
    if (field) claims.push({ subject: field, years: part.years, evidence: proof });
  };
  // A form's questions of years: the "N years" of an answer ("?   5 years") is read with its question, not alone.
  const questions = [...text.matchAll(words.yearsQuestion)];
  // The questions are in text order: the last one opening before `at` is the only one that may hold it (binary search).
  const answered = (at: number) => {
    const q = questions[indexFrom(questions, at, (x) => x.index) - 1];
    return q !== undefined && at < q.index + q[0].length;
  };
  for (const m of phrases) {
    if (questions.length > 0 && answered(m.index)) continue;
    const g = m.groups ?? {};
    const years = phraseYears(g, words);
    // "up to 4 years" states no minimum.
    if (years === undefined || years <= 0 || years > 60 || words.upTo.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const end = m.index + m[0].length;
    // "Pune, INDIA      7 Years 2 Months      ₹ 12 Lacs": a length of time alone in a cell of the profile's header is the
    // experience the person states overall, as job portals print it.
    const stated = sectionOf(m.index) === 'header' ? headerDuration(text, m.index, words) : undefined;
    if (stated) {
      claims.push({ subject: 'totalYears', years: stated.years, evidence: evidence(stated.start, stated.end) });
      continue;
    }
    if (isTenureLine(text, m.index, end, words, sectionOf)) continue;
    claim(years, m.index, end);
  }
  words.lessThanOne.lastIndex = 0;
  for (let m = words.lessThanOne.exec(text); m !== null; m = words.lessThanOne.exec(text)) claim(0.5, m.index, m.index + m[0].length);
  // "How many years of application security experience do you have?   7": the answer claims what the question names,
  // read after the question's words as after "7 years".
  for (const m of questions) {
    const years = Number((m.groups?.n ?? '').replace(',', '.'));
    const asked = m.groups?.q ?? '';
    if (years <= 0 || years > 60) continue;
    // The first skill the question names is what it asks about, whatever verb stands around it ("¿Cuántos años de
    // experiencia tiene con Python?"); else the words after the question's opening are read as after "N years".
    const end = m.index + m[0].length;
    const asks = skills[lowerBound(skills, m.index + asked.length)];
    if (asks === undefined || asks.end > text.lastIndexOf('?', end)) {
      claim(years, m.index, m.index + asked.length);
      continue;
    }
    const proof = evidence(m.index, end);
    claims.push({ subject: asks.id, years, evidence: proof });
    const field = fieldNamedBy(text.slice(asks.start, asks.end), words);
    if (field) claims.push({ subject: field, years, evidence: proof });
  }
  claims.push(...labelledCounts(text, words, evidence));
  for (const row of rows) {
    if (row.years === undefined || row.years <= 0) continue;
    // "Docker / Kubernetes | 5": every skill the row names claims its years; those in brackets are its tools ("AWS
    // (SageMaker, EKS) | 5" claims AWS only), and so is a word that also names a skill already claimed ("Kubernetes / EKS").
    const inRow = skills.filter((s) => s.start >= row.start && s.start < row.end);
    const claimed = new Set<string>();
    let depth = 0;
    let at = row.start;
    for (let k = 0; k < inRow.length; ) {
      const first = inRow[k] as Mention;
      let last = k;
      while (last + 1 < inRow.length && (inRow[last + 1] as Mention).start === first.start) last++;
      for (; at < first.start; at++) {
        const c = text.charAt(at);
        if (c === '(' || c === '[') depth++;
        else if ((c === ')' || c === ']') && depth > 0) depth--;
      }
      const same = inRow.slice(k, last + 1);
      if ((depth === 0 || claimed.size === 0) && (claimed.size === 0 || !same.some((s) => claimed.has(s.id))))
        for (const s of claimed.size === 0 ? same.slice(0, 1) : same) {
          claimed.add(s.id);
          claims.push({ subject: s.id, years: row.years, evidence: evidence(row.start, row.end) });
        }
      k = last + 1;
    }
  }
  return dedupe(claims);
}

/** The longest line read as a form's labelled count of years. */
const MAX_LABEL_LINE = 90;

/**
 * A form's field of years with a bare count ("Total Years of Experience: 11", "Jahre Berufserfahrung: 7"): experience
 * overall, as an ATS export states it beside the candidate's name.
 */
function labelledCounts(text: string, words: YearsWords, evidence: (s: number, e: number) => YearsClaim['evidence']): YearsClaim[] {
  const out: YearsClaim[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); start <= text.length; end = text.indexOf('\n', start)) {
    const stop = end === -1 ? text.length : end;
    const line = stop - start <= MAX_LABEL_LINE ? text.slice(start, stop) : '';
    if (line.includes(':')) {
      const years = yearsLabelValue(line, words);
      if (years !== undefined)
        out.push({ subject: 'totalYears', years, evidence: evidence(start + line.length - line.trimStart().length, start + line.trimEnd().length) });
    }
    if (end === -1) break;
    start = end + 1;
  }
  return out;
}

/**
 * Skills a list states zero years of ("Machine Learning (0 years)", "Go – 0 yrs"): the span from the skill to its
 * claim, which the person does not have, as a skills-table row of 0 years is not. Mentions must be sorted by start;
 * `phrases` are the text's `yearsPhrases`.
 */
export function zeroYearSpans(
  text: string,
  mentions: readonly Mention[],
  words: YearsWords,
  phrases: readonly RegExpExecArray[],
): Array<{ start: number; end: number }> {
  const skills = mentions.filter((m) => m.target === 'skill');
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of phrases) {
    const g = m.groups ?? {};
    if (phraseYears(g, words) !== 0) continue;
    const subject = subjectBefore(text, skills, m.index, words);
    if (subject) spans.push({ start: subject.start, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * A line of experience that is a length of time alone ("3 years 5 months" under an employer's name, as LinkedIn prints
 * the time spent there): a tenure, no claim.
 */
const TENURE_LINE = unicodeRegex`^\d{1,2}\s{1,2}\p{L}{1,8}(?:\s{1,2}\d{1,2}\s{1,2}\p{L}{1,8})?$`;

/**
 * A years phrase that is a tenure computed for a job, no claim: a line of years and months alone ("3 years 5 months"
 * under an employer's name, as LinkedIn lists its positions), or a length of time alone on a line of the experience
 * section ("5 years"). Only a phrase that opens its line can be either (checked backwards over the blanks before it, so
 * that one huge line of phrases stays linear).
 */
function isTenureLine(text: string, start: number, end: number, words: YearsWords, sectionOf: (offset: number) => SectionName): boolean {
  if (!opensLine(text, start)) return false;
  if (words.tenureMonths.test(text.slice(end, end + 30))) return true;
  return sectionOf(start) === 'experience' && TENURE_LINE.test(lineAround(text, start));
}

/**
 * The length of time alone in the cell that holds `start` ("4 Year(s) 6 Month(s)" between column gaps, bars or the line's
 * ends), and the cell's span; undefined when the cell says anything else.
 */
function headerDuration(text: string, start: number, words: YearsWords): { years: number; start: number; end: number } | undefined {
  // Only the text within MAX_HEADER_CELL of the phrase is read, so that one huge line of phrases stays linear: a cell
  // that runs on past it says more than a length of time.
  const from = Math.max(0, start - MAX_HEADER_CELL);
  const to = Math.min(text.length, start + MAX_HEADER_CELL);
  const around = text.slice(from, to);
  const lineStart = around.lastIndexOf('\n', start - from - 1) + 1;
  const newline = around.indexOf('\n', start - from);
  const line = around.slice(lineStart, newline === -1 ? around.length : newline);
  const at = start - from - lineStart;
  let cellStart = 0;
  let cellEnd = line.length;
  CELL_GAP.lastIndex = 0;
  for (let g = CELL_GAP.exec(line); g !== null; g = CELL_GAP.exec(line)) {
    if (g.index + g[0].length <= at) cellStart = g.index + g[0].length;
    else {
      cellEnd = g.index;
      break;
    }
  }
  const openBefore = cellStart === 0 && lineStart === 0 && from > 0;
  const openAfter = cellEnd === line.length && newline === -1 && to < text.length;
  if (openBefore || openAfter) return undefined;
  const cell = line.slice(cellStart, cellEnd);
  const years = durationYears(cell, words);
  const cellFrom = from + lineStart + cellStart;
  return years === undefined || years <= 0 || years > 60 ? undefined : { years, start: cellFrom, end: cellFrom + cell.length };
}

/** The longest reach, either side of a header's length of time, of the cell it stands alone in. */
const MAX_HEADER_CELL = 80;

/** A gap between the cells of a line: a bar, a tab, or two spaces or more. */
const CELL_GAP = /\s{0,3}\|\s{0,3}|\t|\s{2,}/gu;

/** The trimmed line holding `offset`. */
function lineAround(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const to = text.indexOf('\n', offset);
  return text.slice(from, to === -1 ? text.length : to).trim();
}

/** The title words a claim's field is read from (`KindWords` of the lexicon). */
export interface TitleWords {
  securityTitle: RegExp;
  mlTitle: RegExp;
  bothTitle: RegExp | undefined;
  /** What joins two functions in one title ("&", "and"). */
  titleParts: RegExp;
}

/** What a claim reads of a catalog skill: its name and the kind of work it makes. */
export interface SkillNaming {
  name: string;
  workKind?: 'security' | 'ml' | undefined;
}

const KIND_MEASURE = { security: 'securityYears', ml: 'mlYears' } as const;

function isMeasure(subject: string): subject is ExperienceMeasure {
  return subject === 'totalYears' || subject === 'securityYears' || subject === 'mlYears';
}

/** The field of work a skill's catalog name is exactly ("Machine learning", "Incident response"), if any. */
function fieldNamedExactly(name: string | undefined, words: YearsWords): ExperienceMeasure | undefined {
  const exact = name === undefined ? undefined : words.measureNames.get(fold(name));
  return exact === 'totalYears' ? undefined : exact;
}

/**
 * The words after the years join general work and a field ("in software and security", "in IT and ML"): the years
 * are spread over both, experience overall.
 */
function generalAndField(clause: string, words: YearsWords, joins: RegExp): boolean {
  const named = partMeasures(clause, words, joins);
  return named?.has('totalYears') === true && (named.has('securityYears') || named.has('mlYears'));
}

/**
 * The measures the fields joined after the years name, one per field ("in technology risk and IT audit"); undefined
 * for one field. A general word that only qualifies another thing ("technology risk") names no general work.
 */
function partMeasures(clause: string, words: YearsWords, joins: RegExp): Set<ExperienceMeasure | undefined> | undefined {
  const parts = clause.split(joins);
  if (parts.length < 2) return undefined;
  // The experience word names no general work: "of experience in analytics and data science" is data science.
  return new Set(
    parts.map((p, i) => {
      const measure = measureAfter(p, words);
      // "in security operations and engineering": a bare noun joined to a field's word and its noun shares the field
      // word, security engineering ("in security and software" names two kinds of work).
      if (measure === 'totalYears' && i > 0 && sharesFieldWord(parts[i - 1] as string, p, words)) return measureAfter(parts[i - 1] as string, words);
      return measure === 'totalYears' && qualifiesOther(p, words) ? undefined : measure;
    }),
  );
}

/** `part` is one bare word and `before` ends on a field's word and one noun after it ("security operations"). */
function sharesFieldWord(before: string, part: string, words: YearsWords): boolean {
  return part.trim().split(/\s+/u).length === 1 && wordsAfterField(before, words)?.length === 1;
}

/** The words after the last field of work `text` names, else undefined. */
function wordsAfterField(text: string, words: YearsWords): string[] | undefined {
  let tail: string | undefined;
  for (const [, re] of words.fieldsNamed) {
    const m = re.exec(text);
    if (m) tail = text.slice(m.index + m[0].length);
  }
  return tail?.split(/\s+/u).filter((w) => w !== '');
}

/**
 * The one field of work among several fields the years are in, none of them general work ("8 years in technology risk
 * and IT audit" → securityYears): the years are that field's.
 */
function fieldAmongParts(clause: string, words: YearsWords, joins: RegExp): ExperienceMeasure | undefined {
  const named = partMeasures(clause, words, joins);
  if (named === undefined || named.has('totalYears')) return undefined;
  const fields = [...named].filter((m): m is ExperienceMeasure => m !== undefined);
  return fields.length === 1 ? fields[0] : undefined;
}

/** The field of work a skill's own name names ("application security", "machine learning"), if any. */
function fieldNamedBy(name: string, words: YearsWords): ExperienceMeasure | undefined {
  const exact = words.measureNames.get(fold(name));
  if (exact !== undefined) return exact === 'totalYears' ? undefined : exact;
  return words.fieldsNamed.find(([measure, re]) => measure === 'securityYears' && re.test(name))?.[0];
}

/**
 * The field a skill shares its head noun with, joined to another kind of the same work ("7 years in cloud and ML platform
 * security": cloud security and ML platform security, security years): the words after the join, two to four of them,
 * name the field the skill's own work counts towards.
 */
function sharedHeadField(text: string, end: number, named: SkillNaming | undefined, words: YearsWords, joins: RegExp): ExperienceMeasure | undefined {
  if (named?.workKind === undefined) return undefined;
  const { clause } = clauseAfter(text, end, SUBJECT_REACH);
  const join = joins.exec(clause);
  if (!join || clause.slice(0, join.index).trim() !== '') return undefined;
  const rest = clause.slice(join.index + join[0].length).trim();
  const count = letterWords(rest).length;
  if (count < 2 || count > MAX_HEAD_WORDS || /\d/u.test(rest)) return undefined;
  const field = fieldNamedBy(rest, words);
  return field === KIND_MEASURE[named.workKind] ? field : undefined;
}

/** The field a skill's name opens with, its head noun first ("sécurité réseau", "seguridad de redes"). */
function headOfKinds(said: string, words: YearsWords): ExperienceMeasure | undefined {
  const first = said.split(/\s/u)[0] ?? '';
  return first.length < said.length ? fieldNamedBy(first, words) : undefined;
}

/** A clause's end after a list of kinds of a field, its line breaks read as spaces. */
const HEAD_LIST_END = /[.;:()]/u;
const LINE_BREAK = /\n/gu;
const LOWER_START = unicodeRegex`^\p{Ll}`;

/**
 * The text after a skill lists other kinds of the same head noun, each in lowercase and short, up to an `and` word that
 * ends the clause: ", applicative et cloud", ", de aplicaciones y cloud".
 */
function headListed(text: string, from: number, joins: RegExp): boolean {
  const ahead = text.slice(from, from + LIST_LOOKAHEAD).replace(LINE_BREAK, ' ');
  const stop = HEAD_LIST_END.exec(ahead);
  const tokens = [...(stop ? ahead.slice(0, stop.index) : ahead).matchAll(LIST_TOKEN)].map((t) => t[0]);
  const isJoin = (t: string) => joins.test(` ${t} `);
  if (tokens[0] !== ',') return false;
  let k = 0;
  for (let items = 0; items < MAX_LIST_ITEMS && k < tokens.length; items++) {
    const sep = tokens[k] as string;
    if (sep !== ',' && !isJoin(sep)) return false;
    let n = k + 1;
    while (n < tokens.length && tokens[n] !== ',' && !isJoin(tokens[n] as string)) n++;
    const item = tokens.slice(k + 1, n);
    if (item.length === 0 || item.length > MAX_LIST_ITEM_WORDS || !LOWER_START.test(item[0] as string) || item.some((w) => /\d/u.test(w))) return false;
    if (sep !== ',') return n === tokens.length;
    k = n;
  }
  return false;
}

/** The most words of the kind of work joined after a skill that shares its head noun. */
const MAX_HEAD_WORDS = 4;

/** How far before its years a job title may start ("Senior Machine Learning Engineer with"). */
const TITLE_REACH = 60;
/** What ends the text before a title: a line break, a sentence's end, a bar, a bullet. */
const TITLE_STOPS = ['\n', '. ', ';', ':', '|', '•', '▪', '➢', '►', '*'];

/**
 * The field of a job title written right before a claim and joined to it ("Machine learning engineer with 11+ years",
 * "Ingénieur machine learning avec huit ans", "Data scientist depuis 7 ans"): security or ML when the title names
 * exactly one of them; undefined otherwise.
 */
function titledField(text: string, from: number, words: YearsWords, titles: TitleWords): { measure: ExperienceMeasure; start: number } | undefined {
  const windowStart = Math.max(0, from - TITLE_REACH);
  const before = text.slice(windowStart, from);
  // "Ex-ingénieure Machine Learning (6 ans)": a bracket that opens on the years joins them to the title before it, as "with" does.
  const joined = words.titledWith.exec(before) ?? BRACKET_OPENED.exec(before);
  if (!joined) return undefined;
  const head = before.slice(0, joined.index);
  const cut = Math.max(
    ...TITLE_STOPS.map((stop) => {
      const at = head.lastIndexOf(stop);
      return at < 0 ? 0 : at + stop.length;
    }),
  );
  const read = titleFields(head.slice(cut).trim(), words, titles) ?? titleFields(afterOpener(head.slice(cut), words), words, titles);
  if (!read || /\d/u.test(read.title)) return undefined;
  const { title, fields } = read;
  // Every function the title joins must be of the one field; a title of none, a job word in it ("Data protection
  // lawyer with 14 years"), is experience overall.
  const [field] = fields;
  if (fields.size !== 1) return undefined;
  const at = windowStart + head.indexOf(title, cut);
  if (field !== undefined) return { measure: field, start: at };
  // Only a title that holds a job word ("lawyer", "professional") speaks of a career: "I have led audits for 5 years" does not.
  return words.generalHead.test(title) ? { measure: 'totalYears', start: at } : undefined;
}

/** A headline of titles alone that opens a line and ends with a full stop: "AppSec engineer and ex-CREST pentester." */
const HEADLINE_BEFORE = /(?:^|\n)[^\S\n]{0,12}([^\n.;:|•]{3,80})\.[^\S\n]{1,3}$/u;

/**
 * The field of a headline of job titles right before the sentence a claim opens ("Cloud security engineer and
 * ex-pentester. Eight years breaking and fixing …"): the years of a sentence that names no field of its own are the
 * headline's, when every title it joins is of that one field (a career change, "Tester turned AppSec engineer", is not).
 */
function headlineField(text: string, from: number, words: YearsWords, titles: TitleWords): { measure: ExperienceMeasure; start: number } | undefined {
  const windowStart = Math.max(0, from - TITLE_REACH - 20);
  const head = HEADLINE_BEFORE.exec(text.slice(windowStart, from));
  if (!head?.[1]) return undefined;
  const read = titleFields(head[1], words, titles);
  if (!read || /\d/u.test(read.title) || read.title !== head[1].trim()) return undefined;
  const [field] = read.fields;
  if (read.fields.size !== 1 || field === undefined) return undefined;
  return { measure: field, start: windowStart + head.index + head[0].indexOf(head[1]) };
}

/**
 * The field of a job title right after the years ("8 years as a SOC analyst", "6 Jahre als Data Scientist", "8 años
 * como ingeniero de seguridad"): security or ML when the title names exactly one of them, up to a place or a clause's end.
 */
function titleAfter(text: string, end: number, words: YearsWords, titles: TitleWords): ExperienceMeasure | undefined {
  const rest = text.slice(end, end + TITLE_REACH);
  const as = words.titledAs.exec(rest);
  if (!as) return undefined;
  const after = rest.slice(as[0].length);
  const stop = TITLE_AFTER_END.exec(after);
  const read = titleFields(` ${stop ? after.slice(0, stop.index) : after} `, words, titles);
  const [field] = read?.fields ?? [];
  return read?.fields.size === 1 ? field : undefined;
}

/**
 * A job title, up to where its place begins ("Analista de ciberseguridad en un SOC 24x7"), and the fields of the
 * functions it joins ("Platform and security engineer": two); undefined when it is empty or too long for a title.
 */
function titleFields(whole: string, words: YearsWords, titles: TitleWords): { title: string; fields: Set<ExperienceMeasure | undefined> } | undefined {
  const place = words.titlePlace.exec(whole);
  const title = (place ? whole.slice(0, place.index) : whole).trim();
  if (title === '' || title.split(/\s+/u).length > MAX_TITLE_WORDS) return undefined;
  return { title, fields: new Set(title.split(titles.titleParts).map((part) => fieldOfTitle(part, titles))) };
}

/** Where a job title after the years ends: a clause's end, a bracket, a bar, a line's end. */
const TITLE_AFTER_END = /[,.;:()|•\n]/u;

/** Security or ML when a title names exactly one of them ("Security Architect", "Data Scientist"). */
function fieldOfTitle(title: string, titles: TitleWords): ExperienceMeasure | undefined {
  if (titles.bothTitle?.test(title)) return undefined;
  const security = titles.securityTitle.test(title);
  const ml = titles.mlTitle.test(title);
  return security === ml ? undefined : security ? 'securityYears' : 'mlYears';
}

/** The words after the last title opener of a sentence ("I have been a machine learning engineer" → "machine learning engineer"), else ''. */
function afterOpener(sentence: string, words: YearsWords): string {
  let at = -1;
  words.titleOpener.lastIndex = 0;
  for (let m = words.titleOpener.exec(sentence); m !== null; m = words.titleOpener.exec(sentence)) at = m.index + m[0].length;
  return at < 0 ? '' : sentence.slice(at).trim();
}

/** A bracket opened right before the years, after a word. */
const BRACKET_OPENED = unicodeRegex`(?<=\p{L})\s{1,3}\(\s{0,2}$`;

/** The most words a job title before its years may have. */
const MAX_TITLE_WORDS = 6;

/** A line's label right before its years: words, then a colon, after bullets or symbols at the line's start. */
const LABEL_BEFORE = unicodeRegex`(?:^|\n)[^\S\n]{0,12}(?:[^\p{L}\p{N}\s]{1,3}[^\S\n]{0,3})?(\p{L}[\p{L}'’/ -]{0,40}?)[^\S\n]{0,2}:[^\S\n]{0,3}$`;
/** The most words of such a label. */
const MAX_LABEL_WORDS = 5;

/**
 * The measure a line's label before its years names ("Total Experience:", "Years of experience:", "Security
 * experience:"): the label, fillers and year words dropped from its ends until it is a measure's name.
 */
function labelMeasure(text: string, from: number, words: YearsWords): { measure: ExperienceMeasure; start: number } | undefined {
  const before = text.slice(Math.max(0, from - 64), from);
  const m = LABEL_BEFORE.exec(before);
  if (!m) return undefined;
  const parts = (m[1] as string)
    .split(/[\s-]+/u)
    .filter((w) => w !== '')
    .map(fold);
  if (parts.length > MAX_LABEL_WORDS) return undefined;
  const loose = (w: string) => words.fillers.has(w) || words.yearWords.has(w);
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const measure = words.measureNames.get(parts.slice(lo, hi).join(' '));
    if (measure) return { measure, start: from - before.length + m.index + m[0].indexOf(m[1] as string) };
    if (loose(parts[lo] as string)) lo++;
    else if (loose(parts[hi - 1] as string)) hi--;
    else return undefined;
  }
  return undefined;
}

/** The sentence takes a part of the years for a field ("…, 11 of them in information security"; not "dont 3 ans en alternance"). */
function partInField(sentence: string, words: YearsWords): boolean {
  const part = words.ofThem.exec(sentence);
  if (!part) return false;
  const rest = sentence.slice(part.index + part[0].length);
  const close = /[),]/u.exec(rest);
  const after = close ? rest.slice(0, close.index) : rest;
  return words.fieldsNamed.some(([, re]) => re.test(after));
}

/** A number right before the words of a part ("11 of them", "11+ of which"). */
const PART_NUMBER_BEFORE = unicodeRegex`(?<![\p{L}\p{N}])([\p{L}\p{N}]{1,12})\+?\s{1,3}$`;
/** A number right after them, an article allowed before it ("davon 6", "dont les huit", "los últimos nueve"). */
const PART_NUMBER_AFTER = unicodeRegex`^\s{1,3}(?:\p{L}{1,3}\s{1,2})?([\p{L}\p{N}]{1,12})(?![\p{L}\p{N}])\+?`;

/** The years a sentence gives to a part of a claim, what they are about, and where it is said. */
interface PartClaim {
  subject: YearsClaim['subject'];
  skill?: Mention;
  years: number;
  start: number;
  end: number;
  /** Said after an `and` word, its year word left out: a claim beside the first, not a part of it. */
  elided?: true;
}

/**
 * The years a sentence gives to a part of a claim ("13 years in IT, 11 of them in security", "davon 6 in ML", "dont
 * huit en sécurité", "los últimos nueve dedicados a la protección de datos"): the number next to the words of a part,
 * and what the part is about, the first skill or field of work after it up to a comma or a bracket.
 */
function partClaim(text: string, end: number, skills: readonly Mention[], words: YearsWords, whole?: string): PartClaim | undefined {
  const sentence = rawSentenceAfter(text, end, words.dotAbbreviations);
  const part = words.ofThem.exec(sentence);
  if (!part) return elidedClaim(text, end, sentence, skills, words);
  const before = PART_NUMBER_BEFORE.exec(sentence.slice(0, part.index));
  const after = PART_NUMBER_AFTER.exec(sentence.slice(part.index + part[0].length));
  const fromBefore = before ? readNumber(before[1] as string, words) : undefined;
  const fromAfter = fromBefore === undefined && after ? readNumber(after[1] as string, words) : undefined;
  const years = fromBefore ?? fromAfter;
  if (years === undefined || years <= 0 || years > 60) return undefined;
  const start = end + (fromBefore !== undefined && before ? part.index - before[0].length : part.index);
  const from = end + part.index + part[0].length + (fromAfter !== undefined && after ? after[0].length : 0);
  const tail = text.slice(from, end + sentence.length);
  const close = /[),]/u.exec(tail);
  const to = from + (close ? close.index : tail.length);
  const skill = skills[lowerBound(skills, from)];
  // "8 of them in information security audit": a field named before the first skill is what the part is about.
  const field = firstField(text.slice(from, to), words);
  const own = skill && skill.start < to ? skill : undefined;
  // "12+ years in audit, 4+ of them auditing information security controls": a part that names the whole's subject again
  // is told apart by the field it names after it.
  const restated = own !== undefined && own.id === whole && field !== undefined;
  if (own && !restated && (field === undefined || from + field.at >= own.start)) return { subject: own.id, skill: own, years, start, end: own.end };
  return field ? { subject: field.measure, years, start, end: to } : undefined;
}

/**
 * Years of a second field, their year word left out after an `and` word ("12 years in IT and 8 in security", "12 años
 * de experiencia en tecnología y 8 en ciencia de datos"): a filler right after the number, then the field or skill,
 * the first one up to a comma or a bracket.
 */
function elidedClaim(text: string, end: number, sentence: string, skills: readonly Mention[], words: YearsWords): PartClaim | undefined {
  const m = words.andNumber.exec(sentence);
  const n = m?.groups?.n;
  const years = n === undefined ? undefined : readNumber(n, words);
  if (!m || years === undefined || years <= 0 || years > 60) return undefined;
  const from = end + m.index + m[0].length;
  const next = /^\S{1,24}/u.exec(text.slice(from))?.[0];
  if (next === undefined || !words.fillers.has(fold(next))) return undefined;
  const tail = text.slice(from, end + sentence.length);
  const close = /[),]/u.exec(tail);
  const to = from + (close ? close.index : tail.length);
  const start = end + m.index + 1;
  const field = firstField(text.slice(from, to), words);
  const skill = skills[lowerBound(skills, from)];
  const own = skill && skill.start < to && (field === undefined || from + field.at >= skill.start) ? skill : undefined;
  if (own) return { subject: own.id, skill: own, years, start, end: own.end, elided: true };
  return field ? { subject: field.measure, years, start, end: to, elided: true } : undefined;
}

/**
 * The measure the words after "N years" name, but not a field the work is for: "11+ years building models for cyber
 * defense" is years of model building, in no field of security.
 */
function workMeasureAfter(rest: string, words: YearsWords): ExperienceMeasure | undefined {
  const measure = measureAfter(rest, words);
  if (measure === undefined || measure === 'totalYears') return measure;
  const field = firstField(rest, words);
  return field && words.purposes.test(rest.slice(0, field.at)) ? undefined : measure;
}

/**
 * The claim's subject is joined to another kind of work that is no skill, up to the clause's end ("Thirteen years in
 * audit and risk", "10 years in pentesting and consulting"): the years span both, experience overall too. A word in
 * capitals after the join is a specialty, as for lists (`listGoesOnPast`).
 */
function joinsOtherWork(text: string, from: number, skills: readonly Mention[], joins: RegExp, words: YearsWords): boolean {
  const { clause, closed } = clauseAfter(text, from, SEQUENCE_REACH * 2);
  const join = joins.exec(clause);
  if (!closed || !join || clause.slice(0, join.index).trim() !== '') return false;
  const other = clause.slice(join.index + join[0].length).trim();
  const items = letterWords(other);
  // A word in capitals is a specialty no skill names ("application security and VAPT"), not other work.
  if (items.some((w) => ACRONYM.test(w)) || words.complementOpener.test(items[0] ?? '')) return false;
  const next = skills[lowerBound(skills, from + 1)];
  const skillInside = next !== undefined && next.start < from + clause.length;
  return items.length >= 1 && items.length <= MAX_LIST_ITEM_WORDS && !/\d/u.test(other) && !skillInside;
}

/**
 * The clause after `from`, up to `reach` characters, to where the words about a claim's subject end; a single line
 * break only wraps the sentence ("~8 years\nof containers"). `closed`: an end was found within the reach.
 */
function clauseAfter(text: string, from: number, reach: number): { clause: string; closed: boolean } {
  const rest = text.slice(from, from + reach).replace(WRAPPED_BREAK, ' ');
  const stop = OTHER_SUBJECT_END.exec(rest);
  return { clause: stop ? rest.slice(0, stop.index) : rest, closed: stop !== null };
}

/** A line break that only wraps a sentence: no blank line follows it. */
const WRAPPED_BREAK = /\n(?![ \t]{0,8}\n)/gu;

/** The words of letters in `s` ("don't", "end-to-end" are one each). */
function letterWords(s: string): string[] {
  return s.match(unicodeLiteral`/\p{L}[\p{L}'’-]*/gu`) ?? [];
}

/**
 * The clause after a claim's years: to a comma, a stop or the line's end, unless the line ends on fillers only ("Douze
 * ans dans le⏎développement logiciel et la sécurité"): the sentence was wrapped, and its next line goes on the clause.
 */
function claimClause(rest: string, words: YearsWords): string {
  const stop = CLAIM_END.exec(rest);
  const clause = rest.slice(0, stop ? stop.index : rest.length);
  if (stop?.[0] !== '\n' || !isOnlyFillers(clause, words)) return clause;
  const next = rest.slice(stop.index + 1);
  const nextStop = CLAIM_END.exec(next);
  return `${clause} ${next.slice(0, nextStop ? nextStop.index : next.length).trimStart()}`;
}

/** Every word of `clause` is a filler ("dans le", "in der"); a blank clause is not. */
function isOnlyFillers(clause: string, words: YearsWords): boolean {
  const parts = clause
    .trim()
    .split(/\s+/u)
    .filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => isFiller(p, words));
}

/** How far after a claim's subject the words that go on to another field may start. */
const SEQUENCE_REACH = 24;

/** `rest` without the fillers it opens with ("of practice across …" → "across …"). */
function afterFillers(rest: string, words: YearsWords): string {
  const lead = LEADING_WORDS.exec(rest);
  if (!lead) return rest;
  let cut = 0;
  for (const w of lead[0].matchAll(/\S{1,24}/gu)) {
    if (!isFiller(w[0], words)) break;
    cut = w.index + w[0].length;
  }
  return rest.slice(cut);
}

/** A filler, or fillers and single letters joined by apostrophes ("d'expérience"), as `onlyFillers` reads them. */
function isFiller(word: string, words: YearsWords): boolean {
  return words.fillers.has(fold(word)) || word.split(/['’]/u).every((p) => (p.length === 1 && unicodeRegex`\p{L}`.test(p)) || words.fillers.has(fold(p)));
}

/** The first few words of a text, with the space after each. */
const LEADING_WORDS = /^\s{0,3}(?:\S{1,24}\s{1,3}){1,6}/u;

/**
 * The words after "N years" list kinds of work ("in logistics, inventory and distribution", "in law and compliance"):
 * two items or more to the sentence's end, the first of them short, none a number.
 */
function listsWork(rest: string, words: YearsWords, joins: RegExp): boolean {
  const stop = LIST_END.exec(rest);
  const whole = rest.slice(0, stop ? stop.index : rest.length);
  // "in logistics, …": the list follows a filler; a number in it is a duration or a date ("5 years, 3 months").
  const sentence = afterFillers(whole, words);
  if (sentence === whole || /\d/u.test(sentence)) return false;
  const items = sentence
    .split(',')
    .flatMap((p) => p.split(joins))
    .map((p) => p.trim());
  const first = items[0]?.split(/\s+/u) ?? [];
  return items.length >= 2 && items.every((p) => p !== '') && first.length >= 1 && first.length <= MAX_LIST_ITEM_WORDS;
}

/**
 * The text after a skill or a field lists other kinds of work, up to an `and` word, and none of the items after it is a
 * skill or a field ("model risk| and analytics", "information security|, risk and governance"); "Python, SQL and Spark"
 * lists skills.
 */
function listGoesOnPast(text: string, from: number, skills: readonly Mention[], words: YearsWords, joins: RegExp): boolean {
  const ahead = text.slice(from, from + LIST_LOOKAHEAD);
  const stop = LIST_END.exec(ahead);
  const tokens = [...(stop ? ahead.slice(0, stop.index) : ahead).matchAll(LIST_TOKEN)];
  const isJoin = (t: string) => joins.test(` ${t} `);
  let k = 0;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    const sep = tokens[k]?.[0];
    if (sep === undefined || (sep !== ',' && !isJoin(sep))) return false;
    const joined = sep !== ',';
    const first = tokens[k + 1];
    let n = k + 1;
    while (n < tokens.length && n - k <= MAX_LIST_ITEM_WORDS && tokens[n]?.[0] !== ',' && !isJoin(tokens[n]?.[0] as string)) n++;
    if (first === undefined || n === k + 1) return false;
    const item = tokens.slice(k + 1, n).map((t) => t[0]);
    // A number starts another claim ("six years in …, two years writing …"); a word in capitals is a specialty no skill
    // names ("application security and VAPT"), not a kind of work.
    const numbered = item.some((w) => /\d/u.test(w) || readNumber(w, words) !== undefined);
    // "seguridad cloud y de plataformas de ML": a conjunct that opens with "de", "of" goes on with the field's noun.
    if (numbered || ACRONYM.test(first[0]) || words.complementOpener.test(first[0]) || firstField(item.join(' '), words)) return false;
    const at = from + first.index;
    const skill = skills[lowerBound(skills, at)];
    if (skill && skill.start < at + first[0].length) return false;
    if (joined) return true;
    k = n;
  }
  return false;
}

/**
 * The clause ends on the field it names, a word or two of it at most after ("in information security", "en sécurité des
 * SI"), no spreading word ("model work across research": the list after it is the settings').
 */
function endsOnField(clause: string, words: YearsWords): boolean {
  const after = wordsAfterField(clause, words);
  return after !== undefined && after.length <= 2 && !after.some((w) => words.spanning.test(w));
}

/** The field of work a clause ends on, its last words ("in cloud and ML platform security"), else undefined. */
function fieldEndingClause(sentence: string, words: YearsWords): ExperienceMeasure | undefined {
  const stop = CLAIM_END.exec(sentence);
  const clause = (stop ? sentence.slice(0, stop.index) : sentence).trimEnd();
  // The field's name may stand earlier in the clause too ("security and cloud security"): each of the last words' starts
  // is tried, so that a name ending the clause is found wherever the first one stands.
  const starts = [...clause.matchAll(unicodeLiteral`/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu`)].map((w) => w.index).slice(-MAX_FIELD_WORDS);
  for (const [measure, re] of words.fieldsNamed) {
    for (const at of starts) {
      const tail = clause.slice(at);
      const m = re.exec(tail);
      if (m && m.index === 0 && m[0].length === tail.length) return measure;
    }
  }
  return undefined;
}

/** The most words of a field's name at a clause's end ("machine learning platform security"). */
const MAX_FIELD_WORDS = 5;

/** A word in capitals ("VAPT", "OT/ICS"). */
const ACRONYM = unicodeRegex`^\p{Lu}[\p{Lu}\d/&-]{1,11}$`;
/** A comma, or a run of other characters than spaces and commas. */
const LIST_TOKEN = /,|[^\s,]{1,40}/gu;
/** The most items a list after a skill is read for, and how far ahead it is looked for. */
const MAX_LIST_ITEMS = 4;
const LIST_LOOKAHEAD = 80;

/** Where a list after a claim ends: a sentence's end, a bracket or a line's end. */
const LIST_END = /[.;:()\n]/u;
/** The most words of the first item of a list of kinds of work. */
const MAX_LIST_ITEM_WORDS = 3;

/** The field of work named first in `text`, and where. */
function firstField(text: string, words: YearsWords): { measure: ExperienceMeasure; at: number } | undefined {
  let first: { measure: ExperienceMeasure; at: number } | undefined;
  for (const [measure, re] of words.fieldsNamed) {
    const m = re.exec(text);
    if (m && (first === undefined || m.index < first.at)) first = { measure, at: m.index };
  }
  return first;
}

/** The rest of the sentence after `end` as written (to a full stop, a semicolon or a blank line, at most 160 characters): offsets are `end`'s. */
function rawSentenceAfter(text: string, end: number, abbreviations: ReadonlySet<string>): string {
  const rest = text.slice(end, end + 160);
  const stop = firstEnd(rest, SENTENCE_END, abbreviations);
  return stop ? rest.slice(0, stop.index) : rest;
}

/** The rest of the sentence after `end`, a word broken at the line's end joined again ("Informationssicherheits-\nmanagement"). */
function sentenceAfter(text: string, end: number, abbreviations: ReadonlySet<string>): string {
  return rawSentenceAfter(text, end, abbreviations).replace(BROKEN_WORD, '').replace(/\s+/gu, ' ');
}

/** A sentence ends at a full stop, a semicolon or a blank line (a single line break only wraps it). */
const SENTENCE_END = /[.;]|\n[ \t]{0,8}\n/gu;
/** A hyphen at a line's end inside a word. */
const BROKEN_WORD = unicodeLiteral`/(?<=\p{Ll})-\n[ \t]{0,8}(?=\p{Ll})/gu`;

/** The first skill after `end`, when only fillers stand between ("of hands-on experience in"). */
function subjectAfter(text: string, skills: readonly Mention[], end: number, words: YearsWords): Mention | undefined {
  const s = skills[lowerBound(skills, end)];
  if (!s || s.start - end > SUBJECT_REACH) return undefined;
  // A sentence wrapped after its years goes on in lowercase on the next line ("… the last 2.5 years⏎building and shipping NLP models").
  const between = text.slice(end, s.start);
  if (onlyFillers(between.replace(WRAPPED_LOWER, ' '), words)) return s;
  // … or with the skill itself, capitalised, when the years end a line of prose ("… Mehr als 10 Jahre⏎Python – vom …").
  return ONE_BREAK.test(between) && onlyFillers(between.replace(WRAPPED_ANY, ' '), words) && endsProse(text, end) ? s : undefined;
}

/** One line break, no blank line. */
const ONE_BREAK = /^[^\n]*\n[^\n]*$/u;
/** A line break and the indent after it. */
const WRAPPED_ANY = /\n[ \t]{0,8}/u;
/** The fewest words a line needs before its years to be prose, not a row of a skills table ("Python 5 years"). */
const PROSE_WORDS = 6;

/**
 * The line that ends at `end` is prose that goes on: at least `PROSE_WORDS` words of letters stand on it, and no stop
 * ends it ("… for 10 years.⏎Python is …" ends its sentence).
 */
function endsProse(text: string, end: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trimEnd();
  return letterWords(line).length >= PROSE_WORDS && !SENTENCE_STOP.test(line.slice(-1));
}

/** A mark that ends a sentence or a clause. */
const SENTENCE_STOP = /^[.;:!?)]$/u;

/** A line break inside a sentence: the next line goes on in lowercase. */
const WRAPPED_LOWER = unicodeLiteral`/\n[ \t]{0,8}(?=\p{Ll})/gu`;

/** Where the number's qualifier starts when one stands right before it ("Python (más de 8 años)", "Python (+7 años)", "for ~8 years"), else `start`. */
function qualifierStart(text: string, start: number, words: YearsWords): number {
  const at = SIGN_BEFORE.test(text.charAt(start - 1)) ? start - 1 : start;
  const before = text.slice(Math.max(0, at - QUALIFIER_REACH), at);
  let found = at;
  words.approximate.lastIndex = 0;
  for (let m = words.approximate.exec(before); m !== null; m = words.approximate.exec(before)) {
    if (m[0] === '') words.approximate.lastIndex++;
    else if (/^\s{0,2}$/u.test(before.slice(m.index + m[0].length))) found = at - before.length + m.index;
  }
  return found;
}

/** A sign right before a number that qualifies it: "+7", "~8", "≈8". */
const SIGN_BEFORE = /^[+~≈]$/u;
/** How far before a number its qualifier ("more than", "mehr als", "plus de") may start. */
const QUALIFIER_REACH = 24;

/**
 * The skill right before `start` ("Python (5 years)", "SQL – 7 yrs"), or before the bracket that closes there ("Kubernetes (EKS) – 4 yrs").
 * When the years name another subject after them (`otherAfter`), a skill joined to them by a comma or a space only is
 * not theirs ("5 yrs Python, ~8 years of containers"); a dash, a colon or a bracket still joins it ("Go – 3 yrs in fintech").
 */
function subjectBefore(text: string, skills: readonly Mention[], start: number, words: YearsWords, otherAfter = false): Mention | undefined {
  const at = bracketBefore(text, start) ?? start;
  let i = lowerBound(skills, at) - 1;
  while (i >= 0 && (skills[i] as Mention).end > at) i--;
  const s = skills[i];
  if (!s || at - s.end > CELLS_REACH) return undefined;
  const between = text.slice(s.end, at);
  // "Pentesting - Nivel: Avanzado - Experiencia: 8 años", "Python (Advanced, 6 years)": a skills list's labelled cells,
  // the years in the last, or a level before the years in the skill's bracket.
  if (words.cellsBefore.test(between) || words.levelBefore.test(between)) return s;
  if (at - s.end > FILLER_REACH) return undefined;
  return FILLER_BEFORE.test(between) && !(otherAfter && LOOSE_JOIN.test(between)) ? s : undefined;
}

/** The most characters of labelled cells between a skill and its years ("- Nivel: Avanzado - Experiencia: "). */
const CELLS_REACH = 120;

/**
 * The skill a claim's years are of: the first one after them past fillers ("5 years of Python"), else the one right
 * before them ("Python (5 years)"); a skill before wins over one after a comma ("Python 6 years, SQL 4 years").
 */
function claimSubject(text: string, skills: readonly Mention[], end: number, from: number, words: YearsWords): Mention | undefined {
  const after = subjectAfter(text, skills, end, words);
  if (after && !text.slice(end, after.start).includes(',')) return after;
  const before = subjectBefore(text, skills, from, words, after === undefined && namesOtherSubject(text, end, words));
  return before ?? after;
}

/** `rest` up to a relative clause that opens in it. */
function beforeRelative(rest: string, words: YearsWords): string {
  const at = words.relative.exec(rest);
  return at ? rest.slice(0, at.index) : rest;
}

/** A comma or spaces alone between a skill and the years after it. */
const LOOSE_JOIN = /^\s{0,3},?\s{0,3}$/u;

/** The words after "N years", up to a clause's end, name something besides fillers ("of containers and CI/CD"). */
function namesOtherSubject(text: string, end: number, words: YearsWords): boolean {
  const { clause } = clauseAfter(text, end, SUBJECT_REACH);
  const parts = letterWords(clause);
  return parts.length > 0 && words.fillers.has(fold(parts[0] as string)) && !words.ofThem.test(clause) && parts.some((p) => !isFiller(p, words));
}

/** Where the words after a claim's years end. */
const OTHER_SUBJECT_END = /[,.;:()[\]|•\n]/u;

/** A bracket that qualifies a skill closes right before `start`, on its line: where it opens, else undefined. */
function bracketBefore(text: string, start: number): number | undefined {
  if (!CLOSED_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  const open = text.lastIndexOf('(', start);
  return open >= 0 && start - open <= MAX_BRACKET && !text.slice(open, start).includes('\n') ? open : undefined;
}

/** A closing bracket, then only a filler, at the end. */
const CLOSED_BEFORE = /\)\s{0,3}[-–—:,]?\s{0,3}$/u;
/** The longest bracket after a skill read as its qualifier ("(SageMaker, S3, EKS)"). */
const MAX_BRACKET = 60;

/** Index of the first mention starting at or after `offset` (mentions sorted by start). */
function lowerBound(mentions: readonly Mention[], offset: number): number {
  return indexFrom(mentions, offset, startOf);
}

const startOf = (m: Mention): number => m.start;

/** One claim per subject and evidence span (a table row and a phrase in it state the same thing). */
function dedupe(claims: readonly YearsClaim[]): YearsClaim[] {
  const seen = new Set<string>();
  return claims
    .filter((c) => {
      const key = `${c.subject}:${c.evidence.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.evidence.start - b.evidence.start);
}
