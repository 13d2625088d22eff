import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlPages, mainText, normaliseText, page } from '../support/html';
import { siteDir, testSites, type TestSite } from '../support/sites';

// The "wrong or misleading data" of issue 17, as a reader sees it on the built pages. The rules
// are unit-tested in tests/unit/data-truth.test.ts; this holds the pages to them.
const demo = siteDir('demo');
const essex = siteDir('essex');
const text = (dir: string, urlPath: string) => mainText(page(dir, urlPath));

describe('counts agree with their nouns', () => {
  // "1" and a word ending in "s": "1 meetings", "1 measures", "1 entries". Every count on a page goes
  // through plural() (src/lib/format/number.ts), so on no test site should this be found, other than:
  const notACount: { why: string; before?: RegExp; after?: RegExp }[] = [
    // The last figure of a longer number: "0.1 percentage points" is right.
    { why: 'a decimal or a longer number', before: /[\d.,]$/ },
    // The data page's count cell, then the next cell's link to the file: "1" | "meetings.csv".
    { why: 'a count cell before a file name', after: /^\.\w/ },
  ];
  // (A measure's change is in "percentage points", the one noun of two words.)
  const oneAndPlural = /\b1 (?:percentage )?[a-z]+s\b/g;
  // The page's text (title, header, main, footer) and the labels a screen reader reads instead.
  const readable = (html: string) =>
    [normaliseText(html), ...[...html.matchAll(/\s(?:aria-label|title|alt|content)="([^"]*)"/g)].map((m) => normaliseText(m[1]!))].join(' | ');
  const wrongCounts = (t: string) =>
    [...t.matchAll(oneAndPlural)]
      .filter((m) => {
        const before = t.slice(0, m.index);
        const after = t.slice(m.index + m[0].length);
        return !notACount.some((e) => (e.before?.test(before) ?? true) && (e.after?.test(after) ?? true));
      })
      .map((m) => m[0]);
  it('the pattern finds "1 measures" and "1 percentage points", and lets "0.1 percentage points" and "1 meetings.csv" be', () => {
    expect(wrongCounts('Performance 1 measures and 1 entries, +1 percentage points; 0.1 percentage points; Meetings 1 meetings.csv')).toEqual([
      '1 measures',
      '1 entries',
      '1 percentage points',
    ]);
  });
  for (const site of Object.keys(testSites) as TestSite[]) {
    it(`no page of the ${site} site writes "1 meetings" and the like`, () => {
      const dir = siteDir(site);
      const found = htmlPages(dir).flatMap((f) => wrongCounts(readable(readFileSync(path.join(dir, f), 'utf8'))).map((m) => `${f}: ${m}`));
      expect(found).toEqual([]);
    });
  }
  it('the Essex home page says "All 1 meeting"', () => {
    expect(text(essex, '/')).toContain('All 1 meeting');
  });
});

describe('the demo says what its data shows, on the build day', () => {
  it('writes a duration target in words', () => {
    const stiff = htmlPages(demo).filter((f) => / \d+ h 0 min| 0 s\b/.test(normaliseText(readFileSync(path.join(demo, f), 'utf8'))));
    expect(stiff).toEqual([]);
    expect(text(demo, '/performance/')).toContain('below 1 hour');
  });

  it('does not call a meeting of September 2022 "Scheduled" on a site built in 2026', () => {
    const t = text(demo, '/meetings/police-and-crime-panel/2022-09-14/');
    expect(t).toContain('Date passed: no minutes published');
    expect(t).not.toMatch(/\bScheduled\b(?! for| to)/);
  });

  it('lists the actions not completed on the action log, "November Board" among the overdue', () => {
    const log = page(demo, '/actions/');
    const rows = log.querySelectorAll('.action-row');
    expect(rows.length).toBeGreaterThan(0);
    const november = rows.find((r) => normaliseText(r.innerHTML).includes('November Board'));
    expect(november && normaliseText(november.innerHTML)).toContain('Overdue');
    expect(rows.every((r) => !normaliseText(r.innerHTML).includes('Completed'))).toBe(true);
  });

  it('gives every reported deliverable a progress status, never "New in this report" as one', () => {
    const status = readFileSync(path.join(demo, 'plans/police-and-crime-plan-2021-24/status.json'), 'utf8');
    const rows = JSON.parse(status).deliverables as { status: string; pastTarget: boolean; newInLatestReport: boolean; deliverableId: string }[];
    expect(rows.filter((r) => r.status === 'new')).toEqual([]);
    expect(rows.filter((r) => r.newInLatestReport).length).toBeGreaterThan(0);
    expect(rows.find((r) => r.deliverableId === 'business-community-event')).toMatchObject({ pastTarget: true });
    expect(text(demo, '/plans/police-and-crime-plan-2021-24/deliverables/business-community-event/')).toContain(
      'Past its target (Q3 2022/23 ended 31 December 2022)',
    );
  });

  it('does not end a decision on a colon with nothing after it', () => {
    const register = htmlPages(demo).filter((f) => f.startsWith('decisions/') && f.split('/').length === 4);
    expect(register.length).toBeGreaterThan(0);
    const dangling = register.flatMap((f) =>
      page(demo, `/${path.dirname(f)}/`)
        .querySelectorAll('tbody td:nth-child(3)')
        .map((td) => normaliseText(td.innerHTML))
        .filter((t) => t.endsWith(':')),
    );
    expect(dangling).toEqual([]);
  });
});
