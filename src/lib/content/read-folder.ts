import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import type { z, ZodType, ZodTypeDef } from 'astro/zod';
import { organisationSchema } from '../../schemas';
import type { Body, Inspection, Measure, Meeting, Organisation, Paper, Person, Plan, PlanReport, Topic } from '../../schemas';
import { duplicatePeriods, readObservationsCsv } from './measure-csv';
import { ContentError, problemsFromZod, type ContentProblem } from './errors';
import { collections, organisationFiles, type CollectionName } from './collections';
import { display, surveyContentFolder, type ContentFile } from './layout';
import { decodeText } from './text';
import { checkMdxPaper, type MeasureReference } from './mdx-paper';
import { meetingProblems } from './meeting-checks';

export { collections, type CollectionName };

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
  /** For an MDX paper, each `<Measure id="…" />` it places, with its line. */
  measures?: MeasureReference[];
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

/** Read a file's bytes as clean UTF-8 text (see text.ts), or say why it cannot be read. */
export function readText(file: string, problems: ContentProblem[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    problems.push({ file: display(file), field: '', message: `cannot be read: ${(e as Error).message}` });
    return undefined;
  }
  return decodeText(bytes, display(file), problems);
}

const isMarkdown = (file: string) => file.endsWith('.md') || file.endsWith('.mdx');

/** Read, parse and validate one file. Problems are appended; the entry is returned when valid. */
export function readEntry<T>(file: string, id: string, schema: ZodType<T, ZodTypeDef, unknown>, problems: ContentProblem[]): SourceEntry<T> | undefined {
  const shown = display(file);
  const text = readText(file, problems);
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    const what = isMarkdown(file) ? '--- frontmatter --- (title, date, kind …) and the text' : 'its fields (key: value lines)';
    problems.push({ file: shown, field: '', message: `is empty: write ${what} as docs/content-format.md describes, or delete the file` });
    return undefined;
  }
  let raw: unknown;
  let body: string | undefined;
  let measures: MeasureReference[] | undefined;
  const before = problems.length;
  if (isMarkdown(file)) {
    const split = splitFrontmatter(text);
    if (!split) {
      problems.push({ file: shown, field: 'frontmatter', message: 'expected the file to start with --- frontmatter --- (title, date, kind …)' });
      return undefined;
    }
    raw = parseYaml(split.frontmatter, shown, problems);
    body = split.body;
    if (problems.length > before) return undefined;
    if (raw == null) {
      problems.push({ file: shown, field: 'frontmatter', message: 'holds no fields: write the title, date and kind of the paper between the --- lines' });
      return undefined;
    }
    // The body's first line, so that each MDX problem names the line as an editor numbers it.
    if (file.endsWith('.mdx')) measures = checkMdxPaper(body, shown, text.slice(0, text.length - body.length).split('\n').length, problems);
  } else {
    raw = parseYaml(text, shown, problems);
    if (problems.length > before) return undefined;
    if (raw == null) {
      problems.push({
        file: shown,
        field: '',
        message: 'holds no fields, only blank lines or comments: write ' + 'its fields (key: value lines), or delete the file',
      });
      return undefined;
    }
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ file: shown, field: '', message: 'expected fields (key: value lines), not a single value or a list' });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...problemsFromZod(shown, result.error));
    return undefined;
  }
  return { id, file: shown, data: result.data, body, ...(measures ? { measures } : {}) };
}

/** Read every entry of one collection, as the survey of the folder found its files. */
/** The records of a collection, as its schema gives them. */
export type CollectionData<N extends CollectionName> = z.output<(typeof collections)[N]['schema']>;

export function readCollection<N extends CollectionName>(name: N, files: ContentFile[], problems: ContentProblem[]): SourceEntry<CollectionData<N>>[] {
  const schema = collections[name].schema as unknown as ZodType<CollectionData<N>, ZodTypeDef, unknown>;
  return files.flatMap((f) => readEntry(f.path, f.id, schema, problems) ?? []);
}

/**
 * A measure's observations may sit in `<id>.csv` beside `<id>.yaml`. A CSV with no measure of
 * its name, or a measure with observations in both places, is a mistake worth stopping for.
 */
function attachObservationCsvs(csvs: ContentFile[], measures: SourceEntry<Measure>[], problems: ContentProblem[]) {
  const byId = new Map(measures.map((m) => [m.id, m]));
  for (const { path: file, id } of csvs) {
    const shown = display(file);
    const measure = byId.get(id);
    if (!measure) {
      problems.push({
        file: shown,
        field: 'file name',
        message: `no measure "${id}": a CSV of observations needs ` + `measures/${id}.yaml beside it (check the spelling of the file name)`,
      });
      continue;
    }
    if (measure.data.observations.length > 0) {
      problems.push({ file: shown, field: 'file name', message: `${measure.file} lists observations too: keep them in one place, the CSV or the YAML` });
      continue;
    }
    const text = readText(file, problems);
    if (text === undefined) continue;
    measure.data.observations = readObservationsCsv(text, shown, problems);
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
 * Only the site settings of a content folder, read and checked as readContentFolder reads them:
 * for what must be known before the rest is read (the site's address, for Astro's configuration).
 */
export function readOrganisation(root: string): { organisation?: Organisation; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const file = organisationFiles.map((f) => path.join(root, f)).find((f) => existsSync(f));
  if (!file)
    return {
      problems: [
        {
          file: display(path.join(root, organisationFiles[0])),
          field: '',
          message: 'is missing: every content folder ' + 'needs its site settings (name, shortName, area, baseUrl)',
        },
      ],
    };
  return { organisation: readEntry(file, 'organisation', organisationSchema, problems)?.data, problems };
}

/**
 * Read and validate a whole content folder. Every problem in every file is collected and
 * thrown together, so one build shows everything there is to fix.
 */
export function readContentFolder(root: string): ContentSet {
  const problems: ContentProblem[] = [];
  if (!existsSync(root)) {
    problems.push({ file: display(root), field: '', message: 'the content folder does not exist; set SCRUTINY_CONTENT to a folder holding organisation.yaml' });
    throw new ContentError(problems);
  }
  const layout = surveyContentFolder(root, problems);
  let organisation: SourceEntry<Organisation> | undefined;
  if (!layout.organisation) {
    problems.push({
      file: display(path.join(root, organisationFiles[0])),
      field: '',
      message: 'is missing: every content folder needs its ' + 'site settings (name, shortName, area, baseUrl)',
    });
  } else {
    organisation = readEntry(layout.organisation, 'organisation', organisationSchema, problems);
  }
  const read = <N extends CollectionName>(name: N) => readCollection(name, layout.files[name], problems);
  const set = {
    root,
    bodies: read('bodies'),
    people: read('people'),
    meetings: read('meetings'),
    papers: read('papers'),
    plans: read('plans'),
    planReports: read('planReports'),
    measures: read('measures'),
    inspections: read('inspections'),
    topics: read('topics'),
  };
  attachObservationCsvs(layout.observations, set.measures, problems);
  const bodyIds = new Set(set.bodies.map((b) => b.id));
  for (const m of set.meetings) problems.push(...meetingProblems(m.id, m.file, m.data, bodyIds));
  if (problems.length > 0 || !organisation) throw new ContentError(problems);
  return { ...set, organisation };
}
