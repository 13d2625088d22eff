import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readContentFolder } from '../content/read-folder';
import { ContentError } from '../content/errors';
import { directoryOf, type Directory } from './directory';
import { removeFurniture, type Removed } from './furniture';
import { normaliseName, parseMinutes, type ParsedMinutes, type Review } from './minutes';
import { classify, paperToFiles, type DocumentKind } from './paper';
import type { PaperKind } from '../../schemas';
import { PeopleIndex } from './people';
import { agendaToFiles, minutesToFiles, peopleFiles, type PlannedFile } from './to-content';
import { parseAgenda } from './agenda';
import { splitPack } from './pack';
import { importable, readSource } from './source';
import { findUkDate } from './uk-date';
import { reviewReport } from './review';

export interface ImportOptions {
  content: string;
  dryRun?: boolean;
  force?: boolean;
}

export interface DocumentResult {
  source: string;
  kind?: DocumentKind;
  reason?: string;
  /** Set when the file could not be imported; nothing was written for it. */
  error?: string;
  files: PlannedFile[];
  removed: Removed[];
  review: Review[];
  notes: string[];
  /** Minutes as read, before they became entries: what `import:eval` scores. */
  parsed?: ParsedMinutes;
}

export interface WriteResult {
  path: string;
  outcome: 'written' | 'unchanged' | 'kept (exists and differs: use --force to replace it)' | 'replaced' | 'would write';
}

/** Every importable file under the given files and folders, in a stable order. */
export function expandInputs(inputs: string[]): { files: string[]; problems: { source: string; message: string }[] } {
  const files: string[] = [];
  const problems: { source: string; message: string }[] = [];
  const walk = (p: string) => {
    for (const name of readdirSync(p).sort()) {
      if (name.startsWith('.')) continue;
      const full = path.join(p, name);
      if (statSync(full).isDirectory()) walk(full);
      else if ((importable as readonly string[]).includes(path.extname(name).toLowerCase())) files.push(full);
    }
  };
  for (const input of inputs) {
    if (!existsSync(input)) problems.push({ source: input, message: 'does not exist' });
    else if (statSync(input).isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, problems };
}

/**
 * Imports documents into a content folder. Each document is read, cleared of page furniture,
 * recognised and structured; the files it yields are written only where nothing is there yet
 * (or is identical), unless `force`. A review report for each goes beside the entries, in
 * `_import/`. The same input always gives the same output.
 */
export async function importDocuments(inputs: string[], options: ImportOptions): Promise<{ documents: DocumentResult[]; writes: WriteResult[] }> {
  const directory = loadDirectory(options.content);
  const people = new PeopleIndex(directory);
  const { files, problems } = expandInputs(inputs);
  const documents: DocumentResult[] = problems.map((p) => ({ source: p.source, error: p.message, files: [], removed: [], review: [], notes: [] }));
  for (const file of files) {
    const source = await readSource(file);
    if (!source.ok) {
      documents.push({ source: file, error: source.message, files: [], removed: [], review: [], notes: [] });
      continue;
    }
    const { text, removed } = removeFurniture(source.text);
    // A record of a meeting or a paper has a date and some prose; a list of numbers or a note has not.
    const words = text.match(/\p{L}{2,}/gu)?.length ?? 0;
    if (!findUkDate(text) && words < 200) {
      documents.push({
        source: file,
        error: `does not look like minutes, an agenda, a letter or a report (no date, ${words} words): nothing was written for it`,
        files: [],
        removed: [],
        review: [],
        notes: [],
      });
      continue;
    }
    const { kind, reason } = classify(text);
    const review: Review[] = [];
    const name = path.basename(file);
    const parsed = kind === 'minutes' ? parseMinutes(text, directory) : undefined;
    const planned =
      kind === 'agenda'
        ? packToFiles(text, name, directory, people, review)
        : parsed
          ? minutesToFiles(parsed, name, directory, people, review)
          : paperToFiles(text, kind, name, directory, review);
    const result: DocumentResult = { source: file, kind, reason, files: planned, removed, review, notes: source.notes, parsed };
    if (kind === 'minutes' && !/\d/.test(text.slice(0, 2000)))
      review.push({ field: '', message: 'no numbered items were found: check the document is minutes' });
    documents.push(result);
  }
  // People are made once, by whichever document names them first.
  const shared = peopleFiles(people);
  const first = documents.find((d) => !d.error);
  first?.files.push(...shared);
  for (const d of documents)
    if (!d.error) d.files.push({ path: `_import/${path.basename(d.source).replace(/\.[^.]+$/, '')}.review.md`, text: reviewReport(d) });
  const writes = writeFiles(
    documents.flatMap((d) => d.files),
    options,
  );
  return { documents, writes };
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

function loadDirectory(content: string): Directory {
  if (!existsSync(content)) return directoryOf(undefined);
  try {
    return directoryOf(readContentFolder(content));
  } catch (e) {
    if (e instanceof ContentError) throw new Error(`The content folder ${content} has problems to fix before anything is imported into it:\n${e.message}`);
    throw e;
  }
}

function writeFiles(files: PlannedFile[], options: ImportOptions): WriteResult[] {
  const seen = new Set<string>();
  const results: WriteResult[] = [];
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two documents would both write ${f.path}: import them separately, or rename one`);
    seen.add(f.path);
    const full = path.join(options.content, f.path);
    const exists = existsSync(full);
    if (exists && readFileSync(full, 'utf8') === f.text) {
      results.push({ path: f.path, outcome: 'unchanged' });
      continue;
    }
    if (options.dryRun) {
      results.push({ path: f.path, outcome: exists && !options.force ? 'kept (exists and differs: use --force to replace it)' : 'would write' });
      continue;
    }
    if (exists && !options.force) {
      results.push({ path: f.path, outcome: 'kept (exists and differs: use --force to replace it)' });
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, f.text);
    results.push({ path: f.path, outcome: exists ? 'replaced' : 'written' });
  }
  return results;
}
