import {
  bodySchema,
  inspectionSchema,
  measureSchema,
  meetingSchema,
  paperSchema,
  personSchema,
  planReportSchema,
  planSchema,
  topicSchema,
} from '../../schemas';

/**
 * The folders of a content folder and what each holds. A collection whose pages are addressed by
 * one name (`/people/<id>/`) is `flat`: its files sit in the folder itself. Meetings
 * (`meetings/<body>/<date>`) and papers (`papers/<year>/<name>`) sit in sub-folders.
 */
export const collections = {
  bodies: { schema: bodySchema, folder: 'bodies', extensions: ['.yaml', '.yml'], nested: false },
  people: { schema: personSchema, folder: 'people', extensions: ['.yaml', '.yml'], nested: false },
  meetings: { schema: meetingSchema, folder: 'meetings', extensions: ['.yaml', '.yml'], nested: true },
  papers: { schema: paperSchema, folder: 'papers', extensions: ['.md', '.mdx'], nested: true },
  plans: { schema: planSchema, folder: 'plans', extensions: ['.yaml', '.yml'], nested: false },
  planReports: { schema: planReportSchema, folder: 'plan-reports', extensions: ['.yaml', '.yml'], nested: false },
  measures: { schema: measureSchema, folder: 'measures', extensions: ['.yaml', '.yml'], nested: false },
  inspections: { schema: inspectionSchema, folder: 'inspections', extensions: ['.yaml', '.yml'], nested: false },
  topics: { schema: topicSchema, folder: 'topics', extensions: ['.yaml', '.yml'], nested: false },
} as const;
export type CollectionName = keyof typeof collections;

/** The site settings file at the top of the folder, under either spelling of its extension. */
export const organisationFiles = ['organisation.yaml', 'organisation.yml'] as const;

/** Observations of a measure may sit beside it in a CSV of the same name. */
export const observationExtension = '.csv';

/**
 * Names the reader passes over without a word: hidden files, anything starting with `_` (the
 * importer writes `_import/`; use it for drafts and notes) and README files, which describe a folder.
 */
export const ignoredName = (name: string) => name.startsWith('.') || name.startsWith('_') || name === 'README' || name.startsWith('README.');
