import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported with the config, not inside the hook: Astro has closed its module loader by then.
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it. Only elements marked
 * `data-pagefind-body` are indexed (the record content of each page; never navigation, footers
 * or exempt items). The index folder is removed first, so a page that no longer exists leaves
 * nothing behind in the search.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'scrutiny-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = path.join(site, 'pagefind');
        await rm(output, { recursive: true, force: true });
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into ${path.relative(process.cwd(), output)}`);
        } finally {
          await close();
        }
      },
    },
  };
}
