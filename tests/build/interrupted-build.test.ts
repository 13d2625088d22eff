import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../support/fixture';
import { canaries, siteDir } from '../support/sites';
import {
  childrenOf,
  descendantsOf,
  filesHolding,
  htmlWrittenSince,
  intermediates,
  isRunning,
  mdxPaper,
  project,
  startBuild,
  treeDigest,
  waitUntil,
  type RunningBuild,
} from '../support/build-run';

// A build stopped at any moment leaves the published site byte for byte as it was, and nothing of
// its own where a site is served from or in the project. The output is inside the repository, as
// dist/ is: that is where Astro used to write its server chunks among the pages.
const work = path.resolve('dist-test/interrupted');
const site = path.join(work, 'site');
const secrets = [...canaries, 'HERONCANARY', 'AVOCETCANARY'];
/** Where a build might leave something in the project, besides its output. */
const projectScratch = ['.astro', 'dist', 'node_modules/.vite', 'node_modules/.scrutiny'].map((f) => path.join(project, f));
const scratchDigest = () => Object.fromEntries([...projectScratch, ...astroCaches()].map((f) => [f, treeDigest(f)]));
const astroCaches = () =>
  readdirSync(path.join(project, 'node_modules'))
    .filter((f) => f.startsWith('.astro'))
    .map((f) => path.join(project, 'node_modules', f));

// The leak fixture, with MDX papers: one published, one exempt and one of a meeting in draft.
const content = copyFixture(path.resolve('tests/fixtures/leak'));
let edition = 0;
/** A new edition of the published MDX paper, so that a build that finished would change the site. */
function nextEdition() {
  edition += 1;
  content.write(
    'papers/2020/briefing-note.mdx',
    mdxPaper('title: Briefing note\ndate: 2020-03-13\nkind: report\nbody: test-board', `A published briefing in MDX, edition ${edition}.`),
  );
}
content.write(
  'papers/2020/exempt-briefing.mdx',
  mdxPaper(
    'title: Exempt briefing\ndate: 2020-03-13\nkind: report\nbody: test-board\nexempt: { reason: "Schedule 12A, paragraph 3" }',
    'The HERONCANARY terms are confidential.',
  ),
);
content.write(
  'papers/2020/draft-briefing.mdx',
  mdxPaper('title: Draft meeting briefing\ndate: 2020-04-17\nkind: report\nmeeting: test-board/2020-04-17', 'The AVOCETCANARY plan, not yet approved.'),
);
nextEdition();

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // The published site to keep: any site Scrutiny built will do.
  cpSync(siteDir('leak'), site, { recursive: true });
});
afterAll(() => {
  content.remove();
  rmSync(work, { recursive: true, force: true });
});

type Moment = 'rendering' | 'indexing' | 'swap';

/** Waits for the build to reach the moment; fails if it ends first. */
async function reach(build: RunningBuild, moment: Moment, since: number) {
  let ended = false;
  void build.exit.then(() => (ended = true));
  const there = {
    // Astro is writing pages (into whatever folder it writes them).
    rendering: () => htmlWrittenSince(work, since),
    // Pagefind is running, started by the build (which is held there, SCRUTINY_BUILD_PAUSE, before the index is written).
    indexing: () => childrenOf(build.child.pid!).some((c) => c.name.startsWith('pagefind')),
    // The build holds at the swap.
    swap: () => build.said().includes('paused at'),
  }[moment];
  await waitUntil(`the build to reach ${moment}`, () => ended || there());
  if (ended) throw new Error(`the build ended before ${moment}:\n${build.said()}`);
}

describe('npm run build stopped by SIGTERM during rendering', () => {
  // npm passes SIGTERM to its shell, which ends without passing it on to the build.
  it('stops the build, which leaves the published site byte for byte', async () => {
    const before = treeDigest(site);
    nextEdition();
    const since = Date.now();
    const build = startBuild(content.root, site, { npm: true });
    await reach(build, 'rendering', since);
    const helpers = descendantsOf(build.child.pid!);
    expect(helpers.map((p) => p.name)).toContain('node');
    build.child.kill('SIGTERM');
    const end = await build.exit;
    expect(end.code, end.said).not.toBe(0);
    for (const p of helpers) await waitUntil(`${p.name} (process ${p.pid}) to stop`, () => !isRunning(p.pid), 10_000);
    expect(treeDigest(site)).toEqual(before);
    expect(end.said).toContain('The command that started this build has ended: stopping it.');
    expect(end.said).toContain(`Stopped by SIGTERM: ${site} was left as it was.`);
    expect(readdirSync(work)).toEqual(['site']);
  }, 180_000);
});

// Each moment with SIGKILL, which no process can handle, and with SIGINT or SIGTERM (one handler
// serves both, and SIGTERM reaches a build through npm above). A build after one killed must
// also clean up what that one left: the last kill's leftovers are for the build that ends the file.
const stops: [Moment, NodeJS.Signals[]][] = [
  ['indexing', ['SIGKILL', 'SIGTERM']],
  ['swap', ['SIGKILL', 'SIGINT']],
  ['rendering', ['SIGINT', 'SIGKILL']],
];

describe.each(stops)('a build stopped during %s', (moment, signals) => {
  it.each(signals)(
    'by %s leaves the published site byte for byte, and nothing of its own in the site or the project',
    async (signal) => {
      const before = treeDigest(site);
      const scratch = scratchDigest();
      expect(before?.['index.html']).toBeDefined();
      nextEdition();
      // Held during indexing; just before the swap, or with SIGKILL between its two moves (signals
      // are handled before it, never during). Rendering is seen from the pages it writes.
      const pause = {
        swap: { SCRUTINY_BUILD_PAUSE: signal === 'SIGKILL' ? 'between-moves' : 'before-swap' },
        indexing: { SCRUTINY_BUILD_PAUSE: 'indexing' },
        rendering: {},
      }[moment];
      const since = Date.now();
      const build = startBuild(content.root, site, { env: pause });
      await reach(build, moment, since);
      const helpers = descendantsOf(build.child.pid!);
      build.child.kill(signal);
      const end = await build.exit;
      expect(end.code, end.said).not.toBe(0);
      // Neither Astro nor Pagefind builds on once the build is gone.
      for (const p of helpers) await waitUntil(`${p.name} (process ${p.pid}) to stop`, () => !isRunning(p.pid), 10_000);
      if (signal !== 'SIGKILL' || moment !== 'swap') expect(treeDigest(site)).toEqual(before);
      if (signal !== 'SIGKILL') {
        expect(end.said).toContain(`Stopped by ${signal}: ${site} was left as it was.`);
        // Its staging folder and lock are gone with it, and so is what the killed build before it left.
        expect(readdirSync(work)).toEqual(['site']);
      } else if (moment === 'swap') {
        // It died with the old site moved aside: the next build puts it back first, even one
        // that then stops at a mistake in the content.
        const broken = copyFixture(content.root);
        broken.edit('meetings/test-board/2020-01-10.yaml', (t) => t.replace('body: test-board', 'body: no-such-board'));
        const next = await startBuild(broken.root, site).exit;
        broken.remove();
        expect(next.code).not.toBe(0);
        expect(next.said).toContain(`put back ${site}, which a stopped build had moved aside`);
      }
      expect(treeDigest(site)).toEqual(before);
      expect(intermediates(site)).toEqual([]);
      expect(scratchDigest()).toEqual(scratch);
      // No exempt or draft text was ever compiled, so none is anywhere, not even in what a killed build left.
      expect(filesHolding(work, secrets)).toEqual([]);
    },
    180_000,
  );
});

describe('after builds were stopped', () => {
  it('the next build succeeds and leaves no staging folder or lock', async () => {
    // The build killed last left its staging folder and lock.
    expect(readdirSync(work).length).toBeGreaterThan(1);
    nextEdition();
    const end = await startBuild(content.root, site).exit;
    expect(end.code, end.said).toBe(0);
    expect(readdirSync(work)).toEqual(['site']);
    expect(readFileSync(path.join(site, 'papers/2020/briefing-note/index.html'), 'utf8')).toContain(`edition ${edition}.`);
    expect(intermediates(site)).toEqual([]);
    expect(filesHolding(site, secrets)).toEqual([]);
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 180_000);
});
