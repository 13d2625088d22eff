import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readContentFolder } from '../content/read-folder';
import { ContentError } from '../content/errors';
import { directoryOf, type Directory } from './directory';
import { removeFurniture, type Removed } from './furniture';
import { parseMinutes, type Review } from './minutes';
import { classify, paperToFiles, type DocumentKind } from './paper';
import { PeopleIndex } from './people';
import { minutesToFiles, peopleFiles, type PlannedFile } from './to-content';
import { importable, readSource } from './source';
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
    const { kind, reason } = classify(text);
    const review: Review[] = [];
    const name = path.basename(file);
    const planned = kind === 'minutes'
      ? minutesToFiles(parseMinutes(text, directory), name, directory, people, review)
      : paperToFiles(text, kind, name, directory, review);
    const result: DocumentResult = { source: file, kind, reason, files: planned, removed, review, notes: source.notes };
    if (kind === 'minutes' && !/\d/.test(text.slice(0, 2000))) review.push({ field: '', message: 'no numbered items were found: check the document is minutes' });
    documents.push(result);
  }
  // People are made once, by whichever document names them first.
  const shared = peopleFiles(people);
  const first = documents.find((d) => !d.error);
  first?.files.push(...shared);
  for (const d of documents) if (!d.error) d.files.push({ path: `_import/${path.basename(d.source).replace(/\.[^.]+$/, '')}.review.md`, text: reviewReport(d) });
  const writes = writeFiles(documents.flatMap((d) => d.files), options);
  return { documents, writes };
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
