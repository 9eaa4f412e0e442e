// The catalog's schemas as values, for `rolefit/schemas`: the core reads them through `catalogSchemas()`, made on first use.
import { catalogSchemas } from './catalog';

/** One way a skill or certification is written. A plain string is a case-insensitive phrase. */
export const AliasSchema = catalogSchemas().AliasSchema;
/** A way to learn a skill, with an honest estimate of the hours it takes. */
export const LearningActionSchema = catalogSchemas().LearningActionSchema;
/** A reference to a public framework element (NICE, O*NET, ATLAS, OWASP, AI RMF, ECSF). */
export const FrameworkRefSchema = catalogSchemas().FrameworkRefSchema;
/** A skill of the catalog. */
export const SkillSchema = catalogSchemas().SkillSchema;
/** A certification of the catalog. */
export const CertificationSchema = catalogSchemas().CertificationSchema;
/** A skill requirement: any of `skills`, optionally for a minimum number of years. */
export const SkillRequirementSchema = catalogSchemas().SkillRequirementSchema;
/** An experience requirement on one of the measures. */
export const ExperienceRequirementSchema = catalogSchemas().ExperienceRequirementSchema;
/** A degree requirement: at least `minLevel`, in one of `fields` when given. */
export const DegreeRequirementSchema = catalogSchemas().DegreeRequirementSchema;
/** A certification requirement: any of `anyOf`. */
export const CertificationRequirementSchema = catalogSchemas().CertificationRequirementSchema;
/** A clearance requirement: at least `minLevel` (any level when absent); `active` when it must already be held; `polygraph` when one is asked. */
export const ClearanceRequirementSchema = catalogSchemas().ClearanceRequirementSchema;
/**
 * A title requirement: the title of a job the person holds now has a word of every group of `words` ("Director" +
 * "AI" + "Security"), and none of `without`. Words are compared without case or accents, as whole words; a group word may be a phrase
 * ("head of"). A role asks for the level and field a person works at now, which skills alone do not tell. With `against`, the
 * words name another field (an ML engineer role and a title that names security): such a title counts against the role.
 */
export const TitleRequirementSchema = catalogSchemas().TitleRequirementSchema;
/** One requirement of a role profile. */
export const RequirementSchema = catalogSchemas().RequirementSchema;
/**
 * A condition a job ad states about who the person is — citizenship, work authorisation, obtaining a clearance,
 * a background check, travel, location — for the recruiter to check outside any score.
 */
export const RoleNoteSchema = catalogSchemas().RoleNoteSchema;
/** A role profile: what a job asks for, with weights and sources. */
export const RoleSchema = catalogSchemas().RoleSchema;
/** Catalog JSON as users write it: any part may be given; `mode` says whether to merge or replace. */
export const CatalogInputSchema = catalogSchemas().CatalogInputSchema;
