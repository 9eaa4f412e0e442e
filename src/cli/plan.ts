// `rolefit plan`: the upskilling plan of one résumé towards a role (default: the best-fitting one).
import { cliMsg, msg, RolefitError } from '../errors';
import { boolFlag, numberFlag, type Parsed, stringFlag, usage } from './_args';
import { type Ctx, openSink } from './_io';
import { renderPlan, safeJson } from './_output';
import { catalogHere, catalogOf, eachResume } from './_run';

export async function run(ctx: Ctx, parsed: Parsed): Promise<void> {
  const hoursPerWeek = numberFlag(parsed, 'hours-per-week', '5') as number;
  if (parsed.positionals.length !== 1) throw usage(cliMsg.exactlyOneFile('plan'));
  const catalog = await catalogOf(parsed);
  const { matchRoles, planUpskilling } = await import('..');
  const here = await catalogHere(parsed, catalog);
  const role = stringFlag(parsed, 'role');
  // An unknown role id fails before the file is read.
  if (role && !here.roles.some((r) => r.id === role)) throw new RolefitError('E_UNKNOWN_ROLE', msg.unknownRole(role, '--role'));
  const output = stringFlag(parsed, 'output');
  const sink = await openSink(ctx.io, output);
  try {
    for await (const r of eachResume(ctx, parsed, parsed.positionals, { keepText: true, ...(catalog ? { catalog } : {}) })) {
      if (!r.ok) continue;
      const target = role ?? matchRoles(r.profile, { catalog: here })[0]?.roleId;
      if (!target) throw usage(cliMsg.noRoles());
      const plan = planUpskilling(r.profile, target, { catalog: here, hoursPerWeek });
      const title = here.roles.find((x) => x.id === target)?.title ?? target;
      const json = boolFlag(parsed, 'json') || (output ?? '').toLowerCase().endsWith('.json');
      await sink.write(json ? `${safeJson(plan, 2)}\n` : renderPlan(title, plan, ctx.io.color && !sink.file));
    }
  } finally {
    await sink.close();
  }
}
