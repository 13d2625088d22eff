/**
 * How well the importer reads documents it was not written from: every document in
 * tests/fixtures/import/ (synthetic, each in the layout of a kind of real public minutes) is
 * imported into a throwaway folder and scored against its `.expected.yaml`.
 *   npm run import:eval [-- --fixtures <dir>] [--verbose] [--only <name>]
 * Prints precision (of the fields it filled, how many are right; invented people, items and
 * bodies count against it) and recall (of the fields expected, how many it filled right), per
 * document and per field, and the share of each document's words its entries keep.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { importDocuments } from '../src/lib/import';
import { expectedMinutesSchema } from '../src/lib/import/eval/expected';
import { addScores, overall, precision, recall, scoredFields, scoreMinutes, type Score } from '../src/lib/import/eval/score';
import { importedWords, missingTokens, sourceWords } from '../src/lib/import/eval/words';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const fixtures = path.resolve(option('--fixtures') ?? 'tests/fixtures/import');
const only = option('--only');
const verbose = args.includes('--verbose') || only !== undefined;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

const documents = readdirSync(fixtures)
  .filter((f) => /\.(txt|md|pdf)$/.test(f) && !f.startsWith('README'))
  .filter((f) => !only || f.startsWith(only))
  .sort();
if (documents.length === 0) {
  console.error(`import:eval: no documents in ${fixtures}${only ? ` starting "${only}"` : ''}`);
  process.exit(2);
}

const scores: Score[] = [];
const rows: string[] = [];
let crashed = 0;
let lowWords = 0;
for (const name of documents) {
  const file = path.join(fixtures, name);
  const expectedFile = file.replace(/\.[^.]+$/, '.expected.yaml');
  const expected = expectedMinutesSchema.safeParse(parse(readFileSync(expectedFile, 'utf8')));
  if (!expected.success) {
    console.error(`import:eval: ${expectedFile}: ${expected.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    process.exit(2);
  }
  const target = mkdtempSync(path.join(tmpdir(), 'scrutiny-eval-'));
  const content = path.join(target, 'content');
  try {
    const {
      documents: [doc],
    } = await importDocuments([file], { content });
    if (!doc || doc.error || !doc.parsed) {
      crashed++;
      rows.push(`${name.padEnd(44)}  not read as minutes: ${doc?.error ?? doc?.kind}`);
      continue;
    }
    const score = scoreMinutes(expected.data, doc.parsed);
    scores.push(score);
    const source = sourceWords(readFileSync(file, 'utf8'), doc.removed);
    const missing = missingTokens(source, importedWords(doc, content));
    const total = [...source.values()].reduce((a, b) => a + b, 0);
    const lost = missing.reduce((n, m) => n + Number(/\((\d+) of/.exec(m)![1]), 0);
    const kept = 1 - lost / total;
    if (kept < 0.995) lowWords++;
    const o = overall(score);
    rows.push(`${name.padEnd(44)} ${pct(precision(o))} ${pct(recall(o))} ${pct(kept)}`);
    if (verbose) {
      for (const f of scoredFields) for (const n of score[f].notes) rows.push(`    ${f}: ${n}`);
      if (missing.length) rows.push(`    words lost: ${missing.slice(0, 20).join(', ')}`);
    }
  } catch (e) {
    crashed++;
    rows.push(`${name.padEnd(44)}  CRASHED: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
  } finally {
    rmSync(target, { recursive: true, force: true });
  }
}

console.log(`${'document'.padEnd(44)} ${'precision'.padStart(7)} ${'recall'.padStart(7)} ${'words kept'.padStart(7)}`);
for (const r of rows) console.log(r);
const total = addScores(scores);
console.log(`\n${'field'.padEnd(16)} ${'right'.padStart(6)} ${'wrong'.padStart(6)} ${'missed'.padStart(6)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`);
for (const f of scoredFields) {
  const t = total[f];
  console.log(
    `${f.padEnd(16)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(6)} ${String(t.missed).padStart(6)} ${pct(precision(t)).padStart(9)} ${pct(recall(t))}`,
  );
}
const o = overall(total);
console.log(
  `${'all key fields'.padEnd(16)} ${String(o.right).padStart(6)} ${String(o.wrong).padStart(6)} ${String(o.missed).padStart(6)} ${pct(precision(o)).padStart(9)} ${pct(recall(o))}`,
);
console.log(`\n${documents.length} documents: ${crashed} not read as minutes or crashed; ${lowWords} keep fewer than 99.5% of their words.`);
