import { createRequire } from 'node:module';
import path from 'node:path';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * The text layer of a PDF as lines, pages separated by a form feed. Pieces of text on one line
 * are joined with a space, or with a tab where the gap is wide enough to be a column, so tables
 * come out as the tab-separated rows text exports have.
 */
export async function pdfText(data: Uint8Array): Promise<{ text: string; pages: number }> {
  // The legacy build runs on Node 20; the standard fonts are read from the package, never fetched.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;
  const pdf = await getDocument({ data, standardFontDataUrl: fonts, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items = (content.items as TextItem[]).filter((i) => typeof i.str === 'string' && i.str.trim() !== '');
    const rows = new Map<number, TextItem[]>();
    for (const item of items) {
      const y = Math.round(item.transform[5]! / 2) * 2;
      const row = rows.get(y);
      if (row) row.push(item);
      else rows.set(y, [item]);
    }
    const ordered = [...rows.entries()].sort(([a], [b]) => b - a);
    // A gap of more than about one and a half lines is a blank line: paragraphs stay apart.
    const lineHeight = Math.min(
      ...ordered
        .slice(1)
        .map(([y], i) => ordered[i]![0] - y)
        .filter((d) => d > 0),
      1000,
    );
    const lines = ordered
      .flatMap(([y, row], i) =>
        i > 0 && ordered[i - 1]![0] - y > lineHeight * 1.5
          ? [[y, []] as [number, TextItem[]], [y, row] as [number, TextItem[]]]
          : [[y, row] as [number, TextItem[]]],
      )
      .map(([, row]) => {
        if (row.length === 0) return '';
        row.sort((a, b) => a.transform[4]! - b.transform[4]!);
        let line = '';
        let end: number | undefined;
        for (const item of row) {
          const x = item.transform[4]!;
          const size = Math.abs(item.transform[0]!) || item.height || 10;
          if (end !== undefined) line += x - end > size * 1.5 ? '\t' : x - end > size * 0.15 ? ' ' : '';
          line += item.str;
          end = x + item.width;
        }
        return line.replace(/ +/g, ' ').trimEnd();
      });
    pages.push(lines.join('\n'));
    page.cleanup();
  }
  await pdf.destroy();
  return { text: pages.join('\n\f\n'), pages: pdf.numPages };
}
