// `rolefit match`: every role (or one job ad) scored for each résumé, as text, NDJSON or CSV, streamed in input order.
import { extname } from 'node:path';
import type { Role } from '..';
import { boolFlag, type Parsed, stringFlag } from './_args';
import { type Ctx, openSink } from './_io';
import { CSV_HEADER, type Note, renderCsvError, renderCsvRow, renderFits, renderUnreadable, safeJson } from './_output';
import { catalogOf, eachResume, jobRole } from './_run';

type Format = 'text' | 'json' | 'csv';

/** The output format: `--json`/`--csv`, else the `-o` extension, else text. */
export function matchFormat(parsed: Parsed): Format {
  if (boolFlag(parsed, 'json')) return 'json';
  if (boolFlag(parsed, 'csv')) return 'csv';
  const ext = extname(stringFlag(parsed, 'output') ?? '').toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.json' || ext === '.ndjson' || ext === '.jsonl' ? 'json' : 'text';
}

export async function run(ctx: Ctx, parsed: Parsed): Promise<void> {
  const catalog = await catalogOf(parsed);
  const job = stringFlag(parsed, 'job');
  const role: Role | undefined = job ? await jobRole(ctx, parsed, job, catalog) : undefined;
  const format = matchFormat(parsed);
  const sink = await openSink(ctx.io, stringFlag(parsed, 'output'));
  const color = ctx.io.color && !sink.file;
  try {
    let first = true;
    const results = eachResume(ctx, parsed, parsed.positionals, { match: role ? { roles: [role] } : true, keepText: false, ...(catalog ? { catalog } : {}) });
    for await (const r of results) {
      // The header comes with the first row, so that a usage error (no files) writes nothing to stdout.
      if (first && format === 'csv') await sink.write(`${CSV_HEADER}\n`);
      if (!r.ok) {
        const line =
          format === 'csv'
            ? `${renderCsvError(r.name, r.error.code)}\n`
            : format === 'json'
              ? `${safeJson({ file: r.name, error: { code: r.error.code, message: r.error.message } })}\n`
              : renderUnreadable(r.name, r.error.code, color);
        await sink.write(format === 'text' && !first ? `\n${line}` : line);
        first = false;
        continue;
      }
      const fits = r.roles ?? [];
      const warnings: Note[] = [...r.file.warnings, ...r.profile.warnings];
      if (format === 'csv') await sink.write(`${renderCsvRow(r.name, r.file.format, r.profile, fits, warnings)}\n`);
      else if (format === 'json') {
        await sink.write(`${safeJson({ file: r.name, format: r.file.format, asOf: r.profile.asOf, roles: fits, warnings })}\n`);
      } else await sink.write(`${first ? '' : '\n'}${renderFits(r.name, fits, r.profile.asOf, warnings, color)}`);
      first = false;
    }
  } finally {
    await sink.close();
  }
}
