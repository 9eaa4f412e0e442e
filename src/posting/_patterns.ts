import type { ClearanceLevel, DegreeField, DegreeLevel, ExperienceMeasure } from '../schemas';

// Job-ad text is untrusted: every pattern here uses bounded quantifiers and no nested repetition.

/** Headings of a job ad, by the part of the ad they open (tested on a heading line without `#`, `*` or `:`). */
export const SECTION_HEADINGS = {
  /** Duties: skills named here count as required, with a lower weight. */
  responsibilities:
    /^(?:(?:key |main |primary |core )?responsibilities|duties(?: and responsibilities)?|major duties|what you(?:'|’)ll do|what you will do|what you(?:'|’)ll be doing|the role|about the role|your role|role description|job description|in this role(?:,? you will)?|day[\s-]to[\s-]day|the job|the work|you will|your mission|what the job involves)$/i,
  /** Nice-to-haves. */
  preferred:
    /^(?:preferred(?: qualifications| skills| experience| requirements)?|nice[\s-]to[\s-]haves?|bonus(?: points)?|pluses|desired(?: skills| qualifications| experience)?|desirable(?: skills| qualifications| criteria)?|good to have|additional (?:preferred )?qualifications|extra credit|it(?:'|’)s a plus if you have|even better if you have|bonus if you have)$/i,
  /** Requirements. */
  required:
    /^(?:(?:basic |minimum |required |essential |key )?(?:qualifications|requirements)|required(?: skills| experience)?|must[\s-]haves?|what you(?:'|’)ll need|what you need|what we(?:'|’)re looking for|what we look for|who you are|you have|you bring|what you bring|about you|your profile|(?:required )?skills(?: and| &) (?:experience|qualifications)|essential (?:skills|criteria)|knowledge, skills(?:,? and abilities)?|conditions of employment|education(?: requirements?)?)$/i,
  /** Parts of the ad that say nothing about the candidate: company blurb, pay, benefits, legal text. */
  ignored:
    /^(?:about (?:us|the company|the team|[A-Z][\w&.' -]{0,40})|who we are|our (?:company|mission|values|team)|benefits|perks(?: and benefits)?|compensation(?: and benefits)?|salary|pay(?: range)?|what we offer|why (?:join us|work here)|equal (?:employment )?opportunity(?: employer)?|eeo(?: statement)?|how to apply|location|working here|diversity(?:,? equity)?(?: and inclusion)?)$/i,
} as const;

/** A label with content on the same line: "Requirements: 5+ years of Python". */
export const INLINE_HEADING = /^([A-Za-z][A-Za-z'’ ,&/-]{1,48}):\s{1,4}(\S.{0,2000})$/;
/** An explicit title line: "Job title: AI Security Engineer". */
export const TITLE_LINE = /^(?:job title|title|position(?: title)?|role|job)\s{0,2}:\s{0,4}(\S.{0,150})$/i;
/** A sentence end inside a paragraph: the space after `.`, `!` or `?` before a capital or an opening bracket. */
export const SENTENCE_BREAK = /(?<=[a-z0-9)\]"'’%][.!?])\s{1,3}(?=[A-Z(“"])/g;

/** Phrases that make a requirement a nice-to-have. */
export const PREFERRED =
  /\b(?:(?:is|are|would be|will be) (?:a )?(?:big |huge |strong |definite )?(?:plus|bonus|advantage)|a (?:big |huge |strong |definite )?plus|(?:plus|bonus)(?=[.!)]{0,2}$)|bonus points|preferred|preferably|nice[\s-]to[\s-]have|desirable|desired|ideally|would be (?:great|nice|beneficial|helpful)|advantageous|not required|beneficial|helpful)\b/i;
/** Words that make a statement mandatory (hard, when the kind allows it). */
export const MANDATORY = /\b(?:required|requires|must|mandatory|minimum of|is essential|are essential)\b/i;
/** "Not required" is the opposite of mandatory. */
export const NOT_REQUIRED = /\bnot (?:required|mandatory|necessary)\b/i;
/** Cues in an unheaded paragraph that it states a requirement rather than a duty. */
export const REQUIREMENT_CUE =
  /\b(?:you have|you(?:'|’)ve|you bring|we(?:'|’)re looking for|looking for someone|candidates? (?:should|must|will) have|experience (?:with|in)|proficien(?:t|cy)|knowledge of|familiar(?:ity)? with|understanding of|required|must|years?)\b/i;

/** "5+ years", "3-5 years", "five (5) years", "at least two years", "7 or more yrs": group 1 is the lower bound. */
export const YEARS =
  /\b(\d{1,2}|[a-z]{3,9})(?:\s{0,2}\(\d{1,2}\+?\))?(?:\s{0,2}\+|\s{0,2}(?:-|–|to)\s{0,2}(?:\d{1,2}|[a-z]{3,9}))?(?:\s{1,2}or more)?\s{1,3}(?:\+\s{1,2})?(?:years?|yrs?)(?:'|’)?(?![\w-])/gi;
/** Words between "N years" and what they are about: "of professional experience in", "with", "building". */
export const YEARS_FILLER =
  /^\s{0,3}(?:of\s{1,3})?(?:(?:professional|hands-on|relevant|industry|practical|progressive|direct|demonstrated|proven|recent|related|full-time|technical|work)\s{1,3}){0,2}(?:(?:work\s{1,3})?experience\s{1,3})?(?:(?:in|with|using|of|doing|building|writing|developing|working with|working in|as an?|as)\s{1,3})?/i;
/** Where the subject of "N years of …" ends. */
export const YEARS_OBJECT_END = /[,;:(.]|\s(?:including|such as|preferably|ideally|where|who|that|within|across)\b/i;
/** A skill named right before its years: "Python (3+ years)", "Kubernetes: 2 years". */
export const YEARS_AFTER_SKILL = /^\s{0,3}[(:–—-]?\s{0,3}(?:at least|minimum|min\.?)?\s{0,2}$/i;
/** Words allowed between the start of a years subject and the skill it names: "a SOC environment". */
export const YEARS_SUBJECT_LEAD = /^(?:(?:an?|the)\s{1,3})?(?:[\w-]{1,20}\s{1,3})?$/i;
/** Broad experience measures named after "N years of …", checked in order. */
export const MEASURES: ReadonlyArray<[ExperienceMeasure, RegExp]> = [
  [
    'securityYears',
    /^(?:[\w/-]{1,20}\s{1,3}){0,4}?(?:cyber\s?security|information security|infosec|security|offensive|defensive|soc|incident response|threat)\b/i,
  ],
  ['mlYears', /^(?:[\w/-]{1,20}\s{1,3}){0,4}?(?:machine learning|ml|ai\/ml|ai|data science|deep learning|mlops)\b/i],
];

/** Degree levels by name: abbreviations are case-sensitive and need a degree-like follower ("MS in", "BS/MS"). */
export const DEGREES: ReadonlyArray<[DegreeLevel, RegExp, RegExp]> = [
  ['doctorate', /\b(?:Ph\.?\s?D\.?|D\.?Sc\.?)(?![\w])/, /\b(?:doctoral degree|doctorate)\b/i],
  [
    'master',
    /\b(?:MS|M\.S\.|MSc|M\.Sc\.|MEng|MBA|MPP|MPA)(?=\s{0,2}\/|\s(?:in|or|and|degree|preferred|required)\b|[,;]|\.?$|\s{0,2}\))/,
    /\bmaster(?:'|’)?s\b|\bmaster of\b|\bgraduate degree\b/i,
  ],
  [
    'bachelor',
    /\b(?:BS|B\.S\.|BA|B\.A\.|BSc|B\.Sc\.|BEng|B\.E\.|BSEE)(?=\s{0,2}\/|\s(?:in|or|and|degree|preferred|required)\b|[,;]|\.?$|\s{0,2}\))/,
    /\bbachelor(?:'|’)?s\b|\bbachelor of\b|\bundergraduate degree\b|\b(?:4|four)[\s-]year degree\b|\bcollege degree\b/i,
  ],
  ['associate', /\bAAS?(?=\s(?:in|degree)\b)/, /\bassociate(?:'|’)?s degree\b|\bassociate degree\b/i],
];
/** "or equivalent experience": a degree that experience can replace. */
export const DEGREE_EQUIVALENT =
  /\bor (?:an? )?equivalent\b|\bequivalent (?:practical |work |professional |military )?(?:experience|combination)\b|\bor (?:related|relevant) (?:work )?experience\b|\bin lieu of\b|\bsubstitut(?:e|es|ed|ion)\b/i;
/** Degree fields named after the degree, most specific first. */
export const DEGREE_FIELD_PATTERNS: ReadonlyArray<[readonly DegreeField[], RegExp]> = [
  [['computer-engineering'], /\bcomputer engineering\b/i],
  [['software-engineering'], /\bsoftware engineering\b/i],
  [['electrical-engineering'], /\belectrical(?: and computer)? engineering\b|\bEE\b/i],
  [['cybersecurity'], /\b(?:cyber\s?security|information security|information assurance|cyber operations)\b/i],
  [['data-science'], /\bdata science\b/i],
  [['information-systems'], /\b(?:information systems|information technology|MIS)\b/i],
  [['computer-science'], /\b(?:computer science|CS)\b/i],
  [['statistics'], /\bstatistics\b/i],
  [['mathematics'], /\b(?:mathematics|math|applied math)\b/i],
  [['physics'], /\bphysics\b/i],
  [['law'], /\b(?:law|JD|legal studies)\b/i],
  [['public-policy'], /\b(?:public policy|public administration|political science)\b/i],
  [['business'], /\b(?:business|management|finance|economics)\b/i],
  [['computer-engineering', 'electrical-engineering', 'software-engineering'], /\bengineering\b/i],
  [
    ['computer-science', 'computer-engineering', 'electrical-engineering', 'software-engineering', 'mathematics', 'statistics', 'physics', 'data-science'],
    /\bSTEM\b/,
  ],
];

/** Clearance levels, highest first; each found span is blanked before the next level is tried. */
export const CLEARANCES: ReadonlyArray<[ClearanceLevel, RegExp]> = [
  ['ts-sci', /\b(?:TS\s?\/\s?SCI|Top[\s-]Secret\s?\/\s?SCI|TS[\s-]SCI)\b/gi],
  ['top-secret', /\bTop[\s-]Secret\b|\bTS\b(?=\s(?:clearance|security clearance))/gi],
  ['secret', /\bSecret\b/g],
  ['public-trust', /\bPublic[\s-]Trust\b/gi],
];
/** A clause that is about a security clearance at all. */
export const CLEARANCE_CONTEXT = /\b(?:clearance|cleared|TS\s?\/\s?SCI|polygraph|public trust)\b/i;
/** A clearance or certification the candidate may still get: never hard. */
export const OBTAINABLE =
  /\b(?:able to obtain|ability to obtain|eligib(?:le|ility)|willing(?:ness)? to (?:obtain|get|earn)|obtain(?:ed)? within|within \d{1,2} (?:months|days) of (?:hire|start)|obtainable|clearable|sponsor(?:ship)?|able to (?:get|earn)|capable of obtaining)\b/i;
/** An active clearance. */
export const ACTIVE_CLEARANCE = /\b(?:active|current|existing|currently hold|must (?:hold|have|possess))\b/i;
