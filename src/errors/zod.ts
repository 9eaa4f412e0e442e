import type * as z from 'zod/mini';

/** What a size limit counts, by the kind of value it is on. */
const UNITS: Readonly<Record<string, string>> = { string: 'characters', array: 'items', set: 'items', map: 'entries', file: 'bytes' };

/**
 * The English message of a zod issue, in the words of zod's `en` locale for the issues rolefit's schemas raise.
 * Every parse in rolefit passes it (`schema.safeParse(value, ZOD_MESSAGES)`): zod/mini has no messages of its own,
 * and the core sets no global zod locale (importing rolefit changes nothing in a user's zod).
 */
export function zodMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected === 'nan' ? 'NaN' : issue.expected}, received ${typeName(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${show(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(show).join('|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const adj = issue.exact ? 'exactly ' : issue.inclusive ? (big ? '<=' : '>=') : big ? '<' : '>';
      const limit = String(big ? issue.maximum : issue.minimum);
      const unit = UNITS[issue.origin ?? ''];
      const what = `${big ? 'Too big' : 'Too small'}: expected ${issue.origin ?? 'value'}`;
      return unit ? `${what} to have ${adj}${limit} ${unit}` : `${what} to be ${adj}${limit}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' ? `Invalid string: must match pattern ${issue.pattern}` : `Invalid ${issue.format}`;
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(show).join(', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    default:
      return 'Invalid input';
  }
}

/** The parse options that give zod's issues their English messages. */
export const ZOD_MESSAGES = Object.freeze({ error: zodMessage });

/** A value as a message shows it: strings quoted. */
function show(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** The type of the value received, as zod names it. */
function typeName(input: unknown): string {
  if (typeof input === 'number') return Number.isNaN(input) ? 'NaN' : Number.isFinite(input) ? 'number' : String(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'object') {
    const proto = Object.getPrototypeOf(input) as { constructor?: { name?: string } } | null;
    if (proto !== Object.prototype && proto?.constructor?.name) return proto.constructor.name;
  }
  return typeof input;
}
