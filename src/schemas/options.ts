import * as z from 'zod/mini';
import type { Catalog, Role } from './catalog';
import { CatalogDetailsSchema } from './details';
import { LanguagesSchema } from './languages';
import { IdSchema, LanguageSchema } from './vocab';

// Every public function resolves its options once through one of these schemas (see src/options.ts):
// defaults come from here, unknown keys and out-of-range values are refused with `E_INVALID_OPTIONS`.

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
const unit = (value: number) => z._default(z.number().check(z.gte(0), z.lte(1)), value);

/** A date years are counted to: `YYYY-MM-DD`, `YYYY-MM` (optionally with a time) or a `Date`. */
export const AsOfSchema = z.union([
  z.string().check(z.regex(/^\s{0,3}\d{4}-\d{2}(?:-\d{2})?(?:[T ][\d:.]{0,18}(?:Z|[+-]\d{2}:?\d{2})?)?\s{0,3}$/u, 'expected a date such as 2026-11-01')),
  z.date().check(z.refine((d) => !Number.isNaN(d.getTime()), 'expected a valid Date')),
]);

/** A catalog from `loadCatalog` (frozen, with a hash). */
export const CatalogRefSchema = z.custom<Catalog>(
  (v) => isObject(v) && Object.isFrozen(v) && typeof (v as Catalog).hash === 'string' && Array.isArray((v as Catalog).roles),
  'expected a catalog from `loadCatalog`',
);
/**
 * A language detector asked when the function words of the text cannot tell its language (a short or tool-heavy
 * text): it gets the start of the text and returns an ISO 639-1 code (ISO 639-3 for a language without one), or
 * `und` when it cannot tell. `rolefit/node` passes franc-min, its ISO 639-3 codes mapped to ISO 639-1.
 */
export type LanguageDetector = (text: string) => string;
export const LanguageDetectorSchema = z.custom<LanguageDetector>((v) => typeof v === 'function', 'expected a function (text) => language code');

/** A role id of the catalog, or a role object (validated against the catalog when used). */
export const RoleRefSchema = z.union([IdSchema, z.custom<Role>(isObject, 'expected a role id or a role object')]);

/** Credit rules: how much each kind of evidence is worth (0–1). */
export const ScoringSchema = z.strictObject({
  /** A skill used in a dated work entry. */
  work: unit(1),
  /** A skill named only in a skills list, summary or project. */
  listed: unit(0.75),
  /** A skill proven by another (PyTorch proves deep learning). */
  implied: unit(0.6),
  /** A related skill instead of the one asked for (TensorFlow for PyTorch), times its own strength. */
  related: unit(0.35),
  /** Share of a skill's credit kept before its years are counted against `minYears`. */
  yearsFloor: unit(0.5),
  /** A degree of the right level in another field, or a lower level in the right field. */
  degreeNearMiss: unit(0.5),
  /** A clearance below the one asked for. */
  clearanceBelow: unit(0.5),
  /**
   * A skill last used at work more than this many years before the end of the person's latest work counts
   * `staleFactor` of its credit (0: never). Measured from the latest work, not from today: a break costs nothing.
   */
  staleAfterYears: z._default(z.number().check(z.gte(0), z.lte(60)), 3),
  /** Share of its credit a skill left behind keeps (see `staleAfterYears`). */
  staleFactor: unit(0.6),
  /**
   * Share of its points a role keeps when none of its `defining` requirements earns credit of the person's own (a
   * related skill does not count): a security engineer without any AI work is not held to fit an AI security role best.
   */
  heldBackFactor: unit(0.75),
  /**
   * Share of its points a role keeps when one of its `hard` clearance or certification requirements is missing outright
   * (not one short of it, nor an `unknown` one): a role the person cannot take (a cleared role without any clearance) ranks below those they
   * can, unless it fits far better.
   */
  mustUnmetFactor: unit(0.75),
});

/** Options of `parseResume`. */
export const ParseOptionsSchema = z.strictObject({
  /** The date "Present" means and years are counted to (default: today). */
  asOf: z.optional(AsOfSchema),
  /** The catalog to read skills with (default: the bundled catalog). */
  catalog: z.optional(CatalogRefSchema),
  /** The longest text accepted, in characters. */
  maxLength: z._default(z.number().check(z.int(), z.gte(1), z.lte(50_000_000)), 200_000),
  /** Language packs of `rolefit/languages` to read with besides English (default: none); see README "Languages". */
  languages: LanguagesSchema,
  /** The language of the text: `auto` detects it; a code (English, or a language of `languages`) skips detection. */
  language: z._default(z.union([z.literal('auto'), LanguageSchema]), 'auto'),
  /** Asked when the function words cannot tell the language (`language: 'auto'` only); see `LanguageDetector`. */
  languageDetector: z.optional(LanguageDetectorSchema),
  /** Text of the file that a reader cannot see (white, tiny, hidden): never evidence, reported in a `HIDDEN_TEXT` warning. */
  hiddenText: z.optional(z.string().check(z.maxLength(50_000_000))),
});

/** Options of `matchRoles`. */
export const MatchOptionsSchema = z.strictObject({
  /** The catalog whose roles are scored (default: the bundled catalog). */
  catalog: z.optional(CatalogRefSchema),
  /** Language packs whose aliases the bundled catalog gets (default: none, English only); see README "Languages". */
  languages: LanguagesSchema,
  /** Only these roles: ids from the catalog, or role profiles (e.g. from `roleFromJobPosting`). */
  roles: z.optional(z.array(RoleRefSchema)),
  /** Changes to the credit rules. */
  scoring: z.prefault(ScoringSchema, {}),
});

/** Options of `planUpskilling`. */
export const PlanOptionsSchema = z.strictObject({
  /** The catalog the roles and learning actions come from (default: the bundled catalog). */
  catalog: z.optional(CatalogRefSchema),
  /** Language packs whose aliases the bundled catalog gets (default: none, English only); see README "Languages". */
  languages: LanguagesSchema,
  /** Study hours a week, for `weeks`. */
  hoursPerWeek: z._default(z.number().check(z.gt(0), z.lte(168)), 5),
});

/** Options of `gapReport`. */
export const ReportOptionsSchema = z.strictObject({
  /** `markdown`, `text`, `json` or `html` (one self-contained page with an SVG chart). */
  format: z._default(z.enum(['json', 'markdown', 'text', 'html']), 'markdown'),
  /** Only these roles (ids or role profiles). */
  roles: z.optional(z.array(RoleRefSchema)),
  /** How many ranked roles to show. */
  top: z._default(z.number().check(z.int(), z.gte(1), z.lte(1000)), 3),
  /** The catalog to score against (default: the bundled catalog). */
  catalog: z.optional(CatalogRefSchema),
  /** Language packs whose aliases the bundled catalog gets (default: none, English only); see README "Languages". */
  languages: LanguagesSchema,
  /** Study hours a week for the plan. */
  hoursPerWeek: z._default(z.number().check(z.gt(0), z.lte(168)), 5),
  /**
   * When the best fit scores at least this, the report says it is already strong and the plan aims at the
   * best-scoring role below it (the next stretch role); 100 keeps the plan on the best fit.
   */
  stretchAt: z._default(z.number().check(z.gte(0), z.lte(100)), 85),
  /** Replace names, e-mails, phones, addresses and profile URLs in every quoted string (scores are unchanged). */
  redact: z._default(z.boolean(), false),
});

/** Options of `rankCandidates`. */
export const RankOptionsSchema = z.strictObject({
  /** The catalog the role's skills come from (default: the bundled catalog). */
  catalog: z.optional(CatalogRefSchema),
  /** Language packs whose aliases the bundled catalog gets (default: none, English only); see README "Languages". */
  languages: LanguagesSchema,
  /** One id per profile (e.g. file names); ties then break on the id instead of the input order. */
  ids: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Changes to the credit rules. */
  scoring: z.prefault(ScoringSchema, {}),
  /** Reasons given per comparison. */
  maxReasons: z._default(z.number().check(z.int(), z.gte(0), z.lte(50)), 3),
  /**
   * `gate`: a candidate who lacks a must-have credential (a hard certification or clearance requirement with
   * status `missing`) ranks below every candidate who lacks fewer, as a recruiter screens; the score orders
   * candidates who lack as many. Years, degrees and skills are weighed, never gated. `weigh`: the score alone orders.
   */
  mustHaves: z._default(z.enum(['gate', 'weigh']), 'gate'),
});

/** Options of `createMatcher`. */
export const MatcherOptionsSchema = z.strictObject({
  /** The catalog to compile (default: the bundled catalog). */
  catalog: z.optional(CatalogRefSchema),
  /** Language packs of `rolefit/languages` to read with besides English (default: none); see README "Languages". */
  languages: LanguagesSchema,
  /** Default `asOf` for every parse. */
  asOf: z.optional(AsOfSchema),
});

/** Options of `loadCatalog`. */
export const LoadCatalogOptionsSchema = z.strictObject({
  /** A name for the input (usually its file path), quoted in error messages. */
  source: z._default(z.string().check(z.minLength(1)), 'catalog input'),
  /** The catalog a `merge` input is merged into (default: the bundled catalog). */
  base: z.optional(CatalogRefSchema),
  /** Language packs whose aliases the bundled catalog gets (default: none, English only); see README "Languages". */
  languages: LanguagesSchema,
  /**
   * The documentation of the bundled catalog (`catalogDetails` of `rolefit/details`): its skills' `description`s and
   * its skills' and roles' `refs` are filled in (default: none; they carry no `description` and `refs: []`).
   */
  details: z.optional(CatalogDetailsSchema),
});

/** Formats of `renderShortlist`. */
export const ShortlistFormatSchema = z.enum(['csv', 'markdown', 'json']);

export type ParseOptions = z.input<typeof ParseOptionsSchema>;
export type MatchOptions = z.input<typeof MatchOptionsSchema>;
export type PlanOptions = z.input<typeof PlanOptionsSchema>;
export type ReportOptions = z.input<typeof ReportOptionsSchema>;
export type RankOptions = z.input<typeof RankOptionsSchema>;
export type MatcherOptions = z.input<typeof MatcherOptionsSchema>;
export type LoadCatalogOptions = z.input<typeof LoadCatalogOptionsSchema>;
export type ScoringRules = z.output<typeof ScoringSchema>;
export type ShortlistFormat = z.infer<typeof ShortlistFormatSchema>;
