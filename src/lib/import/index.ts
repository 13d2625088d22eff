import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { readCollection, readContentFolder } from '../content/read-folder';
import { surveyContentFolder } from '../content/layout';
import { ContentError, type ContentProblem } from '../content/errors';
import { organisationSchema, type PaperKind } from '../../schemas';
import { directoryOf, type Directory } from './directory';
import { removeFurniture, type Removed } from './furniture';
import { normaliseName, parseMinutes, type ParsedMinutes, type Review } from './minutes';
import { classify, paperToFiles, type DocumentKind } from './paper';
import { PeopleIndex } from './people';
import { agendaToFiles, minutesToFiles, peopleFiles, type PlannedFile } from './to-content';
import { parseAgenda } from './agenda';
import { splitPack } from './pack';
import { readSource } from './source';
import { findUkDate } from './uk-date';
import { reviewReport } from './review';
import { expandInputs } from './inputs';
import { organisationEntry, organisationFileIn, writeOrganisation, type OrganisationSettings } from './organisation';
import { writeDocument, type WriteResult } from './write';
import { cappedName } from './ids';

export { expandInputs, type WriteResult };

export interface ImportOptions {
  content: string;
  dryRun?: boolean;
  force?: boolean;
  /** For a content folder without organisation.yaml: what to write in one first. One that is there is never replaced. */
  organisation?: OrganisationSettings;
}

export interface DocumentResult {
  source: string;
  kind?: DocumentKind;
  reason?: string;
  /** Set when the file could not be imported; nothing was written for it but its review report. */
  error?: string;
  /** What it was made into (written, unless it has an error), and its review report. */
  files: PlannedFile[];
  removed: Removed[];
  review: Review[];
  notes: string[];
  /** Minutes as read, before they became entries: what `import:eval` scores. */
  parsed?: ParsedMinutes;
  /** Its review report, relative to the content folder. */
  report?: string;
}

/** The content folder cannot be written at all: said once, for the whole import. */
export class ContentFolderError extends Error {}

/** A name longer than this, read as a person, is a paragraph: the review says so. */
const longestName = 100;

/**
 * Imports documents into a content folder. Each document is read, cleared of page furniture,
 * recognised and structured; the files it yields are written only where nothing is there yet
 * (or is identical), unless `force`. A review report for each, imported or not, goes beside the
 * entries, in `_import/`. A problem with one document (it cannot be read, or its entries cannot be
 * written) is its own: the others are imported. The same input always gives the same output.
 */
export async function importDocuments(inputs: string[], options: ImportOptions): Promise<{ documents: DocumentResult[]; writes: WriteResult[] }> {
  const existed = existsSync(options.content);
  if (!options.dryRun) ensureWritable(options.content);
  const made = options.organisation && !organisationFileIn(options.content) ? options.organisation : undefined;
  const writes = made ? [writeOrganisation(options.content, made, options.dryRun)] : [];
  const directory = existed || made ? loadDirectory(options.content, options.dryRun ? made : undefined) : directoryOf(undefined);
  const people = new PeopleIndex(directory);
  const { files, problems } = expandInputs(inputs);
  const documents: DocumentResult[] = problems.map((p) => ({ source: p.source, error: p.message, files: [], removed: [], review: [], notes: [] }));
  for (const file of files) documents.push(await importDocument(file, directory, people));
  writes.push(...writeDocuments(documents, peopleFiles(people), options));
  return { documents, writes };
}

/** One document made into entries, or why it cannot be; whatever goes wrong stays with it. */
async function importDocument(file: string, directory: Directory, people: PeopleIndex): Promise<DocumentResult> {
  const failed = (error: string): DocumentResult => ({ source: file, error, files: [], removed: [], review: [], notes: [] });
  try {
    const source = await readSource(file);
    if (!source.ok) return failed(source.message);
    const { text, removed } = removeFurniture(source.text);
    // A record of a meeting or a paper has a date and some prose; a list of numbers or a note has not.
    const words = text.match(/\p{L}{2,}/gu)?.length ?? 0;
    if (!findUkDate(text) && words < 200)
      return failed(`does not look like minutes, an agenda, a letter or a report (no date, ${words} words): nothing was written for it`);
    const { kind, reason } = classify(text);
    const review: Review[] = [];
    const name = path.basename(file);
    const known = people.created.length;
    const parsed = kind === 'minutes' ? parseMinutes(text, directory) : undefined;
    const planned =
      kind === 'agenda'
        ? packToFiles(text, name, directory, people, review)
        : parsed
          ? minutesToFiles(parsed, name, directory, people, review)
          : paperToFiles(text, kind, name, directory, review);
    if (kind === 'minutes' && !/\d/.test(text.slice(0, 2000)))
      review.push({ field: '', message: 'no numbered items were found: check the document is minutes' });
    for (const p of people.created.slice(known).filter((p) => p.name.length > longestName))
      review.push({
        field: 'attendance',
        message:
          `a name of ${p.name.length.toLocaleString('en-GB')} characters was read as a person ("${p.name.slice(0, 40)}…"): it is probably a ` +
          `paragraph; people/${p.id}.yaml was made under a shortened id. Correct the attendance, and delete the person`,
      });
    return { source: file, kind, reason, files: planned, removed, review, notes: source.notes, parsed };
  } catch (e) {
    return failed(`could not be imported: the importer stopped on it (${(e as Error).message}); nothing was written for it. Report this, with the file`);
  }
}

/**
 * Writes each document on its own, then its review report. The people and bodies an import
 * makes go with the first document written that names them, so that a document that fails
 * takes none that another needs with it.
 */
function writeDocuments(documents: DocumentResult[], madePeople: PlannedFile[], options: ImportOptions): WriteResult[] {
  // Each file the import makes for a person or a body, until a document that names them is written.
  const shared = new Map([...madePeople, ...documents.flatMap((d) => d.files)].filter((f) => isShared(f.path)).map((f) => [f.path, f]));
  const writes: WriteResult[] = [];
  const writer = new Map<string, string>();
  const reports = new Set<string>();
  for (const d of documents) {
    if (!d.error) {
      const names = referencedIds(d.files);
      const needed = [...shared.values()].filter((f) => names.has(path.basename(f.path, '.yaml')));
      const own = (f: PlannedFile) => d.files.some((g) => g.path === f.path);
      const files = [...d.files.filter((f) => !isShared(f.path) || needed.some((n) => n.path === f.path)), ...needed.filter((f) => !own(f))];
      const clash = files.find((f) => writer.has(f.path));
      const result = clash ? undefined : writeDocument(files, options);
      d.files = files;
      if (clash)
        d.error = `would write ${clash.path}, which ${path.basename(writer.get(clash.path)!)} in this import writes too: import them separately, or rename one`;
      else if (result?.error) d.error = result.error;
      else {
        writes.push(...result!.results);
        for (const f of files) writer.set(f.path, d.source);
        for (const f of needed) shared.delete(f.path);
      }
    }
    d.report = `_import/${reportName(d.source, reports)}.review.md`;
    const report = { path: d.report, text: reviewReport(d) };
    d.files.push(report);
    const result = writeDocument([report], options);
    writes.push(...(result.error ? [{ path: report.path, outcome: 'not written' as const, message: result.error }] : result.results));
  }
  return writes;
}

const isShared = (file: string) => file.startsWith('people/') || file.startsWith('bodies/');

/** The ids a document's entries refer to: its body, the people at it, owners, signatories. */
function referencedIds(files: PlannedFile[]): Set<string> {
  const refs = /^\s*(?:-\s+)?(?:body|meeting|person|owner|signedBy|substituteFor):\s*([a-z0-9-]+)/gm;
  return new Set(files.flatMap((f) => [...f.text.matchAll(refs)].map((m) => m[1]!)));
}

/** A report's name: its document's, shortened to what a file system takes, and made unique in the batch. */
function reportName(source: string, taken: Set<string>): string {
  const base = cappedName(path.basename(source).replace(/\.[^.]+$/, '') || 'document');
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * An agenda pack: the agenda becomes the meeting it announces, and each paper after it an entry of
 * its own (minutes as a meeting; letters and reports as papers of the meeting, under their item).
 */
function packToFiles(text: string, name: string, directory: Directory, people: PeopleIndex, review: Review[]): PlannedFile[] {
  const [front, ...papers] = splitPack(text);
  const agenda = parseAgenda(front!.text, directory, review);
  const { files, meetingId } = agendaToFiles(agenda, name, directory, review);
  const planned = [...files];
  if (!meetingId) return [...planned, ...paperToFiles(text, 'agenda', name, directory, review)];
  const titles = new Map(agenda.items.map((i) => [i.number, i.title]));
  for (const part of papers) {
    const kind = classify(part.text).kind;
    const note = (message: string) => review.push({ field: `pack part "${part.text.trim().split('\n')[0]!.slice(0, 50)}"`, message });
    if (kind === 'minutes') {
      planned.push(...minutesToFiles(parseMinutes(part.text, directory), name, directory, people, review));
      continue;
    }
    // A report names its item ("Agenda Item No. 8"), or prints the agenda's title for it.
    const heading = part.text.split('\n').map((l) => l.replace(/\*\*/g, '').trim());
    const paperKind: PaperKind = kind === 'letter' ? 'letter' : 'report';
    const item =
      part.item ??
      agenda.items.find((i) => heading.some((l) => normaliseName(l) === normaliseName(i.title)))?.number ??
      (paperKind === 'report' ? closestItem(heading.filter((l) => l !== '').slice(0, 6), agenda.items) : undefined);
    const files = paperToFiles(part.text, paperKind, name, directory, review, {
      meeting: meetingId,
      item,
      title: item ? titles.get(item) : undefined,
      date: agenda.date,
    });
    if (!item && paperKind === 'report') note('no agenda item was found for this part of the pack: set its item, and check where it begins and ends');
    planned.push(...files);
  }
  return planned;
}

/** The agenda item whose title shares most words (two at least) with a paper's opening lines: "PEEL REPORT 2022" is "HMICFRS PEEL Report". */
function closestItem(opening: string[], items: { number: string; title: string }[]): string | undefined {
  const words = (s: string) =>
    new Set(
      normaliseName(s)
        .split(' ')
        .filter((w) => w.length >= 4 && /^[a-z]+$/.test(w)),
    );
  const head = words(opening.join(' '));
  const scored = items.map((i) => ({ number: i.number, shared: [...words(i.title)].filter((w) => head.has(w)).length })).sort((a, b) => b.shared - a.shared);
  return scored[0] && scored[0].shared >= 2 && scored[1]?.shared !== scored[0].shared ? scored[0].number : undefined;
}

/** The content folder can be made and written into; otherwise nothing is imported, and that is said once. */
function ensureWritable(content: string) {
  try {
    mkdirSync(content, { recursive: true });
    accessSync(content, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOTDIR' || code === 'EEXIST'
        ? 'a part of its path is a file, not a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EROFS'
            ? 'it is on a read-only disk'
            : (e as Error).message;
    throw new ContentFolderError(
      `The content folder ${content} cannot be written: ${why}. Nothing was imported: import into a folder you can write to with --content <dir>, or give yourself permission to write to this one.`,
    );
  }
}

/**
 * What the content folder knows. A folder that does not exist yet knows nothing; in a dry run
 * into one without organisation.yaml, the settings that would be written stand for it.
 */
function loadDirectory(content: string, unwritten?: OrganisationSettings): Directory {
  const organisation = unwritten ? { id: 'organisation', file: 'organisation.yaml', data: organisationSchema.parse(organisationEntry(unwritten)) } : undefined;
  if (!existsSync(content)) return directoryOf(organisation && { people: [], bodies: [], organisation });
  try {
    if (!organisation) return directoryOf(readContentFolder(content));
    const problems: ContentProblem[] = [];
    const layout = surveyContentFolder(content, problems);
    const set = {
      people: readCollection('people', layout.files.people, problems),
      bodies: readCollection('bodies', layout.files.bodies, problems),
      organisation,
    };
    if (problems.length) throw new ContentError(problems);
    return directoryOf(set);
  } catch (e) {
    if (e instanceof ContentError) throw new Error(`The content folder ${content} has problems to fix before anything is imported into it:\n${e.message}`);
    throw e;
  }
}
