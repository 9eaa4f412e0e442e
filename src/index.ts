// Public API of rolefit: the functions, the error class and the types. The zod schemas are in `rolefit/schemas`, job-ad
// reading (`roleFromJobPosting`) in `rolefit/postings`.
export { isCatalog, loadCatalog } from './catalog/load';
export { isRolefitError, RolefitError, type RolefitErrorCode, type RolefitIssue } from './errors';
export { createMatcher, type Matcher } from './matcher';
export { planUpskilling } from './plan';
export { findRedactions, type Redaction, redactProfile, redactText } from './privacy/redact';
export { toJsonResume } from './render/jsonresume';
export { gapReport } from './render/report';
export { renderShortlist } from './render/shortlist';
export { parseResume } from './resume';
export { matchRoles } from './score/match';
export { rankCandidates } from './score/rank';
export {
  isJsonResume,
  type JsonResume,
  type JsonResumeCertificate,
  type JsonResumeEducation,
  type JsonResumeProject,
  type JsonResumeSkill,
  type JsonResumeWork,
} from './resume/jsonresume';
export type {
  Alias,
  CandidateComparison,
  Catalog,
  CatalogDetails,
  CatalogInput,
  Certification,
  Clearance,
  ClearanceLevel,
  ComparisonReason,
  DegreeField,
  DegreeLevel,
  Education,
  EntryKind,
  Evidence,
  Experience,
  ExperienceEntry,
  ExperienceMeasure,
  FrameworkRef,
  HeldBack,
  Language,
  LanguageDetector,
  LanguagePack,
  PackLanguage,
  LearningAction,
  LoadCatalogOptions,
  MatcherOptions,
  MatchOptions,
  MustUnmet,
  ParseOptions,
  ParseWarning,
  PlanBlocker,
  PlanOptions,
  PlanStep,
  PostingOptions,
  PostingWeights,
  ProfileCertification,
  ProfileSkill,
  RankedCandidate,
  Ranking,
  RankOptions,
  ReportOptions,
  Requirement,
  RoleNote,
  RequirementResult,
  RequirementStatus,
  ResumeProfile,
  Role,
  RoleFit,
  ScoringRules,
  Section,
  SectionName,
  ShortlistFormat,
  Skill,
  SkillCategory,
  SkillRequirement,
  Tier,
  UpskillingPlan,
  YearsClaim,
} from './schemas';
