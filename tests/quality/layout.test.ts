import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { htmlPages, urlOf } from '../support/html';
import { siteDir, type TestSite } from '../support/sites';
import {
  checkLayout,
  headerFocusOrder,
  layoutChecks,
  layoutWidths,
  summarise,
  tabbedHeader,
  type LayoutFailure,
  type SiteLayout,
} from '../support/checks/layout';

// The layout gate (tests/support/checks/layout.ts): every page a reader sees, at 320, 390 and
// 1280 px, with JavaScript on and off, and printed; tests/quality/checkers.test.ts shows each check
// failing on a page broken on purpose.
// Every site the suite builds: the hostile one's long unbroken payloads are the widest text there is.
// LAYOUT_SITES=hostile,leak checks only those.
const allSites: TestSite[] = ['demo', 'essex', 'fixture', 'leak', 'withheld', 'hostile'];
const sites = process.env.LAYOUT_SITES ? allSites.filter((s) => process.env.LAYOUT_SITES!.split(',').includes(s)) : allSites;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const site of sites) {
  describe(`the layout of the ${site} site`, () => {
    const dir = siteDir(site);
    let server: StaticServer;
    let failures: LayoutFailure[] = [];
    let asked: string[] = [];
    let visited: SiteLayout['visited'] = { js: [], 'no-js': [] };

    beforeAll(async () => {
      server = await serve(dir);
      const pages = htmlPages(dir).map(urlOf);
      // The search page once more with a query, since its results come only then.
      asked = [...pages, ...(pages.includes('/search/') ? ['/search/?q=police'] : [])];
      const start = Date.now();
      const layout = await checkLayout(browser, server.origin, asked);
      failures = layout.failures.map((f) => ({ site, ...f }));
      visited = layout.visited;
      console.log(`layout gate: ${asked.length} addresses of ${site} in ${((Date.now() - start) / 1000).toFixed(0)} s`);
      // LAYOUT_REPORT=file adds every failure to that file, one a line, for whoever fixes them.
      const report = process.env.LAYOUT_REPORT;
      if (report) appendFileSync(report, failures.map((f) => `${f.site}\t${f.url}\t${f.mode}\t${f.check}\t${f.detail}\n`).join(''));
    }, 600_000);
    afterAll(async () => {
      await server?.close();
    });

    for (const check of layoutChecks) {
      it(`has no "${check}" failure on any page`, () => {
        // Every page of the site answered, with JavaScript on and off: no failures on no pages is no pass.
        expect(asked.length).toBeGreaterThan(0);
        expect({ js: [...visited.js].sort(), 'no-js': [...visited['no-js']].sort() }).toEqual({ js: [...asked].sort(), 'no-js': [...asked].sort() });
        expect(
          failures.filter((f) => f.check === check),
          `all failures on ${site}: ${summarise(failures)}`,
        ).toEqual([]);
      });
    }

    it('computes the header focus order that Tab follows', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      for (const width of layoutWidths) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(server.origin + '/');
        const computed = await headerFocusOrder(page);
        expect(computed.length).toBeGreaterThan(2);
        expect(await tabbedHeader(page)).toEqual(computed);
      }
      await context.close();
    });
  });
}
