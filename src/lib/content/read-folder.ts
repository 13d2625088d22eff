import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import type { ZodType } from 'astro/zod';
import { bodySchema, inspectionSchema, measureSchema, meetingSchema, organisationSchema, paperSchema, personSchema, planReportSchema, planSchema, topicSchema } from '../../schemas';
import type { Body, Inspection, Measure, Meeting, Organisation, Paper, Person, Plan, PlanReport, Topic } from '../../schemas';
import { duplicatePeriods, readObservationsCsv } from './measure-csv';
import { ContentError, problemsFromZod, type ContentProblem } from './errors';

/** A validated entry and where it came from, so later checks can name the file. */
export interface SourceEntry<T> {
  id: string;
  /** The file, relative to the working directory, as people will look for it. */
  file: string;
  data: T;
  /** Markdown body, for papers. */
  body?: string;
  /** For a measure, the CSV its observations came from. */
  csv?: string;
}

export interface ContentSet {
  root: string;
  organisation: SourceEntry<Organisation>;
  bodies: SourceEntry<Body>[];
  people: SourceEntry<Person>[];
  meetings: SourceEntry<Meeting>[];
  papers: SourceEntry<Paper>[];
  plans: SourceEntry<Plan>[];
  planReports: SourceEntry<PlanReport>[];
  measures: SourceEntry<Measure>[];
  inspections: SourceEntry<Inspection>[];
  topics: SourceEntry<Topic>[];
}

export const collections = {
  bodies: { schema: bodySchema, folder: 'bodies', extensions: ['.yaml', '.yml'] },
  people: { schema: personSchema, folder: 'people', extensions: ['.yaml', '.yml'] },
  meetings: { schema: meetingSchema, folder: 'meetings', extensions: ['.yaml', '.yml'] },
  papers: { schema: paperSchema, folder: 'papers', extensions: ['.md', '.mdx'] },
  plans: { schema: planSchema, folder: 'plans', extensions: ['.yaml', '.yml'] },
  planReports: { schema: planReportSchema, folder: 'plan-reports', extensions: ['.yaml', '.yml'] },
  measures: { schema: measureSchema, folder: 'measures', extensions: ['.yaml', '.yml'] },
  inspections: { schema: inspectionSchema, folder: 'inspections', extensions: ['.yaml', '.yml'] },
  topics: { schema: topicSchema, folder: 'topics', extensions: ['.yaml', '.yml'] },
} as const;
export type CollectionName = keyof typeof collections;

const idSegment = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, extensions));
    else if (extensions.includes(path.extname(name))) out.push(full);
  }
  return out;
}

/**
 * A path as the user will look for it: relative to the folder they ran the command in
 * (SCRUTINY_CWD when the build runs Astro from a folder of its own, see scripts/build-sites.mjs).
 */
export function display(file: string): string {
  const rel = path.relative(process.env.SCRUTINY_CWD || process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** Split `---` frontmatter from a Markdown body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  return m ? { frontmatter: m[1]!, body: m[2]! } : null;
}

/** Parse YAML text, reporting syntax errors with their line. Dates stay strings (YAML 1.2). */
export function parseYaml(text: string, file: string, problems: ContentProblem[]): unknown {
  // js-yaml reads well-formed files about six times faster than \`yaml\` (1.8 s against 0.3 s for
  // 1,000 meetings), which matters at archive scale. Its core schema is YAML 1.2's, as \`yaml\`'s
  // is: dates stay strings and a repeated key is an error. A file it refuses is read again with
  // \`yaml\`, whose messages say more plainly what is wrong and where.
  try {
    return loadYaml(text, { schema: CORE_SCHEMA, filename: file });
  } catch {
    // fall through to the detailed report below
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      problems.push({ file, field: line ? `line ${line}` : '', message: `is not valid YAML: ${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return doc.toJS();
}

/** Read, parse and validate one file. Problems are appended; the entry is returned when valid. */
export function readEntry<T>(
  file: string,
  id: string,
  schema: ZodType<T, any, any>,
  problems: ContentProblem[],
): SourceEntry<T> | undefined {
  const shown = display(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    problems.push({ file: shown, field: '', message: `cannot be read: ${(e as Error).message}` });
    return undefined;
  }
  let raw: unknown;
  let body: string | undefined;
  if (file.endsWith('.md') || file.endsWith('.mdx')) {
    const split = splitFrontmatter(text);
    if (!split) {
      problems.push({ file: shown, field: 'frontmatter', message: 'expected the file to start with --- frontmatter --- (title, date, kind …)' });
      return undefined;
    }
    raw = parseYaml(split.frontmatter, shown, problems);
    body = split.body;
  } else {
    raw = parseYaml(text, shown, problems);
  }
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== 'object') {
    problems.push({ file: shown, field: '', message: 'expected fields (key: value lines); the file is empty or not a YAML mapping' });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...problemsFromZod(shown, result.error));
    return undefined;
  }
  return { id, file: shown, data: result.data, body };
}

/** Read every entry of one collection folder (e.g. content/meetings), ids from their paths. */
export function readCollection<N extends CollectionName>(
  root: string,
  name: N,
  problems: ContentProblem[],
): SourceEntry<any>[] {
  const { schema, extensions, folder } = collections[name];
  const dir = path.join(root, folder);
  const entries: SourceEntry<any>[] = [];
  for (const file of listFiles(dir, extensions)) {
    const relative = path.relative(dir, file).split(path.sep);
    relative[relative.length - 1] = relative[relative.length - 1]!.replace(/\.[^.]+$/, '');
    const bad = relative.find((s) => !idSegment.test(s));
    if (bad !== undefined) {
      problems.push({
        file: display(file),
        field: 'file name',
        message: `"${bad}" cannot be part of an address: rename it using lower-case letters, digits and hyphens`,
      });
      continue;
    }
    const entry = readEntry(file, relative.join('/'), schema as ZodType<any>, problems);
    if (entry) entries.push(entry);
  }
  if (name === 'measures') attachObservationCsvs(dir, entries as SourceEntry<Measure>[], problems);
  return entries;
}

/**
 * A measure's observations may sit in `<id>.csv` beside `<id>.yaml`. A CSV with no measure of
 * its name, or a measure with observations in both places, is a mistake worth stopping for.
 */
function attachObservationCsvs(dir: string, measures: SourceEntry<Measure>[], problems: ContentProblem[]) {
  const byId = new Map(measures.map((m) => [m.id, m]));
  for (const file of listFiles(dir, ['.csv'])) {
    const id = path.relative(dir, file).replace(/\.csv$/, '').split(path.sep).join('/');
    const shown = display(file);
    const measure = byId.get(id);
    if (!measure) {
      problems.push({ file: shown, field: 'file name', message: `no measure "${id}": a CSV of observations needs measures/${id}.yaml beside it (check the spelling of the file name)` });
      continue;
    }
    if (measure.data.observations.length > 0) {
      problems.push({ file: shown, field: 'file name', message: `${measure.file} lists observations too: keep them in one place, the CSV or the YAML` });
      continue;
    }
    measure.data.observations = readObservationsCsv(readFileSync(file, 'utf8'), shown, problems);
    measure.csv = shown;
  }
  for (const m of measures) {
    if (m.csv) continue;
    for (const period of duplicatePeriods(m.data.observations)) {
      problems.push({ file: m.file, field: 'observations', message: `the period "${period}" is given twice: each period has one value` });
    }
  }
}

/**
 * Read and validate a whole content folder. Every problem in every file is collected and
 * thrown together, so one build shows everything there is to fix.
 */
export function readContentFolder(root: string): ContentSet {
  const problems: ContentProblem[] = [];
  const orgFile = ['organisation.yaml', 'organisation.yml'].map((f) => path.join(root, f)).find((f) => existsSync(f));
  let organisation: SourceEntry<Organisation> | undefined;
  if (!existsSync(root)) {
    problems.push({ file: display(root), field: '', message: 'the content folder does not exist; set SCRUTINY_CONTENT to a folder holding organisation.yaml' });
  } else if (!orgFile) {
    problems.push({ file: display(path.join(root, 'organisation.yaml')), field: '', message: 'is missing: every content folder needs its site settings (name, shortName, area, baseUrl)' });
  } else {
    organisation = readEntry(orgFile, 'organisation', organisationSchema, problems);
  }
  const set = {
    root,
    bodies: readCollection(root, 'bodies', problems),
    people: readCollection(root, 'people', problems),
    meetings: readCollection(root, 'meetings', problems),
    papers: readCollection(root, 'papers', problems),
    plans: readCollection(root, 'plans', problems),
    planReports: readCollection(root, 'planReports', problems),
    measures: readCollection(root, 'measures', problems),
    inspections: readCollection(root, 'inspections', problems),
    topics: readCollection(root, 'topics', problems),
  };
  if (problems.length > 0 || !organisation) throw new ContentError(problems);
  return { ...set, organisation };
}
