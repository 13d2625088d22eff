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

describe('an agenda item\'s permalink with JavaScript', () => {
  it('a button beside it copies the item\'s full address, and says so', async () => {
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/meetings/police-and-crime-panel/2022-07-20/`);
    const button = tab.getByRole('button', { name: 'Copy the link to item 8' });
    await button.click();
    await expect(button.innerText()).resolves.toBe('Link copied');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(`${server.origin}/meetings/police-and-crime-panel/2022-07-20/#item-8`);
    await expect(tab.locator('[role="status"]').last().innerText()).resolves.toContain('#item-8');
    await tab.close();
  });
});
