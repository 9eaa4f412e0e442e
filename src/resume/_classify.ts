import type { EntryKind, Skill } from '../schemas';

/** Titles of security work (SOC, AppSec, pentest, GRC security…). */
const SECURITY_TITLE =
  /\b(?:security|secops|mlsecops|devsecops|cyber\s?security|cyber|infosec|soc|appsec|pen(?:etration)?[\s-]?test(?:er|ing)?|red[\s-]team(?:er)?|bug[\s-]bounty|threat|vulnerability|incident|forensics?|ciso|detection)\b/i;
/** Titles of hands-on ML or data-science work. */
const ML_TITLE =
  /\b(?:machine[\s-]learning|ml|mle|mlops|mlsecops|data[\s-]scien(?:ce|tist)|deep[\s-]learning|nlp|computer[\s-]vision|ai(?:\/ml)?[\s-]engineer|applied[\s-]scientist|research[\s-]scientist|ai[\s-]researcher|llm[\s-]engineer|genai[\s-]engineer)\b/i;
/** Skills whose use means building, training, deploying or operating ML models or LLM applications. */
const ML_WORK_SKILLS = new Set([
  'machine-learning',
  'deep-learning',
  'pytorch',
  'tensorflow',
  'ml-deployment',
  'mlops',
  'llm-applications',
]);
/** Distinct ML-work skills (implied ones included) an entry must show to count as ML work. */
const ML_WORK_THRESHOLD = 2;
/** Distinct security skills an entry must show to count as security work under a neutral title. */
const SECURITY_DUTY_THRESHOLD = 2;

/** Classifies a work entry as security and/or ML work from its title and the skills it uses. */
export function classifyEntry(
  title: string,
  skillIds: readonly string[],
  skillById: ReadonlyMap<string, Skill>,
): EntryKind[] {
  const securityTitle = SECURITY_TITLE.test(title);
  const securitySkills = skillIds.filter((id) => {
    const c = skillById.get(id)?.category;
    return c === 'security' || c === 'ai-security';
  }).length;
  const security = securityTitle || securitySkills >= SECURITY_DUTY_THRESHOLD;
  // One stray ML word (a platform name) is not ML work; two distinct ML skills are.
  const mlSkills = skillIds.filter((id) => ML_WORK_SKILLS.has(id)).length;
  const mlTitle = ML_TITLE.test(title);
  // ML work: two ML skills; or one under an ML title ("MLSecOps Engineer"); or an ML title that is not a security one.
  const ml = mlSkills >= ML_WORK_THRESHOLD || (mlSkills >= 1 && mlTitle) || (mlTitle && !securityTitle);
  const kinds: EntryKind[] = [];
  if (security) kinds.push('security');
  if (ml) kinds.push('ml');
  if (kinds.length === 0) kinds.push('other');
  return kinds;
}
