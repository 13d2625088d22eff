import { zodToJsonSchema } from 'zod-to-json-schema';
import { csvField } from '../format/csv';
import { datasets, splitByYear, type DatasetName } from './records';

export interface DataContext {
  publisher: string;
  licence: { name: string; url: string };
  /** The date of the data: the day the site was built for. */
  asAt: string;
  site: URL;
}

/** A data file's address: "/data/meetings.csv", or a year's part of a large dataset, "/data/agenda-items-2019.csv". */
export const dataFileUrl = (name: DatasetName, ext: 'csv' | 'json' | 'schema.json', year?: string) =>
  `/data/${name}${year && ext !== 'schema.json' ? `-${year}` : ''}.${ext}`;

/** One published file of a dataset: all of it, or one year of a dataset published by year. */
export interface DataPart {
  name: DatasetName;
  year?: string;
}

/** Which years a dataset published by year has: those of the meetings that have its records. */
export function dataParts(years: Partial<Record<DatasetName, string[]>>): DataPart[] {
  return (Object.keys(datasets) as DatasetName[]).flatMap((name) =>
    splitByYear(name) ? [...new Set(years[name] ?? [])].sort().map((year) => ({ name, year })) : [{ name }],
  );
}

/** The records of one part: a year's, by the day of their meeting. */
export function partRows(part: DataPart, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return part.year ? rows.filter((r) => String(r.date).startsWith(part.year!)) : rows;
}

/** The fields of a dataset, in order, with their descriptions: the CSV columns and the page's table. */
export function fields(name: DatasetName): { name: string; description: string }[] {
  const shape = datasets[name].record.shape as Record<string, { description?: string }>;
  return Object.entries(shape).map(([key, s]) => ({ name: key, description: s.description ?? '' }));
}

/** CSV: one column per field, lists joined by "; ", booleans true/false, empty for null. */
export function datasetCsv(name: DatasetName, rows: Record<string, unknown>[]): string {
  const keys = fields(name).map((f) => f.name);
  const cell = (v: unknown) => csvField(Array.isArray(v) ? v.join('; ') : v === null ? '' : (v as string | number | boolean | undefined));
  return `${[keys.join(','), ...rows.map((r) => keys.map((k) => cell(r[k])).join(','))].join('\r\n')}\r\n`;
}

/** JSON: the records with who published them, under which licence, and as at when. */
export function datasetJson(name: DatasetName, rows: Record<string, unknown>[], context: DataContext, year?: string): string {
  const doc = {
    dataset: name,
    title: datasets[name].title,
    ...(year ? { year } : {}),
    publisher: context.publisher,
    licence: context.licence,
    asAt: context.asAt,
    schema: new URL(dataFileUrl(name, 'schema.json'), context.site).href,
    count: rows.length,
    records: rows,
  };
  // Compact: at archive scale these files are large, and readers parse rather than read them.
  return `${JSON.stringify(doc)}\n`;
}

/** The JSON Schema of the JSON file, generated from the same zod schema the build checks the records against. */
export function datasetSchema(name: DatasetName, context: Pick<DataContext, 'site'>): string {
  const record = zodToJsonSchema(datasets[name].record, { target: 'jsonSchema7', $refStrategy: 'none' });
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: new URL(dataFileUrl(name, 'schema.json'), context.site).href,
    title: datasets[name].title,
    description: datasets[name].description,
    type: 'object',
    required: ['dataset', 'title', 'publisher', 'licence', 'asAt', 'schema', 'count', 'records'],
    additionalProperties: false,
    properties: {
      dataset: { const: name },
      title: { type: 'string' },
      year: { type: 'string', pattern: '^\\d{4}$', description: 'For a dataset published a file per year: the year of this file' },
      publisher: { type: 'string' },
      licence: {
        type: 'object',
        required: ['name', 'url'],
        properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } },
        additionalProperties: false,
      },
      asAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      schema: { type: 'string', format: 'uri' },
      count: { type: 'integer', minimum: 0 },
      records: { type: 'array', items: { ...record, $schema: undefined } },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
