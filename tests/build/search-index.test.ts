import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, segmentNamer } from '../../src/integrations/search-index.mjs';

// A rebuild keeps the published search index only when every page is byte for byte the same.
const work = mkdtempSync(path.join(tmpdir(), 'scrutiny-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const published = path.join(work, 'site');
const staging = path.join(work, 'staging');
const page = (words: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body><h1>${words}</h1></main></body></html>`;

/** A rebuild's pages in a staging folder, as scripts/build-sites.mjs makes them beside the site. */
function rebuild(pages: Record<string, string>) {
  rmSync(staging, { recursive: true, force: true });
  for (const [file, words] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
    writeFileSync(path.join(staging, file), page(words));
  }
}
const words = (site: string) => readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8');
/** The text of every page in the index, from its fragments. */
const indexedText = (site: string) =>
  readdirSync(path.join(site, 'pagefind', 'fragment'))
    .map((f) => gunzipSync(readFileSync(path.join(site, 'pagefind', 'fragment', f))).toString('utf8'))
    .join('\n');
let last: { digest: string; pages: number };
const previous = () => ({ index: path.join(published, 'pagefind') });

describe('the search index on a rebuild', () => {
  it('is made on the first build', async () => {
    mkdirSync(path.join(published, 'a'), { recursive: true });
    writeFileSync(path.join(published, 'a', 'index.html'), page('Estates strategy'));
    writeFileSync(path.join(published, 'index.html'), page('Home'));
    const first = await indexSite(published);
    expect(first).toMatchObject({ pages: 2, reused: false });
    expect(existsSync(path.join(published, 'pagefind', 'pagefind.js'))).toBe(true);
    last = first;
  });

  it('is copied from the published site when no page has changed, which keeps its own', async () => {
    rebuild({ 'a/index.html': 'Estates strategy', 'index.html': 'Home' });
    const again = await indexSite(staging, { previous: previous() });
    expect(again).toMatchObject({ pages: 2, reused: true, digest: last.digest });
    expect(words(staging)).toBe(words(published));
    expect(existsSync(path.join(published, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('is made anew when any page has changed', async () => {
    rebuild({ 'a/index.html': 'Estates strategy revised', 'index.html': 'Home' });
    const changed = await indexSite(staging, { previous: previous() });
    expect(changed).toMatchObject({ pages: 2, reused: false });
    expect(changed.digest).not.toBe(last.digest);
    expect(indexedText(staging)).toContain('Estates strategy revised');
    expect(indexedText(published)).not.toContain('revised');
  });

  it('is made anew when there is no previous index to keep', async () => {
    rebuild({ 'a/index.html': 'Estates strategy', 'index.html': 'Home' });
    const fresh = await indexSite(staging, { previous: { index: path.join(work, 'no-such-site', 'pagefind') } });
    expect(fresh.reused).toBe(false);
  });
});

describe('the search index in segments (here a year each)', () => {
  const site = path.join(work, 'years');
  const dated = (date: string, words: string) =>
    `<!doctype html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body><h1>${words}</h1></main>` +
    `<div hidden data-pagefind-ignore><span data-pagefind-sort="date">${date}</span></div></body></html>`;
  const write = (dir: string, pages: Record<string, string>) => {
    rmSync(dir, { recursive: true, force: true });
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), html);
    }
  };
  const pages = {
    'people/a/index.html': page('Alex Example'),
    'meetings/b/2019-03-01/index.html': dated('2019-03-01', 'Estates strategy'),
    'meetings/b/2019-06-01/index.html': dated('2019-06-01', 'Fleet review'),
    'meetings/b/2021-01-01/index.html': dated('2021-01-01', 'Precept proposal'),
    'meetings/b/undated/index.html': dated('0000-00-00', 'Undated note'),
  };
  const segments = (dir: string) =>
    JSON.parse(readFileSync(path.join(dir, 'pagefind', 'segments.json'), 'utf8')).segments as { name: string; path: string; pages: number }[];
  const textOf = (dir: string, segment: string) =>
    readdirSync(path.join(dir, 'pagefind', segment, 'fragment'))
      .map((f) => gunzipSync(readFileSync(path.join(dir, 'pagefind', segment, 'fragment', f))).toString('utf8'))
      .join('\n');

  it('puts the pages without a date first, in pagefind/ itself, then each year newest first in a folder of its own', async () => {
    write(site, pages);
    const first = await indexSite(site, { target: 1 });
    expect(first).toMatchObject({ pages: 5, made: ['other', '2021', '2019'] });
    expect(segments(site).map((s) => [s.name, s.path, s.pages])).toEqual([
      ['other', '', 2],
      ['2021', '2021/', 1],
      ['2019', '2019/', 2],
    ]);
    expect(textOf(site, '')).toContain('Alex Example');
    expect(textOf(site, '')).toContain('Undated note');
    expect(textOf(site, '2019')).toContain('Fleet review');
    expect(textOf(site, '2019')).not.toContain('Precept');
    // One script and one WebAssembly, the first segment's: the others are merged into it.
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(site, 'pagefind', 'wasm.en.pagefind'))).toBe(true);
    // Nor Pagefind's ready-made interfaces or web worker, which the search page does not use.
    expect(readdirSync(path.join(site, 'pagefind')).filter((f) => /^pagefind-.*\.(js|css)$/.test(f))).toEqual([]);
    expect(readdirSync(path.join(site, 'pagefind', '2019')).filter((f) => f.endsWith('.js') || f.startsWith('wasm'))).toEqual([]);
  });

  it('re-indexes, after one page is corrected, only the year of that page, and copies the others', async () => {
    const rebuilt = path.join(work, 'years-again');
    write(rebuilt, { ...pages, 'meetings/b/2019-06-01/index.html': dated('2019-06-01', 'Fleet review corrected') });
    const again = await indexSite(rebuilt, { previous: { index: path.join(site, 'pagefind') }, target: 1 });
    expect(again.made).toEqual(['2019']);
    expect(textOf(rebuilt, '2019')).toContain('Fleet review corrected');
    for (const kept of ['', '2021'])
      expect(readdirSync(path.join(rebuilt, 'pagefind', kept, 'fragment')).sort()).toEqual(readdirSync(path.join(site, 'pagefind', kept, 'fragment')).sort());
    // The same as made from nothing.
    const clean = path.join(work, 'years-clean');
    write(clean, { ...pages, 'meetings/b/2019-06-01/index.html': dated('2019-06-01', 'Fleet review corrected') });
    const fresh = await indexSite(clean, { target: 1 });
    expect(fresh.digest).toBe(again.digest);
    expect(readFileSync(path.join(clean, 'pagefind', 'segments.json'), 'utf8')).toBe(readFileSync(path.join(rebuilt, 'pagefind', 'segments.json'), 'utf8'));
  });

  it('makes a segment again where it moves in or out of pagefind/ itself, which holds the script', async () => {
    const yearsOnly = path.join(work, 'years-only');
    const { ['people/a/index.html']: _p, ['meetings/b/undated/index.html']: _u, ...dated2 } = pages;
    write(yearsOnly, dated2);
    const first = await indexSite(yearsOnly, { previous: { index: path.join(site, 'pagefind') }, target: 1 });
    expect(segments(yearsOnly).map((s) => [s.name, s.path])).toEqual([
      ['2021', ''],
      ['2019', '2019/'],
    ]);
    expect(first.made).toEqual(['2021']);
    expect(existsSync(path.join(yearsOnly, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(textOf(yearsOnly, '')).toContain('Precept proposal');
  });

  it('leaves out a year that no longer has pages', async () => {
    const fewer = path.join(work, 'years-fewer');
    const { ['meetings/b/2021-01-01/index.html']: _gone, ...rest } = pages;
    write(fewer, rest);
    const again = await indexSite(fewer, { previous: { index: path.join(site, 'pagefind') }, target: 1 });
    expect(again.made).toEqual([]);
    expect(segments(fewer).map((s) => s.name)).toEqual(['other', '2019']);
    expect(existsSync(path.join(fewer, 'pagefind', '2021'))).toBe(false);
  });
});

describe('the years of a segment', () => {
  it('puts as many years in a segment as hold about the pages asked for, aligned so that they stay put', () => {
    // Synthetic: 100 pages a year from 2012 to 2021.
    const years = Array.from({ length: 10 }, (_, i) => Array.from({ length: 100 }, () => String(2012 + i))).flat();
    expect(['2012', '2013', '2014', '2015', '2021'].map(segmentNamer(years, 300))).toEqual(['2010-2012', '2013-2015', '2013-2015', '2013-2015', '2019-2021']);
    expect(['2012', '2021'].map(segmentNamer(years, 100))).toEqual(['2012', '2021']);
    // A small archive: one segment for all its years.
    expect(new Set(years.map(segmentNamer(years, 4000))).size).toBe(1);
  });
});

describe('the text of the search index', () => {
  it("keeps a label and its value two words, though the markup puts no space between them ('ToDarryl Preston')", async () => {
    const site = path.join(work, 'labels');
    mkdirSync(site, { recursive: true });
    const body =
      '<h1>Letter</h1><dl><dt>To</dt><dd>Darryl Preston</dd><dt>Latest</dt><dd>94.4%</dd></dl>' +
      '<table><tr><th>Area</th><th>Grading</th></tr><tr><td>Crime</td><td>Good</td></tr></table>';
    writeFileSync(
      path.join(site, 'index.html'),
      `<!doctype html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`,
    );
    writeFileSync(
      path.join(site, 'other.html'),
      '<!doctype html><html lang="en"><head><title>o</title></head><body><main><h1>Not indexed</h1></main></body></html>',
    );
    const indexed = await indexSite(site);
    const text = indexedText(site);
    expect(text).toContain('To Darryl Preston');
    expect(text).toContain('Latest 94.4%');
    expect(text).toContain('Area Grading');
    expect(text).not.toContain('CrimeGood');
    // Only the page marked for the index is in it.
    expect(indexed.pages).toBe(1);
    expect(text).not.toContain('Not indexed');
  });
});
