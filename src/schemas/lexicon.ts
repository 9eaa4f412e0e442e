import * as z from 'zod/mini';
import { ClearanceLevelSchema, DegreeFieldSchema, DegreeLevelSchema, ExperienceMeasureSchema, SectionNameSchema } from './vocab';

// The reading vocabulary: one folder per language under data/lexicon/, one file per kind (data/lexicon/README.md).
// A phrase is words separated by spaces; `(a|b|)` picks one of the words (empty: none), `*` stands for up to two
// words, `<year>` for a year; matching ignores case unless the list says `abbreviations`.

const Phrase = z.string().check(z.minLength(1), z.maxLength(120));
const Phrases = z._default(z.array(Phrase), []);
const Month = z.number().check(z.int(), z.gte(1), z.lte(12));

/** Headings of résumé sections and the words around them (`sections.json`). */
export const SectionsLexiconSchema = z.strictObject({
  headings: z._default(z.partialRecord(SectionNameSchema, Phrases), {}),
  /** Words that may precede a heading without changing it ("Selected Projects"). */
  modifiers: Phrases,
  /** The word for "and" between heading words ("Skills and Tools"). */
  and: Phrases,
  /** The word for "or" ("oder", "ou", "o"): it joins two qualifiers of one head noun, "AI or data governance" naming "AI governance". */
  or: z._default(Phrases, []),
  /** Labels that open a section even with content after a colon ("Skills: Python, Go"). */
  inlineLabels: Phrases,
  /** Headings that are also sub-labels inside an entry ("Tools:", "Highlights"). */
  weakHeadings: Phrases,
  /** Words of spoken languages and fluency, so "Languages: Python, Go" stays in skills. */
  spokenLanguages: Phrases,
  /** Experience headings whose dated lines are entries only when their title names a job ("TEACHING": an appointment, not a course taught). */
  jobTitleHeadings: Phrases,
  /** Words of the present in a heading ("RESEARCH (CURRENT LAB)", "FORSCHUNG (AKTUELLE ARBEITSGRUPPE)"): a section of job titles with no job of its own whose heading has one describes the current appointment. */
  currentWords: Phrases,
});

/** Month names and date words (`dates.json`). */
export const DatesLexiconSchema = z.strictObject({
  /** Twelve lists, January first: every way of writing that month (abbreviations too). */
  months: z.optional(z.array(z.array(Phrase).check(z.minLength(1))).check(z.length(12))),
  /** Words for the open end of a range ("Present", "heute", "à ce jour"). */
  present: Phrases,
  /** Words that open a range without an end ("since", "seit", "depuis"). */
  since: Phrases,
  /** Words between the two ends of a range ("to", "bis", "à", "a"). */
  connectors: Phrases,
  /** Seasons: the first and last month. */
  seasons: z._default(z.record(z.string().check(z.minLength(1)), z.tuple([Month, Month])), {}),
  /** Words or letters before a quarter's digit ("Q2 2023", "T2 2023" for trimestre); none: `q`. */
  quarters: Phrases,
  /** Words for a quarter after its number and ordinal ("2nd quarter 2020", "1. Quartal 2021", "3.er trim. 2023"). */
  quarterWords: Phrases,
  /** Ordinal suffixes after a day ("1st"). */
  ordinals: Phrases,
  /** Words between day, month and year ("15 de marzo de 2020"). */
  joiners: Phrases,
  /** Words that open a range ("from Jan 2016 to …", "de janvier 2016 à …"): part of the dates, not of the title. */
  rangeOpeners: Phrases,
  /** Words after a date that leave its range open to the present ("Jan 2019 onwards", "2019 en adelante"). */
  openEnds: Phrases,
  /** Labels of a start date on its own line ("Start date:", "Fecha de ingreso:"), read with the end line below as one range. */
  startLabels: Phrases,
  /** Labels of an end date on the next line ("End date:", "Fecha de retiro:"). */
  endLabels: Phrases,
  /** Labels of a form's field saying whether a job is the current one ("Current Job: Yes"), after an empty end date. */
  currentLabels: Phrases,
  /** The answers of such a field that say it is ("Yes"). */
  yesWords: Phrases,
});

/** Words of work entries (`work.json`). */
export const WorkLexiconSchema = z.strictObject({
  /** Words that name a job, so the part of a header holding one is the title. */
  jobWords: Phrases,
  /** Job words read only in a text of this language, being everyday words in another ("stage": "early-stage"). */
  ownJobWords: Phrases,
  /** Words that name an organisation. */
  orgMarkers: Phrases,
  /** Legal suffixes, matched with their case ("AG", "B.V."). */
  legalSuffixes: Phrases,
  /** Places and work modes that are neither title nor organisation. */
  places: Phrases,
  /** Dated periods that are not work ("career break", "parental leave"). */
  notWork: Phrases,
  /** The `notWork` phrases of time off work ("sabbatical", "parental leave", "Elternzeit"): only these, opening a list item or a remark dated inside a job, are leave from it; a volunteer role or travel inside a job is the work itself. */
  leaveWords: Phrases,
  /** Words right after a `leaveWords` phrase that make it someone else's leave covered ("parental leave cover", "Elternzeit-Vertretung"): work, no leave. */
  leaveCovers: Phrases,
  /** Dated things that are not work entries ("thesis", "project"). */
  notWorkEntries: Phrases,
  /** Words of an internship ("internship", "Prácticas", "Praktikum"): a title that names one is work even when it names the course or bootcamp it belongs to ("Prácticas en SOC (bootcamp)"). */
  internships: z._default(Phrases, []),
  /** Words of a programme studied at a school ("program", "track", "scholarship"): an entry at a school under no job title, whose next line names one and no job, is study. */
  schoolProgrammes: Phrases,
  /** Words naming a unit of an organisation ("office", "IT services", "department"): an entry at a school whose header names one is a job in that unit, whatever programme the line below names. */
  organisationUnits: Phrases,
  /** Words right before a `notWork` phrase in a job's header that take the break out of the job's range ("(hors crédit-temps)", "excluding parental leave"): the job is work, and a break dated inside it is no month of it. */
  breakExcluded: Phrases,
  /** Titles of an apprenticeship ("Ausbildung zum …", "Apprenticeship", "apprenti"): training on the job is work, so such an entry under an education heading is read as a job too. */
  apprenticeships: Phrases,
  /** Bodies that examine or school apprentices but employ none ("IHK", "Handwerkskammer", "CFA"): an apprenticeship under an education heading whose organisation opens with one names no employer, and is study. */
  apprenticeshipBodies: z._default(Phrases, []),
  /** A school-leaving qualification taken with an apprenticeship ("mit Berufsmaturität", "BMS"): listed under an education heading, such an apprenticeship is the person's schooling, no job. */
  apprenticeshipSchooling: z._default(Phrases, []),
  /** Titles of a job held while studying ("Werkstudentin", "working student", "job étudiant"): paid work, so such an entry under an education heading is read as a job too. */
  studentJobs: Phrases,
  /** Titles of doctoral study ("PhD candidate", "Doctoral Researcher"): an entry under one, with no job beside it, is study. */
  doctoralStudyTitles: Phrases,
  /** Titles of doctoral research ("Doctoral Researcher"): a job by themselves, but no job beside a title of doctoral study ("Doctoral Researcher (DPhil candidate)"). */
  doctoralResearchTitles: Phrases,
  /** Words of paid employment in a doctoral title's header ("PhD candidate (employment contract)", "Doktorand (TV-L E13)", "contrat doctoral"): the post is a job, not study. */
  doctoralEmployment: z._default(Phrases, []),
  /** Words of self-employment in a title ("Freelance Consultant", "consultant indépendant", "selbstständig", "autónomo"): a freelancer has no employer, so the part after the dash names the function ("– RSSI à temps partagé", "— fractional CISO"). */
  freelanceWords: Phrases,
  /** Title words of security work. */
  securityTitles: Phrases,
  /** Title words of ML work. */
  mlTitles: Phrases,
  /** Titles of research appointments ("Postdoctoral Researcher", "Research Associate"): their subject is their kind of work. */
  researchTitles: Phrases,
  /**
   * Research titles that name security as their field ("Security Researcher", "Sicherheitsforscher", "chercheur en
   * sécurité"): an industry post that attacks and tests systems, no research appointment whose attacks on models train them
   * (`trainsModelsInResearch`; convention 296).
   */
  securityResearchTitles: z._default(Phrases, []),
  /** Titles of teaching posts ("Teaching Assistant", "Sessional Tutor"): the subject taught is no work of its kind ("CSC311 Introduction to Machine Learning"). */
  teachingTitles: Phrases,
  /** Words of teaching in a duty ("taught", "Imparto el módulo", "Vorlesung"): the attacks on models a course covers are its topic, no research that trains them. */
  teachingWords: z._default(Phrases, []),
  /** A remark that a teaching post was held inside doctoral study ("during PhD", "within PhD studentship"): part of that study, no job of its own. */
  doctoralFrames: z._default(Phrases, []),
  /** Titles of rating or labelling data for models ("AI Trainer", "Data Annotator", "KI-Trainer"): the models the data feeds are someone else's work, so the entry is no ML work of its own. */
  annotationTitles: Phrases,
  /** Titles of marketing or communications work ("Content Marketing Manager", "Redakteurin", "chargée de communication"): the security or AI products written about are its topic, no work of their kind. */
  topicTitles: z._default(Phrases, []),
  /** Titles of recruiting work ("Recruitment Consultant", "Talent Partner", "Personalberaterin", "chargée de recrutement", "reclutadora"): the skills named, bar people and policy ones, are the candidates'. */
  recruitingTitles: z._default(Phrases, []),
  /** Hiring words ("hire", "headcount", "einstellen", "recrutement", "contratación"): under a recruiting title they name the recruiter's own work, filling others' teams, and no leading of a team. */
  recruitingDuties: z._default(Phrases, []),
  /**
   * Classes of titles whose work is about others' technology ("writing": "Technical Writer", "legal": "Avocate",
   * "audit": "Lead Auditor"): in an entry under one, only skills of the categories (or ids) the class `keeps` count,
   * unless a first-person word of `handsOnWords` stands in the mention's sentence; `work: false` makes the entry no
   * security or ML work; `securityField: true` makes a title that names security as its field after the head security work ("Program Manager,
   * Information Security": a security programme run for the CISO), its tools staying others'. A language lists its titles; `keeps`, `work`
   * and `securityField` are given once (English).
   */
  othersTechTitles: z._default(
    z.record(
      z.string().check(z.minLength(1)),
      z.strictObject({
        titles: Phrases,
        keeps: z.optional(z.array(z.string().check(z.minLength(1)))),
        work: z.optional(z.boolean()),
        securityField: z.optional(z.boolean()),
      }),
    ),
    {},
  ),
  /** Words of the person's own hands-on building or operating ("built", "configured", "code samples", "Skripte"): a skill named in their sentence counts under a title of `othersTechTitles`. */
  handsOnWords: z._default(Phrases, []),
  /** Titles of IT operations (system or network administration, IT support, DevOps): firewall rules or accounts there are part of running systems. */
  operationsTitles: Phrases,
  /**
   * Verbs of a sentence that describes an employer, its name the subject ("Veridane builds …", "Acme GmbH ist …"):
   * what the company does is no evidence of what the person did.
   */
  companyVerbs: Phrases,
  /** Nouns of a headcount ("staff", "Mitarbeitende", "salariés"): a part of an entry's first line that is only a number of them ("~120 staff") gives the employer's size, and the line profiles the company, not the person's work. */
  headcountWords: Phrases,
  /** Verbs of building, training or deploying models: a sentence with one is ML work even when it names security. */
  modelBuildingVerbs: Phrases,
  /**
   * Building that is not the person's ("the RAG assistant built on Azure OpenAI", "developed by the vendor", "the development
   * team", "l'équipe de développement"): a participle that describes a system, or a team named for building. In a sentence
   * that secures or tests a system, they make it no sentence of building.
   */
  othersBuilding: z._default(Phrases, []),
  /** Subjects that name the person or their own team ("I", "my team", "Mein Team", "mon équipe", "mi equipo"): before a verb of building that opens a sentence, the building is still the person's own ("My team builds and runs the LLM gateway"). */
  ownSubjects: z._default(Phrases, []),
  /**
   * Words that open an adverbial clause in front of a duty's verb ("Although hired as a BI analyst, built …", "Aunque me
   * contrataron como analista de BI, construí …"): the verb after the clause's comma still opens the duty, so the building
   * is the person's own.
   */
  clauseLeads: z._default(Phrases, []),
  /**
   * Subjects that name the person's own team ("my team", "the team", "our engineers", "mein Team", "l'équipe", "el equipo"):
   * a sentence of an entry that opens with one is the team's work and gives the person no skill, bar leadership ones,
   * unless a word of `selfWords` stands in it ("My team built Tripwire: I wrote the first prototype") or the person's own
   * work in the same list item names a skill of another kind ("Wrote the first classifier in PyTorch; the team now serves it").
   */
  teamSubjects: z._default(Phrases, []),
  /** Subjects that name another party ("the platform team", "the vendor", "students", "die Kunden", "les clients"): a sentence that opens with one gives the person no skill, bar leadership ones. */
  othersSubjects: z._default(Phrases, []),
  /**
   * The bare pronouns among `othersSubjects` ("ils", "elles", "ellos", "ellas"): after a semicolon inside a list item they
   * stand for the plural thing the clause before named ("Conception des modèles … ; ils notent 4 M d'événements par jour"),
   * not for another party, so only where a sentence or an item opens do they make others' work.
   */
  pronounSubjects: z._default(Phrases, []),
  /** A passive agent or a relative clause that names another party as the doer ("were built and tested by the platform team", "is done by InfoSec's risk team", "wurden von den Teams … gebaut", "sont réalisés par", "fueron desplegados por"): the clause with one gives the person no skill, bar leadership ones. */
  othersAgents: z._default(Phrases, []),
  /** A relative clause whose subject is another party ("that the ML team developed", "que l'équipe"): the clause from it to its end gives the person no skill, bar leadership ones. */
  othersRelatives: z._default(Phrases, []),
  /** A participle of building and its doer, another party, after what was built ("RAG développé par l'équipe data science", "model trained by the vendor"): the words right before it, up to three, and the phrase give no skill bar leadership ones. */
  othersMadeBy: z._default(Phrases, []),
  /** Openers of a job written as a sentence ("Working as", "Worked as", "Currently working as", "Tätig als", "Travaille en tant que", "Trabajando como"): the title follows, then a word of `jobSentencePlaces` and the employer, then the dates ("… from Jun'19 to Till date"); convention 118. */
  jobSentences: z._default(Phrases, []),
  /** Openers of a job sentence that names the employer first ("Currently working with", "Associated with", "Beschäftigt bei", "Travaille chez", "Trabajando en"): the employer follows, then a word of `jobSentenceTitles` and the title, then the dates; convention 118. */
  jobSentenceEmployers: z._default(Phrases, []),
  /** The word before the title of a job sentence that names the employer first ("as", "als", "en tant que", "como"). */
  jobSentenceTitles: z._default(Phrases, []),
  /** The word between the title and the employer of a job sentence ("in", "at", "with", "bei", "chez", "en"). */
  jobSentencePlaces: z._default(Phrases, []),
  /** Words of a list item that say the person did none of its hands-on work ("I stopped writing production code", "the engineers did the configuration", "keinen Produktionscode mehr", "je ne code plus", "ya no programo"): the item gives no skill bar leadership and governance ones (convention 39). */
  handsOffItems: z._default(Phrases, []),
  /**
   * Verbs and nouns of mentoring, coaching, helping or sponsoring other people ("Mentor two SOC analysts through their GIAC GCIH
   * preparation", "helped five analysts earn their CISSP", "sponsored the team's OSCP training", "Mentorat des nouvelles recrues
   * jusqu'à leur OSCP"): a certification after one in its clause is theirs, not the person's, unless a word of
   * `certOwnWords` stands between (convention 311).
   */
  certOthersLeads: z._default(Phrases, []),
  /** Words that make a certification after a word of `certOthersLeads` the person's own ("my", "I", "by": "Mentored by a senior tester through my OSCP"). */
  certOwnWords: z._default(Phrases, []),
  /** Words that name the person inside a sentence ("I", "myself", "ich", "je", "yo"): a team's sentence with one is the person's work too. */
  selfWords: z._default(Phrases, []),
  /** Words of the person's own hands on the work ("myself", "selbst", "moi-même", "yo mismo"): in the list item of the person's own team's sentence, the team's work is the person's too ("I wrote the first version myself; my team runs it"). */
  selfHandsWords: z._default(Phrases, []),
  /** Words before a tool a thing is built with ("in", "with", "mit", "avec", "con"): an ML mention after one names the tool, not the system built ("Aufbau adversarialer Testsuiten in Python und PyTorch: …"). */
  instrumentWords: z._default(Phrases, []),
  /** Nouns of building that open a duty ("Conception et exploitation d'un assistant …", "Aufbau einer …"): at a sentence's start only, like a verb of building there; elsewhere they name no building ("revue de conception"). */
  buildingOpeners: Phrases,
  /** Participles of building that close a duty's first clause in verb-final word order ("Isolation-Forest-Modell … auf Anmeldedaten trainiert;", "RAG-Assistent … aufgebaut"): the sentence is the person's building, as one opening with a verb of building is. */
  buildingClosers: z._default(Phrases, []),
  /** Nouns of records a service writes ("logs", "telemetry", "Protokolle", "journaux"): right after a hosted ML service's name, joined to it by names and "and" at most, the service is the logs' source, no system built on it ("Sentinel rules over Azure OpenAI and Copilot audit logs"). */
  logNouns: z._default(Phrases, []),
  /** Nouns of tooling ("tool", "Werkzeug") right after an ML mention: the mention names the tool's code, no ML system ("Built an internal Python/PyTorch tool that runs the attack suite"). */
  toolNouns: Phrases,
  /** Nouns of a register of models kept for oversight ("inventory", "register"), right after an ML mention: what is built is the list, no ML system ("Built the bank's AI/ML model inventory"). */
  registerNouns: z._default(Phrases, []),
  /** Nouns of a model ("model", "Modell", "modèle", "modelo"): a duty that opens with a kind of model, "Gradient-boosting model in Python for …", "Modèle de gradient boosting …", names a model the person made, as a verb of building would. */
  modelNouns: z._default(Phrases, []),
  /** Words that open a relative clause after a space ("that", "qui", "que"), or the data a built system runs over ("over"): a built system's clause ends there ("Built a RAG assistant (LangChain) that answers from our secure coding standards", "a RAG assistant over six years of pentest reports"). */
  relativeWords: Phrases,
  /** Words that open a relative clause only after a comma, being articles elsewhere (German "der", "die", "das"). */
  commaRelativeWords: Phrases,
  /** Words of securing or testing a system: under a security title, the ML systems a sentence with one names are what is secured, not ML work. */
  securingWords: Phrases,
  /** Verbs and action nouns of securing, assessing or testing a system built by others ("threat-modelled", "security review of", "Bedrohungsmodellierung", "modélisation des menaces"): when one is the last word of work before an ML mention in its sentence (no verb of building after it), it governs the mention, which names the object assessed: no evidence of the skill. */
  securingVerbs: z._default(Phrases, []),
  /** The `securingVerbs` of threat modelling ("threat-modelled", "Bedrohungsmodellierung", "modélisation des menaces", "modelado de amenazas"): a threat model assesses a system's design and builds nothing, so the system it governs is the object assessed even in an entry that is ML work by its other duties (convention 119). */
  threatModelling: z._default(Phrases, []),
  /** The people a built system serves, named by their security function ("security reviewers", "Security-Reviewer", "analystes sécurité"): a built system's users, no securing of it ("Built an assistant for security reviewers: RAG over past findings"). */
  securityAudiences: Phrases,
  /** Records of security work a built system reads or sorts ("pentest findings", "Pentest-Findings", "rapports de pentest"): its data, no securing of it ("Built an LLM service to pre-triage pentest findings"). */
  securityRecords: Phrases,
  /** IT audit titles ("IT Auditor", "Auditoría de TI"): security titles in a job ad, but in a résumé the duties decide (an audit of security controls is security work, ITGC testing for financial statements none). */
  auditTitles: Phrases,
  /** Titles of validating or reviewing models others build ("Model Validation Analyst", "Modellvalidierung", "validation des modèles"): the ML skills their duties name are what is assessed, ML work only when built. */
  modelValidationTitles: Phrases,
  /**
   * Titles of testing others' software (`testerTitles`: "QA Analyst", "Test Engineer", "Analyste QA"): the ML field named after
   * the function ("QA Analyst, Machine Learning Products") is the products tested, and the models named are others' unless built.
   */
  testerTitles: z._default(Phrases, []),
  productLineTitles: Phrases,
  /** Phrases of duties that name security as their object ("tested security controls", "RBI Cyber Security Framework"): in an entry's duties, they weigh as one security skill (an audit of security controls is security work; one of financial controls none). */
  securityDuties: Phrases,
  /** Words of physical security ("CCTV", "guard team", "shoplifting"): an entry under a security title whose duties name one and no security skill guards premises, no security work. */
  /** Title words of offensive testing ("Pentester", "Red Team", "tests d'intrusion"): under such a title, "audit" names the tests (convention 60). */
  offensiveTitles: z._default(Phrases, []),
  /** Words that open a dated entry's first line to call it a pastime ("Hobby; a few web findings", "Loisir :"): no work (convention 73). */
  hobbyWords: z._default(Phrases, []),
  /** Title words of the audit field itself ("Audit", "Auditoría", "Revision"): a title with one beside an offensive word keeps its audits (convention 60). */
  auditFieldTitles: z._default(Phrases, []),
  /** Laws and standards an audit checks against ("ISO 27001", "LOPD", "conformité"): a line with one under an offensive-testing title is a compliance audit, audit work still (convention 60). */
  complianceAuditWords: z._default(Phrases, []),
  physicalSecurityWords: Phrases,
  /** Words of testing: joined by "and" to the verb of building that opens a sentence ("developed and tested"), they are part of building, not securing. */
  testingWords: Phrases,
  /** Words that open a bracketed remark of a title about a later function ("Software Engineer (moved to Product Security in 2020)"): no kind of this entry. */
  laterRoleWords: Phrases,
  /** Words of a switch to a tool right before its name ("moved to PyTorch in 2021"): with a year right after the name, the tool is used from that year. */
  switchedToWords: Phrases,
  /** Words between a switched-to tool and its year ("in", "since"). */
  switchYearLeads: Phrases,
  /** Words that open an entry's duties by saying they go on from the entry above ("Fortsetzung der obigen Tätigkeit"): it uses that entry's skills too. */
  continuesAboveWords: Phrases,
  /**
   * Words that make the text after an employer's name on a header line a department ("Acme Bank - AI Platform & Model
   * Risk"): where the person worked, no evidence of a skill.
   */
  departmentWords: Phrases,
  /** Words of an engagement or project ("migration", "rollout"): the text after an employer's name that holds one is the work itself, no department. */
  engagementWords: Phrases,
  /** Words before a client's name ("for" in "SIEM build for Globex"): after an employer's name, an engagement, unless a department word stands right before ("Office for AI"). */
  clientWords: Phrases,
  /** Words that end the name of a research unit ("Network Security Lab"): a skill named in the name is no evidence. */
  unitWords: Phrases,
  /** Words that name a research unit anywhere in a short opening line of a research appointment ("Grupo de Seguridad de la Información."): its subject is the entry's. */
  researchUnitWords: Phrases,
  /** Labels of a form's entry fields, written with no space before the colon ("Job Title: …", "Dates: 11/2023 - Current"): the line reads as its value. */
  entryLabels: Phrases,
  /** Labels of a form's place field ("Location: Nairobi, Kenya"): its value is neither title nor organisation. */
  placeLabels: Phrases,
});

/** Negation and aspiration cues (`cues.json`). */
export const CuesLexiconSchema = z.strictObject({
  /** Before a skill, in its clause: it is not held ("currently learning", "no experience with"). */
  negationBefore: Phrases,
  /**
   * Like `negationBefore`, in résumés only: hedged exposure ("some exposure to", "erste Berührungspunkte mit"), which in a
   * job ad asks for the skill as a wish ("Some exposure to adversarial ML is a plus").
   */
  resumeNegationBefore: z._default(Phrases, []),
  /**
   * In résumés only: an audit the organisation prepares for or undergoes ("for the surveillance audit", "pour les audits de
   * surveillance", "para la auditoría de certificación"): the audit named inside is no audit work of the person's, and
   * what follows (the standard audited against, "… ISO 27001") is read as usual (convention 352).
   */
  undergoneAudits: z._default(Phrases, []),
  /** Like `negationBefore`, for a course taken ("took a course on", "attended a vendor course on"): its reach ends at a word of `sequenceWords`, so the work done after the course ("… and later led the migration to Terraform") is the person's. */
  courseBefore: z._default(Phrases, []),
  /** Words that put what follows after a course taken ("then", "later", "went on"): the end of a `courseBefore` cue's reach. */
  sequenceWords: z._default(Phrases, []),
  /**
   * Names of titled works ("grant", "thesis", "talk", "subvention", "Masterarbeit", "tesis"): a title in quotation marks
   * after one ("SSHRC Insight Grant "Auditing Automated Decisions"") names the work's topic, so the governance skills inside
   * it are no work of the person's, as a paper's title is not (conventions 61 and 375).
   */
  titledWorks: z._default(Phrases, []),
  /** Like `negationBefore`, only as the first word of a sentence inside a line and before a name ("… payment features. Learning Go and Kubernetes."). */
  negationOpeners: z._default(Phrases, []),
  /**
   * Like `negationBefore`, only where a sentence, a line or a list item starts ("* Reading on prompt injection …"):
   * inside a clause the same words are prose ("services reading on-chain data", "the rotation reading on dashboards").
   */
  negationLineOpeners: z._default(Phrases, []),
  /** Right after a skill: it is not held ("exam scheduled", "in progress"). */
  negationAfter: Phrases,
  /** Labels of lines or sections that list what the person lacks or is learning ("Gaps", "Not yet"). */
  gapLabels: Phrases,
  /** Skill-table levels that mean "not yet" ("learning", "exposure only"; also a cell in brackets: "(exposure only)"). */
  learningLevels: Phrases,
  /** The `gapLabels` of a basic level ("familiar with", "exposure to", "vertraut mit"): such a list names skills known a little, no disclaimer of them. */
  basicLevelLabels: z._default(Phrases, []),
  /**
   * Labels of a skill only met, never used ("exposure to", "awareness of", "Berührungspunkte mit", "familiarisé avec"):
   * one that opens an item of a list joined by bars or middle dots makes the item, up to the next bar or its paragraph's
   * end, no evidence (convention 435). Basic levels ("Notions de Go") are no such label: they count (convention 17).
   */
  exposureLabels: z._default(Phrases, []),
  /** Labels of a graded skills list's rows above the basic one ("Experte", "Maîtrise de", "Nivel avanzado"): beside one, a basic level's row lists skills held at that level. */
  levelLabels: z._default(Phrases, []),
  /** A basic level after a listed skill, in its row or bracket ("PyTorch | 1 | Beginner", "Go (Grundkenntnisse)"): the skill counts, and proves no broader one ("deep learning" from PyTorch). */
  basicLevels: z._default(Phrases, []),
  /** Opening a bracket right after a skill, or a part of it after a comma: the skill was learnt in a course only ("(MOOC course)", "(formation MOOC)", "(nivel usuario, curso de Coursera)"). */
  courseBrackets: z._default(Phrases, []),
  /**
   * Inside a bracket on its own lines under a list's label, the skills listed under it were never used in a project or a
   * job ("BASIC EXPOSURE⏎(coursework only, no project or job use)⏎TensorFlow, Azure", "(nur aus dem Studium, kein Einsatz
   * in Projekt oder Job)"): the list is no evidence, as a gap list is (convention 196).
   */
  noUseRemarks: z._default(Phrases, []),
  /** Alone in a bracket right after a skill: the person only uses it ("(user)", "(user level)", "(utilisateur)", "(Anwender)", "(nivel usuario)"), no evidence of the skill. */
  userLevelBrackets: z._default(Phrases, []),
  /** A bracket after a programming language's services saying only their build or deployment was done ("30 Java services (build/deploy only)", "(nur Build/Deployment)"): the language is no evidence. */
  operatedOnly: z._default(Phrases, []),
  /**
   * Statements that the person builds or trains no models ("I don't build or train models", "Never trained or fine-tuned a
   * model", "Je ne conçois ni n'entraîne de modèles"): the ML libraries they name are tools of other work (attacks,
   * tests) and imply no ML skill ("PyTorch" gives no deep learning).
   */
  buildsNoModels: Phrases,
  /**
   * Statements that another team trains the models the person works on ("The perception teams train the models – we attack
   * them", "Die Modelle trainieren die Perception-Teams"): the entry they stand in is ML work only through an ML system the
   * person says they built; the person's other entries keep their own reading.
   */
  othersTrainModels: z._default(Phrases, []),
  /** Words of skills lists that are never typos of a skill. */
  notTypos: Phrases,
  /** On a status line under a certification, before a date: it is still valid ("renewed", "current through", "gültig bis"). */
  certValid: Phrases,
  /** Right before the date a certification's validity ends ("expires", "valid until", "gültig bis"): a date before asOf there says it lapsed. */
  certExpires: Phrases,
  /** After a certification's stated end of validity, a renewal ("expires 2026-05 → renewed 2026-04", "renovada"): the end it renewed is no lapse. */
  certRenewed: Phrases,
  /** Beside a certification: it is not held ("exam booked", "expired", "Associate of ISC2"). */
  certNotHeld: Phrases,
  /** Words that negate only the skills right after them ("no AWS or Azure experience", "keine Erfahrung"): not "no downtime using Kubernetes". */
  negationNear: Phrases,
  /** Words that may stand between such a word and the skill ("no hands-on AWS"). */
  nearGap: Phrases,
  /** Right after a cue of `negationAfter`: the cue tells where a product stands, not what the person has ("not yet in production"). */
  productStatus: Phrases,
  /** Beside a certification: it is held now, whatever `certNotHeld` finds inside these words ("en cours de validité": "en cours" is "in progress" alone). */
  certCurrent: Phrases,
  /** A certification still to be obtained offered as another way in ("o en proceso de obtención", "ou en cours d'obtention"): the `negationAfter` cue inside one negates nothing. */
  obtainingAlternatives: z._default(Phrases, []),
  /** The team a piece of work was for or came from ("dashboards for the MLOps team"): a skill inside its name is no evidence, the words around it are. */
  /** Words right before a bracket that lists what an audit or review covered ("audits of the cybersecurity programme (IAM, SOC operations)"): the areas in the bracket are its topics, not the person's work. */
  topicLeads: Phrases,
  /** Verbs of assurance work ("evaluated", "audited", "reviewed") whose object, up to a head of `assessedHeads`, is what was assessed: the skills named in it are its topics, not the person's work. */
  assessedLeads: z._default(Phrases, []),
  /** The head nouns that close such an object ("processes", "controls", "reports"): "Evaluated vulnerability management, security monitoring and incident management processes". */
  assessedHeads: z._default(Phrases, []),
  /**
   * A head noun and the word that links it to what it is of, where the head comes first ("le processus de", "el proceso
   * de", "Prozess für"): after a word of `assessedLeads` in its clause, the words after it name what was assessed
   * ("Contrôles de deuxième niveau sur le processus de gestion des vulnérabilités"), not the person's work.
   */
  assessedHeadsBefore: z._default(Phrases, []),
  /**
   * Words right before a word of `assessedLeads` that make it the name of the person's own work ("code" in "secure code
   * review programme for Java and Python microservices"): no assurance word there, and the languages named are the person's.
   */
  assessedLeadsNotAfter: z._default(Phrases, []),
  /**
   * Words right before a word of `topicLeads` that make it the name of a discipline ("gestion des" in "gestion des risques
   * IA (NIST AI RMF, ISO/IEC 42001)"): the bracket after it names that discipline's frameworks, no list of topics.
   */
  topicLeadsNotAfter: z._default(Phrases, []),
  /**
   * Words of reviewing evidence ("reviewed", "review of", "revisión de", "revue des", "Prüfung der"): before a noun of
   * `evidenceNouns` (six words at most between), the rest of the clause names what the evidence is of, assessed as an
   * assurance verb's object is ("reviewed firewall change tickets and vulnerability scan remediation evidence").
   */
  evidenceReviews: z._default(Phrases, []),
  /** Nouns of evidence reviewed ("tickets", "evidence", "evidencias", "preuves", "Nachweise"). */
  evidenceNouns: z._default(Phrases, []),
  /**
   * The word that makes what is gathered evidence ("as", "comme", "como", "als"): before a noun of `evidenceAsNouns`, with
   * a verb of `evidenceGatherers` before it in its clause, what is gathered is assessed as an assurance verb's object is
   * ("Collect screenshots of Splunk log-retention settings and firewall rule review sign-offs from IT as audit evidence").
   */
  evidenceAs: z._default(Phrases, []),
  /** Nouns of evidence after a word of `evidenceAs` ("audit evidence", "preuves d'audit", "evidencias", "Nachweise"). */
  evidenceAsNouns: z._default(Phrases, []),
  /** Verbs of gathering evidence ("collect", "gathered", "collecte", "recopilo", "sammle"). */
  evidenceGatherers: z._default(Phrases, []),
  /**
   * An audit's noun and its link to what it covers ("audits of", "Prüfungen des"): the rest of the clause, up to a verb of
   * building or another assurance verb, is the audit's scope, assessed as an assurance verb's object is ("Planned and led
   * audits of the ISMS, vulnerability management, network security and IT outsourcing").
   */
  auditScopeLeads: z._default(Phrases, []),
  /** Determiners an assessed object may hold ("the", "our"): any other function word opens another phrase ("review of …", "… with Burp Suite"). */
  assessedDeterminers: z._default(Phrases, []),
  teamNames: Phrases,
  /** Words right before a team's name that make the person a helper in its work ("apoyo al equipo de respuesta a incidentes", "appui à l'équipe"): no team name then. */
  teamHelped: z._default(Phrases, []),
  /** Team names read so in job ads only ("avec l'équipe data engineering"): an ad's partner team asks for no skill, while a résumé's work with it is evidence. */
  postingTeamNames: z._default(Phrases, []),
  /**
   * The opening of a body's name up to the word that links it to its field ("Institute for", "Fondazione * per", "Institut
   * für"): written in capitals, the capitalised words after it name the body ("Helvetia Institute for Trustworthy AI"), and a
   * skill among them is no evidence.
   */
  bodyNames: z._default(Phrases, []),
  /** Words that open a cue naming the teams one works for or with ("for the teams building …", "alongside the MLOps team"): a colon after such a cue, outside brackets, opens the person's own duties. A cue whose team is the subject ("the platform team owns the runtime:", "done by the red team:") lists that team's tools after its colon. */
  teamServed: z._default(Phrases, []),
  /**
   * A team named as the person's partner ("with the data science team", "mit dem Data-Science-Team", "avec l'équipe"):
   * a relative clause right after it, opened by a comma ("…, who build the models in Python"), says what that team does,
   * and the skills it names are the team's, no evidence.
   */
  teamPartners: Phrases,
  /**
   * Words that, right after a partner team's name, open a phrase about that team's own work ("during their", "bei
   * dessen", "lors de leur", "durante su"): "Partnered with the InfoSec team during their red-team review of the
   * assistant"; the skills up to the clause's end are the team's, no evidence (convention 364).
   */
  teamPossessives: z._default(Phrases, []),
  /**
   * A reporting line ("reporting to the CISO", "berichte an den CISO", "rattaché au RSSI", "con reporte al CISO"): where
   * it opens a clause or a bracket, it names the person's manager, and the title in it is no evidence of communication.
   */
  reportingLines: Phrases,
  /** Units that act as a team ("SOC", "CSIRT"): after a partner lead, a relative clause about one names its work ("shipped to the group SOC, which runs detection in Sentinel"). */
  teamUnits: Phrases,
  /** Nouns of a post right before a reporting line ("a new position reporting into the Deputy CISO", "un poste rattaché au RSSI"): the line is the post's, as if it opened a clause. */
  reportingHolders: z._default(Phrases, []),
  /**
   * Reporting lines that hold their own subject ("you'll report to our CTO", "vous serez rattaché au RSSI", "reportarás al
   * CISO"): the subject makes them the post's line wherever they stand, even inside a clause ("… and you'll report to our CTO").
   */
  subjectReportingLines: z._default(Phrases, []),
  /**
   * Words that, after "and" right behind a reporting line's head, open no second party but a place or a clause ("au sein
   * de", "within", "dentro de"): "Rattaché·e au CTO et au sein d'une équipe sécurité" is still the post's line.
   */
  reportingNotJoined: z._default(Phrases, []),
  /**
   * Labels of the position a person applies for or seeks ("Job applied for", "Puesto solicitado", "Poste visé",
   * "Angestrebte Position"): opening a line, before a colon or a column gap, the rest of the line names a wish, no evidence.
   */
  soughtLabels: z._default(Phrases, []),
  /**
   * Words that open a role sought inside a sentence of a résumé ("seeking an entry-level role as", "looking for a junior"):
   * what follows, up to a clause's end or a word of `soughtRoleEnds`, names a wish, no evidence and no disclaimer.
   */
  soughtRoles: z._default(Phrases, []),
  /** Words that end a role sought and go on with the person's own words ("where", "in which"). */
  soughtRoleEnds: z._default(Phrases, []),
  /**
   * Labels of a list of courses taken ("Relevant coursework:", "Modules incl.", "Belegte Module:", "Cours suivis :",
   * "Asignaturas:"): at a line's or a sentence's start, before a colon, a dash or a word of `courseworkIncludes`, the list after one, to its sentence's end, names what was taught, no evidence.
   */
  courseworkLabels: z._default(Phrases, []),
  /** Words right after a coursework label that open its list without a colon ("Modules incl.", "Module u.a.", "Cours dont", "Asignaturas como"). */
  courseworkIncludes: z._default(Phrases, []),
  /**
   * Labels of a list of what others run or what was only attended ("Client environment:", "Typical customer estates:",
   * "Programs overseen:", "Mandantenumfeld:", "Environnement technique :", "Entorno del cliente:", "Webinar „…“"): where
   * a line or a sentence starts, before a colon, a dash or an opening quote, the list after one, to its sentence's end, is no evidence.
   */
  othersLabels: z._default(Phrases, []),
  /**
   * A teacher's role ("Guest lecturer", "Teaching Assistant", "Profesora invitada", "Conférencière invitée", "Gastdozentin"):
   * right before a course code and its title, "Guest lecturer, 18-734 Foundations of Privacy and Security of ML", the
   * title names the subject taught, no evidence (convention 239).
   */
  courseTeachers: z._default(Phrases, []),
  /**
   * Words inside a label or a heading that say others did the work listed under it ("Technologies delivered by my teams (I
   * don't build these):", "What the CISO organisation delivered", "Built by our engineering, not by me:", "Roles I've filled:",
   * "Lo que entregó la organización"): anywhere in the label before its colon, or in a heading line over a bracket or list
   * items; the list after it is no evidence.
   */
  othersWorkLabels: z._default(Phrases, []),
  /** A team's size right before a bracket of its members ("a team of four (two AI risk analysts, a privacy counsel)"): the roles in the bracket are other people's, no evidence. */
  teamOf: Phrases,
  /** Words right before a list of team names ("los equipos de", "les équipes": "los equipos de SOC, IAM, AppSec y Cloud Security"): each capitalised name of the list names a team, no skill (convention 39). */
  teamListBefore: z._default(Phrases, []),
  /** Words right after a list of team names ("teams": "the SOC, IAM, AppSec and Cloud Security teams"): the same. */
  teamListAfter: z._default(Phrases, []),
  /** Words of teams counted ("teams", "squads", "Teams", "équipes", "equipos"): after a count, a bracket right after them names the teams ("three teams (AppSec, security automation)"), no skill (convention 190). */
  teamCounted: z._default(Phrases, []),
  /**
   * Words of a certification's name ("Certified", "Associate", "Zertifikat"): a skill named on such a line of a
   * certifications section is the certificate's topic ("AWS Certified Cloud Practitioner"), no evidence of the skill.
   */
  certNameWords: Phrases,
  /**
   * Words that name a certificate only right before its capitalised title ("Google Cloud Professional Cloud Architect");
   * lower case after them they are ordinary words ("5+ years of GCP professional experience").
   */
  certNameBeforeTitle: z._default(Phrases, []),
});

/** Number words (`numbers.json`). */
export const NumbersLexiconSchema = z.strictObject({
  numbers: z._default(z.record(Phrase, z.number().check(z.gte(0), z.lte(1000))), {}),
  notNumbers: Phrases,
  /** Phrases meaning less than a year of use ("Less than 1 year"). */
  lessThanOne: Phrases,
  /** Words that add half a year to a number, after it ("two and a half years") or after its year word ("dos años y medio"). */
  halves: z._default(Phrases, []),
  /** Number phrases that count things ("a dozen", "une trentaine"): years only with a year word after them ("une dizaine d'années"). */
  counts: z._default(Phrases, []),
});

const DegreeEntrySchema = z.strictObject({
  level: DegreeLevelSchema,
  /** The field the degree names by itself (LL.M. → law). */
  field: z.optional(DegreeFieldSchema),
  /** Its level depends on the programme (a pre-Bologna "Ingeniero en" may be a master's): a framework level stated beside it decides. */
  levelVaries: z.optional(z.boolean()),
  /**
   * A professional title that the school awards as the degree ("Abogada", the Latin American law degree): a degree
   * only on a line of an education section; elsewhere, and in job ads, it is a job title.
   */
  titleOnlyInEducation: z.optional(z.boolean()),
  /** Abbreviations, matched with their case; every dot is optional. */
  abbreviations: Phrases,
  words: Phrases,
});

/** Degrees and their fields (`degrees.json`). */
export const DegreesLexiconSchema = z.strictObject({
  degrees: z._default(z.array(DegreeEntrySchema), []),
  /**
   * Fields, most specific first. `general`: a word of a broad field ("management", "gestion") that names it only when
   * the degree names no other field: "Management de la sécurité des SI" is a degree in cybersecurity. `head`: a word that
   * heads a compound it closes, so right after another field's name it names the field ("Information Technology Law" is law).
   */
  fields: z._default(
    z.array(
      z.strictObject({ field: DegreeFieldSchema, general: z.optional(z.boolean()), head: z.optional(z.boolean()), words: Phrases, abbreviations: Phrases }),
    ),
    [],
  ),
  /** Words that stand for several fields ("engineering", "STEM"). */
  fieldGroups: z._default(z.array(z.strictObject({ fields: z.array(DegreeFieldSchema).check(z.minLength(1)), words: Phrases, abbreviations: Phrases })), []),
  /** A level of a qualifications framework stated beside a degree ("EQF level 7", "MECES 3"): the degree is of that level. */
  levelStatements: z._default(z.partialRecord(DegreeLevelSchema, Phrases), {}),
  /** Parts of a degree line that name no field ("minor in", "GPA"). */
  notField: Phrases,
  /**
   * `notField` words that label a concentration ("Schwerpunkt", "especialidad"): the field named right after one is the
   * degree's when the degree names none of its own ("Diplôme d'ingénieur, Télécom Paris – Schwerpunkt: Informatik").
   */
  majorLabels: Phrases,
  /**
   * Labels of two majors of one degree opening the line under it ("Double major in", "Majors:", "double majeure en"): under a
   * degree whose name gives no field, each major named there is a field of it (convention 418).
   */
  doubleMajorLabels: z._default(Phrases, []),
  /**
   * Words that never end a degree's name ("of", "in", "de", "für"): a degree's line that ends on one is cut by a wrap, and its
   * name goes on with the line under it, whatever that line opens with ("Título de Ingeniero de" over "Software (BE, 4 años)").
   */
  nameGoesOn: z._default(Phrases, []),
  /**
   * Labels of the degree awarded before a colon ("Abschluss:", "Degree:", "Diplôme obtenu :", "Título:"): a degree right
   * after one is its line's degree however far into the line it stands ("Studium der Betriebswirtschaftslehre, Abschluss: Diplom-Kauffrau").
   */
  awardLabels: z._default(Phrases, []),
  /** A unit of a school that names a subject ("Faculty of", "Fakultät für", "Faculté d'", "Facultad de"): the subject after one is the field of a degree that names none. */
  facultyUnits: z._default(Phrases, []),
  /** School-leaving qualifications: no degree. */
  schoolLeaving: Phrases,
  /** A degree not yet held ("expected 2027", "pursuing"). */
  inProgress: Phrases,
  /** Words holding an `inProgress` phrase that say how a degree was studied, not that it is unfinished ("en cours d'emploi"). */
  notInProgress: Phrases,
  /** The degree's last requirement met ("thesis defended", "trabajo de grado sustentado"): held, whatever paperwork or ceremony is still pending. */
  requirementsMet: z._default(Phrases, []),
  /** A degree left unfinished, said in a sentence outside the education section that names it ("withdrew before the project"). */
  unfinished: Phrases,
  /**
   * What a programme is counted in ("modules", "credits", "ECTS"): a count of fewer done than it needs on a degree's
   * item ("4 of 8 modules", "60/180 credits") says the degree was left unfinished.
   */
  partialUnits: Phrases,
  /** Words on a degree's item that say its programme awards no degree ("lato sensu", "non-degree"): no degree held. */
  notAwarded: Phrases,
  /** Look-alikes that are no degree ("Scrum Master"). */
  notDegrees: Phrases,
  /** The work of a degree, named right after it ("M.Tech dissertation:", "MSc project on …"): the line speaks of that work, no degree; a capitalised word after it names a subject ("MSc Project Management"). */
  degreeWorks: Phrases,
  /** A degree that awards two, one per subject ("double degree", "Doble Grado"). */
  doubleDegrees: Phrases,
  /** Words that name a school. */
  institutions: Phrases,
  institutionAbbreviations: Phrases,
});

/** Clearance levels and status words (`clearances.json`). */
export const ClearancesLexiconSchema = z.strictObject({
  levels: z._default(z.partialRecord(ClearanceLevelSchema, z.strictObject({ words: Phrases, abbreviations: Phrases })), {}),
  /** Words one of which must stand near an abbreviation ("TS clearance"). */
  abbreviationNeeds: Phrases,
  /** Words that make a bare level word a clearance ("Secret" near "clearance"). */
  context: Phrases,
  /** Phrases where the level word is no clearance ("secret management"). */
  notClearance: Phrases,
  /**
   * A clearance named with no level ("a security clearance", "une habilitation", "eine Sicherheitsüberprüfung"): in a job ad,
   * one to be obtained is a condition all the same (`clearance-obtainable`, no level).
   */
  nouns: Phrases,
  /** Level words of several words that are everyday phrases too ("security check"): like a one-word level ("Secret"), they count only with a `context` word on their line or in a clearance section. */
  everydayLevels: Phrases,
  eligible: Phrases,
  /** Eligibility words only before the level they speak of ("sponsored for TS/SCI"), and only when no `active` word stands in its clause ("Sponsored for and granted TS/SCI, active"); after a level ("Held an active TS/SCI; sponsored for the CI polygraph") they speak of something else. */
  eligibleBefore: Phrases,
  /** Words that name who sponsors a clearance held now ("current sponsor: Acme", "sponsored by Acme"): no eligibility word, though `eligible` holds "sponsor". */
  heldSponsors: Phrases,
  /** Words right before a level that deny it is held ("Not SC-cleared", "kein Ü2"). */
  denied: Phrases,
  /** Words right after a level that deny it is held ("DV never held"). */
  deniedAfter: Phrases,
  /** Words that join two levels as alternatives ("sponsored for SC or DV"): the status of one is the other's. */
  alternatives: Phrases,
  /** Level words that name a pre-employment screening ("BPSS"): a job ad asks for its level; a résumé holding one states no clearance. */
  screenings: Phrases,
  lapsed: Phrases,
  /** A periodic review of the clearance ("periodic reinvestigation", "réinvestigation"): the words after it up to a delimiter speak of the review, so "réinvestigation terminée en 2023" ended no clearance. */
  reviews: Phrases,
  active: Phrases,
  polygraph: Phrases,
  /** A full-scope (lifestyle, expanded-scope) polygraph, as opposed to a counterintelligence one. */
  fullScopePolygraph: Phrases,
});

/** Years and experience measures (`measures.json`). */
export const MeasuresLexiconSchema = z.strictObject({
  yearWords: Phrases,
  /** Month words, for printed durations ("(2 years 11 months)", "3 yrs 2 mos"). */
  monthWords: Phrases,
  plusWords: Phrases,
  orMore: Phrases,
  /** Words allowed between "N years" and what they are about. */
  fillers: Phrases,
  /**
   * Endings of the adjectives that may stand before the skill a claim's years are of ("10 years in statutory and internal
   * financial audit", "5 Jahre operative Netzwerksicherheit"): a lowercase word of five letters or more so ending.
   */
  modifierEndings: z._default(Phrases, []),
  measures: z._default(z.partialRecord(ExperienceMeasureSchema, Phrases), {}),
  approximate: Phrases,
  /** Years named with no count ("for a few years", "seit einigen Jahren", "plusieurs années"): a count of its own in the next sentence ("We think 4+ is about right") gives them. */
  vagueYears: z._default(Phrases, []),
  upTo: Phrases,
  /** Words before "N years" that add them to another requirement ("an additional 4 years" in lieu of a degree): no minimum. */
  additional: Phrases,
  /** Words right before "N years" that make them a time, no length of experience ("within the last 5 years", "vor zwei Jahren", "il y a deux ans"). */
  timeBefore: Phrases,
  /** Words right after "N years" that make them a time, no length of experience ("two years ago"). */
  timeAfter: Phrases,
  /** Words between a job title and its "N years" ("ML engineer with 7 years", "Data scientist depuis 7 ans"): the years are in the title's field. */
  titledWith: Phrases,
  /** Words of an activity still going on before its length ("have been" in "you've been writing production software for at least five years"): the years are its length, in the field it names, else overall. */
  durationLeads: Phrases,
  /** Words right after "N years" that point back at the skill named before them in the sentence ("Python … 3-4 years of it", "3 Jahre damit"): the years are that skill's. */
  pointBack: z._default(Phrases, []),
  /** Words between "N years" and a job title after them ("8 years as a SOC analyst", "als", "como", "en tant que"): the years are in the title's field. */
  titledAs: Phrases,
  /** Words that open a job title inside a sentence ("I have been a machine learning engineer for 8 years", "as", "ein", "un"): a title read before the years starts after the last of them. */
  titleOpeners: z._default(Phrases, []),
  /** Words that open a place after a job title ("Security analyst in a 24x7 SOC with 2 years", "Analista en un SOC con"): the title ends before them. */
  titlePlaces: z._default(Phrases, []),
  /** Words right after "N years" that spread them over several fields ("17 years across audit, IT risk and …"): experience overall. */
  spanning: Phrases,
  /** Words after a claim's subject that go on to another field ("10 years in data protection, then AI governance", "puis", "dann", "luego"): the years span both, experience overall. */
  sequence: Phrases,
  /** Words that name what work is for ("building models for cyber defense", "für", "pour", "para"): a field named after them is the one served, not the work done. */
  purposes: Phrases,
  /** Words that open a relative clause after a claim ("eight years who moved into ML security", "qui", "que"): what the clause names is not the years' field. */
  relatives: z._default(Phrases, []),
  /** Words after a claim that take a part of its years for one field ("13 years, 11 of them in security", "davon", "dont"): the claim is experience overall. */
  ofThem: Phrases,
  /** Words right before a number that make it a rank, no count of years ("level 2", "tier 3", "nivel 2", "Stufe 2"): "3 years in a SOC (level 2 or above)" has no part of 2 years. */
  rankWords: z._default(Phrases, []),
  /** Experience named by the job itself ("specialized experience"): years in the field of the ad's title. */
  specialized: Phrases,
  /** Words whose object is what is secured ("securing", "security architecture for"): "securing AWS workloads" is the skill named "AWS security". */
  securing: Phrases,
  /** Teams and places where security work is done ("SOC", "CSIRT", "MSSP"): "2 years in a SOC" is security work, not the SOC's skill alone. */
  securitySettings: z._default(Phrases, []),
  /** Words of a job held in a field ("role", "position", "poste"): "4 years in a security architecture role" is work in the skill's field, not the skill alone. */
  roleHeads: z._default(Phrases, []),
  /** Nouns of things run or built that follow a field's name ("AI/ML systems", "Systeme"): a part of security years spent on them is security work on them, no years of that field. */
  systemNouns: z._default(Phrases, []),
  /** Words of work done by hand ("hands-on"): years "working hands-on with ML or LLM systems" are the systems' own work, no security work on them. */
  handsOn: z._default(Phrases, []),
  /** Words of attacking what follows ("attacking", "angreifen"): years attacking a thing of another field are security work on it, as securing it is. */
  attacking: z._default(Phrases, []),
  /** Words written before what is secured to name its security ("sécurité (du|des|)": "sécurité du cloud"). */
  securityBefore: Phrases,
  /** Words written after what is secured to name its security ("security": "cloud security", "LLM security"). */
  securityAfter: Phrases,
  /**
   * Words after the name of work in general that keep it general ("IT role", "backend engineer"; job words count too):
   * any other word makes the name a qualifier of something narrower ("technology risk", "IT audit").
   */
  generalHeads: Phrases,
  /**
   * Labels of the cells a skills list prints on a skill's line before its years ("Python - Nivel: Avanzado - Experiencia:
   * 5 años", "Level:", "Erfahrung:", "Expérience :"): the years after the last label are the skill's.
   */
  skillCellLabels: z._default(Phrases, []),
  /** A job ad's table header cell over a column of minimum years ("Min. yrs", "Jahre", "Années min."): a row's bare number there is its years. */
  yearsColumnHeaders: z._default(Phrases, []),
  /**
   * An application form's question of years, its answer after the question mark ("How many years of application security
   * experience do you have?   7", "Wie viele Jahre …?  5"): the number claims the years of what the question names.
   */
  yearsQuestions: z._default(Phrases, []),
  /**
   * A skill's level as a skills list prints it in the bracket before its years ("Python (Advanced, 6 years)", "Go
   * (Fortgeschritten, 3 Jahre)"): the years are the skill's claim.
   */
  skillLevels: z._default(Phrases, []),
});

/** Personal-data labels (`personal.json`). */
export const PersonalLexiconSchema = z.strictObject({
  contactLabels: Phrases,
  honorifics: Phrases,
  /** Headings of a list of referees ("References", "Referees"): their names, titles and contacts are other people's, no evidence. */
  refereeHeadings: Phrases,
});

/** Words text clean-up needs (`normalize.json`). */
export const NormalizeLexiconSchema = z.strictObject({
  /** Words that start real compounds, so "data-\npoisoning" keeps its hyphen. */
  compoundHeads: Phrases,
  pageWords: Phrases,
  ofWords: Phrases,
  documentWords: Phrases,
  /** Frequent function words, for telling the language. */
  stopwords: Phrases,
  /** Words that join a noun to the noun that qualifies it, head first ("audits de sécurité"): the head alone still names its skill. */
  nounJoiners: Phrases,
  /**
   * Adjectives of frequency written after a head noun, before its complement ("evaluación anual de riesgos", "revue
   * trimestrielle des accès"): right after an alias's first word, one is read past, as "annual" before an English
   * alias is (convention 366).
   */
  postposedModifiers: z._default(Phrases, []),
  /**
   * Nouns of a disposition that a skill's name qualifies, right after it ("mentoring mindset", "Mentoring-Mindset") or
   * before it with a noun joiner ("esprit de mentorat", "mentalidad de mentor"): the phrase names a trait, no work
   * (convention 434).
   */
  traitNouns: z._default(Phrases, []),
  /**
   * Articles and possessives that open a noun phrase ("the", "our", "die", "les", "las"): after an "and", a second noun
   * phrase, which a preposition of purpose before the first also governs ("evidence for the ISO 27001 certification and the
   * BaFin audits").
   */
  determiners: z._default(Phrases, []),
  /** Words no line ends with unless it was wrapped (articles, prepositions, conjunctions): the next line goes on its sentence. */
  lineGoesOn: Phrases,
  /** Abbreviations written with a full stop ("e.g.", "bzw.", "z.B."), lowercase, without the last dot: that dot ends no sentence. */
  dotAbbreviations: Phrases,
  /**
   * Words of the language that stem like an English word of another sense ("responsable", a lead, like "responsible";
   * "associés", associated, like "associate"): in a text of the language they match only an alias written with them.
   */
  falseFriends: z._default(Phrases, []),
  /**
   * Feminine endings written after a gender marker in inclusive forms ("in", "innen": "Auditor:innen", "Entwickler*innen",
   * "Berater/-innen"), lowercase: such a noun is one word, read as written without the marker ("Auditorinnen").
   */
  genderSuffixes: z._default(Phrases, []),
});

/** Job-ad vocabulary (`postings.json`). */
export const PostingsLexiconSchema = z.strictObject({
  headings: z.prefault(z.strictObject({ duty: Phrases, preferred: Phrases, required: Phrases, ignored: Phrases }), {}),
  preferred: Phrases,
  plusAtEnd: Phrases,
  mandatory: Phrases,
  notRequired: Phrases,
  requirementCues: Phrases,
  obtainable: Phrases,
  /** Words that take an `obtainable` cue back ("they can't sponsor", "no sponsorship"): the clearance is to be held already. */
  obtainableDenied: z._default(Phrases, []),
  activeClearance: Phrases,
  examples: Phrases,
  employerWords: Phrases,
  /** A recruiter's or the ad's word for the employer as a sentence's subject ("My client is a defence contractor building …", "Unser Kunde ist …"): before a company verb, the sentence describes the employer. */
  clientSubjects: z._default(Phrases, []),
  /** A job board's button word ("Save", "Apply for", "Merken", "Sauvegarder", "Guardar") before the ad's title on a line of the page ("Save AI Security Engineer at Tessellate"): the line repeats the title and asks nothing. */
  boardButtons: z._default(Phrases, []),
  /**
   * Words that say what their sentence names is not asked ("not required", "no cloud experience is needed", "you don't
   * need to know", "nicht erforderlich", "pas besoin de", "no es necesario"): in a sentence with no wish word, the skills
   * and certifications of its clauses that ask for nothing themselves are not asked (a "not essential" or "nicht
   * zwingend" beside a wish stays a wish, `notRequired`).
   */
  notAsked: z._default(Phrases, []),
  /**
   * Words after a `notAsked` cue that keep its sentence asking: a turn to what is asked ("you don't need to code, but you
   * should …") or a cue said only of qualifying ("not required to qualify; applicants who demonstrate it may be ranked higher"), a wish.
   */
  notAskedTurns: z._default(Phrases, []),
  /**
   * A job board's buttons as a line of their own ("Apply for this job", "Easy Apply   Save", "Jetzt bewerben", "Postuler",
   * "Inscribirme en esta oferta"), alone or several in a row split by spaces, "|" or "·": the page's chrome, no heading,
   * so the section the ad is in goes on past it.
   */
  buttonLines: z._default(Phrases, []),
  /**
   * A preposition before the employer's name that opens a paragraph of the ad's opening prose ("At", "Chez", "Bei",
   * "En"): with the employer's pronoun or a verb of `employerVerbEndings` right after the name ("At Kestrel we build …",
   * "Bei Helvion bauen wir …", "En Nortia construimos …"), the paragraph describes the employer up to a sentence that
   * names the hire or the hiring: no finding.
   */
  companyLeads: z._default(Phrases, []),
  /** Endings of a verb whose subject is the employer, where the language drops the pronoun ("-mos": "construimos"). */
  employerVerbEndings: z._default(Phrases, []),
  /** The employer offers to teach ("we happily train", "nous formons volontiers", "wir schulen", "te formamos"): the skills after it in its clause are not asked. */
  trainingOffered: z._default(Phrases, []),
  /** Words that say what the ad just named is not asked of the hire ("but they are happy to teach those on the job", "You won't be expected to run any of it", "Sie müssen das aber nicht selbst können"): the skills before them in their sentence, and in the sentence before when they open theirs, are not asked. */
  taughtBack: z._default(Phrases, []),
  /** A must denied ("Kein Muss", "not a must", "pas obligatoire", "no es imprescindible"): before words of `taughtBack`, no wish that keeps what is taught a wish (convention 342). */
  negatedMusts: z._default(Phrases, []),
  /** Another team named by what it does, in a relative clause ("the team that builds and runs", "the data science squad who train", "l'équipe qui entraîne", "el equipo que entrena"): outside a list item, the skills from there to the sentence's end are that team's work, not asked of the hire (convention 344). */
  teamRelatives: z._default(Phrases, []),
  /**
   * Another team doing the work itself, as the subject of a verb of work ("the Data Engineering team owns", "GRC runs")
   * or the doer of a passive ("trained in PyTorch by the Research group", "von unserem Data-Science-Team", "par
   * l'équipe Recherche"): with a capitalised name beside it, the skills of its clause are that team's, not asked of the
   * hire (convention 450).
   */
  teamAgents: z._default(Phrases, []),
  /** Words of joining a team ("join", "rejoindre", "verstärken", "unirte"): a team right after one, in the same clause, is the hire's own, whose work is asked. */
  joinWords: z._default(Phrases, []),
  /** A reassurance that opens a sentence after a question ("Never done a pentest? No problem: …", "Aucun souci", "Kein Problem", "No pasa nada"): the question's skills are not asked. */
  reassurances: z._default(Phrases, []),
  /** The employer's stack opening a sentence, a bracket or a heading ("Our stack: …", "Notre stack : …", "(our stack today: …)"): the tools it lists are the company's, not asked. */
  companyStacks: z._default(Phrases, []),
  /** Words that name a skill and say it is not needed ("prior Go is not needed", `*` standing for the skill): the skills inside them are not asked. */
  notNeeded: z._default(Phrases, []),
  /** Words before an employer word in its clause that make the hire its subject ("Later you'll hire the next two people"): hiring is then the hire's own work, as under a duties heading. */
  hireSubjects: z._default(Phrases, []),
  titleLabels: Phrases,
  conditions: z._default(z.record(z.string().check(z.minLength(1)), Phrases), {}),
  /** Words of a sentence that lists protected characteristics ("without regard to … citizenship"): it states no condition. */
  notConditions: z._default(Phrases, []),
  /** The conditions a sentence of its own may state on a line that lists protected characteristics ("… All candidates must pass a drug screen"). */
  conditionsBesideLegal: z._default(Phrases, []),
  /** By condition, words that take it back on their line: "Travel: None" asks for no travel; "citizens or permanent residents" is no citizenship rule. */
  conditionExceptions: z._default(z.record(z.string().check(z.minLength(1)), Phrases), {}),
  /**
   * Labels of an ad's place of work ("Location:", "Job Location:", "Standort:", "Lieu :", "Ubicación:"), before a colon
   * or alone on a line over the places: the places they give, with no word of remote work, fix where the work is.
   */
  locationLabels: z._default(Phrases, []),
  /** Words of remote work in a location's value ("Remote (United States)", "Anywhere in the U.S."): the value fixes no place. */
  remoteWords: z._default(Phrases, []),
  /** Words that classify a heading the lists above miss ("Qualifications, capabilities and skills we require"). */
  headingCues: z.prefault(z.strictObject({ duty: Phrases, preferred: Phrases, required: Phrases, ignored: Phrases }), {}),
  /** Heading words that make what follows hard ("Minimum qualifications", "Must-haves"). */
  hardHeadings: Phrases,
  /** A degree named without its level ("a degree in Computer Science", "university degree"): a bachelor's, when no level is named. */
  unqualifiedDegrees: Phrases,
  /** Words that say experience cannot replace what is named ("cannot be substituted"): no equivalence. */
  notEquivalent: Phrases,
  /** Words that may follow a bare degree abbreviation in a job ad ("MS in", "BS or"), so "MS Office" is no degree. */
  degreeFollowers: Phrases,
  /** "or equivalent experience": experience can replace the degree. */
  degreeEquivalent: Phrases,
  /** Words that let experience stand in for a certification ("or equivalent demonstrable experience"): the certification is no must. */
  experienceReplaces: Phrases,
  /** Words right before a degree that offer it with the job ("Möglichkeit zur Promotion", "opportunity to pursue a PhD"): no requirement. */
  degreeOffered: Phrases,
  /** Words before a degree that say it is not asked for ("We don't have a degree requirement", "No exigimos titulación"): no requirement. */
  degreeWaived: z._default(Phrases, []),
  /** Words that say the employer asks for no number of years ("We don't screen on years", "Berufsjahre zählen für uns nicht"): no years in their paragraph are a minimum. */
  yearsWaived: z._default(Phrases, []),
  /** Words before a degree that ask for it completed ("Abgeschlossenes Studium"): a must in the required tier, unless experience can replace it. */
  degreeCompleted: Phrases,
  /** Labels of metadata lines ("Location:", "Salary:") that neither open a section nor state a requirement. */
  metadataLabels: Phrases,
  /**
   * Labels of metadata lines that state the job's level ("Level:", "Seniority:", "Karrierestufe:"): years in the value
   * ("Senior Manager (8+ years)") are experience overall, the least of a range.
   */
  levelLabels: z._default(Phrases, []),
  /** A table cell that is only one of these ("Asset", "Nice to have", "Wünschenswert", "Atout") makes its row a wish: preferred. */
  preferredCells: z._default(Phrases, []),
  /** Phrases of company blurbs, benefits, EEO and privacy text: such a sentence is no requirement wherever it stands. */
  boilerplate: Phrases,
  /**
   * Phrases of data protection that name a topic of the work as well as a privacy notice ("personal data", "data
   * protection", "données personnelles"): a sentence with one is boilerplate in the opening and ignored text, and in the
   * job's own sections (duties, requirements, wishes) only when it also addresses the applicant (`noticeAddressees`), so
   * "a good grasp of Singapore's PDPA and data protection impact assessments … are all essential" asks for privacy work.
   */
  noticeTopics: z._default(Phrases, []),
  /**
   * Words that open the reason for what a requirement asks ("because", "weil", "parce que", "porque"): the skills named
   * from one up to the next comma say why ("… is important to us, because privacy and AI governance questions almost
   * always arrive together") and are not asked.
   */
  reasonLeads: z._default(Phrases, []),
  /** Words of a privacy notice that address the applicant ("your personal", "by applying", "Ihre Bewerbung", "en postulant"): see `noticeTopics`. */
  noticeAddressees: z._default(Phrases, []),
  /** "or" between alternatives ("Python or Go": one of them). */
  orWords: Phrases,
  /** Words that open a choice among what follows up to the end of the statement ("either", "at least one of"): its skills are alternatives. */
  alternativesLeads: z._default(Phrases, []),
  /**
   * A must word said of a thing the ad names, not of what it asks ("proposals for mandatory guardrails", "la formation
   * obligatoire"): no must.
   */
  mandatoryNouns: z._default(Phrases, []),
  /**
   * A wish word said of the business, not of what the ad asks ("turn compliance into an advantage", "un avantage
   * concurrentiel", "en faire un atout"): no wish.
   */
  preferredNouns: z._default(Phrases, []),
  // "last year", "letztes Jahr": a year word of a point in time, no length of experience asked for.
  yearReferences: z._default(Phrases, []),
  /** A must word before a count of things, no years ("at least one cloud provider", "mindestens einem"): it counts alternatives and asks for no must. */
  countLeads: z._default(Phrases, []),
  /** Words that open a bracket widening what precedes it ("(any flavour - appsec, cloud)"): the skills in it are kinds, not requirements. */
  wideningLeads: z._default(Phrases, []),
  /** "and" between list items. */
  andWords: Phrases,
  /** Words that open a range of years said with an "and" word ("between 3 and 5 years"): its lower end is the minimum. */
  rangeOpeners: z._default(Phrases, []),
  /** Headings of a job board's tag widget ("Key Skills"): a line of bare tags under one repeats the ad and states no tier. */
  tagHeadings: Phrases,
  /** Words after the count of tags a job board's widget hides ("Skills: Python, Kubernetes, +6 more", "+3 weitere"): such a line is the widget's, and states no tier. */
  moreTagsWords: z._default(Phrases, []),
  /** Headings of the conditions the hire must meet once selected ("Conditions of employment"): a clearance named there bare is obtained after selection. */
  employmentConditionHeadings: z._default(Phrases, []),
  /** Words of a footnote that defines a starred word ("*Significant experience is defined as …"): the years it states are that word's. */
  footnoteDefinitions: z._default(Phrases, []),
  /**
   * Headings that name only a kind of requirement ("Education:", "Experience:", "Certification:"): under a preferred
   * heading ("Asset qualifications") they divide its lines and keep its tier.
   */
  subHeadings: z._default(Phrases, []),
  /** Words after a skill in a parenthesis that follows a list ("AWS or Azure (GCP also fine)"): one more alternative. */
  alsoAlternative: Phrases,
  /** Words of degree right after an "or" between two skills ("SQL or a little Python", "Python ou un peu de Go"): the list stays one of alternatives. */
  orQualifiers: Phrases,
  /** Words right after an "or" word that offer a fallback ("GCP, or, failing that, AWS", "GCP ou, à défaut, AWS"): still one choice. */
  orFallbacks: Phrases,
  /** Words of a clause that accepts its one skill in place of one asked just before ("if your background is on GCP instead, that's fine"). */
  insteadAlternatives: z._default(Phrases, []),
  /** Words that open a parenthesis right after a skill and accept the skills inside it too ("AWS (we also accept Azure or GCP)", "AWS (también valoramos Azure o GCP)"): more alternatives. */
  alsoAlternativeLeads: z._default(Phrases, []),
  /**
   * Words that accept the other options of a choice ("acceptable", "also fine", "accepté", "aceptado", "akzeptiert"): a
   * parenthesis that prefers one option and accepts others ("(Azure preferred; AWS or GCP acceptable)", "(PyTorch de
   * préférence, TensorFlow accepté)") ranks the choices and softens none of them.
   */
  acceptedChoices: z._default(Phrases, []),
  /**
   * Words that open another route to the degree asked, through a lower degree ("Alternatively, a bachelor's degree with
   * 4 years", "À défaut, un Bac+3 …", "o bien un grado con …"): the years that route asks are no minimum of the role.
   */
  degreeRouteLeads: z._default(Phrases, []),
  /** Words of a route with no degree ("in lieu of a degree", "à défaut de diplôme"): the years it asks are no minimum either. */
  noDegreeRoutes: z._default(Phrases, []),
  /**
   * Words that open a paragraph's requirements at the start of a sentence ("We need someone who …", "The ideal
   * candidate …"): under duties, that sentence and the rest of its paragraph are required.
   */
  requirementLeads: z._default(Phrases, []),
  /**
   * Words that open a paragraph's wishes at the start of a sentence ("Things we would love but will not insist on:",
   * "Idealerweise …"): in prose before any heading or under duties or requirements, that sentence and the rest of its
   * paragraph are preferred.
   */
  preferredLeads: z._default(Phrases, []),
  /**
   * Words that open a sentence of prose on what the job involves ("Day to day you'd be …", "Au quotidien, vous …"): under a
   * requirements or wishes heading, that sentence and the rest of its line are duties.
   */
  dutyLeads: z._default(Phrases, []),
  /**
   * Words that open an item of a duties list which states what the candidate must have ("Strong in Python and SQL",
   * "Hands-on experience with MLflow is mandatory", "Fundierte Kenntnisse in …"): a list that mixes both keeps such an
   * item required.
   */
  requirementItems: z._default(Phrases, []),
  /**
   * Headings that open a job board's whole description ("About the job" on LinkedIn): no section of their own, the text
   * under them is read as an ad's opening text is.
   */
  wrapperHeadings: z._default(Phrases, []),
  /**
   * Words of a requirements heading that only invites ("You'll thrive if"): the ad's requirements, with no must, when no
   * requirements heading came before it, its wishes after one ("What you need" … "You'll thrive if"). See convention 70.
   */
  softRequirementHeadings: z._default(Phrases, []),
  /** Words right after a requirement lead that make it say what the job does ("you will need to work closely with …"): no lead. */
  dutyAfterLeads: z._default(Phrases, []),
  /** Words that hedge a sentence's demands ("You probably have at least five years …"): nothing in it is a must. */
  hedges: z._default(Phrases, []),
  /**
   * Words that say the requirements are no knock-out ("If you don't tick every box above, we'd still like to hear from
   * you"): the years, degrees, certifications and skills asked before them are not hard.
   */
  notKnockOuts: z._default(Phrases, []),
  /**
   * Words that name the parties a duty is done with ("partner with", "working closely with", "in Abstimmung mit"): a
   * skill's name that is a whole item of the list after one, or the name of a unit of `partnerHeads`, is a party
   * ("Partner with Model Risk Management, Legal and product leadership"), no skill asked for.
   */
  partnerLeads: z._default(Phrases, []),
  /** Words that end the parties and say what is done with them ("on", "to", "für"): a list with one names the work, which counts. */
  partnerListEnds: z._default(Phrases, []),
  /**
   * Words that close the parties and open the object of the duty done with them, in a language that puts the verb last
   * ("gemeinsam mit Compliance und Datenschutz die Anforderungen …": "die"): the list ends before one.
   */
  partnerListStops: z._default(Phrases, []),
  /** Words that name a party of such a list ("Legal", "provider", "board", "Gremium"): the list is one of parties only when it holds one. */
  partnerHeads: z._default(Phrases, []),
  /** Words right after security work that make the ML systems after them its object ("threat modeling of ML pipelines"). */
  securedObjectWords: z._default(Phrases, []),
  /** The nouns for experience that may follow the skill they are of ("people management experience leading …"). */
  experienceNouns: z._default(Phrases, []),
  /** Nouns of subject matter that may open the subject of years ("2 years on AI topics"): what the work was about, not its field. */
  topicNouns: z._default(Phrases, []),
  /**
   * Words that end what security work is on, for other work to follow ("threat modeling for web apps, plus hands-on
   * machine learning", "… with training PyTorch models").
   */
  securedObjectEnds: z._default(Phrases, []),
  /** Words that qualify what is secured and count as none of its words ("end to end", "de bout en bout", "durchgängig", "de extremo a extremo"): "Harden our ML pipelines end to end, from feature ingestion to model training" secures all of it. */
  securedObjectQualifiers: z._default(Phrases, []),
  /** Words of deploying or operating models ("deploying", "desplegando", "exploitation", "Betrieb"): the ML field after them in a years statement is what the years are spent on. */
  modelOperatingWords: z._default(Phrases, []),
  /** Words of developing or training models ("developing", "entrenando", "conception", "Entwicklung"): years of such work ask for the ML field itself. */
  modelDevelopingWords: z._default(Phrases, []),
  /** Words for a model ("models", "modelos", "Modellen"): an ML field right beside one names the models the years deploy or operate. */
  modelWords: z._default(Phrases, []),
  /** Words of a discipline or a role right after an ML field ("ML engineering", "MLOps roles", "ML-Engineering"): years in it are the field's measure, no ask for the skill. */
  fieldWorkWords: z._default(Phrases, []),
  /**
   * Verbs of building and automating ("build", "write", "automate", "entwickeln", "développer", "desarrollar"): in the
   * duties of a security job, an alias meant for security work only counts a few words after one ("Build tooling that …").
   */
  toolBuildingWords: z._default(Phrases, []),
  /**
   * Nouns of reviewing work ("review", "revue", "revisión"): in the duties of a security job, an alias meant for security
   * work only that names one ("architecture reviews for new services") is the hire's security review.
   */
  reviewWorkNouns: z._default(Phrases, []),
  /** The employer's own pronouns ("we", "our", "wir", "nous"): a duty sentence that opens with one tells of the employer, not the hire. */
  employerPronouns: z._default(Phrases, []),
  /**
   * A range's first and last word, space-separated ("from to"): "…, from data ingestion to model deployment" after
   * what security work is on names its stages, still what is secured.
   */
  securedObjectRanges: z._default(Phrases, []),
  /**
   * Words that end the subject of a years statement, after a space ("including", "such as", "where", "of which"):
   * "5 years of cloud security experience, including …" asks for cloud security; marks end it too.
   */
  subjectEnds: z._default(Phrases, []),
  /** Words right after an "and"/"or" that follows a comma and open a statement of its own (", and have led a team"): no item of a years statement's subject. */
  predicateOpeners: z._default(Phrases, []),
  /** Words of an item that only points back at the others of its list ("or a related field", "or similar"). */
  relatedItems: z._default(Phrases, []),
});

/** Every kind of lexicon file, by file name. */
export const LEXICON_KINDS = {
  sections: SectionsLexiconSchema,
  dates: DatesLexiconSchema,
  work: WorkLexiconSchema,
  cues: CuesLexiconSchema,
  numbers: NumbersLexiconSchema,
  degrees: DegreesLexiconSchema,
  clearances: ClearancesLexiconSchema,
  measures: MeasuresLexiconSchema,
  personal: PersonalLexiconSchema,
  normalize: NormalizeLexiconSchema,
  postings: PostingsLexiconSchema,
} as const;

/** The lexicon of one language: every kind, each validated (missing kinds are empty). */
export const LanguageLexiconSchema = z.strictObject({
  sections: z.prefault(SectionsLexiconSchema, {}),
  dates: z.prefault(DatesLexiconSchema, {}),
  work: z.prefault(WorkLexiconSchema, {}),
  cues: z.prefault(CuesLexiconSchema, {}),
  numbers: z.prefault(NumbersLexiconSchema, {}),
  degrees: z.prefault(DegreesLexiconSchema, {}),
  clearances: z.prefault(ClearancesLexiconSchema, {}),
  measures: z.prefault(MeasuresLexiconSchema, {}),
  personal: z.prefault(PersonalLexiconSchema, {}),
  normalize: z.prefault(NormalizeLexiconSchema, {}),
  postings: z.prefault(PostingsLexiconSchema, {}),
});

/**
 * `data/lexicon/other-languages.json`: what tells a language rolefit has no lexicon for, so that such a text is
 * reported (`UNSUPPORTED_LANGUAGE`) rather than read as the closest bundled one: function words of Latin-script
 * languages, and the language each non-Latin script stands for.
 */
export const OtherLanguagesSchema = z.strictObject({
  /** ISO 639-1 code → its most frequent function words and résumé words, lowercase. */
  functionWords: z.record(z.string().check(z.regex(/^[a-z]{2,3}$/u)), Phrases),
  /**
   * ISO 639-3 code → ISO 639-1 code, for the codes franc-min returns (`rolefit/node`); a code not listed is reported
   * as it is.
   */
  iso6393: z._default(z.record(z.string().check(z.regex(/^[a-z]{3}$/u)), z.string().check(z.regex(/^[a-z]{2}$/u))), {}),
  /** Unicode script name (as in `\p{Script=…}`) → ISO 639-1 code of the language it most often writes. */
  scripts: z.record(z.string().check(z.regex(/^[A-Z][a-z]+$/u)), z.string().check(z.regex(/^[a-z]{2,3}$/u))),
});

export type OtherLanguages = z.output<typeof OtherLanguagesSchema>;
export type LexiconKind = keyof typeof LEXICON_KINDS;
export type LanguageLexicon = z.output<typeof LanguageLexiconSchema>;
