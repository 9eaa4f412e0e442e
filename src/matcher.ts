import * as z from 'zod/mini';
import { compileCatalog } from './catalog/compile';
import { loadCatalog } from './catalog/load';
import { checkText, msg } from './errors';
import { checkLanguageLoaded, optionError, resolveOptions } from './options';
import { planUpskilling, planWith } from './plan';
import { gapReport } from './render/report';
import { parseWith } from './resume';
import { isJsonResume, type JsonResume } from './resume/jsonresume';
import {
  type Catalog,
  type MatchOptions,
  MatchOptionsSchema,
  type MatcherOptions,
  MatcherOptionsSchema,
  type ParseOptions,
  ParseOptionsSchema,
  type PlanOptions,
  PlanOptionsSchema,
  type ReportOptions,
  type ResumeProfile,
  type Role,
  type RoleFit,
  type UpskillingPlan,
} from './schemas';
import { matchRoles, matchWith } from './score/match';
import { once } from './text/phrases';

/** A catalog compiled once, for parsing and scoring many résumés. */
export interface Matcher {
  readonly catalog: Catalog;
  parse(text: string | JsonResume, options?: Omit<ParseOptions, 'catalog' | 'languages'>): ResumeProfile;
  match(profile: ResumeProfile, options?: Omit<MatchOptions, 'catalog'>): RoleFit[];
  plan(profile: ResumeProfile, target: string | Role | ReadonlyArray<string | Role>, options?: Omit<PlanOptions, 'catalog'>): UpskillingPlan;
  report(profile: ResumeProfile, options?: Omit<ReportOptions, 'catalog'>): string;
}

/** `parse` options of a matcher: those of `parseResume` but the catalog and the language packs, which the matcher fixes. */
const OWN_PARSE_OPTIONS = z.omit(ParseOptionsSchema, { catalog: true, languages: true });

/**
 * Compiles the catalog once and returns the four entry points bound to it: the fast path for batches.
 * @example
 * const m = createMatcher({ asOf: '2026-11-01' });
 * const best = resumes.map((text) => m.match(m.parse(text))[0]?.roleId);
 */
export function createMatcher(options?: MatcherOptions): Matcher {
  const resolved = resolveOptions(MatcherOptionsSchema, options, 'createMatcher');
  const { languages } = resolved;
  const catalog = loadCatalog(resolved.catalog, { languages });
  const compiled = compileCatalog(catalog);
  const parse = (text: string | JsonResume, o?: Omit<ParseOptions, 'catalog' | 'languages'>) => {
    // The packs and the catalog are the matcher's: say where they go rather than "did you mean `language`?".
    const fixed = o && (['languages', 'catalog'] as const).find((k) => k in o);
    if (fixed) throw optionError('parse', fixed, msg.fixedByMatcher(fixed));
    const own = { ...resolveOptions(OWN_PARSE_OPTIONS, o, 'parse'), languages };
    if (!isJsonResume(text)) checkText(text, own.maxLength, 'résumé');
    checkLanguageLoaded(own, 'parse');
    return parseWith(compiled, text, own.asOf === undefined && resolved.asOf !== undefined ? { ...own, asOf: resolved.asOf } : own);
  };
  // Without options of their own, match and plan resolve the same options every call: once is enough.
  const matchOptions = once(() => Object.freeze(resolveOptions(MatchOptionsSchema, { catalog }, 'matchRoles')));
  const planOptions = once(() => Object.freeze(resolveOptions(PlanOptionsSchema, { catalog }, 'planUpskilling')));
  return Object.freeze({
    catalog,
    parse,
    match: (profile: ResumeProfile, o: Omit<MatchOptions, 'catalog'> = {}) =>
      noOptions(o) ? matchWith(profile, matchOptions()) : matchRoles(profile, { ...o, catalog }),
    plan: (profile: ResumeProfile, target: string | Role | ReadonlyArray<string | Role>, o: Omit<PlanOptions, 'catalog'> = {}) =>
      noOptions(o) ? planWith(profile, target, planOptions()) : planUpskilling(profile, target, { ...o, catalog }),
    report: (profile: ResumeProfile, o: Omit<ReportOptions, 'catalog'> = {}) => gapReport(profile, { ...o, catalog }),
  });
}

/** An options object without a key of its own (`{}`, the default); anything else is resolved as before. */
function noOptions(o: unknown): boolean {
  if (typeof o !== 'object' || o === null) return false;
  for (const _ in o) return false;
  return Object.getOwnPropertySymbols(o).length === 0;
}
