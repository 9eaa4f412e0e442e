/**
 * Short bounded repeats written so that irregexp compiles them small. V8 unrolls a repeat of at most three
 * (`\s{1,3}` becomes `\s(?:\s(?:\s)?)?`) and then writes what follows once for each way into it, up to ten copies of
 * each node: the date token and the years phrase, a `\s{0,3}` between each two of their parts, each compiled to about
 * 134 KB of bytecode (and compiled again to native code on their second run). V8 never unrolls a repeat whose body can
 * match empty: `(?:\s|(?!)){1,3}` matches the same strings (`(?!)` matches nothing) and compiles to one loop.
 */

/**
 * The tokens of a `u` source: an escape (`\p{…}`, `\u{…}` whole) or a class (of at most 500 characters), with a short
 * bounded greedy repeat after it (`{0,1}` to `{2,3}`), or a run of other characters (a repeat after a group or a plain
 * character is left as it is), or a lone `\` or `[` (a `[` read alone opens a class too long to read here).
 */
const TOKENS = /(\\[pPu]\{[^}]{0,40}\}|\\[\s\S]|\[(?:\\[\s\S]|[^\]\\]){0,500}\])(\{(?:0,[1-3]|1,[23]|2,3)\}(?!\?))?|[^\\[]+|[\\[]/gu;

/** `source` (of a `u` pattern, not `v`) with each short bounded repeat of an escape or a class written as a loop. */
export function compactRepeats(source: string): string {
  if (!source.includes(',')) return source;
  let whole = true;
  const out = source.replace(TOKENS, (token: string, atom: string | undefined, repeat: string | undefined) => {
    if (token === '[') whole = false;
    return repeat === undefined ? token : `(?:${atom}|(?!))${repeat}`;
  });
  // A class too long to read as a token leaves the source as written: what follows it would be read out of place.
  return whole ? out : source;
}

/** A regex that runs a pattern made at run time: short repeats compact (see `compactRepeats`) when it is a `u` one. */
export function compiledRegExp(source: string, flags: string): RegExp {
  return new RegExp(flags.includes('u') ? compactRepeats(source) : source, flags);
}
