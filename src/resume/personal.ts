import type { Section } from '../schemas';

/** A contact line: e-mail, phone, profile URL, or a label of personal data. */
const CONTACT_LINE =
  /@|\+?\d[\d\s().-]{7,}\d|\b(?:linkedin|github|gitlab)\.com\b|https?:\/\/|\b(?:date of birth|born|dob|nationality|citizenship|marital status|married|single|gender|age|address|phone|e-?mail)\b/i;
/** A name line: two to five capitalised words, nothing else. */
const NAME_LINE = /^\s*\p{Lu}[\p{L}'’.-]*(?:[ ,]+\p{Lu}[\p{L}'’.-]*){1,4}\s*$/u;
/** One whitespace character. */
const SPACE = /\s/u;
/** One character of a name word. */
const NAME_CHAR = /[\p{L}'’-]/u;
/** Honorifics that announce a person's name. */
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?\s+$/;

/** Spans of personal data (the name line, contact lines) and the words of the name. */
export interface PersonalData {
  spans: Array<{ start: number; end: number }>;
  nameWords: Set<string>;
}

/** Finds the name line and contact lines of the header, so that no skill is read from them. */
export function findPersonalData(text: string, sections: readonly Section[]): PersonalData {
  const header = sections.find((s) => s.name === 'header');
  const spans: PersonalData['spans'] = [];
  const nameWords = new Set<string>();
  if (!header) return { spans, nameWords };
  let offset = header.start;
  let seenName = false;
  for (const line of text.slice(header.start, header.end).split('\n')) {
    const trimmed = line.trim();
    if (!seenName && trimmed.length > 0 && NAME_LINE.test(trimmed) && trimmed.length <= 60) {
      seenName = true;
      spans.push({ start: offset, end: offset + line.length });
      for (const w of trimmed.split(/[\s,]+/)) if (w.length > 1) nameWords.add(w.replace(/[.,]$/, '').toLowerCase());
    } else if (CONTACT_LINE.test(trimmed)) {
      spans.push({ start: offset, end: offset + line.length });
    }
    if (trimmed.length > 0) seenName = true;
    offset += line.length + 1;
  }
  return { spans, nameWords };
}

/** True when a mention is personal data: inside a personal span, or a name word after an honorific. */
export function isPersonal(text: string, start: number, end: number, data: PersonalData): boolean {
  if (data.spans.some((s) => start >= s.start && start < s.end)) return true;
  const word = text.slice(start, end).toLowerCase();
  if (!data.nameWords.has(word)) return false;
  return HONORIFIC.test(text.slice(Math.max(0, start - 8), start)) || data.nameWords.has(previousWord(text, start));
}

/** The word right before `start` across spaces (a bounded backward scan: no end-anchored regex). */
function previousWord(text: string, start: number): string {
  const floor = Math.max(0, start - 40);
  let k = start;
  while (k > floor && SPACE.test(text.charAt(k - 1))) k--;
  if (k === start) return '';
  const end = k;
  while (k > floor && NAME_CHAR.test(text.charAt(k - 1))) k--;
  return text.slice(k, end).toLowerCase();
}
