/** Tags that break a line: blocks, list items, headings, table rows. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'hr',
  'dl',
  'dt',
  'dd',
  'blockquote',
]);
/** Inline tags, dropped with their marks only. */
const INLINE_TAGS = new Set(['strong', 'b', 'i', 'em', 'u', 'span', 'a', 'small', 'sup', 'sub', 'font', 'td', 'th', 'tbody', 'thead', 'code', 'mark']);
/** A start or end tag of the names above, attributes included (bounded, so the pattern stays linear). */
const TAG = /<(\/?)([a-z][a-z0-9]{0,9})(?:\s[^<>]{0,400})?\s?\/?>/giu;
/** Character references of the few entities job boards leave behind. */
const ENTITY = /&(#\d{1,6}|#x[\da-f]{1,5}|[a-z]{2,8});/giu;
const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  bull: '•',
  hellip: '…',
};
/** Fewer known tags than this: the text is no HTML (a "<5 years" stays as written). */
const MIN_TAGS = 3;

/**
 * An ad pasted as HTML (a career page's source) as plain text: blocks and headings on lines of their own, list items
 * as "- " bullets, inline marks and entities resolved, so headings and items read as in a text ad.
 */
export function htmlToText(text: string): string {
  let tags = 0;
  for (const m of text.matchAll(TAG)) if (known(m[2] as string)) tags++;
  if (tags < MIN_TAGS) return text;
  const plain = text.replace(TAG, (whole, close: string, name: string) => {
    const tag = name.toLowerCase();
    if (!known(tag)) return whole;
    if (!BLOCK_TAGS.has(tag)) return '';
    if (tag === 'li') return close === '' ? '\n- ' : '\n';
    return /^h\d$/u.test(tag) ? '\n\n' : '\n';
  });
  return plain
    .replace(ENTITY, (whole, ref: string) => entity(ref) ?? whole)
    .replace(/[ \t]{0,40}\n[ \t]{0,40}/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n');
}

function known(name: string): boolean {
  const tag = name.toLowerCase();
  return BLOCK_TAGS.has(tag) || INLINE_TAGS.has(tag);
}

function entity(ref: string): string | undefined {
  const r = ref.toLowerCase();
  if (r.startsWith('#x')) return String.fromCodePoint(Number.parseInt(r.slice(2), 16));
  if (r.startsWith('#')) return String.fromCodePoint(Number.parseInt(r.slice(1), 10));
  return ENTITIES[r];
}
