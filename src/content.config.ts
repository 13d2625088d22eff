import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from './lib/site/settings';

// The archive is read by src/lib/archive (see there for why not the content layer). The one
// collection left is for MDX papers, which Astro's MDX pipeline renders so they can place
// components such as <Measure id="…" /> among their text; their frontmatter is still read and
// checked by our own reader with every other file.
const papersDir = path.join(contentRoot(), 'papers');
const hasMdx = (dir: string): boolean =>
  existsSync(dir) && readdirSync(dir, { withFileTypes: true }).some((e) => (e.isDirectory() ? hasMdx(path.join(dir, e.name)) : e.name.endsWith('.mdx')));

export const collections = hasMdx(papersDir)
  ? { paperBodies: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: path.relative(process.cwd(), papersDir) || '.' }) }) }
  : {};
