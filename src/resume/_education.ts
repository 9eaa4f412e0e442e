import { DEGREE_LEVELS, type DegreeField, type DegreeLevel, type Education, type Section, type SectionName } from '../schemas';
import { type DateRange, type DateReading, type DateWords, dateWordsFor, findDateRanges, findDates, type SingleDate } from '../text/dates';
import {
  type DegreeMention,
  type DegreeWords,
  degreeMentions,
  degreeWordsFor,
  fieldsIn,
  fieldsOfSharedHeads,
  inProgressIn,
  mayNameDegree,
} from '../text/degrees';
import { allLanguagesLexicon, type Lexicon } from '../text/lexicon';
import { anyBetween, headPositionsIn, isWholeLine, unicodeRegex, unicodeLiteral } from '../text/phrases';
import { indexFrom } from '../text/sorted';

/** Punctuation trimmed from the end of an institution name, one character at a time (no end-anchored run). */
const TRAILING_PUNCT = /[\s,.;()]/;
/** Punctuation trimmed from the end of a school's name before a bracketed remark, dashes too ("Querétaro, – (titulado"). */
const NAME_END_PUNCT = /[\s,.;()–—-]/;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
/** A slash right after a degree name, joining it to another word ("Licenciatura/Grado"). */
const SLASH_JOINED = unicodeRegex`^\s{0,2}\/\s{0,2}\p{L}`;
/** Where a degree line splits into field and institution: a spaced dash or bar, a column gap, or a comma before a name. */
const PARTS = unicodeRegex`\s{1,3}(?:--|[—–|-])\s{1,3}|\s{2,}|,\s{1,3}(?=\p{Lu})|\s{0,2}\|\s{0,2}`;
/** A line wholly in brackets. */
const BRACKETED_LINE = /^\s{0,40}\([^()\n]{1,160}\)\s{0,3}$/u;
/** A text wholly in brackets (a line's, trimmed). */
const BRACKETED = /^\([^()\n]{1,160}\)$/u;
/** A line that opens on a year or a month and year ("2017 – 2020 · …", "09/2017 – …"). */
const DATES_FIRST = /^\s{0,12}(?:\d{1,2}[/.])?(?:19|20)\d\d\b/u;
/** A line that opens a list item with a bullet ("- ", "• "). */
const ITEM_START = /^\s{0,12}[-•*▪◦–]\s/u;
/** A degree further into its line than this is a mention, not the line's degree. */
const MAX_DEGREE_OFFSET = 40;
const MAX_LINE = 220;

interface Line {
  text: string;
  start: number;
}

/**
 * Reads degrees from the education section, or from degree-shaped lines anywhere when it is missing. Degrees in
 * progress (dates running past `asOfYm` included) and school-leaving qualifications are not held degrees.
 */
export function extractEducation(
  text: string,
  sections: readonly Section[],
  sectionOf: (offset: number) => SectionName,
  lex: Lexicon,
  asOfYm = Number.MAX_SAFE_INTEGER,
  coursework: ReadonlyArray<{ start: number; end: number }> = [],
): Education[] {
  const words = degreeWordsOf(lex);
  const dates = dateWordsFor(lex);
  const reading: StudyReading = { lex, asOfYm, dates: new Map() };
  const eduSections = sections.filter((s) => s.name === 'education');
  // A degree listed among certifications ("Community College of the Air Force: Associate in Applied Science") is held too.
  const certSections = eduSections.length > 0 ? sections.filter((s) => s.name === 'certifications') : [];
  const ranges = eduSections.length > 0 ? [...eduSections, ...certSections] : [{ start: 0, end: text.length }];
  const out: Education[] = [];
  const mayName = degreeLineGate(text, words.all, ranges);
  for (const range of ranges) {
    const from = out.length;
    const heads: string[] = [];
    const inSection = eduSections.includes(range as Section);
    const split = splitLines(text, range.start, range.end);
    // Outside an education section (a résumé without one), only items that each name their school.
    const lines = split.flatMap((l) => (mayName(l) ? collapsedItems(l, words, !inSection) : [l]));
    // Among certifications, only a degree on a line that names its school.
    const mayRead = (line: Line) => mayName(line) && (inSection || eduSections.length === 0 || words.all.institution.test(line.text));
    let last: { line: number; level: DegreeLevel; field: DegreeField; year: number | undefined } | undefined;
    // The line of the last degree item read and the indices in `out` of the degrees it gave.
    let held: { line: number; degrees: number[] } | undefined;
    // The last line read into an earlier line's item (its bracket went on there).
    let readThrough = -1;
    // A line whose degree's name wrapped onto the lines under it, and the last of them.
    let wrappedTo: { line: number; through: number } | undefined;
    // The field the line under line `i` names for a degree read there without one ("Master of Science" over "Computer
    // Science, Stanford University"), never that of another degree.
    const fieldUnder = (at: number): DegreeField | undefined => {
      // The field under a degree whose name wrapped onto the lines under it is read under its last line.
      const i = wrappedTo?.line === at ? wrappedTo.through : at;
      const next = lines[i + 1];
      if (!next) return undefined;
      const isDegree = () => mayName(next) && readDegreeLine(next.text, true, words, dates, reading) !== undefined;
      return fieldBelow((lines[i] as Line).text, next.text, words, isDegree, lines[i + 2]?.text);
    };
    lines.forEach((line, i) => {
      if (i <= readThrough || (!inSection && continuesItem(lines, i))) return;
      // "M.Tech coursework: Network Security, …", "Module im M.Tech: …": a line of a degree's course list names its
      // courses, no degree.
      if (coursework.length > 0 && inCoursework(coursework, line)) return;
      const own = mayRead(line) ? withWrappedWord(lines, i, withWrappedEnd(lines, i, reading)) : undefined;
      const closed = own === undefined ? undefined : withClosingLine(lines, i, own);
      if (closed && closed !== own) readThrough = i + 1;
      // "INSA Lyon — Diplôme" over "d'ingénieur, département" in a narrow column: a degree's name cut by the wrap.
      const wrapped =
        closed !== undefined && closed === own && readDegreeLine(closed, inSection, words, dates, reading) === undefined ? wrappedName(lines, i) : undefined;
      if (wrapped) {
        readThrough = wrapped.through;
        wrappedTo = { line: i, through: wrapped.through };
      }
      const whole = wrapped?.text ?? closed;
      const degree = whole === undefined ? undefined : readDegreeLine(whole, inSection, words, dates, reading);
      if (!degree || stillStudying(lines, i, words, reading) || studyingAbove(lines, i, words, reading)) return;
      // A wrapped name whose last line ends on a word may go on with its subject under it ("département" over "Informatique").
      if (wrapped && ENDS_OPEN.test(wrapped.text)) delete degree.complete;
      // "Diplôme d'ingénieur …" over "École …" over "Titre d'ingénieur habilité CTI - grade de Master": a line in the block
      // of a degree that states its level, with no field and no year of its own, names that degree again.
      if (
        held !== undefined &&
        i - held.line <= DEGREE_BLOCK &&
        // "MÁSTER UNIVERSITARIO EN …" over a blank line over "Nivel en el MECES Nivel 3 (Máster)": the next line with text.
        (unbroken(lines, held.line, i) || onlyBlankBetween(lines, held.line, i)) &&
        levelNote(whole as string, degree, out, held.degrees, words.all)
      )
        return;
      // "Postgrado" over "Magíster en Ciberseguridad — …": a degree word alone on its line labels the degrees under it;
      // over a degree of a lower level ("Master of Science" over "(BSc Physics, Leeds)") it is a degree of its own.
      if (groupLabel(line.text, lines[i + 1], words) && mayName(lines[i + 1] as Line)) {
        const under = readDegreeLine((lines[i + 1] as Line).text, true, words, dates, reading);
        if (under && DEGREE_LEVELS.indexOf(under.level) >= DEGREE_LEVELS.indexOf(degree.level)) return;
      }
      // "Abschluss: Dipl.-Ing." under "Diplomstudium Software Engineering, TU Wien" (or "Diplom-Informatiker" under
      // "Diplomstudiengang Informatik"): the same degree, named again.
      // "Cycle ingénieur suivi en alternance (2019-2022)" indented under "2017 – 2022  Diplôme d'ingénieur …": its dates
      // fall within the degree's, so it describes the same one.
      // "Laurea Magistrale a ciclo unico in Giurisprudenza" over "   (five-year integrated Master's degree in Law), 2017", or
      // "Técnico Superior en … (ASIR)" over "   – CFGS, IES La Sènia   2013 – 2015": a line indented right under a degree
      // that gave no year goes on with its item, and its year is the degree's.
      const under = last !== undefined && last.line === i - 1 && deeper(line, lines[last.line] as Line);
      // "Diplôme d'ingénieur … — Informatique" over "2017 – 2020 · grade de master": a line right under a degree that
      // gave no year, opening on its dates, is that degree's date line, whatever it says of the degree.
      const datesUnder = last !== undefined && last.line === i - 1 && DATES_FIRST.test(line.text);
      // "Ingeniería de Sistemas y Computación – Universidad de los Andes" over "Título: Ingeniera de Sistemas y Computación.
      // Fecha de grado: junio de 2022": a line labelling the degree awarded, right under a degree read with no year, names it again.
      const awarded = last !== undefined && last.line === i - 1 && awardLabelled(line.text, words.all);
      const goesOn = (under || datesUnder || awarded) && last?.year === undefined;
      // "2001 – 2007  Diplomstudium Wirtschaftsinformatik, Universität Wien" over "Abschluss: Mag. rer. soc. oec.": the title
      // awarded, with no year of its own, names the study's degree; its faculty's words ("rer. soc. oec.") name no other field.
      const titleOfStudy = awarded && degree.year === undefined && last?.level === degree.level && last.field !== 'other';
      // "Abschluss: Dr. iur. (2017)" indented under "2013 – 2016  Doktoratsstudium …": a degree is often awarded the year after
      // its studies end, so a year one past the degree's still names it.
      // A degree whose school and year stand on the line under it ("Master 2 Droit …" over "   — Université …   2012 – 2014")
      // is dated by that line: another year than the degree's above makes it another degree.
      const isDegreeLine = (l: Line) => mayName(l) && readDegreeLine(l.text, true, words, dates, reading) !== undefined;
      const year = degree.year ?? (last?.year !== undefined && !goesOn ? schoolUnder(lines, i, degree, words.all, dates, isDegreeLine).year : undefined);
      const within = year === undefined || goesOn || (last?.year !== undefined && year <= last.year + 1 && deeper(line, lines[last.line] as Line));
      // "- LL.M. in Law …, 2015" over "- Laurea Magistrale in Giurisprudenza (…)": an item of its own, at the same depth,
      // is another degree.
      const ownItem =
        last !== undefined && ITEM_START.test(line.text) && ITEM_START.test((lines[last.line] as Line).text) && !deeper(line, lines[last.line] as Line);
      // "LL.M. …, 2013" over "2007 – 2012  Studium der Rechtswissenschaft" over "Abschluss: Erste Juristische Prüfung": a line
      // between them dated with other years opens another record, whose degree this is.
      const recordBetween = last !== undefined && lines.slice(last.line + 1, i).some((l) => otherYears(l.text, last?.year));
      const again =
        last !== undefined &&
        !ownItem &&
        !recordBetween &&
        last.level === degree.level &&
        (degree.field === 'other' || degree.field === last.field || titleOfStudy) &&
        within &&
        sameBlock(lines, last.line, i);
      // "BSc Computer Engineering" over "(Grado en Ingeniería Informática)": the degree's own name or translation, in brackets.
      // "Master MIAGE …" over "      (M1 et Master 2 en alternance)": a bracket indented under a degree is a note on it
      // when it adds nothing, no year and no other field; "MSc Computer Science — Leeds, 2014" over
      // "   (BSc in Physics, Leeds, 2012)" names a degree of its own.
      const note = under && BRACKETED.test(line.text.trim()) && degree.year === undefined && (degree.field === 'other' || degree.field === last?.field);
      const translated = last !== undefined && last.line === i - 1 && ((last.level === degree.level && BRACKETED_LINE.test(line.text)) || note);
      // "Bachelor of Engineering" over "(Electrical) (Hons I)": a line right under a degree read without a field, whose
      // degree word stands only in brackets (a class of honours) and gives no year, goes on with that degree: its field is the degree's.
      if (held?.line === i - 1 && last?.level === degree.level && degree.year === undefined && onlyInBrackets(line.text, words)) {
        for (const k of held.degrees)
          if ((out[k] as Education).field === 'other' && (out[k] as Education).level === degree.level) (out[k] as Education).field = degree.field;
        last = { ...last, line: i, field: degree.field };
        held.line = i;
        return;
      }
      last = { line: i, level: degree.level, field: degree.field, year: degree.year };
      // "Bachelor of Laws (Honours) / Bachelor of Science" over "  BSc: major in Computer Science": a line indented under
      // the degrees, with no year of its own, names the field of the one of its level read without a field (a field
      // they already have is that degree named again: "LLB: First Class Honours").
      const unnamed =
        held && degree.year === undefined && deeper(line, lines[held.line] as Line) && sameBlock(lines, held.line, i)
          ? held.degrees.find((k) => (out[k] as Education).level === degree.level && (out[k] as Education).field === 'other')
          : undefined;
      if (unnamed !== undefined && degree.field !== 'other' && !held?.degrees.some((k) => (out[k] as Education).field === degree.field)) {
        (out[unnamed] as Education).field = degree.field;
        return;
      }
      if (again && goesOn && held?.line === i - 1 && degree.year !== undefined) for (const k of held.degrees) (out[k] as Education).year ??= degree.year;
      // "(Diplôme d'Ingénieur" over "d'État, Bac+5 — master's" over "level) in Computer" over "Engineering, option": a
      // degree named again on the line under it, both without a field, takes the field read on from there.
      if (again && degree.field === 'other' && !degree.named && held !== undefined && held.line === i - 1) {
        const field = fieldUnder(i);
        if (field) for (const d of held.degrees.map((k) => out[k] as Education)) if (d.field === 'other' && d.level === degree.level) d.field = field;
      }
      if (again || translated) return;
      // "Master of Science" on one line, "Computer Science, Stanford University" on the next.
      if (degree.field === 'other' && !degree.named && !degree.complete) {
        const nextField = fieldUnder(i);
        const prev = lines[i - 1];
        // "Studium Wirtschaftsinformatik" over "FOM Hochschule für Oekonomie & Management" over "Abschluss: B.Sc.": the
        // study's line names the field, the school's name does not.
        const above = lines[i - 2];
        // A line above the school that gives other years is the record before it ("Management · (2014 - 2016)"), and so
        // is a line above a school line dated with other years ("AEC in Cybersecurity" over "Collège …, Montréal — 2023"
        // over "Bachelor of Arts (B.A.), History — Université de Montréal — 2015").
        const overSchool =
          prev && above && words.all.institution.test(prev.text) && !otherEnd(above.text, degree.year) && !otherYears(prev.text, degree.year)
            ? fieldAbove(above.text, words)
            : undefined;
        // A labelled field under the degree ("Major: Information Systems Technology") is its own; the labelled line above
        // its school is the record before it.
        const field =
          nextField ??
          labelledFieldBelow(lines, i, words) ??
          overSchool ??
          // A line indented under the item above ("  110/110 cum laude. Thesis: …") is a note on that item, no field of this one.
          (prev && !otherYears(prev.text, degree.year) && !deeper(prev, line) ? fieldAbove(prev.text, words) : undefined);
        if (field) degree.field = field;
        // "Bachelor of Science" over "Double major in Computer Science and Mathematics": one degree per major (convention 418).
        const major = nextField === undefined || degree.second ? undefined : secondMajor(lines[i + 1], degree.field, words.all);
        if (major) degree.second = { level: degree.level, field: major, head: degree.head };
      } else if (degree.named) {
        // "Degree: Bachelor of Business Administration (BBA)" over "Field of Study: Information Systems": the labelled
        // subject is the one studied, over the field the degree's name implies.
        const labelled = labelledFieldBelow(lines, i, words);
        if (labelled) degree.field = labelled;
      }
      const lead = line.text.length - line.text.trimStart().length;
      const start = line.start + lead;
      const body = line.text.trim();
      const { second, head, named, complete, varies, ...read } = degree;
      // "Ingeniero en Informática (plan de 5 años)" over "Universitat Politècnica de València" over "Nivel 7 del MEC".
      if (varies) read.level = levelBelow(lines, i, words) ?? read.level;
      // "MSc Cyber Security" over "University of Kent, 2016": the school and year on the line under a degree are its own.
      Object.assign(read, schoolUnder(lines, i, read, words.all, dates, isDegreeLine));
      const evidence = { text: body, start, end: start + body.length, section: sectionOf(start), via: 'exact' as const, confidence: 0.9 };
      out.push({ ...read, evidence });
      heads.push(head);
      held = { line: i, degrees: [out.length - 1] };
      // "Doble Grado en Matemáticas y Economía": a double degree awards one degree per field; "Bachelor of Laws /
      // Bachelor of Arts" names both.
      if (second) {
        out.push({ ...read, level: second.level, field: second.field, evidence });
        heads.push(second.head);
        held.degrees.push(out.length - 1);
      }
    });
    out.splice(from, out.length - from, ...withoutSteps(out.slice(from), heads));
  }
  // A degree the résumé says elsewhere was left unfinished ("withdrew before the project, so no MSc") is not held, though
  // its education section lists it with dates (as LinkedIn lists every programme).
  const unfinished = eduSections.length > 0 ? unfinishedElsewhere(text, eduSections, words.all) : [];
  // A CV may name its doctorate twice, under "Doctoral study" and again under "Education": a degree of the same level,
  // field, school (or none named) and year as one read above is that degree.
  const kept: Education[] = [];
  for (const d of out) {
    if (unfinished.some((u) => u.level === d.level && u.field === d.field)) continue;
    const r = kept.findIndex((e) => restated(e, d, text, dates, words.all));
    if (r !== -1) {
      // The line under the degree's name may give its school and year ("… (DAM),⏎ciclo formativo … — IES …  2011 – 2013").
      const e = kept[r] as Education;
      kept[r] = {
        ...e,
        ...(e.year === undefined && d.year !== undefined ? { year: d.year } : {}),
        ...(e.institution === undefined && d.institution !== undefined ? { institution: d.institution } : {}),
      };
      continue;
    }
    const k = kept.findIndex((e) => sameDegree(d, e));
    if (k === -1) kept.push(d);
    // The one that names its school says more; the year the other names is the degree's too.
    else if ((kept[k] as Education).institution === undefined && d.institution !== undefined) kept[k] = { ...d, year: d.year ?? (kept[k] as Education).year };
    else if ((kept[k] as Education).year === undefined && d.year !== undefined) kept[k] = { ...(kept[k] as Education), year: d.year };
  }
  return kept;
}

/**
 * Whether `line` opens with the label of one of the coursework lists (sorted by start): a list that starts later on the
 * line ("MSc Computer Science. Relevant coursework: …") leaves the degree before it, and the lines under the label are
 * read as usual (a list read up to its reach may run over the next degree's line).
 */
function inCoursework(lists: ReadonlyArray<{ start: number; end: number }>, line: Line): boolean {
  const first = line.start + (line.text.length - line.text.trimStart().length);
  // The last list that starts at or before the line's first character.
  const last = lists[indexFrom(lists, first + 1, (l) => l.start) - 1];
  return last !== undefined && last.start >= line.start;
}

/** How far a sentence is read either way from a word in it. */
const SENTENCE_REACH = 240;
/** What follows a full stop that ends a sentence: a capital, a bullet, or the end of the text ("M.Sc. in" goes on). */
const STOP_FOLLOWS = unicodeRegex`^(?:\s{1,3}[\p{Lu}•*▪◦–-]|\s{0,3}$)`;
/** A line break that ends a sentence: a blank line or a bullet after it. */
const BREAK_FOLLOWS = /^[^\S\n]{0,3}(?:\n|[•*▪◦–-]\s)/u;
/** A dotted abbreviation right before a full stop ("M.Sc", "Ph.D", "B.Eng"): its last dot ends no sentence. */
const DOTTED_ABBREVIATION = unicodeRegex`(?:^|[\s(])\p{L}{1,4}\.\p{L}{1,4}$`;
/** Where the subject of a degree named in a sentence ends. */
const SUBJECT_END = /[,;()]|\.\s/u;

/**
 * The degrees (level and field) named in a sentence outside the education sections that says one was left unfinished
 * ("I finished the taught modules of the MSc in Information Security but withdrew before the project").
 */
function unfinishedElsewhere(text: string, eduSections: readonly Section[], words: DegreeWords): Array<{ level: DegreeLevel; field: DegreeField }> {
  const out: Array<{ level: DegreeLevel; field: DegreeField }> = [];
  const re = words.unfinishedAll;
  re.lastIndex = 0;
  let readTo = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    const at = m.index;
    if (at < readTo || eduSections.some((s) => at >= s.start && at < s.end)) continue;
    const [from, to] = sentenceAround(text, at, at + m[0].length);
    readTo = to;
    const sentence = text.slice(from, to).replace(words.notDegreeAll, (x) => ' '.repeat(x.length));
    for (const d of degreeMentions(sentence, words)) {
      const rest = sentence.slice(d.index + d.length, d.index + d.length + 60);
      const field = d.field ?? namedField(cutAt(cutAt(rest, SUBJECT_END), words.notField), words);
      if (field) out.push({ level: d.level, field });
    }
  }
  return out;
}

/** The bounds of the sentence around [start, end): to a sentence's stop, a blank line or a bullet, at most SENTENCE_REACH either way. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const stops = (k: number) => {
    const c = text.charAt(k);
    if (c === '!' || c === '?' || c === ';') return true;
    if (c === '.') return STOP_FOLLOWS.test(text.slice(k + 1, k + 5)) && !DOTTED_ABBREVIATION.test(text.slice(Math.max(0, k - 10), k));
    return c === '\n' && BREAK_FOLLOWS.test(text.slice(k + 1, k + 6));
  };
  let from = start;
  const min = Math.max(0, start - SENTENCE_REACH);
  while (from > min && !stops(from - 1)) from--;
  let to = end;
  const max = Math.min(text.length, end + SENTENCE_REACH);
  while (to < max && !stops(to)) to++;
  return [from, to];
}

function sameDegree(a: Education, b: Education): boolean {
  return (
    a.evidence.start !== b.evidence.start &&
    a.level === b.level &&
    a.field === b.field &&
    ((a.year !== undefined &&
      a.year === b.year &&
      // A degree named with no school (a headline under the name: "B.E. (Computer Science & Engineering) - 2026") is the
      // one of the same level, field and year listed with its school.
      (sameSchool(a, b) || sameSchool(b, a) || a.institution === undefined || b.institution === undefined)) ||
      halves(a, b) ||
      halves(b, a))
  );
}

/** Lines a degree restated under its entry's header may stand below it, at most (`restated`). */
const RESTATE_LINES = 4;
const BLANK_BETWEEN = /\n[^\S\n]*\n/u;

/**
 * `b`, with no year and no school of its own, names `a`'s level and field a few lines under it in the same block: the
 * entry's description restating its degree ("IT-Recht und Rechtsinformatik, LL.M." over its school and dates over
 * "Berufsbegleitender Masterstudiengang (Master of Laws)"), no second degree (convention 386).
 */
function restated(a: Education, b: Education, text: string, dates: DateWords, words: DegreeWords): boolean {
  if (a.level !== b.level || b.evidence.start <= a.evidence.end) return false;
  // A line of its own list item ("• Master of Science in Informatics …") names a degree of its own.
  const lineStart = text.lastIndexOf('\n', b.evidence.start - 1) + 1;
  if (ITEM_START.test(text.slice(lineStart, b.evidence.start + 2))) return false;
  const between = text.slice(a.evidence.end, b.evidence.start);
  // "Técnico Superior en Desarrollo de Aplicaciones Multiplataforma (DAM)," over "ciclo formativo de grado superior — IES
  // Clara del Rey  2011 – 2013": a degree's name left open by a comma goes on with the kind of degree it is, no other one.
  if (b.field === 'other' && TRAILING_COMMA.test(a.evidence.text) && between.split('\n').length === 2 && between.trim() === '') return true;
  // "Bachelor's degree in Computer Science" over its school and dates over "B.Sc. (Hons), Second Class Upper Division": the
  // degree's abbreviation with its class of honours names no other field (convention 416).
  if (b.year !== undefined || b.institution !== undefined || (a.field !== b.field && b.field !== 'other')) return false;
  // A school's line right under it heads an entry of its own ("BSc (Hons)" over "University of Leeds" over "2013 – 2014").
  if (words.institution.test(lineAfter(text, b.evidence.end))) return false;
  const lines = between.split('\n');
  // A line between with a year and words opens another entry ("10/2007 – 07/2012  Studium der Rechtswissenschaft, …"),
  // whose award the second line is ("Abschluss: Erste Juristische Prüfung"); the entry's own date line ("September 2019 to
  // July 2021") has no words but its dates.
  return !BLANK_BETWEEN.test(between) && lines.length <= RESTATE_LINES && !lines.some((l) => YEAR_IN.test(l) && DATED_WORDS.test(stripDates(l, dates)));
}

/** The text of the line after the one `at` stands on ('' at the text's last line). */
function lineAfter(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  if (end === -1) return '';
  const next = text.indexOf('\n', end + 1);
  return text.slice(end + 1, next === -1 ? text.length : next);
}

/** Three letters in a row: a line with a year and these names something dated. */
const DATED_WORDS = /\p{L}{3}/u;

/**
 * `a` names the school and no year, `b` the year and no school, and `b` is read on the line under `a`'s: the programme
 * over the degree it awarded ("Ingeniería de Software – UPC, Lima" over "Bachiller en Ingeniería de Software (2018)").
 */
function halves(a: Education, b: Education): boolean {
  if (a.year !== undefined || a.institution === undefined || b.year === undefined || b.institution !== undefined) return false;
  const gap = b.evidence.start - a.evidence.end;
  return gap > 0 && gap <= HALVES_GAP;
}

/** How many characters (a line break and indentation) may stand between a programme's line and its degree's. */
const HALVES_GAP = 12;

/** `a`'s school is `b`'s, or, where no school was read for `b`, the line `b` was read on names it (a table row: "School  Degree  Major  08/2015"). */
function sameSchool(a: Education, b: Education): boolean {
  if (a.institution === undefined) return false;
  const school = a.institution.toLowerCase();
  return b.institution === undefined ? b.evidence.text.toLowerCase().includes(school) : school === b.institution.toLowerCase();
}

/**
 * "Master 1 Droit des affaires – Université Lyon 3" under "Master 2 Droit du numérique – Université Lyon 3 Jean
 * Moulin": a lower degree named by the same word and a year's number, under a higher one at the same school or
 * finished the year before it ("Master 1" at one university, "Master 2" at another the next year), is a year of that
 * programme.
 */
function withoutSteps(degrees: readonly Education[], heads: readonly string[]): Education[] {
  const rank = (d: Education) => DEGREE_LEVELS.indexOf(d.level);
  const sameSchool = (a: Education, b: Education) =>
    a.institution !== undefined && b.institution !== undefined && (a.institution.startsWith(b.institution) || b.institution.startsWith(a.institution));
  // Its years are listed next to it: a few degrees either side are compared, so a long list stays linear.
  const higher = (d: Education, k: number) => {
    for (let j = Math.max(0, k - STEP_REACH); j <= Math.min(degrees.length - 1, k + STEP_REACH); j++) {
      const o = degrees[j] as Education;
      if (heads[j] === heads[k] && rank(o) > rank(d) && (sameSchool(o, d) || nextYear(d, o)) && numberedStep(d, heads[k] as string)) return true;
    }
    return false;
  };
  return degrees.filter((d, k) => !higher(d, k));
}

/** Whether `step` was finished the year before `higher` was, or the same year. */
function nextYear(step: Education, higher: Education): boolean {
  return step.year !== undefined && higher.year !== undefined && higher.year - step.year >= 0 && higher.year - step.year <= 1;
}

/** A degree named by its head word and a year's number ("Master 1"), as a year of a programme is; "Laurea Triennale" is a degree. */
function numberedStep(d: Education, head: string): boolean {
  const text = d.evidence.text.toLowerCase();
  const k = text.indexOf(head);
  return k >= 0 && STEP_NUMBER.test(text.slice(k + head.length, k + head.length + 4));
}

/** A year's number right after a degree's head word ("Master 1", "Licence 3"). */
const STEP_NUMBER = /^ ?[1-4](?!\d)/u;

/** How many degrees either side of one are read as other years of its programme. */
const STEP_REACH = 4;

/** The first word of a degree's name as written, in lower case ("master" of "Master 1", "ll.m." of "LL.M."). */
function headWord(name: string): string {
  return (/^[^\s,;(]+/u.exec(name)?.[0] ?? name).toLowerCase();
}

/** A line that goes on with the words of the line above it ("de Datos" under "Máster Universitario en Ciencia"). */
const GOES_ON = unicodeRegex`^\s*\p{Ll}`;
/** Indentation and bullets before a line's text. */
const LEADING_BULLETS = /^[\s\-•*]+/;

/**
 * The field the line under a degree names: the degree's name wrapped onto it ("Máster Universitario en Ciencia⏎de
 * Datos"), or the subject alone ("Computer Science, Stanford University"); never another degree or item ("A-levels:
 * Chemistry, Mathematics").
 */
function fieldBelow(line: string, next: string, words: EducationWords, isDegree: () => boolean, after?: string): DegreeField | undefined {
  // "Título de Ingeniero de" over "Software (BE, 4 años)": a name cut after a word it cannot end on goes on under it, and
  // the abbreviation in its bracket is its own (convention 419).
  if (words.all.nameGoesOnEnd.test(line)) {
    const field = wrappedField(line, next, words, after);
    if (field) return field;
  }
  // A degree not read as held is another degree all the same ("since 2024  PhD programme in Data Science (in progress)").
  if (firstDegree(next.replace(LEADING_BULLETS, ''), words)) return undefined;
  // In a column of dates, a line that opens with its own year is another item ("2007 – 2010  Licence d'histoire" over "2019  DU Cybersécurité").
  if (OPENS_WITH_YEAR.test(line) && OPENS_WITH_YEAR.test(next)) return undefined;
  if (GOES_ON.test(next)) return wrappedField(line, next, words, after);
  if (isDegree() || otherItem(next, words.all)) return undefined;
  // "Kỹ sư (Engineer's degree," over "4.5 years), Software" over "Engineering – …": an item left open goes on under it.
  const open = leftOpen(line) ? wrappedField(line, next, words, after) : undefined;
  if (open) return open;
  // "B.A.Sc. Computer" over "Engineering (Co-op)": a name that only the two lines together spell, wrapped in a column
  // ("B.E. (Computer   Savitribai Phule Pune …" over "Engineering)   University …": the first cells joined).
  // A field's name cut by the wrap comes before a field the rest alone names ("MSc Information" over "Management").
  const cell = next.trim().split(COLUMN_GAP)[0] as string;
  const joined = namedField(line, words.all) === undefined ? namedField(`${firstCell(line)} ${firstCell(next)}`, words.all) : undefined;
  return joined ?? namedField(cell, words.all) ?? namedField(next, words.all);
}

/**
 * The second major a line labelled as a degree's majors names ("Double major in Computer Science and Mathematics; minor in
 * Philosophy" → mathematics), up to a semicolon or a word of no field ("minor"); none when it names one field only.
 */
function secondMajor(next: Line | undefined, first: DegreeField, words: DegreeWords): DegreeField | undefined {
  const body = next?.text.trimStart() ?? '';
  const label = words.doubleMajorOpen.exec(body);
  if (!label) return undefined;
  const rest = cutAt(body.slice(label.index + label[0].length).split(';')[0] as string, words.notField);
  return fieldsIn(rest, words, false).find((f) => f !== first && f !== 'other');
}

/** The field of a degree's name read on into the line under it, and into the line after when a capitalized word of it is cut at the line's end. */
function wrappedField(line: string, next: string, words: EducationWords, after: string | undefined): DegreeField | undefined {
  const joined = `${line.trim()} ${next.trim()}`;
  const field = namedField(joined, words.all);
  // A narrow column wraps the name twice ("d'État, Bac+5 — master's" over "level) in Computer" over "Engineering,
  // option"): a subject's capitalized word cut at the end of the line goes on onto the line after.
  if (field || after === undefined || !CUT_NAME.test(next) || !NAME_GOES_ON.test(after)) return field;
  if (firstDegree(after.replace(LEADING_BULLETS, ''), words) || otherItem(after, words.all)) return undefined;
  return namedField(`${joined} ${firstCell(after)}`, words.all);
}

/** A line whose item goes on under it: it ends with a comma or leaves a bracket open ("Kỹ sư (Engineer's degree," over "4.5 years), Software"). */
function leftOpen(line: string): boolean {
  return TRAILING_COMMA.test(line) || bracketLeftOpen(line);
}

/** A line whose last bracket is opened and not closed on it. */
function bracketLeftOpen(line: string): boolean {
  return line.lastIndexOf('(') > line.lastIndexOf(')');
}

const TRAILING_COMMA = /,\s*$/u;

/** A line that ends with a capitalized word, as a subject's name cut by a wrap does ("level) in Computer"). */
const CUT_NAME = unicodeRegex`\s\p{Lu}\p{Ll}+[^\S\n]*$`;
/** A line that opens with a capitalized word, the rest of such a name ("Engineering, option"). */
const NAME_GOES_ON = unicodeRegex`^\s*\p{Lu}\p{Ll}`;

/** A gap between two columns of a line. */
const COLUMN_GAP = /\s{3,}/u;
/** A gap between two cells of a table row, as normalizing leaves it (runs of spaces become two). */
const CELL_GAP = /\s{2,}/u;

/** A line's text up to its first gap between cells (the whole line when it has none). */
function firstCell(line: string): string {
  return line.trim().split(CELL_GAP)[0] as string;
}

/** A labelled line ("Major: Data Science", "Field of study: Physics") a line or three under the degree. */
const LABELLED_LINE = unicodeRegex`^\s{0,12}(\p{L}[\p{L} ]{0,24}):\s{1,3}(\S[^\n]{0,120})$`;
const LABEL_REACH = 3;

/**
 * The field a labelled line under a degree names, in the degree's block (no blank line, no other degree between):
 * résumé builders put the level on one line and "Major: …" under the GPA or the school ("Master's degree 05/2019" ⏎
 * "GPA: 3.85" ⏎ "Major: Data Science"). A label of what is not the field ("Minor:", "Thesis:") names none.
 */
function labelledFieldBelow(lines: readonly Line[], i: number, words: EducationWords): DegreeField | undefined {
  for (let j = i + 1; j <= i + LABEL_REACH && j < lines.length; j++) {
    const text = (lines[j] as Line).text;
    if (text.trim() === '' || firstDegree(text.replace(LEADING_BULLETS, ''), words)) return undefined;
    const m = LABELLED_LINE.exec(text);
    if (!m || otherItem(text, words.all) || words.all.notField.test(m[1] as string)) continue;
    const field = namedField(m[2] as string, words.all);
    if (field) return field;
  }
  return undefined;
}

/**
 * "BCom Information Systems": a bachelor's degree of a commerce or business faculty is taken in a major, and a major
 * named right after it outside brackets, of another field than business, is the field studied ("Bachelor of Commerce
 * (Accounting and Business Information Systems)" and "BBA, Marketing" stay business; an MBA stays business whatever its track).
 */
function commerceMajor(match: DegreeMention, subject: string, words: DegreeWords): DegreeField | undefined {
  if (match.field !== 'business' || match.level !== 'bachelor') return undefined;
  // Up to a slash: "Bachelor of Commerce (Accounting) / Bachelor of Laws" names a second degree there.
  const own = subject.split('/')[0] as string;
  const major = fieldsIn(cutAt(own.replace(BRACKET_NOTE, ' '), words.notField), words, false)[0];
  return major === 'business' || major === 'other' ? undefined : major;
}

/** A line that opens with a label of the degree awarded ("Título:", "Degree:", "Abschluss:", "Diplôme obtenu :"). */
function awardLabelled(line: string, words: DegreeWords): boolean {
  // However deep a table indents it under its dates ("2001 – 2007   Diplomstudium …" over "              Abschluss: …").
  const m = LABELLED_LINE.exec(line.trimStart());
  return m !== null && words.awardLabelEnd.test(`${m[1] as string}:`);
}

/** The field of the study a degree ends, named on the line above it ("Studium der Informatik, FH Dortmund" over "Abschluss: Bachelor of Science"); never another degree or item. */
function fieldAbove(prev: string, words: EducationWords): DegreeField | undefined {
  // A line that says its programme is in progress is an item of its own ("Especialización en Ciberseguridad (en curso)").
  if (prev.trim() === '' || firstDegree(prev, words) || otherItem(prev, words.all) || inProgressIn(prev, words.all)) return undefined;
  return namedField(prev, words.all);
}

/** A line whose last year is not `year`: a record that ended in another year. */
function otherEnd(line: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const years = [...line.matchAll(YEAR)].map((y) => Number(y[1]));
  return years.length > 0 && Math.max(...years) !== year;
}

/** A line dated with years other than a degree's own, which is dated too: an item of its own ("PGDip Cyber Security, 2019" over "BA History, 2014"). */
function otherYears(line: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const years = [...line.matchAll(YEAR)].map((y) => Number(y[1]));
  return years.length > 0 && !years.includes(year);
}

/** `line` is dated, and with none of the years the dated degree line `degreeLine` names. */
function otherItemYears(line: string, degreeLine: string): boolean {
  const own = [...degreeLine.matchAll(YEAR)].map((y) => Number(y[1]));
  return (
    own.length > 0 && [...line.matchAll(YEAR)].some((y) => !own.includes(Number(y[1]))) && [...line.matchAll(YEAR)].every((y) => !own.includes(Number(y[1])))
  );
}

/** A line indented deeper than the line above it: it goes on with that line's item. */
function deeper(line: Line, above: Line): boolean {
  const indent = (l: Line) => l.text.length - l.text.trimStart().length;
  return indent(line) > indent(above);
}

/** Bracketed notes on a line, read apart from the rest of it. */
const BRACKET_NOTE = /\([^()\n]{0,160}\)/gu;

/** A line whose degree word stands only in brackets ("(Electrical) (Hons I)"): a note on a degree, no degree of its own. */
function onlyInBrackets(line: string, words: EducationWords): boolean {
  const body = line.replace(LEADING_BULLETS, '');
  return body.includes('(') && firstDegree(body.replace(BRACKET_NOTE, ' '), words) === undefined;
}

/** Line `j` is at most two lines below line `i`, with no blank line between. */
function sameBlock(lines: readonly Line[], i: number, j: number): boolean {
  if (j - i > 2) return false;
  for (let k = i + 1; k < j; k++) if ((lines[k] as Line).text.trim() === '') return false;
  return true;
}

/** Only blank lines stand between lines `i` and `j`. */
function onlyBlankBetween(lines: readonly Line[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if ((lines[k] as Line).text.trim() !== '') return false;
  return true;
}

/** No blank line stands between lines `i` and `j`. */
function unbroken(lines: readonly Line[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if ((lines[k] as Line).text.trim() === '') return false;
  return true;
}

/** Lines after a degree that still belong to it: up to a blank line or the next degree, at most this many. */
const DEGREE_BLOCK = 3;

/** A line that opens with a year (a dated item of a list). */
const OPENS_WITH_YEAR = /^\s*(?:19[5-9]\d|20\d\d)\b/u;

/** How a degree line's dates are read: the lexicon, and the month after which a date is still to come. */
/** The longest status read as a line's label ("Currently enrolled:"). */
const STATUS_LABEL_MAX = 24;

interface StudyReading extends DateReading {
  asOfYm: number;
  /** `datesIn` by line, for this call (a line is read for its leading dates and whether it runs on). */
  dates: Map<string, { ranges: DateRange[]; singles: SingleDate[] }>;
}

/** The date ranges (open ends at the end of time) and single dates of a line, read once per call. */
function datesIn(line: string, reading: StudyReading): { ranges: DateRange[]; singles: SingleDate[] } {
  let found = reading.dates.get(line);
  if (found === undefined) reading.dates.set(line, (found = findDates(line, Number.MAX_SAFE_INTEGER, reading)));
  return found;
}

/** The lines under a degree say it is not finished ("Graduation Date: Expected 2027", "August 2024 to Present", "2025 - 2027"). */
function stillStudying(lines: readonly Line[], i: number, words: EducationWords, reading: StudyReading): boolean {
  const degreeLine = lines[i] as Line;
  const dated = OPENS_WITH_YEAR.test(degreeLine.text);
  // The closed span the degree's own line gives: a note under it that opens a range inside it tells a phase of the study.
  const spans = datesIn(degreeLine.text, reading).ranges.filter((r) => !r.current);
  // Lines indented under the degree's own wrap its item ("Master of IT in Business" over "  (AI track), Singapore" …
  // "  part-time, in progress,"), however many there are, up to WRAPPED_BLOCK.
  const inBlock = (k: number) => k <= i + DEGREE_BLOCK || (k <= i + WRAPPED_BLOCK && wrapsUnder(lines[k] as Line, degreeLine));
  for (let k = i + 1; k < lines.length && inBlock(k); k++) {
    const body = (lines[k] as Line).text.trim();
    // "Withdrew after Year 1; exited with a Postgraduate Certificate": a status before the other award the line names
    // is the degree's own.
    if (statusBeforeOther(body, words.all)) return true;
    // A wrapped note that says no degree came of the programme ("— fast-tracked into the Ph.D. in⏎  2019; no M.Sc.
    // degree awarded") is the degree's own, though it names a degree (this one, or the one the person went on to).
    if (deeper(lines[k] as Line, degreeLine) && firstDegree(body, words) && words.all.notAwarded.test(body)) return true;
    // Another item ends the block: a degree, a school-leaving qualification, a diploma or course, or a line that opens
    // with its year as the degree's line does ("2015   Master 2 …" over "2026   Diplôme universitaire … - en cours").
    // A line that names the degree's work ("Masterarbeit … eingereicht; Verteidigung steht noch aus") is a note on it.
    if (body === '' || firstDegree(body, words) || (otherItem(body, words.all) && !namesDegreeWork(body, words.all)) || (dated && OPENS_WITH_YEAR.test(body)))
      return false;
    // A status that labels its line ("In progress: MIT xPRO …", "En curso: …") heads an item of its own; one whose value
    // is a date ("Expected Graduation: May 2027 | GPA: 3.9") is this degree's status (convention 235).
    if (!deeper(lines[k] as Line, degreeLine) && statusLabel(body, words.all) && !datedStatus(body)) return false;
    // "Trabajo de grado sustentado y aprobado en septiembre de 2026; título en trámite (ceremonia … diciembre de 2026)":
    // the last requirement met, the degree is held; the title's paperwork and the ceremony still pending are no study (convention 442).
    if (words.all.requirementsMet.test(body)) return false;
    // A line as far in as the dated degree's, dated with other years and saying nothing of a study still running, is
    // an item of its own ("Baccalauréat en droit — Université Laval, 2015" over "École du Barreau — admission, 2016").
    if (!deeper(lines[k] as Line, degreeLine) && otherItemYears(body, degreeLine.text) && !inProgressIn(body, words.all) && !runsOn(body, reading))
      return false;
    // A range wrapped at the line's end ("(2021 -" over "2022)") is read whole: it is no open range.
    if (inProgressIn(body, words.all) || runsOn(withWrappedEnd(lines, k, reading), reading, spans)) return true;
    // A note indented under the degree or in brackets ("(pós-graduação lato sensu)") is about it; a line of its own is
    // another programme ("Postgraduate studies (non-degree) in Cybersecurity").
    const note = deeper(lines[k] as Line, degreeLine) || BRACKETED_LINE.test((lines[k] as Line).text);
    if (note && words.all.notAwarded.test(body)) return true;
    // A status wrapped at its line's end ("dissertation in⏎progress"): the end of the line above read on into this one.
    if (GOES_ON.test((lines[k] as Line).text) && inProgressIn(`${lastWords((lines[k - 1] as Line).text)} ${body}`, words.all)) return true;
  }
  return false;
}

/** How many lines above an undated degree its item's header may take (the dates, the school, the section's heading). */
const HEADER_ABOVE = 3;

/**
 * The header lines right above an undated degree say it is not finished ("10/2021 – heute" over "FernUniversität in
 * Hagen" over "Informatik (B.Sc.)"; "Purdue University   Expected May 2027" over "B.S. Cybersecurity"): a block that a
 * blank line opens, with no degree or other item in it (the notes under another degree are that degree's).
 */
function studyingAbove(lines: readonly Line[], i: number, words: EducationWords, reading: StudyReading): boolean {
  if (YEAR_IN.test((lines[i] as Line).text)) return false;
  let running = false;
  for (let k = i - 1; k >= i - HEADER_ABOVE - 1; k--) {
    const body = k < 0 ? '' : (lines[k] as Line).text.trim();
    if (body === '') return running;
    // A line indented deeper than the degree's is a note on an item above it ("   (fin prévue en 2027)").
    if (k < i - HEADER_ABOVE || deeper(lines[k] as Line, lines[i] as Line) || firstDegree(body, words) || otherItem(body, words.all)) return false;
    running ||= inProgressIn(body, words.all) || runsOn(body, reading);
  }
  return false;
}

/** How many lines under a degree (blank ones too) its framework level may be stated on. */
const LEVEL_REACH = 4;

/** The framework level stated on a line under a degree, before another degree or item ("Nivel en el MEC: Nivel 7 del MEC"). */
function levelBelow(lines: readonly Line[], i: number, words: EducationWords): DegreeLevel | undefined {
  for (let k = i + 1; k < lines.length && k <= i + LEVEL_REACH; k++) {
    const body = (lines[k] as Line).text.trim();
    if (body === '') continue;
    if (firstDegree(body, words) || otherItem(body, words.all)) return undefined;
    const level = statedLevel(body, words.all);
    if (level) return level;
  }
  return undefined;
}

/** A year anywhere in a line. */
const YEAR_IN = /\b(?:19[5-9]\d|20\d\d)\b/u;

/** How far after a status label's colon its value's year may stand for the value to be a date ("Expected: May 2027"). */
const STATUS_DATE_REACH = 16;

/** A status label whose value opens with a date ("Expected Graduation: May 2027"): a degree's status, no item of its own. */
function datedStatus(body: string): boolean {
  const colon = body.indexOf(':');
  return colon > 0 && YEAR_IN.test(body.slice(colon + 1, colon + 1 + STATUS_DATE_REACH));
}

/** A line opened by a short status and a colon, with its item after it ("In progress: …", "Laufend: …"). */
function statusLabel(body: string, words: DegreeWords): boolean {
  const colon = body.indexOf(':');
  return colon > 0 && colon <= STATUS_LABEL_MAX && /\p{L}/u.test(body.slice(colon + 1)) && inProgressIn(body.slice(0, colon), words);
}

/** A line that names an award that is no degree ("Postgraduate Certificate") after words saying a degree was left unfinished. */
function statusBeforeOther(body: string, words: DegreeWords): boolean {
  const re = words.notDegreeAll;
  re.lastIndex = 0;
  const other = re.exec(body);
  re.lastIndex = 0;
  if (other === null || other.index === 0) return false;
  const left = words.unfinishedAll;
  left.lastIndex = 0;
  const found = left.test(body.slice(0, other.index));
  left.lastIndex = 0;
  return found;
}

/** The most lines indented under a degree that are read as its item. */
const WRAPPED_BLOCK = 6;
/** The most a wrapped line of an item is indented under its first line; further in, it is another column's. */
const MAX_WRAP_INDENT = 8;

/** A line indented a little under `first`: its item wrapped (not a line whose text stands in another column). */
function wrapsUnder(line: Line, first: Line): boolean {
  const indent = (l: Line) => l.text.length - l.text.trimStart().length;
  return indent(line) > indent(first) && indent(line) <= indent(first) + MAX_WRAP_INDENT;
}

/** The last words of a line (up to 30 characters), to read a phrase wrapped at its end. */
function lastWords(text: string): string {
  const end = text.trimEnd();
  return end.slice(Math.max(0, end.length - 30));
}

/**
 * The dates of a line run to "present" or end after asOf ("2025 – 2027"; a year's end only when it is a later year), or
 * the line names a date still to come ("dissertation due September 2027").
 */
function runsOn(body: string, reading: StudyReading, spans: readonly DateRange[] = []): boolean {
  const asOfYear = Math.floor(reading.asOfYm / 12);
  const { ranges, singles } = datesIn(body, reading);
  // "2016 – 2019 (en alternance à partir de 2017)": an open range that starts inside a closed one on its line is a phase
  // of that span, no study running on.
  // Only right after it, with no other item between: "(2020–2023 ; depuis oct. 2023)" lists two periods.
  const closed = ranges.filter((r) => !r.current);
  // "2014 – 2017  Diplôme d'ingénieur …" over "  cursus en apprentissage à partir de 2015": so is one that starts inside the
  // closed span of the degree's own line (`spans`), in a note under it.
  const phase = (r: DateRange) =>
    spans.some((c) => c.start <= r.start && r.start <= c.end) ||
    closed.some((c) => c.start <= r.start && r.start <= c.end && c.index + c.length <= r.index && !ITEM_BETWEEN.test(body.slice(c.index + c.length, r.index)));
  const open = ranges.filter((r) => !(r.current && phase(r)));
  if (open.some((r) => r.current || (r.end > reading.asOfYm && (r.endPrecision === 'month' || Math.floor(r.end / 12) > asOfYear)))) return true;
  return singles.some((d) => (d.month !== undefined ? d.ym > reading.asOfYm : d.year > asOfYear));
}

/** What parts two items of a list on a line, or holds another date: a range after it is no phase of the one before. */
const ITEM_BETWEEN = /[;|•·\d]/u;

/** A line that ends inside a date range, after its start and a dash ("· (2012 -"). */
const DANGLING_RANGE = /\d\s{0,3}[-–—‒―]{1,2}$/u;
/** The longest end of a range read from the start of the next line. */
const MAX_WRAPPED_END = 24;

/**
 * Line `i`, with the end of its date range when that wrapped onto the next line ("Master of Science · (2012 -" over
 * "2014)"): an open range at a line's end is no degree still being studied for.
 */
function withWrappedEnd(lines: readonly Line[], i: number, reading: StudyReading): string {
  const line = (lines[i] as Line).text.trimEnd();
  const next = lines[i + 1]?.text.trim();
  if (!next || !DANGLING_RANGE.test(line)) return (lines[i] as Line).text;
  const gap = next.indexOf('  ');
  const end = (gap === -1 ? next : next.slice(0, gap)).slice(0, MAX_WRAPPED_END);
  const joined = `${line} ${end}`;
  const spans = findDateRanges(joined, Number.MAX_SAFE_INTEGER, reading).some((r) => r.index < line.length && r.index + r.length > line.length);
  if (spans) return joined;
  // "…, 2014 –" over "First Class Honours": the dash parts the year from a note that opens the next line, as "2020 – 2:1"
  // does on one line; no open range.
  return NOTE_OPENS.test(next) ? line.replace(DANGLING_DASH, '') : (lines[i] as Line).text;
}

/** A line that opens with a capital letter: a note, no date's end (a month's name or "Present" joined a range above). */
const NOTE_OPENS = /^\p{Lu}/u;
/** The dash that ends a line after its year, and the blanks before it. */
const DANGLING_DASH = /\s{0,3}[-–—‒―]{1,2}$/u;

/** The widest line a narrow column wraps a degree's name in. */
const MAX_NARROW = 40;
/** How many lines under it a degree's name may wrap onto. */
const MAX_NAME_WRAPS = 2;
/** A line that ends in a word or a comma, as a name cut by a wrap does. */
const ENDS_OPEN = unicodeRegex`[\p{L},]$`;

/**
 * Line `i` with the lines under it that go on with its words in a narrow column ("INSA Lyon — Diplôme" over "d'ingénieur,
 * département"): each short, opening in lowercase under a line that ends in a word or a comma. Undefined when no line goes on.
 */
function wrappedName(lines: readonly Line[], i: number): { text: string; through: number } | undefined {
  let text = (lines[i] as Line).text.trimEnd();
  let through = i;
  while (through - i < MAX_NAME_WRAPS && text.trim().length <= MAX_NARROW * (through - i + 1) && ENDS_OPEN.test(text)) {
    const next = lines[through + 1]?.text.trim();
    if (!next || next.length > MAX_NARROW || !GOES_ON.test(next)) break;
    text = `${text} ${next}`;
    through++;
  }
  return through > i ? { text, through } : undefined;
}

/** A first cell that ends in a word cut at a hyphen ("Master of Science in Wirtschafts-"). */
const CUT_WORD = unicodeRegex`\p{L}-$`;
/** A cell that goes on with the rest of a cut word ("informatik (berufsbegleitend)"). */
const WORD_GOES_ON = unicodeRegex`^\p{Ll}`;

/**
 * `text` (line `i`) with the word its first cell cuts at a hyphen made whole from the first cell of the next line, as a
 * table wraps a degree's name in its column ("Master of Science in Wirtschafts-   UCD …   2017" over "informatik
 * (berufsbegleitend)"): the field is read from the whole word.
 */
function withWrappedWord(lines: readonly Line[], i: number, text: string): string {
  const next = lines[i + 1]?.text;
  if (next === undefined) return text;
  const lead = text.length - text.trimStart().length;
  const first = firstCell(text);
  const rest = firstCell(next);
  if (first.length === text.trim().length || !CUT_WORD.test(first) || !WORD_GOES_ON.test(rest)) return text;
  return `${text.slice(0, lead)}${first.slice(0, -1)}${rest}${text.slice(lead + first.length)}`;
}

/**
 * `text` (line `i`) with the next line when it leaves a bracket open that the next line closes, as a wrapped item does
 * ("Specialist degree (5-year programme; equivalent to a" over "U.S. Master's degree), Applied Mathematics — KPI"): the
 * bracket's words qualify this degree, and are no degree of their own.
 */
function withClosingLine(lines: readonly Line[], i: number, text: string): string {
  const next = lines[i + 1]?.text.trim();
  if (!next || !bracketLeftOpen(text)) return text;
  const close = next.indexOf(')');
  const open = next.indexOf('(');
  if (close <= 0 || (open !== -1 && close > open)) return text;
  return cellsJoined(text, next) ?? `${text.trimEnd()} ${next}`;
}

/** A row of a table drawn with bars ("| M.Tech (Information | Deccan Institute … | 2017-2019 |"). */
const TABLE_ROW = /^\s{0,12}\|[^\n]{0,400}\|\s{0,3}$/u;

/**
 * Two rows of a table drawn with bars whose cells wrap into the row under them ("| M.Tech (Information | Deccan … |"
 * over "|  Security)  |  |"), joined cell by cell: "| M.Tech (Information Security) | Deccan … |"; undefined for other lines.
 */
function cellsJoined(row: string, next: string): string | undefined {
  if (!TABLE_ROW.test(row) || !TABLE_ROW.test(next)) return undefined;
  const above = row.trim().split('|');
  const below = next.trim().split('|');
  if (above.length !== below.length) return undefined;
  const lead = row.slice(0, row.length - row.trimStart().length);
  return `${lead}${above.map((cell, k) => `${cell.trim()} ${(below[k] as string).trim()}`.trim()).join(' | ')}`.trimEnd();
}

/** A line that holds a degree word and nothing else ("Postgrado", "Undergraduate:"), with a line under it. */
function groupLabel(text: string, next: Line | undefined, words: EducationWords): boolean {
  const body = text.trim().replace(/:$/u, '').trimEnd();
  if (!next || next.text.trim() === '' || body.length === 0) return false;
  const [first] = mentionsIn(body, words);
  return first !== undefined && first.index === 0 && first.length === body.length;
}

function otherItem(body: string, words: DegreeWords): boolean {
  return words.schoolLeaving.test(body) || words.notDegree.test(body);
}

/**
 * The line's item that is no degree is a degree's work ("MSc thesis", "Masterarbeit", "mémoire de master", "Trabajo fin
 * de máster"), named with no school-leaving qualification: a note on the degree it belongs to.
 */
function namesDegreeWork(body: string, words: DegreeWords): boolean {
  const item = words.notDegree.exec(body)?.[0];
  return item !== undefined && words.workTail.test(item) && !words.schoolLeaving.test(body);
}

/** A list item's first line: its indent and marker ("  - "). */
const ITEM_MARKER = /^[ \t]{0,12}[-–•*▪][ \t]{1,4}(?=\S)/u;
/** A line that ends a sentence or a clause. */
const CLAUSE_ENDS = /[.;:!?)]\s*$/u;
/** The most lines a list item runs on over. */
const ITEM_WRAP = 4;

/**
 * Whether line `i` carries on the sentence of a list item above it, indented past its marker ("- Wrote Semgrep rules for
 * unsafe handling of" over "   LLM output."): a wrapped line starts no degree outside an education section.
 */
function continuesItem(lines: readonly Line[], i: number): boolean {
  const own = (lines[i] as Line).text;
  if (ITEM_MARKER.test(own) || own.trim() === '') return false;
  const indent = own.length - own.trimStart().length;
  for (let j = i - 1; j >= 0 && j >= i - ITEM_WRAP; j--) {
    const above = (lines[j] as Line).text;
    if (above.trim() === '' || (j === i - 1 && CLAUSE_ENDS.test(above))) return false;
    const marker = ITEM_MARKER.exec(above);
    if (marker) return indent >= marker[0].length;
    if (above.length - above.trimStart().length !== indent) return false;
  }
  return false;
}

/** A year, or a range's end year, closing the text before a degree on a collapsed line ("… Buenos Aires 2016 - 2018 Licenciatura"). */
const YEAR_BEFORE_ITEM = /(?:19|20)\d\d\)?[\s,;|·]{1,4}$/u;
/** How far before a degree that year is looked for. */
const YEAR_BEFORE_REACH = 12;

/**
 * The items of an education line that an export collapsed, each degree closed by its dates before the next opens
 * ("Maestría en … Universidad de Buenos Aires 2016 - 2018 Licenciatura en … Universidad de Buenos Aires 2008 - 2013"),
 * as lines of their own; a line with one degree, or degrees not parted by a year, as it is. `schoolEach`: only when
 * every item names its school.
 */
function collapsedItems(line: Line, words: EducationWords, schoolEach: boolean): Line[] {
  const found = mentionsIn(line.text, words);
  if (found.length < 2) return [line];
  const out: Line[] = [];
  let from = 0;
  // `found` is in text order (`degreeMentions` sorts it); the first degree opens the first item.
  for (let k = 1; k < found.length; k++) {
    const d = found[k] as DegreeMention;
    const before = line.text.slice(Math.max(from, d.index - YEAR_BEFORE_REACH), d.index);
    if (d.index > from && YEAR_BEFORE_ITEM.test(before)) {
      out.push({ text: line.text.slice(from, d.index).trimEnd(), start: line.start + from });
      from = d.index;
    }
  }
  if (out.length === 0) return [line];
  out.push({ text: line.text.slice(from), start: line.start + from });
  return schoolEach && !out.every((l) => words.all.institution.test(l.text)) ? [line] : out;
}

function splitLines(text: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  let offset = start;
  for (const line of text.slice(start, end).split('\n')) {
    out.push({ text: line, start: offset });
    offset += line.length + 1;
  }
  return out;
}

/** Where the first line of `text` in [start, end) that states a degree starts (used to end a work entry in a résumé without headings). */
export function firstDegreeLine(text: string, start: number, end: number, lex: Lexicon): number | undefined {
  const words = degreeWordsOf(lex);
  const mayName = degreeLineGate(text, words.all, [{ start, end }]);
  const dates = dateWordsFor(lex);
  const reading: StudyReading = { lex, asOfYm: Number.MAX_SAFE_INTEGER, dates: new Map() };
  for (const line of splitLines(text, start, end)) {
    if (mayName(line) && readDegreeLine(line.text, false, words, dates, reading) !== undefined) return line.start;
  }
  return undefined;
}

/**
 * "May this line name a degree?", for the lines of `ranges` (in text order), from their words read once: a whole line
 * without a head word of any degree level names none (a cut line is always tried).
 */
function degreeLineGate(text: string, words: DegreeWords, ranges: ReadonlyArray<{ start: number; end: number }>): (line: Line) => boolean {
  const heads = words.levelGate.heads;
  if (!heads) return () => true;
  const at = ranges.flatMap((r) => headPositionsIn(text, heads, r.start, r.end)).sort((a, b) => a - b);
  return (line) => {
    const end = line.start + line.text.length;
    return !isWholeLine(text, line.start, end) || anyBetween(at, line.start, end);
  };
}

/**
 * The degree words of a résumé's language, and of every bundled language: an English CV says "M.Sc. Informatik" or
 * "Grado en Matemáticas". Made per call that reads a text, with what that call has read of its lines: a line is read
 * again as the next line of a degree, and under one.
 */
interface EducationWords {
  own: DegreeWords;
  all: DegreeWords;
  /** `readDegreeLine` by `inSection` and line (the call's dates and reading are fixed). */
  readLines: Map<string, DegreeRead | undefined>;
  /** `firstDegree` by body. */
  firstDegrees: Map<string, DegreeMention | undefined>;
  /** `degreeMentions` of `all` by text (a degree line is read again as a group label). */
  mentions: Map<string, DegreeMention[]>;
}

function degreeWordsOf(lex: Lexicon): EducationWords {
  return { own: degreeWordsFor(lex), all: degreeWordsFor(allLanguagesLexicon(lex.loaded)), readLines: new Map(), firstDegrees: new Map(), mentions: new Map() };
}

/** The degrees of every language named in `text`, read once per call (the mentions are read, never changed). */
function mentionsIn(text: string, both: EducationWords): DegreeMention[] {
  let found = both.mentions.get(text);
  if (found === undefined) both.mentions.set(text, (found = degreeMentions(text, both.all, undefined, true)));
  return found;
}

/** What a degree line states: the degree, and the second degree of a double degree. */
/** `named`: the degree's own name gives its field (LL.M., B.Ed.), so no line around it names another. */
/** `complete`: the line names the degree's own subject, of no field of the lexicon, and its school ("A.A.S. Computer
 * Networking Technology — Central Texas College"), so no line around it names its field. */
type DegreeRead = Omit<Education, 'evidence'> & {
  second?: { level: DegreeLevel; field: DegreeField; head: string };
  head: string;
  named?: true;
  complete?: true;
  /** The level depends on the programme and its line states none: a framework level under it decides. */
  varies?: true;
};

/**
 * A degree line's level, field, institution and year; undefined when the line states no degree held (a school-leaving
 * qualification, a degree in progress). Read once per line and call: each caller gets its own copy.
 */
function readDegreeLine(line: string, inSection: boolean, both: EducationWords, dates: DateWords, reading: StudyReading): DegreeRead | undefined {
  const key = `${inSection ? 1 : 0}${line}`;
  let read = both.readLines.get(key);
  if (read === undefined && !both.readLines.has(key)) {
    read = readDegreeLineOnce(line, inSection, both, dates, reading);
    both.readLines.set(key, read);
  }
  return read && { ...read };
}

function readDegreeLineOnce(line: string, inSection: boolean, both: EducationWords, dates: DateWords, reading: StudyReading): DegreeRead | undefined {
  const words = both.all;
  const body = line.replace(LEADING_BULLETS, '');
  if (body.length === 0 || body.length > MAX_LINE || !mayNameDegree(body, words)) return undefined;
  const match = firstDegree(body, both);
  if (!match) return undefined;
  // Outside an education section a degree counts at the line start, or anywhere on a line naming a school; dates
  // before the degree ("[ 2016 – 2021 ]  Dr. rer. nat.") do not count towards its offset.
  const lead = leadingDates(body, reading);
  if (!inSection && match.index > lead && !words.institution.test(body)) return undefined;
  // "Abogada" heads a degree under an education heading only; elsewhere it is a job title.
  if (match.titleOnly && (!inSection || match.index > lead)) return undefined;
  const before = body.slice(lead, match.index);
  // A label of the degree awarded right before it names the line's degree ("Studium der Betriebswirtschaftslehre, Abschluss: Diplom-Kauffrau").
  if (match.index - lead > MAX_DEGREE_OFFSET && !schoolFirst(before, words) && !cellAfterSchool(before, words) && !words.awardLabelEnd.test(before)) {
    return undefined;
  }
  // "Mestrado … (lato sensu)": a programme that awards no degree, however it is named.
  if (inProgressIn(body, words) || words.notAwarded.test(body)) return undefined;
  // A degree whose dates run to "present" or past asOf is still being studied for.
  if (runsOn(body, reading)) return undefined;
  const whole = body.slice(match.index + match.length);
  const [subject, institution] = splitInstitution(whole, words, dates);
  // "Bachelor of Laws (Honours) / Bachelor of Arts (Philosophy) — University of Sydney": two degrees, each with its own field.
  const joined = joinedDegree(whole, both);
  const after = joined ? whole.slice(0, joined.slash) : whole;
  // The field a degree's name implies comes first (LL.M. → law, even in "LL.M. Information Technology Law"); else the
  // first one named from the degree's own words on ("Baccalauréat en mathématiques", "Maîtrise en informatique (…,
  // apprentissage automatique)").
  const degreeText = body.slice(match.index, match.index + match.length + after.length);
  const field: DegreeField =
    // "Grado en Ingeniería Informática (4-yr B.Eng., Computer Engineering)" in an English CV: a degree named in another
    // language than the résumé's, translated into the résumé's in a bracket after its name and subject, has the field
    // of the translation (convention 40).
    (match.abbreviation ? undefined : glossField(body.slice(match.index, match.index + match.length), after, match.level, both)) ??
    commerceMajor(match, subject, words) ??
    match.field ??
    restatedField(body, match, both) ??
    subjectAfterName(after, words) ??
    trackField(institution ? after.replace(institution, ' ') : after, words, !match.abbreviation) ??
    // "B.Math. (Honours), Computer Science": the subject after an abbreviation comes before the field its letters spell.
    (match.abbreviation ? namedField(cutOutsideNotes(institution ? after.replace(institution, ' ') : after, words.notField), words) : undefined) ??
    namedField(cutOutsideNotes(institution ? degreeText.replace(institution, ' ') : degreeText, words.notField), words) ??
    translatedField(after, match.level, both) ??
    namedField(cutAt(body.slice(0, match.index), words.notField), words) ??
    specialtyField(institution, words) ??
    capitalsField(institution, words) ??
    majorField(body.slice(match.index + match.length), words) ??
    labelledField(institution ?? '', words.facultyUnitAll, words) ??
    'other';
  const years = [...body.matchAll(YEAR)].map((y) => Number(y[1]));
  // "Licenciatura/Grado/Doctorado   Universidad   Año": degree kinds joined by slashes, with no field and no year, head a table.
  if (field === 'other' && years.length === 0 && SLASH_JOINED.test(after)) return undefined;
  // "Ingeniero en Informática (plan antiguo, 5 años; nivel MECES 3 – Máster)": a framework level stated after a degree
  // whose level varies is its level (after a BSc it is no reason to doubt the BSc's).
  const stated = match.levelVaries ? statedLevel(after, words) : undefined;
  const level = stated ?? match.level;
  const result: DegreeRead = { level, field, head: headWord(body.slice(match.index, match.index + match.length)) };
  if (match.levelVaries && stated === undefined) result.varies = true;
  if (match.field !== undefined) result.named = true;
  if (institution) result.institution = institution;
  if (institution && field === 'other' && OWN_SUBJECT.test(subject) && fieldsIn(subject, words).length === 0) result.complete = true;
  // "Máster Universitario en Profesorado …" over "(especialidad Informática)": a subject the lexicon names as no field of
  // the list (teacher training) is the degree's own, and a specialisation under it names none (convention 37).
  if (field === 'other' && fieldsIn(cutOutsideNotes(degreeText, words.notField), words, false).includes('other')) result.complete = true;
  if (years.length > 0) result.year = Math.max(...years);
  if (joined) {
    const text = whole.slice(joined.start);
    const own = cutAt(institution ? text.replace(institution, ' ') : text, words.notField);
    const head = headWord(text.slice(joined.mention.index));
    result.second = { level: joined.mention.level, field: joined.mention.field ?? namedField(own, words) ?? 'other', head };
  } else if (words.doubleDegree.test(body.slice(0, match.index + match.length))) {
    // A degree whose name gives its field ("Doble Grado en Derecho") names the second subject after "and".
    const second = match.field === undefined ? secondField(subject, words) : fieldAfterAnd(subject, match.field, words);
    if (second) result.second = { level, field: second, head: result.head };
  }
  return result;
}

/**
 * A second degree after a slash, when the first has words of its own before it ("Bachelor of Laws (Honours) /
 * Bachelor of Arts"; not "BS/MS", one programme, nor "Licenciatura/Grado", kinds heading a table). A slash inside a
 * bracket after the degree joins two names of it, as a gloss gives them ("B.S. Cybersecurity (licence/bachelor en
 * cybersécurité)"): one degree.
 */
function joinedDegree(after: string, both: EducationWords): { slash: number; start: number; mention: DegreeMention } | undefined {
  const slash = after.indexOf('/');
  if (slash <= 0 || after.slice(0, slash).trim() === '') return undefined;
  if (after.lastIndexOf('(', slash) > after.lastIndexOf(')', slash)) return undefined;
  const rest = after.slice(slash + 1);
  const start = slash + 1 + (rest.length - rest.trimStart().length);
  const mention = firstDegree(after.slice(start), both);
  return mention?.index === 0 ? { slash, start, mention } : undefined;
}

/** A subject of two capitalised words or more ("Computer Networking Technology"). */
const OWN_SUBJECT = unicodeRegex`^\s{0,3}(?:in\s{1,3})?\p{Lu}\p{Ll}+(?:\s{1,2}(?:and\s{1,2}|&\s{1,2})?\p{Lu}\p{Ll}+){1,5}\s{0,3}$`;

/** A degree's name closed by a bracket, then a comma and the subject ("Master of Mathematics (MMath), Computer Science"). */
const NAME_THEN_SUBJECT = unicodeRegex`^\s{0,2}(?:\p{L}+\s{1,2}){0,2}\p{L}+\s{0,2}\(\p{L}[^()]{0,11}\)\s{0,2},\s{0,3}([^,;()|]{3,60})`;

/** A degree's name of one word, then its subject after "in" ("Bachelor of Mathematics in Statistics", "Master of Engineering en …"). */
const NAME_IN_SUBJECT = unicodeRegex`^\s{0,2}(\p{L}+)\s{1,2}(?:in|en)\s{1,2}([^,;()|]{3,60})`;

/**
 * The field of the subject named after a degree's full name and its abbreviation or class in brackets: the name
 * ("Master of Mathematics", a Waterloo degree in any of its school's subjects) is the degree's kind, the subject its field.
 */
function subjectAfterName(after: string, words: DegreeWords): DegreeField | undefined {
  // The subject ends where the school's part starts ("Computer Science — University of Waterloo, 2014").
  const subject = NAME_THEN_SUBJECT.exec(after)?.[1]?.split(PARTS)[0];
  // Not a minor or a school ("(Hons), Mathematics minor", "(Thesis), Department of Statistics").
  if (subject === undefined) return subjectAfterIn(after, words);
  if (words.notField.test(subject) || words.institution.test(subject)) return undefined;
  return namedField(subject, words);
}

/** A few short words between a degree's word and the abbreviated title that restates it: " zum ", " (". */
const RESTATING_GAP = unicodeRegex`^[\s,:(–—-]{0,4}(?:\p{L}{1,4}\.?[\s(]{1,3}){0,2}$`;

/**
 * The field of the same degree restated right after its word by an abbreviated title that gives one: "Promotion zum
 * Dr. iur." is a doctorate in law, as "Dr. iur." alone is (a subject's name after "en", "in", is read as before).
 */
function restatedField(body: string, match: DegreeMention, both: EducationWords): DegreeField | undefined {
  const end = match.index + match.length;
  const next = mentionsIn(body, both).find((d) => d.index >= end);
  if (next?.field === undefined || !next.abbreviation || next.level !== match.level) return undefined;
  return RESTATING_GAP.test(body.slice(end, next.index)) ? next.field : undefined;
}

/**
 * The field of the subject after "in" when the one-word name before it names no field or one of the same group
 * ("Bachelor of Mathematics in Statistics"); not a name of another field ("Master of IT in Business").
 */
function subjectAfterIn(after: string, words: DegreeWords): DegreeField | undefined {
  const m = NAME_IN_SUBJECT.exec(after);
  const subject = m?.[2]?.split(PARTS)[0];
  if (!m || subject === undefined || words.notField.test(subject) || words.institution.test(subject)) return undefined;
  const field = namedField(subject, words);
  const name = namedField(m[1] as string, words);
  if (field === undefined || name === undefined || name === field) return field;
  return words.fields.some((f) => f.group && f.fields.includes(name) && f.fields.includes(field)) ? field : undefined;
}

/** A degree line that restates the level of a degree read above it ("grade de Master"), no field or year of its own. */
function levelNote(line: string, degree: DegreeRead, out: readonly Education[], above: readonly number[], words: DegreeWords): boolean {
  if (degree.field !== 'other' || degree.year !== undefined || statedLevel(line, words) !== degree.level) return false;
  return above.some((k) => (out[k] as Education).level === degree.level);
}

/** The level of a qualifications framework that `text` states ("EQF level 7" → master), the first one named. */
function statedLevel(text: string, words: DegreeWords): DegreeLevel | undefined {
  let best: { level: DegreeLevel; index: number } | undefined;
  for (const { level, pattern } of words.levelStatements) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { level, index: m.index };
  }
  return best?.level;
}

/**
 * The field named after the school's name in the same part ("INSA Rennes, spécialité Informatique (grade de Master"):
 * a specialty the school awards the degree in.
 */
function specialtyField(institution: string | undefined, words: DegreeWords): DegreeField | undefined {
  const comma = institution?.indexOf(',') ?? -1;
  return institution && comma !== -1 ? namedField(cutAt(institution.slice(comma + 1), words.notField), words) : undefined;
}

/**
 * The field named right after a label of a concentration ("– Schwerpunkt: Informatik", "especialidad: Informática"), up
 * to the next word that names no field: read only for a degree that names no field of its own.
 */
function majorField(after: string, words: DegreeWords): DegreeField | undefined {
  return labelledField(after, words.majorLabelAll, words);
}

/** The field named right after a match of the global `re` (a concentration's label, a faculty), up to the next word that names no field. */
function labelledField(after: string, re: RegExp, words: DegreeWords): DegreeField | undefined {
  re.lastIndex = 0;
  let field: DegreeField | undefined;
  for (let m = re.exec(after); m !== null && field === undefined; m = re.exec(after)) {
    if (m[0] === '') re.lastIndex++;
    else field = namedField(cutAt(after.slice(m.index + m[0].length), words.notField), words);
  }
  re.lastIndex = 0;
  return field;
}

/** Words in capitals that open a part, before a word in mixed case ("COMPUTER SCIENCE Technical University"). */
const CAPITALS_LEAD = unicodeRegex`^((?:\p{Lu}[\p{Lu}'’-]*\s{1,3}){1,6})(?=\p{Lu}\p{Ll})`;

/**
 * The field in capitals run together with the school's name after it, as Europass prints a degree's title in capitals
 * and its school in mixed case ("ENGINEER'S DEGREE, COMPUTER SCIENCE Technical University of Cluj-Napoca").
 */
function capitalsField(institution: string | undefined, words: DegreeWords): DegreeField | undefined {
  const lead = institution === undefined ? undefined : CAPITALS_LEAD.exec(institution)?.[1];
  return lead ? namedField(lead, words) : undefined;
}

/**
 * A school's name, perhaps its place after commas ("Lakeside State University, Springfield, IL"), then a separator before a
 * degree ("University of North Carolina at Greensboro - B.S.B.A.", "| Vellore Institute of Technology (VIT) | B.Tech |"): the degree
 * is the line's own.
 */
const SCHOOL_THEN = /^(?:\|\s{0,3})?([^,;|—–-]{3,120}?)(?:,\s{1,3}[^,;|—–\-\d]{2,40}?){0,3}(?:\s{1,3}[—–|-]|,)\s{0,3}$/u;

/**
 * A table row's cell naming a school, then the degree's own cell ("10/1994 – 09/2000  TU Wesertal  Studium der
 * Informatik, Abschluss Diplom"): the degree is the row's when it stands near the start of its own cell.
 */
function cellAfterSchool(before: string, words: DegreeWords): boolean {
  const gap = before.lastIndexOf('  ');
  if (gap <= 0) return false;
  const own = before.slice(gap).trimStart();
  return (
    own.length <= MAX_DEGREE_OFFSET &&
    before
      .slice(0, gap)
      .split(CELL_GAP)
      .some((c) => words.institution.test(c))
  );
}

function schoolFirst(before: string, words: DegreeWords): boolean {
  const m = SCHOOL_THEN.exec(before);
  return m !== null && words.institution.test(m[1] as string);
}

/** The field named after a leading "and" ("y en Administración y Dirección de Empresas"), when it is another than the first. */
function fieldAfterAnd(subject: string, first: DegreeField, words: DegreeWords): DegreeField | undefined {
  const and = words.and.exec(subject);
  if (!and || subject.slice(0, and.index).trim() !== '') return undefined;
  const field = namedField(cutAt(subject.slice(and.index + and[0].length), words.notField), words);
  return field !== undefined && field !== 'other' && field !== first ? field : undefined;
}

/** The field of the second subject of a double degree ("Matemáticas y Economía" → economics, no field of the list: `other`). */
function secondField(subject: string, words: DegreeWords): DegreeField | undefined {
  const parts = subject.split(words.and);
  if (parts.length !== 2) return undefined;
  const [first, second] = parts.map((p) => namedField(cutAt(p, words.notField), words) ?? 'other');
  return first === second ? undefined : second;
}

/**
 * A subject of two fields joined by a comma, the second one short: a major and its track ("Mathématiques appliquées,
 * Statistique"; "Bachelor of Mathematics - BMath, Statistics · (2012 - 2017)", as LinkedIn prints a degree).
 */
const MAJOR_TRACK = unicodeRegex`^\s{0,3}([^,;()|]{3,60}),\s{0,3}(\p{Lu}[\p{L} '’]{2,30}?)\s{0,3}(?:\([^()]{0,40}\))?\s{0,3}(?:\s[–—|·-]\s|$)`;

/**
 * A degree's one-word title and its subject in brackets, a name of at most three words ("Bachelor of Computing
 * (Information Systems)"); not a major and its track ("M.Sc. Computer Science (IT Security track)"), a note
 * ("Informatik (focus: IT security)") nor the degree's name in another language.
 */
const MAJOR_BRACKETED_TRACK = unicodeRegex`^\s{0,3}(\p{L}{3,30})\s{0,3}\((\p{Lu}[\p{L}&]{1,20}(?: [\p{L}&]{1,20}){0,2})\)`;

/** The field of a degree's track after its major, when both name a field and they differ; the track is the narrower one. */
function trackField(subject: string, words: DegreeWords, spelled = false): DegreeField | undefined {
  const m = MAJOR_TRACK.exec(subject) ?? (spelled ? MAJOR_BRACKETED_TRACK.exec(subject) : null);
  if (!m) return undefined;
  const major = namedField(m[1] as string, words);
  if (words.institution.test(m[2] as string) || words.notField.test(m[2] as string)) return undefined;
  const track = namedField(m[2] as string, words);
  return major !== undefined && track !== undefined && major !== track ? track : undefined;
}

/** Where a line's text starts after the date range that opens it ("[ 01/10/2016 – 30/09/2021 ]  "), else 0. */
function leadingDates(body: string, reading: StudyReading): number {
  const [first] = datesIn(body.slice(0, 60), reading).ranges;
  if (!first || first.index > 4) return 0;
  let k = first.index + first.length;
  while (k < body.length && /[\s\])|:–—-]/u.test(body.charAt(k))) k++;
  return k;
}

/** The field a degree's own words name ("Computer Science"); a word for several ("Engineering") names none, a general one ("Management") the last. */
function namedField(text: string, words: DegreeWords): DegreeField | undefined {
  // "Software & Information Engineering": the first subject with the head both share, when the words as written name none.
  return fieldsIn(text, words, false, true)[0] ?? fieldsOfSharedHeads(text, words)[0];
}

/**
 * The leftmost degree of a line that is no look-alike ("Scrum Master", "Master Data") and no school-leaving
 * qualification ("Bac S", "Class XII"). A degree word of another language than the résumé's counts only on a line
 * that also names a field or a school ("Licence Informatique", but not a "P.Eng. licence"), or when its words name
 * the field themselves ("Diplom-Informatiker"; not an abbreviation: "DAM" may be a skill).
 */
function firstDegree(body: string, both: EducationWords): DegreeMention | undefined {
  if (both.firstDegrees.has(body)) return both.firstDegrees.get(body);
  const found = firstDegreeOnce(body, both);
  both.firstDegrees.set(body, found);
  return found;
}

/** An abbreviation in capitals, in brackets ("(DEC)", "(LL.M.)"). */
const BRACKETED_ABBREVIATION = unicodeLiteral`/\((\p{Lu}[\p{Lu}.]{1,7})\)/gu`;
/** A comma before the next word, read as a space where a programme's name follows a diploma's ("DEC, Sciences de la nature"). */
const COMMA_SPACE = /, /gu;

function firstDegreeOnce(body: string, both: EducationWords): DegreeMention | undefined {
  const words = both.all;
  const found = mentionsIn(body, both);
  if (found.length === 0) return undefined;
  const lookAlikes: Array<{ start: number; end: number }> = [];
  // Read through an abbreviation in brackets, as the words it abbreviates ("Diplôme d'études collégiales (DEC) en
  // sciences humaines"), and through the comma before a programme ("DEC, Sciences de la nature"): the brackets and
  // the comma become spaces, so offsets are unchanged.
  const plain = body.replace(BRACKETED_ABBREVIATION, ' $1 ').replace(COMMA_SPACE, '  ');
  for (const re of [words.notDegreeAll, words.schoolLeavingAll]) {
    re.lastIndex = 0;
    for (let m = re.exec(plain); m !== null; m = re.exec(plain)) lookAlikes.push({ start: m.index, end: m.index + m[0].length });
  }
  // A degree name that starts where a look-alike does and runs past it is the longer reading: "Baccalauréat en
  // mathématiques" (a Québec bachelor) over "Baccalauréat" (the French school-leaving one).
  const hidden = (d: DegreeMention) =>
    lookAlikes.some((a) => a.start < d.index + d.length && d.index < a.end && !(a.start === d.index && d.index + d.length > a.end));
  // The résumé's own language's degrees are read only for a degree that needs them, and only on a line that names no
  // field and no school (most degree lines do): both tests are pure, so asking the cheaper one first gives the same answer.
  let own: Set<number> | undefined;
  const isOwn = (d: DegreeMention) => (own ??= new Set(degreeMentions(body, both.own, undefined, true).map((o) => o.index))).has(d.index);
  let foreign: boolean | undefined;
  const foreignOk = () => (foreign ??= words.institution.test(body) || fieldsIn(body, words).length > 0);
  // A name of several words ("Diplôme d'ingénieur, Télécom Paris") is a degree's in any language: only single words
  // ("Licence", "Master") and abbreviations have look-alikes.
  const named = (d: DegreeMention) => !d.abbreviation && (d.field !== undefined || SEVERAL_WORDS.test(body.slice(d.index, d.index + d.length)));
  return found.find(
    (d) =>
      !hidden(d) &&
      !isStateCode(body, d) &&
      !inCapitalsName(body, d) &&
      !namesItsWork(body, d, words) &&
      !words.sharedWorkHead.test(body.slice(d.index + d.length)) &&
      (named(d) || foreignOk() || isOwn(d)),
  );
}

/** A space or an apostrophe between two letters: a name of several words. */
const SEVERAL_WORDS = unicodeRegex`\p{L}[\s'’]{1,2}\p{L}`;

/** What may stand between a degree and the name of its work: spaces, an apostrophe's "s" ("Master's thesis"), a hyphen ("M.Tech-Projekt"). */
const BEFORE_WORK = /^(?:['’]s)?(?:\s{1,3}|-)$/u;
/** A capitalised word after the work's name: a subject ("MSc Project Management"). */
const SUBJECT_AFTER_WORK = unicodeRegex`^\s{1,3}\p{Lu}`;

/** The degree is followed by the name of its work ("M.Tech dissertation: …", "MSc project on fraud"): no degree. */
function namesItsWork(body: string, d: DegreeMention, words: DegreeWords): boolean {
  const end = d.index + d.length;
  const after = body.slice(end, end + WORK_REACH);
  const re = words.degreeWorks;
  re.lastIndex = 0;
  const m = re.exec(after);
  re.lastIndex = 0;
  return m !== null && BEFORE_WORK.test(after.slice(0, m.index)) && !SUBJECT_AFTER_WORK.test(after.slice(m.index + m[0].length));
}

/** How far after a degree the name of its work is looked for. */
const WORK_REACH = 40;

/** A US state after a city that two capitals of a degree spell ("Boston, MA", "Jackson, MS 39201"): a place, no degree. */
const STATE_BEFORE = unicodeRegex`\p{L}{2},\s{1,2}$`;
const STATE_AFTER = /^\s{0,3}(?:\d{5}(?:-\d{4})?)?\s{0,3}(?:[,(]\s{0,3}(?:USA|US|U\.S\.A?\.?|United States)\)?)?\s{0,3}$/u;

function isStateCode(body: string, d: DegreeMention): boolean {
  const text = body.slice(d.index, d.index + d.length);
  return unicodeRegex`^\p{Lu}{2}$`.test(text) && STATE_BEFORE.test(body.slice(0, d.index)) && STATE_AFTER.test(body.slice(d.index + d.length));
}

/** A word of capitals right before and right after, one space apart (`inCapitalsName`). */
const CAPITALS_BEFORE = unicodeRegex`(?:^|\P{L})\p{Lu}{2,} $`;
const CAPITALS_AFTER = unicodeRegex`^ \p{Lu}{2,}`;
/** A lowercase letter. */
const LOWERCASE = unicodeRegex`\p{Ll}`;
/** Capitals only, no dot ("DI", "MA", "MAS"). */
const BARE_CAPITALS = unicodeRegex`^\p{Lu}{2,4}$`;

/**
 * On a line in capitals only ("POLITECNICO DI TORINO – TORINO, ITALY", "UNIVERSITÀ DEGLI STUDI DI PAVIA"), letters that
 * spell a degree's abbreviation between two words of capitals are a word of the name, as the line writes every word in
 * capitals ("di", Italian "of", is no Austrian "DI"): no degree.
 */
function inCapitalsName(body: string, d: DegreeMention): boolean {
  if (!d.abbreviation || LOWERCASE.test(body)) return false;
  const text = body.slice(d.index, d.index + d.length);
  return BARE_CAPITALS.test(text) && CAPITALS_BEFORE.test(body.slice(0, d.index)) && CAPITALS_AFTER.test(body.slice(d.index + d.length));
}

/** Splits "Computer Science — Georgia Tech, 2020" into field text and institution. */
function splitInstitution(rest: string, words: DegreeWords, dates: DateWords): [string, string | undefined] {
  const parts = rest.split(PARTS);
  const field = (parts[0] ?? '').trim();
  // The first part that names a school, each part cleaned only when the ones before it named none.
  for (let k = 1; k < parts.length; k++) {
    const p = schoolName(parts[k] as string, dates);
    if (namesSchool(p, words)) return [field, p];
  }
  return [field, undefined];
}

/**
 * The school and year a line under a degree gives it ("MSc Cyber Security" over "University of Kent, 2016"): a dated line
 * that names a school and no degree, under a degree with no year of its own; not where a school's line heads the degree
 * ("University of Kent" over "MSc Cyber Security": the line under it heads the next one).
 */
function schoolUnder(
  lines: readonly Line[],
  i: number,
  degree: { institution?: string | undefined; year?: number | undefined },
  words: DegreeWords,
  dates: DateWords,
  isDegree: (line: Line) => boolean,
): { institution?: string; year?: number } {
  const next = lines[i + 1];
  if (degree.year !== undefined || next === undefined || !words.institution.test(next.text) || isDegree(next)) return {};
  const years = [...next.text.matchAll(YEAR)].map((y) => Number(y[1]));
  if (years.length === 0) return {};
  const prev = lines[i - 1];
  const heads = prev !== undefined && words.institution.test(prev.text) && !isDegree(prev);
  if (heads && !(lines[i - 2] !== undefined && isDegree(lines[i - 2] as Line))) return {};
  const out: { institution?: string; year?: number } = { year: Math.max(...years) };
  if (degree.institution === undefined) {
    const school = next.text
      .split(PARTS)
      .map((p) => schoolName(p, dates))
      .find((p) => namesSchool(p, words));
    if (school) out.institution = school;
  }
  return out;
}

/** A part of a degree line, as `schoolName` leaves it, that names a school: three letters at least and a school's word. */
function namesSchool(p: string, words: DegreeWords): boolean {
  return p.length > 2 && unicodeRegex`\p{L}{3}`.test(p) && words.institution.test(p);
}

/**
 * A part of a degree line as a school's name: no years, month names or trailing punctuation, and no remark in brackets
 * after the name ("University of Westbrook (UK)", "Hochschule Augsburg (Note 2,1)", "The Open University (part-time)").
 */
function schoolName(part: string, dates: DateWords): string {
  const p = trimEndWhile(stripDates(part.replace(YEAR, ''), dates), TRAILING_PUNCT).trim();
  // The trim took the remark's closing bracket: what follows its opening one is no part of the name.
  const open = p.lastIndexOf('(');
  if (open <= 0 || p.indexOf(')', open) !== -1) return p;
  const name = trimEndWhile(p.slice(0, open), NAME_END_PUNCT).trim();
  return unicodeRegex`\p{L}{3}`.test(name) ? name : p;
}

/** A part without its month names and in-progress words ("May", "Expected"). */
function stripDates(s: string, dates: DateWords): string {
  dates.token.lastIndex = 0;
  return s.replace(dates.token, '').replace(/\s{2,}/gu, ' ');
}

/**
 * `s` up to the first match of `re`, as `cutAt`, but a match inside a bracket drops the rest of that bracket only: a
 * remark in brackets is closed before the subject goes on ("Inginer (Bachelor of Engineering, 4 years, 240 ECTS),
 * Computer Engineering", the degree named inside the bracket).
 */
function cutOutsideNotes(s: string, re: RegExp): string {
  let out = '';
  let rest = s;
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
    const open = rest.lastIndexOf('(', m.index);
    const closed = rest.lastIndexOf(')', m.index);
    // Inside a bracket opened before `s` (the degree's own name is in it) when no bracket opens or closes before the match.
    const inside = open > closed || (out === '' && open === -1 && closed === -1);
    const close = rest.indexOf(')', m.index);
    const reopened = rest.indexOf('(', m.index);
    if (!inside || close === -1 || (reopened !== -1 && reopened < close)) return out + rest.slice(0, m.index);
    out += `${rest.slice(0, open === -1 ? m.index : open)} `;
    rest = rest.slice(close + 1);
  }
  return out + rest;
}

/**
 * The field named by the degree's translation in brackets after it, a degree of the same level ("Licenciatura en
 * Ciencias, mención Matemática (B.Sc. in Mathematics)"): the name a résumé gives its reader names the same degree.
 */
function translatedField(after: string, level: DegreeLevel, both: EducationWords, lead = 0): DegreeField | undefined {
  for (const m of after.matchAll(BRACKET)) {
    const inside = (m[1] as string).trim();
    const degree = firstDegree(inside, both);
    if (degree === undefined || degree.index > lead || degree.level !== level) continue;
    const field = degree.field ?? namedField(cutAt(inside, both.all.notField), both.all);
    if (field) return field;
  }
  return undefined;
}

/**
 * The field of a foreign degree's translation into the résumé's own language, in the first bracket after its name and
 * subject (before any other part of its line); undefined when the degree's name is the résumé's language's itself.
 */
function glossField(name: string, after: string, level: DegreeLevel, both: EducationWords): DegreeField | undefined {
  const gloss = GLOSS.exec(after);
  if (!gloss || degreeMentions(name, both.own, undefined, true).length > 0) return undefined;
  const inside = (gloss[1] as string).slice(1, -1);
  const own = degreeMentions(inside, both.own, undefined, true)[0];
  return own !== undefined && own.index <= GLOSS_LEAD ? translatedField(gloss[1] as string, level, both, GLOSS_LEAD) : undefined;
}

/** The subject up to the first bracket (no other part before it), the bracket with it; how many characters may stand before the degree inside it ("4-yr B.Eng."). */
const GLOSS = /^[^(),;—–|\n]{0,60}(\([^()\n]{2,80}\))/u;
const GLOSS_LEAD = 6;

/** A bracket and its words, not nested. */
const BRACKET = /\(([^()\n]{2,80})\)/gu;

/** `s` up to the first match of `re`, a pattern without the `g` flag (the whole line when there is none). */
function cutAt(s: string, re: RegExp): string {
  const m = re.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** `s` without its trailing characters that match the one-character pattern `re`. */
function trimEndWhile(s: string, re: RegExp): string {
  let k = s.length;
  while (k > 0 && re.test(s.charAt(k - 1))) k--;
  return s.slice(0, k);
}

/** A bracket on one line, its text inside. */
const ONE_LINE_BRACKET = /\(([^()\n]{3,160})\)/gu;

/**
 * Brackets in work entries (header or duties) that open with a degree's name, "Teaching assistant, Machine Learning (BSc Data
 * Science and Engineering)", "(Grado en Ciencia e Ingeniería de Datos)": the study programme a course belongs to, its
 * students', and no skill of the person's (convention 208): a degree that opens the bracket, a field of study after it.
 */
export function programmeBrackets(
  text: string,
  entries: ReadonlyArray<{ headerStart: number; bodyEnd: number }>,
  lex: Lexicon,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let words: DegreeWords | undefined;
  for (const e of entries) {
    const body = text.slice(e.headerStart, e.bodyEnd);
    if (!body.includes('(')) continue;
    for (const m of body.matchAll(ONE_LINE_BRACKET)) {
      const inner = m[1] as string;
      words ??= degreeWordsFor(allLanguagesLexicon(lex.loaded));
      if (!mayNameDegree(inner, words)) continue;
      const first = degreeMentions(inner, words)[0];
      // The degree opens the bracket and a field of study follows it: "(LLM red team, …)" names no programme.
      const named =
        first && inner.slice(0, first.index).trim() === '' && fieldsIn(inner.slice(first.index + first.length).split(',')[0] as string, words).length > 0;
      if (named) out.push({ start: e.headerStart + m.index, end: e.headerStart + m.index + m[0].length });
    }
  }
  return out;
}
