import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { kindWordsFor } from '../src/resume/_classify';
import { entryWordsFor } from '../src/resume/_entries';
import { headingWordsFor } from '../src/resume/sections';
import { LANGUAGES } from '../src/schemas';
import { dateWordsFor } from '../src/text/dates';
import { allLanguagesLexicon, type Lexicon, lexiconFor } from '../src/text/lexicon';
import { clearanceWordsFor } from '../src/text/clearances';
import { degreeWordsFor } from '../src/text/degrees';
import { cueWordsFor } from '../src/text/negation';
import { yearsWordsFor } from '../src/text/years';
import { tableWordsFor } from '../src/resume/_tables';
import { personalWordsFor } from '../src/resume/personal';
import { pageWordsFor } from '../src/text/normalize';

/** One regular expression written in the source: a literal, or `new RegExp('…', '…')` with literal arguments. */
export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** `copy`: `new RegExp(re.source, …)`, a copy of a regex found elsewhere (flags do not change backtracking). */
  kind: 'literal' | 'constructor' | 'copy';
}

const ROOT = new URL('..', import.meta.url).pathname;

/** Every `.ts` file under `dir` (relative to the repository root), sorted. */
export function sourceFiles(dir = 'src'): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((f) => {
        const p = join(d, f);
        return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
      });
  return walk(join(ROOT, dir)).map((p) => relative(ROOT, p));
}

/** Tokens after which a `/` is a division, not the start of a regex literal. */
const ENDS_OPERAND = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.Identifier, ts.SyntaxKind.PrivateIdentifier, ts.SyntaxKind.CloseParenToken, ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken, ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.BigIntLiteral, ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.TemplateTail, ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword, ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken, ts.SyntaxKind.RegularExpressionLiteral,
]);
const TRIVIA = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.WhitespaceTrivia, ts.SyntaxKind.NewLineTrivia, ts.SyntaxKind.SingleLineCommentTrivia,
  ts.SyntaxKind.MultiLineCommentTrivia, ts.SyntaxKind.ShebangTrivia, ts.SyntaxKind.ConflictMarkerTrivia,
]);

/**
 * Regex literals by the TypeScript scanner: `reScanSlashToken` where a `/` may start a regex, and
 * `reScanTemplateToken` on the `}` that closes a template substitution (so template text is never read as code).
 */
export function scanRegexLiterals(file: string, text: string): FoundRegex[] {
  const sc = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const out: FoundRegex[] = [];
  const braces: Array<'code' | 'template'> = [];
  let prev = ts.SyntaxKind.Unknown;
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
    }
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

/** Reads a file of the repository. */
export function readSource(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

/** Compilers of lexicon words into patterns, by the file that holds them. Add each new one here. */
const LEXICON_COMPILERS: ReadonlyArray<[string, (lex: Lexicon) => object]> = [
  ['src/text/normalize.ts', pageWordsFor],
  ['src/text/dates.ts', dateWordsFor],
  ['src/resume/sections.ts', headingWordsFor],
  ['src/resume/_entries.ts', entryWordsFor],
  ['src/resume/_classify.ts', kindWordsFor],
  ['src/text/negation.ts', cueWordsFor],
  ['src/text/degrees.ts', degreeWordsFor],
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
      const special = (value as string[]).filter((v) => /[(*<\-]|\s/u.test(v));
      return [...new Set([...(value as string[]).slice(0, 2), ...special.slice(0, 12)])];
    }
    return value.map(grammarSample);
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, grammarSample(v)]));
  return value;
}

/** Every RegExp that the lexicon compilers build from a grammar sample of each bundled language with English, and of all at once. */
export function lexiconRegexes(): FoundRegex[] {
  const lexicons = [...LANGUAGES.map((l) => lexiconFor(l)), allLanguagesLexicon()].map(
    (lex) => Object.freeze({ ...(grammarSample(lex) as Lexicon), languages: lex.languages, key: `sample:${lex.key}` }) as Lexicon,
  );
  const seen = new Set<string>();
  const out: FoundRegex[] = [];
  const collect = (file: string, value: unknown): void => {
    if (value instanceof RegExp) {
      const key = `${file} /${value.source}/${value.flags}`;
      if (!seen.has(key)) out.push({ file, line: 0, source: value.source, flags: value.flags, kind: 'constructor' });
      seen.add(key);
    } else if (Array.isArray(value)) value.forEach((v) => collect(file, v));
    else if (value && typeof value === 'object' && !(value instanceof Map) && !(value instanceof Set)) Object.values(value).forEach((v) => collect(file, v));
  };
  for (const lex of lexicons) for (const [file, compile] of LEXICON_COMPILERS) collect(file, compile(lex));
  return out;
}
