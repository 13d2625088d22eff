import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../../src/lib/import';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { buildArchive } from '../../src/lib/archive/build';
import { importTarget } from '../support/import';

// Two synthetic community council minutes imported together: the same person in both, only the second giving initials.
const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-batch-initials-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const minutes = (date: string, attending: string, action: string) =>
  [
    'GLENAIRD COMMUNITY COUNCIL',
    `Minutes of the meeting of Glenaird Community Council held on ${date} at 7.00pm in the Village Hall`,
    '',
    'Present: Fiona Mackie (FM) – Chair; Douglas Rennie (DR) – Treasurer',
    `In attendance: ${attending}`,
    '',
    '1. Apologies',
    '',
    'None.',
    '',
    '2. Police report',
    '',
    'A resident asked about parking outside the school. PC Strachan said he would attend at school times.',
    '',
    action,
    '',
    '3. Date of next meeting',
    '',
    'To be confirmed.',
  ].join('\n');

describe('a person met in two documents of one import', () => {
  it('has the initials the second prints, so an action owned by those initials builds', async () => {
    const target = importTarget('tests/fixtures/minimal');
    try {
      const first = path.join(dir, 'a.txt');
      const second = path.join(dir, 'b.txt');
      writeFileSync(first, minutes('Monday 10th February 2025', 'PC Ewan Strachan, Police Scotland', 'No actions.'));
      writeFileSync(second, minutes('Monday 10th March 2025', 'PC Ewan Strachan (ES), Police Scotland', 'Action: ES'));
      const { documents } = await importDocuments([first, second], { content: target.root });
      expect(documents.map((d) => d.error)).toEqual([undefined, undefined]);
      expect(() => buildArchive(readContentFolder(target.root), { today: '2026-12-01' })).not.toThrow();
    } finally {
      target.remove();
    }
  });
});
