import { existsSync, mkdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nameTooLong, writeProblem } from './fs-problem';
import type { PlannedFile } from './to-content';

export interface WriteResult {
  path: string;
  outcome: 'written' | 'unchanged' | 'kept (exists and differs: use --force to replace it)' | 'replaced' | 'would write' | 'not written';
  /** Why, when it was not written. */
  message?: string;
}

export interface WriteOptions {
  content: string;
  dryRun?: boolean;
  force?: boolean;
}

/** The longest file name most file systems take, in bytes. */
const maxNameBytes = 255;

interface Step {
  file: PlannedFile;
  full: string;
  /** The file as it was, to put back if the document cannot be written whole. */
  before?: string;
  outcome: WriteResult['outcome'];
}

/**
 * Writes one document's files, all of them or none: a file that cannot be written undoes the ones
 * written before it, so a failed document leaves nothing half-written, and the next document is
 * written as if it had not been there. A file already there and different is kept unless `force`;
 * an identical one is unchanged.
 */
export function writeDocument(files: PlannedFile[], options: WriteOptions): { results: WriteResult[]; error?: string } {
  const long = files.flatMap((f) => f.path.split('/')).find((name) => Buffer.byteLength(name) > maxNameBytes);
  if (long) return { results: [], error: nameTooLong(long) };
  const steps: Step[] = [];
  try {
    for (const file of files) {
      const full = path.join(options.content, file.path);
      const before = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
      const outcome: Step['outcome'] =
        before === file.text
          ? 'unchanged'
          : before !== undefined && !options.force
            ? 'kept (exists and differs: use --force to replace it)'
            : options.dryRun
              ? 'would write'
              : before !== undefined
                ? 'replaced'
                : 'written';
      steps.push({ file, full, before, outcome });
    }
    if (!options.dryRun) write(steps.filter((s) => s.outcome === 'written' || s.outcome === 'replaced'));
  } catch (e) {
    return { results: [], error: writeProblem(e, options.content) };
  }
  return { results: steps.map((s) => ({ path: s.file.path, outcome: s.outcome })) };
}

function write(steps: Step[]) {
  const done: Step[] = [];
  /** Folders made for the files: the first made, and the file's own. */
  const made: { top: string; leaf: string }[] = [];
  try {
    for (const s of steps) {
      const top = mkdirSync(path.dirname(s.full), { recursive: true });
      if (top) made.push({ top, leaf: path.dirname(s.full) });
      writeFileSync(s.full, s.file.text);
      done.push(s);
    }
  } catch (e) {
    undo(done, made);
    throw e;
  }
}

/** Puts back what a document's writing changed: its new files and folders go, replaced files are as they were. */
function undo(done: Step[], made: { top: string; leaf: string }[]) {
  const quietly = (f: () => void) => {
    try {
      f();
    } catch {
      // Best effort: what cannot be undone stays, and the message names the first failure.
    }
  };
  for (const s of done.reverse()) quietly(() => (s.before === undefined ? unlinkSync(s.full) : writeFileSync(s.full, s.before)));
  for (const { top, leaf } of made.reverse()) {
    for (let dir = leaf; dir.length >= top.length; dir = path.dirname(dir)) quietly(() => rmdirSync(dir));
  }
}
