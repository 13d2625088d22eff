import { zodToJsonSchema } from 'zod-to-json-schema';
import { csvField } from '../format/csv';
import { datasets, type DatasetName } from './records';

export interface DataContext {
  publisher: string;
  licence: { name: string; url: string };
  /** The date of the data: the day the site was built for. */
  asAt: string;
  site: URL;
}

export const dataFileUrl = (name: DatasetName, ext: 'csv' | 'json' | 'schema.json') => `/data/${name}.${ext}`;

/** The fields of a dataset, in order, with their descriptions: the CSV columns and the page's table. */
export function fields(name: DatasetName): { name: string; description: string }[] {
  const shape = datasets[name].record.shape as Record<string, { description?: string }>;
  return Object.entries(shape).map(([key, s]) => ({ name: key, description: s.description ?? '' }));
}

/** CSV: one column per field, lists joined by "; ", booleans true/false, empty for null. */
export function datasetCsv(name: DatasetName, rows: Record<string, unknown>[]): string {
  const keys = fields(name).map((f) => f.name);
  const cell = (v: unknown) => csvField(Array.isArray(v) ? v.join('; ') : v === null ? '' : v);
  return `${[keys.join(','), ...rows.map((r) => keys.map((k) => cell(r[k])).join(','))].join('\r\n')}\r\n`;
}

/** JSON: the records with who published them, under which licence, and as at when. */
export function datasetJson(name: DatasetName, rows: Record<string, unknown>[], context: DataContext): string {
  const doc = {
    dataset: name,
    title: datasets[name].title,
    publisher: context.publisher,
    licence: context.licence,
    asAt: context.asAt,
    schema: new URL(dataFileUrl(name, 'schema.json'), context.site).href,
    count: rows.length,
    records: rows,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
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
      publisher: { type: 'string' },
      licence: { type: 'object', required: ['name', 'url'], properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } }, additionalProperties: false },
      asAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      schema: { type: 'string', format: 'uri' },
      count: { type: 'integer', minimum: 0 },
      records: { type: 'array', items: { ...record, $schema: undefined } },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
