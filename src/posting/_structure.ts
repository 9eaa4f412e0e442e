import {
  INLINE_HEADING,
  MANDATORY,
  NOT_REQUIRED,
  PREFERRED,
  REQUIREMENT_CUE,
  SECTION_HEADINGS,
  SENTENCE_BREAK,
  TITLE_LINE,
} from './_patterns';

/** The part of a job ad a line belongs to. */
export type PostingSection = 'intro' | 'responsibilities' | 'required' | 'preferred' | 'ignored';
/** How strongly a clause asks for what it names. */
export type Tier = 'required' | 'duty' | 'preferred';

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

/** Reads the headings, the title line and the sentences of a normalised job ad. */
export function readStructure(text: string): PostingStructure {
  const lines = splitLines(text);
  const spans: Array<{ start: number; end: number; section: PostingSection }> = [];
  const clauses: Clause[] = [];
  let section: PostingSection = 'intro';
  let title: string | undefined;
  let summary: string | undefined;
  for (const line of lines) {
    const body = stripMarkup(line.text);
    if (body.length === 0) continue;
    const explicit = TITLE_LINE.exec(body);
    if (explicit) {
      title = explicit[1]?.trim();
      continue;
    }
    const heading = headingOf(body);
    if (heading) {
      section = heading.section;
      if (heading.rest === undefined) continue;
    }
    if (title === undefined && clauses.length === 0 && section === 'intro' && looksLikeTitle(body)) {
      title = body;
      continue;
    }
    const content = heading?.rest ?? body;
    const offset = line.start + Math.max(0, line.text.indexOf(content));
    spans.push({ start: line.start, end: line.start + line.text.length + 1, section });
    if (section === 'ignored') continue;
    const sentences = splitSentences(content, offset);
    if (summary === undefined && (section === 'intro' || section === 'responsibilities')) summary = sentences[0]?.text;
    for (const s of sentences) clauses.push(...splitClauses(s.text, s.start, section));
  }
  return { title, summary, clauses, sectionAt: sectionLookup(spans) };
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

/** A line without its bullet, Markdown heading marks and emphasis. */
function stripMarkup(line: string): string {
  return line
    .trim()
    .replace(/^(?:#{1,6}\s{1,3}|-\s{1,3}|\d{1,2}[.)]\s{1,3})/, '')
    .replace(/^\*{1,3}|\*{1,3}$/g, '')
    .replace(/^_{1,2}|_{1,2}$/g, '')
    .trim();
}

/** The section a heading line opens, and any content after "Heading:". */
function headingOf(body: string): { section: PostingSection; rest: string | undefined } | undefined {
  const bare = body.replace(/\s{0,2}:$/, '').replace(/\*{1,3}/g, '').trim();
  const whole = sectionOfHeading(bare);
  if (whole && bare.length <= 60) return { section: whole, rest: undefined };
  const inline = INLINE_HEADING.exec(body);
  const label = inline?.[1]?.replace(/\*{1,3}/g, '').trim();
  const section = label ? sectionOfHeading(label) : undefined;
  return section && inline ? { section, rest: inline[2] } : undefined;
}

function sectionOfHeading(label: string): PostingSection | undefined {
  for (const name of ['responsibilities', 'preferred', 'required', 'ignored'] as const) {
    if (SECTION_HEADINGS[name].test(label)) return name;
  }
  return undefined;
}

/** The first short line of the ad that is not a sentence is its title. */
function looksLikeTitle(body: string): boolean {
  return body.length <= 100 && !/[.!?]$/.test(body) && /[A-Za-z]/.test(body) && body.split(/\s{1,4}/).length <= 14;
}

function splitSentences(content: string, start: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(content); m !== null; m = SENTENCE_BREAK.exec(content)) {
    out.push({ text: content.slice(from, m.index), start: start + from });
    from = m.index + m[0].length;
  }
  out.push({ text: content.slice(from), start: start + from });
  return out.filter((s) => s.text.trim().length > 0);
}

/**
 * Splits a sentence at `;` and " but ", and where a mandatory part gives way to a nice-to-have
 * ("BS required, MS preferred"), so that each part keeps its own tier.
 */
function splitClauses(sentence: string, start: number, section: PostingSection): Clause[] {
  const parts: Array<{ text: string; start: number }> = [];
  let from = 0;
  const cut = (at: number, skip: number) => {
    parts.push({ text: sentence.slice(from, at), start: start + from });
    from = at + skip;
  };
  for (const m of sentence.matchAll(/;\s{0,3}|\s(?:but|while)\s/g)) cut(m.index, m[0].length);
  const tail = sentence.slice(from);
  const comma = mandatoryThenPreferred(tail);
  if (comma !== undefined) cut(from + comma, 2);
  parts.push({ text: sentence.slice(from), start: start + from });
  return parts
    .filter((p) => /[A-Za-z0-9]/.test(p.text))
    .map((p) => toClause(p.text, p.start, sentence.trim(), section));
}

/** The comma where "… required, … preferred" changes tier, if any. */
function mandatoryThenPreferred(text: string): number | undefined {
  if (!PREFERRED.test(text) || !MANDATORY.test(text)) return undefined;
  for (const m of text.matchAll(/,\s/g)) {
    const left = text.slice(0, m.index);
    if (MANDATORY.test(left) && !PREFERRED.test(left) && PREFERRED.test(text.slice(m.index))) return m.index;
  }
  return undefined;
}

function toClause(text: string, start: number, sentence: string, section: PostingSection): Clause {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const mandatory = MANDATORY.test(trimmed) && !NOT_REQUIRED.test(trimmed);
  return {
    text: trimmed,
    start: start + lead,
    end: start + lead + trimmed.length,
    sentence,
    section,
    tier: tierOf(trimmed, section, mandatory),
    mandatory,
  };
}

function tierOf(text: string, section: PostingSection, mandatory: boolean): Tier {
  if (PREFERRED.test(text) && !mandatory) return 'preferred';
  if (section === 'preferred') return mandatory ? 'required' : 'preferred';
  if (section === 'required') return 'required';
  if (section === 'intro') return REQUIREMENT_CUE.test(text) ? 'required' : 'duty';
  return 'duty';
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
