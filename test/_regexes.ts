import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { kindWordsFor } from '../src/resume/_classify';
import { entryWordsFor } from '../src/resume/_entries';
import { headingWordsFor } from '../src/resume/sections';
import { LANGUAGES, type LanguageLexicon } from '../src/schemas';
import { dateWordsFor } from '../src/text/dates';
import { allLanguagesLexicon, type Lexicon, lexiconFor } from '../src/text/lexicon';
import { allLanguages } from '../src/languages';
import { clearanceWordsFor } from '../src/text/clearances';
import { degreeWordsFor } from '../src/text/degrees';
import { degreeFollowersPattern } from '../src/posting/_degrees';
import { postingsLexiconFor } from '../src/posting/_words';
import { cueWordsFor } from '../src/text/negation';
import { phrasesRegex } from '../src/text/phrases';
import { yearsWordsFor } from '../src/text/years';
import { tableWordsFor } from '../src/resume/_tables';
import { personalWordsFor } from '../src/resume/personal';
import { pageWordsFor } from '../src/text/normalize';
import { ROOT, readSource, sourceFiles } from './_sources';

export { readSource, sourceFiles };

/** One regular expression written in the source: a literal, or `new RegExp('…', '…')` with literal arguments. */
export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** `copy`: `new RegExp(re.source, …)`, a copy of a regex found elsewhere (flags do not change backtracking). */
  kind: 'literal' | 'constructor' | 'copy';
  /** For a pattern compiled from the lexicon: the builder, the lexicon it was given and where the pattern sits in its result. */
  origin?: string;
}

/** Tokens after which a `/` is a division, not the start of a regex literal. */
const ENDS_OPERAND = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
  ts.SyntaxKind.RegularExpressionLiteral,
]);
const TRIVIA = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.WhitespaceTrivia,
  ts.SyntaxKind.NewLineTrivia,
  ts.SyntaxKind.SingleLineCommentTrivia,
  ts.SyntaxKind.MultiLineCommentTrivia,
  ts.SyntaxKind.ShebangTrivia,
  ts.SyntaxKind.ConflictMarkerTrivia,
]);

/** The tag of `u` regexes written as templates (`unicodeRegex` of src/text/phrases.ts): literals for these checks. */
const UNICODE_TAG = 'unicodeRegex';
/** The tag of regex literals with `\p{…}` classes written as templates (`unicodeLiteral` of src/text/phrases.ts, ``unicodeLiteral`/…/gu` ``). */
const LITERAL_TAG = 'unicodeLiteral';

/** A literal's text (`/source/flags`) split. */
function literalParts(token: string): { source: string; flags: string } {
  const slash = token.lastIndexOf('/');
  return { source: token.slice(1, slash), flags: token.slice(slash + 1) };
}

/**
 * Regex literals by the TypeScript scanner: `reScanSlashToken` where a `/` may start a regex, and
 * `reScanTemplateToken` on the `}` that closes a template substitution (so template text is never read as code).
 */
export function scanRegexLiterals(file: string, text: string): FoundRegex[] {
  const sc = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const out: FoundRegex[] = [];
  const braces: Array<'code' | 'template'> = [];
  let prev = ts.SyntaxKind.Unknown;
  let prevText = '';
  for (let k = sc.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = sc.scan()) {
    if (TRIVIA.has(k)) continue;
    if ((k === ts.SyntaxKind.SlashToken || k === ts.SyntaxKind.SlashEqualsToken) && !ENDS_OPERAND.has(prev)) k = sc.reScanSlashToken();
    if (k === ts.SyntaxKind.TemplateHead) braces.push('template');
    else if (k === ts.SyntaxKind.OpenBraceToken) braces.push('code');
    else if (k === ts.SyntaxKind.CloseBraceToken) {
      if (braces.pop() === 'template') {
        k = sc.reScanTemplateToken(false);
        if (k === ts.SyntaxKind.TemplateMiddle) braces.push('template');
      }
    }
    if (k === ts.SyntaxKind.RegularExpressionLiteral) {
      const token = sc.getTokenText();
      const slash = token.lastIndexOf('/');
      const line = text.slice(0, sc.getTokenStart()).split('\n').length;
      out.push({ file, line, source: token.slice(1, slash), flags: token.slice(slash + 1), kind: 'literal' });
    } else if (k === ts.SyntaxKind.NoSubstitutionTemplateLiteral && prevText === UNICODE_TAG) {
      // unicodeRegex`…` (src/text/phrases.ts): a `u` regex literal written as a template, parsed on first use.
      const line = text.slice(0, sc.getTokenStart()).split('\n').length;
      out.push({ file, line, source: sc.getTokenText().slice(1, -1), flags: 'u', kind: 'literal' });
    } else if (k === ts.SyntaxKind.NoSubstitutionTemplateLiteral && prevText === LITERAL_TAG) {
      // unicodeLiteral`/…/flags` (src/text/phrases.ts): a regex literal written as a template, parsed on first use.
      const line = text.slice(0, sc.getTokenStart()).split('\n').length;
      out.push({ file, line, ...literalParts(sc.getTokenText().slice(1, -1)), kind: 'literal' });
    }
    prevText = k === ts.SyntaxKind.Identifier ? sc.getTokenText() : '';
    prev = k;
  }
  return out;
}

/** Regex literals and `new RegExp(…)`/`RegExp(…)` calls by the parser; constructors with non-literal arguments are returned with `source: ''`. */
export function parseRegexes(file: string, text: string): FoundRegex[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: FoundRegex[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const literalText = (n: ts.Node | undefined): string | undefined =>
    n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const token = n.getText(sf);
      const slash = token.lastIndexOf('/');
      out.push({ file, line: lineOf(n), source: token.slice(1, slash), flags: token.slice(slash + 1), kind: 'literal' });
    } else if (ts.isTaggedTemplateExpression(n) && ts.isIdentifier(n.tag) && n.tag.text === UNICODE_TAG && ts.isNoSubstitutionTemplateLiteral(n.template)) {
      out.push({ file, line: lineOf(n), source: n.template.getText(sf).slice(1, -1), flags: 'u', kind: 'literal' });
    } else if (ts.isTaggedTemplateExpression(n) && ts.isIdentifier(n.tag) && n.tag.text === LITERAL_TAG && ts.isNoSubstitutionTemplateLiteral(n.template)) {
      out.push({ file, line: lineOf(n), ...literalParts(n.template.getText(sf).slice(1, -1)), kind: 'literal' });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const [src, flags] = n.arguments ?? [];
      if (src && ts.isPropertyAccessExpression(src) && src.name.text === 'source') {
        out.push({ file, line: lineOf(n), source: src.getText(sf), flags: '', kind: 'copy' });
        return;
      }
      out.push({ file, line: lineOf(n), source: literalText(src) ?? '', flags: literalText(flags) ?? '', kind: 'constructor' });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/**
 * The degree patterns a job ad builds from its own lists (`degreeEquivalent`, `degreeFollowers`), as `postingWordsFor`
 * builds them, from a grammar sample of the job-ad lists of the lexicon's languages.
 */
function postingDegreeWordsFor(lex: Lexicon): object {
  const p = grammarSample(postingsLexiconFor(lex)) as LanguageLexicon['postings'];
  return { degreeEquivalent: phrasesRegex(p.degreeEquivalent), degreeFollowers: degreeFollowersPattern(p.degreeFollowers) };
}

/** A job ad's cue patterns. */
function postingCueWordsFor(lex: Lexicon): object {
  return cueWordsFor(lex, 'posting');
}

/** Compilers of lexicon words into patterns, by the file that holds them. Add each new one here. */
const LEXICON_COMPILERS: ReadonlyArray<[string, (lex: Lexicon) => object]> = [
  ['src/text/normalize.ts', pageWordsFor],
  ['src/text/dates.ts', dateWordsFor],
  ['src/resume/sections.ts', headingWordsFor],
  ['src/resume/_entries.ts', entryWordsFor],
  ['src/resume/_classify.ts', kindWordsFor],
  ['src/text/negation.ts', cueWordsFor],
  // A job ad's cues differ (no résumé-only negation; team names read in ads only).
  ['src/text/negation.ts', postingCueWordsFor],
  ['src/text/degrees.ts', degreeWordsFor],
  ['src/posting/_words.ts', postingDegreeWordsFor],
  ['src/text/clearances.ts', clearanceWordsFor],
  ['src/text/years.ts', yearsWordsFor],
  ['src/resume/_tables.ts', tableWordsFor],
  ['src/resume/personal.ts', personalWordsFor],
];

/**
 * A lexicon of the same shape with short lists: each list keeps its first two phrases and every phrase that uses
 * the grammar (alternatives, wildcards, years, hyphens, several words). The patterns are alternations of such
 * phrases, so checking every construct is checking every pattern, at a cost recheck can bear.
 */
function grammarSample(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) {
      const special = (value as string[]).filter((v) => /[(*<-]|\s/u.test(v));
      return [...new Set([...(value as string[]).slice(0, 2), ...special.slice(0, 12)])];
    }
    return value.map(grammarSample);
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, grammarSample(v)]));
  return value;
}

/** Every RegExp that the lexicon compilers build from a grammar sample of each bundled language with English, and of all at once. */
export function lexiconRegexes(): FoundRegex[] {
  // Every pack loaded: the regexes of every language are checked.
  const lexicons = [...LANGUAGES.map((l) => lexiconFor(l, allLanguages)), allLanguagesLexicon(allLanguages)].map(
    (lex) =>
      Object.freeze({
        ...(grammarSample(lex) as Lexicon),
        languages: lex.languages,
        key: `sample:${lex.key}`,
        packs: lex.packs,
        loaded: lex.loaded,
      }) as Lexicon,
  );
  const seen = new Set<string>();
  const out: FoundRegex[] = [];
  const collect = (file: string, origin: string, value: unknown): void => {
    if (value instanceof RegExp) {
      const key = `${file} /${value.source}/${value.flags}`;
      if (!seen.has(key)) out.push({ file, line: 0, source: value.source, flags: value.flags, kind: 'constructor', origin });
      seen.add(key);
    } else if (Array.isArray(value)) value.forEach((v, i) => collect(file, `${origin}[${i}]`, v));
    else if (value && typeof value === 'object' && !(value instanceof Map) && !(value instanceof Set)) {
      for (const [k, v] of Object.entries(value)) collect(file, `${origin}.${k}`, v);
    }
  };
  for (const lex of lexicons) for (const [file, compile] of LEXICON_COMPILERS) collect(file, `${compile.name}(${lex.key})`, compile(lex));
  return out;
}

/** The regexes of src/ that the safety checks cover, by how they were found. */
export interface RegexInventory {
  files: string[];
  /** Regex literals, by the scanner. */
  literals: FoundRegex[];
  /** Literals and `RegExp(…)` calls, by the parser. */
  parsed: FoundRegex[];
  /** `new RegExp(…)` with a constant source; computed ones are built from the lexicon and found compiled. */
  constructed: FoundRegex[];
  /** Every pattern compiled from the lexicon of every bundled language (and each language with English). */
  compiled: FoundRegex[];
  /** literals + constructed + compiled: what recheck checks. */
  all: FoundRegex[];
}

/** Reads src/ once and lists its regexes. */
export function regexInventory(): RegexInventory {
  const files = sourceFiles('src');
  const texts = files.map((f) => [f, readSource(f)] as const);
  const literals = texts.flatMap(([f, t]) => scanRegexLiterals(f, t));
  const parsed = texts.flatMap(([f, t]) => parseRegexes(f, t));
  const constructed = parsed.filter((r) => r.kind === 'constructor' && r.source !== '');
  const compiled = lexiconRegexes();
  return { files, literals, parsed, constructed, compiled, all: [...literals, ...constructed, ...compiled] };
}

// ─── recheck verdicts, cached by what decides them ──────────────────────────

/** How every regex is checked. One check at a time: recheck's fuzz checker gives unstable answers on bounded repeats when checks run in parallel. */
export const RECHECK_PARAMS = { timeout: 20_000, randomSeed: 0 } as const;
/** The committed cache of verdicts, rewritten by `npm run recheck`. */
export const RECHECK_CACHE = 'test/__golden__/recheck.json';
export const RECHECK_VERSION = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('recheck/package.json'), 'utf8')) as { version: string })
  .version;

/** What recheck said about one regex, as stored in the cache. */
export interface RecheckVerdict {
  status: Diagnostics['status'];
  flags: string;
  /** The first 120 characters of the source, for people reading the cache. */
  head: string;
  /** `safe` and `vulnerable`: recheck's complexity summary. */
  complexity?: string;
  /** `vulnerable`: the attack string, as recheck writes it (`'a'.repeat(31) + '\x00'`). */
  attack?: string;
  /** `unknown`: why (timeout, unsupported syntax, …). */
  error?: string;
  /**
   * A polynomial verdict of recheck's fuzz checker (a model of a backtracking engine, not V8), re-measured in V8: the
   * attack string at n and 16n pumps, the fastest of three runs each. A `linear` V8 finding (time ratio under
   * `V8_LINEAR_BOUND`) is a false alarm of the model; anything else stands.
   */
  v8?: { n: number; ms: number; ms16: number; ratio: number; linear: boolean };
}

/** 16 × the input in 16 × the time is linear; a quadratic regex would take 256 ×. Above 40 ×, the verdict stands. */
export const V8_LINEAR_BOUND = 40;

/** Re-measures a fuzz verdict's attack in V8 (see `RecheckVerdict.v8`). */
function confirmInV8(
  r: { source: string; flags: string },
  attack: { pumps: Array<{ prefix: string; pump: string }>; suffix: string },
): NonNullable<RecheckVerdict['v8']> {
  const re = new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`);
  const build = (n: number) => attack.pumps.map((p) => p.prefix + p.pump.repeat(n)).join('') + attack.suffix;
  const run = (s: string): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      re.lastIndex = 0;
      for (let m = re.exec(s); m !== null; m = re.exec(s)) if (m[0] === '') re.lastIndex++;
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  // Grow n until the small input takes a measurable time (≥ 2 ms) or the big one would pass 4 MB.
  let n = 1000;
  let ms = run(build(n));
  while (ms < 2 && build(n * 32).length <= 4_000_000) {
    n *= 2;
    ms = run(build(n));
  }
  const ms16 = run(build(n * 16));
  const ratio = ms16 / Math.max(ms, 0.001);
  return { n, ms: Math.round(ms * 100) / 100, ms16: Math.round(ms16 * 100) / 100, ratio: Math.round(ratio * 10) / 10, linear: ratio < V8_LINEAR_BOUND };
}

/** True when a verdict lets the regex pass: recheck says safe, or its fuzz model's polynomial alarm is linear in V8. */
export function passes(v: RecheckVerdict): boolean {
  return v.status === 'safe' || (v.status === 'vulnerable' && v.v8?.linear === true);
}

/** The flags recheck is given: `d` (match indices) never changes what matches or how, and recheck 4.5 rejects it. */
export const recheckFlags = (flags: string): string => flags.replace('d', '');

/** The cache key: everything recheck's answer depends on (its version, the parameters, the source and the flags it is given). */
export function recheckKey(r: { source: string; flags: string }): string {
  return createHash('sha256')
    .update(JSON.stringify([RECHECK_VERSION, RECHECK_PARAMS, r.source, recheckFlags(r.flags)]))
    .digest('hex')
    .slice(0, 24);
}

export const head = (source: string, n = 120): string => (source.length > n ? `${source.slice(0, n - 1)}…` : source);

/** Runs recheck on one regex (seconds to minutes: call it for cache misses only). */
export async function recheckVerdict(r: { source: string; flags: string }): Promise<RecheckVerdict> {
  const flags = recheckFlags(r.flags);
  const d = await check(r.source, flags, RECHECK_PARAMS);
  const base = { status: d.status, flags, head: head(r.source) };
  if (d.status === 'safe') return { ...base, complexity: d.complexity.summary };
  if (d.status === 'vulnerable') {
    const out: RecheckVerdict = { ...base, complexity: d.complexity.summary, attack: d.attack.pattern };
    // Exponential verdicts, and those of the exact automaton checker, stand as they are.
    if (d.checker === 'fuzz' && d.complexity.type === 'polynomial') out.v8 = confirmInV8({ source: r.source, flags }, d.attack);
    return out;
  }
  return { ...base, error: 'message' in d.error ? `${d.error.kind}: ${d.error.message}` : d.error.kind };
}

/** The cached verdicts by key ({} when the file is missing). */
export function readRecheckCache(): Record<string, RecheckVerdict> {
  const path = join(ROOT, RECHECK_CACHE);
  if (!existsSync(path)) return {};
  return (JSON.parse(readFileSync(path, 'utf8')) as { verdicts: Record<string, RecheckVerdict> }).verdicts;
}

/** Writes the cache with exactly these verdicts, sorted by key so that diffs stay small. */
export function writeRecheckCache(verdicts: Record<string, RecheckVerdict>): void {
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : 1)));
  // One verdict per line: a changed regex is a one-line diff.
  const lines = Object.entries(sorted).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const text = [
    '{',
    '  "$comment": "Generated by `npm run recheck`; do not edit. Key: sha256 of [recheck version, params, source, flags].",',
    `  "recheck": ${JSON.stringify(RECHECK_VERSION)},`,
    `  "params": ${JSON.stringify(RECHECK_PARAMS)},`,
    '  "verdicts": {',
    lines.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
  writeFileSync(join(ROOT, RECHECK_CACHE), text);
}
