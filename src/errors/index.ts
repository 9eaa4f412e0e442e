import type * as z from 'zod/mini';
import { msg } from './messages';

export { cliMsg, languagePackAdvice, msg, nodeMsg, postingMsg, warn } from './messages';
export { ZOD_MESSAGES, zodMessage } from './zod';

/** Every code a `RolefitError` carries, in one style. */
export const ERROR_CODES = [
  'E_INVALID_DATA',
  'E_INVALID_OPTIONS',
  'E_INVALID_INPUT',
  'E_UNKNOWN_ROLE',
  'E_INPUT_TOO_LARGE',
  'E_TOO_LARGE',
  'E_TIMEOUT',
  'E_ABORTED',
  'E_NOT_A_FILE',
  'E_READ_FAILED',
  'E_EMPTY_FILE',
  'E_ENCRYPTED',
  'E_NO_TEXT_LAYER',
  'E_UNSUPPORTED_FORMAT',
  'E_INTERNAL',
] as const;

/** Codes of every error rolefit throws. */
export type RolefitErrorCode = (typeof ERROR_CODES)[number];

/** One problem found in data or options: where (`path`) and what was expected (zod's issue, as data). */
export type RolefitIssue = z.core.$ZodIssue;

/** Options of the `RolefitError` constructor: the cause, and the issues found in data or options. */
export interface RolefitErrorOptions extends ErrorOptions {
  issues?: readonly RolefitIssue[];
}

/** The one error class rolefit throws; `code` says what went wrong, `issues` where, `cause` why. */
export class RolefitError extends Error {
  override name = 'RolefitError';
  readonly code: RolefitErrorCode;
  /** What zod found in the data or options, as data (empty for other errors). */
  readonly issues: readonly RolefitIssue[];
  constructor(code: RolefitErrorCode, message: string, options: RolefitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [];
  }
}

/** True for an error rolefit threw (any `RolefitError`). */
export function isRolefitError(error: unknown): error is RolefitError {
  return error instanceof RolefitError;
}

/**
 * Runs one reading and turns an error rolefit did not mean to throw (an engine limit such as V8's "Maximum call stack
 * size exceeded" inside a regex, or a bug) into `E_INTERNAL`, with the original as `cause`: a caller sees one error
 * class, never a crash from deep inside. `RolefitError`s pass through unchanged.
 */
export function guarded<T>(fn: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isRolefitError(error)) throw error;
    throw new RolefitError('E_INTERNAL', msg.internal(fn, error), { cause: error });
  }
}

/** Throws the documented codes unless `value` is a string no longer than `maxLength` (checked before any work). */
export function checkText(value: unknown, maxLength: number, what: 'résumé' | 'job posting'): asserts value is string {
  if (typeof value !== 'string') throw new RolefitError('E_INVALID_INPUT', msg.notText(what, value));
  if (value.length > maxLength) throw new RolefitError('E_INPUT_TOO_LARGE', msg.inputTooLarge(what, value.length, maxLength));
}
