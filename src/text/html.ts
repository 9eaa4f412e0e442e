import { cleanLines, type Extracted, PARAGRAPH } from './hidden';

/** A character reference. */
const ENTITY = /&(#\d{1,7}|#x[\da-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ccedil: 'ç',
  ntilde: 'ñ',
  shy: '',
};

/** Decodes HTML character references (named ones rolefit knows, and every numeric one). */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff && code !== 2 ? String.fromCodePoint(code) : '';
  });
}

// ─── Tokenizer ───────────────────────────────────────────────────────────────

/** One piece of an HTML document, as offsets into it. */
export interface HtmlToken {
  kind: 'text' | 'tag' | 'comment';
  start: number;
  end: number;
  /** Lowercase tag name (tags only). */
  name: string;
  close: boolean;
  selfClose: boolean;
}

/** Elements whose content is raw text, never tags: scanned to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);
/** Elements that never have content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Splits HTML into text, tags and comments in one linear pass with `indexOf`: a tag of any length is one
 * token (quoted `>` included), an unterminated tag runs to the end (as in browsers), and the content of
 * `<script>`/`<style>` is text up to its end tag.
 */
export function tokenizeHtml(html: string, onToken: (token: HtmlToken) => void): void {
  const lower = html.toLowerCase();
  let pos = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) onToken({ kind: 'text', start: textStart, end, name: '', close: false, selfClose: false });
  };
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    const isTag = isLetter(next) || (next === 0x2f && isLetter(html.charCodeAt(lt + 2)));
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const end = lower.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      onToken({ kind: 'comment', start: lt, end: pos, name: '', close: false, selfClose: false });
      textStart = pos;
      continue;
    }
    if (!isTag && next !== 0x21 && next !== 0x3f) {
      pos = lt + 1;
      continue;
    }
    flushText(lt);
    const gt = tagEnd(html, lt + 1);
    pos = gt < html.length ? gt + 1 : html.length;
    if (!isTag) {
      onToken({ kind: 'comment', start: lt, end: pos, name: '', close: false, selfClose: false });
      textStart = pos;
      continue;
    }
    const close = next === 0x2f;
    let nameEnd = lt + (close ? 2 : 1);
    while (nameEnd < gt && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = lower.slice(lt + (close ? 2 : 1), nameEnd);
    const selfClose = html[gt - 1] === '/' || VOID.has(name);
    onToken({ kind: 'tag', start: lt, end: pos, name, close, selfClose });
    textStart = pos;
    if (!close && RAW_TEXT.has(name)) {
      const end = rawTextEnd(lower, name, pos);
      flushText(end);
      pos = end;
      textStart = end;
    }
  }
  flushText(html.length);
}

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isNameChar = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a || c === 0x5f;

/** Where `</name` closes a raw-text element (the end of the input when it never does). */
function rawTextEnd(lower: string, name: string, from: number): number {
  for (let i = lower.indexOf(`</${name}`, from); i >= 0; i = lower.indexOf(`</${name}`, i + 2)) {
    if (!isNameChar(lower.charCodeAt(i + 2 + name.length))) return i;
  }
  return lower.length;
}

/** The `>` that ends a tag, skipping quoted attribute values (`html.length` when there is none). */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if ((c === 0x22 || c === 0x27) && afterEquals) quote = c;
    else if (c === 0x3e) return i;
    if (!quote && c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) afterEquals = c === 0x3d;
  }
  return html.length;
}

/** The attributes of a tag token, names lowercased (boolean attributes map to ''). */
export function tagAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 1;
  while ((i < tag.length && isNameChar(tag.charCodeAt(i))) || tag[i] === '/') i++;
  while (i < tag.length) {
    while (i < tag.length && !isNameChar(tag.charCodeAt(i))) i++;
    const start = i;
    while (i < tag.length && isNameChar(tag.charCodeAt(i))) i++;
    if (i === start) break;
    const name = tag.slice(start, i).toLowerCase();
    while (tag[i] === ' ' || tag[i] === '\t' || tag[i] === '\n' || tag[i] === '\r') i++;
    if (tag[i] !== '=') {
      if (!out.has(name)) out.set(name, '');
      continue;
    }
    i++;
    while (tag[i] === ' ' || tag[i] === '\t' || tag[i] === '\n' || tag[i] === '\r') i++;
    const quote = tag[i];
    let value: string;
    if (quote === '"' || quote === "'") {
      const end = tag.indexOf(quote, i + 1);
      value = tag.slice(i + 1, end < 0 ? tag.length : end);
      i = end < 0 ? tag.length : end + 1;
    } else {
      const begin = i;
      while (i < tag.length && !/[\s>]/.test(tag[i] as string)) i++;
      value = tag.slice(begin, i);
    }
    if (!out.has(name)) out.set(name, decodeEntities(value));
  }
  return out;
}

// ─── Hidden elements ─────────────────────────────────────────────────────────

/** Rules of `<style>` blocks that hide elements: by class, id or tag name. */
interface HidingRules {
  classes: Set<string>;
  ids: Set<string>;
  tags: Set<string>;
}

/** A declaration that hides an element's text: `display:none`, `visibility:hidden`, a zero or tiny font, no opacity, off-screen. */
export function hidesText(style: string): boolean {
  for (const decl of style.toLowerCase().split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim();
    const value = decl
      .slice(colon + 1)
      .replace(/!important/g, '')
      .trim();
    if (prop === 'display' && value === 'none') return true;
    if (prop === 'visibility' && (value === 'hidden' || value === 'collapse')) return true;
    if (prop === 'font-size' && tinyLength(value)) return true;
    if (prop === 'opacity' && Number.parseFloat(value) <= 0.05) return true;
    if (prop === 'color' && value === 'transparent') return true;
    if ((prop === 'text-indent' || prop === 'left' || prop === 'top' || prop === 'margin-left') && Number.parseFloat(value) <= -999) return true;
  }
  return false;
}

/** A font size under 2 px or pt (`0`, `0.5pt`, `1px`, `0em`, `0%`). */
function tinyLength(value: string): boolean {
  const n = Number.parseFloat(value);
  if (!Number.isFinite(n)) return false;
  if (value.endsWith('em') || value.endsWith('rem')) return n < 0.15;
  if (value.endsWith('%')) return n < 15;
  return n < 2;
}

/** Reads the hiding rules of every `<style>` block: selectors `.a`, `#b`, `p`, `p.a` and lists of them. */
function hidingRules(html: string): HidingRules {
  const rules: HidingRules = { classes: new Set(), ids: new Set(), tags: new Set() };
  let inStyle = false;
  tokenizeHtml(html, (t) => {
    if (t.kind === 'tag' && t.name === 'style') inStyle = !t.close;
    else if (t.kind === 'text' && inStyle) readCss(html.slice(t.start, t.end), rules);
  });
  return rules;
}

function readCss(css: string, rules: HidingRules): void {
  let pos = 0;
  for (;;) {
    const open = css.indexOf('{', pos);
    if (open < 0) return;
    const close = css.indexOf('}', open);
    const body = css.slice(open + 1, close < 0 ? css.length : close);
    if (hidesText(body)) {
      for (const selector of css.slice(pos, open).split(',')) {
        const s = selector.replace(/\/\*[^*]{0,500}\*\//g, '').trim();
        const last = s.split(/\s+/).at(-1) ?? '';
        const m = /^([a-z][a-z0-9]{0,20})?(?:([.#])([\w-]{1,100}))?$/i.exec(last);
        if (!m) continue;
        if (m[2] === '.') rules.classes.add(m[3] as string);
        else if (m[2] === '#') rules.ids.add(m[3] as string);
        else if (m[1]) rules.tags.add((m[1] as string).toLowerCase());
      }
    }
    if (close < 0) return;
    pos = close + 1;
  }
}

function isHiding(tag: string, name: string, rules: HidingRules): boolean {
  if (rules.tags.has(name)) return true;
  if (!tag.includes('=') && !/\shidden/i.test(tag)) return false;
  const attrs = tagAttributes(tag);
  if (attrs.has('hidden')) return true;
  if (hidesText(attrs.get('style') ?? '')) return true;
  const id = attrs.get('id');
  if (id !== undefined && rules.ids.has(id)) return true;
  for (const cls of (attrs.get('class') ?? '').split(/\s+/)) if (cls && rules.classes.has(cls)) return true;
  return false;
}

/** Elements a new one of the same kind closes (HTML's implied end tags). */
const SELF_CLOSING_SIBLINGS: Record<string, readonly string[]> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};
/** How far down the stack an end tag looks for its element, so broken nesting stays linear. */
const MAX_LOOKBACK = 64;
const MAX_DEPTH = 10_000;

/**
 * Cuts the elements a reader cannot see (the `hidden` attribute, inline styles and `<style>` rules that
 * hide them) out of the source: `visible` is the document without them, `hidden` their source.
 */
export function splitHidden(html: string): { visible: string; hidden: string } {
  const rules = hidingRules(html);
  const stack: Array<{ name: string; hiding: boolean }> = [];
  let hidingDepth = 0;
  let visible = '';
  let hidden = '';
  let copied = 0;
  let hiddenStart = -1;
  const finish = (at: number) => {
    hidden += `${html.slice(hiddenStart, at)}\n`;
    copied = at;
    hiddenStart = -1;
  };
  const pop = (from: number) => {
    for (const popped of stack.splice(from)) if (popped.hiding) hidingDepth--;
  };
  tokenizeHtml(html, (t) => {
    if (t.kind !== 'tag') return;
    if (t.close) {
      const from = Math.max(0, stack.length - MAX_LOOKBACK);
      let at = -1;
      for (let i = stack.length - 1; i >= from && at < 0; i--) if (stack[i]?.name === t.name) at = i;
      if (at < 0) return;
      const own = stack[at]?.hiding === true;
      pop(at);
      if (hidingDepth === 0 && hiddenStart >= 0) finish(own ? t.end : t.start);
      return;
    }
    const siblings = SELF_CLOSING_SIBLINGS[t.name];
    const top = stack.at(-1);
    if (siblings && top && siblings.includes(top.name)) pop(stack.length - 1);
    if (hidingDepth === 0 && hiddenStart >= 0) finish(t.start);
    const hiding = hidingDepth === 0 && !t.selfClose && isHiding(html.slice(t.start, t.end), t.name, rules);
    if (t.selfClose || stack.length >= MAX_DEPTH) return;
    stack.push({ name: t.name, hiding });
    if (!hiding) return;
    hidingDepth++;
    visible += html.slice(copied, t.start);
    hiddenStart = t.start;
  });
  if (hiddenStart >= 0) hidden += html.slice(hiddenStart);
  else visible += html.slice(copied);
  return { visible, hidden };
}

// ─── Text ────────────────────────────────────────────────────────────────────

/** Elements whose content is never résumé text. */
const DROPPED = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'object', 'iframe', 'title']);
/** Tags that end a line. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'dl',
  'dt',
  'dd',
  'hr',
  'address',
  'figure',
  'figcaption',
  'details',
  'summary',
]);
const HEADING = /^h[1-6]$/;

/** Text between tags, with HTML whitespace collapsed (tabs stay as column gaps) and references decoded. */
function textOf(raw: string): string {
  return decodeEntities(raw.replace(/[ \r\n\f]+/g, ' ')).replace(/\u0002/g, '');
}

/**
 * HTML to résumé text: block elements end lines, list items become bullets, headings start a paragraph,
 * table rows become one line with cells separated by " | "; scripts, styles and comments are dropped and
 * tags of any length are removed.
 */
function renderHtml(html: string): string {
  let out = '';
  let dropped = 0;
  let row: string[] | undefined;
  let cell = '';
  const endRow = () => {
    if (!row) return;
    const cells = [...row, cell].map((c) => c.replace(/\s+/g, ' ').trim().replace(/\|/g, '/')).filter(Boolean);
    out += `\n${cells.join(' | ')}\n`;
    row = undefined;
    cell = '';
  };
  tokenizeHtml(html, (t) => {
    if (t.kind === 'comment') {
      if (row) cell += ' ';
      return;
    }
    if (t.kind === 'text') {
      if (dropped > 0) return;
      if (row) cell += textOf(html.slice(t.start, t.end));
      else out += textOf(html.slice(t.start, t.end));
      return;
    }
    if (t.name === 'body' && !t.close) dropped = 0;
    if (DROPPED.has(t.name)) {
      if (!t.selfClose) dropped = Math.max(0, dropped + (t.close ? -1 : 1));
      return;
    }
    if (dropped > 0) return;
    if (t.name === 'tr') {
      endRow();
      if (!t.close) row = [];
    } else if (t.name === 'table' || t.name === 'tbody' || t.name === 'thead' || t.name === 'tfoot') {
      endRow();
      out += '\n';
    } else if (row) {
      if (t.close && (t.name === 'td' || t.name === 'th')) {
        row.push(cell);
        cell = '';
      } else cell += ' ';
    } else if (HEADING.test(t.name)) out += t.close ? '\n' : `${PARAGRAPH}\n`;
    else if (t.name === 'li' && !t.close) out += '\n• ';
    else if (BLOCK.has(t.name)) out += '\n';
  });
  endRow();
  return cleanLines(out);
}

/** Block tags a text must hold at least this many of to be read as HTML (a "<5 years" in an ad stays as written). */
const MIN_BLOCK_TAGS = 3;

/** Whether a text pasted somewhere (a job ad from a career page's source) is HTML: it holds a few block tags. */
export function looksLikeHtml(text: string): boolean {
  if (!text.includes('<')) return false;
  let blocks = 0;
  tokenizeHtml(text, (t) => {
    if (t.kind === 'tag' && BLOCK.has(t.name)) blocks++;
  });
  return blocks >= MIN_BLOCK_TAGS;
}

/** HTML to text and hidden text: the elements a reader cannot see are read apart (`hidden`). */
export function readHtml(html: string): Extracted {
  const { visible, hidden } = splitHidden(html);
  return { text: renderHtml(visible), hidden: hidden ? renderHtml(hidden) : '' };
}

/**
 * HTML to résumé text: block elements end lines, list items become bullets, table rows become one line with
 * cells separated by " | "; scripts, styles, comments and elements a reader cannot see are dropped.
 */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/** Markdown to résumé text: headings, emphasis, links and code marks removed, bullets kept; hidden inline HTML read apart. */
export function readMarkdown(md: string): Extracted {
  const { visible, hidden } = md.includes('<') ? splitHidden(md) : { visible: md, hidden: '' };
  return { text: markdownToText(visible), hidden: hidden ? renderHtml(hidden) : '' };
}

/**
 * `[text](url)` and `![alt](url)` become their text (text up to 300 characters without `[`, url up to 500 without
 * `(`), in one pass: the next `]` and `)` are looked up only when passed, so a line of `[[[[…` stays linear.
 */
function linkTexts(line: string): string {
  let out = '';
  let pos = 0;
  let close = -2;
  let paren = -2;
  for (let open = line.indexOf('['); open >= 0; open = line.indexOf('[', Math.max(open + 1, pos))) {
    if (close !== -1 && close <= open) close = line.indexOf(']', open + 1);
    if (close < 0) break;
    if (close - open - 1 > 300 || line[close + 1] !== '(' || line.lastIndexOf('[', close) !== open) continue;
    if (paren !== -1 && paren <= close + 1) paren = line.indexOf(')', close + 2);
    if (paren < 0) break;
    if (paren - close - 2 > 500 || line.lastIndexOf('(', paren) !== close + 1) continue;
    const bang = open > pos && line[open - 1] === '!' ? 1 : 0;
    out += line.slice(pos, open - bang) + line.slice(open + 1, close);
    pos = paren + 1;
  }
  return out + line.slice(pos);
}

/** Markdown to résumé text: headings, emphasis, links and code marks removed, bullets kept. */
export function markdownToText(md: string): string {
  return md
    .split(/\r?\n/)
    .map((line) =>
      linkTexts(line)
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/, '')
        .replace(/(\*\*|__)([^*_\n]{1,300})\1/g, '$2')
        .replace(/`([^`\n]{1,300})`/g, '$1')
        .replace(/^(\s*)\*\s/, '$1- ')
        .replace(/^\s*>\s?/, ''),
    )
    .join('\n')
    .trim();
}
