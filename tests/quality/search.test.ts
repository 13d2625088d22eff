import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSites, type BrowserSession } from '../support/browser-session';
import { canaries, siteDir, type TestSite } from '../support/sites';
import { htmlPages } from '../support/html';

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
/** The result dates in the order shown, from each result's last line of details ("Meeting · Board · 9 October 2019"). */
const resultDates = async (tab: Page) => (await tab.locator('#search-results .meta').allInnerTexts()).map((m) => Date.parse(m.split(' · ').pop()!));
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
    await tab.click('#search-filters summary');
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

  it('fetches no filter file until the reader opens the filters, and then offers each with its count', async () => {
    const tab = await session.context.newPage();
    const fetched: string[] = [];
    tab.on('request', (r) => void fetched.push(new URL(r.url()).pathname));
    await tab.goto(`${session.origin('demo')}/search/?q=Commissioner`);
    await tab.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(fetched.filter((f) => f.startsWith('/pagefind/'))).not.toEqual([]);
    // No segment's filter file either (pagefind/filter/, pagefind/2019/filter/).
    const filterFiles = () => fetched.filter((f) => /^\/pagefind\/([\w-]+\/)?filter\//.test(f));
    expect(filterFiles()).toEqual([]);
    // Nor the web worker: search runs in the page.
    expect(fetched.filter((f) => f.includes('pagefind-worker'))).toEqual([]);
    expect(await tab.locator('#search-filter-body').count()).toBe(0);
    await tab.click('#search-filters summary');
    await tab.locator('#search-filter-body').waitFor();
    expect(filterFiles().length).toBeGreaterThan(0);
    expect(await tab.locator('#search-filter-body option').allInnerTexts()).toContainEqual(expect.stringMatching(/^Business Co-ordination Board \(\d+\)$/));
    await tab.close();
  });

  it('puts the best match first, with newest and oldest first one choice away and kept in the address', async () => {
    const tab = await search('demo', 'Edward Leigh');
    const hrefs = await tab.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs[0]).toMatch(/^\/people\/edward-leigh\//);
    expect(await tab.inputValue('#search-sort')).toBe('relevance');
    expect(new URL(tab.url()).searchParams.get('sort')).toBeNull();
    await tab.click('#search-filters summary');
    await tab.selectOption('#search-sort', 'newest');
    await tab.waitForURL(/[?&]sort=newest/);
    // The status reads the same in either order: the results have been sorted once the first is another.
    await expect.poll(() => tab.locator('#search-results > li h2 a').first().getAttribute('href'), { timeout: 5000 }).not.toBe(hrefs[0]);
    expect(await tab.locator('#search-results > li').count()).toBe(hrefs.length);
    const newest = await resultDates(tab);
    expect(newest.length).toBeGreaterThan(3);
    expect(newest.filter((d) => Number.isNaN(d))).toEqual([]);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    await tab.close();
  });

  it('sorts by date when asked, newest or oldest first', async () => {
    const tab = await search('demo', 'Panel', '&sort=newest');
    const newest = await resultDates(tab);
    expect(newest.length).toBeGreaterThan(3);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    await tab.close();
    const oldestTab = await search('demo', 'Panel', '&sort=oldest');
    const oldest = await resultDates(oldestTab);
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    expect(await oldestTab.inputValue('#search-sort')).toBe('oldest');
    await oldestTab.close();
  });

  it('finds nothing for a word no page holds, alone or beside a real one', async () => {
    for (const nonsense of ['qzxvbnm', 'police qzxvbnm', 'zzzzqqqq']) {
      const tab = await search('demo', nonsense);
      expect(await tab.locator('#search-status').innerText()).toMatch(/^No results/);
      await tab.close();
    }
  });

  it('links each result to text its page really holds, so the browser can scroll to it', async () => {
    const tab = await search('demo', 'burglary peterborough');
    const hrefs = await tab.locator('#search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    const directed = hrefs.filter((h) => h.includes(':~:text='));
    expect(directed.length).toBeGreaterThan(0);
    for (const href of directed) {
      const [address, directive] = href.split(':~:text=') as [string, string];
      const wanted = decodeURIComponent(directive).toLowerCase();
      const onPage = await session.context.newPage();
      await onPage.goto(session.origin('demo') + address.replace(/#.*$/, ''));
      const text = (await onPage.locator('body').innerText()).replace(/\s+/g, ' ').toLowerCase();
      expect(text, href).toContain(wanted);
      await onPage.close();
    }
    await tab.close();
  });

  it('has every published person in the index, those who attended no meeting too', async () => {
    const people = htmlPages(siteDir('demo')).filter((f) => /^people\/[^/]+\/index\.html$/.test(f)).length;
    const tab = await search('demo', 'Commissioner');
    // A string, run as the page's own script: Pagefind's module is the site's, not the test's.
    const indexed = Number(await tab.evaluate("import('/pagefind/pagefind.js').then((p) => p.filters()).then((f) => f.type?.Person ?? 0)"));
    expect(people).toBeGreaterThan(0);
    expect(indexed).toBe(people);
    await tab.close();
  });

  it('without JavaScript, says plainly that search needs it, and offers neither a dead form nor filters', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${session.origin('demo')}/search/?q=burglary`);
    const shown = await tab.locator('main').innerText();
    expect(shown).toContain('Search needs JavaScript');
    expect(await tab.locator('#search-form').isVisible()).toBe(false);
    expect(shown).not.toMatch(/narrow them|filter/i);
    expect(await tab.locator('main a[href="/meetings/"]').count()).toBeGreaterThan(0);
    await context.close();
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
  }, 120_000);

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
