import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fold, icsCalendar, icsText } from '../../src/lib/feeds/ical';
import { rfc822, rssFeed } from '../../src/lib/feeds/rss';

// SYNTHETIC TEST DATA: feed items and events made up for these tests.
describe('RSS', () => {
  const xml = rssFeed({
    title: 'Test & <Board>',
    link: 'https://example.org/',
    self: 'https://example.org/feed.xml',
    description: 'Minutes "and" papers',
    items: [
      { title: 'Minutes: Board <script>', link: 'https://example.org/meetings/a/?x=1&y=2', date: '2020-01-10', category: 'Board', description: 'It’s A & B' },
      { title: 'Paper', link: 'https://example.org/papers/p/', date: '2020-02-14' },
    ],
  });

  it('is well-formed XML with every text escaped', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss.channel.title).toBe('Test & <Board>');
    expect(rss.channel.item[0].title).toBe('Minutes: Board <script>');
    expect(rss.channel.item[0].link).toBe('https://example.org/meetings/a/?x=1&y=2');
    expect(rss.channel.item[0].guid['#text']).toBe(rss.channel.item[0].link);
    expect(xml).not.toContain('<script>');
  });

  it('dates items as RFC 822, and the channel by its newest item', () => {
    expect(rfc822('2022-09-14')).toBe('Wed, 14 Sep 2022 12:00:00 GMT');
    expect(xml).toContain('<lastBuildDate>Fri, 14 Feb 2020 12:00:00 GMT</lastBuildDate>');
  });
});

describe('iCalendar', () => {
  const ics = icsCalendar({
    name: 'Test Board: meetings',
    stamp: '2026-11-22',
    events: [
      {
        uid: 'test-board.2020-01-10@example.org',
        date: '2020-01-10',
        start: '10:00',
        end: '12:30',
        summary: 'Test Board, 10 January 2020',
        location: 'Room 1, Headquarters; Cambourne',
        url: 'https://example.org/meetings/test-board/2020-01-10/',
        cancelled: false,
      },
      {
        uid: 'test-board.2020-07-01@example.org',
        date: '2020-07-01',
        start: '14:00',
        end: '13:00',
        summary: 'Summer meeting',
        url: 'https://example.org/m/',
        cancelled: true,
      },
      {
        uid: 'test-board.2020-12-31@example.org',
        date: '2020-12-31',
        summary: 'All day',
        url: 'https://example.org/d/',
        cancelled: false,
        description: 'Line one\nline two, with ‘quotes’ and an ümlaut '.repeat(3),
      },
    ],
  });
  const vevents = () => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  it('parses, with lines ending CRLF and none longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(vevents().map((e) => e.uid)).toEqual([
      'test-board.2020-01-10@example.org',
      'test-board.2020-07-01@example.org',
      'test-board.2020-12-31@example.org',
    ]);
  });

  it('keeps UK local times, places with commas and semicolons, and long text, exactly', () => {
    const [first, , allDay] = vevents();
    expect(first!.startDate.toString()).toBe('2020-01-10T10:00:00');
    expect(first!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
    expect(first!.endDate.toString()).toBe('2020-01-10T12:30:00');
    expect(first!.location).toBe('Room 1, Headquarters; Cambourne');
    expect(allDay!.startDate.isDate).toBe(true);
    expect(allDay!.description).toBe('Line one\nline two, with ‘quotes’ and an ümlaut '.repeat(3));
  });

  it('marks a cancelled meeting cancelled, and gives no end that comes before the start', () => {
    const summer = vevents()[1]!;
    expect(summer.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(summer.component.hasProperty('dtend')).toBe(false);
  });

  it('escapes text and folds between characters', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${'é'.repeat(60)}`;
    expect(fold(long).split('\r\n ').join('')).toBe(long);
  });

  it('folds any line as the plain rule says: as many whole characters as fit in 75 octets, then 74 after each space', () => {
    // The rule written the simple way, one character at a time, as the reference.
    const reference = (line: string) => {
      const out: string[] = [];
      let current = '';
      for (const ch of line) {
        if (Buffer.byteLength(current + ch) > (out.length === 0 ? 75 : 74)) {
          out.push(current);
          current = ch;
        } else current += ch;
      }
      return [...out, current].join('\r\n ');
    };
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(fc.constant('a'), fc.constant('é'), fc.constant('€'), fc.constant('😀'), fc.constant(' ')), maxLength: 400, size: 'max' }),
        (text) => {
          const folded = fold(`DESCRIPTION:${text}`);
          expect(folded).toBe(reference(`DESCRIPTION:${text}`));
          for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
        },
      ),
      { numRuns: 500 },
    );
  });
});
