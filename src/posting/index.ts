import { type Catalog, loadCatalog, requirementId } from '../catalog/load';
import { checkText, msg, RolefitError } from '../errors';
import { compileCatalog, type CompiledCatalog } from '../catalog/compile';
import { type Mention, scanMentions } from '../text/mentions';
import { normalizeText } from '../text/normalize';
import { tokenize } from '../text/tokens';
import type { Requirement, Role, SectionName } from '../schemas';
import { buildRequirements, type PostingWeights } from './_build';
import { extractFindings } from './_extract';
import { type PostingSection, readStructure } from './_structure';

export type { PostingWeights } from './_build';

/** Options of `roleFromJobPosting`. */
export interface PostingOptions {
  /** The catalog whose skills and certifications are read (default: the bundled catalog). */
  catalog?: Catalog;
  /** The role id (default: the title in kebab-case). */
  id?: string;
  /** The role title (default: the "Job title:" line, else the first line of the ad). */
  title?: string;
  /** The role's `source` (default: `Job posting: <title>`), e.g. the file name or URL of the ad. */
  source?: string;
  /** Weights that replace the computed ones, by requirement id (`python`, `securityYears`) or by kind (`certification`). */
  weights?: Readonly<Record<string, number>>;
  /** Changes to `DEFAULT_POSTING_WEIGHTS`. */
  rules?: Partial<PostingWeights>;
  /** The longest ad accepted, in characters (default 100,000). */
  maxLength?: number;
}

/**
 * How much each requirement of a job ad weighs. Tiers never overlap whatever the repeats:
 * a required skill weighs 4–6, a duty 2.5–3.5 (a skill named only among responsibilities), a nice-to-have 1–2.
 */
export const DEFAULT_POSTING_WEIGHTS: Readonly<PostingWeights> = Object.freeze({
  skill: Object.freeze({ required: 4, responsibility: 2.5, preferred: 1 }),
  repeatStep: 0.5,
  repeatMax: 1,
  skillYears: 1,
  experience: Object.freeze({ required: 5, preferred: 1.5 }),
  degree: Object.freeze({ required: 2, preferred: 1 }),
  certification: Object.freeze({ required: 2, preferred: 1 }),
  clearance: Object.freeze({ required: 8, obtainable: 1, preferred: 1 }),
});

/** Defaults of `roleFromJobPosting`. */
export const DEFAULT_POSTING_OPTIONS = Object.freeze({ maxLength: 100_000 });

/** Posting sections as the alias matcher's section names, so "skills list only" aliases (`C`, `Go`) work in requirements. */
const AS_RESUME_SECTION: Record<PostingSection, SectionName> = {
  intro: 'summary',
  responsibilities: 'experience',
  required: 'skills',
  preferred: 'skills',
  ignored: 'other',
};

/** Résumé aliases that, in an ad, speak of the employer ("we are hiring"), not of the candidate. */
const EMPLOYER_WORDS = /^(?:hiring|hire|hires|recruiting)$/i;

/**
 * Reads a job ad into a role profile of the catalog's format, validated like the catalog's own roles.
 * Each requirement quotes the sentence it comes from in `source`.
 * @example
 * const role = roleFromJobPosting(readFileSync('posting.txt', 'utf8'));
 * matchRoles(parseResume(resume), { roles: [role] });
 */
export function roleFromJobPosting(text: string, options: PostingOptions = {}): Role {
  checkText(text, options.maxLength ?? DEFAULT_POSTING_OPTIONS.maxLength, { notText: msg.notPostingText, tooLarge: msg.postingTooLarge });
  const catalog = loadCatalog(options.catalog);
  const cc = compileCatalog(catalog);
  const normalized = normalizeText(text);
  const structure = readStructure(normalized);
  const title = cleanTitle(options.title ?? structure.title ?? 'Job posting');
  const mentions = postingMentions(normalized, structure.sectionAt, cc);
  const findings = structure.clauses.flatMap((c) => extractFindings(c, mentions, normalized));
  const requirements = applyWeights(buildRequirements(findings, mergeRules(options.rules), cc), options.weights);
  if (requirements.length === 0) throw new RolefitError('E_INVALID_INPUT', msg.noRequirements(title));
  const role: Role = {
    id: options.id ?? slug(title),
    title,
    family: 'custom',
    summary: structure.summary?.trim() || `Role profile read from the job posting "${title}".`,
    titles: [],
    source: options.source ?? `Job posting: ${title}`,
    refs: [],
    requirements,
  };
  return validateRole(role, catalog);
}

function postingMentions(text: string, sectionAt: (offset: number) => PostingSection, cc: CompiledCatalog): Mention[] {
  const sectionOf = (offset: number) => AS_RESUME_SECTION[sectionAt(offset)];
  return scanMentions(text, tokenize(text, cc.stemmer), sectionOf, cc).filter((m) => !EMPLOYER_WORDS.test(m.text));
}

function mergeRules(rules: Partial<PostingWeights> | undefined): PostingWeights {
  const merged = { ...DEFAULT_POSTING_WEIGHTS, ...rules } as PostingWeights;
  for (const [key, value] of Object.entries(merged)) {
    const values = typeof value === 'number' ? [value] : Object.values(value as Record<string, unknown>);
    if (!values.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100)) {
      throw new RolefitError('E_INVALID_OPTIONS', msg.invalidOption(`rules.${key}`, 'numbers from 0 to 100', value));
    }
  }
  return merged;
}

/** Replaces computed weights by the caller's, by requirement id first, then by kind. */
function applyWeights(requirements: Requirement[], weights: Readonly<Record<string, number>> | undefined): Requirement[] {
  if (weights === undefined) return requirements;
  if (typeof weights !== 'object' || weights === null) throw new RolefitError('E_INVALID_OPTIONS', msg.invalidOption('weights', 'an object of weights', weights));
  for (const [key, w] of Object.entries(weights)) {
    if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0 || w > 100) {
      throw new RolefitError('E_INVALID_OPTIONS', msg.invalidOption(`weights.${key}`, 'a number above 0 and at most 100', w));
    }
  }
  const own = (key: string) => (Object.hasOwn(weights, key) ? weights[key] : undefined);
  return requirements.map((q) => {
    const w = own(requirementId(q)) ?? own(q.kind);
    return w === undefined ? q : { ...q, weight: w };
  });
}

/** Runs the role through the catalog loader: the schema, cross-references and unique requirement ids. */
function validateRole(role: Role, catalog: Catalog): Role {
  const input = {
    mode: 'replace' as const,
    version: catalog.version,
    skills: [...catalog.skills],
    certifications: [...catalog.certifications],
    roles: [role],
  };
  return loadCatalog(input, { source: `job posting \`${role.title}\`` }).roles[0] as Role;
}

function cleanTitle(title: string): string {
  const t = title.replace(/\s{2,}/g, ' ').trim().slice(0, 150);
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
