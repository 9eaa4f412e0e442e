import { Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { type FoundRegex, head, passes, readRecheckCache, readSource, recheckKey, type RecheckVerdict, recheckVerdict, regexInventory } from './_regexes';

const { files, literals, parsed, compiled, all } = regexInventory();

/** Why a finding in a file this suite may not edit is not fixed here: it is reported to the file's owner. */

/**
 * Allowed exceptions, each with its reason. Key: `file /source/`. Patterns in src/parse, src/match, src/plan,
 * src/data and src/privacy have none.
 */
const EXCEPTIONS: Record<string, string> = {};
const exceptionFor = (r: FoundRegex) => EXCEPTIONS[`${r.file} /${r.source}/`];

const where = (r: FoundRegex) => `${r.file}:${r.line} /${head(r.source)}/${r.flags}${r.origin ? ` ← ${r.origin}` : ''}`;

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

describe('recheck: every regex in src/ is safe from catastrophic backtracking', () => {
  // Verdicts come from test/__golden__/recheck.json (`npm run recheck`), keyed by recheck's version and parameters, the
  // source and the flags: a new or changed regex misses the cache and is checked here, live, one at a time.
  const verdicts: Record<string, RecheckVerdict> = readRecheckCache();
  const verdictOf = async (r: FoundRegex): Promise<RecheckVerdict> => {
    const key = recheckKey(r);
    return (verdicts[key] ??= await recheckVerdict(r));
  };

  it.each(all.map((r) => [where(r), r] as const))(
    '%s',
    async (_, r) => {
      if (exceptionFor(r)) return;
      const d = await verdictOf(r);
      // `unknown` (timeout or unsupported syntax) is not a pass: it must be listed in EXCEPTIONS with a reason. A
      // polynomial alarm of recheck's fuzz model passes only when V8 runs its attack in linear time (RecheckVerdict.v8).
      expect(passes(d) ? 'passes' : { status: d.status, complexity: d.complexity, attack: d.attack, v8: d.v8, error: d.error }).toEqual('passes');
    },
    60_000,
  );

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

/** Lints every file of src/ with one Linter: ESLint's default parser reads JavaScript, so esbuild strips the types first (regex literals come through unchanged). */
function lintSources(): Array<{ file: string; rule: string; text: string }> {
  const recommended = regexp.configs['flat/recommended'] as Linter.Config;
  const config: Linter.Config[] = [{ ...recommended, files: ['**/*.js'], rules: { ...recommended.rules, 'regexp/no-super-linear-move': 'error' } }];
  const linter = new Linter({ configType: 'flat' });
  return files.flatMap((file) => {
    // unicodeRegex`…` (a `u` regex parsed on first use) and unicodeLiteral`/…/flags` are linted as the literals they stand for.
    const js = transformSync(readSource(file), { loader: 'ts', format: 'esm', target: 'esnext' })
      .code.replace(/\bunicodeRegex`((?:[^`\\]|\\.)*)`/gu, '/$1/u')
      .replace(/\bunicodeLiteral`(\/(?:[^`\\]|\\.)*)`/gu, '$1');
    return linter.verify(js, config, { filename: file.replace(/\.ts$/u, '.js') }).map((m) => ({ file, rule: m.ruleId ?? 'parse-error', text: m.message }));
  });
}

describe('eslint-plugin-regexp (flat/recommended + no-super-linear-move) over src/', () => {
  const messages = lintSources();

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
