import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSites, type BrowserSession } from '../support/browser-session';

let session: BrowserSession;
beforeAll(async () => {
  session = await openSites(['demo']);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin('demo') });
});
afterAll(() => session?.close());

describe("an agenda item's permalink with JavaScript", () => {
  it("a button beside it copies the item's full address, and says so", async () => {
    const tab = await session.context.newPage();
    // The clipboard answers when it is ready, not at once: slow it, so the test waits for the
    // answer as a reader would, rather than passing or failing on which finishes first.
    await tab.addInitScript(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => new Promise((resolve) => setTimeout(resolve, 300)).then(() => write(text));
    });
    await tab.goto(`${session.origin('demo')}/meetings/police-and-crime-panel/2022-07-20/`);
    const button = tab.getByRole('button', { name: 'Copy link to item 8' });
    await button.click();
    await expect.poll(() => button.innerText(), { timeout: 5000 }).toBe('Link copied');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(`${session.origin('demo')}/meetings/police-and-crime-panel/2022-07-20/#item-8`);
    await expect.poll(() => tab.locator('[role="status"]').last().innerText(), { timeout: 5000 }).toContain('#item-8');
    await tab.close();
  });
});
