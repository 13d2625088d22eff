import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway content folder holding only what an import matches against: organisation, bodies, people. */
export function importTarget(from: string): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'scrutiny-import-'));
  for (const part of ['organisation.yaml', 'bodies', 'people']) cpSync(path.join(from, part), path.join(root, part), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export { importedWords, missingTokens, sourceWords, tokens, values } from '../../src/lib/import/eval/words';
