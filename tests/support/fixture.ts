import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { buildArchive } from '../../src/lib/archive/build';
import { ContentError, type ContentProblem } from '../../src/lib/content/errors';
import { expect } from 'vitest';

export const minimalFixture = path.resolve('tests/fixtures/minimal');

/** A throwaway copy of a fixture content folder, to break on purpose. */
export function copyFixture(from = minimalFixture): {
  root: string;
  edit: (file: string, change: (text: string) => string) => void;
  write: (file: string, text: string) => void;
  delete: (file: string) => void;
  mkdir: (dir: string) => void;
  remove: () => void;
} {
  const root = mkdtempSync(path.join(tmpdir(), 'scrutiny-fixture-'));
  cpSync(from, root, { recursive: true });
  return {
    root,
    edit(file, change) {
      const full = path.join(root, file);
      const before = readFileSync(full, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit to ${file} changed nothing: the test is out of step with the fixture`);
      writeFileSync(full, after);
    },
    write(file, text) {
      writeFileSync(path.join(root, file), text);
    },
    mkdir(dir) {
      mkdirSync(path.join(root, dir), { recursive: true });
    },
    delete(file) {
      rmSync(path.join(root, file));
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Load a folder as the build does; return the error it throws, or fail if it throws none. */
export function loadError(root: string, today = '2020-06-01'): ContentError {
  try {
    buildArchive(readContentFolder(root), { today });
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error(`expected ${root} to be rejected, but it loaded`);
}

/**
 * Loads a folder that must be refused, and checks one problem names this file and field with a
 * message like `expected`, and that the message people see carries all three.
 */
export function expectProblemIn(root: string, file: string, field: string, expected: RegExp): { error: ContentError; problem: ContentProblem } {
  const error = loadError(root);
  const problem = error.problems.find((p) => p.file.endsWith(file) && p.field === field);
  expect(problem, `no problem for ${file} ${field} in:\n${error.message}`).toBeDefined();
  expect(problem!.message).toMatch(expected);
  expect(error.message).toContain(`${file}: ${field || '(whole file)'}: `);
  return { error, problem: problem! };
}
