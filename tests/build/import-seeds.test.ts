import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocuments, type DocumentResult } from '../../src/lib/import';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { buildArchive } from '../../src/lib/archive/build';
import { importTarget, importedWords, missingTokens, sourceWords } from '../support/import';
import { pdfFromText } from '../support/pdf';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';

// The five seeds imported by `npm run import`, into folders holding only the people and bodies
// of the hand-made content, compared with that content.
const seeds = process.env.SCRUTINY_SEEDS || '../shared/seeds';
const seed = (n: string) =>
  path.join(
    seeds,
    readdirSync(seeds).find((f) => f.startsWith(n))!,
  );
const targets: Record<string, ReturnType<typeof importTarget>> = {};
const results: Record<string, DocumentResult> = {};

beforeAll(async () => {
  for (const [n, from] of [
    ['000', 'content'],
    ['001', 'content'],
    ['002', 'content'],
    ['003', 'examples/essex'],
    ['004', 'content'],
  ] as const) {
    targets[n] = importTarget(from);
    const { documents } = await importDocuments([seed(n)], { content: targets[n].root });
    results[n] = documents[0]!;
  }
}, 60_000);
afterAll(() => Object.values(targets).forEach((t) => t.remove()));

const meetingFile = (n: string) =>
  parse(readFileSync(path.join(targets[n]!.root, results[n]!.files.find((f) => f.path.startsWith('meetings/'))!.path), 'utf8'));
const handMade = (file: string) => parse(readFileSync(file, 'utf8'));

describe('every seed imports', () => {
  for (const n of ['000', '001', '002', '003', '004']) {
    it(`${n}: is recognised, written, and builds`, () => {
      const doc = results[n]!;
      expect(doc.error).toBeUndefined();
      expect(doc.files.length).toBeGreaterThan(1);
      const set = readContentFolder(targets[n]!.root);
      expect(() => buildArchive(set, { today: '2026-01-01' })).not.toThrow();
      expect(existsSync(path.join(targets[n]!.root, '_import', `${path.basename(seed(n), '.txt')}.review.md`))).toBe(true);
    });

    it(`${n}: loses no word of the source but the page furniture it lists`, () => {
      const doc = results[n]!;
      const source = sourceWords(readFileSync(seed(n), 'utf8'), doc.removed);
      const missing = missingTokens(source, importedWords(doc, targets[n]!.root));
      expect(missing, `words of ${n} not in the entries written`).toEqual([]);
      expect(source.size).toBeGreaterThan(100);
    });
  }

  it('recognises what each document is', () => {
    expect(Object.fromEntries(Object.entries(results).map(([n, d]) => [n, d.kind]))).toEqual({
      '000': 'minutes',
      '001': 'report',
      '002': 'agenda',
      '003': 'minutes',
      '004': 'minutes',
    });
  });

  it('lists the furniture it removed: the running footers and blank-page notices of the agenda pack, the protective marking and signature line of 000', () => {
    const reasons = (n: string) => results[n]!.removed.map((r) => `${r.reason}: ${r.line}`);
    expect(reasons('000')).toEqual(['protective marking: NOT PROTECTIVELY MARKED', 'signature line: .....']);
    expect(reasons('002')).toContain('blank-page notice: This page is intentionally left blank');
    expect(reasons('002')).toContain('running footer: #safercambs');
    expect(results['002']!.removed.find((r) => r.line === 'This page is intentionally left blank')!.count).toBe(5);
  });
});

// The key fields of each set of minutes, as the hand-made content has them: attendees with their
// group, capacity, substitution, arrival, departure and remote attendance; items; actions; updates.
const keyFields = (m: any) => ({
  body: m.body,
  date: m.date,
  start: m.start,
  location: m.location,
  minutes: m.minutes?.status,
  signedBy: m.minutes?.signedBy,
  attendance: (m.attendance ?? []).map((a: any) =>
    [a.person, a.group, a.as, a.substituteFor, a.arrived, a.left, a.remote ? 'remote' : undefined].filter(Boolean).join(' | '),
  ),
  items: (m.agenda ?? []).map((i: any) => `${i.number} ${i.title ?? ''}${i.exempt ? ` (exempt: ${i.exempt.reason})` : ''}`),
  actions: (m.agenda ?? []).flatMap((i: any) =>
    (i.actions ?? []).map((a: any) => `${i.number} ${a.ref ?? '-'} ${a.owner ?? '-'} ${a.due ?? a.dueText ?? '-'}`),
  ),
  actionUpdates: (m.agenda ?? []).flatMap((i: any) => (i.actionUpdates ?? []).map((u: any) => `${i.number} ${u.ref}`)),
});

describe('imported minutes have the key fields of the hand-made content', () => {
  it('000, the Performance Working Group of 26 January 2016: all of them', () => {
    expect(keyFields(meetingFile('000'))).toEqual(keyFields(handMade('content/meetings/performance-working-group/2016-01-26.yaml')));
  });

  it('004, the Business Co-ordination Board of 9 October 2019: all of them', () => {
    expect(keyFields(meetingFile('004'))).toEqual(keyFields(handMade('content/meetings/business-coordination-board/2019-10-09.yaml')));
    // "Update to the Board in December 2019 on the Constabulary's outputs …" gives no one the action:
    // its owner is read from the one organisation it names, and the report asks for that to be checked.
    expect(results['004']!.review.some((r) => /its owner is set to "constabulary", the one organisation it names/.test(r.message))).toBe(true);
  });

  it('003, the Essex Force Performance Scrutiny Meeting of 28 May 2015, laid out as a matter / action / owner / date table: all of them', () => {
    expect(keyFields(meetingFile('003'))).toEqual(keyFields(handMade('examples/essex/meetings/force-performance-scrutiny-meeting/2015-05-28.yaml')));
  });

  it('002, the agenda pack: the agenda of 14 September 2022 and the minutes of 20 July 2022 in it, all of them', () => {
    const file = (id: string) => parse(readFileSync(path.join(targets['002']!.root, `meetings/${id}.yaml`), 'utf8'));
    for (const id of ['police-and-crime-panel/2022-09-14', 'police-and-crime-panel/2022-07-20']) {
      expect(keyFields(file(id)), id).toEqual(keyFields(handMade(`content/meetings/${id}.yaml`)));
    }
    // The nine recommendations of 20 July 2022, read from the numbered lists after "the following recommendation".
    const recommendations = (m: any) => m.agenda.flatMap((i: any) => (i.recommendations ?? []).map((r: any) => `${i.number} ${r.number} ${r.text}`));
    expect(recommendations(file('police-and-crime-panel/2022-07-20'))).toEqual(
      recommendations(handMade('content/meetings/police-and-crime-panel/2022-07-20.yaml')),
    );
  });
});

// What a paper is: its date, the meeting and item it is under (or the body it is for), who it is from and to.
const frontmatter = (text: string) => parse(text.split(/^---$/m)[1]!);
const paperFields = (p: any) => ({ date: p.date, meeting: p.meeting, item: p.item, body: p.body, from: p.from, to: p.to });

describe('imported papers have the fields of the hand-made content', () => {
  it("002: each report of the pack is under its agenda item, and the letter is the pack's, of 1 September 2022", () => {
    const papers = results['002']!.files.filter((f) => f.path.startsWith('papers/')).map((f) => frontmatter(f.text));
    const byItem = new Map(papers.filter((p) => p.item).map((p) => [p.item, p]));
    for (const [item, hand] of [
      ['5', 'review-of-complaints-2022-09'],
      ['6', 'criminal-justice-and-community-safety-arrangements'],
      ['7', 'hmicfrs-peel-report-2022'],
      ['8', 'delivery-of-the-police-and-crime-plan-forward-plan-2022-09'],
    ]) {
      const made = frontmatter(readFileSync(`content/papers/2022/${hand}.md`, 'utf8'));
      expect(paperFields(byItem.get(item)), hand).toEqual({ ...paperFields(made), from: undefined, to: undefined });
    }
    const letter = papers.find((p) => p.kind === 'letter');
    const handLetter = frontmatter(readFileSync('content/papers/2022/pcc-letter-2022-09-01.md', 'utf8'));
    expect({ date: letter.date, meeting: letter.meeting }).toEqual({ date: handLetter.date, meeting: handLetter.meeting });
  });

  it('001: the performance report to the Business Coordination Board of 4 June 2015', () => {
    const paper = frontmatter(results['001']!.files.find((f) => f.path.startsWith('papers/'))!.text);
    const made = frontmatter(readFileSync('content/papers/2015/performance-update-12-months-to-march-2015.mdx', 'utf8'));
    expect(paperFields(paper)).toEqual(paperFields(made));
  });
});

describe('a PDF of a seed', () => {
  it('000 made into a PDF by the test imports with the same key fields as its text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-pdf-'));
    const pdf = path.join(dir, '000.pdf');
    writeFileSync(pdf, await pdfFromText(readFileSync(seed('000'), 'utf8')));
    const target = importTarget('content');
    try {
      const { documents } = await importDocuments([pdf], { content: target.root });
      expect(documents[0]!.kind).toBe('minutes');
      const fromPdf = parse(readFileSync(path.join(target.root, 'meetings/performance-working-group/2016-01-26.yaml'), 'utf8'));
      expect(keyFields(fromPdf)).toEqual(keyFields(meetingFile('000')));
    } finally {
      target.remove();
    }
  });
});

describe('the five seeds imported together', () => {
  it('build into a site, with a page for each meeting and paper they made', async () => {
    const target = importTarget('content');
    const out = 'dist-test/imported';
    try {
      const { documents } = await importDocuments(
        readdirSync(seeds)
          .filter((f) => /^00[0-4]_/.test(f))
          .map((f) => path.join(seeds, f)),
        { content: target.root },
      );
      expect(documents.map((d) => d.error)).toEqual([undefined, undefined, undefined, undefined, undefined]);
      rmSync(out, { recursive: true, force: true });
      const result = spawnSync(process.execPath, ['scripts/build-sites.mjs', '--content', target.root, '--out', out], {
        encoding: 'utf8',
        env: { ...process.env, SCRUTINY_TODAY: '2026-01-01' },
      });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const made = documents.flatMap((d) => d.files.map((f) => f.path)).filter((p) => /^(meetings|papers)\//.test(p));
      expect(made.length).toBeGreaterThanOrEqual(12);
      for (const p of made) {
        const page = `${p.replace(/^meetings\//, 'meetings/').replace(/\.(yaml|md)$/, '')}/index.html`;
        expect(existsSync(path.join(out, page)), page).toBe(true);
      }
    } finally {
      target.remove();
    }
  }, 120_000);
});
