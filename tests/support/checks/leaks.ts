import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { filesUnder } from '../html';

/**
 * The text of every output file as a reader or a crawler could get it. Pagefind's index files are
 * gzip behind a "pagefind_dcd" prefix (or plain gzip): they are opened too, so the search index
 * cannot hide what the pages do not show.
 */
export function outputTexts(dir: string): { file: string; text: string }[] {
  return filesUnder(dir).map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return { file, text: decode(bytes) };
  });
}

function decode(bytes: Buffer): string {
  const gzipAt = bytes.indexOf(Buffer.from([0x1f, 0x8b]));
  if (gzipAt === 0 || (gzipAt > 0 && gzipAt <= 16 && bytes.subarray(0, gzipAt).toString('latin1').startsWith('pagefind_dcd'))) {
    try {
      const inner = gunzipSync(bytes.subarray(gzipAt));
      return decode(inner.subarray(inner.toString('latin1').startsWith('pagefind_dcd') ? 12 : 0));
    } catch {
      /* not gzip after all */
    }
  }
  return bytes.toString('utf8');
}

/** Files in which any canary word appears, case-insensitively. */
export function findCanaries(dir: string, canaries: string[]): { file: string; canary: string }[] {
  const found: { file: string; canary: string }[] = [];
  for (const { file, text } of outputTexts(dir)) {
    const lower = text.toLowerCase();
    for (const c of canaries) if (lower.includes(c.toLowerCase())) found.push({ file, canary: c });
  }
  return found;
}
