import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-ignore: plain JavaScript, shared with scripts/build-sites.mjs
import { indexSite } from '../../src/integrations/search-index.mjs';

// A rebuild keeps the last search index only when every page is byte for byte the same.
const work = mkdtempSync(path.join(tmpdir(), 'scrutiny-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const site = path.join(work, 'site');
const record = path.join(work, 'cache', 'record.json');
const previous = path.join(work, 'cache', 'previous');
const page = (words: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body><h1>${words}</h1></main></body></html>`;

/** As scripts/build-sites.mjs does before Astro empties the output folder. */
function moveIndexAside() {
  rmSync(previous, { recursive: true, force: true });
  mkdirSync(path.dirname(previous), { recursive: true });
  renameSync(path.join(site, 'pagefind'), previous);
}
const words = () => readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8');
/** The text of every page in the index, from its fragments. */
const indexedText = () => readdirSync(path.join(site, 'pagefind', 'fragment')).map((f) => gunzipSync(readFileSync(path.join(site, 'pagefind', 'fragment', f))).toString('utf8')).join('\n');

describe('the search index on a rebuild', () => {
  it('is made on the first build', async () => {
    mkdirSync(path.join(site, 'a'), { recursive: true });
    writeFileSync(path.join(site, 'a', 'index.html'), page('Estates strategy'));
    writeFileSync(path.join(site, 'index.html'), page('Home'));
    const first = await indexSite(site, { record, previous });
    expect(first).toMatchObject({ pages: 2, reused: false });
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('is kept when no page has changed', async () => {
    const before = words();
    moveIndexAside();
    const again = await indexSite(site, { record, previous });
    expect(again).toMatchObject({ pages: 2, reused: true });
    expect(words()).toBe(before);
    expect(existsSync(previous)).toBe(false);
  });

  it('is made anew when any page has changed, and the old one is discarded', async () => {
    expect(indexedText()).not.toContain('revised');
    moveIndexAside();
    writeFileSync(path.join(site, 'a', 'index.html'), page('Estates strategy revised'));
    const changed = await indexSite(site, { record, previous });
    expect(changed).toMatchObject({ pages: 2, reused: false });
    expect(existsSync(previous)).toBe(false);
    expect(indexedText()).toContain('Estates strategy revised');
  });

  it('is made anew when there is no previous index to keep', async () => {
    rmSync(path.join(site, 'pagefind'), { recursive: true });
    const fresh = await indexSite(site, { record, previous });
    expect(fresh.reused).toBe(false);
  });
});
