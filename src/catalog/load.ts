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
    const sets = catalog.sets;
    const lists = (JSON.parse(CATALOG_LISTS_JSON) as string[][]).map((list) => expandSetNames(list, sets));
    for (const item of [...catalog.skills, ...catalog.certifications]) {
      for (const alias of item.aliases) if (typeof alias !== 'string') sharedLists(alias as SharedListsAlias, lists, sets);
    }
    bundled = deepFreeze(catalog);
  }
  return bundled;
}

/**
 * An alias of the generated catalog: a context list may be "\u0000" and the index of a list of `CATALOG_LISTS_JSON`,
 * and a list may name a word set as `@name` where it holds the set's words in a row (scripts/pack.ts).
 */
type SharedListsAlias = { requireNear?: string[] | string; rejectNear?: string[] | string; requireAlso?: string[] };

function sharedLists(alias: SharedListsAlias, lists: readonly string[][], sets: Catalog['sets']): void {
  if (typeof alias.requireNear === 'string') alias.requireNear = lists[Number(alias.requireNear.slice(1))] as string[];
  else if (alias.requireNear) alias.requireNear = expandSetNames(alias.requireNear, sets);
  if (typeof alias.rejectNear === 'string') alias.rejectNear = lists[Number(alias.rejectNear.slice(1))] as string[];
  else if (alias.rejectNear) alias.rejectNear = expandSetNames(alias.rejectNear, sets);
  if (alias.requireAlso) alias.requireAlso = expandSetNames(alias.requireAlso, sets);
}

/** A context list of the generated catalog with each `@name` replaced by the words of that set (no word of a bundled list starts with `@`: scripts/pack.ts checks). */
export function expandSetNames(words: string[], sets: Catalog['sets']): string[] {
  return words.some((w) => w.startsWith('@')) ? words.flatMap((w) => (w.startsWith('@') ? (sets[w.slice(1)] as string[]) : w)) : words;
}
