import { dotAbbreviationsFor, isAbbreviationDot } from './abbreviations';
import type { Lexicon } from './lexicon';
import {
  AsciiTwinRegExp,
  anyBetween,
  escapeRegex,
  fold,
  headPositions,
  expandPhrase,
  headsOf,
  type LedHeads,
  lazyValues,
  lexiconRegExp,
  NEVER,
  phrasesPattern,
  phrasesRegex,
  phrasesSource,
  startPositions,
  startsOf,
  unicodeRegex,
  unicodeLiteral,
} from './phrases';
import { endsOnGoingOnWord, isWrappable, lineGoesOnFor, opensLabel } from './tokens';

/** The negation and aspiration cues of a lexicon, compiled once. */
export interface CueWords {
  /** Before a mention, in its clause: it is no evidence ("currently learning: Rust", "no experience with"). */
  before: RegExp;
  /** Right after a mention: it is no evidence ("CISSP (in progress)", "exam scheduled"). */
  after: RegExp;
  /** The cues before, global: one pass over a text finds them all. */
  beforeAll: RegExp;
  /** The cues of a course taken (`courseBefore`, also in `before`), global: their reach ends at a word of sequence. */
  courseAll: RegExp;
  /** A word of sequence (`sequenceWords`: "then", "later"): after a course taken, what follows is the person's work. */
  sequenceWord: RegExp;
  /** A cue that opens with a word of the teams one works for or with (`teamServed`: "for", "alongside"). */
  teamServedOpener: RegExp;
  /** The cues after, global. */
  afterAll: RegExp;
  /**
   * A gap after a mention that opens with a word and reaches a relative word without a comma (`work.json` →
   * `relativeWords`): a cue after it speaks of the noun that clause qualifies ("Mentor two analysts who are learning").
   */
  otherNounClause: RegExp;
  /** Words of skills sections that are never typos of a skill. */
  notTypos: ReadonlySet<string>;
  /** Beside a certification: it is not held ("exam booked", "expired"). */
  certNotHeld: RegExp;
  /** A line that holds nothing but such a status ("In progress", "Expired; not renewed."): the status of the certification above it. */
  certNotHeldLine: RegExp;
  /** On a status line under a certification: it is still valid ("renewed", "current through"). */
  certValid: RegExp;
  /** Right before the date a certification's validity ends, global ("Expires: 09/2026", "gültig bis 2025"). */
  certExpiresAll: RegExp;
  /** A renewal of a certification, global ("renewed", "verlängert", "renouvelée", "renovada"). */
  certRenewedAll: RegExp;
  /** A label that opens a line of what the person lacks or is learning ("Not yet: Kubernetes", "Still learning –"). */
  gapInline: RegExp;
  /** A line that is only such a label ("GAPS", "Areas for development:"): a block follows. */
  gapHeading: RegExp;
  /** A gap label and nothing else ("laufend", "in progress"): the remark in brackets after a training heading. */
  gapAlone: RegExp;
  /** A gap label opening a sentence, a word after it ("Learning ML through Coursera"): with a course named on its line, a learning line. */
  gapSentence: RegExp;
  /** A course's word or platform (`courseBrackets`: "course", "Coursera", "MOOC") anywhere on a line. */
  courseWord: RegExp;
  /** A titled work's name (`titledWorks`) and the title in quotation marks after it, global. */
  quotedTitlesAll: RegExp;
  /** A remark that the skills listed under it were never used in a project or job (`noUseRemarks`), anywhere in a bracket. */
  noUseRemark: RegExp;
  /** The headings of training and certifications (`sections.json` → `headings.certifications`), folded: "weiterbildung", "training". */
  trainingHeadings: ReadonlySet<string>;
  /** "no", "never", "keine": negates only the skills right after it. */
  nearAll: RegExp;
  /** The one-word cues of `nearAll`, lowercase: a gap row's line that ends in one goes on ("…in production; no⏎Azure"). */
  nearWords: ReadonlySet<string>;
  /** Words that may stand between such a word and the skill it negates. */
  nearGap: ReadonlySet<string>;
  /** Words that join alternatives (`clearances.json` → `alternatives`): a gap that ends in one joins two negated skills. */
  nearOr: ReadonlySet<string>;
  /** A product's status right after an after-cue ("not yet⏎in production"): that cue negates nothing. */
  productStatus: RegExp;
  /** `certCurrent`, global: a `certNotHeld` cue inside one of its matches says nothing (`notHeldCue`). */
  certCurrentAll: RegExp;
  /** `certCurrent` and `obtainingAlternatives`, global: a `negationAfter` cue inside one of their matches negates nothing. */
  statusSilencedAll: RegExp;
  /** `teamNames`, global. */
  teamNamesAll: RegExp;
  /** A `teamHelped` word at the end of the text before a team's name. */
  teamHelpedBefore: RegExp;
  /** `postingTeamNames` in a job ad (none in a résumé), global: read apart from `teamNames`, so each pattern stays small enough to check. */
  postingTeamNamesAll: RegExp;
  /** The openings of bodies' names (`bodyNames`: "Institute for"), global. */
  bodyNamesAll: RegExp;
  /** The reviews of evidence (`evidenceReviews`), global. */
  evidenceReviewsAll: RegExp;
  /** A noun of evidence after its "as" (`evidenceAs` and `evidenceAsNouns`: "as audit evidence", "comme preuves d'audit"), global. */
  evidenceAsAll: RegExp;
  /** Verbs of gathering evidence (`evidenceGatherers`: "collect", "collecte"), global. */
  evidenceGatherersAll: RegExp;
  /** An audit's noun and its link to its scope (`auditScopeLeads`), global. */
  auditScopesAll: RegExp;
  /** A team's size and the bracket of its members right after it (`teamOf`, then a number), global. */
  teamMembersAll: RegExp;
  /** A list of capitalised team names after `teamListBefore` ("los equipos de SOC, IAM y AppSec"), global. */
  teamListBeforeAll: RegExp;
  /** A list of capitalised team names before `teamListAfter` ("the SOC, IAM and AppSec teams"), global. */
  teamListAfterAll: RegExp;
  /** A headcount of staff and the bracket of their roles right after it ("manage eight staff (four SOC analysts, …)"), global. */
  staffMembersAll: RegExp;
  /** A headcount word (`headcountWords`: "staff", "people"), which every match of `staffMembersAll` holds. */
  staffWord: RegExp;
  /**
   * A team word (the head of a `teamOf` phrase) right before a bracket that opens with a headcount, a word and a colon,
   * "team (7 people: AppSec, cloud, AI red team)": the bracket lists the team's members, global.
   */
  teamRosterAll: RegExp;
  /** `undergoneAudits`, in résumés only (none in a job ad). */
  undergoneAuditsAll: RegExp;
  /** A count of teams (`teamCounted`) and the bracket of their names right after it ("in three teams (AppSec, security automation)"), global. */
  teamCountAll: RegExp;
  /** `topicLeads`, global. */
  topicLeadsAll: RegExp;
  /** `topicLeadsNotAfter` closing a text: the topic lead after it names a discipline ("gestion des risques IA"). */
  topicLeadNot: RegExp;
  /** An assurance verb and its object up to a head noun (`assessedLeads`, `assessedHeads`), global: group 1 is the object. */
  assessedAll: RegExp;
  /** An assurance word, then in its clause a head noun and its link before the object (`assessedHeadsBefore`), global: group 1 is the object. */
  assessedHeadFirstAll: RegExp;
  /** Words that, inside such an object, show a second verb of the person's own work ("and wrote the pentest reports"), folded. */
  assessedBreaks: ReadonlySet<string>;
  /** Verbs of building (`work.json` → `modelBuildingVerbs`), folded: they end what a clause gathers as evidence. */
  buildingBreaks: ReadonlySet<string>;
  /** `assessedLeadsNotAfter` closing a text: the assurance word after it names the person's own work ("code review"). */
  assessedLeadNot: RegExp;
  /** Function words that open another phrase inside an object ("of", "with", "for"), folded. */
  assessedPhraseBreaks: ReadonlySet<string>;
  /** A partner team's name and the comma and relative word that open a clause about it (`teamPartners`, `work.json` → `relativeWords`), global. */
  teamClausesAll: RegExp;
  /** A partner team's name and a possessive phrase about its own work (`teamPartners`, `teamPossessives`), global: group 2 is the phrase's lead. */
  teamPossessivesAll: RegExp;
  /** The words that name a team (the heads of `teamOf`: "team", "équipe"), folded. */
  teamWords: ReadonlySet<string>;
  /** Units that act as a team (`teamUnits`: "SOC", "CSIRT"), folded: the last word of a partner named before a relative clause. */
  teamUnits: ReadonlySet<string>;
  /** A bracket right after a mention, or after the rest of its hyphenated compound ("Python-Grundlagen (Online-Kurs)"), that says it was learnt in a course only (`courseBrackets`: "(MOOC course)", "(user level, Coursera course)"). */
  courseBracket: RegExp;
  /** A word of the present (`dates.json` → `present`) after a bracket's opening or a comma in it: "(Grundlagen, derzeit Online-Kurs)". */
  presentInBracket: RegExp;
  /** A bracket right after a mention that holds only a user's level (`userLevelBrackets`: "(user)", "(utilisateur)", "(Anwender)", "(nivel usuario)"): used, neither administered nor built. */
  userBracket: RegExp;
  /** A bracket in a mention's item saying only the build or deployment was done (`operatedOnly`: "services (build/deploy only)"). */
  operatedBracket: RegExp;
  /** `reportingLines`, global. */
  reportingLinesAll: RegExp;
  /** `subjectReportingLines`, global: reporting lines wherever they stand. */
  subjectReportingLinesAll: RegExp;
  /** A line that opens with a label of the position sought (`soughtLabels`), to its end, global: a wish, no evidence. */
  soughtLinesAll: RegExp;
  /** A role sought inside a résumé's sentence (`soughtRoles`) up to a clause's end or a `soughtRoleEnds` word, global: a wish. */
  soughtRolesAll: RegExp;
  /** A label of a coursework list (`courseworkLabels`) where a line, a sentence or a cell after a bar or a middle dot starts, global: the list after it was taught. */
  courseworkLabelsAll: RegExp;
  /** A coursework label and its colon anywhere on a line, however deep the line is indented ("   Asignaturas: …"), global. */
  courseworkColonsAll: RegExp;
  /** A basic level's label (`basicLevelLabels`) opening a gap span ("Familiar with: Metasploit"): skills known a little. */
  basicLevelStart: RegExp;
  /** A label of a graded list's row above the basic level (`levelLabels`: "Experte", "Maîtrise de :") opening a line, its colon or column gap after it. */
  levelRowStart: RegExp;
  /** A basic level's label that opens a sentence of a list with no colon ("… LaTeX. Familiar with TensorFlow."), global. */
  basicSentencesAll: RegExp;
  /** A label of a skill only met (`exposureLabels`) opening an item of a list joined by bars or middle dots. */
  exposureItemsAll: RegExp;
  /** A basic level (`basicLevels`) as a whole word: a skill listed at it implies no other. */
  basicLevel: RegExp;
  /** A unit of time opening a text (`measures.json` → `yearWords`, `monthWords`): "3.5 Years Python" counts years, no clause. */
  timeUnitStart: RegExp;
  /** A label of a list of others' stacks or of events attended (`othersLabels`) where a line or a sentence starts, global. */
  othersLabelsAll: RegExp;
  /** A teacher's role (`courseTeachers`) with the course code and title after it, global. */
  taughtCoursesAll: RegExp;
  /** A label or a heading whose words say others did the work under it (`othersWorkLabels`), where a line or a sentence starts, global. */
  othersWorkLabelsAll: RegExp;
  /** Another party joined to a reporting line's head ("… an CISO und Fachbereiche", "to the CISO and business units"): reports sent to both, no line of command. */
  reportingJoined: RegExp;
  /** A noun of a post at the end of the text before a reporting line (`reportingHolders`: "position", "poste"). */
  reportingHolder: RegExp;
  /** `negationOpeners`, global: cues only where a sentence starts inside a line. */
  openersAll: RegExp;
  /** `negationLineOpeners`, global: cues only where a sentence, a line or a list item starts. */
  lineOpenersAll: RegExp;
  /** A word of a certification's name ("Certified", "Associate"): a skill on its line is the certificate's topic. */
  certName: RegExp;
  /**
   * The `certNameWords` of several words ("Lead Auditor", "Linux Foundation"), global: a skill named inside one names a
   * certificate ("ISO 27001 Lead Auditor"). One word ("Junior", "Associate") also says other things ("coach junior staff").
   */
  certNamePhrasesAll: RegExp;
  /** `certNameBeforeTitle`, global: a certificate's name only where a capitalised word follows ("GCP Professional Data Engineer"). */
  certNameBeforeTitleAll: RegExp;
  /** A list item whose label is followed by a negation ("GCP: never used it", "Docker — still learning"). */
  labelRest: RegExp;
  /** The words a gap label starts with (a line without one is no gap line or heading); undefined: any. */
  gapHeads: ReadonlySet<string> | undefined;
  /** The words a coursework label starts with (a text without one has no coursework list); undefined: any. */
  courseworkHeads: ReadonlySet<string> | undefined;
  /** The words a label of others' stacks or of events attended (`othersLabels`) starts with; undefined: any. */
  othersHeads: ReadonlySet<string> | undefined;
  /** The words and lead characters a cue of `before` or `nearAll` starts with (see `startsOf`); undefined: any. */
  negationHeads: LedHeads | undefined;
  /** Statements that the person builds or trains no models (`buildsNoModels`), every match. */
  buildsNoModelsAll: RegExp;
  /** Statements that another team trains the models (`othersTrainModels`), every match: of the entry they stand in only. */
  othersTrainModelsAll: RegExp;
  /** Words no line ends with unless its sentence goes on (`normalize.json` → `lineGoesOn`), lowercase. */
  goesOn: ReadonlySet<string>;
  /** Abbreviations whose full stop ends no sentence (`normalize.json` → `dotAbbreviations`), lowercase, without the last dot. */
  dotAbbreviations: ReadonlySet<string>;
  /** Nothing but an `and` word (`sections.json` → `and`) or `&` between two names ("CEH and Security+"). */
  joinedOnly: RegExp;
  /** An `and` word between two names, an article after it, across a line break ("CEH et la⏎Security+", "CEH y la Security+"). */
  joinedArticle: RegExp;
  /** Function words (`normalize.json` → `stopwords`), lowercase: before a label cue they leave it opening its label ("Ich lerne:"). */
  stopwords: ReadonlySet<string>;
}

const cueWordsCache = new WeakMap<Lexicon, CueWords>();
const postingCueWordsCache = new WeakMap<Lexicon, CueWords>();

/**
 * The compiled cues of a lexicon, for a résumé or for a job ad: a job ad reads no `resumeNegationBefore` cue ("Some
 * exposure to adversarial ML" there asks for it as a wish).
 */
export function cueWordsFor(lex: Lexicon, document: 'resume' | 'posting' = 'resume'): CueWords {
  const cache = document === 'resume' ? cueWordsCache : postingCueWordsCache;
  const hit = cache.get(lex);
  if (hit) return hit;
  const negationBefore = document === 'resume' ? [...lex.cues.negationBefore, ...lex.cues.resumeNegationBefore] : lex.cues.negationBefore;
  const words = lazyValues<CueWords>({
    before: () => phrasesRegex([...negationBefore, ...lex.cues.courseBefore]),
    after: () => lexiconRegExp(`^[^.;\\n]{0,40}?${phrasesSource(lex.cues.negationAfter)}`),
    beforeAll: () => phrasesRegex([...negationBefore, ...lex.cues.courseBefore], 'g'),
    courseAll: () => phrasesRegex(lex.cues.courseBefore, 'g'),
    sequenceWord: () => phrasesRegex(lex.cues.sequenceWords),
    teamServedOpener: () => lexiconRegExp(`^${phrasesSource(lex.cues.teamServed)}`),
    openersAll: () => phrasesRegex(lex.cues.negationOpeners, 'g'),
    lineOpenersAll: () => phrasesRegex(lex.cues.negationLineOpeners, 'g'),
    afterAll: () => phrasesRegex(lex.cues.negationAfter, 'g'),
    otherNounClause: () => lexiconRegExp(`^\\s{1,3}[^\\s,;()][^,;()]{0,40}?\\s${phrasesSource(lex.work.relativeWords)}`),
    // A month name ("junio", "März") is a date, never a typo of a skill's name.
    notTypos: () => new Set([...lex.cues.notTypos, ...(lex.dates.months ?? []).flat().map((w) => w.toLowerCase())]),
    certNotHeld: () => phrasesRegex(lex.cues.certNotHeld),
    certNotHeldLine: () => {
      const cue = phrasesSource(lex.cues.certNotHeld);
      return lexiconRegExp(`^[([]?${cue}(?:[.;,] {0,2}${cue})?[.;:!)\\]]?$`);
    },
    certValid: () => phrasesRegex(lex.cues.certValid),
    joinedOnly: () => lexiconRegExp(`^\\s{1,3}(?:${phrasesSource(lex.sections.and)}|&)\\s{1,3}$`),
    joinedArticle: () => lexiconRegExp(`^\\s{1,3}(?:${phrasesSource(lex.sections.and)}|&)\\s{1,3}(?:\\p{Ll}{1,3}\\s{1,3})?$`),
    certExpiresAll: () => phrasesRegex(lex.cues.certExpires, 'g'),
    certRenewedAll: () => phrasesRegex(lex.cues.certRenewed, 'g'),
    gapInline: () => {
      // "Not yet: Kubernetes", a table row "Weiterbildung geplant⇥Adversarial ML" (a column gap after the label), or a
      // label whose bracket is the gap label: "Weiterbildung (laufend)⇥Kubernetes-Sicherheit"; dot leaders end a label too
      // ("Learning ....... PyTorch"). An aside in brackets may stand before the colon, as long as a translation writes it:
      // "Ce que je ne fais pas (pour que les recruteurs arrêtent de demander) :".
      return phrasesPattern(
        [lex.cues.gapLabels],
        ([gap]) =>
          `^[\\s\\-–•*]{0,6}(?:(?:[\\p{L} ]{1,30}\\/\\s{0,3})?(?:${gap})|\\p{L}{1,30}\\s{0,3}\\(\\s{0,2}(?:${gap})\\s{0,2}\\))(?:\\s{0,3}(?:\\([^()]{0,80}\\)\\s{0,3})?(?:[:–—-]|\\.{2,40} )| {2}\\s{0,40}\\S)`,
        'u',
        undefined,
        lex.cues.gapLabels,
      );
    },
    gapAlone: () => phrasesPattern([lex.cues.gapLabels], ([gap]) => `^(?:${gap})$`, 'u', undefined, lex.cues.gapLabels),
    gapSentence: () => phrasesPattern([lex.cues.gapLabels], ([gap]) => `^[\\s\\-–•*]{0,6}(?:${gap}) \\p{L}`, 'u', undefined, lex.cues.gapLabels),
    courseWord: () => phrasesRegex(lex.cues.courseBrackets),
    // "Grant "Auditing Automated Decisions"", "subvention Savoir du CRSH « Auditer les⏎ décisions automatisées »": the title
    // may wrap onto the next line; a few words may stand between the work's name and its opening mark.
    quotedTitlesAll: () =>
      phrasesPattern([lex.cues.titledWorks], ([work]) => `${work}[^\n"“”«»„]{0,40}?["“«„][^"“”«»„]{1,200}["”»“]`, 'gu', lex.cues.titledWorks),
    noUseRemark: () => phrasesRegex(lex.cues.noUseRemarks),
    trainingHeadings: () => new Set((lex.sections.headings.certifications ?? []).flatMap((p) => expandPhrase(p)).map(headingWords)),
    // "GAPS / ROADMAP", or two gap labels joined: "LEARNING & NEXT STEPS", "Still learning / not yet hands-on".
    gapHeading: () =>
      phrasesPattern(
        [lex.cues.gapLabels, lex.sections.and],
        ([gap, and]) =>
          `^[\\s\\-–•*#=]{0,6}(?:${gap})(?:\\s{0,3}\\/\\s{0,3}(?:[\\p{L} ]{1,30}|${gap})|\\s{1,3}(?:&|${and})\\s{1,3}(?:${gap}))?[\\s:=#*–—|-]{0,6}(?:\\([^()]{0,80}\\)[\\s:|]{0,3})?$`,
        'u',
        undefined,
        lex.cues.gapLabels,
      ),
    nearAll: () => phrasesRegex(lex.cues.negationNear, 'g'),
    nearGap: () => new Set(lex.cues.nearGap.map((w) => w.toLowerCase())),
    // The words that join alternatives ("or", "oder", "ou", "o"): "no penetration testing or red-team experience".
    nearOr: () => new Set(lex.clearances.alternatives.map((w) => w.toLowerCase())),
    nearWords: () => new Set(lex.cues.negationNear.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase())),
    certCurrentAll: () => phrasesRegex(lex.cues.certCurrent, 'g'),
    statusSilencedAll: () => phrasesRegex([...lex.cues.certCurrent, ...lex.cues.obtainingAlternatives], 'g'),
    teamNamesAll: () => phrasesRegex(lex.cues.teamNames, 'g'),
    teamHelpedBefore: () => lexiconRegExp(`${phrasesSource(lex.cues.teamHelped)}[\\s\\-–]{1,3}$`),
    postingTeamNamesAll: () => phrasesRegex(document === 'posting' ? lex.cues.postingTeamNames : [], 'g'),
    bodyNamesAll: () => phrasesRegex(lex.cues.bodyNames, 'g'),
    auditScopesAll: () => phrasesRegex(lex.cues.auditScopeLeads, 'g'),
    evidenceReviewsAll: () =>
      phrasesPattern(
        [lex.cues.evidenceReviews, lex.cues.evidenceNouns],
        ([lead, noun]) => `${lead}(?:[\\s,]{1,12}[\\p{L}\\p{N}'’/.&-]{1,30}){0,6}?[\\s-]{1,12}${noun}(?![\\p{L}\\p{N}])`,
        'gu',
        lex.cues.evidenceReviews,
      ),
    evidenceAsAll: () =>
      phrasesPattern([lex.cues.evidenceAs, lex.cues.evidenceAsNouns], ([as, noun]) => `${as}\\s{1,12}${noun}(?![\\p{L}\\p{N}])`, 'gu', lex.cues.evidenceAs),
    evidenceGatherersAll: () => phrasesRegex(lex.cues.evidenceGatherers, 'g'),
    // Plain patterns, not folded ones: a team's name is told by its capital.
    teamListBeforeAll: () => teamListPattern(lex.cues.teamListBefore, lex.sections.and, true),
    teamListAfterAll: () => teamListPattern(lex.cues.teamListAfter, lex.sections.and, false),
    teamMembersAll: () =>
      // "a team of four (two analysts, a privacy counsel)", or a roster after a colon that counts heads: "a team of 11: five
      // ML engineers, two SREs (Kubernetes/Terraform) and one security engineer", up to the sentence's end or a list mark.
      phrasesPattern(
        [lex.cues.teamOf, Object.keys(lex.numbers.numbers)],
        ([team, n]) =>
          `${team}\\s{1,3}(?:\\d{1,3}|${n})\\s{0,3}(?:\\([^()]{1,160}\\)|:[^\\S\\n]{1,3}(?:\\d{1,2}|${n})[^\\S\\n][^.;()\\n]{0,120}(?:\\([^()\\n]{1,60}\\)[^.;()\\n]{0,120}){0,3}(?:\\n(?![^\\S\\n]{0,8}[-–•*\\n])[^.;()\\n]{1,120}){0,2})`,
        'gu',
        lex.cues.teamOf,
      ),
    staffMembersAll: () =>
      phrasesPattern(
        [Object.keys(lex.numbers.numbers), lex.work.headcountWords],
        // A participle may stand between the count and the bracket, as German puts it: "von 4 auf 17 Personen aufgebaut (ML Engineers, …)".
        ([n, staff]) => `(?<![\\p{L}\\p{N}])(?:\\d{1,3}|${n})\\s{1,3}${staff}(?:\\s{1,3}\\p{Ll}{2,20})?\\s{0,3}\\([^()]{1,160}\\)`,
        'gu',
        undefined,
        lex.work.headcountWords,
      ),
    staffWord: () => phrasesRegex(lex.work.headcountWords),
    teamCountAll: () =>
      phrasesPattern(
        [Object.keys(lex.numbers.numbers), lex.cues.teamCounted],
        ([n, teams]) => `(?<![\\p{L}\\p{N}])(?:\\d{1,2}|${n})\\s{1,3}${teams}\\s{0,3}\\([^()]{1,160}\\)`,
        'gu',
        undefined,
        lex.cues.teamCounted,
      ),
    teamRosterAll: () => {
      const teams = [...new Set(lex.cues.teamOf.map((p) => p.split(' ')[0] as string))];
      return phrasesPattern(
        [teams, Object.keys(lex.numbers.numbers)],
        ([team, n]) => `${team}\\s{0,3}\\(\\s{0,3}(?:\\d{1,3}|${n})\\s{1,3}[\\p{L}-]{1,20}\\s{0,2}:[^()]{1,160}\\)`,
        'gu',
        teams,
      );
    },
    undergoneAuditsAll: () => phrasesRegex(document === 'resume' ? lex.cues.undergoneAudits : [], 'g'),
    topicLeadsAll: () => phrasesRegex(lex.cues.topicLeads, 'g'),
    topicLeadNot: () => lexiconRegExp(`${phrasesSource(lex.cues.topicLeadsNotAfter)}[^\\S\\n]{1,3}$`),
    assessedAll: () =>
      phrasesPattern(
        [lex.cues.assessedLeads, lex.cues.assessedHeads],
        ([lead, head]) => `${lead}((?:[\\s,]{1,12}[\\p{L}\\p{N}'’/.&-]{1,30}){1,10}?)[\\s-]{1,12}${head}(?![\\p{L}\\p{N}])`,
        'gu',
        lex.cues.assessedLeads,
      ),
    assessedHeadFirstAll: () =>
      phrasesPattern(
        [lex.cues.assessedLeads, lex.cues.assessedHeadsBefore],
        ([lead, head]) => `${lead}(?:[^\\S\\n]{1,3}[\\p{L}\\p{N}'’/.&-]{1,30}){0,8}?[^\\S\\n]{1,3}${head}((?:[^\\S\\n]{1,3}[\\p{L}\\p{N}'’/&-]{1,30}){1,8})`,
        'gu',
        lex.cues.assessedLeads,
      ),
    assessedLeadNot: () => lexiconRegExp(`${phrasesSource(lex.cues.assessedLeadsNotAfter)}[^\\S\\n]{1,3}$`),
    assessedBreaks: () => new Set([...lex.work.modelBuildingVerbs, ...lex.cues.assessedLeads].map((w) => fold(w))),
    buildingBreaks: () => new Set(lex.work.modelBuildingVerbs.map((w) => fold(w))),
    // Function words other than "and" / "or" open another phrase inside an object ("review of the platform, … with Burp Suite").
    assessedPhraseBreaks: () => {
      const joins = new Set([...lex.sections.and, ...lex.clearances.alternatives, ...lex.cues.assessedDeterminers].map((w) => fold(w)));
      return new Set(lex.normalize.stopwords.map((w) => fold(w)).filter((w) => !joins.has(w)));
    },
    teamClausesAll: () =>
      phrasesPattern(
        [lex.cues.teamPartners, [...lex.work.relativeWords, ...lex.work.commaRelativeWords]],
        ([team, relative]) => `${team}((?:[\\s\\-–]{1,3}[\\p{L}\\p{N}'’]{1,30}){0,6}?)(\\s{0,3}[,(]\\s{0,3}${relative})`,
        'gu',
        lex.cues.teamPartners,
      ),
    // "with the InfoSec team during their red-team review": a possessive phrase about the team, no comma (convention 364).
    teamPossessivesAll: () =>
      phrasesPattern(
        [lex.cues.teamPartners, lex.cues.teamPossessives],
        ([team, possessive]) => `${team}((?:[\\s\\-–]{1,3}[\\p{L}\\p{N}'’]{1,30}){0,6}?)([^\\S\\n]{1,3}${possessive}(?![\\p{L}\\p{N}]))`,
        'gu',
        lex.cues.teamPartners,
      ),
    reportingLinesAll: () => phrasesRegex(lex.cues.reportingLines, 'g'),
    subjectReportingLinesAll: () => phrasesRegex(lex.cues.subjectReportingLines, 'g'),
    basicLevelStart: () => lexiconRegExp(`^[\\s\\-–•*]{0,6}${phrasesSource(lex.cues.basicLevelLabels)}`),
    levelRowStart: () => lexiconRegExp(`^[\\-–•*]{0,2}[^\\S\\n]{0,3}${phrasesSource(lex.cues.levelLabels)}(?:[^\\S\\n]{0,3}:|[^\\S\\n]{2,}\\S)`),
    basicSentencesAll: () => lexiconRegExp(`(?<=^|[.;][^\\S\\n]{1,3})${phrasesSource(lex.cues.basicLevelLabels)}[^\\S\\n](?=\\p{L})`, 'gu'),
    // An item of a list joined by bars or middle dots ("Jira | Exposure to Python and⏎SQL | …"); at the line's end the
    // label's object is on the next line (convention 435).
    exposureItemsAll: () => lexiconRegExp(`(?<=[|·][^\\S\\n]{1,3})${phrasesSource(lex.cues.exposureLabels)}(?:[^\\S\\n](?=\\p{L})|[^\\S\\n]{0,3}$)`, 'gu'),
    timeUnitStart: () => lexiconRegExp(`^${phrasesSource([...lex.measures.yearWords, ...lex.measures.monthWords])}(?![\\p{L}\\p{N}])`),
    basicLevel: () => lexiconRegExp(`(?<![\\p{L}\\p{N}])${phrasesSource(lex.cues.basicLevels)}(?![\\p{L}\\p{N}])`),
    courseworkColonsAll: () => lexiconRegExp(`${phrasesSource(lex.cues.courseworkLabels)}[^\\S\\n]{0,2}:`, 'gu'),
    courseworkLabelsAll: () =>
      lexiconRegExp(
        `(?<=^|\\n|[.;|·][^\\S\\n]{1,3})[^\\S\\n]{0,12}(?:[-–•*▪][^\\S\\n]{1,3})?(?:${DEGREE_TOKEN}[^\\S\\n]{1,2})?${phrasesSource(lex.cues.courseworkLabels)}(?:[^\\S\\n]{0,2}(?::|[–—-][^\\S\\n])|${OF_DEGREE}[^\\S\\n]{0,2}:|[^\\S\\n]{1,3}${phrasesSource(lex.cues.courseworkIncludes)}(?![\\p{L}\\p{N}]))`,
        'gu',
      ),
    // A Europass-style column indents its list items far ("                            ▪ Chargé de TD pour le cours « … »").
    othersLabelsAll: () =>
      lexiconRegExp(
        `(?<=^|\\n|[.;·][^\\S\\n]{1,3})[^\\S\\n]{0,40}(?:[-–•*▪][^\\S\\n]{1,3})?${phrasesSource(lex.cues.othersLabels)}(?:[^\\S\\n]{1,2}\\([^()\\n]{1,60}\\))?(?:[^\\S\\n]{0,2}(?::|[–—-][^\\S\\n])|[^\\S\\n]{1,3}[«"“„])`,
        'gu',
      ),
    // A course code is letters then digits, or digits joined by a hyphen or slash ("CS 458/658", "18-734", "COMP3310"); its
    // title runs up to a comma, a bracket, a semicolon or the line's end.
    // Tried only where a teacher's word stands (`openers`): most texts name none, and the pattern does not run over them.
    taughtCoursesAll: () =>
      phrasesPattern(
        [lex.cues.courseTeachers],
        ([teachers]) =>
          `(?<![\\p{L}\\p{N}])${teachers}[^\\S\\n]{0,2}[,:–—-]?[^\\S\\n]{1,3}(?:\\p{L}{2,6}[^\\S\\n]?\\d{2,4}(?:[/-]\\d{2,4})?|\\d{2,4}[/-]\\d{2,4})[^\\S\\n]{1,2}[^,;()\\n]{3,100}`,
        'gu',
        lex.cues.courseTeachers,
      ),
    // Where the label opens and ends, `labelOpening` and `labelEnd` find.
    // Tried at the head words of its phrases only (`phrasesRegex`): as one alternation it cost ~17 ms to compile on the first document.
    othersWorkLabelsAll: () => phrasesRegex(lex.cues.othersWorkLabels, 'g'),
    // The role's words run over one wrapped line at most; a job ad's "looking for a junior analyst" is its own request.
    soughtRolesAll: () =>
      document === 'resume'
        ? lexiconRegExp(`${phrasesSource(lex.cues.soughtRoles)}(?:(?!\\s${phrasesSource(lex.cues.soughtRoleEnds)})[^.;:!?()\\n]|\\n(?!\\n)){1,160}`, 'gu')
        : new RegExp(NEVER, 'gu'),
    soughtLinesAll: () => lexiconRegExp(`(?<=^|\\n)[^\\S\\n]{0,12}${phrasesSource(lex.cues.soughtLabels)}(?:[^\\S\\n]{0,2}:|[^\\S\\n]{2,})[^\\n]{1,200}`, 'gu'),
    operatedBracket: () => lexiconRegExp(`^[^(),;\\n]{0,40}\\([^\\S\\n]{0,2}${phrasesSource(lex.cues.operatedOnly)}[^\\S\\n]{0,2}\\)`),
    // A duration may open the bracket ("(8-hour online course)", "(3 Tage Kurs)").
    courseBracket: () =>
      lexiconRegExp(
        `^(?:-\\p{L}{1,20})?[^\\S\\n]{0,2}\\((?:[^(),\\n]{0,30},[^\\S\\n]{0,2}|\\p{N}{1,3}[-‑]?[^\\S\\n]?\\p{L}{1,8}\\.?[^\\S\\n])?${phrasesSource(lex.cues.courseBrackets)}`,
      ),
    presentInBracket: () => lexiconRegExp(`[(,][^\\S\\n]{0,2}${phrasesSource(lex.dates.present)}[^\\S\\n]{1,2}`),
    userBracket: () => lexiconRegExp(`^[^\\S\\n]{0,2}\\([^\\S\\n]{0,2}${phrasesSource(lex.cues.userLevelBrackets)}[^\\S\\n]{0,2}\\)`),
    reportingHolder: () => lexiconRegExp(`(?<![\\p{L}\\p{N}])${phrasesSource(lex.cues.reportingHolders)}[^\\S\\n]{1,3}$`),
    reportingJoined: () =>
      lexiconRegExp(`^[^\\S\\n]{0,3}(?:[&+]|${phrasesSource(lex.sections.and)})[^\\S\\n]{1,3}(?!${phrasesSource(lex.cues.reportingNotJoined)})\\p{L}`),
    teamWords: () => new Set(lex.cues.teamOf.map((p) => fold(p.split(' ')[0] as string))),
    teamUnits: () => new Set(lex.cues.teamUnits.map((p) => fold(p))),
    certName: () => phrasesRegex([...lex.cues.certNameWords, ...lex.cues.certNameBeforeTitle]),
    certNamePhrasesAll: () =>
      phrasesRegex(
        lex.cues.certNameWords.filter((p) => p.includes(' ')),
        'g',
      ),
    certNameBeforeTitleAll: () => phrasesRegex(lex.cues.certNameBeforeTitle, 'g'),
    productStatus: () => lexiconRegExp(`^\\s{0,3}(?:${phrasesSource(lex.cues.productStatus)})`),
    // A gender colon ("Entwickler:innen") ends no label.
    labelRest: () => /^[\s\-–•*]{0,6}[^:—–\n]{1,50}?\s{0,2}(?::(?!in(?:nen)?(?!\p{L}))|[—–]|\s-\s)\s{0,3}/u,
    gapHeads: () => headsOf([...lex.cues.gapLabels, ...lex.cues.basicLevelLabels, ...lex.cues.exposureLabels]),
    courseworkHeads: () => headsOf(lex.cues.courseworkLabels),
    othersHeads: () => headsOf(lex.cues.othersLabels),
    // A cue led by punctuation ("¿tiene") starts at its lead character: the list still tells where a cue may start.
    negationHeads: () => startsOf([...negationBefore, ...lex.cues.courseBefore, ...lex.cues.negationNear]),
    goesOn: () => lineGoesOnFor(lex),
    dotAbbreviations: () => dotAbbreviationsFor(lex),
    buildsNoModelsAll: () => phrasesRegex(lex.cues.buildsNoModels, 'g'),
    othersTrainModelsAll: () => phrasesRegex(lex.cues.othersTrainModels, 'g'),
    stopwords: () => new Set(lex.normalize.stopwords.map((w) => w.toLowerCase())),
  });
  cache.set(lex, words);
  return words;
}

/**
 * Right after "no": a full stop, a colon or "#" and then a number or an identifier with one (up to six capitals, a
 * hyphen, a digit) make it the number sign ("analyst no. 31890", "Cert. No. ECC4829163075", "Credential No: AZ-12"),
 * not a negation; without the punctuation "no K8s" stays one. `NUMBER_SIGN_REACH` characters are enough to tell.
 */
const NUMBER_SIGN = /^(?:[.:]|\s?#)\s?[A-Z]{0,6}-?\d/u;
const NUMBER_SIGN_REACH = 12;

/** Characters that end a clause when looking back from a mention. */
const CLAUSE_END = new Set(['\n', ';', '!', '?']);
/** How far back a cue is looked for. */
const LOOK_BACK = 160;

/** Answers "does the clause of this mention say the person does not (yet) have it?" for one text, after one pass over it. */
export interface NegationIndex {
  isNegated(start: number, end: number): boolean;
  /** True when the mention lies in the object of an assurance verb (`assessedLeads`): what was assessed, not done. */
  isAssessed?(start: number, end: number): boolean;
  /** True when the mention names a role sought (`soughtLabels`, `soughtRoles`): a wish, which disclaims nothing listed elsewhere. */
  isWish?(start: number, end: number): boolean;
}

/** Stops after a mention that end the reach of a cue after it (list separators too: "OSCP (2019) · OSWE (in progress)"); a dot inside a name ("DeepLearning.AI") is none. */
const AFTER_STOP = /[;\n·•|]|\.(?![\p{L}\p{N}])/u;
/** The rest of a list item up to the bracket that qualifies it, and that bracket's text up to the cue: "for LLM Application Development (DeepLearning.AI short course, ". */
const ITEM_BRACKET = /^[^(),;·•|\n]{0,80}\([^()\n]{0,60}$/u;
/** The mention's own bracket, opened right after it and still open: "Python (nivel básico; aprendiendo …". */
const OWN_BRACKET_OPEN = /^\s{0,3}\([^()\n]{0,60}$/u;

/** Whether a stop ends the reach of a cue after a mention; a semicolon inside the mention's own open bracket does not. */
function afterStopped(gap: string): boolean {
  return AFTER_STOP.test(OWN_BRACKET_OPEN.test(gap) ? gap.replaceAll(';', ',') : gap);
}
/** How far after a mention a cue may start inside the bracket that qualifies its whole item (`ITEM_BRACKET`). */
const ITEM_BRACKET_REACH = 140;
/** A list item's qualifier closed and the next item begun: "(3 years), ". */
const ITEM_END = /\)\s{0,3},/u;
/** The rest of a bracket the mention stands in, closed and followed by the cue alone: "(privacy office), not by me". */
const OWN_BRACKET_CLOSED = /^[^()]{0,30}\)\s{0,3},\s{0,3}$/u;
/** How much of the text after a mention the bracket of a course may take (`courseBracket`). */
const COURSE_BRACKET_REACH = 80;

/**
 * Whether a bracket opens at `at` after at most two spaces on the line, or after the rest of a hyphenated compound
 * ("-Grundlagen (", up to 20 letters): what `courseBracket` reads first, checked on the text itself (folding changes no
 * bracket, hyphen or space), so most mentions ask no pattern and fold no slice.
 */
function bracketOpensAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 45) {
    let letters = 0;
    while (letters < 20 && at + 1 + letters < text.length && LETTER.test(text.charAt(at + 1 + letters))) letters++;
    if (letters > 0) at += 1 + letters;
  }
  for (let k = at; k <= at + 2 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) return true;
    if (c === 10 || !SPACE.test(text.charAt(k))) return false;
  }
  return false;
}
const SPACE = /\s/u;
const LETTER = /\p{L}/u;
/** How far after a mention a cue may start. */
const LOOK_AHEAD = 40;
/** Dot leaders between a table row's label and its value ("Python ...... still learning"): no full stop. */
const DOT_LEADER = /\.{3,}|…+|·{3,}/gu;

/**
 * Finds every negation cue of a text in one pass, and each clause boundary, so that a mention is checked with two
 * binary searches: a cue before it in its clause (within `LOOK_BACK` characters), or one right after it. `assessed`:
 * the spans `isAssessed` reads (`assessedSpans` of the text), for other readers of the same text.
 */
export function negationIndex(text: string, cues: CueWords): NegationIndex & { assessed: Spans } {
  const afterStarts: number[] = [];
  const nearEnds: number[] = [];
  cues.nearAll.lastIndex = 0;
  for (let m = cues.nearAll.exec(text); m !== null; m = cues.nearAll.exec(text)) {
    if (!NUMBER_SIGN.test(text.slice(m.index + m[0].length, m.index + m[0].length + NUMBER_SIGN_REACH))) nearEnds.push(m.index + m[0].length);
  }
  // The positions sought ("PUESTO SOLICITADO   AI Red Team Lead", "seeking an entry-level role as … where"): wishes, read
  // once, both as spans no skill is named in and for `isWish`.
  const wishes = mergedSpans(matchSpans(cues.soughtLinesAll, text), matchSpans(cues.soughtRolesAll, text));
  const { starts: teamStarts, ends: teamEnds } = teamSpans(text, cues, wishes);
  const topics = topicBrackets(cues.topicLeadsAll, text, cues.topicLeadNot);
  const assessed = assessedSpans(text, cues);
  // An audit's scope is no work of the person's, but names no security duty either: an IT auditor's scope is not security work (convention 139).
  const notDone = mergedSpans(assessed, clausesAfter(cues.auditScopesAll, text, cues, true));
  const { starts: beforeStarts, ends: beforeEnds } = withOpeners(labelsThatOpen(matchSpans(cues.beforeAll, text, true), text, cues), text, cues);
  const courseEnds = new Set(matchSpans(cues.courseAll, text).ends);
  // A statement that a certification is current ("en cours de validité") holds a cue word ("en cours") that says nothing.
  const { starts: currentStarts, ends: currentEnds } = matchSpans(cues.statusSilencedAll, text);
  let c = 0;
  cues.afterAll.lastIndex = 0;
  for (let m = cues.afterAll.exec(text); m !== null; m = cues.afterAll.exec(text)) {
    while (c < currentEnds.length && (currentEnds[c] as number) <= m.index) c++;
    if (c < currentStarts.length && (currentStarts[c] as number) <= m.index) continue;
    // "(2025, en cours⏎    de validité)": such a statement wrapped onto the next line silences its cue word too.
    if (silencedAcrossWrap(text, m.index, m.index + m[0].length, cues)) continue;
    // "prototyped a GNN in PyTorch Geometric, not yet in production": the model is not live, the skill is the person's.
    if (!cues.productStatus.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) afterStarts.push(m.index);
  }
  const boundaries: number[] = [];
  if (beforeEnds.length > 0) {
    for (let i = 0; i < text.length; i++) {
      // Only a clause end or a full stop can be a boundary: skip every other character without a lookup.
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 59 && code !== 33 && code !== 63 && code !== 46) continue;
      const c = text.charAt(i);
      if ((CLAUSE_END.has(c) && !isSoftWrap(text, i, cues.goesOn)) || isClauseStop(text, i, cues.dotAbbreviations)) boundaries.push(i);
    }
  }
  return {
    isNegated(start: number, end: number): boolean {
      const n = lastAtOrBefore(nearEnds, start);
      // "no professional⏎pentesting experience": a line wrapped inside the gap does not end the cue's reach.
      // Only a gap short enough for `nearGapOk` is joined: joining keeps its length, and joining a longer one would
      // walk the text from the last cue for every mention (quadratic in a long résumé).
      const near = nearEnds[n] as number;
      if (n >= 0 && start - near <= NEAR_GAP_MAX && nearGapOk(softWrapsJoined(text, near, text.slice(near, start), cues.goesOn), cues)) return true;
      // A mention inside a cue names someone else's work: "the ML platform team implemented", "done by the red team".
      const team = firstAtOrAfter(teamEnds, end);
      if (team >= 0 && (teamStarts[team] as number) <= start) return true;
      // A mention in the bracket of an audit's topics: "audits of the cybersecurity programme (IAM, SOC operations)".
      const topic = firstAtOrAfter(topics.ends, end);
      if (topic >= 0 && (topics.starts[topic] as number) <= start) return true;
      const inside = firstAtOrAfter(beforeEnds, end);
      // A mention that opens the cue is its verb, not its object: in "audited the vulnerability-management programme" the audit is the person's.
      if (inside >= 0 && (beforeStarts[inside] as number) < start) return true;
      // A cue that ends inside the mention: "I don't train models" (cue "don't train", mention "train models").
      const overlap = firstAtOrAfter(beforeEnds, start + 1);
      if (overlap >= 0 && (beforeStarts[overlap] as number) < start && (beforeEnds[overlap] as number) < end) return true;
      const b = lastAtOrBefore(beforeEnds, start);
      if (b >= 0) {
        const cueEnd = beforeEnds[b] as number;
        const next = firstAtOrAfter(boundaries, cueEnd);
        const cueStart = beforeStarts[b] as number;
        // "Took a course on Terraform and later led the migration to Terraform": the course's reach ends at "later".
        if (
          start - cueEnd <= LOOK_BACK &&
          (next === -1 || (boundaries[next] as number) >= start) &&
          !insertedBefore(text, cueStart, cueEnd, start, cues.goesOn) &&
          !dutiesAfterTeam(text, cueStart, cueEnd, start, cues) &&
          !(courseEnds.has(cueEnd) && cues.sequenceWord.test(text.slice(cueEnd, start)))
        )
          return true;
      }
      // "machine learning (MOOC course)", "aprendizaje automático (nivel usuario, curso de Coursera)": learnt in a course only.
      // "Linux (utilisateur)", "Power BI (nivel usuario)": known as a user only.
      if (bracketOpensAt(text, end)) {
        const bracket = text.slice(end, end + COURSE_BRACKET_REACH);
        if (cues.courseBracket.test(bracket) || cues.userBracket.test(bracket)) return true;
        // "(Grundlagen, derzeit Online-Kurs)", "(basics, currently Coursera course)": a course being taken now.
        const now = cues.presentInBracket.exec(bracket);
        if (now && cues.courseBracket.test(bracket.slice(0, now.index + 1) + bracket.slice(now.index + now[0].length))) return true;
      }
      const a = firstAtOrAfter(afterStarts, end);
      if (a === -1) return false;
      const cueStart = afterStarts[a] as number;
      const gap = text.slice(end, cueStart);
      // "Java (2 years), Kubernetes (learning)": a closed qualifier and a comma end the item, the cue is the next one's.
      return (
        // "LangChain for LLM Application Development (short course, currently taking)": the bracket qualifies the whole course.
        (cueStart - end <= LOOK_AHEAD || (cueStart - end <= ITEM_BRACKET_REACH && ITEM_BRACKET.test(gap))) &&
        !afterStopped(softWrapsJoined(text, end, gap, cues.goesOn).replace(DOT_LEADER, ' ')) &&
        (!ITEM_END.test(gap) || OWN_BRACKET_CLOSED.test(gap)) &&
        // "Mentora de dos analistas que están aprendiendo": the cue is in a clause about the analysts.
        !cues.otherNounClause.test(gap)
      );
    },
    isAssessed(start: number, end: number): boolean {
      // "Evaluated vulnerability management and security monitoring processes": the object of an assurance verb.
      const object = firstAtOrAfter(notDone.ends, end);
      return object >= 0 && (notDone.starts[object] as number) <= start;
    },
    isWish(start: number, end: number): boolean {
      const wish = firstAtOrAfter(wishes.ends, end);
      return wish >= 0 && (wishes.starts[wish] as number) <= start;
    },
    assessed,
  };
}

/**
 * A colon after a cue that names the teams one works for or with (`teamServed`) opens the person's own duties: "Security
 * partner for the teams building the LLM features (copilot, agents): threat models before build, design reviews before
 * launch". A cue whose team is the subject ("The platform team owns the runtime: Kubernetes, Istio") lists that team's
 * tools after its colon, and a colon inside a bracket opened after the cue ("(stack: …)") opens no duties. A cue set
 * off by commas ("Coautora, junto con el equipo de Protección de Datos, del Estándar …") ends at its closing comma.
 */
function dutiesAfterTeam(text: string, cueStart: number, cueEnd: number, start: number, cues: CueWords): boolean {
  // "Coautora, junto con el equipo de Protección de Datos, del Estándar …": a team set off by commas is who the work
  // was done with; the work goes on after the closing comma.
  const between =
    colonOutsideBrackets(text, cueEnd, start) || (text.charAt(pastBlanks(text, cueStart) - 1) === ',' && commaOutsideBrackets(text, cueEnd, start));
  if (!between) return false;
  const cue = text.slice(cueStart, cueEnd);
  if (!cues.teamServedOpener.test(cue)) return false;
  return cue
    .split(NON_LETTERS)
    .map(fold)
    .some((w) => cues.teamWords.has(w) || cues.teamWords.has(w.replace(PLURAL_S, '')));
}

/** A colon between `from` and `to`, outside any bracket opened there. */
function colonOutsideBrackets(text: string, from: number, to: number): boolean {
  return markOutsideBrackets(text, from, to, 58);
}

/** A comma between `from` and `to`, outside any bracket opened there. */
function commaOutsideBrackets(text: string, from: number, to: number): boolean {
  return markOutsideBrackets(text, from, to, 44);
}

/** The mark of char code `mark` between `from` and `to`, outside any bracket opened there. */
function markOutsideBrackets(text: string, from: number, to: number, mark: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if (c === mark && depth === 0) return true;
  }
  return false;
}

const NON_LETTERS = unicodeRegex`\P{L}+`;
const PLURAL_S = /s$/u;

/** How far after a cue its inserted phrase may close. */
const INSERT_REACH = 72;
/** A comma right before a cue. */
const COMMA_BEFORE = /,\s{0,3}$/u;
/** A comma after a cue and up to two words of it (a team's name), then the word after the comma. */
const COMMA_AFTER = unicodeRegex`^(?:\s{1,3}[\p{L}\p{N}'’./+#-]{1,30}){0,2}\s{0,3},\s{0,3}(\p{L}{1,12})(?![\p{L}\p{N}])`;

/**
 * A cue set off by commas, the sentence going on after them in a word that continues it (`lineGoesOn`: "Co-owned,
 * alongside the MLOps team, the Kubeflow cluster"; "Corresponsable, junto con el equipo de MLOps, del clúster"): an
 * inserted phrase, whose reach ends at its closing comma: true when the mention at `start` stands after that comma.
 */
function insertedBefore(text: string, cueStart: number, cueEnd: number, start: number, goesOn: ReadonlySet<string>): boolean {
  if (!COMMA_BEFORE.test(text.slice(Math.max(0, cueStart - 4), cueStart))) return false;
  const m = COMMA_AFTER.exec(text.slice(cueEnd, cueEnd + INSERT_REACH));
  const next = m?.[1];
  if (m === null || next === undefined || !goesOn.has(next.toLowerCase())) return false;
  // A mention inside the inserted phrase is still in the cue's reach: "Machine Learning, kein eigenes Model Deployment,
  // und ich habe nie …" negates the deployment (convention 122); only what follows the closing comma is set free.
  return start > cueEnd + m[0].lastIndexOf(',');
}

/** `gap` (the text from `from`) with each line break that only wraps a sentence read as a space. */
function softWrapsJoined(text: string, from: number, gap: string, goesOn: ReadonlySet<string>): string {
  if (!gap.includes('\n')) return gap;
  let out = '';
  for (let k = 0; k < gap.length; k++) out += gap.charAt(k) === '\n' && isSoftWrap(text, from + k, goesOn) ? ' ' : gap.charAt(k);
  return out;
}

/** The longest gap `nearGapOk` accepts between "no" and the skill it negates. */
const NEAR_GAP_MAX = 60;

/** What may stand between "no" and a skill it negates: a few words that are skills-like (capitalised, digits) or allowed ("hands-on", "or"). */
function nearGapOk(gap: string, cues: CueWords): boolean {
  if (gap.length > NEAR_GAP_MAX || /[.;!?\n]/u.test(gap)) return false;
  const words = gap.split(/[\s,/&]+/u).filter((w) => w !== '');
  if (words.length > 4) return false;
  // "No penetration testing or red-team experience": the cue reaches both alternatives it joins, whatever the first.
  if (words.length >= 2 && cues.nearOr.has((words.at(-1) as string).toLowerCase())) return true;
  return words.every((w) => cues.nearGap.has(w.toLowerCase()) || unicodeRegex`^[\p{Lu}\d]`.test(w));
}

/** Index of the last value ≤ `x` in a sorted list, or -1. */
function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first value ≥ `x` in a sorted list, or -1. */
function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) >= x) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/** True when the mention's clause says the person does not (yet) have it (one mention; see `negationIndex` for many). */
export function isNegated(text: string, start: number, end: number, cues: CueWords): boolean {
  let from = start;
  const floor = Math.max(0, start - LOOK_BACK);
  while (
    from > floor &&
    !isClauseStop(text, from - 1, cues.dotAbbreviations) &&
    (!CLAUSE_END.has(text[from - 1] as string) || isSoftWrap(text, from - 1, cues.goesOn))
  )
    from--;
  if (cues.before.test(text.slice(from, start))) return true;
  return cues.after.test(text.slice(end, end + 60));
}

/** How far a bracket of topics may run. */
const TOPIC_REACH = 200;
/** A bracket right after a topic lead, closed within reach (one class up to the bracket: linear). */
const TOPIC_BRACKET = /^\s{0,2}\([^()]*\)/u;

/** The brackets that follow a topic lead, as spans. */
function topicBrackets(re: RegExp, text: string, leadNot: RegExp): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // "gestion des risques IA (NIST AI RMF, ISO/IEC 42001)": a discipline and its frameworks, no topics.
    if (closedBy(leadNot, text, m.index)) continue;
    const from = m.index + m[0].length;
    const bracket = TOPIC_BRACKET.exec(text.slice(from, from + TOPIC_REACH));
    if (bracket) {
      starts.push(from);
      ends.push(from + bracket[0].length);
    }
  }
  return { starts, ends };
}

/** A bullet opening a line, or a full stop, inside an assessed object. */
const OBJECT_BREAK = /\n\s{0,12}-\s|\.\s/u;

/**
 * The objects of assurance verbs up to their head noun, as spans: "Evaluated vulnerability management, security monitoring
 * and incident management processes", "reviewed client penetration-test reports". An object that holds a verb of the
 * person's own work ("tested the app and wrote the pentest reports") is no single object, and is read as usual.
 */
function assessedObjects(text: string, cues: CueWords): Spans {
  const out: Spans = { starts: [], ends: [] };
  cues.assessedAll.lastIndex = 0;
  for (let m = cues.assessedAll.exec(text); m !== null; m = cues.assessedAll.exec(text)) {
    if (closedBy(cues.assessedLeadNot, text, m.index)) continue;
    const object = m[1] ?? '';
    const words = object.split(/[\s,]+/u).filter((w) => w !== '');
    // A new list item or sentence (a bullet or a full stop) ends the object.
    if (OBJECT_BREAK.test(object) || words.some((w) => cues.assessedBreaks.has(fold(w)) || cues.assessedPhraseBreaks.has(fold(w)))) continue;
    // The span ends before the head: a mention that takes the head in names the object itself ("security controls").
    const at = m.index + m[0].indexOf(object);
    out.starts.push(at);
    out.ends.push(at + object.length);
  }
  return out;
}

/**
 * The objects of assurance words whose head comes first ("Contrôles … sur le processus de gestion des vulnérabilités"):
 * the words after the head's link, up to a verb of the person's own work.
 */
function assessedHeadFirstObjects(text: string, cues: CueWords): Spans {
  const out: Spans = { starts: [], ends: [] };
  cues.assessedHeadFirstAll.lastIndex = 0;
  for (let m = cues.assessedHeadFirstAll.exec(text); m !== null; m = cues.assessedHeadFirstAll.exec(text)) {
    if (closedBy(cues.assessedLeadNot, text, m.index)) continue;
    const object = m[1] ?? '';
    const at = m.index + m[0].length - object.length;
    let end = at + object.length;
    const words = unicodeLiteral`/[\p{L}-]+/gu`;
    for (let w = words.exec(object); w !== null; w = words.exec(object)) {
      if (cues.assessedBreaks.has(fold(w[0]))) {
        end = at + w.index;
        break;
      }
    }
    out.starts.push(at);
    out.ends.push(end);
  }
  return out;
}

/** How far before an assurance word a word of `assessedLeadsNotAfter` is looked for. */
const LEAD_NOT_REACH = 24;

/** Whether the text right before `at` (up to `LEAD_NOT_REACH` characters, folded) closes with a match of `leadNot`. */
function closedBy(leadNot: RegExp, text: string, at: number): boolean {
  return leadNot.test(fold(text.slice(Math.max(0, at - LEAD_NOT_REACH), at)));
}

/** The objects of assurance verbs and the clauses of reviews of evidence: what was assessed, by start. */
function assessedSpans(text: string, cues: CueWords): Spans {
  return mergedSpans(
    assessedObjects(text, cues),
    assessedHeadFirstObjects(text, cues),
    clausesAfter(cues.evidenceReviewsAll, text, cues),
    gatheredEvidence(text, cues),
  );
}

/** How far before "as evidence" the verb of gathering it is looked for. */
const GATHER_REACH = 200;

/**
 * Evidence gathered for an audit ("Collect screenshots of Splunk log-retention settings and firewall rule review sign-offs
 * from IT as audit evidence", "Collecte, comme preuves d'audit, de captures d'écran …"): from the verb of gathering before
 * "as evidence" in its clause to the clause's end or a verb of building, what is gathered is what was assessed.
 */
function gatheredEvidence(text: string, cues: CueWords): Spans {
  const out: Spans = { starts: [], ends: [] };
  const re = cues.evidenceAsAll;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let from = m.index;
    while (from > 0 && m.index - from < GATHER_REACH && !clauseEndsAt(text, from - 1, cues)) from--;
    const before = text.slice(from, m.index);
    const gather = cues.evidenceGatherersAll;
    gather.lastIndex = 0;
    // The first verb of gathering: a noun after it may be another ("collect firewall rule exports as audit evidence").
    const g = gather.exec(before);
    if (g === null) continue;
    const lead = from + g.index;
    const rest = clauseEndFrom(text, m.index + m[0].length, cues, cues.buildingBreaks);
    out.starts.push(lead);
    out.ends.push(Math.max(rest, m.index + m[0].length));
  }
  return out;
}

/**
 * Where the clause that goes on at `from` ends (within `EVIDENCE_REACH`; at a colon too when `colonEnds`), or its first
 * word of `breaks` ("… as audit evidence, and built …").
 */
function clauseEndFrom(text: string, from: number, cues: CueWords, breaks: ReadonlySet<string>, colonEnds = false): number {
  let k = from;
  while (k < text.length && k < from + EVIDENCE_REACH && !clauseEndsAt(text, k, cues) && !(colonEnds && text.charAt(k) === ':')) k++;
  const words = unicodeLiteral`/[\p{L}-]+/gu`;
  const rest = text.slice(from, k);
  for (let w = words.exec(rest); w !== null; w = words.exec(rest)) if (breaks.has(fold(w[0]))) return from + w.index;
  return k;
}

/** How far the clause of a review of evidence may run. */
const EVIDENCE_REACH = 200;

/**
 * A review of evidence (`evidenceReviewsAll`) or an audit's scope (`auditScopesAll`) and the rest of its clause
 * ("reviewed firewall rule-base change tickets and vulnerability scan remediation evidence", "audits of the ISMS,
 * vulnerability management, network security"): the controls named there are what was assessed, not work the person
 * did. A verb of building or another assurance verb ends it ("… tickets and built the firewall rules"); an audit lead
 * right after a word of `assessedLeadsNotAfter` ("code audits of") names the person's own work, and a colon ends its scope.
 */
function clausesAfter(leads: RegExp, text: string, cues: CueWords, auditScope = false): Spans {
  const out: Spans = { starts: [], ends: [] };
  leads.lastIndex = 0;
  for (let m = leads.exec(text); m !== null; m = leads.exec(text)) {
    if (auditScope && closedBy(cues.assessedLeadNot, text, m.index)) continue;
    out.starts.push(m.index);
    // A colon after an audit's scope opens what the audit did ("Security audits of banks: … firewall configuration reviews").
    out.ends.push(clauseEndFrom(text, m.index + m[0].length, cues, cues.assessedBreaks, auditScope));
  }
  return out;
}

/** A capitalised name of one to three words ("SOC", "AppSec", "Cloud Security"), as a team is named. */
const TEAM_NAME = '(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}/-]{0,20}(?: \\p{Lu}[\\p{L}\\p{N}/-]{0,20}){0,2}';

/** Words of the lexicon as a case-insensitive alternation of whole words: the capitals of the names stay significant. */
function wordsAlternation(words: readonly string[]): string {
  return words
    .map((w) =>
      [...w]
        .map((ch) => (ch.toLowerCase() === ch.toUpperCase() ? escapeRegex(ch) : `[${ch.toLowerCase()}${ch.toUpperCase()}]`))
        .join('')
        .replace(/ /gu, '\\s{1,3}'),
    )
    .join('|');
}

/**
 * Three names or more joined by commas and a last "and" ("SOC, IAM, AppSec and Cloud Security"), after a word of `heads`
 * ("los equipos de …") or before one ("… teams"); never, with no heads.
 */
function teamListPattern(heads: readonly string[], and: readonly string[], before: boolean): RegExp {
  if (heads.length === 0 || and.length === 0) return new RegExp(NEVER, 'gu');
  const list = `${TEAM_NAME}(?:,\\s{1,3}${TEAM_NAME}){1,6},?\\s{1,3}(?:&|(?:${wordsAlternation(and)}))\\s{1,3}${TEAM_NAME}`;
  const head = `(?<![\\p{L}\\p{N}])(?:${wordsAlternation(heads)})(?![\\p{L}\\p{N}])`;
  // An ASCII twin (see `AsciiTwinRegExp`): the 28 `\p{…}` classes of the whole pattern, parsed when it is made and again
  // when it runs, were the costliest pattern of a first document; a text whose letters are all ASCII never needs them.
  // Every match holds a word of `heads` ("teams"): a text without one is not scanned from each capital on.
  return new AsciiTwinRegExp(before ? `${head}\\s{1,3}${list}` : `${list}\\s{1,3}${head}`, 'gu').gated(new RegExp(wordsAlternation(heads), 'u'));
}

/**
 * The spans of team names and of teams' member lists ("a team of four (two analysts, a privacy counsel)"), with the
 * `wishes` (the positions sought), by start.
 */
function teamSpans(text: string, cues: CueWords, wishes: Spans): Spans {
  return mergedSpans(
    withTeamBrackets(text, helpedTeamsLeftOut(matchSpans(cues.teamNamesAll, text), text, cues), cues),
    matchSpans(cues.postingTeamNamesAll, text),
    bodyNameSpans(text, cues),
    matchSpans(cues.teamMembersAll, text),
    // "the SOC, IAM, AppSec and Cloud Security teams deliver the technology": names of teams (convention 39).
    matchSpans(cues.teamListBeforeAll, text),
    matchSpans(cues.teamListAfterAll, text),
    // Tried at every position, the pattern is read only on a text with a headcount word.
    cues.staffWord.test(text) ? matchSpans(cues.staffMembersAll, text) : { starts: [], ends: [] },
    // "Lead 14 engineers in three teams (AI platform security, application security, security automation)" (convention 190).
    bracketsOnly(matchSpans(cues.teamCountAll, text), text),
    matchSpans(cues.teamRosterAll, text),
    // "pour les audits de surveillance ISO 27001": the audit the organisation undergoes, not the person's (convention 352).
    matchSpans(cues.undergoneAuditsAll, text),
    teamClauses(text, cues),
    reportingLines(text, cues),
    wishes,
  );
}

/**
 * A degree's name of one word before a coursework label ("M.Tech coursework:", "MSc modules:"): a letter, then up to
 * eleven letters, dots or apostrophes (the pattern runs on the folded text, so no capital is asked).
 */
const DEGREE_TOKEN = "\\p{L}[\\p{L}.'’]{1,11}";
/** The degree after a coursework label, after one or two short words ("Module im M.Tech:", "Cours du master :", "Asignaturas del máster:"). */
const OF_DEGREE = `(?:[^\\S\\n]{1,2}\\p{Ll}{1,5}){1,2}[^\\S\\n]{1,2}\\p{L}[\\p{L}.'’]{1,11}`;

/** How far a coursework list runs at most after its label. */
const COURSEWORK_REACH = 400;

/**
 * Each coursework label with its list: up to a full stop that ends the sentence, a blank line, a list mark opening the
 * next line or `COURSEWORK_REACH` characters ("Relevant coursework: Programming in C, … Database Management⏎Systems, …
 * Software Testing.").
 */
export function courseworkLists(text: string, cues: CueWords): Array<{ start: number; end: number }> {
  // Most texts name no coursework: the text's words, read once, say so without running the pattern over it.
  if (cues.courseworkHeads && headPositions(text, cues.courseworkHeads).length === 0) return [];
  return labelledLists(text, cues.courseworkLabelsAll);
}

/**
 * Each list of what others run or of what was attended, after its label ("Client environment: AWS Control Tower, EKS,
 * …", "Programs overseen: SAST (Semgrep, CodeQL), …", "Webinaire « Sécurité des LLM »"), as far as a coursework list.
 */
export function othersLists(text: string, cues: CueWords): Array<{ start: number; end: number }> {
  return [
    ...(cues.othersHeads && headPositions(text, cues.othersHeads).length === 0 ? [] : labelledLists(text, cues.othersLabelsAll)),
    ...labelledLists(text, cues.othersWorkLabelsAll, labelOpening, (t, m) => labelEnd(t, m, cues.goesOn), cues.goesOn),
    ...taughtCourses(text, cues.taughtCoursesAll),
  ];
}

/** Each course code and title after a teacher's role ("Guest lecturer, 18-734 Foundations of Privacy …"): the subject taught. */
function taughtCourses(text: string, pattern: RegExp): Array<{ start: number; end: number }> {
  const { starts, ends } = matchSpans(pattern, text);
  return starts.map((start, k) => ({ start, end: ends[k] as number }));
}

/** A row of a table drawn with bars, three cells or more. */
const BAR_ROW = /^[^|\n]{0,200}\|[^|\n]{0,200}\|[^\n]{0,400}$/u;
/** The rule under a table's header ("------+------+-----"). */
const HEADER_RULE = /^[\s|+=:-]{3,400}$/u;
/** The most rows a table's header wraps onto. */
const MAX_HEADER_ROWS = 4;

/**
 * Each cell of a column of a table drawn with bars whose header names others' work ("Tech stack (built and run by the
 * delivery team, not by me)"), the header read across the rows it wraps onto above its rule: convention 25's label, for
 * the column it heads.
 */
export function othersColumns(text: string, cues: CueWords): Array<{ start: number; end: number }> {
  if (!text.includes('|')) return [];
  const out: Array<{ start: number; end: number }> = [];
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    if (!BAR_ROW.test(lines[i] as string) || (i > 0 && (lines[i - 1] as string).includes('|'))) continue;
    const width = (lines[i] as string).split('|').length;
    let rule = -1;
    for (let k = i + 1; k <= i + MAX_HEADER_ROWS && k < lines.length; k++) {
      const l = lines[k] as string;
      if (HEADER_RULE.test(l) && l.includes('-')) {
        rule = k;
        break;
      }
      if (l.split('|').length !== width) break;
    }
    if (rule === -1) continue;
    const heads = Array.from({ length: width }, (_, c) =>
      lines
        .slice(i, rule)
        .map((l) => (l.split('|')[c] ?? '').trim())
        .join(' '),
    );
    const others = heads.map((h) => {
      cues.othersWorkLabelsAll.lastIndex = 0;
      return cues.othersWorkLabelsAll.test(h);
    });
    if (!others.includes(true)) continue;
    for (let k = rule + 1; k < lines.length && (lines[k] as string).split('|').length === width; k++) {
      let from = starts[k] as number;
      (lines[k] as string).split('|').forEach((cell, c) => {
        if (others[c]) out.push({ start: from, end: from + cell.length });
        from += cell.length + 1;
      });
    }
    i = rule;
  }
  return out;
}

/**
 * A numbered title of a standard's clause or control ("8.24 Use of cryptography", "A.8 Technological controls", "5.15 Contrôle
 * d'accès"): after a line's start, a bracket, a comma, a semicolon or a colon and one word at most ("(incl. 8.16 …"), a
 * number with dotted parts or an annex letter's, then a capitalised title, over one wrapped line at most, up to a comma,
 * a semicolon or a bracket.
 */
const CLAUSE_TITLE = new AsciiTwinRegExp(
  String.raw`(?<=(?:^|\n|[(,;:])[^\S\n]{0,6}(?:\p{L}{1,10}\.?[^\S\n]{1,3})?)(?:\p{Lu}\.\d{1,2}|\d{1,2}\.\d{1,2})(?:\.\d{1,2})?(?![\d.])(?:[^\S\n]{1,3}|[^\S\n]{0,3}\n[^\S\n]{0,12})\p{Lu}[^,;()\n]{0,60}(?:\n[^\S\n]{1,12}[^,;()\s•*▪–-][^,;()\n]{0,60})?`,
  'gu',
);

/** The number that opens a numbered title, and the space after it. */
const CLAUSE_NUMBER = /^\S+\s+/u;

/** How far apart two numbered titles of one list stand at most. */
const CLAUSE_LIST_GAP = 160;

/**
 * The titles of a standard's chapter list ("Annex A: A.5 Organizational controls (incl. 5.15 Access control, 5.24 Incident
 * management planning)"): a numbered title with another within `CLAUSE_LIST_GAP` characters names a part of the standard,
 * no work of the person's. A number alone, "(10.3 Years in Cyber Security)", is no list.
 */
export function clauseTitleLists(text: string, cues: CueWords): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(CLAUSE_TITLE)) {
    if (!cues.timeUnitStart.test(m[0].replace(CLAUSE_NUMBER, ''))) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found.filter((t, i) => {
    const before = found[i - 1];
    const after = found[i + 1];
    return (before !== undefined && t.start - before.end <= CLAUSE_LIST_GAP) || (after !== undefined && after.start - t.end <= CLAUSE_LIST_GAP);
  });
}

/** Each label's list, up to the end `courseworkLists` tells. */
function labelledLists(
  text: string,
  labels: RegExp,
  opening: (text: string, m: RegExpExecArray) => number | undefined = (_, m) => m.index,
  closing: (text: string, m: RegExpExecArray) => number | undefined = (_, m) => m.index + m[0].length,
  goesOn?: ReadonlySet<string>,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  labels.lastIndex = 0;
  for (let m = labels.exec(text); m !== null; m = labels.exec(text)) {
    const start = opening(text, m);
    const labelEnd = start === undefined ? undefined : closing(text, m);
    if (start === undefined || labelEnd === undefined) continue;
    let end = labelEnd;
    // The label's own mark: "Modules incl. Python", "Coursework - Java".
    while (end < text.length && LABEL_MARKS.has(text.charAt(end))) end++;
    // A bracket on the lines right under a heading says whose work it is ("(my part: the plan; delivery by the SOC team)"): the items follow it.
    const bracket = BRACKET_LINES.exec(text.slice(end, end + BRACKET_REACH));
    if (bracket && BLOCK_LABEL_END.test(text.slice(end + bracket[0].length, end + bracket[0].length + 12))) end += bracket[0].length;
    // A label that ends its line heads the list items under it ("Courses I deliver:" over "- CompTIA Security+ (5 days)"): up to a blank line.
    const block = BLOCK_LABEL_END.test(text.slice(end, end + 12));
    const limit = Math.min(text.length, end + (block ? BLOCK_REACH : COURSEWORK_REACH));
    if (block) end = blockEnd(text, end, limit, goesOn);
    else while (end < limit && !listEndsAt(text, end)) end++;
    out.push({ start, end });
    labels.lastIndex = Math.max(end, labels.lastIndex);
  }
  return out;
}
/**
 * Where a label of others' work opens: its words open a line, a list item or a sentence, after three words at most ("What
 * the CISO organisation delivered"); a longer duty that names others' work on the way ("Security review of the assistant
 * built by the ML team:") is none. A label stays inside one list item: "… SaaS tools" over "- Designed the VPC" is none.
 */
function labelOpening(text: string, m: RegExpExecArray): number | undefined {
  if (/\n[ \t]{0,8}[-–•*▪▸][ \t]/u.test(m[0])) return undefined;
  const floor = Math.max(0, m.index - LABEL_PREFIX_REACH);
  let at = m.index;
  while (at > floor && !LABEL_OPENERS.has(text.charAt(at - 1))) at--;
  if (at === floor && floor > 0) return undefined;
  // A sentence's end opens a label only before a space ("… the board. Platforms built by …"), not inside "e.g.".
  if (at > 0 && text.charAt(at - 1) !== '\n' && !/\s/u.test(text.charAt(at))) return undefined;
  const words = text
    .slice(at, m.index)
    .split(/\s+/u)
    .filter((w) => w !== '' && !ITEM_MARKS.has(w));
  if (words.length > 3 || !words.every((w) => LABEL_WORD.test(w))) return undefined;
  const first = words[0];
  return first === undefined ? m.index : text.indexOf(first, at);
}
/** Where a label may open: a line's start, or after a sentence's end or a semicolon. */
const LABEL_OPENERS = new Set(['\n', '.', ';', '·']);
/** A word of a label's opening ("What", "CISO", "Key"), or a bracket's opening ("Technologies delivered (via partners)"). */
const LABEL_WORD = /^[\p{L}\p{N}'’&-]{1,30}$|^\($/u;
/** Where a label of others' work ends: a colon, or a line's end over a bracket or a list item, within `LABEL_TAIL` and before a sentence's end. */
function labelEnd(text: string, m: RegExpExecArray, goesOn: ReadonlySet<string>): number | undefined {
  const limit = Math.min(text.length, m.index + m[0].length + LABEL_TAIL);
  for (let k = m.index + m[0].length; k < limit; k++) {
    const c = text.charAt(k);
    if (c === ':') return k + 1;
    if (c === '.' || c === ';') return undefined;
    // A list item's own line heads no block of items under it ("• Present red team results to product" over "• Onboarded …"),
    // nor does the wrapped tail of one ("… the merchant assistant and the" over "LLM dispute-summary feature built by our
    // ML team": the line break before the label's line is a soft wrap).
    if (c === '\n' && /^\n[ \t]{0,8}[(\-–•*▪▸]/u.test(text.slice(k, k + 12))) {
      const lineStart = text.lastIndexOf('\n', m.index);
      return ITEM_LINE.test(text.slice(lineStart + 1, m.index)) || (lineStart > 0 && isSoftWrap(text, lineStart, goesOn)) ? undefined : k;
    }
  }
  return undefined;
}
/** A line's opening that is a list item's mark. */
const ITEM_LINE = /^[ \t]{0,8}[-–•*▪▸][ \t]/u;
/** How far after its words a label of others' work may end. */
const LABEL_TAIL = 100;
/** How far before a label's words its opening is sought. */
const LABEL_PREFIX_REACH = 120;
const LABEL_MARKS = new Set(['.', ':', ' ', '\t', '-', '–', '—']);
/** Lines of one bracket right under a label's line, closed before a line break. */
const BRACKET_LINES = /^[ \t]*\n[ \t]{0,8}\([^()]{0,300}\)[ \t]*(?=\n)/u;
/** How far a bracket under a heading may run. */
const BRACKET_REACH = 320;
/** A label's end of line before a list item: the list is the block of items under it. */
const BLOCK_LABEL_END = /^\n[ \t]{0,8}[-–•*▪▸]/u;
/** The end of the list items from `at` (a line break): a blank line, or a line as far in as the items' that is none ("Réalisations :"). */
function blockEnd(text: string, at: number, limit: number, goesOn?: ReadonlySet<string>): number {
  const indent = (/^\n([ \t]*)/u.exec(text.slice(at, at + 12))?.[1] ?? '').length;
  let end = at + 1;
  for (let next = text.indexOf('\n', end); next !== -1 && next < limit; next = text.indexOf('\n', end)) {
    const line = /^\n([ \t]*)(\S?)/u.exec(text.slice(next, next + 40));
    const [, lead = '', first = ''] = line ?? [];
    // A line that starts in lower case goes on from the item above it ("… of the cardholder data" over "environment (2019)").
    // A line under one that ends on a word no sentence ends with ("… secrets moved to" over "HashiCorp Vault …") goes on its item.
    const wrapped = goesOn !== undefined && (/,[ \t]*$/u.test(text.slice(end, next)) || endsOnGoingOnWord(text.slice(end, next), goesOn));
    if (first === '' || (lead.length <= indent && !ITEM_MARKS.has(first) && first === first.toUpperCase() && !wrapped)) return next;
    end = next + 1;
  }
  return limit;
}
const ITEM_MARKS = new Set(['-', '–', '•', '*', '▪', '▸']);
/** How far a block of list items under a label runs at most. */
const BLOCK_REACH = 1200;

/** A full stop before white space or the text's end, a blank line, or a line that opens with a list mark. */
function listEndsAt(text: string, at: number): boolean {
  const c = text.charAt(at);
  if (c === '.') return at + 1 >= text.length || /\s/u.test(text.charAt(at + 1));
  return c === '\n' && LIST_ITEM_OR_BLANK.test(text.slice(at, at + 12));
}
/** A line break before a blank line or a list mark. */
const LIST_ITEM_OR_BLANK = /^\n[ \t]{0,8}(?:\n|$|[-–•*▪▸])/u;

/** Team names less those the person helps in their work ("Apoyo al equipo de respuesta a incidentes en 12 casos"). */
function helpedTeamsLeftOut(spans: Spans, text: string, cues: CueWords): Spans {
  const out: Spans = { starts: [], ends: [] };
  spans.starts.forEach((start, i) => {
    if (cues.teamHelpedBefore.test(text.slice(Math.max(0, start - HELPED_REACH), start))) return;
    out.starts.push(start);
    out.ends.push(spans.ends[i] as number);
  });
  return out;
}
/** How far before a team's name a `teamHelped` word is looked for. */
const HELPED_REACH = 30;

/**
 * A bracket right after a team's name, or opening the indented line it wraps onto, closed on its line or on the one it
 * wraps onto: "(Qualys owners)", "(Terraform, EKS)", "(équipe sécurité, Microsoft⏎  Sentinel et CrowdStrike)".
 */
const TEAM_BRACKET = /^[ \t]{0,2}(?:\n[ \t]{1,8})?\([^()\n]{1,60}(?:\n[^()\n]{1,60})?\)/u;

/** The brackets of spans that end with one: "Led 3 teams (AppSec, cloud)" keeps "Led 3 teams", the leading of teams. */
function bracketsOnly(spans: Spans, text: string): Spans {
  return { starts: spans.ends.map((end) => text.lastIndexOf('(', end - 1)), ends: spans.ends };
}

/**
 * Each team span with the bracket right after it: what the bracket says describes the team ("to the Vulnerability
 * Management team (Qualys owners)"). Not after a team worked with or for (`teamServed`): "avec l'équipe Data (BigQuery,
 * Airflow)" names the tools of the shared work.
 */
function withTeamBrackets(text: string, spans: Spans, cues: CueWords): Spans {
  const ends = spans.ends.map((end, k) => {
    if (cues.teamServedOpener.test(text.slice(spans.starts[k] as number, end))) return end;
    return end + (TEAM_BRACKET.exec(text.slice(end, end + 64))?.[0].length ?? 0);
  });
  return { starts: spans.starts, ends };
}

/** One word of a body's name after the blanks before it ("Trustworthy", "l'Informatica", "&"). */
const BODY_WORD = unicodeRegex`^[ \t]{1,3}([\p{L}\p{N}&][\p{L}\p{N}'’&+#-]{0,30})`;
/** An elided article before a name's word ("l'Informatica", "d'Intelligence"). */
const ELIDED = /^[dl]['’]/iu;
/** How many words a body's name may run on after its link word. */
const BODY_REACH = 8;

/**
 * The field in a body's name: a capitalised opening of `bodyNames` ("Helvetia Institute for", "Fondazione Meridiana per")
 * and the capitalised words after it, function words between them ("Trustworthy AI", "l'Informatica", "Sicherheit in der
 * Informationstechnik"). A skill there names the employer, not the person's work.
 */
function bodyNameSpans(text: string, cues: CueWords): Spans {
  const out: Spans = { starts: [], ends: [] };
  cues.bodyNamesAll.lastIndex = 0;
  for (let m = cues.bodyNamesAll.exec(text); m !== null; m = cues.bodyNamesAll.exec(text)) {
    if (!unicodeRegex`^\p{Lu}`.test(m[0])) continue;
    const from = m.index + m[0].length;
    let k = from;
    let last = -1;
    for (let n = 0; n < BODY_REACH; n++) {
      const w = BODY_WORD.exec(text.slice(k, k + 40));
      if (!w) break;
      const word = w[1] as string;
      if (unicodeRegex`^[\p{Lu}\p{N}]`.test(word.replace(ELIDED, ''))) last = k + w[0].length;
      else if (word !== '&' && !cues.stopwords.has(word.toLowerCase())) break;
      k += w[0].length;
    }
    if (last > from) {
      out.starts.push(from);
      out.ends.push(last);
    }
  }
  return out;
}

/** How far a relative clause about a partner team may run. */
const TEAM_CLAUSE_REACH = 240;

/**
 * A partner team's name and the relative clause after it, opened by a comma or a bracket, up to the clause's end (a
 * bracket closed, a sentence stop, a line break other than a soft wrap): "with the data science team, who build the
 * models in Python" and "with the platform team (who run the registry)" name their work.
 */
function teamClauses(text: string, cues: CueWords): Spans {
  const out: Spans = { starts: [], ends: [] };
  const joined = gutterWrapsJoined(text, cues.goesOn);
  const found = teamClauseMatches(joined.text, cues);
  found.starts.forEach((j, i) => {
    const s = joined.at(j);
    const from = joined.at(found.ends[i] as number);
    let k = from;
    while (k < text.length && k < from + TEAM_CLAUSE_REACH && !clauseEndsAt(text, k, cues)) k++;
    out.starts.push(s);
    out.ends.push(k);
  });
  return out;
}

/** A line break, the indent and a table's column rule before a wrapped cell's text ("data⏎   |    science team"). */
const GUTTER_WRAP = /\n[ \t]{0,40}[|│] {1,20}/gu;

/**
 * `text` with each soft wrap under a table's column rule read as one space, so that a phrase runs on across it, and
 * `at`, which maps an offset of that text back to `text`.
 */
function gutterWrapsJoined(text: string, goesOn: ReadonlySet<string>): { text: string; at: (j: number) => number } {
  if (!text.includes('|') && !text.includes('│')) return { text, at: (j) => j };
  const from: number[] = [];
  const shift: number[] = [];
  let out = '';
  let last = 0;
  let removed = 0;
  GUTTER_WRAP.lastIndex = 0;
  for (let m = GUTTER_WRAP.exec(text); m !== null; m = GUTTER_WRAP.exec(text)) {
    if (!isSoftWrap(text, m.index, goesOn)) continue;
    out += `${text.slice(last, m.index)} `;
    last = m.index + m[0].length;
    removed += m[0].length - 1;
    from.push(out.length);
    shift.push(removed);
  }
  if (from.length === 0) return { text, at: (j) => j };
  out += text.slice(last);
  return { text: out, at: (j) => j + ((shift[lastAtOrBefore(from, j)] as number | undefined) ?? 0) };
}

/** A word lowercased and without accents. */

/** How many words a partner's name has at most, unless a team or unit word opens it. */
const TEAM_NAME_WORDS = 5;

/**
 * The partner teams' clauses of `text`: the words between the partner words and the comma name a team, ending in a
 * team word ("with the data science team, who"), or the partner words end in one ("avec l'équipe data science, qui").
 */
function teamClauseMatches(text: string, cues: CueWords): Spans {
  const out: Spans = { starts: [], ends: [] };
  // A comma and a relative word after the name, or a possessive phrase about the team ("during their", convention 364).
  for (const pattern of [cues.teamClausesAll, cues.teamPossessivesAll]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const name = m[1] ?? '';
      // The clause opens at a comma or a bracket ("with the ML platform team (who run the model registry)"), or at the possessive.
      const beforeTail = m[0].slice(0, m[0].length - (m[2] ?? '').length).trimEnd();
      const opener = beforeTail.slice(0, beforeTail.length - name.trimEnd().length);
      // A unit may stand anywhere in the name ("au SOC du groupe", "an das Managed SOC weitergeleitet"), a team word at
      // either end ("al equipo de ciencia de datos").
      const words = wordsOf(name).map((w) => fold(w));
      const team = cues.teamWords.has(words[0] ?? '') || cues.teamWords.has(words[words.length - 1] ?? '');
      // A sixth word only after a unit that opens the name ("el área de Seguridad de la Información, que …"), no phrase
      // that runs on to a unit ("d'au moins 2 ans d'expérience en SOC, dont …").
      if (words.length > TEAM_NAME_WORDS && !cues.teamWords.has(words[0] ?? '') && !cues.teamUnits.has(words[0] ?? '')) {
        // A later lead may still open a shorter name before the same comma ("… der Plattform gehen an das Konzern-SOC, das …").
        pattern.lastIndex = m.index + 1;
        continue;
      }
      if (team || words.some((w) => cues.teamUnits.has(w)) || cues.teamWords.has(fold(lastWordOf(opener)))) {
        out.starts.push(m.index);
        out.ends.push(m.index + m[0].length);
      }
    }
  }
  // The two patterns' matches, by start.
  const order = out.starts.map((_, i) => i).sort((a, b) => (out.starts[a] as number) - (out.starts[b] as number));
  return { starts: order.map((i) => out.starts[i] as number), ends: order.map((i) => out.ends[i] as number) };
}

/** The words of a phrase. */
function wordsOf(s: string): string[] {
  return s.split(unicodeLiteral`/[^\p{L}\p{N}]+/u`).filter((w) => w !== '');
}

/** The last word of a phrase. */
function lastWordOf(s: string): string {
  const words = wordsOf(s);
  return words[words.length - 1] ?? '';
}

/** A clause ends at offset `k`: a closing bracket, a semicolon, a sentence stop or a line break that wraps no sentence. */
function clauseEndsAt(text: string, k: number, cues: CueWords): boolean {
  const c = text.charAt(k);
  if (c === ')' || c === ';' || c === '!' || c === '?') return true;
  if (c === '\n') return !isSoftWrap(text, k, cues.goesOn);
  return c === '.' && isClauseStop(text, k, cues.dotAbbreviations);
}

/** How far before a reporting line the noun of the post it belongs to is looked for ("… position reporting to"). */
const HOLDER_REACH = 24;

/** Marks that open a clause or an aside before a reporting line: "(first hire, reporting to the CISO)". */
const CLAUSE_OPENERS = '(,;:—–';

/**
 * The reporting lines that open a clause, a bracket, a sentence or a list item ("quarterly reporting to the CISO" is
 * communication, and so is one whose head is joined to another party: "Berichte an CISO und Fachbereiche").
 */
function reportingLines(text: string, cues: CueWords): Spans {
  const out: Spans = { starts: [], ends: [] };
  const found = matchSpans(cues.reportingLinesAll, text);
  found.starts.forEach((s, i) => {
    const k = pastBlanks(text, s);
    const end = found.ends[i] as number;
    if (cues.reportingJoined.test(text.slice(end, end + 12))) return;
    const holder = cues.reportingHolder.test(text.slice(Math.max(0, s - HOLDER_REACH), s));
    if (k === 0 || holder || CLAUSE_OPENERS.includes(text[k - 1] as string) || opensSentence(text, s) || opensItem(text, s)) {
      out.starts.push(s);
      out.ends.push(found.ends[i] as number);
    }
  });
  return mergedSpans(out, ownedReportingLines(text, cues));
}

/** The reporting lines that hold their subject ("… and you'll report to our CTO"): the post's wherever they stand. */
function ownedReportingLines(text: string, cues: CueWords): Spans {
  const out: Spans = { starts: [], ends: [] };
  const found = matchSpans(cues.subjectReportingLinesAll, text);
  found.starts.forEach((s, i) => {
    const end = found.ends[i] as number;
    if (cues.reportingJoined.test(text.slice(end, end + 12))) return;
    out.starts.push(s);
    out.ends.push(end);
  });
  return out;
}

/** `spans` with the sentence openers of `text` ("… features. Learning Go") added, in text order. */
function withOpeners(spans: Spans, text: string, cues: CueWords): Spans {
  const openers = matchSpans(cues.openersAll, text);
  // A name right after the cue ("Learning Go", "Python, Bash; learning Go"), not a word of prose ("Learning from the outage, we moved to Terraform").
  const at: Spans = { starts: [], ends: [] };
  openers.starts.forEach((s, i) => {
    const e = openers.ends[i] as number;
    if ((opensSentence(text, s) || opensListItem(text, s)) && NAME_NEXT.test(text.slice(e, e + 4))) {
      at.starts.push(s);
      at.ends.push(e);
    }
  });
  // A line opener ("Reading on prompt injection") counts where a sentence, a line or a list item starts.
  const lineOpeners = matchSpans(cues.lineOpenersAll, text);
  const lined: Spans = { starts: [], ends: [] };
  lineOpeners.starts.forEach((s, i) => {
    if (opensSentence(text, s) || opensItem(text, s)) {
      lined.starts.push(s);
      lined.ends.push(lineOpeners.ends[i] as number);
    }
  });
  return mergedSpans(spans, at, lined);
}

/** How far before a cue its line's indent and bullet are read (a tabular CV indents its bullets under a dates column). */
const ITEM_INDENT = 40;

/** Offset `i` starts its line or list item: only spaces and a bullet mark stand before it on its line. */
function opensItem(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && k > i - ITEM_INDENT && ' \t*-•·▪◦–>'.includes(text[k - 1] as string)) k--;
  return k === 0 || text[k - 1] === '\n';
}

/**
 * `spans` without the label cues ("learning:") that end a longer label: a word right before one on its line, other than a
 * function word, makes the cue the label's last word ("Azure Machine Learning: training pipelines", "Deep Learning: Keras").
 */
function labelsThatOpen(spans: Spans, text: string, cues: CueWords): Spans {
  if (!spans.ends.some((e) => text.charCodeAt(e - 1) === 58)) return spans;
  const out: Spans = { starts: [], ends: [] };
  spans.starts.forEach((s, i) => {
    const e = spans.ends[i] as number;
    if (text.charCodeAt(e - 1) !== 58 || !endsLongerLabel(text, s, cues.stopwords)) {
      out.starts.push(s);
      out.ends.push(e);
    }
  });
  return out;
}

/** A word (no function word) right before offset `i` on its line, joined to it by spaces or a hyphen only. */
function endsLongerLabel(text: string, i: number, stopwords: ReadonlySet<string>): boolean {
  let k = i;
  while (k > 0 && k > i - 4 && (text[k - 1] === ' ' || text[k - 1] === '-')) k--;
  const word = lastWordBefore(text, k);
  return word !== '' && unicodeRegex`^\p{L}`.test(word) && !stopwords.has(word);
}

/** Spans as two lists in text order: where each starts and where it ends. */
export interface Spans {
  starts: number[];
  ends: number[];
}

/** Several lists of spans as one, in order of start (a list alone is returned as it is). */
function mergedSpans(...lists: Spans[]): Spans {
  const some = lists.filter((l) => l.starts.length > 0);
  if (some.length <= 1) return some[0] ?? lists[0] ?? { starts: [], ends: [] };
  const all = some.flatMap((l) => l.starts.map((s, i) => [s, l.ends[i] as number] as const)).sort((a, b) => a[0] - b[0]);
  return { starts: all.map((s) => s[0]), ends: all.map((s) => s[1]) };
}

/** A capital after the cue: a name follows it. */
const NAME_NEXT = unicodeRegex`^ {1,3}\p{Lu}`;

/** An item of an inline list starts at `i`: a comma or a semicolon before it ("Python, Bash; learning Go"). */
function opensListItem(text: string, i: number): boolean {
  const k = pastBlanks(text, i);
  return k < i && (text[k - 1] === ',' || text[k - 1] === ';');
}

/** A sentence starts at `i` after a full stop on the same line (a title or a bullet's first word is no sentence of prose). */
function opensSentence(text: string, i: number): boolean {
  const k = pastBlanks(text, i);
  return k < i && isSentenceStop(text, k - 1);
}

/** Where the up to three spaces right before `i` start. */
function pastBlanks(text: string, i: number): number {
  let k = i;
  while (k > 0 && k > i - 4 && text[k - 1] === ' ') k--;
  return k;
}

/** Where each match of a global pattern starts and ends in `text`, in text order. */
/** A line's end after a cue, and the next line's indentation. */
const WRAP_AFTER = /^[^\S\n]{0,3}\n[^\S\n]{0,16}(?=\S)/u;
/** How much of the text either side of a wrap is read for a statement of currency. */
const WRAP_READ = 40;

/**
 * A cue at a line's end that a statement of currency (`certCurrent`) goes on from onto the next line ("en cours⏎ de
 * validité"): the statement, read with the wrap as one space, holds the cue. Constant work per cue.
 */
function silencedAcrossWrap(text: string, start: number, end: number, cues: CueWords): boolean {
  const gap = WRAP_AFTER.exec(text.slice(end, end + 24));
  if (gap === null) return false;
  const from = Math.max(0, start - WRAP_READ);
  const next = end + gap[0].length;
  const joined = `${text.slice(from, end)} ${text.slice(next, next + WRAP_READ)}`;
  const re = cues.statusSilencedAll;
  re.lastIndex = 0;
  for (let m = re.exec(joined); m !== null; m = re.exec(joined)) {
    if (m.index <= start - from && m.index + m[0].length > end - from) {
      re.lastIndex = 0;
      return true;
    }
  }
  re.lastIndex = 0;
  return false;
}

function matchSpans(re: RegExp, text: string, inOneItem = false): Spans {
  const starts: number[] = [];
  const ends: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // A cue's words either side of a list item's start are no cue: "Nice to have⏎- You have used …" asks no "have you".
    if (inOneItem && LIST_ITEM_START.test(m[0])) continue;
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/** A line break before a list mark. */
const LIST_ITEM_START = /\n[ \t]{0,8}[-–•*]/u;

/** A row that opens with a dated cell, a word and a year, and a gap before its next cell ("geplant 2027  TeleTrusT …"). */
const DATED_ROW = unicodeRegex`^\p{Ll}{2,12}\.?\s(?:\d{1,2}[./-])?(?:19|20)\d\d[^\S\n]{2,}\S`;
/** A row whose first cell is a status of up to three words, a column gap after it ("in Vorbereitung    IAPP AIGP", "en preparación⇥CISSP"). */
const LABEL_ROW = unicodeRegex`^\p{Ll}\p{L}{1,15}(?: \p{L}{2,15}){0,2}(?:\t|[^\S\n]{2})[^\S\n]*\S`;

/** A line break inside a sentence (PDF wrapping): the line before ends in a word or comma, the next is no bullet. */
function isSoftWrap(text: string, i: number, goesOn: ReadonlySet<string>): boolean {
  if (text[i] !== '\n') return false;
  // Past the next line's indentation (a wrapped bullet's text is indented under it).
  let k = i + 1;
  while (k < text.length && k < i + 41 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  // A table's column rule before the wrapped text ("   |    science team, who …"): the row's cell goes on past it.
  if ((text[k] === '|' || text[k] === '│') && text[k + 1] === ' ') {
    k++;
    while (k < text.length && k < i + 61 && text.charCodeAt(k) === 32) k++;
  }
  const next = text.slice(k, k + 3);
  const before = text.slice(Math.max(0, i - 2), i).trimEnd();
  if (/^[-•*]/.test(next)) return false;
  // A table's next row, whose first cell opens in lowercase ("geplant 2027  TeleTrusT …", "in Vorbereitung    IAPP AIGP"), is no wrapped line.
  if (unicodeRegex`^\p{Ll}`.test(next) && (DATED_ROW.test(text.slice(k, k + 40)) || LABEL_ROW.test(text.slice(k, k + 60)))) return false;
  // A number ends a wrapped line too ("…EU AI Act / ISO 42001⏎with our governance team"), before a lowercase word only.
  if (unicodeRegex`\p{N}$`.test(before)) return unicodeRegex`^\p{Ll}`.test(next);
  // A bracket closed at the end of a line ("…(red teaming, prompt injection)⏎were run by…") goes on before a lowercase word.
  if (/\)$/u.test(before)) return unicodeRegex`^\p{Ll}`.test(next);
  // A spaced dash at the end of a line ("…adversarial ML and model security –⏎an area I want to grow into") opens an aside that goes on.
  if (SPACED_DASH_END.test(before)) return unicodeRegex`^\p{Ll}`.test(next);
  if (!unicodeRegex`[\p{L},:]$`.test(before)) return false;
  if (unicodeRegex`^\p{Ll}`.test(next)) return true;
  // "… junto con el equipo de ML⏎ Políticas IAM …": an item of a list whose items are lines, their wrapped text hanging under them.
  if (opensHangingItem(text, i)) return false;
  // A long line that ends in a comma ("…Deep Learning (PyTorch),⏎Visión por computador") wraps a list, even before a capital.
  if (before.endsWith(',') && unicodeRegex`^\p{Lu}`.test(next) && !opensLabel(text, k) && isWrappable(text, i)) return true;
  // A long line wrapped before a bracket that opens in lowercase ("…la sécurité des systèmes d'IA⏎(attaques adverses, …)").
  if (unicodeRegex`^\(\p{Ll}`.test(next)) return isWrappable(text, i);
  // A line that ends in a word no sentence ends with ("No production experience with⏎Azure ML") goes on, however short.
  if (unicodeRegex`^\p{Lu}`.test(next) && goesOn.has(lastWordBefore(text, i))) return true;
  // A long line that ends in a lowercase word ("…the basics of⏎Python") was wrapped, even before a capital, unless the next
  // line opens a label of its own ("…Terraform, Linux⏎Currently learning: PyTorch"); so was a long line that ends in an
  // acronym right after a lowercase word ("…preparing for the AWS⏎Certified Machine Learning exam"), not a list's item.
  if (!unicodeRegex`^\p{Lu}`.test(next) || opensLabel(text, k) || !isWrappable(text, i)) return false;
  return unicodeRegex`\p{Ll}$`.test(text.charAt(i - 1)) || ACRONYM_AFTER_WORD.test(text.slice(Math.max(0, i - 24), i));
}

/** How far a line's indentation is read (`indentAt`); a wider one is no list's. */
const ITEM_INDENT_MAX = 8;
/** How far back or ahead a neighbouring line is looked for (`opensHangingItem`): a longer line is read as no list's. */
const ITEM_LINE_MAX = 400;

/** The spaces and tabs that open the line starting at `start`, or -1 when they run past `ITEM_INDENT_MAX` or the line is blank. */
function indentAt(text: string, start: number): number {
  let k = start;
  while (k < text.length && k - start <= ITEM_INDENT_MAX && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k - start > ITEM_INDENT_MAX || k >= text.length || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 ? -1 : k - start;
}

/** The start of the line that ends at the line break `end`, or -1 when it is longer than `ITEM_LINE_MAX`. */
function lineStartBefore(text: string, end: number): number {
  const from = text.lastIndexOf('\n', end - 1);
  return end - from - 1 > ITEM_LINE_MAX ? -1 : from + 1;
}

/**
 * The line after the break at `i` opens an item of a list whose items are lines without marks (a PDF export that lost
 * its bullets): it has the indentation of the line before the break, and the line before that one or the line after
 * the next hangs deeper, as an item's wrapped text does (" Despliegue …⏎ Políticas IAM …⏎  infraestructura …").
 */
function opensHangingItem(text: string, i: number): boolean {
  const start = lineStartBefore(text, i);
  if (start < 0) return false;
  const own = indentAt(text, start);
  if (own < 0 || indentAt(text, i + 1) !== own) return false;
  const deeper = (at: number) => at >= 0 && indentAt(text, at) > own;
  if (start > 0 && deeper(lineStartBefore(text, start - 1))) return true;
  const nextEnd = text.indexOf('\n', i + 1);
  return nextEnd > 0 && nextEnd - i <= ITEM_LINE_MAX && deeper(nextEnd + 1);
}

/** A dash after a space, the last mark of a line (the line's two last characters, trimmed at their end). */
const SPACED_DASH_END = /\s[–—]$/u;

/** A line's end: a lowercase word, one space, and an acronym ("the AWS", "de la CNIL"). */
const ACRONYM_AFTER_WORD = unicodeRegex`(?:^|[^\p{L}\p{N}])\p{Ll}{2,12} \p{Lu}{2,5}$`;

/** The last word before offset `i`, lowercase. */
function lastWordBefore(text: string, i: number): string {
  let k = i;
  while (k > 0 && k > i - 20 && unicodeRegex`[\p{L}']`.test(text.charAt(k - 1))) k--;
  return text.slice(k, i).toLowerCase();
}

/**
 * A sentence stop that is no abbreviation's dot (`dotAbbreviations`: "bzw.", "e.g."). A full stop after any other word
 * ends the sentence, a preposition too: "No experience with Rust, which I am reading up on. Built Python …".
 */
function isClauseStop(text: string, i: number, abbreviations: ReadonlySet<string>): boolean {
  return isSentenceStop(text, i) && !isAbbreviationDot(text, i, abbreviations);
}

function isSentenceStop(text: string, i: number): boolean {
  return text[i] === '.' && /\s/.test(text[i + 1] ?? ' ') && SENTENCE_STOP_BEFORE.test(text[i - 1] ?? '');
}

/** What may stand before a full stop that ends a sentence: a letter, accented too ("… de l'équipe sécurité."), or a bracket. */
const SENTENCE_STOP_BEFORE = /[\p{L})\]]/u;

/** A stretch of text that lists what the person lacks or is still learning. */
export interface GapSpan {
  start: number;
  end: number;
}

/** Where, after a list item's label, a negation may start and still speak of the label ("GCP: never used it"). */
const LABEL_REACH = 25;
/** How much of a list item after its label is read for a negation. */
const LABEL_REST = 80;

/**
 * A list item "Label: …" whose text opens with a negation: the label (and the rest) is not held. `hasCue` false: the
 * line has no word a cue starts with, so only a rest cut short (its last word cut) could hold one. `cueAt`: where the
 * text's cue words start (undefined: a cue may start anywhere), `bodyStart` where `body` starts in the text.
 */
function negatedLabel(body: string, cues: CueWords, hasCue: boolean, cueAt: readonly number[] | undefined, bodyStart: number): boolean {
  // A label and its separator take two characters at least: without a cue, a line this short has no rest cut short.
  if (!hasCue && body.length <= LABEL_REST + 2) return false;
  const label = cues.labelRest.exec(body);
  // A bracket closed in the "label" was opened on the line above: the line goes on with a wrapped sentence, it has no label.
  if (!label || unbalancedClose(label[0])) return false;
  if (!hasCue && body.length - label[0].length <= LABEL_REST) return false;
  const rest = body.slice(label[0].length, label[0].length + LABEL_REST);
  // A match counts only when it starts within `LABEL_REACH`, and every match starts at a cue word: with none of the
  // text's there (the label ends in a separator or a space, so the rest's words are the text's), none can. Exact
  // unless a word from there is cut by `LABEL_REST` (then read as before).
  const restStart = bodyStart + label[0].length;
  if (cueAt && !anyBetween(cueAt, restStart, restStart + LABEL_REACH + 1) && !cutNearStart(body, label[0].length)) return false;
  const m = cues.before.exec(rest);
  if (m && opens(rest, m.index)) return true;
  cues.nearAll.lastIndex = 0;
  let n = cues.nearAll.exec(rest);
  while (n !== null && NUMBER_SIGN.test(rest.slice(n.index + n[0].length, n.index + n[0].length + NUMBER_SIGN_REACH))) n = cues.nearAll.exec(rest);
  return n !== null && opens(rest, n.index);
}

/** The rest of a label's line (from `from`) is cut by `LABEL_REST` inside a word that may start within `LABEL_REACH`. */
function cutNearStart(body: string, from: number): boolean {
  return body.length > from + LABEL_REST && !NOT_WORD.test(body.slice(from + LABEL_REACH + 1, from + LABEL_REST));
}
/** A character that is no part of a word (a letter or digit). */
const NOT_WORD = unicodeRegex`[^\p{L}\p{N}]`;

/** More closing brackets than opening ones. */
function unbalancedClose(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (depth < 0) return true;
  }
  return false;
}

/** Groups of a list after a label ("Python, Bash, Java; learning Go"): a cue after one speaks of what follows it only ("CEH - expired 2023, not renewed" is one group). */
const ITEM_BREAK = /[;·|•]/u;

/** A cue at `index` of a label's rest opens it: near its start, with no list item before it. */
function opens(rest: string, index: number): boolean {
  return index <= LABEL_REACH && !ITEM_BREAK.test(rest.slice(0, index));
}

/** A bullet at the start of a line. */
const BULLET = /^[-–•*▪●◦]/u;

/** The column where the value of a labelled line starts, after `label` (the label's match, from the line's text on). */
function valueColumn(line: string, label: string): number {
  const lead = line.length - line.trimStart().length;
  // A label read up to the first character of its value (a column gap) or up to its separator.
  let k = /[:–—-]$/u.test(label) ? label.length : label.length - 1;
  const body = line.slice(lead);
  while (k < body.length && (body.charCodeAt(k) === 32 || body.charCodeAt(k) === 9)) k++;
  return lead + k;
}

/** The last line of the row that line `i` opens: the lines right under it indented at least to `column` (a wrapped value). */
function rowContinuedTo(lines: ReadonlyArray<{ text: string }>, i: number, column: number): number {
  let j = i;
  while (j + 1 < lines.length) {
    const next = (lines[j + 1] as { text: string }).text;
    const indent = next.length - next.trimStart().length;
    if (next.trim() === '' || indent < column || column < 4) break;
    j++;
  }
  return j;
}

/** A line's end that leaves its list open: a comma or a semicolon ("…no production work yet;⏎TensorFlow"). */
const LIST_OPEN_END = /[,;]\s*$/u;
/** A line that opens with a label of its own ("Platforms: …"): a new row, not the rest of the one above. */
const OWN_LABEL = /^[^:]{1,40}:/u;
/** A sentence stop followed by a capital, inside a line. */
const SENTENCE_ENDED = unicodeRegex`[.!?]\s+\p{Lu}`;
/** How many lines a wrapped gap row may run on. */
const WRAP_REACH = 3;

/**
 * The last line of a gap row that line `j` ends: the next lines go on with it while the row was wrapped mid-sentence
 * (a soft wrap), left its list open or ended in a negation word, before `limit` (the next section), unless one is a
 * bullet or opens its own label.
 */
function wrappedTo(text: string, lines: ReadonlyArray<{ start: number; text: string }>, j: number, limit: number, cues: CueWords): number {
  let k = j;
  while (k + 1 < lines.length && k - j < WRAP_REACH) {
    const line = lines[k] as { start: number; text: string };
    const next = lines[k + 1] as { start: number; text: string };
    const body = next.text.trim();
    if (next.start >= limit || body === '' || BULLET.test(body) || OWN_LABEL.test(body)) break;
    // A row that ended a sentence ("…LLM security. Still no⏎hands-on …") is prose: the label spoke of that sentence only.
    // A row whose line ends in a negation ("…Terraform in production; no⏎Azure beyond AZ-900") goes on with its object.
    const goesOn = LIST_OPEN_END.test(line.text) || isSoftWrap(text, lineEndOf(line), cues.goesOn) || cues.nearWords.has(lastWordBefore(text, lineEndOf(line)));
    if (SENTENCE_ENDED.test(line.text) || !goesOn) break;
    k++;
  }
  return k;
}

/** A lowercase letter. */
const LOWERCASE = unicodeRegex`\p{Ll}`;
/** A capital letter, every match. */
const CAPITALS = unicodeLiteral`/\p{Lu}/gu`;
/** How many capitals a label in capitals has at least (a heading's "GAPS", not a lone "I"). */
const CAPS_LABEL_MIN = 2;

/**
 * A gap label in capitals whose line goes on with an aside ("GAPS — so you don't have to ask") and whose next line
 * is a bullet: it heads the list under it, as a label alone on its line does.
 */
function headsBullets(label: string, lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  if (LOWERCASE.test(label) || (label.match(CAPITALS)?.length ?? 0) < CAPS_LABEL_MIN) return false;
  for (let k = i + 1; k < lines.length; k++) {
    const next = (lines[k] as { text: string }).text.trim();
    if (next !== '') return BULLET.test(next);
  }
  return false;
}

/** A one-word bracket inside a heading, words after it: "WAS ICH (NOCH) NICHT GEMACHT HABE", "LO QUE (TODAVÍA) NO HE HECHO". */
const INNER_BRACKET = /\((\p{L}{1,15})\)(?=\s{1,3}\p{L})/gu;

/** Whether a line is a gap heading, read also with the brackets of a word inside it left out (a remark at its end stays one). */
function isGapHeading(body: string, cues: CueWords): boolean {
  if (cues.gapHeading.test(body)) return true;
  if (!body.includes('(')) return false;
  if (cues.gapHeading.test(body.replace(INNER_BRACKET, ' $1 '))) return true;
  // "WEITERBILDUNG (LAUFEND)", "Training (in progress)": a training heading whose remark is a gap label lists courses not done yet.
  const remarked = REMARKED_HEADING.exec(body);
  return remarked !== null && cues.trainingHeadings.has(headingWords(remarked[1] as string)) && cues.gapAlone.test((remarked[2] as string).trim());
}

/** A short heading and one remark in brackets at its end: "WEITERBILDUNG (LAUFEND)", "Certifications (in progress):". */
const REMARKED_HEADING = unicodeRegex`^[\s\-–•*#=]{0,6}(\p{L}[\p{L} &/-]{1,50}?)\s{0,3}\(([^()\n]{1,30})\)[\s:]{0,3}$`;
/** Every run of characters that are no letters. */
const NO_LETTERS = unicodeRegex`\P{L}+`;

/** A heading's words folded, lowercase, hyphens and marks as single spaces ("Aus- und Weiterbildung" → "aus und weiterbildung"). */
function headingWords(s: string): string {
  return fold(s)
    .toLowerCase()
    .split(NO_LETTERS)
    .filter((w) => w !== '')
    .join(' ');
}

/** Offset just past a line's last character. */
function lineEndOf(line: { start: number; text: string }): number {
  return line.start + line.text.length;
}

/** The longest line read whole as a gap list; a longer one is a paragraph, and only its first sentence is (`gapSpans`). */
const MAX_GAP_LINE = 200;

const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;

/** Where the sentence that goes on at `from` ends on its line: after a full stop and a space, or at the line's end. */
function firstSentenceEnd(text: string, from: number, lineEnd: number): number {
  for (let k = text.indexOf('. ', from); k !== -1 && k < lineEnd; k = text.indexOf('. ', k + 1)) {
    // "Woche 3 von 11)" or "e.g. " are no sentence's end: a full stop after a lowercase word and before a capital is.
    if (LOWER_LETTER.test(text[k - 1] ?? '') && UPPER_LETTER.test(text[k + 2] ?? '')) return k + 1;
  }
  return lineEnd;
}

/**
 * The sentences of a line opened by a basic level's label with no colon ("Familiar with TensorFlow/JAX."), and the items of a
 * joined list opened by a label of a skill only met ("… | Exposure to Python and SQL | …"), each a gap span.
 */
function basicSentences(text: string, body: string, bodyStart: number, lineEnd: number, cues: CueWords): GapSpan[] {
  const out: GapSpan[] = [];
  cues.basicSentencesAll.lastIndex = 0;
  for (let m = cues.basicSentencesAll.exec(body); m !== null; m = cues.basicSentencesAll.exec(body)) {
    const start = bodyStart + m.index;
    out.push({ start, end: sentenceStop(text, start + m[0].length, lineEnd) });
  }
  cues.exposureItemsAll.lastIndex = 0;
  for (let m = cues.exposureItemsAll.exec(body); m !== null; m = cues.exposureItemsAll.exec(body)) {
    const start = bodyStart + m.index;
    out.push({ start, end: itemStop(text, start + m[0].length) });
  }
  return out;
}

/** A bar or a middle dot joining the items of a list on a line ("Jira | Power BI · Tableau"). */
const ITEM_JOINER = /^[|·]$/u;
/** Lines an item of a joined list may wrap over, at most. */
const ITEM_LINES = 3;

/**
 * The end of a joined list's item that `from` is in: the next bar or middle dot, else the end of its paragraph (a blank
 * line), across `ITEM_LINES` lines at most ("| Exposure to Python and⏎SQL through … | Awareness of …").
 */
function itemStop(text: string, from: number): number {
  let k = from;
  for (let n = 0; n < ITEM_LINES; n++) {
    const next = text.indexOf('\n', k);
    const end = next === -1 ? text.length : next;
    for (let c = k; c < end; c++) if (ITEM_JOINER.test(text.charAt(c))) return c;
    if (next === -1 || lineAt(text, end + 1).trim() === '') return end;
    k = end + 1;
  }
  return k - 1;
}

/** The line that starts at `start`. */
function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end);
}

/** The end of a sentence: past a full stop before a space or the line's end ("Node.js" goes on), else the line's end. */
function sentenceStop(text: string, from: number, lineEnd: number): number {
  for (let k = text.indexOf('.', from); k !== -1 && k < lineEnd; k = text.indexOf('.', k + 1)) {
    if (k + 1 === lineEnd || SPACE_CHAR.test(text.charAt(k + 1))) return k + 1;
  }
  return lineEnd;
}

/** A white-space character. */
const SPACE_CHAR = /\s/u;

/** A gap label opens the line's sentence and a course is named after it ("Learning ML through Coursera"; not "EN COURS D'…"). */
function namesCourseAfterGap(body: string, cues: CueWords): boolean {
  const gap = cues.gapSentence.exec(body);
  return gap !== null && cues.courseWord.test(body.slice(gap[0].length - 1));
}

/** Lines a remark in brackets under a label may take, at most (`noUseRemarkList`). */
const REMARK_LINES = 4;
/** Lines of the list under such a remark, at most. */
const REMARKED_LIST_LINES = 6;
/** The longest label a remark's bracket may stand under ("BASIC EXPOSURE", "Grundkenntnisse"). */
const REMARK_LABEL_MAX = 40;
/** A lowercase letter or a comma: a line with none is a label in capitals, the next list's ("LEARNING", "ZERTIFIKATE"). */
const LOWER_OR_COMMA = unicodeRegex`[\p{Ll},]`;

/** A line in capitals, at least two of them, no comma: a list's label ("LEARNING", "ZERTIFIKATE"). */
function isCapsLabel(b: string): boolean {
  return !LOWER_OR_COMMA.test(b) && (b.match(CAPITALS)?.length ?? 0) >= CAPS_LABEL_MIN;
}

/**
 * The last line of a list under a remark in brackets that says its skills were never used in a project or a job: the
 * bracket opens line `i` under a short label ("BASIC EXPOSURE", "GRUNDKENNTNISSE") and closes within `REMARK_LINES`
 * lines, a `noUseRemarks` phrase inside it; the list runs to a blank line, a label in capitals or the section's end.
 * -1 when line `i` opens no such remark.
 */
function noUseRemarkList(lines: ReadonlyArray<{ start: number; text: string }>, i: number, cues: CueWords, limit: number): number {
  let p = i - 1;
  while (p >= 0 && (lines[p] as { text: string }).text.trim() === '') p--;
  const label = p >= 0 ? (lines[p] as { text: string }).text.trim() : '';
  if (label === '' || label.length > REMARK_LABEL_MAX || label.includes(',') || label.includes('(')) return -1;
  let close = -1;
  let remark = '';
  for (let k = i; k < lines.length && k < i + REMARK_LINES; k++) {
    const b = (lines[k] as { text: string }).text.trim();
    remark += ` ${b}`;
    if (b.includes(')')) {
      close = k;
      break;
    }
  }
  if (close < 0 || !cues.noUseRemark.test(remark)) return -1;
  let last = -1;
  for (let k = close + 1; k < lines.length && k <= close + REMARKED_LIST_LINES; k++) {
    const line = lines[k] as { start: number; text: string };
    const b = line.text.trim();
    if (line.start >= limit || b === '' || isCapsLabel(b) || isGapHeading(b, cues)) break;
    last = k;
  }
  return last;
}

/** The longest label before a colon that a no-use remark may make a gap row's ("Basic, course only (no professional use):"). */
const NO_USE_LABEL_MAX = 80;

/**
 * Whether a line opens with a label, up to its first colon and a list after it, that holds a `noUseRemarks` phrase:
 * "Basic, course only (no professional use): PyTorch", "Nivel básico, solo curso (sin uso profesional): PyTorch".
 */
function noUseLabelled(body: string, cues: CueWords): boolean {
  const colon = body.indexOf(':');
  if (colon <= 0 || colon > NO_USE_LABEL_MAX || body.slice(colon + 1).trim() === '') return false;
  return cues.noUseRemark.test(body.slice(0, colon));
}

/** Bullet characters before a gap label at a line's start, at most (`gapInline`, `gapHeading`). */
const GAP_LEAD = 6;
/** Where the slash or bracket before a gap label may stand, at most: the bullets, 30 letters (or letters and spaces) of up to two units each, 3 spaces (`gapInline`). */
const GAP_INLINE_REACH = 69;
/** Spaces between a slash or bracket and the gap label after it, at most (`gapInline`: `\/\s{0,3}`, `\(\s{0,2}`). */
const GAP_AFTER_OPENER = 3;

/**
 * Whether `gapInline` may match a line's text (`body`, at `bodyStart` of the text): its label opens the text after
 * the bullets, or follows the line's first slash or bracket (before them only bullets, letters and spaces) after
 * a few spaces, and every match of a label starts at a gap word (`gapAt`, the text's; a body's words are the text's,
 * whitespace is around it). Exact: without a gap word there, no label can open.
 */
function mayOpenInline(body: string, bodyStart: number, gapAt: readonly number[]): boolean {
  if (anyBetween(gapAt, bodyStart, bodyStart + GAP_LEAD + 1)) return true;
  return afterOpener(body, bodyStart, gapAt, '/') || afterOpener(body, bodyStart, gapAt, '(');
}

/** Whether a gap word starts within `GAP_AFTER_OPENER` spaces after the first `opener` of a line's text, if within reach. */
function afterOpener(body: string, bodyStart: number, gapAt: readonly number[], opener: string): boolean {
  const k = body.indexOf(opener);
  return k >= 0 && k <= GAP_INLINE_REACH && anyBetween(gapAt, bodyStart + k + 1, bodyStart + k + GAP_AFTER_OPENER + 2);
}

/** Lines of a graded list read on each side of a basic level's row, at most. */
const GRADED_REACH = 4;

/**
 * Whether line `i`, a row opened by a basic level's label, is a row of a graded list: a row opened by a higher level's
 * label (`levelLabels`: "Experte", "Maîtrise de :", "Nivel avanzado:") stands in its block, above or below it with no
 * blank line between. Its skills are held at a basic level (convention 385); alone, the label translates "Familiar with:"
 * (convention 267).
 */
function inGradedList(lines: ReadonlyArray<{ text: string }>, i: number, cues: CueWords): boolean {
  for (const step of [-1, 1]) {
    for (let k = i + step, n = 0; k >= 0 && k < lines.length && n < GRADED_REACH; k += step, n++) {
      const b = (lines[k] as { text: string }).text.trim();
      if (b === '') break;
      if (cues.levelRowStart.test(b)) return true;
    }
  }
  return false;
}

/**
 * The lines and blocks a résumé gives to what the person lacks or is learning: a line opened by a gap label
 * ("Not yet: Kubernetes in production"), or the lines under a label alone on its line ("GAPS"), up to a blank
 * line followed by a line that is no bullet, another such label, or `sectionEnd` (the next section).
 */
export function gapSpans(text: string, cues: CueWords, sectionEnd: (offset: number) => number): GapSpan[] {
  const lines: Array<{ start: number; text: string }> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: offset, text: line });
    offset += line.length + 1;
  }
  const out: GapSpan[] = [];
  // The words of the whole text, read once, tell which lines may hold a gap label or a negation cue at all.
  const gapAt = cues.gapHeads && headPositions(text, cues.gapHeads);
  const cueAt = cues.negationHeads && startPositions(text, cues.negationHeads);
  for (let i = 0; i < lines.length; i++) {
    const { start, text: line } = lines[i] as { start: number; text: string };
    const body = line.trim();
    if (body === '') continue;
    const lineEnd = start + line.length;
    const bodyStart = start + line.length - line.trimStart().length;
    // "BASIC EXPOSURE⏎(coursework only, no project or job use)⏎TensorFlow, Azure": the list under such a remark (convention 196).
    const remarked = body.startsWith('(') ? noUseRemarkList(lines, i, cues, sectionEnd(start)) : -1;
    if (remarked >= 0) {
      out.push({ start, end: lineEndOf(lines[remarked] as { start: number; text: string }) });
      i = remarked;
      continue;
    }
    // "Basic, course only (no professional use): PyTorch, scikit-learn": a row whose label says its skills were never
    // used in a job (convention 365).
    if (noUseLabelled(body, cues)) {
      const j = wrappedTo(text, lines, i, sectionEnd(start), cues);
      out.push({ start, end: lineEndOf(lines[j] as { start: number; text: string }) });
      i = j;
      continue;
    }
    const inline = !gapAt || mayOpenInline(body, bodyStart, gapAt) ? cues.gapInline.exec(body) : null;
    if (body.length > MAX_GAP_LINE) {
      // A paragraph that opens with a gap label ("Still learning: …", "Lerne noch: …") states the gap in its first sentence.
      if (inline) out.push({ start, end: firstSentenceEnd(text, bodyStart + inline[0].length, lineEnd) });
      continue;
    }
    // "Experte  Python⏎Grundkenntnisse  Docker, SQL": a basic level's row of a graded list names skills held (convention 385).
    if (inline && cues.basicLevelStart.test(body) && inGradedList(lines, i, cues)) continue;
    // A label with nothing after its colon ("Currently learning:") heads the lines under it, as a heading does.
    const headsList = inline !== null && headsBullets(inline[0], lines, i);
    if (inline && body.length > inline[0].length && !headsList) {
      // "Gaps      no Kubernetes or cloud⏎          MLOps experience": lines indented to the label's value go on with its row.
      const j = wrappedTo(text, lines, rowContinuedTo(lines, i, valueColumn(line, inline[0])), sectionEnd(start), cues);
      out.push({ start, end: lineEndOf(lines[j] as { start: number; text: string }) });
      i = j;
      continue;
    }
    // "Python, PyTorch. Familiar with TensorFlow/JAX.": a basic level's label opening a sentence, with no colon, is a
    // label of the list up to the sentence's end (convention 141).
    if (!inline && (!gapAt || anyBetween(gapAt, bodyStart, lineEnd))) out.push(...basicSentences(text, body, bodyStart, lineEnd, cues));
    if (negatedLabel(body, cues, !cueAt || anyBetween(cueAt, start, lineEnd), cueAt, bodyStart)) {
      out.push({ start, end: lineEnd });
      continue;
    }
    // "Learning ML for threat detection through Coursera (…)": a sentence opened by a gap label that names a course is
    // a learning line, as "Still learning: …" is (convention 150).
    // `gapSentence` opens with the bullets `gapInline` may open with, then a gap label: without a gap word there, none can.
    if (
      inline === null &&
      body.length <= MAX_GAP_LINE &&
      (!gapAt || anyBetween(gapAt, bodyStart, bodyStart + GAP_LEAD + 1)) &&
      namesCourseAfterGap(body, cues)
    ) {
      out.push({ start, end: lineEnd });
      continue;
    }
    // A gap word opens the line, or the remark in brackets of a training heading ("WEITERBILDUNG (LAUFEND)").
    const gapWordAt = !gapAt || anyBetween(gapAt, bodyStart, bodyStart + GAP_LEAD + 1) || afterOpener(body, bodyStart, gapAt, '(');
    if (!gapWordAt || !(headsList || isGapHeading(body, cues))) continue;
    const limit = sectionEnd(start);
    let end = start + line.length;
    let blank = false;
    let j = i + 1;
    for (; j < lines.length && (lines[j] as { start: number }).start < limit; j++) {
      const next = lines[j] as { start: number; text: string };
      const b = next.text.trim();
      if (b === '') {
        blank = true;
        continue;
      }
      if ((blank && !BULLET.test(b)) || isGapHeading(b, cues)) break;
      end = next.start + next.text.length;
    }
    out.push({ start, end });
    i = j - 1;
  }
  return out;
}
