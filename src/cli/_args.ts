import * as z from 'zod/mini';
import { cliMsg, ZOD_MESSAGES } from '../errors';
import { usage } from './_io';
import type { CommandSpec, FlagSpec } from './_spec';

/** A command line read against a command's spec. */
export interface Parsed {
  command: string;
  flags: Map<string, string | boolean>;
  positionals: string[];
}

/** A usage error (exit code 2): made in ./_io, which `--help` loads without zod. */
export { usage };

/** Levenshtein distance, for "did you mean" (names are short). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The closest known name within a third of its length (at least 2 edits), if any. */
export function nearest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(name.length / 3)) + 1;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Reads `argv` (after the command name): unknown options, missing values and values on switches are usage errors. */
export function parseArgs(argv: readonly string[], spec: CommandSpec): Parsed {
  const byName = new Map<string, FlagSpec>();
  for (const f of spec.flags) {
    byName.set(`--${f.name}`, f);
    if (f.alias) byName.set(`-${f.alias}`, f);
  }
  const flags = new Map<string, string | boolean>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const key = eq > 0 ? arg.slice(0, eq) : arg;
    const flag = byName.get(key);
    if (!flag) {
      const known = spec.flags.map((f) => `--${f.name}`);
      throw usage(cliMsg.unknownFlag(key, spec.name, nearest(key, known)));
    }
    if (flag.type === 'boolean') {
      if (eq > 0) throw usage(cliMsg.noValueFlag(`--${flag.name}`));
      flags.set(flag.name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw usage(cliMsg.missingValue(`--${flag.name}`, flag.hint ?? 'value'));
    flags.set(flag.name, value);
  }
  return { command: spec.name, flags, positionals };
}

// ─── Values, validated through schemas ───────────────────────────────────────

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
const TIMES: Record<string, number> = { '': 1, ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/** A flag value: trimmed, matched against `pattern`, read as a number and checked. */
const flagNumber = (pattern: RegExp, read: (s: string) => number, ...checks: z.core.$ZodCheck<number>[]) =>
  z.pipe(z.pipe(z.string().check(z.trim(), z.regex(pattern)), z.transform(read)), z.number().check(...checks));

/** `10MB`, `512kb`, `1048576`: a size in bytes. */
const SizeSchema = flagNumber(
  /^\d{1,12}(?:\.\d{1,6})?\s?(?:b|kb?|mb?|gb?)?$/i,
  (s) => {
    const unit = (/[a-z]{1,2}$/i.exec(s)?.[0] ?? '').toLowerCase();
    return Math.round(Number.parseFloat(s) * (UNITS[unit] ?? 1));
  },
  z.int(),
  z.gte(1),
  z.lte(2 * 1024 ** 3),
);

/** `30s`, `500ms`, `2m`, `30000` (milliseconds): a duration in ms. */
const TimeSchema = flagNumber(
  /^\d{1,9}(?:\.\d{1,3})?\s?(?:ms|s|min|m|h)?$/i,
  (s) => {
    const unit = (/[a-z]{1,3}$/i.exec(s)?.[0] ?? '').toLowerCase();
    return Math.round(Number.parseFloat(s) * (TIMES[unit] ?? 1));
  },
  z.int(),
  z.gte(1),
  z.lte(86_400_000),
);

const int = (min: number, max: number) => flagNumber(/^\d{1,9}$/, Number, z.int(), z.gte(min), z.lte(max));
const positive = (max: number) => flagNumber(/^\d{1,6}(?:\.\d{1,4})?$/, Number, z.gt(0), z.lte(max));

/** Every valued flag's schema, and what it expects (for the message). */
export const FLAG_VALUES = {
  'max-bytes': { schema: SizeSchema, expected: 'a size such as 10MB, 512kB or 1048576 (1 byte to 2GB)' },
  'max-pages': { schema: int(1, 100_000), expected: 'a whole number of pages from 1 to 100,000' },
  timeout: { schema: TimeSchema, expected: 'a time such as 30s, 500ms or 2m (1 ms to 24 h)' },
  'max-memory': { schema: int(32, 65_536), expected: 'a whole number of MB from 32 to 65,536' },
  concurrency: { schema: int(1, 256), expected: 'a whole number of worker threads from 1 to 256' },
  top: { schema: int(1, 1000), expected: 'a whole number from 1 to 1,000' },
  'hours-per-week': { schema: positive(168), expected: 'a number of hours above 0 and at most 168' },
} as const;

/** A valued flag read through its schema (undefined when absent); a bad value is a usage error naming the flag. */
export function numberFlag(parsed: Parsed, name: keyof typeof FLAG_VALUES, fallback?: string): number | undefined {
  const raw = parsed.flags.get(name) ?? fallback;
  if (raw === undefined) return undefined;
  const { schema, expected } = FLAG_VALUES[name];
  const result = schema.safeParse(raw, ZOD_MESSAGES);
  if (!result.success) throw usage(cliMsg.invalidFlag(`--${name}`, expected, String(raw)));
  return result.data;
}

/** A string flag (undefined when absent). */
export function stringFlag(parsed: Parsed, name: string): string | undefined {
  const v = parsed.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** A switch. */
export function boolFlag(parsed: Parsed, name: string): boolean {
  return parsed.flags.get(name) === true;
}
