import { CATALOG_JSON, CATALOG_LISTS_JSON } from '../data/catalog.generated';
import { resolveOptions } from '../options';
import { type Catalog, type LoadCatalogOptions, LoadCatalogOptionsSchema } from '../schemas';
import { buildCatalog, deepFreeze, mergeById, parseCatalogInput } from './build';

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
  if (!bundled) {
    const catalog = JSON.parse(CATALOG_JSON) as Catalog;
    // Context lists that several aliases share are written once (scripts/pack.ts): each comes back as one array. Put
    // back alias by alias, the only place they are written (a JSON.parse reviver would be called for every value).
    const lists = JSON.parse(CATALOG_LISTS_JSON) as string[][];
    for (const item of [...catalog.skills, ...catalog.certifications]) {
      for (const alias of item.aliases) if (typeof alias !== 'string') sharedLists(alias as SharedListsAlias, lists);
    }
    bundled = deepFreeze(catalog);
  }
  return bundled;
}

/** An alias of the generated catalog: a context list may be "\u0000" and the index of a list of `CATALOG_LISTS_JSON`. */
type SharedListsAlias = { requireNear?: string[] | string; rejectNear?: string[] | string };

function sharedLists(alias: SharedListsAlias, lists: readonly string[][]): void {
  if (typeof alias.requireNear === 'string') alias.requireNear = lists[Number(alias.requireNear.slice(1))] as string[];
  if (typeof alias.rejectNear === 'string') alias.rejectNear = lists[Number(alias.rejectNear.slice(1))] as string[];
}
