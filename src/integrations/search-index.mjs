// Plain JavaScript so that both the Astro integration and scripts/build-sites.mjs (run by Node
// without a TypeScript step) can use it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Indexes a built site with Pagefind's Node API. Only elements marked `data-pagefind-body` are
 * indexed (the record content of each page; never navigation, footers or exempt items). The
 * index folder is removed first, so a page that no longer exists leaves nothing behind in the
 * search.
 *
 * With `record` (a file outside the site) and `previous` (the last build's index, moved aside
 * before Astro emptied the output folder), a rebuild whose pages are byte for byte those that
 * index was made from keeps it instead of making the same one again: the record holds a digest
 * of every page. Any change to any page, or no previous index, and the site is indexed anew.
 *
 * @param {string} site the built site's folder
 * @param {{ record?: string, previous?: string }} [options]
 * @returns {Promise<{ pages: number, output: string, reused: boolean }>}
 */
export async function indexSite(site, { record, previous } = {}) {
  const output = path.join(site, 'pagefind');
  const digest = record ? digestPages(site) : undefined;
  if (record && previous && existsSync(path.join(previous, 'pagefind.js')) && existsSync(record)) {
    const last = JSON.parse(readFileSync(record, 'utf8'));
    if (last.digest === digest) {
      await rm(output, { recursive: true, force: true });
      renameSync(previous, output);
      return { pages: last.pages, output, reused: true };
    }
  }
  if (previous) await rm(previous, { recursive: true, force: true });
  await rm(output, { recursive: true, force: true });
  const { index, errors } = await createIndex(indexOptions);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    if (record) {
      mkdirSync(path.dirname(record), { recursive: true });
      writeFileSync(record, JSON.stringify({ digest, pages: added.page_count }));
    }
    return { pages: added.page_count, output, reused: false };
  } finally {
    await close();
  }
}

const indexOptions = { forceLanguage: 'en' };
// Pagefind's package.json is not among its exports, so it is read from where npm installs it.
const pagefindVersion = JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')).version;

/**
 * One digest of every HTML page's address and bytes (the index's own folder left out), and of
 * the Pagefind version and options that index them, since either changes the index too.
 */
export function digestPages(site) {
  const hash = createHash('sha256').update(JSON.stringify({ pagefindVersion, indexOptions }));
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (full !== path.join(site, 'pagefind')) walk(full);
      } else if (e.name.endsWith('.html')) {
        hash.update(path.relative(site, full)).update('\0').update(readFileSync(full)).update('\0');
      }
    }
  };
  walk(site);
  return hash.digest('hex');
}
