import { catalogOf } from '../catalog/load';
import { checkText, guarded, warn } from '../errors';
import { checkLanguageLoaded, resolveOptions } from '../options';
import {
  type EntryKind,
  type Evidence,
  type ExperienceEntry,
  type ParseWarning,
  type ProfileCertification,
  type ProfileSkill,
  type ResumeProfile,
  type Section,
  type SectionName,
  type Skill,
  type YearsClaim,
  type ParseOptions,
  ParseOptionsSchema,
} from '../schemas';
import { findClaims, zeroYearSpans } from './_claims';
import { companyDescriptions, handsOffItems, othersCertAt, othersSentenceAt, type TeamSentence, teamSentences } from './_company';
import { findTableRows } from './_tables';
import {
  builtSystems,
  researchedSkills,
  classifyEntry,
  teachingOnly,
  continuedEntries,
  type KindWords,
  kindWordsFor,
  withTitleMemo,
  offensiveOnlyTitle,
  guardsPremises,
  minorSecurityDuties,
  isSecurityTitle,
  mostlySecurityDuties,
  openingUnit,
  opensWithModels,
  securedObjects,
  securedSystems,
  writesAboutProducts,
  hiresForSkills,
  othersTechClass,
  functionTitle,
} from './_classify';
import { type CompiledCatalog, compileCatalog } from '../catalog/compile';
import { clearanceMentions, clearanceWordsFor, extractClearances } from '../text/clearances';
import {
  type DateRange,
  dateOrderOf,
  writesMonthShortYears,
  findDateRanges,
  toYm,
  findSingleDates,
  formatYearMonth,
  isOneDatePeriod,
  parseAsOf,
  pivotYear,
  unionMonths,
} from '../text/dates';
import { type DetectedLanguage, detectLanguage, unloadedStructure } from '../text/language';
import { allLanguagesLexicon, type Lexicon, lexiconFor, structureFor } from '../text/lexicon';
import {
  type CueWords,
  cueWordsFor,
  clauseTitleLists,
  courseworkLists,
  gapSpans,
  othersColumns,
  othersLists,
  isNegated,
  type NegationIndex,
  negationIndex,
  type Spans,
} from '../text/negation';
import { forgetTexts, phrasesPattern, phrasesRegex, unicodeRegex, unicodeLiteral } from '../text/phrases';
import { yearsPhrases, yearsWordsFor } from '../text/years';
import { extractEducation, firstDegreeLine, programmeBrackets } from './_education';
import { entryWordsFor, extractEntries, nameGoesOnAt, type RawEntry, workedRanges } from './_entries';
import { isJsonResume, type JsonResume, profileFromJsonResume } from './jsonresume';
import { fuzzyMentions, type Mention, mentionWordsFor, scanMentions, skillsNamedLoosely } from '../text/mentions';
import { normalizeText } from '../text/normalize';
import { findPersonalData, isPersonal, personalWordsFor } from './personal';
import { findSections, type HeadingMemo, sectionAt } from './sections';
import { moveSidebarBlocks } from './_sidebar';
import { anyIn, indexFrom, itemsIn, largest, numberIndexFrom, reachBefore } from '../text/sorted';
import { firstEnd, isAbbreviationDot } from '../text/abbreviations';
import { endsOnGoingOnWord, genderSuffixesFor, lineGoesOnFor, tokenize } from '../text/tokens';

/** Sections whose words are no evidence of a skill (spoken languages, hobbies). */
const NO_SKILL_SECTIONS = new Set<SectionName>(['languages', 'interests']);
const MAX_EVIDENCE = 6;

/**
 * Reads a résumé: skills with evidence, dated experience, education, certifications, clearance.
 * Never throws on messy text; throws `RolefitError` only for caller mistakes (not a string, too long, bad `asOf`).
 * @example
 * const profile = parseResume(text, { asOf: '2026-11-01' });
 * profile.skills.map((s) => `${s.id} ${s.years ?? '?'}y`);
 */
export function parseResume(text: string | JsonResume, options?: ParseOptions): ResumeProfile {
  const resolved = resolveOptions(ParseOptionsSchema, options, 'parseResume');
  if (!isJsonResume(text)) checkText(text, resolved.maxLength, 'résumé');
  checkLanguageLoaded(resolved, 'parseResume');
  return parseWith(compileCatalog(catalogOf(resolved)), text, resolved);
}

/** Options of `parseWith`, resolved. */
export type ResolvedParseOptions = Omit<ReturnType<typeof ParseOptionsSchema.parse>, 'catalog'>;

/** `parseResume` with an already compiled catalog and resolved options (used by `createMatcher`). */
export function parseWith(cc: CompiledCatalog, input: unknown, options: ResolvedParseOptions): ResumeProfile {
  try {
    return guarded('parseResume', () => readProfile(cc, input, options));
  } finally {
    forgetTexts();
    cc.stemmer.forget();
  }
}

function readProfile(cc: CompiledCatalog, input: unknown, options: ResolvedParseOptions): ResumeProfile {
  // A JSON Resume object: dates come from its fields, skills from the same matcher over its rendered text.
  if (isJsonResume(input)) return profileFromJsonResume(input, (text) => parseWith(cc, text, options), allLanguagesLexicon(options.languages));
  checkText(input, options.maxLength, 'résumé');
  const asOf = parseAsOf(options.asOf);
  const structure = allLanguagesLexicon(options.languages);
  // The lines' heading labels, read once for the sidebar mover and the sections.
  const headingMemo: HeadingMemo = new Map();
  const text = moveSidebarBlocks(normalizeText(input, structure), structure, asOf.ym, headingMemo);
  const warnings: ParseWarning[] = [];
  if (text.trim().length === 0) warnings.push({ code: 'EMPTY_INPUT', message: warn.emptyInput() });
  const language: DetectedLanguage =
    options.language === 'auto' ? detectLanguage(text, options.languageDetector) : { code: options.language, supported: true, lexicon: options.language };
  if (!language.supported) warnings.push({ code: 'UNSUPPORTED_LANGUAGE', message: warn.unsupportedLanguage(language.code) });
  const lex = lexiconFor(language.lexicon, options.languages);
  // A language rolefit reads whose pack is not loaded: read with English, and told how to load it.
  if (lex.languages.at(-1) !== language.lexicon)
    warnings.push({ code: 'LANGUAGE_NOT_LOADED', message: warn.languageNotLoaded(language.lexicon), language: language.lexicon });
  // An English text with headings or dates of a pack not loaded ("BERUFSERFAHRUNG / EXPERIENCE", "04/2022 – heute").
  else if (options.language === 'auto' && language.code === 'en') {
    const other = unloadedStructure(text, options.languages);
    if (other) warnings.push({ code: 'LANGUAGE_NOT_LOADED', message: warn.languageNotLoaded(other, true), language: other });
  }

  // Structure (headings, dates, job titles, degrees) is read in every bundled language: CVs mix them ("BERUFSERFAHRUNG /
  // EXPERIENCE", "04/2022 – heute"); cues, claims and clearances in the text's own language.
  const sections = findSections(text, structure, headingMemo);
  if (text.trim().length > 0 && !sections.some((s) => s.name !== 'header')) {
    warnings.push({ code: 'NO_SECTIONS', message: warn.noSections() });
  }
  const sectionOf = (offset: number) => sectionAt(sections, offset);
  const cues = cueWordsFor(lex);
  const years = yearsWordsFor(lex);
  const rows = findTableRows(text, sections, lex, years);
  // Gaps, coursework and certification statuses are read in every bundled language, as the structure is.
  const structureCues = cueWordsFor(structure);
  const gaps = gapSpans(text, structureCues, (offset) => sections.find((s) => offset >= s.start && offset < s.end)?.end ?? text.length);
  // A skill word inside a company's name ("Norvik Cloud GmbH", "Python Tools Ltd") is no evidence.
  // Entries are read with the job words of the text's own language too ("Stage de Master 2" in a French CV).
  const entryStructure = structureFor(structure, lex);
  const entryWords = entryWordsFor(entryStructure);
  const negatedCerts: Mention[] = [];
  const lines = new LineIndex(text);
  const dateReading = { asOfYm: asOf.ym, lex: entryStructure, order: dateOrderOf(text, lex), monthShortYears: writesMonthShortYears(text, entryStructure) };
  const { entries: found, warnings: entryWarnings } = extractEntries(text, sections, dateReading);
  // One negation index of the text: the mentions and the entries' kinds of work read its assessed objects.
  const negation = negationIndex(text, cues);
  const negatedSkills: Mention[] = [];
  const learningRows = rows.filter((r) => r.learning);
  // What the person says they lack or are only learning: a learning row, a gap list (a basic level's is none).
  const lacking = {
    spans: unionOf([...learningRows, ...gaps.filter((g) => !inBasicLevelRow(text, g.start, structureCues))]),
    named: [] as Mention[],
  };
  const scanned = findMentions(text, sections, sectionOf, cc, cues, negation, lex, lines, negatedCerts, found, negatedSkills, lacking);
  const named = scanned.filter((m) => m.target === 'cert' || !nameGoesOnAt(text, m.end, entryWords, m.start));
  // The years phrases of the text, found once for the zero-year spans and the claims.
  const yearsFound = yearsPhrases(text, years);
  const zeroYears = zeroYearSpans(text, named, years, yearsFound);
  // "Relevant coursework: Programming in C, … Machine Learning.", "M.Tech coursework: …", "Module im M.Tech: …": what a
  // degree taught, no evidence, and no degree of its own.
  const coursework = courseworkLists(text, structureCues).filter((s) => sectionOf(s.start) === 'education');
  const read = withoutCourseworkOfGaps(
    withoutNegatedSpans(named, [
      ...learningRows,
      ...gaps,
      ...zeroYears,
      ...coursework,
      // "Client environment: AWS Control Tower, EKS, …", "Programs overseen: …": others' stacks, events attended.
      ...othersLists(text, cues),
      // A table's column whose header says others built it.
      ...othersColumns(text, cues),
      // "(incl. 8.16 Monitoring activities, 8.24 Use of cryptography)": the chapters of a standard, no work.
      ...clauseTitleLists(text, structureCues),
    ]),
    named,
    gaps,
    sectionOf,
  );
  // A certification on a row of what the person lacks ("CISSP (2015) – not renewed since 2021") is not held, and is a
  // certification all the same: its line is no status of the one under it.
  if (read.length < named.length) {
    const kept = new Set(read);
    for (const m of named) if (m.target === 'cert' && !kept.has(m)) negatedCerts.push(m);
  }
  // "Mentor two SOC analysts through their GIAC GCIH preparation": a certification of the people mentored is theirs (convention 311).
  const ownRead = read.filter((m) => m.target !== 'cert' || !othersCertAt(text, m.start, lex));
  // A certification's status is read in every language: "CKA – in Vorbereitung" in an English CV.
  const certs = readCertifications(text, withWrappedCerts(text, sections, ownRead, cc, cues, negatedCerts), cc, structureCues, {
    asOfYm: asOf.ym,
    lex: structure,
    negated: negatedCerts,
    lines,
  });
  // A skill named inside a certification not held ("Certified Ethical Hacker – expired") is not evidence either.
  const mentions = ownRead.filter((m) => m.target === 'cert' || !certs.notHeld.some((c) => m.start >= c.start && m.end <= c.end));
  warnings.push(...entryWarnings);
  // Dated periods that are no work (career breaks, theses) bound the entry before them and count for nothing.
  // Without an education heading, the last entry may run on into the degrees: end it at the first degree line.
  const headed = sections.some((s) => s.name === 'education');
  const raw = found.filter((e) => !e.notWork && !isDegreeEntry(text, e, entryStructure)).map((e) => (headed ? e : endAtEducation(text, e, lex)));
  // A sentence that describes an employer ("Veridane builds computer-vision inspection") is the company's, not the person's.
  // … and a bracket of its duties that names a degree programme, "(BSc Data Science and Engineering)", names its students' study.
  const described = withoutOrganizationNames(
    withoutNegatedSpans(mentions, [...companyDescriptions(text, found, structure), ...programmeBrackets(text, raw, lex)]),
    text,
    raw,
    structure,
  );
  // A sentence whose subject is the person's team or another party ("My team migrated the SIEM to Splunk") is their work.
  // The summary's paragraphs are read as the entries' items are: "My engineers build our automation in Python and KQL".
  const spoken = [...raw, ...summaryBodies(sections)];
  const ownWork = withoutHandsOffItems(withoutTeamWork(described, teamSentences(text, spoken, structure), cc), handsOffItems(text, spoken, structure), cc);
  const kindWords = withTitleMemo(kindWordsFor(structure));
  const own = withoutRefusedRepeats(
    text,
    withoutPaperTopics(withoutOffensiveAudits(text, ownWork, raw, kindWords, cc), sectionOf, cc, quotedTitles(text, cues)),
    [...scanned, ...negatedSkills].sort((a, b) => a.start - b.start),
    raw,
    cc,
  );
  const noModels = noModelEntries(text, raw, cues.buildsNoModelsAll, kindWords);
  // "The perception teams train the models – we attack them", under a title of security or testing work: that entry's models are
  // others', which it tests; the person's other work is read as usual. Under an ML platform's title the person runs those models' pipelines.
  for (const m of text.matchAll(cues.othersTrainModelsAll)) {
    const at = raw.findIndex((e) => m.index >= e.bodyStart && m.index < e.bodyEnd);
    const title = raw[at]?.title ?? '';
    if (at >= 0 && (isSecurityTitle(title, kindWords) || kindWords.testerTitle.test(title))) noModels.entries.add(at);
  }
  // A person who says they build no models uses the ML libraries they name as tools: "PyTorch" implies no deep learning.
  const kc = noModels.said ? withoutModelImplications(cc) : cc;
  // "DOMAINS: Model deployment" beside "the engineering team owns model deployment": a listing the text disclaims.
  const disclaimed = disclaimedSkills(
    negatedSkills.filter(
      (m) =>
        !NON_DISCLAIMING_SECTIONS.has(m.section) &&
        // "seeking a role as SOC analyst": a wish, not a statement of what the person lacks.
        negation.isWish?.(m.start, m.end) !== true &&
        // "Familiar with: Metasploit": a basic level's row is known a little, it disclaims no listing (convention 17).
        !inBasicLevelRow(text, lines.start(lines.of(m.start)), structureCues) &&
        !raw.some((e) => !e.notWork && inEntry(m, e)) &&
        // "Asignaturas: Aprendizaje automático", "preparing for the Professional Machine Learning Engineer": a course's or a certificate's topic.
        !afterCourseworkLabel(text, m.start, structureCues) &&
        !negatedCerts.some((c) => m.start >= c.start && m.end <= c.end),
    ),
    // "Still learning: machine learning basics": a gap names its field without the context the alias asks for elsewhere.
    [...named, ...lacking.named],
    // What the person says they lack or are only learning, and rows of zero years.
    [...lacking.spans, ...zeroYears],
  );
  const classified = classify(text, raw, own, kc, kindWords, noModels.entries, entryWords.jobWord, negation.assessed);
  const { entries, continued } = classified;
  // Read after the entries kept their own skills: a recruiter's duties naming the candidates' skills keep no listing.
  const skillMentions = withoutDisclaimedListings(classified.skillMentions, disclaimed, raw);
  const claims = findClaims(text, skillMentions, sectionOf, years, rows, yearsFound, kindWords, (id) => kc.skillById.get(id));
  // An entry dates a skill only through a mention that is no mere broader term ("model risk management" for AI governance).
  // Without such a mention (most résumés), those are the entries' own skills.
  const dating = skillMentions.filter((m) => !m.undated);
  const ownDated =
    dating.length === skillMentions.length
      ? entries.map((e) => e.skills)
      : raw.map((e) => entrySkills(e, mentionsIn(dating, e), kc)).map((_, i, all) => withAbove(all, i, continued));
  // A teaching-only post teaches its subject: the skills of a kind of work it names ("MLOps course") are evidence, no
  // years of that work (convention 338).
  const datedSkills = ownDated.map((ids, i) =>
    teachingOnly((raw[i] as RawEntry).title, kindWords) ? ids.filter((id) => kc.skillById.get(id)?.workKind === undefined) : ids,
  );
  const itemSpan = (m: Mention, e: RawEntry) => itemRange(text, m, e, dateReading);
  const titleFields = raw.map((e) => titleFieldsOf(e, kindWords));
  // "PyTorch | 1 | Beginner": a skill listed at a basic level counts (convention 17) and proves no broader skill.
  const basic = basicListings(text, skillMentions, raw, structureCues.basicLevel);
  const tools = toolListings(skillMentions, entries, raw);
  const skills = aggregateSkills(skillMentions, { entries, raw, datedSkills, titleFields }, claims, kc, itemSpan, basic, tools);
  if (skills.length === 0 && text.trim().length > 0) {
    warnings.push({ code: 'NO_SKILLS', message: warn.noSkills() });
  }
  const hidden = options.hiddenText?.trim() ?? '';
  if (hidden !== '') warnings.push({ code: 'HIDDEN_TEXT', message: warn.hiddenText(hidden.length, hiddenSkills(hidden, skills, cc, cues, lex)) });

  // A recruiter's duties name the candidates' credentials ("Placed penetration testers (OSCP / GPEN)"): none is the person's.
  const othersAt = hiringBodies(raw, kindWords);
  const { clearance, clearances } = extractClearances(text, sectionOf, lex, Math.floor(asOf.ym / 12), othersAt);
  return {
    asOf: asOf.date,
    catalog: { version: cc.catalog.version, hash: cc.catalog.hash },
    text,
    sections,
    skills,
    experience: experienceOf(raw, entries, claims),
    education: extractEducation(text, sections, sectionOf, lex, asOf.ym, coursework),
    // "Four of my engineers hold the CKA": a certification of the team's or of another party's is not the person's.
    certifications: certs.held.filter((c) => !othersAt(c.evidence.start) && !othersSentenceAt(text, c.evidence.start, lex)),
    clearance,
    clearances,
    language: language.code,
    warnings,
  };
}

/**
 * Ids (kebab-case: lowercase letters, digits, hyphens) in code-unit order, which is their `localeCompare` order in
 * every locale that sorts them as English does, without creating an ICU collator (several ms on the first document).
 */
function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A list item's first marker: "* ", "• ", "▪ ", "- ", and the arrows and dashes French CVs list missions with ("> ", "→ ", "– "). */
const ITEM_START = /^\s{0,30}[*•▪‣◦>→►➢–—-]\s/u;

/** Lines walked up from a mention to the start of its list item. */
const MAX_ITEM_LINES = 4;

/**
 * The date range that opens the list item holding mention `m` ("* Cobalt Freight (06/2024 – 03/2025): …"), when it
 * lies within entry `e`'s own range; else undefined.
 */
function itemRange(
  text: string,
  m: Mention,
  e: RawEntry,
  reading: { asOfYm: number; lex: Lexicon; order: ReturnType<typeof dateOrderOf> },
): DateRange | undefined {
  const switched = switchedSince(text, m, e, reading);
  if (switched) return switched;
  let from = text.lastIndexOf('\n', m.start - 1) + 1;
  for (let k = 0; k < MAX_ITEM_LINES && from >= e.bodyStart; k++) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end);
    if (line.trim() === '') return undefined;
    if (ITEM_START.test(line)) {
      const r = findDateRanges(line.slice(0, ITEM_HEAD_CHARS), reading.asOfYm, reading)[0];
      if (!r || r.issue) return undefined;
      // Dates that open the item date what it lists; dates after the skill date a part of it ("GDPR readiness
      // programmes (2017–18)", "Squad leader for 9 soldiers; deployed 2010-2011"), not the skill's use.
      if (r.index >= m.start - from) return undefined;
      // "ab 01/2018 Teamleitung …", "since 2019 led …" in a job that ended: the item runs from its date to the job's end.
      return r.current && r.start >= e.start && r.start <= e.end && r.end > e.end ? { ...r, end: e.end, current: false } : r;
    }
    if (from === 0) return undefined;
    from = text.lastIndexOf('\n', from - 2) + 1;
  }
  return undefined;
}

/** How far before and after a mention a switch to it and its year are looked for. */
const SWITCH_REACH = 40;

/**
 * A tool the entry switched to in a given year ("TensorFlow 1.x, moved to PyTorch in 2021"): used from January of that
 * year (a year alone opening a range) to the entry's end, when that year lies inside the entry; else undefined.
 */
function switchedSince(text: string, m: Mention, e: RawEntry, reading: { lex: Lexicon }): DateRange | undefined {
  if (m.start < e.bodyStart) return undefined;
  const words = entryWordsFor(reading.lex);
  if (!words.switchedTo.test(text.slice(Math.max(e.bodyStart, m.start - SWITCH_REACH), m.start))) return undefined;
  const year = words.switchYear.exec(text.slice(m.end, m.end + SWITCH_REACH))?.[1];
  if (year === undefined) return undefined;
  const start = toYm(Number(year), 1);
  if (start <= e.start || start > e.end) return undefined;
  return { start, end: e.end, current: false, index: m.start, length: m.end - m.start, startPrecision: 'year', endPrecision: 'month' };
}

/**
 * The dates of the list items naming the skill in entry `e`, when every mention of it there is in such an item; else
 * undefined. Positions that share one list of duties ("IT Auditor (2016–2018) → Senior IT Auditor (2018–2021)" over
 * their bullets) each take only the part of an item's dates that falls in their own range.
 */
function itemRanges(
  list: readonly Mention[],
  e: RawEntry,
  itemSpan: (m: Mention, e: RawEntry) => DateRange | undefined,
  shared: boolean,
): { start: number; end: number }[] | undefined {
  const out: { start: number; end: number }[] = [];
  let named = false;
  for (const m of list) {
    if (!inEntry(m, e)) continue;
    named = true;
    const r = m.start >= e.bodyStart ? itemSpan(m, e) : undefined;
    if (r === undefined) return undefined;
    if (r.start >= e.start && r.end <= e.end) out.push(r);
    else if (!shared) return undefined;
    else if (r.end >= e.start && r.start <= e.end) out.push({ start: Math.max(r.start, e.start), end: Math.min(r.end, e.end) });
  }
  return named ? out : undefined;
}

/** The entries whose list of duties is also another entry's: positions over one shared body. */
function sharedBodies(raw: readonly RawEntry[]): Set<RawEntry> {
  const byBody = new Map<string, RawEntry[]>();
  for (const e of raw) {
    if (e.bodyEnd <= e.bodyStart) continue;
    const key = `${e.bodyStart}:${e.bodyEnd}`;
    const group = byBody.get(key);
    if (group) group.push(e);
    else byBody.set(key, [e]);
  }
  return new Set([...byBody.values()].filter((g) => g.length > 1).flat());
}

/** How far into a list item its own dates may stand. */
const ITEM_HEAD_CHARS = 80;

/** In the entry's header or its body (a position that shares a header line with others has only its own part). */
function inEntry(m: { start: number }, e: RawEntry): boolean {
  return (m.start >= e.headerStart && m.start <= e.headerEnd) || (m.start >= e.bodyStart && m.start < e.bodyEnd);
}

/**
 * A governance skill named in the publications section ("Auditing a deployed model for subgroup fairness", "… under the
 * GDPR"), or inside a quoted title of a grant, a thesis or a talk anywhere (`titles`, sorted: "Principal investigator,
 * SSHRC Insight Grant "Auditing Automated Decisions""): the topic of a work, no governance work of the person
 * (conventions 61 and 375).
 */
function withoutPaperTopics(
  mentions: Mention[],
  sectionOf: (offset: number) => SectionName,
  cc: CompiledCatalog,
  titles: ReadonlyArray<{ start: number; end: number }>,
): Mention[] {
  return mentions.filter((m) => m.target !== 'skill' || !isGovernance(m, cc) || (sectionOf(m.start) !== 'publications' && !insideAny(titles, m.start)));
}

/** The quoted titles of grants, theses and talks in a text (`quotedTitlesAll`), in order. */
function quotedTitles(text: string, cues: CueWords): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = cues.quotedTitlesAll;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Mentions of a skill that names offensive tests there (the catalog's `namesOffensiveTests`: audit) inside an entry whose
 * title is offensive testing only ("Pentester", "Auditeur sécurité / Pentesteur"):
 * the "audits" and "rapports d'audit" there are the tests and their reports, no audit work, unless their line names a law
 * or standard audited against (convention 60).
 */
function withoutOffensiveAudits(text: string, mentions: Mention[], raw: readonly RawEntry[], words: KindWords, cc: CompiledCatalog): Mention[] {
  const offensive = raw.filter((e) => !e.notWork && offensiveOnlyTitle(e.title, words));
  if (offensive.length === 0) return mentions;
  return mentions.filter(
    (m) =>
      m.target !== 'skill' ||
      cc.skillById.get(m.id)?.namesOffensiveTests !== true ||
      !offensive.some((e) => inEntry(m, e)) ||
      complianceAuditLine(text, m.start, words),
  );
}

/** The line of `at` names a law or standard audited against ("Auditorías bienales de la LOPD", "ISO 27001 audits"): a compliance audit. */
function complianceAuditLine(text: string, at: number, words: KindWords): boolean {
  const end = text.indexOf('\n', at);
  return words.complianceAudit.test(text.slice(text.lastIndexOf('\n', at) + 1, end === -1 ? text.length : end));
}

/** Every skill and certification mention that counts as evidence: exact, alias and fuzzy. */
function findMentions(
  text: string,
  sections: readonly Section[],
  sectionOf: (offset: number) => SectionName,
  cc: CompiledCatalog,
  cues: CueWords,
  negation: NegationIndex,
  lex: Lexicon,
  lines: LineIndex,
  negatedCerts: Mention[],
  entries: readonly RawEntry[],
  negatedSkills: Mention[],
  lacking: { spans: ReadonlyArray<{ start: number; end: number }>; named: Mention[] },
) {
  // The name and contact lines are never evidence: scores must not depend on who the person is. Their words are
  // not remembered by the stemmer beyond this résumé either.
  const personal = findPersonalData(text, sections, personalWordsFor(lex), lex);
  const tokens = tokenize(
    text,
    cc.stemmer,
    (offset) => personal.spans.some((s) => offset >= s.start && offset < s.end),
    lineGoesOnFor(lex),
    genderSuffixesFor(lex),
  );
  const scanned = scanMentions(
    text,
    tokens,
    sectionOf,
    cc,
    negation,
    mentionWordsFor(lex, cc.stemmer),
    negatedCerts,
    (id) => ASSURED_CATEGORIES.has(cc.skillById.get(id)?.category ?? ''),
    negatedSkills,
  );
  lacking.named.push(...skillsNamedLoosely(text, tokens, lacking.spans, sectionOf, cc, mentionWordsFor(lex, cc.stemmer)));
  const covered = new Set(scanned.map((m) => m.start));
  const all = [...scanned, ...fuzzyMentions(tokens, covered, sectionOf, cc, cues, negation)];
  const listed = programmingLists(text, all, lines);
  // Whether each certifications line names a certificate, read once per line.
  const certLines = new Map<number, boolean>();
  const onCertNameLine = (m: Mention) => {
    const line = lines.of(m.start);
    let named = certLines.get(line);
    if (named === undefined) certLines.set(line, (named = cues.certName.test(text.slice(lines.start(line), lines.end(line)))));
    return named;
  };
  // A skill inside a certificate's name in the certifications section ("Google Cloud Professional Machine Learning Engineer") is its topic.
  const certSpans = all.filter((m) => m.target === 'cert' && m.section === 'certifications');
  const inCertName = (m: Mention) => certSpans.some((c) => c.start <= m.start && m.end <= c.end);
  // The issuer's line under a certificate's name, alone or before the dates ("Amazon Web Services · Issued Mar 2025"),
  // names who issued it: no evidence either.
  const onIssuerLine = (m: Mention) => {
    const line = lines.of(m.start);
    if (line === 0) return false;
    const body = text.slice(lines.start(line), lines.end(line)).trim();
    const above = { start: lines.start(line - 1), end: lines.end(line - 1) };
    const issuer = (body.length <= MAX_ISSUER && !DATED.test(body)) || (ISSUER_CELL.test(body) && DATED.test(body));
    return issuer && (certSpans.some((c) => c.start >= above.start && c.end <= above.end) || onCertNameLine({ ...m, start: above.start }));
  };
  return all.filter(
    (m) =>
      (m.target === 'cert' ||
        // A job's own text is evidence under any heading: a main column without a heading of its own, read after
        // the sidebar's "LANGUAGES", holds the jobs. An entry that is no work (a volunteer role under "INTERESTS") is not.
        ((!NO_SKILL_SECTIONS.has(m.section) || listed.has(listStart(text, lines, m.start)) || entries.some((e) => !e.notWork && inEntry(m, e))) &&
          // A skill on a certifications line that names a certificate ("AWS Certified Cloud Practitioner") is the
          // certificate's topic, no evidence that the person did it.
          !(m.section === 'certifications' && (onCertNameLine(m) || inCertName(m) || onIssuerLine(m))))) &&
      !operatedOnly(text, m, cc, cues) &&
      !isPersonal(text, m.start, m.end, personal),
  );
}

/** The lines of a text, found once: which line an offset is on, and where a line starts and ends (binary search). */
class LineIndex {
  /** A line's text is read at most this far either side of an offset (see `near`). */
  static readonly REACH = 400;
  readonly #breaks: number[] = [];
  readonly #length: number;
  constructor(text: string) {
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) this.#breaks.push(k);
    this.#length = text.length;
  }
  /** The number of the line `offset` is on (0-based). */
  of(offset: number): number {
    return indexFrom(this.#breaks, offset, (b) => b);
  }
  start(line: number): number {
    return line === 0 ? 0 : (this.#breaks[line - 1] as number) + 1;
  }
  end(line: number): number {
    return this.#breaks[line] ?? this.#length;
  }
  /**
   * The line holding `offset`, cut to `REACH` characters either side of [offset, to): what a certification's words
   * are read in, a bounded window that keeps a text of one huge line linear. `clipped` says the line goes on.
   */
  near(offset: number, to = offset): { start: number; end: number; clipped: boolean } {
    // A span may hold a line end (a certification's name wrapped onto the next line): its last line ends the window.
    const end = this.end(this.of(to));
    const cut = Math.min(end, to + LineIndex.REACH);
    return { start: Math.max(this.start(this.of(offset)), offset - LineIndex.REACH), end: cut, clipped: cut < end };
  }
}

/**
 * The lines of a languages section that list two skills or more ("LANGUAGES⏎Python, Bash, JavaScript"): programming
 * languages under a heading that usually lists spoken ones (by where each list starts).
 */
function programmingLists(text: string, mentions: readonly Mention[], lines: LineIndex): ReadonlySet<number> {
  const count = new Map<number, Set<string>>();
  for (const m of mentions) {
    if (m.target === 'cert' || m.section !== 'languages') continue;
    const start = listStart(text, lines, m.start);
    let ids = count.get(start);
    if (!ids) count.set(start, (ids = new Set()));
    ids.add(m.id);
  }
  return new Set([...count].filter(([, ids]) => ids.size >= 2).map(([start]) => start));
}

/** Where the list a line belongs to starts: its line, or up to three lines above that end in a comma ("Python, Bash,⏎TypeScript"). */
function listStart(text: string, lines: LineIndex, offset: number): number {
  let line = lines.of(offset);
  for (let k = 0; k < 3 && line > 0 && /,[ \t]*$/u.test(text.slice(Math.max(lines.start(line - 1), lines.end(line - 1) - 80), lines.end(line - 1))); k++)
    line--;
  return lines.start(line);
}

/**
 * Certification names a list wraps onto the next line ("Microsoft Certified: Azure AI⏎Engineer Associate"): each
 * certifications section is read again with its lines joined, and a name found across a line end replaces the
 * shorter names it covers.
 */
function withWrappedCerts(
  text: string,
  sections: readonly Section[],
  mentions: readonly Mention[],
  cc: CompiledCatalog,
  cues: CueWords,
  negatedCerts: Mention[],
): Mention[] {
  const wrapped: Mention[] = [];
  for (const s of sections) {
    if (s.name !== 'certifications') continue;
    const own = text.slice(s.start, s.end);
    // A line end between two lines of text becomes a space (same length: offsets stay).
    const joined = own.replace(WRAP_BETWEEN_LINES, ' ');
    if (joined === own) continue;
    const negated: Mention[] = [];
    const found = scanMentions(joined, tokenize(joined, cc.stemmer), () => 'certifications', cc, wrapNegation(own, cues), undefined, negated);
    for (const m of found) {
      if (m.target === 'cert' && spansLineEnd(own, m.start, m.end)) wrapped.push({ ...m, start: m.start + s.start, end: m.end + s.start });
    }
    // A wrapped name not held ("Google Cloud Professional⏎ML Engineer – in progress") is a certification all the same:
    // its lines are no status of the one under it.
    for (const m of negated) if (spansLineEnd(own, m.start, m.end)) negatedCerts.push({ ...m, start: m.start + s.start, end: m.end + s.start });
  }
  if (wrapped.length === 0) return [...mentions];
  const covered = (m: Mention) => m.target === 'cert' && wrapped.some((w) => w.start <= m.start && m.end <= w.end);
  return [...mentions.filter((m) => !covered(m)), ...wrapped].sort((a, b) => a.start - b.start);
}

/** Whether `own[start, end)` holds a line end. */
function spansLineEnd(own: string, start: number, end: number): boolean {
  const k = own.indexOf('\n', start);
  return k >= 0 && k < end;
}

/**
 * The negation of a certification name found across a line end, read with only the line ends inside it joined: the
 * lines after it stay apart, so a status on the next line ("AWS ML Specialty – in progress") is that line's own.
 */
function wrapNegation(own: string, cues: CueWords): NegationIndex {
  return {
    isNegated(start: number, end: number): boolean {
      if (!spansLineEnd(own, start, end)) return false;
      const inside = own.slice(start, end).replace(WRAP_BETWEEN_LINES, ' ');
      return isNegated(`${own.slice(0, start)}${inside}${own.slice(end)}`, start, end, cues);
    },
  };
}

/**
 * The summary sections as bodies of entries without dates: where the person's team's work and the statements that the
 * person does no hands-on work are read, as in a job's duties ("I don't write code myself. My engineers build our
 * automation in Python and KQL"; convention 376).
 */
function summaryBodies(sections: readonly { name: SectionName; start: number; end: number }[]): RawEntry[] {
  return sections
    .filter((s) => s.name === 'summary')
    .map((s) => ({ title: '', start: 0, end: 0, current: false, months: 0, headerStart: s.start, headerEnd: s.start, bodyStart: s.start, bodyEnd: s.end }));
}

/** A line end between two lines of text (not before a bullet or a blank line). */
const WRAP_BETWEEN_LINES = /(?<=\S)\n(?=[ \t]*[^\s\-•*▪●◦])/gu;

/** The skills (and certifications) that text a reader cannot see would have added: reported, never counted. */
function hiddenSkills(hidden: string, skills: readonly ProfileSkill[], cc: CompiledCatalog, cues: CueWords, lex: Lexicon): string[] {
  const text = normalizeText(hidden, allLanguagesLexicon(lex.loaded));
  const held = new Set(skills.map((s) => s.id));
  const found = scanMentions(text, tokenize(text, cc.stemmer, undefined, undefined, genderSuffixesFor(lex)), () => 'skills', cc, negationIndex(text, cues));
  const clearances = clearanceMentions(text, clearanceWordsFor(lex), () => true).map((m) => `${m.level} clearance`);
  return [...new Set([...found.filter((m) => !held.has(m.id)).map((m) => m.id), ...clearances])].sort();
}

/** How many words make an employer's name a name from its first word on ("Ubuntu Managed Security"). */
const LONG_NAME_WORDS = 3;

/** The number of words of a name, split at spaces. */
function wordCount(name: string): number {
  return name.trim().split(/\s+/u).length;
}

/** An employer's name of two to five capitalised words ("Kinneret Cloud", "Acme Security GmbH"). */
const PROPER_NAME = unicodeRegex`^\p{Lu}[\p{L}\p{N}'’.-]*(?:\s{1,3}\p{Lu}[\p{L}\p{N}'’.-]*){1,4}$`;

/**
 * The mentions that lie inside an employer's name in an entry's header, the name holding other words too ("Kinneret
 * Cloud, Herzliya — Application Security Team Lead"): the company's name, no work of the person's.
 */
function withoutOrganizationNames(mentions: readonly Mention[], text: string, entries: readonly RawEntry[], lex: Lexicon): Mention[] {
  const spans: { start: number; end: number }[] = [];
  const orgEnd = entryWordsFor(lex).orgMarkerEnd;
  for (const e of entries) {
    const org = e.organization?.trim();
    // A name: capitalised words (a sentence of duties read as the employer is none); its first word is its own.
    if (!org || !PROPER_NAME.test(org)) continue;
    const at = text.slice(e.headerStart, e.headerEnd).indexOf(org);
    // A name that ends in an organisation's word ("Ubuntu Mutual Bank", "Python Software Foundation"), or a name of three
    // words or more ("Ubuntu Managed Security"), is a name from its first word on: that word is no product the person used
    // there (a product's own name is one or two words: "Splunk", "AWS Security").
    const first = orgEnd.test(org) || wordCount(org) >= LONG_NAME_WORDS ? 0 : org.search(/[\s,]/u);
    if (at >= 0 && first >= 0) spans.push({ start: e.headerStart + at + first, end: e.headerStart + at + org.length });
    if (at >= 0) {
      const unit = unitAfterName(text, e.headerStart + at + org.length, e.headerEnd, e.title.trim(), lex);
      if (unit) spans.push(unit);
    }
  }
  if (spans.length === 0) return [...mentions];
  spans.sort((a, b) => a.start - b.start);
  // Both ends inside a name (entries do not share a header line, so inside the same one).
  return mentions.filter((m) => !(insideAny(spans, m.start) && insideAny(spans, m.end - 1)));
}

/**
 * A unit named after the employer on its line, after a dash or a comma, up to a comma or the line's end ("Maplewood Bank -
 * AI Platform & Model Risk, Toronto", "TU Wien, Security & Privacy Research Unit"), or in a bracket right after the name
 * ("Kestrel InfoSec Services Pvt. Ltd. (Incident Response & VAPT practice)").
 */
const UNIT_AFTER_NAME = unicodeRegex`^(?:(?:[ \t]{1,3}[-–—]|,)[ \t]{1,3}(\p{Lu}[^,\n()]{0,60})(?:,|\n|$)|[ \t]{1,3}\((\p{Lu}[^,\n()]{0,60})\))`;

/** The words that tell a department from an engagement after an employer's name (`work.json`). */
interface UnitWords {
  department: RegExp;
  engagement: RegExp;
  /** A client word and the space after it ("for "), global: a capital must follow ("for NHS Trust"). */
  clientAll: RegExp;
  /** A department word right before a client word's place ("Office for AI"): the end of the text before it. */
  departmentEnd: RegExp;
}

const unitWordsCache = new WeakMap<Lexicon, UnitWords>();

function unitWordsFor(lex: Lexicon): UnitWords {
  let hit = unitWordsCache.get(lex);
  if (!hit) {
    const w = lex.work;
    hit = {
      department: phrasesRegex(w.departmentWords),
      engagement: phrasesRegex(w.engagementWords),
      clientAll: phrasesPattern([w.clientWords], ([client]) => `${client}\\s{1,3}`, 'gu', w.clientWords),
      departmentEnd: phrasesPattern([w.departmentWords], ([dept]) => `${dept}\\s{1,3}$`, 'u', w.departmentWords),
    };
    unitWordsCache.set(lex, hit);
  }
  return hit;
}

/**
 * The span of a department named right after an employer's name in a header: where the person worked, no work of
 * theirs. The text is a department only when it holds a department word ("AI Platform & Model Risk") and no engagement
 * word or client ("Splunk SIEM migration for NHS Trust" is the work itself, as a project or a client engagement on a
 * consultant's CV is). The job's title after the name ("Acme — Penetration Tester") is no department.
 */
function unitAfterName(text: string, from: number, headerEnd: number, title: string, lex: Lexicon): { start: number; end: number } | undefined {
  const m = UNIT_AFTER_NAME.exec(text.slice(from, Math.min(headerEnd, from + 80)));
  const unit = (m?.[1] ?? m?.[2])?.trimEnd();
  if (!m || !unit || (title !== '' && (unit.includes(title) || title.includes(unit)))) return undefined;
  const words = unitWordsFor(lex);
  if (!words.department.test(unit) || words.engagement.test(unit) || namesClient(unit, words)) return undefined;
  const start = from + m[0].indexOf(unit);
  return { start, end: start + unit.length };
}

/** A client word before a capitalised name, no department word right before it ("for NHS Trust", not "Office for AI"). */
function namesClient(unit: string, words: UnitWords): boolean {
  words.clientAll.lastIndex = 0;
  for (let c = words.clientAll.exec(unit); c !== null; c = words.clientAll.exec(unit)) {
    if (unicodeRegex`^\p{Lu}`.test(unit.charAt(c.index + c[0].length)) && !words.departmentEnd.test(unit.slice(0, c.index))) return true;
  }
  return false;
}

/** Skill categories a team's sentence still gives the person: leading that team. */
const TEAM_KEEPS: ReadonlySet<string> = new Set(['leadership']);

/**
 * The mentions outside sentences of a team's or another party's work, bar leadership skills. The person's own team's work
 * is theirs too when the person's own work in the same list item names a skill of another kind ("Wrote the first
 * classifier myself in PyTorch; the team now retrains it and serves it from SageMaker").
 */
function withoutTeamWork(mentions: readonly Mention[], sentences: readonly TeamSentence[], cc: CompiledCatalog): Mention[] {
  if (sentences.length === 0) return [...mentions];
  const kept = (m: Mention) => m.target === 'cert' || TEAM_KEEPS.has(cc.skillById.get(m.id)?.category ?? '');
  const teamWork = unionOf(sentences);
  // The items where the person's own clause names a skill outside leadership and governance: found once per mention,
  // by binary search over the items (sorted and apart: a list item ends where the next begins), not per sentence.
  const items = unionOf(sentences.filter((s) => s.ownTeam && !s.selfHands).map((s) => ({ start: s.itemStart, end: s.itemEnd })));
  const ownWorkIn = new Set<number>();
  for (const m of mentions) {
    if (kept(m) || isGovernance(m, cc) || insideAny(teamWork, m.start)) continue;
    const k = spanAt(items, m.start);
    if (k >= 0) ownWorkIn.add((items[k] as { start: number }).start);
  }
  const drop = sentences.filter((s) => !s.ownTeam || (!s.selfHands && !ownWorkIn.has(itemOf(items, s.itemStart))));
  if (drop.length === 0) return [...mentions];
  const dropped = unionOf(drop);
  return mentions.filter((m) => kept(m) || !insideAny(dropped, m.start));
}

/** The mentions outside list items that say the person did none of their hands-on work, bar leadership and governance skills (convention 39). */
function withoutHandsOffItems(mentions: readonly Mention[], items: ReadonlyArray<{ start: number; end: number }>, cc: CompiledCatalog): Mention[] {
  if (items.length === 0) return [...mentions];
  const spans = unionOf(items);
  return mentions.filter(
    (m) => m.target === 'cert' || TEAM_KEEPS.has(cc.skillById.get(m.id)?.category ?? '') || isGovernance(m, cc) || !insideAny(spans, m.start),
  );
}

/** Spans sorted by start and merged where they overlap: membership is then exact by binary search. */
function unionOf(spans: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The index of the span of a union (`unionOf`) that holds `offset`, or -1. */
function spanAt(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as { start: number; end: number };
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The start of the union's span that holds an item's start (the key `ownWorkIn` is filled with). */
function itemOf(items: ReadonlyArray<{ start: number; end: number }>, start: number): number {
  const k = spanAt(items, start);
  return k >= 0 ? (items[k] as { start: number }).start : -1;
}

function isGovernance(m: Mention, cc: CompiledCatalog): boolean {
  return cc.skillById.get(m.id)?.category === 'governance';
}

/** Skills named in a gap block ("Not yet: …"), a skills-table row with 0 years or a "learning" level, or with a claim of 0 years are not held. Certifications there are not held either. */
function withoutNegatedSpans(mentions: readonly Mention[], spans: ReadonlyArray<{ start: number; end: number }>): Mention[] {
  if (spans.length === 0) return [...mentions];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return mentions.filter((m) => !insideAny(sorted, m.start));
}

/** How much of a gap span's opening is read for a basic level's label. */
const BASIC_LABEL_REACH = 40;

/** True when the line that opens at `lineStart` is a basic level's row ("Familiar with: Metasploit, Docker"). */
function inBasicLevelRow(text: string, lineStart: number, cues: CueWords): boolean {
  return cues.basicLevelStart.test(text.slice(lineStart, lineStart + BASIC_LABEL_REACH));
}

/** How far before a mention a coursework label may stand, in the mention's paragraph. */
const COURSEWORK_REACH = 240;
const BLANK_LINE = /\n[ \t]*\n/u;

/** A coursework label ("Relevant coursework:", "Asignaturas:") before `at` in its paragraph: the mention is a course taken. */
function afterCourseworkLabel(text: string, at: number, cues: CueWords): boolean {
  const before = text.slice(Math.max(0, at - COURSEWORK_REACH), at);
  const re = cues.courseworkColonsAll;
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !BLANK_LINE.test(before.slice(last));
}

/** Where the level of a listed skill ends: the next item of a list. */
const LEVEL_CELL_END = /[,;\n]/u;

/**
 * The mentions outside the work entries whose row or bracket states a basic level ("PyTorch | 1 | Beginner", "Go
 * (Grundkenntnisse)"), read from the mention to the next item of its list or the next skill named on its line.
 */
function basicListings(text: string, mentions: readonly Mention[], raw: readonly RawEntry[], level: RegExp): Set<Mention> {
  const out = new Set<Mention>();
  // Most texts state no level at all; else one pass, each mention reading at most MAX_LEVEL_REACH characters ahead.
  if (!level.test(text)) return out;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    if (m.target !== 'skill') continue;
    // The next mention: the first to start at or after this one's end (a binary search over the starts).
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as Mention).start < m.end) lo = mid + 1;
      else hi = mid;
    }
    const stop = lo < sorted.length ? (sorted[lo] as Mention).start : text.length;
    const rest = text.slice(m.end, Math.min(stop, m.end + MAX_LEVEL_REACH));
    const end = LEVEL_CELL_END.exec(rest)?.index ?? rest.length;
    if (level.test(rest.slice(0, end)) && !raw.some((e) => !e.notWork && inEntry(m, e))) out.add(m);
  }
  return out;
}

/**
 * The mentions inside dated work entries and in the skills section of a person none of whose dated entries is ML work
 * ("adversarial test harness in Python (PyTorch)" under a security title, "PyTorch" in the skills list): a library used as a
 * tool, which proves none of the skills of ML work (`workKind: "ml"`) it implies (convention 214). A project or a thesis
 * that names one still does.
 */
function toolListings(mentions: readonly Mention[], entries: readonly ExperienceEntry[], raw: readonly RawEntry[]): Set<Mention> {
  if (entries.length === 0 || entries.some((e) => e.kind.includes('ml'))) return new Set();
  const cover = entryCover(raw);
  return new Set(mentions.filter((m) => m.target === 'skill' && (m.section === 'skills' || cover(m.start))));
}

/** How far after a listed skill its level is looked for. */
const MAX_LEVEL_REACH = 80;

/** Sections whose negations say nothing of the person's skills: a project's, a talk's or an award's own words. */
const NON_DISCLAIMING_SECTIONS: ReadonlySet<SectionName> = new Set(['projects', 'publications', 'awards', 'achievements']);

/**
 * The skills the text says the person lacks: negated outside the jobs' own text ("I don't train or deploy models", "the
 * platform team owns model monitoring": a job's sentence only says what that job did not do), named in a gap list or a
 * learning row ("Currently learning: LLMs").
 */
function disclaimedSkills(negated: readonly Mention[], named: readonly Mention[], lacking: ReadonlyArray<{ start: number; end: number }>): Set<string> {
  // A skill an alias names besides its own ("Python" in "scikit-learn") is not the one the statement is about.
  const ids = new Set(negated.filter((m) => m.target === 'skill' && !m.also).map((m) => m.id));
  if (lacking.length === 0) return ids;
  const sorted = [...lacking].sort((a, b) => a.start - b.start);
  for (const m of named) if (m.target === 'skill' && !m.also && insideAny(sorted, m.start)) ids.add(m.id);
  return ids;
}

/**
 * A skill the text disclaims somewhere is no evidence where it is only listed (a skills list, a "Domains" sidebar, a
 * recruiter's tags, the summary): the listing names the field worked in, the disclaimer says what the person does.
 * A mention in a work entry's own text still counts, and keeps the listings with it.
 */
function withoutDisclaimedListings(mentions: readonly Mention[], disclaimed: ReadonlySet<string>, entries: readonly RawEntry[]): Mention[] {
  if (disclaimed.size === 0) return [...mentions];
  const worked = new Set(
    mentions.filter((m) => m.target === 'skill' && disclaimed.has(m.id) && entries.some((e) => !e.notWork && inEntry(m, e))).map((m) => m.id),
  );
  return mentions.filter((m) => m.target !== 'skill' || !disclaimed.has(m.id) || worked.has(m.id));
}

/**
 * A skill the résumé names as a gap ("Not yet: hands-on penetration testing beyond bootcamp labs") is not held through
 * coursework either: its mentions in the education section ("Curriculum: … intro to offensive security (Kali labs)") go too.
 */
function withoutCourseworkOfGaps(
  read: Mention[],
  named: readonly Mention[],
  gaps: ReadonlyArray<{ start: number; end: number }>,
  sectionOf: (offset: number) => SectionName,
): Mention[] {
  if (gaps.length === 0) return read;
  const sorted = [...gaps].sort((a, b) => a.start - b.start);
  const lacking = new Set(named.filter((m) => m.target === 'skill' && insideAny(sorted, m.start)).map((m) => m.id));
  if (lacking.size === 0) return read;
  return read.filter((m) => m.target !== 'skill' || !lacking.has(m.id) || sectionOf(m.start) !== 'education');
}

/** True when `offset` lies in one of the spans (sorted by start): a binary search. */
function insideAny(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as { start: number }).start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let k = best; k >= 0 && k > best - 8; k--) if (offset < (spans[k] as { end: number }).end) return true;
  return false;
}

/** A dated degree read as an entry ("BSc Mathematics – Universitat de València  2014 – 2019", where a layout put it among the jobs): no work. */
function isDegreeEntry(text: string, e: RawEntry, lex: Lexicon): boolean {
  return !entryWordsFor(lex).jobWord.test(e.title) && firstDegreeLine(text, e.headerStart, e.headerEnd, lex) !== undefined;
}

/** In a résumé without headings the last entry runs on: end it at the first degree line. */
function endAtEducation(text: string, e: RawEntry, lex: Lexicon): RawEntry {
  const at = firstDegreeLine(text, e.bodyStart, e.bodyEnd, lex);
  return at === undefined ? e : { ...e, bodyEnd: Math.max(e.bodyStart, at - 1) };
}

/**
 * Classifies entries from the unconditional mentions, then keeps the mentions whose alias asks for an
 * entry kind ("automates" in security work) only inside entries of that kind.
 */
function classify(
  text: string,
  raw: readonly RawEntry[],
  mentions: readonly Mention[],
  cc: CompiledCatalog,
  words: KindWords,
  noModels: ReadonlySet<number>,
  jobWord: RegExp,
  assessed: Spans = { starts: [], ends: [] },
) {
  const plain = mentions.filter((m) => m.target === 'skill' && !m.entryKinds).sort((a, b) => a.start - b.start);
  // Plain mentions and those that count in security work only ("triaged CVEs"): how much of the duties names security.
  const securityReading = mentions.filter((m) => m.target === 'skill' && (!m.entryKinds || m.entryKinds.has('security'))).sort((a, b) => a.start - b.start);
  // An entry whose duties go on from the entry above ("Fortsetzung der obigen Tätigkeit") uses that entry's skills and kinds too.
  const continued = continuedEntries(text, raw, words);
  // Hosted services a security sentence secures or reviews ("private endpoints for Azure OpenAI"): no evidence at all.
  const securedPlatforms = new Set<Mention>();
  // Per entry, the ML systems a verb of securing governs ("threat-modelled the RAG ingestion pipeline"): no evidence
  // unless the entry is ML work after all (its ML mentions are then its own), bar those a threat model governs (convention 119).
  const securedObjectsOf: Mention[][] = raw.map(() => []);
  const modelledObjectsOf: Mention[][] = raw.map(() => []);
  // A dated part of a job (a consultant's engagement) names its work on its line, no title: its duties decide.
  const titled = raw.map((header) => {
    const title = header.part ? '' : functionTitle(header.title, header.organization, words);
    return title === header.title ? header : { ...header, title };
  });
  const ownKinds = titled.map((e, i) => {
    // Each entry reads its own mentions only (found by binary search: linear in entries plus mentions, not their product).
    const mine = mentionsIn(plain, e);
    // Under a security title, the ML systems a sentence secures or tests are no ML work of the entry's own.
    const objects = new Set<number>();
    const modelled = new Set<number>();
    const secured = securedSystems(text, e, mine, cc.skillById, words, objects, modelled);
    const own = secured.size === 0 ? mine : mine.filter((_, k) => !secured.has(k));
    for (const k of secured) {
      const m = mine[k];
      // A hosted service the sentence secures: no evidence at all. An ML library the security work is done with is still used.
      if (m?.platform) securedPlatforms.add(m);
      else if (m && objects.has(k) && !isLibrary(m, cc)) {
        securedObjectsOf[i]?.push(m);
        if (modelled.has(k)) modelledObjectsOf[i]?.push(m);
      }
    }
    const built = builtSystems(text, e, own, cc.skillById, words);
    // A research unit the duties open with ("Grupo de Seguridad de la Información.") is part of the organization.
    const unit = openingUnit(text, e, words);
    const organization = unit === '' ? e.organization : `${e.organization ?? ''} ${unit}`;
    const opening = opensWithModels(text, e, own, built, cc.skillById, words);
    // "Evaluated vulnerability management and security monitoring processes": an assurance duty whose object is security.
    const duty = words.securityDuty.test(text.slice(dutiesStart(e), e.bodyEnd)) || assessesSecurity(text, e, assessed, words);
    const skills = entrySkills(e, own, cc);
    // Attacks on models that the person researches (no course's topic) train the models: ML work in a research appointment,
    // which an industry "Security Researcher" post, attacking and testing systems, is not (convention 296).
    const researched = words.securityResearchTitle.test(e.title) ? new Set<string>() : researchedSkills(text, e, mine, cc.skillById, words);
    const classified = classifyEntry(e.title, skills, cc.skillById, words, namedTwice(e, own), organization, built, opening, duty, researched);
    // Under an IT-operations title, security named in a minority of the duties is part of running the systems.
    // The reverse: a neutral title whose duties are mostly security ones is security work (asked only when it is not yet).
    let secure = classified;
    // A dated part of a job names its work in one line or a few: a security skill it names, or a duty whose object is
    // security, is its subject ("Penetration test of an insurer's web applications").
    if (e.part && !classified.includes('security') && (duty || skills.some((id) => cc.skillById.get(id)?.workKind === 'security'))) {
      secure = withKind(classified, 'security');
    } else if (!classified.includes('security')) {
      // A title whose work is about others' technology ("Cyber Underwriter", "Product Manager") names others' security in its duties.
      const others = othersTechClass(e.title, words);
      const aboutOthers = others !== undefined && !others.work;
      if (!aboutOthers && mostlySecurityDuties(text, e, mentionsIn(securityReading, e), cc.skillById, words)) secure = withKind(classified, 'security');
    } else if (minorSecurityDuties(text, e, own, cc.skillById, words) || guardsPremises(text, e, skills, cc.skillById, words)) {
      secure = withoutKind(classified, 'security');
    }
    // Under an ML title, duties listed at length that name no ML skill ("SQL reconciliation, Power BI dashboards") are no ML work.
    // A title of both fields ("MLSecOps Engineer") runs the ML pipelines it secures: its duties need name no ML skill.
    // ML systems the duties secure are still named ("Own security of the fraud-model platform: Kubeflow pipelines, MLflow
    // model registry"): under an ML title, securing the platform is part of running it (convention 234).
    const titleOnly = secure.includes('ml') && !words.bothTitle?.test(e.title) && titleOnlyMl(text, e, skills, cc.skillById);
    const kinds = titleOnly && (secured.size === 0 || titleOnlyMl(text, e, entrySkills(e, mine, cc), cc.skillById)) ? withoutKind(secure, 'ml') : secure;
    // "I don't train models myself" beside the pipelines and serving the person runs: operating them is ML work.
    const operated = skills.some((id) => cc.skillById.get(id)?.operatesMl === true);
    return noModels.has(i) && !operated ? withoutUnbuiltMl(kinds, built) : kinds;
  });
  // An employer's dated line (no job title) above its own dated roles ("Acme Bank — Hanoi  09/2016 – 12/2022" over "Senior Analyst
  // 07/2020 – 12/2022") reads the first role's duties as its body: those are the role's, and the employer's span is no
  // kind of work and uses no skill by itself (its months still count in total).
  const umbrellas = employerLines(raw, jobWord);
  // A dated line whose title names security or ML work over its own dated contracts ("FREELANCE PENETRATION TESTER
  // (self-employed)" over its clients) is that work all its span: only an employer's line is no kind of work.
  const umbrella = (i: number) => umbrellas.has(i) && !namesWork((raw[i] as RawEntry).title, words);
  const kinds = ownKinds.map((k, i) => (umbrella(i) ? (['other'] as EntryKind[]) : withAboveKinds(k, ownKinds[continued.get(i) ?? i] ?? k)));
  // An earlier grade of the same function at the same employer shares the function's kind of work when its duties show
  // some of it ("Consultant, Technology Services" under "Senior Consultant, Technology Services").
  for (let i = 0; i < raw.length; i++) {
    const kind = kinds[i] as EntryKind[];
    if (!kind.includes('other') || umbrella(i)) continue;
    const shared = ([i - 1, i + 1] as const).flatMap((j) => (samePost(raw[i], raw[j]) ? (kinds[j] ?? []) : []));
    if (shared.length === 0) continue;
    const skills = entrySkills(raw[i] as RawEntry, mentionsIn(plain, raw[i] as RawEntry), cc);
    const shows = (k: EntryKind) => skills.some((id) => cc.skillById.get(id)?.workKind === k);
    const taken = (['security', 'ml'] as const).filter((k) => shared.includes(k) && shows(k));
    if (taken.length > 0) kinds[i] = taken;
  }
  operationsBesideSecurity(raw, kinds, words);
  // An entry whose title names ML work ("Head of AI Security (GenAI Security Engineering)") also takes the aliases meant for ML work.
  const takes = (i: number, m: Mention) =>
    kinds[i]?.some((k) => m.entryKinds?.has(k)) || (m.entryKinds?.has('ml') === true && words.mlTitle.test((raw[i] as RawEntry).title));
  const conditional = mentions.filter((m) => m.target === 'skill' && m.entryKinds && raw.some((e, i) => inEntry(m, e) && takes(i, m)));
  // The aliases kept for ML work that a verb of securing governs under a security title name the object secured, as above
  // (in an entry that is no ML work: ML work's ML mentions are its own).
  // In an entry of ML work, only the systems a threat model governs: its other ML mentions are its own, a system whose
  // design the person threat-models is not (convention 119: "hardened the models served through Triton" are hers).
  titled.forEach((e, i) => {
    const ml = kinds[i]?.includes('ml') === true;
    for (const m of (ml ? modelledObjectsOf : securedObjectsOf)[i] ?? []) securedPlatforms.add(m);
    const mine = conditional.filter((m) => inEntry(m, e));
    for (const k of securedObjects(text, e, mine, cc.skillById, words, ml)) {
      const m = mine[k] as Mention;
      if (!isLibrary(m, cc)) securedPlatforms.add(m);
    }
  });
  const topics = productTopics(text, raw, plain, conditional, cc, words);
  // A tool the entries name only as others' work or as a product written about is no tool of the person's to repeat.
  const notTopic = (m: Mention) => !topics.has(m);
  const repeated = repeatedTools(raw, mentions, plain.filter(notTopic), conditional.filter(notTopic));
  const listed = listedPlatforms(raw, kinds, [...plain, ...conditional, ...repeated], cc);
  const skillMentions = [...plain, ...conditional, ...repeated]
    .filter((m) => !securedPlatforms.has(m) && !listed.has(m) && !topics.has(m))
    .sort((a, b) => a.start - b.start);
  const own = raw.map((e) => entrySkills(e, mentionsIn(skillMentions, e), cc));
  // The employer's line over its roles uses no skills of its own: the first role's duties are that role's.
  const entries = raw.map((e, i) => toEntry(e, umbrella(i) ? [] : withAbove(own, i, continued), kinds[i] as EntryKind[]));
  return { entries, skillMentions, continued };
}

/**
 * Positions over one shared list of duties ("Client Systems Technician 2010 – 2013 | Cyber Defense Operations 2013 – 2016"):
 * the security duties there are the security-titled position's, so an IT-operations title beside it is no security work
 * by them (convention 62).
 */
function operationsBesideSecurity(raw: readonly RawEntry[], kinds: EntryKind[][], words: KindWords): void {
  const shared = sharedBodies(raw);
  // The bodies a security-titled position shares, found once: each entry then looks its own body up.
  const securityBodies = new Set<string>();
  for (const o of shared) if (isSecurityTitle(o.title, words)) securityBodies.add(`${o.bodyStart}:${o.bodyEnd}`);
  raw.forEach((e, i) => {
    if (!shared.has(e) || !words.operationsTitle.test(e.title) || isSecurityTitle(e.title, words)) return;
    const beside = securityBodies.has(`${e.bodyStart}:${e.bodyEnd}`);
    if (beside && kinds[i]?.includes('security')) kinds[i] = withoutKind(kinds[i] as EntryKind[], 'security');
  });
}

/** Whether an offset lies in the duties of an entry under a recruiting title (the header names the person's own post). */
function hiringBodies(raw: readonly RawEntry[], words: KindWords): (offset: number) => boolean {
  const bodies = raw.filter((e) => hiresForSkills(e.title, words)).map((e) => [dutiesStart(e), e.bodyEnd] as const);
  return (offset) => bodies.some(([start, end]) => offset >= start && offset < end);
}

/**
 * In marketing or communications work ("Content Marketing Manager"), the security and ML skills named are the products
 * written about; under a title of work about others' technology (`othersTechClass`: a technical writer, a product or
 * project manager, a lawyer, an auditor), only the skills its class keeps, or those named in a sentence of the person's
 * own hands-on work ("wrote and tested the Python code samples").
 */
function productTopics(
  text: string,
  raw: readonly RawEntry[],
  plain: readonly Mention[],
  conditional: readonly Mention[],
  cc: CompiledCatalog,
  words: KindWords,
): Set<Mention> {
  const out = new Set<Mention>();
  // Skills an entry about others' technology names as their work only: a summary or skills list naming them says no more.
  const othersOnly = new Set<string>();
  for (const e of raw) {
    const hiring = hiresForSkills(e.title, words);
    const others = hiring ? undefined : othersTechClass(e.title, words);
    if (!hiring && !others && !writesAboutProducts(e.title, words)) continue;
    for (const m of [...mentionsIn(plain, e), ...conditional.filter((c) => inEntry(c, e))]) {
      const skill = cc.skillById.get(m.id);
      if (others) {
        if (others.keeps.has(skill?.category ?? '') || others.keeps.has(m.id) || handsOnSentence(text, m, words)) continue;
        out.add(m);
        othersOnly.add(m.id);
      } else if (hiring && words.recruitingDuty.test(m.text)) {
        // A recruiter hires for others' teams: "hiring managers", "headcount plans" lead no team of the person's.
        out.add(m);
        othersOnly.add(m.id);
        // A recruiter's own work is hiring, people and policy: any other skill named is a candidate's.
      } else if (hiring ? !ASSURED_CATEGORIES.has(skill?.category ?? '') : skill?.workKind) out.add(m);
    }
  }
  if (othersOnly.size === 0) return out;
  // The entries' mentions found once (`mentionsIn` searches the sorted list), not every entry scanned per mention.
  const inside = new Set(raw.flatMap((e) => mentionsIn(plain, e)));
  const outside: Mention[] = [];
  for (const m of plain) {
    if (!othersOnly.has(m.id)) continue;
    if (!inside.has(m)) outside.push(m);
    else if (!out.has(m)) othersOnly.delete(m.id);
  }
  for (const m of outside) if (othersOnly.has(m.id)) out.add(m);
  return out;
}

/** How far a sentence is looked at on each side of a mention. */
const SENTENCE_REACH = 240;
/** Where a sentence or a duty ends: a full stop or a semicolon before a space, or a line that opens a list item or follows a blank one. */
const SENTENCE_END = /[.;](?:\s|$)|\n[ \t]*(?:[-•·▪●◦*–][ \t]|\n)/gu;

/** A mention in a sentence of the person's own hands-on work: a word of `handsOnWords` not inside building of others ("built by the integrations squad"). */
function handsOnSentence(text: string, m: Mention, words: KindWords): boolean {
  const from = Math.max(0, m.start - SENTENCE_REACH);
  const before = text.slice(from, m.start);
  let start = from;
  // The full stop of an abbreviation of the lexicon ("incl.", "e.g.") ends no sentence.
  for (const b of before.matchAll(SENTENCE_END)) if (!isAbbreviationDot(text, from + b.index, words.dotAbbreviations)) start = from + b.index + b[0].length;
  const after = text.slice(m.end, m.end + SENTENCE_REACH);
  const stop = firstEnd(after, SENTENCE_END, words.dotAbbreviations);
  const sentence = text.slice(start, m.end + (stop?.index ?? after.length));
  const others = [...sentence.matchAll(words.othersBuilding)].map((o) => [o.index, o.index + o[0].length] as const);
  // "customer-built" names who built it: a word joined by a hyphen before it is no hands-on word.
  for (const h of sentence.matchAll(words.handsOn)) if (sentence[h.index - 1] !== '-' && !others.some(([a, b]) => h.index >= a && h.index < b)) return true;
  return false;
}

/**
 * Mentions outside every entry of an alias kept for some kind of work ("Splunk - 3 years" in a skills list) whose skill
 * the entries name under the same word: the tool the person's work used, so the list's claim of years is the skill's.
 */
function repeatedTools(raw: readonly RawEntry[], mentions: readonly Mention[], plain: readonly Mention[], conditional: readonly Mention[]): Mention[] {
  const nameOf = (m: Mention) => `${m.id}\u0000${m.text.toLowerCase()}`;
  const used = new Set(conditional.map(nameOf));
  for (const e of raw) for (const m of mentionsIn(plain, e)) used.add(nameOf(m));
  return mentions.filter((m) => m.target === 'skill' && m.entryKinds && used.has(nameOf(m)) && !raw.some((e) => inEntry(m, e)));
}

/**
 * Hosted AI services listed outside the dated entries ("Cloud: Microsoft Azure (Sentinel, Azure OpenAI)") of a person
 * none of whose entries is ML work: services they secured or watched, no evidence that they built on them.
 */
function listedPlatforms(raw: readonly RawEntry[], kinds: readonly EntryKind[][], mentions: readonly Mention[], cc: CompiledCatalog): Set<Mention> {
  if (raw.length === 0 || kinds.some((k) => k.includes('ml'))) return new Set();
  const outside = (m: Mention) => m.platform === true && cc.skillById.get(m.id)?.workKind === 'ml' && !raw.some((e) => inEntry(m, e));
  return new Set(mentions.filter(outside));
}

/** Skills an assessment itself practises: auditing governance or compliance is governance work, auditing monitoring is no monitoring. */
const ASSURED_CATEGORIES: ReadonlySet<string> = new Set(['governance', 'leadership']);
/** How far after a language's mention the bracket of its item may close (`operatedBracket`). */
const OPERATED_REACH = 90;

/** A programming language whose services were only built or deployed ("30 Java services (build/deploy only)"): the person wrote none of it. */
function operatedOnly(text: string, m: Mention, cc: CompiledCatalog, cues: CueWords): boolean {
  if (m.target !== 'skill' || cc.skillById.get(m.id)?.category !== 'programming') return false;
  return cues.operatedBracket.test(text.slice(m.end, m.end + OPERATED_REACH));
}

/**
 * A library one codes in with a language (`yearsFor`: PyTorch, TensorFlow): the models assessed are loaded and attacked
 * with it ("robustness testing of our classifiers (PyTorch)"), so the person uses it even when the models are others'.
 */
function isLibrary(m: Mention, cc: CompiledCatalog): boolean {
  return (cc.skillById.get(m.id)?.yearsFor?.length ?? 0) > 0;
}

/** An object of an assurance verb in the entry's duties names security ("vulnerability management … processes"). */
function assessesSecurity(text: string, e: RawEntry, assessed: Spans, words: KindWords): boolean {
  const from = dutiesStart(e);
  return assessed.starts.some((s, k) => s >= from && s < e.bodyEnd && words.securityTitle.test(text.slice(s, assessed.ends[k] as number)));
}

/** Where an entry's duties start: a dated part of a job (a consultant's engagement) names its work on its own line. */
function dutiesStart(e: RawEntry): number {
  return e.part ? e.headerStart : e.bodyStart;
}

/** A title of security or ML work. */
function namesWork(title: string, words: KindWords): boolean {
  return words.securityTitle.test(title) || words.mlTitle.test(title);
}

/**
 * The entries that are an employer's dated line with no job title over its own dated roles: the first of two or more
 * entries that read the same body (the first role's duties).
 */
function employerLines(raw: readonly RawEntry[], jobWord: RegExp): Set<number> {
  // By body: the entry whose header comes first, and the last header that reads it.
  const first = new Map<number, number>();
  const lastHeader = new Map<number, number>();
  raw.forEach((e, i) => {
    const k = first.get(e.bodyStart);
    if (k === undefined || e.headerStart < (raw[k] as RawEntry).headerStart) first.set(e.bodyStart, i);
    lastHeader.set(e.bodyStart, Math.max(lastHeader.get(e.bodyStart) ?? -1, e.headerStart));
  });
  const out = new Set<number>();
  for (const [body, i] of first) {
    const e = raw[i] as RawEntry;
    // Another entry of the same body starts below this one's header: its roles.
    if ((lastHeader.get(body) as number) > e.headerStart && (!jobWord.test(e.title) || holdsItsRoles(e, raw))) out.add(i);
  }
  return out;
}

/**
 * A service's or employer's line under a title of its own whose range holds the two roles or more dated right below it ("UNITED STATES AIR FORCE 09/2012 – 08/2018 / Staff Sergeant" over two dated positions): the roles are the work.
 */
function holdsItsRoles(e: RawEntry, raw: readonly RawEntry[]): boolean {
  const below = raw.filter((r) => r.headerStart > e.headerStart).sort((a, b) => a.headerStart - b.headerStart);
  const inside = below.findIndex((r) => r.start < e.start || r.end > e.end);
  return (inside < 0 ? below.length : inside) >= 2;
}

/**
 * The entries a statement that the person builds no models is about ("No predictive modelling - the ML team owned the
 * models", "I validate and challenge models; I do not build production models"): the entry it stands in, or, said
 * outside every entry (a profile), the current ones under no ML title ("I don't train models" of an MLOps engineer
 * leaves the models they deploy).
 */
function noModelEntries(text: string, raw: readonly RawEntry[], statements: RegExp, words: KindWords): { said: boolean; entries: Set<number> } {
  const entries = new Set<number>();
  let said = false;
  for (const m of text.matchAll(statements)) {
    const holders = raw.flatMap((e, i) => (m.index >= e.headerStart && m.index < e.bodyEnd ? [i] : []));
    // In duties that positions share ("Data Scientist" over "Data Analyst", then "Analyst: SQL reporting; no modelling"),
    // it is said of the positions whose titles name no ML work.
    const notMl = holders.filter((i) => !words.mlTitle.test((raw[i] as RawEntry).title));
    const at = holders.length > 1 && notMl.length > 0 ? notMl : holders.slice(0, 1);
    // Said in a past job ("Did not build models here"), it is that job's: the person's other work may train models.
    if (at.length === 0 || at.some((i) => raw[i]?.current)) said = true;
    for (const i of at) entries.add(i);
    if (at.length === 0) raw.forEach((e, i) => e.current && !words.mlTitle.test(e.title) && entries.add(i));
  }
  return { said, entries };
}

/** The kinds with one added first, in place of 'other'. */
function withKind(kinds: EntryKind[], kind: EntryKind): EntryKind[] {
  return [kind, ...kinds.filter((k) => k !== 'other')];
}

/** The kinds without one; 'other' when none is left. */
function withoutKind(kinds: EntryKind[], kind: EntryKind): EntryKind[] {
  const rest = kinds.filter((k) => k !== kind);
  return rest.length > 0 ? rest : ['other'];
}

/** Duty bullets an entry under an ML title lists before duties that name no ML skill make it no ML work. */
const TITLE_ONLY_BULLETS = 3;
/** A duty bullet at a line's start: a dash, a bullet sign or an asterisk before a space. */
const ANY_DUTY_BULLET = /^[ \t]{0,8}[-•·▪●◦*–] /gmu;

/**
 * An entry whose kinds of work come from its ML title alone: its duties, three bullets or more, name no skill of ML
 * work ("Data Scientist: SQL reconciliation, Power BI dashboards, threshold rules, Excel analysis").
 */
function titleOnlyMl(text: string, e: RawEntry, skills: readonly string[], skillById: ReadonlyMap<string, Skill>): boolean {
  if (skills.some((id) => skillById.get(id)?.workKind === 'ml')) return false;
  const body = text.slice(e.bodyStart, e.bodyEnd);
  return (body.match(ANY_DUTY_BULLET)?.length ?? 0) >= TITLE_ONLY_BULLETS;
}

/** An entry's kinds when the person says they build no models there: ML work only through an ML system they say they built. */
function withoutUnbuiltMl(kinds: EntryKind[], built: ReadonlySet<string>): EntryKind[] {
  return !kinds.includes('ml') || built.size > 0 ? kinds : withoutKind(kinds, 'ml');
}

/** The catalog without implications into skills of ML work (`pytorch` → `deep-learning`), for a person who builds no models. */
function withoutModelImplications(cc: CompiledCatalog): CompiledCatalog {
  const ml = (id: string) => cc.skillById.get(id)?.workKind === 'ml';
  return { ...cc, impliedBy: new Map([...cc.impliedBy].map(([id, targets]) => [id, targets.filter((t) => !ml(t))])) };
}

/** Words a title's function name must share at its end with another's to be the same post at another grade. */
const SAME_POST_WORDS = 2;

/**
 * Two entries at one employer whose titles end with the same words ("Consultant, Technology Services" and "Senior
 * Consultant, Technology Services"): one post at two grades.
 */
function samePost(a: RawEntry | undefined, b: RawEntry | undefined): boolean {
  const org = (e: RawEntry) => e.organization?.trim().toLowerCase() ?? '';
  if (!a || !b || org(a) === '' || org(a) !== org(b)) return false;
  const tail = (t: string) =>
    t
      .toLowerCase()
      .split(unicodeLiteral`/[^\p{L}\p{N}]+/u`)
      .filter((w) => w !== '');
  const x = tail(a.title);
  const y = tail(b.title);
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n >= SAME_POST_WORDS;
}

/** An entry's skills, with those of the entry above when its duties go on from it. */
function withAbove(skills: readonly string[][], i: number, continued: ReadonlyMap<number, number>): string[] {
  const mine = skills[i] ?? [];
  const above = continued.get(i);
  return above === undefined ? mine : [...new Set([...mine, ...(skills[above] ?? [])])].sort();
}

/** An entry's kinds of work, with those of the entry above it continues ("other" only when neither has another). */
function withAboveKinds(mine: EntryKind[], above: EntryKind[]): EntryKind[] {
  if (mine === above) return mine;
  const kinds = (['security', 'ml'] as const).filter((k) => mine.includes(k) || above.includes(k));
  return kinds.length > 0 ? kinds : ['other'];
}

/**
 * A term repeated in one entry keeps the sense the words around it gave it where it first stood: "red teaming of each
 * release of the assistant with garak and PyRIT" read as no penetration testing, so "internal tools that automate the
 * red-teaming batteries at each release" further down refers back to it (convention 372). A skill's only mention in an
 * entry's body whose words stand earlier in that body where no mention was read (its alias refused there by its context;
 * a negated one counts as read) is no evidence of the skill. Each such mention searches only its own entry's body
 * before it.
 */
function withoutRefusedRepeats(text: string, mentions: Mention[], read: readonly Mention[], raw: readonly RawEntry[], cc: CompiledCatalog): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const drop = new Set<Mention>();
  for (const e of raw) {
    if (e.notWork) continue;
    const body = itemsIn(sorted, e.bodyStart, e.bodyEnd, (m) => m.start).filter((m) => m.target === 'skill');
    const count = new Map<string, number>();
    for (const m of body) count.set(m.id, (count.get(m.id) ?? 0) + 1);
    const singles = body.filter(
      (m) => count.get(m.id) === 1 && m.via !== 'fuzzy' && m.confidence > CONTEXT_ALIAS_CONFIDENCE && m.end - m.start >= MIN_REPEAT_CHARS,
    );
    if (singles.length === 0) continue;
    // Only a term another skill the entry names also goes by ("red team": penetration testing, and LLM security near an
    // AI system): the entry's other reading of it is the sense the earlier occurrence had.
    const others = new Set(body.map((m) => m.id));
    const shared = singles.filter((m) => [...(termOwners(cc).get(aliasKey(text.slice(m.start, m.end))) ?? [])].some((id) => id !== m.id && others.has(id)));
    if (shared.length === 0) continue;
    const slice = text.slice(e.bodyStart, e.bodyEnd);
    const lower = slice.toLowerCase();
    // A lower-casing that changes the length (a dotted capital I) would shift the offsets: such an entry is left as read.
    if (lower.length !== slice.length) continue;
    const covers = itemsIn(read, e.bodyStart, e.bodyEnd, (m) => m.start);
    // Covered when the largest end among the mentions that start at or before the offset passes it: a binary search per
    // occurrence, not a scan of the entry's every mention (a term repeated a thousand times under other readings).
    const reach = reachBefore(covers);
    const coveredAt = (at: number) => reach(at) > at;
    for (const m of shared) {
      const term = text.slice(m.start, m.end).toLowerCase();
      for (let k = lower.indexOf(term); k !== -1 && e.bodyStart + k < m.start; k = lower.indexOf(term, k + 1)) {
        const at = e.bodyStart + k;
        if (WORD_CHAR.test(text[at - 1] ?? ' ') || WORD_CHAR.test(text[at + term.length] ?? ' ')) continue;
        if (coveredAt(at)) continue;
        drop.add(m);
        break;
      }
    }
  }
  return drop.size === 0 ? mentions : mentions.filter((m) => !drop.has(m));
}

/**
 * The confidence `scanMentions` gives a mention of an alias read only near the words it asks for ("policy" near a
 * governance word): such a mention was read by its own context, which a repeat elsewhere may lack. Only a mention of an
 * alias read in any context (above this) is taken to refer back.
 */
const CONTEXT_ALIAS_CONFIDENCE = 0.85;
/** Each alias's key (see `aliasKey`) with the skills that go by it, built once per catalog. */
const termOwnersCache = new WeakMap<CompiledCatalog, Map<string, Set<string>>>();
function termOwners(cc: CompiledCatalog): Map<string, Set<string>> {
  const hit = termOwnersCache.get(cc);
  if (hit) return hit;
  const owners = new Map<string, Set<string>>();
  for (const skill of cc.skillById.values())
    for (const alias of skill.aliases) {
      const key = aliasKey(typeof alias === 'string' ? alias : alias.text);
      const ids = owners.get(key) ?? new Set<string>();
      ids.add(skill.id);
      owners.set(key, ids);
    }
  termOwnersCache.set(cc, owners);
  return owners;
}

/** A term's key: lower-cased, a short inflection cut from its last word ("red teaming", "red teams" → "red team"). */
function aliasKey(term: string): string {
  return term.toLowerCase().replace(INFLECTION, '');
}
const INFLECTION = /(?:ing|s)$/u;

/** The shortest term `withoutRefusedRepeats` reads as repeated: a short acronym stands in too many other words' places. */
const MIN_REPEAT_CHARS = 4;
/** A letter or a digit: a term's occurrence inside a longer word is none of it. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The mentions (sorted by start) that stand in an entry's header or its own body, in text order (see `inEntry`). */
function mentionsIn<M extends { start: number }>(sorted: readonly M[], e: RawEntry): M[] {
  const header = itemsIn(sorted, e.headerStart, e.headerEnd + 1, (m) => m.start);
  const body = itemsIn(sorted, e.bodyStart, e.bodyEnd, (m) => m.start);
  if (body.length === 0 || header.length === 0) return body.length === 0 ? header : body;
  const seen = new Set(header);
  return [...header, ...body.filter((m) => !seen.has(m))].sort((a, b) => a.start - b.start);
}

/** The skills an entry names in two different ways ("scikit-learn, XGBoost"; "RAG … prompt engineering"): strong evidence of its kind of work. */
function namedTwice(e: RawEntry, mentions: readonly Mention[]): Set<string> {
  const texts = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!inEntry(m, e)) continue;
    const seen = texts.get(m.id) ?? new Set<string>();
    seen.add(m.text.toLowerCase());
    texts.set(m.id, seen);
  }
  return new Set([...texts].filter(([, t]) => t.size >= 2).map(([id]) => id));
}

/** The skills an entry mentions, with the skills they imply, sorted. */
function entrySkills(e: RawEntry, mentions: readonly Mention[], cc: CompiledCatalog): string[] {
  const ids = new Set<string>();
  for (const m of mentions) {
    if (!inEntry(m, e)) continue;
    ids.add(m.id);
    for (const implied of cc.impliedBy.get(m.id) ?? []) ids.add(implied);
  }
  return [...ids].sort();
}

function toEntry(e: RawEntry, skills: string[], kind: EntryKind[]): ExperienceEntry {
  const entry: ExperienceEntry = {
    title: e.title,
    start: formatYearMonth(e.start),
    end: formatYearMonth(e.end),
    current: e.current,
    months: e.months,
    kind,
    skills,
    span: { start: e.headerStart, end: e.bodyEnd },
  };
  if (e.organization) entry.organization = e.organization;
  return entry;
}

function toEvidence(m: Mention, via: Evidence['via'] = m.via, confidence = m.confidence): Evidence {
  return { text: m.text, start: m.start, end: m.end, section: m.section, via, confidence };
}

type TitleField = NonNullable<Skill['titleYears']>;

/** The fields a work entry's title names: offensive testing (`work.json` → `offensiveTitles`). */
function titleFieldsOf(e: RawEntry, words: KindWords): ReadonlySet<TitleField> {
  const fields = new Set<TitleField>();
  if (!e.notWork && words.offensiveTitle.test(e.title)) fields.add('offensive');
  return fields;
}

function aggregateSkills(
  mentions: readonly Mention[],
  work: {
    entries: readonly ExperienceEntry[];
    raw: readonly RawEntry[];
    datedSkills: readonly (readonly string[])[];
    /** By entry: the fields its title names (`titleFieldsOf`). */
    titleFields: readonly ReadonlySet<TitleField>[];
  },
  claims: readonly YearsClaim[],
  cc: CompiledCatalog,
  itemSpan: (m: Mention, e: RawEntry) => DateRange | undefined,
  basic: ReadonlySet<Mention> = new Set(),
  tools: ReadonlySet<Mention> = new Set(),
): ProfileSkill[] {
  const { entries, raw, datedSkills, titleFields } = work;
  const direct = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = direct.get(m.id);
    if (list) list.push(m);
    else direct.set(m.id, [m]);
  }
  const implied = new Map<string, Mention[]>();
  for (const [id, all] of direct) {
    const list = basic.size === 0 ? all : all.filter((m) => !basic.has(m));
    if (list.length === 0) continue;
    for (const target of cc.impliedBy.get(id) ?? []) {
      // A library used as a tool by a person with no ML work implies no skill of ML work (`toolListings`).
      const from = tools.size === 0 || cc.skillById.get(target)?.workKind !== 'ml' ? list : list.filter((m) => !tools.has(m));
      if (!direct.has(target) && from.length > 0) implied.set(target, [...(implied.get(target) ?? []), ...from]);
    }
  }
  // Each entry's dated skills as a set, and the claims by subject: looked up once per skill instead of scanned.
  const datedSets = datedSkills.map((ids) => new Set(ids));
  const claimsOf = new Map<string, number[]>();
  for (const c of claims) {
    const list = claimsOf.get(c.subject);
    if (list) list.push(c.years);
    else claimsOf.set(c.subject, [c.years]);
  }
  const inAnyEntry = entryCover(raw);
  const shared = sharedBodies(raw);
  const out: ProfileSkill[] = [];
  for (const [id, list] of [...direct, ...implied]) {
    const skill = cc.skillById.get(id);
    if (!skill) continue;
    const isDirect = direct.has(id);
    // A held skill's years also run over the entries that use a skill done in it ("Python" listed, "PyTorch" at work).
    const via = isDirect ? (cc.yearsVia.get(id) ?? []) : [];
    // A held skill that names a whole kind of work (machine learning) runs over every entry of that kind.
    const kind = isDirect ? skill.kindYears : undefined;
    // A held skill of a field runs over every job whose title names that field ("AI Red Team Lead"), whatever the job tests.
    const field = isDirect ? skill.titleYears : undefined;
    const dates = (_: unknown, i: number) =>
      datedSets[i]?.has(id) === true ||
      via.some((v) => datedSets[i]?.has(v) === true) ||
      (kind !== undefined && entries[i]?.kind.includes(kind) === true) ||
      (field !== undefined && titleFields[i]?.has(field) === true);
    const used = entries.filter(dates);
    // Work evidence: a dated entry mentions it, or the experience or achievements section does outside any dated
    // entry (an undated job, a functional résumé: a recruiter reads it as work all the same; its years stay unknown).
    const atWorkUndated = used.length === 0 && list.some((m) => m.section === 'experience' || m.section === 'achievements');
    // A skill named only in items that carry their own dates inside the entry ("* Cobalt Freight (06/2024 – 03/2025):
    // model in PyTorch", contracts of a freelance spell) counts those items' months, not the whole entry's.
    const ranges = raw.filter(dates).flatMap((e): { start: number; end: number }[] => itemRanges(list, e, itemSpan, shared.has(e)) ?? workedRanges(e));
    const datedYears = ranges.length > 0 ? round2(unionMonths(ranges) / 12) : undefined;
    const claimedList = claimsOf.get(id) ?? [];
    const claimed = claimedList.length > 0 ? largest(claimedList, 0) : undefined;
    // The rule for `years`: the dated entries that mention the skill when there are any, else the highest claim.
    const years = datedYears ?? claimed;
    const evidence = strongestFirst(list, inAnyEntry)
      .slice(0, MAX_EVIDENCE)
      .map((m) => (isDirect ? toEvidence(m) : toEvidence(m, 'implied', 0.6)));
    const result: ProfileSkill = {
      id,
      name: skill.name,
      strength: !isDirect ? 'implied' : used.length > 0 || atWorkUndated ? 'work' : 'listed',
      evidence,
    };
    if (years !== undefined) result.years = years;
    if (datedYears !== undefined) result.datedYears = datedYears;
    if (claimed !== undefined) result.claimedYears = claimed;
    const last = used
      .map((e) => e.end)
      .sort()
      .at(-1);
    if (last) result.lastUsed = last;
    out.push(result);
  }
  return out.sort(compareIds);
}

/**
 * Strongest evidence first: mentions inside dated entries, then the rest, each in text order. Whether a mention
 * stands in an entry is read once per mention, not once per comparison of the sort.
 */
function strongestFirst(list: readonly Mention[], inAnyEntry: (at: number) => boolean): Mention[] {
  if (list.length <= 1) return [...list];
  const keyed = list.map((m) => ({ m, work: inAnyEntry(m.start) ? 0 : 1 }));
  keyed.sort((a, b) => a.work - b.work || a.m.start - b.m.start);
  return keyed.map((k) => k.m);
}

/**
 * Whether a position stands in some entry (`inEntry` of any of them), by a binary search over the entries' header and
 * body spans merged once: a mention is looked up in log time, not against every entry.
 */
function entryCover(raw: readonly RawEntry[]): (at: number) => boolean {
  // Half-open spans: a header's end is inclusive in `inEntry`, a body's is not.
  // A loop, not `flatMap` (V8's is generic and slow on a few small arrays): the same spans in the same order, then sorted.
  const spans: Array<[number, number]> = [];
  for (const e of raw) {
    if (e.headerStart < e.headerEnd + 1) spans.push([e.headerStart, e.headerEnd + 1]);
    if (e.bodyStart < e.bodyEnd) spans.push([e.bodyStart, e.bodyEnd]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [a, b] of spans) {
    const last = ends.length - 1;
    if (last >= 0 && a <= (ends[last] as number)) ends[last] = Math.max(ends[last] as number, b);
    else {
      starts.push(a);
      ends.push(b);
    }
  }
  return (at) => {
    // The last span that starts at or before `at`, then whether it reaches past it.
    const k = numberIndexFrom(starts, at + 1) - 1;
    return k >= 0 && at < (ends[k] as number);
  };
}

/** The experience: the measures of the dated work entries (null, unknown, when there are none), the entries and the claims. */
function experienceOf(raw: readonly RawEntry[], entries: ExperienceEntry[], claims: ResumeProfile['experience']['claims']): ResumeProfile['experience'] {
  // One literal with every field (a spread of the years into it went through V8's slow object clone: ~10 µs a résumé).
  if (raw.length === 0) return { totalYears: null, securityYears: null, mlYears: null, entries, claims };
  const years = (kind?: 'security' | 'ml') =>
    round2(unionMonths(raw.filter((_, i) => !kind || (entries[i] as ExperienceEntry).kind.includes(kind)).flatMap(workedRanges)) / 12);
  return { totalYears: years(), securityYears: years('security'), mlYears: years('ml'), entries, claims };
}

/**
 * Certifications held, and the mentions of those not held: each mention is read with the words beside it (its part of the line, and a short line
 * under it): "exam booked", "expired", "Associate of ISC2", or, in a certifications section, a validity that ended
 * before asOf ("July 2018 to July 2021"), make it not held.
 */
function readCertifications(
  text: string,
  mentions: readonly Mention[],
  cc: CompiledCatalog,
  cues: CueWords,
  reading: { asOfYm: number; lex: Lexicon; negated: readonly Mention[]; lines: LineIndex },
): { held: ProfileCertification[]; notHeld: Mention[] } {
  const otherNames = new Map<string, boolean>();
  const named = mentions.filter((m) => m.target === 'cert' && !acronymOfOtherName(text, m, cc, otherNames));
  const goesOn = lineGoesOnFor(reading.lex);
  // A certification a negation dropped is another certification all the same: its line ("IAPP AIGP — exam scheduled")
  // is not the issuer or status line of the one above.
  const onLines = [...named, ...reading.negated].sort((a, b) => a.start - b.start);
  // One a negation cue dropped whose own words give a validity that runs past asOf ("GIAC GPEN – renovación pendiente,
  // vigente hasta 12/2026") is held: a renewal pending ends nothing.
  // The words from each such name on, read once: they tell a validity (revived) or a lapse (below).
  const negatedAround = new Map(
    reading.negated.filter((m) => cc.certById.has(m.id)).map((m) => [m, wordsFrom(m, certContext(text, m, onLines, cues, reading.lines, goesOn))]),
  );
  const revived = new Set([...negatedAround].filter(([, around]) => validAfter(around, cues, reading)).map(([m]) => m));
  const certs = revived.size === 0 ? named : [...named, ...revived];
  const byId = new Map<string, ProfileCertification>();
  const notHeld: Mention[] = [];
  // The latest date a not-held mention names, by id, as a `ym` (a bare year counts to its December: "Specialty (2021,
  // expired 2024)" → Dec 2024); 0 when it names none.
  const lapsed = new Map<string, number>();
  // The date a held mention is dated by, by id, as a `ym` (a bare year counts to its December).
  const issued = new Map<string, number>();
  // The ids a held mention gives a validity or a standing of its own.
  const dated = new Set<string>();
  for (const m of certs) {
    const cert = cc.certById.get(m.id);
    if (!cert) continue;
    const around = certContext(text, m, onLines, cues, reading.lines, goesOn);
    const cells = m.section === 'certifications' ? validityCells(around, text, reading.lines.near(m.start).start, cues) : around;
    const ranges = findDateRanges(cells, reading.asOfYm, reading);
    // A validity that ended before asOf ("July 2018 to July 2021"; "Expires: 09/2026"); a quarter or season it was issued
    // in ("Issued: Q1 2023") is a date, no validity.
    // A renewal stated after a lapse or an end of validity ("expires 2026-05 → renewed 2026-04") leaves only what follows it to say.
    const renewal = renewalEnd(around, cues);
    const status = around.slice(renewal);
    const validityEnded =
      (m.section === 'certifications' &&
        ranges.some((r) => r.index >= renewal && !r.current && r.end < reading.asOfYm && !isOneDatePeriod(cells, r, reading))) ||
      expiredBy(status, cues, reading);
    if ((notHeldCue(status, cues) || validityEnded || datedAhead(wordsFrom(m, around), ranges, cues, reading)) && !stillValid(around, ranges, cues, reading)) {
      notHeld.push(m);
      lapsed.set(m.id, Math.max(lapsed.get(m.id) ?? 0, latestYm(around, reading)));
      continue;
    }
    // A validity that runs past asOf ("Associate - 06/2025, valid through 06/2028") is a standing of its own too. In a
    // work entry, the dates that open its line before the name are the entry's span, not a validity ("2021-12 → 2022-05
    // Sabbatical — … sat the CKA").
    const at = m.section === 'experience' ? around.lastIndexOf(m.text) : 0;
    if (ranges.some((r) => r.index >= at) || !execAll(cues.certCurrentAll, around).next().done || stillValid(around, ranges, cues, reading)) dated.add(m.id);
    if (byId.has(m.id)) continue;
    const found: ProfileCertification = { id: m.id, name: cert.name, evidence: toEvidence(m, 'certification') };
    // Its date after it ("CISSP (2019)", "(Jan'25)"), or a date cell that opens its line ("[ 05/2025 ] AWS Certified …").
    const year = CERT_YEAR_AFTER.exec(text.slice(m.end, m.end + 40)) ?? DATE_CELL_BEFORE.exec(text.slice(reading.lines.near(m.start).start, m.start));
    if (year) {
      found.year = year[1] !== undefined ? Number(year[1]) : pivotYear(Number(year[2]));
      issued.set(m.id, issuedYm(year[0], found.year, reading));
    }
    byId.set(m.id, found);
  }
  // A certification a negation dropped still tells its own lapse, in the words after it ("Actualmente preparando el
  // CISSP (el CISM me caducó…"), not in the cue that dropped it ("Preparing for the OSEP after my OSCP").
  for (const [m, around] of negatedAround) {
    if (revived.has(m) || !notHeldCue(around, cues)) continue;
    notHeld.push(m);
    lapsed.set(m.id, Math.max(lapsed.get(m.id) ?? 0, latestYm(around, reading)));
  }
  // A status stated at one mention outweighs a bare listing at another ("(CKA)" in a sidebar, "Expired Mar 2026" in the
  // detail), but not a validity of its own ("AWS … Specialty  2021 to 2024", then "AWS … Associate  2025 to 2028") nor a
  // date after the lapse ("AWS … Engineer – Associate (2025)" beside "AWS … Specialty (2021, expired 2024)"; "05/2025"
  // beside "expired 02/2025"), nor a
  // standing stated at its own mention ("CIPP/E (2018; CPE current)" beside "CIPP/US (2017; lapsed 2021)").
  // A lapse without a year ("el CISM me caducó") outweighs any listing.
  const held = [...byId.values()].filter((c) => {
    const lapse = lapsed.get(c.id);
    return lapse === undefined || dated.has(c.id) || (lapse > 0 && (issued.get(c.id) ?? 0) > lapse);
  });
  return { held: held.sort(compareIds), notHeld };
}

/**
 * A certification's bare acronym that the text spells out as another name: "at CISA" or "CISA AI Red Teaming
 * Workshop" in a CV that names "Cybersecurity and Infrastructure Security Agency (CISA)" is the agency, no ISACA
 * certification. The capitalised words before the bracketed acronym spell it, and they are not the certification's
 * own name. `seen`: the answer by acronym, read once per text.
 */
function acronymOfOtherName(text: string, m: Mention, cc: CompiledCatalog, seen: Map<string, boolean>): boolean {
  if (!BARE_ACRONYM.test(m.text)) return false;
  const key = `${m.id}\u0000${m.text}`;
  let other = seen.get(key);
  if (other === undefined) {
    const cert = cc.certById.get(m.id);
    const own = [cert?.name ?? '', ...(cert?.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))].map((n) => n.toLowerCase());
    other = false;
    for (let at = text.indexOf(`(${m.text})`); at !== -1 && !other; at = text.indexOf(`(${m.text})`, at + 1)) {
      const words = spelledBefore(text.slice(Math.max(0, at - SPELLED_REACH), at), m.text);
      other = words !== undefined && !own.some((n) => n.includes(words.toLowerCase()));
    }
    seen.set(key, other);
  }
  return other;
}

/** An acronym of capitals alone ("CISA"). */
const BARE_ACRONYM = unicodeRegex`^\p{Lu}{3,6}$`;
/** How far before a bracketed acronym the words it abbreviates are read. */
const SPELLED_REACH = 90;
/** A short lowercase word a name holds between two capitalised ones ("and", "of", "for"). */
const NAME_JOINER = unicodeRegex`^\p{Ll}{1,3}$`;

/**
 * The capitalised words right before a bracketed acronym when their initials spell it ("Cybersecurity and
 * Infrastructure Security Agency" before "(CISA)"), joined by spaces; else undefined.
 */
function spelledBefore(before: string, acronym: string): string | undefined {
  const words = before.trimEnd().split(/\s+/u);
  const caps: string[] = [];
  for (let k = words.length - 1; k >= 0 && caps.length < acronym.length; k--) {
    const w = words[k] as string;
    if (CAPITAL_FIRST.test(w)) caps.unshift(w);
    else if (!NAME_JOINER.test(w) || caps.length === 0) break;
  }
  const initials = caps.map((w) => w.charAt(0)).join('');
  return initials === acronym ? caps.join(' ') : undefined;
}

/**
 * A certification dated only after asOf (a period too, that starts after it), with no validity, expiry or standing
 * stated beside it ("CCSP — exam 03/2027", "AIGP (convocatoria de enero de 2027)"): no certificate is issued ahead of
 * time, so the date is an exam still to sit.
 */
function datedAhead(words: string, ranges: readonly DateRange[], cues: CueWords, reading: { asOfYm: number; lex: Lexicon }): boolean {
  if (ranges.some((r) => r.start <= reading.asOfYm) || cues.certValid.test(words)) return false;
  if (!execAll(cues.certExpiresAll, words).next().done || !execAll(cues.certCurrentAll, words).next().done) return false;
  const dates = findSingleDates(words, reading);
  return (dates.length > 0 || ranges.length > 0) && dates.every((d) => d.ym > reading.asOfYm);
}

/**
 * The words after a certification's name give a validity that runs to asOf or past it, a date right after an expiry
 * cue ("vigente hasta 12/2026"; not "nicht verlängert" beside some later date), and no expiry before it.
 */
function validAfter(around: string, cues: CueWords, reading: { asOfYm: number; lex: Lexicon }): boolean {
  const ends = validityEnds(around, cues, reading);
  return ends.some((ym) => ym >= reading.asOfYm) && !ends.some((ym) => ym < reading.asOfYm);
}

/** A certification's context from its name on (the cue that dropped it, before the name, tells nothing of its own). */
function wordsFrom(m: Mention, context: string): string {
  return context.slice(Math.max(0, context.indexOf(m.text)));
}

/** A year after a certification's name on its line: four digits, or two after an apostrophe ("Mar'25", "'25"). */
const CERT_YEAR_AFTER = /^[^\n•·|;]{0,30}?(?:\b(19[89]\d|20\d\d)\b|['’](\d\d)(?![\d'’]))/u;

/** A date alone before a certification's name on its line, as a list of dated items opens each one ("[ 05/2025 ] ", "Mar 2021 – "). */
const DATE_CELL_BEFORE = unicodeRegex`^[^\S\n]{0,12}[[(]?[^\S\n]?(?:\d{1,2}[/.]|\p{L}{3,9}\.? )?(19[89]\d|20\d\d)[^\S\n]?[\])]?[^\S\n]{0,6}[-–—|:·]?[^\S\n]{0,3}$`;

/** Two dates in cells side by side, as a certifications table gives its issue and expiry dates ("02/2021⇥02/2024", "2015    2018", "| 05/2017 | 05/2020 |"). */
const DATE_CELLS =
  /(?<![\d/.-])(\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d(?:-\d\d)?)(?:\t[\t ]*| {2,}\t?| {0,12}\| {0,12})(?=(?:\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d(?:-\d\d)?)(?!\S))/gu;

/** A bare year cell ("2015"), as opposed to a month one ("02/2021", "2021-02"). */
const BARE_YEAR_CELL = /^(?:19|20)\d\d(?!\S)/u;
const HOLDS_YEAR = /(?:19|20)\d\d/u;
/** How many lines above a certification's row its table's header may stand. */
const HEADER_REACH = 12;

/**
 * A certification's part of its line with two date cells side by side read as the validity they give: month cells
 * ("02/2021⇥02/2024") unless the table's header names a renewal for them ("Obtained   Last renewed"); bare years
 * ("2015    2018") only where the row or the header names an expiry ("Issued   Expires"), since "Obtained   Renewed"
 * tables give two bare years as often, and a renewed certification is held.
 */
function validityCells(around: string, text: string, lineStart: number, cues: CueWords): string {
  DATE_CELLS.lastIndex = 0;
  if (!DATE_CELLS.test(around)) return around;
  DATE_CELLS.lastIndex = 0;
  const header = headerAbove(text, lineStart);
  if (!execAll(cues.certExpiresAll, around).next().done || !execAll(cues.certExpiresAll, header).next().done) return around.replace(DATE_CELLS, '$1 – ');
  if (cues.certValid.test(header)) return around;
  return around.replace(DATE_CELLS, (cell: string, first: string, offset: number) =>
    BARE_YEAR_CELL.test(first) || BARE_YEAR_CELL.test(around.slice(offset + cell.length, offset + cell.length + 5)) ? cell : `${first} – `,
  );
}

/** The nearest line above `lineStart` (within `HEADER_REACH` lines) that holds no year: a table's header, or its section's heading. */
function headerAbove(text: string, lineStart: number): string {
  let end = lineStart;
  for (let k = 0; k < HEADER_REACH && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 2) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && !HOLDS_YEAR.test(line)) return line;
    end = start;
  }
  return '';
}

/** The latest date `text` names, as a `ym`; a bare year counts to its December; 0 when it names none. */
function latestYm(text: string, reading: { lex: Lexicon }): number {
  let latest = latestYear(text) * 12;
  if (latest === 0) return 0;
  // A bare year is its December unless a date of that year gives its month.
  latest += 11;
  const written = findSingleDates(text, reading).filter((d) => d.month !== undefined && d.year === Math.floor(latest / 12));
  return written.length > 0
    ? largest(
        written.map((d) => d.ym),
        0,
      )
    : latest;
}

/**
 * The `ym` a mention's date gives (`head`: the words from the mention to its year): its month when written before the
 * year, else December: a bare year earned in the year another lapsed in a given month ("Associate — 2026" beside "Specialty, expired
 * 04/2026") may be the later of the two, and is listed as held.
 */
function issuedYm(head: string, year: number, reading: { lex: Lexicon }): number {
  const dates = findSingleDates(head, reading).filter((d) => d.year === year);
  const last = dates[dates.length - 1];
  return last?.month !== undefined ? last.ym : year * 12 + 11;
}

/** The latest year a text names, 0 when it names none. */
function latestYear(text: string): number {
  let latest = 0;
  for (const m of text.matchAll(YEARS)) latest = Math.max(latest, Number(m[0]));
  return latest;
}

const YEARS = /\b(?:19[89]\d|20\d\d)\b/gu;

/** A certification mention's part of its line (between the other certifications on it), with the next line when that is a short line of its own (dates, a status). */
function certContext(text: string, m: Mention, certs: readonly Mention[], cues: CueWords, lines: LineIndex, goesOn: ReadonlySet<string>): string {
  // The mention's line, but never more than LineIndex.REACH characters either side of it.
  const { start: lineStart, end: lineEnd, clipped } = lines.near(m.start, m.end);
  // The other certifications of that stretch (`certs` is sorted by start).
  const others = itemsIn(certs, lineStart, lineEnd, startOf).filter((c) => c !== m && c.id !== m.id);
  const before = others.filter((c) => c.end <= m.start).at(-1);
  const after = others.find((c) => c.start >= m.end);
  // A labelled field of its own before it ("Candidate: Jane Roe, CISA"): its label names the field, no status of the certification's.
  const from = before ? separatorAfter(text, before.end, m.start) : LABELLED_FIELD_BEFORE.test(text.slice(lineStart, m.start)) ? m.start : lineStart;
  const to = after ? separatorBefore(text, m.end, after.start) : nextItem(text, m.end, lineEnd, cues);
  let out = `${statusBeforeJoined(text, m, lineStart, certs, cues, lines)}${wrappedBefore(text, m, lineStart, from, certs, lines)}${text.slice(from, to)}`;
  if (after) {
    const shared = sharedStatus(text, m, after, others, cues, lineEnd);
    out += shared;
    // A shared status that runs on to the next line ("CEH und Security+ habe ich⏎vor Jahren auslaufen lassen").
    if (shared === '' || others.at(-1) !== after || clipped || lineEnd >= text.length) return out;
    return out + runOnSentence(text, out, lineStart, lineEnd, certs, lines);
  }
  if (clipped || lineEnd >= text.length) return out;
  const next = lineAt(text, lines, lineEnd + 1);
  const names = (l: { start: number; end: number }) => anyIn(certs, l.start, l.end, startOf);
  // A sentence that runs on to a line naming another certification ends before that name ("Security+ habe ich schon⏎vor
  // Jahren auslaufen lassen. Ich arbeite auf die OSEP hin").
  if (names(next)) {
    const runOn = runOnSentence(text, out, lineStart, lineEnd, certs, lines);
    if (runOn !== '') return out + runOn;
  }
  // A bracket left open goes on to where the next line closes it ("… die IAPP CIPP/E vor (Prüfung für⏎Januar 2027 gebucht) und …").
  const closing = bracketClosed(out, bracketLines(text, lines, next, names));
  if (closing !== undefined) return `${out} ${closing}`;
  // A line naming another certification is that one's ("2027  CCSP – exam booked" under "2021  CISSP"), and so is
  // the next row of a table whose name column it shares ("geplant 2027    T.I.S.P." under "2023    Azure AI Engineer").
  if (names(next) || nextRow(text.slice(lineStart, lineEnd), text.slice(next.start, next.end), m.start - lineStart, cues)) return out;
  // A status cut by the wrap after a word that never ends a line ("CIPP/E – exam in⏎preparation").
  if (endsOnGoingOnWord(out, goesOn) && LOWER_FIRST.test(next.body) && next.body.length <= MAX_STATUS) return `${out} ${next.body}`;
  // A form's record in a certifications section: the labelled lines under "Certification: <name>" are its fields ("Issued:", "Expires:", "Comments:
  // Studying; exam planned for early 2027"), up to a blank line or the next name. A record's first field is a date or
  // empty ("Issued: 09/2024", "Issued:"), or a later field of it is dated ("Issuer: …" over "Status: exam booked for
  // 12/2026"); another label ("Interests: …") opens another part.
  const opensRecord = (body: string) => DATED.test(body) || FIELD_ONLY.test(body) || EMPTY_FIRST_FIELD.test(body);
  if (m.section === 'certifications' && FORM_LABEL_BEFORE.test(text.slice(lineStart, m.start)) && FORM_FIELD.test(next.body)) {
    const fields: string[] = [];
    for (let l = next; fields.length < MAX_FORM_FIELDS && FORM_FIELD.test(l.body) && !names(l); l = lineAt(text, lines, l.end + 1)) {
      fields.push(l.body);
      if (l.end >= text.length) break;
    }
    if (fields.length > 0 && (opensRecord(next.body) || fields.some((f) => DATED.test(f)))) return `${out}\n${fields.join('\n')}`;
  }
  // A sentence of prose that runs on to the next line ends there ("Meine AWS ML Specialty ist 2024⏎abgelaufen, ich …").
  if (runsOnTo(out, text.slice(lineStart, lineEnd), next.body)) return `${out} ${sentenceStart(next.body)}`;
  // Only a line of dates or a status belongs to the certification above it ("August 2014 to August 2017", "Exam booked for
  // February 2027"), and so does the rest of a name cut at a dash or colon ("AWS Certified Machine Learning –⏎Specialty (expired 2024)").
  // A line that opens with a dated word may go on with a remark ("Issued Mar 2018 · Expired Mar 2022 (lapsed, CPE not maintained)").
  const isStatus = (body: string) =>
    body.length > 0 &&
    ((body.length <= statusLimit(body, cues) && cues.certNotHeld.test(body) && (DATED.test(body) || LOWER_FIRST.test(body)) && !namesAcronym(body, cues)) ||
      (body.length <= (DATE_WORD_FIRST.test(body) ? MAX_DATED_STATUS : MAX_STATUS) && STATUS_LINE.test(body)) ||
      // A look-alike's name alone on its line ("Associate of ISC2" under "Administrator (CKA)") is an item of its own.
      (cues.certNotHeldLine.test(body) && !namesAcronym(body, cues)) ||
      // A status labelled before a colon or a dash ("In progress: IAPP training completed …; exam scheduled for January 2027"):
      // the words after the label are its remark, whatever acronyms they hold (convention 417).
      (body.length <= MAX_DATED_STATUS && labelledStatus(body, cues)));
  // A bracket that opens the next line is the name's remark, though a sentence goes on after it ("… Specialty⏎(2020–2023;
  // lapsed, not renewed). Held a …").
  const remark = OPENING_BRACKET.exec(next.body)?.[0];
  // A bracket after which the sentence goes on in lower case has the name as its subject ("My GPEN⏎(2019) lapsed in 2023
  // and I did not renew it."): the sentence is the name's.
  if (
    remark !== undefined &&
    LOWER_FIRST.test(next.body.slice(remark.length).trimStart()) &&
    runsOnTo(out, text.slice(lineStart, lineEnd), next.body.slice(remark.length).trimStart())
  )
    return `${out}\n${sentenceStart(next.body)}`;
  if (remark !== undefined && remark.length < next.body.length && isStatus(remark)) return `${out}\n${remark}`;
  // An issuer's cell before the status on its line is the same ("Amazon Web Services · Issued Mar 2025 · Expires Mar 2028").
  const issuerCell = ISSUER_CELL.exec(next.body)?.[0];
  // A cell that reads as a certificate's name ("AWS Certified Cloud Practitioner · 2021 (lapsed 2024)") is another item;
  // one word in lower and capital letters alone is the issuer, though certificates' names hold it too ("EC-Council –
  // expired in 2020"). A line cut as the mention's own is the next row of its list ("OSCP — 2020" over "OSWE — in progress").
  // An acronym alone before a dash is a name ("OSWE – in progress"), as a dash cuts a list of names from their status.
  const issuerOnly = issuerCell !== undefined && (ONE_WORD_CELL.test(issuerCell) || (!cues.certName.test(issuerCell) && !ACRONYM_DASH_CELL.test(issuerCell)));
  const sameCut = issuerCell !== undefined && text.slice(lineStart, lineEnd).includes(` ${issuerCell.trim().slice(-1)} `);
  const statusAfterIssuer = issuerOnly && !sameCut && !names(next) && isStatus(next.body.slice((issuerCell as string).length));
  if (isStatus(next.body) || statusAfterIssuer || (next.body.length > 0 && next.body.length <= 60 && UNFINISHED.test(out))) {
    // A renewal under the dates is theirs too ("September 2020 to September 2026⏎Renewed via CE; current through September 2029").
    const then = lineAt(text, lines, next.end + 1);
    const renewal = then.body.length > 0 && then.body.length <= 60 && cues.certValid.test(then.body) && !names(then);
    if (renewal) return `${out}\n${next.body}\n${then.body}`;
    // The record's remark under its dates names the certification again ("September 2026 to Present" over "Passed the
    // CISM exam …; application … submitted and awaiting ISACA⏎approval."): its status is the record's (convention 417).
    if (then.body.length > 0 && namesOnly(certs, then, m.id)) {
      const runOn = runsOnTo(then.body, text.slice(then.start, then.end), lineAt(text, lines, then.end + 1).body);
      return `${out}\n${next.body}\n${then.body}${runOn ? ` ${sentenceStart(lineAt(text, lines, then.end + 1).body)}` : ''}`;
    }
    return `${out}\n${next.body}`;
  }
  // A short line between them (its issuer, as LinkedIn lists them: "EC-Council⏎Issued Mar 2016 · Expired Mar 2019").
  // An issuer names no date: "CEH — 2018 (not renewed," is an item of its own, whose status is its own.
  if (next.body.length === 0 || next.body.length > MAX_ISSUER || DATED.test(next.body) || next.end >= text.length) return out;
  const then = lineAt(text, lines, next.end + 1);
  if (isStatus(then.body) && !names(then)) out += `\n${next.body}\n${then.body}`;
  return out;
}

/** A line that opens with a not-held cue as its label, a colon or a dash after it ("In progress: …", "Lapsed – …"). */
function labelledStatus(body: string, cues: CueWords): boolean {
  const cue = cues.certNotHeld.exec(body);
  if (cue?.index !== 0 || !STATUS_LABEL_END.test(body.slice(cue[0].length, cue[0].length + 4))) return false;
  // A remark in words, not another certification's name ("In progress: Microsoft SC-200").
  return PROSE_WORD.test(body.slice(cue[0].length));
}

/** A word in small letters: prose. */
const PROSE_WORD = unicodeRegex`\s\p{Ll}{3,}`;

/** What closes a status's label: a colon or a spaced dash. */
const STATUS_LABEL_END = /^(?:\s{0,2}:|\s{1,2}[–—-]\s)/u;

/** The line names a certification and only the one of id `id`. */
function namesOnly(certs: readonly Mention[], line: { start: number; end: number }, id: string): boolean {
  const on = itemsIn(certs, line.start, line.end, startOf);
  return on.length > 0 && on.every((c) => c.id === id);
}

/**
 * The start of the next line's sentence when the mention's line of prose runs on into it and that part names no
 * certification of its own (" vor Jahren auslaufen lassen."); else nothing.
 */
function runOnSentence(text: string, out: string, lineStart: number, lineEnd: number, certs: readonly Mention[], lines: LineIndex): string {
  const next = lineAt(text, lines, lineEnd + 1);
  if (!runsOnTo(out, text.slice(lineStart, lineEnd), next.body)) return '';
  const sentence = sentenceStart(next.body);
  const at = next.start + Math.max(0, text.slice(next.start, next.end).search(/\S/u));
  return anyIn(certs, next.start, at + sentence.length, startOf) ? '' : ` ${sentence}`;
}

/** How far before a certification joined to the one before it a status cue may stand ("dejé caducar la CEH y la⏎Security+"). */
const JOINED_CUE_REACH = 40;
/** What may stand between a status cue and the name it governs: an article at most ("laissé tomber le CEH"). */
const CUE_THEN_NAME = unicodeRegex`^\s{0,3}(?:\p{Ll}{1,3}['’]?\s{0,3})?$`;

/**
 * The status cue that governs the certification before this one when only an `and` (and an article) joins the two, on
 * its line or across a line break ("j'ai laissé tomber le CEH et la⏎Security+", "dejé caducar la CEH y la Security+"):
 * the cue right before the first name is both names'. Else nothing.
 */
function statusBeforeJoined(text: string, m: Mention, lineStart: number, certs: readonly Mention[], cues: CueWords, lines: LineIndex): string {
  const from = lineStart >= 2 && text.charCodeAt(lineStart - 1) === 10 ? lines.near(lineStart - 1).start : lineStart;
  const prev = itemsIn(certs, from, m.start, startOf)
    .filter((c) => c.end <= m.start && c.id !== m.id)
    .at(-1);
  if (!prev || !cues.joinedArticle.test(text.slice(prev.end, m.start))) return '';
  const head = text.slice(Math.max(from, prev.start - JOINED_CUE_REACH), prev.start);
  for (let k = 0; k < head.length; ) {
    const cue = cues.certNotHeld.exec(head.slice(k));
    if (!cue) return '';
    const end = k + cue.index + cue[0].length;
    if (CUE_THEN_NAME.test(head.slice(end))) return `${cue[0]} `;
    k = end;
  }
  return '';
}

/**
 * The next certification and the words after it when only an `and` joins the two ("My CEH and Security+ both lapsed
 * in 2021"): a status there is both names' (the next name blanked, so that no word of it is read as a status). Not a
 * bracket right after the next name, which is its own ("OSCP and CEH (expired 2019)"); else nothing.
 */
function sharedStatus(text: string, m: Mention, after: Mention, others: readonly Mention[], cues: CueWords, lineEnd: number): string {
  if (!cues.joinedOnly.test(text.slice(m.end, after.start)) || BRACKET_NEXT.test(text.slice(after.end, after.end + 4))) return '';
  const then = others.find((c) => c.start >= after.end);
  const to = then ? separatorBefore(text, after.end, then.start) : nextItem(text, after.end, lineEnd, cues);
  return `${' '.repeat(after.end - after.start)}${text.slice(after.end, to)}`;
}

/**
 * The line under a certification's is the next row of the dated table it stands in: both open with a cell that names a
 * year and a gap, the name after it, and the next row's second cell is a name of its own (capitalised, no date, no
 * status): "geplant 2027  TeleTrusT Information Security Professional" under "2023  Microsoft Certified: Azure AI …".
 */
function nextRow(line: string, next: string, at: number, cues: CueWords): boolean {
  const cell = DATED_CELL.exec(line);
  const own = DATED_CELL.exec(next);
  if (!cell || !own || cell[0].length > at) return false;
  const rest = next.slice(own[0].length);
  return CAPITAL_FIRST.test(rest) && !DATED.test(rest) && !cues.certNotHeld.test(rest);
}

/** A row's first cell, words that name a year, and the gap after it. */
const DATED_CELL = unicodeRegex`^[^\S\n]{0,4}(?:\p{L}{1,12}\.?\s)?(?:\d{1,2}[./-])?(?:19|20)\d\d[^\S\n]{2,}(?=\S)`;
/** A capital letter first: a cell or a word that opens with a name. */
const CAPITAL_FIRST = unicodeRegex`^\p{Lu}`;

/** A bracket right after a name. */
const BRACKET_NEXT = /^\s{0,2}[([]/u;

/** A bracket at the start of a line, closed on it. */
const OPENING_BRACKET = /^\([^()\n]{1,80}\)/u;

/** A line that starts in lowercase goes on from the line above ("CISSP – exam passed Oct 2026⏎endorsement pending"). */
const LOWER_FIRST = unicodeRegex`^\p{Ll}`;

/** The longest bracket read on across a line break. */
const MAX_BRACKET = 80;

/** How many lines a bracket left open may run on over (a narrow sidebar wraps a remark: "(CISSP exam passed⏎2023, endorsement⏎pending …)"). */
const MAX_BRACKET_LINES = 4;

/**
 * The lines from `next` on, joined by spaces, that a bracket left open on the line above may run on over: up to a blank
 * line, an item's mark, a line naming a certification, `MAX_BRACKET` characters or `MAX_BRACKET_LINES` lines.
 */
function bracketLines(
  text: string,
  lines: LineIndex,
  next: { body: string; start: number; end: number },
  names: (l: { start: number; end: number }) => boolean,
): string {
  let out = next.body;
  for (let l = next, k = 1; k < MAX_BRACKET_LINES && !out.includes(')') && out.length <= MAX_BRACKET && l.end < text.length; k++) {
    l = lineAt(text, lines, l.end + 1);
    if (l.body === '' || STARTS_ITEM.test(l.body) || names(l)) break;
    out += ` ${l.body}`;
  }
  return out;
}

/** The start of `next` up to the bracket it closes, when `out` ends inside a bracket ("(Prüfung für"); else undefined. */
function bracketClosed(out: string, next: string): string | undefined {
  const open = out.lastIndexOf('(');
  if (open === -1 || out.indexOf(')', open) !== -1 || STARTS_ITEM.test(next)) return undefined;
  const close = next.indexOf(')');
  return close !== -1 && close <= MAX_BRACKET && !next.slice(0, close).includes('(') ? next.slice(0, close + 1) : undefined;
}

/** A line that goes on with a sentence: it starts with a lowercase letter, or a year ("Mein CEH ist⏎2022 abgelaufen"). */
const LOWER_START = unicodeRegex`^(?:\p{Ll}|(?:19|20)\d\d\s\p{Ll})`;
/** A wrapped line of prose: at least this long. */
const PROSE_LINE = 50;

/** The mention's part of a long line of prose ends mid-sentence, and the next line goes on with that sentence. */
function runsOnTo(out: string, line: string, next: string): boolean {
  const body = line.trim();
  return (
    body.length >= PROSE_LINE &&
    LOWER_START.test(next) &&
    !ENDS_SENTENCE.test(out) &&
    !COLUMN_GAP.test(body) &&
    !STARTS_ITEM.test(line) &&
    !STARTS_ITEM.test(next)
  );
}

/**
 * A line up to the end of its first sentence (the whole line when it has none). A full stop before a digit or a
 * lower-case word ends no sentence: an abbreviated month ("ausgestellt Feb. 2022 (abgelaufen Feb. 2025)").
 */
function sentenceStart(line: string): string {
  const end = line.search(FIRST_SENTENCE_END);
  return end < 0 ? line : line.slice(0, end + 1);
}

/** A sentence's end: a full stop not followed by a digit or a lower-case word, or another stop. */
const FIRST_SENTENCE_END = unicodeRegex`[!?;]|\.(?![^\S\n]{0,2}[\p{Ll}\d])`;

/** The longest line read as a certification's issuer ("EC-Council", "Offensive Security"). */
const MAX_ISSUER = 40;
/** An issuer's name (no digit) in a cell of its own that opens a line, up to its separator ("Amazon Web Services · ", "EC-Council – "). */
const ISSUER_CELL = unicodeRegex`^\p{L}[^\d·|•–—\n]{0,39}?\s[·|•–—]\s{1,3}`;
/** An `ISSUER_CELL` of capitals and digits alone before a dash ("OSWE – "). */
const ACRONYM_DASH_CELL = unicodeRegex`^[\p{Lu}\d+/-]{2,20}\s[–—]\s{1,3}$`;
/** An `ISSUER_CELL` of one word with a capital first and a small letter ("EC-Council – ", "OffSec · "), not an acronym that names a certificate ("OSWE — "). */
const ONE_WORD_CELL = unicodeRegex`^(?=[\p{L}-]{0,30}\p{Ll})\p{Lu}[\p{L}-]{0,30}\s[·|•–—]\s{1,3}$`;

/** The line that starts at `start`: its trimmed text (at most LineIndex.REACH characters of it) and where it ends. */
function lineAt(text: string, lines: LineIndex, start: number): { body: string; start: number; end: number } {
  const { end } = lines.near(start);
  return { body: text.slice(start, end).trim(), start, end };
}

const startOf = (m: Mention): number => m.start;

/** A line that ends in a dash or a colon: its name goes on on the next line. */
const UNFINISHED = /[–—:-]\s{0,3}$/u;

/** A year: a status line under a certification dates it ("Exam booked for February 2027"). */
const DATED = /\b(?:19|20)\d{2}\b/u;
/** A form's label right before a certification's name ("Certification: ", "Name:"). */
/** A line that opens with a labelled field, its value closed by a comma, before a certification ("Candidate: Jane Roe, "). */
const LABELLED_FIELD_BEFORE = unicodeRegex`^[^\S\n]{0,12}\p{L}[\p{L}'’ ]{0,30}:[^,:;()\n]{1,60},[^\S\n]{0,4}$`;
const FORM_LABEL_BEFORE = unicodeRegex`^\s{0,12}\p{L}[\p{L} ]{0,24}:\s{0,3}$`;
/** A field of a form: a label and a colon, its value possibly empty ("Issued: 04/2022", "Expires:"). */
const FORM_FIELD = unicodeRegex`^\p{L}[\p{L} ]{0,24}:(?:\s|$)`;
/** A form's field with no value, alone (trimmed). */
const FIELD_ONLY = unicodeRegex`^\p{L}[\p{L} ]{0,24}:$`;
/** A form's fields on one line, the first left empty ("Issued:      Expires:      Status: In progress"). */
const EMPTY_FIRST_FIELD = unicodeRegex`^\p{L}[\p{L} ]{0,24}:[^\S\n]{2,}\p{L}[\p{L} ]{0,24}:`;
/** A form's field with no value: its label alone on its line. */
const EMPTY_FIELD = unicodeLiteral`/^\p{L}[\p{L} ]{0,24}:[ \t]*$/gmu`;
/** The most fields of a form's record read with its certification. */
const MAX_FORM_FIELDS = 5;
/** Capitals that name something ("CCSP", "AWS"): a line holding one is another item, not a status. */
const ACRONYM = unicodeRegex`\b\p{Lu}{2,}`;
const LOWER = unicodeRegex`\p{Ll}`;

/**
 * Whether a status line names an acronym of its own ("TISP exam scheduled 2027": another certification's). In a line of
 * capitals, as ATS exports print them ("EXAM SCHEDULED 01/2027"), every word looks like one: there the line names none
 * when it opens with the status ("EXAM BOOKED FOR MARCH 2027", not "TISP EXAM SCHEDULED 2027").
 */
function namesAcronym(body: string, cues: CueWords): boolean {
  if (LOWER.test(body)) return ACRONYM.test(body);
  return cues.certNotHeld.exec(body)?.index !== 0;
}

/** The longest status line under a certification. */
const MAX_STATUS = 60;

/**
 * How long a line under a certification may be to be its status: a line that opens with a not-held word may run as
 * long as a dated one, as translations do ("Preparándome para el examen (previsto para el primer trimestre de 2027)").
 */
function statusLimit(body: string, cues: CueWords): number {
  return cues.certNotHeld.exec(body)?.index === 0 ? MAX_DATED_STATUS : MAX_STATUS;
}
/** The longest status line under a certification that opens with a dated word ("Issued Mar 2018 · Expired …"; translated, longer: "Expedida en sept. 2024 · Caduca en sept. 2027 · ID de credencial …"). */
const MAX_DATED_STATUS = 100;
/** A line that opens with a word and a date ("Issued Mar 2018", "Valid: 09/2022", "Expedida en sept. 2024"), not with a name ("CISSP 2019") or a bare year (a dated item of a list). */
const DATE_WORD_FIRST = unicodeRegex`^\p{Lu}?\p{Ll}{2,11}[.:]?\s{1,3}(?:\p{L}{1,5}\.?\s{1,3}){0,2}(?:\d{1,2}[./-])?\d{4}\b`;

/** A line that holds only a date ("abril de 2020 a abril de 2023", "Issued: 09/2022"), a period or a bracketed remark. */
const STATUS_LINE = unicodeRegex`^(?:[([\d]|\p{L}{3,12}[.:]?\s{1,3}(?:\p{L}{1,5}\.?\s{1,3}){0,2}(?:\d{1,2}[./-])?\d{4}\b)`;

/**
 * The sentence a certification at the start of its line began on the line above ("Preparing for the IAPP⏎AIGP."; "Bereite
 * mich auf die Prüfung⏎CISSP vor"): that line's last clause, when it runs on (no full stop or colon at its end) and names
 * no certification of its own.
 */
function wrappedBefore(text: string, m: Mention, lineStart: number, from: number, certs: readonly Mention[], lines: LineIndex): string {
  if (from !== lineStart || lineStart < 2 || text.charCodeAt(lineStart - 1) !== 10 || !LINE_OPENING.test(text.slice(lineStart, m.start))) return '';
  // A heading in capitals run into the line ("CERTIFICATIONS Google Cloud Professional …") opens a section: nothing above goes on into it.
  if (CAPS_OPENING.test(text.slice(lineStart, m.start))) return '';
  const prevStart = lines.near(lineStart - 1).start;
  const prev = text.slice(prevStart, lineStart - 1);
  // Prose only: a line of two columns, or an item ("→ exam booked Feb 2027", the status of the certification above it),
  // is no sentence that runs on.
  // Nor is a line of dates, the status of the certification above ("Issued Feb 2024 · Expires Feb 2027").
  if (prev.trim() === '' || ENDS_SENTENCE.test(prev) || COLUMN_GAP.test(prev.trim()) || STARTS_ITEM.test(prev) || isDateLine(prev.trim())) return '';
  // A line that leaves a bracket open goes on into this one ("Associate of ISC2 (passed the⏎CISSP exam …"): it is no status of a certification above it.
  const abovePrev = prevStart >= 2 && !opensBracket(prev) ? lines.near(prevStart - 1).start : prevStart;
  if (anyIn(certs, abovePrev, lineStart, startOf)) return '';
  let cut = prev.length;
  while (cut > 0 && !'.!?;'.includes(prev.charAt(cut - 1))) cut--;
  const clause = prev.slice(cut);
  return `${clause.slice(-80)} `;
}

/** A line that opens a bracket it does not close. */
function opensBracket(line: string): boolean {
  const open = line.lastIndexOf('(');
  return open !== -1 && line.indexOf(')', open) === -1;
}

/** A line that opens with a date and names one ("Issued Feb 2024 · Expires Feb 2027", "(2019 – 2022)"). */
function isDateLine(body: string): boolean {
  return STATUS_LINE.test(body) && DATED.test(body);
}

/** Words in capitals alone before a certification at the start of its line: a heading run into it. */
const CAPS_OPENING = unicodeRegex`^\s{0,4}\p{Lu}{2,}(?:\s\p{Lu}{2,}|\s&){0,3}\s{1,3}$`;
/** What may stand before a certification at the start of its line: indentation, a bullet, a few words ("die Prüfung"). */
const LINE_OPENING = /^[^\S\n]{0,60}[•·*-]?[^\n·|;,•():]{0,30}$/u;
/** A line that ends a sentence or an item. */
const ENDS_SENTENCE = /[.!?:;)\]]\s*$/u;
/** A gap between two columns. */
const COLUMN_GAP = /\S {3}/u;
/** A line that is a list item or a status ("→ exam booked Feb 2027"). */
const STARTS_ITEM = /^\s*[→•·*▪◦-]/u;

/**
 * A status that says a certification is not held, read beside the statements that it is current: a cue inside one says
 * nothing ("en cours" in "en cours de validité", "expired" in "not expired"), a cue that holds one negates it ("not
 * maintained", "non maintenue").
 */
function notHeldCue(around: string, cues: CueWords): boolean {
  const current = [...execAll(cues.certCurrentAll, around)].map((c) => [c.index, c.index + c[0].length] as const);
  return notHeldSpans(around, cues).some(([a, b]) => !current.some(([s, e]) => s <= a && b <= e));
}
/**
 * Where the last renewal of a certification stated in `around` ends ("renewed", "renovada"; not one a not-held cue holds,
 * "not renewed", "nicht verlängert"), or 0 when none is: the statuses before it were renewed.
 */
function renewalEnd(around: string, cues: CueWords): number {
  const notHeld = notHeldSpans(around, cues);
  let end = 0;
  for (const r of execAll(cues.certRenewedAll, around)) {
    const after = r.index + r[0].length;
    const negated = notHeld.some(([a, b]) => a < after && r.index < b) || negatedBefore(around.slice(Math.max(0, r.index - NEGATION_REACH), r.index), cues);
    if (!negated) end = after;
  }
  return end;
}

/** How far before a renewal word a negation is read ("no la he renovado", "nie verlängert"). */
const NEGATION_REACH = 12;

/** Whether the words right before a renewal hold a negation word of `negationNear` ("no", "nie", "jamais"). */
function negatedBefore(before: string, cues: CueWords): boolean {
  return before
    .toLowerCase()
    .split(/\P{L}+/u)
    .some((w) => cues.nearWords.has(w));
}

/** The spans of the not-held cues of `around`, left to right, each the longest at its place. */
function notHeldSpans(around: string, cues: CueWords): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (let from = 0; from < around.length; ) {
    const m = cues.certNotHeld.exec(around.slice(from));
    if (!m) break;
    const a = from + m.index;
    spans.push([a, a + m[0].length]);
    from = a + Math.max(1, m[0].length);
  }
  return spans;
}

/**
 * A validity that runs to asOf or past it, stated as such ("current through September 2029", "Expire en févr. 2027");
 * "since 2022" is no end. `ranges`: the date ranges of `around`.
 */
function stillValid(around: string, ranges: readonly DateRange[], cues: CueWords, reading: { asOfYm: number; lex: Lexicon }): boolean {
  // A form's field left empty ("Expires:" with nothing after it) states no validity.
  if (!cues.certValid.test(around.replace(EMPTY_FIELD, (f) => ' '.repeat(f.length)))) return false;
  // A period that starts after asOf ("exam planned Q1 2027") is no validity.
  return (
    findSingleDates(around, reading).some((d) => d.ym >= reading.asOfYm) ||
    ranges.some((r) => !r.current && r.end >= reading.asOfYm && r.start <= reading.asOfYm)
  );
}

/** How far after an expiry cue its date may start ("Expires:  09/2026"). */
const EXPIRY_GAP = 4;

/**
 * An end of validity stated before asOf: the date right after an expiry cue ("Issued: 09/2022   Expires: 09/2026",
 * "valid until 2025").
 */
function expiredBy(around: string, cues: CueWords, reading: { asOfYm: number; lex: Lexicon }): boolean {
  return validityEnds(around, cues, reading).some((ym) => ym < reading.asOfYm);
}

/** The months each validity stated in `around` ends in, as `ym`: the date right after an expiry cue; a year alone runs to its December. */
function validityEnds(around: string, cues: CueWords, reading: { asOfYm: number; lex: Lexicon }): number[] {
  const ends: number[] = [];
  for (const cue of execAll(cues.certExpiresAll, around)) {
    const from = cue.index + cue[0].length;
    const date = findSingleDates(around.slice(from, from + EXPIRY_GAP + 20), reading)[0];
    if (date && date.index <= EXPIRY_GAP) ends.push(date.month === undefined ? date.ym + 11 : date.ym);
  }
  return ends;
}

/**
 * The matches of a global pattern, as `matchAll` gives them, from the pattern itself: `matchAll` runs a copy, and
 * copying a lexicon pattern compiles it again. The pattern starts at 0 and is left at 0.
 */
function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** The index after the one at `k`: past a surrogate pair in a pattern with the `u` flag (the spec's AdvanceStringIndex). */
function advance(text: string, k: number, unicode: boolean): number {
  if (!unicode || k + 1 >= text.length) return k + 1;
  const c = text.charCodeAt(k);
  const d = text.charCodeAt(k + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? k + 2 : k + 1;
}

/** The last separator (`·`, `|`, `;`, `,`, `•`) or sentence stop in [from, to), else `to`… read from the left side. */
function separatorAfter(text: string, from: number, to: number): number {
  // A separator inside a bracket is the bracket's own ("CISM (2017, lapsed), CCSP").
  let depth = 0;
  for (let k = to - 1; k >= from; k--) {
    const c = text.charAt(k);
    if (c === ')' || c === ']') depth++;
    else if ((c === '(' || c === '[') && depth > 0) depth--;
    else if (depth === 0 && (/[·|;,•]/u.test(c) || isSentenceStop(text, k))) return k + 1;
  }
  return from;
}

/**
 * A full stop that ends a sentence of prose, after a year or a word and before a capitalised word: a status in the
 * next sentence is the next certification's ("CompTIA Security+ since September 2024. Preparing for OSCP"), not this
 * one's. An abbreviation's dot ("exp. Mar 2024") ends no sentence.
 */
function isSentenceStop(text: string, k: number): boolean {
  return /[.!?]/u.test(text.charAt(k)) && SENTENCE_STOP_BEFORE.test(text.slice(Math.max(0, k - 5), k)) && SENTENCE_STOP_AFTER.test(text.slice(k + 1, k + 6));
}

/** What a sentence stop follows: a digit, or the end of a word of four letters at least, or a bracket closed after one ("(renewed 2025)."). */
const SENTENCE_STOP_BEFORE = unicodeRegex`(?:\d|\p{Ll}{4})\)?$`;

/** What a sentence stop precedes: a space and a capitalised word. */
const SENTENCE_STOP_AFTER = unicodeRegex`^[^\S\n]{1,3}\p{Lu}\p{Ll}`;

/**
 * Where the next item of a `·` or `•` list starts after `from` ("OSCP (2019) · OSWE (in progress)"), else `to`. A
 * status after the separator is no item but the certification's own ("OSCP · Preparing – exam planned Q1 2027").
 */
function nextItem(text: string, from: number, to: number, cues: CueWords): number {
  const m = LIST_ITEM.exec(text.slice(from, to));
  if (!m) return pipedStatusItem(text, from, to, cues);
  const item = from + m.index + m[0].length;
  // A date after the separator is this item's own ("CKA  ·  Nov 2019 – expired Nov 2022"), not the next item's name.
  if (DATE_WORD_FIRST.test(text.slice(item, Math.min(to, item + MAX_STATUS)))) return to;
  const status = cues.certNotHeld.exec(text.slice(item, Math.min(to, item + MAX_STATUS)));
  return status?.index === 0 ? to : from + m.index;
}

/** A list separator followed by the name of the next item. */
const LIST_ITEM = unicodeRegex`\s{0,3}[·•]\s{0,3}(?=\p{Lu})`;

/** A pipe, then an acronym in capitals and a dash, then the words after it ("|   OSWE — studying"). */
const PIPED_NAME = unicodeRegex`\s{0,3}\|\s{0,3}\p{Lu}[\p{Lu}\d+/-]{1,11}\s{1,3}[–—-]\s{1,3}`;

/**
 * Where an item after a pipe starts when it is a certification's name with a status of its own ("OSCP (2022) | OSWE —
 * studying": the status is the OSWE's); else `to`. An issuer or a date after a pipe ("CRISC | ISACA | 2016 | Expired")
 * stays the certification's.
 */
function pipedStatusItem(text: string, from: number, to: number, cues: CueWords): number {
  const m = PIPED_NAME.exec(text.slice(from, to));
  if (!m) return bracketedStatusItem(text, from, to, cues);
  const status = from + m.index + m[0].length;
  return cues.certNotHeld.exec(text.slice(status, Math.min(to, status + MAX_STATUS)))?.index === 0 ? from + m.index : to;
}

/** A pipe, then a name and a bracket after it ("| CCNA (expired 2019)"): another item with a remark of its own. */
const PIPED_BRACKET = unicodeLiteral`/\s{0,3}\|\s{0,3}\p{Lu}[\p{L}\d+/.-]{1,20}(?: [\p{L}\d+/.-]{1,20}){0,4} ?\(/gu`;

/** A year: what names a date, not a certification. */
const YEAR_IN_NAME = /(?:19|20)\d{2}/u;

/**
 * Where a later item after a pipe starts when its name carries a status in brackets ("Security+ ce (active) | CompTIA
 * Network+ | CCNA (expired 2019)": the lapse is the CCNA's); else `to`.
 */
function bracketedStatusItem(text: string, from: number, to: number, cues: CueWords): number {
  const slice = text.slice(from, to);
  for (const m of execAll(PIPED_BRACKET, slice)) {
    // A date after the pipe ("| Mar 2021 to Mar 2024 (expired)") is this item's own validity, no other item.
    if (YEAR_IN_NAME.test(m[0])) continue;
    const bracket = from + m.index + m[0].length;
    const close = text.indexOf(')', bracket);
    if (close !== -1 && close <= to && cues.certNotHeld.test(text.slice(bracket, close))) return from + m.index;
  }
  return nextSentenceItem(text, from, to, cues);
}

/**
 * Where a later sentence starts when it gives a status to a name of its own ("CISSP since 2018. Now studying for the
 * GREM exam.": the study is the GREM's, though the catalog lacks it); else `to`. A sentence with no name of its own
 * ("CISM (2015). Expired in 2021.") stays the certification's.
 */
function nextSentenceItem(text: string, from: number, to: number, cues: CueWords): number {
  for (let k = from; k < to; k++) {
    if (!isSentenceStop(text, k)) continue;
    const rest = text.slice(k + 1, to);
    const cue = cues.certNotHeld.exec(rest);
    if (cue && LOWER.test(rest) && ACRONYM.test(cueObject(rest.slice(cue.index + cue[0].length)))) return k;
  }
  return to;
}

/** How far after a status cue its object is looked for. */
const CUE_OBJECT_REACH = 26;

/** The few words after a status cue, up to a bracket or a line's end: the cue's object ("for the GREM exam"), not an issuer in a remark ("(ISACA)"). */
function cueObject(after: string): string {
  const head = after.slice(0, CUE_OBJECT_REACH);
  const stop = head.search(/[()\n]/u);
  return stop === -1 ? head : head.slice(0, stop);
}

/** The first separator or sentence stop in [from, to), else `to`. */
function separatorBefore(text: string, from: number, to: number): number {
  // A separator inside a bracket opened after the name is the bracket's own ("CISM (2017, lapsed), CCSP").
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charAt(k);
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (/[·|;,•]/u.test(c) || isSentenceStop(text, k))) return k;
  }
  return to;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
