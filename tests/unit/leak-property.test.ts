import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive/build';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { withheldContent, writeContent, type Variation } from '../support/withheld-content';
import { canariesIn, reachableStrings } from '../support/object-strings';

// The public archive is all that pages, feeds, open data, the sitemap and search are given. If no
// string reachable from it holds a word of a withheld field, no output can.
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

function archiveOf(variation?: Variation) {
  const content = withheldContent(variation);
  const root = mkdtempSync(path.join(tmpdir(), 'scrutiny-withheld-'));
  folders.push(root);
  writeContent(root, content.files);
  const archive = buildArchive(readContentFolder(root), { today: '2026-11-22' });
  return { content, archive, strings: reachableStrings(archive) };
}

describe('the public archive holds nothing withheld, whatever fields the withheld record has', () => {
  it('puts a canary in every field of every withheld entity (the generated content is what the schemas accept)', () => {
    const { content } = archiveOf();
    const sources = Object.values(content.files).join('\n').toUpperCase();
    expect(content.canaries.size).toBeGreaterThan(150);
    for (const canary of content.canaries.keys()) expect(sources).toContain(canary);
    // Every kind of field is reached: minutes, decisions, recommendations, actions and updates of items;
    // the draft meeting's own fields; every field of a paper, its contact and its responses.
    const fields = [...content.canaries.values()].join('\n');
    for (const f of [
      'agenda[1].minutes',
      'decisions[1].text',
      'recommendations[0].text',
      'actions[0].dueText',
      'actionUpdates[1].text',
      'attendance[1].note',
      'nextMeeting.text',
      'printedHeader',
      'heading',
      'note',
      'contactOfficer.email',
      'responses[1].text',
      'exempt.reason',
      'pages',
      'its text',
    ]) {
      expect(fields).toContain(f);
    }
  });

  it('with every optional field given: no canary anywhere in the archive, and what may be published is there', () => {
    const { content, strings } = archiveOf();
    expect(canariesIn(strings, content.canaries)).toEqual([]);
    const all = strings.map((s) => s.text).join('\n');
    for (const [word, what] of content.published) expect(all, what).toContain(word);
    expect(all).toContain('In hand');
    expect(all).toContain('Public performance paper');
  });

  it('with any optional fields left out and lists of one or two: no canary anywhere in the archive', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), fc.double({ min: 0.2, max: 0.9, noNaN: true }), (seed, given) => {
        let state = seed;
        const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        const { content, strings } = archiveOf({ include: () => random() < given, length: () => (random() < 0.5 ? 1 : 2) });
        expect(canariesIn(strings, content.canaries)).toEqual([]);
      }),
      { numRuns: 40, seed: 20261201 },
    );
  });
});
