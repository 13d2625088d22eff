import { describe, expect, it } from 'vitest';
import { directoryOf } from '../../src/lib/import/directory';
import { parseMinutes } from '../../src/lib/import/minutes';

// What a heading says of the meeting, among what else it prints: the date, the body, the place. Every document is synthetic: invented
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

describe('the body that met', () => {
  it('is left for the reviewer when the heading names a council and one of its committees, and it cannot tell which met', () => {
    // A parish council's web page: the council's name as the site's title, the committee's in the page heading.
    const m = dateOf(
      '# Orchard Parva Parish Council',
      '## Planning Committee Minutes March 2025',
      '**Minutes of the Planning Committee of Orchard Parva Parish Council**',
      '**held at 7.00pm on Thursday 6th March 2025 in the Reading Room**',
    );
    expect(m.body).toBe('Unknown body');
    expect(m.review.some((r) => r.field === 'body' && /"Orchard Parva Parish Council" and also "Planning Committee"/.test(r.message))).toBe(true);
  });
  it('is the council when the heading names no committee', () => {
    const m = dateOf('ORCHARD PARVA PARISH COUNCIL', 'Minutes of the meeting held at 7.00pm on Thursday 6th March 2025 in the Reading Room');
    expect(m.body).toBe('Orchard Parva Parish Council');
  });
});

describe('the place', () => {
  it("is the venue without a web page's emphasis, a note set after it, or how the meeting was held", () => {
    const page = dateOf(
      '# Thornby Ashes Parish Meeting',
      '**Minutes of the Annual Parish Meeting held on Tuesday 22 April 2025 at 7.30pm in the Reading Room, Thornby Ashes** _Draft until approved at the next Parish Meeting_',
    );
    expect(page.location).toBe('Reading Room, Thornby Ashes');
    const hybrid = dateOf(
      'ORCHARD VALE POLICE AND CRIME PANEL',
      'Minutes of the meeting held in Conference Room B, Riverside Police Station, Orchard Vale (hybrid – MS Teams) on Monday 3 March 2025 at 10.00am',
    );
    expect(hybrid.location).toBe('Conference Room B, Riverside Police Station, Orchard Vale');
  });
  it('leaves out "(with remote access via …)", a Welsh "yn" before it, and a web page heading run onto it', () => {
    const remote = dateOf(
      'ORCHARD VALE SCHOOLS FORUM',
      'Minutes of the meeting held on Monday 3 March 2025 at 2.00pm',
      'Venue: Meeting Room 3, Education Centre, Orchard Vale (with remote access via Microsoft Teams)',
    );
    expect(remote.location).toBe('Meeting Room 3, Education Centre, Orchard Vale');
    const welsh = dateOf(
      'CYNGOR CYMUNED LLANFAIR RHOSGOCH',
      'COFNODION CYFARFOD BLYNYDDOL CYNGOR CYMUNED LLANFAIR RHOSGOCH A GYNHALIWYD NOS LUN, 19 MAI 2025, AM 7.00 YH YN FESTRI CAPEL BETHANIA, RHOSGOCH',
    );
    expect(welsh.location?.toUpperCase()).toBe('FESTRI CAPEL BETHANIA, RHOSGOCH');
    const page = dateOf(
      'ORCHARD VALE CORPORATE PARENTING BOARD',
      'Minutes of the meeting held on Monday 3 March 2025 at 2.00pm',
      'Venue: Room 2.14, Town Hall, Crossgate Attendance Details',
    );
    expect(page.location).toBe('Room 2.14, Town Hall, Crossgate');
  });
});

describe('the body named in "Minutes of the Meeting of X held …"', () => {
  it('is the last body the sentence names, after a note about "the next meeting of the Council"', () => {
    const m = dateOf(
      'ORCHARD MAGNA PARISH COUNCIL',
      'DRAFT – these minutes are subject to approval at the next meeting of the Council',
      '',
      'Minutes of the Meeting of Orchard Magna Parish Council held on Wednesday 8th March 2023 at 7.30pm in the Reading Room',
    );
    expect(m.body).toBe('Orchard Magna Parish Council');
  });
  it('takes no owner from a sentence wrapped onto a line of its own', () => {
    const m = dateOf(
      'Minutes of the Extraordinary Meeting of Ashby Parva Parish Council held at',
      '7.00pm on Thursday 5th September 2024 in the Reading Room',
      'The meeting was convened by the Chairman to consider a planning application before',
      "the District Council's consultation deadline.",
    );
    expect(m.body).toBe('Ashby Parva Parish Council');
  });
});

describe('the body, among the rows of a table of details', () => {
  it('reads the name from "Meeting<TAB>name", never from another row or a sentence that ends in a date', () => {
    const detailRow = dateOf('Meeting\tHallow Vale Police, Fire and Crime Panel', 'Date\tThursday 9 October 2025', 'Chair\tCllr R Coles, Chair of the Panel');
    expect(detailRow.body).toBe('Hallow Vale Police, Fire and Crime Panel');
    const chairOnly = dateOf('Date\tThursday 9 October 2025', 'Chair\tRhian Coles, Police and Crime Commissioner');
    expect(chairOnly.body).toBe('Unknown body');
    const sentence = dateOf('These minutes were approved at the meeting held on 19 March 2025');
    expect(sentence.body).toBe('Unknown body');
  });
});

describe('an item title wrapped where no title ends', () => {
  it('goes on with its next line after a word that leads on, a dash or an open bracket, and no further', () => {
    const m = parseMinutes(
      [
        'Minutes of the Hallow Vale Joint Health Scrutiny Committee held on 22 April 2024 at 2.00 pm',
        '',
        'JH/24/10    Apologies',
        '            None.',
        '',
        'JH/24/11    Proposed Reconfiguration of Stroke Services – Outcome of',
        '            Public Consultation',
        '            The Committee received a report on the consultation.',
        '',
        'JH/24/12    Application for Short-Term Let Licence (Secondary Letting) –',
        '            4 Harbour Wynd, Portmarr',
        '            The Committee considered the application.',
        '',
        'JH/24/13    ANY OTHER BUSINESS (NOTIFIED UNDER STANDING',
        '            ORDER 12(o))',
        '            None.',
        '',
        'JH/24/14    Date of next meeting',
        '            Tuesday 4 June 2024.',
      ].join('\n'),
      none,
    );
    expect(m.items.map((i) => i.title)).toEqual([
      'Apologies',
      'Proposed Reconfiguration of Stroke Services – Outcome of Public Consultation',
      'Application for Short-Term Let Licence (Secondary Letting) – 4 Harbour Wynd, Portmarr',
      'ANY OTHER BUSINESS (NOTIFIED UNDER STANDING ORDER 12(o))',
      'Date of next meeting',
    ]);
    expect(m.items[4]!.paragraphs).toEqual(['Tuesday 4 June 2024.']);
  });
});

describe('a title in capitals above its decision', () => {
  it("does not take the decision's lead word, alone on the next line, into the title", () => {
    const m = parseMinutes(
      [
        'Minutes of the meeting of Hallow Vale Town Council held on 22 April 2024 at 7.00 pm',
        '',
        '41.  REPORTS FROM COMMITTEES',
        '     RESOLVED',
        '     That the minutes of the Finance Committee be received.',
        '',
        '42.  PRIVATE BUSINESS',
        '     DECISION',
        '     That the tender be awarded as set out in the exempt report.',
      ].join('\n'),
      none,
    );
    expect(m.items.map((i) => i.title)).toEqual(['REPORTS FROM COMMITTEES', 'PRIVATE BUSINESS']);
  });
});
