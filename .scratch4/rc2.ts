import { checkSync } from 'recheck';
import { parseRegexes, readSource, sourceFiles } from '../test/_regexes';
const all = sourceFiles('src').flatMap((f) => parseRegexes(f, readSource(f))).filter((r) => r.kind === 'literal');
let t0 = Date.now();
for (const r of all) { const t = Date.now(); const d: any = checkSync(r.source, r.flags, { checker: 'automaton', timeout: 5000 }); if (d.status !== 'safe' || Date.now() - t > 300) console.log(d.status, d.error?.kind, Date.now() - t, r.file, r.line, d.attack?.pattern?.slice(0,80)); }
console.log('total', Date.now() - t0, all.length);
