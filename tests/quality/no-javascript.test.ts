import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { normaliseText, page as readPage } from '../support/html';
import { siteDir } from '../support/sites';

// With JavaScript switched off, what a reader sees in the browser is all the page's content.
const dir = siteDir('demo');
const pages = ['/', '/meetings/business-coordination-board/2019-10-09/', '/actions/', '/actions/business-coordination-board/2019/', '/people/dorothy-gregson/'];
let browser: Browser;
let context: BrowserContext;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
  server = await serve(dir);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('without JavaScript', () => {
  for (const path of pages) {
    it(`${path} shows all its content`, async () => {
      const tab = await context.newPage();
      await tab.goto(server.origin + path);
      // These pages need no script: a meeting page has only the data of its event and the module
      // that adds "Copy link" buttons, which does not run without JavaScript.
      const scripts = await tab.evaluate(() => [...document.scripts].filter((s) => s.type !== 'application/ld+json').length);
      expect(scripts).toBe(path.startsWith('/meetings/') && path.split('/').length > 4 ? 1 : 0);
      const shown = normaliseText(await tab.locator('main').innerText());
      // The text of every paragraph, list item, cell and heading in the built page is on screen.
      const blocks = readPage(dir, path)
        .querySelectorAll('main :is(p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd, caption)')
        .filter((el) => !el.querySelector('p, li, td, ul, ol, table'))
        .map((el) => normaliseText(el.innerHTML))
        .filter((t) => t.length > 0);
      expect(blocks.length).toBeGreaterThan(5);
      const hidden = blocks.filter((b) => !shown.includes(b));
      expect(hidden, path).toEqual([]);
      await tab.close();
    });
  }

  it('the meeting page shows its agenda, attendance and minute text', async () => {
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/meetings/business-coordination-board/2019-10-09/`);
    await expect(tab.locator('#item-5-4-6').isVisible()).resolves.toBe(true);
    await expect(tab.locator('#item-1-1 p', { hasText: 'Apologies were received from Matthew Warren' }).isVisible()).resolves.toBe(true);
    await expect(tab.locator('#attendance-heading').isVisible()).resolves.toBe(true);
    await tab.close();
  });

  it('the action log shows every action with its status in words', async () => {
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/actions/business-coordination-board/2019/`);
    const rows = await tab.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(3);
    expect(await tab.locator('tbody tr .tag').first().innerText()).toMatch(/Open|Progressing|Completed/);
    await tab.close();
  });
});
