import type { Loader } from 'astro/loaders';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { readCollection, readEntry, type CollectionName } from '../lib/content/read-folder';
import { ContentError, type ContentProblem } from '../lib/content/errors';
import { organisationSchema } from '../schemas';
import { renderMarkdown } from '../lib/format/markdown';
import { contentRoot } from '../lib/site/settings';

/**
 * Loads one collection from the content folder with our own reader rather than Astro's glob
 * loader: YAML dates stay strings (so 2019-02-30 is caught, not rolled over to March) and every
 * problem is reported with its file, field and the fix.
 */
export function contentFolderLoader(collection: CollectionName | 'organisation'): Loader {
  return {
    name: `scrutiny-${collection}`,
    load: async ({ store, generateDigest, logger }) => {
      const root = contentRoot();
      const problems: ContentProblem[] = [];
      const entries =
        collection === 'organisation'
          ? [readEntry(path.join(root, 'organisation.yaml'), 'organisation', organisationSchema, problems)].filter((e) => e !== undefined)
          : readCollection(root, collection, problems);
      if (collection === 'organisation' && !existsSync(path.join(root, 'organisation.yaml'))) {
        problems.push({ file: path.relative(process.cwd(), path.join(root, 'organisation.yaml')), field: '', message: 'is missing: every content folder needs its site settings (name, shortName, area, baseUrl)' });
      }
      if (problems.length > 0) throw new ContentError(problems);
      store.clear();
      for (const entry of entries) {
        store.set({
          id: entry.id,
          data: { ...(entry.data as Record<string, unknown>), sourceFile: entry.file },
          body: entry.body,
          // Astro wants paths inside the project; a content folder elsewhere is still built.
          filePath: path.isAbsolute(entry.file) ? undefined : entry.file,
          digest: generateDigest(JSON.stringify([entry.data, entry.body ?? ''])),
          // MDX bodies are rendered by Astro's MDX pipeline (the paperBodies collection), not here.
          rendered: entry.body !== undefined && !entry.file.endsWith('.mdx') ? { html: renderMarkdown(entry.body) } : undefined,
        });
      }
      logger.info(`${entries.length} ${collection} from ${path.relative(process.cwd(), root) || '.'}`);
    },
  };
}
