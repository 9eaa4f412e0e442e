import type { EntryKind, Skill } from '../schemas';
import { dotAbbreviationsFor, isAbbreviationDot } from '../text/abbreviations';
import type { Lexicon } from '../text/lexicon';
import { escapeRegex, lexiconRegExp, phrasesBody, phrasesRegex, phrasesSource, unicodeRegex, WORD_END } from '../text/phrases';
import { numberIndexFrom } from '../text/sorted';

/** Distinct ML-work skills (implied ones included) an entry must show to count as ML work. */
const ML_WORK_THRESHOLD = 2;
/** Distinct security skills an entry must show to count as security work under a neutral title. */
const SECURITY_DUTY_THRESHOLD = 2;
/** Distinct security skills an entry must show to count as security work under an ML or IT-operations title that is no security one. */
const SIDE_DUTY_SECURITY_THRESHOLD = 3;

/** The title words of a lexicon, compiled once. */
export interface KindWords {
  /** Titles of security work (SOC, AppSec, pentest, GRC security…). */
  securityTitle: RegExp;
  /** Titles of hands-on ML or data-science work. */
  mlTitle: RegExp;
  /** Titles of research appointments. */
  researchTitle: RegExp;
  /** A research title that names security as its field (`securityResearchTitles`): no research appointment for attacks on models. */
  securityResearchTitle: RegExp;
  /** Titles of IT operations (sysadmin, network administrator, help desk, DevOps). */
  operationsTitle: RegExp;
  /** What joins two functions in one title: "&", "+" or the language's "and" between spaces. */
  titleParts: RegExp;
  /** The same, every match: an operations title's own words are no security title ("Cyber Transport Systems Technician"). */
  operationsTitles: RegExp;
  /** IT audit titles, every match: in a résumé they are no security title by themselves; the duties decide. */
  auditTitles: RegExp;
  /** Titles of validating models others build ("Model Validation Analyst"): ML skills count as ML work only when built. */
  modelValidationTitle: RegExp;
  /** Titles of testing others' software ("QA Analyst, Machine Learning Products"): no ML title, and ML skills count only when built. */
  testerTitle: RegExp;
  /** Titles of teaching posts: the subject taught is no work of its kind. */
  teachingTitle: RegExp;
  /** Words of teaching in a duty ("taught", "Imparto el módulo"): the attacks on models a course covers are its topic. */
  teaching: RegExp;
  /** Titles of rating or labelling data for models ("AI Trainer", "Data Annotator"): the models are others' work. */
  annotationTitle: RegExp;
  topicTitle: RegExp;
  /** Titles of recruiting ("Recruitment Consultant, Cyber Security", "Talent Partner"): the skills named are the people hired's. */
  recruitingTitle: RegExp;
  /** A recruiter's words of hiring for others (`recruitingDuties`: "headcount", "hiring managers"): no team of the recruiter's. */
  recruitingDuty: RegExp;
  /** Classes of titles whose work is about others' technology (`othersTechTitles`), each with the skills its own work gives. */
  othersTech: readonly OthersTechClass[];
  /** Words of the person's own hands-on building or operating, every match (`handsOnWords`). */
  handsOn: RegExp;
  /** Titles whose security word names the line of business sold, not the work ("Cyber Underwriter"). */
  productLineTitles: RegExp;
  /** Verbs of building, training or deploying models. */
  modelBuilding: RegExp;
  /** A participle of building that closes a clause (`buildingClosers`, verb-final word order): "… Modell … trainiert". */
  closingBuilding: RegExp;
  /** The same, with the nouns of building that count at a sentence's start only ("Conception et exploitation d'…"). */
  openingBuilding: RegExp;
  /** A sentence's lead up to its verb that is the person or their own team ("- My team ", "Wir "): the building that follows is theirs. */
  ownLead: RegExp;
  /** A sentence's lead that is one verb joined to the verb of building by "and" ("- Designed and ", "Diseñé y "): the building is the sentence's own. */
  verbAndLead: RegExp;
  /** A sentence's lead that is an adverbial clause up to its comma ("- Although hired as a BI analyst, "): the building after it is the sentence's own. */
  clauseLead: RegExp;
  /** Words before the tool a thing is built with ("in", "mit", "avec"). */
  instrument: RegExp;
  /** Building that is not the person's, every match ("the assistant built on Azure OpenAI", "the development team"). */
  othersBuilding: RegExp;
  /** Words of securing or testing a system. */
  securing: RegExp;
  /** Verbs and action nouns of securing, assessing or testing (`securingVerbs`), every match: the last one before a mention may govern it. */
  securingVerbs: RegExp;
  /** The verbs and nouns of threat modelling among them (`threatModelling`), every match. */
  threatModelling: RegExp;
  /** Verbs of building, every match: the last one before a mention is the verb of building that may govern it. */
  buildingAll: RegExp;
  /** The security people a built system serves, every match ("security reviewers"): no object of securing. */
  securityAudiences: RegExp;
  /** Records of security work a built system reads or sorts, every match ("pentest findings"): no object of securing. */
  securityRecords: RegExp;
  /** Phrases of duties whose object is security ("security controls"): one security skill's weight. */
  securityDuty: RegExp;
  /** Words of physical security ("CCTV", "guard team"). */
  physicalSecurity: RegExp;
  offensiveTitle: RegExp;
  auditFieldTitle: RegExp;
  complianceAudit: RegExp;
  /** A verb or noun of building joined by "and" to a word of testing or securing it, up to two words between ("developed and tested", "desarrollé y puse a prueba", "Construction et sécurisation"). */
  buildAndTest: RegExp;
  /** Words that name a research unit ("research group", "Grupo", "Lehrstuhl"). */
  researchUnit: RegExp;
  /** Nouns of tooling ("tool", "harness", "outil"): a built tool named with an ML library is no ML system. */
  toolNoun: RegExp;
  /** Nouns of a register of models ("inventory", "register"): a built register that lists ML models is no ML system. */
  registerNoun: RegExp;
  /** A noun of a model right after an ML mention ("Gradient-boosting model", "XGBoost-Modell"). */
  modelAfter: RegExp;
  /** A sentence's lead that is a noun of a model and the word linking it to its kind ("Modèle de ", "Model of "). */
  modelLead: RegExp;
  /** A label of tools before a list ("tools:", "Werkzeuge:", "outils :"), every match: the ML libraries listed after it are what the work is done with. */
  toolLabel: RegExp;
  /** Nouns of records a service writes ("logs", "telemetry"). */
  logNoun: RegExp;
  /** The same, every match ("Audit-Logs von Azure OpenAI": the noun before the service). */
  logNouns: RegExp;
  /** Words that link a noun to what it is of ("of", "von", "de"), folded. */
  ofWords: ReadonlySet<string>;
  /** Abbreviations whose full stop ends no sentence (`normalize.json` → `dotAbbreviations`: "incl", "e.g"). */
  dotAbbreviations: ReadonlySet<string>;
  /** Words that join two names ("and"), folded. */
  joiners: ReadonlySet<string>;
  /** Where a relative clause opens ("… assistant (LangChain) that answers …", German after a comma: "…, der …"). */
  relativeClause: RegExp;
  /** Title words of one function that both secures and runs ML ("MLSecOps"), if the lexicon has any. */
  bothTitle: RegExp | undefined;
  /** A bracketed remark of a title about a later function ("(moved to Product Security in 2020)"). */
  laterRole: RegExp;
  /** Words that open an entry's duties by saying they go on from the entry above ("continuation of the above role"). */
  continuesAbove: RegExp;
  /** Words of self-employment in a title ("consultant indépendant"): the organisation part names the function. */
  freelance: RegExp;
  /** `isSecurityTitle` by title, in a copy made for one document (`withTitleMemo`): its readers ask it of each entry's title again and again. */
  securityTitles?: Map<string, boolean>;
}

/** A lexicon's title words with a memo of one document's titles, dropped with it. */
export function withTitleMemo(words: KindWords): KindWords {
  // The lexicon's words by prototype, not copied: a copy of this many fields is a slow dictionary object.
  const own: KindWords = Object.create(words);
  own.securityTitles = new Map();
  return own;
}

const kindWordsCache = new WeakMap<Lexicon, KindWords>();

/** The compiled title words of a lexicon. */
export function kindWordsFor(lex: Lexicon): KindWords {
  const hit = kindWordsCache.get(lex);
  if (hit) return hit;
  const both = lex.work.securityTitles.filter((t) => lex.work.mlTitles.includes(t));
  const words = {
    securityTitle: phrasesRegex(lex.work.securityTitles),
    mlTitle: phrasesRegex(lex.work.mlTitles),
    researchTitle: phrasesRegex(lex.work.researchTitles),
    securityResearchTitle: phrasesRegex(lex.work.securityResearchTitles),
    operationsTitle: phrasesRegex(lex.work.operationsTitles),
    teachingTitle: phrasesRegex(lex.work.teachingTitles),
    teaching: phrasesRegex(lex.work.teachingWords),
    annotationTitle: phrasesRegex(lex.work.annotationTitles),
    topicTitle: phrasesRegex(lex.work.topicTitles),
    recruitingTitle: phrasesRegex(lex.work.recruitingTitles),
    recruitingDuty: phrasesRegex(lex.work.recruitingDuties),
    othersTech: Object.entries(lex.work.othersTechTitles).map(([name, c]) => ({
      name,
      title: phrasesRegex(c.titles),
      keeps: new Set(c.keeps ?? []),
      work: c.work === true,
      securityField: c.securityField === true,
    })),
    handsOn: phrasesRegex(lex.work.handsOnWords, 'g'),
    operationsTitles: phrasesRegex(lex.work.operationsTitles, 'g'),
    auditTitles: phrasesRegex(lex.work.auditTitles, 'g'),
    modelValidationTitle: phrasesRegex(lex.work.modelValidationTitles),
    testerTitle: phrasesRegex(lex.work.testerTitles),
    productLineTitles: phrasesRegex(lex.work.productLineTitles, 'g'),
    modelBuilding: phrasesRegex(lex.work.modelBuildingVerbs),
    closingBuilding: lexiconRegExp(`\\s${phrasesBody(lex.work.buildingClosers)}[\\s;.]{0,4}$`),
    openingBuilding: phrasesRegex([...lex.work.modelBuildingVerbs, ...lex.work.buildingOpeners]),
    othersBuilding: phrasesRegex(lex.work.othersBuilding, 'g'),
    instrument: phrasesRegex(lex.work.instrumentWords),
    ownLead: lexiconRegExp(`^[\\s\\-–—•·*▪◦]{0,8}${phrasesBody(lex.work.ownSubjects)}\\s{1,3}$`),
    verbAndLead: lexiconRegExp(`^[\\s\\-–—•·*▪◦]{0,8}\\p{L}[\\p{L}'’-]{2,20}\\s{1,3}(?:&|${phrasesBody(lex.sections.and)})\\s{1,3}$`),
    clauseLead: lexiconRegExp(`^[\\s\\-–—•·*▪◦]{0,8}${phrasesBody(lex.work.clauseLeads)}\\s[^,;:.()]{1,80},\\s{1,3}$`),
    securing: phrasesRegex(lex.work.securingWords),
    securingVerbs: phrasesRegex(lex.work.securingVerbs, 'g'),
    threatModelling: phrasesRegex(lex.work.threatModelling, 'g'),
    buildingAll: phrasesRegex(lex.work.modelBuildingVerbs, 'g'),
    securityAudiences: phrasesRegex(lex.work.securityAudiences, 'g'),
    securityRecords: phrasesRegex(lex.work.securityRecords, 'g'),
    securityDuty: phrasesRegex(lex.work.securityDuties),
    physicalSecurity: phrasesRegex(lex.work.physicalSecurityWords),
    offensiveTitle: phrasesRegex(lex.work.offensiveTitles),
    auditFieldTitle: phrasesRegex(lex.work.auditFieldTitles),
    complianceAudit: phrasesRegex(lex.work.complianceAuditWords),
    researchUnit: phrasesRegex(lex.work.researchUnitWords),
    buildAndTest: lexiconRegExp(
      `${phrasesSource([...lex.work.modelBuildingVerbs, ...lex.work.buildingOpeners])}\\s{1,3}${phrasesSource(lex.sections.and)}\\s{1,3}(?:[\\p{L}']{1,12}\\s{1,3}){0,2}?${phrasesSource([...lex.work.testingWords, ...lex.work.securingVerbs])}`,
      'gu',
    ),
    toolNoun: lexiconRegExp(`^[\\s-]{1,3}${phrasesBody(lex.work.toolNouns)}${WORD_END}`),
    registerNoun: lexiconRegExp(`^[\\s-]{1,3}${phrasesBody(lex.work.registerNouns)}${WORD_END}`),
    modelAfter: lexiconRegExp(`^[\\s-]{1,3}${phrasesBody(lex.work.modelNouns)}${WORD_END}`),
    modelLead: lexiconRegExp(`^[\\s\\-–—•·*]{0,8}${phrasesBody(lex.work.modelNouns)}\\s{1,3}${phrasesBody(lex.normalize.ofWords)}\\s{1,3}$`),
    toolLabel: lexiconRegExp(`${phrasesSource(lex.work.toolNouns)}\\s{0,2}:`, 'gu'),
    logNoun: phrasesRegex(lex.work.logNouns),
    logNouns: phrasesRegex(lex.work.logNouns, 'g'),
    ofWords: new Set(lex.normalize.ofWords.map((w) => w.toLowerCase())),
    dotAbbreviations: dotAbbreviationsFor(lex),
    joiners: new Set(['&', '/', ...lex.sections.and.map((w) => w.toLowerCase())]),
    relativeClause: lexiconRegExp(`(?:\\s${phrasesBody(lex.work.relativeWords)}|,\\s{0,3}${phrasesBody(lex.work.commaRelativeWords)})${WORD_END}`),
    bothTitle: both.length > 0 ? phrasesRegex(both) : undefined,
    laterRole: lexiconRegExp(`\\(\\s{0,3}${phrasesSource(lex.work.laterRoleWords)}[^()\\n]{0,80}\\)`, 'gu'),
    continuesAbove: phrasesRegex(lex.work.continuesAboveWords),
    freelance: phrasesRegex(lex.work.freelanceWords),
    titleParts: new RegExp(`\\s(?:&|\\+|${lex.sections.and.map(escapeRegex).join('|')})\\s`, 'iu'),
  };
  kindWordsCache.set(lex, words);
  return words;
}

/**
 * A title of marketing, communications or journalism work: the security or ML words it holds name what is written
 * about, a beat or a product line ("Cyber Security Editor", "Journaliste, rubrique cybersécurité"), no function of its
 * own; a part of a title joined to it that names another function keeps it ("Security Analyst & Blog Editor").
 */
export function writesAboutProducts(title: string, words: KindWords): boolean {
  if (!words.topicTitle.test(title)) return false;
  return title.split(words.titleParts).every((part) => words.topicTitle.test(part) || (!isSecurityTitle(part, words) && !words.mlTitle.test(part)));
}

/** A class of titles whose work is about others' technology ("Technical Writer", "Product Manager", "Avocate"). */
export interface OthersTechClass {
  readonly name: string;
  /** Its titles. */
  readonly title: RegExp;
  /** The skill categories or ids its own work gives ("leadership", "governance", "security-assessment"). */
  readonly keeps: ReadonlySet<string>;
  /** Whether an entry under it may still be security or ML work by its duties (an auditor of security controls). */
  readonly work: boolean;
  /** Whether a title of it that names security as its field after the head is security work ("Programme Manager – Cyber Security Transformation"); its tools stay others'. */
  readonly securityField: boolean;
}

/** Where a title's function ends and its field or department starts ("Product Manager, Vulnerability Management", "Avocate (Counsel) – Pôle IP/IT"). */
const TITLE_HEAD_END = /[,|(/]|\s[–—-]\s/u;

/** A title's function, before its field or department: "Data Scientist" of "Data Scientist, Cybersecurity (SOC)". */
function titleHead(title: string): string {
  return title.split(TITLE_HEAD_END)[0] ?? title;
}

/**
 * The class of a title whose function is work about others' technology: its head (before a comma, bracket or dash)
 * names the function and no security or ML function ("Security Project Manager" practises security), bar a class whose
 * entries may be work of their field by their duties (an auditor's).
 */
export function othersTechClass(title: string, words: KindWords): OthersTechClass | undefined {
  if (words.othersTech.length === 0) return undefined;
  const head = titleHead(title);
  // A class whose entries may still be work of their field (an auditor) keeps the field in its head: "Lead Auditorin Informationssicherheit".
  const field = isSecurityTitle(head, words) || words.mlTitle.test(head);
  return words.othersTech.find((c) => (c.work || !field) && c.title.test(head));
}

/** A title of recruiting work, whatever field it recruits for ("Principal Talent Partner, Security & AI"). */
export function hiresForSkills(title: string, words: KindWords): boolean {
  return words.recruitingTitle.test(title);
}

/**
 * Classifies a work entry as security and/or ML work from its title and the skills it uses (their `workKind`). Under a
 * title that is no security one, an ML skill the entry names in two different ways (`namedTwice`: "scikit-learn, XGBoost") weighs as two.
 * Duties that name security as their object (`securityDuty`: "tested security controls") weigh as one security skill.
 */
export function classifyEntry(
  fullTitle: string,
  skillIds: readonly string[],
  skillById: ReadonlyMap<string, Skill>,
  words: KindWords,
  namedTwice: ReadonlySet<string> = new Set(),
  organization = '',
  built: ReadonlySet<string> = new Set(),
  opensWithModels = false,
  securityDuty = false,
  researched: ReadonlySet<string> = new Set(),
): EntryKind[] {
  // A remark about a later function is no kind of this entry: "Software Engineer (moved to Product Security in 2020)".
  const title = fullTitle.includes('(') ? fullTitle.replace(words.laterRole, ' ') : fullTitle;
  // A teaching post teaches its subject, whatever the course is called ("Teaching Assistant: CSC311 Introduction to Machine Learning").
  // Only a post that is all teaching: "Sessional Tutor and Research Assistant" holds a research post too.
  if (teachingOnly(title, words)) return ['other'];
  // Rating or labelling data for models ("AI Trainer", "Data Annotator") feeds models that others build and train.
  if (words.annotationTitle.test(title) && title.split(words.titleParts).length === 1 && !isSecurityTitle(title, words)) return ['other'];
  // Marketing or communications work ("Content Marketing Manager" at a security vendor) writes about the products: no work of their kind.
  if (writesAboutProducts(title, words)) return ['other'];
  // Recruiting for security or AI teams ("Senior Recruitment Consultant, Cyber Security") hires people who do that work.
  if (hiresForSkills(title, words)) return ['other'];
  // Writing about, selling, managing or advising on others' technology ("Product Manager, Vulnerability Management") is no work of its kind.
  const others = othersTechClass(title, words);
  // A programme whose field is security ("Senior Program Manager, Information Security") is security work, though the tools it names stay others'.
  if (others && !others.work && !(others.securityField && isSecurityTitle(title, words))) return ['other'];
  // A research appointment in a security lab or chair ("Computer Security Lab", "Lehrstuhl für IT-Sicherheit") is security work.
  const research = words.researchTitle.test(title);
  const securityTitle = isSecurityTitle(title, words) || (research && words.securityTitle.test(organization));
  // A research appointment whose duties open by building models ("Trained few-shot image classifiers in PyTorch") does ML
  // research: an attack on AI it names later is a side topic of those models, as under an ML title.
  const head = titleHead(title);
  // A tester's function with an ML field after it ("QA Analyst, Machine Learning Products") tests models others build: no ML title.
  const tester = words.testerTitle.test(head) && !words.mlTitle.test(head) && !securityTitle;
  const mlTitle = (!tester && words.mlTitle.test(title)) || (research && !securityTitle && opensWithModels);
  // A title that joins two functions ("AI Product Security & Secure GenAI Engineering") holds an ML one when a part is an ML title and no security one.
  // So does one whose function, before a comma or bracket, is an ML one and the rest names its field ("Data Scientist, Cybersecurity (SOC)").
  const mlPart =
    !tester &&
    (title.split(words.titleParts).some((part) => words.mlTitle.test(part) && !words.securityTitle.test(part)) ||
      (head !== title && words.mlTitle.test(head) && !words.securityTitle.test(head)));
  // Duties whose object is security ("tested security controls against ISO 27001") weigh as one security skill.
  let securitySkills = securityDuty ? 1 : 0;
  // A tester of ML products ("QA Analyst, Machine Learning Products") tests models others build, as a validator does: only a
  // model the person built counts; a tester's title with no ML field ("Conversational AI QA Engineer") leaves it to the skills.
  const testsMlProducts = tester && head !== title && words.mlTitle.test(title.slice(head.length));
  const validator = (words.modelValidationTitle.test(title) || testsMlProducts) && !mlTitle;
  let mlSkills = 0;
  for (const id of skillIds) {
    const skill = skillById.get(id);
    // Attacking and defending AI systems is security work by itself: one such skill weighs as two, but not under an ML
    // title that is no security one, where guarding the system is part of building it ("AI Engineer: prompt-injection filters").
    // In a research appointment, an attack on AI named in two ways is its subject ("evasion … training-data poisoning").
    const subject = securityTitle || !mlTitle || (research && namedTwice.has(id) && !opensWithModels);
    if (skill?.workKind === 'security') securitySkills += skill.category === 'ai-security' && subject ? 2 : 1;
    // Research on attacks and defences of models trains the models attacked and defended ("Data poisoning attacks and
    // certified defences for deep neural networks"): ML work too, even where the models are what the sentence secures.
    if (research && researched.has(id)) mlSkills += ML_WORK_THRESHOLD;
    // Under a security title, naming one ML tool twice is securing it ("hardening the Kubeflow pipelines and model registry").
    // An ML system the person built ("Built Sieve, an internal RAG assistant") is ML work under any title.
    // Under a title of validating models, the models named are others' work: only a model the person built counts ("Built challenger models").
    else if (skill?.workKind === 'ml' && validator) mlSkills += built.has(id) ? 2 : 0;
    else if (skill?.workKind === 'ml') mlSkills += (namedTwice.has(id) && !securityTitle) || built.has(id) ? 2 : 1;
  }
  // A research appointment's subject is its kind of work: one skill of a kind suffices ("Postdoc: federated learning").
  // Under an ML title that is no security one, two security tasks are side tasks of building ("SSO for the model registry, image signing");
  // under an IT-operations title, of running systems ("firewall rules and site-to-site VPNs, Active Directory accounts").
  const sideDuties = mlTitle || words.operationsTitle.test(title);
  // Under a research title that is an ML one ("Research Scientist"), one security skill named once is a side topic of the models.
  const duty = research ? (mlTitle ? SECURITY_DUTY_THRESHOLD : 1) : sideDuties ? SIDE_DUTY_SECURITY_THRESHOLD : SECURITY_DUTY_THRESHOLD;
  const security = securityTitle || securitySkills >= duty;
  // ML work: two ML skills; or one under an ML title ("MLSecOps Engineer") or a research title; or an ML title that is not a security one.
  // A title of both fields ("MLSecOps Engineer") runs the ML platform it secures: ML work too, whatever skills it names.
  const both = words.bothTitle?.test(title) === true;
  const ml = mlSkills >= ML_WORK_THRESHOLD || (mlSkills >= 1 && (mlTitle || research)) || (mlTitle && !securityTitle) || mlPart || both;
  const kinds: EntryKind[] = [];
  if (security) kinds.push('security');
  if (ml) kinds.push('ml');
  if (kinds.length === 0) kinds.push('other');
  return kinds;
}

/**
 * A post that is all teaching ("Teaching Assistant: CSC311 Introduction to Machine Learning", "Visiting Lecturer
 * (vacataire), MLOps"): its subject is what is taught, no work of its kind. "Sessional Tutor and Research Assistant"
 * holds a research post too.
 */
export function teachingOnly(title: string, words: KindWords): boolean {
  const colon = title.indexOf(':');
  const post = colon === -1 ? title : title.slice(0, colon);
  return words.teachingTitle.test(post) && post.split(words.titleParts).length === 1 && !isSecurityTitle(post, words);
}

/**
 * A title of security work, once an IT-operations title's own words are set aside ("Cyber Transport Systems Technician"
 * is none), an IT audit title's ("IT Auditor": its duties decide) and a line of business's ("Cyber Risk Analyst
 * (Pricing)" prices cyber insurance).
 */
export function isSecurityTitle(title: string, words: KindWords): boolean {
  const memo = words.securityTitles;
  let hit = memo?.get(title);
  if (hit === undefined) {
    hit = readsAsSecurityTitle(title, words);
    memo?.set(title, hit);
  }
  return hit;
}

function readsAsSecurityTitle(title: string, words: KindWords): boolean {
  const plain = title.replace(BRACKETS, ' ').replace(words.productLineTitles, ' ');
  return words.securityTitle.test(plain.replace(words.operationsTitles, ' ').replace(words.auditTitles, ' '));
}

const BRACKETS = /[()[\]]/gu;

/**
 * The title an entry's kind of work is read from: a freelancer has no employer, so what the header gives as the
 * organisation names the function too ("Consultant indépendant – RSSI à temps partagé", "Freelance consultant — fractional CISO").
 */
export function functionTitle(title: string, organization: string | undefined, words: KindWords): string {
  return organization !== undefined && words.freelance.test(title) ? `${title} – ${organization}` : title;
}

/** Duty bullets an entry needs before their share of security decides (fewer say too little). */
const MIN_DUTY_BULLETS = 5;
/** A mention's confidence from which it names its skill plainly (weaker aliases, "scripts", "Splunk", may name other work). */
const PLAIN_CONFIDENCE = 0.95;
/** An entry's title and the span of its duties, as the duty readers below need it. */
type DutyEntry = { title: string; bodyStart: number; bodyEnd: number };
/** A mention as the duty readers below need it. */
type DutyMention = { id: string; start: number; confidence: number };

/** A duty bullet at a line's start, however deep a date column beside it sets it ("09/2021 – present   Admin⏎                     - Backups"). */
const DUTY_BULLET = /^[ \t]{0,40}- /gmu;

/**
 * Under an IT-operations title ("IT Specialist", "Systems Administrator"), security duties named plainly in fewer than
 * half of the duty bullets (Nessus scans, firewall rules, SSO onboarding among desktops, servers and backups) are part
 * of running the systems: the entry is no security work, however many security skills those few bullets name. Under
 * an ML title that is no security or research one, a few security skills (no more than its side duties need) in a
 * minority of bullets are part of building the models (SBOMs and image signing, robustness tests).
 */
export function minorSecurityDuties(
  text: string,
  entry: DutyEntry,
  mentions: readonly DutyMention[],
  skillById: ReadonlyMap<string, Skill>,
  words: KindWords,
): boolean {
  const operations = words.operationsTitle.test(entry.title);
  const ml = !operations && words.mlTitle.test(entry.title) && !words.researchTitle.test(entry.title) && fewSecuritySkills(mentions, skillById);
  if ((!operations && !ml) || isSecurityTitle(entry.title, words)) return false;
  const bullets = dutyBullets(text, entry);
  if (bullets.length < MIN_DUTY_BULLETS) return false;
  // Under an IT-operations title, staff accounts, SSO and MFA are part of running the systems (convention 128).
  const duties = operations ? mentions.filter((m) => skillById.get(m.id)?.operationsDuty !== true) : mentions;
  return securityBullets(bullets, duties, skillById).size * 2 < bullets.length;
}

/** Security skills no more than an ML title's side duties hold ("SBOMs and image signing, NIST controls, robustness tests"). */
function fewSecuritySkills(mentions: readonly DutyMention[], skillById: ReadonlyMap<string, Skill>): boolean {
  const ids = new Set(mentions.filter((m) => skillById.get(m.id)?.workKind === 'security').map((m) => m.id));
  return ids.size <= SIDE_DUTY_SECURITY_THRESHOLD;
}

/**
 * An entry under a security title whose duties name physical security ("reviewed CCTV footage", "the 22-person guard
 * team") and no security skill guards premises: no security work ("Security Operations Coordinator" at a mall).
 */
export function guardsPremises(text: string, entry: DutyEntry, skillIds: readonly string[], skillById: ReadonlyMap<string, Skill>, words: KindWords): boolean {
  if (!isSecurityTitle(entry.title, words) || skillIds.some((id) => skillById.get(id)?.workKind === 'security')) return false;
  return words.physicalSecurity.test(text.slice(entry.bodyStart, entry.bodyEnd));
}

/** Duty bullets a neutral title's entry needs before their share of security decides. */
const MIN_SECURITY_BULLETS = 3;

/**
 * Under a neutral title ("Business Systems Analyst": no security, ML, IT-operations or research one), duty bullets
 * that name security plainly in two thirds of them at least (Qualys scans and CVE triage, overdue-CVE reports,
 * vulnerability metrics) make the entry security work, even with one security skill: the duties decide, not the title.
 */
export function mostlySecurityDuties(
  text: string,
  entry: DutyEntry,
  mentions: readonly DutyMention[],
  skillById: ReadonlyMap<string, Skill>,
  words: KindWords,
): boolean {
  const title = entry.title;
  if (isSecurityTitle(title, words) || words.mlTitle.test(title) || words.operationsTitle.test(title) || words.researchTitle.test(title)) return false;
  const bullets = dutyBullets(text, entry);
  if (bullets.length < MIN_SECURITY_BULLETS) return false;
  // A security skill named plainly somewhere in the entry ("Qualys scans") is named by its weaker aliases too ("flagged overdue critical CVEs").
  const plain = new Set(mentions.filter((m) => m.confidence >= PLAIN_CONFIDENCE && skillById.get(m.id)?.workKind === 'security').map((m) => m.id));
  return securityBullets(bullets, mentions, skillById, plain).size * 3 >= bullets.length * 2;
}

/** The offsets of an entry's duty bullets. */
function dutyBullets(text: string, entry: { bodyStart: number; bodyEnd: number }): number[] {
  const body = text.slice(entry.bodyStart, entry.bodyEnd);
  const bullets: number[] = [];
  DUTY_BULLET.lastIndex = 0;
  for (let m = DUTY_BULLET.exec(body); m !== null; m = DUTY_BULLET.exec(body)) bullets.push(entry.bodyStart + m.index);
  return bullets;
}

/** The duty bullets (by number) that name a security skill plainly, or one of `plain` in any way. */
function securityBullets(
  bullets: readonly number[],
  mentions: readonly DutyMention[],
  skillById: ReadonlyMap<string, Skill>,
  plain: ReadonlySet<string> = new Set(),
): Set<number> {
  const secure = new Set<number>();
  for (const m of mentions) {
    if ((m.confidence < PLAIN_CONFIDENCE && !plain.has(m.id)) || skillById.get(m.id)?.workKind !== 'security') continue;
    // The last bullet that starts at or before the mention.
    const k = numberIndexFrom(bullets, m.start + 1) - 1;
    if (k >= 0) secure.add(k);
  }
  return secure;
}

/**
 * Where a sentence of duties ends: sentence punctuation before a space (no period of a short abbreviation: "u. a.",
 * "z. B.", "e.g.", "ca."), or a line that starts a new bullet, however deep its indentation in a column layout.
 */
const SENTENCE_END = /[;!?](?=\s)|(?<!(?:^|[\s.(])(?:\p{L}|\p{Ll}{2}))\.(?=\s)|\n(?=\s{0,8}-\s|[ \t]{9,40}-\s)|\n\s{0,8}\n/gu;

/**
 * The ML-skill mentions in an entry under a security title that name what the person secures or tests ("Security
 * Engineer, ML Platform", "security assessments of the model training platform, feature store", "RBAC for ML
 * engineers"): each stands in a header or sentence of securing words with no verb of building models that governs it.
 * They make the entry no ML work. `objects` receives those of them that a body sentence names as the object secured or
 * assessed (no tool the security work is done with, no source of logs): what the person did not use at all.
 */
export function securedSystems(
  text: string,
  entry: { title: string; headerStart: number; headerEnd: number; bodyStart: number; bodyEnd: number },
  mentions: readonly { id: string; start: number; end: number; platform?: boolean }[],
  skillById: ReadonlyMap<string, Skill>,
  words: KindWords,
  objects?: Set<number>,
  modelled?: Set<number>,
): Set<number> {
  const out = new Set<number>();
  if (!mentions.some((m) => skillById.get(m.id)?.workKind === 'ml')) return out;
  // An MLSecOps engineer runs the ML platform that they secure: that is ML work, and its ML mentions are its own.
  if (!isSecurityTitle(entry.title, words) || words.bothTitle?.test(entry.title)) return out;
  const spanAt = sentenceSpansOf(text, entry, words.dotAbbreviations);
  // A securing word inside an ML skill's own name ("Isolation Forest") is the name, no securing.
  const named = withoutMlNames(text, entry, mentions, skillById);
  mentions.forEach((m, k) => {
    if (skillById.get(m.id)?.workKind !== 'ml') return;
    const span = spanAt(m);
    const sentence = span && text.slice(span.start, span.end);
    if (sentence === undefined) return;
    // An ML library in a list of tools ("…; Werkzeuge: PyTorch, ART") is what the security work is done with, and a
    // hosted service whose logs a sentence reads ("rules over Azure OpenAI audit logs") is where they come from.
    if (listedAsTool(text.slice((span as Span).start, m.start), words) || (m.platform === true && isLogSource(text, span as Span, m, words))) {
      out.add(k);
      return;
    }
    const header = m.start < entry.bodyStart;
    const governed = header ? undefined : governingWork(named, entry.bodyStart, span as Span, m, words);
    if (governed !== 'secured' && !words.securing.test(sentence)) return;
    // A sentence that opens with building names what the person built, in a verb or a noun ("Built …", "Conception de …").
    const building =
      governed === 'built' ||
      (governed === undefined && (words.modelBuilding.test(sentence.replace(words.othersBuilding, ' ')) || startsWithBuilding(sentence, words)));
    if (isToolOf(text, span as Span, m, words) || madeWithForTesting(text, span as Span, m, words)) out.add(k);
    else if (!building) {
      out.add(k);
      if (governed === 'secured') objects?.add(k);
      if (governed === 'secured' && threatModelled(named, entry.bodyStart, span as Span, m, words)) modelled?.add(k);
    }
  });
  return out;
}

/**
 * What the nearest word of work before a mention in its sentence says of it: `secured` when a verb or action noun of
 * securing, assessing or testing (`securingVerbs`) comes after the last verb of building ("Threat-modelled the agent
 * architecture and the RAG ingestion pipeline", "security design reviews incl. the Bedrock platform"), `built` when a
 * verb of building comes last ("Reviewed the design docs, then prototyped a RAG assistant"), undefined when neither
 * stands before it. Words after the mention govern nothing: a relative clause or a second clause says what the system
 * does or what else the person did. `named` is the entry's body with ML names blanked, read from offset `from`.
 */
function governingWork(named: string, from: number, span: Span, m: Span, words: KindWords): 'built' | 'secured' | undefined {
  // "developed and tested", "built and red-teamed": testing joined to building is part of building; "built by" is others'.
  const before = named
    .slice(span.start - from, m.start - from)
    .replace(words.othersBuilding, (w) => ' '.repeat(w.length))
    .replace(words.buildAndTest, (w) => ' '.repeat(w.length));
  const secured = lastMatchEnd(words.securingVerbs, before);
  const built = lastMatchEnd(words.buildingAll, before);
  if (secured < 0 && built < 0) return undefined;
  // A phrase of building that ends with one of securing holds it: "training and evaluation of" builds.
  return built >= secured ? 'built' : 'secured';
}

/**
 * The ML mentions of an entry's body under a security title that a verb of securing governs (`governingWork`), by
 * number: for the aliases that count in ML work only, which `securedSystems` does not read.
 */
export function securedObjects(
  text: string,
  entry: { title: string } & EntrySpans,
  mentions: readonly { id: string; start: number; end: number }[],
  skillById: ReadonlyMap<string, Skill>,
  words: KindWords,
  modelledOnly = false,
): Set<number> {
  const out = new Set<number>();
  if (!isSecurityTitle(entry.title, words)) return out;
  const spanAt = sentenceSpansOf(text, entry, words.dotAbbreviations);
  const named = withoutMlNames(text, entry, mentions, skillById);
  mentions.forEach((m, k) => {
    if (skillById.get(m.id)?.workKind !== 'ml' || m.start < entry.bodyStart) return;
    const span = spanAt(m);
    if (span === undefined || isToolOf(text, span, m, words) || madeWithForTesting(text, span, m, words)) return;
    if (governingWork(named, entry.bodyStart, span, m, words) !== 'secured') return;
    if (!modelledOnly || threatModelled(named, entry.bodyStart, span, m, words)) out.add(k);
  });
  return out;
}

/**
 * Whether the securing word that governs a mention (`governingWork` says `secured`) is one of threat modelling
 * ("Threat-modelled (STRIDE) the agent architecture and the RAG ingestion pipeline"): the last securing word before the
 * mention in its sentence is a `threatModelling` one. A threat model assesses a design and builds nothing (convention 119).
 */
function threatModelled(named: string, from: number, span: Span, m: Span, words: KindWords): boolean {
  const before = named.slice(span.start - from, m.start - from);
  const modelled = lastMatchEnd(words.threatModelling, before);
  return modelled >= 0 && modelled >= lastMatchEnd(words.securingVerbs, before);
}

/** Where the last match of a global pattern in a text ends, or -1. */
function lastMatchEnd(pattern: RegExp, s: string): number {
  let end = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m !== null; m = pattern.exec(s)) end = m.index + m[0].length;
  return end;
}

/**
 * An ML library named after a word of tools, where what is made with it is an attack or a test ("Wrote adversarial
 * suffix attacks (GCG) in PyTorch", "evasion tests with scikit-learn"): the tool of the security work, no ML system built.
 */
function madeWithForTesting(text: string, span: Span, m: Span, words: KindWords): boolean {
  const before = text.slice(span.start, m.start);
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  const from = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1;
  if (!words.instrument.test(trimmed.slice(from))) return false;
  // "Built and tested fraud models in PyTorch": testing joined to building is part of building. What is made is what
  // follows the last verb of building ("tests of the models … and retrain them with adversarial training in PyTorch").
  const made = trimmed.slice(0, from).replace(words.buildAndTest, ' ').split(words.modelBuilding).at(-1) ?? '';
  return words.securing.test(made);
}

type Span = { start: number; end: number };

/** The text of a sentence before a mention ends in a list after a label of tools, with no verb of building after the label ("tools: PyTorch, "). */
function listedAsTool(before: string, words: KindWords): boolean {
  words.toolLabel.lastIndex = 0;
  let end = -1;
  for (let m = words.toolLabel.exec(before); m !== null; m = words.toolLabel.exec(before)) end = m.index + m[0].length;
  return end >= 0 && !before.slice(end).includes('\n\n') && !words.modelBuilding.test(before.slice(end));
}

/** How far after a hosted service's name the records it writes may be named ("Azure OpenAI and Copilot audit logs"). */
const LOG_REACH = 40;
/** A capital letter first: a word that is a name, or a sentence's opening. */
const CAPITAL_FIRST = unicodeRegex`^\p{Lu}`;

/**
 * A hosted service's name followed by a noun of its records, with only names, joiners and one other word between
 * ("Azure OpenAI and Copilot audit logs"): the service is the logs' source, no system the sentence builds on it.
 */
function isLogSource(text: string, span: Span, m: Span, words: KindWords): boolean {
  const after = text.slice(m.end, Math.min(span.end, m.end + LOG_REACH));
  const log = words.logNoun.exec(after);
  if (log && onlyNamesBetween(after.slice(0, log.index), words)) return true;
  // The noun before the service and linked to it ("Audit-Logs von Azure OpenAI", "registros de auditoría de Azure
  // OpenAI", "journaux d'audit d'Azure OpenAI", "the audit logs of Azure OpenAI").
  const before = text.slice(Math.max(span.start, m.start - LOG_REACH), m.start);
  let end = -1;
  words.logNouns.lastIndex = 0;
  for (let l = words.logNouns.exec(before); l !== null; l = words.logNouns.exec(before)) end = l.index + l[0].length;
  if (end < 0) return false;
  const between = before.slice(end);
  return linked(between, words) && onlyNamesBetween(between, words);
}

/** Names, joiners, words that link a noun to what it is of, elided ones ("d'"), and one other word at most. */
function onlyNamesBetween(between: string, words: KindWords): boolean {
  let others = 0;
  for (const w of between.split(/\s+/u)) {
    const folded = w.toLowerCase();
    if (w === '' || words.joiners.has(folded) || words.ofWords.has(folded) || ELIDED.test(w) || CAPITAL_FIRST.test(w)) continue;
    others++;
    if (others > 1) return false;
  }
  return true;
}

/** Whether the last word before the service links it to the noun before ("von", "de", "of", or elided: "d'"). */
function linked(between: string, words: KindWords): boolean {
  const last = between.trimEnd().split(/\s+/u).pop() ?? '';
  return words.ofWords.has(last.toLowerCase()) || ELIDED.test(last);
}

/** An elided word ("d'", "l’"). */
const ELIDED = unicodeRegex`^\p{L}{1,2}['’]$`;

/** An ML mention right before a noun of tooling names the tool's code ("Built an internal Python/PyTorch tool that runs …"): tooling, no ML system. */
function isToolOf(text: string, span: Span, m: Span, words: KindWords): boolean {
  return words.toolNoun.test(text.slice(m.end, Math.min(span.end, m.end + TOOL_REACH)));
}

/** How far after an ML mention its tool noun may end ("-Tool", " tooling"). */
const TOOL_REACH = 12;

type EntrySpans = { headerStart: number; headerEnd: number; bodyStart: number; bodyEnd: number };

/** Where the sentence of an entry around a mention starts and ends in the text: its header, or the sentence of the body it stands in (undefined outside the entry). */
function sentenceSpansOf(
  text: string,
  entry: EntrySpans,
  abbreviations: ReadonlySet<string>,
): (m: { start: number; end: number }) => { start: number; end: number } | undefined {
  const body = text.slice(entry.bodyStart, entry.bodyEnd);
  // The full stop of an abbreviation of the lexicon ("incl.", "approx.") ends no sentence.
  const ends = [...body.matchAll(SENTENCE_END)].filter((m) => !isAbbreviationDot(body, m.index, abbreviations)).map((m) => m.index + m[0].length);
  return (m) => {
    if (m.start >= entry.headerStart && m.end <= entry.headerEnd) return { start: entry.headerStart, end: entry.headerEnd };
    if (m.start < entry.bodyStart || m.end > entry.bodyEnd) return undefined;
    // The sentence around the mention: from the last end at or before it to the next one (binary search).
    const k = numberIndexFrom(ends, m.start - entry.bodyStart + 1);
    const start = k > 0 ? (ends[k - 1] as number) : 0;
    const end = k < ends.length ? (ends[k] as number) : body.length;
    return { start: entry.bodyStart + start, end: entry.bodyStart + end };
  };
}

/**
 * The skills of an entry whose research trains models (`trainsModelsInResearch`: attacks on and defences of models),
 * named in its header or in a sentence that teaches nothing: a course's topic ("Imparto el módulo … envenenamiento de
 * datos") is no research of the person's.
 */
export function researchedSkills(
  text: string,
  entry: EntrySpans,
  mentions: readonly { id: string; start: number; end: number }[],
  skillById: ReadonlyMap<string, Skill>,
  words: KindWords,
): Set<string> {
  const out = new Set<string>();
  if (!mentions.some((m) => skillById.get(m.id)?.trainsModelsInResearch === true)) return out;
  const spanAt = sentenceSpansOf(text, entry, words.dotAbbreviations);
  for (const m of mentions) {
    if (out.has(m.id) || skillById.get(m.id)?.trainsModelsInResearch !== true) continue;
    const span = spanAt(m);
    if (span !== undefined && !words.teaching.test(text.slice(span.start, span.end))) out.add(m.id);
  }
  return out;
}

/**
 * The ML skills of an entry that a body sentence says the person built ("Built Sieve, an internal RAG assistant
 * (LangChain, OpenAI API)"): the sentence opens with a verb of building and has no word of securing or testing. Each
 * weighs as two, under any title.
 */
export function builtSystems(
  text: string,
  entry: EntrySpans,
  mentions: readonly { id: string; start: number; end: number }[],
  skillById: ReadonlyMap<string, Skill>,
  words: KindWords,
): Set<string> {
  const out = new Set<string>();
  if (!mentions.some((m) => skillById.get(m.id)?.workKind === 'ml')) return out;
  const spanAt = sentenceSpansOf(text, entry, words.dotAbbreviations);
  // A securing word inside an ML skill's own name ("Isolation Forest") is the name, no securing: the body with those
  // names blanked, read at offsets less `entry.bodyStart`.
  const named = withoutMlNames(text, entry, mentions, skillById);
  const from = entry.bodyStart;
  for (const m of mentions) {
    if (skillById.get(m.id)?.workKind !== 'ml' || m.start < entry.bodyStart) continue;
    const span = spanAt(m);
    if (span === undefined) continue;
    const sentence = text.slice(span.start, span.end);
    // What a relative clause after the mention says of the built system is no securing of it
    // ("Built a RAG assistant (LangChain) that answers questions from our secure coding standards").
    // Nor what a colon after it lists of its parts ("Built the LLM gateway (FastAPI): prompt-injection classifiers, audit logging").
    const tail = text.slice(m.end, span.end);
    const clause = words.relativeClause.exec(tail);
    // Only for the system built itself: after a word of the tools ("test suites in Python and PyTorch: patches against …") the list says what the thing built does.
    const colon = words.instrument.test(text.slice(span.start, m.start)) ? -1 : tail.indexOf(':');
    const cut = Math.min(clause === null ? tail.length : clause.index, colon < 0 ? tail.length : colon);
    const own = ownHead(named.slice(span.start - from, m.start - from), words) + named.slice(m.start - from, m.end + cut - from);
    // Testing what one builds is part of building it: "desarrollé y puse a prueba un modelo", "developed and tested".
    if (isToolOf(text, span, m, words)) continue;
    // A register of models built for oversight ("Built the bank's AI/ML model inventory") lists models, and builds none.
    if (words.registerNoun.test(text.slice(m.end, Math.min(span.end, m.end + TOOL_REACH)))) continue;
    // The people it serves are no object of securing ("Built an internal assistant for security reviewers: RAG over …"),
    // nor are the records it reads or sorts ("an LLM service … to pre-triage Semgrep and pentest findings").
    const object = own.replace(words.buildAndTest, ' ').replace(words.securityAudiences, ' ').replace(words.securityRecords, ' ');
    if (startsWithBuilding(sentence, words) && !words.securing.test(object)) out.add(m.id);
    // A duty that opens with a kind of model and says no more of whose it is names a model the person made ("Gradient-boosting
    // model in Python for late-delivery prediction", "Modèle de gradient boosting en Python …").
    else if (opensWithOwnModel(text, span, m, words) && !words.securing.test(sentence.replace(words.othersBuilding, ' '))) out.add(m.id);
  }
  return out;
}

/** A sentence whose first words are an ML mention and a noun of a model, either way round ("XGBoost model …", "Modelo de XGBoost …"). */
function opensWithOwnModel(text: string, span: Span, m: Span, words: KindWords): boolean {
  const lead = text.slice(span.start, m.start);
  if (SENTENCE_LEAD.test(lead)) return words.modelAfter.test(text.slice(m.end, Math.min(span.end, m.end + TOOL_REACH)));
  return words.modelLead.test(lead);
}

/**
 * An entry's body with its ML mentions blanked, the same length: offset 0 is `entry.bodyStart` (the entry's own text only,
 * so that reading every entry stays linear in the résumé's length).
 */
function withoutMlNames(
  text: string,
  entry: EntrySpans,
  mentions: readonly { id: string; start: number; end: number }[],
  skillById: ReadonlyMap<string, Skill>,
): string {
  const cuts = mentions
    .filter((m) => m.start >= entry.bodyStart && m.end <= entry.bodyEnd && skillById.get(m.id)?.workKind === 'ml')
    .sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = entry.bodyStart;
  for (const m of cuts) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start), ' '.repeat(m.end - m.start));
    at = m.end;
  }
  parts.push(text.slice(at, entry.bodyEnd));
  return parts.join('');
}

/**
 * The duties open with a sentence of building models that names no security skill ("Trained few-shot image classifiers
 * in PyTorch for a medical-imaging project;"): the entry's first body sentence, one of the `built` ML skills in it.
 */
export function opensWithModels(
  text: string,
  entry: EntrySpans,
  mentions: readonly { id: string; start: number; end: number }[],
  built: ReadonlySet<string>,
  skillById: ReadonlyMap<string, Skill>,
  words: KindWords,
): boolean {
  if (built.size === 0) return false;
  const first = mentions.find((m) => m.start >= entry.bodyStart);
  if (first === undefined) return false;
  const span = sentenceSpansOf(text, entry, words.dotAbbreviations)(first);
  if (span === undefined || span.start !== entry.bodyStart) return false;
  const inFirst = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  return inFirst.some((m) => built.has(m.id)) && !inFirst.some((m) => skillById.get(m.id)?.workKind === 'security');
}

/**
 * A sentence up to a mention in brackets without the clause before the brackets: "Built a RAG assistant over six years
 * of pentest reports (Python, LangChain" says what the system runs over, no securing of it.
 */
function ownHead(before: string, words: KindWords): string {
  const open = before.lastIndexOf('(');
  const clause = open < 0 ? null : words.relativeClause.exec(before.slice(0, open));
  return clause === null ? before : before.slice(0, clause.index) + before.slice(open);
}

/** Bullets, dashes and spaces before a sentence's first word. */
const SENTENCE_LEAD = /^[\s\-–—•·*]*$/u;
/** The same, then perhaps a year with up to two short words before it ("En 2022 desarrollé …", "Im Jahr 2021 entwickelte …"). */
const DATED_SENTENCE_LEAD = unicodeRegex`^[\s\-–—•·*]*(?:(?:\p{L}{1,4}\s{1,3}){0,2}(?:19|20)\d{2},?\s{1,3})?$`;

/**
 * A sentence whose first word is a verb of building ("Built …", "Entwickelte …", "En 2022 desarrollé …"), or whose subject
 * before it is the person or their own team ("I built …", "My team builds and runs …", "Mein Team entwickelt …"): what
 * follows is the person's own work.
 */
function startsWithBuilding(sentence: string, words: KindWords): boolean {
  // Verb-final word order closes the clause with the participle ("Anomalie-Modell (scikit-learn) auf Anmeldedaten trainiert;").
  if (words.closingBuilding.test(firstClause(sentence).slice(-CLOSER_REACH))) return true;
  const m = words.openingBuilding.exec(sentence.slice(0, 80));
  if (m === null) return false;
  const lead = sentence.slice(0, m.index);
  if (DATED_SENTENCE_LEAD.test(lead) || words.ownLead.test(lead) || words.verbAndLead.test(lead) || words.clauseLead.test(lead)) return true;
  // A line with no full stop above the duty (the job's place, "Medellín, Antioquia, Colombia"): a verb in capitals
  // opening its own line opens a sentence.
  const line = lead.lastIndexOf('\n');
  return line >= 0 && SENTENCE_LEAD.test(lead.slice(line)) && CAPITAL_FIRST.test(sentence.slice(m.index));
}

/** How far from a clause's end its closing participle is looked for. */
const CLOSER_REACH = 80;

/** A sentence up to its first semicolon (the semicolon kept), or the whole of it. */
function firstClause(sentence: string): string {
  const semicolon = sentence.indexOf(';');
  return semicolon < 0 ? sentence : sentence.slice(0, semicolon + 1);
}

/**
 * The entries whose duties open by saying they go on from the entry above ("• Fortsetzung der obigen Tätigkeit;
 * zusätzlich …"), each mapped to that entry: the one just before it in the text, at the same organization (or
 * under the same title). The later entry uses the earlier one's skills too.
 */
export function continuedEntries(
  text: string,
  entries: readonly { title: string; organization?: string; headerStart: number; bodyStart: number; bodyEnd: number }[],
  words: KindWords,
): Map<number, number> {
  const out = new Map<number, number>();
  const byStart = entries.map((_, i) => i).sort((a, b) => (entries[a]?.headerStart ?? 0) - (entries[b]?.headerStart ?? 0));
  byStart.forEach((i, k) => {
    if (k === 0) return;
    const e = entries[i];
    const above = entries[byStart[k - 1] as number];
    if (!e || !above) return;
    const opening = text.slice(e.bodyStart, Math.min(e.bodyEnd, e.bodyStart + 120));
    const m = words.continuesAbove.exec(opening);
    if (m === null || !SENTENCE_LEAD.test(opening.slice(0, m.index))) return;
    const same = (a?: string, b?: string) => a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
    if (same(e.organization, above.organization) || same(e.title, above.title)) out.set(i, byStart[k - 1] as number);
  });
  return out;
}

/** The longest opening line of a research appointment's duties that can name its unit. */
const UNIT_LINE_MAX = 80;

/**
 * The research unit a research appointment's duties open with, on a short line of its own or as its first sentence
 * ("Grupo de Seguridad de la Información. Investigación sobre …"), else ''. It counts as part of the organization.
 */
export function openingUnit(text: string, entry: EntrySpans & { title: string }, words: KindWords): string {
  if (!words.researchTitle.test(entry.title)) return '';
  const opening = text.slice(entry.bodyStart, Math.min(entry.bodyEnd, entry.bodyStart + UNIT_LINE_MAX + 1));
  const end = opening.search(/[.;\n]/u);
  const line = end < 0 ? opening : opening.slice(0, end);
  return end >= 0 && words.researchUnit.test(line) ? line.trim() : '';
}

/**
 * A title of offensive testing that does not name the audit field ("Pentester senior", "Auditrice sécurité / Pentesteuse",
 * "Consultor de seguridad / Pentester"): the "audits" of its duties are its tests and reports, no audit work; "Manager
 * Audit & Pentest" names audit as a field of its own and keeps them (convention 60).
 */
export function offensiveOnlyTitle(title: string, words: KindWords): boolean {
  return words.offensiveTitle.test(title) && !words.auditFieldTitle.test(title);
}
