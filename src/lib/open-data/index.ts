import { createHash } from 'node:crypto';
import type { Archive } from '../archive/types';
import { datasetRows } from './rows';
import { dataParts, type DataContext } from './files';
import { dataFileText, plainFileLimit, publishedDataFiles, type DataFile } from './publish';

export * from './records';
export * from './files';
export * from './publish';

// The rows are made once per build (and site address) and shared by every file and the page.
const made = new WeakMap<Archive, Map<string, ReturnType<typeof datasetRows>>>();

export function openData(archive: Archive, site: URL): { rows: ReturnType<typeof datasetRows>; context: DataContext } {
  const bySite = made.get(archive) ?? new Map<string, ReturnType<typeof datasetRows>>();
  made.set(archive, bySite);
  let rows = bySite.get(site.href);
  if (!rows) bySite.set(site.href, (rows = datasetRows(archive, site)));
  return { rows, context: { publisher: archive.organisation.name, licence: archive.organisation.licence, asAt: archive.today, site } };
}

/** The parts to publish, from the archive alone (no addresses needed): the years with agenda items or attendance. */
export function archiveDataParts(archive: Archive) {
  const years = (pick: (m: Archive['meetings'][number]) => boolean) => archive.meetings.filter(pick).map((m) => m.data.date.slice(0, 4));
  return dataParts({ 'agenda-items': years((m) => m.items.length > 0), attendance: years((m) => m.attendance.length > 0) });
}

const listed = new WeakMap<Archive, Map<string, { files: DataFile[]; texts: Map<string, string> }>>();
const textKey = (part: DataFile['part'], format: DataFile['format']) => `${part.name}/${part.year ?? ''}/${format}`;

/**
 * Every file under /data/ (publish.ts says which are compressed only), listed once per build. Each
 * part's text is made here to be measured; the text of a part small enough to be published plain
 * is kept for its two files (plain and compressed), a larger one let go, so no large text is held.
 */
function listing(archive: Archive, site: URL) {
  const bySite = listed.get(archive) ?? new Map<string, { files: DataFile[]; texts: Map<string, string> }>();
  listed.set(archive, bySite);
  let made = bySite.get(site.href);
  if (!made) {
    const { rows, context } = openData(archive, site);
    const texts = new Map<string, string>();
    const files = publishedDataFiles(archiveDataParts(archive), (part, format) => {
      const text = dataFileText(part, format, rows, context);
      const bytes = Buffer.byteLength(text);
      if (bytes <= plainFileLimit) texts.set(textKey(part, format), text);
      return { bytes, textDigest: createHash('sha256').update(text).digest('base64url') };
    });
    bySite.set(site.href, (made = { files, texts }));
  }
  return made;
}

export const archiveDataFiles = (archive: Archive, site: URL): DataFile[] => listing(archive, site).files;

/** A data file's text (before compression): kept from the listing when small, made again when large. */
export function archiveDataText(archive: Archive, site: URL, file: DataFile): string {
  const kept = listing(archive, site).texts.get(textKey(file.part, file.format));
  if (kept !== undefined) return kept;
  const { rows, context } = openData(archive, site);
  return dataFileText(file.part, file.format, rows, context);
}
