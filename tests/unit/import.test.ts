import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../src/lib/import';
import { decodeText, readSource } from '../../src/lib/import/source';
import { removeFurniture } from '../../src/lib/import/furniture';
import { escapeMarkup } from '../../src/lib/import/escape';
import { findClockTime, findUkDate } from '../../src/lib/import/uk-date';
import { renderMarkdown } from '../../src/lib/format/markdown';
import { importTarget } from '../support/import';
import { pdfFromText, scannedPdf } from '../support/pdf';

// SYNTHETIC TEST DATA: short minutes written for these tests.
const minutes = [
  'TEST BOARD',
  'APPROVED MINUTES',
  '',
  'Date: Friday 10th January 2020 Time: 10.00',
  'Location: Room 1',
  '',
  'Present:',
  'Alex Example\tChair',
  '',
  '1. Apologies',
  '',
  '1.1 Apologies were received from Sam Sample.',
  '',
  '2. Performance',
  '',
  '2.1 The Board noted the report.',
  '',
  'Action: OPCC to publish the figures in March 2020.',
].join('\n');

let dir: string;
const write = (name: string, data: string | Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};
const fresh = () => {
  dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-import-src-'));
};
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('reading a document', () => {
  it('reads UTF-8 with or without a byte-order mark, and UTF-16 with one', () => {
    expect(decodeText(new TextEncoder().encode('£5 – “quoted”'))).toEqual({ text: '£5 – “quoted”', notes: [] });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', notes: [] });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x0d, 0x00, 0x0a, 0x00]))).toEqual({ text: 'A\n', notes: [] });
  });

  it('reads a legacy Windows-1252 export, and says so', () => {
    const result = decodeText(Uint8Array.from([0xa3, 0x35, 0x20, 0x93, 0x71, 0x94]));
    expect(result).toMatchObject({ text: '£5 “q”' });
    expect((result as { notes: string[] }).notes[0]).toMatch(/not UTF-8; it was read as Windows-1252/);
  });

  it('refuses binary content, naming what to do instead', () => {
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0xff]))).toEqual({
      error: expect.stringMatching(/not a text file in a known encoding.*UTF-8/),
    });
  });

  it('refuses an empty file, an unknown kind of file, a missing one, and a PDF without a text layer', async () => {
    fresh();
    expect(await readSource(write('empty.txt', ''))).toEqual({ ok: false, file: path.join(dir, 'empty.txt'), message: 'is empty' });
    expect(await readSource(write('blank.md', '\n  \n'))).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
    expect(await readSource(write('minutes.docx', 'x'))).toMatchObject({ ok: false, message: expect.stringMatching(/not a \.txt, \.md or \.pdf/) });
    expect(await readSource(path.join(dir, 'gone.txt'))).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be read/) });
    expect(await readSource(write('fake.pdf', 'not a pdf'))).toMatchObject({ ok: false, message: expect.stringMatching(/not a PDF/) });
    expect(await readSource(write('scan.pdf', await scannedPdf()))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no text layer.*scanned.*OCR.*nothing was written/),
    });
  });

  it('reads the text layer of a PDF as lines, with wide gaps as tabs', async () => {
    fresh();
    const source = await readSource(write('m.pdf', await pdfFromText('2. Performance\nAlex Example\tChair')));
    expect(source).toMatchObject({ ok: true, format: 'pdf' });
    expect((source as { text: string }).text).toBe('2. Performance\nAlex Example\tChair');
  });
});

describe('page furniture', () => {
  it('removes and lists blank-page notices, page numbers, markings, signature lines and repeated footers', () => {
    const footer = 'Call: 101\nVisit: www.example.police.uk\nCreating a safer\nTestshire';
    const text = [
      'Intro text.',
      '',
      footer,
      '',
      '3',
      '',
      'This page is intentionally left blank',
      '',
      'NOT PROTECTIVELY MARKED',
      'More text.',
      footer,
      '',
      footer,
      '',
      footer,
      '',
      footer,
      '.....',
      'Alex Example',
    ].join('\n');
    const { text: kept, removed } = removeFurniture(text);
    expect(kept).not.toMatch(/Call: 101|Testshire|intentionally|PROTECTIVELY|\.\.\.\.\.|^3$/m);
    expect(kept).toContain('Intro text.');
    expect(kept).toContain('More text.');
    expect(kept).toContain('Alex Example');
    expect(removed).toEqual(
      expect.arrayContaining([
        { line: 'Call: 101', reason: 'running footer', count: 5 },
        { line: 'Testshire', reason: 'running footer', count: 5 },
        { line: '3', reason: 'page number', count: 1 },
        { line: 'This page is intentionally left blank', reason: 'blank-page notice', count: 1 },
        { line: 'NOT PROTECTIVELY MARKED', reason: 'protective marking', count: 1 },
        { line: '.....', reason: 'signature line', count: 1 },
      ]),
    );
  });

  it('keeps a heading that repeats a few times, and a number inside text', () => {
    const text = ['Areas for improvement', 'Text one.', '', 'Areas for improvement', 'Text two.', '', 'Areas for improvement', 'Figures:', '12', 'rose'].join(
      '\n',
    );
    expect(removeFurniture(text).removed).toEqual([]);
  });
});

describe('text from outside never becomes markup', () => {
  it('escapes anything that could open a tag, and keeps autolinks', () => {
    expect(escapeMarkup('<script>alert(1)</script> and <img src=x onerror=y> and <!-- c --> and a < b')).toBe(
      '&lt;script>alert(1)&lt;/script> and &lt;img src=x onerror=y> and &lt;!-- c --> and a < b',
    );
    expect(escapeMarkup('See <https://example.org/a?b=c>.')).toBe('See <https://example.org/a?b=c>.');
    const html = renderMarkdown(escapeMarkup('<script>alert(1)</script>'));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('UK dates and times', () => {
  it('reads dates as minutes print them', () => {
    expect(findUkDate('Date: Tuesday 26th January 2016')?.iso).toBe('2016-01-26');
    expect(findUkDate('9th October 2019 Time: 15:00')?.iso).toBe('2019-10-09');
    expect(findUkDate('held on 1 Sept 2022')?.iso).toBe('2022-09-01');
    expect(findUkDate('30th February 2019')).toBeUndefined();
  });
  it('reads times on either clock', () => {
    expect(findClockTime('12.00')?.time).toBe('12:00');
    expect(findClockTime('9:00am, Room')?.time).toBe('09:00');
    expect(findClockTime('2:30 pm')?.time).toBe('14:30');
    expect(findClockTime('12:00am')?.time).toBe('00:00');
  });
});

describe('importing into a content folder', () => {
  it('structures minutes: header, attendance, items, apologies, decisions, actions', async () => {
    fresh();
    const target = importTarget('tests/fixtures/minimal');
    try {
      const { documents } = await importDocuments([write('minutes.txt', minutes)], { content: target.root });
      expect(documents[0]).toMatchObject({ kind: 'minutes' });
      const text = readFileSync(path.join(target.root, 'meetings/test-board/2020-01-10.yaml'), 'utf8');
      expect(text).toContain('start: 10:00');
      expect(text).toMatch(/person: alex-example\n\s+group: present\n\s+as: Chair/);
      expect(text).toMatch(/person: sam-sample\n\s+group: apologies/);
      // "The Board noted the report." is the minute's record, not a resolution: it stays in the text.
      expect(text).toContain('The Board noted the report.');
      expect(text).not.toMatch(/text: The Board noted the report/);
      expect(text).toMatch(/text: OPCC to publish the figures in March 2020\.\n\s+owner: opcc\n\s+dueText: March 2020/);
    } finally {
      target.remove();
    }
  });

  it('never overwrites a file unless forced; a second run changes nothing; a dry run writes nothing', async () => {
    fresh();
    const target = importTarget('tests/fixtures/minimal');
    try {
      const file = write(
        'minutes.txt',
        minutes.replace('TEST BOARD', 'OTHER BOARD').replace('Alex Example\tChair', 'Alex Example\tChair\nPat Newcomer\tClerk'),
      );
      const meeting = path.join(target.root, 'meetings/other-board/2020-01-10.yaml');
      const dry = await importDocuments([file], { content: target.root, dryRun: true });
      expect(dry.writes.every((w) => w.outcome === 'would write')).toBe(true);
      expect(existsSync(meeting)).toBe(false);
      const first = await importDocuments([file], { content: target.root });
      expect(first.writes.map((w) => w.outcome)).toEqual(first.writes.map(() => 'written'));
      const written = readFileSync(meeting, 'utf8');
      // The people and body it made are found the second time, and reported just the same.
      expect(first.writes.map((w) => w.path)).toEqual(expect.arrayContaining(['people/pat-newcomer.yaml', 'bodies/other-board.yaml']));
      const again = await importDocuments([file], { content: target.root });
      expect(again.writes.map((w) => [w.path, w.outcome])).toEqual(first.writes.map((w) => [w.path, 'unchanged']));
      // Two documents naming the same person the import made: the person's file is planned once.
      const later = write(
        'later.txt',
        minutes.replace('TEST BOARD', 'OTHER BOARD').replace('10th January 2020', '14th February 2020').replace('Alex Example\tChair', 'Pat Newcomer\tClerk'),
      );
      const both = await importDocuments([file, later], { content: target.root });
      expect(both.writes.filter((w) => w.path === 'people/pat-newcomer.yaml')).toEqual([{ path: 'people/pat-newcomer.yaml', outcome: 'unchanged' }]);
      writeFileSync(meeting, `${written}# edited by hand\n`);
      const kept = await importDocuments([file], { content: target.root });
      expect(kept.writes.find((w) => w.path.startsWith('meetings/'))!.outcome).toMatch(/^kept/);
      expect(readFileSync(meeting, 'utf8')).toContain('# edited by hand');
      const forced = await importDocuments([file], { content: target.root, force: true });
      expect(forced.writes.find((w) => w.path.startsWith('meetings/'))!.outcome).toBe('replaced');
      expect(readFileSync(meeting, 'utf8')).toBe(written);
    } finally {
      target.remove();
    }
  });

  it('imports the good files of a batch and names each bad one', async () => {
    fresh();
    const target = importTarget('tests/fixtures/minimal');
    try {
      write('a-minutes.txt', minutes);
      write('b-empty.txt', '');
      write('c-binary.txt', Uint8Array.from([0, 1, 2, 3]));
      write('d-notes.docx', 'ignored in a folder');
      write('e-list.txt', 'id,value\n1,2\n3,4\n');
      const { documents } = await importDocuments([dir, path.join(dir, 'missing.txt')], { content: target.root });
      expect(documents.map((d) => [path.basename(d.source), d.error ?? 'ok'])).toEqual([
        ['missing.txt', 'does not exist'],
        ['a-minutes.txt', 'ok'],
        ['b-empty.txt', 'is empty'],
        ['c-binary.txt', expect.stringMatching(/not a text file/)],
        ['e-list.txt', expect.stringMatching(/does not look like minutes, an agenda, a letter or a report/)],
      ]);
      expect(existsSync(path.join(target.root, 'meetings/test-board/2020-01-10.yaml'))).toBe(true);
      // Every file named has its review report, imported or not; the .docx in the folder was not read.
      expect(readdirSync(path.join(target.root, '_import')).sort()).toEqual(
        ['a-minutes', 'b-empty', 'c-binary', 'e-list', 'missing'].map((n) => `${n}.review.md`),
      );
    } finally {
      target.remove();
    }
  });

  it('imports a PDF the same as its text', async () => {
    fresh();
    const fromText = importTarget('tests/fixtures/minimal');
    const fromPdf = importTarget('tests/fixtures/minimal');
    try {
      await importDocuments([write('minutes.txt', minutes)], { content: fromText.root });
      await importDocuments([write('minutes.pdf', await pdfFromText(minutes))], { content: fromPdf.root });
      const read = (root: string) =>
        readFileSync(path.join(root, 'meetings/test-board/2020-01-10.yaml'), 'utf8').replace(/Imported from minutes\.(txt|pdf)/, '');
      expect(read(fromPdf.root)).toBe(read(fromText.root));
    } finally {
      fromText.remove();
      fromPdf.remove();
    }
  });
});
