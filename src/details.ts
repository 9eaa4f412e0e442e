// The `rolefit/details` subpath: the documentation of the bundled catalog (skill descriptions, framework refs), which
// rolefit's reading and scoring never read. Pass it as `loadCatalog(undefined, { details: catalogDetails })`; a
// browser bundle pays for it (~4–5 KB gzip) only where it is imported.
import { catalogDetails } from './data/catalog-details.generated';

export { catalogDetails };
export type { CatalogDetails } from './schemas';
