// The command line: the only code that reads argv, prints or exits. Commands load on use, so `--help` is fast.
import { cliMsg, RolefitError } from '../errors';
import type { Ctx, Io } from './_io';
import { COMMANDS, EXIT, helpText, VERSION } from './_spec';

export { csvField, renderProgress } from './_output';
export { EXIT } from './_spec';
export type { Io } from './_io';

type Command = { run: (ctx: Ctx, parsed: import('./_args').Parsed) => Promise<void> };

/** Each command's module, imported when it runs. */
const LOADERS: Record<string, () => Promise<Command>> = {
  match: () => import('./match'),
  rank: () => import('./rank'),
  plan: () => import('./plan'),
  report: () => import('./report'),
  parse: () => import('./parse'),
  roles: () => import('./roles'),
};

/** The help of the root or of the command named in `argv`, with examples and exit codes. */
export async function renderHelp(argv: readonly string[], color = false): Promise<string> {
  const name = argv.find((a) => !a.startsWith('-') && a in LOADERS);
  const text = helpText(name);
  return color ? text.replace(/^([A-Z][A-Z ]{2,})$/gm, '\u001b[1m$1\u001b[0m') : text;
}

/** Runs the CLI on `argv` and returns the exit code; the only I/O is through `io`. */
export async function main(argv: readonly string[], io?: Io): Promise<number> {
  const streams = io ?? (await import('./_io')).terminal();
  const [first, ...rest] = argv;
  const options = argv.slice(0, Math.max(0, argv.indexOf('--')) || argv.length);
  if (first === undefined || first === '--help' || first === '-h') {
    await streams.out(await renderHelp(argv, streams.color));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    await streams.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const spec = COMMANDS.find((c) => c.name === first);
  const ctx: Ctx = { io: streams, code: EXIT.ok };
  try {
    if (!spec) {
      const { nearest, usage } = await import('./_args');
      throw usage(
        cliMsg.unknownCommand(
          first,
          nearest(
            first,
            COMMANDS.map((c) => c.name),
          ),
        ),
      );
    }
    if (options.includes('--help') || options.includes('-h')) {
      await streams.out(await renderHelp([first], streams.color));
      return EXIT.ok;
    }
    const { parseArgs } = await import('./_args');
    const parsed = parseArgs(rest, spec);
    const command = await (LOADERS[spec.name] as () => Promise<Command>)();
    await command.run(ctx, parsed);
    return ctx.code;
  } catch (error) {
    return reportError(streams, error);
  }
}

/** Prints an error the way its kind calls for and returns the exit code (2 usage, 3 catalog, 4 internal). */
async function reportError(io: Io, error: unknown): Promise<number> {
  const red = (s: string) => (io.color ? `\u001b[31m${s}\u001b[0m` : s);
  const { escapeMessage } = await import('./_output');
  const message = escapeMessage(String((error as Error)?.message ?? error));
  if (error instanceof RolefitError) {
    const hint = error.code === 'E_INVALID_OPTIONS' && !message.includes('--help') ? `\n${cliMsg.runHelp()}` : '';
    io.err(`${red('rolefit:')} ${error.code}: ${message}${hint}\n`);
    return error.code === 'E_INVALID_DATA' ? EXIT.catalog : EXIT.usage;
  }
  io.err(`${red('rolefit: internal error:')} ${message}\n${(error as Error)?.stack ?? ''}\n`);
  return EXIT.internal;
}
