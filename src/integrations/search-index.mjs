// Plain JavaScript so that both the Astro integration and scripts/build-sites.mjs (run by Node
// without a TypeScript step) can use it.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Indexes a built site with Pagefind's Node API. Only elements marked `data-pagefind-body` are
 * indexed (the record content of each page; never navigation, footers or exempt items). The
 * index folder is removed first, so a page that no longer exists leaves nothing behind in the
 * search.
 *
 * @param {string} site the built site's folder
 * @returns {Promise<{ pages: number, output: string }>}
 */
export async function indexSite(site) {
  const output = path.join(site, 'pagefind');
  await rm(output, { recursive: true, force: true });
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, output };
  } finally {
    await close();
  }
}
