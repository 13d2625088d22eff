import { describe, expect, it } from 'vitest';
import { directoryOf } from '../../src/lib/import/directory';
import { parseMinutes } from '../../src/lib/import/minutes';

// The meeting's date among the other dates a heading prints. Every document is synthetic: invented
// names and places, set out as the kind of minutes named.
const none = directoryOf(undefined);
const dateOf = (...lines: string[]) =>
  parseMinutes(
    [
      ...lines,
      '',
      'Present: Cllrs A Fenn (Chair), B Okoro and C Lydgate',
      '',
      '1. Apologies',
      '',
      'None were received.',
      '',
      '2. Declarations of interest',
      '',
      'There were none.',
      '',
      '3. Internal audit progress',
      '',
      'The report was noted.',
    ].join('\n'),
    none,
  );

describe("the meeting's date", () => {
  it('is not the date a web page was posted on', () => {
    // A parish council's web page, saved as Markdown.
    const m = dateOf(
      '# Orchard Parva Parish Council',
      '## Planning Committee Minutes March 2025',
      'Posted on [14 March 2025](https://example.invalid/2025/03/14/) by Parish Clerk',
      '**Minutes of the Planning Committee held at 7.00pm on Thursday 6th March 2025 in the Reading Room**',
    );
    expect(m.date).toBe('2025-03-06');
  });

  it('is the one said with its weekday and time, not a running header’s later date', () => {
    // A joint audit committee's minutes, printed as an item of a later meeting's pack.
    const m = dateOf(
      'Joint Audit and Ethics Committee                                   15 July 2024',
      '                                                                        Item 4',
      '',
      'HALMERE JOINT AUDIT AND ETHICS COMMITTEE',
      '',
      'MONDAY 18 MARCH 2024 AT 1:30PM',
      'COMMITTEE ROOM 3, POLICE HEADQUARTERS, HALMERE',
    );
    expect(m.date).toBe('2024-03-18');
  });

  it('is not the later meeting that is to confirm the minutes', () => {
    // A police and crime panel's minutes, in a county council's layout.
    const m = dateOf(
      'MINUTES of the meeting of the ORCHARD VALE POLICE AND CRIME PANEL held at',
      '10.30 am on 17 November 2020 at the Ashdown Room, County Hall.',
      '',
      'These minutes are subject to confirmation by the Panel at its meeting on',
      'Tuesday, 2 February 2021.',
    );
    expect(m.date).toBe('2020-11-17');
  });

  it('is still read from a page that gives no other date, and the review says to check it', () => {
    const m = dateOf('# Orchard Parva Village Hall Committee', 'Posted on 24 March 2025 by the Secretary');
    expect(m.date).toBe('2025-03-24');
    expect(m.review.some((r) => r.field === 'date' && /posted or updated/.test(r.message))).toBe(true);
  });
});
