import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSites, type BrowserSession } from '../support/browser-session';
import { canaries, type TestSite } from '../support/sites';

// Search, end to end in Chromium, on the built sites.
let session: BrowserSession;
beforeAll(async () => {
  session = await openSites(['demo', 'essex', 'leak']);
});
afterAll(() => session?.close());

async function search(site: TestSite, query: string, extra = ''): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(`${session.origin(site)}/search/?q=${encodeURIComponent(query)}${extra}`);
  await tab.waitForFunction(() => /result|No results/.test(document.getElementById('search-status')?.textContent ?? ''));
  return tab;
}
const resultCount = async (tab: Page) => Number(/(\d+) results?/.exec(await tab.locator('#search-status').innerText())?.[1] ?? 0);
const waitForStatusChange = (tab: Page, before: string) =>
  tab.waitForFunction((b) => {
    const t = document.getElementById('search-status')?.textContent ?? '';
    return t !== b && /result/.test(t);
  }, before);

describe('search', () => {
  it('"Operation Hunter" finds the Performance Working Group of 26 January 2016, at item 4.5', async () => {
    const tab = await search('demo', '"Operation Hunter"');
    const first = tab.locator('#search-results > li').first();
    await expect(first.locator('h2 a').innerText()).resolves.toContain('Performance Working Group, 26 January 2016');
    expect(await first.locator('.meta').innerText()).toBe('Meeting · Performance Working Group · 26 January 2016');
    const subs = await first.locator('.sub-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(subs.some((h) => h!.startsWith('/meetings/performance-working-group/2016-01-26/#item-4-5'))).toBe(true);
    // The excerpt marks the words, and the link asks the page it opens to highlight them too.
    expect(await first.locator('mark').first().innerText()).toMatch(/Operation|Hunter/);
    expect(subs.find((h) => h!.includes('#item-4-5'))).toContain(':~:text=Operation%20Hunter');
    await tab.close();
  });

  it("a name finds the person's page, which lists their meetings (meeting pages do not match on attendance alone)", async () => {
    const tab = await search('demo', 'Dorothy Gregson');
    const hrefs = await tab.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs[0]).toMatch(/^\/people\/dorothy-gregson\//);
    // She attended two meetings but their minutes do not mention her: those pages are not results.
    expect(hrefs.filter((h) => h!.startsWith('/meetings/'))).toEqual([]);
    await tab.close();
  });

  it('narrows by body and year, and keeps the filters across a reload', async () => {
    const tab = await search('demo', 'Commissioner');
    const all = await resultCount(tab);
    expect(all).toBeGreaterThan(3);
    let before = await tab.locator('#search-status').innerText();
    await tab.selectOption('#search-filter-body', 'Business Co-ordination Board');
    await waitForStatusChange(tab, before);
    const byBody = await resultCount(tab);
    expect(byBody).toBeGreaterThan(0);
    expect(byBody).toBeLessThan(all);
    before = await tab.locator('#search-status').innerText();
    await tab.selectOption('#search-filter-year', '2019');
    await waitForStatusChange(tab, before);
    const byYear = await resultCount(tab);
    expect(byYear).toBeLessThanOrEqual(byBody);
    for (const meta of await tab.locator('#search-results .meta').allInnerTexts()) expect(meta).toContain('2019');
    expect(tab.url()).toContain('body=Business+Co-ordination+Board');
    expect(tab.url()).toContain('year=2019');
    await tab.reload();
    await tab.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await tab.inputValue('#search-filter-body')).toBe('Business Co-ordination Board');
    expect(await tab.inputValue('#search-filter-year')).toBe('2019');
    expect(await resultCount(tab)).toBe(byYear);
    await tab.close();
  });

  it('sorts by date, newest first unless asked otherwise', async () => {
    const dates = async (tab: Page) => (await tab.locator('#search-results .meta').allInnerTexts()).map((m) => Date.parse(m.split(' · ').pop()!));
    const tab = await search('demo', 'Panel');
    const newest = await dates(tab);
    expect(newest.length).toBeGreaterThan(3);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    await tab.close();
    const oldestTab = await search('demo', 'Panel', '&sort=oldest');
    const oldest = await dates(oldestTab);
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    expect(await oldestTab.inputValue('#search-sort')).toBe('oldest');
    await oldestTab.close();
  });

  it('never finds confidential or draft words', async () => {
    for (const canary of canaries) {
      const tab = await search('leak', canary);
      expect(await tab.locator('#search-status').innerText()).toMatch(/^No results/);
      await tab.close();
    }
    const control = await search('leak', 'Estates matter');
    expect(await resultCount(control)).toBeGreaterThan(0);
    await control.close();
  });

  it('finds the Essex meeting on the Essex site', async () => {
    const tab = await search('essex', 'drug testing');
    expect(await tab.locator('#search-results > li h2 a').allInnerTexts()).toContain('Force Performance Scrutiny Meeting, 28 May 2015');
    await tab.close();
  });

  it('is reached from the search box in every page header', async () => {
    const tab = await session.context.newPage();
    const requested: string[] = [];
    tab.on('request', (r) => requested.push(r.url()));
    await tab.goto(`${session.origin('demo')}/meetings/business-coordination-board/2019-10-09/`, { waitUntil: 'networkidle' });
    // Other pages never load the search script or index.
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await tab.fill('#site-search-q', 'parking');
    await tab.press('#site-search-q', 'Enter');
    await tab.waitForURL(/\/search\/\?q=parking/);
    await tab.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await resultCount(tab)).toBeGreaterThan(0);
    expect(session.foreign).toEqual([]);
    await tab.close();
  });
});
