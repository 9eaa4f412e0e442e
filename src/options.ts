import type * as z from 'zod/mini';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import { msg, RolefitError, type RolefitIssue, ZOD_MESSAGES } from './errors';
import type { LanguagePack } from './schemas';

const defaults = new WeakMap<z.ZodMiniType, unknown>();

/**
 * Resolves a public function's options once through its schema: defaults filled in, unknown keys and
 * out-of-range values refused with `E_INVALID_OPTIONS` (the message names each key; `issues` holds zod's).
 */
export function resolveOptions<S extends z.ZodMiniType>(schema: S, options: unknown, fn: string): z.output<S> {
  // No options: the defaults, resolved once per schema (they are frozen, so callers cannot change them).
  if (options === undefined) {
    const hit = defaults.get(schema);
    if (hit !== undefined) return hit as z.output<S>;
  }
  const result = schema.safeParse(options === undefined ? {} : options, ZOD_MESSAGES);
  if (result.success && options === undefined) defaults.set(schema, Object.freeze(result.data));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `✖ ${describe(issue, schema)}${issue.path.length > 0 ? `\n  → at ${issue.path.join('.')}` : ''}`);
  throw new RolefitError('E_INVALID_OPTIONS', msg.invalidOptions(fn, lines.join('\n')), { issues: result.error.issues, cause: result.error });
}

/** zod's message, with a "did you mean" for a misspelt key. */
function describe(issue: z.core.$ZodIssue, schema: z.ZodMiniType): string {
  if (issue.code !== 'unrecognized_keys') return issue.message;
  const known = knownKeys(schema, issue.path);
  return issue.keys
    .map((key) => {
      const near = known.find((k) => DamerauLevenshteinDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
      return `Unknown option \`${key}\`${near ? ` (did you mean \`${near}\`?)` : ''}; known: ${known.map((k) => `\`${k}\``).join(', ')}`;
    })
    .join('; ');
}

/** The keys of the object schema at `path` (through defaults and optionals). */
function knownKeys(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of ['', ...path]) {
    node = unwrap(node);
    if (key === '') continue;
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    node = shape?.[String(key)];
  }
  const shape = (unwrap(node) as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(node: unknown): unknown {
  let n = node as { def?: { innerType?: unknown } } | undefined;
  for (let i = 0; i < 8 && n?.def?.innerType !== undefined; i++) n = n.def.innerType as typeof n;
  return n;
}

/**
 * Refuses a text language given as an option (`language: 'de'`) whose pack is not among `languages`: the caller asked
 * for a reading rolefit cannot do (with `auto`, such a text is read with English and warned about instead).
 */
export function checkLanguageLoaded(options: { language: string; languages: readonly LanguagePack[] }, fn: string): void {
  const { language, languages } = options;
  if (language === 'auto' || language === 'en' || languages.some((p) => p.code === language)) return;
  throw optionError(
    fn,
    'languages',
    msg.languageNotLoaded(language),
    languages.map((p) => p.code),
  );
}

/** An `E_INVALID_OPTIONS` error of one issue at the option `key`, worded as `resolveOptions` words them. */
export function optionError(fn: string, key: string, message: string, input?: unknown): RolefitError {
  const issue: RolefitIssue = { code: 'custom', path: [key], message, input };
  return new RolefitError('E_INVALID_OPTIONS', msg.invalidOptions(fn, `✖ ${message}\n  → at ${key}`), { issues: [issue] });
}
