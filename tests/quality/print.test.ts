import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSites, type BrowserSession } from '../support/browser-session';

// Meeting, Plan status and measure pages as printed: no navigation or buttons, links written out,
// table headings repeated and rows kept whole.
let session: BrowserSession;
beforeAll(async () => {
  session = await openSites(['demo']);
});
afterAll(() => session?.close());

async function printed(url: string): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.emulateMedia({ media: 'print' });
  await tab.goto(session.origin('demo') + url);
  return tab;
}
const display = (tab: Page, selector: string) =>
  tab
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).display);

describe('printing', () => {
  for (const url of [
    '/meetings/police-and-crime-panel/2022-07-20/',
    '/plans/police-and-crime-plan-2021-24/status/',
    '/performance/999-calls-answered-within-10-seconds/',
  ]) {
    it(`${url}: no navigation, search or buttons; table headings repeat and rows stay whole`, async () => {
      const tab = await printed(url);
      expect(await display(tab, '.site-nav')).toBe('none');
      expect(await display(tab, '.site-search')).toBe('none');
      // A sortable column's heading is a button: printed as the heading's text, with no button look.
      expect(await tab.locator('button:not(th .sort-button)').evaluateAll((bs) => bs.filter((b) => getComputedStyle(b).display !== 'none').length)).toBe(0);
      if (await tab.locator('main table').count()) {
        expect(await display(tab, 'main thead')).toBe('table-header-group');
        expect(
          await tab
            .locator('main tbody tr')
            .first()
            .evaluate((el) => getComputedStyle(el).breakInside),
        ).toBe('avoid');
      }
      await tab.close();
    });
  }

  it('writes out where a link in the text goes', async () => {
    const tab = await printed('/meetings/police-and-crime-panel/2022-07-20/');
    const after = await tab
      .locator('.summary a[href^="/"]')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toMatch(/^" \(" "\/bodies\/police-and-crime-panel\/" "\)"$|\(\/bodies\/police-and-crime-panel\/\)/);
    await tab.close();
  });
});

describe('printing a sortable table with JavaScript', () => {
  it('prints every column heading of the Plan status table', async () => {
    const tab = await printed('/plans/police-and-crime-plan-2021-24/status/');
    await tab.locator('#status-table th button').first().waitFor({ state: 'attached' });
    const headings = await tab.locator('#status-table thead th').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).innerText.trim()));
    expect(headings).toEqual(['Theme', 'Deliverable', 'Status', 'Target', 'Last updated']);
    await tab.close();
  });
});
