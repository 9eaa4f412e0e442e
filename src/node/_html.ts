/** Patterns for turning HTML into text; each repetition is bounded by a closing character, so they run in linear time. */
const HTML_PATTERNS = {
  /** The end of a table cell. */
  cellEnd: /<\/t[dh]\s*>/gi,
  /** A list item opens a bullet line. */
  listItem: /<li\b[^<>]{0,2000}>/gi,
  /** Tags that end a line. */
  block: /<\/?(?:p|div|br|h[1-6]|ul|ol|li|table|tbody|thead|tfoot|tr|section|article|header|footer|main|aside|nav|blockquote|pre|dl|dt|dd|hr|address|figure|figcaption|details|summary)\b[^<>]{0,2000}>/gi,
  /** Any other tag. */
  tag: /<\/?[a-zA-Z][^<>]{0,2000}>|<![^<>]{0,2000}>/g,
  /** A character reference. */
  entity: /&(#\d{1,7}|#x[\da-fA-F]{1,6}|[a-zA-Z]{2,8});/g,
} as const;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', bull: '•', middot: '·',
  hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©', reg: '®', trade: '™', eacute: 'é', egrave: 'è',
  aacute: 'á', agrave: 'à', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ccedil: 'ç', ntilde: 'ñ', shy: '',
};

/** Decodes HTML character references (named ones rolefit knows, and every numeric one). */
export function decodeEntities(s: string): string {
  return s.replace(HTML_PATTERNS.entity, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Elements whose content is never résumé text. */
const HIDDEN_ELEMENTS = ['script', 'style', 'head', 'noscript', 'template', 'svg', 'object', 'iframe', 'title'];

/**
 * Replaces each `<name …>…</name>` (or `open…close` when given) with `fn(inner)`, in one linear scan:
 * an unclosed element runs to the end of the input, so hostile input cannot cause backtracking.
 */
function replaceElements(html: string, open: string, close: string, fn: (inner: string) => string): string {
  const lower = html.toLowerCase();
  let out = '';
  let pos = 0;
  for (;;) {
    let start = lower.indexOf(open, pos);
    while (start >= 0 && open.startsWith('<') && /[a-z0-9]/.test(lower[start + open.length] ?? '')) start = lower.indexOf(open, start + 1);
    if (start < 0) return out + html.slice(pos);
    const openEnd = open === '<!--' ? start + 4 : lower.indexOf('>', start) + 1 || html.length;
    const end = lower.indexOf(close, openEnd);
    const inner = html.slice(openEnd, end < 0 ? html.length : end);
    const after = end < 0 ? html.length : (lower.indexOf('>', end) + 1 || html.length);
    out += html.slice(pos, start) + fn(inner);
    pos = after;
  }
}

/** The text of an inline fragment: tags removed, whitespace collapsed. */
function inlineText(html: string): string {
  return decodeEntities(html.replace(HTML_PATTERNS.tag, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * HTML to résumé text: block elements end lines, list items become bullets, table rows become
 * one line with cells separated by " | "; scripts, styles and comments are dropped.
 */
export function htmlToText(html: string): string {
  // HTML whitespace collapses (tabs, which mammoth keeps from Word, stay as column gaps).
  let visible = replaceElements(html, '<!--', '-->', () => ' ').replace(/[ \r\n\f]+/g, ' ');
  for (const name of HIDDEN_ELEMENTS) visible = replaceElements(visible, `<${name}`, `</${name}`, () => '\n');
  const rows = replaceElements(visible, '<tr', '</tr', (row) => {
    const cells = row.split(HTML_PATTERNS.cellEnd).map((c) => inlineText(c).replace(/\|/g, '/')).filter(Boolean);
    return `\n${cells.join(' | ')}\n`;
  });
  // Headings start a paragraph (a blank line); every other block only ends a line.
  const body = rows
    .replace(/<h[1-6]\b/gi, '\u0002$&')
    .replace(HTML_PATTERNS.listItem, '\n• ')
    .replace(HTML_PATTERNS.block, '\n');
  const lines = body
    .split('\n')
    .map((line) => decodeEntities(line.replace(HTML_PATTERNS.tag, '')).replace(/\t[ \t\u00a0]{0,200}/g, '  ').replace(/[ \u00a0]+/g, ' ').trim())
    .filter((line) => line !== '' && line !== '•');
  return lines.join('\n').replace(/\n?\u0002\n?/g, '\n\n').replace(/\u0002/g, '').trim();
}

/** Markdown to résumé text: headings, emphasis, links and code marks removed, bullets kept. */
export function markdownToText(md: string): string {
  return md
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/, '')
        .replace(/!?\[([^[\]\n]{0,300})\]\([^()\n]{0,500}\)/g, '$1')
        .replace(/(\*\*|__)([^*_\n]{1,300})\1/g, '$2')
        .replace(/`([^`\n]{1,300})`/g, '$1')
        .replace(/^(\s*)\*\s/, '$1- ')
        .replace(/^\s*>\s?/, ''),
    )
    .join('\n')
    .trim();
}
