// `rolefit parse`: the profile of each résumé as JSON (NDJSON for several), unreadable files as `{ file, error }`.
import { stat } from 'node:fs/promises';
import type { Parsed } from './_args';
import { type Ctx, openSink } from './_io';
import { safeJson } from './_output';
import { catalogOf, eachResume } from './_run';

export async function run(ctx: Ctx, parsed: Parsed): Promise<void> {
  const catalog = await catalogOf(parsed);
  const inputs = parsed.positionals;
  const many = inputs.length > 1 || (inputs[0] !== undefined && inputs[0] !== '-' && (await stat(inputs[0]).catch(() => undefined))?.isDirectory() === true);
  const sink = await openSink(ctx.io, parsed.flags.get('output') as string | undefined);
  try {
    for await (const r of eachResume(ctx, parsed, inputs, { keepText: true, ...(catalog ? { catalog } : {}) })) {
      const record = r.ok
        ? { file: r.name, format: r.file.format, ...(r.file.pages ? { pages: r.file.pages } : {}), readWarnings: r.file.warnings, profile: r.profile }
        : { file: r.name, error: { code: r.error.code, message: r.error.message } };
      await sink.write(`${safeJson(record, many ? undefined : 2)}\n`);
    }
  } finally {
    await sink.close();
  }
}
