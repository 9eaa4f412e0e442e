// `rolefit roles`: the roles of the catalog (with `--catalog`, merged with the user's).
import { escapeText } from '../render/escape';
import { boolFlag, type Parsed } from './_args';
import type { Ctx } from './_io';
import { safeJson } from './_output';
import { catalogHere, catalogOf } from './_run';

export async function run(ctx: Ctx, parsed: Parsed): Promise<void> {
  const catalog = await catalogHere(parsed, await catalogOf(parsed));
  if (boolFlag(parsed, 'json')) {
    await ctx.io.out(
      `${safeJson(
        catalog.roles.map((r) => ({ id: r.id, title: r.title, family: r.family, summary: r.summary, requirements: r.requirements.length })),
        2,
      )}\n`,
    );
    return;
  }
  const width = Math.max(...catalog.roles.map((r) => r.id.length));
  const dim = (s: string) => (ctx.io.color ? `\u001b[2m${s}\u001b[0m` : s);
  const lines = catalog.roles.map((r) => `${r.id.padEnd(width)}  ${escapeText(r.title)} ${dim(`(${r.family}, ${r.requirements.length} requirements)`)}`);
  await ctx.io.out(`${lines.join('\n')}\n${dim(`catalog ${catalog.version} (${catalog.hash})`)}\n`);
}
