// Every message rolefit writes, in one file: errors, warnings and CLI texts (as Fuse keeps `errorMessages.ts`), in
// three tables: the core's (`msg`), `rolefit/node`'s (`nodeMsg`) and the CLI's (`cliMsg`), so that a browser bundle of
// the core leaves the last two out. Each names the culprit in backticks and says what to do next. Tests compare against
// these tables.

const n = (x: number) => x.toLocaleString('en-US');
const plural = (count: number, word: string) => `${n(count)} ${word}${count === 1 ? '' : 's'}`;

/** The names of the languages of `rolefit/languages`, for messages. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { de: 'German', fr: 'French', es: 'Spanish' };

/** A short, printable form of any value, for messages (never throws). */
export function show(value: unknown): string {
  try {
    if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
    const s = typeof value === 'string' ? value : value instanceof Date ? value.toString() : JSON.stringify(value);
    return (s ?? String(value)).slice(0, 80);
  } catch {
    return String(value).slice(0, 80);
  }
}

/** Error messages. */
export const msg = {
  invalidData: (source: string, details: string) =>
    `Invalid catalog data in \`${source}\`:\n${details}\nFix the JSON at the paths above (see data/README.md for the format).`,
  danglingReference: (source: string, path: string, id: string, kind: string) =>
    `Invalid catalog data in \`${source}\`: \`${path}\` refers to unknown ${kind} \`${id}\`. Add the ${kind} or fix the id.`,
  unknownSet: (source: string, path: string, name: string) =>
    `Invalid catalog data in \`${source}\`: \`${path}\` names the word set \`@${name}\`, which \`sets\` does not define. Define it or fix the name.`,
  prerequisiteCycle: (source: string, cycle: readonly string[]) =>
    `Invalid catalog data in \`${source}\`: prerequisites form a cycle (${cycle.map((c) => `\`${c}\``).join(' → ')}). Remove one of the links.`,
  duplicateId: (source: string, path: string, id: string) => `Invalid catalog data in \`${source}\`: \`${path}\` repeats the id \`${id}\`. Ids must be unique.`,
  tooManyItems: (limit: number, got: number) => `expected at most ${n(limit)} items, got ${n(got)}`,
  aliasTooLong: (limit: number) => `expected an alias of at most ${n(limit)} characters`,
  unknownRole: (id: string, where: string) =>
    `Unknown role \`${id}\` in \`${where}\`. Call \`matchRoles\` without \`roles\` to see every role id, or add the role to the catalog.`,
  internal: (fn: string, cause: unknown) =>
    `\`${fn}\` failed inside rolefit (${cause instanceof Error ? `${cause.name}: ${cause.message.slice(0, 120)}` : show(cause)}). This is a bug or an engine limit: please report it with the input that caused it.`,
  invalidOptions: (fn: string, details: string) => `Invalid options of \`${fn}\`:\n${details}\nSee the \`${fn}\` options in the README.`,
  notLanguagePack: () => "expected a language pack from `rolefit/languages`, such as `de` of `import { de } from 'rolefit/languages'`",
  foreignLanguagePack: (code: string) => `\`${code}\` is a language pack from another rolefit version: import it from this \`rolefit\``,
  notCatalogDetails: () => "expected the catalog details from `rolefit/details`: `import { catalogDetails } from 'rolefit/details'`",
  foreignCatalogDetails: () => 'these catalog details are from another rolefit version: import `catalogDetails` from this `rolefit`',
  fixedByMatcher: (key: string) => `\`${key}\` is fixed by \`createMatcher\`: pass it there (\`createMatcher({ ${key}: … })\`)`,
  duplicateLanguagePack: (code: string) => `the language pack \`${code}\` is given twice; give each language once`,
  languageNotLoaded: (code: string) =>
    `the language \`${code}\` is given, but its pack is not loaded: import { ${code} } from 'rolefit/languages' and add it to \`languages\` (e.g. \`languages: [${code}]\`)`,
  invalidOption: (name: string, expected: string, got: unknown) => `Invalid option \`${name}\`: expected ${expected}, got \`${show(got)}\`.`,
  notText: (what: 'résumé' | 'job posting', got: unknown) =>
    what === 'résumé'
      ? `\`parseResume\` expects a string or a JSON Resume object, got \`${Array.isArray(got) ? 'array' : typeof got}\`. Read the file first (see rolefit/node).`
      : `\`roleFromJobPosting\` expects the text of a job ad as a string, got \`${typeof got}\`. Read the file first (see \`readJobPosting\` in rolefit/node).`,
  inputTooLarge: (what: 'résumé' | 'job posting', length: number, limit: number) =>
    `The ${what} text is ${n(length)} characters; the limit is ${n(limit)}. Pass a smaller text or raise \`maxLength\`.`,
  invalidProfile: (details: string) => `Invalid \`profile\`: ${details}. Pass the result of \`parseResume\`.`,
  notProfileList: (got: unknown) =>
    `\`rankCandidates\` expects an array of profiles from \`parseResume\`, got \`${Array.isArray(got) ? 'array' : typeof got}\`.`,
  invalidCandidate: (index: number, details: string) => `Invalid profile at \`profiles[${index}]\`: ${details}. Pass the result of \`parseResume\`.`,
} as const;

// The messages of rolefit/node, of the command line and of job-ad reading (`rolefit/postings`) sit in tables of their
// own: an object is bundled whole, so the browser core, which never writes them, leaves them out (1.1 KB gzip of its
// bundle for the first two).

/** Error and warning messages of job-ad reading (`rolefit/postings`). */
export const postingMsg = {
  noRequirements: (title: string) =>
    `No requirement found in the job posting \`${show(title)}\`: it names no skill or certification of the catalog, no years, degree or clearance. Check the text, or add the skills to the catalog (see data/README.md).`,
  sparse: () => 'The posting names few requirements; the role may be too sparse to rank well. Check its headings and wording.',
  noRequiredSkill: () => 'No skill of the posting reached the required tier: every skill comes from duties or nice-to-haves.',
  unstructured: () =>
    "No requirement could be read from the posting's sections: the skills it names anywhere (outside company, benefits and legal text) are listed as preferred. Check the result.",
} as const;

/** Error messages of rolefit/node: files, ZIP limits, workers. */
export const nodeMsg = {
  // Warnings only a file read writes (not in `warn`, which the core bundles).
  notUtf8: (file: string) => `\`${file}\` is not UTF-8; it was read as Latin-1.`,
  twoColumns: (pages: readonly number[]) => `Two columns on page ${pages.join(', ')}: read the left column, then the right.`,
  pagesWithoutText: (pages: readonly number[]) => `No text on page ${pages.join(', ')} (scanned?); it was skipped.`,
  noTextLayer: (file: string, pages: number) =>
    `\`${file}\` has no text layer (${plural(pages, 'page')}, no selectable text): it is probably a scan. Run OCR on it (e.g. \`ocrmypdf\`) or export the résumé again as a text PDF.`,
  encrypted: (file: string) => `\`${file}\` is encrypted or password-protected. Remove the password (save an unprotected copy) and try again.`,
  tooLarge: (file: string, what: string, size: number, limit: number, option: string) =>
    `\`${file}\` has ${n(size)} ${what}; the limit is ${n(limit)}. Pass a smaller file or raise \`${option}\`.`,
  zipBomb: (file: string, detail: string, option: string) =>
    `\`${file}\` would inflate beyond its limits (${detail}): it was refused before unpacking. Raise \`${option}\` only for files you trust.`,
  timeout: (file: string, ms: number) => `Reading \`${file}\` took longer than ${n(ms)} ms and was stopped. Raise \`timeoutMs\` for very large files.`,
  aborted: (file: string) => `Reading \`${file}\` was aborted by its \`signal\`.`,
  notAFile: (file: string, kind: string) => `\`${file}\` is ${kind}, not a regular file: only regular files (or symbolic links to them) are read.`,
  readFailed: (file: string, detail: string) => `\`${file}\` could not be read: ${detail}.`,
  unsupportedFormat: (file: string, detail: string) =>
    `\`${file}\` is not a format rolefit reads (${detail}). Use PDF, DOCX, HTML, Markdown, plain text or JSON Resume.`,
  emptyFile: (file: string) => `\`${file}\` is empty (no text in it). Check that you picked the right file.`,
  outsideRoot: (root: string) => `a path that leads out of \`${root}\` (through a symbolic link)`,
  linkTo: (kind: string) => `a symbolic link to ${kind}`,
  zipEntries: (count: number, limit: number) => `${n(count)} entries; the limit is ${n(limit)}`,
  zipEntrySize: (entry: string, size: number, limit: number) => `\`${show(entry)}\` unpacks to ${n(size)} bytes; the limit is ${n(limit)}`,
  zipTotalSize: (total: number, limit: number) => `its entries unpack to over ${n(total)} bytes; the limit is ${n(limit)}`,
  zipRatio: (entry: string, ratio: number, limit: number) => `\`${show(entry)}\` is compressed ${n(Math.round(ratio))}:1; the limit is ${n(limit)}:1`,
  zipLies: (entry: string) => `\`${show(entry)}\` unpacks to more than the size its header declares`,
  damagedZip: (detail: string) => `a damaged ZIP archive: ${detail}`,
  textNotBinary: (format: string) => `text given as \`${format}\`, which is a binary format; pass the file's bytes`,
  tooDeep: () => 'its structure is nested too deeply to read (stack overflow)',
  outOfMemory: (file: string) =>
    `\`${file}\` needed more memory than a worker may use, and was stopped. Raise \`maxMemoryMb\` (\`--max-memory\`) only for files you trust.`,
  workerCrashed: (detail: string) => `its worker thread stopped (${detail})`,
  batchInput: (name: string) => `The batch input \`${name}\` is not a path, bytes, \`{ text }\` or \`{ bytes }\`. Pass one of those.`,
} as const;

/** Error messages and texts of the command line. */
export const cliMsg = {
  languageNotLoaded: (code: string) =>
    ` To read it, pass \`--languages ${code}\` with the other languages you need (or drop \`--languages\`: every pack is read by default).`,
  catalogUnreadable: (file: string, detail: string) => `Cannot read the catalog \`${file}\`: ${detail}.`,
  unknownCommand: (name: string, near: string | undefined) =>
    `Unknown command \`${name}\`${near ? ` (did you mean \`${near}\`?)` : ''}. Run \`rolefit --help\` for the commands.`,
  unknownFlag: (flag: string, command: string, near: string | undefined) =>
    `Unknown option \`${flag}\` for \`rolefit ${command}\`${near ? ` (did you mean \`${near}\`?)` : ''}. Run \`rolefit ${command} --help\` for its options.`,
  missingValue: (flag: string, hint: string) => `Option \`${flag}\` needs a value (\`${flag} <${hint}>\`).`,
  noValueFlag: (flag: string) => `Option \`${flag}\` takes no value. Write \`${flag}\` alone.`,
  invalidFlag: (flag: string, expected: string, got: string) => `Invalid option \`${flag}\`: expected ${expected}, got \`${show(got)}\`.`,
  noInputs: (command: string) => `\`rolefit ${command}\` needs résumé files or folders (\`-\` reads standard input).`,
  exactlyOneFile: (command: string) => `\`rolefit ${command}\` takes exactly one résumé file.`,
  rankNeedsTarget: () => '`rolefit rank` needs `--job <posting>` or `--role <id>`.',
  stdinTwice: () => 'Standard input (`-`) can be read only once. Pass `-` once.',
  outputFolderMissing: (file: string, folder: string) =>
    `Cannot write \`${file}\`: the folder \`${folder}\` does not exist. Create it first, or pick another path.`,
  outputNotWritable: (file: string, detail: string) => `Cannot write \`${file}\`: ${detail}. Check the path and its permissions.`,
  noRoles: () => 'The catalog has no roles. Add roles to it (see data/README.md).',
  runHelp: () => 'Run `rolefit --help` for the commands and options.',
  wrote: (file: string, format: string, chars: number) => `Wrote \`${file}\` (${format}, ${n(chars)} characters)`,
  unreadable: (count: number) => `${plural(count, 'file')} could not be read (listed with their error code).`,
} as const;

/** Warning messages (résumés and files; job ads have `postingMsg`). */
/** The library's advice that ends a `LANGUAGE_NOT_LOADED` warning (the command line puts its own in its place). */
export const languagePackAdvice = (code: string): string =>
  ` To read it, import { ${code} } from 'rolefit/languages' and add it to \`languages\` (e.g. \`languages: [${code}]\`).`;

export const warn = {
  emptyInput: () => 'The résumé text is empty.',
  noSections: () => 'No section headings found; the whole text was read as one block.',
  noSkills: () => 'No skill of the catalog was found in the text.',
  noExperience: () => 'No experience section and no dated work entry were found; years of experience are unknown.',
  noDates: () => 'The experience section has no date ranges such as `Jan 2021 – Present`; years of experience are unknown.',
  invertedRange: (written: string) => `Skipped the date range \`${written}\`: it ends before it starts.`,
  futureStart: (written: string, asOf: string) => `Skipped the date range \`${written}\`: it starts after the asOf month ${asOf}.`,
  futureEnd: (written: string, asOf: string) => `The date range \`${written}\` ends after the asOf month ${asOf}; it was counted up to ${asOf}.`,
  unsupportedLanguage: (language: string) =>
    `The text seems to be written in a language rolefit does not read yet (code \`${language}\`; English, German, French and Spanish are read): headings, dates and degrees may be missed, so the score may be too low.`,
  languageNotLoaded: (code: string, structure?: boolean) =>
    `${structure ? `${LANGUAGE_NAMES[code] ?? code} headings or dates were found in the text (code \`${code}\`)` : `The text seems to be written in ${LANGUAGE_NAMES[code] ?? code} (code \`${code}\`)`}, whose language pack is not loaded: it was read with English words only, so headings, dates and degrees may be missed.${languagePackAdvice(code)}`,
  hiddenText: (chars: number, skills: readonly string[]) =>
    `${plural(chars, 'character')} of text a reader cannot see (white, tiny, off-page or hidden) ${skills.length > 0 ? `would have added ${skills.map((s) => `\`${s}\``).join(', ')}` : 'added nothing'}; it was left out of the evidence.`,
} as const;
