import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/html';
import { findCanaries, outputTexts } from '../support/checks/leaks';
import { canaries, siteDir } from '../support/sites';

const dir = siteDir('leak');

describe('confidential and draft content never reaches the output', () => {
  it('the canaries are really in the leak fixture', () => {
    const sources = filesUnder('tests/fixtures/leak')
      .map((f) => readFileSync(path.join('tests/fixtures/leak', f), 'utf8'))
      .join('\n');
    for (const c of canaries) expect(sources).toContain(c);
  });

  it('no file in the built site holds a canary word', () => {
    const files = filesUnder(dir);
    expect(files.length).toBeGreaterThan(10);
    expect(outputTexts(dir).some(({ text }) => text.includes('Estates matter'))).toBe(true);
    expect(findCanaries(dir, canaries)).toEqual([]);
  });

  it('covers the feeds, calendars, sitemap and open data, which hold the public parts of the same meetings', () => {
    const text = (f: string) => readFileSync(path.join(dir, f), 'utf8');
    for (const f of ['feed.xml', 'bodies/test-board/feed.xml', 'meetings.ics', 'bodies/test-board/meetings.ics', 'sitemap.xml', 'robots.txt'])
      expect(filesUnder(dir)).toContain(f);
    expect(text('data/agenda-items-2020.json')).toContain('Estates matter');
    expect(text('data/meetings.csv')).toContain('test-board/2020-04-17');
    expect(text('meetings.ics')).toContain('UID:test-board.2020-04-17@');
    expect(text('data/recommendations.json')).toContain('awaiting-response');
    expect(findCanaries(dir, canaries).filter((f) => /\.(xml|ics|csv|json|txt)$/.test(f.file))).toEqual([]);
  });

  it('the exempt item still shows its number, title and reason', () => {
    const html = readFileSync(path.join(dir, 'meetings/test-board/2020-03-13/index.html'), 'utf8');
    expect(html).toContain('id="item-2"');
    expect(html).toContain('Estates matter');
    expect(html).toContain('Commercial in Confidence');
  });

  it('the draft meeting is listed with its body, date, time, place and status only', () => {
    const html = readFileSync(path.join(dir, 'meetings/test-board/2020-04-17/index.html'), 'utf8');
    expect(html).toContain('minutes of this meeting are in draft');
    expect(html).toContain('Room 4');
    expect(html).toContain('10am to 11:30am');
    expect(html).not.toContain('Sam Sample');
    expect(html).not.toContain('Signed by');
    expect(html).not.toContain('Next meeting</h2>');
  });

  it('an update in public minutes to an action of an exempt item is shown, without a link to the withheld action', () => {
    const html = readFileSync(path.join(dir, 'meetings/test-board/2020-05-15/index.html'), 'utf8');
    expect(html).toContain('In hand');
    expect(html).toMatch(/Action 9\/20/);
    expect(html).not.toContain('action-test-board-9-20');
    expect(
      filesUnder(dir)
        .filter((f) => f.endsWith('.html'))
        .some((f) => readFileSync(path.join(dir, f), 'utf8').includes('id="action-test-board-9-20"')),
    ).toBe(false);
  });

  it('action references that make the same address ("4/20", "4-20") each get their own', () => {
    for (const page of ['meetings/test-board/2020-05-15/index.html', 'actions/test-board/2020/index.html']) {
      const ids = [...readFileSync(path.join(dir, page), 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        page,
      ).toEqual([]);
    }
    const log = readFileSync(path.join(dir, 'actions/test-board/2020/index.html'), 'utf8');
    expect(log).toContain('Check the first reference.');
    expect(log).toContain('Check the second reference.');
  });
});
