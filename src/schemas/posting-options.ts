import * as z from 'zod/mini';
import { LanguagesSchema } from './languages';
import { CatalogRefSchema, LanguageDetectorSchema } from './options';
import { IdSchema, LanguageSchema } from './vocab';

// The options of job-ad reading (`rolefit/postings`), in a module of their own: the root's bundle, which never reads
// them, leaves them out (a schema is built when its module loads, so only a module no one imports is left out).

const weight = (value: number) => z._default(z.number().check(z.gte(0), z.lte(100)), value);

/** How much each requirement of a job ad weighs, by tier. Tiers never overlap whatever the repeats. */
export const PostingWeightsSchema = z.strictObject({
  /** A skill asked for, named among the duties, or a nice-to-have. */
  skill: z.prefault(z.strictObject({ required: weight(4), duty: weight(2.5), preferred: weight(1) }), {}),
  /** Added per further clause naming the same skill or certification… */
  repeatStep: weight(0.5),
  /** …up to this much. */
  repeatMax: weight(1),
  /** Added to a skill stated with a number of years. */
  skillYears: weight(1),
  /** Years of experience overall, in security or in ML. */
  experience: z.prefault(z.strictObject({ required: weight(5), preferred: weight(1.5) }), {}),
  degree: z.prefault(z.strictObject({ required: weight(2), preferred: weight(1) }), {}),
  certification: z.prefault(z.strictObject({ required: weight(2), preferred: weight(1) }), {}),
  /** `required`: an active clearance; `preferred`: a nice-to-have. A clearance to obtain is a note (`Role.notes`), never weighed. */
  clearance: z.prefault(z.strictObject({ required: weight(8), preferred: weight(1) }), {}),
});

/** Options of `roleFromJobPosting`. */
export const PostingOptionsSchema = z.strictObject({
  /** The catalog whose skills and certifications are read (default: the bundled catalog). */
  catalog: z.optional(CatalogRefSchema),
  /** The role id (default: the title in kebab-case). */
  id: z.optional(IdSchema),
  /** The role title (default: the "Job title:" line, else the first line of the ad). */
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  /** The role's `source` (default: `Job posting: <title>`), e.g. the file name or URL of the ad. */
  source: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
  /** Weights that replace the computed ones, by requirement id (`python`, `securityYears`) or by kind (`certification`). */
  weights: z.optional(z.record(z.string(), z.number().check(z.gt(0), z.lte(100)))),
  /** Changes to the weights by tier. */
  rules: z.prefault(PostingWeightsSchema, {}),
  /** The longest ad accepted, in characters. */
  maxLength: z._default(z.number().check(z.int(), z.gte(1), z.lte(10_000_000)), 100_000),
  /** Language packs of `rolefit/languages` to read with besides English (default: none); see README "Languages". */
  languages: LanguagesSchema,
  /** The language of the ad: `auto` detects it; a code (English, or a language of `languages`) skips detection. */
  language: z._default(z.union([z.literal('auto'), LanguageSchema]), 'auto'),
  /** Asked when the function words cannot tell the language (`language: 'auto'` only); see `LanguageDetector`. */
  languageDetector: z.optional(LanguageDetectorSchema),
});

export type PostingOptions = z.input<typeof PostingOptionsSchema>;
export type PostingWeights = z.output<typeof PostingWeightsSchema>;
