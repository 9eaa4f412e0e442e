import { clearanceWordsFor, type ClearanceWords } from '../text/clearances';
import { type AbbreviationCheck, degreeWordsFor, type DegreeWords } from '../text/degrees';
import { LEXICON_POSTINGS_JSON } from '../data/postings.generated';
import { degreeAbbreviationCheck, degreeFollowersPattern } from './_degrees';
import type { LanguageLexicon } from '../schemas';
import { type LanguagePackData, type Lexicon, mergeValues, splitLists } from '../text/lexicon';
import { escapeRegex, expandPhrase, fold, lexiconRegExp, phrasesBody, phrasesRegex, phrasesSource, unicodeLiteral } from '../text/phrases';
import { yearsWordsFor, type YearsWords } from '../text/years';

/** The parts of a job ad a line belongs to. */
export type PostingSection = 'intro' | 'duty' | 'required' | 'preferred' | 'ignored';

/** The job-ad vocabulary of a lexicon, compiled once. */
export interface PostingWords {
  /** Heading phrases (as keys) and the section each opens. */
  headings: ReadonlyMap<string, Exclude<PostingSection, 'intro'>>;
  /** Heading phrases ending in a wildcard ("about *", "life at *"), as key prefixes. */
  headingPrefixes: ReadonlyArray<[string, Exclude<PostingSection, 'intro'>]>;
  /** Words that classify an unknown heading, in the order tried. */
  headingCues: ReadonlyArray<[Exclude<PostingSection, 'intro'>, RegExp]>;
  hardHeading: RegExp;
  metadataLabel: RegExp;
  /** A metadata label of the job's level, at the start of a line ("Level:"). */
  levelLabel: RegExp;
  /** A table cell that is only a wish ("Asset", "Nice to have"). */
  preferredCell: RegExp;
  boilerplate: RegExp;
  /** A privacy topic that a notice names too ("personal data"): see `noticeTopics` in the lexicon. */
  noticeTopic: RegExp;
  /** Words of a notice addressing the applicant ("your personal", "by applying"): see `noticeAddressees` in the lexicon. */
  noticeAddressee: RegExp;
  /** A reason word and what follows it up to a comma or a stop, global: see `reasonLeads` in the lexicon. */
  reason: RegExp;
  preferred: RegExp;
  /** The same words, global: what remains of a parenthesis without them. */
  preferredAll: RegExp;
  plusAtEnd: RegExp;
  mandatory: RegExp;
  /** A must word before a count of things that are no years ("at least one cloud provider"), global: it asks for no must. */
  countLead: RegExp;
  /** A must word said of a thing the ad names ("mandatory guardrails"): masked before a clause's must is read. */
  mandatoryNoun: RegExp;
  /** A wish word said of the business ("a competitive advantage"), global: masked before a clause's wish is read. */
  preferredNoun: RegExp;
  yearReference: RegExp;
  notRequired: RegExp;
  /** Says what its sentence names is not asked ("not needed", "nicht erforderlich"): see `notAsked` in the lexicon. */
  notAsked: RegExp;
  /** "but", "mais": after a `notAsked` cue, the sentence turns to what is asked (see `notAskedTurns` in the lexicon). */
  notAskedTurn: RegExp;
  /** Words that hedge a sentence's demands: "probably". */
  hedge: RegExp;
  /** Words that say the requirements before them are no knock-out ("if you don't tick every box above"), global. */
  notKnockOut: RegExp;
  /** A degree named without its level ("a degree in …"): a bachelor's. */
  unqualifiedDegree: RegExp;
  /** "cannot be substituted": experience does not replace the degree. */
  notEquivalent: RegExp;
  /** "or equivalent experience": experience can replace the degree. */
  degreeEquivalent: RegExp;
  /** "or equivalent experience": experience can stand in for a certification. */
  experienceReplaces: RegExp;
  /** Words at the end of a text that offer the degree after it with the job ("Möglichkeit zur"): no requirement. */
  degreeOffered: RegExp;
  /** Words before a degree that say it is not asked for ("we don't require", "no degree requirement"): no requirement. */
  degreeWaived: RegExp;
  yearsWaived: RegExp;
  /** Words that ask for a degree completed ("abgeschlossenes"): a must. */
  degreeCompleted: RegExp;
  requirementCue: RegExp;
  /** A sentence that opens the requirements of its paragraph ("We need someone who …"). */
  requirementLead: RegExp;
  /** A sentence of prose that says what the job involves ("Day to day you'd be …"): a duty under any heading. */
  dutyLead: RegExp;
  /** An item of a duties list that states what the candidate must have ("Strong in Python and SQL"): see `requirementItems`. */
  requirementItem: RegExp;
  /** Headings that open a job board's whole description ("About the job"), as keys: the text under them is opening text. */
  wrapperHeadings: ReadonlySet<string>;
  /** A requirements heading that only invites ("You'll thrive if"): wishes after another requirements heading. */
  softRequirementHeading: RegExp;
  /** A sentence that opens the wishes of its paragraph ("Things we would love but will not insist on: …"). */
  preferredLead: RegExp;
  obtainable: RegExp;
  /** Words that take an `obtainable` cue back ("can't sponsor"), global. */
  obtainableDenied: RegExp;
  activeClearance: RegExp;
  /** "such as", "e.g.", "like", "including": the skills after it are examples, any one of which will do. */
  examples: RegExp;
  employerWords: ReadonlySet<string>;
  /** "My client", "Unser Kunde": a sentence's opening that names the employer (see `clientSubjects` in the lexicon). */
  clientSubject: RegExp;
  /** A job board's button word opening a line that repeats the ad's title ("Save", "Merken"): see `boardButtons` in the lexicon. */
  boardButton: RegExp;
  /** A line of only a job board's buttons ("Apply for this job", "Easy Apply   Save"): see `buttonLines` in the lexicon. */
  buttonLine: RegExp;
  /** "At", "Chez", "Bei", "En" opening a sentence before the employer's name: see `companyLeads` in the lexicon. */
  companyLead: RegExp;
  /** Endings of a verb whose subject is the employer ("-mos"), folded: see `employerVerbEndings` in the lexicon. */
  employerVerbEndings: readonly string[];
  /** The employer offers to teach: the skills after it in its clause are not asked (see `trainingOffered` in the lexicon). */
  trainingOffered: RegExp;
  /** Says what the ad just named is not asked (see `taughtBack` in the lexicon). */
  taughtBack: RegExp;
  /** A must denied: see `negatedMusts` in the lexicon. */
  negatedMusts: RegExp;
  /** Another team named by what it does: see `teamRelatives` in the lexicon (global). */
  teamRelatives: RegExp;
  /** Another team doing work itself, as a subject or as the doer of a passive: see `teamAgents` in the lexicon (global). */
  teamAgents: RegExp;
  /** Words of joining a team: see `joinWords` in the lexicon. */
  joinWords: RegExp;
  /** A reassurance after a question (see `reassurances` in the lexicon). */
  reassurances: RegExp;
  /** The employer's stack opening a sentence, a bracket or a heading (see `companyStacks` in the lexicon). */
  companyStacks: RegExp;
  /** Names a skill and says it is not needed (see `notNeeded` in the lexicon). */
  notNeeded: RegExp;
  /** "you": before an employer word in a clause outside the duties heading, the hire hires (see `hireSubjects` in the lexicon). */
  hireSubjects: RegExp;
  /** Verbs whose subject, a name, is the employer ("Gannet lets …", "Acme builds …"), folded: see `describesCompany`. */
  companyVerbs: ReadonlySet<string>;
  /** Function words ("the", "we", "our"), folded: no name. */
  functionWords: ReadonlySet<string>;
  /**
   * A determiner, a head noun and a word joining its qualifier, at the end of a text ("un framework de", "una plataforma
   * de"): a skill after it qualifies the head (`normalize.json` → `determiners`, `nounJoiners`).
   */
  qualifiedHead: RegExp;
  /** Abbreviations whose full stop ends no sentence ("bzw.", "z. B."), lowercase, without their last dot. */
  dotAbbreviations: ReadonlySet<string>;
  /** Words that name the parties a duty is done with ("partner with"), global: see `withoutPartners`. */
  partnerLeads: RegExp;
  /** Words after parties that say what is done with them ("on", "to"), folded. */
  partnerListEnds: ReadonlySet<string>;
  /** Words that close the parties and open the duty's object ("die" in "mit Compliance und Datenschutz die Anforderungen"), folded. */
  partnerListStops: ReadonlySet<string>;
  /** Words that name a party ("legal", "provider", "board"), folded. */
  partnerHeads: ReadonlySet<string>;
  /** Words right after security work that make what follows its object: "of" in "threat modeling of ML pipelines". */
  securedObjectWords: ReadonlySet<string>;
  experienceNouns: ReadonlySet<string>;
  topicNouns: ReadonlySet<string>;
  /** Verbs of securing (`measures.json` → `securing`: "securing", "hardening"), whose object is what is secured (global). */
  securingAll: RegExp;
  /** Every verb of attacking ("attacking", "exploiting"), global: what follows one is attacked, no ML work asked ("exploiting vulnerabilities in machine learning models"). */
  attackingAll: RegExp;
  /** Words that end what security work is on ("with", "plus", "en"): see `withoutSecuredSystems`. */
  securedObjectEnds: ReadonlySet<string>;
  /** Words inside what is secured that count as none of its words (see `securedObjectQualifiers` in the lexicon). */
  securedObjectQualifiers: RegExp;
  /** Words of deploying or operating models: see `operatedField`. */
  modelOperating: RegExp;
  /** Words of developing or training models: see `operatedField`. */
  modelDeveloping: RegExp;
  /** Words for a model, folded: see `operatedField`. */
  modelWords: ReadonlySet<string>;
  /** Words of a discipline or a role after an ML field, folded: see `workOfField`. */
  fieldWorkWords: ReadonlySet<string>;
  /** By a range's first word, the words that may end it ("from" → "to", "through"), folded: see `withoutSecuredSystems`. */
  securedObjectRanges: ReadonlyMap<string, ReadonlySet<string>>;
  /** Where a years statement's subject ends: a mark, a dash between spaces that opens an aside ("security work — AppSec … all count —"), a word. */
  subjectEnd: RegExp;
  /** Where a list of subjects ends at the latest: `subjectEnd` but for the comma (a comma may separate its items). */
  objectHardEnd: RegExp;
  /** An item that only points back at the others ("a related field", "similar"). */
  relatedItem: RegExp;
  /** One-word list joiners ("and", "or", "y/o"), folded. */
  listWords: ReadonlySet<string>;
  /** Words after a list word that open a statement of their own ("have", "you"; see `predicateOpeners` in the lexicon). */
  predicateOpeners: ReadonlySet<string>;
  /** Verbs and nouns of building an ML system ("training", "développement", "Aufbau"): such work is no object of security work. */
  building: RegExp;
  /** `building`, global: every match of an item. */
  buildingAll: RegExp;
  /** A verb of building and a list word right before a verb of securing ("building or securing", "construyendo o asegurando"). */
  builtOrBefore: RegExp;
  titleLabel: RegExp;
  conditions: ReadonlyArray<[string, RegExp]>;
  /**
   * By condition, global: words that take it back where they stand ("Travel: None", "sponsorship for a security
   * clearance"); the rest of the line may still state it. Global, so stateful: use them only through `blanked`
   * (which resets `lastIndex`), never with `.test()` or `.exec()` directly.
   */
  conditionExceptions: ReadonlyMap<string, RegExp>;
  /** A location label (`locationLabels`) opening a line, and its value after a colon (group 1) or none (a heading over the places). */
  locationLabel: RegExp;
  /** A word of remote work (`remoteWords`) in a location's value. */
  remoteWord: RegExp;
  /** A sentence that lists protected characteristics, not conditions. */
  notConditions: RegExp;
  /** The conditions a sentence of its own may state on such a line. */
  conditionsBesideLegal: ReadonlySet<string>;
  /** A list separator between two skills of one list: ", ", " or ", " and ", "/", "&". */
  listGap: RegExp;
  /** Every "or" and "and" of a list, global: blanked to see what a part says beside its list. */
  connectorAll: RegExp;
  /** A separator that makes a list any-of: " or ", ", or ", "/". */
  orGap: RegExp;
  /** The words right after a skill in a parenthesis that follows a list, making it one more alternative ("(GCP also fine)"). */
  alsoAlternative: RegExp;
  /** Words of a clause that accept its one skill in place of one asked just before ("… on GCP instead, that's fine"), at a stop. */
  insteadAlternative: RegExp;
  /** Words of `alsoAlternativeLeads` opening a parenthesis: its skills are accepted beside the one before ("(we also accept Azure or GCP)"). */
  alsoAlternativeLead: RegExp;
  /** Words of `acceptedChoices`: a parenthesis with one accepts the options beside its preferred one, so it softens none. */
  acceptedChoice: RegExp;
  /** Words that open another route to the degree, through a lower one ("Alternatively, a bachelor's degree …", "À défaut, un Bac+3"). */
  degreeRouteLead: RegExp;
  /** Words of a route with no degree ("in lieu of a degree"). */
  noDegreeRoute: RegExp;
  /** A list that ends with the count of the tags a widget hides (", +6 more"). */
  moreTags: RegExp;
  /** Headings of a tag widget, as keys. */
  tagHeadings: ReadonlySet<string>;
  /** Headings of the conditions of employment, as keys: a clearance named bare under one is obtained after selection. */
  employmentConditionHeadings: ReadonlySet<string>;
  /** Words of a footnote that defines a starred word ("is defined as"). */
  definitionWords: RegExp;
  /** Headings that name only a kind of requirement ("Education:"), as keys: under a preferred heading they keep its tier. */
  subHeadings: ReadonlySet<string>;
  /** A clause that opens with an "or" word ("; or a Master's degree and 3 years"): another path to the same requirement. */
  alternativePath: RegExp;
  /** An "and" word at the end of a text, an "at least" after it ("… concepts and", "… and at least"): what follows is joined to what precedes. */
  andBefore: RegExp;
  /**
   * A range opener, a number and an `and` word right before a years phrase: the lower end of a range ("between 3 and 5
   * years", "entre 3 y 5 años"); without the opener the number is something else ("IAT Level 2 and 5+ years").
   */
  rangeLowerBefore: RegExp;
  /** An "or" word at the end of a text ("Bachelor's degree …, or"): what follows is another path. */
  orBefore: RegExp;
  /** A separator of alternatives anywhere in a text: a comma, a slash, an "or" word ("and" may join what is all required). */
  listSeparator: RegExp;
  /** Words that open a choice among what follows ("either", "at least one of"), global. */
  alternativesLead: RegExp;
  /** A bracket that opens with words widening what precedes it ("(any flavour - appsec, cloud)"), global. */
  wideningBracket: RegExp;
  /** Where such a choice ends: a sentence mark, a semicolon, a comma before an "and" word. */
  alternativesEnd: RegExp;
  /** An "or" word. */
  orOnly: RegExp;
  /** An "or" or "and" word: the last item of a list follows it. */
  orWord: RegExp;
  /** Between two items of a list: a comma, "or", "and", ", or", a slash between spaces ("DevOps / MLOps") (global). */
  itemSeparator: RegExp;
  /** Words of a security job title ("SOC", "AppSec", "red team") and of an ML one ("ML Engineer", "Data Scientist"). */
  securityTitle: RegExp;
  mlTitle: RegExp;
  /** Verbs of building and automating, as keys: in a security job's duties, an alias meant for security work counts a few words after one. */
  toolBuilding: ReadonlySet<string>;
  /** Nouns of reviewing, as keys: in a security job's duties, an alias meant for security work that names one counts. */
  reviewWork: ReadonlySet<string>;
  /** The employer's own pronouns, folded: a sentence that opens with one tells of the employer ("We hold design reviews in writing"). */
  employerPronouns: ReadonlySet<string>;
  /** A job word ("Engineer", "Analyst", "Ingenieur"): a line near the top that holds one is the ad's title. */
  jobWord: RegExp;
  degrees: DegreeWords;
  /** When a bare degree abbreviation names a degree in a job ad ("MS in", "BS/MS", not "MS Office"): for `degreeMentions`. */
  degreeAbbreviation: AbbreviationCheck;
  clearances: ClearanceWords;
  years: YearsWords;
}

const cache = new WeakMap<Lexicon, PostingWords>();

/** A heading as a lookup key: accents folded, lowercase, letters and single spaces, apostrophes kept. */
export function headingKey(s: string): string {
  return fold(s)
    .replace(/[’`]/gu, "'")
    .replace(/&/gu, ' and ')
    .replace(unicodeLiteral`/[^\p{L}\p{N}' ]/gu`, ' ')
    .split(' ')
    .filter((w) => w !== '')
    .join(' ');
}

/** The compiled job-ad words of a lexicon. */
/** A full stop that ends no abbreviation of the lexicon ("bzw.", "e.g."): the dot of "IT- bzw. Informationssicherheit" goes on. */
function stopNotAfter(abbreviations: readonly string[]): string {
  const words = abbreviations.map((w) => escapeRegex(w.trim())).filter((w) => w !== '');
  return words.length > 0 ? `(?<!(?<![\\p{L}\\p{N}.])(?:${words.join('|')}))\\.` : '\\.';
}

export function postingWordsFor(lex: Lexicon): PostingWords {
  const hit = cache.get(lex);
  if (hit) return hit;
  const p = postingsLexiconFor(lex);
  const degrees = degreeWordsFor(lex);
  const headings = new Map<string, Exclude<PostingSection, 'intro'>>();
  const headingPrefixes: Array<[string, Exclude<PostingSection, 'intro'>]> = [];
  for (const section of ['ignored', 'preferred', 'duty', 'required'] as const) {
    for (const phrase of p.headings[section].flatMap(expandPhrase)) {
      if (phrase.endsWith(' *')) headingPrefixes.push([`${headingKey(phrase.slice(0, -2))} `, section]);
      else if (!headings.has(headingKey(phrase))) headings.set(headingKey(phrase), section);
    }
  }
  const words: PostingWords = {
    headings,
    headingPrefixes,
    headingCues: (['ignored', 'preferred', 'duty', 'required'] as const).map((s) => [s, phrasesRegex(p.headingCues[s])]),
    hardHeading: phrasesRegex(p.hardHeadings),
    metadataLabel: lexiconRegExp(`^${phrasesSource(p.metadataLabels)}\\s{0,3}:`),
    levelLabel: lexiconRegExp(`^${phrasesSource(p.levelLabels)}\\s{0,3}:`),
    preferredCell: lexiconRegExp(`^\\s{0,3}${phrasesSource(p.preferredCells)}\\s{0,3}$`),
    boilerplate: phrasesRegex(p.boilerplate),
    noticeTopic: phrasesRegex(p.noticeTopics),
    noticeAddressee: phrasesRegex(p.noticeAddressees),
    reason: lexiconRegExp(`${phrasesSource(p.reasonLeads)}\\s[^,;.!?()]{1,200}`, 'gu'),
    preferred: phrasesRegex(p.preferred),
    preferredAll: phrasesRegex(p.preferred, 'g'),
    plusAtEnd: lexiconRegExp(`${phrasesSource(p.plusAtEnd)}[.!)\\s]{0,3}$`),
    mandatory: phrasesRegex(p.mandatory),
    // "at least one (1) year" stays a must: the count is of years.
    countLead: lexiconRegExp(
      `${phrasesSource(p.countLeads)}(?![\\s+()\\d]{0,8}${phrasesSource([...lex.measures.yearWords, ...lex.measures.monthWords])})`,
      'gu',
    ),
    mandatoryNoun: phrasesRegex(p.mandatoryNouns, 'g'),
    preferredNoun: phrasesRegex(p.preferredNouns, 'g'),
    yearReference: phrasesRegex(p.yearReferences, 'g'),
    notRequired: phrasesRegex(p.notRequired),
    notAsked: phrasesRegex(p.notAsked),
    notAskedTurn: phrasesRegex(p.notAskedTurns),
    hedge: phrasesRegex(p.hedges),
    notKnockOut: phrasesRegex(p.notKnockOuts, 'g'),
    unqualifiedDegree: phrasesRegex(p.unqualifiedDegrees),
    notEquivalent: phrasesRegex(p.notEquivalent),
    degreeEquivalent: phrasesRegex(p.degreeEquivalent),
    experienceReplaces: phrasesRegex(p.experienceReplaces),
    degreeOffered: lexiconRegExp(`${phrasesSource(p.degreeOffered)}\\s{1,3}$`),
    degreeCompleted: phrasesRegex(p.degreeCompleted),
    degreeWaived: phrasesRegex(p.degreeWaived),
    yearsWaived: phrasesRegex(p.yearsWaived, 'g'),
    requirementCue: phrasesRegex(p.requirementCues),
    // A lead followed by a duty's verb ("… you will need to work closely with") asks for nothing.
    requirementLead: lexiconRegExp(`^${phrasesSource(p.requirementLeads)}(?!\\s{1,3}${phrasesSource(p.dutyAfterLeads)})`),
    preferredLead: lexiconRegExp(`^${phrasesSource(p.preferredLeads)}`),
    dutyLead: lexiconRegExp(`^${phrasesSource(p.dutyLeads)}`),
    requirementItem: lexiconRegExp(`^${phrasesSource(p.requirementItems)}`),
    wrapperHeadings: new Set(p.wrapperHeadings.flatMap(expandPhrase).map(headingKey)),
    softRequirementHeading: phrasesRegex(p.softRequirementHeadings),
    obtainable: phrasesRegex(p.obtainable),
    obtainableDenied: phrasesRegex(p.obtainableDenied, 'g'),
    activeClearance: phrasesRegex(p.activeClearance),
    examples: phrasesRegex(p.examples, 'g'),
    employerWords: new Set(p.employerWords.map(fold)),
    clientSubject: lexiconRegExp(`^${phrasesSource(p.clientSubjects)}\\s`),
    boardButton: lexiconRegExp(`^${phrasesSource(p.boardButtons)}\\s{1,3}`),
    buttonLine: lexiconRegExp(`^${phrasesSource(p.buttonLines)}(?:\\s{1,6}[|·•]?\\s{0,3}${phrasesSource(p.buttonLines)}){0,4}$`),
    companyLead: lexiconRegExp(`^${phrasesSource(p.companyLeads)}\\s`),
    employerVerbEndings: p.employerVerbEndings.map(fold),
    trainingOffered: phrasesRegex(p.trainingOffered),
    taughtBack: phrasesRegex(p.taughtBack, 'g'),
    negatedMusts: phrasesRegex(p.negatedMusts, 'g'),
    teamRelatives: phrasesRegex(p.teamRelatives, 'g'),
    teamAgents: phrasesRegex(p.teamAgents, 'g'),
    joinWords: phrasesRegex(p.joinWords),
    reassurances: phrasesRegex(p.reassurances, 'g'),
    notNeeded: phrasesRegex(p.notNeeded, 'g'),
    companyStacks: phrasesRegex(p.companyStacks, 'g'),
    hireSubjects: phrasesRegex(p.hireSubjects),
    partnerLeads: phrasesRegex(p.partnerLeads, 'g'),
    partnerHeads: new Set(p.partnerHeads.map(fold)),
    partnerListEnds: new Set(p.partnerListEnds.map(fold)),
    partnerListStops: new Set(p.partnerListStops.map(fold)),
    securedObjectWords: new Set(p.securedObjectWords.map(fold)),
    experienceNouns: new Set(p.experienceNouns.map(fold)),
    topicNouns: new Set(p.topicNouns.map(fold)),
    securingAll: phrasesRegex(lex.measures.securing, 'g'),
    attackingAll: phrasesRegex(lex.measures.attacking, 'g'),
    securedObjectEnds: new Set(p.securedObjectEnds.map(fold)),
    securedObjectQualifiers: phrasesRegex(p.securedObjectQualifiers, 'g'),
    modelOperating: phrasesRegex(p.modelOperatingWords),
    modelDeveloping: phrasesRegex(p.modelDevelopingWords),
    modelWords: new Set(p.modelWords.map(fold)),
    fieldWorkWords: new Set(p.fieldWorkWords.map(fold)),
    securedObjectRanges: rangeWords(p.securedObjectRanges),
    subjectEnd: lexiconRegExp(`[,;:(]|${stopNotAfter(lex.normalize.dotAbbreviations)}|\\s[–—]\\s|\\s${phrasesSource(p.subjectEnds)}`),
    objectHardEnd: lexiconRegExp(`[;:(]|${stopNotAfter(lex.normalize.dotAbbreviations)}|\\s[–—]\\s|\\s${phrasesSource(p.subjectEnds)}`),
    relatedItem: phrasesRegex(p.relatedItems),
    predicateOpeners: new Set(p.predicateOpeners.map(fold)),
    listWords: new Set([...p.andWords, ...p.orWords].filter((w) => !w.includes(' ')).map(fold)),
    building: phrasesRegex([...lex.work.modelBuildingVerbs, ...lex.work.buildingOpeners]),
    buildingAll: phrasesRegex([...lex.work.modelBuildingVerbs, ...lex.work.buildingOpeners], 'g'),
    titleLabel: lexiconRegExp(`^${phrasesSource(p.titleLabels)}\\s{0,2}:\\s{0,4}(\\S.{0,150})$`),
    conditions: Object.entries(p.conditions).map(([key, list]) => [key, phrasesRegex(list)] as [string, RegExp]),
    locationLabel: lexiconRegExp(`^${phrasesSource(p.locationLabels)}(?:[^\\S\\n]{0,2}:[^\\S\\n]{0,16}(\\S[^\\n]{0,150}))?$`),
    remoteWord: phrasesRegex(p.remoteWords),
    notConditions: phrasesRegex(p.notConditions),
    conditionsBesideLegal: new Set(p.conditionsBesideLegal),
    conditionExceptions: new Map(Object.entries(p.conditionExceptions).map(([key, list]) => [key, phrasesRegex(list, 'g')] as [string, RegExp])),
    connectorAll: phrasesRegex([...p.orWords, ...p.andWords], 'g'),
    listGap: lexiconRegExp(`^\\s{0,3}(?:,\\s{0,3})?(?:${phrasesSource([...p.orWords, ...p.andWords])}\\s{0,3}|\\/\\s{0,3})?$`),
    andBefore: lexiconRegExp(`${phrasesSource(p.andWords)}\\s{1,3}(?:${phrasesSource(lex.measures.approximate)}\\s{1,3})?$`),
    // "between 3 and 5 years", "entre dos y cuatro años": the lower end in digits or in a number word.
    rangeLowerBefore: lexiconRegExp(
      `${phrasesSource(p.rangeOpeners)}\\s{1,3}(\\d{1,2}|${phrasesBody(Object.keys(lex.numbers.numbers).filter((w) => !w.includes(' ')))})\\s{1,2}${phrasesSource(p.andWords)}\\s{1,2}$`,
    ),
    orBefore: lexiconRegExp(`${phrasesSource(p.orWords)}\\s{1,3}$`),
    builtOrBefore: lexiconRegExp(`${phrasesSource(lex.work.modelBuildingVerbs)}\\s{1,3}${phrasesSource([...p.orWords, ...p.andWords])}\\s{1,3}$`),
    listSeparator: lexiconRegExp(`[,/]|${phrasesSource(p.orWords)}`),
    orWord: phrasesRegex([...p.orWords, ...p.andWords]),
    alternativesLead: phrasesRegex(p.alternativesLeads, 'g'),
    wideningBracket: lexiconRegExp(`\\(\\s{0,2}${phrasesSource(p.wideningLeads)}[^()]{0,120}\\)`, 'gu'),
    alternativesEnd: lexiconRegExp(`[;!?]|\\.(?:\\s|$)|,\\s{1,3}${phrasesSource(p.andWords)}\\s`),
    orOnly: phrasesRegex(p.orWords),
    itemSeparator: lexiconRegExp(
      `\\s{0,3},\\s{0,3}(?:${phrasesSource([...p.orWords, ...p.andWords])}\\s{1,3})?|\\s{1,3}${phrasesSource([...p.orWords, ...p.andWords])}\\s{1,3}|\\s{1,3}\\/\\s{1,3}`,
      'gu',
    ),
    securityTitle: phrasesRegex(lex.work.securityTitles),
    mlTitle: phrasesRegex(lex.work.mlTitles),
    toolBuilding: new Set(p.toolBuildingWords.map(fold)),
    reviewWork: new Set(p.reviewWorkNouns.map(fold)),
    employerPronouns: new Set(p.employerPronouns.map(fold)),
    jobWord: phrasesRegex(lex.work.jobWords),
    companyVerbs: new Set(lex.work.companyVerbs.map(fold)),
    functionWords: new Set(lex.normalize.stopwords.map(fold)),
    qualifiedHead: lexiconRegExp(`(?:^|[^\\p{L}])${phrasesSource(lex.normalize.determiners)}\\s+\\p{L}+\\s+${phrasesSource(lex.normalize.nounJoiners)}\\s*$`),
    dotAbbreviations: new Set(lex.normalize.dotAbbreviations.map((w) => w.toLowerCase())),
    alternativePath: lexiconRegExp(`^[\\s\\-–•*]{0,4}${phrasesSource(p.orWords)}\\s`),
    moreTags: lexiconRegExp(`[,·|]\\s{0,3}\\+\\s?\\d{1,3}\\s{1,3}${phrasesSource(p.moreTagsWords)}\\s{0,3}$`),
    tagHeadings: new Set(p.tagHeadings.flatMap(expandPhrase).map(headingKey)),
    employmentConditionHeadings: new Set(p.employmentConditionHeadings.flatMap(expandPhrase).map(headingKey)),
    definitionWords: phrasesRegex(p.footnoteDefinitions),
    subHeadings: new Set(p.subHeadings.flatMap(expandPhrase).map(headingKey)),
    // Said at a stop ("GCP instead, that's fine"), not before what is replaced ("Terraform instead of manual scripts"); or
    // before "and" ("strong AWS engineers will be considered and supported to cross-skill").
    insteadAlternative: lexiconRegExp(`${phrasesSource(p.insteadAlternatives)}(?=\\s{0,2}(?:[,.;:!)]|$)|\\s${phrasesSource(p.andWords)}\\s)`),
    // At the opening of a parenthesis: "(we also accept Azure or GCP)".
    alsoAlternativeLead: lexiconRegExp(`^\\s{0,2}${phrasesSource(p.alsoAlternativeLeads)}\\s`),
    acceptedChoice: phrasesRegex(p.acceptedChoices),
    degreeRouteLead: phrasesRegex(p.degreeRouteLeads),
    noDegreeRoute: phrasesRegex(p.noDegreeRoutes),
    alsoAlternative: lexiconRegExp(`^\\s{0,3}${phrasesSource(p.alsoAlternative)}\\s{0,3}\\)`),
    orGap: lexiconRegExp(
      `^\\s{0,3}(?:,\\s{0,3})?(?:${phrasesSource(p.orWords)}${p.orFallbacks.length > 0 ? `(?:,?\\s{1,3}${phrasesSource(p.orFallbacks)},?)?` : ''}\\s{1,3}${p.orQualifiers.length > 0 ? `(?:${phrasesSource(p.orQualifiers)}\\s{1,3})?` : ''}|\\/\\s{0,3})$`,
    ),
    degrees,
    degreeAbbreviation: degreeAbbreviationCheck(degreeFollowersPattern(p.degreeFollowers), degrees),
    clearances: clearanceWordsFor(lex),
    years: yearsWordsFor(lex),
  };
  cache.set(lex, words);
  return words;
}

/** The job-ad vocabulary of English, parsed on first use (the other languages' come with their packs). */
let english: LanguageLexicon['postings'] | undefined;
const fromPacks = new WeakMap<LanguagePackData, LanguageLexicon['postings']>();

/**
 * The job-ad vocabulary of a lexicon's languages, merged list by list as the lexicon is: it ships in a module of its
 * own (`LEXICON_POSTINGS_JSON`), which only job-ad reading imports.
 */
export function postingsLexiconFor(lex: Lexicon): LanguageLexicon['postings'] {
  english ??= splitLists(JSON.parse(LEXICON_POSTINGS_JSON)) as LanguageLexicon['postings'];
  return mergeValues([english, ...lex.packs.map(packPostings)]) as LanguageLexicon['postings'];
}

/** A language pack's job-ad vocabulary (parsed once per pack). */
function packPostings(pack: LanguagePackData): LanguageLexicon['postings'] {
  let hit = fromPacks.get(pack);
  if (!hit) fromPacks.set(pack, (hit = splitLists(JSON.parse(pack.postings)) as LanguageLexicon['postings']));
  return hit;
}

/** A range's first word → the words that may end it ("from to", "from through" → from → {to, through}). */
function rangeWords(ranges: readonly string[]): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of ranges) {
    const [first, last] = fold(r).split(' ') as [string, string];
    out.set(first, (out.get(first) ?? new Set<string>()).add(last));
  }
  return out;
}
