import { guarded } from '../errors';
import { findSections } from '../resume/sections';
import { assertProfile } from '../score/match';
import type { Evidence, ResumeProfile } from '../schemas';
import { lazyValues, unicodeRegex, unicodeLiteral } from '../text/phrases';

/** Any uppercase letter (a postal code in an address part comes with a place name). */
const LETTER = unicodeRegex`\p{Lu}`;

/**
 * Personal-data redaction. Placeholders are not the length of what they replace, so `redactProfile` recomputes every
 * span (evidence, sections, entries) against the redacted text; skills, years and scores are left exactly as they were.
 * Every pattern here is linear: bounded repeats, or a one-character class scanned by hand.
 */

/** Placeholders written in place of personal data. */
const PLACEHOLDERS = Object.freeze({
  name: '[NAME]',
  email: '[EMAIL]',
  phone: '[PHONE]',
  address: '[ADDRESS]',
  url: '[URL]',
});

/** What the redaction found, as `[start, end)` offsets of the input, in text order. */
export interface Redaction {
  start: number;
  end: number;
  kind: keyof typeof PLACEHOLDERS;
}

/** Redaction patterns (valibot-style table), each linear on any input; each made on first use (most hold `\p{…}` classes, slow to make at import). */
export const REDACT_PATTERNS = lazyValues({
  /** A name line: two to five capitalised words, nothing else (as in parse/_personal). */
  nameLine: () => unicodeRegex`^\s*\p{Lu}[\p{L}'’.-]*(?:[ ,]+\p{Lu}[\p{L}'’.-]*){1,4}\s*$`,
  /** A "Name:" field and the name after it. */
  nameField: () => unicodeLiteral`/\b(?:[Ff]ull [Nn]ame|[Nn]ame|NAME)\s{0,3}:\s{0,3}(\p{Lu}[\p{L}'’.-]{0,40}(?: \p{Lu}[\p{L}'’.-]{0,40}){0,4})/gu`,
  /** An honorific followed by one to three capitalised words. */
  honorific: () => unicodeLiteral`/\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.? (\p{Lu}[\p{L}'’-]{0,40}(?: \p{Lu}[\p{L}'’-]{0,40}){0,2})/gu`,
  /** A URL with a scheme or `www.`. */
  url: () => /\b(?:https?:\/\/|www\.)[^\s<>()"'|•·,;]{1,300}/giu,
  /** A bare profile address on a known host, anywhere: linkedin.com/in/…, github.com/…. */
  profileUrl: () =>
    /\b(?:[a-z]{2,3}\.)?(?:linkedin|github|gitlab|bitbucket|twitter|x|medium|stackoverflow|kaggle|behance|dribbble|huggingface|keybase|mastodon)\.(?:com|co|social|io)\/[^\s<>()"'|•·,;]{0,200}/giu,
  /** A personal site in a header contact line ("jane.dev", "janedoe.com/blog"). */
  site: () => /^[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.[a-z]{2,12}(?:\/\S{0,200})?$/iu,
  /** A phone number: an optional `+`, then 8–20 digits with spaces, dots, dashes or brackets between them. */
  phone: () => /(?:\+|\(\+?)?\d(?:[\s().-]{0,3}\d){7,19}/gu,
  /** A bracketed area code of two or three digits (four would be a year). */
  areaCode: () => /^\(\d{2,3}\)/u,
  /** A label that makes the rest of the line a phone number or an address. */
  phoneLabel: () => /\b(?:phone|tel|telephone|mobile|cell|whatsapp)\b/iu,
  addressLabel: () => /\b(?:address|street|residence|home)\s{0,3}:/iu,
  /** An address segment: a number and a street word, a PO box, or "ul."/"Jl." style prefixes. */
  street: () =>
    unicodeLiteral`/\b(?:\d{1,6}[a-z]?\s{1,3}(?:\p{L}[\p{L}.'-]{0,30}\s{1,3}){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|square|sq|terrace|parkway|pkwy|highway|hwy|close|crescent|straße|strasse|str|weg|rue|via|calle)\b|p\.?\s?o\.?\s{0,3}box\s{0,3}\d{1,6}|(?:ul|al|jl|jln|pl)\.\s{0,3}\p{Lu})/iu`,
  /** A house number then capitalised words ("88 Le Loi, Ho Chi Minh City"), in a header contact line only. */
  numberedPlace: () => unicodeRegex`^\d{1,6}[a-z]?\s{1,3}\p{Lu}`,
  /** A postal code: US ZIP, UK, Canadian, or a 4–6 digit code after a city. */
  postal: () => /\b(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{2}-\d{3}|\d{4,6})\b/u,
  /** Separators between the parts of a contact line. */
  separator: () => /\s{0,3}[|•·;]\s{0,3}|\s{2,}|\s[–—-]\s/u,
  /** One character of an e-mail's local part or domain (scanned by hand around each `@`). */
  emailChar: () => unicodeRegex`[\p{L}\p{N}._%+-]`,
  /** A header line that holds contact data (anything else in the header, such as a tagline, is left alone). */
  contactCue: () => /[@|•·]|\+\d|\b(?:phone|tel|mobile|cell|address|e-?mail|linkedin|github|www)\b|https?:/iu,
});

/** Lines after the top of the text that can still be contact lines. */
const MAX_HEADER_LINES = 8;
/** Digits a phone number needs when it has no `+` (fewer is a date range such as 2019-2021). */
const MIN_PHONE_DIGITS = 9;

/** Replaces names, e-mail addresses, phone numbers, street addresses (with postal codes) and profile URLs by placeholders. */
export function redactText(text: string): string {
  return apply(text, findRedactions(text));
}

/**
 * The profile as it would be with its text redacted: same skills, years, scores and warnings; every evidence span,
 * section and entry span recomputed so that `text.slice(start, end) === evidence.text` still holds.
 * @example
 * const safe = redactProfile(parseResume(text));
 * safe.text.includes('@'); // false
 */
export function redactProfile(profile: ResumeProfile): ResumeProfile {
  assertProfile(profile);
  return guarded('redactProfile', () => redactProfileUnguarded(profile));
}

function redactProfileUnguarded(profile: ResumeProfile): ResumeProfile {
  const found = findRedactions(profile.text);
  if (found.length === 0) return profile;
  const text = apply(profile.text, found);
  const at = offsetMapper(found);
  const ev = (e: Evidence): Evidence => {
    const start = at(e.start, 'start');
    const end = Math.max(start, at(e.end, 'end'));
    return { ...e, start, end, text: text.slice(start, end) };
  };
  return {
    ...profile,
    text,
    sections: profile.sections.map((s) => ({ ...s, start: at(s.start, 'start'), end: at(s.end, 'end') })),
    skills: profile.skills.map((s) => ({ ...s, evidence: s.evidence.map(ev) })),
    experience: {
      ...profile.experience,
      entries: profile.experience.entries.map((e) => ({ ...e, span: { start: at(e.span.start, 'start'), end: at(e.span.end, 'end') } })),
      claims: profile.experience.claims.map((c) => ({ ...c, evidence: ev(c.evidence) })),
    },
    education: profile.education.map((e) => ({ ...e, evidence: ev(e.evidence) })),
    certifications: profile.certifications.map((c) => ({ ...c, evidence: ev(c.evidence) })),
    clearance: profile.clearance ? { ...profile.clearance, evidence: ev(profile.clearance.evidence) } : null,
  };
}

/** Every piece of personal data in `text`, sorted and non-overlapping (the earliest, then the longest, wins). */
export function findRedactions(text: string): Redaction[] {
  const found: Redaction[] = [...headerData(text), ...emails(text), ...urls(text), ...labelled(text), ...names(text)];
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Redaction[] = [];
  for (const r of found) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) last.end = r.end;
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

function apply(text: string, found: readonly Redaction[]): string {
  let out = '';
  let from = 0;
  for (const r of found) {
    out += text.slice(from, r.start) + PLACEHOLDERS[r.kind];
    from = r.end;
  }
  return out + text.slice(from);
}

/** Maps an offset of the original text to the redacted text; an offset inside a redaction goes to its edge. */
function offsetMapper(found: readonly Redaction[]): (offset: number, edge: 'start' | 'end') => number {
  return (offset, edge) => {
    let delta = 0;
    for (const r of found) {
      const grow = PLACEHOLDERS[r.kind].length - (r.end - r.start);
      if (offset >= r.end) delta += grow;
      else if (offset > r.start) return r.start + delta + (edge === 'end' ? PLACEHOLDERS[r.kind].length : 0);
      else break;
    }
    return offset + delta;
  };
}

interface Line {
  start: number;
  body: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const body of text.split('\n')) {
    out.push({ start, body });
    start += body.length + 1;
  }
  return out;
}

/** The name line and the contact lines at the top, up to the first heading. */
function headerData(text: string): Redaction[] {
  const out: Redaction[] = [];
  const headerEnd = findSections(text).find((sec) => sec.name === 'header')?.end ?? 0;
  let seen = 0;
  let named = false;
  for (const line of linesOf(text)) {
    const t = line.body.trim();
    if (line.start >= headerEnd || seen >= MAX_HEADER_LINES) break;
    if (t === '') continue;
    seen++;
    if (!named && t.length <= 60 && REDACT_PATTERNS.nameLine.test(t)) {
      named = true;
      const lead = line.body.length - line.body.trimStart().length;
      out.push({ start: line.start + lead, end: line.start + lead + t.length, kind: 'name' });
      continue;
    }
    named = true;
    if (REDACT_PATTERNS.contactCue.test(t) || REDACT_PATTERNS.street.test(t)) out.push(...contactParts(line));
  }
  return out;
}

/** The parts of a contact line that are an address or a phone number. */
function contactParts(line: Line): Redaction[] {
  const out: Redaction[] = [];
  let from = 0;
  const sep = new RegExp(REDACT_PATTERNS.separator.source, 'gu');
  const parts: Array<[number, number]> = [];
  for (let m = sep.exec(line.body); m !== null; m = sep.exec(line.body)) {
    parts.push([from, m.index]);
    from = m.index + m[0].length;
    if (m[0].length === 0) sep.lastIndex++;
  }
  parts.push([from, line.body.length]);
  for (const [s, e] of parts) {
    const part = line.body.slice(s, e).trim();
    if (part === '') continue;
    const lead = line.body.slice(s, e).length - line.body.slice(s, e).trimStart().length;
    const start = line.start + s + lead;
    const p = REDACT_PATTERNS;
    if (part.includes('@')) continue;
    if (p.street.test(part) || p.numberedPlace.test(part) || (p.postal.test(part) && LETTER.test(part) && !p.phone.test(part))) {
      out.push({ start, end: start + part.length, kind: 'address' });
    } else if (p.site.test(part)) {
      out.push({ start, end: start + part.length, kind: 'url' });
    }
  }
  return [...out, ...phones(line.body, line.start, false)];
}

/** Phone numbers: anywhere with a leading `+`, or any digit run in a contact or labelled line. */
function phones(body: string, offset: number, plusOnly: boolean): Redaction[] {
  const out: Redaction[] = [];
  const re = new RegExp(REDACT_PATTERNS.phone.source, 'gu');
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    // Outside contact lines only an international `+` or a bracketed area code ("(555) 010-0199") marks a phone.
    const plus = m[0].startsWith('+') || m[0].startsWith('(+') || REDACT_PATTERNS.areaCode.test(m[0]);
    if (plusOnly ? !plus : !plus && digits(m[0]) < MIN_PHONE_DIGITS) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, kind: 'phone' });
  }
  return out;
}

function digits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/** Lines labelled as a phone or an address anywhere in the text, and `+`-prefixed numbers anywhere. */
function labelled(text: string): Redaction[] {
  const out: Redaction[] = [];
  for (const line of linesOf(text)) {
    if (line.body.length > 400) continue;
    const p = REDACT_PATTERNS;
    const label = p.addressLabel.exec(line.body);
    if (label) {
      const start = label.index + label[0].length;
      const rest = line.body.slice(start);
      const lead = rest.length - rest.trimStart().length;
      const stop = p.separator.exec(rest.slice(lead));
      const end = start + lead + (stop ? stop.index : rest.trimStart().length);
      if (end > start + lead) out.push({ start: line.start + start + lead, end: line.start + end, kind: 'address' });
    }
    out.push(...phones(line.body, line.start, !p.phoneLabel.test(line.body)));
  }
  return out;
}

/** E-mail addresses, found by scanning around each `@` (no regex can backtrack over a long local part). */
function emails(text: string): Redaction[] {
  const out: Redaction[] = [];
  const isChar = (c: string) => c !== '' && REDACT_PATTERNS.emailChar.test(c);
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && isChar(text.charAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && isChar(text.charAt(e))) e++;
    while (e > at + 1 && text.charAt(e - 1) === '.') e--;
    const domain = text.slice(at + 1, e);
    if (s < at && domain.includes('.') && !domain.startsWith('.')) out.push({ start: s, end: e, kind: 'email' });
  }
  return out;
}

function urls(text: string): Redaction[] {
  const out: Redaction[] = [];
  for (const re of [REDACT_PATTERNS.url, REDACT_PATTERNS.profileUrl]) {
    const g = new RegExp(re.source, re.flags);
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      if (text.charAt(m.index - 1) === '@') continue; // the domain of an e-mail address
      let end = m.index + m[0].length;
      while (end > m.index && '.:'.includes(text.charAt(end - 1))) end--;
      out.push({ start: m.index, end, kind: 'url' });
    }
  }
  return out;
}

/** "Name: Jane Doe" fields and names after honorifics ("Ms. Walsh"). */
function names(text: string): Redaction[] {
  const out: Redaction[] = [];
  for (const re of [REDACT_PATTERNS.nameField, REDACT_PATTERNS.honorific]) {
    const g = new RegExp(re.source, re.flags);
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      const name = m[1] as string;
      const start = m.index + m[0].length - name.length;
      out.push({ start, end: start + name.length, kind: 'name' });
    }
  }
  return out;
}
