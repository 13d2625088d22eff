// Plain JavaScript so that both the Astro integration and scripts/build-sites.mjs (run by Node
// without a TypeScript step) can use it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { linkOrCopy } from './incremental-files.mjs';

/**
 * Indexes a built site with Pagefind's Node API. Only pages with elements marked
 * `data-pagefind-body` are indexed, and only those elements (the record content of each page;
 * never navigation, footers or exempt items). The index folder is made anew, so a page that no
 * longer exists leaves nothing behind in the search.
 *
 * The index is made in segments, each a run of years of the pages' dates holding about `target`
 * pages (segmentNamer), and one, "other", for the pages without a date (people, bodies, the Plan):
 * each segment by a Pagefind of its own, closed before the next starts, so Pagefind's memory is
 * that of one segment's pages rather than the archive's. A small archive has one run of years.
 * The first segment ("other" when there is one) is written to pagefind/ itself, so that
 * pagefind/pagefind.js is Pagefind's script; each other segment to pagefind/<name>/, which the
 * search page merges in (src/scripts/search.ts). pagefind/segments.json lists them all.
 *
 * With `previous` (the published site's index folder), a segment whose pages are byte for byte
 * the same as when the published segment was made is copied from it instead of being made again:
 * a rebuild after one meeting is corrected re-indexes that meeting's segment, not the archive.
 * With `signal`, Pagefind is stopped when the signal aborts and the promise rejects. `midway` is
 * awaited once a segment's pages are read and before the first index is written (the tests stop a
 * build there). `step` is told as each step ends (scripts/build-sites.mjs times them with
 * SCRUTINY_TIMINGS=1).
 *
 * @param {string} site the built site's folder
 * @param {{ previous?: { index: string }, signal?: AbortSignal, midway?: () => Promise<void>, target?: number, step?: (name: string) => void }} [options]
 * @returns {Promise<{ pages: number, output: string, reused: boolean, digest: string, made: string[] }>}
 */
export async function indexSite(site, { previous, signal, midway, target = pagesPerSegment, step = () => {} } = {}) {
  const output = path.join(site, 'pagefind');
  await rm(output, { recursive: true, force: true });
  const segments = segmentPages(site, target);
  step(`reading ${segments.reduce((n, s) => n + s.files.length, 0)} pages for the index`);
  const before = previousSegments(previous?.index);
  const made = [];
  let halfway = midway;
  for (const [i, segment] of segments.entries()) {
    signal?.throwIfAborted();
    const folder = i === 0 ? output : path.join(output, segment.name);
    const kept = before.get(segment.name);
    // Kept only where it was: the first segment's folder also holds Pagefind's script, the others' not.
    if (kept?.digest !== segment.digest || kept.first !== (i === 0) || !copyBundle(kept.folder, folder)) {
      step('keeping the segments before it');
      await indexSegment(segment, folder, { signal, midway: halfway, site });
      step(`indexing ${segment.name} (${segment.files.length} pages)`);
      halfway = undefined;
      made.push(segment.name);
    }
    // The search page runs Pagefind's own script (pagefind.js) and WebAssembly, the first
    // segment's, in the page: a merged segment needs only its index, and no segment Pagefind's
    // ready-made interfaces or its web worker.
    for (const f of readdirSync(folder)) if (i > 0 ? /\.(js|css)$|^wasm\./.test(f) : unusedFiles.test(f)) rmSync(path.join(folder, f));
  }
  if (segments.length === 0) await indexSegment({ name: 'other', files: [] }, output, { signal, site });
  const list = segments.map((s, i) => ({ name: s.name, path: i === 0 ? '' : `${s.name}/`, pages: s.files.length, digest: s.digest }));
  // A new file, never written through a link to the published index's.
  rmSync(path.join(output, segmentsFile), { force: true });
  writeFileSync(path.join(output, segmentsFile), `${JSON.stringify({ segments: list }, null, 1)}\n`);
  const digest = createHash('sha256').update(JSON.stringify(list)).digest('hex');
  return { pages: list.reduce((n, s) => n + s.pages, 0), output, reused: made.length === 0 && segments.length > 0, digest, made };
}

/** The file beside the index that names its segments, in the order the search page merges them. */
export const segmentsFile = 'segments.json';

/**
 * Makes one segment's index with a Pagefind of its own, closed once it is written.
 * @param {{ name: string, files: string[] }} segment
 * @param {string} folder
 * @param {{ signal?: AbortSignal, midway?: () => Promise<void>, site: string }} options
 */
async function indexSegment(segment, folder, { signal, midway, site }) {
  const { index, errors } = await createIndex(indexOptions);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const stop = () => void close();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const added = await untilAborted(addPages(index, site, segment.files), signal);
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    await midway?.();
    signal?.throwIfAborted();
    const written = await untilAborted(index.writeFiles({ outputPath: folder }), signal);
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    signal?.throwIfAborted();
  } finally {
    signal?.removeEventListener('abort', stop);
    await close();
  }
}

/**
 * The segments of the site's indexed pages: "other" (pages without a date) first, then runs of
 * years (segmentNamer), newest first; each with its pages and the digest of their addresses and bytes, and of the
 * Pagefind version and options that index them, since either changes the index too.
 * @param {string} site
 * @returns {{ name: string, files: string[], digest: string }[]}
 */
export function segmentPages(site, target = pagesPerSegment) {
  /** @type {{ file: string, year: string | undefined, digest: string }[]} */
  const pages = [];
  for (const file of htmlFiles(site)) {
    const html = readFileSync(file);
    const text = html.toString('latin1');
    if (!text.includes('data-pagefind-body')) continue;
    const year = /data-pagefind-sort="date">(\d{4})-/.exec(text)?.[1];
    pages.push({ file, year: year && year !== '0000' ? year : undefined, digest: createHash('sha256').update(html).digest('hex') });
  }
  const nameOf = segmentNamer(
    pages.flatMap((p) => (p.year ? [p.year] : [])),
    target,
  );
  /** @type {Map<string, { files: string[], hash: import('node:crypto').Hash }>} */
  const bySegment = new Map();
  for (const { file, year, digest } of pages) {
    const name = year ? nameOf(year) : 'other';
    let segment = bySegment.get(name);
    if (!segment) {
      segment = { files: [], hash: createHash('sha256').update(JSON.stringify({ pagefindVersion, indexOptions, spacing: spacedCells.toString(), name })) };
      bySegment.set(name, segment);
    }
    segment.files.push(file);
    segment.hash.update(path.relative(site, file)).update('\0').update(digest).update('\0');
  }
  const order = (a, b) => (a === 'other' ? -1 : b === 'other' ? 1 : b.localeCompare(a));
  return [...bySegment.keys()].sort(order).map((name) => {
    const { files, hash } = /** @type {{ files: string[], hash: import('node:crypto').Hash }} */ (bySegment.get(name));
    return { name, files, digest: hash.digest('hex') };
  });
}

/**
 * About how many pages a segment holds. Fewer pages, and a rebuild re-indexes less and Pagefind
 * holds less; but a query fetches a chunk of the index from every segment, so more segments
 * fetch more (docs/performance.md). A small archive is one segment (and "other").
 */
export const pagesPerSegment = 4000;

/**
 * The segment of each year: runs of whole years, as many to a segment as hold about `target`
 * pages at the archive's average per year, aligned to multiples of that many years ("2013-2015"),
 * so that the years of a segment stay the same from one build to the next while the archive grows.
 * @param {string[]} years the year of each dated page
 * @param {number} target
 * @returns {(year: string) => string}
 */
export function segmentNamer(years, target) {
  if (years.length === 0) return (year) => year;
  const numbers = years.map(Number);
  const span = numbers.reduce((a, b) => Math.max(a, b)) - numbers.reduce((a, b) => Math.min(a, b)) + 1;
  const width = Math.min(50, Math.max(1, Math.floor(target / (years.length / span))));
  return (year) => {
    const from = Math.floor(Number(year) / width) * width;
    return width === 1 ? year : `${from}-${from + width - 1}`;
  };
}

/**
 * The segments of a published index, by name, with the folder each is in; none when there is no
 * index, or one without a segments file (an older build), or one that cannot be read.
 * @param {string | undefined} index
 * @returns {Map<string, { digest: string, folder: string, first: boolean }>}
 */
function previousSegments(index) {
  if (!index) return new Map();
  try {
    const { segments } = JSON.parse(readFileSync(path.join(index, segmentsFile), 'utf8'));
    return new Map(segments.map((s) => [s.name, { digest: s.digest, folder: path.join(index, s.path), first: s.path === '' }]));
  } catch {
    return new Map();
  }
}

/**
 * Puts a published segment's bundle (the files Pagefind wrote, not the segments inside the first
 * one's folder, nor the segments file) into the new index: as second links to the published files
 * where the file system allows (no build writes to a file of the index once Pagefind has made it),
 * otherwise as copies. False when it is not whole, so that it is made again.
 * @param {string} from
 * @param {string} to
 */
function copyBundle(from, to) {
  if (!existsSync(path.join(from, 'pagefind-entry.json'))) return false;
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory() ? !bundleFolders.includes(e.name) : e.name === segmentsFile) continue;
    linkTree(path.join(from, e.name), path.join(to, e.name));
  }
  return true;
}

/** Links (or, across file systems, copies) a file or a folder's files (linkOrCopy). */
function linkTree(from, to) {
  if (!statSync(from).isDirectory()) return void linkOrCopy(from, to);
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) linkTree(path.join(from, name), path.join(to, name));
}
/** Pagefind's interfaces and web worker, which the search page does not use. */
const unusedFiles = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;
/** The folders Pagefind writes in a bundle; any other folder in the first segment's is another segment. */
const bundleFolders = ['index', 'fragment', 'filter'];

/**
 * Adds the pages through Pagefind's addDirectory, from a folder of their copies with the words of
 * adjacent cells kept apart (spacedCells). Adding each page by addHTMLFile gives the same index,
 * but sends every page through Pagefind's service one message at a time: 3,447 pages took 11.6 s
 * that way, and 4.2 s (with 0.5 s for the copies) from a folder (docs/performance.md).
 * @param {import('pagefind').PagefindIndex} index
 * @param {string} site
 * @param {string[]} files
 * @returns {Promise<{ errors: string[] }>}
 */
async function addPages(index, site, files) {
  const folder = await mkdtemp(path.join(tmpdir(), 'scrutiny-index-'));
  try {
    for (const file of files) {
      const copy = path.join(folder, path.relative(site, file));
      await mkdir(path.dirname(copy), { recursive: true });
      await writeFile(copy, spacedCells(await readFile(file, 'utf8')));
    }
    const added = await index.addDirectory({ path: folder });
    if (!added.errors.length && added.page_count !== files.length)
      return { errors: [`${files.length} pages were given to Pagefind, which read ${added.page_count}`] };
    return { errors: added.errors };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Pagefind joins the text of adjacent elements it does not count as blocks, so a label and its
 * value (`<dt>To</dt><dd>Darryl Preston</dd>`, two table cells) reach the index and its excerpts as
 * one word, "ToDarryl". A space between such elements, which no browser renders, keeps them two
 * words. Only the text Pagefind indexes is changed, never the page served.
 * @param {string} html
 */
export function spacedCells(html) {
  return html.replace(/(<\/(?:dt|dd|th|td|caption|figcaption|summary|legend|label|li)>)(?=<)/gi, '$1 ');
}

/**
 * A step of Pagefind's, which rejects as soon as the signal aborts: Pagefind, closed part-way,
 * may never answer the step it was on.
 * @template T
 * @param {Promise<T>} step
 * @param {AbortSignal | undefined} signal
 * @returns {Promise<T>}
 */
function untilAborted(step, signal) {
  if (!signal) return step;
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason ?? new Error('stopped'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    step.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

const indexOptions = { forceLanguage: 'en' };
// Pagefind's package.json is not among its exports, so it is read from where npm installs it.
const pagefindVersion = JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')).version;

/**
 * Every HTML page of the site in a stable order, the index's own folder left out.
 * @param {string} site
 * @returns {string[]}
 */
function htmlFiles(site) {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (full !== path.join(site, 'pagefind')) walk(full);
      } else if (e.name.endsWith('.html')) files.push(full);
    }
  };
  walk(site);
  return files;
}
