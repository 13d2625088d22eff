import { parse } from 'csv-parse/sync';
import { observationSchema, type Observation } from '../../schemas';
import type { ContentProblem } from './errors';

const required = ['period', 'value', 'paper'] as const;
const optional = ['category', 'previousYear', 'msg', 'national', 'regional', 'note'] as const;
const numeric = new Set(['value', 'previousYear', 'msg', 'national', 'regional']);

/**
 * Reads a measure's observations from CSV, as analysts export them: a header row naming the
 * columns, one observation per row. Each problem names the file, the row (as a spreadsheet
 * numbers it, header = row 1) and the column.
 */
export function readObservationsCsv(text: string, file: string, problems: ContentProblem[]): Observation[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (e) {
    problems.push({ file, field: 'CSV', message: `cannot be read as CSV: ${(e as Error).message}` });
    return [];
  }
  const [header, ...rows] = records;
  if (!header) {
    problems.push({ file, field: 'row 1', message: `is empty: expected a header row with the columns ${required.join(', ')}` });
    return [];
  }
  const missing = required.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !(required as readonly string[]).includes(c) && !(optional as readonly string[]).includes(c));
  for (const c of missing)
    problems.push({
      file,
      field: `column "${c}"`,
      message: `is missing: the header row needs ${required.join(', ')} ` + `(and may have ${optional.join(', ')})`,
    });
  for (const c of unknown) problems.push({ file, field: `column "${c}"`, message: `is not a known column: expected ${[...required, ...optional].join(', ')}` });
  if (missing.length || unknown.length) return [];

  const observations: Observation[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = `row ${i + 2}`;
    const raw: Record<string, unknown> = {};
    let ok = true;
    header.forEach((column, j) => {
      const cell = cells[j] ?? '';
      if (cell === '') return;
      if (numeric.has(column)) {
        const n = Number(cell);
        if (!/^-?\d+(\.\d+)?$/.test(cell) || !Number.isFinite(n)) {
          problems.push({ file, field: `${row}, column "${column}"`, message: `"${cell}" is not a number: write plain digits such as 90.1 (no %, no commas)` });
          ok = false;
          return;
        }
        raw[column] = n;
      } else raw[column] = cell;
    });
    if (!ok) return;
    const result = observationSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, field: `${row}, column "${issue.path.join('.')}"`, message: issue.message });
      return;
    }
    const key = `${result.data.period}\u0000${result.data.category ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        field: `${row}, column "period"`,
        message:
          `"${result.data.period}"${result.data.category ? ` (${result.data.category})` : ''} ` +
          `is given twice (first in row ${first}): each period has one value`,
      });
      return;
    }
    seen.set(key, i + 2);
    observations.push(result.data);
  });
  return observations;
}

/** Periods (with their category) given twice in one measure. */
export function duplicatePeriods(observations: readonly Observation[]): string[] {
  const seen = new Set<string>();
  const dups: string[] = [];
  for (const o of observations) {
    const key = `${o.period}\u0000${o.category ?? ''}`;
    if (seen.has(key)) dups.push(o.category ? `${o.period} / ${o.category}` : o.period);
    seen.add(key);
  }
  return dups;
}
