/**
 * The search index's filters and types of result, declared once: pages file their records under
 * them (search-records.ts) and the search page's script offers them (src/scripts/search.ts).
 */

/** The filters, in the order the search page offers them. */
export const searchFilters = [
  { key: 'type', label: 'Type', all: 'All types' },
  { key: 'body', label: 'Board or panel', all: 'All boards and panels' },
  { key: 'year', label: 'Year', all: 'All years' },
  { key: 'theme', label: 'Plan theme', all: 'All themes' },
  { key: 'status', label: 'Deliverable status', all: 'All statuses' },
] as const;
export type SearchFilter = (typeof searchFilters)[number]['key'];

/** The type of each result, as the type filter and the result's line say it. */
export const resultTypes = {
  meeting: 'Meeting',
  paper: 'Paper',
  recommendation: 'Recommendation',
  decisions: 'Decisions',
  actionLog: 'Action log',
  topic: 'Topic',
  body: 'Board or panel',
  person: 'Person',
  deliverable: 'Plan deliverable',
  theme: 'Plan theme',
  planReport: 'Plan report',
  measure: 'Measure',
  inspection: 'Inspection',
} as const;
export type ResultType = (typeof resultTypes)[keyof typeof resultTypes];
