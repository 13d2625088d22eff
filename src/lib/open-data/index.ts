import type { Archive } from '../archive/types';
import { datasetRows } from './rows';
import { dataParts, type DataContext } from './files';
import { dataFileText, publishedDataFiles, type DataFile } from './publish';

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

const listed = new WeakMap<Archive, Map<string, DataFile[]>>();

/**
 * Every file under /data/ (publish.ts says which are compressed only), listed once per build: each
 * part's text is made once here to be measured, then let go, so no file's text is held for long.
 */
export function archiveDataFiles(archive: Archive, site: URL): DataFile[] {
  const bySite = listed.get(archive) ?? new Map<string, DataFile[]>();
  listed.set(archive, bySite);
  let files = bySite.get(site.href);
  if (!files) {
    const { rows, context } = openData(archive, site);
    const all = rows as unknown as Parameters<typeof dataFileText>[2];
    bySite.set(
      site.href,
      (files = publishedDataFiles(archiveDataParts(archive), (part, format) => Buffer.byteLength(dataFileText(part, format, all, context)))),
    );
  }
  return files;
}
