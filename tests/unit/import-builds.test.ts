import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../../src/lib/import';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { buildArchive } from '../../src/lib/archive/build';
import { ContentError } from '../../src/lib/content/errors';
import { renderMarkdown } from '../../src/lib/format/markdown';

// What the importer writes must build: every evaluation set (synthetic documents in real layouts)
// imported together into one new content folder passes the same checks as `npm run check:content`.
const sets = [
  'import',
  'import-holdout',
  'import-holdout-2',
  'import-holdout-3',
  'import-holdout-4',
  'import-holdout-5',
  'import-holdout-6',
  'import-holdout-7',
  'import-holdout-8',
  'import-holdout-9',
  'import-holdout-10',
  'import-holdout-11',
  'import-holdout-12',
];
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('imported content builds', () => {
  it.each(sets)(
    'tests/fixtures/%s, imported into a new folder, passes the content check',
    async (set) => {
      const folder = path.resolve('tests/fixtures', set);
      const files = readdirSync(folder)
        .filter((f) => /\.(txt|md)$/.test(f) && !f.startsWith('README'))
        .map((f) => path.join(folder, f));
      const root = mkdtempSync(path.join(tmpdir(), 'scrutiny-import-builds-'));
      made.push(root);
      const content = path.join(root, 'content');
      const { documents } = await importDocuments(files, {
        content,
        organisation: { name: 'Office of the Police and Crime Commissioner for Testshire (synthetic)', abbreviation: 'OPCC' },
      });
      // Two documents of one body and date (both "unknown body" here) are refused together, by name: the only error allowed.
      expect(documents.filter((d) => d.error && !/in this import writes too/.test(d.error)).map((d) => `${d.source}: ${d.error}`)).toEqual([]);
      expect(documents.filter((d) => !d.error).length).toBeGreaterThanOrEqual(files.length - 2);
      let problems = '';
      try {
        const read = readContentFolder(content);
        const archive = buildArchive(read, { today: '2026-12-01' });
        expect(archive.meetings.length).toBeGreaterThan(0);
        // Minutes read as the text they are: no paragraph indented into a block of code ("<TAB>(2)<TAB>That authority …").
        const code = read.meetings.flatMap((m) =>
          m.data.agenda.filter((i) => i.minutes && renderMarkdown(i.minutes).includes('<pre')).map((i) => `${m.file} item ${i.number}`),
        );
        expect(code).toEqual([]);
      } catch (e) {
        if (!(e instanceof ContentError)) throw e;
        problems = e.message;
      }
      expect(problems).toBe('');
    },
    120_000,
  );
});
