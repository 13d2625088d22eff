import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSites, type BrowserSession } from '../support/browser-session';

// The recommendation register's filters, with JavaScript on, on the synthetic fixture (three
// recommendations: accepted, awaiting a response, no response sought) and the demo.
let session: BrowserSession;
beforeAll(async () => {
  session = await openSites(['fixture', 'demo']);
});
afterAll(() => session?.close());

describe('the recommendation register with JavaScript', () => {
  it('filters by status, says how many it shows, and keeps the filter across a reload', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${session.origin('fixture')}/recommendations/`);
    const visible = () => tab.locator('main tbody tr:not([hidden])').count();
    expect(await visible()).toBe(3);
    // Awaiting a response comes first without any filter.
    expect(await tab.locator('main tbody tr td:first-child').first().innerText()).toBe('Awaiting response');
    await tab.selectOption('#filter-status', 'accepted');
    expect(await visible()).toBe(1);
    expect(tab.url()).toContain('status=accepted');
    await expect(tab.locator('[role="status"]').innerText()).resolves.toBe('Showing 1 of 3 recommendations');
    expect(await tab.locator('caption').innerText()).toContain('(showing: Accepted)');
    await tab.reload();
    expect(await tab.inputValue('#filter-status')).toBe('accepted');
    expect(await visible()).toBe(1);
    await tab.click('text=Show all');
    expect(await visible()).toBe(3);
    expect(tab.url()).not.toContain('status=');
    await tab.close();
  });

  it('filters by body and year together from a shared address', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${session.origin('demo')}/recommendations/?body=police-and-crime-panel&year=2022&status=implemented`);
    const rows = tab.locator('main tbody tr:not([hidden])');
    expect(await rows.count()).toBe(4);
    expect(await tab.inputValue('#filter-body')).toBe('police-and-crime-panel');
    expect(await tab.inputValue('#filter-year')).toBe('2022');
    expect((await rows.locator('td:first-child').allInnerTexts()).every((s) => s === 'Implemented')).toBe(true);
    await tab.close();
  });

  it('asks nothing of any other site', () => {
    expect(session.foreign).toEqual([]);
  });
});
