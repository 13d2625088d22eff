import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/generate.mjs';
import { heapLimit } from '../../scripts/build/memory.mjs';
import { startBuild, treeDigest } from '../support/build-run';

// Astro's process is given a heap limit that grows with the content folder (scripts/build/memory.mjs).
// A build that runs out of memory under it must still be made; a limit set by hand that makes no sense
// must be refused before anything is touched. The archive is the benchmark's SYNTHETIC one, small.
const work = mkdtempSync(path.join(tmpdir(), 'scrutiny-memory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = path.join(work, 'content');
generateArchive({ meetings: 12, out: content, people: 20, deliverables: 10, measures: 3 });

describe("Astro's memory limit", () => {
  it('grows with the content folder, within 1 GB to 4 GB, or is what SCRUTINY_HEAP_MB says', () => {
    const mb = 2 ** 20;
    expect(heapLimit(10 * mb, {})).toBe(1024);
    expect(heapLimit(173 * mb, {})).toBe(Math.round(Math.min(1896, totalmem() / 2 ** 21)));
    expect(heapLimit(2000 * mb, {})).toBe(Math.round(Math.min(4096, totalmem() / 2 ** 21)));
    expect(heapLimit(173 * mb, { SCRUTINY_HEAP_MB: '3000' })).toBe(3000);
    expect(() => heapLimit(10 * mb, { SCRUTINY_HEAP_MB: 'lots' })).toThrow(/SCRUTINY_HEAP_MB is "lots": .*whole number of MB/);
  });

  it('a build that runs out of memory under the limit is made again without it, and published', async () => {
    const out = path.join(work, 'site');
    const { code, said } = await startBuild(content, out, { env: { SCRUTINY_HEAP_MB: '64' } }).exit;
    expect(said).toMatch(/Astro ran out of memory under its limit of 64 MB .*building again without that limit/);
    expect(code, said).toBe(0);
    expect(readFileSync(path.join(out, 'meetings', 'index.html'), 'utf8')).toContain('Synthetic');
    expect(existsSync(path.join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 300_000);

  it('a limit that is not a number stops the build with the fix, and leaves the published site alone', async () => {
    const out = path.join(work, 'site');
    // Another day: a build with something to do.
    const before = treeDigest(out);
    const { code, said } = await startBuild(content, out, { env: { SCRUTINY_HEAP_MB: '2GB', SCRUTINY_TODAY: '2026-11-23' } }).exit;
    expect(code).not.toBe(0);
    expect(said).toMatch(/SCRUTINY_HEAP_MB is "2GB": give Astro's memory limit as a whole number of MB/);
    expect(treeDigest(out)).toEqual(before);
  }, 120_000);
});
