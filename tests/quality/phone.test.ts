import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSites, type BrowserSession } from '../support/browser-session';
import { headerFocusProblems } from '../support/checks/layout';

// The demo site on a phone (390 px), with JavaScript and without: a table that scrolls keeps its first
// column and says that it scrolls, the header is compact with a menu that works without a script,
// and numbered minutes are no longer with their buttons than without. That no page scrolls
// sideways, the header's focus order and paragraphs' widths are the layout gate's, on every page
// (tests/quality/layout.test.ts).
let session: BrowserSession;
let noScript: BrowserContext;
beforeAll(async () => {
  session = await openSites(['demo']);
  noScript = await session.browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await noScript?.close();
  await session?.close();
});

async function open(url: string, width: number, js = true): Promise<Page> {
  const tab = await (js ? session.context : noScript).newPage();
  await tab.setViewportSize({ width, height: 800 });
  await tab.goto(session.origin('demo') + url);
  return tab;
}

describe('on a phone', () => {
  it('a table wider than the screen keeps its first column in view and shows that it scrolls', async () => {
    for (const url of ['/actions/business-coordination-board/2019/', '/plans/police-and-crime-plan-2021-24/status/', '/data/', '/performance/']) {
      const tab = await open(url, 390);
      const problems = async () => {
        const wraps = await tab.locator('main .table-wrap').evaluateAll((ws) =>
          ws
            .filter((w) => w.scrollWidth > w.clientWidth)
            .map((w) => {
              const first = w.querySelector('tbody tr > :first-child');
              const hint = w.querySelector('caption');
              return {
                caption: hint?.textContent?.trim().slice(0, 40),
                sticky: first ? getComputedStyle(first).position : 'none',
                hint: hint ? getComputedStyle(hint, '::after').content : 'none',
              };
            }),
        );
        return wraps.flatMap((w) => [
          ...(w.sticky === 'sticky' ? [] : [`${url} "${w.caption}": first column not fixed`]),
          ...(/scroll/i.test(w.hint) ? [] : [`${url} "${w.caption}": no sign that it scrolls`]),
        ]);
      };
      // A scroll container's state is worked out after layout, for a later frame's style: a busy
      // machine takes longer, so wait for it (up to 5 s) rather than read it once.
      await expect.poll(problems, { timeout: 5000, interval: 100 }).toEqual([]);
      await tab.close();
    }
  });

  for (const js of [true, false]) {
    it(`the header is compact, and its menu opens without a script (JavaScript ${js ? 'on' : 'off'})`, async () => {
      const tab = await open('/', 390, js);
      const header = await tab.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThan(140);
      const meetings = tab.locator('.site-nav a', { hasText: 'Meetings' });
      expect(await meetings.isVisible()).toBe(false);
      await tab.locator('.site-nav summary').click();
      expect(await meetings.isVisible()).toBe(true);
      // With the menu open (the layout gate sees it closed), focus still follows the order on screen.
      expect(await headerFocusProblems(tab)).toEqual([]);
      await tab.close();
    });
  }

  it('the header shows its navigation without a menu on a wide screen', async () => {
    const tab = await open('/', 1280);
    expect(await tab.locator('.site-nav a', { hasText: 'Meetings' }).isVisible()).toBe(true);
    expect(await tab.locator('.site-nav summary').isVisible()).toBe(false);
    await tab.close();
  });
});

describe('numbered minutes with JavaScript', () => {
  for (const url of ['/meetings/business-coordination-board/2019-10-09/', '/meetings/performance-working-group/2016-01-26/']) {
    for (const width of [390, 1280]) {
      it(`${url} at ${width} px: as long as without JavaScript`, async () => {
        const off = await open(url, width, false);
        const without = await off.evaluate(() => document.documentElement.scrollHeight);
        await off.close();
        const on = await open(url, width);
        await on.locator('.copy-link').first().waitFor();
        const height = await on.evaluate(() => document.documentElement.scrollHeight);
        // The buttons add a line each at most, not a page per word.
        expect(height).toBeLessThan(without * 1.25);
        await on.close();
      });
    }
  }
});
