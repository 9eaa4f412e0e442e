import type { ClearanceLevel, DegreeField, DegreeLevel, ExperienceMeasure } from '../schemas';
import { CLEARANCE_LEVELS, DEGREE_LEVELS } from '../schemas';
import { clearanceMentions } from '../text/clearances';
import { degreeMentions, fieldsIn } from '../text/degrees';
import type { Mention } from '../text/mentions';
import { fold } from '../text/phrases';
import { measureAfter, readNumber, yearsPhrases } from '../text/years';
import { type Clause, stripMarks } from './_structure';
import type { PostingWords } from './_words';

/** One thing a clause asks for, before findings of the same requirement are merged. */
export type Finding =
  | (FindingBase & { kind: 'skill'; skills: string[]; minYears?: number; examples: boolean })
  | (FindingBase & { kind: 'experience'; measure: ExperienceMeasure; minYears: number })
  | (FindingBase & { kind: 'degree'; minLevel: DegreeLevel; fields: DegreeField[]; equivalent: boolean })
  | (FindingBase & { kind: 'certification'; anyOf: string[]; written: string[] })
  | (FindingBase & { kind: 'clearance'; minLevel: ClearanceLevel | undefined; active: boolean; polygraph: boolean })
  | (FindingBase & { kind: 'note'; condition: string; level?: ClearanceLevel | undefined; polygraph?: boolean });

interface FindingBase {
  clause: Clause;
  hard: boolean;
}

interface YearsStatement {
  years: number;
  skills?: string[];
  measure?: ExperienceMeasure;
}

/** A plain comma between list items. */
/** How far after a years phrase its subject is looked for, in characters. */
const SUBJECT_REACH = 240;
const COMMA_GAP = /^\s{0,3},\s{0,3}$/u;
/**
 * Inside a list of examples, the words between two skills that keep the list going: other items or qualifiers ("AWS
 * GovCloud, Azure Government"; "prompt injection and jailbreaks, data leakage …, model inversion"), up to a list
 * separator, never a sentence mark or the end of a parenthesis.
 */
const EXAMPLE_GAP = /^[^.;:()[\]]{0,80}$/u;
/** A bare number after a years statement: "…, of which at least 2 in cloud security". */
const BARE_NUMBER = /(?<![\d.,])(\d{1,2})\s{0,2}\+?(?![\d%.,])/gu;
/** Where a years statement's subject ends. */
const SUBJECT_END = /[,;:(.]|\s(?:including|such as|preferably|ideally|where|who|that|within|across|of which)\b/iu;

/** Everything one clause asks for: skills (with years and example lists), experience, degree, certifications, clearance, conditions. */
export function extractFindings(clause: Clause, mentions: readonly Mention[], text: string, words: PostingWords): Finding[] {
  const out: Finding[] = [];
  if (clause.boilerplate) return out;
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const skills = dedupe(inClause.filter((m) => m.target === 'skill'));
  const certs = dedupe(inClause.filter((m) => m.target === 'cert'));
  const years = yearsStatements(clause, skills, text, words);
  out.push(...skillFindings(clause, skills, years, text, words));
  for (const y of years) {
    if (y.measure) out.push({ kind: 'experience', measure: y.measure, minYears: y.years, clause, hard: hardFor(clause, false) });
  }
  if (certs.length > 0) {
    out.push({
      kind: 'certification',
      anyOf: certs.map((m) => m.id),
      written: certs.map((m) => m.text),
      clause,
      hard: hardFor(clause, words.obtainable.test(clause.text)),
    });
  }
  const degree = readDegree(clause, words);
  if (degree) out.push(degree);
  out.push(...readClearance(clause, words));
  return out;
}

/** Hard: a must in the required tier (said so, or under a "Minimum qualifications" heading), and not softened. */
function hardFor(clause: Clause, softened: boolean): boolean {
  return clause.tier === 'required' && (clause.mandatory || clause.hardSection) && !softened;
}

/** Mentions in text order, one per id; context-bound aliases of résumés are left out. */
function dedupe(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return [...mentions].sort((a, b) => a.start - b.start).filter((m) => !m.entryKinds && !seen.has(m.id) && seen.add(m.id));
}

/**
 * Conditions about who a person is (citizenship, work authorisation, travel, location…), read from every line of
 * the ad — a `Location:` line, benefits and legal text included, but not a sentence that lists protected
 * characteristics: notes for the recruiter, never scored.
 */
export function conditionFindings(text: string, words: PostingWords): Finding[] {
  const out: Finding[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const body = stripMarks(line);
    if (body !== '' && !words.notConditions.test(body)) {
      for (const [condition, re] of words.conditions) {
        if (!re.test(body)) continue;
        const clause: Clause = {
          text: body,
          start,
          end,
          sentence: body,
          section: 'intro',
          tier: 'duty',
          mandatory: false,
          hardSection: false,
          boilerplate: false,
        };
        out.push({ kind: 'note', condition, clause, hard: false });
      }
    }
    start = end + 1;
  }
  return out;
}

/**
 * Skills: the examples after "such as", "e.g.", "like", "including" form one any-of requirement, as do skills
 * joined by "or"; other skills stand alone.
 */
function skillFindings(clause: Clause, mentions: readonly Mention[], years: readonly YearsStatement[], text: string, words: PostingWords): Finding[] {
  const cues = [...exampleCues(clause, words), ...parenthesisCues(clause, mentions)].sort((a, b) => a.start - b.start);
  // The last cue that ends before the current mention (mentions come in text order): one pass over the cues.
  let next = 0;
  let last: { start: number; end: number } | undefined;
  const groups: Array<{ mentions: Mention[]; examples: boolean }> = [];
  let run: Mention[] = [];
  let anyOr = false;
  let examples = false;
  const flush = () => {
    if (run.length === 0) return;
    if (anyOr || examples) groups.push({ mentions: run, examples });
    else groups.push(...run.map((m) => ({ mentions: [m], examples: false })));
    run = [];
    anyOr = false;
    examples = false;
  };
  for (const m of mentions) {
    const prev = run.at(-1);
    const gap = prev ? text.slice(prev.end, m.start) : '';
    while (next < cues.length && (cues[next] as { end: number }).end <= m.start) last = cues[next++];
    const cueBefore = last !== undefined && (prev === undefined || last.start >= prev.end);
    if (
      prev &&
      !cueBefore &&
      (words.orGap.test(gap) || COMMA_GAP.test(gap) || (examples && (words.listGap.test(gap) || (EXAMPLE_GAP.test(gap) && words.listSeparator.test(gap)))))
    ) {
      anyOr = words.orGap.test(gap) || anyOr;
      run.push(m);
      continue;
    }
    flush();
    run = [m];
    examples = cueBefore && last !== undefined && m.start - last.end <= 40;
  }
  flush();
  return groups.map((g) => {
    const ids = g.mentions.map((m) => m.id);
    const stated = years.filter((y) => y.skills?.some((id) => ids.includes(id))).map((y) => y.years);
    const finding: Finding = { kind: 'skill', skills: ids, clause, hard: false, examples: g.examples && ids.length > 1 };
    if (stated.length > 0) finding.minYears = Math.max(...stated);
    return finding;
  });
}

/**
 * An opening parenthesis after a word that is not a skill introduces examples of that word ("scripting (Python,
 * PowerShell)", "cloud platforms (AWS, Azure)"); after a skill it qualifies the skill ("Kubernetes (EKS)").
 */
function parenthesisCues(clause: Clause, mentions: readonly Mention[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const ends = new Set(mentions.map((m) => m.end));
  for (let i = clause.text.indexOf('('); i !== -1; i = clause.text.indexOf('(', i + 1)) {
    const at = clause.start + i;
    // A skill ends right before it (at most two characters before): "Kubernetes (EKS)".
    if (!ends.has(at) && !ends.has(at - 1) && !ends.has(at - 2)) out.push({ start: at, end: at + 1 });
  }
  return out;
}

/** Where the clause says "such as", "e.g.", "like", "including" (in clause text offsets made absolute). */
function exampleCues(clause: Clause, words: PostingWords): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  words.examples.lastIndex = 0;
  for (let m = words.examples.exec(clause.text); m !== null; m = words.examples.exec(clause.text)) {
    out.push({ start: clause.start + m.index, end: clause.start + m.index + m[0].length });
  }
  return out;
}

/**
 * Every "N years of …" of a clause, with what it is about: skills, a broad measure, or experience overall. "up to
 * 4 years" states no minimum; "for 80 years" (a company's history) names no subject and is dropped; after a first
 * statement, a bare number ("of which at least 2 in cloud security") states years too.
 */
function yearsStatements(clause: Clause, skills: readonly Mention[], text: string, words: PostingWords): YearsStatement[] {
  const out: YearsStatement[] = [];
  // "…; or a Master's degree and 3 years": another path, whose years are no minimum of the role.
  if (words.alternativePath.test(clause.text)) return out;
  const y = words.years;
  let lastEnd = -1;
  for (const m of yearsPhrases(clause.text, y)) {
    const g = m.groups ?? {};
    const years = readNumber(g.n ?? g.whole ?? '', y);
    if (years === undefined || years < 1 || years > 40) continue;
    if (y.upTo.test(clause.text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const start = clause.start + m.index;
    const end = start + m[0].length;
    const subject = subjectOf(start, end, clause, skills, text, words);
    if (subject) {
      out.push({ years, ...subject });
      lastEnd = m.index + m[0].length;
    }
  }
  if (lastEnd < 0) return out;
  BARE_NUMBER.lastIndex = lastEnd;
  for (let m = BARE_NUMBER.exec(clause.text); m !== null; m = BARE_NUMBER.exec(clause.text)) {
    const years = Number(m[1]);
    if (years < 1 || years > 40) continue;
    const start = clause.start + m.index;
    const subject = subjectOf(start, start + m[0].length, clause, skills, text, words);
    if (subject && !out.some((s) => s.years === years && (s.measure === subject.measure || s.skills?.[0] === subject.skills?.[0])))
      out.push({ years, ...subject });
  }
  return out;
}

/** What a years phrase at [start, end) is about: a skill right before it, skills or a measure after it. */
function subjectOf(
  start: number,
  end: number,
  clause: Clause,
  skills: readonly Mention[],
  text: string,
  words: PostingWords,
): Omit<YearsStatement, 'years'> | undefined {
  const before = [...skills]
    .reverse()
    .find((s) => s.end <= start && start - s.end <= 6 && /^\s{0,3}[(:–—-]?\s{0,3}(?:\p{L}{1,8}\s{1,3})?$/u.test(text.slice(s.end, start)));
  if (before) return { skills: [before.id] };
  // The subject follows within a few words: a bounded look keeps a clause of thousands of phrases linear.
  const after = text.slice(end, Math.min(clause.end, end + SUBJECT_REACH));
  const stop = SUBJECT_END.exec(after);
  const object = stop ? after.slice(0, stop.index) : after;
  const inside = listFrom(
    skills.filter((s) => s.start >= end && s.end <= end + object.length),
    text,
    words,
  );
  const first = inside[0];
  // Skills right after the fillers ("of hands-on Go development"), then a measure ("in information security"),
  // then skills further on ("deploying models with MLflow"), then experience in general; else no subject at all
  // ("serving customers for 80 years").
  const measure = measureAfter(object, words.years);
  // A skill named exactly as a field of work ("building machine learning systems") is that field's measure; a
  // narrower one ("in application security") keeps its own years.
  const field = first && inside.length === 1 && measure && words.years.measureNames.get(fold(text.slice(first.start, first.end))) === measure;
  // Several skills of one field named as the years' subject ("4+ years in security operations, detection
  // engineering or incident response") are years in that field.
  if (inside.length >= 2 && measure !== undefined && measure !== 'totalYears') return { measure };
  if (first && !field && leadWords(text.slice(end, first.start), words) <= 1) return { skills: inside.map((s) => s.id) };
  if (measure) return { measure };
  if (first && text.slice(end, first.start).length <= 40) return { skills: inside.map((s) => s.id) };
  if (words.years.experience.test(object)) return { measure: 'totalYears' };
  return undefined;
}

/** Words before a subject that are not fillers ("of hands-on Go" → 0; "focused on application security" → 2). */
function leadWords(between: string, words: PostingWords): number {
  return between.split(/[\s'’,]+/u).filter((w) => w !== '' && w.length > 1 && !words.years.fillers.has(fold(w))).length;
}

/** The first mention and those that follow it as one list ("Python, Go or Rust"). */
function listFrom(mentions: readonly Mention[], text: string, words: PostingWords): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev && !words.listGap.test(text.slice(prev.end, m.start))) break;
    out.push(m);
  }
  return out;
}

/** A degree: the lowest level named, the fields after it, and whether experience can replace it. */
function readDegree(clause: Clause, words: PostingWords): Finding | undefined {
  const found = degreeMentions(clause.text, words.degrees, true);
  if (found.length === 0) return undefined;
  const lowest = found.reduce((a, b) => (DEGREE_LEVELS.indexOf(b.level) < DEGREE_LEVELS.indexOf(a.level) ? b : a));
  const first = found[0] as (typeof found)[number];
  const equivalent = words.degrees.equivalent.test(clause.text);
  const fields = fieldsIn(clause.text.slice(first.index), words.degrees);
  if (fields.length === 0 && lowest.field) fields.push(lowest.field);
  return { kind: 'degree', minLevel: lowest.level, fields, equivalent, clause, hard: hardFor(clause, equivalent) };
}

/**
 * A clearance: the lowest level named; `active` unless the clause says it may still be obtained; an obtainable
 * clearance is a condition about the person (a note), not a requirement. A clearance without a level
 * ("active security clearance") asks for any level.
 */
function readClearance(clause: Clause, words: PostingWords): Finding[] {
  const c = words.clearances;
  const mentions = clearanceMentions(clause.text, c, () => true).filter((m) => c.context.test(clause.text) || m.length > 6);
  const anyLevel = mentions.length === 0 && /\bclearance\b|\bcleared\b/iu.test(clause.text) && words.activeClearance.test(clause.text);
  if (mentions.length === 0 && !anyLevel) return [];
  const first = mentions[0];
  // What follows the level up to another demand ("TS clearance and SCI eligibility": the TS is to be held);
  // an alternative after a comma counts ("Secret, or eligible for it").
  const near = first ? (clause.text.slice(first.index + first.length, first.index + first.length + 60).split(/\s(?:and|&|with|plus)\s|;/iu)[0] ?? '') : '';
  const obtainable = words.obtainable.test(first ? clause.text.slice(0, first.index) + near : clause.text);
  const levels = mentions.map((m) => m.level).sort((a, b) => CLEARANCE_LEVELS.indexOf(a) - CLEARANCE_LEVELS.indexOf(b));
  const polygraph = c.polygraph.test(clause.text);
  if (obtainable) return [{ kind: 'note', condition: 'clearance-obtainable', level: levels[0], polygraph, clause, hard: false }];
  const hard = clause.tier !== 'preferred' && (clause.mandatory || clause.hardSection || words.activeClearance.test(clause.text) || clause.tier === 'required');
  return [{ kind: 'clearance', minLevel: levels[0], active: clause.tier !== 'preferred', polygraph, clause, hard }];
}
