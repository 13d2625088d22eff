import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codeDigest, previousSite } from '../site/settings';
import { pageManifest } from '../../integrations/incremental-files.mjs';

/**
 * Which pages a build renders, and which it carries over from the site already published
 * (docs/incremental-builds.md). A page is carried over, byte for byte, only when the digest of
 * everything it is made from (pageDigest: its record, the records it links to, the inputs every
 * page shares, and the build's code) equals the digest the published site recorded for it, and
 * that page's file is still there. Anything else is rendered.
 */

export interface PageManifest {
  /** The site-relative file of each page, and its digest. */
  pages: Record<string, string>;
}

interface State {
  previous?: Map<string, string>;
  /** Every incremental page of this build, rendered or carried. */
  pages: Map<string, string>;
  /** The pages to copy from the published site, once Astro has written the rest. */
  carried: string[];
}

// On globalThis, as the archive is (src/lib/archive/index.ts): the pages record here in the
// rendering bundle, and the integration reads it in the config's copy of this module.
const slot = Symbol.for('scrutiny.incremental');
function state(): State {
  const holder = globalThis as { [slot]?: State };
  holder[slot] ??= { previous: readPrevious(), pages: new Map(), carried: [] };
  return holder[slot];
}

function readPrevious(): Map<string, string> | undefined {
  const site = previousSite();
  if (!site || !codeDigest()) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(path.join(site, pageManifest), 'utf8')) as PageManifest;
    return new Map(Object.entries(manifest.pages));
  } catch {
    return undefined;
  }
}

export interface IncrementalPage<T> {
  /** The page's file in the site: `meetings/<id>/index.html`. */
  file: string;
  /** The digest of its inputs and the build's code (pageDigest), asked for only when the build records digests. */
  digest: (code: string) => string;
  /** What getStaticPaths returns for it. */
  path: T;
}

/**
 * The paths a route renders: all of them in a clean build; in an incremental one, only those
 * whose inputs changed. Without the build's code digest (a plain `astro build`), every page is
 * rendered and nothing is recorded.
 */
export function pagesToRender<T>(pages: IncrementalPage<T>[]): T[] {
  const code = codeDigest();
  if (!code) return pages.map((p) => p.path);
  const s = state();
  const site = previousSite();
  const render: T[] = [];
  for (const page of pages) {
    const digest = page.digest(code);
    s.pages.set(page.file, digest);
    if (site && s.previous?.get(page.file) === digest && existsSync(path.join(site, page.file))) s.carried.push(page.file);
    else render.push(page.path);
  }
  return render;
}

/** What this build recorded: the manifest to publish with the site, and the pages to carry over. */
export function incrementalResult(): { manifest: PageManifest; carried: string[] } | undefined {
  if (!codeDigest()) return undefined;
  const s = state();
  const files = [...s.pages.keys()].sort();
  return { manifest: { pages: Object.fromEntries(files.map((f) => [f, s.pages.get(f)!])) }, carried: [...s.carried].sort() };
}
