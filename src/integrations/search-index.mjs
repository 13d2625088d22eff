// Plain JavaScript so that both the Astro integration and scripts/build-sites.mjs (run by Node
// without a TypeScript step) can use it.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Indexes a built site with Pagefind's Node API. Only elements marked `data-pagefind-body` are
 * indexed (the record content of each page; never navigation, footers or exempt items). The
 * index folder is made anew, so a page that no longer exists leaves nothing behind in the search.
 *
 * With `previous` (the published site's index and the digest of the pages it was made from, as
 * its marker file records them), a rebuild whose pages are byte for byte the same keeps a copy of
 * that index instead of making the same one again. Any change to any page, and it is made anew.
 * With `signal`, Pagefind is stopped when the signal aborts and the promise rejects. `midway` is
 * awaited once the pages are read and before the index is written (the tests stop a build there).
 *
 * @param {string} site the built site's folder
 * @param {{ previous?: { index: string, digest?: string, pages?: number }, signal?: AbortSignal, midway?: () => Promise<void> }} [options]
 * @returns {Promise<{ pages: number, output: string, reused: boolean, digest: string }>}
 */
export async function indexSite(site, { previous, signal, midway } = {}) {
  const output = path.join(site, 'pagefind');
  const digest = digestPages(site);
  await rm(output, { recursive: true, force: true });
  if (previous?.digest === digest && typeof previous.pages === 'number' && existsSync(path.join(previous.index, 'pagefind.js'))) {
    cpSync(previous.index, output, { recursive: true });
    return { pages: previous.pages, output, reused: true, digest };
  }
  signal?.throwIfAborted();
  const { index, errors } = await createIndex(indexOptions);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const stop = () => void close();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const added = await untilAborted(addPages(index, site), signal);
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    await midway?.();
    signal?.throwIfAborted();
    const written = await untilAborted(index.writeFiles({ outputPath: output }), signal);
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    signal?.throwIfAborted();
    return { pages: indexedPages(output), output, reused: false, digest };
  } finally {
    signal?.removeEventListener('abort', stop);
    await close();
  }
}

/**
 * Adds every HTML page of the site, as Pagefind's addDirectory would, but with the words of
 * adjacent cells kept apart (spacedCells).
 * @param {import('pagefind').PagefindIndex} index
 * @param {string} site
 * @returns {Promise<{ errors: string[] }>}
 */
async function addPages(index, site) {
  const errors = [];
  for (const file of htmlFiles(site)) {
    const sourcePath = path.relative(site, file).split(path.sep).join('/');
    errors.push(...(await index.addHTMLFile({ sourcePath, content: spacedCells(readFileSync(file, 'utf8')) })).errors);
  }
  return { errors };
}

/**
 * The pages in a written index, as its entry file counts them: once any page is marked
 * `data-pagefind-body`, Pagefind leaves out every page that is not.
 * @param {string} output
 */
function indexedPages(output) {
  const entry = JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8'));
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
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
 * One digest of every HTML page's address and bytes (the index's own folder left out), and of
 * the Pagefind version and options that index them, since either changes the index too.
 */
export function digestPages(site) {
  const hash = createHash('sha256').update(JSON.stringify({ pagefindVersion, indexOptions, spacing: spacedCells.toString() }));
  for (const full of htmlFiles(site)) hash.update(path.relative(site, full)).update('\0').update(readFileSync(full)).update('\0');
  return hash.digest('hex');
}

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
