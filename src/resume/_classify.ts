import type { EntryKind, Skill } from '../schemas';
import type { Lexicon } from '../text/lexicon';
import { escapeRegex, phrasesRegex } from '../text/phrases';

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
  /** Titles of IT operations (sysadmin, network administrator, help desk, DevOps). */
  operationsTitle: RegExp;
  /** What joins two functions in one title: "&", "+" or the language's "and" between spaces. */
  titleParts: RegExp;
  /** The same, every match: an operations title's own words are no security title ("Cyber Transport Systems Technician"). */
  operationsTitles: RegExp;
}

const kindWordsCache = new WeakMap<Lexicon, KindWords>();

/** The compiled title words of a lexicon. */
export function kindWordsFor(lex: Lexicon): KindWords {
  const hit = kindWordsCache.get(lex);
  if (hit) return hit;
  const words = {
    securityTitle: phrasesRegex(lex.work.securityTitles),
    mlTitle: phrasesRegex(lex.work.mlTitles),
    researchTitle: phrasesRegex(lex.work.researchTitles),
    operationsTitle: phrasesRegex(lex.work.operationsTitles),
    operationsTitles: phrasesRegex(lex.work.operationsTitles, 'g'),
    titleParts: new RegExp(`\\s(?:&|\\+|${lex.sections.and.map(escapeRegex).join('|')})\\s`, 'iu'),
  };
  kindWordsCache.set(lex, words);
  return words;
}

/**
 * Classifies a work entry as security and/or ML work from its title and the skills it uses (their `workKind`). Under a
 * title that is no security one, an ML skill the entry names in two different ways (`namedTwice`: "scikit-learn, XGBoost") weighs as two.
 */
export function classifyEntry(
  title: string,
  skillIds: readonly string[],
  skillById: ReadonlyMap<string, Skill>,
  words: KindWords,
  namedTwice: ReadonlySet<string> = new Set(),
  organization = '',
): EntryKind[] {
  // A research appointment in a security lab or chair ("Computer Security Lab", "Lehrstuhl für IT-Sicherheit") is security work.
  const research = words.researchTitle.test(title);
  const securityTitle = words.securityTitle.test(title.replace(words.operationsTitles, ' ')) || (research && words.securityTitle.test(organization));
  const mlTitle = words.mlTitle.test(title);
  // A title that joins two functions ("AI Product Security & Secure GenAI Engineering") holds an ML one when a part is an ML title and no security one.
  const mlPart = title.split(words.titleParts).some((part) => words.mlTitle.test(part) && !words.securityTitle.test(part));
  let securitySkills = 0;
  let mlSkills = 0;
  for (const id of skillIds) {
    const skill = skillById.get(id);
    // Attacking and defending AI systems is security work by itself: one such skill weighs as two, but not under an ML
    // title that is no security one, where guarding the system is part of building it ("AI Engineer: prompt-injection filters").
    if (skill?.workKind === 'security') securitySkills += skill.category === 'ai-security' && (securityTitle || !mlTitle) ? 2 : 1;
    // Under a security title, naming one ML tool twice is securing it ("hardening the Kubeflow pipelines and model registry").
    else if (skill?.workKind === 'ml') mlSkills += namedTwice.has(id) && !securityTitle ? 2 : 1;
  }
  // A research appointment's subject is its kind of work: one skill of a kind suffices ("Postdoc: federated learning").
  // Under an ML title that is no security one, two security tasks are side tasks of building ("SSO for the model registry, image signing");
  // under an IT-operations title, of running systems ("firewall rules and site-to-site VPNs, Active Directory accounts").
  const sideDuties = mlTitle || words.operationsTitle.test(title);
  const duty = research ? 1 : sideDuties ? SIDE_DUTY_SECURITY_THRESHOLD : SECURITY_DUTY_THRESHOLD;
  const security = securityTitle || securitySkills >= duty;
  // ML work: two ML skills; or one under an ML title ("MLSecOps Engineer") or a research title; or an ML title that is not a security one.
  const ml = mlSkills >= ML_WORK_THRESHOLD || (mlSkills >= 1 && (mlTitle || research)) || (mlTitle && !securityTitle) || mlPart;
  const kinds: EntryKind[] = [];
  if (security) kinds.push('security');
  if (ml) kinds.push('ml');
  if (kinds.length === 0) kinds.push('other');
  return kinds;
}
