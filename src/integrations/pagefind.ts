import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported with the config, not inside the hook: Astro has closed its module loader by then.
import { indexSite } from './search-index.mjs';
import { indexesAfterBuild } from '../lib/site/settings';

/**
 * Indexes the built site with Pagefind once Astro has written it (see search-index.mjs).
 *
 * scripts/build-sites.mjs sets SCRUTINY_SEARCH_INDEX=after and indexes the site itself once
 * Astro's process has exited: Pagefind's memory then no longer adds to Node's, which at 10,000
 * meetings is the difference between a peak of about 6 GB and one of about 4 GB
 * (docs/performance.md). A plain `astro build` still gets its index here.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'scrutiny-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (indexesAfterBuild()) return;
        const { pages, output } = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages into ${path.relative(process.cwd(), output)}`);
      },
    },
  };
}
