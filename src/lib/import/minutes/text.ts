/** Printed text made plain for matching, and names compared and cased as the minutes print them. */

/** A paragraph that is a table's row: cells split by tabs, or a Markdown row between bars. */
export const isTableRow = (paragraph: string) => paragraph.includes('\t') || paragraph.trim().startsWith('|');

/** How far a line is indented, a tab as four spaces; a blank line none. */
export const indent = (line: string) => (line.trim() === '' ? 0 : /^\s*/.exec(line)![0].replace(/\t/g, '    ').length);

export const plain = (s: string) =>
  s
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/co-ordination/g, 'coordination')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\b(And|Of|The|For|In)\b/g, (w) => w.toLowerCase());
}
