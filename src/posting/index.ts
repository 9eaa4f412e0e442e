import { compileCatalog, type CompiledCatalog } from '../catalog/compile';
import { loadCatalog, requirementId } from '../catalog/load';
import { checkText, msg, RolefitError } from '../errors';
import { resolveOptions } from '../options';
import { type Catalog, type PostingOptions, PostingOptionsSchema, type Requirement, type Role, type SectionName } from '../schemas';
import { type Mention, scanMentions } from '../text/mentions';
import { lexiconFor } from '../text/lexicon';
import { cueWordsFor } from '../text/negation';
import { normalizeText } from '../text/normalize';
import { tokenize } from '../text/tokens';
import { buildRequirements } from './_build';
import { extractFindings } from './_extract';
import { type PostingSection, readStructure } from './_structure';

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
export function roleFromJobPosting(text: string, options?: PostingOptions): Role {
  const resolved = resolveOptions(PostingOptionsSchema, options, 'roleFromJobPosting');
  checkText(text, resolved.maxLength, 'job posting');
  const catalog = loadCatalog(resolved.catalog);
  const cc = compileCatalog(catalog);
  const normalized = normalizeText(text);
  const structure = readStructure(normalized);
  const title = cleanTitle(resolved.title ?? structure.title ?? 'Job posting');
  const mentions = postingMentions(normalized, structure.sectionAt, cc);
  const findings = structure.clauses.flatMap((c) => extractFindings(c, mentions, normalized));
  const requirements = applyWeights(buildRequirements(findings, resolved.rules, cc), resolved.weights);
  if (requirements.length === 0) throw new RolefitError('E_INVALID_INPUT', msg.noRequirements(title));
  const role: Role = {
    id: resolved.id ?? slug(title),
    title,
    family: 'custom',
    summary: structure.summary?.trim() || `Role profile read from the job posting "${title}".`,
    titles: [],
    source: resolved.source ?? `Job posting: ${title}`,
    refs: [],
    requirements,
  };
  return validateRole(role, catalog);
}

function postingMentions(text: string, sectionAt: (offset: number) => PostingSection, cc: CompiledCatalog): Mention[] {
  const sectionOf = (offset: number) => AS_RESUME_SECTION[sectionAt(offset)];
  return scanMentions(text, tokenize(text, cc.stemmer), sectionOf, cc, cueWordsFor(lexiconFor())).filter((m) => !EMPLOYER_WORDS.test(m.text));
}

/** Replaces computed weights by the caller's, by requirement id first, then by kind. */
function applyWeights(requirements: Requirement[], weights: Readonly<Record<string, number>> | undefined): Requirement[] {
  if (weights === undefined) return requirements;
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
