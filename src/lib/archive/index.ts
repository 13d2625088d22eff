import { readContentFolder } from '../content/read-folder';
import { buildArchive } from './build';
import type { Archive } from './types';
import { buildDay, contentRoot } from '../site/settings';

export type * from './types';

// The archive is kept on globalThis, not in a module variable, because the build loads this module
// twice in one process: once with the config (the content integration reads and checks the folder
// before anything is bundled, so a mistake stops the build in seconds) and once in the bundle
// that renders the pages. Both then share one reading of the folder.
const slot = Symbol.for('scrutiny.archive');
type Holder = { [slot]?: Promise<Archive> };

/**
 * The whole published archive, read once per build straight from the content folder and shared
 * by every page: each collection is read once and every index derived from it in one pass.
 *
 * Why not Astro's content layer: at 10,000 meetings it keeps every entry in its data store,
 * serialises the store to disk and hands back copies, which took more memory than Node's
 * default heap (see docs/performance.md). Reading the YAML ourselves is a second or two per
 * thousand meetings, so there is nothing for a cache to save.
 */
export function getArchive(): Promise<Archive> {
  const holder = globalThis as Holder;
  holder[slot] ??= Promise.resolve().then(() => buildArchive(readContentFolder(contentRoot()), { today: buildDay() }));
  return holder[slot];
}

/** Forget the archive read so far, so the next page reads the folder again (the dev server, after an edit). */
export function forgetArchive(): void {
  delete (globalThis as Holder)[slot];
}
