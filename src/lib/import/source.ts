import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readProblem } from './fs-problem';
import { pdfText } from './pdf-text';

/** A document read for import: its text with page breaks as form feeds, or why it cannot be read. */
export type Source =
  { ok: true; file: string; format: 'text' | 'markdown' | 'pdf'; text: string; notes: string[] } | { ok: false; file: string; message: string };

export const importable = ['.txt', '.md', '.pdf'] as const;

/**
 * Reads one file. Text exports are UTF-8 (with or without a byte-order mark) or UTF-16 with one;
 * anything else that is clearly text is read as Windows-1252, the usual legacy export, and said
 * so in the review report. Binary content, empty files and PDFs without a text layer are refused
 * with a message naming the file, so the rest of an import can go on.
 */
export async function readSource(file: string): Promise<Source> {
  const ext = path.extname(file).toLowerCase();
  const fail = (message: string): Source => ({ ok: false, file, message });
  if (!(importable as readonly string[]).includes(ext)) return fail(`is not a .txt, .md or .pdf file: export it as one of those`);
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    // A folder throws EISDIR when read; a pipe or a device would wait for ever.
    if (!stat.isFile() && !stat.isDirectory()) return fail('is not a file (a pipe or a device): copy what it holds into a file, and import that');
    bytes = readFileSync(file);
  } catch (e) {
    return fail(readProblem(e, 'file'));
  }
  if (bytes.length === 0) return fail('is empty');
  if (ext === '.pdf') {
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return fail('is not a PDF (it does not start with %PDF-)');
    try {
      const { text, pages } = await pdfText(new Uint8Array(bytes));
      const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length;
      if (letters < 20 * Math.max(1, pages) && letters < 200) {
        return fail(
          `has no text layer (${pages} ${pages === 1 ? 'page' : 'pages'}, ${letters} letters): it looks ` +
            `scanned. Run it through OCR first, or export the text, then import that; nothing was written for it`,
        );
      }
      return { ok: true, file, format: 'pdf', text, notes: [] };
    } catch (e) {
      return fail(`cannot be read as a PDF: ${(e as Error).message}`);
    }
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) return fail(decoded.error);
  if (decoded.text.trim() === '') return fail('is empty (it holds only spaces and blank lines)');
  return { ok: true, file, format: ext === '.md' ? 'markdown' : 'text', text: decoded.text, notes: decoded.notes };
}

export function decodeText(bytes: Uint8Array): { text: string; notes: string[] } | { error: string } {
  const notes: string[] = [];
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8. Control bytes other than tab, line breaks and form feed mean it is not text.
      if (bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) {
        return { error: 'is not a text file in a known encoding (it holds binary data): save it as UTF-8 text, or import the PDF' };
      }
      text = decodeWindows1252(bytes);
      notes.push('The file is not UTF-8; it was read as Windows-1252. Check accented letters, quotes and the £ sign.');
    }
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    return { error: 'is not a text file in a known encoding (it holds control characters): save it as UTF-8 text' };
  }
  return { text: text.replace(/\r\n?/g, '\n'), notes };
}

// Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, €); Node's own decoder
// may not know the difference, so the 27 characters are mapped here.
const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? cp1252[b - 0x80] : String.fromCharCode(b);
  return out;
}
