/**
 * Text a spreadsheet would run as a formula, or split into a formula (OWASP's CSV injection
 * guidance): a cell beginning = + - @, TAB or CR.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** A plain decimal number, as the site writes one ("-5", "-5.2"): a spreadsheet reads it as the number, never a formula. */
const plainNumber = /^-?\d+(\.\d+)?$/;

/**
 * One field (RFC 4180): quoted when it holds a comma, quote or line break. A number or boolean is
 * written as it is (-5 stays -5); text that could start a formula gets a single quote before it
 * ("'=1+1", "'- a bullet"), unless it is wholly a plain decimal number, so no cell runs in a
 * spreadsheet and every cell reads back as written.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  const s = value === undefined || value === null ? '' : String(value);
  const text = typeof value === 'string' && formulaStart.test(s) && !plainNumber.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV with a header line, CRLF line ends as the standard says. */
export function toCsv<T extends { [K in keyof T]: string | number | boolean | null | undefined }>(
  rows: readonly T[],
  columns: readonly { key: keyof T & string; label: string }[],
): string {
  const lines = [columns.map((c) => csvField(c.key)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c.key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
