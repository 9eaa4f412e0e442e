import * as z from 'zod/mini';
import { msg } from '../errors';
import { DETAILS_HASH } from './pack-hashes.generated';

/** The brand of the catalog's details: tells them from any other object. */
export const CATALOG_DETAILS_KIND = 'rolefit.catalog-details';

/**
 * The documentation of the bundled catalog (skill `description`s, framework `refs` of skills and roles), from
 * `rolefit/details` (`catalogDetails`): pass it as `loadCatalog(undefined, { details: catalogDetails })`. Its content is
 * opaque; rolefit's own reading and scoring never need it.
 */
export interface CatalogDetails {
  readonly kind: typeof CATALOG_DETAILS_KIND;
}

/** True for the catalog details of `rolefit/details` (frozen, branded, with its data). */
export function isCatalogDetails(value: unknown): value is CatalogDetails {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.isFrozen(value) &&
    (value as CatalogDetails).kind === CATALOG_DETAILS_KIND &&
    typeof (value as { json?: unknown }).json === 'string'
  );
}

/** The catalog details of this rolefit version (the content hash the pack step wrote). */
export const CatalogDetailsSchema = z.custom<CatalogDetails>(isCatalogDetails, msg.notCatalogDetails()).check(
  z.superRefine((details, ctx) => {
    // Catalogs with details are made once and cached: details of another version would fill in other texts.
    if (isCatalogDetails(details) && (details as { hash?: unknown }).hash !== DETAILS_HASH) {
      ctx.addIssue({ code: 'custom', message: msg.foreignCatalogDetails(), input: (details as { hash?: unknown }).hash });
    }
  }),
);
