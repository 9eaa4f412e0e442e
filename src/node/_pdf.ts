import { nodeMsg, RolefitError } from '../errors';
import { layoutPage, type PageText } from './_layout';
import { readOperators } from './_pdfops';
import type { ReadWarning } from './_types';

/** Text read from a PDF, page by page in reading order, and the text a reader cannot see. */
export interface PdfText {
  text: string;
  hidden: string;
  pages: number;
  warnings: ReadWarning[];
}

/** Non-space characters a page must hold on average before the PDF counts as having a text layer. */
const MIN_CHARS_PER_PAGE = 20;

/** pdf.js 5 calls `ArrayBuffer.prototype.transferToFixedLength` (Node 21+); this copy stands in on Node 20. */
function polyfill(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(proto, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const out = new ArrayBuffer(length ?? this.byteLength);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(this.byteLength, out.byteLength)));
      return out;
    },
  });
}

/**
 * Reads a PDF's text layer with pdf.js (through unpdf), one page at a time, from each page's operator list:
 * lines (and two-column layouts) are rebuilt from the glyph positions, and text a reader cannot see (white or
 * the colour of the shape behind it, under 3 pt, off the page or clipped away) is read apart.
 * Runs in a worker thread (see `_pool.ts`): pdf.js work cannot be interrupted, the thread can.
 */
export async function readPdf(bytes: Uint8Array, name: string, maxPages: number): Promise<PdfText> {
  polyfill();
  const { getDocumentProxy, getResolvedPDFJS } = await import('unpdf');
  const pdfjs = (await getResolvedPDFJS()) as unknown as PdfJs;
  // pdf.js may detach the buffer it is given, so it gets a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: pdfjs.VerbosityLevel.ERRORS }).catch((error: unknown) => {
    throw pdfError(error, name);
  });
  try {
    if (pdf.numPages > maxPages) throw new RolefitError('E_TOO_LARGE', nodeMsg.tooLarge(name, 'pages', pdf.numPages, maxPages, 'maxPages'));
    const pages: PageText[] = [];
    const hidden: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      const items = readOperators(ops, page.view, pdfjs.OPS, (id) => fontMatrix(page, id));
      pages.push(layoutPage(items.visible));
      const unseen = layoutPage(items.hidden).text;
      if (unseen.trim() !== '') hidden.push(unseen);
      page.cleanup();
    }
    const text = pages.map((p) => p.text).join('\n\f\n');
    const chars = text.replace(/\s/g, '').length + hidden.join('').replace(/\s/g, '').length;
    if (chars < MIN_CHARS_PER_PAGE * Math.min(pdf.numPages, 2)) throw new RolefitError('E_NO_TEXT_LAYER', nodeMsg.noTextLayer(name, pdf.numPages));
    return { text, hidden: hidden.join('\n'), pages: pdf.numPages, warnings: pageWarnings(pages) };
  } catch (error) {
    throw error instanceof RolefitError ? error : pdfError(error, name);
  } finally {
    await pdf.destroy();
  }
}

function pageWarnings(pages: readonly PageText[]): ReadWarning[] {
  const warnings: ReadWarning[] = [];
  const twoColumn = pages.flatMap((p, i) => (p.columns === 2 ? [i + 1] : []));
  if (twoColumn.length > 0) warnings.push({ code: 'TWO_COLUMNS', message: nodeMsg.twoColumns(twoColumn) });
  const empty = pages.flatMap((p, i) => (p.text.trim() === '' ? [i + 1] : []));
  if (empty.length > 0) warnings.push({ code: 'PAGES_WITHOUT_TEXT', message: nodeMsg.pagesWithoutText(empty) });
  return warnings;
}

/** What rolefit uses of the pdf.js module. */
interface PdfJs {
  OPS: Record<string, number>;
  AnnotationMode: { DISABLE: number };
  VerbosityLevel: { ERRORS: number };
}

/** The horizontal glyph scale of a font (0.001 unless a Type 3 font says otherwise). */
function fontMatrix(page: { commonObjs: { has(id: string): boolean; get(id: string): unknown } }, id: string): number {
  try {
    if (!page.commonObjs.has(id)) return 0.001;
    const m = (page.commonObjs.get(id) as { fontMatrix?: ArrayLike<number> } | null)?.fontMatrix;
    const a = m?.[0];
    return typeof a === 'number' && Number.isFinite(a) && a !== 0 ? Math.abs(a) : 0.001;
  } catch {
    return 0.001;
  }
}

function pdfError(error: unknown, name: string): RolefitError {
  const e = error as { name?: string; message?: string };
  if (e?.name === 'PasswordException' || /password|encrypt/i.test(e?.message ?? '')) {
    return new RolefitError('E_ENCRYPTED', nodeMsg.encrypted(name), { cause: error });
  }
  return new RolefitError('E_UNSUPPORTED_FORMAT', nodeMsg.unsupportedFormat(name, `a damaged PDF: ${e?.message ?? String(error)}`), { cause: error });
}
