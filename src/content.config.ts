import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from './lib/site/settings';
import { z } from 'astro/zod';
import { bodySchema, inspectionSchema, measureSchema, meetingSchema, organisationSchema, paperSchema, personSchema, planReportSchema, planSchema } from './schemas';
import { contentFolderLoader } from './loaders/content-folder';

// The loader validates with these same schemas (and names file and field on failure); the
// schemas here give getCollection its types. `sourceFile` is where an entry came from.
const withSource = <T extends z.AnyZodObject>(schema: T) => schema.extend({ sourceFile: z.string() });

// MDX papers are rendered by Astro's MDX pipeline, so they can place components such as
// <Measure id="…" /> among their text; their frontmatter is still read and checked by our loader.
const papersDir = path.join(contentRoot(), 'papers');
const hasMdx = (dir: string): boolean =>
  existsSync(dir) && readdirSync(dir, { withFileTypes: true }).some((e) => (e.isDirectory() ? hasMdx(path.join(dir, e.name)) : e.name.endsWith('.mdx')));

export const collections = {
  organisation: defineCollection({ loader: contentFolderLoader('organisation'), schema: withSource(organisationSchema) }),
  bodies: defineCollection({ loader: contentFolderLoader('bodies'), schema: withSource(bodySchema) }),
  people: defineCollection({ loader: contentFolderLoader('people'), schema: withSource(personSchema) }),
  meetings: defineCollection({ loader: contentFolderLoader('meetings'), schema: withSource(meetingSchema) }),
  papers: defineCollection({ loader: contentFolderLoader('papers'), schema: withSource(paperSchema) }),
  plans: defineCollection({ loader: contentFolderLoader('plans'), schema: withSource(planSchema) }),
  planReports: defineCollection({ loader: contentFolderLoader('planReports'), schema: withSource(planReportSchema) }),
  ...(hasMdx(papersDir) ? { paperBodies: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: path.relative(process.cwd(), papersDir) || '.' }) }) } : {}),
  measures: defineCollection({ loader: contentFolderLoader('measures'), schema: withSource(measureSchema) }),
  inspections: defineCollection({ loader: contentFolderLoader('inspections'), schema: withSource(inspectionSchema) }),
};
