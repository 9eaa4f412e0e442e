import { CATALOG_HASHES, CATALOG_JSON, CATALOG_KEYS_JSON, CATALOG_LISTS_JSON } from '../data/core.generated';
import { resolveOptions } from '../options';
import { type Alias, type Catalog, type CatalogDetails, type LanguagePack, type LoadCatalogOptions, LoadCatalogOptionsSchema, type Skill } from '../schemas';
import type { LanguagePackData } from '../text/lexicon';
import { buildCatalog, type CatalogParts, catalogHash, deepFreeze, expandSetNames, mergeById, parseCatalogInput } from './build';
import { withCatalogDetails } from './details';

export { aliasText, CATALOG_LIMITS, requirementId } from './build';

let english: Catalog | undefined;
/** The bundled catalog with each combination of language packs, with or without its details (`variantKey`), made once. */
const withPacks = new Map<string, Catalog>();
/** Each catalog `bundledCatalog` returned, with the packs merged into it (for `compileCatalog`). */
const bundledPacks = new WeakMap<Catalog, readonly LanguagePackData[]>();
/** A user's catalog merged onto the bundled one: its input, and the merge onto each variant of it (`variantKey`). */
interface Merge {
  parts: CatalogParts;
  source: string;
  byKey: Map<string, Catalog>;
}
/** Each catalog merged onto the bundled one: its merge, and the packs and details of the bundled catalog it was merged onto. */
const merges = new WeakMap<Catalog, { merge: Merge; packs: readonly LanguagePack[]; details: CatalogDetails | undefined }>();

/**
 * The bundled catalog (with the aliases of the language packs of `languages`, and the documentation of `details`), or a
 * user's JSON validated and merged with it (or replacing it: then no pack adds aliases, and no details).
 * @example
 * const catalog = loadCatalog(JSON.parse(fs.readFileSync('my-roles.json', 'utf8')), { source: 'my-roles.json' });
 */
export function loadCatalog(input?: unknown, options?: LoadCatalogOptions): Catalog {
  const { source, base, languages, details } = resolveOptions(LoadCatalogOptionsSchema, options, 'loadCatalog');
  if (input === undefined || input === null) return bundledCatalog(languages, details);
  if (isCatalog(input)) return withPacksOf(input, languages, details);
  const parsed = parseCatalogInput(input, source);
  if (parsed.mode === 'replace') return buildCatalog(parsed, source);
  if (base) return mergeOnto(base, parsed, source);
  const merged = mergeOnto(bundledCatalog(languages, details), parsed, source);
  const merge = { parts: parsed, source, byKey: new Map([[variantKey(languages, details), merged]]) };
  merges.set(merged, { merge, packs: languages, details });
  return merged;
}

/**
 * A catalog for a reading with `languages` (and `details`): one merged onto the bundled catalog is merged again onto
 * the bundled one with these packs (and details), so that it reads their aliases (once per combination); the bundled
 * catalog gets its details; any other catalog stays as it is. With no packs, a merged catalog keeps the packs it was
 * loaded with; without details, the details it was loaded with.
 */
function withPacksOf(catalog: Catalog, languages: readonly LanguagePack[], details?: CatalogDetails): Catalog {
  const packs = bundledPacks.get(catalog);
  if (packs) return details ? bundledCatalog(packs, details) : catalog;
  const own = merges.get(catalog);
  if (!own || (languages.length === 0 && (details === undefined || details === own.details))) return catalog;
  const wanted = languages.length > 0 ? languages : own.packs;
  const docs = details ?? own.details;
  const key = variantKey(wanted, docs);
  let hit = own.merge.byKey.get(key);
  if (!hit) {
    hit = mergeOnto(bundledCatalog(wanted, docs), own.merge.parts, own.merge.source);
    own.merge.byKey.set(key, hit);
    merges.set(hit, { merge: own.merge, packs: wanted, details: docs });
  }
  return hit;
}

/** A combination of packs, with or without the details, as a key (`de+es`, `de+es#details`). */
function variantKey(packs: readonly LanguagePack[], details: CatalogDetails | undefined): string {
  return details ? `${packKey(packs)}#details` : packKey(packs);
}

/** A user's catalog (mode `merge`) merged onto `from`. */
function mergeOnto(from: Catalog, parsed: CatalogParts, source: string): Catalog {
  return buildCatalog(
    {
      mode: 'replace',
      version: parsed.version ? `${from.version}+${parsed.version}` : `${from.version}+custom`,
      sets: { ...(from.sets as Record<string, string[]>), ...parsed.sets },
      skills: mergeById(from.skills, parsed.skills),
      certifications: mergeById(from.certifications, parsed.certifications),
      roles: mergeById(from.roles, parsed.roles),
    },
    source,
  );
}

/** The catalog an options object names, else the bundled one with its `languages` (options already resolved). */
export function catalogOf(options: { catalog?: Catalog | undefined; languages: readonly LanguagePack[] }): Catalog {
  return options.catalog ? withPacksOf(options.catalog, options.languages) : bundledCatalog(options.languages);
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

/** The packs merged into a catalog that `bundledCatalog` returned (`[]`: English only); undefined for any other catalog. */
export function bundledCatalogPacks(catalog: Catalog): readonly LanguagePackData[] | undefined {
  return bundledPacks.get(catalog);
}

/**
 * The catalog shipped in `data/catalog/`, validated and hashed by `npm run pack` (never re-validated here), with the
 * aliases of `packs` appended to its skills, and the documentation of `details` put back (memoized per combination).
 * Its hash is the pack step's, whether or not it has its details.
 */
export function bundledCatalog(packs: readonly LanguagePack[] = [], details?: CatalogDetails): Catalog {
  if (!english) {
    english = decodeCatalog(CATALOG_JSON, CATALOG_LISTS_JSON, CATALOG_KEYS_JSON);
    bundledPacks.set(english, []);
  }
  if (packs.length === 0 && !details) return english;
  const key = variantKey(packs, details);
  let hit = withPacks.get(key);
  if (!hit) {
    const sorted = sortedPacks(packs);
    hit = details ? withCatalogDetails(bundledCatalog(sorted), details) : withLanguagePacks(english, sorted, CATALOG_HASHES[key]);
    withPacks.set(key, hit);
    bundledPacks.set(hit, sorted);
  }
  return hit;
}

/** A combination of packs as a key: its language codes in alphabetical order, `+` between them (`de+es`). */
export function packKey(packs: readonly LanguagePack[]): string {
  return packs
    .map((p) => p.code)
    .sort()
    .join('+');
}

/** The packs in alphabetical order of their codes: the order their aliases are appended in, whatever the order given. */
export function sortedPacks(packs: readonly LanguagePack[]): LanguagePackData[] {
  return ([...packs] as LanguagePackData[]).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * A catalog with the aliases of each pack appended to its skills, packs in alphabetical order (as the pack step
 * appended data/catalog/aliases/*.json); its hash is `hash` when the pack step computed it, else computed here.
 */
export function withLanguagePacks(base: Catalog, packs: readonly LanguagePackData[], hash?: string): Catalog {
  const extra = sortedPacks(packs).map((p) => packAliases(p, base.sets));
  const skills = base.skills.map((skill): Skill => {
    const more = extra.flatMap((aliases) => aliases[skill.id] ?? []);
    return more.length > 0 ? { ...skill, aliases: [...skill.aliases, ...more] } : skill;
  });
  const body = { version: base.version, skills, certifications: base.certifications, roles: base.roles };
  return deepFreeze({ ...body, sets: base.sets, hash: hash ?? catalogHash(body) });
}

/** A pack's aliases by skill id, their context lists' `@name`s expanded with the catalog's sets. */
function packAliases(pack: LanguagePackData, sets: Catalog['sets']): Record<string, Alias[]> {
  const aliases = JSON.parse(pack.aliases) as Record<string, Alias[]>;
  for (const list of Object.values(aliases)) {
    for (const alias of list) if (typeof alias !== 'string') contextLists(alias as ListedAlias, [], sets);
  }
  return aliases;
}

/**
 * The catalog of the generated module's JSON, its objects made from their shapes (`keysJson`; none: written as objects)
 * and its context lists put back from `listsJson`; exported for tests only.
 */
export function decodeCatalog(json: string, listsJson: string, keysJson = '[]'): Catalog {
  const keys = JSON.parse(keysJson) as string[][];
  const catalog = (keys.length > 0 ? catalogOfShapes(json, keys) : JSON.parse(json)) as Catalog;
  // Each context list is written once (scripts/pack.ts) and comes back as one array, shared by the aliases that name
  // it. Put back alias by alias, the only place they are written (a JSON.parse reviver would be called for every value).
  const sets = catalog.sets;
  const lists = (JSON.parse(listsJson) as string[][]).map((list) => expandPacked(list, sets));
  for (const item of [...catalog.skills, ...catalog.certifications]) {
    for (const alias of item.aliases) if (typeof alias !== 'string') contextLists(alias as ListedAlias, lists, sets);
  }
  for (const role of catalog.roles) roleSources(role as SourcedRole);
  return deepFreeze(catalog);
}

/** A role of the generated catalog: a requirement's `source` may be the index of one its role already gave. */
type SourcedRole = { source: string; requirements: Array<{ source: string | number }> };

/**
 * The role (changed in place) with its requirements' sources put back: index 0 is the role's `source`, 1, 2, … the
 * sources its requirements wrote out, in order (scripts/pack.ts writes each once per role).
 */
function roleSources(role: SourcedRole): void {
  const seen = [role.source];
  for (const requirement of role.requirements) {
    if (typeof requirement.source === 'number') requirement.source = seen[requirement.source] as string;
    else seen.push(requirement.source);
  }
}

/**
 * The catalog of the generated JSON that scripts/pack.ts wrote by shapes (see `objectsOfShapes`) and in parts: the
 * index of each part in the catalog's own order, then the parts (its shape, its values, the skills column by column:
 * their shapes, then each key's values in skill order), in the order that compresses best; exported for the pack
 * step, which checks that it gives the catalog back.
 */
export function catalogOfShapes(json: string, keys: readonly (readonly string[])[]): unknown {
  const [order, ...parts] = JSON.parse(json) as [number[], ...unknown[]];
  const top: unknown[] = [];
  order.forEach((at, k) => {
    top[at] = parts[k];
  });
  const own = keys[top[0] as number] as readonly string[];
  const at = own.indexOf('skills') + 1;
  const columns = top.splice(at, top.length - own.length) as unknown[][];
  top.splice(
    at,
    0,
    (columns[0] as number[]).map((shape, i) => {
      const row: unknown[] = [shape];
      for (let j = 1; j <= (keys[shape] as readonly string[]).length; j++) row.push((columns[j] as unknown[])[i]);
      return row;
    }),
  );
  return objectsOfShapes(top, keys);
}

/**
 * A value of the generated catalog with each object that scripts/pack.ts wrote as an array (the index of its keys in
 * `keys`, then its values) made again; exported for the pack step, which checks that it gives the catalog back.
 */
export function objectsOfShapes(value: unknown, keys: readonly (readonly string[])[]): unknown {
  if (!Array.isArray(value)) return value;
  const shape = typeof value[0] === 'number' ? keys[value[0]] : undefined;
  if (!shape) {
    // Made again in place: the arrays are the JSON's own, and most hold strings only (a copy of each was garbage).
    for (let i = 0; i < value.length; i++) if (typeof value[i] === 'object') value[i] = objectsOfShapes(value[i], keys);
    return value;
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < shape.length; i++) out[shape[i] as string] = objectsOfShapes(value[i + 1], keys);
  return out;
}

/**
 * An alias of the generated catalog: a context list may be the index of a list of `CATALOG_LISTS_JSON`, and a list
 * may name a word set as `@name` where it holds the set's words in a row (scripts/pack.ts).
 */
type ListedAlias = { requireNear?: string[] | number; rejectNear?: string[] | number; requireAlso?: string[] | number };

/** The alias (changed in place) with its context lists put back (see `ListedAlias`). */
function contextLists(alias: ListedAlias, lists: readonly string[][], sets: Catalog['sets']): void {
  if (alias.requireNear !== undefined) alias.requireNear = listOf(alias.requireNear, lists, sets);
  if (alias.rejectNear !== undefined) alias.rejectNear = listOf(alias.rejectNear, lists, sets);
  if (alias.requireAlso !== undefined) alias.requireAlso = listOf(alias.requireAlso, lists, sets);
}

/** A context list of the generated catalog: the list of that index, or the list written in place, expanded. */
function listOf(list: string[] | number, lists: readonly string[][], sets: Catalog['sets']): string[] {
  return typeof list === 'number' ? (lists[list] as string[]) : expandPacked(list, sets);
}

/**
 * A context list of the generated catalog with its `@name`s expanded (no word of a bundled list starts with `@`:
 * scripts/pack.ts checks); pack writes only names of the catalog's `sets`, so an unknown one means a stale module.
 */
function expandPacked(words: string[], sets: Catalog['sets']): string[] {
  return expandSetNames(words, sets, (name) => {
    throw new Error(`The generated catalog names the word set \`@${name}\`, which its \`sets\` do not define: run \`npm run pack\`.`);
  });
}
