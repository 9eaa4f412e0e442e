// `rolefit rank`: résumés ranked for one job ad or role, with the reasons, warnings and unreadable files.
import { extname } from 'node:path';
import type { ResumeProfile, Role } from '..';
import { cliMsg, msg, RolefitError } from '../errors';
import { boolFlag, type Parsed, stringFlag, usage } from './_args';
import { type Ctx, openSink } from './_io';
import { catalogHere, catalogOf, eachResume, jobRole } from './_run';

export async function run(ctx: Ctx, parsed: Parsed): Promise<void> {
  const job = stringFlag(parsed, 'job');
  const roleId = stringFlag(parsed, 'role');
  if (!job && !roleId) throw usage(cliMsg.rankNeedsTarget());
  const catalog = await catalogOf(parsed);
  const { rankCandidates, renderShortlist } = await import('..');
  const here = await catalogHere(parsed, catalog);
  // An unknown role id fails before any file is read.
  const role: string | Role = job ? await jobRole(ctx, parsed, job, catalog) : (roleId as string);
  if (typeof role === 'string' && !here.roles.some((r) => r.id === role)) throw new RolefitError('E_UNKNOWN_ROLE', msg.unknownRole(role, '--role'));
  const ext = extname(stringFlag(parsed, 'output') ?? '').toLowerCase();
  const format = boolFlag(parsed, 'json') || ext === '.json' ? 'json' : boolFlag(parsed, 'csv') || ext === '.csv' ? 'csv' : 'markdown';
  const sink = await openSink(ctx.io, stringFlag(parsed, 'output'));
  try {
    const profiles: ResumeProfile[] = [];
    const ids: string[] = [];
    const warnings: Record<string, Array<{ code: string; message: string }>> = {};
    const unreadable: Array<{ id: string; code: string; message: string }> = [];
    for await (const r of eachResume(ctx, parsed, parsed.positionals, { keepText: false, ...(catalog ? { catalog } : {}) })) {
      if (!r.ok) {
        unreadable.push({ id: r.name, code: r.error.code, message: r.error.message });
        continue;
      }
      // Only what ranking reads is kept: memory grows by a small profile per résumé.
      profiles.push({ ...r.profile, sections: [] });
      ids.push(r.name);
      const notes = [...r.file.warnings, ...r.profile.warnings];
      if (notes.length > 0) warnings[r.name] = notes;
    }
    const ranking = rankCandidates(profiles, role, { catalog: here, ids });
    await sink.write(renderShortlist(ranking, format, { warnings, unreadable }));
  } finally {
    await sink.close();
  }
}
