import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSites, type BrowserSession } from '../support/browser-session';

// The status table's filters and sorting, and the Plan chart, with JavaScript on.
const statusPage = '/plans/police-and-crime-plan-2021-24/status/';
const plan = parseYaml(readFileSync('content/plans/police-and-crime-plan-2021-24.yaml', 'utf8'));
const ethical = plan.deliverables.filter((d: { theme: string }) => d.theme === 'ethical-policing').length;
let session: BrowserSession;
beforeAll(async () => {
  session = await openSites(['demo']);
});
afterAll(() => session?.close());

describe('the status table with JavaScript', () => {
  it('filters by theme and keeps the filter in the address, across a reload', async () => {
    const tab = await session.context.newPage();
    await tab.goto(session.origin('demo') + statusPage);
    const visible = () => tab.locator('#status-table tbody tr:not([hidden])').count();
    expect(await visible()).toBe(plan.deliverables.length);
    await tab.selectOption('#filter-theme', 'ethical-policing');
    expect(await visible()).toBe(ethical);
    expect(tab.url()).toContain('theme=ethical-policing');
    await expect(tab.locator('#filter-count').innerText()).resolves.toBe(`Showing ${ethical} of ${plan.deliverables.length} deliverables`);
    await tab.reload();
    expect(await tab.inputValue('#filter-theme')).toBe('ethical-policing');
    expect(await visible()).toBe(ethical);
    await tab.close();
  });

  it('filters by status and sorts by a column, restoring both from a shared address', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${session.origin('demo')}${statusPage}?status=in-progress&sort=deliverable&dir=desc`);
    const statuses = await tab.locator('#status-table tbody tr:not([hidden]) td:nth-child(3)').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(3);
    expect(statuses.every((s) => s.includes('In progress'))).toBe(true);
    const names = await tab.locator('#status-table tbody tr:not([hidden]) td:nth-child(2) a').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? 1 : -1)));
    expect(await tab.getAttribute('th[data-sort="deliverable"]', 'aria-sort')).toBe('descending');
    await tab.click('th[data-sort="status"] button');
    expect(tab.url()).toContain('sort=status');
    await tab.click('text=Show all');
    expect(await tab.locator('#status-table tbody tr:not([hidden])').count()).toBe(plan.deliverables.length);
    await tab.close();
  });

  it('draws the chart on the Plan page from the site itself', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${session.origin('demo')}/plans/police-and-crime-plan-2021-24/`);
    await tab.waitForSelector('[data-plan-chart]:not([hidden]) canvas');
    const drawn = await tab.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-plan-chart] canvas')!;
      return c.width > 0 && c.height > 0;
    });
    expect(drawn).toBe(true);
    expect(session.foreign).toEqual([]);
    await tab.close();
  });
});
