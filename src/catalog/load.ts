import { z } from 'zod';
import certificationsJson from '../../data/certifications.json';
import aiGovernanceSpecialist from '../../data/roles/ai-governance-specialist.json';
import aiInformationSecurityEngineer from '../../data/roles/ai-information-security-engineer.json';
import aiMlEngineerCleared from '../../data/roles/ai-ml-engineer-cleared.json';
import aiMlSecurityEngineer from '../../data/roles/ai-ml-security-engineer.json';
import aiSecurityAnalyst from '../../data/roles/ai-security-analyst.json';
import aiSecurityEngineer from '../../data/roles/ai-security-engineer.json';
import dataScientist from '../../data/roles/data-scientist.json';
import genaiSecurityDevelopmentManager from '../../data/roles/genai-security-development-manager.json';
import mlEngineer from '../../data/roles/ml-engineer.json';
import mlsecopsSpecialist from '../../data/roles/mlsecops-specialist.json';
import securityAnalyst from '../../data/roles/security-analyst.json';
import securityEngineer from '../../data/roles/security-engineer.json';
import skillsJson from '../../data/skills.json';
import { msg, RolefitError } from '../errors';
import {
  type Alias,
  CatalogInputSchema,
  type Certification,
  type Role,
  type Skill,
} from '../schemas';

/** A validated, merged, frozen catalog of skills, certifications and roles. */
export interface Catalog {
  readonly version: string;
  /** FNV-1a hash of the catalog's canonical JSON, for audits. */
  readonly hash: string;
  readonly skills: readonly Skill[];
  readonly certifications: readonly Certification[];
  readonly roles: readonly Role[];
}

/** Options of `loadCatalog`. */
export interface LoadCatalogOptions {
  /** A name for the input (usually its file path), quoted in error messages. */
  source?: string;
  /** The catalog a `merge` input is merged into (default: the bundled catalog). */
  base?: Catalog;
}

const DEFAULT_ROLE_FILES: ReadonlyArray<[string, unknown]> = [
  ['ai-ml-security-engineer', aiMlSecurityEngineer],
  ['ai-security-engineer', aiSecurityEngineer],
  ['ai-information-security-engineer', aiInformationSecurityEngineer],
  ['mlsecops-specialist', mlsecopsSpecialist],
  ['ai-security-analyst', aiSecurityAnalyst],
  ['genai-security-development-manager', genaiSecurityDevelopmentManager],
  ['ai-governance-specialist', aiGovernanceSpecialist],
  ['ai-ml-engineer-cleared', aiMlEngineerCleared],
  ['security-engineer', securityEngineer],
  ['security-analyst', securityAnalyst],
  ['ml-engineer', mlEngineer],
  ['data-scientist', dataScientist],
];

let defaultCatalog: Catalog | undefined;

/**
 * The default catalog, or a user's JSON validated and merged with it (or replacing it).
 * @example
 * const catalog = loadCatalog(JSON.parse(fs.readFileSync('my-roles.json', 'utf8')), { source: 'my-roles.json' });
 */
export function loadCatalog(input?: unknown, options: LoadCatalogOptions = {}): Catalog {
  if (input === undefined || input === null) return getDefaultCatalog();
  if (isCatalog(input)) return input;
  const source = options.source ?? 'catalog input';
  const parsed = parseInput(input, source);
  if (parsed.mode === 'replace') {
    return finalize(parsed.version ?? 'custom', parsed.skills, parsed.certifications, parsed.roles, source);
  }
  const base = options.base ?? getDefaultCatalog();
  return finalize(
    parsed.version ? `${base.version}+${parsed.version}` : `${base.version}+custom`,
    mergeById(base.skills, parsed.skills),
    mergeById(base.certifications, parsed.certifications),
    mergeById(base.roles, parsed.roles),
    source,
  );
}

/** True for a catalog that `loadCatalog` produced. */
export function isCatalog(value: unknown): value is Catalog {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.isFrozen(value) &&
    typeof (value as Catalog).hash === 'string' &&
    Array.isArray((value as Catalog).roles)
  );
}

function getDefaultCatalog(): Catalog {
  if (defaultCatalog) return defaultCatalog;
  const skills = parseInput(skillsJson, 'data/skills.json');
  const certs = parseInput(certificationsJson, 'data/certifications.json');
  const roles = DEFAULT_ROLE_FILES.map(([id, json]) => {
    const one = parseInput({ roles: [json] }, `data/roles/${id}.json`);
    return one.roles[0] as Role;
  });
  defaultCatalog = finalize(skills.version ?? '0.0.0', skills.skills, certs.certifications, roles, 'data/');
  return defaultCatalog;
}

/** Limits on user catalogs, checked before and after validation so an absurd file fails fast. */
export const CATALOG_LIMITS = Object.freeze({ maxItems: 10_000, maxAliasLength: 200 });

function parseInput(input: unknown, source: string) {
  checkSizes(input, source);
  const result = CatalogInputSchema.safeParse(input);
  if (!result.success) throw new RolefitError('E_INVALID_DATA', msg.invalidData(source, z.prettifyError(result.error)));
  checkAliases(result.data, source);
  return result.data;
}

/** More than `maxItems` skills, certifications or roles is no catalog: reject before zod walks it. */
function checkSizes(input: unknown, source: string): void {
  if (typeof input !== 'object' || input === null) return;
  for (const key of ['skills', 'certifications', 'roles'] as const) {
    const list: unknown = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(list) && list.length > CATALOG_LIMITS.maxItems) {
      const details = `✖ expected at most ${CATALOG_LIMITS.maxItems.toLocaleString('en-US')} items, got ${list.length.toLocaleString('en-US')}\n  → at ${key}`;
      throw new RolefitError('E_INVALID_DATA', msg.invalidData(source, details));
    }
  }
}

/** An alias longer than `maxAliasLength` characters is no way of writing a skill. */
function checkAliases(data: { skills: Skill[]; certifications: Certification[] }, source: string): void {
  const check = (aliases: readonly Alias[], path: string) =>
    aliases.forEach((a, j) => {
      if (aliasText(a).length <= CATALOG_LIMITS.maxAliasLength) return;
      const details = `✖ expected an alias of at most ${CATALOG_LIMITS.maxAliasLength} characters\n  → at ${path}[${j}]`;
      throw new RolefitError('E_INVALID_DATA', msg.invalidData(source, details));
    });
  data.skills.forEach((s, i) => check(s.aliases, `skills[${i}].aliases`));
  data.certifications.forEach((c, i) => check(c.aliases, `certifications[${i}].aliases`));
}

function mergeById<T extends { id: string }>(base: readonly T[], extra: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of base) byId.set(item.id, item);
  for (const item of extra) byId.set(item.id, item);
  return [...byId.values()];
}

function finalize(
  version: string,
  skills: Skill[],
  certifications: Certification[],
  roles: Role[],
  source: string,
): Catalog {
  checkReferences(skills, certifications, roles, source);
  const body = { version, skills, certifications, roles };
  const hash = fnv1a(JSON.stringify(body));
  return deepFreeze({ ...body, hash });
}

function checkReferences(skills: Skill[], certs: Certification[], roles: Role[], source: string): void {
  const skillIds = new Set<string>();
  skills.forEach((s, i) => {
    if (skillIds.has(s.id)) throw new RolefitError('E_INVALID_DATA', msg.duplicateId(source, `skills[${i}].id`, s.id));
    skillIds.add(s.id);
  });
  const certIds = new Set(certs.map((c) => c.id));
  const need = (ids: readonly string[], known: Set<string>, path: string, kind: string) =>
    ids.forEach((id, j) => {
      if (!known.has(id)) throw new RolefitError('E_INVALID_DATA', msg.danglingReference(source, `${path}[${j}]`, id, kind));
    });
  skills.forEach((s, i) => {
    need(s.implies, skillIds, `skills[${i}].implies`, 'skill');
    need(s.related, skillIds, `skills[${i}].related`, 'skill');
    need(s.prerequisites, skillIds, `skills[${i}].prerequisites`, 'skill');
  });
  certs.forEach((c, i) => need(c.skills, skillIds, `certifications[${i}].skills`, 'skill'));
  const roleIds = new Set<string>();
  roles.forEach((r, i) => {
    if (roleIds.has(r.id)) throw new RolefitError('E_INVALID_DATA', msg.duplicateId(source, `roles[${i}].id`, r.id));
    roleIds.add(r.id);
    const reqIds = new Set<string>();
    r.requirements.forEach((q, j) => {
      const path = `roles[${i}].requirements[${j}]`;
      if (q.kind === 'skill') need(q.skills, skillIds, `${path}.skills`, 'skill');
      if (q.kind === 'certification') need(q.anyOf, certIds, `${path}.anyOf`, 'certification');
      const id = requirementId(q);
      if (reqIds.has(id)) throw new RolefitError('E_INVALID_DATA', msg.duplicateId(source, `${path}.id`, id));
      reqIds.add(id);
    });
  });
  const cycle = findCycle(skills);
  if (cycle) throw new RolefitError('E_INVALID_DATA', msg.prerequisiteCycle(source, cycle));
}

/** The id of a requirement: its own, else the skill ids, measure or kind. */
export function requirementId(q: Role['requirements'][number]): string {
  if (q.id) return q.id;
  switch (q.kind) {
    case 'skill':
      return q.skills.join('-or-');
    case 'experience':
      return q.measure;
    default:
      return q.kind;
  }
}

function findCycle(skills: Skill[]): string[] | undefined {
  const prereqs = new Map(skills.map((s) => [s.id, s.prerequisites]));
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 2) return undefined;
    if (state.get(id) === 1) return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 1);
    stack.push(id);
    for (const p of prereqs.get(id) ?? []) {
      const found = visit(p);
      if (found) return found;
    }
    stack.pop();
    state.set(id, 2);
    return undefined;
  };
  for (const s of skills) {
    const found = visit(s.id);
    if (found) return found;
  }
  return undefined;
}

/** The text of an alias, whether written as a string or an object. */
export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
