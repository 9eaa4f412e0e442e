import { extractTextItems, getDocumentProxy } from 'unpdf';
import { msg, RolefitError } from '../errors';
import { layoutPage, type TextItem } from './_layout';
import type { ReadWarning } from './_types';

/** Text read from a PDF, page by page in reading order. */
export interface PdfText {
  text: string;
  pages: number;
  warnings: ReadWarning[];
}

/** Non-space characters a page must hold on average before the PDF counts as having a text layer. */
const MIN_CHARS_PER_PAGE = 20;

/** Reads a PDF's text layer with unpdf, rebuilding lines (and two-column layouts) from item positions. */
export async function readPdf(bytes: Uint8Array, name: string, maxPages: number): Promise<PdfText> {
  // pdf.js may detach the buffer it is given, so it gets a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes)).catch((error: unknown) => {
    throw pdfError(error, name);
  });
  try {
    if (pdf.numPages > maxPages) throw new RolefitError('E_TOO_LARGE', msg.tooLarge(name, 'pages', pdf.numPages, maxPages, 'maxPages'));
    const { items } = await extractTextItems(pdf);
    const pages = items.map((page) => layoutPage(page.map(toItem)));
    const text = pages.map((p) => p.text).join('\n\f\n');
    const chars = text.replace(/\s/g, '').length;
    if (chars < MIN_CHARS_PER_PAGE * Math.min(pdf.numPages, 2)) throw new RolefitError('E_NO_TEXT_LAYER', msg.noTextLayer(name, pdf.numPages));
    const warnings: ReadWarning[] = [];
    const twoColumn = pages.flatMap((p, i) => (p.columns === 2 ? [i + 1] : []));
    if (twoColumn.length > 0) {
      warnings.push({ code: 'TWO_COLUMNS', message: `Two columns on page ${twoColumn.join(', ')}: read the left column, then the right.` });
    }
    const empty = pages.flatMap((p, i) => (p.text.trim() === '' ? [i + 1] : []));
    if (empty.length > 0) warnings.push({ code: 'PAGES_WITHOUT_TEXT', message: `No text on page ${empty.join(', ')} (scanned?); it was skipped.` });
    return { text, pages: pdf.numPages, warnings };
  } finally {
    await pdf.destroy();
  }
}

function toItem(i: { str: string; x: number; y: number; width: number; height: number; fontSize: number }): TextItem {
  return { str: i.str, x: i.x, y: i.y, width: i.width, size: i.fontSize || i.height };
}

function pdfError(error: unknown, name: string): RolefitError {
  const e = error as { name?: string; message?: string };
  if (e?.name === 'PasswordException' || /password|encrypt/i.test(e?.message ?? '')) {
    return new RolefitError('E_ENCRYPTED', msg.encrypted(name), { cause: error });
  }
  return new RolefitError('E_UNSUPPORTED_FORMAT', msg.unsupportedFormat(name, `a damaged PDF: ${e?.message ?? String(error)}`), { cause: error });
}
