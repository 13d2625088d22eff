import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildArchive } from '../../src/lib/archive/build';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { sitemaps } from '../../src/lib/feeds/sitemap';
import { jsonLd, londonOffset, meetingEvent } from '../../src/lib/site/event-data';
import { minimalFixture } from '../support/fixture';

describe('UK clock offsets', () => {
  it('is summer time from the last Sunday of March to the last Sunday of October', () => {
    expect(londonOffset('2022-03-26')).toBe('+00:00');
    expect(londonOffset('2022-03-27')).toBe('+01:00');
    expect(londonOffset('2022-07-20')).toBe('+01:00');
    expect(londonOffset('2022-10-29')).toBe('+01:00');
    expect(londonOffset('2022-10-30')).toBe('+00:00');
    expect(londonOffset('2020-01-10')).toBe('+00:00');
  });
});

describe('schema.org Event data for a meeting', () => {
  const archive = buildArchive(readContentFolder(minimalFixture), { today: '2020-06-01' });
  const site = new URL('https://example.org/');
  it('gives what the record does, and no more', () => {
    const [feb, jan] = archive.meetings;
    expect(meetingEvent(jan!, archive.organisation, site)).toMatchObject({
      '@type': 'Event', startDate: '2020-01-10T10:00:00+00:00', eventStatus: 'https://schema.org/EventScheduled',
      url: 'https://example.org/meetings/test-board/2020-01-10/',
    });
    expect(meetingEvent(jan!, archive.organisation, site)).not.toHaveProperty('endDate');
    // No start time is given for 14 February: the date alone.
    expect(meetingEvent(feb!, archive.organisation, site).startDate).toBe('2020-02-14');
  });
  it('cannot close its script element', () => {
    expect(jsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonLd({ name: '</script>' }))).toEqual({ name: '</script>' });
  });
});

describe('sitemaps', () => {
  const site = new URL('https://example.org/');
  it('lists each address once, sorted', () => {
    const [one, ...rest] = sitemaps(['https://example.org/b/', 'https://example.org/a/?x=1&y=2', 'https://example.org/b/'], site);
    expect(rest).toEqual([]);
    expect(XMLValidator.validate(one!.xml)).toBe(true);
    expect(new XMLParser().parse(one!.xml).urlset.url.map((u: { loc: string }) => u.loc)).toEqual(['https://example.org/a/?x=1&y=2', 'https://example.org/b/']);
  });
  it('splits past 45,000 addresses into numbered files under an index', () => {
    const urls = Array.from({ length: 100_001 }, (_, i) => `https://example.org/p/${i}/`);
    const files = sitemaps(urls, site);
    expect(files.map((f) => f.file)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(new XMLParser().parse(files[0]!.xml).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual(['https://example.org/sitemap-1.xml', 'https://example.org/sitemap-2.xml', 'https://example.org/sitemap-3.xml']);
    expect(files.slice(1).reduce((n, f) => n + (f.xml.match(/<url>/g)?.length ?? 0), 0)).toBe(100_001);
  });
});
