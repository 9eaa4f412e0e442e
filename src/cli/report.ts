// `rolefit report`: a gap report of one résumé in Markdown, HTML, JSON or text; `-o` picks the format by extension.
import { extname } from 'node:path';
import { cliMsg } from '../errors';
import { boolFlag, numberFlag, type Parsed, stringFlag, usage } from './_args';
import { type Ctx, openSink } from './_io';
import { catalogHere, catalogOf, eachResume } from './_run';

const FORMATS = { md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', json: 'json', text: 'text', txt: 'text' } as const;
type Format = (typeof FORMATS)[keyof typeof FORMATS];

/** `--json`, else `--format`, else the `-o` extension, else Markdown. */
export function reportFormat(parsed: Parsed): Format {
  if (boolFlag(parsed, 'json')) return 'json';
  const given = stringFlag(parsed, 'format');
  if (given !== undefined) {
    const format = FORMATS[given.toLowerCase() as keyof typeof FORMATS];
    if (!format) throw usage(cliMsg.invalidFlag('--format', 'md, html, json or text', given));
    return format;
  }
  const ext = extname(stringFlag(parsed, 'output') ?? '')
    .slice(1)
    .toLowerCase();
  return FORMATS[ext as keyof typeof FORMATS] ?? 'markdown';
}

export async function run(ctx: Ctx, parsed: Parsed): Promise<void> {
  const format = reportFormat(parsed);
  const top = numberFlag(parsed, 'top', '3') as number;
  const hoursPerWeek = numberFlag(parsed, 'hours-per-week', '5') as number;
  if (parsed.positionals.length !== 1) throw usage(cliMsg.exactlyOneFile('report'));
  const catalog = await catalogOf(parsed);
  const { gapReport } = await import('..');
  const here = await catalogHere(parsed, catalog);
  const output = stringFlag(parsed, 'output');
  const sink = await openSink(ctx.io, output);
  try {
    for await (const r of eachResume(ctx, parsed, parsed.positionals, { keepText: true, ...(catalog ? { catalog } : {}) })) {
      if (!r.ok) continue;
      const report = gapReport(r.profile, { format, catalog: here, top, hoursPerWeek, redact: boolFlag(parsed, 'redact') });
      await sink.write(report);
      if (output) ctx.io.err(`${cliMsg.wrote(output, format, report.length)}\n`);
    }
  } finally {
    await sink.close();
  }
}
