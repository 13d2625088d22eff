import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A PDF whose text layer holds the given text, one line per line, for the importer's tests:
 * a tab becomes a wide gap (as a table's columns are in a real PDF), and a form feed a new page.
 * Characters the standard font cannot draw are replaced by their nearest ASCII.
 */
export async function pdfFromText(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = 9;
  const ascii = (s: string) =>
    s
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/[–—]/g, '-')
      .replace(/…/g, '...')
      .replace(/[^\x20-\x7e£]/g, '?');
  for (const pageText of text.split('\f')) {
    let page = doc.addPage([842, 1191]);
    let y = 1150;
    for (const line of pageText.split('\n')) {
      if (y < 40) {
        page = doc.addPage([842, 1191]);
        y = 1150;
      }
      let x = 30;
      line.split('\t').forEach((cell, i) => {
        if (i > 0) x += size * 3;
        const drawn = ascii(cell);
        if (drawn) page.drawText(drawn, { x, y, size, font });
        x += font.widthOfTextAtSize(drawn, size);
      });
      y -= size * 1.6;
    }
  }
  return doc.save();
}

/** A PDF with no text at all: a scanned page, as far as the importer can tell. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return doc.save();
}
