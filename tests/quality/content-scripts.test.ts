import { readFileSync } from 'node:fs';
import { HTMLElement, parse } from 'node-html-parser';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { recordRequests } from '../support/checks/page-audit';
import { guardScripts, scriptReport, visitGuarded, type ScriptReport } from '../support/checks/script-guard';
import { htmlPages, urlOf } from '../support/html';
import { siteDir, type TestSite } from '../support/sites';
import { hostileContent } from '../support/hostile-content';

// Every page of the synthetic sites in Chromium, with JavaScript on: content never runs script,
// and the Content-Security-Policy blocks nothing, because nothing but the site's own scripts is
// there. (The demo and Essex sites get the same check in site-quality.test.ts, on the visit that
// runs axe; every site gets the policy check here.)
const sites: TestSite[] = ['demo', 'essex', 'leak', 'withheld', 'hostile'];
const visited: TestSite[] = ['leak', 'withheld', 'hostile'];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function guardedContext(server: StaticServer): Promise<{ context: BrowserContext; foreign: string[] }> {
  const context = await browser.newContext();
  const foreign = await recordRequests(context, server.origin);
  await guardScripts(context);
  return { context, foreign };
}

describe('every page carries a Content-Security-Policy that allows no inline script or style but its own', () => {
  it.each(sites)('on the %s site', (site) => {
    const files = htmlPages(siteDir(site));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const html = readFileSync(path.join(siteDir(site), file), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, file).toBeDefined();
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).toMatch(/default-src 'none'/);
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
      // The policy comes before anything it governs.
      const head = [...parse(html).querySelector('head')!.childNodes].filter((n): n is HTMLElement => n instanceof HTMLElement);
      const at = head.findIndex((e) => e.getAttribute('http-equiv') === 'content-security-policy');
      const governed = head.findIndex(
        (e) => e.rawTagName === 'script' || e.rawTagName === 'style' || (e.rawTagName === 'link' && e.getAttribute('rel') === 'stylesheet'),
      );
      expect(at, file).toBeGreaterThanOrEqual(0);
      if (governed >= 0) expect(at, file).toBeLessThan(governed);
    }
  });
});

for (const site of visited) {
  describe(`every page of the ${site} site, in Chromium`, () => {
    let server: StaticServer;
    const reports: ScriptReport[] = [];
    let foreign: string[] = [];
    beforeAll(async () => {
      server = await serve(siteDir(site));
      const guarded = await guardedContext(server);
      foreign = guarded.foreign;
      const queue = htmlPages(siteDir(site)).map(urlOf);
      const worker = async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) reports.push(await visitGuarded(guarded.context, server.origin, url));
      };
      await Promise.all([worker(), worker(), worker()]);
      await guarded.context.close();
    }, 600_000);
    afterAll(async () => {
      await server?.close();
    });

    it('runs no script that content put there, and the policy blocks nothing', () => {
      expect(reports.length).toBe(htmlPages(siteDir(site)).length);
      expect(reports.filter((r) => r.ran.length || r.blocked.length || r.dialogs.length)).toEqual([]);
      expect(foreign).toEqual([]);
    });
  });
}

describe('the hostile site', () => {
  it('shows the script-bearing text as text, in the pages that publish those fields', () => {
    const { markers } = hostileContent();
    const html = htmlPages(siteDir('hostile'))
      .map((f) => readFileSync(path.join(siteDir('hostile'), f), 'utf8'))
      .join('\n');
    const shown = [...markers.keys()].filter((m) => html.includes(`Hostile ${m} `));
    // Most fields are shown somewhere; those of the exempt item are withheld, an address is only a link.
    expect(shown.length).toBeGreaterThan(markers.size * 0.7);
    // Written out, not made into elements.
    expect(html).toContain('&lt;img src=x onerror=');
    const elements = htmlPages(siteDir('hostile')).flatMap((f) =>
      parse(readFileSync(path.join(siteDir('hostile'), f), 'utf8')).querySelectorAll(
        'img, iframe, svg, body script:not([type="application/ld+json"]), a[href^="javascript"]',
      ),
    );
    expect(elements.map((e) => e.outerHTML.slice(0, 80)).filter((e) => /Hostile|__xss/.test(e))).toEqual([]);
  });
});

describe("the site's own scripts still work under the policy", () => {
  it('search, charts, filters and copy-link run with no violation', async () => {
    const server = await serve(siteDir('demo'));
    const { context } = await guardedContext(server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('"Operation Hunter"')}`);
    await page.waitForFunction(() => /\d+ results?/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    const reports = [await scriptReport(page, '/search/')];
    // A chart is drawn by chart.js, fetched as it scrolls into view; it styles its canvas once drawn.
    await page.goto(`${server.origin}/performance/queue-buster-crime-line-average-queue-time/`);
    await page.locator('[data-measure-chart]').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-measure-chart] canvas')?.getAttribute('style'));
    reports.push(await scriptReport(page, '/performance/queue-buster-crime-line-average-queue-time/'));
    await page.goto(`${server.origin}/plans/police-and-crime-plan-2021-24/status/`);
    const all = await page.locator('#status-table tbody tr:not([hidden])').count();
    await page.selectOption('#filter-theme', 'ethical-policing');
    expect(await page.locator('#status-table tbody tr:not([hidden])').count()).toBeLessThan(all);
    reports.push(await scriptReport(page, '/plans/police-and-crime-plan-2021-24/status/'));
    await page.goto(`${server.origin}/meetings/business-coordination-board/2019-10-09/`);
    await page.locator('button.copy-link').first().click();
    // The clipboard answers asynchronously: wait for the button to say so.
    await expect.poll(() => page.locator('button.copy-link').first().innerText(), { timeout: 5000 }).toBe('Link copied');
    reports.push(await scriptReport(page, '/meetings/…/'));
    await page.goto(`${server.origin}/recommendations/`);
    expect(await page.locator('select, input[type="checkbox"], input[type="radio"]').count()).toBeGreaterThan(0);
    reports.push(await scriptReport(page, '/recommendations/'));
    expect(reports.filter((r) => r.ran.length || r.blocked.length)).toEqual([]);
    await context.close();
    await server.close();
  });
});
