import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { mainText, normaliseText, page } from '../support/html';
import { siteDir } from '../support/sites';

const demo = siteDir('demo');
const fixture = siteDir('fixture');
const planPath = '/plans/police-and-crime-plan-2021-24';

const tableRows = (dir: string, url: string) =>
  page(dir, url)
    .querySelectorAll('#status-table tbody tr')
    .map((tr) => tr.querySelectorAll('td').map((td) => normaliseText(td.text)));

describe('the demo Plan tracker', () => {
  const report = parseYaml(readFileSync('content/plan-reports/2022-09-14.yaml', 'utf8'));
  const plan = parseYaml(readFileSync('content/plans/police-and-crime-plan-2021-24.yaml', 'utf8'));
  const titles = new Map<string, string>(plan.deliverables.map((d: { id: string; title: string }) => [d.id, d.title]));

  it('shows the 14 September 2022 status of every deliverable in the seed', () => {
    const rows = tableRows(demo, `${planPath}/status/`);
    expect(rows).toHaveLength(report.entries.length);
    expect(rows.length).toBeGreaterThanOrEqual(45);
    const seed = normaliseText(readFileSync(`${process.env.SCRUTINY_SEEDS || '../shared/seeds'}/002_ee6c3af70b6956ae.txt`, 'utf8').replace(/\\([()])/g, '$1'));
    for (const entry of report.entries) {
      const title = normaliseText(titles.get(entry.deliverable)!);
      // Every deliverable is the seed's own words…
      expect(seed, title).toContain(title);
      const row = rows.find((r) => r[1]!.startsWith(title))!;
      expect(row, title).toBeDefined();
      // …dated by the report, with the status its update states.
      expect(row[4]).toBe('14 Sep 2022');
      if (entry.update?.startsWith('Activities ongoing')) expect(row[2]).toContain('In progress');
      if (entry.update?.startsWith('Embedded into business as usual')) expect(row[2]).toContain('Business as usual');
      // Listed new without an update: new in the report, its progress not reported (issue 17).
      if (entry.update === undefined) expect(row[2]).toMatch(/Progress not reported.*New in the latest report/s);
    }
    expect(rows.find((r) => r[1]!.startsWith('Recruitment of a Community and Engagement Officer'))![2]).toContain('On hold');
  });

  it('counts deliverables per theme and status in a table beside the chart', () => {
    const root = page(demo, `${planPath}/`);
    expect(root.querySelector('[data-plan-chart]')).not.toBeNull();
    const total = root
      .querySelector('tfoot tr')!
      .querySelectorAll('td')
      .map((td) => Number(td.text));
    expect(total[total.length - 1]).toBe(report.entries.length);
    expect(total.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(report.entries.length);
  });

  it('links the report paper and the Panel meeting that received it to the Plan', () => {
    const paperLinks = page(demo, '/papers/2022/delivery-of-the-police-and-crime-plan-forward-plan-2022-09/')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(paperLinks).toContain(`${planPath}/reports/2022-09-14/`);
    const meetingLinks = page(demo, '/meetings/police-and-crime-panel/2022-09-14/')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(meetingLinks).toContain(`${planPath}/reports/2022-09-14/`);
  });

  it('loads chart.js only on the Plan page, and no script at all on the status table when printed without JS', () => {
    const scripts = (url: string) => page(demo, url).querySelectorAll('script[src], script[type="module"]').length;
    expect(scripts(`${planPath}/`)).toBeGreaterThan(0);
    // A meeting page has one small module of its own (the "Copy link" buttons), and no chart.
    expect(scripts('/meetings/business-coordination-board/2019-10-09/')).toBe(1);
    expect(page(demo, '/meetings/business-coordination-board/2019-10-09/').querySelector('script[type="module"]')!.textContent.length).toBeLessThan(2000);
    expect(scripts(`${planPath}/deliverables/business-community-event/`)).toBe(0);
  });
});

describe('the Plan tracker on a synthetic plan with two reports', () => {
  it('shows what changed since the previous report', () => {
    const root = page(fixture, '/plans/test-plan/reports/2020-02-14/');
    const list = (id: string) => root.querySelector(`#${id}`)!.nextElementSibling!.text;
    expect(list('new')).toContain('Youth forum');
    expect(list('status-changes')).toMatch(/Street lighting review.*In progress.*Complete/s);
    expect(list('status-changes')).toMatch(/Victim helpline.*Not started.*On hold/s);
    expect(list('completed')).toContain('Street lighting review');
    expect(list('taken-off')).toContain('Neighbourhood newsletter');
    expect(list('no-longer-reported')).toContain('Online reporting');
    expect(mainText(page(fixture, '/plans/test-plan/reports/2020-01-10/'))).toContain('This is the first report');
  });

  it("shows a deliverable's timeline, newest first, linked to reports and meetings", () => {
    const root = page(fixture, '/plans/test-plan/deliverables/street-lighting-review/');
    const items = root.querySelectorAll('main ol.card-list > li');
    expect(items.map((li) => li.querySelector('h3')!.text)).toEqual(['Friday 14 February 2020', 'Friday 10 January 2020']);
    expect(items[0]!.text).toContain('Completed. Review published.');
    expect(items[1]!.text).toContain('Target: Q4 2019/20');
    const links = root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/plans/test-plan/reports/2020-01-10/');
    expect(links).toContain('/meetings/test-board/2020-02-14/');
  });

  it("counts by theme and status from each deliverable's latest report", () => {
    const root = page(fixture, '/plans/test-plan/');
    const head = root.querySelectorAll('thead th').map((th) => th.text);
    const row = (name: string) => {
      const tr = root.querySelectorAll('tbody tr').find((r) => r.querySelector('th')!.text === name)!;
      return Object.fromEntries(tr.querySelectorAll('td').map((td, i) => [head[i + 1], Number(td.text)]));
    };
    expect(row('Safer Streets')).toMatchObject({ Complete: 2, Total: 2 });
    expect(row('Better Services')).toMatchObject({ 'On hold': 1, 'In progress': 1, 'Progress not reported': 1, Total: 3 });
  });

  it('publishes the status table as CSV and JSON with the same rows as the page', () => {
    const html = tableRows(fixture, '/plans/test-plan/status/');
    const csv: string[][] = parse(readFileSync(path.join(fixture, 'plans/test-plan/status.csv'), 'utf8'));
    const json = JSON.parse(readFileSync(path.join(fixture, 'plans/test-plan/status.json'), 'utf8'));
    const header = csv[0]!;
    const records = csv.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(records).toHaveLength(html.length);
    expect(json.deliverables).toHaveLength(html.length);
    html.forEach((row, i) => {
      expect(row[1]).toContain(records[i]!.deliverable);
      expect(row[2]).toContain(records[i]!.statusLabel);
      expect(records[i]!.deliverable).toBe(json.deliverables[i].deliverable);
      expect(records[i]!.status).toBe(json.deliverables[i].status);
      expect(records[i]!.lastUpdated).toBe(json.deliverables[i].lastUpdated);
    });
    expect(json.asAt).toBe('2020-02-14');
  });
});
