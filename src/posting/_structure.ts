import nlp from 'compromise/one';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import type { Tier } from '../schemas';
import { headingKey, type PostingSection, type PostingWords } from './_words';
import { degreeMentions } from '../text/degrees';
import { readNumber, yearsPhrases } from '../text/years';
import { DEGREE_LEVELS } from '../schemas';
import { fold, once, unicodeRegex, unicodeLiteral } from '../text/phrases';
import { largest } from '../text/sorted';

/** The smallest unit a requirement is read from: a sentence, or a part of it split at `;` or a change of tier. */
export interface Clause {
  text: string;
  start: number;
  end: number;
  /** The whole sentence, quoted as the requirement's `source`. */
  sentence: string;
  section: PostingSection;
  tier: Tier;
  /** Says "required", "must", "minimum of" (and not "not required"). */
  mandatory: boolean;
  /** Stands under a heading that makes its items hard ("Minimum qualifications", "Must-haves"). */
  hardSection: boolean;
  /**
   * Stands under a requirements heading that does not hedge ("What we're looking for", not "You might thrive in this
   * role if you have"), in a sentence that does not hedge either ("You probably have …"): a degree or years listed there
   * are a must unless experience can replace them.
   */
  listedMust?: boolean;
  /** Company blurb, benefits, EEO or privacy text: no requirement, conditions only. */
  boilerplate: boolean;
  /**
   * Stands in a sentence that says what it names is not asked ("AWS experience is not required", "You don't need to know
   * C++ coming in"), with no wish in it, and asks for nothing itself: the skills and certifications it names are not asked.
   */
  notAsked?: boolean;
  /**
   * Parentheses that soften what they name, not the clause ("Deep AWS experience (Azure exposure is helpful)"), as
   * offsets in the ad: a skill named only inside one is preferred.
   */
  softSpans?: ReadonlyArray<{ start: number; end: number }>;
  /** Stands under a heading of keyword tags ("Key Skills"): a tag adds nothing the text asks for in its own tier (convention 10). */
  tagged?: boolean;
  /** Stands under a heading of the conditions of employment ("Conditions of employment"): met once selected. */
  employmentCondition?: boolean;
  /**
   * Stands in a paragraph that a line of only an "or" word ("OR") sets against another: one of several ways to qualify
   * ("A. Specialized Experience: …⏎⏎OR⏎⏎B. Education: …"), so what it asks is no must.
   */
  orPath?: boolean;
  /**
   * Opens its line with a part of the years of the line before it ("- 8 years of relevant experience⏎- At least 4 of
   * those years building ML models"): its counts are parts of that line's years.
   */
  yearsPart?: boolean;
}

/** A job ad cut into its title, summary and clauses. */
export interface PostingStructure {
  title: string | undefined;
  summary: string | undefined;
  clauses: Clause[];
  /** The section of every character offset, for the alias matcher's section rules. */
  sectionAt: (offset: number) => PostingSection;
}

interface Line {
  text: string;
  start: number;
}

/** A heading line this long or longer is a sentence. */
const MAX_HEADING = 90;
const MAX_HEADING_WORDS = 12;
/** A lead-in sentence ending with a colon is at most this long. */
const MAX_LEAD_IN = 160;
/** Bullets, numbering and Markdown marks at a line's start. */
/** A bracket that ends a heading: "(Required)", "(nice to have)". */
const TRAILING_BRACKET = /\s{0,3}[([]([^()[\]]{1,40})[)\]]\s{0,3}$/u;

/** A list item of the duty and requirement sections with boilerplate words is boilerplate from this many words on. */
const BOILERPLATE_WORDS = 16;
// A lettered or roman item ("a) …", "ii. …", "(iv) …") opens a line of its own, though its letter is lowercase.
const LEAD_MARKS = /^(?:#{1,6}\s{1,3}|[-*•●▪◦‣∙➢►✓?]\s{0,3}|\d{1,2}[.)]\s{1,3}|\(?(?:[a-h]|[ivx]{1,4})[.)]\s{1,3})/u;
/** Emphasis around a whole line (`**Requirements**`, `__Duties__`). */
const EMPHASIS = /^(?:\*{1,3}|_{1,2})(.{1,120}?)(?:\*{1,3}|_{1,2})\s{0,2}:?$/u;
/** An ellipsis that trails off a heading ("Even better if…"): no sentence stop. */
const ELLIPSIS_END = /(?:\.{3}|…)$/u;
/** A sentence stop at the end of a line. */
const STOP_END = /[.!?;]["')\]]?$/u;
/** A parenthesis inside a clause. */
const PARENTHESIS = /\(([^()]{1,80})\)/gu;
/** A bracketed remark of a sentence, up to two lines long. */
const LONG_PARENTHESIS = /\([^()\n]{1,200}\)/gu;
/** A short remark in brackets inside a heading ("Desired (not required) qualifications"). */
const INNER_BRACKET = /\s{0,2}[([]([^()[\]]{1,30})[)\]]\s{0,2}/u;
// Patterns with `\p{…}` classes are made on first use (`once`): slow to make, and a résumé's import never runs them.
/** Letters, to tell a heading in capitals. */
const LETTERS = once(() => unicodeLiteral`/\p{L}/gu`);
const LOWER = unicodeRegex`\p{Ll}`;
/** A lowercase letter that ends a line. */
const LOWER_END = unicodeRegex`\p{Ll}$`;
/** A word in capitals this long or shorter is an acronym. */
const ACRONYM = 4;

/**
 * A heading in capitals run into its paragraph ("JOB RESPONSIBILITIES Design, build…", "… to market. REQUIRED
 * SKILLS (MUST-HAVE) Master's degree…"): capital words (a bracket of them included), then a capitalised word.
 */
const INLINE_HEADING = once(
  () =>
    unicodeLiteral`/(?<=^|[.!?]\s{1,3})(\p{Lu}[\p{Lu}\d'’&-]{0,30}(?:,?\s{1,3}(?:\p{Lu}[\p{Lu}\d'’&-]{0,30}|&|\([\p{Lu}\s'’-]{2,30}\))){0,8})\s{1,3}(?=\p{Lu}\p{Ll})/gu`,
);

/** Sections whose lines are items of a list: duties, requirements, wishes. */
const LIST_SECTIONS: ReadonlySet<PostingSection> = new Set(['duty', 'required', 'preferred']);

/** What the heading a line stands under makes of its items: hard ("Minimum qualifications"), or a must for a degree or years. */
interface Heading {
  hard: boolean;
  must: boolean;
  /** Under a heading of the conditions of employment. */
  employment?: boolean;
}

/** Reads the headings, the title line and the clauses of a normalised job ad. */
export function readStructure(text: string, words: PostingWords): PostingStructure {
  const lines = splitInlineHeadings(joinSoftWraps(text, splitLines(text)), words);
  const spans: Array<{ start: number; end: number; section: PostingSection }> = [];
  const clauses: Clause[] = [];
  let section: PostingSection = 'intro';
  let hardSection = false;
  let listedMust = false;
  // Under sub-headings of a preferred heading ("Asset qualifications" → "Education:", "Experience:"); lines since the last heading.
  let subPreferred = false;
  let linesUnder = 0;
  // Under a tag widget's heading ("Key Skills"), a line of bare tags.
  let tagSection = false;
  // Under a heading of the conditions of employment.
  let employmentSection = false;
  // A requirements heading came before (a heading that only invites is then the wishes').
  let requiredBefore = false;
  let title: string | undefined;
  let summary: string | undefined;
  let blankBefore = true;
  // A line near the top that names a job is the title, before a company, job-board or breadcrumb line above it.
  const titleLine = jobTitleLine(lines, words);
  // Clauses since the last blank line or heading: the paragraph an "OR" line sets against the next one.
  let paragraphFrom = 0;
  let afterOr = false;
  let paragraphEnded = false;
  // A job board's heading over the whole description ("About the job") holds the duties only when no duties heading
  // follows: the ad's last duties heading, sought (a second reading of every line's heading) only for an ad with one.
  let lastDuty: number | undefined;
  // A text wrapped at a fixed width (a flattened PDF): a lead's tier runs on over the wrapped lines of its paragraph.
  const wrapWidth = hardWrapWidth(text);
  let carried: PostingSection | undefined;
  // The first word of every line, counted once for the ad when a paragraph of the opening text needs it.
  let lineOpeners: Map<string, number> | undefined;
  for (const [index, line] of lines.entries()) {
    const body = stripMarks(line.text);
    if (orLine(body, words)) {
      for (const c of clauses.slice(paragraphFrom)) c.orPath = true;
      paragraphFrom = clauses.length;
      afterOr = true;
      paragraphEnded = false;
    }
    if (body.length === 0) paragraphEnded ||= clauses.slice(paragraphFrom).some((c) => !orLine(c.text, words));
    else if (paragraphEnded) {
      paragraphFrom = clauses.length;
      afterOr = false;
      paragraphEnded = false;
    }
    if (title === undefined && line === titleLine?.line) {
      title = titleLine.title;
      blankBefore = false;
      continue;
    }
    const afterBlank = blankBefore;
    blankBefore = body.length === 0;
    if (body.length === 0) {
      carried = undefined;
      continue;
    }
    // A title label may sit on a line a soft wrap joined to others (YAML front matter: "---⏎title: …⏎---").
    const explicit = body
      .split('\n')
      .map((l) => words.titleLabel.exec(stripMarks(l)))
      .find((m) => m !== null);
    if (explicit) {
      // It names the title, unless one naming a job was read above it.
      if (title === undefined || !words.jobWord.test(title)) title = explicit[1]?.trim();
      continue;
    }
    // A line of only a job board's buttons ("Apply for this job") is the page's chrome: it asks nothing and opens no
    // section, so an ad of prose with no heading after it is still read.
    if (words.metadataLabel.test(body) || words.buttonLine.test(body) || (title !== undefined && echoesTitle(body, title, words))) {
      spans.push({ start: line.start, end: line.start + line.text.length + 1, section: 'ignored' });
      continue;
    }
    const read = headingOf(line.text, body, words, afterBlank);
    // A job board's bar of tabs ("Overview   Application") reads like a heading but opens no section: the ad under it is
    // read as if it were not there.
    if (read !== undefined && read.rest === undefined && tabBar(lines, index)) {
      spans.push({ start: line.start, end: line.start + line.text.length + 1, section: 'ignored' });
      continue;
    }
    const wrapped = read !== undefined && wrapperHeading(read, words) && index < (lastDuty ??= lastDutyHeading(lines, words));
    // The first line under a list's heading, shaped as a heading only by standing alone after a blank line ("Nice to
    // have:⏎⏎GCIH or GCIA"), is the list's first item when its words name no section.
    const firstItem: boolean =
      read !== undefined &&
      read.rest === undefined &&
      linesUnder === 0 &&
      LIST_SECTIONS.has(section) &&
      classify(read.label, words, false) === undefined &&
      !isHeadingShaped(line.text, body, false);
    const heading: typeof read = firstItem ? undefined : wrapped ? { ...read, section: 'ignored' as const } : read;
    // The ad's first short line is its title, even when it is shaped like a heading, unless it names a known section.
    // Before any clause, a line shaped like a heading that names no section is the title too, even under a first
    // "Job Description" heading.
    const unknownHeading = heading !== undefined && heading.rest === undefined && classify(heading.label, words, false) === undefined;
    if (
      title === undefined &&
      titleLine === undefined &&
      clauses.length === 0 &&
      looksLikeTitle(body) &&
      ((section === 'intro' && heading === undefined) || unknownHeading)
    ) {
      title = body;
      continue;
    }
    const item = LEAD_MARKS.test(line.text.trim());
    // A list item that opens with a heading's words ("- Good to have: Terraform, CKA") is of that section; the items
    // after it stay in the list's own.
    const own = heading !== undefined && heading.rest !== undefined && item;
    if (heading && !own) {
      // "Education:" or "Experience:" right under "Asset qualifications" (no line between) divides its lines and keeps
      // its tier, as do the sub-headings after it; after a preferred heading's own lines, such a heading opens its section.
      const sub: boolean =
        heading.section === 'required' && words.subHeadings.has(headingKey(heading.label)) && (subPreferred || (section === 'preferred' && linesUnder === 0));
      subPreferred = sub;
      // A heading of unknown words right under an ignored heading with no line of its own ("Things you need to know⏎⏎
      // Security") is a sub-heading of that block and keeps it ignored.
      const ignoredSub = section === 'ignored' && linesUnder === 0 && heading.rest === undefined && classify(heading.label, words, false) === undefined;
      linesUnder = 0;
      // A heading that only invites ("You'll thrive if") lists the wishes when a requirements heading came before it.
      const invites: boolean = heading.section === 'required' && requiredBefore && !sub && words.softRequirementHeading.test(heading.label);
      if (!sub && !ignoredSub) section = invites ? 'preferred' : heading.section;
      if (heading.section === 'required' && !sub) requiredBefore = true;
      paragraphFrom = clauses.length;
      afterOr = false;
      paragraphEnded = false;
      tagSection = words.tagHeadings.has(headingKey(heading.label));
      employmentSection = words.employmentConditionHeadings.has(headingKey(heading.label));
      ({ hard: hardSection, must: listedMust } = headingTraits({ section, label: heading.label }, words));
      carried = undefined;
      if (heading.rest === undefined) continue;
    }
    linesUnder++;
    const content = heading?.rest ?? body;
    // A job board's widget of tags, cut short by a count of more ("Skills: Python, Kubernetes, +6 more"), repeats the ad.
    // A duties list that mixes in what the candidate must have ("- Strong in Python and SQL") keeps such an item required.
    const lineSection = words.moreTags.test(content)
      ? 'ignored'
      : own
        ? heading.section
        : tagSection && (isTagLine(body) || (!item && isBareTag(body)))
          ? 'ignored'
          : section === 'duty' && item && words.requirementItem.test(content)
            ? 'required'
            : section === 'ignored' && wishNotRequired(content, words)
              ? 'preferred'
              : section;
    const ownTraits = own ? headingTraits(heading, words) : undefined;
    const lineHard = ownTraits ? ownTraits.hard : hardSection;
    const lineMust = ownTraits ? ownTraits.must : listedMust && lineSection === 'required';
    const offset = line.start + Math.max(0, line.text.indexOf(content));
    spans.push({ start: line.start, end: line.start + line.text.length + 1, section: lineSection });
    if (lineSection === 'ignored') continue;
    const sentences = withYearsParts(
      withVagueYearsCount(
        withYearsTail(
          withAbbreviations(splitSentences(content, offset, words.preferred.test(content) || plusAtEnd(content, words)), content, offset, words),
          content,
          offset,
          words,
        ),
        content,
        offset,
        words,
      ),
      content,
      offset,
      words,
    );
    if (summary === undefined && (lineSection === 'intro' || lineSection === 'duty')) summary = sentences[0]?.text;
    // Prose under duties or before any heading that turns to what is asked ("We need someone who has …", "You
    // probably have …"): from that sentence on, the paragraph is required.
    const runsOn = carried !== undefined && !item && (lineSection === 'duty' || lineSection === 'intro');
    let sentenceSection: PostingSection = runsOn && carried ? carried : lineSection;
    let sentenceMust = lineMust;
    // Opening prose that starts with the employer's name and its "we" ("At Kestrel we build …", "Bei Helvion bauen wir …")
    // describes the employer, up to a sentence that names the hire or the hiring: company blurb.
    // So does a paragraph of the opening text whose first sentence has the employer's name, written again on a line of
    // its own or opening another, as the subject of a company verb ("Loomwright builds …⏎…⏎Loomwright is an equal …").
    let company =
      !item &&
      (lineSection === 'intro' || lineSection === 'duty') &&
      (opensWithEmployer(sentences[0]?.text ?? '', words) ||
        (lineSection === 'intro' && opensWithOwnName(sentences[0]?.text ?? '', (lineOpeners ??= lineOpenerCounts(text)), words)));
    for (const s of sentences) {
      company &&= !namesHire(s.text, words);
      // What the lead's own sentence asks is listed as a must, unless it hedges ("You probably have …").
      if ((sentenceSection === 'duty' || sentenceSection === 'intro') && !item && words.requirementLead.test(s.text.trim())) {
        sentenceSection = 'required';
        sentenceMust = true;
      }
      // Prose that turns to what would be welcome ("Things we would love but will not insist on: …"): preferred on.
      else if (sentenceSection !== 'preferred' && !item && words.preferredLead.test(s.text.trim())) sentenceSection = 'preferred';
      // Prose under a list of requirements that turns to what the job involves ("Day to day you'd be setting …"): duties on.
      else if ((sentenceSection === 'required' || sentenceSection === 'preferred') && !item && words.dutyLead.test(s.text.trim())) {
        sentenceSection = 'duty';
        sentenceMust = false;
      }
      const under = { hard: lineHard, must: sentenceMust && sentenceSection === 'required', employment: employmentSection && !own };
      const split = splitClauses(s.text, s.start, sentenceSection, under, item, words);
      if (afterOr) for (const c of split) c.orPath = true;
      if (company) for (const c of split) c.boilerplate = true;
      if (tagSection) for (const c of split) c.tagged = true;
      // An item under a wishes heading, "OSCP or similar. Totally not required.", says again that it is a wish.
      const notAskedTo = sentenceSection !== 'preferred' || !item ? notAskedEnd(s.text, words) : undefined;
      if (notAskedTo !== undefined) for (const c of split) if (c.start < s.start + notAskedTo) c.notAsked = !c.mandatory;
      if (s === sentences[0] && split[0] && opensWithPart(content, words)) split[0].yearsPart = true;
      clauses.push(...split);
      sentenceMust = lineMust;
    }
    carried = sentenceSection !== lineSection && wrapWidth !== undefined && wrappedAt(line.text, wrapWidth) ? sentenceSection : undefined;
  }
  return { title, summary, clauses, sectionAt: sectionLookup(spans) };
}

/** A column gap, as normalising leaves it: two spaces or more, or a tab. */
const COLUMN_GAP = /[^\S\n]{2,}|\t/u;
/** A column gap in a line of text, not the two spaces typed after a sentence's stop. */
const TEXT_COLUMN_GAP = /(?<=[^\s.!?:;])(?:[^\S\n]{2,}|\t)(?=\S)/u;
/** A tab's or a button's label: one to four words, the first capitalised, no sentence mark or digit. */
const TAB_LABEL = unicodeRegex`^\p{Lu}[\p{L}'’&/-]*(?: \p{L}[\p{L}'’&/-]*){0,3}$`;

/**
 * A line of a job board's tabs or buttons ("Overview   Application", "Description   Apply"): labels of a few words
 * each, set apart by column gaps, with no content of their own under them. A row of column headings over columns of
 * text ("YOUR ROLE          WHAT YOU BRING" over two columns of items) or a table's header row has its content under it
 * in columns too, and is no bar.
 */
function tabBar(lines: readonly Line[], index: number): boolean {
  const cells = (lines[index]?.text ?? '').trim().split(COLUMN_GAP);
  if (cells.length < 2 || !cells.every((c) => TAB_LABEL.test(c))) return false;
  const next = lines.slice(index + 1, index + 3).find((l) => l.text.trim().length > 0);
  return next === undefined || !TEXT_COLUMN_GAP.test(next.text.trim());
}

/** The most words after the ad's title on a line of a job board's page that repeats it ("Save <title> at <company>"). */
const TITLE_ECHO_WORDS = 5;

/** A line of a job board's page that is a button's word and the ad's title ("Save AI Security Engineer at Tessellate"): no finding. */
function echoesTitle(body: string, title: string, words: PostingWords): boolean {
  const button = words.boardButton.exec(body);
  if (!button || title.length < 8 || !body.slice(button[0].length).startsWith(title)) return false;
  const rest = body.slice(button[0].length + title.length).trim();
  return rest === '' || (rest.split(/\s+/u).length <= TITLE_ECHO_WORDS && !/[.!?;:]$/u.test(rest));
}

/** The most capitalised words of the employer's name after a company lead ("At Cardinal Crest Bank, we …"). */
const EMPLOYER_NAME_WORDS = 4;
const CAPITALISED = unicodeRegex`^\p{Lu}`;

/**
 * A sentence that opens with a company lead, the employer's name and its pronoun or a verb of the employer right after
 * the name ("At Kestrel we build …", "Chez Lumenor, nous construisons …", "Bei Helvion bauen wir …", "En Nortia construimos …").
 */
function opensWithEmployer(sentence: string, words: PostingWords): boolean {
  const text = sentence.trimStart();
  const lead = words.companyLead.exec(text);
  if (!lead) return false;
  const tokens = text
    .slice(lead[0].length)
    .trimStart()
    .split(/\s+/u, EMPLOYER_NAME_WORDS + 2);
  let name = 0;
  while (name < EMPLOYER_NAME_WORDS && CAPITALISED.test(tokens[name] ?? '') && !(tokens[name - 1] ?? '').endsWith(',')) name++;
  if (name === 0) return false;
  const key = (t: string | undefined) => fold((t ?? '').split(/['’,]/u)[0] ?? '');
  const [next, second] = [key(tokens[name]), key(tokens[name + 1])];
  if (words.employerPronouns.has(next) || words.employerPronouns.has(second)) return true;
  return unicodeRegex`^\p{Ll}`.test(tokens[name] ?? '') && words.employerVerbEndings.some((e) => next.length > e.length + 2 && next.endsWith(e));
}

/** The most capitalised words of the employer's name at a paragraph's start ("Halyard Systems builds …"). */
const OWN_NAME_WORDS = 4;

/**
 * A sentence whose subject is a name of capitalised words, followed by a company verb ("Halyard Systems builds …"),
 * where the name also opens another line of the ad (its header "Halyard Systems", or "Halyard Systems is an Equal
 * Opportunity Employer"): the employer, not a skill ("Python is a must").
 */
function opensWithOwnName(sentence: string, lineOpeners: ReadonlyMap<string, number>, words: PostingWords): boolean {
  const tokens = sentence.trimStart().split(/\s+/u, OWN_NAME_WORDS + 2);
  let name = 0;
  while (name < tokens.length && CAPITALISED.test(tokens[name] as string) && !words.functionWords.has(fold(tokens[name] as string))) name++;
  if (name === 0 || name > OWN_NAME_WORDS) return false;
  if (!words.companyVerbs.has(fold(tokens[name] ?? '')) || words.employerWords.has(fold(tokens[name + 1] ?? ''))) return false;
  return (lineOpeners.get(tokens[0] as string) ?? 0) >= 2;
}

/** How many lines of the text open with each word, as written. */
function lineOpenerCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const first = /^\S+/u.exec(line)?.[0];
    if (first !== undefined) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return counts;
}

/** A sentence that names the hire ("you", "vous") or the hiring ("We're looking for", "Buscamos"), or opens with a lead of what is asked. */
function namesHire(sentence: string, words: PostingWords): boolean {
  const text = sentence.trim();
  if (words.hireSubjects.test(text) || words.requirementLead.test(text) || words.preferredLead.test(text)) return true;
  return text.split(/[^\p{L}'’]+/u).some((w) => words.employerWords.has(fold(w)));
}

/** A hard-wrapped line's width at least, and how far short of the text's width a wrapped line may end. */
const WRAP_MIN = 60;
const WRAP_SLACK = 12;
/** The widest wrap width: longer lines are paragraphs left unwrapped. */
const WRAP_MAX = 120;
/** How many lines, and what share of the lines with text, must reach the width for a text to be hard-wrapped. */
const WRAPPED_LINES = 10;
const WRAPPED_SHARE = 0.4;

/** The width a text is wrapped at, when most of its lines end near one width (a flattened PDF); else undefined. */
export function hardWrapWidth(text: string): number | undefined {
  const lengths = text
    .split('\n')
    .map((l) => l.trimEnd().length)
    .filter((n) => n > 0);
  const width = largest(
    lengths.filter((n) => n <= WRAP_MAX),
    0,
  );
  if (width < WRAP_MIN) return undefined;
  const wrapped = lengths.filter((n) => n >= width - WRAP_SLACK && n <= width).length;
  return wrapped >= WRAPPED_LINES && wrapped >= lengths.length * WRAPPED_SHARE ? width : undefined;
}

/** Whether a line (its last physical line) runs to the wrap width, so its paragraph goes on below it. */
export function wrappedAt(text: string, width: number): boolean {
  const last = text.slice(text.lastIndexOf('\n') + 1).trimEnd();
  return last.length >= width - WRAP_SLACK && last.length <= width;
}

/** A heading that opens a job board's whole description ("About the job"): see `wrapperHeadings`. */
function wrapperHeading(heading: { label: string; rest: string | undefined }, words: PostingWords): boolean {
  return heading.rest === undefined && words.wrapperHeadings.has(headingKey(heading.label));
}

/** The index of the ad's last line that is a duties heading, -1 when none. */
function lastDutyHeading(lines: readonly Line[], words: PostingWords): number {
  let blank = true;
  let last = -1;
  for (const [index, line] of lines.entries()) {
    const body = stripMarks(line.text);
    if (body !== '' && headingOf(line.text, body, words, blank)?.section === 'duty') last = index;
    blank = body === '';
  }
  return last;
}

/** The longest line that is only an "or" word ("OR", "ODER"), in characters. */
const OR_LINE_MAX = 16;

/** A line of only an "or" word ("OR", "ODER", "OU"), which sets the paragraphs around it against each other. */
function orLine(body: string, words: PostingWords): boolean {
  return body.length > 0 && body.length <= OR_LINE_MAX && words.alternativePath.exec(`${body} `)?.[0].trim() === body;
}

/** What a heading says of the lines under it: a requirements heading that hardens them ("Must have") or lists them without hedging. */
function headingTraits(heading: { section: PostingSection; label: string }, words: PostingWords): { hard: boolean; must: boolean } {
  const required = heading.section === 'required';
  // A heading that only invites ("You'll thrive here if…") lists no must, as one that hedges does not.
  const soft = words.hedge.test(heading.label) || words.softRequirementHeading.test(heading.label);
  return { hard: required && words.hardHeading.test(heading.label), must: required && !soft };
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    out.push({ text: raw, start });
    start += raw.length + 1;
  }
  return out;
}

/** Joins a line with the next when the sentence runs on ("7+ years in information security, of which\nat least 2 …"). */
function joinSoftWraps(text: string, lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  // In a text wrapped at a fixed width (a flattened PDF), a line that runs to the width goes on below it, whatever letter
  // opens the next line ("… built on⏎Kubernetes and NVIDIA Triton.", "… no Go experience?⏎No problem, …" is not joined: a stop).
  const width = hardWrapWidth(text);
  for (const line of lines) {
    const prev = out.at(-1);
    const body = line.text.trim();
    const joins =
      prev !== undefined &&
      body !== '' &&
      (LOWER.test(body.charAt(0)) ||
        indentedCount(line.text, prev.text) ||
        hangingIndent(line.text, prev.text) ||
        (width !== undefined && wrappedAt(prev.text, width) && !LEAD_MARKS.test(prev.text.trim()) && !isShoutedLine(body))) &&
      !LEAD_MARKS.test(body) &&
      prev.text.trim() !== '' &&
      !STOP_END.test(prev.text.trim()) &&
      !prev.text.trim().endsWith(':');
    // The joined line is the original text, line break included, so offsets still point into the ad.
    if (joins && prev) out[out.length - 1] = { text: text.slice(prev.start, line.start + line.text.length), start: prev.start };
    else out.push(line);
  }
  return out;
}

/** A line in capitals (a heading such as "BASIC QUALIFICATIONS"): never the rest of a wrapped sentence. */
function isShoutedLine(body: string): boolean {
  return body === body.toUpperCase() && (body.match(LETTERS()) ?? []).length >= 3;
}

/** A list item's marker with the spaces after it, at the start of the item's first line ("  - ", "• ", "3. "). */
const ITEM_MARKER = /^[^\S\n]{0,6}(?:[-*•●▪◦‣∙➢►✓]|\d{1,2}[.)])[^\S\n]{1,3}(?=\S)/u;

/**
 * A line indented to where the text of the list item above it starts ("- … NIST AI⏎  RMF is a plus"): the item's hanging
 * indent, so the item goes on there whatever letter opens the line (a German noun, an acronym).
 */
function hangingIndent(line: string, prev: string): boolean {
  const marker = ITEM_MARKER.exec(prev.slice(0, prev.indexOf('\n') + 1 || undefined))?.[0];
  return marker !== undefined && line.length > marker.length && line.slice(0, marker.length).trim() === '' && !/\s/u.test(line.charAt(marker.length));
}

/**
 * An indented line that opens with a number under a line that ends with a lowercase word ("• 6+ years in security, with
 * at least⏎  2 years focused on …"): a flattened PDF's wrap inside a sentence, not a line of its own.
 */
function indentedCount(line: string, prev: string): boolean {
  return /^[^\S\n]{1,8}\d/u.test(line) && LOWER_END.test(prev.trimEnd());
}

/** Cuts a line before and after each heading in capitals run into it, when its words name a section. */
function splitInlineHeadings(lines: readonly Line[], words: PostingWords): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    let from = 0;
    for (const m of line.text.matchAll(INLINE_HEADING())) {
      const label = m[1] as string;
      // A lone acronym ("AWS Lambda…") is no heading.
      if ((label.match(LETTERS()) ?? []).length <= ACRONYM || classify(label, words, true) === undefined) continue;
      if (m.index > from) out.push({ text: line.text.slice(from, m.index), start: line.start + from });
      out.push({ text: label, start: line.start + m.index });
      from = m.index + m[0].length;
    }
    out.push(from === 0 ? line : { text: line.text.slice(from), start: line.start + from });
  }
  return out;
}

/** Tags of a widget: a line of at least this many short items. */
const MIN_TAGS = 4;
const MAX_TAG_WORDS = 3;
/** Between two tags: a comma, a middle dot or bar, or a wide space. */
const TAG_SEPARATOR = /\s{0,2}[,·|•]\s{0,2}|\s{2,}/u;

/** A line of bare tags ("MLOps  DevSecOps  Kubernetes  Python", "Python · RAG · LangChain · LLM"): short items, no sentence. */
function isTagLine(body: string): boolean {
  if (/[.!?;:]\s|[.!?;:]$/u.test(body)) return false;
  const items = body.split(TAG_SEPARATOR).filter((t) => t.trim() !== '');
  return items.length >= MIN_TAGS && items.every((t) => t.trim().split(/\s+/u).length <= MAX_TAG_WORDS);
}

/** One tag alone on its line, with no list mark ("Responsible AI*" under "Key Skills"): a widget listed one tag a line. */
function isBareTag(body: string): boolean {
  if (/[.!?;:]\s|[.!?;:]$/u.test(body)) return false;
  return body.trim().split(/\s+/u).length <= MAX_TAG_WORDS;
}

/** A line without its bullet, numbering, Markdown heading marks and emphasis. */
export function stripMarks(line: string): string {
  let s = line.trim().replace(LEAD_MARKS, '');
  const em = EMPHASIS.exec(s);
  if (em) s = `${em[1]}${s.endsWith(':') ? ':' : ''}`;
  return s.replace(/^\*{1,3}|\*{1,3}$/gu, '').trim();
}

/**
 * The section a heading line opens, and any content after "Heading:". A heading is known by its words (the
 * lexicon's headings, a near miss such as "Requirments", or its cue words) and by its shape (Markdown, emphasis,
 * capitals, a colon at the end). A line shaped like a heading with unknown words still ends an ignored block.
 */
function headingOf(
  raw: string,
  body: string,
  words: PostingWords,
  afterBlank: boolean,
): { section: PostingSection; label: string; rest: string | undefined } | undefined {
  const colon = body.indexOf(':');
  const whole = colon === -1 || colon === body.length - 1 ? body.replace(/\s{0,2}:$/u, '') : undefined;
  // A job board's heading over the whole description ("About the job") opens no section: its text is opening text.
  if (whole !== undefined && words.wrapperHeadings.has(headingKey(whole))) return { section: 'intro', label: whole, rest: undefined };
  if (whole !== undefined) {
    // A lead of what is asked alone on its line ("You'll probably be a good fit if...") heads the paragraph under it.
    const lead = leadHeading(whole, words);
    if (lead) return { section: lead, label: whole, rest: undefined };
    const remarked = withRemark(raw, body, whole, words, afterBlank);
    if (remarked) return { section: remarked, label: whole, rest: undefined };
    // A question is a heading only when the lexicon knows its words ("Qui sont-ils ?", "Why join us?").
    if (STOP_END.test(whole.replace(ELLIPSIS_END, '')) && !(whole.endsWith('?') && words.headings.has(headingKey(whole)))) return undefined;
    if (whole.length > MAX_HEADING || whole.split(/\s+/u).length > MAX_HEADING_WORDS) {
      // A sentence that ends with a colon and announces what is asked for ("To be successful in this role, you
      // should have experience with:") opens that tier.
      if (colon === -1 || whole.length > MAX_LEAD_IN) return undefined;
      // A lead-in of several sentences names its list in the last one ("We are looking for an engineer to join our
      // client's team. Your duties will be:").
      const last = lastSentence(whole);
      const named = last === undefined ? undefined : classify(last, words, true);
      if (named) return { section: named, label: last as string, rest: undefined };
      const cue = words.headingCues.find(([section, re]) => (section === 'required' || section === 'preferred') && re.test(whole));
      return cue ? { section: cue[0], label: whole, rest: undefined } : undefined;
    }
    const shaped = isHeadingShaped(raw, body, afterBlank);
    const known = bracketedItem(raw, whole, words) ? undefined : classify(whole, words, shaped);
    if (known) return { section: known, label: whole, rest: undefined };
    // A longer line that ends with a colon and names no section leads into the list under it and stays in its section.
    if (colon !== -1 && whole.split(/\s+/u).length > IGNORED_CUE_WORDS) return undefined;
    return shaped ? { section: 'intro', label: whole, rest: undefined } : undefined;
  }
  const label = body.slice(0, colon).trim();
  const rest = body.slice(colon + 1).trim();
  if (label.length === 0 || label.length > 60 || label.split(/\s+/u).length > 8) return undefined;
  const known = classify(label, words, false);
  return known ? { section: known, label, rest } : undefined;
}

/**
 * The tier a lead of prose names when it is the whole line, up to an ellipsis that trails off: the requirement, wish
 * and duty leads that turn a paragraph to a tier ("You'll probably be a good fit if...", "Bonus points if you…",
 * "Day to day you'll…") turn the paragraph under them when they stand alone.
 */
function leadHeading(whole: string, words: PostingWords): 'required' | 'preferred' | 'duty' | undefined {
  const text = whole.replace(ELLIPSIS_END, '').trimEnd();
  if (text.length > MAX_HEADING) return undefined;
  const whollyMatches = (re: RegExp): boolean => re.exec(text)?.[0].length === text.length;
  if (whollyMatches(words.requirementLead)) return 'required';
  if (whollyMatches(words.preferredLead)) return 'preferred';
  return whollyMatches(words.dutyLead) ? 'duty' : undefined;
}

/** The last sentence of a lead-in of several sentences, when it is short enough to be a heading; else undefined. */
function lastSentence(text: string): string | undefined {
  const stop = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '), text.lastIndexOf('? '));
  if (stop === -1) return undefined;
  const last = text.slice(stop + 2).trim();
  return last.length > 0 && last.split(/\s+/u).length <= IGNORED_CUE_WORDS ? last : undefined;
}

/** A remark in brackets that ends a line, up to a sentence long ("(please do not apply without these – resumes will be screened!)"). */
const LONG_REMARK = /\s{0,3}\(([^()\n]{1,120})\)\s{0,3}$/u;

/**
 * A line of a section of notes ("Additional information") that wishes for something and says it is not required
 * ("Desirable, but not required: experience with AWS GovCloud"): a preferred qualification, wherever it is written.
 */
function wishNotRequired(content: string, words: PostingWords): boolean {
  const not = words.notRequired.exec(content);
  if (!not) return false;
  // A wish of its own: "not required" alone (… "an active clearance is not required to apply") is one too.
  return words.preferred.test(content.slice(0, not.index) + ' '.repeat(not[0].length) + content.slice(not.index + not[0].length));
}

/**
 * A heading with a remark of a sentence in brackets after it ("MUST HAVES (please do not apply without these!):",
 * "Nice to haves (none of these are deal-breakers.)"): the section its words before the bracket name, when they are
 * shaped as a heading by themselves; the remark is kept in the label, so a hedge in it still softens the list.
 */
function withRemark(raw: string, body: string, whole: string, words: PostingWords, afterBlank: boolean): Exclude<PostingSection, 'intro'> | undefined {
  const remark = LONG_REMARK.exec(whole);
  if (!remark || remark.index === 0 || LEAD_MARKS.test(raw.trim())) return undefined;
  const head = whole.slice(0, remark.index).trim();
  if (head.length > MAX_HEADING || head.split(/\s+/u).length > MAX_HEADING_WORDS || STOP_END.test(head)) return undefined;
  return classify(head, words, isHeadingShaped(raw, body, afterBlank));
}

/** A bullet before any other word mark. */
const BULLET = unicodeRegex`^(?:[-*•●▪◦‣∙➢►✓]\s{0,3}|\d{1,2}[.)]\s{1,3})(?=\p{L})`;

/**
 * A bulleted item that ends with a tier in brackets ("● Degree in Computer Science (must have)") is an item of that
 * tier, not a heading: only its words before the bracket could name a section.
 */
function bracketedItem(raw: string, whole: string, words: PostingWords): boolean {
  const bracket = TRAILING_BRACKET.exec(whole);
  return bracket !== null && bracket.index > 0 && BULLET.test(raw.trim()) && classify(whole.slice(0, bracket.index), words, false) === undefined;
}

/** Markdown heading, emphasis, capitals, a colon at the end, or a short capitalised line of its own after a blank line. */
function isHeadingShaped(raw: string, body: string, afterBlank: boolean): boolean {
  const t = raw.trim();
  if (/^#{1,6}\s/u.test(t) || EMPHASIS.test(t) || body.endsWith(':') || t.endsWith(':')) return true;
  // A bullet is an item, even in capitals ("- GCIH").
  if (LEAD_MARKS.test(t)) return false;
  const letters = body.match(LETTERS()) ?? [];
  // A lone acronym ("SIEM", "EDR"), with a number or not ("ISO 27001", "SOC 2"), is an item of a tag list, not a
  // heading in capitals.
  const wordsWithLetters = body.split(/\s+/u).filter((w) => unicodeRegex`\p{L}`.test(w)).length;
  // A lone word in capitals right under a line of text ("Conocimientos necesarios" over "CISSP") is an item of its
  // list; after a blank line it may be a heading ("BENEFITS").
  if (letters.length >= 3 && body === body.toUpperCase() && (wordsWithLetters > 1 || (letters.length > ACRONYM && afterBlank))) return true;
  return afterBlank && body.length <= 50 && body.split(/\s+/u).length <= 7 && unicodeRegex`^\p{Lu}`.test(body) && !/[.!?,;]$/u.test(body);
}

/** The section a heading's words name: exact, by prefix ("About Acme"), by a near miss, or by cue words (only for heading-shaped lines). */
function classify(label: string, words: PostingWords, shaped: boolean): Exclude<PostingSection, 'intro'> | undefined {
  const key = headingKey(label);
  if (key === '') return undefined;
  const exact = words.headings.get(key);
  if (exact) return exact;
  // "What you'll bring (Required)": a tier in brackets decides; else the heading without its bracket. The tier decides
  // on a line shaped like a heading or one whose words name a section: a list item tagged so ("- Python (must have)",
  // "- AWS or GCP (good to have)") is an item of that tier, not a heading.
  const bracket = TRAILING_BRACKET.exec(label);
  if (bracket && bracket.index > 0) {
    const inner = words.headings.get(headingKey(bracket[1] as string));
    const outer = classify(label.slice(0, bracket.index), words, shaped);
    if ((inner === 'required' || inner === 'preferred') && (shaped || outer !== undefined)) return inner;
    if (outer) return outer;
  }
  // "Desired (not required) qualifications", "Preferred (but not essential) skills": a remark in brackets inside the
  // heading qualifies it; the heading is its words without it, unless the remark asks for more than they do.
  const inner = INNER_BRACKET.exec(label);
  if (inner && inner.index > 0 && inner.index + inner[0].length < label.trimEnd().length) {
    // "Rated (asset) qualifications": a remark that marks its items as an asset or a plus makes them preferred.
    if (words.preferredCell.test(inner[1] as string)) return 'preferred';
    const outer = classify(`${label.slice(0, inner.index)} ${label.slice(inner.index + inner[0].length)}`, words, shaped);
    if (outer && !(outer === 'preferred' && words.mandatory.test(inner[1] as string) && !words.notRequired.test(inner[1] as string))) return outer;
  }
  for (const [prefix, section] of words.headingPrefixes) if (key.startsWith(prefix) && key.split(' ').length <= 6) return section;
  if (key.length >= 7) {
    const maxEdits = key.length >= 12 ? 2 : 1;
    const counts = letterCounts(key);
    for (const [known, section] of words.headings) {
      if (Math.abs(known.length - key.length) > 2 || !withinCountBound(counts, known, maxEdits)) continue;
      if (DamerauLevenshteinDistance(known, key) <= maxEdits) return section;
    }
  }
  if (!shaped) return undefined;
  // A lead-in whose last part after a comma is a heading ("As a Data Scientist, GS-13, you will") opens its section.
  const comma = label.lastIndexOf(',');
  const tail = comma > 0 ? words.headings.get(headingKey(label.slice(comma + 1))) : undefined;
  if (tail) return tail;
  // A cue of the ignored sections ("équipe", "team", "pay") names one only in a short heading: a longer line with it is a
  // lead-in to the list under it ("Au sein de l'équipe Risque & Data, vous serez en charge de :").
  const short = key.split(' ').length <= IGNORED_CUE_WORDS;
  for (const [section, cue] of words.headingCues) if ((short || section !== 'ignored') && cue.test(label)) return section;
  return hireDutyTail(key, words);
}

/** The most words of a duties heading that ends a lead-in ("you will" in "As an IT Specialist (INFOSEC) you will:"). */
const DUTY_TAIL_WORDS = 4;

/**
 * A lead-in that ends with a duties heading naming the hire ("As an IT Specialist (INFOSEC/AI Security) you will:",
 * "En tant qu'analyste, vous aurez à :"), with no comma before it: the duties, as after a comma.
 */
function hireDutyTail(key: string, words: PostingWords): 'duty' | undefined {
  const tokens = key.split(' ');
  for (let n = Math.min(DUTY_TAIL_WORDS, tokens.length - 1); n >= 2; n--) {
    const tail = tokens.slice(-n).join(' ');
    if (words.headings.get(tail) === 'duty' && words.hireSubjects.test(tail)) return 'duty';
  }
  return undefined;
}

/** The most words of a heading an ignored section's cue classifies ("Why you'll love working here"). */
const IGNORED_CUE_WORDS = 6;

/** How many lines from the top a job title is looked for in. */
const TITLE_LINES = 6;

/**
 * The first of the ad's top lines that names a job ("Staff Product Security Engineer" under "Pellucid Pay", "Role" or
 * "ClearanceJobs"; "Founding LLM Security Engineer" in "Quillguard | Founding LLM Security Engineer | San Francisco"),
 * without a breadcrumb before it ("Stellenangebote » …"). Undefined when none of them does: the first short line is.
 */
function jobTitleLine(lines: readonly Line[], words: PostingWords): { line: Line; title: string } | undefined {
  let seen = 0;
  for (const line of lines) {
    const body = stripMarks(line.text);
    if (body === '') continue;
    if (++seen > TITLE_LINES || body.split('\n').some((l) => words.titleLabel.test(stripMarks(l)))) return undefined;
    if (words.metadataLabel.test(body)) continue;
    // A section heading that names a job ("Responsibilities for IT Security Engineer roles") is no title.
    const heading = headingOf(line.text, body, words, true);
    if (heading && classify(heading.label, words, false) !== undefined) continue;
    // Its first physical line (a soft wrap may have joined the next, "locations: …"), then the part naming a job.
    const part = (body.split('\n')[0] ?? '').split(/\s\|\s/u).find((p) => words.jobWord.test(p));
    if (!part) continue;
    const title = part.replace(/^.*[»›]\s*|^.*\s>\s/u, '').trim();
    if (looksLikeTitle(title) && !words.requirementCue.test(title)) return { line, title };
    return undefined;
  }
  return undefined;
}

/** The first short line of the ad that is not a sentence is its title. */
function looksLikeTitle(body: string): boolean {
  return body.length <= 100 && !/[.!?]$/u.test(body) && unicodeRegex`\p{L}`.test(body) && body.split(/\s{1,4}/u).length <= 14;
}

/** Sentences of a line: compromise splits them (it knows "e.g.", "U.S.", "etc."); one short line is one sentence. */
function splitSentences(content: string, start: number, wish = false): Array<{ text: string; start: number }> {
  // A short line is one statement, unless it holds a wish that may be its last sentence's only ("Strong Python. Go is a plus.").
  if (content.length < (wish ? 20 : 60) || !/[.!?]\s/u.test(content)) return [{ text: content, start }];
  const out: Array<{ text: string; start: number }> = [];
  // A line break inside a joined line is a soft wrap ("… require SC clearance, so⏎you must be eligible …"), not a stop:
  // the tokenizer reads it as one, so it reads a space of the same length (the offsets still point into the ad).
  for (const s of nlp.tokenize(content.replaceAll('\n', ' ')).json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>) {
    if (s.text.trim() !== '') out.push({ text: content.slice(s.offset.start, s.offset.start + s.offset.length), start: start + s.offset.start });
  }
  return out.length > 0 ? out : [{ text: content, start }];
}

/** The word before a sentence's last full stop ("bzw" in "in der IT- bzw."), dots inside it kept ("z.b"). */
const LAST_WORD_DOT = unicodeRegex`(?:^|[\s([])([^\s([]{1,12})\.\s*$`;

/** An abbreviation of two dotted letter groups with a space, ending a sentence ("o. Ä.", "z. B."). */
const SPACED_ABBREVIATION = unicodeRegex`(?:^|\s)(\p{L}{1,4})\.\s(\p{L}{1,4})\.\s*$`;

/** A letter group and its dot opening a sentence ("Ä." after "o."): the end of an abbreviation written with a space. */
const ABBREVIATION_END = unicodeRegex`^\s{0,2}(\p{L}{1,4})\.`;

/**
 * Sentences split at an abbreviation's dot ("… in der IT- bzw. Informationssicherheit", "PyTorch o. Ä. ist von
 * Vorteil"): read as one, as the lexicon knows the abbreviation.
 */
function withAbbreviations(sentences: readonly Sentence[], content: string, offset: number, words: PostingWords): Sentence[] {
  if (words.dotAbbreviations.size === 0) return [...sentences];
  return joinedSentences(sentences, content, offset, (prev, s) => {
    const word = LAST_WORD_DOT.exec(prev.text)?.[1]?.toLowerCase();
    if (word === undefined) return false;
    const rest = ABBREVIATION_END.exec(s.text)?.[1]?.toLowerCase();
    const spaced = SPACED_ABBREVIATION.exec(prev.text);
    return (
      words.dotAbbreviations.has(word) ||
      (rest !== undefined && words.dotAbbreviations.has(`${word}.${rest}`)) ||
      (spaced !== null && words.dotAbbreviations.has(`${spaced[1]}.${spaced[2]}`.toLowerCase()))
    );
  });
}

/** A sentence that opens with a count of its own, a few words at most before it ("We think 4+ is about right"). */
const COUNT_OPENING = unicodeRegex`^(?:[\p{L}'’]{1,20}[^\S\n]{1,3}){0,4}\d{1,2}[^\S\n]{0,2}\+(?![\p{L}\p{N}])`;

/**
 * A sentence that names years with no count ("You've done security engineering for a few years.") and the next one,
 * which gives the count ("We think 4+ is about right"): read as one sentence, so the count is the years of that work.
 */
function withVagueYearsCount(sentences: readonly Sentence[], content: string, offset: number, words: PostingWords): Sentence[] {
  return joinedSentences(
    sentences,
    content,
    offset,
    (prev, s) => COUNT_OPENING.test(s.text) && words.years.vagueYears.test(prev.text) && yearsPhrases(prev.text, words.years).length === 0,
  );
}

/** A sentence of an item's text and where it starts in the ad. */
type Sentence = { text: string; start: number };

/** The sentences, each that `joins` its previous one (as joined so far) read with it as one sentence. */
function joinedSentences(sentences: readonly Sentence[], content: string, offset: number, joins: (prev: Sentence, s: Sentence) => boolean): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    if (prev && joins(prev, s)) out[out.length - 1] = { text: content.slice(prev.start - offset, s.start - offset + s.text.length), start: prev.start };
    else out.push(s);
  }
  return out;
}

/** How far into a sentence the words that make it a part of earlier years may stand ("At least 4 of those years …"). */
const PART_REACH = 40;

/** The word right before the part words, the count of the part: "4", "two", "4+". */
const COUNT_BEFORE = unicodeRegex`(?:^|[^\p{L}\p{N}])([\p{L}\p{N}]{1,9})\+?[^\S\n]{1,3}$`;

/**
 * A sentence that opens with a part of the years of the sentence before it, a count then words such as "of those"
 * ("8+ years of software engineering. At least 4 of those years building ML models"), or those words first, a count
 * after them ("De ellos, al menos 2 en ciberseguridad"): read with that sentence, as after a comma.
 */
function withYearsParts(sentences: readonly Sentence[], content: string, offset: number, words: PostingWords): Sentence[] {
  return joinedSentences(sentences, content, offset, (prev, s) => opensWithPart(s.text, words) && yearsPhrases(prev.text, words.years).length > 0);
}

/** Whether a sentence opens with part words, a count before them or after them. */
function opensWithPart(text: string, words: PostingWords): boolean {
  const head = text.slice(0, PART_REACH);
  const part = words.years.ofThem.exec(head);
  if (part === null) return false;
  const before = head.slice(0, part.index);
  if (unicodeRegex`^[\s\p{P}]*$`.test(before)) return unicodeRegex`\d`.test(head.slice(part.index + part[0].length));
  const count = COUNT_BEFORE.exec(before)?.[1];
  return count !== undefined && readNumber(count, words.years) !== undefined;
}

/**
 * A last sentence that is only a length of experience, with one word at most besides ("… red teaming. Think 6+ yrs"):
 * the years of the sentence before it, read with it.
 */
function withYearsTail(sentences: Sentence[], content: string, offset: number, words: PostingWords): Sentence[] {
  const last = sentences.at(-1);
  const prev = sentences.at(-2);
  if (last === undefined || prev === undefined) return sentences;
  const years = yearsPhrases(last.text, words.years);
  const phrase = years[0];
  if (years.length !== 1 || phrase === undefined) return sentences;
  const rest = last.text.slice(0, phrase.index) + last.text.slice(phrase.index + phrase[0].length);
  if ((rest.match(/\p{L}+/gu) ?? []).length > 1) return sentences;
  return [...sentences.slice(0, -2), { text: content.slice(prev.start - offset, last.start - offset + last.text.length), start: prev.start }];
}

/**
 * Splits a sentence at `;` and " but ", and where a mandatory part gives way to a nice-to-have
 * ("BS required, MS preferred"), so that each part keeps its own tier.
 */
function splitClauses(sentence: string, start: number, section: PostingSection, under: Heading, item: boolean, words: PostingWords): Clause[] {
  const parts: Array<{ text: string; start: number }> = [];
  const parens = [...sentence.matchAll(PARENTHESIS)].map((m) => ({ start: m.index, end: m.index + m[0].length, inner: m[1] as string }));
  // A long remark in brackets is one aside too: a semicolon inside it cuts nothing ("(not required to qualify; those who …)").
  const asides = [...sentence.matchAll(LONG_PARENTHESIS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inParens = (at: number) => asides.some((p) => at > p.start && at < p.end);
  let from = 0;
  const cut = (at: number, skip: number) => {
    parts.push({ text: sentence.slice(from, at), start: start + from });
    from = at + skip;
  };
  // Not inside a parenthesis: "(Azure exposure is helpful but not required)" qualifies one word as a whole.
  // Each part up to a cut may change tier at a comma, the last one too ("…, idéalement en audit ;").
  const commaCut = (end: number) => {
    const comma = mandatoryThenPreferred(sentence.slice(from, end), section, words);
    if (comma !== undefined) cut(from + comma, 2);
  };
  for (const m of sentence.matchAll(/;\s{0,3}|\s(?:but|while|aber|mais|pero)\s/gu)) {
    if (inParens(m.index)) continue;
    commaCut(m.index);
    cut(m.index, m[0].length);
  }
  commaCut(sentence.length);
  parts.push({ text: sentence.slice(from), start: start + from });
  // A part whose degree gives way to a higher level only wished for is two parts, each with its own tier.
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as { text: string; start: number };
    const higher = wishedHigherDegree(p.text, words, (at) => inParens(p.start - start + at));
    if (higher === undefined) continue;
    const rest = { text: p.text.slice(higher.at + higher.skip), start: p.start + higher.at + higher.skip };
    parts.splice(i, 1, { text: p.text.slice(0, higher.at), start: p.start }, rest);
  }
  // Company blurbs, benefits and legal notices, except a short list item of the job's own sections: such an item names
  // the work ("- Deep knowledge of GDPR").
  const jobSection = section !== 'intro' && section !== 'ignored';
  const jobItem = item && jobSection && sentence.split(/\s+/u).length < BOILERPLATE_WORDS;
  // A privacy topic in the job's own sections is work ("running DPIAs on personal data"); a notice addresses the applicant.
  const notice = words.noticeTopic.test(sentence) && (!jobSection || words.noticeAddressee.test(sentence));
  const boilerplate = !jobItem && (words.boilerplate.test(sentence) || notice);
  const tag = tierTag(sentence, words);
  // A parenthesis that prefers one option and accepts the others ("Azure preferred; AWS or GCP acceptable") ranks a choice
  // of the clause's tier: it softens none of them.
  const softSpans = parens
    .filter((p) => isQualifier(p.inner, words) && !words.acceptedChoice.test(p.inner))
    .map((p) => ({ start: start + p.start, end: start + p.end }));
  const aside = dashAside(blankWishedYears(blankQualifiers(sentence, words), words), words);
  if (aside !== undefined && !inParens(aside)) softSpans.push({ start: start + aside, end: start + sentence.trimEnd().length });
  const between = wishBetweenDashes(sentence, words);
  if (between !== undefined) softSpans.push({ start: start + between.start, end: start + between.end });
  const clauses = parts
    .filter((p) => unicodeRegex`[\p{L}\p{N}]`.test(p.text))
    .map((p) => toClause(p.text, p.start, sentence.trim(), section, under, boilerplate, words, tag, softSpans));
  return withOpeningWish(clauses, sentence, start, words);
}

/**
 * A sentence that opens with its wish word ("Ideally you've worked on fraud …; if you've read about evasion attacks …")
 * wishes for all of its parts: a later part that asks nothing of its own is no must.
 */
function withOpeningWish(clauses: Clause[], sentence: string, start: number, words: PostingWords): Clause[] {
  const first = clauses[0];
  if (clauses.length < 2 || first?.tier !== 'preferred' || words.preferred.exec(first.text)?.index !== 0) return clauses;
  // Only parts after a semicolon: "Ideally PyTorch, but TensorFlow is also fine" accepts another choice as firmly.
  const afterSemicolon = (c: Clause) =>
    sentence
      .slice(0, c.start - start)
      .trimEnd()
      .endsWith(';');
  return clauses.map((c) => (c.tier === 'required' && !c.mandatory && afterSemicolon(c) ? { ...c, tier: 'preferred' } : c));
}

/** A joint between two statements: a full stop, comma, semicolon or spaced dash. */
const STATEMENT_JOINT = /[.,;]\s{1,3}|\s[-–—]\s/gu;

/**
 * Where a degree asked for gives way to a higher level that is only wished for ("A degree is required. A master's is a
 * plus.", "A university degree is expected - … - and a master's is a plus"): the last joint before the higher level,
 * so that the level wished for does not raise the minimum nor soften the degree asked for. The part before must say
 * more than a list of levels ("Bachelor's, Master's or PhD preferred" is one wish) and must not be a wish itself.
 */
function wishedHigherDegree(text: string, words: PostingWords, inParens: (at: number) => boolean): { at: number; skip: number } | undefined {
  const levels = degreeMentions(text, words.degrees, words.degreeAbbreviation).filter((d) => !inParens(d.index));
  const unqualified = words.unqualifiedDegree.exec(text);
  const first = Math.min(levels[0]?.index ?? text.length, unqualified?.index ?? text.length);
  if (first === text.length) return undefined;
  const lowest = (upTo: number) =>
    Math.min(
      ...levels.filter((d) => d.index < upTo).map((d) => DEGREE_LEVELS.indexOf(d.level)),
      unqualified && unqualified.index < upTo ? DEGREE_LEVELS.indexOf('bachelor') : DEGREE_LEVELS.length,
    );
  for (const d of levels) {
    if (d.index <= first || DEGREE_LEVELS.indexOf(d.level) <= lowest(d.index)) continue;
    const joints = [...text.slice(0, d.index).matchAll(STATEMENT_JOINT)].filter((m) => m.index > first && !inParens(m.index));
    const joint = joints.at(-1);
    if (!joint) continue;
    const left = text.slice(first, joint.index);
    const right = text.slice(joint.index + joint[0].length);
    if (words.preferred.test(left) || !(words.preferred.test(right) || plusAtEnd(right, words))) continue;
    // The part before names only levels ("Bachelor's, Master's"): one list, not a statement of its own.
    const rest = levels.reduce(
      (t, m) => (m.index >= first && m.index < joint.index ? t.slice(0, m.index - first) + ' '.repeat(m.length) + t.slice(m.index - first + m.length) : t),
      left,
    );
    if (!unicodeRegex`\p{L}{3}`.test(rest.replace(words.connectorAll, ' '))) continue;
    return { at: joint.index, skip: joint[0].length };
  }
  return undefined;
}

/**
 * The tier a bracket at the end of an item gives all of it ("Incident response experience; GCIH would be great (nice
 * to have)", "Scripting in Python or PowerShell (must have)"): a bracket of tier words alone, as in a heading.
 */
function tierTag(sentence: string, words: PostingWords): 'required' | 'preferred' | undefined {
  const bracket = TRAILING_BRACKET.exec(sentence.trim());
  if (!bracket || bracket.index === 0) return undefined;
  const tier = words.headings.get(headingKey(bracket[1] as string));
  return tier === 'required' || tier === 'preferred' ? tier : undefined;
}

/** A parenthesis that softens a word of its own ("EKS preferred", "Azure exposure is helpful"), not one that is only "(preferred)". */
function isQualifier(inner: string, words: PostingWords): boolean {
  return words.preferred.test(inner) && unicodeRegex`\p{L}`.test(inner.replace(words.preferredAll, ''));
}

/**
 * The comma where "… required, … preferred" changes tier, if any: the last one before the preferred words ("5 years in
 * SOC operations, threat hunting or detection engineering, preferably in banking"). Under a requirements heading the
 * part before needs no "required" when the preferred words open the part after ("3+ years deploying models, preferably
 * using Docker"); tier words alone after the comma are no part of their own.
 */
function mandatoryThenPreferred(sentence: string, section: PostingSection, words: PostingWords): number | undefined {
  // A parenthesis that softens a word of its own ("AWS or GCP (Azure preferred)") softens only that word: blanked, same length.
  const text = withoutQualifiers(sentence, words);
  // Prose with no heading asks what a requirement cue names, as a requirements heading does ("You'll need 5+ years in
  // application security, ideally some of it at a startup"): the wish after the comma softens only its own part.
  const intro = section === 'intro';
  if (!words.preferred.test(text) || (section !== 'required' && !intro && !words.mandatory.test(text))) return undefined;
  let at: number | undefined;
  for (const m of text.matchAll(/,\s/gu)) {
    const left = text.slice(0, m.index);
    if (words.preferred.test(left)) break;
    const requiredSection = section === 'required' || (intro && words.requirementCue.test(left));
    const right = text.slice(m.index + 2);
    // Tier words alone after the comma ("If you've done X, even better.") speak of what precedes them.
    if (!unicodeRegex`\p{L}`.test(right.replace(words.preferredAll, ''))) continue;
    // A list word may come first ("…du RGPD, et idéalement de l'AI Act"): the wish still opens the part after the comma.
    const opens = words.preferred.exec(withoutListWord(right, words))?.index === 0;
    if (
      words.mandatory.test(left)
        ? words.preferred.test(right)
        : requiredSection && (opens || (yearsPhrases(left, words.years).length > 0 && wishAtEnd(right, words)))
    )
      at = m.index;
  }
  return at;
}

/** A leading word that joins a list ("and", "et", "und", "y") taken off a part. */
const FIRST_WORD = unicodeRegex`^(\p{L}{1,4})\s{1,3}`;
function withoutListWord(part: string, words: PostingWords): string {
  const first = FIRST_WORD.exec(part);
  return first && words.listWords.has(fold(first[1] as string)) && !words.orOnly.test(first[1] as string) ? part.slice(first[0].length) : part;
}

/**
 * A part after years that ends in its wish words and joins no list ("4+ years in pen testing, consultancy background
 * ideally", "…, CISSP a plus"): the wish is that part's, not the years'. "…, Go or Rust preferred" may go on a list: no part.
 */
function wishAtEnd(part: string, words: PostingWords): boolean {
  if (words.orWord.test(part)) return false;
  if (plusAtEnd(part, words)) return true;
  const last = [...part.matchAll(words.preferredAll)].at(-1);
  return last !== undefined && !unicodeRegex`\p{L}`.test(part.slice(last.index + last[0].length));
}

function toClause(
  text: string,
  start: number,
  sentence: string,
  section: PostingSection,
  under: Heading,
  boilerplate: boolean,
  words: PostingWords,
  tag?: 'required' | 'preferred',
  softSpans: ReadonlyArray<{ start: number; end: number }> = [],
): Clause {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const hedged = words.hedge.test(sentence);
  // "Knowledge of proposals for mandatory guardrails": the must word names a thing, it asks for nothing.
  const asking = trimmed.replace(words.mandatoryNoun, (w) => ' '.repeat(w.length));
  const mandatory = words.mandatory.test(asking) && !words.notRequired.test(trimmed) && !hedged;
  // A must word that only counts alternatives ("at least one cloud provider (AWS, Azure or GCP)") keeps a wish a wish.
  const must = mandatory && words.mandatory.test(asking.replace(words.countLead, (w) => ' '.repeat(w.length)));
  const own = tierOf(trimmed, section, must, words);
  // An item's tag decides for its parts that say nothing of their own ("… experience; … (nice to have)").
  const tier = tag === 'preferred' && !must ? 'preferred' : tag === 'required' && own !== 'preferred' ? 'required' : own;
  const soft = softSpans.filter((s) => s.start >= start + lead && s.end <= start + lead + trimmed.length);
  return {
    text: trimmed,
    start: start + lead,
    end: start + lead + trimmed.length,
    sentence,
    section,
    tier,
    mandatory,
    hardSection: under.hard,
    ...(under.must && !hedged ? { listedMust: true } : {}),
    ...(under.employment ? { employmentCondition: true } : {}),
    boilerplate,
    ...(soft.length > 0 ? { softSpans: soft } : {}),
  };
}

/** Words of a subject before a sentence's cue of what is not asked ("You", "Candidates", "Vous"). */
const NOT_ASKED_SUBJECT_WORDS = 2;

/** The words of a text, split at spaces. */
const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => w.length > 0).length;

/**
 * Where the part of a sentence that says what it names is not asked ends, with no wish in it: the sentence's end, or a
 * turn after its cue to what is asked ("…, but you should …"); undefined when the sentence says no such thing.
 */
function notAskedEnd(sentence: string, words: PostingWords): number | undefined {
  const cue = words.notAsked.exec(sentence);
  if (!cue) return undefined;
  // "not required" is a wish word too ("Desirable, but not required"): the wish is sought beside the cue.
  const rest = sentence.slice(0, cue.index) + ' '.repeat(cue[0].length) + sentence.slice(cue.index + cue[0].length);
  if (words.preferred.test(rest) || plusAtEnd(rest, words)) return undefined;
  const after = cue.index + cue[0].length;
  const turn = words.notAskedTurn.exec(sentence.slice(after));
  if (!turn) return sentence.length;
  // "You do not need to know how to train models, but you should be comfortable asking …": a sentence that opens with
  // its cue says the part up to the turn is not asked, and what the turn asks is. A cue after what the sentence names
  // ("ML models … - you won't be coding, but …") or right before the turn ("not required to qualify") asks it still.
  const opens = wordCount(sentence.slice(0, cue.index)) <= NOT_ASKED_SUBJECT_WORDS;
  return opens && wordCount(sentence.slice(after, after + turn.index)) >= 2 ? after + turn.index : undefined;
}

function tierOf(clauseText: string, section: PostingSection, mandatory: boolean, words: PostingWords): Tier {
  // "On veut en faire un avantage plutôt qu'une contrainte": the advantage is the business's, no wish.
  const text = withoutQualifiers(clauseText, words).replace(words.preferredNoun, (w) => ' '.repeat(w.length));
  const soft = (words.preferred.test(text) || plusAtEnd(text, words) || words.notRequired.test(text) || preferredRow(clauseText, words)) && !mandatory;
  if (soft) return 'preferred';
  if (section === 'preferred') return mandatory ? 'required' : 'preferred';
  if (section === 'required') return 'required';
  // "the threat models we wrote last year": a point in time asks for no years.
  if (section === 'intro') return words.requirementCue.test(text.replace(words.yearReference, (w) => ' '.repeat(w.length))) ? 'required' : 'duty';
  return 'duty';
}

/** A cell separator of a table row: a pipe or a tab. */
const CELL_SEPARATOR = /[|\t]/u;

/** A cell that only marks a row: a check mark or a lone cross ("✓", "✔", "☑", "✅", "x", "●"). */
const CHECK_MARK = /^\s{0,24}[✓✔☑✅●■xX]\ufe0f?\s{0,24}$/u;

/**
 * A table whose header names a tier over each column of check marks ("Anforderung | Muss | Wünschenswert", "Skill |
 * Required | Nice to have"), pasted with tabs or pipes: each row's check mark becomes the header of its column
 * ("Kubernetes (AKS) und Terraform | | Wünschenswert"), so the row says its tier in words as a row of "| Asset |" does;
 * the column of a mark is lost once tabs are spaces. Undefined when the text has no such table.
 */
export function withMarkTiers(raw: string, words: PostingWords): string | undefined {
  if (!CELL_SEPARATOR.test(raw)) return undefined;
  const lines = raw.split('\n');
  let header: string[] | undefined;
  let changed = false;
  for (const [i, line] of lines.entries()) {
    if (!CELL_SEPARATOR.test(line)) {
      header = undefined;
      continue;
    }
    const cells = line.split(CELL_SEPARATOR);
    if (tierHeader(cells, words)) {
      header = cells;
      continue;
    }
    if (header === undefined) continue;
    const first = cells.findIndex((c) => c.trim() !== '');
    const marks = cells.flatMap((c, k) => (k > first && CHECK_MARK.test(c) && (header?.[k] ?? '').trim() !== '' ? [k] : []));
    if (marks.length !== 1) continue;
    const k = marks[0] as number;
    cells[k] = ` ${(header[k] as string).trim()} `;
    lines[i] = cells.join(line.includes('\t') ? '\t' : '|');
    changed = true;
  }
  return changed ? lines.join('\n') : undefined;
}

/** A header row whose cells after its first each name a tier, at least one a wish and one not ("Muss | Wünschenswert"). */
function tierHeader(cells: readonly string[], words: PostingWords): boolean {
  // A pipe row's leading "|" leaves an empty cell before the first.
  const first = cells.findIndex((c) => c.trim() !== '');
  const named = cells.slice(first + 1).filter((c) => c.trim() !== '');
  if (named.length < 2) return false;
  const tiers = named.map((c) =>
    words.preferredCell.test(c) || words.headings.get(headingKey(c)) === 'preferred'
      ? 'preferred'
      : words.mandatory.test(c) || words.headings.get(headingKey(c)) === 'required'
        ? 'required'
        : undefined,
  );
  return tiers.every((t) => t !== undefined) && tiers.includes('preferred') && tiers.includes('required');
}

/** A table row with a cell after its first that says only that the row is wished for ("| PyTorch | Asset | - |"). */
function preferredRow(text: string, words: PostingWords): boolean {
  const cells = text.split(CELL_SEPARATOR).filter((c) => c.trim() !== '');
  return cells.length >= 2 && cells.slice(1).some((c) => words.preferredCell.test(c));
}

/** A word in capitals with lowercase after its first letter: "Essentials", "Plus". */
const TITLE_CASE = unicodeRegex`^\p{Lu}\p{Ll}`;

/** "… a plus" or "… bonus" at a clause's end softens it, unless the word ends a name of such words ("Cyber Essentials Plus"). */
function plusAtEnd(text: string, words: PostingWords): boolean {
  const m = words.plusAtEnd.exec(text);
  if (!m) return false;
  const word = m[0].trim();
  const before = text.slice(0, m.index).trimEnd();
  const previous = before.slice(before.lastIndexOf(' ') + 1);
  return !(TITLE_CASE.test(word) && !word.includes(' ') && TITLE_CASE.test(previous));
}

function sectionLookup(spans: ReadonlyArray<{ start: number; end: number; section: PostingSection }>) {
  return (offset: number): PostingSection => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid] as { start: number; end: number; section: PostingSection };
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s.section;
    }
    return 'ignored';
  };
}

/** A parenthesis that qualifies a word ("Kubernetes (EKS preferred)") softens that word only, not the clause; "(preferred)" alone still does. */
function withoutQualifiers(text: string, words: PostingWords): string {
  const plain = blankWishedYears(blankQualifiers(blankRankingWishes(text, words), words), words);
  const aside = dashAside(plain, words);
  return aside === undefined ? plain : plain.slice(0, aside);
}

/** Up to three words after a wish, then a parenthesis: "idéalement GCP (AWS ou Azure nous vont aussi)". */
const RANKED_OPTION = /^(?:\s{1,3}[^\s()]{1,40}){0,3}\s{0,2}\(([^()\n]{1,80})\)/u;
/** The longest text `RANKED_OPTION` can match: each wish reads no further, so that a line of many wishes is read in linear time. */
const RANKED_OPTION_REACH = 3 * (3 + 40) + 2 + 82;

/**
 * A text with the wish words blanked, same length, that rank one option of a choice before a parenthesis accepting the
 * others ("un cloud public, idéalement GCP (AWS ou Azure nous vont aussi)", "Azure preferred (AWS or GCP acceptable)"):
 * the options are one choice of the clause's tier (convention 474).
 */
function blankRankingWishes(text: string, words: PostingWords): string {
  if (!text.includes('(')) return text;
  let out = text;
  words.preferredAll.lastIndex = 0;
  for (const m of text.matchAll(words.preferredAll)) {
    const after = m.index + m[0].length;
    const inner = RANKED_OPTION.exec(text.slice(after, after + RANKED_OPTION_REACH))?.[1];
    if (inner === undefined || !acceptsOthers(inner, words)) continue;
    out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  }
  return out;
}

/** The inner text of a parenthesis accepts options beside or in place of the one before it. */
const acceptsOthers = (inner: string, words: PostingWords): boolean =>
  words.acceptedChoice.test(inner) || words.insteadAlternative.test(`${inner})`) || words.alsoAlternativeLead.test(inner);

/** A text with a last part of wished years blanked ("…, 5+ yrs ideally"), same length: see `wishedYearsTail`. */
function blankWishedYears(text: string, words: PostingWords): string {
  const at = wishedYearsTail(text, words);
  return at === undefined ? text : text.slice(0, at) + ' '.repeat(text.length - at);
}

/**
 * Where a last part after a comma starts that is only years and a wish word ("Pentesting, 5+ yrs ideally", "Go,
 * ideally 4 years", "Kubernetes, 3 years preferred"): the wish is the years' (a guide), not the skill's.
 */
export function wishedYearsTail(text: string, words: PostingWords): number | undefined {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return undefined;
  const part = text.slice(comma + 1);
  const phrases = yearsPhrases(part, words.years);
  const phrase = phrases[0];
  if (phrases.length !== 1 || phrase === undefined || !words.preferred.test(part)) return undefined;
  const rest = (part.slice(0, phrase.index) + part.slice(phrase.index + phrase[0].length)).replace(words.preferredAll, ' ');
  return /^[\s.!)]*$/u.test(rest) ? comma : undefined;
}

/** A text with each parenthesis that softens a word of its own blanked, same length. */
function blankQualifiers(text: string, words: PostingWords): string {
  return text.replace(PARENTHESIS, (whole, inner: string) => (isQualifier(inner, words) ? ' '.repeat(whole.length) : whole));
}

/** A spaced dash between two parts of a statement. */
const SPACED_DASH = /\s[-–—]\s/gu;

/**
 * Where a wish after the one spaced dash of a statement starts, when it qualifies what it names only ("… securing cloud
 * infrastructure - ideally AWS", "3+ years with a SIEM - Sentinel strongly preferred, Splunk is fine"): the part before
 * says something of its own and no wish. Wish words alone after the dash ("Go - nice to have") speak of the whole.
 */
function dashAside(text: string, words: PostingWords): number | undefined {
  // Two dashes set an aside between them ("… applications — prompt injection, jailbreaks — will set you apart"): the
  // wish after the second is the sentence's own, unless a wish word opens it as it opens a qualifier ("adversarial
  // threats to ML - data poisoning, evasion - ideally mapped to MITRE ATLAS"; convention 343).
  const dashes = [...text.matchAll(SPACED_DASH)];
  const last = dashes.at(-1);
  // A wish word of its own, as an adverb opens a qualifier ("ideally", "idéalement"); "will set you apart" is a predicate.
  const opensWish = (d: RegExpMatchArray) => {
    const wish = words.preferred.exec(text.slice((d.index as number) + d[0].length));
    return wish?.index === 0 && !/\s/u.test(wish[0]);
  };
  const dash = dashes.length === 1 ? last : last !== undefined && opensWish(last) ? last : undefined;
  if (dash === undefined) return undefined;
  const before = text.slice(0, dash.index);
  const inner = text.slice(dash.index + dash[0].length);
  if (!isQualifier(inner, words) || words.preferred.test(before) || !unicodeRegex`\p{L}{3}`.test(before)) return undefined;
  return dash.index + 1;
}

/**
 * A wish set between two spaced dashes, as in brackets ("Hands-on ML experience – ideally with PyTorch – is essential"):
 * it qualifies what it names only; the span from the first dash to the end of the second, else undefined.
 */
function wishBetweenDashes(text: string, words: PostingWords): { start: number; end: number } | undefined {
  const dashes = [...text.matchAll(SPACED_DASH)];
  const [open, close] = dashes;
  if (dashes.length !== 2 || open === undefined || close === undefined) return undefined;
  const inner = text.slice(open.index + open[0].length, close.index);
  return isQualifier(inner, words) ? { start: open.index, end: close.index + close[0].length } : undefined;
}

/** How often each UTF-16 unit occurs in `text`. */
function letterCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/**
 * A cheap pre-check before the edit distance, which rules out no match: an insertion or a deletion changes the letter
 * counts by 1, a substitution by at most 2, a transposition by 0, so `maxEdits` edits leave a count difference of at
 * most 2 × maxEdits. Most headings differ by far more.
 */
function withinCountBound(counts: ReadonlyMap<number, number>, other: string, maxEdits: number): boolean {
  const left = new Map(counts);
  let extra = 0;
  for (let i = 0; i < other.length; i++) {
    const c = other.charCodeAt(i);
    const n = left.get(c) ?? 0;
    if (n > 0) left.set(c, n - 1);
    else if (++extra > 2 * maxEdits) return false;
  }
  let missing = 0;
  for (const n of left.values()) missing += n;
  return extra + missing <= 2 * maxEdits;
}
