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
});
