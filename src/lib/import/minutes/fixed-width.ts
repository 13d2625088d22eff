import { actionTableHeading } from './actions';

// A table a PDF export prints in columns of spaces, each row's cells wrapped over several lines:
//   Minute   Action                                Responsible            Target date
//   314      Provide a breakdown of households     Head of Housing and    31 December
//            in temporary accommodation            Homelessness           2024
// rejoined as one line a row, its cells split by tabs, as a Word export prints a table.

interface Chunk {
  at: number;
  text: string;
}

/** The runs of a line's words, split where three or more spaces stand between them, with where each begins. */
const chunksOf = (line: string): Chunk[] => [...line.matchAll(/\S+(?:\s{1,2}\S+)*/g)].map((m) => ({ at: m.index, text: m[0] }));

/** A rule ("--------", "- - - -", "=====") under a heading or between rows: part of the table, not a row. */
const isRule = (line: string) => /^[\s\-–—=_|+]+$/.test(line) && /[-–—=_]{3}|(?:- ){3}/.test(line);

/** The column a run of words stands in: the last whose heading begins at or before it (with a little slack). */
const columnOf = (starts: number[], at: number) => {
  let c = 0;
  for (let k = 0; k < starts.length; k++) if (starts[k]! <= at + 2) c = k;
  return c;
};

/** Each action table printed in columns of spaces, rejoined one row a line with its cells split by tabs. */
export function joinFixedWidthTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const ruled = ruledTable(lines, i);
    if (ruled) {
      out.push(...ruled.lines);
      i = ruled.end - 1;
      continue;
    }
    const heading = line.includes('\t') ? [] : chunksOf(line);
    if (heading.length < 3 || !actionTableHeading(heading.map((h) => h.text))) {
      out.push(line);
      continue;
    }
    const starts = heading.map((h) => h.at);
    const head = heading.map((h) => h.text);
    const rows: string[][] = [];
    let j = i + 1;
    // A heading's second line ("No.", "Officer"): short words under its columns.
    const second = lines[j] === undefined || isRule(lines[j]!) ? [] : chunksOf(lines[j]!);
    if (second.length && second.length < head.length && second.every((c) => c.text.split(' ').length <= 2 && !/\d/.test(c.text))) {
      for (const c of second) head[columnOf(starts, c.at)] += ` ${c.text}`;
      j++;
    }
    let blanks = 0;
    for (; j < lines.length; j++) {
      if (isRule(lines[j]!)) continue;
      const chunks = chunksOf(lines[j]!);
      if (chunks.length === 0) {
        if (++blanks > 2) break;
        continue;
      }
      const columns = chunks.map((c) => columnOf(starts, c.at));
      // Prose across the columns, or a row with nothing but its first cell, ends the table.
      const across = chunks.some((c, k) => starts[columns[k]! + 1] !== undefined && c.at + c.text.length > starts[columns[k]! + 1]! + 3);
      const begins = columns[0] === 0 && chunks[0]!.at <= starts[0]! + 2;
      if (across || (begins && chunks.length === 1) || (!begins && rows.length === 0) || new Set(columns).size < columns.length) break;
      if (begins) rows.push(head.map(() => ''));
      const row = rows[rows.length - 1]!;
      chunks.forEach((c, k) => (row[columns[k]!] = row[columns[k]!] ? `${row[columns[k]!]} ${c.text}` : c.text));
      blanks = 0;
    }
    if (rows.length === 0) {
      out.push(line);
      continue;
    }
    out.push(head.join('\t'), '', ...rows.flatMap((r) => [r.join('\t'), '']));
    // What ended the table is read again, as the line after it.
    while (j > i + 1 && lines[j - 1]!.trim() === '') j--;
    i = j - 1;
  }
  return out;
}

/** The columns a rule of dashes under a heading marks out: " -----  ----  ------" → where each run begins. */
export const ruleColumns = (rule: string | undefined) =>
  rule !== undefined && /^\s*-{2,}(?:\s+-{2,}){2,}\s*$/.test(rule) ? [...rule.matchAll(/-+/g)].map((m) => m.index) : undefined;

/**
 * An action table whose heading is ruled off by dashes under each column ("Ref    Item  Action   Owner" / "-----  ----  ------
 * -----"): its cells are cut where the rule's runs begin, however few spaces stand between them; a row whose first cell is
 * empty goes on with the row above.
 */
function ruledTable(lines: string[], i: number): { lines: string[]; end: number } | undefined {
  const starts = ruleColumns(lines[i + 1]);
  if (!starts || lines[i]!.includes('\t')) return undefined;
  const cut = (l: string) => starts.map((at, k) => l.slice(at, starts[k + 1] ?? l.length).trim());
  const head = cut(lines[i]!);
  if (!actionTableHeading(head)) return undefined;
  const rows: string[][] = [];
  let j = i + 2;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.trim() === '') break;
    // Text reaching into the margin before the first column, or across a column's start, is not a row.
    if (/\S/.test(l.slice(0, starts[0])) || starts.slice(1).some((at) => /\S\S/.test(l.slice(at - 1, at + 1)))) break;
    const cells = cut(l);
    if (cells[0] === '' && rows.length) rows[rows.length - 1]!.forEach((c, k, row) => (row[k] = cells[k] ? `${c} ${cells[k]}`.trim() : c));
    else rows.push(cells);
  }
  if (rows.length === 0) return undefined;
  return { lines: [head.join('\t'), '', ...rows.flatMap((r) => [r.join('\t'), ''])], end: j };
}
