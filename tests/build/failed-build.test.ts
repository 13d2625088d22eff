import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteDir } from '../support/sites';
import { intermediates, projectCopy, startBuild, treeDigest } from '../support/build-run';

// An error while Astro renders (not a mistake in the content, which is caught before) used to
// leave an emptied or half-written output folder: Astro empties it before rendering.
const generator = projectCopy();
generator.write('src/pages/failing.astro', "---\nthrow new Error('WRENCANARY: this page throws while it renders');\n---\n<p>Never rendered.</p>\n");
const work = mkdtempSync(path.join(tmpdir(), 'scrutiny-failed-'));
const site = path.join(work, 'site');
afterAll(() => {
  generator.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('a build that fails while rendering', () => {
  it('says so and leaves the published site byte for byte, with nothing of its own beside it', async () => {
    cpSync(siteDir('fixture'), site, { recursive: true });
    const before = treeDigest(site);
    const end = await startBuild(path.resolve('tests/fixtures/minimal'), site, { from: generator.root }).exit;
    expect(end.code).not.toBe(0);
    expect(end.said).toContain('WRENCANARY: this page throws while it renders');
    expect(end.said).toContain('was not built. Fix the problems above and build again.');
    expect(treeDigest(site)).toEqual(before);
    expect(intermediates(site)).toEqual([]);
    expect(readdirSync(work)).toEqual(['site']);
  }, 180_000);
});
