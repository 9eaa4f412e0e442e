/**
 * The Porter stemmer of `natural` 8.1.1 (`stemmers/porter_stemmer.js`, MIT, Chris Umbel), step for step and quirk for
 * quirk, with its regular expressions written as loops over the letters: it built a `RegExp` for each suffix it tried
 * and categorised a word with five regex replaces per measure, about 2 µs a word, on every document's names and places.
 * The test suite compares the two on every word of the fixtures and on random words (`test/porter.test.ts`).
 */

/** `natural`'s `PorterStemmer.stem` of a lowercase word. */
export function porterStem(word: string): string {
  if (word.length < 3) return word;
  return step5b(step5a(step4(step3(step2(step1c(step1b(step1a(word))))))));
}

/** One of a e i o u. */
function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/** One of a e i o u y. */
function isVowelOrY(c: number): boolean {
  return isVowel(c) || c === 121;
}

/**
 * The groups of a token as `natural` writes them (`[^aeiouy]+y` → CV, then `[aeiou]+` → V, then `[^V]+` → C, so a
 * vowel group after a "y" made a V stays apart from it: "CVV"), read without writing them: how many, the first and
 * the last, and how many V among all but the last. Set by `readGroups`.
 */
let groupCount = 0;
let firstIsC = false;
let lastIsV = false;
let vBeforeLast = 0;

/** One group symbol of `readGroups`. */
function emit(isV: boolean): void {
  if (groupCount === 0) firstIsC = !isV;
  else if (lastIsV) vBeforeLast++;
  lastIsV = isV;
  groupCount++;
}

function readGroups(token: string): void {
  groupCount = 0;
  firstIsC = false;
  lastIsV = false;
  vBeforeLast = 0;
  // The items of the first replace: a letter, or the markers C and V; `prev` is the kind of the one before (0 none,
  // 1 a vowel of aeiou, 2 the V marker, 3 anything else), for the grouping of the other two replaces.
  let prev = 0;
  const n = token.length;
  let i = 0;
  while (i < n) {
    const c = token.charCodeAt(i);
    if (isVowel(c)) {
      if (prev !== 1) emit(true);
      prev = 1;
      i++;
      continue;
    }
    if (c === 121) {
      if (prev !== 3) emit(false);
      prev = 3;
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isVowelOrY(token.charCodeAt(j))) j++;
    // A run of other letters: one C (joining a C before it); followed by "y", the markers C and V instead.
    if (prev !== 3) emit(false);
    if (j < n && token.charCodeAt(j) === 121) {
      emit(true);
      prev = 2;
      i = j + 1;
    } else {
      prev = 3;
      i = j;
    }
  }
}

/** Each letter as C or V, as `natural` writes them: `[^aeiouy]y` → CV, then `[aeiou]` → V, then `[^V]` → C. */
function categorizeChars(token: string): string {
  let out = '';
  const n = token.length;
  let i = 0;
  while (i < n) {
    const c = token.charCodeAt(i);
    if (!isVowelOrY(c) && i + 1 < n && token.charCodeAt(i + 1) === 121) {
      out += 'CV';
      i += 2;
    } else {
      out += isVowel(c) ? 'V' : 'C';
      i++;
    }
  }
  return out;
}

/** The measure M: VC groups, a leading C and a trailing V dropped, halved (so it may be a half); -1 for none. */
function measure(token: string | null): number {
  if (!token) return -1;
  readGroups(token);
  let length = groupCount;
  if (firstIsC) length--;
  // The trailing V goes when one is left after the leading C went.
  if (length > 0 && lastIsV) length--;
  return length / 2;
}

/** `/([^aeiou])\1$/`. */
function endsWithDoubleConsonant(token: string): boolean {
  const n = token.length;
  return n >= 2 && token.charCodeAt(n - 1) === token.charCodeAt(n - 2) && !isVowel(token.charCodeAt(n - 1));
}

/** The token with `suffix` replaced by `replacement`, or null when it does not end with it (`attemptReplace` of a string). */
function attemptReplace(token: string, suffix: string, replacement: string): string | null {
  return token.endsWith(suffix) ? token.slice(0, token.length - suffix.length) + replacement : null;
}

/**
 * `natural`'s `attemptReplacePatterns`: each rule whose suffix, removed from the original token, leaves a measure above
 * `threshold` is applied to the token as rewritten so far.
 */
function attemptReplacePatterns(token: string, rules: ReadonlyArray<readonly [string, string]>, threshold?: number): string {
  let replacement = token;
  for (const [suffix, to] of rules) {
    if (threshold === undefined || measure(attemptReplace(token, suffix, '')) > threshold) {
      replacement = attemptReplace(replacement, suffix, to) || replacement;
    }
  }
  return replacement;
}

function step1a(token: string): string {
  if (token.endsWith('sses')) return token.slice(0, -2);
  if (token.endsWith('ies')) return token.slice(0, -2);
  const n = token.length;
  if (token.charCodeAt(n - 1) === 115 && substr(token, -2, 1) !== 's' && n > 2) return token.slice(0, -1);
  return token;
}

const STEP1B_RULES: ReadonlyArray<readonly [string, string]> = [
  ['at', 'ate'],
  ['bl', 'ble'],
  ['iz', 'ize'],
];

function step1b(token: string): string {
  if (substr(token, -3) === 'eed') {
    if (measure(token.slice(0, token.length - 3)) > 0) return `${token.slice(0, -3)}ee`;
    return token;
  }
  const cut = token.endsWith('ed') ? 2 : token.endsWith('ing') ? 3 : 0;
  if (cut === 0) return token;
  const stem = token.slice(0, token.length - cut);
  // `natural` returns the token when the cut leaves nothing or no vowel group.
  if (stem === '') return token;
  readGroups(stem);
  if (vBeforeLast === 0 && !lastIsV) return token;
  const result = attemptReplacePatterns(stem, STEP1B_RULES);
  if (result !== stem) return result;
  const last = stem.charCodeAt(stem.length - 1);
  if (endsWithDoubleConsonant(stem) && last !== 108 && last !== 115 && last !== 122) return stem.slice(0, -1);
  if (measure(stem) === 1 && categorizeChars(stem).slice(-3) === 'CVC' && last !== 119 && last !== 120 && last !== 121) return `${stem}e`;
  return stem;
}

function step1c(token: string): string {
  if (!token.endsWith('y')) return token;
  readGroups(token);
  if (vBeforeLast > 0) return `${token.slice(0, -1)}i`;
  return token;
}

const STEP2_RULES: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];

function step2(token: string): string {
  return attemptReplacePatterns(token, STEP2_RULES, 0);
}

const STEP3_RULES: ReadonlyArray<readonly [string, string]> = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

function step3(token: string): string {
  return attemptReplacePatterns(token, STEP3_RULES, 0);
}

/** The suffixes of step 4, longest first. */
const STEP4_SUFFIXES: readonly string[] = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
].sort((a, b) => b.length - a.length);

function step4(token: string): string {
  const n = token.length;
  // `^(.+?)(al|ance|…|ize)$`: the shortest head (one letter at least), so the longest suffix shorter than the token.
  for (const suffix of STEP4_SUFFIXES) {
    if (suffix.length >= n || !token.endsWith(suffix)) continue;
    const head = token.slice(0, n - suffix.length);
    if (measure(head) > 1) return head;
    break;
  }
  // `^(.+?)(s|t)(ion)$`: the head and its "s" or "t".
  if (n >= 5 && token.endsWith('ion') && (token.charCodeAt(n - 4) === 115 || token.charCodeAt(n - 4) === 116)) {
    const head = token.slice(0, n - 3);
    if (measure(head) > 1) return head;
  }
  return token;
}

function step5a(token: string): string {
  const withoutE = token.endsWith('e') ? token.slice(0, -1) : token;
  const m = measure(withoutE);
  if (m > 1) return withoutE;
  if (m !== 1) return token;
  const n = token.length;
  const cvc = substr(categorizeChars(token), -4, 3) === 'CVC' && n >= 2 && !isWxy(token.charCodeAt(n - 2));
  return cvc ? token : withoutE;
}

function step5b(token: string): string {
  return measure(token) > 1 && token.endsWith('ll') ? token.slice(0, -1) : token;
}

function isWxy(c: number): boolean {
  return c === 119 || c === 120 || c === 121;
}

/** `String.prototype.substr` (deprecated), which `natural` uses: a negative start counts from the end, clamped at 0. */
function substr(s: string, start: number, length?: number): string {
  const from = start < 0 ? Math.max(s.length + start, 0) : start;
  return length === undefined ? s.slice(from) : s.slice(from, from + length);
}
