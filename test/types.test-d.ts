// Type tests: checked by `tsc --noEmit` (the first half of `npm test`).
import { expectTypeOf } from 'vitest';
import type { z } from 'zod/mini';
import {
  type Catalog,
  createMatcher,
  gapReport,
  type JsonResume,
  loadCatalog,
  matchRoles,
  parseResume,
  planUpskilling,
  type ResumeProfile,
  type RoleFit,
  type UpskillingPlan,
} from '../src';
import type { ResumeProfileSchema, RoleFitSchema, UpskillingPlanSchema } from '../src/schemas';
import type { CatalogDetails, LanguagePack, PackLanguage } from '../src';
import { catalogDetails, type CatalogDetails as CatalogDetailsOfSubpath } from '../src/details';
import type { PackLanguage as PackLanguageOfPacks } from '../src/languages';
import { allLanguages, de } from '../src/languages';

expectTypeOf(parseResume).parameter(0).toEqualTypeOf<string | JsonResume>();
expectTypeOf(parseResume).returns.toEqualTypeOf<ResumeProfile>();
expectTypeOf(matchRoles).returns.toEqualTypeOf<RoleFit[]>();
expectTypeOf(planUpskilling).returns.toEqualTypeOf<UpskillingPlan>();
expectTypeOf(gapReport).returns.toBeString();
expectTypeOf(loadCatalog).returns.toEqualTypeOf<Catalog>();
expectTypeOf(createMatcher().parse).returns.toEqualTypeOf<ResumeProfile>();

// The exported types are the schemas' inferred types.
expectTypeOf<ResumeProfile>().toEqualTypeOf<z.infer<typeof ResumeProfileSchema>>();
expectTypeOf<RoleFit>().toEqualTypeOf<z.infer<typeof RoleFitSchema>>();
expectTypeOf<UpskillingPlan>().toEqualTypeOf<z.infer<typeof UpskillingPlanSchema>>();

// Years are unknown (null), never a silent zero; requirement statuses are a closed set.
expectTypeOf<ResumeProfile['experience']['totalYears']>().toEqualTypeOf<number | null>();
expectTypeOf<RoleFit['requirements'][number]['status']>().toEqualTypeOf<'met' | 'partial' | 'missing' | 'unknown'>();

// @ts-expect-error: an options object has no unknown keys
parseResume('text', { asof: '2026-11-01' });

// Language packs: `languages` takes the packs of `rolefit/languages` (a readonly list), and nothing else.

expectTypeOf(de).toEqualTypeOf<LanguagePack>();
expectTypeOf(de.code).toEqualTypeOf<PackLanguage>();
expectTypeOf<PackLanguageOfPacks>().toEqualTypeOf<'de' | 'fr' | 'es'>();
expectTypeOf(allLanguages).toEqualTypeOf<readonly LanguagePack[]>();
expectTypeOf(parseResume).parameter(1).exclude<undefined>().toHaveProperty('languages').toEqualTypeOf<readonly LanguagePack[] | undefined>();
parseResume('', { languages: allLanguages });
createMatcher({ languages: [de] });
// @ts-expect-error: a language code is no pack
parseResume('', { languages: ['de'] });

// The catalog details: `details` takes `catalogDetails` of `rolefit/details`, and nothing else.
expectTypeOf(catalogDetails).toEqualTypeOf<CatalogDetails>();
expectTypeOf<CatalogDetailsOfSubpath>().toEqualTypeOf<CatalogDetails>();
expectTypeOf(loadCatalog).parameter(1).exclude<undefined>().toHaveProperty('details').toEqualTypeOf<CatalogDetails | undefined>();
expectTypeOf(loadCatalog(undefined, { details: catalogDetails })).toEqualTypeOf<Catalog>();
// @ts-expect-error: a catalog is no details
loadCatalog(undefined, { details: loadCatalog() });
