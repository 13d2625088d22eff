import { gunzipSync } from 'node:zlib';
import { formatBytes } from '../../src/lib/format/number';
import { gzipText, publishedDataFiles } from '../../src/lib/open-data/publish';
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
      '@type': 'Event',
      startDate: '2020-01-10T10:00:00+00:00',
      eventStatus: 'https://schema.org/EventScheduled',
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
    expect(new XMLParser().parse(files[0]!.xml).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      'https://example.org/sitemap-1.xml',
      'https://example.org/sitemap-2.xml',
      'https://example.org/sitemap-3.xml',
    ]);
    expect(files.slice(1).reduce((n, f) => n + (f.xml.match(/<url>/g)?.length ?? 0), 0)).toBe(100_001);
  });
});

describe('open data files', async () => {
  const { parse } = await import('csv-parse/sync');
  const { default: Ajv } = await import('ajv');
  const { default: addFormats } = await import('ajv-formats');
  const { datasetCsv, datasetJson, datasetNames, datasetSchema, fields, openData } = await import('../../src/lib/open-data');
  const { canaries } = await import('../support/sites');
  const path = await import('node:path');
  const site = new URL('https://example.org/');
  const archive = buildArchive(readContentFolder(minimalFixture), { today: '2020-06-01' });
  const { rows, context } = openData(archive, site);
  const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));

  it('has the records of the fixture, with null for what the record does not give', () => {
    expect(rows.meetings.map((m) => [m.id, m.start, m.end])).toEqual([
      ['test-board/2020-01-10', '10:00', null],
      ['test-board/2020-02-14', null, null],
    ]);
    expect(rows.recommendations.map((r) => [r.id, r.status, r.responses.length])).toEqual([
      ['test-board/2020-01-10/publish-figures', 'accepted', 1],
      ['test-board/2020-01-10/review-targets', 'awaiting-response', 0],
      ['test-board/2020-01-10/2-3', 'no-response-sought', 0],
    ]);
    expect(rows.decisions.filter((d) => d.significant)).toHaveLength(1);
    expect(rows.actions.map((a) => a.status)).toEqual(['completed', 'completed', 'open']);
  });

  for (const name of datasetNames) {
    it(`${name}: the JSON passes its JSON Schema, and the CSV reads back to the same records`, () => {
      const doc = JSON.parse(datasetJson(name, rows[name], context));
      const validate = ajv.compile(JSON.parse(datasetSchema(name, { site })));
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      expect(doc.count).toBe(rows[name].length);
      const csv = parse(datasetCsv(name, rows[name]), { columns: true }) as Record<string, string>[];
      expect(Object.keys(csv[0] ?? Object.fromEntries(fields(name).map((f) => [f.name, '']))).sort()).toEqual(
        fields(name)
          .map((f) => f.name)
          .sort(),
      );
      const asText = (v: unknown): string =>
        Array.isArray(v)
          ? v.join('; ')
          : typeof v === 'number' || typeof v === 'boolean'
            ? String(v)
            : typeof v === 'string'
              ? v
              : v == null
                ? ''
                : JSON.stringify(v);
      expect(csv).toEqual((rows[name] as Record<string, unknown>[]).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asText(v)]))));
    });
  }

  it('a record that breaks its schema stops the build, naming the file, record and field', () => {
    const broken = { ...archive, meetings: [{ ...archive.meetings[0]!, data: { ...archive.meetings[0]!.data, start: '9am' } }] };
    expect(() => openData(broken as typeof archive, site)).toThrow(/open data meetings: record 0 field start/);
  });

  it('holds nothing exempt or draft', () => {
    const leak = buildArchive(readContentFolder(path.resolve('tests/fixtures/leak')), { today: '2020-06-01' });
    const files = openData(leak, site);
    const all = datasetNames
      .map((n) => datasetJson(n, files.rows[n] as Record<string, unknown>[], files.context) + datasetCsv(n, files.rows[n] as Record<string, unknown>[]))
      .join('\n');
    for (const c of canaries) expect(all).not.toContain(c);
    expect(files.rows['agenda-items'].find((i) => i.exempt)).toMatchObject({
      title: 'Estates matter',
      exemptReason: 'Commercial in Confidence',
      text: null,
      papers: [],
    });
    expect(files.rows['agenda-items'].some((i) => i.meeting === 'test-board/2020-04-17')).toBe(false);
    expect(files.rows.attendance.some((a) => a.meeting === 'test-board/2020-04-17')).toBe(false);
  });
});

describe('which data files are published', () => {
  const parts = [{ name: 'meetings' as const }, { name: 'agenda-items' as const, year: '2019' }];
  // Synthetic sizes: the year's agenda items are large as CSV and just at the limit as JSON.
  const sizes = (part: { name: string }, format: string) => ({
    bytes: part.name === 'meetings' ? 100 : format === 'csv' ? 1001 : 1000,
    textDigest: `${part.name}.${format}`,
  });
  const files = publishedDataFiles(parts, sizes, 1000);

  it('publishes every file compressed, and plain as well up to the limit', () => {
    expect(files.map((f) => f.name).sort()).toEqual(
      [
        'agenda-items-2019.csv.gz',
        'agenda-items-2019.json',
        'agenda-items-2019.json.gz',
        'meetings.csv',
        'meetings.csv.gz',
        'meetings.json',
        'meetings.json.gz',
      ].sort(),
    );
    expect(files.find((f) => f.name === 'agenda-items-2019.csv.gz')).toMatchObject({
      compressed: true,
      format: 'csv',
      bytes: 1001,
      textDigest: 'agenda-items.csv',
    });
  });

  it('compresses the same text to the same bytes, and back to the text', async () => {
    const text = 'meeting,date\r\nboard/2019-01-01,2019-01-01\r\n£ – “quoted”\r\n'.repeat(50);
    const [a, b] = await Promise.all([gzipText(text), gzipText(text)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a.length).toBeLessThan(Buffer.byteLength(text) / 5);
    expect(gunzipSync(a).toString('utf8')).toBe(text);
  });

  it('says sizes as a reader compares them', () => {
    expect([1, 999, 1000, 38_400, 999_499, 16_140_000, 5_000_000].map(formatBytes)).toEqual([
      '1 byte',
      '999 bytes',
      '1 KB',
      '38 KB',
      '999 KB',
      '16.1 MB',
      '5 MB',
    ]);
  });
});
