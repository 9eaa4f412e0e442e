import { compileCatalog, type CompiledCatalog, type TrieRoot } from '../catalog/compile';
import { parseRoles } from '../catalog/build';
import { catalogOf, requirementId } from '../catalog/load';
import { checkText, guarded, postingMsg, RolefitError, warn } from '../errors';
import { checkLanguageLoaded, resolveOptions } from '../options';
import {
  type Catalog,
  EntryKindSchema,
  type ExperienceMeasure,
  type PostingOptions,
  PostingOptionsSchema,
  type Requirement,
  type Role,
  type SectionName,
} from '../schemas';
import { type Mention, mentionWordsFor, scanMentions } from '../text/mentions';
import { indexFrom, reachBefore } from '../text/sorted';
import { detectLanguage } from '../text/language';
import { allLanguagesLexicon, type Lexicon, lexiconFor } from '../text/lexicon';
import { fold, forgetTexts, unicodeRegex } from '../text/phrases';
import { cueWordsFor, negationIndex } from '../text/negation';
import { normalizeText } from '../text/normalize';
import { genderSuffixesFor, phraseNorms, tokenize } from '../text/tokens';
import { buildNotes, buildRequirements } from './_build';
import { htmlToText, looksLikeHtml } from '../text/html';
import {
  conditionFindings,
  levelYearsFindings,
  extractFindings,
  footnoteYears,
  type Finding,
  ignoredCertificationFindings,
  ignoredClearanceFindings,
  withChoiceLists,
  withInsteadAlternatives,
  withoutBareClearances,
  withoutKnockOuts,
  withoutWaivedYears,
  withoutWishedYears,
  type YearsContext,
  type YearsStatement,
  yearsColumns,
} from './_extract';
import { type Clause, hardWrapWidth, type PostingStructure, readStructure, stripMarks, withMarkTiers, wrappedAt } from './_structure';
import { type PostingSection, type PostingWords, postingWordsFor } from './_words';

/** Posting sections as the alias matcher's section names, so "skills list only" aliases (`C`, `Go`) work in requirements. */
const AS_RESUME_SECTION: Record<PostingSection, SectionName> = {
  intro: 'summary',
  duty: 'experience',
  required: 'skills',
  preferred: 'skills',
  ignored: 'other',
};

/** The hire is the subject of an employer word this many words before it at most ("you'll also hire"; not "you will help us hire"). */
const HIRE_SUBJECT_WORDS = 3;

/** Fewer requirements than this make a sparse role, worth a warning. */
const SPARSE = 3;

/**
 * Reads a job ad into a role profile of the catalog's format, validated like the catalog's own roles.
 * Each requirement quotes the sentence it comes from in `source`.
 * @example
 * import { roleFromJobPosting } from 'rolefit/postings';
 * const role = roleFromJobPosting(readFileSync('posting.txt', 'utf8'));
 * matchRoles(parseResume(resume), { roles: [role] });
 */
export function roleFromJobPosting(text: string, options?: PostingOptions): Role {
  const resolved = resolveOptions(PostingOptionsSchema, options, 'roleFromJobPosting');
  checkText(text, resolved.maxLength, 'job posting');
  checkLanguageLoaded(resolved, 'roleFromJobPosting');
  const cc = compileCatalog(catalogOf(resolved));
  try {
    return guarded('roleFromJobPosting', () => readRole(text, resolved, cc));
  } finally {
    forgetTexts();
    cc.stemmer.forget();
  }
}

function readRole(text: string, resolved: ReturnType<typeof PostingOptionsSchema.parse>, cc: CompiledCatalog): Role {
  const catalog = cc.catalog;
  // An ad pasted as HTML (a career page's source) is read as the text a browser shows.
  const plain = looksLikeHtml(text) ? htmlToText(text) : text;
  const all = allLanguagesLexicon(resolved.languages);
  const read = normalizeText(plain, all);
  const language =
    resolved.language === 'auto' ? detectLanguage(read, resolved.languageDetector) : { code: resolved.language, supported: true, lexicon: resolved.language };
  const lex = lexiconFor(language.lexicon, resolved.languages);
  const words = postingWordsFor(lex);
  // A table of check marks under tier columns says each row's tier in words before its tabs become spaces.
  const marked = withMarkTiers(plain, words);
  const normalized = marked === undefined ? read : normalizeText(marked, all);
  const structure = readStructure(normalized, words);
  const title = cleanTitle(resolved.title ?? structure.title ?? 'Job posting');
  // "Hire" is the employer's ("We are hiring …", "help us hire") unless the hire is its subject ("Later you'll hire the next two
  // people on the team") or it opens a duty of its own ("Hire and lead a team of three").
  const hiresAt = (offset: number) => {
    const clause = clauseAt(structure.clauses, offset);
    if (clause?.tier !== 'duty') return false;
    const before = normalized.slice(clause.start, offset);
    return words.hireSubjects.test(lastWords(before, HIRE_SUBJECT_WORDS)) || (clause.section === 'duty' && stripMarks(before).trim() === '');
  };
  // A wish or an ask in prose ("It's a plus if you've built … RAG pipelines", "You'll be a good fit if you've worked on …
  // (RAG, agents)"), in the opening text or after the duties, reads as a skills list does, as under a preferred or required
  // heading; a sentence of the opening text that is only required by a cue in it ("Over the next three years we …") does not.
  const asked = (offset: number) => {
    const section = structure.sectionAt(offset);
    if (section !== 'intro' && section !== 'duty') return section;
    const clause = clauseAt(structure.clauses, offset);
    if (!clause || clause.boilerplate) return section;
    if (section === 'intro' && clause.tier === 'preferred') return clause.tier;
    return clause.section === 'required' || clause.section === 'preferred' ? clause.section : section;
  };
  const ctx: YearsContext = {
    ...yearsContext(cc, words, title),
    footnoteYears: footnoteYears(normalized, words),
    yearsColumns: yearsColumns(normalized, words),
  };
  const mentions = withoutDisclaimed(
    withDutyKinds(postingMentions(normalized, asked, hiresAt, cc, lex, words), structure, ctx, words),
    structure.clauses,
    normalized,
    words,
  );
  const categoryOf = (id: string) => cc.skillById.get(id)?.category;
  const findings = withoutWishedYears(
    withoutWaivedYears(
      withoutKnockOuts(
        withoutBareClearances(
          [
            ...withChoiceLists(
              withInsteadAlternatives(withoutRepeatedTags(clauseFindings(structure.clauses, mentions, normalized, words, ctx)), words, categoryOf),
              normalized,
              words,
            ),
            ...ignoredClearanceFindings(normalized, (offset) => structure.sectionAt(offset) === 'ignored', words),
            ...ignoredCertificationFindings(normalized, mentions, (offset) => structure.sectionAt(offset) === 'ignored', words),
            ...conditionFindings(normalized, words),
            ...levelYearsFindings(normalized, words),
          ],
          words,
        ),
        normalized,
        words,
      ),
      normalized,
      words,
    ),
  );
  const warnings: NonNullable<Role['warnings']> = [];
  let requirements = applyWeights(buildRequirements(findings, resolved.rules, cc), resolved.weights);
  if (requirements.length === 0) {
    // A real ad never fails: with nothing read from its sections, the skills it names anywhere outside company,
    // benefits and legal text stand as preferred, with a warning. Only a text naming no skill at all fails.
    const fallback = anywhereFindings(normalized, mentions, structure);
    requirements = applyWeights(buildRequirements(fallback, resolved.rules, cc), resolved.weights);
    if (requirements.length === 0) throw new RolefitError('E_INVALID_INPUT', postingMsg.noRequirements(title));
    warnings.push({ code: 'UNSTRUCTURED_POSTING', message: postingMsg.unstructured() });
  }
  if (!language.supported) warnings.push({ code: 'UNSUPPORTED_LANGUAGE', message: warn.unsupportedLanguage(language.code) });
  if (lex.languages.at(-1) !== language.lexicon)
    warnings.push({ code: 'LANGUAGE_NOT_LOADED', message: warn.languageNotLoaded(language.lexicon), language: language.lexicon });
  if (requirements.length < SPARSE) warnings.push({ code: 'SPARSE_ROLE', message: postingMsg.sparse() });
  if (!requirements.some((q) => q.kind === 'skill' && q.tier === 'required'))
    warnings.push({ code: 'NO_REQUIRED_SKILL', message: postingMsg.noRequiredSkill() });
  const notes = buildNotes(findings);
  const role: Role = {
    id: resolved.id ?? slug(title),
    title,
    family: 'custom',
    summary: structure.summary?.trim() || `Role profile read from the job posting "${title}".`,
    titles: [],
    source: resolved.source ?? `Job posting: ${title}`,
    refs: [],
    requirements,
    ...(notes.length > 0 ? { notes } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  return validateRole(role, catalog);
}

/** An empty line between two clauses: a new paragraph. */
const BLANK_LINE = /\n[^\S\n]*\n/u;

/**
 * The findings of every clause, in order. A clause that opens its line with a part of the years of the line before it
 * ("- 8 years of relevant experience⏎- At least 4 of those years building ML models") reads its counts as parts of the
 * first years that line's last clause asked for, a measure's before a skill's.
 */
function clauseFindings(clauses: readonly Clause[], mentions: readonly Mention[], text: string, words: PostingWords, ctx: YearsContext): Finding[] {
  const out: Finding[] = [];
  let whole: YearsStatement | undefined;
  // Skills a clause of the paragraph said are not asked ("You don't need to know C++ coming in. Our edge runtime is
  // written in C++ …"): named again later in that paragraph, short of a must, they are still not asked.
  let disclaimed = new Set<string>();
  let paragraphEnd = 0;
  // In text order, as every clause looks its own up by a binary search (scanMentions gives them so; a sort otherwise).
  const sorted = mentions.every((m, i) => i === 0 || (mentions[i - 1] as Mention).start <= m.start)
    ? mentions
    : [...mentions].sort((a, b) => a.start - b.start);
  for (const c of clauses) {
    if (BLANK_LINE.test(text.slice(paragraphEnd, c.start))) disclaimed = new Set();
    paragraphEnd = c.end;
    const found = extractFindings(c, sorted, text, words, ctx, whole);
    if (c.notAsked) {
      // "AWS experience is not required", "NOT required: a PhD": the skills, certifications and degree such a clause names are not asked.
      for (const f of found) if (f.kind === 'skill') for (const id of f.skills) disclaimed.add(id);
      out.push(...found.filter((f) => f.kind !== 'skill' && f.kind !== 'certification' && f.kind !== 'degree'));
    } else out.push(...(c.mandatory ? found : found.filter((f) => f.kind !== 'skill' || !f.skills.every((id) => disclaimed.has(id)))));
    whole = wholeYears(found);
  }
  return out;
}

/**
 * Keyword tags ("Key Skills⏎Azure⏎Python") that repeat what the text asks for or wishes for ("Good to have: … Azure"):
 * the text's tier stands, so the tag's finding of such a skill or certification is dropped; a tag the text never
 * asks for, or names among the duties only, keeps its heading's tier (conventions 10 and 402).
 */
function withoutRepeatedTags(findings: readonly Finding[]): Finding[] {
  const named = new Set<string>();
  for (const f of findings) {
    // A duty is no tier of what is asked: a tag of a skill the duties alone name asks for it (convention 10).
    if (f.clause.tagged || f.clause.tier === 'duty') continue;
    if (f.kind === 'skill') for (const id of f.skills) named.add(id);
    else if (f.kind === 'certification') for (const id of f.anyOf) named.add(`cert:${id}`);
  }
  if (named.size === 0) return [...findings];
  return findings.filter(
    (f) =>
      !f.clause.tagged ||
      (f.kind === 'skill' ? !f.skills.every((id) => named.has(id)) : f.kind !== 'certification' || !f.anyOf.every((id) => named.has(`cert:${id}`))),
  );
}

/** The years a clause's findings ask for, as a whole that later parts divide: a measure's first, else a skill's. */
function wholeYears(found: readonly Finding[]): YearsStatement | undefined {
  for (const f of found) if (f.kind === 'experience') return { years: f.minYears, measure: f.measure };
  for (const f of found) if (f.kind === 'skill' && f.minYears !== undefined) return { years: f.minYears, skills: f.skills };
  return undefined;
}

/**
 * The duties of a security job are security work, as a résumé's entry under a security title is: there an alias meant
 * for security work only counts as a plain one when it stands a few words after a verb of building ("Build tooling that
 * flags …", "Develop scripts … to automate …", "Développer des outils de tests automatisés") or is one ("Automatiser le
 * tri"), under the duties heading, or names a review ("architecture reviews for new model services"). Elsewhere the ad's tools are what the hire uses ("alerts from the SIEM and endpoint tools").
 */
function withDutyKinds(mentions: Mention[], structure: PostingStructure, ctx: YearsContext, words: PostingWords): Mention[] {
  if (ctx.jobMeasure !== 'securityYears' || (words.toolBuilding.size === 0 && words.reviewWork.size === 0)) return mentions;
  const duty = (c: Clause | undefined) => c !== undefined && (c.section === 'duty' || c.section === 'intro') && c.tier === 'duty' && !c.boilerplate;
  return mentions.map((m) => {
    if (m.entryKinds?.size !== 1 || !m.entryKinds.has('security')) return m;
    const clause = clauseAt(structure.clauses, m.start);
    if (clause === undefined || !duty(clause) || m.end > clause.end) return m;
    const lead = lastWords(clause.text.slice(0, m.start - clause.start), BUILDER_REACH);
    // A review the hire runs in a security job's duties ("architecture reviews for new model services", "reviewing the
    // risky parts of … pull requests") is a security review: the review word in the mention or a few words before it.
    const reviewed = (t: string) => t.split(WORD_GAP).some((w) => words.reviewWork.has(fold(w)));
    if ((reviewed(m.text) || reviewed(lead)) && !words.employerPronouns.has(fold(sentenceOpening(structure.clauses, clause)))) return withoutKinds(m);
    // A verb of the employer's after a subject of its own ("The division builds analytic tools") describes the company.
    const said = `${lead} ${m.text}`.split(WORD_GAP).filter((w) => w !== '');
    const opening = clause.text.trim().split(WORD_GAP)[0] ?? '';
    if (!said.some((w) => words.toolBuilding.has(fold(w)) && (!words.companyVerbs.has(fold(w)) || w === opening))) return m;
    return withoutKinds(m);
  });
}

/** A sentence of the ad as the clauses cut it: from its first clause's start to its last clause's end. */
type SentenceSpan = { start: number; end: number };

/** The ad's sentences: clauses joined while each goes on the sentence of the one before it on its line. */
function sentenceSpans(clauses: readonly Clause[], text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let prev: Clause | undefined;
  for (const c of clauses) {
    const last = out.at(-1);
    // A line break ends a sentence: a list item without a full stop is no part of the next line's.
    if (last && prev && continues(prev, c) && !text.slice(prev.end, c.start).includes('\n')) last.end = c.end;
    else out.push({ start: c.start, end: c.end });
    prev = c;
  }
  return out;
}

/** At most this many words before words of `taughtBack` or `reassurances` when they open their sentence ("But you won't be expected …"). */
const OPENING_WORDS = 2;

/**
 * At most `OPENING_WORDS` runs of letters between `from` and `to`: read backwards from `to` and stopped at the first run
 * past them, so that many matches in one long sentence do not each read it from its start.
 */
function fewWordsBefore(text: string, from: number, to: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    // A letter outside the BMP is a surrogate pair: read it whole, from its high half.
    const pair = c >= 0xdc00 && c <= 0xdfff && k > from && (text.charCodeAt(k - 1) & 0xfc00) === 0xd800;
    const letter = LETTER.test(pair ? text.slice(k - 1, k + 1) : (text[k] as string));
    if (pair) k--;
    if (letter && !inRun && ++runs > OPENING_WORDS) return false;
    inRun = letter;
  }
  return true;
}

/**
 * Whether the gap between two sentences keeps them on one line: no line break, or, in a text wrapped at a fixed width,
 * one break after a line that runs to the width.
 */
function sameParagraphLine(text: string, end: number, start: number, width: number | undefined): boolean {
  const gap = text.slice(end, start);
  if (!gap.includes('\n')) return true;
  if (width === undefined || gap.trim() !== '' || gap.indexOf('\n') !== gap.lastIndexOf('\n')) return false;
  return wrappedAt(text.slice(text.lastIndexOf('\n', end - 1) + 1, end), width);
}

/** An opening bracket between `from` and `at` that is not closed before `at`. */
function inBracket(text: string, from: number, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= from && text.lastIndexOf(')', at) < open;
}

/** One letter (a whole code point). */
const LETTER = /^\p{L}$/u;

/**
 * Skills and certifications the ad names and then says are not asked of the hire: before words of `taughtBack` in their
 * sentence ("Day to day they'll also use Postgres, but they are happy to teach those on the job"), and in the sentence
 * before, on the same line, when those words open theirs ("Our stack: Kubernetes, Terraform. You won't be expected to
 * run any of it"); a question answered by a reassurance ("Never done a pentest? No problem: …", "Vous n'avez jamais fait
 * de pentest ? Aucun souci : …"), and the skills inside words of `notNeeded` ("prior Go is not needed"). Dropped; a
 * wish the employer offers to teach stays a wish.
 */
function withoutDisclaimed(mentions: Mention[], clauses: readonly Clause[], text: string, words: PostingWords): Mention[] {
  const spans: SentenceSpan[] = [];
  const sentences = sentenceSpans(clauses, text);
  // The sentences are in text order and apart: a binary search per match (linear in the text, however many matches).
  const sentenceAt = (at: number) => {
    const k = indexFrom(sentences, at + 1, (s) => s.start) - 1;
    return k >= 0 && at < (sentences[k] as SentenceSpan).end ? k : -1;
  };
  // The sentence before the i-th on the same line, when the words found at `at` open the i-th.
  // A text wrapped at a fixed width goes on over its wrapped lines ("… no Go experience?⏎No problem, you'll pick it up").
  const width = hardWrapWidth(text);
  const before = (i: number, at: number) => {
    const s = sentences[i] as SentenceSpan;
    const prev = sentences[i - 1];
    const opening = fewWordsBefore(text, s.start, at);
    return opening && prev && sameParagraphLine(text, prev.end, s.start, width) ? prev : undefined;
  };
  for (const re of [words.taughtBack, words.reassurances]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      const i = sentenceAt(m.index);
      if (i < 0) continue;
      const prev = before(i, m.index);
      if (re === words.taughtBack) {
        // A wish the employer offers to teach ("It would be nice if you've done adversarial ML, but they're happy to teach that") stays a wish.
        const own = { start: (sentences[i] as SentenceSpan).start, end: m.index };
        // "Kein Muss: Kubernetes und Terraform – beides lernen Sie bei uns kennen": a must denied is no wish (convention 342).
        // So does a list item whose bracket offers what it names ("- GCIH or CySA+ (we pay for the course and the exam)"): an aside on the item.
        if (inBracket(text, (sentences[i] as SentenceSpan).start, m.index) && LIST_ITEM.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)))
          continue;
        for (const s of prev ? [own, prev] : [own]) if (!words.preferred.test(text.slice(s.start, s.end).replace(words.negatedMusts, ' '))) spans.push(s);
      } else if (prev && text.slice(prev.start, prev.end).trimEnd().endsWith('?')) spans.push(prev);
    }
  }
  spans.push(...companyStackSpans(text, sentences, words.companyStacks));
  spans.push(...otherTeamSpans(text, sentences, words));
  spans.push(...teamAgentSpans(text, sentences, words));
  // Words that name a skill and say it is not needed ("prior Go is not needed"): the skills inside them.
  const re = words.notNeeded;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (spans.length === 0) return mentions;
  return mentions.filter(notInside(spans));
}

/**
 * A filter that keeps a mention of a skill or certification unless some span holds it whole: spans sorted by start, the
 * largest end among those that start at or before a mention's start says whether one holds it (a binary search per
 * mention, not a scan of every span).
 */
function notInside(spans: readonly SentenceSpan[]): (m: Mention) => boolean {
  const reach = reachBefore([...spans].sort((a, b) => a.start - b.start));
  return (m) => (m.target !== 'skill' && m.target !== 'cert') || reach(m.start) < m.end;
}

/**
 * Another team's work named in a relative clause outside a list item ("… sits next to the team that builds and runs
 * SENTINEL-X, …, and the data science squad who train the models (PyTorch, mostly)"): from the team's word to the end of
 * its sentence (convention 344). The team the hire joins ("to join a mission team that builds and fields models") is
 * the hire's own: a word of joining a few words before the team, in the same clause, keeps its work.
 */
function otherTeamSpans(text: string, sentences: readonly SentenceSpan[], words: PostingWords): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const { m, s, lineStart } of sentenceMatches(text, sentences, words.teamRelatives)) {
    if (!inProse(text, s, m.index, lineStart)) continue;
    const lead = text.slice(Math.max(s.start, m.index - JOIN_REACH), m.index);
    const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
    if (words.joinWords.test(clause)) continue;
    out.push({ start: m.index, end: s.end });
  }
  return out;
}

/**
 * Another team doing the work itself ("The Clinical AI team trains models (mostly Python and PyTorch)", "(the Data
 * Engineering team owns Kafka and the feature store)", "trained in PyTorch by the Research group", "Trainiert … wird das
 * Modell von unserem Data-Science-Team in PyTorch"), in prose or in a list item: from the clause's opening (a comma,
 * semicolon, colon or bracket, else the sentence's start) to a semicolon, the bracket's close or the sentence's end
 * (convention 450); in a list item's opening clause, from the match on. The team is named: a capitalised word that is no function word stands in the match or right beside
 * it ("the team owns it" may be the hire's own team); a word of joining before it in its clause keeps its work.
 */
function teamAgentSpans(text: string, sentences: readonly SentenceSpan[], words: PostingWords): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const { m, s, lineStart } of sentenceMatches(text, sentences, words.teamAgents)) {
    // A match across a line break joins a list item's last word to the next item's verb ("… with platform teams⏎- Build …").
    if (s === undefined || m.index < s.start || m[0].includes('\n') || !namedAgent(text, m.index, m.index + m[0].length, words)) continue;
    const lead = text.slice(s.start, m.index);
    const opens = Math.max(...[',', ';', ':', '('].map((c) => lead.lastIndexOf(c)));
    if (words.joinWords.test(lead.slice(opens + 1))) continue;
    // A list item's opening clause is the hire's duty: a doer there qualifies its object ("Review … the Python services
    // owned by the ML team"), so the team's work runs from the match on.
    const opensItem = s.start - lineStart <= LIST_MARK_REACH;
    const itemOpening = opens < 0 && opensItem && !inProse(text, s, m.index, lineStart);
    const start = itemOpening ? m.index : opens < 0 ? s.start : s.start + opens + 1;
    const rest = text.slice(m.index, s.end);
    const close = lead[opens] === '(' ? rest.indexOf(')') : -1;
    const semi = rest.indexOf(';');
    const ends = [close, semi].filter((k) => k >= 0);
    const end = ends.length > 0 ? m.index + Math.min(...ends) : s.end;
    // A clause that gives the hire a part of the team's work keeps it ("Our platform team runs Kubernetes clusters that you will harden").
    if (words.hireSubjects.test(text.slice(m.index + m[0].length, end))) continue;
    out.push({ start, end });
  }
  return out;
}

/** A capitalised word, with the letters and marks of a team's name ("Data-Science-Team", "Officer's"), and the stops after it: group 1 is the word. */
const NAME_WORD = unicodeRegex`^(\p{Lu}[\p{L}\p{N}'’&/-]*)[.,;:()]{0,3}$`;

/** A word of a team's name that is no function word in the match, or right before or after it ("the Research group", "l'équipe Recherche"). */
function namedAgent(text: string, start: number, end: number, words: PostingWords): boolean {
  const before = text
    .slice(Math.max(0, start - AGENT_REACH), start)
    .split(/\s+/u)
    .slice(-2, -1);
  const inside = text.slice(start, end).split(/\s+/u);
  // The word after names the team only after a team's word ("l'équipe Recherche"), not after a verb ("runs Kubernetes").
  const last = inside.at(-1) ?? '';
  const teamLast = words.partnerHeads.has(fold(last.slice(last.lastIndexOf("'") + 1)));
  const after = teamLast
    ? text
        .slice(end, end + AGENT_REACH)
        .split(/\s+/u)
        .slice(1, 2)
    : [];
  return [...before, ...inside, ...after].some((w) => {
    const name = NAME_WORD.exec(w)?.[1];
    return name !== undefined && !words.functionWords.has(fold(name));
  });
}

/** How far beside a team's match the word of its name is read, in characters. */
const AGENT_REACH = 40;

/** How far before a team's word a word of joining it is looked for, in characters ("join a small, fast-moving program team"). */
const JOIN_REACH = 48;

/**
 * What the employer's stack lists ("Our stack: Python, Postgres, Kubernetes on GCP.", "Notre stack : …", "(our stack today:
 * Elastic, CrowdStrike)") outside a list item: the rest of its sentence, up to the closing bracket when a bracket opens on it, or the block
 * under it up to a blank line when it stands alone as a heading ("Our stack" over a line of tools).
 */
function companyStackSpans(text: string, sentences: readonly SentenceSpan[], re: RegExp): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const { m, s, lineStart } of sentenceMatches(text, sentences, re)) {
    const end = m.index + m[0].length;
    // A heading of its own ("Notre stack" over a line of tools): the block under it, up to a blank line.
    if (blankBack(text, lineStart, m.index) && restOfLineEmpty(text, end)) {
      BLANK_LINE_FROM.lastIndex = end;
      const blank = BLANK_LINE_FROM.exec(text);
      out.push({ start: m.index, end: blank === null ? text.length : blank.index });
      continue;
    }
    // A list item's stack is the duty's (convention 2: "- Write a lot of code. Our stack is TypeScript …").
    if (!inProse(text, s, m.index, lineStart)) continue;
    const before = spacesBack(text, s.start, m.index);
    if (before > s.start && text[before - 1] === '(') {
      const close = text.indexOf(')', end);
      out.push({ start: m.index, end: close < 0 ? s.end : close });
    } else if (fewWordsBefore(text, s.start, m.index)) {
      out.push({ start: m.index, end: s.end });
    }
  }
  return out;
}

/**
 * Each match of a global pattern in the text, with the sentence it stands in (`sentences` in text order, walked once)
 * and the start of its line.
 */
function* sentenceMatches(
  text: string,
  sentences: readonly SentenceSpan[],
  re: RegExp,
): Generator<{ m: RegExpExecArray; s: SentenceSpan | undefined; lineStart: number }> {
  let i = 0;
  // The line breaks are walked forwards once, over all the matches (no search back to the line's start per match).
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    while (i < sentences.length && (sentences[i] as SentenceSpan).end <= m.index) i++;
    while (nextBreak !== -1 && nextBreak < m.index) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    yield { m, s: sentences[i], lineStart };
  }
}

/** A match at `at` inside its sentence `s`, on a line that is no list item (a list item's words are the duty's). */
function inProse(text: string, s: SentenceSpan | undefined, at: number, lineStart: number): s is SentenceSpan {
  // `LIST_ITEM` is anchored and at most `LIST_MARK_REACH` characters long: the line's head is all it reads.
  return s !== undefined && s.start <= at && !LIST_ITEM.test(text.slice(lineStart, Math.min(at, lineStart + LIST_MARK_REACH)));
}

/** The longest match of `LIST_ITEM` (eight spaces, two digits, a stop and a space) and more. */
const LIST_MARK_REACH = 16;

/** Where the spaces and tabs that end `text` before `to` begin, not before `from`. */
function spacesBack(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && /\s/u.test(text[k - 1] as string)) k--;
  return k;
}

/** Only white space between `from` and `to`, read backwards from `to`: a non-space stops it at once. */
function blankBack(text: string, from: number, to: number): boolean {
  return spacesBack(text, from, to) === from;
}

/** Only white space and colons from `at` to the line's end ("Notre stack :"), read forwards: anything else stops it. */
function restOfLineEmpty(text: string, at: number): boolean {
  for (let k = at; k < text.length && text[k] !== '\n'; k++) if (text[k] !== ':' && !/\s/u.test(text[k] as string)) return false;
  return true;
}

/** A blank line, looked for from a position on (no copy of the rest of the text per heading). */
const BLANK_LINE_FROM = /\n[ \t]*\n/gu;

/** The start of a list item's line: a bullet or a number. */
const LIST_ITEM = /^\s{0,8}(?:[-*•·▪◦–—]|\d{1,2}[.)])\s/u;

/** The first word of the sentence a clause is part of ("We're a docs-first company; design reviews happen in writing" opens with "We"). */
function sentenceOpening(clauses: readonly Clause[], clause: Clause): string {
  let i = clauses.indexOf(clause);
  while (i > 0 && continues(clauses[i - 1] as Clause, clauses[i] as Clause)) i -= 1;
  return (clauses[i] ?? clause).text.trim().split(WORD_GAP)[0] ?? '';
}

/** Whether a clause goes on the sentence of the one before it: no stop ends that one, and only a mark and a space part them. */
function continues(before: Clause, clause: Clause): boolean {
  return clause.start - before.end <= SAME_SENTENCE_GAP && !/[.!?:]$/u.test(before.text.trimEnd());
}

/** At most this many characters between two clauses of one sentence ("; "). */
const SAME_SENTENCE_GAP = 2;

/** A mention read as a plain alias, without its limit to kinds of work. */
function withoutKinds(m: Mention): Mention {
  const { entryKinds: _, ...plain } = m;
  return plain;
}

/** How many words before a security-work alias a verb of building may stand ("Develop and maintain security analysis scripts"). */
const BUILDER_REACH = 8;
/** What separates words: anything but letters. */
const WORD_GAP = /[^\p{L}]+/u;

/** The last `n` words of a text, joined by spaces. */
function lastWords(text: string, n: number): string {
  return text.split(/\s+/u).filter(Boolean).slice(-n).join(' ');
}

/**
 * The clause that holds an offset, undefined when none: the clauses are in text order and do not overlap, so it is the
 * last that starts at or before the offset (a binary search, not a scan of every clause per mention).
 */
function clauseAt(clauses: readonly Clause[], offset: number): Clause | undefined {
  const k = indexFrom(clauses, offset + 1, (c) => c.start) - 1;
  const clause = clauses[k];
  return clause !== undefined && offset < clause.end ? clause : undefined;
}

/** Every skill named outside boilerplate and ignored sections (about the company, benefits), as a preferred finding quoting its line. */
function anywhereFindings(text: string, mentions: readonly Mention[], structure: PostingStructure): Finding[] {
  // Inside a boilerplate clause: the one clause that holds its start (clauseAt), not a scan of them all per mention.
  const inBoilerplate = (m: Mention) => {
    const c = clauseAt(structure.clauses, m.start);
    return c?.boilerplate === true && m.end <= c.end;
  };
  return mentions
    .filter((m) => m.target === 'skill' && !m.entryKinds && structure.sectionAt(m.start) !== 'ignored' && !inBoilerplate(m))
    .map((m) => {
      const start = text.lastIndexOf('\n', m.start - 1) + 1;
      const stop = text.indexOf('\n', m.end);
      const end = stop === -1 ? text.length : stop;
      const line = text.slice(start, end).trim() || m.text;
      const clause: Clause = {
        text: line,
        start,
        end,
        sentence: line,
        section: 'intro',
        tier: 'preferred',
        mandatory: false,
        hardSection: false,
        boilerplate: false,
      };
      return { kind: 'skill', skills: [m.id], examples: false, clause, hard: false };
    });
}

/**
 * Skill and certification mentions of the ad; words about the employer ("we are hiring") are none outside the duties (there the hire
 * hires: "Later you'll hire the next two people on the team"), and neither are the
 * skills an alias names besides its own: an ad that asks for "Azure OpenAI" asks for LLM applications, not for Azure.
 */
function postingMentions(
  text: string,
  sectionAt: (offset: number) => PostingSection,
  hiresAt: (offset: number) => boolean,
  cc: CompiledCatalog,
  lex: Lexicon,
  words: PostingWords,
): Mention[] {
  const sectionOf = (offset: number) => AS_RESUME_SECTION[sectionAt(offset)];
  const cues = cueWordsFor(lex, 'posting');
  const names = [
    ...certificateNameSpans(text, cues.certNamePhrasesAll),
    ...certificateNameSpans(text, cues.certNameBeforeTitleAll).filter((n) => TITLE_AFTER.test(text.slice(n.end, n.end + 4))),
  ];
  // A head joined to its qualifier names its own skill too, as in a résumé ("politique d'usage de l'IA": a policy and AI governance).
  const all = scanMentions(
    text,
    tokenize(text, cc.stemmer, undefined, undefined, genderSuffixesFor(lex)),
    sectionOf,
    cc,
    negationIndex(text, cues),
    mentionWordsFor(lex, cc.stemmer),
  );
  return withCompanions(all, providerIds(cc))
    .filter(
      (m) =>
        !m.also &&
        !(words.employerWords.has(fold(m.text)) && !hiresAt(m.start)) &&
        !(m.target === 'skill' && names.some((n) => m.start < n.end && m.end > n.start)),
    )
    .map(asAnyWork);
}

/**
 * The skills an alias names besides its own ("aws" for "AWS Bedrock", "gcp" for "GKE") set on the mention of its own
 * skill at the same place: a list of alternatives of such services names a choice of their providers too.
 */
function withCompanions(mentions: readonly Mention[], providers: ReadonlySet<string>): Mention[] {
  const also = mentions.filter((m) => m.also && m.target === 'skill');
  if (also.length === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.also || m.target !== 'skill') return m;
    const ids = also.filter((a) => a.start === m.start && a.end === m.end && a.id !== m.id).map((a) => a.id);
    if (ids.length > 0) return { ...m, companions: ids };
    // A provider named by a service of its own ("Google Vertex AI", "SageMaker") is an item of such a list too.
    return providers.has(m.id) ? { ...m, companions: [m.id] } : m;
  });
}

const providerSets = new WeakMap<CompiledCatalog, ReadonlySet<string>>();

/** The skills that an alias of another skill names as well (`also`: the cloud providers of "AWS Bedrock", "GKE"), per catalog. */
function providerIds(cc: CompiledCatalog): ReadonlySet<string> {
  let ids = providerSets.get(cc);
  if (!ids) {
    ids = new Set(cc.catalog.skills.flatMap((s) => s.aliases.flatMap((a) => (typeof a === 'string' ? [] : (a.also ?? [])))));
    providerSets.set(cc, ids);
  }
  return ids;
}

/**
 * An alias for any dated work entry ("team of" near "lead" and a headcount) counts in a job ad as a plain one: the
 * ad describes a job. It wins over the shorter aliases at its place, so dropping it would lose them too.
 */
function asAnyWork(m: Mention): Mention {
  if (!m.entryKinds || !EntryKindSchema.options.every((k) => m.entryKinds?.has(k))) return m;
  const { entryKinds: _, ...plain } = m;
  return plain;
}

/** A capitalised word right after a name's first words: its title ("Google Cloud Professional Cloud Architect"). */
const TITLE_AFTER = unicodeRegex`^[ \t]{1,3}\p{Lu}`;

/** Where the ad names a certificate by words a skill's name shares ("ISO 27001 Lead Auditor": the auditor is the certificate, not audit work). */
function certificateNameSpans(text: string, re: RegExp): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** What the years statements of an ad need to know: each skill's kind of work, the field a mention names, and the field of the job from its title. */
function yearsContext(cc: CompiledCatalog, words: PostingWords, title: string): YearsContext {
  const kind = (id: string): ExperienceMeasure | undefined => {
    const k = cc.skillById.get(id)?.workKind;
    return k === 'security' ? 'securityYears' : k === 'ml' ? 'mlYears' : undefined;
  };
  const fields = skillFields(cc, words);
  const names = fieldNames(words);
  return {
    kindOf: kind,
    fieldOf: (m) => {
      const field = fields.get(m.id);
      const named = (id: string) => names.has(fieldKey(cc.skillById.get(id)?.name ?? ''));
      // A name that starts with the words of securing something ("sécurité des LLM", "Sicherheit von KI-Systemen") names
      // the security of that thing, a skill of the field: the language's order of "LLM security".
      if (securesSomething(m.text, words)) return undefined;
      return field && (named(m.id) || startsWithField(m.text, names)) ? field : undefined;
    },
    jobMeasure: words.securityTitle.test(title) ? 'securityYears' : words.mlTitle.test(title) ? 'mlYears' : undefined,
    securityOf: (name) => {
      for (const form of words.years.securityOf) {
        const id = plainSkillAlias(
          cc,
          form.replace('{}', () => name),
        );
        if (id) return id;
      }
      return undefined;
    },
    skillOf: (id) => cc.skillById.get(id),
    skillNamed: (phrase) => plainSkillAlias(cc, phrase),
  };
}

/** The skill a phrase is a plain alias of (no context rule, any case), if any. */
function plainSkillAlias(cc: CompiledCatalog, phrase: string): string | undefined {
  let node: TrieRoot | undefined = cc.trie;
  for (const norm of phraseNorms(phrase, cc.stemmer)) node = node?.next.get(norm);
  return node?.entries.find((e) => e.target === 'skill' && e.plain)?.id;
}

const fieldCache = new WeakMap<CompiledCatalog, WeakMap<PostingWords, ReadonlyMap<string, ExperienceMeasure>>>();

/** Skills one of whose names is the name of a field of work ("machine learning" → mlYears, "incident response" → securityYears). */
function skillFields(cc: CompiledCatalog, words: PostingWords): ReadonlyMap<string, ExperienceMeasure> {
  const byWords = fieldCache.get(cc) ?? new WeakMap();
  fieldCache.set(cc, byWords);
  const hit = byWords.get(words);
  if (hit) return hit;
  const out = new Map<string, ExperienceMeasure>();
  for (const skill of cc.catalog.skills) {
    for (const alias of skill.aliases) {
      const measure = words.years.measureNames.get(fold(typeof alias === 'string' ? alias : alias.text));
      if (measure && measure !== 'totalYears') out.set(skill.id, measure);
    }
  }
  byWords.set(words, out);
  return out;
}

const namesCache = new WeakMap<PostingWords, ReadonlySet<string>>();

/** The names of fields of work other than experience overall, as keys ("machinelearning", "incidentresponse"). */
function fieldNames(words: PostingWords): ReadonlySet<string> {
  const hit = namesCache.get(words);
  if (hit) return hit;
  const out = new Set<string>();
  for (const [name, measure] of words.years.measureNames) if (measure !== 'totalYears') out.add(fieldKey(name));
  namesCache.set(words, out);
  return out;
}

/** A name as a key: folded, without spaces and hyphens ("Machine-Learning", "ML Ops" → "machinelearning", "mlops"). */
function fieldKey(name: string): string {
  return fold(name).replace(/[\s-]+/gu, '');
}

/** True when a mention's words open with securing words and go on to what is secured ("sécurité des LLM"). */
function securesSomething(text: string, words: PostingWords): boolean {
  const at = words.years.securing.exec(text);
  return at?.index === 0 && unicodeRegex`[\p{L}\p{N}]`.test(text.slice(at[0].length));
}

/**
 * True when the words written start with a field's name ("offensive security", "MLOps"): the mention names the field.
 * Another name of a skill that is not itself a field names the skill alone ("pipelines de ML", "MLflow" → mlops);
 * any name of a skill called after a field ("Machine learning": "predictive models") names the field.
 */
function startsWithField(text: string, names: ReadonlySet<string>): boolean {
  const parts = fold(text).split(/[\s-]+/u);
  for (let n = 1; n <= Math.min(4, parts.length); n++) if (names.has(parts.slice(0, n).join(''))) return true;
  return false;
}

/** Replaces computed weights by the caller's, by requirement id first, then by kind. */
function applyWeights(requirements: Requirement[], weights: Readonly<Record<string, number>> | undefined): Requirement[] {
  if (weights === undefined) return requirements;
  const own = (key: string) => (Object.hasOwn(weights, key) ? weights[key] : undefined);
  return requirements.map((q) => {
    const w = own(requirementId(q)) ?? own(q.kind);
    return w === undefined ? q : { ...q, weight: w };
  });
}

/** Runs the role through the checks a catalog holding it would make: the schema, cross-references and unique requirement ids. */
function validateRole(role: Role, catalog: Catalog): Role {
  return parseRoles([role], catalog, `job posting \`${role.title}\``)[0] as Role;
}

function cleanTitle(title: string): string {
  const t = title
    .replace(/\s{2,}/g, ' ')
    .trim()
    .slice(0, 150);
  return t.length > 0 ? t : 'Job posting';
}

/** A kebab-case id from a title: "AI/ML Security Engineer (Senior)" → `ai-ml-security-engineer-senior`. */
function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]{1,200}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return s.length > 0 ? s : 'job-posting';
}
