/** Codes of every error rolefit throws. */
export type RolefitErrorCode =
  | 'E_INVALID_DATA'
  | 'E_INVALID_OPTIONS'
  | 'E_UNKNOWN_ROLE'
  | 'E_INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'NO_TEXT_LAYER'
  | 'ENCRYPTED'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'EMPTY_FILE';

/** The one error class rolefit throws; `code` says what went wrong. */
export class RolefitError extends Error {
  override name = 'RolefitError';
  readonly code: RolefitErrorCode;
  constructor(code: RolefitErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** Message factories: each names the culprit in backticks and says what to do next. */
export const msg = {
  invalidData: (source: string, details: string) =>
    `Invalid catalog data in \`${source}\`:\n${details}\nFix the JSON at the paths above (see data/README.md for the format).`,
  danglingReference: (source: string, path: string, id: string, kind: string) =>
    `Invalid catalog data in \`${source}\`: \`${path}\` refers to unknown ${kind} \`${id}\`. Add the ${kind} or fix the id.`,
  prerequisiteCycle: (source: string, cycle: string[]) =>
    `Invalid catalog data in \`${source}\`: prerequisites form a cycle (${cycle.map((c) => `\`${c}\``).join(' → ')}). Remove one of the links.`,
  duplicateId: (source: string, path: string, id: string) =>
    `Invalid catalog data in \`${source}\`: \`${path}\` repeats the id \`${id}\`. Ids must be unique.`,
  unknownRole: (id: string, where: string) =>
    `Unknown role \`${id}\` in \`${where}\`. Call \`matchRoles\` without \`roles\` to see every role id, or add the role to the catalog.`,
  invalidOption: (name: string, expected: string, got: unknown) =>
    `Invalid option \`${name}\`: expected ${expected}, got \`${safeString(got)}\`.`,
  notText: (got: unknown) => `\`parseResume\` expects a string, got \`${typeof got}\`. Read the file first (see rolefit/node).`,
  inputTooLarge: (length: number, limit: number) =>
    `The résumé text is ${length.toLocaleString('en-US')} characters; the limit is ${limit.toLocaleString('en-US')}. Pass a smaller text or raise \`maxLength\`.`,
  invalidProfile: (details: string) => `Invalid \`profile\`: ${details}. Pass the result of \`parseResume\`.`,
  noTextLayer: (file: string, pages: number) =>
    `\`${file}\` has no text layer (${pages} page${pages === 1 ? '' : 's'}, no selectable text): it is probably a scan. Run OCR on it (e.g. \`ocrmypdf\`) or export the résumé again as a text PDF.`,
  encrypted: (file: string) =>
    `\`${file}\` is encrypted or password-protected. Remove the password (save an unprotected copy) and try again.`,
  tooLarge: (file: string, what: string, size: number, limit: number) =>
    `\`${file}\` has ${size.toLocaleString('en-US')} ${what}; the limit is ${limit.toLocaleString('en-US')}. Pass a smaller file or raise \`${what === 'pages' ? 'maxPages' : 'maxBytes'}\`.`,
  unsupportedFormat: (file: string, detail: string) =>
    `\`${file}\` is not a résumé format rolefit reads (${detail}). Use PDF, DOCX, HTML, Markdown, plain text or JSON Resume.`,
  emptyFile: (file: string) => `\`${file}\` is empty (no text in it). Check that you picked the right file.`,
  notPostingText: (got: unknown) =>
    `\`roleFromJobPosting\` expects the text of a job ad as a string, got \`${typeof got}\`. Read the file first.`,
  postingTooLarge: (length: number, limit: number) =>
    `The job posting is ${length.toLocaleString('en-US')} characters; the limit is ${limit.toLocaleString('en-US')}. Pass the ad alone or raise \`maxLength\`.`,
  noRequirements: (title: string) =>
    `No requirement found in the job posting \`${safeString(title)}\`: it names no skill or certification of the catalog, no years, degree or clearance. Check the text, or add the skills to the catalog (see data/README.md).`,
  notProfileList: (got: unknown) =>
    `\`rankCandidates\` expects an array of profiles from \`parseResume\`, got \`${Array.isArray(got) ? 'array' : typeof got}\`.`,
  invalidCandidate: (index: number, details: string) => `Invalid profile at \`profiles[${index}]\`: ${details}. Pass the result of \`parseResume\`.`,
};

function safeString(value: unknown): string {
  try {
    const s = typeof value === 'string' ? value : JSON.stringify(value);
    return (s ?? String(value)).slice(0, 80);
  } catch {
    return String(value).slice(0, 80);
  }
}

/** Throws the documented codes unless `value` is a string no longer than `maxLength` (checked before any work). */
export function checkText(
  value: unknown,
  maxLength: number,
  messages: { notText: (got: unknown) => string; tooLarge: (length: number, limit: number) => string },
): asserts value is string {
  if (typeof value !== 'string') throw new RolefitError('E_INVALID_INPUT', messages.notText(value));
  if (!Number.isInteger(maxLength) || maxLength <= 0) {
    throw new RolefitError('E_INVALID_OPTIONS', msg.invalidOption('maxLength', 'a positive integer', maxLength));
  }
  if (value.length > maxLength) throw new RolefitError('INPUT_TOO_LARGE', messages.tooLarge(value.length, maxLength));
}
