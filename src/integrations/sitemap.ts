import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemaps } from '../lib/feeds/sitemap';
import { incrementalResult } from '../lib/incremental/pages';

/**
 * Writes sitemap.xml from the pages Astro built. The archive publishes only what may be
 * published, so every HTML page is listed, except the not-found page and the search page
 * (whose results are the other pages).
 */
export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'scrutiny-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) return;
        // Pages an incremental build carries over from the published site are the site's too.
        const carried = (incrementalResult()?.carried ?? []).map((file) => file.replace(/index\.html$/, ''));
        const urls = [...pages.map((p) => p.pathname), ...carried]
          .filter((p) => !/^(404\/?|search\/)$/.test(p) && !/\.[a-z]+\/?$/i.test(p))
          .map((p) => new URL(p, site).href);
        const files = sitemaps(urls, site);
        for (const f of files) writeFileSync(path.join(fileURLToPath(dir), f.file), f.xml);
        logger.info(`${urls.length} pages in ${files.length === 1 ? 'sitemap.xml' : `${files.length - 1} sitemaps and an index`}`);
      },
    },
  };
}
