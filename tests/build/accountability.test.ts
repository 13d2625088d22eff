import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainText, normaliseText, page } from '../support/html';
import { siteDir } from '../support/sites';

const demo = siteDir('demo');
const meeting = 'police-and-crime-panel/2022-07-20';
const letter = '/papers/2022/pcc-letter-2022-09-01/';
// The Panel's six recommendations to the Commissioner of 20 July 2022: three under item 8 (the
// Annual Report and the HMICFRS report) and three under item 9 (delivery of the Plan).
const six = [
  'victim-services-flowchart',
  'hmicfrs-full-report',
  'fairer-funding-lobbying',
  'status-column',
  'annual-delivery-report',
  'six-month-interim-report',
];
const hrefs = (url: string, selector = 'main a') =>
  page(demo, url)
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href') ?? '');

describe('recommendations and responses on the demo site', () => {
  it('the register lists the six recommendations of 20 July 2022, each with its status and response', () => {
    const rows = page(demo, '/recommendations/').querySelectorAll('main tbody tr');
    for (const id of six) {
      const row = rows.find((r) => r.querySelector(`a[href="/recommendations/${meeting}/${id}/"]`));
      expect(row, id).toBeDefined();
      expect(row!.querySelector(`a[href^="${letter}#response-"]`), `${id} links to its response`).not.toBeNull();
      expect(normaliseText(row!.querySelector('td')!.text)).toMatch(/^(Implemented|Accepted)$/);
    }
  });

  it('lists those awaiting a response first, then by status', () => {
    const order = ['Awaiting response', 'Response received', 'Accepted', 'Partly accepted', 'Not accepted', 'Implemented', 'No response sought'];
    const statuses = page(demo, '/recommendations/')
      .querySelectorAll('main tbody tr')
      .map((r) => normaliseText(r.querySelector('td')!.text));
    const ranks = statuses.map((s) => order.indexOf(s));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('each recommendation page links to the letter’s response, and the letter links back to each', () => {
    const back = hrefs(letter, '#responses-heading ~ ol a');
    for (const id of six) {
      const url = `/recommendations/${meeting}/${id}/`;
      expect(
        hrefs(url).some((h) => h.startsWith(`${letter}#response-`)),
        `${id} → letter`,
      ).toBe(true);
      expect(back, `letter → ${id}`).toContain(url);
    }
    const ids = page(demo, letter)
      .querySelectorAll('[id^="response-"]')
      .map((e) => e.id);
    expect(ids).toEqual(['response-1', 'response-2', 'response-3', 'response-4', 'response-5']);
  });

  it('shows the response in the letter’s own words, with the recommendation as the letter words it', () => {
    const text = mainText(page(demo, `/recommendations/${meeting}/fairer-funding-lobbying/`));
    expect(text).toContain('PCC Response: This matter has been taken to the Cambridgeshire and Peterborough Public Service Board.');
    expect(text).toContain('Officers to speak to Chief Executives and Council Leaders of local authorities');
  });

  it('the minutes show each recommendation with its status and a link to its page', () => {
    const minutes = page(demo, `/meetings/${meeting}/`);
    for (const id of six) {
      const li = minutes.querySelector(`#recommendation-${id}`);
      expect(li, id).not.toBeNull();
      expect(li!.querySelector(`a[href="/recommendations/${meeting}/${id}/"]`)).not.toBeNull();
      expect(li!.querySelector('.tag')).not.toBeNull();
    }
  });
});

describe('the decisions register on the demo site', () => {
  const registerPages = readdirSync(path.join(demo, 'decisions'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && f.split(path.sep).length === 3)
    .map((f) => `/decisions/${path.dirname(f).split(path.sep).join('/')}/`);
  const rows = registerPages.flatMap((url) => page(demo, url).querySelectorAll('main tbody tr'));

  it('covers every demo meeting whose minutes are published', () => {
    const minuted = ['business-coordination-board/2019-10-09', 'performance-working-group/2016-01-26', 'police-and-crime-panel/2022-07-20'];
    for (const id of minuted)
      expect(
        rows.some((r) => r.querySelector(`a[href="/meetings/${id}/"]`)),
        id,
      ).toBe(true);
  });

  it('links each decision to its place in the minutes, where it has that anchor', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const r of rows) {
      const href = r
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')!)
        .find((h) => h.includes('#decision-'))!;
      const [url, anchor] = href.split('#');
      expect(page(demo, url!).querySelector(`#${anchor}`), href).not.toBeNull();
    }
  });

  it('offers a page per body and year from the index', () => {
    const links = hrefs('/decisions/');
    for (const url of registerPages) expect(links).toContain(url);
    expect(registerPages).toContain('/decisions/police-and-crime-panel/2022/');
  });
});

describe('topics on the demo site', () => {
  it('civil parking enforcement runs from the Board’s action of 24 January 2019 to its meeting of 9 October 2019', () => {
    const topic = page(demo, '/topics/civil-parking-enforcement/');
    const dates = topic.querySelectorAll('.chronology-date').map((d) => normaliseText(d.text));
    expect(dates).toEqual(['24 January 2019', '9 October 2019']);
    const links = topic.querySelectorAll('.chronology a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/actions/business-coordination-board/2019/#action-business-coordination-board-6-0');
    expect(links).toContain('/meetings/business-coordination-board/2019-10-09/#item-4-1-1');
  });

  it('the HMICFRS report runs from the Panel’s July recommendation to its September item and the PEEL paper, in date order', () => {
    const topic = page(demo, '/topics/hmicfrs-peel-report-2022/');
    const links = topic.querySelectorAll('.chronology h3 a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/inspections/peel-2022/',
      `/recommendations/${meeting}/hmicfrs-full-report/`,
      letter,
      '/meetings/police-and-crime-panel/2022-09-14/#item-7',
      '/papers/2022/hmicfrs-peel-report-2022/',
    ]);
  });

  it('each step links back to its topic', () => {
    const topic = '/topics/hmicfrs-peel-report-2022/';
    for (const url of [
      `/recommendations/${meeting}/hmicfrs-full-report/`,
      letter,
      '/meetings/police-and-crime-panel/2022-09-14/',
      '/papers/2022/hmicfrs-peel-report-2022/',
      '/inspections/peel-2022/',
    ]) {
      expect(hrefs(url), url).toContain(topic);
    }
  });
});

describe('people and bodies on the demo site', () => {
  it('the Panel’s page summarises each member’s attendance', () => {
    const rows = page(demo, '/bodies/police-and-crime-panel/').querySelectorAll(
      '#member-attendance-heading ~ section tbody tr, #member-attendance-heading ~ .table-wrap tbody tr',
    );
    const row = (name: string) =>
      rows
        .find((r) => normaliseText(r.querySelector('th')!.text) === name)
        ?.querySelectorAll('td')
        .map((c) => normaliseText(c.text));
    // 20 July 2022 is the one meeting with attendance recorded. Councillor Warren sent apologies
    // and Councillor Hussain attended in his place.
    expect(row('Edward Leigh')).toEqual(['chair', '1', '1', '0', '0', 'None', '0']);
    const warren = row('Councillor S Warren');
    expect(warren?.slice(0, 5)).toEqual(['member', '1', '0', '1', '0']);
    expect(warren?.[5]).toMatch(/Hussain \(1 meeting\)/);
  });

  it('the Commissioner’s page lists the recommendations made to him and answered by him', () => {
    const links = hrefs('/people/darryl-preston/', '#recommendations-heading ~ section a, #recommendations-heading ~ .table-wrap a');
    for (const id of six) expect(links).toContain(`/recommendations/${meeting}/${id}/`);
  });

  it('the Chair’s page lists the decision naming him, his appointment, and not every decision of the meetings he attended', () => {
    const text = mainText(page(demo, '/people/edward-leigh/'));
    expect(text).toContain('Edward Leigh was appointed Chair for the municipal year 2022/23');
    expect(text).not.toContain('The Panel NOTED the forthcoming meeting dates.');
  });
});
