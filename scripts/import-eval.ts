/**
 * How well the importer reads documents it was not written from: every document in
 * tests/fixtures/import/ (synthetic, each in the layout of a kind of real public minutes) is
 * imported into a throwaway folder and scored against its `.expected.yaml`.
 *   npm run import:eval [-- --fixtures <dir>] [--verbose] [--only <name>] [--rules]
 * Prints precision (of the fields it filled, how many are right; invented people, items and
 * bodies count against it) and recall (of the fields expected, how many it filled right), per
 * document and per field, and the share of each document's words its entries keep.
 */
import path from 'node:path';
import { evaluateFolder } from '../src/lib/import/eval/run';
import { addScores, overall, precision, recall, scoredFields } from '../src/lib/import/eval/score';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const fixtures = path.resolve(option('--fixtures') ?? 'tests/fixtures/import');
const only = option('--only');
const verbose = args.includes('--verbose') || only !== undefined;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

let results;
try {
  results = await evaluateFolder(fixtures, only);
} catch (e) {
  console.error(`import:eval: ${(e as Error).message}`);
  process.exit(2);
}
if (results.length === 0) {
  console.error(`import:eval: no documents in ${fixtures}${only ? ` starting "${only}"` : ''}`);
  process.exit(2);
}

console.log(`${'document'.padEnd(44)} ${'precision'.padStart(7)} ${'recall'.padStart(7)} ${'words kept'.padStart(7)}`);
for (const r of results) {
  if (!r.score) {
    console.log(`${r.name.padEnd(44)}  ${r.failure}`);
    continue;
  }
  const o = overall(r.score);
  console.log(`${r.name.padEnd(44)} ${pct(precision(o))} ${pct(recall(o))} ${pct(r.wordsKept!)}`);
  if (verbose) {
    for (const f of scoredFields) for (const n of r.score[f].notes) console.log(`    ${f}: ${n}`);
    if (r.wordsLost.length) console.log(`    words lost: ${r.wordsLost.slice(0, 20).join(', ')}`);
  }
}
const total = addScores(results.flatMap((r) => (r.score ? [r.score] : [])));
console.log(`\n${'field'.padEnd(16)} ${'right'.padStart(6)} ${'wrong'.padStart(6)} ${'missed'.padStart(6)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`);
const row = (label: string, t: { right: number; wrong: number; missed: number }) =>
  console.log(
    `${label.padEnd(16)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(6)} ${String(t.missed).padStart(6)} ${pct(precision(t)).padStart(9)} ${pct(recall(t))}`,
  );
for (const f of scoredFields) row(f, total[f]);
row('all key fields', overall(total));
if (args.includes('--rules')) {
  // Each rule that read decisions or actions, scored on its own: the rules to make surer, or to stop filling fields.
  console.log(`\n${'rule'.padEnd(60)} ${'right'.padStart(6)} ${'wrong'.padStart(6)} ${'precision'.padStart(9)}`);
  for (const [rule, t] of Object.entries(total.rules).sort(([a], [b]) => a.localeCompare(b)))
    console.log(`${rule.padEnd(60)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(6)} ${pct(precision(t)).padStart(9)}`);
}
const failed = results.filter((r) => !r.score).length;
const low = results.filter((r) => r.wordsKept !== undefined && r.wordsKept < 0.995).length;
console.log(`\n${results.length} documents: ${failed} not read as minutes or crashed; ${low} keep fewer than 99.5% of their words.`);
