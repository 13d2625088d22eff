import { describe, expect, it } from 'vitest';
import { mainText, page } from '../support/html';
import { siteDir } from '../support/sites';

const demo = siteDir('demo');
const measurePage = (id: string) => page(demo, `/performance/${id}/`);

// Every figure the issue lists, on its measure's page, with the paper it came from.
const figures: [measure: string, expected: string[], source: string][] = [
  ['999-calls-answered-within-10-seconds', ['90.1%', 'at least 90%', 'Target met'], 'PEEL Report 2022'],
  ['101-calls-answered-within-30-seconds', ['83.8%', 'at least 80%', 'Target met'], 'PEEL Report 2022'],
  ['secondary-abandonment-incident-line', ['31.5%', 'below 5%', 'Target not met'], 'PEEL Report 2022'],
  ['secondary-abandonment-crime-reporting-line', ['21.3%', 'below 5%', 'Target not met'], 'PEEL Report 2022'],
  ['median-time-to-attend-immediate-incidents', ['Immediate'], ''],
  ['median-time-to-attend-priority-incidents', ['Priority'], ''],
  ['median-time-to-attend-prompt-incidents', ['Prompt'], ''],
  ['queue-buster-public-line-requests-received', ['2,175', '2,535', '2,178', 'Apr 22', 'June 22'], 'PEEL Report 2022'],
  ['queue-buster-public-line-average-queue-time', ['39 min 18 s', '33 min 6 s', '40 min 45 s'], 'PEEL Report 2022'],
  ['queue-buster-crime-line-requests-received', ['511', '445', '440'], 'PEEL Report 2022'],
  ['queue-buster-crime-line-average-queue-time', ['46 min 15 s', '40 min', '1 h 2 min 6 s'], 'PEEL Report 2022'],
  ['online-reports-by-type', ['Crime', '2,028', 'Intel', '410', "Clare's Law", '36'], 'PEEL Report 2022'],
  ['audit-initial-action-plan-present', ['63%', '79%', 'May 2021', 'Feb 22'], 'PEEL Report 2022'],
  ['audit-victims-code-of-practice-adherence', ['88%', '94%'], 'PEEL Report 2022'],
  ['audit-initial-victim-needs-assessment', ['25%', '84%'], 'PEEL Report 2022'],
  ['special-constables', ['284'], 'Performance update – 12 months to March 2015'],
  ['change-in-victim-based-crime-year-on-year', ['5.9%'], 'Performance update – 12 months to March 2015'],
  ['crime-rate-per-1000-population', ['50.61 per 1,000', '46.75 per 1,000', 'Most similar group'], 'Performance update – 12 months to March 2015'],
  ['burglary-dwelling-victim-satisfaction', ['94.4%'], 'Performance update – 12 months to March 2015'],
  ['racist-incident-victim-satisfaction', ['80%', '78.9%', 'Previous year'], 'Performance update – 12 months to March 2015'],
  ['historic-share-of-sexual-offences', ['34%', '2012', '45%', 'year ending March 2015'], 'Performance update – 12 months to March 2015'],
];

describe('performance measures', () => {
  for (const [id, expected, source] of figures) {
    it(`${id} shows its figures${source ? ' and source' : ''}`, () => {
      const root = measurePage(id);
      const text = mainText(root);
      for (const e of expected) expect(text, id).toContain(e);
      if (source) {
        expect(root.querySelector('table caption')).not.toBeNull();
        expect(root.querySelectorAll('main table a').map((a) => a.text)).toContain(source);
      }
    });
  }

  it('the attendance-time targets are published as targets, with no invented figure', () => {
    const text = mainText(measurePage('median-time-to-attend-immediate-incidents'));
    expect(text).toContain('no figure against it yet');
  });

  it('the overview says met or not met in words and a symbol, and the change since the value before', () => {
    const root = page(demo, '/performance/');
    const row = (title: string) => root.querySelectorAll('tbody tr').find((tr) => tr.querySelector('th')!.text.includes(title))!.text;
    expect(row('999 calls')).toMatch(/90\.1%.*Target met/s);
    expect(
      root
        .querySelectorAll('tbody tr')
        .find((tr) => tr.text.includes('999 calls'))!
        .querySelector('[aria-hidden]')!
        .text.trim(),
    ).toBe('✓');
    expect(row('Secondary abandonment')).toContain('Target not met');
    expect(row('initial action plan')).toMatch(/\+16 percentage points since May 2021.*better/s);
  });

  it('an MDX paper shows a measure inline, as a table with its caption', () => {
    const root = page(demo, '/papers/2015/performance-update-12-months-to-march-2015/');
    const figure = root.querySelector('section[aria-labelledby="table-crime-rate-per-1000-population"]')!;
    expect(figure.text).toContain('50.61 per 1,000');
    // The paper's own text is all still there around it.
    expect(mainText(root)).toContain('the crime rate per thousand population remains comparable to the MSG (50.61 v 46.75)');
  });
});

describe('the PEEL 2022 inspection', () => {
  const root = page(demo, '/inspections/peel-2022/');
  it('shows all nine gradings', () => {
    const rows = root.querySelectorAll('#gradings-heading ~ section tbody tr, section[aria-labelledby="gradings-heading"] tbody tr').map((tr) => tr.text);
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.includes('Good'))).toHaveLength(4);
    expect(rows.filter((r) => r.includes('Adequate'))).toHaveLength(3);
    expect(rows.filter((r) => r.includes('Requires improvement'))).toHaveLength(2);
  });

  it('lists the innovative practice and the areas for improvement with their actions', () => {
    const text = mainText(root);
    expect(text).toContain('CAMSTRA');
    expect(text).toContain('The force needs to attend calls for service in line with its published attendance times');
    expect(root.querySelectorAll('section[aria-labelledby="afi-heading"] li').length).toBeGreaterThan(20);
  });

  it('is linked from the Panel meeting and the paper that discussed it', () => {
    for (const url of ['/meetings/police-and-crime-panel/2022-09-14/', '/papers/2022/hmicfrs-peel-report-2022/']) {
      expect(
        page(demo, url)
          .querySelectorAll('main a')
          .map((a) => a.getAttribute('href')),
      ).toContain('/inspections/peel-2022/');
    }
  });
});
