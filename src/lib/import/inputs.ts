import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { readProblem } from './fs-problem';
import { importable } from './source';

/** A file or folder named for import that cannot be, and why. */
export interface InputProblem {
  source: string;
  message: string;
}

const isImportable = (name: string) => (importable as readonly string[]).includes(path.extname(name).toLowerCase());

/**
 * Every importable file under the given files and folders, in a stable order, each once. What
 * cannot be read (a link to nothing, a folder without permission, a link looping back) is a
 * problem naming it, and the rest are still found.
 */
export function expandInputs(inputs: string[]): { files: string[]; problems: InputProblem[] } {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const found = new Set<string>();
  const add = (file: string) => {
    const key = realOr(file);
    if (!found.has(key)) files.push(file);
    found.add(key);
  };
  const walk = (folder: string, ancestors: Set<string>) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (e) {
      problems.push({ source: folder, message: readProblem(e, 'folder') });
      return;
    }
    const inside = new Set([...ancestors, realOr(folder)]);
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const full = path.join(folder, name);
      const stat = statOf(full);
      if ('message' in stat) {
        // A link to nothing named like a document, or like a folder, is reported; others are not read anyway.
        if (isImportable(name) || path.extname(name) === '') problems.push({ source: full, message: stat.message });
      } else if (stat.isDirectory()) {
        if (inside.has(realOr(full)))
          problems.push({
            source: full,
            message: `is a symbolic link back to a folder it is in (${readlinkSync(full)}), so it was not followed: delete the link`,
          });
        else walk(full, inside);
      } else if (isImportable(name)) add(full);
    }
  };
  for (const input of inputs) {
    const stat = statOf(input);
    if ('message' in stat) problems.push({ source: input, message: stat.message });
    else if (stat.isDirectory()) walk(input, new Set());
    else add(input);
  }
  return { files, problems };
}

/** What a path is, following links; or why that cannot be told. */
function statOf(file: string): Stats | { message: string } {
  try {
    return statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const link = linkTarget(file);
    if (link !== undefined && code === 'ENOENT') return { message: `is a symbolic link to ${link}, which does not exist: correct the link or delete it` };
    if (code === 'ENOENT') return { message: 'does not exist' };
    return { message: readProblem(e, 'file') };
  }
}

function linkTarget(file: string): string | undefined {
  try {
    return lstatSync(file).isSymbolicLink() ? readlinkSync(file) : undefined;
  } catch {
    return undefined;
  }
}

function realOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
