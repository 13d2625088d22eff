import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSites, type BrowserSession } from '../support/browser-session';
import type { TestSite } from '../support/sites';

// What a reader comes for is first and largest: the Plan and Performance on the home page, a
// body's meetings before its members, an area for improvement above its labels, and the paper's
// original document beside its details.
let session: BrowserSession;
beforeAll(async () => {
  session = await openSites(['demo', 'fixture']);
});
afterAll(() => session?.close());

async function open(url: string, site: TestSite = 'demo'): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(session.origin(site) + url);
  return tab;
}
/** The text of main's links and h2 headings, in the order of the page. */
const outline = (tab: Page) => tab.locator('main :is(a, h2)').evaluateAll((els) => els.map((el) => `${el.tagName}:${(el.textContent ?? '').trim()}`));

describe('where things are', () => {
  it('the home page points to the Plan and to Performance before the meetings', async () => {
    const tab = await open('/');
    const order = await outline(tab);
    const meetings = order.indexOf('H2:Upcoming meetings');
    expect(order.indexOf('A:Police and Crime Plan 2021-24')).toBeGreaterThan(-1);
    expect(order.indexOf('A:Police and Crime Plan 2021-24')).toBeLessThan(meetings);
    expect(order.indexOf('A:Performance')).toBeGreaterThan(-1);
    expect(order.indexOf('A:Performance')).toBeLessThan(meetings);
    await tab.close();
  });

  it("a body's page lists its meetings before its members", async () => {
    const tab = await open('/bodies/police-and-crime-panel/');
    const order = await outline(tab);
    expect(order.indexOf('H2:Meetings')).toBeGreaterThan(-1);
    expect(order.indexOf('H2:Meetings')).toBeLessThan(order.indexOf('H2:Membership'));
    await tab.close();
  });

  it('an inspection sets each area for improvement larger than the labels under it', async () => {
    const tab = await open('/inspections/peel-2022/');
    const sizes = await tab.locator('#afi-heading ~ section .item').evaluateAll((items) =>
      items.map((item) => {
        const size = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : NaN);
        return { area: size(item.querySelector('h4')), label: size(item.querySelector('p > strong')) };
      }),
    );
    // Some areas have no actions recorded, so no label to compare with.
    const labelled = sizes.filter((s) => !Number.isNaN(s.label));
    expect(labelled.length).toBeGreaterThan(0);
    for (const s of labelled) expect(s.area).toBeGreaterThan(s.label);
    await tab.close();
  });

  it('a paper links to the original document it was published as, where its content gives one', async () => {
    const tab = await open('/papers/2020/response-letter/', 'fixture');
    const link = tab.locator('.summary dt:text-is("Original document") + dd a');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('https://example.org/papers/response-letter.pdf');
    expect(await link.innerText()).toBe("Response to the Board's recommendations (PDF)");
    await tab.close();
  });
});
