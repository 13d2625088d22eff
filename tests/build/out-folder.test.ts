import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../support/fixture';
import { siteDir } from '../support/sites';
import { projectCopy, startBuild, treeDigest } from '../support/build-run';

// A build replaces its output folder whole, so it refuses any folder whose replacing would delete
// something else, saying which folder, why and what to do, and deleting nothing.
const generator = projectCopy();
const work = mkdtempSync(path.join(tmpdir(), 'scrutiny-out-'));
// The organisation's folder, holding its content folder.
const contentParent = path.join(work, 'organisation');
const content = { root: path.join(contentParent, 'content') };
cpSync(path.resolve('tests/fixtures/minimal'), content.root, { recursive: true });
afterAll(() => {
  generator.remove();
  rmSync(work, { recursive: true, force: true });
});

/** Everything a wrong --out could delete: the content, the generator (its own files, not the linked node_modules) and the folder given. */
const everything = (out: string) => ({ content: treeDigest(content.root), generator: treeDigest(generator.root), out: treeDigest(out) });

async function refused(out: string, reason: RegExp) {
  const before = everything(out);
  const end = await startBuild(content.root, out, { from: generator.root }).exit;
  expect(end.code, end.said).not.toBe(0);
  expect(end.said).toContain('The site cannot be built into that folder:');
  expect(end.said).toContain(`${path.resolve(out)}: --out: `);
  expect(end.said).toMatch(reason);
  expect(end.said).toMatch(/e\.g\. --out dist|Empty the folder/);
  expect(everything(out)).toEqual(before);
}

describe('the output folder', () => {
  it('may not be the content folder', () => refused(content.root, /is the content folder itself/), 120_000);
  it('may not hold the content folder', () => refused(contentParent, /holds the content folder/), 120_000);
  it('may not be inside the content folder', () => refused(path.join(content.root, 'site'), /is inside the content folder/), 120_000);
  it("may not be the generator's own folder", () => refused(generator.root, /is the generator's own folder/), 120_000);
  it("may not hold the generator's own folder", () => refused(path.dirname(generator.root), /holds the generator's own folder/), 120_000);
  for (const folder of ['src', 'public', 'docs', '.git'])
    it(
      `may not be inside the generator's ${folder}/ folder`,
      () => refused(path.join(generator.root, folder, 'site'), new RegExp(`is inside the generator's own ${folder.replace('.', '\\.')}/ folder`)),
      120_000,
    );

  it('may not be a folder of other files', async () => {
    const other = path.join(work, 'notes');
    mkdirSync(other);
    writeFileSync(path.join(other, 'minutes-draft.txt'), 'Not a site.');
    writeFileSync(path.join(other, 'index.html'), '<!doctype html><title>Another site</title>');
    await refused(other, /holds files and is not a site Scrutiny built \(it has no \.scrutiny-site\.json\)/);
  }, 120_000);

  it('may not be a file', async () => {
    const file = path.join(work, 'site.txt');
    writeFileSync(file, 'a file');
    await refused(file, /is a file, not a folder/);
  }, 120_000);

  it('may be a site Scrutiny built before it marked its sites (known by its generator tag)', async () => {
    const old = path.join(work, 'old-site');
    cpSync(siteDir('fixture'), old, { recursive: true });
    rmSync(path.join(old, '.scrutiny-site.json'), { force: true });
    // A mistake in the content stops this build before Astro renders: enough to see it was not refused.
    const broken = copyFixture();
    broken.edit('meetings/test-board/2020-01-10.yaml', (t) => t.replace('body: test-board', 'body: no-such-board'));
    const before = treeDigest(old);
    const end = await startBuild(broken.root, old, { from: generator.root }).exit;
    broken.remove();
    expect(end.code).not.toBe(0);
    expect(end.said).not.toContain('cannot be built into that folder');
    expect(end.said).toContain('no body "no-such-board"');
    expect(treeDigest(old)).toEqual(before);
  }, 120_000);
});
