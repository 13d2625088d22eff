import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { importDocuments } from '..';
import { expectedMinutesSchema } from './expected';
import { scoreMinutes, type Score } from './score';
import { importedWords, missingTokens, sourceWords } from './words';

export interface DocumentEvaluation {
  name: string;
  /** Why it was not scored: not read as minutes, or the import threw. */
  failure?: string;
  score?: Score;
  /** Share of the document's words (less the furniture listed) that its entries keep. */
  wordsKept?: number;
  wordsLost: string[];
}

/**
 * Imports every document of an evaluation folder (each with its `.expected.yaml`) into a throwaway
 * content folder and scores it: what `npm run import:eval` prints and the eval test holds.
 */
export async function evaluateFolder(folder: string, only?: string): Promise<DocumentEvaluation[]> {
  const names = readdirSync(folder)
    .filter((f) => /\.(txt|md|pdf)$/.test(f) && !f.startsWith('README'))
    .filter((f) => !only || f.startsWith(only))
    .sort();
  const out: DocumentEvaluation[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const expectedFile = file.replace(/\.[^.]+$/, '.expected.yaml');
    const expected = expectedMinutesSchema.safeParse(parse(readFileSync(expectedFile, 'utf8')));
    if (!expected.success) throw new Error(`${expectedFile}: ${expected.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const target = mkdtempSync(path.join(tmpdir(), 'scrutiny-eval-'));
    const content = path.join(target, 'content');
    try {
      const {
        documents: [doc],
      } = await importDocuments([file], { content });
      if (!doc || doc.error || !doc.parsed) {
        out.push({ name, failure: `not read as minutes: ${doc?.error ?? doc?.kind}`, wordsLost: [] });
        continue;
      }
      const source = sourceWords(readFileSync(file, 'utf8'), doc.removed);
      const missing = missingTokens(source, importedWords(doc, content));
      const total = [...source.values()].reduce((a, b) => a + b, 0);
      const lost = missing.reduce((n, m) => n + Number(/\((\d+) of/.exec(m)![1]), 0);
      out.push({ name, score: scoreMinutes(expected.data, doc.parsed), wordsKept: 1 - lost / total, wordsLost: missing });
    } catch (e) {
      out.push({ name, failure: `crashed: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`, wordsLost: [] });
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  }
  return out;
}
