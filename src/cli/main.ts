// The command line: the only file that reads argv, prints or exits. Rendering functions return strings.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type CommandDef, defineCommand, renderUsage, runCommand } from 'citty';
import {
  type Catalog,
  gapReport,
  loadCatalog,
  matchRoles,
  parseResume,
  planUpskilling,
  rankCandidates,
  renderShortlist,
  type Role,
  RolefitError,
  roleFromJobPosting,
} from '..';
import { readResume, type ResumeFile } from '../node';
import type { ResumeProfile, RoleFit, UpskillingPlan } from '../schemas';
import { escapeText } from '../render/escape';

const VERSION = '0.1.0';

/** Exit codes, as documented in `--help`. */
export const EXIT = Object.freeze({ ok: 0, someFailed: 1, usage: 2, catalog: 3, internal: 4 });

const EXIT_HELP = `EXIT CODES

  0  every file was read and scored
  1  one or more files could not be read (reported on stderr; the others were processed)
  2  usage error: unknown command, missing or invalid option, unknown role id
  3  the --catalog file is invalid (the message names the JSON path)
  4  internal error (please report it)`;

const EXAMPLES = `EXAMPLES

  rolefit match cv.pdf                         ranked roles for one résumé
  rolefit match resumes/ --csv > fits.csv      a folder: one CSV row per file (progress on stderr)
  rolefit match a.pdf b.docx --json | jq .     NDJSON, one line per file
  rolefit match cv.pdf --job posting.txt       fit to one job ad (read into a role)
  rolefit rank --job posting.txt resumes/      shortlist: résumés ranked for the job (Markdown; --csv, --json)
  rolefit plan cv.docx --role mlsecops-specialist --hours-per-week 6
  rolefit report cv.pdf --format html -o report.html
  rolefit report cv.pdf --format md --redact    no name, e-mail, phone, address or profile URL in the report
  rolefit parse resume.json                    a JSON Resume file; prints the profile as JSON
  rolefit roles --catalog my-roles.json        the catalog, with your roles merged in
  Every command takes --as-of 2026-11-01 (default: today), --catalog <file> and --json.`;

/** File extensions read when a folder is given. */
const RESUME_EXTENSIONS = new Set(['.pdf', '.docx', '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.json']);

// ─── Terminal ───────────────────────────────────────────────────────────────

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
  progress: boolean;
}

function terminal(): Io {
  const noColor = (process.env.NO_COLOR ?? '') !== '';
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    color: Boolean(process.stdout.isTTY) && !noColor,
    progress: Boolean(process.stderr.isTTY),
  };
}

const paint = (on: boolean, code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** A one-line progress bar for stderr. */
export function renderProgress(done: number, total: number, name: string, width = 24): string {
  const filled = Math.round((width * done) / Math.max(1, total));
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${escapeText(name).slice(-40).padEnd(40)}`;
}

// ─── Shared options ─────────────────────────────────────────────────────────

const common = {
  catalog: { type: 'string', description: 'A catalog JSON file merged into (or replacing) the bundled roles', valueHint: 'file' },
  'as-of': { type: 'string', description: 'The date years are counted to (YYYY-MM-DD; default: today)', valueHint: 'date' },
  json: { type: 'boolean', description: 'Machine-readable output (JSON; NDJSON for several files)' },
} as const;

interface Common {
  catalog?: string | undefined;
  'as-of'?: string | undefined;
  json?: boolean | undefined;
}

async function catalogOf(args: Common): Promise<Catalog> {
  if (!args.catalog) return loadCatalog();
  let json: unknown;
  try {
    json = JSON.parse(await readFile(args.catalog, 'utf8'));
  } catch (error) {
    throw new RolefitError('E_INVALID_DATA', `Cannot read the catalog \`${args.catalog}\`: ${(error as Error).message}`, { cause: error });
  }
  return loadCatalog(json, { source: args.catalog });
}

function parseOptions(args: Common, catalog: Catalog) {
  return args['as-of'] ? { catalog, asOf: args['as-of'] } : { catalog };
}

/** Expands folders into the résumé files they hold (sorted), keeping files as given. */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((n) => RESUME_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith('.')).sort();
    out.push(...names.map((n) => join(input, n)));
  }
  return out;
}

interface Done {
  file: ResumeFile;
  profile: ResumeProfile;
}

/** Reads and parses every file; a failing file is reported on stderr and skipped. Returns the exit code. */
async function eachFile(io: Io, inputs: readonly string[], args: Common, catalog: Catalog, onFile: (d: Done, index: number) => void): Promise<number> {
  const files = await expandInputs(inputs);
  if (files.length === 0) throw usage('no résumé file given (pass files or a folder)');
  const red = paint(io.color, 31);
  let failed = 0;
  const showProgress = io.progress && files.length > 1;
  for (const [i, path] of files.entries()) {
    if (showProgress) io.err(renderProgress(i, files.length, path));
    try {
      const file = await readResume(path);
      const profile = parseResume(file.json ?? file.text, parseOptions(args, catalog));
      onFile({ file, profile }, i);
    } catch (error) {
      // Option mistakes (such as a bad --as-of) fail every file alike: report them once, as usage errors.
      if (error instanceof RolefitError && (error.code === 'E_INVALID_OPTIONS' || error.code === 'E_UNKNOWN_ROLE')) throw error;
      failed++;
      const code = error instanceof RolefitError ? error.code : ((error as NodeJS.ErrnoException).code ?? 'ERROR');
      if (showProgress) io.err('\r\u001b[2K');
      io.err(`${red('✖')} ${escapeText(path)}: ${code}: ${escapeText((error as Error).message)}\n`);
    }
  }
  if (showProgress) io.err(`${renderProgress(files.length, files.length, 'done')}\n`);
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

// ─── Renderers (pure) ───────────────────────────────────────────────────────

/** Ranked roles as terminal text. */
export function renderFits(name: string, fits: readonly RoleFit[], asOf: string, color = false): string {
  const bold = paint(color, 1);
  const dim = paint(color, 2);
  const green = paint(color, 32);
  const lines = [bold(`Ranked roles for ${escapeText(name)} (as of ${asOf}):`), ''];
  fits.forEach((f, i) => {
    const bar = '█'.repeat(Math.round(f.score / 5)).padEnd(20, '·');
    const score = f.score.toFixed(1).padStart(5);
    lines.push(`  ${String(i + 1).padStart(2)}. ${i === 0 ? green(score) : score}  ${dim(bar)}  ${escapeText(f.title)}${f.eligible ? '' : dim('  (a required item is not met)')}`);
  });
  return `${lines.join('\n')}\n`;
}

/** A plan as terminal text. */
export function renderPlan(title: string, plan: UpskillingPlan, color = false): string {
  const bold = paint(color, 1);
  const lines = [
    bold(`Plan towards ${escapeText(title)}: ${plan.currentScore.toFixed(2)} → ${plan.projectedScore.toFixed(2)} in ${plan.totalHours} h (${plan.weeks} weeks at ${plan.hoursPerWeek} h/week)`),
  ];
  plan.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${escapeText(s.name)} (+${s.scoreGain.toFixed(2)} points, ${s.hours} h) — ${escapeText(s.actions[0]?.title ?? '')}`));
  for (const b of plan.notLearnable) lines.push(`  ! ${escapeText(b.label)}: ${escapeText(b.advice)}`);
  return `${lines.join('\n')}\n`;
}

const CSV_HEADER = 'file,format,best_role,best_score,eligible,second_role,second_score,third_role,third_score,total_years,security_years,ml_years';

/** One CSV field: quoted when needed, and never read as a spreadsheet formula. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV row of `match` for a file. */
export function renderCsvRow(name: string, format: string, profile: ResumeProfile, fits: readonly RoleFit[]): string {
  const [a, b, c] = fits;
  const e = profile.experience;
  return [name, format, a?.roleId, a?.score, a?.eligible, b?.roleId, b?.score, c?.roleId, c?.score, e.totalYears, e.securityYears, e.mlYears].map(csvField).join(',');
}

function summaryOf(fit: RoleFit) {
  return { roleId: fit.roleId, title: fit.title, score: fit.score, eligible: fit.eligible };
}

// ─── Commands ───────────────────────────────────────────────────────────────

interface Ctx {
  io: Io;
  code: number;
}

function usage(message: string): RolefitError {
  return new RolefitError('E_INVALID_OPTIONS', message);
}

function positionals(args: { _: string[] }): string[] {
  return args._.filter((a) => a !== '');
}

function matchCommand(ctx: Ctx) {
  return defineCommand({
    meta: { name: 'match', description: 'Rank every role of the catalog for one or more résumés (files or folders)' },
    args: {
      ...common,
      csv: { type: 'boolean', description: 'One CSV row per file on stdout (best three roles and the years)' },
      job: { type: 'string', description: 'Score against this job posting (text file) instead of the catalog roles', valueHint: 'file' },
    },
    async run({ args }) {
      const catalog = await catalogOf(args);
      const roles = args.job ? [await jobRole(args.job, catalog)] : undefined;
      if (args.csv) ctx.io.out(`${CSV_HEADER}\n`);
      ctx.code = await eachFile(ctx.io, positionals(args), args, catalog, ({ file, profile }, i) => {
        const fits = matchRoles(profile, roles ? { catalog, roles } : { catalog });
        if (args.csv) ctx.io.out(`${renderCsvRow(file.name, file.format, profile, fits)}\n`);
        else if (args.json) ctx.io.out(`${JSON.stringify({ file: file.name, format: file.format, asOf: profile.asOf, roles: fits.map(summaryOf), warnings: [...file.warnings, ...profile.warnings] })}\n`);
        else ctx.io.out(`${i > 0 ? '\n' : ''}${renderFits(file.name, fits, profile.asOf, ctx.io.color)}`);
      });
    },
  });
}

/** Reads a job posting file into a role (`--job`). */
async function jobRole(path: string, catalog: Catalog): Promise<Role> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw usage(`Cannot read the job posting \`${path}\`: ${(error as Error).message}`);
  }
  return roleFromJobPosting(text, { catalog, source: path });
}

function rankCommand(ctx: Ctx) {
  return defineCommand({
    meta: { name: 'rank', description: 'Rank many résumés for one job posting or role: a shortlist with the reasons' },
    args: {
      ...common,
      job: { type: 'string', description: 'The job posting (text file) to rank for', valueHint: 'file' },
      role: { type: 'string', description: 'Or a role id of the catalog', valueHint: 'id' },
      csv: { type: 'boolean', description: 'CSV on stdout instead of a Markdown table' },
    },
    async run({ args }) {
      const catalog = await catalogOf(args);
      if (!args.job && !args.role) throw usage('`rolefit rank` needs `--job <posting.txt>` or `--role <id>`.');
      const role: string | Role = args.job ? await jobRole(args.job, catalog) : (args.role as string);
      const profiles: ResumeProfile[] = [];
      const ids: string[] = [];
      ctx.code = await eachFile(ctx.io, positionals(args), args, catalog, ({ file, profile }) => {
        profiles.push(profile);
        ids.push(file.name);
      });
      const ranking = rankCandidates(profiles, role, { catalog, ids });
      if (args.json) ctx.io.out(`${JSON.stringify(ranking, null, 2)}\n`);
      else ctx.io.out(renderShortlist(ranking, args.csv ? 'csv' : 'markdown'));
    },
  });
}

function planCommand(ctx: Ctx) {
  return defineCommand({
    meta: { name: 'plan', description: 'Plan the upskilling towards a role (default: the best-fitting one)' },
    args: {
      ...common,
      role: { type: 'string', description: 'The target role id (see `rolefit roles`)', valueHint: 'id' },
      'hours-per-week': { type: 'string', description: 'Study hours a week', default: '5', valueHint: 'hours' },
    },
    async run({ args }) {
      const catalog = await catalogOf(args);
      const hours = Number(args['hours-per-week']);
      if (!Number.isFinite(hours) || hours <= 0) throw usage(`Invalid option \`--hours-per-week\`: expected a positive number, got \`${args['hours-per-week']}\`.`);
      const [path, ...rest] = positionals(args);
      if (!path || rest.length > 0) throw usage('`rolefit plan` takes exactly one résumé file.');
      ctx.code = await eachFile(ctx.io, [path], args, catalog, ({ profile }) => {
        const target = args.role ?? matchRoles(profile, { catalog })[0]?.roleId;
        if (!target) throw usage('The catalog has no roles.');
        const plan = planUpskilling(profile, target, { catalog, hoursPerWeek: hours });
        const title = catalog.roles.find((r) => r.id === target)?.title ?? target;
        ctx.io.out(args.json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlan(title, plan, ctx.io.color));
      });
    },
  });
}

const FORMATS = { md: 'markdown', markdown: 'markdown', html: 'html', json: 'json', text: 'text', txt: 'text' } as const;

function reportCommand(ctx: Ctx) {
  return defineCommand({
    meta: { name: 'report', description: 'Write a gap report (Markdown, self-contained HTML, JSON or text)' },
    args: {
      ...common,
      format: { type: 'string', description: 'md, html, json or text', default: 'md', valueHint: 'md|html|json|text' },
      output: { type: 'string', alias: 'o', description: 'Write to this file instead of stdout', valueHint: 'file' },
      top: { type: 'string', description: 'How many ranked roles to list', default: '3', valueHint: 'n' },
      'hours-per-week': { type: 'string', description: 'Study hours a week for the plan', default: '5', valueHint: 'hours' },
      redact: { type: 'boolean', description: 'Replace names, e-mails, phones, addresses and profile URLs in the report' },
    },
    async run({ args }) {
      const catalog = await catalogOf(args);
      const format = args.json ? 'json' : FORMATS[args.format as keyof typeof FORMATS];
      if (!format) throw usage(`Invalid option \`--format\`: expected md, html, json or text, got \`${args.format}\`.`);
      const [path, ...rest] = positionals(args);
      if (!path || rest.length > 0) throw usage('`rolefit report` takes exactly one résumé file.');
      const top = Number(args.top);
      const hoursPerWeek = Number(args['hours-per-week']);
      let report = '';
      ctx.code = await eachFile(ctx.io, [path], args, catalog, ({ profile }) => {
        report = gapReport(profile, { format, catalog, top, hoursPerWeek, redact: Boolean(args.redact) });
      });
      if (ctx.code !== EXIT.ok) return;
      if (args.output) {
        await writeFile(args.output, report);
        ctx.io.err(`Wrote ${escapeText(args.output)} (${format}, ${report.length.toLocaleString('en-US')} characters)\n`);
      } else ctx.io.out(report);
    },
  });
}

function parseCommand(ctx: Ctx) {
  return defineCommand({
    meta: { name: 'parse', description: 'Print the profile read from each résumé as JSON (NDJSON for several files)' },
    args: { ...common },
    async run({ args }) {
      const catalog = await catalogOf(args);
      const inputs = positionals(args);
      const many = inputs.length > 1 || (inputs[0] !== undefined && (await stat(inputs[0]).catch(() => undefined))?.isDirectory());
      ctx.code = await eachFile(ctx.io, inputs, args, catalog, ({ file, profile }) => {
        const record = { file: file.name, format: file.format, ...(file.pages ? { pages: file.pages } : {}), readWarnings: file.warnings, profile };
        ctx.io.out(many ? `${JSON.stringify(record)}\n` : `${JSON.stringify(record, null, 2)}\n`);
      });
    },
  });
}

function rolesCommand(ctx: Ctx) {
  return defineCommand({
    meta: { name: 'roles', description: 'List the roles of the catalog' },
    args: { catalog: common.catalog, json: common.json },
    async run({ args }) {
      const catalog = await catalogOf(args);
      if (args.json) {
        ctx.io.out(`${JSON.stringify(catalog.roles.map((r) => ({ id: r.id, title: r.title, family: r.family, summary: r.summary, requirements: r.requirements.length })), null, 2)}\n`);
        return;
      }
      const width = Math.max(...catalog.roles.map((r) => r.id.length));
      const dim = paint(ctx.io.color, 2);
      const lines = catalog.roles.map((r) => `${r.id.padEnd(width)}  ${escapeText(r.title)} ${dim(`(${r.family}, ${r.requirements.length} requirements)`)}`);
      ctx.io.out(`${lines.join('\n')}\n${dim(`catalog ${catalog.version} (${catalog.hash})`)}\n`);
    },
  });
}

function rootCommand(ctx: Ctx): CommandDef {
  return defineCommand({
    meta: { name: 'rolefit', version: VERSION, description: 'Rank AI-security roles for a résumé and plan the upskilling' },
    subCommands: {
      match: matchCommand(ctx),
      rank: rankCommand(ctx),
      plan: planCommand(ctx),
      report: reportCommand(ctx),
      parse: parseCommand(ctx),
      roles: rolesCommand(ctx),
    },
  }) as CommandDef;
}

// ─── Main ───────────────────────────────────────────────────────────────────

/** The help of the root or of the subcommand named in `argv`, with examples and exit codes. */
export async function renderHelp(argv: readonly string[], color = false): Promise<string> {
  const ctx: Ctx = { io: { out: () => {}, err: () => {}, color: false, progress: false }, code: 0 };
  const root = rootCommand(ctx);
  const subs = root.subCommands as Record<string, CommandDef>;
  const name = argv.find((a) => !a.startsWith('-') && a in subs);
  const usageText = await renderUsage(name ? (subs[name] as CommandDef) : root, name ? root : undefined);
  const text = `${usageText}\n\n${EXAMPLES}\n\n${EXIT_HELP}\n`;
  return color ? text : stripAnsi(text);
}

/** Runs the CLI on `argv` and returns the exit code; the only I/O is through `io`. */
export async function main(argv: readonly string[], io: Io = terminal()): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    io.out(await renderHelp(argv, io.color));
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const ctx: Ctx = { io, code: EXIT.ok };
  try {
    await runCommand(rootCommand(ctx), { rawArgs: [...argv] });
    return ctx.code;
  } catch (error) {
    return reportError(io, error);
  }
}

function reportError(io: Io, error: unknown): number {
  const red = paint(io.color, 31);
  const message = escapeText(stripAnsi((error as Error)?.message ?? String(error)));
  if ((error as Error)?.name === 'CLIError') {
    io.err(`${red('rolefit:')} ${message}\nRun \`rolefit --help\` for the commands and options.\n`);
    return EXIT.usage;
  }
  if (error instanceof RolefitError) {
    io.err(`${red('rolefit:')} ${error.code}: ${message}\n`);
    return error.code === 'E_INVALID_DATA' ? EXIT.catalog : EXIT.usage;
  }
  io.err(`${red('rolefit: internal error:')} ${message}\n${(error as Error)?.stack ?? ''}\n`);
  return EXIT.internal;
}
