import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/html';
import { findCanaries, outputTexts } from '../support/checks/leaks';
import { canaries, siteDir } from '../support/sites';

const dir = siteDir('leak');

describe('confidential and draft content never reaches the output', () => {
  it('the canaries are really in the leak fixture', () => {
    const sources = ['meetings/test-board/2020-03-13.yaml', 'meetings/test-board/2020-04-17.yaml', 'papers/2020/secret-paper.md']
      .map((f) => readFileSync(path.join('tests/fixtures/leak', f), 'utf8')).join('\n');
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
    for (const f of ['feed.xml', 'bodies/test-board/feed.xml', 'meetings.ics', 'bodies/test-board/meetings.ics', 'sitemap.xml', 'robots.txt']) expect(filesUnder(dir)).toContain(f);
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

  it('the draft meeting is listed, with nothing of its minutes', () => {
    const html = readFileSync(path.join(dir, 'meetings/test-board/2020-04-17/index.html'), 'utf8');
    expect(html).toContain('minutes of this meeting are in draft');
    expect(html).not.toContain('Sam Sample');
  });
});
