import * as z from 'zod/mini';
import { msg, RolefitError, type RolefitIssue, ZOD_MESSAGES } from '../errors';
import { type Alias, type Catalog, type CatalogSchemas, type Certification, catalogSchemas, type Role, type Skill } from '../schemas';

/** Limits on user catalogs, checked before and after validation so an absurd file fails fast. */
export const CATALOG_LIMITS = Object.freeze({ maxItems: 10_000, maxAliasLength: 200 });

/** A catalog input after its schema: every part present. */
export type CatalogParts = z.output<CatalogSchemas['CatalogInputSchema']>;

/** Validates catalog JSON with the schema (after a cheap size check), naming the file and JSON path of each problem. */
export function parseCatalogInput(input: unknown, source: string): CatalogParts {
  checkSizes(input, source);
  const result = catalogSchemas().CatalogInputSchema.safeParse(input, ZOD_MESSAGES);
  if (!result.success) invalid(source, z.prettifyError(result.error), result.error.issues, result.error);
  checkAliases(result.data, source);
  return result.data;
}

/** Expands the word sets, checks every cross-reference, hashes and freezes: the one way a catalog is made. */
export function buildCatalog(parts: CatalogParts, source: string): Catalog {
  const skills = parts.skills.map((s, i) => ({ ...s, aliases: expandAliases(s.aliases, parts.sets, source, `skills[${i}]`) }));
  const certifications = parts.certifications.map((c, i) => ({
    ...c,
    aliases: expandAliases(c.aliases, parts.sets, source, `certifications[${i}]`),
  }));
  checkReferences(skills, certifications, parts.roles, source);
  const body = { version: parts.version ?? 'custom', skills, certifications, roles: parts.roles };
  return deepFreeze({ ...body, sets: parts.sets, hash: catalogHash(body) });
}

/** What a catalog's hash covers. */
export type CatalogBody = Pick<Catalog, 'version' | 'skills' | 'certifications' | 'roles'>;

/**
 * The hash of a catalog made at run time: FNV-1a of its JSON less its documentation (the skills' `description`s, the
 * skills' and roles' `refs`), so that `rolefit/details` never changes a hash. The bundled catalog carries the hash that
 * the pack step wrote over all of data/ (`releaseHash` of scripts/pack.ts), the same with or without its details.
 */
export function catalogHash(body: CatalogBody): string {
  const skills = body.skills.map(({ description: _, refs: __, ...skill }) => skill);
  const roles = body.roles.map(({ refs: _, ...role }) => role);
  return fnv1a(JSON.stringify({ version: body.version, skills, certifications: body.certifications, roles }));
}

function invalid(source: string, details: string, issues: readonly RolefitIssue[] = [], cause?: unknown): never {
  throw new RolefitError('E_INVALID_DATA', msg.invalidData(source, details), { issues, cause });
}

function issueAt(path: PropertyKey[], message: string): RolefitIssue {
  return { code: 'custom', path, message, input: undefined };
}

/** More than `maxItems` skills, certifications or roles is no catalog: reject before zod walks it. */
function checkSizes(input: unknown, source: string): void {
  if (typeof input !== 'object' || input === null) return;
  for (const key of ['skills', 'certifications', 'roles'] as const) {
    const list: unknown = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(list) && list.length > CATALOG_LIMITS.maxItems) {
      const message = msg.tooManyItems(CATALOG_LIMITS.maxItems, list.length);
      invalid(source, `✖ ${message}\n  → at ${key}`, [issueAt([key], message)]);
    }
  }
}

/** An alias longer than `maxAliasLength` characters is no way of writing a skill. */
function checkAliases(data: { skills: Skill[]; certifications: Certification[] }, source: string): void {
  const check = (aliases: readonly Alias[], key: 'skills' | 'certifications', i: number) =>
    aliases.forEach((a, j) => {
      if (aliasText(a).length <= CATALOG_LIMITS.maxAliasLength) return;
      const message = msg.aliasTooLong(CATALOG_LIMITS.maxAliasLength);
      invalid(source, `✖ ${message}\n  → at ${key}[${i}].aliases[${j}]`, [issueAt([key, i, 'aliases', j], message)]);
    });
  data.skills.forEach((s, i) => check(s.aliases, 'skills', i));
  data.certifications.forEach((c, i) => check(c.aliases, 'certifications', i));
}

/**
 * `words` with each `@name` replaced by the words of the set of that name (`words` itself when it names none); an
 * unknown name goes to `onUnknown`, which throws: each caller says how (a user's catalog, the bundled one, the pack step).
 */
export function expandSetNames(words: string[], sets: Catalog['sets'], onUnknown: (name: string) => never): string[] {
  if (!words.some((w) => w.startsWith('@'))) return words;
  return words.flatMap((w) => {
    if (!w.startsWith('@')) return w;
    const name = w.slice(1);
    // Own keys only: `@constructor` is no set of a catalog.
    return Object.hasOwn(sets, name) ? (sets[name] as readonly string[]) : onUnknown(name);
  });
}

/** Replaces `@name` in `requireNear`/`requireAlso`/`rejectNear` with the words of the named set. */
function expandAliases(aliases: readonly Alias[], sets: Catalog['sets'], source: string, path: string): Alias[] {
  return aliases.map((a, j) => {
    if (typeof a === 'string') return a;
    const expand = (words: string[] | undefined, key: string) =>
      words &&
      expandSetNames(words, sets, (name) => {
        throw new RolefitError('E_INVALID_DATA', msg.unknownSet(source, `${path}.aliases[${j}].${key}`, name));
      });
    const out = { ...a };
    const require = expand(a.requireNear, 'requireNear');
    const reject = expand(a.rejectNear, 'rejectNear');
    const also = expand(a.requireAlso, 'requireAlso');
    if (require) out.requireNear = require;
    if (also) out.requireAlso = also;
    if (reject) out.rejectNear = reject;
    return out;
  });
}

/** Items of `base` replaced or extended by `extra`, by id. */
export function mergeById<T extends { id: string }>(base: readonly T[], extra: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of base) byId.set(item.id, item);
  for (const item of extra) byId.set(item.id, item);
  return [...byId.values()];
}

function checkReferences(skills: Skill[], certs: Certification[], roles: Role[], source: string): void {
  const fail = (message: string): never => {
    throw new RolefitError('E_INVALID_DATA', message);
  };
  const skillIds = new Set<string>();
  skills.forEach((s, i) => {
    if (skillIds.has(s.id)) fail(msg.duplicateId(source, `skills[${i}].id`, s.id));
    skillIds.add(s.id);
  });
  const certIds = new Set(certs.map((c) => c.id));
  const need = (ids: readonly string[], known: Set<string>, path: string, kind: string) =>
    ids.forEach((id, j) => {
      if (!known.has(id)) fail(msg.danglingReference(source, `${path}[${j}]`, id, kind));
    });
  skills.forEach((s, i) => {
    s.aliases.forEach((a, j) => {
      if (typeof a !== 'string' && a.also) need(a.also, skillIds, `skills[${i}].aliases[${j}].also`, 'skill');
    });
    need(s.implies, skillIds, `skills[${i}].implies`, 'skill');
    need(s.related, skillIds, `skills[${i}].related`, 'skill');
    need(s.prerequisites, skillIds, `skills[${i}].prerequisites`, 'skill');
    need(s.yearsFor ?? [], skillIds, `skills[${i}].yearsFor`, 'skill');
  });
  certs.forEach((c, i) => {
    need(c.skills, skillIds, `certifications[${i}].skills`, 'skill');
    c.aliases.forEach((a, j) => {
      if (typeof a !== 'string' && a.also) need(a.also, skillIds, `certifications[${i}].aliases[${j}].also`, 'skill');
    });
  });
  checkRoleReferences(roles, skillIds, certIds, source);
  const cycle = findCycle(skills);
  if (cycle) fail(msg.prerequisiteCycle(source, cycle));
}

/** Checks that every role's id is unique, its requirements name known skills and certifications, and their ids are unique. */
function checkRoleReferences(roles: readonly Role[], skillIds: ReadonlySet<string>, certIds: ReadonlySet<string>, source: string): void {
  const fail = (message: string): never => {
    throw new RolefitError('E_INVALID_DATA', message);
  };
  const need = (ids: readonly string[], known: ReadonlySet<string>, path: string, kind: string) =>
    ids.forEach((id, j) => {
      if (!known.has(id)) fail(msg.danglingReference(source, `${path}[${j}]`, id, kind));
    });
  const roleIds = new Set<string>();
  roles.forEach((r, i) => {
    if (roleIds.has(r.id)) fail(msg.duplicateId(source, `roles[${i}].id`, r.id));
    roleIds.add(r.id);
    const reqIds = new Set<string>();
    r.requirements.forEach((q, j) => {
      const path = `roles[${i}].requirements[${j}]`;
      if (q.kind === 'skill') need(q.skills, skillIds, `${path}.skills`, 'skill');
      if (q.kind === 'certification') need(q.anyOf, certIds, `${path}.anyOf`, 'certification');
      const id = requirementId(q);
      if (reqIds.has(id)) fail(msg.duplicateId(source, `${path}.id`, id));
      reqIds.add(id);
    });
  });
}

let rolesInput: z.ZodMiniObject<{ roles: z.ZodMiniArray<CatalogSchemas['RoleSchema']> }, z.core.$strict> | undefined;
/** The schema of roles as a job ad gives them, made on first use (as the catalog's schemas are). */
function rolesInputSchema(): NonNullable<typeof rolesInput> {
  rolesInput ??= z.strictObject({ roles: z.array(catalogSchemas().RoleSchema) });
  return rolesInput;
}
/** The ids of a built catalog's skills and certifications, once per catalog. */
const knownIds = new WeakMap<Catalog, { skills: ReadonlySet<string>; certs: ReadonlySet<string> }>();

/**
 * Roles validated against a catalog that is already built — the schema, their references to its skills and
 * certifications, unique ids — with the errors a catalog holding them would give (`roles[i]…`), frozen. What a job
 * ad's role goes through: the same checks as `loadCatalog` with the role in a catalog, without building one per ad.
 */
export function parseRoles(roles: readonly unknown[], catalog: Catalog, source: string): Role[] {
  const result = rolesInputSchema().safeParse({ roles }, ZOD_MESSAGES);
  if (!result.success) invalid(source, z.prettifyError(result.error), result.error.issues, result.error);
  let ids = knownIds.get(catalog);
  if (!ids) {
    ids = { skills: new Set(catalog.skills.map((s) => s.id)), certs: new Set(catalog.certifications.map((c) => c.id)) };
    knownIds.set(catalog, ids);
  }
  checkRoleReferences(result.data.roles, ids.skills, ids.certs, source);
  return deepFreeze(result.data.roles);
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

function findCycle(skills: readonly Skill[]): string[] | undefined {
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

/** FNV-1a 32-bit hash as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Freezes an object graph (the catalog is shared by every call). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Arrays are read as they are, and only objects are visited: most values of the bundled catalog are strings.
    const values: readonly unknown[] = Array.isArray(value) ? value : Object.values(value);
    for (const v of values) if (typeof v === 'object' && v !== null) deepFreeze(v);
  }
  return value;
}
