import { ESLint, type Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { type FoundRegex, lexiconRegexes, parseRegexes, readSource, scanRegexLiterals, sourceFiles } from './_regexes';

const files = sourceFiles('src');
const literals = files.flatMap((f) => scanRegexLiterals(f, readSource(f)));
const parsed = files.flatMap((f) => parseRegexes(f, readSource(f)));

/** `new RegExp(…)` with a constant source; computed ones are built from the lexicon and checked below, compiled. */
const constructed: FoundRegex[] = parsed.filter((r) => r.kind === 'constructor' && r.source !== '');
/** Every pattern compiled from the lexicon of every bundled language (and each language with English). */
const compiled: FoundRegex[] = lexiconRegexes();
const all = [...literals, ...constructed, ...compiled];

/** Why a finding in a file this suite may not edit is not fixed here: it is reported to the file's owner. */

/**
 * Allowed exceptions, each with its reason. Key: `file /source/`. Patterns in src/parse, src/match, src/plan,
 * src/data and src/privacy have none.
 */
const EXCEPTIONS: Record<string, string> = {};
const exceptionFor = (r: FoundRegex) => EXCEPTIONS[`${r.file} /${r.source}/`];

const where = (r: FoundRegex) => `${r.file}:${r.line} /${r.source}/${r.flags}`;

describe('regex inventory', () => {
  it('the scanner finds exactly the regex literals the parser finds', () => {
    const key = (r: FoundRegex) => `${r.file}:${r.line}:${r.source}/${r.flags}`;
    expect(literals.map(key)).toEqual(parsed.filter((r) => r.kind === 'literal').map(key));
  });

  it('finds the pattern tables (the inventory is not vacuous)', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(compiled.some((r) => r.file === 'src/text/dates.ts' && r.line === 0)).toBe(true);
  });
});

describe('recheck: every regex in src/ is safe from catastrophic backtracking', async () => {
  // One check at a time: recheck's fuzz checker gives unstable answers on bounded repeats when checks run in parallel.
  const results: Array<[FoundRegex, Diagnostics]> = [];
  for (const r of all) results.push([r, await check(r.source, r.flags, { timeout: 20_000, randomSeed: 0 })]);

  it.each(results.map(([r, d]) => [where(r), r, d] as const))('%s', (_, r, d) => {
    if (exceptionFor(r)) return;
    // `unknown` (timeout or unsupported syntax) is not a pass: it must be listed in EXCEPTIONS with a reason.
    expect({ status: d.status, attack: d.status === 'vulnerable' ? d.attack.pattern : undefined }).toEqual({ status: 'safe', attack: undefined });
  });

  it('lists no stale exceptions', () => {
    const used = new Set(all.map((r) => `${r.file} /${r.source}/`));
    for (const key of Object.keys(EXCEPTIONS)) expect(used.has(key), key).toBe(true);
  });
});

/** Rules whose findings are ReDoS or wrong captures: none is allowed anywhere in src/ outside EXCEPTIONS' files. */
const SAFETY_RULES = new Set([
  'regexp/no-super-linear-backtracking',
  'regexp/no-super-linear-move',
  'regexp/no-misleading-capturing-group',
  'regexp/no-useless-backreference',
  'regexp/no-empty-alternative',
]);
/** Directories this suite owns or may fix: every recommended rule must be quiet there, except the style rules below. */
const STRICT_DIRS = ['src/text/', 'src/resume/', 'src/score/', 'src/plan/', 'src/catalog/', 'src/privacy/'];
/** Style-only findings tolerated in STRICT_DIRS, with the reason. */
const STYLE_ONLY: Record<string, string> = {
  'regexp/use-ignore-case': 'case-sensitive on purpose where it matters elsewhere in the pattern (`MIT`, `ETH`)',
  'regexp/no-useless-assertions': 'a `\\b` kept for symmetry; it never changes what matches',
  'regexp/no-contradiction-with-assertion': 'a `\\s?` next to `\\b` that is always entered; it never changes what matches',
  'no-control-regex': 'control characters are matched on purpose (normalisation and terminal escaping)',
  'regexp/no-obscure-range': 'the ANSI CSI ranges are written as in ECMA-48',
};

describe('eslint-plugin-regexp (flat/recommended + no-super-linear-move) over src/', async () => {
  const recommended = regexp.configs['flat/recommended'] as Linter.Config;
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ ...recommended, files: ['**/*.js'], rules: { ...recommended.rules, 'regexp/no-super-linear-move': 'error' } }],
  });
  // ESLint's default parser reads JavaScript: strip the types first (regex literals come through unchanged).
  const messages: Array<{ file: string; rule: string; text: string }> = [];
  for (const file of files) {
    const js = ts.transpileModule(readSource(file), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    const [result] = await eslint.lintText(js, { filePath: file.replace(/\.ts$/u, '.js') });
    for (const m of result?.messages ?? []) messages.push({ file, rule: m.ruleId ?? 'parse-error', text: m.message });
  }

  it('lints every file (no parse errors)', () => {
    expect(messages.filter((m) => m.rule === 'parse-error')).toEqual([]);
  });

  it('finds no super-linear backtracking or move, no misleading capturing group', () => {
    const excused = new Set(Object.keys(EXCEPTIONS).map((k) => k.slice(0, k.indexOf(' '))));
    expect(messages.filter((m) => SAFETY_RULES.has(m.rule) && !excused.has(m.file))).toEqual([]);
  });

  it('finds nothing but tolerated style points in the directories this suite may fix', () => {
    const strict = messages.filter((m) => STRICT_DIRS.some((d) => m.file.startsWith(d)) && !STYLE_ONLY[m.rule]);
    expect(strict).toEqual([]);
  });
});
