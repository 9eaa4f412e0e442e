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
    // Context lists that several aliases share are written once (scripts/pack.ts): each comes back as one array.
    const lists = JSON.parse(CATALOG_LISTS_JSON) as string[][];
    const shared = (_key: string, value: unknown) => (typeof value === 'string' && value.charCodeAt(0) === 0 ? lists[Number(value.slice(1))] : value);
    bundled = deepFreeze(JSON.parse(CATALOG_JSON, shared) as Catalog);
  }
  return bundled;
}
