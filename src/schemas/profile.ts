import * as z from 'zod/mini';
import {
  ClearanceLevelSchema,
  DegreeFieldSchema,
  DegreeLevelSchema,
  ExperienceMeasureSchema,
  IdSchema,
  IsoDateSchema,
  nonNegative,
  SectionNameSchema,
  YearMonthSchema,
} from './vocab';

// ─── Profile (output of parseResume) ────────────────────────────────────────

/** Where a fact was found: the exact span of the normalised text and its section. */
export const EvidenceSchema = z.strictObject({
  text: z.string(),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  section: SectionNameSchema,
  via: z.enum(['exact', 'alias', 'fuzzy', 'implied', 'claim', 'certification']),
  confidence: z.number().check(z.gte(0), z.lte(1)),
});

/** A detected skill with its evidence. */
export const ProfileSkillSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  /** Years of use: the dated years when the résumé has dated entries mentioning it, else the claimed years; absent when unknown. */
  years: z.optional(nonNegative()),
  /** Years of the dated work entries that mention it (union of their months). */
  datedYears: z.optional(nonNegative()),
  /** The highest explicit claim ("Python (5 years)", "10+ years of Go"), kept beside the dated years. */
  claimedYears: z.optional(nonNegative()),
  /** The last month of a dated entry that mentions it (YYYY-MM). */
  lastUsed: z.optional(YearMonthSchema),
  /** `work`: used in a dated entry; `listed`: a skills list or summary; `implied`: proven by another skill. */
  strength: z.enum(['work', 'listed', 'implied']),
  evidence: z.array(EvidenceSchema),
});

/** Kinds of work an experience entry counts towards. */
export const EntryKindSchema = z.enum(['security', 'ml', 'other']);

/** One dated work entry. */
export const ExperienceEntrySchema = z.strictObject({
  title: z.string(),
  organization: z.optional(z.string()),
  start: YearMonthSchema,
  end: YearMonthSchema,
  current: z.boolean(),
  months: z.number().check(z.int(), z.nonnegative()),
  kind: z.array(EntryKindSchema),
  skills: z.array(IdSchema),
  /** The span of the whole entry in the normalised text. */
  span: z.strictObject({ start: z.number().check(z.int(), z.nonnegative()), end: z.number().check(z.int(), z.nonnegative()) }),
});

/** An explicit claim such as "8+ years of cybersecurity experience". */
export const YearsClaimSchema = z.strictObject({
  subject: z.union([IdSchema, ExperienceMeasureSchema]),
  years: nonNegative(),
  evidence: EvidenceSchema,
});

/** Experience measures; `null` means unknown (no dated entries), never zero. */
export const ExperienceSchema = z.strictObject({
  totalYears: z.nullable(nonNegative()),
  securityYears: z.nullable(nonNegative()),
  mlYears: z.nullable(nonNegative()),
  entries: z.array(ExperienceEntrySchema),
  claims: z.array(YearsClaimSchema),
});

/** A degree. */
export const EducationSchema = z.strictObject({
  level: DegreeLevelSchema,
  field: DegreeFieldSchema,
  institution: z.optional(z.string()),
  year: z.optional(z.number().check(z.int())),
  evidence: EvidenceSchema,
});

/** A certification held. */
export const ProfileCertificationSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  year: z.optional(z.number().check(z.int())),
  evidence: EvidenceSchema,
});

/** A clearance mention: its level, whether it is held now, and the polygraph. */
export const ClearanceSchema = z.strictObject({
  level: ClearanceLevelSchema,
  /** `active`: held and said to be current; `held`: held, status not said; `lapsed`: expired or inactive; `eligible`: not held (eligible, able to obtain, in process). */
  status: z.enum(['active', 'held', 'lapsed', 'eligible']),
  active: z.optional(z.boolean()),
  polygraph: z.optional(z.boolean()),
  /** The polygraph is a full-scope (lifestyle) one, not only a counterintelligence one. */
  fullScopePolygraph: z.optional(z.boolean()),
  evidence: EvidenceSchema,
});

/** A section of the résumé. */
export const SectionSchema = z.strictObject({
  name: SectionNameSchema,
  heading: z.string(),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
});

/** Something the parser could not do or was unsure of. */
export const WarningSchema = z.strictObject({
  code: z.enum([
    'EMPTY_INPUT',
    'NO_SECTIONS',
    'NO_EXPERIENCE',
    'NO_DATES',
    'UNPARSED_DATE',
    'INVERTED_RANGE',
    'FUTURE_DATE',
    'NO_SKILLS',
    'UNSUPPORTED_LANGUAGE',
    'LANGUAGE_NOT_LOADED',
    'HIDDEN_TEXT',
  ]),
  message: z.string(),
  /** The language a `LANGUAGE_NOT_LOADED` warning is about (its ISO 639-1 code), so that no reader parses the message. */
  language: z.optional(z.string()),
});

/** The catalog a result was computed with, for audits. */
export const CatalogStampSchema = z.strictObject({ version: z.string(), hash: z.string() });

/** Everything rolefit read from one résumé. Personal data (name, contact, birth date) is never kept. */
export const ResumeProfileSchema = z.strictObject({
  asOf: IsoDateSchema,
  catalog: CatalogStampSchema,
  /** The normalised text all evidence spans point into. */
  text: z.string(),
  sections: z.array(SectionSchema),
  skills: z.array(ProfileSkillSchema),
  experience: ExperienceSchema,
  education: z.array(EducationSchema),
  certifications: z.array(ProfileCertificationSchema),
  /** The highest clearance held now (active or held, never lapsed or eligible), or null. */
  clearance: z.nullable(ClearanceSchema),
  /** Every clearance mention with its status. */
  clearances: z.array(ClearanceSchema),
  /** The language the text is written in (ISO 639-1, `und` when unknown); it never changes a score. */
  language: z.string(),
  warnings: z.array(WarningSchema),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type ProfileSkill = z.infer<typeof ProfileSkillSchema>;
export type EntryKind = z.infer<typeof EntryKindSchema>;
export type ExperienceEntry = z.infer<typeof ExperienceEntrySchema>;
export type YearsClaim = z.infer<typeof YearsClaimSchema>;
export type Experience = z.infer<typeof ExperienceSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type ProfileCertification = z.infer<typeof ProfileCertificationSchema>;
export type Clearance = z.infer<typeof ClearanceSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type ParseWarning = z.infer<typeof WarningSchema>;
export type ResumeProfile = z.infer<typeof ResumeProfileSchema>;
