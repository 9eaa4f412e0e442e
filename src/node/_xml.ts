import { decodeEntities } from '../text/html';

/** One tag of an XML document: `<w:t xml:space="preserve">`, `</w:t>` or `<w:tab/>`. */
export interface XmlTag {
  name: string;
  close: boolean;
  selfClose: boolean;
  /** The raw attribute text (read with `attr`). */
  attrs: string;
}

/**
 * Walks an XML document in one linear pass with `indexOf` (no regex, no tree): tags to `onTag`, decoded
 * text to `onText`. Comments, processing instructions and the doctype are skipped; CDATA is text.
 */
export function scanXml(xml: string, onTag: (tag: XmlTag) => void, onText: (text: string) => void): void {
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      emitText(xml.slice(pos), onText);
      return;
    }
    if (lt > pos) emitText(xml.slice(pos, lt), onText);
    if (xml.startsWith('<!--', lt)) {
      pos = endOf(xml, '-->', lt + 4);
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      onText(xml.slice(lt + 9, end < 0 ? xml.length : end));
      pos = end < 0 ? xml.length : end + 3;
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (xml[lt + 1] !== '?' && xml[lt + 1] !== '!') onTag(parseTag(xml.slice(lt + 1, gt)));
    pos = gt + 1;
  }
}

function emitText(raw: string, onText: (text: string) => void): void {
  onText(raw.includes('&') ? decodeEntities(raw) : raw);
}

function endOf(xml: string, marker: string, from: number): number {
  const i = xml.indexOf(marker, from);
  return i < 0 ? xml.length : i + marker.length;
}

/** The `>` that ends a tag, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return xml.length;
}

function parseTag(body: string): XmlTag {
  const close = body.startsWith('/');
  const selfClose = body.endsWith('/');
  const inner = body.slice(close ? 1 : 0, selfClose ? -1 : undefined);
  let end = 0;
  while (end < inner.length && !isSpace(inner.charCodeAt(end))) end++;
  return { name: inner.slice(0, end), close, selfClose, attrs: inner.slice(end) };
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The value of attribute `name` in a tag's raw attribute text, decoded. */
export function attr(attrs: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = attrs.indexOf(name, from);
    if (i < 0) return undefined;
    from = i + name.length;
    if (i > 0 && !isSpace(attrs.charCodeAt(i - 1))) continue;
    let j = from;
    while (isSpace(attrs.charCodeAt(j))) j++;
    if (attrs[j] !== '=') continue;
    j++;
    while (isSpace(attrs.charCodeAt(j))) j++;
    const quote = attrs[j];
    if (quote !== '"' && quote !== "'") continue;
    const end = attrs.indexOf(quote, j + 1);
    return decodeEntities(attrs.slice(j + 1, end < 0 ? attrs.length : end));
  }
}
