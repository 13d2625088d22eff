import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { datasetCsv, datasetJson, partRows, type DataContext, type DataPart } from './files';
import type { DatasetName } from './records';

/**
 * Every data file is published gzip-compressed ("meetings.csv.gz"), whatever its size, so a
 * script can always fetch the compressed form. It is published uncompressed as well while it is
 * at most this size: a spreadsheet opens it directly, and every common host takes it
 * (docs/deploying.md). A larger file (the minutes' text of a busy year, say) is compressed only,
 * which keeps a large archive within the hosts' limits (docs/performance.md).
 */
export const plainFileLimit = 5_000_000;

export type DataFormat = 'csv' | 'json';
export const dataFormats: DataFormat[] = ['csv', 'json'];

/** One file under /data/: a part of a dataset in one format, compressed or not. */
export interface DataFile {
  part: DataPart;
  format: DataFormat;
  compressed: boolean;
  /** Its name under /data/: "agenda-items-2019.csv.gz". */
  name: string;
  /** The size of its text uncompressed, in bytes. */
  bytes: number;
  /** The SHA-256 of its text: a rebuild carries the file over when it is the same (src/pages/data/[file].ts). */
  textDigest: string;
}

/** The name of a part's file: "meetings.csv", "agenda-items-2019.json.gz". */
export const dataFileName = (part: DataPart, format: DataFormat, compressed: boolean) =>
  `${part.name}${part.year ? `-${part.year}` : ''}.${format}${compressed ? '.gz' : ''}`;

/**
 * The files to publish for these parts, given the size of each part's text in each format: the
 * compressed file always, and the plain one too when it is at most `limit` bytes.
 */
export function publishedDataFiles(
  parts: DataPart[],
  measure: (part: DataPart, format: DataFormat) => { bytes: number; textDigest: string },
  limit = plainFileLimit,
): DataFile[] {
  return parts.flatMap((part) =>
    dataFormats.flatMap((format) => {
      const { bytes, textDigest } = measure(part, format);
      return [true, ...(bytes <= limit ? [false] : [])].map((compressed) => ({
        part,
        format,
        compressed,
        name: dataFileName(part, format, compressed),
        bytes,
        textDigest,
      }));
    }),
  );
}

/** The text of a part in one format, from every dataset's rows. */
export function dataFileText(part: DataPart, format: DataFormat, rows: Record<DatasetName, Record<string, unknown>[]>, context: DataContext): string {
  const records = partRows(part, rows[part.name]);
  return format === 'csv' ? datasetCsv(part.name, records) : datasetJson(part.name, records, context, part.year);
}

const gzipAsync = promisify(gzip);

/**
 * The text gzip-compressed, off the main thread (zlib's thread pool), so that the build renders
 * pages meanwhile. The same text always gives the same bytes: gzip's header carries no time.
 */
export async function gzipText(text: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await gzipAsync(Buffer.from(text, 'utf8'), { level: 6 }));
}
