import type { Archive } from '../archive/types';
import { datasetRows } from './rows';
import type { DataContext } from './files';

export * from './records';
export * from './files';

// The rows are made once per build and shared by the three files of each dataset and the page.
const made = new WeakMap<Archive, ReturnType<typeof datasetRows>>();

export function openData(archive: Archive, site: URL): { rows: ReturnType<typeof datasetRows>; context: DataContext } {
  let rows = made.get(archive);
  if (!rows) made.set(archive, (rows = datasetRows(archive, site)));
  return { rows, context: { publisher: archive.organisation.name, licence: archive.organisation.licence, asAt: archive.today, site } };
}
