import mammoth from 'mammoth';
import { msg, RolefitError } from '../errors';
import { htmlToText } from './_html';
import type { ReadWarning } from './_types';

/** Reads a DOCX with mammoth (through its HTML, so table rows become lines with cells separated by " | "). */
export async function readDocx(bytes: Uint8Array, name: string): Promise<{ text: string; warnings: ReadWarning[] }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.convertToHtml({ buffer }, { externalFileAccess: false }).catch((error: unknown) => {
    throw new RolefitError('E_UNSUPPORTED_FORMAT', msg.unsupportedFormat(name, `a ZIP file that is not a readable DOCX: ${(error as Error)?.message ?? error}`), { cause: error });
  });
  const warnings: ReadWarning[] = [];
  const errors = result.messages.filter((m) => m.type === 'error');
  if (errors.length > 0) warnings.push({ code: 'DOCX_MESSAGES', message: `mammoth: ${errors.map((m) => m.message).join('; ')}` });
  return { text: htmlToText(result.value), warnings };
}
