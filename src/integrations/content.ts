import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { forgetArchive, getArchive } from '../lib/archive';
import { display } from '../lib/content/layout';
import { ContentError, formatProblems } from '../lib/content/errors';
import { readOrganisation } from '../lib/content/read-folder';
import { contentRoot } from '../lib/site/settings';
import { mdxPapers, mdxPapersModule } from './mdx-papers';

/**
 * Reads and checks the content folder before Astro bundles anything, so a mistake in the content
 * stops a build at once with its list of problems (file, field, fix) and the output folder is left
 * as it was. The dev server watches the folder and reloads the page when a file changes.
 *
 * It also serves the published MDX papers to the paper page (see mdx-papers.ts): Astro's content
 * layer is not used at all, so nothing of the content folder passes through Astro's `.astro/`.
 */
export function content(): AstroIntegration {
  return {
    name: 'scrutiny-content',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        // The site's address is the organisation's own setting, read by the content reader itself.
        const { organisation, problems } = readOrganisation(contentRoot());
        if (!organisation && command === 'build') throw new ContentError(problems);
        if (!organisation) logger.warn(formatProblems(problems));
        updateConfig({ ...(organisation && { site: organisation.baseUrl }), vite: { plugins: [mdxPapers()] } });
      },
      'astro:build:start': async ({ logger }) => {
        const started = Date.now();
        const archive = await getArchive();
        logger.info(
          `${archive.meetings.length} meetings, ${archive.papers.length} papers, ${archive.people.length} ` +
            `people read from ${display(contentRoot()) || '.'} in ${Date.now() - started} ms`,
        );
      },
      'astro:server:setup': ({ server }) => {
        const root = contentRoot();
        server.watcher.add(root);
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(root + path.sep)) return;
          forgetArchive();
          // A paper published or withdrawn changes which MDX files the page may import.
          const mdx = server.moduleGraph.getModuleById(`\0${mdxPapersModule}`);
          if (mdx) server.moduleGraph.invalidateModule(mdx);
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
