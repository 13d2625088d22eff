import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { incrementalResult } from '../lib/incremental/pages';
import { cacheDir } from '../lib/site/settings';
import { carriedList, pageManifest } from './incremental-files.mjs';

/**
 * Incremental builds (docs/incremental-builds.md): once Astro has rendered the pages whose inputs
 * changed, writes the digest of every incremental page into the site (for the next build to
 * compare with) and the list of pages left to carry over from the published site.
 */
export function incremental(): AstroIntegration {
  return {
    name: 'scrutiny-incremental',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const result = incrementalResult();
        if (!result) return;
        writeFileSync(path.join(fileURLToPath(dir), pageManifest), `${JSON.stringify(result.manifest)}\n`);
        mkdirSync(cacheDir(), { recursive: true });
        writeFileSync(path.join(cacheDir(), carriedList), `${JSON.stringify(result.carried)}\n`);
        const total = Object.keys(result.manifest.pages).length;
        logger.info(
          `${total - result.carried.length} of ${total} meeting, paper, person and deliverable pages rendered; ${result.carried.length} unchanged, to be carried over`,
        );
      },
    },
  };
}
