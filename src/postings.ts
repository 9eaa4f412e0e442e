// The `rolefit/postings` subpath: job-ad reading (`roleFromJobPosting`). Its reader and vocabulary are about a sixth of
// the core's browser bundle (~40 KB gzip), which a user who only reads résumés need not load; the role it returns goes
// to the root's `matchRoles`, `rankCandidates` and `createMatcher` as any role does.
export { roleFromJobPosting } from './posting';
export type { PostingOptions, PostingWeights, Role } from './schemas';
