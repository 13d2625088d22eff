import { readdirSync, readFileSync, rmSync, mkdtempSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/generate.mjs';
import { buildSite } from '../../scripts/build-sites.mjs';
import { startBuild, treeDigest } from '../support/build-run';

// An incremental build carries unchanged pages over from the published site. After each kind of
// edit, its output must be byte for byte what a clean build of the same content makes.
// The archive is the benchmark's SYNTHETIC one, small: 24 meetings of 6 bodies and 40 people, with
// actions raised and updated at later meetings, and papers.
const work = mkdtempSync(path.join(tmpdir(), 'scrutiny-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = path.join(work, 'content');
const published = path.join(work, 'published');
generateArchive({ meetings: 24, out: content, people: 40, deliverables: 20, measures: 5 });
const env = { SCRUTINY_TODAY: '2026-11-22' };

const meetingFile = (body: string, n: number) => {
  const dir = path.join(content, 'meetings', body);
  return path.join(dir, readdirSync(dir).sort().at(n)!);
};
const edit = (file: string, from: string | RegExp, to: string) => {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  expect(after, `${file} holds ${from}`).not.toBe(before);
  writeFileSync(file, after);
};
/** Each published data file's inode: a carried file is a second link to the published one. */
const dataInodes = () => Object.fromEntries(readdirSync(path.join(published, 'data')).map((f) => [f, statSync(path.join(published, 'data', f)).ino]));
const incrementalPages = (site: string) => Object.keys(JSON.parse(readFileSync(path.join(site, '.scrutiny-pages.json'), 'utf8')).pages).length;

let step = 0;
/**
 * Builds the edited content incrementally over the published site, and cleanly beside it, both at
 * once: the clean build in a process of its own, since Pagefind's service is one per process.
 */
async function rebuild() {
  const clean = path.join(work, `clean-${++step}`);
  const fresh = startBuild(content, clean, { env });
  const incremental = await buildSite({ content, out: published }, env);
  const { code, said } = await fresh.exit;
  expect(incremental.ok).toBe(true);
  expect(code, said).toBe(0);
  expect(said).not.toMatch(/carried over/);
  const [a, b] = [treeDigest(published)!, treeDigest(clean)!];
  const differ = Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);
  rmSync(clean, { recursive: true, force: true });
  return { carried: incremental.carried ?? 0, total: incrementalPages(published), differ };
}

describe('an incremental build', () => {
  it('first builds the whole site, carrying nothing', async () => {
    const first = await buildSite({ content, out: published }, env);
    expect(first).toMatchObject({ ok: true, carried: 0 });
    expect(incrementalPages(published)).toBeGreaterThan(30);
  }, 300_000);

  it('leaves the published site as it is when nothing has changed, which a clean build would make again', async () => {
    const again = await buildSite({ content, out: published }, env);
    expect(again).toMatchObject({ ok: true, unchanged: true });
    const r = await rebuild();
    expect(r.differ).toEqual([]);
  }, 300_000);

  it('builds again when a file of the published site has gone, or the day has changed', async () => {
    rmSync(
      path.join(
        published,
        'people',
        readdirSync(path.join(published, 'people')).find((f) => !f.endsWith('.html'))!,
        'index.html',
      ),
    );
    const rebuilt = async (day: Record<string, string>) => {
      const r = await buildSite({ content, out: published }, day);
      expect(r.ok).toBe(true);
      return r.unchanged ?? false;
    };
    expect(await rebuilt(env)).toBe(false);
    expect(await rebuilt({ SCRUTINY_TODAY: '2026-11-23' })).toBe(false);
    // Back to the day the other builds are for.
    expect(await rebuilt(env)).toBe(false);
    expect(await rebuilt(env)).toBe(true);
  }, 300_000);

  it("after a minute's text is corrected, renders that meeting's pages and equals a clean build", async () => {
    const file = meetingFile('police-panel', 1);
    edit(file, /minutes: \|\n {6}/, 'minutes: |\n      Synthetic correction. ');
    const dataBefore = dataInodes();
    const r = await rebuild();
    expect(r.differ).toEqual([]);
    expect(r.carried).toBeGreaterThanOrEqual(r.total - 20);
    expect(r.carried).toBeLessThan(r.total);
    // The data files: the agenda items of that meeting's year are written again; a file whose
    // text is the same (another year's, the people) is the published file itself, carried over.
    const dataAfter = dataInodes();
    const year = path.basename(file).slice(0, 4);
    const remade = Object.keys(dataAfter).filter((f) => dataAfter[f] !== dataBefore[f]);
    expect(remade).toContain(`agenda-items-${year}.csv.gz`);
    expect(remade).not.toContain('people.csv.gz');
    expect(remade.filter((f) => /^agenda-items-\d{4}/.test(f) && !f.startsWith(`agenda-items-${year}`))).toEqual([]);
    expect(Object.keys(dataAfter).length - remade.length).toBeGreaterThan(10);
  }, 300_000);

  it('after an attendee is taken off, equals a clean build', async () => {
    edit(meetingFile('audit-committee', 2), /\n {2}- \{ person: [^\n]+/, '');
    const r = await rebuild();
    expect(r.differ).toEqual([]);
    expect(r.carried).toBeGreaterThanOrEqual(r.total - 15);
  }, 300_000);

  it('after an action update changes a status that earlier meetings show, equals a clean build', async () => {
    edit(meetingFile('business-board', 2), /status: open, text: Synthetic update/, 'status: completed, text: Synthetic update');
    const r = await rebuild();
    expect(r.differ).toEqual([]);
    expect(r.carried).toBeGreaterThanOrEqual(r.total - 15);
    expect(r.carried).toBeLessThan(r.total - 1);
  }, 300_000);

  it('after a meeting is deleted, equals a clean build (its neighbours link past it)', async () => {
    // The body's last meeting, with any paper of it: nothing later refers to it.
    const last = meetingFile('ethics-panel', -1);
    const id = `ethics-panel/${path.basename(last, '.yaml')}`;
    rmSync(last);
    for (const year of readdirSync(path.join(content, 'papers'))) {
      for (const f of readdirSync(path.join(content, 'papers', year))) {
        const file = path.join(content, 'papers', year, f);
        if (readFileSync(file, 'utf8').includes(`meeting: ${id}\n`)) rmSync(file);
      }
    }
    const r = await rebuild();
    expect(r.differ).toEqual([]);
    expect(r.carried).toBeLessThan(r.total);
  }, 300_000);

  it("after a new paper is added to a meeting, and another's title is corrected, equals a clean build", async () => {
    // The meeting pages list their papers by title: the title is the paper's, not the meeting's.
    const papers = path.join(content, 'papers', '2012');
    edit(path.join(papers, readdirSync(papers).sort()[0]!), /title: "?Synthetic paper (\d+)"?/, 'title: "Synthetic paper $1, corrected"');
    const meeting = path.basename(meetingFile('estates-board', 1), '.yaml');
    mkdirSync(path.join(content, 'papers', 'new'), { recursive: true });
    writeFileSync(
      path.join(content, 'papers', 'new', 'synthetic-new-paper.md'),
      `---\n# SYNTHETIC TEST DATA\ntitle: Synthetic new paper\ndate: ${meeting}\nkind: report\nmeeting: estates-board/${meeting}\nitem: "2"\n---\nSynthetic text of a new paper.\n`,
    );
    const r = await rebuild();
    expect(r.differ).toEqual([]);
    expect(r.carried).toBeGreaterThanOrEqual(r.total - 15);
  }, 300_000);

  it("after a meeting's minutes go back to draft, equals a clean build", async () => {
    edit(meetingFile('performance-group', 1), 'minutes: { status: approved }', 'minutes: { status: draft }');
    const r = await rebuild();
    expect(r.differ).toEqual([]);
    expect(r.carried).toBeLessThan(r.total);
  }, 300_000);

  it('after a person is renamed, which any page may show, renders every page again', async () => {
    const people = path.join(content, 'people');
    edit(path.join(people, readdirSync(people).sort()[0]!), /name: "?([^"\n]+)"?/, 'name: "Synthetic Renamed"');
    const dataBefore = dataInodes();
    const r = await rebuild();
    expect(r.differ).toEqual([]);
    // Every page is rendered; only data files whose text does not hold the name are carried over.
    const dataAfter = dataInodes();
    const carriedData = Object.keys(dataAfter).filter((f) => dataAfter[f] === dataBefore[f]);
    expect(r.carried).toBe(carriedData.length);
    // The attendance of a year the person attended names them: that file is written again.
    expect(Object.keys(dataAfter).some((f) => f.startsWith('attendance') && dataAfter[f] !== dataBefore[f])).toBe(true);
  }, 300_000);
});
