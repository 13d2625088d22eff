import { describe, expect, it } from 'vitest';
import { cappedId, cappedName } from '../../src/lib/import/ids';
import { directoryOf } from '../../src/lib/import/directory';
import { PeopleIndex } from '../../src/lib/import/people';

// SYNTHETIC TEST DATA: names and a paragraph of filler words.
const paragraph = Array.from({ length: 800 }, (_, i) => ['victim', 'satisfaction', 'rose', 'in', 'the', 'quarter'][i % 6]).join(' ');

describe('ids made from text', () => {
  it('are lower-case words joined by hyphens, cut at a word boundary to 60 characters', () => {
    expect(cappedId('Performance Working Group')).toBe('performance-working-group');
    const id = cappedId(paragraph);
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id.length).toBeGreaterThan(45);
    expect(`${paragraph.replace(/ /g, '-')}-`.startsWith(`${id}-`)).toBe(true);
    expect(cappedId('a b c d e f', 5)).toBe('a-b-c');
    expect(cappedId('a b c d e f', 6)).toBe('a-b-c');
  });

  it('cut a single word longer than the cap at the cap', () => {
    expect(cappedId('x'.repeat(100))).toBe('x'.repeat(60));
    expect(cappedId('ab ' + 'x'.repeat(100), 20)).toBe('ab-' + 'x'.repeat(17));
  });

  it('keep a file name under the file system limit in bytes, whole characters only', () => {
    expect(cappedName('Minutes 2019')).toBe('Minutes 2019');
    const long = cappedName('é'.repeat(300), 100);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(100);
    expect(long).toBe('é'.repeat(50));
  });

  it('a person whose "name" is a paragraph gets a capped id, and a second one another', () => {
    const people = new PeopleIndex(directoryOf(undefined));
    const first = people.resolve(paragraph).id;
    const second = people.resolve(`${paragraph} more`).id;
    expect(first.length).toBeLessThanOrEqual(60);
    expect(second).toBe(`${first}-2`);
  });
});
