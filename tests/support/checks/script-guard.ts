import type { BrowserContext, Page } from 'playwright-core';

/**
 * Watches every page of a context for script that content made run (hostile text calls
 * `__xss.push(...)`), for anything the Content-Security-Policy had to block, and for dialogs.
 */
export async function guardScripts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __xss: string[]; __csp: string[] };
    w.__xss = [];
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || location.pathname}:${e.lineNumber} ${e.sample}`.trim());
    });
  });
  context.on('page', (page) =>
    page.on('dialog', (d) => {
      (page as Page & { dialogs?: string[] }).dialogs ??= [];
      (page as Page & { dialogs?: string[] }).dialogs!.push(d.message());
      void d.dismiss();
    }),
  );
}

export interface ScriptReport {
  url: string;
  ran: string[];
  blocked: string[];
  dialogs: string[];
}

/** What ran that content put there, and what the policy blocked, on a page so far (frames included). */
export async function scriptReport(page: Page, url: string): Promise<ScriptReport> {
  const ran: string[] = [];
  const blocked: string[] = [];
  for (const frame of page.frames()) {
    const got = await frame
      .evaluate(() => {
        const w = window as unknown as { __xss?: string[]; __csp?: string[] };
        return { ran: w.__xss ?? [], blocked: w.__csp ?? [] };
      })
      .catch(() => ({ ran: [`a frame that could not be read (${frame.url()})`], blocked: [] }));
    ran.push(...got.ran);
    blocked.push(...got.blocked);
  }
  if (page.frames().length > 1) ran.push(`${page.frames().length - 1} frame(s) on the page`);
  return { url, ran, blocked, dialogs: (page as Page & { dialogs?: string[] }).dialogs ?? [] };
}

/** Loads a page, scrolls it through (charts draw as they come into view), and reports. */
export async function visitGuarded(context: BrowserContext, origin: string, path: string): Promise<ScriptReport> {
  const page = await context.newPage();
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  if (!response || (response.status() >= 400 && !path.endsWith('404.html'))) throw new Error(`${origin}${path} answered ${response?.status()}`);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
  });
  await page.waitForTimeout(50);
  const report = await scriptReport(page, path);
  await page.close();
  return report;
}
