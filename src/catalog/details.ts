import type { Catalog, CatalogDetails, FrameworkRef, Skill } from '../schemas';
import { deepFreeze } from './build';

/** The catalog details of `rolefit/details` as the pack step writes them: their content hash and their JSON. */
export interface CatalogDetailsData extends CatalogDetails {
  /** `fnv1a(json)`, as the pack step wrote it (`CatalogDetailsSchema` checks it). */
  readonly hash: string;
  /** A `CatalogDetailsJson`'s JSON. */
  readonly json: string;
}

/** The documentation of the bundled catalog, by id: only what data/ gives (a description, refs that are not empty). */
export interface CatalogDetailsJson {
  skills: Record<string, { description?: string; refs?: FrameworkRef[] }>;
  roles: Record<string, FrameworkRef[]>;
}

/** Each details object's JSON, parsed on first use. */
const parsed = new WeakMap<CatalogDetails, CatalogDetailsJson>();

function detailsJson(details: CatalogDetails): CatalogDetailsJson {
  let hit = parsed.get(details);
  if (!hit) parsed.set(details, (hit = JSON.parse((details as CatalogDetailsData).json) as CatalogDetailsJson));
  return hit;
}

/**
 * A catalog of the bundled one (with any packs) with its documentation put back by id: each skill's `description` (after
 * `category`, where data/ writes it) and `refs`, each role's `refs`; the rest, and the hash, as they are.
 */
export function withCatalogDetails(base: Catalog, details: CatalogDetails): Catalog {
  const docs = detailsJson(details);
  const skills = base.skills.map((skill) => {
    const own = Object.hasOwn(docs.skills, skill.id) ? docs.skills[skill.id] : undefined;
    return own ? describedSkill(skill, own) : skill;
  });
  const roles = base.roles.map((role) => (Object.hasOwn(docs.roles, role.id) ? { ...role, refs: docs.roles[role.id] as FrameworkRef[] } : role));
  return deepFreeze({ version: base.version, skills, certifications: base.certifications, roles, sets: base.sets, hash: base.hash });
}

/** A skill with its description and refs, its keys in the order of data/ (and of `SkillSchema`). */
function describedSkill(skill: Skill, docs: { description?: string; refs?: FrameworkRef[] }): Skill {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(skill)) {
    out[key] = key === 'refs' && docs.refs ? docs.refs : value;
    if (key === 'category' && docs.description !== undefined) out.description = docs.description;
  }
  return out as Skill;
}
