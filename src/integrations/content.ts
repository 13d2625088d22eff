import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { forgetArchive, getArchive } from '../lib/archive';
import { contentRoot } from '../lib/site/settings';

/**
 * Reads and checks the content folder before Astro bundles anything, so a mistake in the content
 * stops a build at once with its list of problems (file, field, fix) and the output folder is left
 * as it was. The dev server watches the folder and reloads the page when a file changes.
 */
export function content(): AstroIntegration {
  return {
    name: 'scrutiny-content',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const started = Date.now();
        const archive = await getArchive();
        logger.info(`${archive.meetings.length} meetings, ${archive.papers.length} papers, ${archive.people.length} people read from ${path.relative(process.cwd(), contentRoot()) || '.'} in ${Date.now() - started} ms`);
      },
      'astro:server:setup': ({ server }) => {
        const root = contentRoot();
        server.watcher.add(root);
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(root + path.sep)) return;
          forgetArchive();
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
