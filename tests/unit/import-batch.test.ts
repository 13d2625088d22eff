import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../src/lib/import';
import { slugify } from '../../src/lib/format/slug';
import { importTarget } from '../support/import';

// SYNTHETIC TEST DATA: short minutes written for these tests, and a paragraph of filler words.
const minutes = (body: string, date: string, present: string) =>
  [
    body,
    'APPROVED MINUTES',
    '',
    `Date: ${date} Time: 10.00`,
    'Location: Room 1',
    '',
    'Present:',
    present,
    '',
    '1. Apologies',
    '',
    '1.1 Apologies were received from Sam Sample.',
    '',
    '2. Performance',
    '',
    '2.1 The Board noted the report.',
    '',
    'Action: OPCC to publish the figures in March 2020.',
  ].join('\n');
const good = minutes('TEST BOARD', 'Friday 10th January 2020', 'Alex Example\tChair');
const filler = 'the board discussed the quarterly figures for response times and victim satisfaction at length'.split(' ');
const paragraph = Array.from({ length: 1000 }, (_, i) => filler[i % filler.length])
  .join(' ')
  .slice(0, 5000);
/** Shaped like a name (six capitalised words), but far too long for a file name. */
const longName = Array.from({ length: 6 }, (_, i) => `${'ABCDEF'[i]}${'abcdefghij'.repeat(5)}`).join(' ');

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((f) => f()),
);
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
const target = () => {
  const t = importTarget('tests/fixtures/minimal');
  cleanups.push(t.remove);
  return t.root;
};
const filesUnder = (root: string): string[] =>
  readdirSync(root, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(root, e.name)) : [path.join(root, e.name)]));

/**
 * `npm run import` as a person runs it. Run by root, a file without read permission can still be
 * read, so then the importer runs as the unprivileged user "nobody", for whom it cannot.
 */
function runImport(args: string[]): { status: number | null; out: string } {
  const asRoot = process.getuid?.() === 0;
  const result = spawnSync(process.execPath, ['node_modules/.bin/vite-node', 'scripts/import.ts', ...args], {
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
    env: { ...process.env, HOME: tmpdir() },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}
const openToAll = (dir: string) => spawnSync('chmod', ['-R', 'a+rwX', dir]);

describe('a batch with bad files in it', () => {
  it('imports the good file, reports each bad one by name, and writes a review report for every one', () => {
    const src = tempDir('scrutiny-batch-src-');
    const root = target();
    writeFileSync(path.join(src, 'a-minutes.txt'), good);
    // A name too long for a file name, in the attendance list ("Name<tab>Role"); and a paragraph where a name would be.
    writeFileSync(path.join(src, 'b-long-name.txt'), minutes('OTHER BOARD', 'Friday 14th February 2020', `${longName}\tChair`));
    writeFileSync(path.join(src, 'f-paragraph.txt'), minutes('THIRD BOARD', 'Friday 13th March 2020', `${paragraph}\tChair`));
    symlinkSync(path.join(src, 'moved-away.txt'), path.join(src, 'c-dangling.txt'));
    writeFileSync(path.join(src, 'd-unreadable.txt'), good);
    mkdirSync(path.join(src, 'e-locked'));
    writeFileSync(path.join(src, 'e-locked', 'inside.txt'), good);
    openToAll(src);
    openToAll(root);
    chmodSync(path.join(src, 'd-unreadable.txt'), 0o000);
    chmodSync(path.join(src, 'e-locked'), 0o000);
    cleanups.push(() => chmodSync(path.join(src, 'e-locked'), 0o755));

    const { status, out } = runImport([src, '--content', root]);
    expect(status, out).toBe(1);
    expect(out).toMatch(/c-dangling\.txt: is a symbolic link to .*moved-away\.txt, which does not exist: correct the link or delete it/);
    expect(out).toMatch(/d-unreadable\.txt: cannot be read: permission denied.*read permission/);
    expect(out).toMatch(/e-locked: is a folder that cannot be read: permission denied/);
    expect(out).not.toMatch(/ENAMETOOLONG|\n\s+at /);

    // The good file and the one with the long name are imported; nothing has a name too long.
    expect(existsSync(path.join(root, 'meetings/test-board/2020-01-10.yaml'))).toBe(true);
    const other = readFileSync(path.join(root, 'meetings/other-board/2020-02-14.yaml'), 'utf8');
    const person = /person: ([a-z0-9-]+)\n\s+group: present/.exec(other)![1]!;
    expect(person.length).toBeLessThanOrEqual(60);
    expect(`${slugify(longName)}-`.startsWith(`${person}-`), `${person} ends at a word`).toBe(true);
    // A paragraph is never a person: its words stay in the minutes' header, as printed.
    const third = readFileSync(path.join(root, 'meetings/third-board/2020-03-13.yaml'), 'utf8');
    expect(third).not.toMatch(/group: present/);
    expect(third).toContain(paragraph.slice(0, 200));
    expect(existsSync(path.join(root, 'people', `${person}.yaml`))).toBe(true);
    expect(Math.max(...filesUnder(root).map((f) => path.basename(f).length))).toBeLessThanOrEqual(80);

    // Every file has its report; a failed one says why nothing was written for it and what to do.
    expect(readdirSync(path.join(root, '_import')).sort()).toEqual(
      ['a-minutes', 'b-long-name', 'c-dangling', 'd-unreadable', 'e-locked', 'f-paragraph'].map((n) => `${n}.review.md`),
    );
    const report = (n: string) => readFileSync(path.join(root, '_import', `${n}.review.md`), 'utf8');
    expect(report('b-long-name')).toMatch(/a name of 311 characters was read as a person/);
    for (const n of ['c-dangling', 'd-unreadable', 'e-locked']) {
      expect(report(n)).toMatch(/Nothing was written for it/);
      expect(report(n)).toMatch(/## What to do/);
    }
    expect(report('c-dangling')).toMatch(/correct the link or delete it/);
  });
});

describe('writing is per document', () => {
  it("one document's write failure leaves the others written, and writes nothing of its own", () => {
    const src = tempDir('scrutiny-batch-src-');
    const root = target();
    writeFileSync(path.join(src, 'a.txt'), good);
    writeFileSync(path.join(src, 'b.txt'), minutes('OTHER BOARD', 'Friday 14th February 2020', 'Pat Newcomer\tClerk'));
    // The test board's meetings can be written; no new folder can be made beside it.
    mkdirSync(path.join(root, 'meetings/test-board'), { recursive: true });
    openToAll(src);
    openToAll(root);
    chmodSync(path.join(root, 'meetings'), 0o555);
    cleanups.push(() => chmodSync(path.join(root, 'meetings'), 0o755));
    const { status, out } = runImport([src, '--content', root]);
    expect(status, out).toBe(1);
    expect(out).toMatch(/b\.txt: cannot be written: permission denied .*meetings\/other-board/);
    expect(existsSync(path.join(root, 'meetings/test-board/2020-01-10.yaml'))).toBe(true);
    // The body and the person only the failed document named are not written either.
    expect(existsSync(path.join(root, 'bodies/other-board.yaml'))).toBe(false);
    expect(existsSync(path.join(root, 'people/pat-newcomer.yaml'))).toBe(false);
    expect(readdirSync(path.join(root, '_import')).sort()).toEqual(['a.review.md', 'b.review.md']);
    expect(readFileSync(path.join(root, '_import/b.review.md'), 'utf8')).toMatch(/Nothing was written for it[\s\S]*meetings\/other-board\/2020-02-14\.yaml/);
  });

  it('a body name too long for a file name stops only its own document', async () => {
    const src = tempDir('scrutiny-batch-src-');
    const root = target();
    const a = path.join(src, 'a.txt');
    const b = path.join(src, 'b.txt');
    writeFileSync(a, good);
    // Its words run together, as a PDF's text can when its spaces are lost.
    writeFileSync(b, minutes(`${'POLICEANDCRIMEPANELFORTESTSHIRE'.repeat(10)} BOARD`, 'Friday 14th February 2020', 'Alex Example\tChair'));
    const { documents } = await importDocuments([a, b], { content: root });
    expect(documents[0]!.error).toBeUndefined();
    // Imported under a capped id, or refused with the reason; either way the batch goes on.
    expect(documents[1]!.error ?? 'imported').toMatch(/^imported$|too long for the file system/);
    expect(existsSync(path.join(root, 'meetings/test-board/2020-01-10.yaml'))).toBe(true);
    expect(readdirSync(path.join(root, '_import')).sort()).toEqual(['a.review.md', 'b.review.md']);
  });

  it('two files of the same name in different folders each get their own report', async () => {
    const src = tempDir('scrutiny-batch-src-');
    const root = target();
    mkdirSync(path.join(src, '2019'));
    mkdirSync(path.join(src, '2020'));
    writeFileSync(path.join(src, '2019', 'minutes.txt'), good);
    writeFileSync(path.join(src, '2020', 'minutes.txt'), good.replace('10th January 2020', '14th February 2020'));
    const { documents } = await importDocuments([src], { content: root });
    expect(documents.map((d) => d.error)).toEqual([undefined, undefined]);
    expect(readdirSync(path.join(root, '_import')).sort()).toEqual(['minutes-2.review.md', 'minutes.review.md']);
  });

  it('a folder that links back to itself is read once', async () => {
    const src = tempDir('scrutiny-batch-src-');
    const root = target();
    writeFileSync(path.join(src, 'a.txt'), good);
    symlinkSync(src, path.join(src, 'again'));
    const { documents } = await importDocuments([src], { content: root });
    expect(documents.map((d) => [path.basename(d.source), d.error ?? 'ok'])).toEqual([
      ['again', expect.stringMatching(/is a symbolic link back to a folder it is in .*not followed/)],
      ['a.txt', 'ok'],
    ]);
  });

  it('a content folder that cannot be written is said once, and nothing is imported', async () => {
    const src = tempDir('scrutiny-batch-src-');
    const a = path.join(src, 'a.txt');
    writeFileSync(a, good);
    const blocked = path.join(src, 'a.txt', 'content');
    await expect(importDocuments([a], { content: blocked })).rejects.toThrow(
      /^The content folder .*a\.txt\/content cannot be written: .*not a folder.*--content/,
    );
  });
});
