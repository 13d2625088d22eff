import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/lib/format/csv';
import { datasetCsv, datasetJson } from '../../src/lib/open-data';
import { statusColumns, type StatusRow } from '../../src/lib/plan/status-table';
import { jsonLd } from '../../src/lib/site/event-data';
import { awkwardText } from '../support/awkward-text';

// SYNTHETIC TEST DATA: cells and records made up for these tests, carrying what a spreadsheet
// would run as a formula, and text JSON and HTML must not be broken by.

/**
 * What a text cell should read back as (OWASP's CSV injection guidance): one beginning = + - @,
 * TAB or CR gets a single quote before it, unless it is wholly a plain decimal number such as -5.2.
 */
const intended = (text: string) => (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text);

const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
const cells = (csv: string) => parse(csv, { columns: false }) as string[][];

describe('CSV cells never start a formula', () => {
  const attacks: [string, string][] = [
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['=HYPERLINK("https://evil.example/","Click, here")', `'=HYPERLINK("https://evil.example/","Click, here")`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['-', "'-"],
    ['- a bullet from a list', "'- a bullet from a list"],
    ['-1e5', "'-1e5"],
    ['-.5', "'-.5"],
    ['+5', "'+5"],
    // Left as they are: plain decimal numbers, and text whose first character starts no formula.
    ['-5.2', '-5.2'],
    ['-5', '-5'],
    ['12', '12'],
    [' =1+1', ' =1+1'],
    ['a=1', 'a=1'],
    ["'=1", "'=1"],
    ['', ''],
  ];

  it.each(attacks)('%j reads back as %j', (cell, expected) => {
    expect(
      cells(
        toCsv(
          [{ a: cell, b: 'x' }],
          [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
          ],
        ),
      ),
    ).toEqual([
      ['a', 'b'],
      [expected, 'x'],
    ]);
  });

  it('writes numbers and booleans as they are: -5 stays -5', () => {
    const csv = toCsv(
      [{ a: -5, b: -5.25, c: 0, d: true, e: null }],
      ['a', 'b', 'c', 'd', 'e'].map((k) => ({ key: k as 'a', label: k })),
    );
    expect(csv).toBe('a,b,c,d,e\r\n-5,-5.25,0,true,\r\n');
  });

  it('in the Plan status CSV', () => {
    const row: StatusRow = {
      theme: '+Theme',
      themeId: 'theme',
      deliverable: '=Deliverable',
      deliverableId: 'd',
      status: 'complete',
      statusLabel: 'Complete',
      target: '+ by March 2025',
      pastTarget: false,
      newInLatestReport: false,
      dependencies: false,
      lastUpdated: '2025-01-01',
      update: '@here\r\n- done',
    };
    const [head, body] = cells(toCsv([row], statusColumns));
    expect(Object.fromEntries(head!.map((h, i) => [h, body![i]]))).toMatchObject({
      theme: "'+Theme",
      deliverable: "'=Deliverable",
      target: "'+ by March 2025",
      update: "'@here\r\n- done",
      dependencies: 'false',
    });
  });

  it('in the open data, a list included', () => {
    const meeting = {
      id: 'b/2020-01-10',
      body: 'b',
      bodyName: '=Board',
      date: '2020-01-10',
      start: null,
      end: null,
      location: '@Room',
      status: 'held',
      minutes: 'approved',
      url: 'https://example.org/m/',
    };
    expect(cells(datasetCsv('meetings', [meeting]))[1]).toEqual([
      'b/2020-01-10',
      'b',
      "'=Board",
      '2020-01-10',
      '',
      '',
      "'@Room",
      'held',
      'approved',
      'https://example.org/m/',
    ]);
    const decision = {
      id: 'https://example.org/d/',
      meeting: 'b/2020-01-10',
      body: 'b',
      date: '2020-01-10',
      item: '2',
      kind: null,
      significant: true,
      text: '-1',
      people: ['=p', 'q'],
    };
    expect(cells(datasetCsv('decisions', [decision]))[1]).toEqual([
      'https://example.org/d/',
      'b/2020-01-10',
      'b',
      '2020-01-10',
      '2',
      '',
      'true',
      '-1',
      "'=p; q",
    ]);
  });

  it('any text at all reads back as itself, with a quote before a formula start', () => {
    fc.assert(
      fc.property(fc.array(awkwardText, { minLength: 1, maxLength: 4 }), fc.double({ noNaN: true }), (texts, n) => {
        const row = Object.fromEntries([...texts.map((t, i) => [`t${i}`, t]), ['n', n]]);
        const columns = Object.keys(row).map((k) => ({ key: k, label: k }));
        const [, back] = cells(toCsv([row], columns));
        // A lone surrogate half is written as UTF-8 can hold it, U+FFFD, as in every file the site writes.
        expect(back).toEqual([...texts.map((t) => utf8(intended(t))), String(n)]);
      }),
      { numRuns: 400 },
    );
  });
});

describe('JSON open data and JSON-LD, whatever the text', () => {
  const context = {
    publisher: 'Test',
    licence: { name: 'Licence', url: 'https://example.org/licence' },
    asAt: '2020-06-01',
    site: new URL('https://example.org/'),
  };

  it('a JSON data file reads back to the same records, in UTF-8 that loses nothing', () => {
    fc.assert(
      fc.property(awkwardText, awkwardText, (location, bodyName) => {
        const meeting = {
          id: 'b/2020-01-10',
          body: 'b',
          bodyName,
          date: '2020-01-10',
          start: null,
          end: null,
          location,
          status: 'held',
          minutes: 'approved',
          url: 'https://example.org/m/',
        };
        const json = datasetJson('meetings', [meeting], context);
        expect(JSON.parse(json).records).toEqual([meeting]);
        expect(utf8(json)).toBe(json);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON-LD reads back to the same data, and holds no "<" to close its script, nor U+2028 or U+2029', () => {
    fc.assert(
      fc.property(awkwardText, (name) => {
        const text = jsonLd({ name, location: { name: `</script>${name}<!--` } });
        expect(JSON.parse(text)).toEqual({ name, location: { name: `</script>${name}<!--` } });
        expect(text).not.toMatch(/[<\u2028\u2029]/);
        expect(utf8(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
    expect(jsonLd({ name: 'a\u2028b\u2029c' })).toBe('{"name":"a\\u2028b\\u2029c"}');
  });
});
