import type { ClearanceLevel, DegreeField, DegreeLevel, ExperienceMeasure, Skill } from '../schemas';
import { CLEARANCE_LEVELS, DEGREE_LEVELS } from '../schemas';
import { type ClearanceMention, clearanceMentions } from '../text/clearances';
import { type DegreeMention, degreeMentions, fieldsIn } from '../text/degrees';
import type { Mention } from '../text/mentions';
import { fold, once, unicodeRegex, unicodeLiteral } from '../text/phrases';
import { anyIn, indexFrom, itemsIn, largest } from '../text/sorted';
import { measureAfter, phraseYears, qualifiesOther, readNumber, type YearsWords, yearsLabelValue, yearsPhrases } from '../text/years';
import { type Clause, stripMarks, wishedYearsTail } from './_structure';
import type { PostingWords } from './_words';

/** A word or text that opens with a capital. */
const CAPITAL_FIRST = unicodeRegex`^\p{Lu}`;

/** One thing a clause asks for, before findings of the same requirement are merged. */
export type Finding =
  | (FindingBase & { kind: 'skill'; skills: string[]; minYears?: number; yearsHard?: boolean; examples: boolean })
  | (FindingBase & { kind: 'experience'; measure: ExperienceMeasure; minYears: number })
  | (FindingBase & { kind: 'degree'; minLevel: DegreeLevel; fields: DegreeField[]; equivalent: boolean })
  | (FindingBase & { kind: 'certification'; anyOf: string[]; written: string[] })
  | (FindingBase & { kind: 'clearance'; minLevel: ClearanceLevel | undefined; active: boolean; polygraph: boolean; fullScope: boolean })
  | (FindingBase & { kind: 'note'; condition: string; level?: ClearanceLevel | undefined; polygraph?: boolean });

interface FindingBase {
  clause: Clause;
  hard: boolean;
}

export interface YearsStatement {
  years: number;
  skills?: string[];
  measure?: ExperienceMeasure;
  /** Said as a guide in an aside ("– typically 8+ years –"): no must. */
  guide?: boolean;
  /** The list of fields the years are over ("in consulting, risk, audit or compliance"), in absolute offsets. */
  over?: { start: number; end: number };
}

/** How far after an example cue a years phrase makes it a part of a years statement ("including at least 3 years"). */
const YEARS_AFTER_CUE = 24;
/** A plain comma between list items. */
/** How far after a years phrase its subject is looked for, in characters. */
const SUBJECT_REACH = 240;
/** The longest parenthesis an aside inside a years statement's subject may be, in characters. */
const ASIDE = 40;
/** The longest parenthesis of examples after a years statement's words, in characters. */
const EXAMPLES_REACH = 160;
const COMMA_GAP = /^\s{0,3},\s{0,3}$/u;
/**
 * Inside a list of examples, the words between two skills that keep the list going: other items or qualifiers ("AWS
 * GovCloud, Azure Government"; "prompt injection and jailbreaks, data leakage …, model inversion"), up to a list
 * separator, never a sentence mark, the end of a parenthesis or a wish that closes the list's clause (`wishClosesList`).
 */
const EXAMPLE_GAP = /^[^.;:()[\]]{0,80}$/u;
// Patterns with `\p{…}` classes are made on first use (`once`): slow to make, and a résumé's import never runs them.
/** A bare number after a years statement: "…, of which at least 2 in cloud security". */
const BARE_NUMBER = once(() => unicodeLiteral`/(?<![\d.,])(\d{1,2})\s{0,2}\+?\)?(?![\d%.,\p{L}])/gu`);

/** Everything one clause asks for: skills (with years and example lists), experience, degree, certifications, clearance, conditions. The mentions are the ad's, in text order. */
export function extractFindings(
  clause: Clause,
  mentions: readonly Mention[],
  text: string,
  words: PostingWords,
  ctx: YearsContext,
  whole?: YearsStatement,
): Finding[] {
  const out: Finding[] = [];
  if (clause.boilerplate || describesCompany(clause, mentions, text, words)) return out;
  const widened = [...wideningBrackets(clause, words), ...reasonSpans(clause, words)];
  const inClause = withoutGlossed(
    // The mentions are in text order: the clause's by a binary search, not a scan of the ad's every mention per clause.
    itemsIn(mentions, clause.start, clause.end, (m) => m.start).filter(
      (m) => m.end <= clause.end && !widened.some((w) => m.start >= w.start && m.end <= w.end),
    ),
    text,
    words,
  );
  // A header line of chips before any heading ("Acme · Security & Privacy", "CDI · Lyon · Expérience : > 4 ans") names the
  // employer's unit, the place and the terms: no skill asked, its years and degree still read.
  const skillMentions = chipsLine(clause, text) ? [] : inClause.filter((m) => m.target === 'skill');
  // Years read every mention, a skill named twice included ("model risk management …, including 3 years of model governance").
  const objects: number[] = [];
  const years = yearsStatements(
    clause,
    inClause.filter((m) => m.target === 'skill' && (!m.entryKinds || securityProduct(m, ctx))).sort((a, b) => a.start - b.start),
    text,
    words,
    ctx,
    objects,
    clause.yearsPart ? whole : undefined,
    mentions,
  );
  // Skills named only as one of the fields the years are over ("5 years in consulting, risk, audit or compliance") are no ask.
  const ownSkills = skillMentions.filter((m) => !overFields(m, years));
  const skills = withoutPartners(
    withoutSecuredSystems(dedupe(withoutTaught(ownSkills, clause, words)), skillMentions, text.slice(0, clause.end), clause.start, words, ctx),
    clause,
    text,
    words,
    ctx,
  );
  const certs = dedupe(inClause.filter((m) => m.target === 'cert'));
  // An ML field that years of deploying or operating are spent on is their measure, no skill asked for; a skill inside
  // a certification's name ("AWS Certified Machine Learning – Specialty") is the certificate's topic.
  const workFields = new Set(skills.filter((m) => workOfField(m, clause, years, words, ctx)));
  const asked = skills.filter(
    (m) =>
      !operatedField(m, clause, years, words, ctx) &&
      !workFields.has(m) &&
      !inClause.some((c) => c.target === 'cert' && m.start >= c.start && m.end <= c.end) &&
      // The ML field that a part of years of security work was spent on ("… in which the systems under review incorporated machine learning").
      !(ctx.fieldOf(m) === 'mlYears' && objects.some((at) => m.start >= at)),
  );
  const kept = new Set(asked.map((m) => m.id));
  const workFieldIds = new Set([...workFields].map((m) => m.id));
  // Every mention of a kept skill: a skill named again in a list of alternatives ("We run on AWS …, so AWS, Azure or GCP") is one of them.
  const every = skillMentions.filter((m) => !m.entryKinds && kept.has(m.id)).sort((a, b) => a.start - b.start);
  const findings = skillFindings(clause, every, years, text, words);
  out.push(...findings);
  // A skill the years name without a mention of its own ("securing AWS workloads" → cloud security), or one of a list
  // ("… or incident response, of which at least 2 years writing detections"), is asked for with its years too.
  for (const y of years) {
    // "5-8 years hands-on ML engineering experience": the field named as a discipline is the years' measure only.
    if (y.skills?.every((id) => workFieldIds.has(id) && !kept.has(id))) continue;
    if (y.skills && !findings.some((f) => f.kind === 'skill' && yearsApply(y, f.skills)))
      out.push({ kind: 'skill', skills: y.skills, minYears: y.years, clause, hard: false, examples: false });
  }
  // "One year of specialized experience, OR a Ph.D. …": a degree after the years and an "or" is another path to the job.
  // A paragraph set against another by an "OR" line is one way in of several: neither its years nor its degree is a must.
  const degreePath = (years.length > 0 && degreeAfterOr(clause.text, words)) || clause.orPath === true;
  // A skill's own years are a must as a measure's years are: said so or listed as a must, not a guide, no other path.
  for (const f of out) {
    if (f.kind !== 'skill' || f.minYears === undefined) continue;
    const guide = years.some((y) => y.guide === true && y.years === f.minYears && yearsApply(y, f.skills));
    f.yearsHard = hardFor(listedAsMust(f.clause), guide || degreePath);
  }
  for (const y of years) {
    // Years only wished for are kept here and weighed against the ad's other years (withoutWishedYears).
    if (y.measure)
      out.push({ kind: 'experience', measure: y.measure, minYears: y.years, clause, hard: hardFor(listedAsMust(clause), y.guide === true || degreePath) });
  }
  if (certs.length > 0) {
    out.push({
      kind: 'certification',
      anyOf: certs.map((m) => m.id),
      written: certs.map((m) => m.text),
      clause,
      // "CISSP, CISM or equivalent demonstrable experience": experience stands in for it, as for a degree.
      hard: hardFor(clause, saysObtainable(clause.text, words) || replacedByExperience(clause.text, words) || certObtainedNext(clause, text, words)),
    });
  }
  const degree = readDegree(clause, text, words);
  // The degree of such a path is no must either: the years are the other way in.
  if (degree) out.push(degreePath ? { ...degree, hard: false } : degree);
  out.push(...readClearance(clause, words, text));
  return out;
}

/** A mention inside the list of fields that years are over: it says where the years may have been spent. */
function overFields(m: Mention, years: readonly YearsStatement[]): boolean {
  return years.some((y) => y.over !== undefined && m.start >= y.over.start && m.end <= y.over.end);
}

/** A letter. */
const LETTER = unicodeRegex`\p{L}`;

/** An acronym alone in brackets ("(MLOps)", "(SIEM)", "(LLMs)"): two capitals first. */
const ACRONYM_BRACKET = unicodeRegex`^\(\s{0,2}\p{Lu}{2}[\p{L}\p{N}/-]{0,10}\s{0,2}\)`;
/** The most function words between two skills of one phrase ("industrialisation de modèles de machine learning"). */
const PHRASE_GAP_WORDS = 2;

/**
 * Skills of a phrase that a skill's acronym in brackets right after it names ("l'industrialisation de modèles de
 * machine learning (MLOps)", "operationalising machine learning models (MLOps)"): the phrase spells out the acronym, so
 * only the acronym's skill is asked for. The phrase is the run of skills joined by function words up to the bracket.
 */
function withoutGlossed(mentions: readonly Mention[], text: string, words: PostingWords): Mention[] {
  const dropped = new Set<Mention>();
  // The skills by their end, last first, sorted once (a stable sort: mentions ending together keep their order).
  let byEnd: Mention[] | undefined;
  for (const acronym of mentions) {
    // The bracket opens at most three characters before the acronym: only they are searched (no search back through the
    // whole text per mention, which a long ad of many mentions and no bracket made quadratic).
    const near = Math.max(0, acronym.start - 3);
    const at = text.slice(near, acronym.start + 1).lastIndexOf('(');
    const open = at < 0 ? -1 : near + at;
    if (open < 0 || !ACRONYM_BRACKET.test(text.slice(open, acronym.end + 3))) continue;
    let end = open;
    byEnd ??= mentions.filter((x) => x.target === 'skill').sort((a, b) => b.end - a.end);
    for (let k = firstEndingBy(byEnd, open); k < byEnd.length; k++) {
      const m = byEnd[k] as Mention;
      // A German compound goes on after a hyphen ("Machine-Learning-Modellen"): its tail is part of the phrase.
      const gap = text
        .slice(m.end, end)
        .replace(unicodeRegex`^-\p{L}{1,30}`, '')
        .trim()
        .split(/\s+/u)
        .filter((w) => w !== '');
      // A list is no phrase: "Docker and Kubernetes (EKS)" asks for Docker too.
      const joins = (w: string) => !words.listWords.has(tokenKey(w)) && (words.functionWords.has(tokenKey(w)) || unicodeRegex`^\p{Ll}+$`.test(w));
      if (gap.length > PHRASE_GAP_WORDS || !gap.every(joins)) break;
      if (m.id !== acronym.id) dropped.add(m);
      end = m.start;
    }
  }
  return dropped.size === 0 ? [...mentions] : mentions.filter((m) => !dropped.has(m));
}

/** The first index of `byEnd` (ends in descending order) whose mention ends at `at` or before. */
function firstEndingBy(byEnd: readonly Mention[], at: number): number {
  // Ends descending are negated ends ascending: the first whose negated end is -at or more.
  return indexFrom(byEnd, -at, (m) => -m.end);
}

/** The most capitalised words of an employer's name at a sentence's start ("Brightwater Financial Group is …"). */
const NAME_WORDS = 4;

/**
 * A sentence of the ad's opening text whose subject is a name followed by a company verb ("Gannet lets hospitals …
 * fine-tune and serve open-weight language models", "Acme builds …") describes the employer, not the job: no finding.
 * A name that is a skill's ("Python is a must") is no employer.
 */
function describesCompany(clause: Clause, mentions: readonly Mention[], text: string, words: PostingWords): boolean {
  // Every clause of such a sentence describes the company ("Acme makes Mason, a coding agent that …, runs … in Docker").
  const inSentence = clause.sentence.indexOf(clause.text);
  if (inSentence < 0) return false;
  const sentenceStart = clause.start - inSentence;
  // Under a duty heading ("Job description") only a sentence of a line of prose, not of a duty item, can.
  if (clause.section !== 'intro' && !(clause.section === 'duty' && proseLine(text, sentenceStart))) return false;
  const tokens = clause.sentence.split(/\s+/u, NAME_WORDS + 2);
  // "My client is a defence contractor building …": the employer named by a word for it, not by its name.
  const client = words.clientSubject.exec(clause.sentence.trimStart());
  if (client) return companyVerbAfter(clause.sentence.trimStart().slice(client[0].length).split(/\s+/u, 2), 0, words);
  const unit = ownUnitVerb(tokens, clause.sentence, words);
  if (unit !== undefined) {
    const verbAt = sentenceStart + clause.sentence.indexOf(` ${tokens[unit]}`);
    return !anyIn(mentions, sentenceStart, verbAt, (m) => m.start);
  }
  let name = 0;
  while (name < tokens.length && CAPITAL_FIRST.test(tokens[name] as string) && !words.functionWords.has(tokenKey(tokens[name] as string))) name++;
  if (name === 0 || name > NAME_WORDS || !companyVerbAfter(tokens, name, words)) return false;
  const nameEnd = sentenceStart + clause.sentence.indexOf(tokens[name] as string);
  return properName(tokens[0] as string, text) && !anyIn(mentions, sentenceStart, nameEnd, (m) => m.start);
}

/**
 * "Our Defence Digital business builds …": a unit of the employer named after "our" with a capitalised name, then a
 * company verb, in a sentence that says nothing of the hire ("you"); the index of the verb among the words, else undefined.
 * "Our platform runs on Terraform" names no unit: the job's setting, not the company's business.
 */
function ownUnitVerb(tokens: readonly string[], sentence: string, words: PostingWords): number | undefined {
  if (!words.employerPronouns.has(tokenKey(tokens[0] ?? '')) || words.hireSubjects.test(sentence)) return undefined;
  for (let at = 2; at <= NAME_WORDS + 1 && at < tokens.length; at++) {
    if (!companyVerbAfter(tokens, at, words)) continue;
    const named = tokens.slice(1, at).some((t) => CAPITAL_FIRST.test(t) && !words.functionWords.has(tokenKey(t)));
    return named ? at : undefined;
  }
  return undefined;
}

/**
 * Where the years phrase after the `i`th starts, past any that only dates the experience ("5 years' experience within the
 * last 10 years in security": the field still follows); the clause's end when none.
 */
function nextYearsAt(text: string, phrases: readonly RegExpExecArray[], i: number, y: PostingWords['years']): number {
  for (let k = i + 1; k < phrases.length; k++) {
    const next = phrases[k] as RegExpExecArray;
    if (!y.timeBefore.test(text.slice(Math.max(0, next.index - 20), next.index))) return next.index;
  }
  return text.length;
}

/** The text with a window that dates the experience ("within the last 10 years") blanked, offsets kept: the field follows it. */
function withoutWindow(after: string, words: PostingWords): string {
  const m = words.years.timeWindow.exec(after);
  return m ? after.slice(0, m.index) + ' '.repeat(m[0].length) + after.slice(m.index + m[0].length) : after;
}

/** The line of the sentence at `start` is no list item. */
function proseLine(text: string, start: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  return !ITEM_LINE.test(text.slice(from, start + 1));
}

/** A company verb at `at` of a sentence's words, not one that speaks of the job ("Acme is hiring / seeking …"). */
function companyVerbAfter(tokens: readonly string[], at: number, words: PostingWords): boolean {
  if (!words.companyVerbs.has(tokenKey(tokens[at] ?? ''))) return false;
  return !words.employerWords.has(tokenKey(tokens[at + 1] ?? '')) && !/^(?:seeking|looking)$/iu.test(tokens[at + 1] ?? '');
}

/** A word the ad also writes capitalised inside a sentence, after a lowercase word ("… at Gannet") or a dash ("Engineer - Gannet"): a name, not "This" or "It". */
function properName(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text.slice(Math.max(0, at - 3), at);
    // After a lowercase word, or after a dash or a bar between spaces, as a title line names the employer ("Engineer - Acme");
    // or as the short form in brackets after a name ("Assurance Mutuelle Ligérienne (AML)").
    const after = text.charAt(at + word.length);
    if (unicodeRegex`(?:\p{Ll}[,]?|\s[-–—|·])\s$`.test(before) && !unicodeRegex`[\p{L}\p{N}]`.test(after)) return true;
    if (unicodeRegex`\p{L}\s\($`.test(before) && after === ')') return true;
  }
  return false;
}

/** The most words a party of a list may have before the skill's name in it ("our managed SOC provider", "the NHS England Cyber …"). */
const PARTY_LEAD_WORDS = 4;
/** How far after a partner lead its list is read, in characters. */
const PARTY_REACH = 200;
/** What ends a list of parties: a sentence mark, a colon or a bracket. */
const PARTY_LIST_END = /[.;:!?()[\]]/u;
/** The most words of an item of a list of parties ("the NHS England Cyber Security Operations Centre"): a longer one says what is done with them. */
const PARTY_ITEM_WORDS = 8;

/**
 * In a security job's ad, a product named with a capital that names security work only in a résumé's security entry
 * ("2+ years hands-on with Splunk"): the years are that work's; a common word of the kind ("automation") is not.
 */
function securityProduct(m: Mention, ctx: YearsContext): boolean {
  return ctx.jobMeasure === 'securityYears' && m.entryKinds?.has('security') === true && CAPITAL_FIRST.test(m.text);
}

/** The skills after words of the employer's offer to teach them in the clause ("…, but we happily train people coming from AWS or Azure"): not asked. */
function withoutTaught(skills: readonly Mention[], clause: Clause, words: PostingWords): Mention[] {
  const offer = words.trainingOffered.exec(clause.text);
  if (!offer) return [...skills];
  const from = clause.start + offer.index;
  return skills.filter((m) => m.start < from);
}

/**
 * Skills named as the parties a duty is done with ("Partner with Model Risk Management, Legal and product leadership
 * to …", "stimmen sich eng mit Datenschutz, Compliance und dem KI-Governance-Board ab", "working with our managed SOC
 * provider"): dropped. After a partner lead, the list's items are split at commas and "and"/"or" words; a mention is a
 * party when it stands in an item after a few words at most, and either ends the item as a capitalised name or is
 * followed by a word of `partnerHeads` ("provider", "board"). A list holds parties only when one of its words is such a
 * word ("Legal", "leadership"): "working with Kubernetes and Terraform" asks for both. The list must end the clause,
 * every item short and no word of `partnerListEnds` in it: "Partner with Model Risk Management on model validation"
 * names the work done with them, which counts. Skills of working with people (category `leadership`: stakeholder communication) are never parties.
 */
function withoutPartners(skills: readonly Mention[], clause: Clause, text: string, words: PostingWords, ctx: YearsContext): Mention[] {
  const lists: Array<[number, number]> = [];
  const re = words.partnerLeads;
  re.lastIndex = 0;
  for (let m = re.exec(clause.text); m !== null; m = re.exec(clause.text)) {
    const from = clause.start + m.index + m[0].length;
    const window = text.slice(from, Math.min(clause.end, from + PARTY_REACH));
    const stop = PARTY_LIST_END.exec(window);
    const whole = beforeListStop(stop ? window.slice(0, stop.index) : window, words);
    const list = isPartyList(whole, words) ? whole : partiesBeforeClause(whole, words);
    if (list !== undefined) lists.push([from, from + list.length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  if (lists.length === 0) return [...skills];
  return skills.filter(
    (s) =>
      ctx.skillOf(s.id)?.category === 'leadership' ||
      !lists.some(([from, end]) => s.start >= from && s.end <= end && isParty(s, text.slice(from, end), from, words)),
  );
}

/** A list of parties up to a word that opens the duty's object after it ("Compliance und Datenschutz die Anforderungen …" → "Compliance und Datenschutz"). */
function beforeListStop(list: string, words: PostingWords): string {
  if (words.partnerListStops.size === 0) return list;
  for (const m of list.matchAll(/\S+/gu)) if (m.index > 0 && words.partnerListStops.has(tokenKey(m[0]))) return list.slice(0, m.index);
  return list;
}

/**
 * The parties before "and" that goes on with another verb ("together with the Offensive Security team and track findings
 * to closure"): the list up to the first head word followed by "and"/"or" and a lowercase word, when what follows names no party.
 */
function partiesBeforeClause(list: string, words: PostingWords): string | undefined {
  const tokens = [...list.matchAll(/\S+/gu)];
  const at = tokens.findIndex((t, i) => words.partnerHeads.has(tokenKey(t[0])) && words.listWords.has(tokenKey(tokens[i + 1]?.[0] ?? '')));
  if (at < 0) return undefined;
  const last = tokens[at] as RegExpExecArray;
  const head = list.slice(0, last.index + last[0].length);
  // What follows "and" goes on with a verb ("and track …"), not with another party ("and Model Risk", "and the Data team").
  const next = tokens[at + 2]?.[0] ?? '';
  if (!unicodeRegex`^\p{Ll}`.test(next) || words.functionWords.has(tokenKey(next))) return undefined;
  const rest = tokens.slice(at + 1).map((t) => tokenKey(t[0].replace(/,$/u, '')));
  return rest.some((w) => words.partnerHeads.has(w)) || !isPartyList(head, words) ? undefined : head;
}

/** A list of short items, one of which names a party ("Legal", "provider"). */
function isPartyList(list: string, words: PostingWords): boolean {
  const tokens = list.split(/[\s\-–/]+/u).filter((w) => w !== '');
  if (!tokens.some((w) => words.partnerHeads.has(tokenKey(w.replace(/,$/u, ''))))) return false;
  let inItem = 0;
  for (const token of tokens) {
    if (words.partnerListEnds.has(tokenKey(token.replace(/,$/u, '')))) return false;
    if (words.listWords.has(tokenKey(token))) inItem = 0;
    else if (++inItem > PARTY_ITEM_WORDS) return false;
    if (token.endsWith(',')) inItem = 0;
  }
  return true;
}

/**
 * A mention that is a party of `list` (the text from `from`): few words before it in its item, and a unit word after
 * it, or nothing but the item's end when it is capitalised.
 */
function isParty(s: Mention, list: string, from: number, words: PostingWords): boolean {
  const before =
    list
      .slice(0, s.start - from)
      .split(',')
      .at(-1) ?? '';
  const lead = before.split(/\s+/u).filter((w) => w !== '');
  let inItem = 0;
  for (let i = lead.length - 1; i >= 0 && !words.listWords.has(tokenKey(lead[i] as string)); i--) inItem++;
  if (inItem > PARTY_LEAD_WORDS) return false;
  const after = unicodeRegex`^[\s\-–]{0,3}([\p{L}\p{N}'’]*)`.exec(list.slice(s.end - from))?.[1] ?? '';
  if (words.partnerHeads.has(tokenKey(after))) return true;
  const itemEnds = after === '' || words.listWords.has(tokenKey(after));
  // A skill whose own name ends in a unit word names a team ("together with the red team"): a party.
  const last = s.text.split(/\s+/u).at(-1) ?? '';
  return itemEnds && (CAPITAL_FIRST.test(s.text) || (last !== s.text && words.partnerHeads.has(tokenKey(last))));
}

/** How many words after security work an object word may come ("security assessments and architecture reviews of"). */
const OBJECT_LEAD_WORDS = 4;
/** The most words one item of what is secured may have, a skill counting as one ("the data pipelines", "systems that use artificial intelligence"). */
const OBJECT_ITEM_WORDS = 5;
/** How far before a verb of securing a verb of building and a list word are read, in characters ("construyendo o "). */
const BUILT_OR_REACH = 40;
/** How far after its object word what is secured is read, in characters. */
const OBJECT_REACH = 240;
/**
 * A word ("AI/ML-enabled", "company's"), an elided article or preposition ("d'" in "d'applications"), or one mark.
 * Each alternative starts with a different kind of character, and a word's inner marks must be followed by a letter
 * or digit: no backtracking.
 */
const OBJECT_TOKEN = once(() => unicodeLiteral`/(?<![\p{L}\p{N}])\p{L}['’](?=\p{L})|[\p{L}\p{N}]+(?:[-/.'’&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu`);
/** Marks that end what is secured, unless right after its object word ("of: …"); others (",", "(", "–") join its items. */
const OBJECT_END_MARK = /^[.;:!?]$/u;
/** Marks that end the words before an object word. */
const LEAD_END_MARK = /^[.;!?]$/u;

/**
 * ML systems named after security work on them ("threat modeling of ML pipelines", "security assessments … of AI
 * systems, including the model training environments") or after a verb of securing ("securing CI/CD pipelines or ML
 * infrastructure") are what is secured, not ML work asked for: dropped. What is
 * secured is the noun phrase after an object word ("of", "de", "von") a few words after the security work: a list of
 * short items joined by commas, "and"/"or", example cues ("including"), asides ("–", "(") and a range ("from data
 * ingestion to model serving"). It ends at a sentence mark, at a word of `securedObjectEnds` ("with", "plus") or a
 * number (the item so far stays), and before an item that names building ("and machine learning model development",
 * "y en desarrollo de modelos"): an ML system after these is asked for ("threat modeling for 3+ years and with
 * training PyTorch models").
 */
function withoutSecuredSystems(
  skills: readonly Mention[],
  spans: readonly Mention[],
  text: string,
  clauseStart: number,
  words: PostingWords,
  ctx: YearsContext,
): Mention[] {
  const secured: Array<[number, number]> = [];
  for (const m of skills) {
    if (ctx.skillOf(m.id)?.workKind !== 'security') continue;
    const from = objectWordEnd(text, m.end, words);
    if (from === undefined) continue;
    secured.push([from, securedEnd(text, from, spans, words)]);
    // A range closing the clause after a comma ("… of ML systems before they ship, from data ingest through model
    // hosting") names the stages of what is secured.
    const range = trailingRange(text, from, words);
    if (range !== undefined) secured.push([range, securedEnd(text, range, spans, words)]);
  }
  // A verb of securing, one word ("securing", "hardening", "sécuriser"), is followed by what it secures: "securing CI/CD
  // pipelines or ML infrastructure". A noun ("the security of", "Absicherung der") is left to the skills read before it.
  const byVerb: Array<[number, number]> = [];
  // Read over the clause alone: a pattern run on the text up to the clause would index all of it again for each clause.
  // A verb of attacking ("exploiting vulnerabilities in machine learning models") is followed by what it attacks, just as well.
  const clauseText = text.slice(clauseStart);
  for (const re of [words.securingAll, words.attackingAll]) {
    re.lastIndex = 0;
    for (let m = re.exec(clauseText); m !== null; m = re.exec(clauseText)) {
      const after = clauseStart + m.index + m[0].length;
      // "building or securing LLM applications": the system is built as well, and asked for.
      const builtToo = words.builtOrBefore.test(clauseText.slice(Math.max(0, m.index - BUILT_OR_REACH), m.index));
      if (!/\s/u.test(m[0]) && !builtToo) byVerb.push([after, securedEnd(text, after, spans, words)]);
    }
  }
  if (secured.length === 0 && byVerb.length === 0) return [...skills];
  const inside = (m: Mention, list: ReadonlyArray<[number, number]>) => list.some(([from, end]) => m.start >= from && m.start < end);
  // After a verb, a product's name ("securing MLflow or Kubeflow pipelines", "hardening … (Triton and KServe)") is the stack the hire works in.
  // The data pipelines of an ML system secured ("… ML models, training data pipelines and LLM applications") are secured with it.
  const securable = (m: Mention) => ctx.skillOf(m.id)?.workKind === 'ml' || ctx.skillOf(m.id)?.category === 'data';
  return skills.filter((m) => !(securable(m) && (inside(m, secured) || (inside(m, byVerb) && !PRODUCT_NAME.test(m.text)))));
}

/** A comma and a range's first word after it ("…, from data ingest through model hosting"), at or after `from`: where the word starts. */
function trailingRange(text: string, from: number, words: PostingWords): number | undefined {
  const re = RANGE_AFTER_COMMA();
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (words.securedObjectRanges.has(tokenKey(m[1] as string))) return m.index + m[0].length - (m[1] as string).length;
  }
  return undefined;
}

/** A comma and the word after it. */
const RANGE_AFTER_COMMA = once(() => unicodeLiteral`/,[^\S\n]{1,3}(\p{L}+)/gu`);

/** A word in mixed case, a product's name ("MLflow", "Kubeflow", "SageMaker"), not "ML infrastructure" or "AI systems". */
const PRODUCT_NAME = unicodeRegex`\p{Lu}\p{Ll}|\p{Ll}\p{Lu}`;

/** Folded, with a typographic apostrophe written plain. */
const tokenKey = (token: string): string => fold(token).replace(/’/gu, "'");

/**
 * Where the object word after security work ends, when one of the next few words is one ("threat modeling of",
 * "Bedrohungsmodellierung der", "tests d'intrusion d'applications"), counted again after a list word ("assessments or
 * architecture reviews of"); none when a building word, a number or a word
 * that ends what is secured comes first ("threat modeling for 3+ years", "… with training of …").
 */
function objectWordEnd(text: string, from: number, words: PostingWords): number | undefined {
  const re = OBJECT_TOKEN();
  re.lastIndex = from;
  const limit = Math.min(text.length, from + 80);
  let count = 0;
  let joined = false;
  for (let t = re.exec(text); t !== null && t.index < limit && count < OBJECT_LEAD_WORDS; t = re.exec(text)) {
    const token = t[0];
    if (!unicodeRegex`[\p{L}\p{N}]`.test(token)) {
      if (LEAD_END_MARK.test(token)) return undefined;
      continue;
    }
    const key = tokenKey(token);
    if (words.securedObjectWords.has(key)) return t.index + token.length;
    if (unicodeRegex`\p{N}`.test(token) || words.securedObjectEnds.has(key) || words.building.test(token)) return undefined;
    // "security risk assessments or security architecture reviews of …": the second work of a pair shares the object.
    if (!joined && words.listWords.has(key)) {
      joined = true;
      count = 0;
      continue;
    }
    count++;
  }
  return undefined;
}

/**
 * An item of what is secured names building when a word of building opens it, after one word at most ("development
 * of ML models", "en desarrollo de modelos"), or ends it ("machine learning model development"); after a skill or
 * deeper inside, it qualifies what is secured ("AI applications built on Azure OpenAI"). `item`: its words, each after
 * a space, a skill written "·".
 */
function buildingHeads(item: string, words: PostingWords): boolean {
  const re = words.buildingAll;
  re.lastIndex = 0;
  for (let m = re.exec(item); m !== null; m = re.exec(item)) {
    const before = item.slice(0, m.index).trim();
    if ((before !== '·' && !before.includes(' ')) || m.index + m[0].length === item.length) {
      re.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** Where what is secured, read from right after its object word, ends (see `withoutSecuredSystems`). */
function securedEnd(text: string, from: number, spans: readonly Mention[], words: PostingWords): number {
  const limit = Math.min(text.length, from + OBJECT_REACH);
  const cues: Array<[number, number]> = [];
  const window = text.slice(from, limit);
  words.examples.lastIndex = 0;
  for (let m = words.examples.exec(window); m !== null; m = words.examples.exec(window)) cues.push([from + m.index, from + m.index + m[0].length]);
  words.examples.lastIndex = 0;
  // Words that qualify what is secured ("end to end") are none of its words.
  const qualifiers: Array<[number, number]> = [];
  const q = words.securedObjectQualifiers;
  q.lastIndex = 0;
  for (let m = q.exec(window); m !== null; m = q.exec(window)) {
    if (m[0].length === 0) q.lastIndex++;
    else qualifiers.push([from + m.index, from + m.index + m[0].length]);
  }
  q.lastIndex = 0;
  const re = OBJECT_TOKEN();
  re.lastIndex = from;
  let end = from;
  // The current item: its words (a skill counts as one), where its last word ends, its text outside skills.
  let itemWords = 0;
  let itemEnd = from;
  let itemText = '';
  let started = false;
  // Inside a range ("from … to …"): its last word, until read; its items name stages, no building.
  let rangeLast: ReadonlySet<string> | undefined;
  let inRange = false;
  /** Closes the current item: it is part of what is secured unless it names building. */
  const close = (): boolean => {
    const ok = inRange || !buildingHeads(itemText, words);
    if (ok && itemWords > 0) end = itemEnd;
    if (itemWords > 0 && rangeLast === undefined) inRange = false;
    itemWords = 0;
    itemText = '';
    return ok;
  };
  for (let t = re.exec(text); t !== null && t.index < limit; t = re.exec(text)) {
    const token = t[0];
    const at = t.index;
    const skill = spans.find((m) => at >= m.start && at < m.end);
    if (skill) {
      if (itemWords === OBJECT_ITEM_WORDS) break;
      itemWords++;
      itemEnd = Math.max(itemEnd, skill.end);
      itemText += ' ·';
      re.lastIndex = Math.max(re.lastIndex, skill.end);
      started = true;
      continue;
    }
    if (qualifiers.some(([s, e]) => at >= s && at < e)) continue;
    const key = tokenKey(token);
    const wordy = unicodeRegex`[\p{L}\p{N}]`.test(token);
    if (wordy && itemWords === 0 && words.securedObjectRanges.has(key)) {
      rangeLast = words.securedObjectRanges.get(key);
      inRange = true;
      continue;
    }
    const separator = wordy ? words.listWords.has(key) || rangeLast?.has(key) === true : !OBJECT_END_MARK.test(token);
    if (separator || cues.some(([s, e]) => at >= s && at < e)) {
      const ok = close();
      if (rangeLast?.has(key)) rangeLast = undefined;
      if (!ok) return end;
      continue;
    }
    if (!wordy) {
      if (started) break;
      continue;
    }
    if (unicodeRegex`\p{N}`.test(token) || words.securedObjectEnds.has(key)) break;
    if (itemWords === OBJECT_ITEM_WORDS) break;
    itemWords++;
    itemEnd = at + token.length;
    itemText += ` ${token}`;
    started = true;
  }
  close();
  return end;
}

/** The lower end of a range of years before their upper end ("between 3 and", "entre dos y"), in digits or in words. */
function rangeLower(lead: string, words: PostingWords, y: YearsWords): number | undefined {
  const lower = words.rangeLowerBefore.exec(lead)?.[1];
  return lower === undefined ? undefined : readNumber(lower, y);
}

/** The parts of a sentence about a clearance: a wish about one held is said apart ("…; holding a current NV1 would be a real advantage"). */
const CLEARANCE_PARTS = /;|\(|\)|\s[–—-]\s/u;

/** At most this many turns cut a part: linear on any text (a sentence a person writes has a few). */
const MAX_TURNS = 8;

/** A part cut again at each word that turns a sentence ("but", "aber", "mais", "pero": `notAskedTurns` in the lexicon). */
function turnParts(part: string, turn: RegExp): string[] {
  const out: string[] = [];
  let rest = part;
  for (let m = turn.exec(rest); m !== null && m[0].length > 0 && out.length < MAX_TURNS; m = turn.exec(rest)) {
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(rest);
  return out;
}

/**
 * A clearance to obtain is a condition of employment (hard, convention 9) unless the ad asks it as a wish: in the
 * preferred tier, or with a word of wish ("preferred", "desirable", "a plus", "would help") in a part of the sentence
 * that is not about a clearance already held ("must be able to obtain Baseline (an existing NV1 is highly regarded)" is
 * hard). "Not required" ("a clearance is not required to apply; you must be able to obtain Secret") is no wish.
 */
function obtainHard(clause: Clause, words: PostingWords): boolean {
  if (clause.tier === 'preferred') return false;
  const parts = clause.text.split(CLEARANCE_PARTS).flatMap((part) => turnParts(part, words.notAskedTurn));
  return !parts.some((part) => {
    if (words.activeClearance.test(part)) return false;
    const cue = words.notRequired.exec(part);
    const rest = cue ? part.slice(0, cue.index) + ' '.repeat(cue[0].length) + part.slice(cue.index + cue[0].length) : part;
    return words.preferred.test(rest);
  });
}

/** Hard: a must in the required tier (said so, or under a "Minimum qualifications" heading), and not softened. */
function hardFor(clause: Clause, softened: boolean): boolean {
  return clause.tier === 'required' && (clause.mandatory || clause.hardSection) && !softened;
}

/**
 * A degree or years listed under a requirements heading that hedges nothing are a must, as if the clause said so: ads
 * write "or equivalent" where experience can replace them.
 */
function listedAsMust(clause: Clause): Clause {
  return clause.listedMust && !clause.mandatory ? { ...clause, mandatory: true } : clause;
}

/** Mentions in text order, one per id; context-bound aliases of résumés are left out. */
function dedupe(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return [...mentions].sort((a, b) => a.start - b.start).filter((m) => !m.entryKinds && !seen.has(m.id) && seen.add(m.id));
}

/** `text` with each match of the global `re` blanked out (spaces), so what is left keeps its offsets. */
function blanked(text: string, re: RegExp): string {
  let out = '';
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out += text.slice(last, m.index) + ' '.repeat(m[0].length);
    last = m.index + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Conditions about who a person is (citizenship, work authorisation, travel, location…), read from every line of
 * the ad — a `Location:` line, benefits and legal text included, but not a sentence that lists protected
 * characteristics: notes for the recruiter, never scored.
 */
export function conditionFindings(text: string, words: PostingWords): Finding[] {
  const out: Finding[] = [];
  let start = 0;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const end = start + line.length;
    const body = stripMarks(line);
    if (labelledPlace(body, lines, i, words)) out.push(conditionNote('location', body, start, end));
    // A line that lists protected characteristics may still state a condition in a sentence of its own ("… protected by law. All candidates must pass a drug screen.").
    const legal = words.notConditions.test(body);
    const parts = legal ? body.split(SENTENCE_GAP).map((t) => t.trim()) : [body];
    for (const part of parts) {
      if (part === '' || words.notConditions.test(part)) continue;
      for (const [condition, re] of words.conditions) {
        if (legal && !words.conditionsBesideLegal.has(condition)) continue;
        if (!re.test(part)) continue;
        const exception = words.conditionExceptions.get(condition);
        if (exception && !re.test(blanked(part, exception))) continue;
        out.push(conditionNote(condition, part, start, end));
      }
    }
    start = end + 1;
  }
  return out;
}

/** A note of a condition stated by `part` of the line from `start` to `end`. */
function conditionNote(condition: string, part: string, start: number, end: number): Finding {
  const clause: Clause = {
    text: part,
    start,
    end,
    sentence: part,
    section: 'intro',
    tier: 'duty',
    mandatory: false,
    hardSection: false,
    boilerplate: false,
  };
  return { kind: 'note', condition, clause, hard: false };
}

/** How many lines under a location heading may list its places ("Locations⏎Seattle, WA, USA⏎Arlington, VA, USA"). */
const PLACE_LINES = 4;
/** The most words of a place's line under a location heading. */
const PLACE_WORDS = 8;

/**
 * Line `i` is a location label with places ("Location: London", "Job Location: Abu Dhabi", or "Locations" over
 * "Seattle, WA, USA" lines up to a blank line) and no word of remote work among them: the ad fixes where the work is
 * (convention 390).
 */
function labelledPlace(body: string, lines: readonly string[], i: number, words: PostingWords): boolean {
  const m = words.locationLabel.exec(body);
  if (!m) return false;
  const places: string[] = [];
  if (m[1] !== undefined) places.push(m[1]);
  else
    for (let k = i + 1; k < lines.length && k <= i + PLACE_LINES; k++) {
      const next = stripMarks(lines[k] as string);
      if (next === '' || next.split(/\s+/u).length > PLACE_WORDS || /[.!?;]\s/u.test(next)) break;
      places.push(next);
    }
  return places.length > 0 && CAPITAL_START.test(places[0] as string) && !places.some((p) => words.remoteWord.test(p));
}

/** A capital letter opening a text: a place's name. */
const CAPITAL_START = /^\p{Lu}/u;

/**
 * Findings asked before words that say the requirements are no knock-out ("If you don't tick every box above, we'd
 * still like to hear from you"): not hard. A clearance stays as it is: it is a condition of the work, not a wish.
 */
export function withoutKnockOuts(findings: readonly Finding[], text: string, words: PostingWords): Finding[] {
  const re = words.notKnockOut;
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) at = m.index;
  if (at < 0) return [...findings];
  return findings.map((f) => (f.hard && f.kind !== 'clearance' && f.kind !== 'note' && f.clause.start < at ? { ...f, hard: false } : f));
}

/** A separator of a header line's chips: a middle dot between spaces. */
const CHIP_SEPARATOR = /\s·\s/u;
/** The most words of a header chip ("Singapore, Singapore (Hybrid)"). */
const CHIP_WORDS = 5;

/** The clause stands before any heading on a line of short chips split by middle dots. */
function chipsLine(clause: Clause, text: string): boolean {
  if (clause.section !== 'intro') return false;
  const from = text.lastIndexOf('\n', clause.start - 1) + 1;
  const to = text.indexOf('\n', clause.start);
  const line = text.slice(from, to < 0 ? text.length : to);
  const chips = line.split(CHIP_SEPARATOR);
  return chips.length >= 2 && chips.every((c) => c.trim().split(/\s+/u).length <= CHIP_WORDS);
}

/** How far before a clause that accepts its skill instead the clause of the skill it replaces may end, in characters. */
const INSTEAD_REACH = 12;

/**
 * A clause whose one skill is accepted in place of one asked just before ("… writing AWS IAM policies; if your cloud
 * background is on GCP instead, that's fine"): the two are alternatives, one requirement. The skill replaced is the
 * nearest of the same category in the clause right before, of the same tier.
 */
export function withInsteadAlternatives(findings: readonly Finding[], words: PostingWords, categoryOf: (id: string) => string | undefined): Finding[] {
  let out = [...findings];
  for (const f of findings) {
    if (f.kind !== 'skill' || !words.insteadAlternative.test(f.clause.text)) continue;
    // An aside of its own accepts one skill in place of another of the clause ("Strong Terraform (CloudFormation is OK …)").
    if (insteadParens(f.clause, words).length > 0) continue;
    if (out.filter((g) => g.kind === 'skill' && g.clause.start === f.clause.start).length !== 1) continue;
    // One skill, or a choice of skills of one category ("AWS or Azure experience transfers fine").
    const categories = new Set(f.skills.map(categoryOf));
    const category = categories.size === 1 ? [...categories][0] : undefined;
    const target = [...out].reverse().find(
      (g): g is Extract<Finding, { kind: 'skill' }> =>
        g.kind === 'skill' &&
        g.clause.end <= f.clause.start &&
        f.clause.start - g.clause.end <= INSTEAD_REACH &&
        (g.clause.tier === f.clause.tier ||
          (g.clause.tier === 'preferred' && f.clause.tier === 'required') ||
          // The employer's own one in the same sentence ("We use GCP; if you've done the equivalent on AWS or Azure, that's completely fine").
          (g.clause.tier === 'duty' && f.clause.tier === 'required' && g.clause.sentence === f.clause.sentence)) &&
        !f.skills.some((id) => g.skills.includes(id)) &&
        category !== undefined &&
        g.skills.some((s) => categoryOf(s) === category),
    );
    if (!target) continue;
    // The one wished for first ("GCP ideally, but AWS or Azure are fine too") is one choice with the others accepted: as firm as they are.
    const merged = { ...target, clause: f.clause.tier === target.clause.tier ? target.clause : f.clause, skills: [...target.skills, ...f.skills] };
    out = out.flatMap((g) => (g === f ? [] : g === target ? [merged] : [g]));
  }
  return out;
}

/** The most words between a choice's lead and the colon that closes its line ("one or more of the following:"). */
const CHOICE_TAIL_WORDS = 3;

/** An item line of a list: a bullet, or a number or letter with a bracket or stop ("a)", "2.", "(b)"). */
const ITEM_LINE = unicodeRegex`^[^\S\n]{0,8}(?:[-*•●▪◦‣∙➢►✓]|\(?[\p{L}\d]{1,2}[.)])[^\S\n]{1,3}\S`;

/** The spans of the item lists that a line ending in a choice's lead opens ("… ONE OR MORE of the following:"). */
function choiceLists(text: string, words: PostingWords): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const lines = text.split('\n');
  let at = 0;
  let open: { start: number; end: number } | undefined;
  for (const line of lines) {
    const end = at + line.length;
    if (open && ITEM_LINE.test(line)) open.end = end;
    else if (open) {
      out.push(open);
      open = undefined;
    }
    const body = line.trimEnd();
    if (!open && body.endsWith(':')) {
      words.alternativesLead.lastIndex = 0;
      const leads = [...body.matchAll(words.alternativesLead)];
      const last = leads.at(-1);
      const tail = last ? body.slice(last.index + last[0].length, -1).trim() : undefined;
      if (tail !== undefined && (tail === '' || tail.split(/\s+/u).length <= CHOICE_TAIL_WORDS)) open = { start: end + 1, end: end + 1 };
    }
    at = end + 1;
  }
  if (open) out.push(open);
  return out.filter((o) => o.end > o.start);
}

/**
 * Skills asked in the items of a list that a choice's lead opens ("Specialized experience must include one or more of
 * the following:⏎a) testing LLM applications …⏎b) testing ML models for adversarial robustness …") are one choice:
 * any item will do, so its skills form one any-of requirement.
 */
export function withChoiceLists(findings: readonly Finding[], text: string, words: PostingWords): Finding[] {
  let out = [...findings];
  for (const list of choiceLists(text, words)) {
    const inList = (f: Finding): f is Extract<Finding, { kind: 'skill' }> =>
      f.kind === 'skill' && f.minYears === undefined && f.clause.start >= list.start && f.clause.end <= list.end;
    const asked = out.filter(inList);
    const ids = [...new Set(asked.flatMap((f) => f.skills))];
    const first = asked[0];
    if (!first || ids.length < 2 || new Set(asked.map((f) => f.clause.tier)).size > 1) continue;
    const merged: Finding = { ...first, skills: ids, examples: false };
    out = out.flatMap((f): Finding[] => (f === first ? [merged] : inList(f) ? [] : [f]));
  }
  return out;
}

/** The space after a sentence mark, between two sentences of a line. */
const SENTENCE_GAP = /(?<=[.!?])\s{1,4}/u;

/**
 * Clearances stated in the parts of an ad that hold no requirement ("Additional information", "Hinweis", a
 * metadata line): a clearance still to obtain is a condition of employment wherever it is written, and a must is
 * one too. Other mentions there (a company's cleared customers) are no requirement.
 */
export function ignoredClearanceFindings(text: string, isIgnored: (offset: number) => boolean, words: PostingWords): Finding[] {
  const out: Finding[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const body = stripMarks(line);
    if (body !== '' && isIgnored(start) && !words.notConditions.test(body)) {
      const clause = ignoredLineClause(body, start, end, 'required');
      // The whole line says whether it is to be obtained ("… requires Secret: the person will go through the vetting procedure").
      const obtainable = saysObtainable(body, words);
      for (const f of readClearance(clause, words)) {
        if (f.kind === 'clearance' && obtainable)
          out.push({ kind: 'note', condition: 'clearance-obtainable', level: f.minLevel, polygraph: f.polygraph, clause, hard: obtainHard(clause, words) });
        // "… an active clearance is not required to apply" asks for none to be held.
        else if (f.kind === 'note' || (words.mandatory.test(body) && !words.notRequired.test(body))) out.push(f);
      }
    }
    start = end + 1;
  }
  return out;
}

/**
 * Years only wished for ("Ideally you'll bring four to seven years in technology risk") are the level an ad describes
 * when it asks for no years firmly; beside years asked for firmly they add nothing and are dropped, and so are the years
 * of a wished skill.
 */
export function withoutWishedYears(findings: readonly Finding[]): Finding[] {
  const firm = findings.some((f) => (f.kind === 'experience' || (f.kind === 'skill' && f.minYears !== undefined)) && f.clause.tier !== 'preferred');
  return findings
    .filter((f) => !(firm && f.kind === 'experience' && f.clause.tier === 'preferred'))
    .map((f) => (firm && f.kind === 'skill' && f.minYears !== undefined && f.clause.tier === 'preferred' ? withoutYears(f) : f));
}

/**
 * Years read in a paragraph that says the employer asks for no number of years ("We don't screen on years. Some of our
 * best people spent a decade in offensive security"): examples, no minimum of the role.
 */
export function withoutWaivedYears(findings: readonly Finding[], text: string, words: PostingWords): Finding[] {
  const waivers = [...text.matchAll(words.yearsWaived)].map((m) => m.index);
  if (waivers.length === 0) return [...findings];
  // The paragraphs of the text, cut at blank lines.
  const cuts = [0, ...[...text.matchAll(BLANK_LINES)].map((m) => m.index + m[0].length), text.length + 1];
  const paragraphs = cuts.slice(1).map((end, i) => ({ start: cuts[i] as number, end }));
  const said = paragraphs.filter((p) => waivers.some((at) => at >= p.start && at < p.end));
  const waived = (f: Finding) => said.some((p) => f.clause.start >= p.start && f.clause.start < p.end);
  return findings
    .filter((f) => !(f.kind === 'experience' && waived(f)))
    .map((f) => (f.kind === 'skill' && f.minYears !== undefined && waived(f) ? withoutYears(f) : f));
}

/** A blank line: the end of a paragraph. */
const BLANK_LINES = /\n[^\S\n]{0,8}\n/gu;

/** A skill finding without its years: a wished skill's years ("Kubernetes | 2 | Nice") are no minimum of the role. */
function withoutYears(f: Finding & { kind: 'skill' }): Finding {
  const { minYears: _years, yearsHard: _hard, ...rest } = f;
  return rest;
}

/** Where the value of a level label ends on a line of several labels ("Level: Senior (8+ years) · Reports to: CISO"). */
const LABEL_VALUE_END = /[·•|;]/u;

/**
 * The years a line labelled with the job's level states ("Level: Senior Manager (8+ years)", "Seniority: Mid (3-5
 * years)", "Karrierestufe: Senior (ab 6 Jahren)"): experience overall, the least of a range, asked as a header states
 * it. Wherever the line stands, in an ignored block of metadata or not.
 */
export function levelYearsFindings(text: string, words: PostingWords): Finding[] {
  const out: Finding[] = [];
  const y = words.years;
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const body = stripMarks(line);
    const label = words.levelLabel.exec(body);
    const count = yearsLabelValue(body, words.years);
    if (count !== undefined) {
      out.push({ kind: 'experience', measure: 'totalYears', minYears: count, clause: ignoredLineClause(body, start, end, 'required'), hard: true });
    } else if (label) {
      const value = body.slice(label[0].length);
      const cut = LABEL_VALUE_END.exec(value);
      const segment = cut ? value.slice(0, cut.index) : value;
      for (const m of yearsPhrases(segment, y)) {
        const lead = segment.slice(Math.max(0, m.index - 20), m.index);
        const upper = phraseYears(m.groups ?? {}, y);
        const lower = rangeLower(lead, words, y);
        const years = lower !== undefined && upper !== undefined && lower < upper ? lower : upper;
        if (years === undefined || years < 1 || years > 40 || y.upTo.test(lead) || y.timeBefore.test(lead)) continue;
        out.push({ kind: 'experience', measure: 'totalYears', minYears: years, clause: ignoredLineClause(body, start, end, 'required'), hard: true });
        break;
      }
    }
    start = end + 1;
  }
  return out;
}

/** A line of the parts of an ad that hold no requirement, read as one clause of `tier` (a must when required). */
function ignoredLineClause(body: string, start: number, end: number, tier: 'required' | 'preferred'): Clause {
  return { text: body, start, end, sentence: body, section: 'ignored', tier, mandatory: tier === 'required', hardSection: false, boilerplate: false };
}

/**
 * Certifications a line of the parts of an ad that hold no requirement says are wanted ("Additional information:
 * Possession of a CISSP … is desirable"): a preferred certification. Others there (training budgets) are none. The
 * mentions are in text order.
 */
export function ignoredCertificationFindings(
  text: string,
  mentions: readonly Mention[],
  isIgnored: (offset: number) => boolean,
  words: PostingWords,
): Finding[] {
  const out: Finding[] = [];
  let start = 0;
  // The mentions are in text order: each line's by a binary search, not a scan of every mention per line.
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const certs = dedupe(itemsIn(mentions, start, end, (m) => m.start).filter((m) => m.target === 'cert' && m.end <= end));
    const body = stripMarks(line);
    if (certs.length > 0 && isIgnored(start) && words.preferred.test(body) && !words.notConditions.test(body)) {
      const clause = ignoredLineClause(body, start, end, 'preferred');
      out.push({ kind: 'certification', anyOf: certs.map((m) => m.id), written: certs.map((m) => m.text), clause, hard: false });
    }
    start = end + 1;
  }
  return out;
}

/**
 * A clearance named without saying it must already be held (an overview line "Security clearance: Top Secret",
 * a title "(Public Trust)") is the clearance the ad says is to be obtained, when it says so: the note keeps it.
 */
export function withoutBareClearances(findings: readonly Finding[], words: PostingWords): Finding[] {
  if (!findings.some((f) => f.kind === 'note' && f.condition === 'clearance-obtainable')) return [...findings];
  // The levels the ad says are to be obtained ("You will need to obtain SC clearance …, and DV within six months").
  const toObtain = new Set(
    findings.flatMap((f) =>
      f.kind === 'note' && f.condition === 'clearance-obtainable' ? clearanceMentions(f.clause.text, words.clearances, () => true).map((m) => m.level) : [],
    ),
  );
  const kept = findings.flatMap((f): Finding[] => {
    if (f.kind !== 'clearance' || words.activeClearance.test(f.clause.text)) return [f];
    if (!words.mandatory.test(f.clause.text)) return [];
    // A level merely required ("This role requires DV") that the ad also says is to be obtained is not to be held already.
    if (f.minLevel && toObtain.has(f.minLevel))
      return [
        { kind: 'note', condition: 'clearance-obtainable', level: f.minLevel, polygraph: f.polygraph, clause: f.clause, hard: obtainHard(f.clause, words) },
      ];
    return [f];
  });
  // A level to obtain that a clearance to hold already covers is no condition of its own.
  // One whose own clause says a part of it is still to come ("Active Top Secret clearance with SCI eligibility") covers nothing.
  const covers = (f: Finding) => f.kind === 'clearance' && f.active && f.minLevel !== undefined && !eligibleLevel(f.clause.text, words);
  const held = Math.max(-1, ...kept.map((f) => (f.kind === 'clearance' && covers(f) && f.minLevel ? CLEARANCE_LEVELS.indexOf(f.minLevel) : -1)));
  // A clearance to obtain without a level ("candidates who must be able to obtain a clearance …") is the one held.
  return kept.filter(
    (f) => !(f.kind === 'note' && f.condition === 'clearance-obtainable' && held >= 0 && (!f.level || CLEARANCE_LEVELS.indexOf(f.level) <= held)),
  );
}

/** A level named with its own word of eligibility ("Top Secret clearance with SCI eligibility"): a part of it is still to come. */
function eligibleLevel(text: string, words: PostingWords): boolean {
  return clearanceMentions(text, words.clearances, () => true).some((m) => saysObtainable(text.slice(m.index, m.index + m.length), words));
}

const NOT_SPACE = /\S/u;

/**
 * A wish word in the gap after a list's item, apart from it ("… or model theft, is a strong plus, and so is Splunk"),
 * ends the list's clause: Splunk is another wish, not one more example. One right after the item ranks that item among
 * the others ("Azure preferred, AWS also fine"): the list goes on.
 */
function wishClosesList(gap: string, words: PostingWords): boolean {
  const wish = words.preferred.exec(gap);
  return wish !== null && NOT_SPACE.test(gap.slice(0, wish.index));
}

/**
 * Skills: the examples after "such as", "e.g.", "like", "including" form one any-of requirement, as do skills
 * joined by "or"; other skills stand alone.
 */
function skillFindings(clause: Clause, mentions: readonly Mention[], years: readonly YearsStatement[], text: string, words: PostingWords): Finding[] {
  const cues = [...exampleCues(clause, words), ...parenthesisCues(clause, mentions, words)].sort((a, b) => a.start - b.start);
  // The last cue that ends before the current mention (mentions come in text order): one pass over the cues.
  let next = 0;
  let last: { start: number; end: number } | undefined;
  const groups: Array<{ mentions: Mention[]; examples: boolean }> = [];
  let run: Mention[] = [];
  let anyOr = false;
  let examples = false;
  const instead = insteadParens(clause, words);
  const flush = (after?: Mention) => {
    if (run.length === 0) return;
    // A list closed by a cue ("PyTorch, TensorFlow or similar", "Docker, Podman o. Ä."): examples of one thing.
    if (!anyOr && !examples && run.length > 1) examples = closedByCue(run, after, cues);
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
    // A cue inside the aside of the item before ("GCP (insbesondere Vertex AI) oder AWS") gives examples of that item only.
    const aside = prev ? CLOSED_ASIDE.exec(gap) : null;
    const inAside = prev !== undefined && aside !== null && last !== undefined && last.end <= prev.end + aside[0].length;
    const cueBefore = last !== undefined && (prev === undefined || last.start >= prev.end) && !inAside;
    // "AWS or Azure (GCP also fine)", "Python (or Go)": a parenthesis right after the list adds one more alternative.
    // "GCP experience (we'd consider AWS or Azure instead)": one that accepts its skills in place of the one before, too.
    if (prev && (alternativeInParens(gap, text.slice(m.end, m.end + ALSO_REACH), words) || insteadParenOpens(gap, m, instead))) {
      anyOr = true;
      run.push(m);
      continue;
    }
    const orGap = words.orGap.test(gap) || words.orGap.test(gap.replace(PRODUCT_WORD, '')) || words.orGap.test(gap.replace(ITEM_ASIDE, ''));
    if (
      prev &&
      !cueBefore &&
      (orGap ||
        COMMA_GAP.test(gap) ||
        (examples && (words.listGap.test(gap) || (EXAMPLE_GAP.test(gap) && words.listSeparator.test(gap) && !wishClosesList(gap, words)))))
    ) {
      anyOr = orGap || anyOr;
      run.push(m);
      continue;
    }
    flush(m);
    run = [m];
    examples = cueBefore && last !== undefined && m.start - last.end <= 40;
  }
  flush();
  for (const span of alternativeSpans(clause, words)) mergeAlternatives(groups, span, text, words);
  // Skills named only inside a parenthesis that softens them ("AWS (Azure exposure is helpful)") are preferred.
  const softened = clause.softSpans && clause.tier !== 'preferred' ? { ...clause, tier: 'preferred' as const, mandatory: false } : clause;
  const inSoft = (m: Mention) => clause.softSpans?.some((s) => m.start >= s.start && m.end <= s.end) ?? false;
  const choices = providerChoices(groups, mentions);
  // A provider named by its own service beside others' ("Azure OpenAI, AWS Bedrock or Google Vertex AI") is in the choice of providers only.
  const own = choices.length > 0 ? groups.map((g) => withoutSelfProviders(g, choices)) : groups;
  return distinctGroups([...own, ...choices]).map((g) => {
    const ids = [...new Set(g.mentions.map((m) => m.id))];
    const stated = years.filter((y) => yearsApply(y, ids)).map((y) => y.years);
    const own = g.mentions.every(inSoft) ? softened : clause;
    const finding: Finding = { kind: 'skill', skills: ids, clause: own, hard: false, examples: g.examples && ids.length > 1 };
    if (stated.length > 0) finding.minYears = largest(stated, 0);
    return finding;
  });
}

/**
 * The stretches of a clause that a choice opens ("either …", "at least one of …", "mindestens einem der folgenden …"),
 * each up to the end of its statement (a sentence mark, a semicolon, ", and"), in absolute offsets.
 */
/** How far after a list its closing cue may start ("PyTorch, TensorFlow or similar"), in characters. */
const CLOSING_CUE_GAP = 3;

/** The list is closed by an example cue right after its last item, with no item right after the cue (it opens no list of its own). */
function closedByCue(run: readonly Mention[], after: Mention | undefined, cues: ReadonlyArray<{ start: number; end: number }>): boolean {
  const end = (run.at(-1) as Mention).end;
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid] as { start: number }).start < end) lo = mid + 1;
    else hi = mid;
  }
  const cue = cues[lo];
  return cue !== undefined && cue.start - end <= CLOSING_CUE_GAP && (after === undefined || after.start - cue.end > CLOSING_CUE_GAP);
}

function alternativeSpans(clause: Clause, words: PostingWords): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  words.alternativesLead.lastIndex = 0;
  for (let m = words.alternativesLead.exec(clause.text); m !== null; m = words.alternativesLead.exec(clause.text)) {
    const from = m.index + m[0].length;
    const stop = clause.text.slice(from).search(words.alternativesEnd);
    out.push({ start: clause.start + from, end: clause.start + (stop === -1 ? clause.text.length : from + stop) });
  }
  return out;
}

/**
 * After a choice opens, the groups of skills up to the last one an "or" word comes before, however far apart ("either
 * defined infrastructure with Terraform or run workloads on Kubernetes"), are one group of alternatives.
 */
function mergeAlternatives(
  groups: Array<{ mentions: Mention[]; examples: boolean }>,
  span: { start: number; end: number },
  text: string,
  words: PostingWords,
): void {
  const startOf = (g: { mentions: Mention[] }) => (g.mentions[0] as Mention).start;
  const endOf = (g: { mentions: Mention[] }) => (g.mentions.at(-1) as Mention).end;
  const first = groups.findIndex((g) => startOf(g) >= span.start && endOf(g) <= span.end);
  if (first === -1) return;
  const noOr = !words.orOnly.test(text.slice(span.start, span.end));
  let last = first;
  for (let i = first + 1; i < groups.length; i++) {
    const prev = groups[i - 1] as { mentions: Mention[] };
    const next = groups[i] as { mentions: Mention[] };
    if (endOf(next) > span.end) break;
    // A choice written with no "or" joins its items with list words ("un framework parmi PyTorch et TensorFlow").
    const gap = text.slice(endOf(prev), startOf(next));
    if (words.orOnly.test(gap) || (noOr && words.listGap.test(gap))) last = i;
  }
  if (last === first) return;
  const merged = groups.splice(first, last - first + 1);
  groups.splice(first, 0, { mentions: merged.flatMap((g) => g.mentions), examples: false });
}

/**
 * Each skill once: a skill named alone and again in an "or" list ("AWS …; AWS, Azure or GCP") is one of the
 * alternatives; one named and then again among examples ("Azure security services (Defender for Cloud, Entra ID)")
 * stays asked for and is one of the examples too; a group named twice counts once.
 */
function distinctGroups<G extends { mentions: Mention[]; examples: boolean }>(groups: readonly G[]): G[] {
  const key = (g: G) => [...new Set(g.mentions.map((m) => m.id))].sort().join('|');
  const inLists = new Set(groups.filter((g) => !g.examples && key(g).includes('|')).flatMap((g) => g.mentions.map((m) => m.id)));
  const seen = new Set<string>();
  return groups.filter((g) => {
    const k = key(g);
    if ((!k.includes('|') && inLists.has(k)) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The most characters between a skill and a list of its services in brackets ("Kubernetes (EKS or GKE)"). */
const SERVICES_OF_GAP = 3;

/**
 * A list of alternatives whose items are services of different providers ("AWS Bedrock or Azure OpenAI", "EKS or GKE")
 * is a choice of those providers too: one more group, of the providers (convention 3, read for lists).
 */
function providerChoices(
  groups: ReadonlyArray<{ mentions: Mention[]; examples: boolean }>,
  mentions: readonly Mention[],
): Array<{ mentions: Mention[]; examples: boolean }> {
  const out: Array<{ mentions: Mention[]; examples: boolean }> = [];
  for (const g of groups) {
    if (g.examples || g.mentions.length < 2 || !g.mentions.every((m) => m.companions)) continue;
    // "Kubernetes (EKS or GKE)": the services are the forms of the skill named right before them, no choice of providers.
    const first = g.mentions[0] as Mention;
    if (mentions.some((m) => m.end <= first.start && first.start - m.end <= SERVICES_OF_GAP && g.mentions.some((x) => x.id === m.id))) continue;
    const providers = g.mentions.flatMap((m) =>
      (m.companions ?? []).map((id): Mention => {
        const { companions: _, ...own } = m;
        return { ...own, id };
      }),
    );
    if (new Set(providers.map((p) => p.id)).size >= 2) out.push({ mentions: providers, examples: false });
  }
  return out;
}

/** A group less the providers named alone in it, when a choice of providers holds them and something else is left. */
function withoutSelfProviders(
  g: { mentions: Mention[]; examples: boolean },
  choices: ReadonlyArray<{ mentions: Mention[] }>,
): { mentions: Mention[]; examples: boolean } {
  const self = (m: Mention) => m.companions?.length === 1 && m.companions[0] === m.id && choices.some((c) => c.mentions.some((x) => x.start === m.start));
  const rest = g.mentions.filter((m) => !self(m));
  return rest.length > 0 && rest.length < g.mentions.length ? { ...g, mentions: rest } : g;
}

/** One capitalised word right after a skill, naming a product or edition of it: "AWS GovCloud or Azure Government". */
/**
 * A short parenthesis right after a list item, before the "or" ("AWS (SageMaker) or GCP (Vertex AI)"): the item's
 * aside; or the end of one whose last word is a skill too (the gap after "SageMaker" is ") or ").
 */
const ITEM_ASIDE = /^\s{0,2}(?:\([^()\n]{1,40})?\)(?=\s)/u;
/** A whole short parenthesis right after a list item: "GCP (especially Vertex AI)". */
const CLOSED_ASIDE = /^\s{0,2}\([^()\n]{1,40}\)(?=\s)/u;
const PRODUCT_WORD = unicodeRegex`^\s{1,2}\p{Lu}[\p{L}\p{N}-]{1,20}(?=\s)`;

/** The brackets of a clause that widen what precedes them ("5+ years in security engineering (any flavour - appsec, cloud)"), in absolute offsets. */
function wideningBrackets(clause: Clause, words: PostingWords): Array<{ start: number; end: number }> {
  if (!clause.text.includes('(')) return [];
  words.wideningBracket.lastIndex = 0;
  return [...clause.text.matchAll(words.wideningBracket)].map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }));
}

/** The reasons a requirement gives ("…, because privacy and AI governance questions arrive together"): what they name is not asked. */
function reasonSpans(clause: Clause, words: PostingWords): Array<{ start: number; end: number }> {
  if (clause.tier === 'duty') return [];
  words.reason.lastIndex = 0;
  return [...clause.text.matchAll(words.reason)].map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }));
}

/** After a skill, how far the words that make it another alternative ("also fine)") may reach. */
const ALSO_REACH = 40;
/** A parenthesis opening right after a skill, and what follows it up to the next skill. */
const PAREN_OPEN = /^\s{0,2}\(\s{0,2}([^()]{0,12})$/u;

/** The words between a skill and the next open a parenthesis that names another alternative: "(or GCP)", "(GCP also fine)". */
function alternativeInParens(gap: string, after: string, words: PostingWords): boolean {
  const open = PAREN_OPEN.exec(gap);
  if (!open) return false;
  const lead = open[1] as string;
  return lead === '' ? words.alsoAlternative.test(after) : words.orGap.test(` ${lead}`) && /^\s{0,3}\)/u.test(after);
}

/** A parenthesis of a clause, with its inner text. */
const PAREN = /\(([^()\n]{1,80})\)/gu;
/** The most characters between a skill and the parenthesis that accepts others in its place ("GCP experience ("). */
const INSTEAD_GAP = 16;

/**
 * The parentheses of a clause that accept their skills in place of the one before ("(strong AWS experience works too)")
 * or beside it ("(we also accept Azure or GCP)"), in absolute offsets.
 */
function insteadParens(clause: Clause, words: PostingWords): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // A dashed aside that closes the clause reads as a parenthesis: "PyTorch - TensorFlow is fine if you're happy to switch".
  const dash = DASH_ASIDE.exec(clause.text);
  if (dash && words.insteadAlternative.test(dash[1] as string)) out.push({ start: clause.start + dash.index + 1, end: clause.end });
  if (!clause.text.includes('(')) return out;
  PAREN.lastIndex = 0;
  const parens = [...clause.text.matchAll(PAREN)]
    .filter((p) => words.insteadAlternative.test(`${p[1] as string})`) || words.alsoAlternativeLead.test(p[1] as string))
    .map((p) => ({ start: clause.start + p.index, end: clause.start + p.index + p[0].length }));
  return [...out, ...parens];
}

/** A spaced dash and the rest of its clause, with no bracket: an aside that accepts its skill in place of the one before. */
const DASH_ASIDE = /\s[-–—]\s{1,2}([^()\n\-–—]{1,80})$/u;

/** Where a parenthesis or a spaced dash opens in the gap after a skill, or -1. */
function asideOpen(gap: string): number {
  const paren = gap.indexOf('(');
  if (paren >= 0) return paren;
  const dash = /\s[-–—]\s/u.exec(gap);
  return dash ? dash.index + 1 : -1;
}

/** The mention is the first skill inside such a parenthesis, which opens a few words after the skill before. */
function insteadParenOpens(gap: string, m: Mention, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  const open = asideOpen(gap);
  if (open < 0 || open > INSTEAD_GAP || gap.includes(')')) return false;
  const at = m.start - gap.length + open;
  return spans.some((s) => s.start === at && m.end <= s.end);
}

/** The years of a statement are those of a list of skills when they name its only skill or all of its skills, not one of several. */
function yearsApply(y: YearsStatement, ids: readonly string[]): boolean {
  const named = y.skills ?? [];
  return ids.length === 1 ? named.includes(ids[0] as string) : ids.every((id) => named.includes(id));
}

/**
 * An opening parenthesis after a word that is not a skill introduces examples of that word ("scripting (Python,
 * PowerShell)", "cloud platforms (AWS, Azure)"); after a skill it qualifies the skill ("Kubernetes (EKS)").
 */
/** How far before a skill its determiner, head noun and joiner are read ("un framework de "), in characters: bounded, so that a clause of many brackets is read in linear time. */
const QUALIFIED_HEAD_REACH = 64;

function parenthesisCues(clause: Clause, mentions: readonly Mention[], words: PostingWords): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const ends = new Map(mentions.map((m) => [m.end, m]));
  for (let i = clause.text.indexOf('('); i !== -1; i = clause.text.indexOf('(', i + 1)) {
    const at = clause.start + i;
    // A skill ends right before it (at most two characters before): "Kubernetes (EKS)". Unless the skill qualifies a
    // head noun after a determiner ("un framework de deep learning (PyTorch, TensorFlow)"): the bracket names the head's kinds.
    const skill = ends.get(at) ?? ends.get(at - 1) ?? ends.get(at - 2);
    if (!skill || words.qualifiedHead.test(clause.text.slice(Math.max(0, skill.start - clause.start - QUALIFIED_HEAD_REACH), skill.start - clause.start)))
      out.push({ start: at, end: at + 1 });
  }
  return out;
}

/** A closing bracket right after an example cue. */
const CLOSES_PARENTHESIS = /^[.,]?\s{0,2}\)/u;

/**
 * Where the clause says "such as", "e.g.", "like", "including" (in clause text offsets made absolute); "including at
 * least 3 years of …" starts a part of a years statement, not examples.
 */
function exampleCues(clause: Clause, words: PostingWords): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  words.examples.lastIndex = 0;
  for (let m = words.examples.exec(clause.text); m !== null; m = words.examples.exec(clause.text)) {
    const next = clause.text.slice(m.index + m[0].length, m.index + m[0].length + YEARS_AFTER_CUE);
    if (yearsPhrases(next, words.years).some((p) => p.index + p[0].length <= YEARS_AFTER_CUE)) continue;
    // A cue that closes its parenthesis ("(Kubeflow, MLflow or similar) and Python") ends a list: nothing after it is an example.
    if (CLOSES_PARENTHESIS.test(next)) continue;
    out.push({ start: clause.start + m.index, end: clause.start + m.index + m[0].length });
  }
  return out;
}

/**
 * An ML field named as what years of deploying or operating are spent on ("3 años desplegando y operando modelos de
 * machine learning en producción", "3+ years deploying and operating ML models"): the years' measure (mlYears), no
 * ask for the field as a skill; years that also develop or train models ("developing and deploying …") ask for it.
 */
function operatedField(m: Mention, clause: Clause, years: readonly YearsStatement[], words: PostingWords, ctx: YearsContext): boolean {
  if (ctx.fieldOf(m) !== 'mlYears' || !years.some((y) => y.measure === 'mlYears')) return false;
  if (words.modelDeveloping.test(clause.text)) return false;
  const before = clause.text.slice(0, m.start - clause.start);
  // A skill in brackets after the field ("… machine learning models (MLOps)") names the work itself: it is asked for.
  if (OPEN_BRACKET_END.test(before)) return false;
  const phrase = yearsPhrases(before, words.years).at(-1);
  if (phrase === undefined || !words.modelOperating.test(before.slice(phrase.index + phrase[0].length))) return false;
  // The field names the models operated: a model word right beside it ("modelos de machine learning", "ML models").
  const after = clause.text.slice(m.start - clause.start, m.end - clause.start + AFTER_REACH);
  const beside = [...(before.match(LETTER_RUNS()) ?? []).slice(-MODEL_WORD_REACH), ...(after.match(LETTER_RUNS()) ?? [])];
  return beside.some((w) => words.modelWords.has(fold(w)));
}

/**
 * An ML field named as a discipline or a role that years are spent in ("5-8 years hands-on ML engineering experience",
 * "minimum 2 years in ML engineering / MLOps roles"): the years' measure (mlYears), no ask for the field as a skill,
 * which the ad asks for, if it does, where it names the work ("developing, training and evaluating models").
 */
function workOfField(m: Mention, clause: Clause, years: readonly YearsStatement[], words: PostingWords, ctx: YearsContext): boolean {
  if (ctx.fieldOf(m) !== 'mlYears' || !years.some((y) => y.measure === 'mlYears') || words.modelDeveloping.test(clause.text)) return false;
  const after = clause.text.slice(m.end - clause.start, m.end - clause.start + FIELD_WORK_REACH);
  // A name that itself ends in the discipline's word ("ML engineering", read as the alias "ML engineer").
  const own = clause.text.slice(m.start - clause.start, m.end - clause.start).match(LETTER_RUNS()) ?? [];
  if (own.length > 1 && words.fieldWorkWords.has(fold(own.at(-1) as string))) return true;
  // The word right after the field ("MLOps roles").
  const next = after.match(LETTER_RUNS())?.[0];
  return next !== undefined && words.fieldWorkWords.has(fold(next));
}

/** How far after an ML field its discipline or role word is looked for, in characters. */
const FIELD_WORK_REACH = 30;

/** How many words before an ML field a model word may stand ("modèles de l'apprentissage": three). */
const MODEL_WORD_REACH = 3;
/** A bracket opened right before a mention. */
const OPEN_BRACKET_END = /\(\s{0,2}$/u;
/** How far after an ML field its model word may end, in characters: "-Modellen", " models". */
const AFTER_REACH = 10;
/** The words of a stretch of text (runs of letters), global: the words beside an ML field, the "or" before a degree. */
const LETTER_RUNS = once(() => unicodeLiteral`/\p{L}+/gu`);

/** What a years statement can learn about its skills and the job: the field each skill stands for. */
export interface YearsContext {
  /** The measure of a skill's kind of work (its `workKind`): "penetration testing" → securityYears. */
  kindOf: (skillId: string) => ExperienceMeasure | undefined;
  /**
   * The measure a mention names as a whole field, by the words written ("machine learning", "MLOps" → mlYears): its
   * years are that field's. Another name of the same skill names the skill ("ML pipelines" → mlops).
   */
  fieldOf: (mention: Mention) => ExperienceMeasure | undefined;
  /** The field of the job, from its title: what its "specialized experience" is. */
  jobMeasure: ExperienceMeasure | undefined;
  /** The skill that names the security of a thing by a plain alias ("cloud" → "cloud security", "LLM" → "LLM security"). */
  securityOf: (name: string) => string | undefined;
  /** A skill of the catalog, by id. */
  skillOf: (skillId: string) => Skill | undefined;
  /** The skill a phrase is a plain alias of ("application security"), if any. */
  skillNamed: (phrase: string) => string | undefined;
  /** Years that a footnote gives a starred word, by its stars ("*Significant experience is defined as … three (3) years" → `*` 3). */
  footnoteYears?: ReadonlyMap<string, number>;
  /** The tables whose header heads a column of minimum years, in text order (`yearsColumns`). */
  yearsColumns?: readonly YearsColumn[];
}

/** The rows of a table under a header with a column of minimum years ("Skill | Min. yrs | Must / Nice"), and that column. */
export interface YearsColumn {
  start: number;
  end: number;
  column: number;
}

/** The cells of a table row, a leading separator ("| Python | 4 |") dropped so that header and rows count alike. */
function rowCells(line: string): string[] {
  return line.replace(/^[^\S\n]{0,8}[|\t]/u, '').split(/[|\t]/u);
}

/** Each table whose header row names a column of minimum years, with the rows under it up to the first line that is no row. */
export function yearsColumns(text: string, words: PostingWords): YearsColumn[] {
  const out: YearsColumn[] = [];
  let current: YearsColumn | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    const cells = rowCells(line);
    if (cells.length < 2) current = undefined;
    else if (current) current.end = end;
    else {
      const column = cells.findIndex((c) => words.years.yearsColumnHeader.test(c));
      if (column > 0) {
        current = { start: end, end, column };
        out.push(current);
      }
    }
    offset = end + 1;
  }
  return out;
}

/** A bare count in a cell ("4", "3+"). */
const BARE_COUNT = /^[^\S\n]{0,8}(\d{1,2})\+?[^\S\n]{0,8}$/u;

/** The count in a table row's column of minimum years ("Python | 4 | Must"): the years of the skills its first cell names. */
function columnYears(clause: Clause, skills: readonly Mention[], ctx: YearsContext): YearsStatement[] {
  const tables = ctx.yearsColumns ?? [];
  let lo = 0;
  let hi = tables.length - 1;
  let table: YearsColumn | undefined;
  while (lo <= hi && table === undefined) {
    const mid = (lo + hi) >> 1;
    const t = tables[mid] as YearsColumn;
    if (clause.start < t.start) hi = mid - 1;
    else if (clause.start > t.end) lo = mid + 1;
    else table = t;
  }
  if (table === undefined) return [];
  const cells = rowCells(clause.text);
  const years = Number(BARE_COUNT.exec(cells[table.column] ?? '')?.[1] ?? Number.NaN);
  if (!(years >= 1 && years <= 40)) return [];
  const first = clause.text.search(/[^\s|]/u);
  const firstEnd = clause.text.slice(Math.max(0, first)).search(/[|\t]/u);
  if (first < 0 || firstEnd < 0) return [];
  const depth = bracketDepths(clause.text.slice(first, first + firstEnd));
  const inCell = skills.filter((s) => s.start - clause.start - first >= 0 && s.end - clause.start <= first + firstEnd);
  const named = new Set(inCell.filter((s) => depth[s.start - clause.start - first] === 0).map((s) => s.id));
  // Only examples in brackets, all of one skill ("GenAI app development (LangChain, LlamaIndex)"): that skill.
  const examples = new Set(inCell.map((s) => s.id));
  const ids = named.size > 0 ? [...named] : examples.size === 1 ? [...examples] : [];
  // Several skills of one kind of work ("Application security / pen testing"): that field's years.
  const kinds = new Set(ids.map((id) => ctx.kindOf(id)));
  const kind = ids.length > 1 && kinds.size === 1 ? [...kinds][0] : undefined;
  return kind ? [{ years, measure: kind }] : ids.length > 0 ? [{ years, skills: ids }] : [];
}

/** A word marked for a footnote, before the word it qualifies ("Significant* experience", "Recent** experience"). */
const STARRED = once(() => unicodeLiteral`/(?<![\p{L}*])\p{L}{3,20}(\*{1,3})(?=\s{1,3}\p{L})/gu`);
/** A footnote line: its stars, then what it defines. */
const FOOTNOTE = once(() => unicodeLiteral`/^[ \t]{0,8}(\*{1,3})[ \t]{0,3}(\p{L}[^\n]{0,400})$/gmu`);

/**
 * The years each footnote of an ad gives the starred word it defines ("*Significant experience is defined as … a period
 * of approximately three (3) years"): a definition word and one length of years.
 */
export function footnoteYears(text: string, words: PostingWords): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(FOOTNOTE())) {
    const stars = m[1] as string;
    const body = m[2] as string;
    if (out.has(stars) || !words.definitionWords.test(body)) continue;
    const phrases = yearsPhrases(body, words.years);
    const phrase = phrases.length === 1 ? phrases[0] : undefined;
    if (phrase === undefined) continue;
    // A time, no length: "**Recent experience is defined as experience acquired within the last five (5) years".
    const lead = body.slice(Math.max(0, phrase.index - 20), phrase.index);
    const after = body.slice(phrase.index + phrase[0].length);
    if (words.years.timeBefore.test(lead) || words.years.upTo.test(lead) || words.years.timeAfter.test(after)) continue;
    const years = phraseYears(phrase.groups ?? {}, words.years);
    if (years !== undefined && years >= 1 && years <= 40) out.set(stars, years);
  }
  return out;
}

/** Years a footnote gives the starred word of a clause ("Significant* experience providing advice …"), read as "N years of experience …". */
function footnotedYears(clause: Clause, skills: readonly Mention[], text: string, words: PostingWords, ctx: YearsContext): YearsStatement[] {
  if (!ctx.footnoteYears?.size) return [];
  for (const m of clause.text.matchAll(STARRED())) {
    const years = ctx.footnoteYears.get(m[1] as string);
    if (years === undefined) continue;
    const start = clause.start + m.index;
    const subject = subjectOf(start, start + m[0].length, clause.end, skills, text, words, ctx, undefined);
    return subject ? [{ years, ...subject }] : [];
  }
  return [];
}

/** A count in a sentence of its own after a sentence end ("… for a few years. We think 4+ is about right"). */
const COUNT_AFTER_SENTENCE = unicodeRegex`[.!][^\S\n]{1,3}(?:[\p{L}'’]{1,20}[^\S\n]{1,3}){0,4}(\d{1,2})[^\S\n]{0,2}\+(?![\p{L}\p{N}])`;

/** How far after vague years their count in an aside is looked for, in characters. */
const ASIDE_COUNT_REACH = 110;

/**
 * A count closing an aside after vague years ("a good few years in the working world - we'd guess somewhere north of eight -",
 * "several years in IT audit - typically at least five, including …", "– we'd guess four or more –").
 */
const COUNT_IN_ASIDE = unicodeRegex`^[^.!?\n–—(-]{0,60}\s[–—(-][^\S\n]{0,3}([^–—()\n,.;]{1,70}?)[^\S\n]{0,3}(?:[–—),]|-\s)`;

/** The most words an aside may hold before its count. */
const ASIDE_LEAD_WORDS = 6;
/** A plus after a count ("6+"). */
const TRAILING_PLUS = /\+$/u;

/**
 * The count of vague years given in an aside right after them, as a digit or a number word, with nothing after it but
 * words of a minimum ("four or more"); words before it other than "at least", "north of" (the lexicon's `approximate`)
 * make it a guess, no must.
 */
function asideCount(after: string, words: PostingWords): { years: number; at: number; guide: boolean } | undefined {
  const m = COUNT_IN_ASIDE.exec(after);
  if (!m) return undefined;
  const parts = (m[1] ?? '').trim().split(/\s+/u);
  let at = -1;
  let years: number | undefined;
  for (let i = 0; i < parts.length && i <= ASIDE_LEAD_WORDS && years === undefined; i++) {
    years = readNumber((parts[i] as string).replace(TRAILING_PLUS, ''), words.years);
    at = i;
  }
  if (years === undefined || years < 1 || years > 40) return undefined;
  if (
    parts
      .slice(at + 1)
      .join(' ')
      .replace(words.years.approximate, ' ')
      .trim() !== ''
  )
    return undefined;
  const lead = parts.slice(0, at).join(' ').replace(words.years.approximate, ' ').trim();
  return { years, at: m.index + m[0].length, guide: lead !== '' };
}

/** How far after an aside's count the field of vague years is looked for, in characters. */
const FIELD_AFTER_ASIDE = 60;

/** A sentence's or a clause's end. */
const PART_END = /[.!?;:\n]/u;

/** The rest of the sentence from `at`, up to `FIELD_AFTER_ASIDE` characters. */
function sentenceAfter(text: string, at: number): string {
  const rest = text.slice(at, at + FIELD_AFTER_ASIDE);
  const end = PART_END.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

/**
 * Years named with no count ("You've done security engineering for a few years") and counted in the next sentence
 * ("We think 4+ is about right"): the count is the years of the one field that sentence names.
 */
function countedVagueYears(clause: Clause, skills: readonly Mention[], words: PostingWords): YearsStatement[] {
  // A statement wrapped over lines reads as one ("for a good⏎   few years"): each run of spaces is one (only counts are returned).
  const clauseText = clause.text.replace(/\s+/gu, ' ');
  const vague = words.years.vagueYears.exec(clauseText);
  if (!vague) return [];
  const from = vague.index + vague[0].length;
  const aside = asideCount(clauseText.slice(from, from + ASIDE_COUNT_REACH), words);
  if (aside) {
    // The field is named before the aside, or else right after it ("a few years (think 3+) in security engineering");
    // none named is experience overall ("a good few years in the working world").
    const named = (part: string) => words.years.fieldsNamed.filter(([, re]) => re.test(part));
    // Fields joined by "or" before the aside ("in IT audit, technology risk or model risk") are any of several: experience overall.
    const before = words.orOnly.test(clauseText.slice(from, from + aside.at)) ? [] : named(clauseText.slice(0, from + aside.at));
    const fields = before.length > 0 ? before : named(sentenceAfter(clauseText, from + aside.at));
    if (fields.length > 1) return [];
    // No field, but one skill done for those years before them ("doing pen testing for a few years (6+)"): its years.
    const own = fields.length === 0 ? onlySkillIn(skills, clause.start, clause.start + originalIndex(clause.text, vague.index)) : undefined;
    if (own) return [{ years: aside.years, skills: [own], guide: aside.guide }];
    return [{ years: aside.years, measure: fields[0]?.[0] ?? 'totalYears', guide: aside.guide }];
  }
  const count = COUNT_AFTER_SENTENCE.exec(clauseText.slice(from));
  const years = Number(count?.[1]);
  if (!count || years < 1 || years > 40) return [];
  // The field is named in the sentence of the vague years, before or after them ("Several years of machine learning").
  const lead = clauseText.slice(0, from + count.index);
  const fields = words.years.fieldsNamed.filter(([, re]) => re.test(lead));
  return fields.length === 1 && fields[0] ? [{ years, measure: fields[0][0], guide: false }] : [];
}

/**
 * Every "N years of …" of a clause, with what it is about: skills, a broad measure, or experience overall. "up to
 * 4 years" and "an additional 4 years" state no minimum; "for 80 years" (a company's history) names no subject and
 * is dropped; after a first statement, a bare number ("of which at least 2 in cloud security") states years too,
 * and a later statement is part of the first: it names a narrower subject.
 */
function yearsStatements(
  clause: Clause,
  skills: readonly Mention[],
  text: string,
  words: PostingWords,
  ctx: YearsContext,
  objects: number[] = [],
  whole?: YearsStatement,
  all: readonly Mention[] = skills,
): YearsStatement[] {
  const out: YearsStatement[] = [];
  // "…; or a Master's degree and 3 years": another path, whose years are no minimum of the role.
  if (words.alternativePath.test(clause.text)) return out;
  const y = words.years;
  let lastEnd = -1;
  let firstEnd = -1;
  const phrases = yearsPhrases(clause.text, y);
  if (phrases.length === 0 && whole === undefined)
    return [...footnotedYears(clause, skills, text, words, ctx), ...countedVagueYears(clause, skills, words), ...columnYears(clause, skills, ctx)];
  const degrees = degreeMentions(clause.text, words.degrees, words.degreeAbbreviation);
  // "À défaut, un Bac+3 … si vous justifiez de 4 ans": the years of another route to the degree are no minimum either.
  const route = degreeRouteStart(clause.text, degrees, words);
  for (const [i, m] of phrases.entries()) {
    // Years that are part of a degree's name ("two years of a post-secondary program", "deux années d'études postsecondaires").
    if (degrees.some((d) => m.index >= d.index && m.index < d.index + d.length)) continue;
    const g = m.groups ?? {};
    const upper = phraseYears(g, y);
    const lead = clause.text.slice(Math.max(0, m.index - 20), m.index);
    // "between 3 and 5 years": the lower end is the minimum.
    const lower = rangeLower(lead, words, y);
    const years = lower !== undefined && upper !== undefined && lower < upper ? lower : upper;
    if (years === undefined || years < 1 || years > 40) continue;
    const after = clause.text.slice(m.index + m[0].length);
    // The cues read right after the years open it: a short window of it, so that one huge clause stays linear.
    const opening = after.slice(0, CUE_REACH);
    if (y.upTo.test(lead) || y.additionalBefore.test(lead) || y.additionalAfter.test(opening)) continue;
    // A time, no length of experience: "two years ago", "within the last 5 years"; a rate: "one certification a year".
    if (y.timeBefore.test(lead) || y.timeAfter.test(opening) || (g.whole !== undefined && perYear(lead, y))) continue;
    if (degreeAlternative(clause.text.slice(0, m.index), words)) continue;
    // "… 9 years of security experience in lieu of a degree": years of a route with no degree.
    if (m.index >= route || words.noDegreeRoute.test(after.slice(0, (phrases[i + 1]?.index ?? clause.text.length) - m.index - m[0].length))) continue;
    if (out.length > 0 && withHigherDegree(clause.text.slice(m.index + m[0].length, m.index + m[0].length + DEGREE_PATH_REACH), words)) continue;
    const start = clause.start + m.index;
    const end = start + m[0].length;
    // The subject ends where the next years phrase starts ("7+ years in IT with 3+ years in cloud security").
    // It ends where another route to the degree starts, too ("…, o bien un grado en …").
    const limit = clause.start + Math.min(nextYearsAt(clause.text, phrases, i, y), route);
    const partOf = narrower(out, lastEnd, m.index, clause);
    const subject = governedField(
      (partOf === undefined ? pointedBack(clause, m, skills, words) : undefined) ??
        (partOf === undefined ? durationSubject(clause, m, skills, words) : undefined) ??
        coordinated(subjectOf(start, end, limit, skills, text, words, ctx, partOf), partOf, clause.text.slice(0, m.index), words) ??
        bareYears(clause.text, m, words) ??
        asideSubject(clause.text.slice(0, m.index), words) ??
        tailSentenceSubject(clause.text, m, words) ??
        rowSubject(clause, m, skills, words),
      end,
      limit,
      skills,
      text,
      words,
      ctx,
    );
    // Years that name no subject of their own, in an item headed by one skill ("Kubernetes in production. 3 years minimum"): that skill's.
    const headed =
      partOf === undefined && (subject === undefined || subject.measure === 'totalYears') ? headSkillYears(clause, m, all, text, words) : undefined;
    const object = subject && partOf !== undefined && out[0] ? mlObjectOfSecurity(out[0], subject, after, words, ctx) : undefined;
    if (object !== undefined) {
      objects.push(end + object);
      continue;
    }
    if (headed || subject) {
      out.push({ years, ...(headed ?? subject) });
      if (firstEnd < 0) firstEnd = m.index + m[0].length;
      lastEnd = m.index + m[0].length;
    }
  }
  // A clause that opens with a part of the years before it ("At least 4 of those years building ML models"): its
  // numbers are parts of those years, as after a comma.
  const base = out[0] ?? (lastEnd < 0 ? whole : undefined);
  if (base === undefined) return out;
  // From the first statement on: a part may stand before a later statement ("10+ years …, of which at least 5 in
  // security, plus 2+ years with ML systems").
  for (const m of bareNumbers(clause.text, Math.max(0, firstEnd), y)) {
    // The number of a years phrase read above is no bare number, even when that phrase named no subject ("2 years securing …").
    if (phrases.some((p) => m.index >= p.index && m.index < p.index + p[0].length)) continue;
    const years = m.value;
    // A part is no longer than the whole ("7 years in security, of which 2 in cloud security").
    if (years < 1 || years > base.years) continue;
    const start = clause.start + m.index;
    const subject = governedField(
      subjectOf(start, start + m.length, clause.end, skills, text, words, ctx, base.measure ?? 'skill'),
      start + m.length,
      clause.end,
      skills,
      text,
      words,
      ctx,
    );
    const object = subject ? mlObjectOfSecurity(base, subject, clauseTextAfter(clause, start + m.length), words, ctx) : undefined;
    if (object !== undefined) {
      objects.push(start + m.length + object);
      continue;
    }
    if (subject && !out.some((s) => s.years === years && (s.measure === subject.measure || s.skills?.[0] === subject.skills?.[0])))
      out.push({ years, ...subject });
  }
  return out;
}

/** How far after years their object may name the governing of an ML field, in characters. */
const GOVERNED_REACH = 100;

/**
 * Years of ML work whose object names a skill of governing ("supporting AI/ML governance or model risk management", "in
 * governance or validation of AI/ML models") and no building are years of governing the field, not of ML work: that
 * skill's years, when one skill is named (convention 45).
 */
function governedField(
  subject: Omit<YearsStatement, 'years'> | undefined,
  end: number,
  limit: number,
  skills: readonly Mention[],
  text: string,
  words: PostingWords,
  ctx: YearsContext,
): Omit<YearsStatement, 'years'> | undefined {
  if (subject?.measure !== 'mlYears') return subject;
  const to = Math.min(limit, end + GOVERNED_REACH);
  if (words.building.test(text.slice(end, to))) return subject;
  const ids = new Set(skills.filter((m) => m.start >= end && m.end <= to && ctx.skillOf(m.id)?.category === 'governance').map((m) => m.id));
  return ids.size === 1 ? { skills: [...ids] } : subject;
}

/**
 * Years that point back with a pronoun right after them ("Python is a must, ideally 3 years of it", "Kubernetes, gerne 2
 * Jahre damit"): the years of the skill named last before them in the clause.
 */
function pointedBack(clause: Clause, m: RegExpExecArray, skills: readonly Mention[], words: PostingWords): Omit<YearsStatement, 'years'> | undefined {
  // Fillers may stand between ("4 years of experience with it", "4 Jahre Erfahrung damit").
  let after = clause.text.slice(m.index + m[0].length, m.index + m[0].length + POINT_BACK_REACH);
  for (let i = 0; i < POINT_BACK_FILLERS && !words.years.pointBack.test(after); i++) {
    const word = NEXT_WORD.exec(after);
    if (!word || !words.years.fillers.has(fold(word[1] as string))) return undefined;
    after = after.slice(word[0].length);
  }
  if (!words.years.pointBack.test(after)) return undefined;
  const at = clause.start + m.index;
  const last = itemsIn(skills, clause.start, at, (s) => s.start)
    .filter((s) => s.end <= at && s.target === 'skill')
    .at(-1);
  return last ? { skills: [last.id] } : undefined;
}

/** How many characters after a years phrase are read for a pronoun that points back, and how many fillers may come first. */
const POINT_BACK_REACH = 60;
const POINT_BACK_FILLERS = 3;
/** The next word of a text, and the blanks before it. */
const NEXT_WORD = unicodeRegex`^\s{0,3}([\p{L}\p{N}-]{1,30})`;

/** How many characters after a years phrase are read for the words that close it ("minimum and they mean it"). */
const CLOSING_REACH = 30;

/** A mark or the end right after a years phrase, or a joining word (group 1): the phrase names no subject after it. */
const CLOSED_AFTER = unicodeRegex`^\s{0,3}(?:$|[.,;:!?)–—-]|(\p{L}{1,8})(?![\p{L}]))`;

/**
 * Years that name nothing after them ("3 years minimum", "min. 4 years.") in a list item that opens with one skill and
 * names no other before them ("Kubernetes in production. They've said 3 years minimum"): the years of that skill.
 */
function headSkillYears(
  clause: Clause,
  m: RegExpExecArray,
  skills: readonly Mention[],
  text: string,
  words: PostingWords,
): Omit<YearsStatement, 'years'> | undefined {
  const y = words.years;
  const closing = clause.text.slice(m.index + m[0].length, m.index + m[0].length + CLOSING_REACH).replace(y.approximate, ' ');
  const closed = CLOSED_AFTER.exec(closing);
  if (!closed || (closed[1] !== undefined && !y.joins.has(fold(closed[1])))) return undefined;
  // The item is the line the years stand on, read back a bounded stretch.
  const at = clause.start + m.index;
  const from = Math.max(0, at - ITEM_REACH);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart < from) return undefined;
  // The mentions are in text order: a binary search keeps a long ad of many years phrases linear.
  const before = itemsIn(skills, lineStart, at, (s) => s.start).filter((s) => s.end <= at && s.target === 'skill');
  const head = before[0];
  if (before.length !== 1 || head === undefined) return undefined;
  // The skill heads the item: only a bullet or blanks before it.
  return ITEM_OPENING.test(text.slice(lineStart, head.start)) ? { skills: [head.id] } : undefined;
}

/** Only a bullet or blanks: what may stand before the skill that heads a list item. */
const ITEM_OPENING = unicodeRegex`^[\s\p{P}]{0,3}$`;

/** How far back the line of a years phrase is read for the skill that heads it, in characters. */
const ITEM_REACH = 160;

/** The text of a clause after an absolute offset. */
function clauseTextAfter(clause: Clause, at: number): string {
  return clause.text.slice(at - clause.start);
}

/** Field names joined to the one before by slashes ("/ML" in "AI/ML systems"). */
const FIELD_SLASHES = unicodeRegex`^(?:\/[\p{L}\p{N}]{1,12})+`;

/** A field name joined to the one before by an `or` word or a comma ("or GenAI" in "AI/ML or GenAI systems"). */
const JOINED_FIELD = unicodeRegex`^\s{0,3}(,|\p{L}{1,6})\s{1,3}[\p{L}\p{N}]{1,12}(?:\/[\p{L}\p{N}]{1,12})*`;

/** The text after a field with the names joined to it dropped (two at most): "/ML or GenAI systems" → " systems". */
function withoutJoinedFields(rest: string, words: PostingWords): string {
  let out = rest.replace(FIELD_SLASHES, '');
  for (let i = 0; i < 2; i++) {
    const m = JOINED_FIELD.exec(out);
    if (!m || words.years.systemNounFirst.test(out) || (m[1] !== ',' && !words.orOnly.test(m[1] as string))) break;
    out = out.slice(m[0].length);
  }
  return out;
}

/**
 * A part of years of security work whose ML field is what the work was done on, named after words of their own and
 * no verb of building ("…, including at least one year in which the systems under review incorporated machine
 * learning"): security work on ML systems, no ML years. The offset in `after` where the field is named, if so.
 */
function mlObjectOfSecurity(
  first: YearsStatement,
  subject: Omit<YearsStatement, 'years'>,
  after: string,
  words: PostingWords,
  ctx: YearsContext,
): number | undefined {
  if (subject.measure !== 'mlYears') return undefined;
  if (first.measure !== 'securityYears' && !(first.skills?.length && first.skills.every((id) => ctx.kindOf(id) === 'securityYears'))) return undefined;
  const ml = words.years.fieldsNamed.find(([measure]) => measure === 'mlYears')?.[1].exec(after);
  if (!ml) return undefined;
  const between = after.slice(0, ml.index);
  // The words that make the number a part ("of those years") are no words of the work: "1 of those years in ML engineering".
  const own = between
    .slice(partWords(between, words))
    .split(/\s+/u)
    .filter((w) => !words.years.yearWords.has(fold(w)))
    .join(' ');
  if (words.building.test(between) || words.years.handsOn.test(between)) return undefined;
  // "… with at least 2 years focused on AI/ML systems": the field names the systems the security work is done on, unless
  // the part goes on to build them ("… machine learning systems (building, training or deploying models)").
  const rest = after.slice(ml.index + ml[0].length);
  const onSystems = words.years.systemNounFirst.test(withoutJoinedFields(rest, words)) && !words.building.test(rest) && !words.modelDeveloping.test(rest);
  return leadWords(own, words) >= 2 || onSystems ? ml.index : undefined;
}

/** A count and the thing counted right before a years phrase of no number of its own ("one certification a year"). */
const COUNT_BEFORE = unicodeRegex`(?:^|[\s$€£])(\d[\d.,]*|\p{L}{2,12})(?:\s{1,3}\p{L}{2,20})?\s{1,3}$`;

/** "a year" right after a count of something ("one certification a year", "$2,500 a year"): a rate, no length of experience. */
function perYear(lead: string, y: YearsWords): boolean {
  const count = COUNT_BEFORE.exec(lead)?.[1];
  return count !== undefined && readNumber(count, y) !== undefined;
}

/** A number and a dash right before a number: the number after it ends a range ("2-3", "2 – 3"). */
const RANGE_BEFORE = /\d\s{0,2}[-–]\s{0,2}$/u;

/** A letter right before a number: the number is part of a name or rank ("N2", "L3"). */
const GLUED_TO_LETTER = unicodeRegex`\p{L}$`;

/** How far before a bare number a rank word is read ("level", "nivel"), in characters. */
const RANK_REACH = 16;

/** A number word right after "at least", "minimum" (the lexicon's `approximate` words): "… including at least two in a security role". */
const NUMBER_WORD = unicodeRegex`^\s{1,3}(\p{L}{3,12})(?![\p{L}-])`;

/**
 * The bare numbers after a years statement, in text order: digits ("of which 2 in cloud security"), or a number word
 * after "at least" and its kin ("including at least two in a dedicated security role").
 */
function bareNumbers(clauseText: string, from: number, y: YearsWords): Array<{ index: number; length: number; value: number }> {
  const out: Array<{ index: number; length: number; value: number }> = [];
  const bare = BARE_NUMBER();
  bare.lastIndex = from;
  for (let m = bare.exec(clauseText); m !== null; m = bare.exec(clauseText)) {
    // The upper end of a range ("at least 2-3 of those"): the lower end, read before it, is the minimum.
    if (RANGE_BEFORE.test(clauseText.slice(Math.max(0, m.index - 6), m.index))) continue;
    // A rank, no part of the years: a number glued to a letter ("N2", "L3") or after a rank word ("level 2", "nivel 2").
    if (
      GLUED_TO_LETTER.test(clauseText.slice(Math.max(0, m.index - 1), m.index)) ||
      y.rankBefore.test(clauseText.slice(Math.max(0, m.index - RANK_REACH), m.index))
    )
      continue;
    out.push({ index: m.index, length: m[0].length, value: Number(m[1]) });
  }
  const rest = clauseText.slice(from);
  for (const a of rest.matchAll(y.approximate)) {
    const at = a.index + a[0].length;
    const w = NUMBER_WORD.exec(rest.slice(at, at + 16));
    const value = w ? readNumber(w[1] as string, y) : undefined;
    if (w && value !== undefined) out.push({ index: from + at + (w[0].length - (w[1] as string).length), length: (w[1] as string).length, value });
  }
  // A number word that counts a part of the years ("…, two or more of them spent securing AWS"), the words that say so included.
  for (const w of rest.matchAll(COUNTED_PART())) {
    const value = readNumber(w[1] as string, y);
    if (value !== undefined && !out.some((o) => o.index === from + w.index)) out.push({ index: from + w.index, length: w[0].length, value });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A number word followed by words that make it a part of the years before it: "two or more of them", "three of those". */
const COUNTED_PART = once(() => unicodeLiteral`/(?<![\p{L}\p{N}])(\p{L}{3,9})\s{1,3}(?:or more\s{1,3})?of (?:them|those|these)(?![\p{L}])/giu`);

/**
 * Experience overall joined by "and" to a field named before it ("Formal training or certification on security
 * engineering concepts and 5+ years applied experience") is experience in that field; a degree's field of study is
 * no field of work ("Bachelor's degree in Cybersecurity and 8+ years of relevant experience").
 */
function coordinated(
  subject: Omit<YearsStatement, 'years'> | undefined,
  partOf: ExperienceMeasure | 'skill' | undefined,
  before: string,
  words: PostingWords,
): Omit<YearsStatement, 'years'> | undefined {
  if (subject?.measure !== 'totalYears' || partOf !== undefined || !words.andBefore.test(before)) return subject;
  if (degreeMentions(before, words.degrees, words.degreeAbbreviation).length > 0) return subject;
  const fields = words.years.fieldsNamed.filter(([, re]) => re.test(before));
  return fields.length === 1 && fields[0] ? { measure: fields[0][0] } : subject;
}

/** How far after a years phrase the degree it goes with may start ("6+ years with a Master's degree"), in characters. */
const DEGREE_PATH_REACH = 14;

/**
 * A later years phrase followed by a degree above a bachelor's ("8+ years …, 6+ years with a Master's degree, 4+ with
 * a PhD"): fewer years for a higher degree, not the role's minimum, which is the first statement's.
 */
function withHigherDegree(after: string, words: PostingWords): boolean {
  return degreeMentions(after, words.degrees, words.degreeAbbreviation).some(
    (d) => d.index <= DEGREE_PATH_REACH && DEGREE_LEVELS.indexOf(d.level) > DEGREE_LEVELS.indexOf('bachelor'),
  );
}

/** How many characters may stand between an "or" and the degree it opens ("OR a Ph.D.", "or an equivalent doctoral degree"). */
const OR_DEGREE_GAP = 24;

/**
 * A degree right after an "or" that follows years asked alone ("… experience, OR a Ph.D. or equivalent"): another path.
 * Paths that each join a degree and years ("Bachelor's and 5 years, or a Master's and 3 years") are read elsewhere.
 */
function degreeAfterOr(clauseText: string, words: PostingWords): boolean {
  const phrases = yearsPhrases(clauseText, words.years);
  const first = phrases[0];
  if (!first || degreeMentions(clauseText.slice(0, first.index), words.degrees, words.degreeAbbreviation).length > 0) return false;
  const after = clauseText.slice(first.index + first[0].length);
  const offset = first.index + first[0].length;
  return degreeMentions(after, words.degrees, words.degreeAbbreviation).some((d) => {
    // Years of its own after the degree, joined by no "or" ("or a Master's and 3 years"), make it a path of a degree and years.
    const next = phrases.find((p) => p.index > offset + d.index);
    if (next && !words.orOnly.test(clauseText.slice(offset + d.index + d.length, next.index))) return false;
    return degreeAfterOrWord(after.slice(Math.max(0, d.index - OR_DEGREE_GAP), d.index), words);
  });
}

/** How many characters may stand between the words that open another route and its degree ("Alternatively, candidates with a bachelor's"). */
const ROUTE_DEGREE_GAP = 40;

/**
 * Where a clause starts another route to the degree, whose years are its condition and no minimum of the role: at a
 * bachelor's or lower after words that open one ("Alternatively, a bachelor's degree with 4 years", "À défaut, un
 * Bac+3 …", "o bien un grado con 4 años"), at a lower degree than one named before it after an "or" ("Master's and 2
 * years, or a bachelor's with 5"), or at words of a route with no degree ("in lieu of a degree, 6 years"). A route
 * through a higher degree (fewer years with a master's) is read as before; `Infinity` when the clause opens none.
 */
function degreeRouteStart(text: string, degrees: readonly DegreeMention[], words: PostingWords): number {
  let highest = -1;
  for (const d of degrees) {
    const level = DEGREE_LEVELS.indexOf(d.level);
    const lead = text.slice(Math.max(0, d.index - ROUTE_DEGREE_GAP), d.index);
    const opened = words.degreeRouteLead.exec(lead);
    if (opened && level <= DEGREE_LEVELS.indexOf('bachelor') && !/[.;:]/u.test(lead.slice(opened.index))) return d.index;
    if (level < highest && degreeAfterOrWord(lead.slice(-OR_DEGREE_GAP), words)) return d.index;
    highest = Math.max(highest, level);
  }
  return words.noDegreeRoute.exec(text)?.index ?? Number.POSITIVE_INFINITY;
}

/** An "or" word a few words before a degree, no sentence mark between ("…, or a bachelor's"). */
function degreeAfterOrWord(lead: string, words: PostingWords): boolean {
  const or = [...lead.matchAll(LETTER_RUNS())].reverse().find((w) => words.orOnly.test(w[0]));
  const between = or === undefined ? '' : lead.slice(or.index + or[0].length);
  return or !== undefined && !/[.;:]/u.test(between) && between.trim().split(/\s+/u).filter(Boolean).length <= 2;
}

/** Years after a degree and an "or" ("Bachelor's degree in …, or 4 years of experience"): a path instead of the degree, no minimum. */
function degreeAlternative(before: string, words: PostingWords): boolean {
  // "or" ends `before`: only its last words are read for it (whole words), so that one huge clause stays linear.
  const tail = before.length > CUE_REACH ? before.slice(-CUE_REACH).replace(/^\S{0,200}/u, '') : before;
  return words.orBefore.test(tail) && degreeMentions(before, words.degrees, words.degreeAbbreviation).length > 0;
}

/** How far either side of a years phrase its cues are read ("or" before it, "ago" after it): longer than any cue word. */
const CUE_REACH = 80;

/** A semicolon, or a full stop whose next word is no lowercase one (the dot of "incl. minimum 1 year" ends an abbreviation). */
const SENTENCE_BREAK = unicodeRegex`;\s|\.\s(?![^\S\n]{0,3}\p{Ll})`;

/**
 * The measure of the statement a later one is part of ("7+ years in security, including 3 in cloud security"):
 * the first statement of the clause, when no sentence stop lies between them; `undefined` for a first statement.
 */
function narrower(before: readonly YearsStatement[], lastEnd: number, at: number, clause: Clause): ExperienceMeasure | 'skill' | undefined {
  const first = before[0];
  if (first === undefined || SENTENCE_BREAK.test(clause.text.slice(lastEnd, at))) return undefined;
  return first.measure ?? 'skill';
}

/** A line that is only a years phrase ("Minimum 6 years", "5 - 10 Years" under an Experience label): experience overall. */
function bareYears(clauseText: string, m: RegExpExecArray, words: PostingWords): Omit<YearsStatement, 'years'> | undefined {
  const rest = (clauseText.slice(0, m.index) + clauseText.slice(m.index + m[0].length)).replace(words.years.approximate, ' ');
  const parts = rest.split(unicodeLiteral`/[\s\p{P}\p{S}]+/u`).filter((p) => p !== '');
  return parts.every((p) => words.years.fillers.has(fold(p))) ? { measure: 'totalYears' } : undefined;
}

/** How many characters an activity still going on may take before the length given it ("been writing production software for"). */
const DURATION_REACH = 60;

/**
 * Years that end their statement and give the length of an activity still going on, said before them ("you've been
 * writing production software for at least five years"): in the one field it names, else experience overall.
 */
function durationSubject(clause: Clause, m: RegExpExecArray, skills: readonly Mention[], words: PostingWords): Omit<YearsStatement, 'years'> | undefined {
  const y = words.years;
  const clauseText = clause.text;
  if (!/^\s{0,3}(?:[,.;!)]|$)/u.test(clauseText.slice(m.index + m[0].length))) return undefined;
  const from = Math.max(0, m.index - DURATION_REACH);
  const before = clauseText.slice(from, m.index);
  const lead = [...before.matchAll(y.durationLead)].at(-1);
  if (lead === undefined) return undefined;
  const activity = before.slice(lead.index + lead[0].length).replace(y.approximate, ' ');
  if (!y.titledWith.test(` ${activity.trimEnd()} `)) return undefined;
  const fields = y.fieldsNamed.filter(([, re]) => re.test(activity));
  if (fields.length === 1 && fields[0]) return { measure: fields[0][0] };
  if (fields.length > 0) return undefined;
  // The activity is one skill's ("you've been doing pen testing for 6+ years"): its years, as "6+ years of pen testing".
  const at = clause.start + from + lead.index + lead[0].length;
  const own = onlySkillIn(skills, at, clause.start + m.index);
  return own ? { skills: [own] } : { measure: 'totalYears' };
}

/** The offset in `text` of the character at `index` of the text with each run of spaces made one space. */
function originalIndex(text: string, index: number): number {
  let flat = 0;
  for (let at = 0; at < text.length; at++) {
    if (flat === index) return at;
    if (!(/\s/u.test(text.charAt(at)) && /\s/u.test(text.charAt(at + 1)))) flat++;
  }
  return text.length;
}

/** The one skill that the mentions between two offsets name, undefined when none or several. */
function onlySkillIn(skills: readonly Mention[], start: number, end: number): string | undefined {
  const ids = new Set(skills.filter((s) => s.target === 'skill' && s.start >= start && s.end <= end).map((s) => s.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** A cell separator of a table row: a pipe or a tab. */
const CELL_SEPARATOR = /[|\t]/gu;

/**
 * Years alone in a cell of a table row ("| Python (pandas) | Advanced | 3 years |", a skills table with a column of
 * minimum years): the years of the skills the row's first cell names, those inside its brackets (examples) aside.
 */
function rowSubject(clause: Clause, m: RegExpExecArray, skills: readonly Mention[], words: PostingWords): Omit<YearsStatement, 'years'> | undefined {
  const cells: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const sep of clause.text.matchAll(CELL_SEPARATOR)) {
    cells.push({ start: from, end: sep.index });
    from = sep.index + 1;
  }
  cells.push({ start: from, end: clause.text.length });
  const filled = cells.filter((c) => clause.text.slice(c.start, c.end).trim() !== '');
  const own = filled.find((c) => c.start <= m.index && m.index + m[0].length <= c.end);
  const first = filled[0];
  if (filled.length < 2 || own === undefined || first === undefined || own === first) return undefined;
  // The cell holds the years and nothing else but fillers ("3 years", "min. 3 years of experience").
  const rest = (clause.text.slice(own.start, m.index) + clause.text.slice(m.index + m[0].length, own.end)).replace(words.years.approximate, ' ');
  if (!rest.split(unicodeLiteral`/[\s\p{P}\p{S}]+/u`).every((p) => p === '' || words.years.fillers.has(fold(p)))) return undefined;
  const depth = bracketDepths(clause.text.slice(first.start, first.end));
  const named = skills.filter((s) => {
    const at = s.start - clause.start;
    return at >= first.start && s.end - clause.start <= first.end && depth[at - first.start] === 0;
  });
  const ids = [...new Set(named.map((s) => s.id))];
  return ids.length > 0 ? { skills: ids } : undefined;
}

/** The bracket depth at each character of a text. */
function bracketDepths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    out.push(depth);
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (ch.length > 1) out.push(depth);
  }
  return out;
}

/** A dash or bracket that opens an aside, and at most one word before the years ("– typically 8+ years –"). */
const ASIDE_OPEN = unicodeRegex`(?:\s[–—(-]|,)\s{0,3}(\p{L}{1,12}\s{1,3})?$`;

/**
 * Years in an aside after the field they are about ("experience in cyber security engineering – typically 8+ years –"):
 * the one field the words before the aside name; a word before the number makes the figure a guide, no must.
 */
function asideSubject(before: string, words: PostingWords): Omit<YearsStatement, 'years'> | undefined {
  const tail = before.slice(-24);
  const open = ASIDE_OPEN.exec(tail);
  if (!open) return undefined;
  const at = before.length - tail.length + open.index;
  const lead = before.slice(Math.max(0, at - ASIDE_LOOKBACK), at);
  const fields = words.years.fieldsNamed.filter(([, re]) => re.test(lead));
  // A word before the number ("typically", "usually") makes the figure a guide.
  return fields.length === 1 && fields[0] ? { measure: fields[0][0], guide: open[1] !== undefined } : undefined;
}

/** A sentence of its own that closes the item: at most one word, then the years ("… in-house red team. Think 6+ yrs"). */
const TAIL_SENTENCE = unicodeRegex`[.!;]\s{1,3}(\p{L}{1,12}\s{1,3})?$`;

/**
 * Years said in a short sentence of their own after the field they are about ("Solid background in offensive
 * security. Think 6+ yrs", "Hands-on pentesting. Roughly 5 years."): the one field the item names before them; a
 * wish word before the number ("Ideally 5 years") makes the figure a guide, no must.
 */
function tailSentenceSubject(clauseText: string, m: RegExpExecArray, words: PostingWords): Omit<YearsStatement, 'years'> | undefined {
  const after = clauseText.slice(m.index + m[0].length);
  if (!/^\s{0,3}[.!]?\s{0,3}$/u.test(after)) return undefined;
  const before = clauseText.slice(0, m.index);
  const open = TAIL_SENTENCE.exec(before.slice(-24));
  if (!open) return undefined;
  const lead = before.slice(0, before.length - open[0].length + 1);
  const fields = words.years.fieldsNamed.filter(([, re]) => re.test(lead));
  return fields.length === 1 && fields[0] ? { measure: fields[0][0], guide: open[1] !== undefined && words.preferred.test(open[1]) } : undefined;
}

/** How far before an aside of years its field is looked for, in characters. */
const ASIDE_LOOKBACK = 80;

/** One item of the subject of a years statement ("application security" in "in application security or penetration testing"). */
interface Alternative {
  text: string;
  mentions: Mention[];
  /** The field the item names (words, a job title or a skill of that kind); totalYears for general work ("software engineering"). */
  field: ExperienceMeasure | undefined;
  /** True when the item's words are its own, not a one-word item completed by the last item's head ("product" → "product security"). */
  whole: boolean;
}

/** A word of three letters or more: a subject of words, not only a bracket after the years ("4 years (building …)"). */
const A_WORD = unicodeRegex`\p{L}{3}`;

/** What a years phrase at [start, end) is about: a skill right before it, skills or a measure after it (before `limit`). */
function subjectOf(
  start: number,
  phraseEnd: number,
  limit: number,
  skills: readonly Mention[],
  text: string,
  words: PostingWords,
  ctx: YearsContext,
  partOf: ExperienceMeasure | 'skill' | undefined,
  topicRead = false,
): Omit<YearsStatement, 'years'> | undefined {
  const before = skillRightBefore(skills, start, (s) => yearsRightAfter(text.slice(s.end, start), words));
  if (before) return { skills: [before.id] };
  const wished = wishedYearsAfter(start, limit, skills, text, words);
  if (wished) return wished;
  // A remark right after the years ("one year (52 weeks) of …", "three to five years (or more) building …") is skipped,
  // and so are the words that make a number a part of earlier years ("2 of those focused on securing …").
  const remark = phraseEnd + yearsRemark(text.slice(phraseEnd, Math.min(limit, phraseEnd + ASIDE + 4)), skills, phraseEnd);
  const end = remark + partWords(text.slice(remark, Math.min(limit, remark + ASIDE)), words);
  // The subject follows within a few words: a bounded look keeps a clause of thousands of phrases linear.
  const object = objectAfter(withoutWindow(text.slice(end, Math.min(limit, end + SUBJECT_REACH)), words), words);
  const inside = skills.filter((s) => s.start >= end && s.end <= end + object.length);
  // "one year of specialized experience": experience in the job's own field, which its title names.
  if (ctx.jobMeasure && inside.length === 0 && words.years.specialized.test(object)) return { measure: ctx.jobMeasure };
  const secured = securedSkill(object, end, inside, text, words, ctx);
  if (secured) return 'measure' in secured && partOf === 'securityYears' ? undefined : secured;
  const worked = workOnField(inside, text, words, ctx, partOf);
  if (worked) return { measure: worked };
  // Years "on AI or data topics" name what the work was about, not hands-on ML work: no ML years (a skill's stay, and
  // work on security topics is security work).
  if (!topicRead && topicLed(object, words)) {
    const plain = subjectOf(start, phraseEnd, limit, skills, text, words, ctx, partOf, true);
    if (plain?.measure !== 'mlYears' || plain.skills !== undefined) return plain;
    // One skill named as the topic, no list of them ("dont 2 ans sur des sujets MLOps"), takes the years (convention 57).
    const only = inside.length === 1 && !words.orOnly.test(object) ? inside[0] : undefined;
    return only ? { skills: [only.id] } : undefined;
  }
  const opening = openingSkill(object, end, inside, text, words, ctx);
  if (opening) return { skills: [opening.id] };
  const alternatives = alternativesOf(object, end, inside, words, ctx);
  const listed = alternatives.length >= 2 ? listSubject(alternatives, inside, text, words, ctx, partOf, words.orOnly.test(object)) : undefined;
  // Fields that differ, one of them no skill, read as experience overall ("in consulting, risk, audit or compliance"):
  // any of them will do, so the list says where the years may have been spent and asks none of its skills.
  const backgrounds = listed?.measure === 'totalYears' && words.orOnly.test(object) && alternatives.some((a) => bareItem(a, words));
  const own =
    listed && backgrounds
      ? { ...listed, over: { start: end, end: end + object.length } }
      : (listed ?? singleSubject(object, end, inside, text, words, ctx, partOf));
  // Words that name nothing narrower ("related experience", "building generative AI applications" inside ML years) leave the subject to their examples.
  // So do words that name neither a skill nor a field ("3 of those in hands-on offensive work (pen testing / red teaming)").
  const general =
    own?.measure === 'totalYears' ||
    (inside.length === 0 && ((own === undefined && A_WORD.test(object)) || (own?.measure !== undefined && own.measure === partOf)));
  const subject = (general && examplesSubject(end + object.length, limit, skills, text, words, ctx)) || own;
  // Securing a thing of another field that names no skill ("securing machine learning systems") is security work, not
  // work in that field: nothing narrower than the security years it may be a part of. General work stays general.
  const otherField = subject?.measure !== undefined && subject.measure !== 'totalYears' && subject.measure !== 'securityYears';
  // Attacking such a thing ("attacking … machine learning models (e.g., adversarial examples, model evasion)") is security
  // work on it too, and examples of one skill of security work name that work.
  const attacking = otherField && !securingHeads(object, words) && attackingHeads(object, words);
  const attacks = attacking ? examplesSubject(end + object.length, limit, skills, text, words, ctx) : undefined;
  if (attacks?.skills?.length === 1 && partOf === undefined && ctx.kindOf(attacks.skills[0] as string) === 'securityYears') return attacks;
  if (otherField && (securingHeads(object, words) || attacking)) return partOf === 'securityYears' ? undefined : { measure: 'securityYears' };
  // A bracket of fields after the years' field ("en cybersécurité (SOC, GRC ou audit)") lists kinds of it that count.
  const bracket =
    subject?.measure !== undefined && subject.over === undefined ? fieldsInBracket(end + object.length, limit, skills, text, words, ctx) : undefined;
  return bracket ? { ...subject, over: bracket } : subject;
}

/** The first or last word of a subject of years that is no filler is a noun of subject matter ("sur des sujets data ou IA", "on AI topics"). */
function topicLed(object: string, words: PostingWords): boolean {
  const own = object.split(/[\s'’.,;:]+/u).filter((w) => w !== '' && !words.years.fillers.has(fold(w)));
  return own.length > 0 && (words.topicNouns.has(fold(own[0] as string)) || words.topicNouns.has(fold(own.at(-1) as string)));
}

/** A word, then the next word: what follows a skill that opens a subject ("experience leading"). */
const NOUN_THEN_WORD = unicodeRegex`^[\s-]{1,2}(\p{L}+)\s{1,2}(\p{L}+)`;

/**
 * A skill that opens the subject of years and is no field of its own, its experience noun right after it and more
 * words after that ("people management experience leading security or engineering teams"): those words only qualify
 * the skill, so an "or" among them offers no other subject. Words of doing ("… experience building …") stay the subject's.
 */
function openingSkill(object: string, end: number, inside: readonly Mention[], text: string, words: PostingWords, ctx: YearsContext): Mention | undefined {
  const first = inside[0];
  // A skill whose work is a field's ("SOC experience") keeps the field's reading (convention 14).
  if (!first || ctx.fieldOf(first) !== undefined || ctx.kindOf(first.id) !== undefined || ownWords(text.slice(end, first.start), words) > 0) return undefined;
  const rest = text.slice(first.end, end + object.length);
  if (leadsListedTeams(first, rest, inside, words, ctx)) return first;
  const after = NOUN_THEN_WORD.exec(rest);
  if (!after || !words.experienceNouns.has(fold(after[1] as string)) || words.years.fillers.has(fold(after[2] as string))) return undefined;
  // Only a list after the noun could be read as other subjects ("… leading security or engineering teams").
  return words.orOnly.test(rest.slice(after[0].length)) ? first : undefined;
}

/**
 * A skill of leading people that opens the subject, then a list of kinds that ends on a general head ("managing
 * engineering or security teams"): the list says which teams are led, so its fields offer no other subject.
 */
function leadsListedTeams(first: Mention, rest: string, inside: readonly Mention[], words: PostingWords, ctx: YearsContext): boolean {
  if (ctx.skillOf(first.id)?.category !== 'leadership' || inside.length !== 1 || !words.orOnly.test(rest)) return false;
  const last = rest.trim().split(/\s+/u).at(-1) ?? '';
  return last !== '' && words.years.generalHead.test(last);
}

/** A bracket right after the field of years that lists other fields as alternatives, one of them no skill ("cybersécurité (SOC, GRC ou audit)"). */
function fieldsInBracket(
  at: number,
  limit: number,
  skills: readonly Mention[],
  text: string,
  words: PostingWords,
  ctx: YearsContext,
): { start: number; end: number } | undefined {
  const bracket = bracketAfter(at, limit, skills, text);
  if (bracket === undefined) return undefined;
  const { from, inner, inside } = bracket;
  if (/\d/u.test(inner) || !words.orOnly.test(inner)) return undefined;
  const items = alternativesOf(inner, from, inside, words, ctx);
  return items.length >= 2 && items.some((a) => bareItem(a, words)) ? { start: from, end: from + inner.length } : undefined;
}

/**
 * The parenthesis that opens within a few spaces of `at` and closes on its line within `EXAMPLES_REACH`: its text,
 * where that starts, and the skill mentions inside it.
 */
function bracketAfter(at: number, limit: number, skills: readonly Mention[], text: string): { from: number; inner: string; inside: Mention[] } | undefined {
  const open = text.slice(at, Math.min(limit, at + 4)).indexOf('(');
  if (open < 0 || text.slice(at, at + open).trim() !== '') return undefined;
  const from = at + open + 1;
  const close = text.slice(from, Math.min(limit, from + EXAMPLES_REACH)).search(/[()\n]/u);
  if (close < 0 || text.charAt(from + close) !== ')') return undefined;
  return { from, inner: text.slice(from, from + close), inside: skills.filter((s) => s.start >= from && s.end <= from + close) };
}

/** An item of a list that names no skill, in words of its own ("consulting", "GRC"). */
function bareItem(a: Alternative, words: PostingWords): boolean {
  return a.mentions.length === 0 && ownWords(a.text, words) > 0 && LETTER.test(a.text);
}

/**
 * A kind of work of a field joined to the field's own name by filler words only ("the deployment of machine learning
 * models", "dem Deployment von Machine-Learning-Modellen"): the work is done in that field, so the years, overall or
 * a part of years overall, are the field's.
 */
function workOnField(
  inside: readonly Mention[],
  text: string,
  words: PostingWords,
  ctx: YearsContext,
  partOf: ExperienceMeasure | 'skill' | undefined,
): ExperienceMeasure | undefined {
  if (partOf !== undefined && partOf !== 'totalYears') return undefined;
  for (const [i, work] of inside.entries()) {
    const field = inside[i + 1];
    const measure = field && ctx.fieldOf(field);
    if (!field || !measure || measure === 'totalYears' || ctx.kindOf(work.id) !== measure || ctx.fieldOf(work) !== undefined) continue;
    const gap = text.slice(work.end, field.start);
    if (gap.trim() !== '' && gap.length <= FIELD_GAP && !words.listGap.test(gap) && leadWords(gap, words) === 0) return measure;
  }
  return undefined;
}

/**
 * Years in the last part of an item after a comma, with only a wish word beside them ("pentest / red team, 5+ yrs
 * ideally", "Go, ideally 4 years", "Kubernetes, 3 years preferred"): the years of the skill right before the comma,
 * said as a guide, no must.
 */
function wishedYearsAfter(
  start: number,
  limit: number,
  skills: readonly Mention[],
  text: string,
  words: PostingWords,
): Omit<YearsStatement, 'years'> | undefined {
  const skill = skillRightBefore(skills, start);
  if (!skill) return undefined;
  // The comma right after the skill opens the item's last part, which holds the years and a wish word only.
  const item = text.slice(skill.end, limit);
  const comma = /^\s{0,3},/u.exec(item);
  return comma && wishedYearsTail(item, words) === comma[0].length - 1 ? { skills: [skill.id], guide: true } : undefined;
}

/** The last skill mention (in list order) that ends at most `SKILL_GAP` characters before `start` and `accept` takes. */
function skillRightBefore(skills: readonly Mention[], start: number, accept: (s: Mention) => boolean = () => true): Mention | undefined {
  for (let k = skills.length - 1; k >= 0; k--) {
    const s = skills[k] as Mention;
    if (s.end <= start && start - s.end <= SKILL_GAP && accept(s)) return s;
  }
  return undefined;
}

/** How long the filler words between a kind of work and its field may be, in characters (" of the ", " von "). */
const FIELD_GAP = 12;

/** The length of the words right after a part's number that make it a part ("of those", "of them", "davon"), 0 when none. */
function partWords(after: string, words: PostingWords): number {
  const m = words.years.ofThem.exec(after);
  return m && after.slice(0, m.index).trim() === '' ? m.index + m[0].length : 0;
}

/** How far before a years phrase the skill they follow may end ("Python (strong hands-on) - min 3 yrs"), in characters. */
const SKILL_GAP = 40;

/** A remark in brackets right after a skill ("(strong hands-on)"), skipped before its years. */
const SKILL_REMARK = /^\s{0,3}\([^()\n]{1,30}\)/u;

/**
 * The text between a skill and a years phrase makes the years the skill's: a mark and one short word at most, after a
 * remark in brackets ("Go - 3 years", "Python (strong hands-on) - min 3 yrs"); the words of a least or rough count count
 * as none after a mark ("Python (mind. 2 Jahre)", "Python (at least 2 years)", "Python: au moins 2 ans").
 */
function yearsRightAfter(gap: string, words: PostingWords): boolean {
  const cut = gap.replace(SKILL_REMARK, '');
  // After a mark only: "DevSecOps and min 3 yrs leading teams" names other work.
  const rest = MARK_OPENED.test(cut) ? cut.replace(words.years.approximate, ' ').replace(/\s+/gu, ' ') : cut;
  return rest.length <= 14 && unicodeRegex`^\s{0,3}[(:–—-]?\s{0,3}(?:\p{L}{1,8}\s{1,3})?$`.test(rest);
}

/** A bracket, colon or dash that opens the text after a skill. */
const MARK_OPENED = /^\s{0,3}[(:–—-]/u;

/** A short remark in brackets: a duration restated ("52 weeks") or words of no number ("or more"). */
const REMARK = unicodeRegex`^\s{0,2}\((?:\d{1,3}\s{1,2}\p{L}{1,12}|[^()\d\n]{1,30})\)`;

/**
 * The length of a remark in brackets right after a years phrase that names no skill ("(52 weeks)", "(or more)"); 0 when
 * there is none. A bracket with a statement of its own ("(at least 2 in cloud security)") or skills ("(Python, Go)") is kept.
 */
function yearsRemark(after: string, skills: readonly Mention[], at: number): number {
  const m = REMARK.exec(after);
  if (!m || skills.some((s) => s.start >= at && s.start < at + m[0].length)) return 0;
  return m[0].length;
}

/** How many words of what is secured are tried, in text order. */
const SECURED_WORDS = 12;

/**
 * What is secured names its own security skill, the one called "<it> security" ("securing workloads in a public cloud
 * (AWS or GCP)" → cloud security; "security architecture for Azure or AWS environments" → Azure security). A skill
 * mentioned there is tried by each of its names ("Amazon Web Services" as "AWS"), never by the words inside it
 * ("web"). Of several, the narrowest counts: one that builds on another ("securing LLM-based applications" → LLM
 * security, whose prerequisite is application security). Alternatives of different things ("securing cloud or ML
 * infrastructure", "… cloud or on-prem networks") are security work in general: `securityYears`.
 */
function securedSkill(object: string, end: number, inside: readonly Mention[], text: string, words: PostingWords, ctx: YearsContext): SecuredSubject {
  const at = words.years.securing.exec(object);
  if (!at || !securingHeads(object, words)) return undefined;
  const from = end + at.index + at[0].length;
  const items: SecuredItem[] = [{ found: [], other: false }];
  const secured = text.slice(from, end + object.length);
  const choice = words.orOnly.test(secured);
  let count = 0;
  let last = from;
  for (const w of secured.matchAll(unicodeLiteral`/[\p{L}\p{N}][\p{L}\p{N}.+#]{0,40}/gu`)) {
    if (++count > SECURED_WORDS) break;
    const start = from + w.index;
    const item = securedItem(items, text.slice(last, start), fold(w[0]), choice, words);
    last = start + w[0].length;
    if (!item) continue;
    const mention = inside.find((m) => m.start <= start && start < m.end);
    // A security skill whose name holds the securing words ("seguridad de aplicaciones") is what its first item names.
    if (mention && mention.start < from && ctx.kindOf(mention.id) === 'securityYears' && !item?.found.includes(mention.id)) item?.found.push(mention.id);
    if (mention?.start === start) {
      const before = item.found.length;
      for (const name of [mention.text, ...namesOf(ctx.skillOf(mention.id))]) tryAsSecured(name, item, ctx);
      // A security skill read there is what it names ("securing cloud …"); a thing of another field that names no
      // security of its own ("ML infrastructure") is another thing secured.
      if (item.found.length === before) {
        if (ctx.kindOf(mention.id) === 'securityYears') item.found.push(mention.id);
        else item.other = true;
      }
    } else if (!mention && !words.years.fillers.has(fold(w[0]))) tryAsSecured(w[0], item, ctx);
  }
  const narrowest = (ids: readonly string[]) =>
    ids.filter((id) => !ids.some((other) => other !== id && (ctx.skillOf(other)?.prerequisites ?? []).includes(id)));
  const named = items.filter((i) => i.found.length > 0);
  const kinds = new Set(named.flatMap((i) => narrowest(i.found).slice(0, 1)));
  if (named.length > 0 && (kinds.size > 1 || items.some((i) => i.other && i.found.length === 0))) return { measure: 'securityYears' };
  const found = [...new Set(items.flatMap((i) => i.found))];
  const id = narrowest(found)[0];
  return id ? { skills: [id] } : undefined;
}

/** What a securing phrase's years are about: one security skill, or security work in general. */
type SecuredSubject = { skills: [string] } | { measure: 'securityYears' } | undefined;

/** One alternative of what is secured: the security skills its words name, and whether it names a thing of another field. */
interface SecuredItem {
  found: string[];
  other: boolean;
}

/**
 * The item a word of what is secured belongs to: an "or" starts the next, and so do a comma and a slash in a list
 * with an "or" (`choice`); the list word itself is none. Things joined by "and" are secured together, one item
 * ("securing AWS workloads and Kubernetes clusters": the narrowest skill they name).
 */
function securedItem(items: SecuredItem[], gap: string, word: string, choice: boolean, words: PostingWords): SecuredItem | undefined {
  if (words.listWords.has(word)) {
    if (words.orOnly.test(word)) items.push({ found: [], other: false });
    return undefined;
  }
  if (choice && /[,/]/u.test(gap)) items.push({ found: [], other: false });
  return items.at(-1);
}

/** Adds the skill "<name> security" names, if any, to an item. */
function tryAsSecured(name: string, item: SecuredItem, ctx: YearsContext): void {
  const id = ctx.securityOf(fold(name));
  if (id && !item.found.includes(id)) item.found.push(id);
}

/** The securing words head the subject: only fillers come before them ("of experience securing …"). */
function securingHeads(object: string, words: PostingWords): boolean {
  const at = words.years.securing.exec(object);
  return at !== null && leadWords(object.slice(0, at.index), words) === 0;
}

/** The attacking words head the subject: only fillers come before them ("of hands-on experience attacking …"). */
function attackingHeads(object: string, words: PostingWords): boolean {
  const at = words.years.attacking.exec(object);
  return at !== null && leadWords(object.slice(0, at.index), words) === 0;
}

/** A skill's plain aliases ("aws", "amazon web services"). */
function namesOf(skill: Skill | undefined): string[] {
  return (skill?.aliases ?? []).filter((a): a is string => typeof a === 'string');
}

/**
 * The subject a parenthesis of examples right after a years statement's words names ("related experience (e.g., machine
 * learning, statistics)" → mlYears; "building with large language models (e.g., prompt engineering, RAG)" → that
 * skill): one skill, or one field of work; examples of several skills of no common field name none.
 */
function examplesSubject(
  at: number,
  limit: number,
  skills: readonly Mention[],
  text: string,
  words: PostingWords,
  ctx: YearsContext,
): Omit<YearsStatement, 'years'> | undefined {
  const bracket = bracketAfter(at, limit, skills, text);
  if (bracket === undefined) return undefined;
  const { from, inner, inside } = bracket;
  // A number inside is a statement of its own ("(at least 2 in cloud security)").
  if (/\d/u.test(inner)) return undefined;
  const ids = [...new Set(inside.map((s) => s.id))];
  const only = inside[0];
  if (ids.length === 1 && only) {
    const field = ctx.fieldOf(only);
    return field ? { measure: field } : { skills: ids };
  }
  const alternatives = alternativesOf(inner, from, inside, words, ctx);
  // A choice of kinds of the work joined by "or", one of them general or no skill ("4 ans en ingénierie (DevOps, SRE ou
  // sécurité)"), says where the years may have been spent: none narrows them (convention 475).
  if (words.orOnly.test(inner) && alternatives.some((a) => (a.field === undefined || a.field === 'totalYears') && bareItem(a, words))) return undefined;
  const fields = new Set(alternatives.flatMap((a) => (a.field === undefined || a.field === 'totalYears' ? [] : [a.field])));
  const field = fields.size === 1 ? [...fields][0] : undefined;
  return field ? { measure: field } : undefined;
}

/**
 * The words after a years phrase that say what the years are about: up to a stop, or through a list whose last
 * item follows "or"/"and" ("in security assessments, threat modeling, or vulnerability triage").
 */
function objectAfter(text: string, words: PostingWords): string {
  const after = withoutAsides(text, words);
  const stop = words.subjectEnd.exec(after);
  const first = stop ? after.slice(0, stop.index) : after;
  if (stop?.[0] !== ',') return first;
  const hard = words.objectHardEnd.exec(after);
  const parts = (hard ? after.slice(0, hard.index) : after).split(',');
  let object = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    // Items are short and hold no number (another statement or a degree path follows a comma too).
    if (/\d/u.test(part) || ownWords(part, words) > 8) return first;
    // The last item of a list is one thing: after its "and" an "or" opens a statement of its own (", and you'll hold OSCP or CRT").
    const lead = /^\s{0,3}(\S+)\s(.+)$/su.exec(part);
    if (lead && words.listWords.has(fold(lead[1] as string)) && !words.orOnly.test(lead[1] as string) && words.orOnly.test(lead[2] as string)) return first;
    // A list word then a verb or a pronoun opens a statement of its own (", and have led a team", ", et vous avez …").
    if (lead && words.listWords.has(fold(lead[1] as string)) && words.predicateOpeners.has(fold((lead[2] as string).split(/\s/u)[0] as string))) return first;
    object += `,${part}`;
    if (words.orWord.test(part)) return object;
  }
  return first;
}

/**
 * A short parenthesis followed by another item ("as an analyst in a SOC (preferably tier 2) or in a CSIRT") is an
 * aside: blanked (offsets kept), so that the subject runs on to the other item.
 */
function withoutAsides(after: string, words: PostingWords): string {
  const open = after.indexOf('(');
  const close = open < 0 ? -1 : after.indexOf(')', open);
  if (close < 0 || close - open > LIST_ASIDE || after.slice(open + 1, close).includes('(')) return after;
  const rest = after.slice(close + 1);
  // Or a list going on after a comma to its "or" ("gestión de riesgos (de modelo u operacional), auditoría o consultoría").
  const next = close - open <= ASIDE ? words.alternativePath.test(rest) : false;
  if (!(next || listGoesOn(rest, words)) || words.subjectEnd.exec(after)?.index !== open) return after;
  return after.slice(0, open) + ' '.repeat(close + 1 - open) + after.slice(close + 1);
}

/** The longest parenthesis of an item that a list goes on after, in characters. */
const LIST_ASIDE = 60;
/** The most words an item of such a list has ("consultoría en el sector financiero": 5). */
const LIST_ITEM_WORDS = 5;
/** A comma, then items up to the next stop, the last after an "or". */
const LIST_AFTER_COMMA = /^\s{0,3},([^;:.()[\]\n]{1,120})/u;

/** After a bracket, the list of alternatives goes on: a comma, then items with an "or" among them before any stop. */
function listGoesOn(rest: string, words: PostingWords): boolean {
  const items = LIST_AFTER_COMMA.exec(rest)?.[1];
  if (items === undefined || !words.orOnly.test(items) || /\d/u.test(items)) return false;
  // Short items only: a clause of its own after the comma (", with your recent work on LLMs or …") is no item.
  return items.split(words.itemSeparator).every((item) => {
    const count = (item.match(LETTER_RUNS()) ?? []).length;
    return count >= 1 && count <= LIST_ITEM_WORDS;
  });
}

/** The words of a text that are not fillers ("ingeniería de plataformas con foco en seguridad" → 4). */
function ownWords(text: string, words: PostingWords): number {
  return text.split(/[\s'’]+/u).filter((w) => w !== '' && !words.years.fillers.has(fold(w))).length;
}

/**
 * The items of a subject, split at commas and "or"/"and". Items of fillers only ("designing, training and deploying
 * …") are verbs that share the last item; a one-word item shares the last item's head ("application or product
 * security" → "application security").
 */
function alternativesOf(object: string, offset: number, inside: readonly Mention[], words: PostingWords, ctx: YearsContext): Alternative[] {
  const pieces: Array<{ text: string; start: number; mentions: Mention[]; words: string[] }> = [];
  let from = 0;
  const cut = (to: number, next: number) => {
    const piece = object.slice(from, to);
    const mentions = inside.filter((m) => m.start >= offset + from && m.end <= offset + to);
    // Words that only bound the next years ("… and min 3 yrs leading teams") make no item.
    const own = piece
      .replace(words.years.approximate, ' ')
      .split(/[\s'’]+/u)
      .filter((w) => w !== '' && !words.years.fillers.has(fold(w)));
    if (mentions.length > 0 || own.length > 0) pieces.push({ text: piece, start: offset + from, mentions, words: own });
    from = next;
  };
  const separators: Array<[number, number]> = [];
  words.itemSeparator.lastIndex = 0;
  for (let m = words.itemSeparator.exec(object); m !== null; m = words.itemSeparator.exec(object)) separators.push([m.index, m.index + m[0].length]);
  for (const at of fieldSlashes(object, words)) separators.push([at, at + 1]);
  for (const [at, next] of separators.sort((a, b) => a[0] - b[0])) cut(at, next);
  cut(object.length, object.length);
  const head = sharedHead(pieces.at(-1)?.words ?? [], words);
  const compound = compoundHead(pieces.at(-1)?.words[0] ?? '', words);
  return pieces.map((p, i) => {
    const shared = i < pieces.length - 1 && p.mentions.length === 0 && p.words.length === 1;
    // A first part cut at a hyphen shares the head of the last item's compound ("IT- oder Produktsicherheit" → "IT-Sicherheit").
    const cut = shared && compound !== '' && p.words[0]?.endsWith('-');
    const text = cut ? `${p.words[0]}${compound}` : shared ? `${p.words[0]} ${head}` : p.text;
    return { text, mentions: p.mentions, field: fieldOfItem(text, p.start, p.mentions, words, ctx), whole: !shared };
  });
}

/**
 * The slashes of words joined without spaces that name different fields ("DevOps/MLOps": general work or ML work), which
 * part items as a spaced slash does; fields of one measure stay one ("AI/ML", "KI/ML").
 */
function fieldSlashes(object: string, words: PostingWords): number[] {
  const out: number[] = [];
  for (const chain of object.matchAll(SLASHED_WORDS)) {
    const parts = chain[0].split('/');
    const measures = new Set(parts.flatMap((part) => measureAfter(part, words.years) ?? []));
    if (measures.size < 2) continue;
    let at = chain.index;
    for (const part of parts.slice(0, -1)) {
      at += part.length;
      out.push(at);
      at += 1;
    }
  }
  return out;
}

/** Words joined by slashes with no space around them ("DevOps/MLOps", "DevOps/Platform/MLOps"), global. */
const SLASHED_WORDS = unicodeLiteral`/(?<![\p{L}\p{N}\/])\p{L}[\p{L}\p{N}-]{0,30}(?:\/\p{L}[\p{L}\p{N}-]{0,30}){1,4}(?![\p{L}\p{N}\/])/gu`;

/** The longest end of a compound word that names a field of work ("Produktsicherheit" → "sicherheit"); '' when none does. */
function compoundHead(word: string, words: PostingWords): string {
  const folded = fold(word);
  for (let k = 1; k <= folded.length - MIN_HEAD; k++) if (words.years.measureNames.has(folded.slice(k))) return folded.slice(k);
  return '';
}

/** The fewest letters of a compound's head ("ki" is no head of "Produktki"). */
const MIN_HEAD = 4;

/**
 * The words the last item of a list shares with a bare item before it: what follows the field the last item names
 * ("software or machine learning engineering" → "engineering"), else all but its first word ("product or application
 * security role" → "security role").
 */
function sharedHead(last: readonly string[], words: PostingWords): string {
  for (let n = last.length - 1; n >= 2; n--) if (words.years.measureNames.has(fold(last.slice(0, n).join(' ')))) return last.slice(n).join(' ');
  return last.slice(1).join(' ');
}

/**
 * The field an item names: by its words ("application security role"), a job title ("ML Engineer"), its skills' kind of
 * work, or general work ("software"). The people named by a skill of working with people are no field: "managing
 * security engineers" names team leadership, no security work.
 */
function fieldOfItem(named: string, start: number, mentions: readonly Mention[], words: PostingWords, ctx: YearsContext): ExperienceMeasure | undefined {
  const piece = withoutMentions(named, start, mentions, (m) => peopleWork(m.id, ctx));
  const said = measureAfter(piece, words.years);
  // A skill of no field whose name holds a field's words ("AI governance", "AI regulation") names that skill, no field.
  const fieldless = (m: Mention) => ctx.kindOf(m.id) === undefined && ctx.fieldOf(m) === undefined;
  const measure = said && said !== 'totalYears' && measureAfter(withoutMentions(piece, start, mentions, fieldless), words.years) !== said ? undefined : said;
  if (measure && measure !== 'totalYears') return measure;
  if (words.securityTitle.test(piece)) return 'securityYears';
  if (words.mlTitle.test(piece)) return 'mlYears';
  const kinds = new Set(mentions.map((m) => ctx.kindOf(m.id)));
  if (kinds.size === 1 && [...kinds][0] !== undefined) return [...kinds][0];
  return measure && qualifiesOther(piece, words.years) ? undefined : measure;
}

/** A text with the mentions that pass a test blanked out, same length. */
function withoutMentions(text: string, start: number, mentions: readonly Mention[], test: (m: Mention) => boolean): string {
  let out = text;
  for (const m of mentions.filter(test)) out = out.slice(0, m.start - start) + ' '.repeat(m.end - m.start) + out.slice(m.end - start);
  return out;
}

/** A skill of working with people (category `leadership`: team leadership, mentoring), whose name holds the people, not a field. */
function peopleWork(id: string, ctx: YearsContext): boolean {
  return ctx.skillOf(id)?.category === 'leadership';
}

/**
 * A list of fields or skills. Items of one field (items of no known field aside) are that measure ("pentest, red
 * team or vulnerability research"); skills of no field are an any-of list ("Python, Go or Rust"); a part of an
 * earlier statement naming one skill is that skill ("including 5 years in a product or application security
 * role"); fields that differ are experience overall ("software or security engineering").
 */
function listSubject(
  alternatives: readonly Alternative[],
  inside: readonly Mention[],
  text: string,
  words: PostingWords,
  ctx: YearsContext,
  partOf: ExperienceMeasure | 'skill' | undefined,
  orList = false,
): Omit<YearsStatement, 'years'> {
  const list = headList(inside, text, words);
  // Items that each name one and the same skill in other words ("security control assessments or risk assessments"): its years.
  const one = oneSkill(alternatives, ctx) ?? oneProduct(alternatives, text, ctx);
  if (partOf === undefined && one !== undefined) return { skills: [one] };
  // A bare item completed by the last item's head names its own skill too ("application or cloud security").
  const completed = alternatives.flatMap((a) => (a.whole || a.mentions.length > 0 ? [] : [ctx.skillNamed(a.text) ?? []].flat()));
  const own = [...new Set([...list.filter((m) => ctx.fieldOf(m) === undefined).map((m) => m.id), ...completed])];
  // Another item naming a narrower field in words of its own makes the list one of fields ("an information assurance, ISSO or security compliance role").
  const fieldItem = alternatives.some((a) => a.whole && a.mentions.length === 0 && a.field !== undefined && a.field !== 'totalYears' && a.field !== partOf);
  if (partOf !== undefined && own.length === 1 && own[0] && !fieldItem) return { skills: [own[0]] };
  const fields = new Set(alternatives.flatMap((a) => (a.field === undefined ? [] : [a.field])));
  const only = fields.size === 1 ? [...fields][0] : undefined;
  // One item naming a field by words alone among several of none, each with words of its own ("model risk management, model validation,
  // quantitative risk or technology risk"): any of them will do, so the years are no more the field's than the others'.
  const others = alternatives.filter((a) => a.whole && a.field === undefined && !words.relatedItem.test(afterExperience(a.text, words)));
  const fieldItems = alternatives.filter((a) => a.field !== undefined && a.mentions.every((m) => ctx.fieldOf(m) !== undefined));
  if (only && only !== 'totalYears' && partOf === undefined && fieldItems.length === 1 && others.length >= 2 && others.length >= alternatives.length - 1)
    return { measure: 'totalYears' };
  // Skills joined by "and" alone ("performing security architecture reviews and threat modeling"): both are done for
  // the years, so each skill is asked with them; "or" leaves any work of the field to count.
  if (partOf === undefined && allSkillsAnd(alternatives, inside, text, words, ctx)) return { skills: [...new Set(list.map((s) => s.id))] };
  // One item naming one skill, the others a bare word each that its modifiers qualify too ("red teaming LLM-based
  // applications or agents"): the years are that skill's.
  const named = alternatives.filter((a) => a.mentions.length > 0);
  const bare = alternatives.filter((a) => a.mentions.length === 0);
  const item = named.length === 1 && named[0]?.mentions.length === 1 ? named[0] : undefined;
  const lone = item?.mentions[0];
  // The bare word stands for the head the skill qualifies: words follow the skill in its item.
  const at = item && lone ? item.text.indexOf(lone.text) : -1;
  const headAfter = item && lone && at >= 0 ? ownWords(item.text.slice(at + lone.text.length), words) > 0 : false;
  if (partOf === undefined && lone && headAfter && bare.every((a) => a.whole && a.field === undefined && ownWords(a.text, words) === 1))
    return { skills: [lone.id] };
  // Backgrounds any of which will do, led by one of no field and as many or more of them of no field as of the field
  // ("risk management, compliance, IT risk or model validation", "technology risk, information security, IT audit or a
  // related advisory field"): experience overall, not the one field's; a list led by the field names its kinds
  // ("cybersecurity, IT risk, audit or compliance", "SOC, CERT oder CSIRT"). Convention 258.
  const fieldless = alternatives.filter((a) => a.field === undefined);
  const backgrounds = alternatives[0]?.field === undefined && fieldless.length >= 2 && fieldless.length >= alternatives.length - fieldless.length;
  if (only && only !== 'totalYears' && partOf === undefined && orList && backgrounds) return { measure: 'totalYears' };
  if (only && only !== 'totalYears' && only !== partOf) return { measure: only };
  if (fields.size === 0 && alternatives.every((a) => a.mentions.length > 0)) return { skills: list.map((s) => s.id) };
  // A skill of leading people beside items of no field: the items are more people led ("managing security engineers or technical teams").
  if (fields.size === 0 && own.length === 1 && own[0] && partOf === undefined && peopleWork(own[0], ctx)) return { skills: [own[0]] };
  // A part of experience overall is narrower than it: the one field it names ("8 years in IT including 5 in IT engineering and cyber security").
  const narrowerFields = [...fields].filter((f) => f !== 'totalYears');
  if (partOf === 'totalYears' && narrowerFields.length === 1 && narrowerFields[0]) return { measure: narrowerFields[0] };
  if (partOf !== undefined && partOf !== 'skill') return { measure: partOf };
  return { measure: 'totalYears' };
}

/**
 * The one skill every item names first, each by a mention of its own ending in the same head word ("security control
 * assessments or risk assessments": kinds of one work), when it stands for no field; else undefined. Items of one skill
 * with heads of their own ("SOC or security monitoring", "VAPT / red teaming") are kinds of work of the field.
 */
function oneSkill(alternatives: readonly Alternative[], ctx: YearsContext): string | undefined {
  // Each item's first mention names it; those after it qualify it ("risk assessments under the RMF").
  const mentions = alternatives.flatMap((a) => a.mentions.slice(0, 1));
  const ids = new Set(mentions.map((m) => m.id));
  const heads = new Set(mentions.map((m) => fold(m.text.split(' ').at(-1) ?? '')));
  const [id] = ids;
  if (ids.size !== 1 || heads.size !== 1 || alternatives.length < 2 || !alternatives.every((a) => a.whole && a.mentions.length > 0)) return undefined;
  return mentions.every((m) => ctx.fieldOf(m) === undefined) ? id : undefined;
}

/**
 * The one skill every item names first by a product's name ("MLflow or Kubeflow", "Splunk o Microsoft Sentinel"):
 * products of one skill are examples of it, so the years are the skill's, not its field's; else undefined.
 */
function oneProduct(alternatives: readonly Alternative[], text: string, ctx: YearsContext): string | undefined {
  const mentions = alternatives.flatMap((a) => a.mentions);
  const ids = new Set(mentions.map((m) => m.id));
  if (ids.size !== 1 || !alternatives.every((a) => a.whole) || !mentions.every((m) => ctx.fieldOf(m) === undefined)) return undefined;
  // Each item names a product; a place of the work before it ("en un SOC con Splunk") is where the products are used.
  const named = (a: Alternative) => a.mentions.some((m) => productName(text.slice(m.start, m.end)));
  return alternatives.every(named) ? mentions[0]?.id : undefined;
}

/** A name written as a product's: each word capitalised, not an acronym ("SOC"), not a kind of work ("Threat Hunting"). */
function productName(name: string): boolean {
  const names = name.split(/\s+/u);
  return names.every((w) => CAPITALISED_NAME.test(w)) && names.some((w) => LOWER_LETTER.test(w)) && !WORK_ENDING.test(name);
}

/** A word that opens with a capital ("MLflow", "Kubeflow", "Sentinel"). */
const CAPITALISED_NAME = unicodeRegex`^\p{Lu}[\p{L}\d.\-]*$`;
/** A lower-case letter. */
const LOWER_LETTER = unicodeRegex`\p{Ll}`;
/** The ending of a name of a kind of work ("Red Teaming", "Threat Hunting", "Detection Engineering"). */
const WORK_ENDING = /ing$/iu;

/** Items that each name skills of no field, joined by "and" words alone (no "or", no slash). */
function allSkillsAnd(alternatives: readonly Alternative[], inside: readonly Mention[], text: string, words: PostingWords, ctx: YearsContext): boolean {
  const first = inside[0];
  const last = inside.at(-1);
  if (alternatives.length < 2 || !first || !last) return false;
  if (!alternatives.every((a) => a.whole && a.mentions.length > 0 && a.mentions.every((m) => ctx.fieldOf(m) === undefined))) return false;
  const span = text.slice(first.start, last.end);
  return !words.orOnly.test(span) && !span.includes('/');
}

/** An item's words after the last word of experience in general ("of relevant experience in technology risk" → " in technology risk"). */
function afterExperience(item: string, words: PostingWords): string {
  let from = 0;
  for (const m of item.matchAll(words.years.experienceAll)) from = m.index + m[0].length;
  return item.slice(from);
}

/** One subject: a skill right after the fillers, the field a skill stands for, a measure, a job title, a skill further on, the job's own field, experience in general. */
function singleSubject(
  object: string,
  end: number,
  inside: readonly Mention[],
  text: string,
  words: PostingWords,
  ctx: YearsContext,
  partOf: ExperienceMeasure | 'skill' | undefined,
): Omit<YearsStatement, 'years'> | undefined {
  const list = headList(inside, text, words);
  const first = list[0];
  const field = first && list.length === 1 ? ctx.fieldOf(first) : undefined;
  const measure = measureAfter(object, words.years);
  // A team or place of security work is security work ("3 years in a SOC", "3 years in IT, 2 of them in a SOC",
  // "2 ans en SOC, dont …"); as a part of security years, its skill.
  if (first && list.length === 1 && settingAlone(first, end, text, words) && (partOf === 'totalYears' || partOf === undefined))
    return { measure: 'securityYears' };
  // A skill named by a verb and its object ("desplegando modelos de machine learning") is a kind of work of the field
  // the object names: the years are the field's, as in "3 years deploying machine learning models", a part of years overall too.
  if (verbOfField(first, measure, partOf, ctx, words)) return { measure: measure as ExperienceMeasure };
  // A job held in a skill's field ("minimum 4 years in a security architecture role", "sur un poste en architecture
  // de sécurité") is work in that field, overall or as a part of experience overall: the field's years, not the skill's.
  const held = first && list.length === 1 && field === undefined ? jobInField(first, end, object, text, words, ctx) : undefined;
  if (held && (partOf === undefined || partOf === 'totalYears')) return { measure: held };
  // A part of years overall that names a field before its skill ("of which 5 in security engineering/DevSecOps"): that field's years.
  const fieldFirst =
    partOf === 'totalYears' &&
    first &&
    measure !== undefined &&
    measure !== 'totalYears' &&
    measureAfter(text.slice(end, first.start), words.years) === measure &&
    // Not when the skill's own name holds the field's words ("3 years focused on AI/ML governance": the skill's years).
    measureAfter(first.text, words.years) !== measure;
  if (fieldFirst) return { measure };
  // A part of an earlier statement is narrower than it: its skill ("including 3 years of AWS cloud security"), also when
  // the skill's name is the name of the field the part is of ("6 years in security, of which 2 in offensive security").
  if (first && partOf !== undefined && (field === undefined || (field === partOf && list.length === 1))) return { skills: list.map((s) => s.id) };
  if (field) return { measure: field };
  // A job held in a security setting is security work, not the setting's skill ("como analista en un SOC").
  if (first && words.jobWord.test(text.slice(end, first.start)) && words.securityTitle.test(object)) return { measure: 'securityYears' };
  if (first && leadWords(text.slice(end, first.start), words) <= 1) return { skills: list.map((s) => s.id) };
  // General work narrowed to a skill right after it ("of professional software development experience in Python"):
  // the skill's years, as "of development experience using Python" is.
  if (first && measure === 'totalYears' && leadWords(text.slice(end, first.start).replace(words.years.experienceAll, ' '), words) === 0)
    return { skills: list.map((s) => s.id) };
  // The field's words inside the name of a narrower skill ("conducting research in adversarial machine learning") name
  // that skill, not the field: the skill is the more specific subject.
  if (first && list.length === 1 && measure !== undefined && measure !== 'totalYears' && measureAfter(first.text, words.years) === measure)
    return { skills: [first.id] };
  if (measure) return { measure };
  if (words.securityTitle.test(object)) return { measure: 'securityYears' };
  if (words.mlTitle.test(object)) return { measure: 'mlYears' };
  if (first && text.slice(end, first.start).length <= 40) return { skills: list.map((s) => s.id) };
  if (words.years.experience.test(object)) return { measure: 'totalYears' };
  return undefined;
}

/**
 * The field of a job the subject names by a skill of that field and a word of a job held ("role", "position", "poste")
 * right after the skill or among fillers before it; undefined when it names none, or the skill is of leading people.
 */
function jobInField(first: Mention, end: number, object: string, text: string, words: PostingWords, ctx: YearsContext): ExperienceMeasure | undefined {
  const kind = ctx.kindOf(first.id);
  if (kind === undefined || kind === 'totalYears' || peopleWork(first.id, ctx)) return undefined;
  const after = text.slice(first.end, end + object.length);
  const before = text.slice(end, first.start);
  const roleBefore = words.years.roleHead.test(before) && leadWords(before.replace(words.years.roleHead, ' '), words) === 0;
  return words.years.roleHeadFirst.test(after) || roleBefore ? kind : undefined;
}

/** A skill named by a verb and its object, whose kind of work is the field the years' words name; a part of years overall or no part. */
function verbOfField(
  first: Mention | undefined,
  measure: ExperienceMeasure | undefined,
  partOf: ExperienceMeasure | 'skill' | undefined,
  ctx: YearsContext,
  words: PostingWords,
): boolean {
  if (!first || measure === undefined || measure === 'totalYears') return false;
  if (partOf !== undefined && partOf !== 'totalYears') return false;
  return ctx.kindOf(first.id) === measure && opensWithFiller(first.text, words);
}

/**
 * A mention that names a team or place of security work ("SOC") or a job held there ("SOC analyst") and follows the
 * years with at most one word that is no filler ("in a", "as a").
 */
function settingAlone(m: Mention, end: number, text: string, words: PostingWords): boolean {
  const name = m.text.trim();
  const last = name.lastIndexOf(' ');
  const setting = last > 0 && words.jobWord.test(name.slice(last + 1)) ? name.slice(0, last) : name;
  return words.years.securitySetting.test(setting) && leadWords(text.slice(end, m.start), words) <= 1;
}

/** A mention whose first word is a filler of years, a verb of work ("desplegando modelos", "building detections"). */
function opensWithFiller(mention: string, words: PostingWords): boolean {
  const word = mention.trim().split(/\s+/u)[0] ?? '';
  return words.years.fillers.has(fold(word));
}

/** Words before a subject that are not fillers ("of hands-on Go" → 0; "focused on application security" → 2). */
function leadWords(between: string, words: PostingWords): number {
  return between.split(/[\s'’,]+/u).filter((w) => w !== '' && w.length > 1 && !words.years.fillers.has(fold(w))).length;
}

/** The first mention and those that follow it as one list, each compound ("AWS cloud security") by its last word. */
function headList(mentions: readonly Mention[], text: string, words: PostingWords): Mention[] {
  const out: Mention[] = [];
  for (const m of listFrom(mentions, text, words)) {
    const prev = out.at(-1);
    if (prev && /^\s{1,3}$/u.test(text.slice(prev.end, m.start))) out[out.length - 1] = m;
    else out.push(m);
  }
  return out;
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

/**
 * The text with the words the lexicon knows are no degree blanked, same length, save one inside a longer degree name
 * ("diploma" in "college diploma").
 */
function withoutNotDegrees(text: string, words: PostingWords): string {
  const re = words.degrees.notDegreeAll;
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  re.lastIndex = 0;
  const named = degreeMentions(text, words.degrees, words.degreeAbbreviation);
  let out = '';
  let from = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (named.some((d) => d.index <= m.index && d.index + d.length >= end && d.length > m[0].length)) continue;
    out += text.slice(from, m.index) + ' '.repeat(m[0].length);
    from = end;
  }
  return out + text.slice(from);
}

/** A degree: the lowest level named (a degree named without one is a bachelor's), the fields after it, and whether experience can replace it. */
function readDegree(clause: Clause, text: string, words: PostingWords): Finding | undefined {
  // Words the lexicon knows are no degree ("des LLM": language models, not a Master of Laws) are blanked, same length.
  const plain = withoutNotDegrees(clause.text, words);
  const named = withoutBracketedLevels(degreeMentions(plain, words.degrees, words.degreeAbbreviation), clause, words);
  // A level named only in a parenthesis that softens it ("Degree in Computer Science (Master's preferred)") is a
  // preference: the degree asked for is the one outside it.
  const inSoft = (index: number) => clause.softSpans?.some((s) => clause.start + index >= s.start && clause.start + index < s.end) ?? false;
  const outside = named.filter((d) => !inSoft(d.index));
  const unqualified = words.unqualifiedDegree.exec(clause.text);
  const found = named.length > 0 && outside.length === 0 && unqualified && !inSoft(unqualified.index) ? outside : named;
  const lowest = found.reduce<(typeof found)[number] | undefined>(
    (a, b) => (a && DEGREE_LEVELS.indexOf(b.level) >= DEGREE_LEVELS.indexOf(a.level) ? a : b),
    undefined,
  );
  const from = found[0]?.index ?? words.unqualifiedDegree.exec(clause.text)?.index;
  if (from === undefined) return undefined;
  // A degree the job offers to earn ("die Möglichkeit zur Promotion") is no requirement.
  if (words.degreeOffered.test(clause.text.slice(Math.max(0, from - OFFER_REACH), from))) return undefined;
  if (waivedDegree(clause.text, from, words)) return undefined;
  const equivalent = replaceable(clause, text, words, lowest?.level ?? 'bachelor');
  const fields = fieldsIn(clause.text.slice(from), words.degrees);
  if (fields.length === 0 && lowest?.field) fields.push(lowest.field);
  // A label with no level ("Degree: computer science") asks for a degree only when it names a field ("Degree: none" asks for none).
  if (found.length === 0 && fields.length === 0 && unqualified?.[0].endsWith(':')) return undefined;
  // A degree asked for completed ("Abgeschlossenes Hochschulstudium (Master, Diplom …)") is a must.
  const completed = clause.tier === 'required' && words.degreeCompleted.test(clause.text.slice(0, from));
  const hard = hardFor(completed ? { ...clause, mandatory: true } : listedAsMust(clause), equivalent);
  return { kind: 'degree', minLevel: lowest?.level ?? 'bachelor', fields, equivalent, clause, hard };
}

/** Words between a degree and what says it is not asked for, in one phrase ("Ein Studium ist keine Voraussetzung"). */
const WAIVED_AFTER = /^[^,;:.!?]{0,60}$/u;

/**
 * The clause says the degree at `from` is not asked for: before it ("We don't have a degree requirement", "No exigimos
 * titulación") or right after it in the same phrase ("Ein abgeschlossenes Studium ist keine Voraussetzung").
 */
function waivedDegree(text: string, from: number, words: PostingWords): boolean {
  const waived = words.degreeWaived.exec(text);
  return waived !== null && (waived.index <= from || WAIVED_AFTER.test(text.slice(from, waived.index)));
}

/** Experience can stand in for what the clause names ("… or equivalent demonstrable experience"), and nothing takes it back. */
function replacedByExperience(text: string, words: PostingWords): boolean {
  return words.experienceReplaces.test(text) && !words.notEquivalent.test(text);
}

/** A bracket right after a degree, and what it holds: "Hochschulstudium (Master oder Diplom)". */
const BRACKET_AFTER = /^\s{0,2}\(([^()]{1,80})\)/u;

/**
 * A degree whose bracket names the levels that count ("Abgeschlossenes Hochschulstudium (Master oder Diplom)") is read
 * as those levels; a bracket that opens with an "or" word ("(or Master's)") or softens ("(Master's preferred)") is none.
 */
function withoutBracketedLevels<D extends { index: number; length: number }>(named: readonly D[], clause: Clause, words: PostingWords): D[] {
  return named.filter((d) => {
    const bracket = BRACKET_AFTER.exec(clause.text.slice(d.index + d.length));
    if (!bracket) return true;
    const inner = bracket[1] as string;
    if (words.alternativePath.test(inner) || words.preferred.test(inner)) return true;
    const from = d.index + d.length;
    return !named.some((o) => o.index > from && o.index < from + bracket[0].length);
  });
}

/** How far before a degree the words that offer it are looked for, in characters. */
const OFFER_REACH = 60;

/** A number restated in brackets after its word: "four (4)". */
const RESTATED_NUMBER = /\s?\(\d{1,2}\+?\)/gu;
/** How far past a degree's clause the rest of its list item is read, in characters. */
const ITEM_REST = 320;

/**
 * Experience can replace the degree: the clause says so ("or equivalent experience"), or the rest of its list item does
 * and names no degree of its own ("…technical field. An additional four (4) years … may be substituted in lieu of a
 * degree"); "cannot be substituted" says the opposite.
 */
function replaceable(clause: Clause, text: string, words: PostingWords, level: DegreeLevel): boolean {
  const eq = words.degreeEquivalent;
  // A number restated in brackets ("four (4) additional years") is read without them.
  const own = clause.text.replace(RESTATED_NUMBER, '');
  if (eq.test(own)) return !words.notEquivalent.test(own);
  const rest = itemRest(text, clause.end).replace(RESTATED_NUMBER, '');
  // A degree offered after the experience in that sentence is one more way in ("… la experiencia equivalente o un ciclo
  // formativo de grado superior"); one before it is a rung of a ladder of its own, unless it is lower than the degree
  // asked, a route through more years ("Polytechnic Diploma holders with at least ten years … will also be considered").
  if (!words.notEquivalent.test(rest) && lowerRouteOnly(rest, words, level)) return true;
  // The item after an "or" that ends the line or stands on a line of its own ("… position.\nOR\nB. Combination of
  // education and experience: …") is another path: experience in it replaces the degree.
  const path = pathAfter(text, clause.end, words);
  return path !== undefined && (eq.test(path) || words.experienceReplaces.test(path)) && !words.notEquivalent.test(path);
}

/** Some sentence of the rest of an item says experience replaces the degree, after no degree but lower ones (at most a few sentences: linear). */
function lowerRouteOnly(rest: string, words: PostingWords, level: DegreeLevel): boolean {
  for (let from = 0; from < rest.length; ) {
    const at = rest.slice(from).search(words.degreeEquivalent);
    if (at === -1) return false;
    const sentence = sentenceAt(rest, from + at);
    const rungs = degreeMentions(sentence.slice(0, Math.max(0, sentence.search(words.degreeEquivalent))), words.degrees, words.degreeAbbreviation);
    if (rungs.every((d) => DEGREE_LEVELS.indexOf(d.level) < DEGREE_LEVELS.indexOf(level))) return true;
    const stop = rest.indexOf('. ', from + at);
    if (stop === -1) return false;
    from = stop + 2;
  }
  return false;
}

/**
 * The sentence of a text around a position: from the stop before it to the stop after it. The degrees of a ladder before it
 * ("Master's degree and 6 years; or PhD and 4 years. An additional 4 years … in lieu of a degree") are not in it.
 */
function sentenceAt(text: string, at: number): string {
  if (at < 0) return text;
  const before = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at));
  const after = text.indexOf('. ', at);
  return text.slice(before < 0 ? 0 : before + 2, after < 0 ? text.length : after);
}

/** An "or" that stands alone on a line between two paths ("…\nOR\nB. …"). */
const OR_LINE = unicodeRegex`^[^\S\n]{0,4}(\p{L}{1,4})[^\S\n]{0,4}:?[^\S\n]{0,4}\n`;

/**
 * The path after an "or" right after a degree's clause ("…; OR five (5) years with a Master's …", "…; or\nB. …") or on a
 * line of its own after it ("…\nOR\nB. …"), to its line's end; a next item that opens with "or" ("- Or equivalent
 * experience") is no such path.
 */
function pathAfter(text: string, from: number, words: PostingWords): string | undefined {
  const window = text.slice(from, from + ITEM_REST);
  const end = window.indexOf('\n') < 0 ? window.length : window.indexOf('\n');
  // "…; or" ends the line (inside the clause or after it): the path is the next line.
  if (words.orBefore.test(`${(text.slice(Math.max(0, from - 12), from) + window.slice(0, end)).trimEnd()} `))
    return window
      .slice(end + 1)
      .trimStart()
      .split('\n')[0];
  // "…; OR five (5) years … with a Master's degree …": the path runs on, on the same line.
  const right = words.alternativePath.exec(window.slice(0, end).replace(/^[\s;,.]{0,4}/u, ''));
  if (right)
    return (
      right.input.slice(right[0].length).trim() ||
      window
        .slice(end + 1)
        .trimStart()
        .split('\n')[0]
    );
  const after = window.slice(end + 1);
  const line = OR_LINE.exec(after);
  if (!line || !words.orOnly.test(line[1] as string)) return undefined;
  return after.slice(line[0].length).trimStart().split('\n')[0];
}

/** The text after `from` up to the end of its list item: a line break ends it unless the next line goes on in lowercase (a soft wrap). */
function itemRest(text: string, from: number): string {
  const window = text.slice(from, from + ITEM_REST);
  for (let i = window.indexOf('\n'); i !== -1; i = window.indexOf('\n', i + 1)) {
    if (!unicodeRegex`^[^\S\n]{0,8}\p{Ll}`.test(window.slice(i + 1, i + 10))) return window.slice(0, i);
  }
  return window;
}

/** True when a text says a clearance or certification may still be obtained, and does not take it back ("they can't sponsor"). */
function saysObtainable(text: string, words: PostingWords): boolean {
  return words.obtainable.test(text) && words.obtainable.test(text.replace(words.obtainableDenied, ' '));
}

/**
 * The rest of the clause's sentence, after a `;`, says how the clearance it names is obtained and names none of its own
 * ("… habilitation au niveau Secret ; la procédure d'habilitation est engagée à la prise de poste").
 */
function obtainedLater(clause: Clause, words: PostingWords): boolean {
  const at = clause.sentence.indexOf(clause.text);
  if (at < 0) return false;
  const rest = clause.sentence.slice(at + clause.text.length);
  if (!/^\s{0,3};/u.test(rest)) return false;
  return saysObtainable(rest, words) && !words.activeClearance.test(rest) && clearanceMentions(rest, words.clearances, () => true).length === 0;
}

/**
 * A clearance: the lowest level named; `active` unless the clause says it may still be obtained; an obtainable
 * clearance is a condition about the person (a note), not a requirement. A clearance without a level
 * ("active security clearance") asks for any level.
 */
/** Some two levels of a clause are alternatives: an "or" or a slash stands between them ("Secret or Top Secret", "Secret / TS"). */
function alternativeLevels(text: string, mentions: ReadonlyArray<{ index: number; length: number }>, words: PostingWords): boolean {
  return mentions.some((m, i) => {
    const prev = mentions[i - 1];
    if (!prev) return false;
    const gap = text.slice(prev.index + prev.length, m.index);
    return gap.includes('/') || words.orOnly.test(gap);
  });
}

/**
 * A baseline screening named among other pre-employment checks, with no word of a clearance ("Standard vetting (BPSS,
 * credit and criminal record checks) before start"): a background check, which the condition notes record, not a clearance.
 */
function screeningAmongChecks(text: string, mentions: ReadonlyArray<{ level: string }>, words: PostingWords): boolean {
  if (mentions.length === 0 || !mentions.every((m) => m.level === 'public-trust')) return false;
  if (!words.clearances.screenings.test(text) || /\bclearance\b|\bcleared\b/iu.test(text)) return false;
  const others = withoutScreenings(text, words);
  return words.conditions.some(([condition, re]) => condition === 'background-check' && re.test(others));
}

/** A text with its screening names ("BPSS") blanked, so that a background-check cue found in it is another check. */
function withoutScreenings(text: string, words: PostingWords): string {
  let out = text;
  for (let i = 0, m = words.clearances.screenings.exec(out); m !== null && i < MAX_SCREENINGS; i++, m = words.clearances.screenings.exec(out))
    out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  return out;
}

/** The most screening names blanked in one clause. */
const MAX_SCREENINGS = 8;

/**
 * The next sentence of the clause's line says the clearance may still be obtained, naming no level of its own and
 * referring back to it by a clearance word ("This role requires SC clearance. You don't need to hold it already, but you
 * must be willing and eligible to undergo the vetting process").
 */
function obtainedNextSentence(clause: Clause, text: string | undefined, words: PostingWords): boolean {
  const next = nextSentenceOnLine(clause, text);
  if (next === '' || words.activeClearance.test(next) || !words.clearances.context.test(next)) return false;
  return saysObtainable(next, words) && clearanceMentions(next, words.clearances, () => true).length === 0;
}

/** The sentence after a clause's own on its line ('' when none). */
function nextSentenceOnLine(clause: Clause, text: string | undefined): string {
  if (text === undefined) return '';
  const lineEnd = text.indexOf('\n', clause.end);
  const rest = text.slice(clause.end, lineEnd < 0 ? text.length : lineEnd).slice(0, 400);
  const parts = rest.split(SENTENCE_GAP);
  // The clause ends its sentence, or the sentence goes on to a gap: the next sentence is after it.
  return (/[.!?]\s*$/u.test(clause.text) && !/^\S/u.test(rest) ? parts[0] : parts[1])?.trim() ?? '';
}

/**
 * The sentence after a certification's, on its line, says it may be obtained after hire and names no clearance ("DoD
 * 8570 IAT Level II certification (e.g., Security+ CE or CISSP). If not already held, must be obtained within six months
 * of hire."): the certification is no must to apply with.
 */
function certObtainedNext(clause: Clause, text: string | undefined, words: PostingWords): boolean {
  const next = nextSentenceOnLine(clause, text);
  return next !== '' && !words.clearances.noun.test(next) && clearanceMentions(next, words.clearances, () => true).length === 0 && saysObtainable(next, words);
}

/**
 * A clearance named with no level ("Must be able to obtain a security clearance", "Le poste nécessite une habilitation ;
 * une enquête administrative sera réalisée avant l'embauche"): one to obtain is a condition all the same, with no level.
 */
function unleveledToObtain(clause: Clause, words: PostingWords): Finding[] {
  const c = words.clearances;
  c.notClearance.lastIndex = 0;
  const other = c.notClearance.test(clause.text);
  c.notClearance.lastIndex = 0;
  if (!c.noun.test(clause.text) || other) return [];
  // Sponsorship of a clearance offered ("Clearance sponsorship available for the right candidate") asks for none.
  const offered = words.conditionExceptions.get('work-authorization');
  const asked = offered ? clause.text.replace(offered, (w) => ' '.repeat(w.length)) : clause.text;
  if (!saysObtainable(asked, words) && !obtainedLater(clause, words)) return [];
  return [{ kind: 'note', condition: 'clearance-obtainable', clause, hard: obtainHard(clause, words) }];
}

/**
 * How far after a clearance's level the words that say it may be obtained are read, up to another demand ("SC clearance is
 * needed for some client work - if you don't already hold it they'll sponsor it").
 */
const NEAR_CLEARANCE = 120;

/**
 * A level to hold beside a level to obtain later ("hold current SC clearance and be willing to undergo DV vetting", "hold a
 * valid Reliability Status and be able to obtain Secret"): the held one is the clearance, the other a condition to obtain.
 */
function heldAndToObtain(clause: Clause, mentions: readonly ClearanceMention[], words: PostingWords): Finding[] | undefined {
  if (mentions.length < 2 || clause.tier === 'preferred' || !words.activeClearance.test(clause.text)) return undefined;
  // "Hold Ü2 or be willing to undergo Ü3": either will do, so nothing need be held.
  if (alternativeLevels(clause.text, mentions, words)) return undefined;
  const toObtain = mentions.map((m, i) => i > 0 && saysObtainable(clause.text.slice((mentions[i - 1] as ClearanceMention).index, m.index), words));
  if (toObtain[0] || !toObtain.some(Boolean)) return undefined;
  const rank = (m: ClearanceMention) => CLEARANCE_LEVELS.indexOf(m.level);
  const held = mentions.filter((_, i) => !toObtain[i]).sort((a, b) => rank(b) - rank(a))[0] as ClearanceMention;
  const later = mentions.filter((_, i) => toObtain[i]).sort((a, b) => rank(b) - rank(a))[0] as ClearanceMention;
  if (rank(later) <= rank(held)) return undefined;
  const c = words.clearances;
  const polygraph = c.polygraph.test(clause.text);
  return [
    { kind: 'clearance', minLevel: held.level, active: true, polygraph, fullScope: c.fullScopePolygraph.test(clause.text), clause, hard: true },
    { kind: 'note', condition: 'clearance-obtainable', level: later.level, polygraph, clause, hard: obtainHard(clause, words) },
  ];
}

/**
 * A sentence that says a clearance held is not required ("Candidates who already hold an active TS/SCI will get through
 * onboarding faster, but it is not required to apply", "An active clearance is not required"), asking nothing else in it
 * and wishing nothing: no clearance is to be held. One that says so of a polygraph between ("Active Secret (polygraph not
 * required)") says nothing of the clearance.
 */
function heldNotRequired(sentence: string, words: PostingWords): boolean {
  const cue = words.notRequired.exec(sentence);
  if (!cue || !words.activeClearance.test(sentence)) return false;
  const rest = sentence.slice(0, cue.index) + ' '.repeat(cue[0].length) + sentence.slice(cue.index + cue[0].length);
  if (words.mandatory.test(rest) || words.preferred.test(rest)) return false;
  const mentions = clearanceMentions(sentence, words.clearances, () => true);
  const before = mentions.filter((m) => m.index < cue.index).at(-1);
  const after = mentions.find((m) => m.index >= cue.index + cue[0].length);
  const between = before ? sentence.slice(before.index + before.length, cue.index) : sentence.slice(cue.index + cue[0].length, after?.index);
  return !words.clearances.polygraph.test(between);
}

function readClearance(clause: Clause, words: PostingWords, text?: string): Finding[] {
  const c = words.clearances;
  const mentions = clearanceMentions(clause.text, c, () => true).filter((m) => c.context.test(clause.text) || m.length > 6);
  const anyLevel = mentions.length === 0 && /\bclearance\b|\bcleared\b/iu.test(clause.text) && words.activeClearance.test(clause.text);
  if (mentions.length === 0 && !anyLevel) return unleveledToObtain(clause, words);
  if (screeningAmongChecks(clause.text, mentions, words)) return [];
  const split = heldAndToObtain(clause, mentions, words);
  if (split) return split;
  const first = mentions[0];
  // What follows the level up to another demand ("TS clearance and SCI eligibility": the TS is to be held);
  // an alternative after a comma counts ("Secret, or eligible for it").
  const near = first
    ? (clause.text.slice(first.index + first.length, first.index + first.length + NEAR_CLEARANCE).split(/\s(?:and|&|with|plus)\s|;/iu)[0] ?? '')
    : '';
  // A clearance named bare among the conditions of employment ("Conditions of employment⏎Secret security clearance") is
  // obtained once selected, unless the clause says it is held already.
  const obtainable =
    saysObtainable(first ? clause.text.slice(0, first.index) + near : clause.text, words) ||
    obtainedLater(clause, words) ||
    (!words.activeClearance.test(clause.text) && obtainedNextSentence(clause, text, words)) ||
    (clause.employmentCondition === true && !words.activeClearance.test(clause.text));
  const levels = mentions.map((m) => m.level).sort((a, b) => CLEARANCE_LEVELS.indexOf(a) - CLEARANCE_LEVELS.indexOf(b));
  // Levels joined by no "or" ask for the higher ("Top Secret clearance with access to Sensitive Compartmented Information").
  if (mentions.length > 1 && !alternativeLevels(clause.text, mentions, words)) levels.reverse();
  const polygraph = c.polygraph.test(clause.text);
  if (obtainable) return [{ kind: 'note', condition: 'clearance-obtainable', level: levels[0], polygraph, clause, hard: obtainHard(clause, words) }];
  if (clause.tier !== 'preferred' && heldNotRequired(clause.sentence, words)) return [];
  const hard = clause.tier !== 'preferred' && (clause.mandatory || clause.hardSection || words.activeClearance.test(clause.text) || clause.tier === 'required');
  const fullScope = c.fullScopePolygraph.test(clause.text);
  return [{ kind: 'clearance', minLevel: levels[0], active: clause.tier !== 'preferred', polygraph, fullScope, clause, hard }];
}
