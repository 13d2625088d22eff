import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSites, type BrowserSession } from '../support/browser-session';

// The demo site on a phone (390 px) and at 400% zoom (320 px), with JavaScript and without: no page
// scrolls sideways, a table that scrolls keeps its first column and says that it scrolls, the
// header is compact with a menu that works without a script, and numbered minutes stay readable.
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

const pages = [
  '/',
  '/search/',
  '/plans/police-and-crime-plan-2021-24/',
  '/plans/police-and-crime-plan-2021-24/status/',
  '/recommendations/',
  '/actions/business-coordination-board/2019/',
  '/data/',
  '/performance/',
  '/bodies/police-and-crime-panel/',
  '/inspections/peel-2022/',
  '/meetings/business-coordination-board/2019-10-09/',
];

describe('on a phone', () => {
  for (const width of [320, 390]) {
    for (const js of [true, false]) {
      it(`at ${width} px, JavaScript ${js ? 'on' : 'off'}: no page scrolls sideways`, async () => {
        const wide: string[] = [];
        for (const url of pages) {
          const tab = await open(url, width, js);
          const scroll = await tab.evaluate(() => document.documentElement.scrollWidth);
          if (scroll > width) wide.push(`${url} is ${scroll} px wide`);
          await tab.close();
        }
        expect(wide).toEqual([]);
      });
    }
  }

  it('a table wider than the screen keeps its first column in view and shows that it scrolls', async () => {
    const found: string[] = [];
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
      const deadline = Date.now() + 5000;
      let now = await problems();
      while (now.length > 0 && Date.now() < deadline) {
        await tab.waitForTimeout(100);
        now = await problems();
      }
      found.push(...now);
      await tab.close();
    }
    expect(found).toEqual([]);
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
      // Focus follows the order on screen: site name, menu, then search.
      const order = await tab
        .locator('.site-header :is(a, summary, input, button)')
        .evaluateAll((els) =>
          els
            .filter((el) => el.getBoundingClientRect().height > 0)
            .map((el) => ({ top: Math.round(el.getBoundingClientRect().top), left: Math.round(el.getBoundingClientRect().left) })),
        );
      const sorted = [...order].sort((a, b) => a.top - b.top || a.left - b.left);
      expect(order).toEqual(sorted);
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
      it(`${url} at ${width} px: as long as without JavaScript, no paragraph squeezed`, async () => {
        const off = await open(url, width, false);
        const without = await off.evaluate(() => document.documentElement.scrollHeight);
        await off.close();
        const on = await open(url, width);
        await on.locator('.copy-link').first().waitFor();
        const height = await on.evaluate(() => document.documentElement.scrollHeight);
        // The buttons add a line each at most, not a page per word.
        expect(height).toBeLessThan(without * 1.25);
        const narrow = await on.locator('main .item--paragraph .item-body p').evaluateAll((ps) =>
          ps
            .filter((p) => (p.textContent ?? '').trim().length > 40)
            .filter((p) => p.getBoundingClientRect().width < 12.5 * parseFloat(getComputedStyle(p).fontSize))
            .map((p) => (p.textContent ?? '').trim().slice(0, 40)),
        );
        expect(narrow).toEqual([]);
        await on.close();
      });
    }
  }
});
