import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { icsCalendar } from '../../src/lib/feeds/ical';
import { rssFeed } from '../../src/lib/feeds/rss';
import { sitemaps } from '../../src/lib/feeds/sitemap';
import { awkwardText, keptText, notXmlChars, oneBreak, onlyXmlChars } from '../support/awkward-text';

// SYNTHETIC TEST DATA: feeds, sitemaps and calendars made up for these tests, each text carrying
// characters the formats refuse or must escape.

const code = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const xml = new XMLParser({ ignoreAttributes: false, trimValues: false, parseTagValue: false, parseAttributeValue: false, htmlEntities: true });

/** A feed with the text in every text and attribute the writer emits. */
const feedWith = (text: string) =>
  rssFeed({
    title: `T${text}`,
    link: `https://example.org/${text}`,
    self: `https://example.org/feed.xml?q=${text}`,
    description: `D${text}`,
    items: [{ title: `I${text}`, link: `https://example.org/p/${text}`, date: '2020-01-10', category: `C${text}`, description: `S${text}` }],
  });

/** Well-formed XML (the parser's validator, and XML 1.0's Char production over the whole document). */
function expectWellFormed(doc: string) {
  expect(XMLValidator.validate(doc)).toBe(true);
  const bad = [...doc].find((c) => !onlyXmlChars(c));
  expect(bad === undefined ? 'none' : code(bad), 'a character XML 1.0 does not allow').toBe('none');
}

function expectFeedKeeps(text: string) {
  const doc = feedWith(text);
  expectWellFormed(doc);
  const { channel } = xml.parse(doc).rss;
  const kept = oneBreak(keptText(text));
  expect([channel.title, channel.description, channel.item.title, channel.item.category, channel.item.description]).toEqual([
    `T${kept}`,
    `D${kept}`,
    `I${kept}`,
    `C${kept}`,
    `S${kept}`,
  ]);
}

describe('RSS and sitemaps hold only characters XML 1.0 allows', () => {
  it.each(notXmlChars.map((c) => [code(c), c]))('%s in every text and attribute of a feed', (_, c) => {
    expectFeedKeeps(`before${c}after`);
  });

  it.each(notXmlChars.map((c) => [code(c), c]))('%s in a sitemap address', (_, c) => {
    const [one] = sitemaps([`https://example.org/a${c}b/`], new URL('https://example.org/'));
    expectWellFormed(one!.xml);
    expect(xml.parse(one!.xml).urlset.url.loc).toBe(`https://example.org/a${keptText(c)}b/`);
  });

  it("keeps Word's vertical tab and page break as line breaks, and TAB, LF and CR as they are", () => {
    expectFeedKeeps('one\vtwo\fthree\tfour\nfive\r\nsix\rseven');
    expect(xml.parse(feedWith('one\vtwo')).rss.channel.title).toBe('Tone\ntwo');
  });

  it('any text at all makes a well-formed feed that reads back to the text less what XML cannot hold', () => {
    fc.assert(
      fc.property(awkwardText, (text) => expectFeedKeeps(text)),
      { numRuns: 400 },
    );
  });

  it('any addresses at all make a well-formed sitemap', () => {
    fc.assert(
      fc.property(fc.array(awkwardText, { maxLength: 5 }), (texts) => {
        const [one] = sitemaps(
          texts.map((t) => `https://example.org/${t}`),
          new URL('https://example.org/'),
        );
        expectWellFormed(one!.xml);
      }),
      { numRuns: 300 },
    );
  });
});

/** A calendar with the text in every TEXT property and the URL. */
const calendarWith = (text: string) =>
  icsCalendar({
    name: `N${text}`,
    stamp: '2026-11-22',
    events: [
      {
        uid: `u${text}@example.org`,
        date: '2020-01-10',
        start: '10:00',
        end: '12:00',
        summary: `S${text}`,
        location: `L${text}`,
        url: `https://example.org/m/${text}`,
        description: `D${text}`,
        cancelled: false,
      },
    ],
  });

const octets = (s: string) => new TextEncoder().encode(s).length;

/** RFC 5545 3.1: lines end CRLF, none holds a bare CR or LF or another control but HTAB, none is over 75 octets, each is whole UTF-8. */
function expectLines(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  ics
    .slice(0, -2)
    .split('\r\n')
    .forEach((line, n) => {
      // eslint-disable-next-line no-control-regex -- control characters are what this matches
      const bad = [...line].find((c) => /[\0-\x08\n-\x1F\x7F]/.test(c) || /^[\uD800-\uDFFF]$/.test(c));
      expect(bad === undefined ? 'none' : code(bad), `line ${n + 1}: a bare line break or control`).toBe('none');
      expect(octets(line), `line ${n + 1} in octets`).toBeLessThanOrEqual(75);
    });
}

function expectCalendarKeeps(text: string) {
  const ics = calendarWith(text);
  expectLines(ics);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  // ICAL.js reads X- properties raw: decode the name as the TEXT it is.
  const name = ICAL.design.icalendar.value.text!.fromICAL!(String(calendar.getFirstPropertyValue('x-wr-calname')));
  const kept = oneBreak(keptText(text));
  expect([name, event.uid, event.summary, event.location, event.description]).toEqual([`N${kept}`, `u${kept}@example.org`, `S${kept}`, `L${kept}`, `D${kept}`]);
  expect(event.startDate.toString()).toBe('2020-01-10T10:00:00');
}

describe('iCalendar TEXT values are escaped, whatever the text', () => {
  it('a lone CR in LOCATION is a line break in the place, not a line of the file', () => {
    expectCalendarKeeps('Room 1\rHeadquarters');
    const location = new ICAL.Event(new ICAL.Component(ICAL.parse(calendarWith('Room 1\rHeadquarters'))).getFirstSubcomponent('vevent')!).location;
    expect(location).toBe('LRoom 1\nHeadquarters');
  });

  it('CRLF, LF and CR are each one line break; backslash, semicolon and comma are escaped', () => {
    expectCalendarKeeps('a\r\nb\nc\rd\\e;f,g');
    expect(calendarWith('a\r\nb\nc\rd\\e;f,g')).toContain('SUMMARY:Sa\\nb\\nc\\nd\\\\e\\;f\\,g\r\n');
  });

  it.each(notXmlChars.concat('\x7F').map((c) => [code(c), c]))('%s in every TEXT property is removed, or made a line break or U+FFFD', (_, c) => {
    expectCalendarKeeps(`before${c}after`);
  });

  it('HTAB stays', () => {
    expect(calendarWith('a\tb')).toContain('SUMMARY:Sa\tb\r\n');
  });

  it('folds long text at 75 octets, never inside a character, and unfolds to the same text', () => {
    expectCalendarKeeps('é€😀,;\\\r\n'.repeat(40));
  });

  it('a URL with a line break or control cannot start a line of its own', () => {
    expectLines(calendarWith('a\r\nSUMMARY:forged\rb\nc\x00d'));
    expect(calendarWith('a\r\nSUMMARY:forged').match(/^SUMMARY:/gm)).toHaveLength(1);
  });

  it('any text at all makes a calendar of lawful lines that reads back to the text less its controls', () => {
    fc.assert(
      fc.property(awkwardText, (text) => expectCalendarKeeps(text)),
      { numRuns: 400 },
    );
  });
});
