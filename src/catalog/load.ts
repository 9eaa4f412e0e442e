import { CATALOG_JSON, CATALOG_LISTS_JSON } from '../data/catalog.generated';
import { resolveOptions } from '../options';
import { type Catalog, type LoadCatalogOptions, LoadCatalogOptionsSchema } from '../schemas';
import { buildCatalog, deepFreeze, expandSetNames, mergeById, parseCatalogInput } from './build';

export { aliasText, CATALOG_LIMITS, requirementId } from './build';

let bundled: Catalog | undefined;

/**
 * The bundled catalog, or a user's JSON validated and merged with it (or replacing it).
 * @example
 * const catalog = loadCatalog(JSON.parse(fs.readFileSync('my-roles.json', 'utf8')), { source: 'my-roles.json' });
 */
export function loadCatalog(input?: unknown, options?: LoadCatalogOptions): Catalog {
  const { source, base } = resolveOptions(LoadCatalogOptionsSchema, options, 'loadCatalog');
  if (input === undefined || input === null) return bundledCatalog();
  if (isCatalog(input)) return input;
  const parsed = parseCatalogInput(input, source);
  if (parsed.mode === 'replace') return buildCatalog(parsed, source);
  const from = base ?? bundledCatalog();
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

/** True for the object `bundledCatalog` returns (not a copy, not a merge). */
export function isBundledCatalog(catalog: Catalog): boolean {
  return catalog === bundled;
}

/** The catalog shipped in `data/catalog/`, validated and hashed by `npm run pack` (never re-validated here). */
export function bundledCatalog(): Catalog {
  bundled ??= decodeCatalog(CATALOG_JSON, CATALOG_LISTS_JSON);
  return bundled;
}

/** The catalog of the generated module's JSON, its shared context lists put back; exported for tests only. */
export function decodeCatalog(json: string, listsJson: string): Catalog {
  const catalog = JSON.parse(json) as Catalog;
  // Context lists that several aliases share are written once (scripts/pack.ts): each comes back as one array. Put
  // back alias by alias, the only place they are written (a JSON.parse reviver would be called for every value).
  const sets = catalog.sets;
  const lists = (JSON.parse(listsJson) as string[][]).map((list) => expandPacked(list, sets));
  for (const item of [...catalog.skills, ...catalog.certifications]) {
    for (const alias of item.aliases) if (typeof alias !== 'string') sharedLists(alias as SharedListsAlias, lists, sets);
  }
  return deepFreeze(catalog);
}

/**
 * An alias of the generated catalog: a context list may be "\u0000" and the index of a list of `CATALOG_LISTS_JSON`,
 * and a list may name a word set as `@name` where it holds the set's words in a row (scripts/pack.ts).
 */
type SharedListsAlias = { requireNear?: string[] | string; rejectNear?: string[] | string; requireAlso?: string[] };

function sharedLists(alias: SharedListsAlias, lists: readonly string[][], sets: Catalog['sets']): void {
  if (typeof alias.requireNear === 'string') alias.requireNear = lists[Number(alias.requireNear.slice(1))] as string[];
  else if (alias.requireNear) alias.requireNear = expandPacked(alias.requireNear, sets);
  if (typeof alias.rejectNear === 'string') alias.rejectNear = lists[Number(alias.rejectNear.slice(1))] as string[];
  else if (alias.rejectNear) alias.rejectNear = expandPacked(alias.rejectNear, sets);
  if (alias.requireAlso) alias.requireAlso = expandPacked(alias.requireAlso, sets);
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
