import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { siteDir } from '../support/sites';

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(siteDir('demo'));
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe("an agenda item's permalink with JavaScript", () => {
  it("a button beside it copies the item's full address, and says so", async () => {
    const tab = await context.newPage();
    // The clipboard answers when it is ready, not at once: slow it, so the test waits for the
    // answer as a reader would, rather than passing or failing on which finishes first.
    await tab.addInitScript(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => new Promise((resolve) => setTimeout(resolve, 300)).then(() => write(text));
    });
    await tab.goto(`${server.origin}/meetings/police-and-crime-panel/2022-07-20/`);
    const button = tab.getByRole('button', { name: 'Copy the link to item 8' });
    await button.click();
    await expect.poll(() => button.innerText(), { timeout: 5000 }).toBe('Link copied');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(`${server.origin}/meetings/police-and-crime-panel/2022-07-20/#item-8`);
    await expect.poll(() => tab.locator('[role="status"]').last().innerText(), { timeout: 5000 }).toContain('#item-8');
    await tab.close();
  });
});
