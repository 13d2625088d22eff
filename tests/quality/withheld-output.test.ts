import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { filesUnder } from '../support/html';
import { outputTexts } from '../support/checks/leaks';
import { siteDir } from '../support/sites';
import { withheldContent } from '../support/withheld-content';

// The site built from content whose every withheld field holds a canary (tests/global-setup.ts):
// no output file, decompressed search index included, and no search, may give one back.
const dir = siteDir('withheld');
const { canaries, published } = withheldContent();
let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(dir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a site whose every withheld field holds a canary', () => {
  it('has no canary in any file a deploy would copy, the search index decompressed', () => {
    const files = filesUnder(dir);
    expect(files.filter((f) => /^pagefind\/([\w-]+\/)?fragment\//.test(f)).length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const { file, text } of outputTexts(dir)) {
      const upper = text.toUpperCase();
      if (!upper.includes('CANARY')) continue;
      for (const [canary, field] of canaries) if (upper.includes(canary)) found.push(`${file}: ${canary} (${field})`);
    }
    expect(found).toEqual([]);
  });

  it('publishes what the rule lets it publish of withheld things', () => {
    const all = outputTexts(dir)
      .map((f) => f.text)
      .join('\n');
    for (const [word, what] of published) expect(all, what).toContain(word);
  });

  it('finds no canary through the search API, and does find what is published', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    const words = [...canaries.keys(), ...published.keys()].map((w) => w.toLowerCase());
    // Pagefind's own API, as the search page loads it (a string, so the test runner leaves its import alone).
    // A word it does not know falls back to its longest known start ("draftcanary" finds "draft"), so a
    // result counts only if its text holds the word.
    const counts: Record<string, number> = await page.evaluate(`(async (list) => {
      const pagefind = await import('/pagefind/pagefind.js');
      // Every segment of the index (a year each), merged in as the search page merges them.
      const { segments } = await (await fetch('/pagefind/segments.json')).json();
      for (const s of segments.slice(1)) await pagefind.mergeIndex('/pagefind/' + s.path);
      const out = {};
      for (const w of list) {
        const results = await Promise.all((await pagefind.search(w)).results.map((r) => r.data()));
        out[w] = results.filter((d) => (d.content + ' ' + JSON.stringify(d.meta)).toLowerCase().includes(w)).length;
      }
      return out;
    })(${JSON.stringify(words)})`);
    expect(Object.entries(counts).filter(([w, n]) => w.includes('canary') && n > 0)).toEqual([]);
    // The draft meeting's place is on its page, which is indexed.
    const place = [...published].find(([, what]) => what === 'draft meeting place')![0].toLowerCase();
    expect(counts[place]).toBeGreaterThan(0);
    await page.close();
  });
});
