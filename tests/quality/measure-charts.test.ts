import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { recordRequests } from '../support/checks/page-audit';
import { siteDir } from '../support/sites';

// Measure charts fetch chart.js only when they scroll into view (or the page is printed).
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let foreign: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(siteDir('demo'));
  context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  foreign = await recordRequests(context, server.origin);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const paper = '/papers/2015/performance-update-12-months-to-march-2015/';
const chartScripts = (urls: string[]) => urls.filter((u) => /\/_astro\/(chart|measure-chart)\.[^/]*\.js$/.test(u));

describe('measure charts', () => {
  it('load chart.js only when a chart scrolls into view', async () => {
    const tab = await context.newPage();
    const requested: string[] = [];
    tab.on('request', (r) => requested.push(r.url()));
    await tab.goto(server.origin + paper, { waitUntil: 'networkidle' });
    expect(chartScripts(requested)).toEqual([]);
    const box = tab.locator('[data-measure-chart]').first();
    await box.scrollIntoViewIfNeeded();
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('[data-measure-chart] canvas')].some((c) => (c as HTMLCanvasElement).width > 0 && c.getAttribute('style')),
    );
    expect(chartScripts(requested).length).toBeGreaterThan(0);
    await tab.close();
  });

  it('draw every chart before printing', async () => {
    const tab = await context.newPage();
    await tab.goto(server.origin + paper, { waitUntil: 'networkidle' });
    await tab.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await tab.waitForFunction(() => [...document.querySelectorAll('[data-measure-chart] canvas')].every((c) => c.getAttribute('style')));
    await tab.close();
  });

  it('draw on a measure page, with the target as a line, from the site itself', async () => {
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/performance/queue-buster-crime-line-average-queue-time/`);
    await tab.waitForFunction(() => document.querySelector('[data-measure-chart] canvas')?.getAttribute('style'));
    expect(await tab.locator('table caption').first().innerText()).toContain('Queue buster');
    expect(foreign).toEqual([]);
    await tab.close();
  });
});
