import path from 'node:path';
import type { Plugin } from 'vite';
import { getArchive, type PaperRecord } from '../lib/archive';
import { contentRoot } from '../lib/site/settings';

/** The module the paper page imports its MDX papers from. */
export const mdxPapersModule = 'virtual:scrutiny/mdx-papers';
const resolved = `\0${mdxPapersModule}`;

/**
 * The code of that module: for each published MDX paper, its id and an import of its file, which
 * Astro's MDX integration compiles into a component. Only the archive's papers are named, and the
 * archive holds only published ones, so an exempt paper or one of a meeting whose minutes are in
 * draft is never compiled, bundled or written anywhere.
 */
export function mdxPapersCode(papers: Pick<PaperRecord, 'id' | 'file'>[], papersDir: string): string {
  const entries = papers
    .filter((p) => p.file.endsWith('.mdx'))
    .map((p) => `  ${JSON.stringify(p.id)}: () => import(${JSON.stringify(path.join(papersDir, ...p.id.split('/')) + '.mdx')}),`);
  return `export default {\n${entries.join('\n')}\n};\n`;
}

/** A Vite plugin serving that module from the archive (read once per build, see src/lib/archive). */
export function mdxPapers(): Plugin {
  return {
    name: 'scrutiny-mdx-papers',
    resolveId: (id) => (id === mdxPapersModule ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const { papers } = await getArchive();
      return mdxPapersCode(papers, path.join(contentRoot(), 'papers'));
    },
  };
}
