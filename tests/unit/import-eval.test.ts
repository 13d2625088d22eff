import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFolder } from '../../src/lib/import/eval/run';
import { addScores, overall, precision, recall } from '../../src/lib/import/eval/score';

// The importer against 33 synthetic documents in real layouts it was not written from
// (tests/fixtures/import, written by others from public minutes): issue 18's bar.
describe('the importer on documents in many real layouts', () => {
  it('is precise before complete: ≥ 98% precision and ≥ 90% recall over the key fields, every document read, ≥ 99.5% of words kept', async () => {
    const results = await evaluateFolder(path.resolve('tests/fixtures/import'));
    expect(results.length).toBeGreaterThanOrEqual(30);
    expect(results.filter((r) => r.failure).map((r) => `${r.name}: ${r.failure}`)).toEqual([]);
    const total = overall(addScores(results.map((r) => r.score!)));
    expect(precision(total)).toBeGreaterThanOrEqual(0.98);
    expect(recall(total)).toBeGreaterThanOrEqual(0.9);
    expect(results.filter((r) => r.wordsKept! < 0.995).map((r) => `${r.name}: ${r.wordsLost.join(', ')}`)).toEqual([]);
  }, 120_000);

  // Documents written blind after the importer was tuned (each set's README): no longer held out once the importer was
  // changed for them, so these are floors a little under today's figures, to keep it from getting worse, not its bar.
  it.each([
    ['tests/fixtures/import-holdout', 10, 0.94, 0.9],
    ['tests/fixtures/import-holdout-2', 15, 0.98, 0.9],
    ['tests/fixtures/import-holdout-3', 15, 0.95, 0.84],
    ['tests/fixtures/import-holdout-4', 15, 0.98, 0.85],
    ['tests/fixtures/import-holdout-5', 15, 0.98, 0.85],
    ['tests/fixtures/import-holdout-6', 15, 0.99, 0.91],
    ['tests/fixtures/import-holdout-7', 15, 0.95, 0.79],
    ['tests/fixtures/import-holdout-8', 15, 0.95, 0.79],
    ['tests/fixtures/import-holdout-9', 15, 0.96, 0.79],
    ['tests/fixtures/import-holdout-10', 15, 0.96, 0.77],
    ['tests/fixtures/import-holdout-11', 15, 0.95, 0.84],
    ['tests/fixtures/import-holdout-12', 6, 0.95, 0.83],
  ] as const)(
    '%s: every document read, ≥ 99.5%% of words kept, and precision and recall no worse than today',
    async (folder, count, p, r) => {
      const results = await evaluateFolder(path.resolve(folder));
      expect(results).toHaveLength(count);
      expect(results.filter((x) => x.failure).map((x) => `${x.name}: ${x.failure}`)).toEqual([]);
      expect(results.filter((x) => x.wordsKept! < 0.995).map((x) => `${x.name}: ${x.wordsLost.join(', ')}`)).toEqual([]);
      const total = overall(addScores(results.map((x) => x.score!)));
      expect(precision(total)).toBeGreaterThanOrEqual(p);
      expect(recall(total)).toBeGreaterThanOrEqual(r);
    },
    120_000,
  );
});
