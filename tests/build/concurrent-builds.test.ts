import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../support/fixture';
import { childrenOf, filesHolding, mdxPaper, startBuild, waitUntil } from '../support/build-run';

// Builds running at once, each of its own organisation or into the same folder, never mix.
const work = mkdtempSync(path.join(tmpdir(), 'scrutiny-concurrent-'));

/** A copy of the minimal fixture whose papers carry its own canary words: published in MDX and in Markdown, and exempt in MDX. */
function organisation(word: string) {
  const c = copyFixture();
  c.write('papers/2020/briefing-note.mdx', mdxPaper('title: Briefing note\ndate: 2020-01-10\nkind: report\nbody: test-board', `The ${word}PUBLIC briefing.`));
  c.write(
    'papers/2020/exempt-briefing.mdx',
    mdxPaper(
      'title: Exempt briefing\ndate: 2020-01-10\nkind: report\nbody: test-board\nexempt: { reason: "Schedule 12A, paragraph 3" }',
      `The ${word}SECRET terms.`,
    ),
  );
  c.edit('papers/2020/performance-paper.md', (t) => `${t}\nThe ${word}MARKDOWN figures.\n`);
  return c;
}
const albatross = organisation('ALBATROSS');
const bittern = organisation('BITTERN');
afterAll(() => {
  albatross.remove();
  bittern.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('two builds at the same time', () => {
  it('of different content folders both succeed, and neither has any of the other', async () => {
    const outA = path.join(work, 'albatross');
    const outB = path.join(work, 'bittern');
    const [a, b] = await Promise.all([startBuild(albatross.root, outA).exit, startBuild(bittern.root, outB).exit]);
    expect(a.code, a.said).toBe(0);
    expect(b.code, b.said).toBe(0);
    for (const [out, own, other] of [
      [outA, 'ALBATROSS', 'BITTERN'],
      [outB, 'BITTERN', 'ALBATROSS'],
    ] as const) {
      expect(filesHolding(out, [`${own}PUBLIC`]).length, `${own}'s MDX paper in ${out}`).toBeGreaterThan(0);
      expect(filesHolding(out, [`${own}MARKDOWN`]).length, `${own}'s Markdown paper in ${out}`).toBeGreaterThan(0);
      expect(filesHolding(out, [other, `${own}SECRET`])).toEqual([]);
    }
  }, 240_000);

  it('into the same folder: one is refused by the lock, the other succeeds (and took over a lock left by a killed build)', async () => {
    const parent = path.join(work, 'same');
    const out = path.join(parent, 'site');
    mkdirSync(parent);
    // Left by a build killed with SIGKILL: its process is gone. And a staging folder of a process that still runs, left alone.
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(path.join(parent, '.site.scrutiny-lock'), JSON.stringify({ pid: Number(gone), since: '2026-01-01T00:00:00.000Z' }));
    mkdirSync(path.join(parent, `.site.scrutiny-staging-${gone}`, 'site'), { recursive: true });
    mkdirSync(path.join(parent, `.site.scrutiny-staging-${process.pid}`));

    const first = startBuild(albatross.root, out);
    let firstEnded = false;
    void first.exit.then(() => (firstEnded = true));
    await waitUntil('the first build to start Astro', () => firstEnded || childrenOf(first.child.pid!).length > 0);
    const second = await startBuild(bittern.root, out).exit;
    const done = await first.exit;
    expect(done.code, done.said).toBe(0);
    expect(second.code).not.toBe(0);
    expect(second.said).toMatch(new RegExp(`${out}: --out: another build \\(process ${first.child.pid}, since [^)]+\\) is building this folder now`));
    expect(filesHolding(out, ['ALBATROSSPUBLIC']).length).toBeGreaterThan(0);
    expect(filesHolding(out, ['BITTERN'])).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual([`.site.scrutiny-staging-${process.pid}`, 'site']);
  }, 240_000);
});
