import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { auditPage, recordRequests, type PageAudit } from '../support/checks/page-audit';
import { guardScripts } from '../support/checks/script-guard';
import { checkLinks } from '../support/checks/links';
import { validateSite } from '../support/checks/html';
import { htmlPages, urlOf, page as readPage } from '../support/html';
import { siteDir, type TestSite } from '../support/sites';

// The gates a careful public-sector team runs on every page of every demo site.
const sites: TestSite[] = ['demo', 'essex'];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const site of sites) {
  describe(`the ${site} site`, () => {
    const dir = siteDir(site);
    let server: StaticServer;
    const audits: PageAudit[] = [];
    let foreign: string[] = [];

    beforeAll(async () => {
      server = await serve(dir);
      const context = await browser.newContext();
      foreign = await recordRequests(context, server.origin);
      await guardScripts(context);
      // A few tabs at once: axe is the slow part and the machine has two cores.
      const queue = htmlPages(dir).map(urlOf);
      const worker = async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) audits.push(await auditPage(context, server.origin, url));
      };
      await Promise.all([worker(), worker(), worker()]);
      await context.close();
    }, 600_000);
    afterAll(async () => {
      await server?.close();
    });

    it('has no axe violations (WCAG 2.2 A and AA) on any page', () => {
      expect(audits.length).toBe(htmlPages(dir).length);
      const failing = audits.filter((a) => a.violations.length > 0).map((a) => ({ url: a.url, violations: a.violations }));
      expect(failing).toEqual([]);
    });

    it('starts every page with a working skip link and a visible focus', () => {
      expect(audits.filter((a) => a.keyboard.length > 0).map((a) => ({ url: a.url, problems: a.keyboard }))).toEqual([]);
    });

    it('runs no script that content put there, and its Content-Security-Policy blocks nothing', () => {
      expect(audits.length).toBeGreaterThan(0);
      expect(audits.map((a) => a.scripts).filter((r) => r.ran.length || r.blocked.length || r.dialogs.length)).toEqual([]);
    });

    it('requests nothing from any other origin', () => {
      expect(audits.length).toBeGreaterThan(0);
      expect(foreign).toEqual([]);
    });

    it('is valid HTML on every page', async () => {
      const { files, errors } = await validateSite(dir);
      expect(files).toBeGreaterThan(5);
      expect(errors).toEqual([]);
    });

    it('has no broken internal link or #fragment', () => {
      const { checked, broken } = checkLinks(dir);
      expect(checked).toBeGreaterThan(100);
      expect(broken).toEqual([]);
    });

    it('links the accessibility statement from every page footer', () => {
      for (const file of htmlPages(dir)) {
        const links = readPage(dir, urlOf(file))
          .querySelectorAll('footer a')
          .map((a) => a.getAttribute('href'));
        expect(links, file).toContain('/accessibility/');
      }
    });
  });
}
