// What each command takes, as data: parsed by `_args.ts`, shown by `--help`. Kept free of imports so that
// `rolefit --help` loads nothing else.

/** One option of a command. */
export interface FlagSpec {
  name: string;
  alias?: string;
  /** `boolean` flags take no value; `string` flags take one (validated by the command's schema). */
  type: 'boolean' | 'string';
  hint?: string;
  description: string;
  default?: string;
}

/** One command: its options, what its positionals are, and the module that runs it (loaded on use). */
export interface CommandSpec {
  name: string;
  description: string;
  positionals: string;
  flags: readonly FlagSpec[];
}

const COMMON: readonly FlagSpec[] = [
  { name: 'catalog', type: 'string', hint: 'file', description: 'A catalog JSON file merged into (or replacing) the bundled roles' },
  { name: 'as-of', type: 'string', hint: 'date', description: 'The date years are counted to (YYYY-MM-DD; default: today)' },
  { name: 'languages', type: 'string', hint: 'codes', description: 'Languages read besides English, e.g. de,fr, or en alone (default: de,fr,es)' },
  { name: 'json', type: 'boolean', description: 'Machine-readable output (JSON; NDJSON for several files)' },
  { name: 'help', alias: 'h', type: 'boolean', description: 'Show this help' },
];

/** Limits on the files read (the README's "Security" section lists them). */
const READING: readonly FlagSpec[] = [
  { name: 'max-bytes', type: 'string', hint: 'size', description: 'Largest file read, e.g. 10MB (default 10MB)' },
  { name: 'max-pages', type: 'string', hint: 'n', description: 'Most pages of a PDF (default 50)' },
  { name: 'timeout', type: 'string', hint: 'time', description: 'Time one file may take, e.g. 30s or 500ms (default 30s)' },
  { name: 'max-memory', type: 'string', hint: 'MB', description: 'Heap of a worker thread in MB (default 512)' },
  { name: 'concurrency', alias: 'j', type: 'string', hint: 'n', description: 'Files read at once, one worker thread each (default: the cores)' },
];

const OUTPUT: FlagSpec = { name: 'output', alias: 'o', type: 'string', hint: 'file', description: 'Write to this file (its extension picks the format)' };

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'match',
    description: 'Rank every role of the catalog for one or more résumés (files or folders)',
    positionals: '<file|folder|-...>',
    flags: [
      ...COMMON,
      { name: 'csv', type: 'boolean', description: 'One CSV row per file (best three roles, the years, warnings and errors)' },
      { name: 'job', type: 'string', hint: 'file', description: 'Score against this job ad (any format read for résumés) instead of the catalog roles' },
      OUTPUT,
      ...READING,
    ],
  },
  {
    name: 'rank',
    description: 'Rank many résumés for one job ad or role: a shortlist with the reasons',
    positionals: '<file|folder|-...>',
    flags: [
      ...COMMON,
      { name: 'job', type: 'string', hint: 'file', description: 'The job ad to rank for (any format read for résumés; - for stdin)' },
      { name: 'role', type: 'string', hint: 'id', description: 'Or a role id of the catalog' },
      { name: 'csv', type: 'boolean', description: 'CSV instead of a Markdown table' },
      OUTPUT,
      ...READING,
    ],
  },
  {
    name: 'plan',
    description: 'Plan the upskilling towards a role (default: the best-fitting one)',
    positionals: '<file|->',
    flags: [
      ...COMMON,
      { name: 'role', type: 'string', hint: 'id', description: 'The target role id (see `rolefit roles`)' },
      { name: 'hours-per-week', type: 'string', hint: 'hours', description: 'Study hours a week', default: '5' },
      OUTPUT,
      ...READING,
    ],
  },
  {
    name: 'report',
    description: 'Write a gap report (Markdown, self-contained HTML, JSON or text)',
    positionals: '<file|->',
    flags: [
      ...COMMON,
      { name: 'format', type: 'string', hint: 'md|html|json|text', description: 'The format (default: from the -o extension, else md)' },
      OUTPUT,
      { name: 'top', type: 'string', hint: 'n', description: 'How many ranked roles to list', default: '3' },
      { name: 'hours-per-week', type: 'string', hint: 'hours', description: 'Study hours a week for the plan', default: '5' },
      { name: 'redact', type: 'boolean', description: 'Replace names, e-mails, phones, addresses and profile URLs in the report' },
      ...READING,
    ],
  },
  {
    name: 'parse',
    description: 'Print the profile read from each résumé as JSON (NDJSON for several files)',
    positionals: '<file|folder|-...>',
    flags: [...COMMON, OUTPUT, ...READING],
  },
  {
    name: 'roles',
    description: 'List the roles of the catalog',
    positionals: '',
    flags: [COMMON[0] as FlagSpec, COMMON[2] as FlagSpec, COMMON[3] as FlagSpec],
  },
];

export const VERSION = '0.2.0';

/** Exit codes, as documented in `--help`. */
export const EXIT = Object.freeze({ ok: 0, someFailed: 1, usage: 2, catalog: 3, internal: 4 });

const EXIT_HELP = `EXIT CODES

  0  every file was read and scored
  1  one or more files could not be read (each is listed with its error code; the others were processed)
  2  usage error: unknown command or option, missing or invalid value, unknown role id, missing output folder
  3  the --catalog file is invalid (the message names the JSON path)
  4  internal error (please report it)`;

const EXAMPLES = `EXAMPLES

  rolefit match cv.pdf                         ranked roles for one résumé
  rolefit match resumes/ -o fits.csv           a folder: one CSV row per file (progress, rate and ETA on stderr)
  rolefit match a.pdf b.docx --json | jq .     NDJSON, one line per file
  cat cv.txt | rolefit match -                 read standard input
  rolefit match cv.pdf --job posting.pdf       fit to one job ad (read into a role)
  rolefit rank --job posting.txt resumes/      shortlist: résumés ranked for the job (Markdown; --csv, --json)
  rolefit plan cv.docx --role mlsecops-specialist --hours-per-week 6
  rolefit report cv.pdf -o report.html         the format follows the extension
  rolefit report cv.pdf --format md --redact   no name, e-mail, phone, address or profile URL in the report
  rolefit parse resume.json                    a JSON Resume file; prints the profile as JSON
  rolefit roles --catalog my-roles.json        the catalog, with your roles merged in
  rolefit match uploads/ --max-bytes 2MB --max-pages 10 --timeout 10s   tighter limits for untrusted files`;

function flagLine(f: FlagSpec): [string, string] {
  const name = `${f.alias ? `-${f.alias}, ` : ''}--${f.name}${f.type === 'string' ? ` <${f.hint ?? 'value'}>` : ''}`;
  return [name, `${f.description}${f.default ? ` (default: ${f.default})` : ''}`];
}

/** The help of the root, or of one command, with examples and exit codes (plain text). */
export function helpText(command?: string): string {
  const spec = COMMANDS.find((c) => c.name === command);
  if (!spec) {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`);
    return `Rank AI-security roles for a résumé and plan the upskilling (rolefit v${VERSION})\n\nUSAGE rolefit <command> [options]\n\nCOMMANDS\n\n${lines.join('\n')}\n\n  --help, -h  help of a command (rolefit match --help)\n  --version, -v\n\n${EXAMPLES}\n\n${EXIT_HELP}\n`;
  }
  const rows = spec.flags.map(flagLine);
  const width = Math.max(...rows.map(([n]) => n.length));
  const options = rows.map(([n, d]) => `  ${n.padEnd(width)}  ${d}`).join('\n');
  return `${spec.description} (rolefit ${spec.name})\n\nUSAGE rolefit ${spec.name} [options] ${spec.positionals}\n\nOPTIONS\n\n${options}\n\n${EXAMPLES}\n\n${EXIT_HELP}\n`;
}
