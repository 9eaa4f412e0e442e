import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []; });
}
const out: any[] = [];
for (const f of files('src')) {
  const text = readFileSync(f, 'utf8');
  const sc = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  let prev = ts.SyntaxKind.Unknown;
  for (let k = sc.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = sc.scan()) {
    if (k === ts.SyntaxKind.SlashToken || k === ts.SyntaxKind.SlashEqualsToken) {
      const canRegex = ![ts.SyntaxKind.Identifier, ts.SyntaxKind.CloseParenToken, ts.SyntaxKind.CloseBracketToken, ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.StringLiteral].includes(prev);
      if (canRegex) { k = sc.reScanSlashToken(); }
    }
    if (k === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = sc.getTokenText(); const i = t.lastIndexOf('/');
      out.push({ f, source: t.slice(1, i), flags: t.slice(i + 1) });
    }
    if (k !== ts.SyntaxKind.WhitespaceTrivia && k !== ts.SyntaxKind.NewLineTrivia && k!==ts.SyntaxKind.SingleLineCommentTrivia && k!==ts.SyntaxKind.MultiLineCommentTrivia) prev = k;
  }
}
console.log(out.length);
for (const r of out) {
  const t = Date.now();
  const d = checkSync(r.source, r.flags, { timeout: 10000 });
  if (d.status !== 'safe') console.log(d.status, r.f, r.source.slice(0, 100), r.flags, (d as any).complexity?.summary, (d as any).error?.kind, (d as any).attack?.pattern);
  if (Date.now() - t > 2000) console.log('slow', Date.now() - t, r.f, r.source.slice(0, 60));
}
