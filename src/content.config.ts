import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { bodySchema, meetingSchema, organisationSchema, paperSchema, personSchema, planReportSchema, planSchema } from './schemas';
import { contentFolderLoader } from './loaders/content-folder';

// The loader validates with these same schemas (and names file and field on failure); the
// schemas here give getCollection its types. `sourceFile` is where an entry came from.
const withSource = <T extends z.AnyZodObject>(schema: T) => schema.extend({ sourceFile: z.string() });

export const collections = {
  organisation: defineCollection({ loader: contentFolderLoader('organisation'), schema: withSource(organisationSchema) }),
  bodies: defineCollection({ loader: contentFolderLoader('bodies'), schema: withSource(bodySchema) }),
  people: defineCollection({ loader: contentFolderLoader('people'), schema: withSource(personSchema) }),
  meetings: defineCollection({ loader: contentFolderLoader('meetings'), schema: withSource(meetingSchema) }),
  papers: defineCollection({ loader: contentFolderLoader('papers'), schema: withSource(paperSchema) }),
  plans: defineCollection({ loader: contentFolderLoader('plans'), schema: withSource(planSchema) }),
  planReports: defineCollection({ loader: contentFolderLoader('planReports'), schema: withSource(planReportSchema) }),
};
