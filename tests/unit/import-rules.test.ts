import { describe, expect, it } from 'vitest';
import { follows, isParagraphOf, readItemNumber } from '../../src/lib/import/rules/numbering';
import { isNameShaped } from '../../src/lib/import/rules/names';
import { attendanceHeading } from '../../src/lib/import/rules/attendance';
import { findItemHeads } from '../../src/lib/import/minutes/segment';
import { listedPeople } from '../../src/lib/import/minutes/attendance';
import { peopleInSentence } from '../../src/lib/import/minutes/attendance-sentences';
import { readTitle } from '../../src/lib/import/minutes/title';
import { directoryOf } from '../../src/lib/import/directory';
import { findClockTime, findUkDate } from '../../src/lib/import/uk-date';
import { parseMinutes } from '../../src/lib/import/minutes';
import { classify } from '../../src/lib/import/paper';
import { agendaNumber } from '../../src/schemas/meeting';

const n = (s: string) => readItemNumber(s)!.number;
const none = directoryOf(undefined);

describe('item numbers in every scheme', () => {
  it('reads each number and knows which follows which', () => {
    for (const [a, b] of [
      ['39/20', '40/20'],
      ['16/05/1', '16/05/2'],
      ['03.18.02', '03.18.03'],
      ['FC23/101', 'FC23/102'],
      ['FRA/31/23', 'FRA/32/23'],
      ['E31', 'E32'],
      ['2110.09', '2110.10'],
      ['28', '29'],
    ])
      expect(follows(n(`${a} Title`), n(`${b} Title`)), `${a} → ${b}`).toBe(1);
    expect(follows(n('39/20 A'), n('39/21 A'))).toBe(1);
    expect(follows(n('5 A'), n('4 A'))).toBeUndefined();
    expect(follows(n('5 A'), n('5.1 A'))).toBeUndefined();
    expect(isParagraphOf(n('16/05/8.1 A'), n('16/05/8 A'))).toBe(true);
    expect(isParagraphOf(n('16/05/18 A'), n('16/05/1 A'))).toBe(false);
  });

  it('finds the items, not the dates, times, counts and references around them', () => {
    const lines = [
      'NORTHSHIRE PARISH COUNCIL',
      'Meeting held on 18 July 2013 at 7.30pm',
      '12 members of the public',
      '',
      '64/13   APOLOGIES FOR ABSENCE',
      '        Apologies were received.',
      '65/13   DECLARATIONS OF INTEREST',
      '        See minute 70/13(b).',
      '1.',
      '',
      'PLANNING',
      '66/13   PLANNING',
      '67/13',
      '',
      'ANY OTHER BUSINESS',
    ];
    expect(findItemHeads(lines).map((h) => h.number.text)).toEqual(['64/13', '65/13', '66/13', '67/13']);
  });
});

describe('people', () => {
  it('makes a person only from a line shaped like a name', () => {
    for (const name of ['Councillor A Jowett', 'Mrs Lorna Keighley', 'Dafydd ap Gwilym', 'Cllr Warren', "Siân O'Neill"])
      expect(isNameShaped(name), name).toBe(true);
    for (const text of ['Risk', 'IS', 'The minutes were agreed.', 'Chief Executive, OPCC', '4 members of the public', 'Item 2', 'Cambridgeshire Constabulary'])
      expect(isNameShaped(text), text).toBe(false);
  });

  it('makes no person of an organisation, a heading or two names run together (synthetic, from the held-out sets’ shapes)', () => {
    for (const text of [
      'Wealdmoor DC',
      'Dunholt ICB',
      'North East BCU',
      'Fair Say CIC',
      'The Foundry',
      'The Town Sergeant',
      'Healthwatch Dunholt',
      'Thornmere Community Energy',
      'IN ATTENDENCE',
      'APOLOGIES FOR',
      'Mrs Joanna Friel. Ms Ruth Samways',
      'Maintained Primary Headteacher',
      'Maintained Primary Governor',
      'Depute Lord',
      'Glenmorven Division',
    ])
      expect(isNameShaped(text), text).toBe(false);
    for (const name of ['Mr P Fenn', 'Ms A. B. Okoro', 'Dc Lee Varga', 'PC Theo Candy']) expect(isNameShaped(name), name).toBe(true);
    // An organisation after a post and a comma is part of the post, and the one it names after a dash is the person.
    expect(listedPeople('Cllr Derek Holloway, District Councillor, Wealdmoor DC', 'in-attendance', none).people.map((p) => `${p.name} | ${p.as}`)).toEqual([
      'Cllr Derek Holloway | District Councillor, Wealdmoor DC',
    ]);
    expect(listedPeople('Head of Engagement, Dunholt ICB – Claire Whitlock (CW)', 'in-attendance', none).people.map((p) => p.name)).toEqual([
      'Claire Whitlock',
    ]);
  });

  it('reads lists, plural titles, roles after a name and Welsh "a"', () => {
    const names = (s: string) => listedPeople(s, 'present', none).people.map((p) => `${p.name}${p.as ? ` | ${p.as}` : ''}`);
    expect(names('Councillors A Brown (Chairman), C Dale, E Frost and G Hart')).toEqual([
      'Councillor A Brown | Chairman',
      'Councillor C Dale',
      'Councillor E Frost',
      'Councillor G Hart',
    ]);
    expect(names('Mr Colin Ashdown, Independent Member and Mrs Lorna Keighley, Independent Member')).toEqual([
      'Mr Colin Ashdown | Independent Member',
      'Mrs Lorna Keighley | Independent Member',
    ]);
    expect(names('Cllr Mrs H Penrose (Mayor) Cllr T Blaylock (Deputy Mayor)')).toEqual(['Cllr Mrs H Penrose | Mayor', 'Cllr T Blaylock | Deputy Mayor']);
    expect(names('Y Cynghorwyr Tomos Gwilym a Ceri Ann Jenkins')).toEqual(['Cynghorydd Tomos Gwilym', 'Cynghorydd Ceri Ann Jenkins']);
  });

  it('reads attendance said in sentences, and never the apologies heading of an item as a list', () => {
    const said = (s: string) => peopleInSentence(s, none).map((p) => `${p.group}: ${p.name}`);
    expect(said('Apologies were received from Councillors G Hill and J King')).toEqual(['apologies: Councillor G Hill', 'apologies: Councillor J King']);
    expect(said('Ms Rhian Nutter (Panel Clerk) was also in attendance')).toEqual(['in-attendance: Ms Rhian Nutter']);
    expect(said('The minutes were agreed as a correct record')).toEqual([]);
    expect(attendanceHeading('Members of the Panel present:')?.group).toBe('present');
    expect(attendanceHeading('Yn bresennol / Present:')?.group).toBe('present');
    expect(attendanceHeading('Members of the public: 5')).toBeUndefined();
    expect(attendanceHeading('Presentation of the annual report')).toBeUndefined();
  });
});

describe('the heading', () => {
  it('makes a body only from a name, never from a venue line, and joins a committee to its council', () => {
    expect(readTitle(['MINUTES OF THE MEETING OF WESTHOLME PARISH COUNCIL', 'HELD IN THE VILLAGE HALL', 'ON 18 th JULY 2013 AT 7.30PM'], none, []).body).toBe(
      'Westholme Parish Council',
    );
    const t = readTitle(
      [
        'THORNLEIGH DISTRICT COUNCIL',
        'Minutes of a Meeting of the PLANNING COMMITTEE held in the Council Chamber, Civic Offices on Wednesday, 6 th December 2017 at 6.30 pm',
      ],
      none,
      [],
    );
    expect([t.body, t.date, t.start, t.location]).toEqual([
      'Thornleigh District Council Planning Committee',
      '2017-12-06',
      '18:30',
      'Council Chamber, Civic Offices',
    ]);
  });

  it('reads a body named with its own list, in two languages side by side, on a web page, or as a hearing or record of decisions', () => {
    const body = (lines: string[]) => readTitle(lines, none, []).body;
    expect(
      body([
        'ASHVALE POLICE, FIRE AND CRIME PANEL',
        'MINUTES',
        'of the meeting held at 1.30pm on Thursday 22 September 2022',
        'at The Guildhall Council Chamber, Guild Street, Ashvale',
      ]),
    ).toBe('Ashvale Police, Fire and Crime Panel');
    expect(body(['CYNGOR TREF LLANGARREG\t\t\tLLANGARREG TOWN COUNCIL', 'held on Monday, 12 June 2023 at 7.00pm'])).toBe('Llangarreg Town Council');
    expect(
      body([
        '![Marlcaster Town Council crest](/images/crest.png) **Marlcaster Town Council**',
        '# Planning Committee – Minutes',
        '**Date:** Monday 3 June 2024',
      ]),
    ).toBe('Marlcaster Town Council Planning Committee');
    expect(
      body(['HOLMBRIDGE METROPOLITAN BOROUGH COUNCIL', 'LICENSING SUB-COMMITTEE (HEARING)', 'Minutes of the hearing held on Thursday 7th March 2024']),
    ).toBe('Holmbridge Metropolitan Borough Council Licensing Sub-Committee');
    expect(body(['MARLDEN DISTRICT COUNCIL', 'CABINET – RECORD OF DECISIONS', 'Date of meeting: Monday 22 April 2024'])).toBe(
      'Marlden District Council Cabinet',
    );
  });

  it('reads Welsh dates and times', () => {
    expect(findUkDate('nos Fercher 10fed Mehefin 2020')?.iso).toBe('2020-06-10');
    expect(findUkDate('Date: 09/11/2021')?.iso).toBe('2021-11-09');
    expect(findClockTime('am 7.30yh.')?.time).toBe('19:30');
    expect(findClockTime('at 1.30pm.')?.time).toBe('13:30');
  });
});

describe('decisions and actions', () => {
  // Synthetic minutes, written for this test in the layouts of task-group notes and parish minutes.
  const minutes = (body: string) =>
    parseMinutes(
      ['Eastbrook Parish Council', 'Minutes of the meeting held on 3 May 2022 at 7pm', '', 'Present: Cllr Ann Lowe (Chair)', '', body].join('\n'),
      none,
    );

  it('reads "Item 4:" as item 4, and its title', () => {
    const m = minutes(['Item 1: Apologies', '', 'None.', '', 'Item 2: Planning', '', 'Nothing to report.'].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Planning'],
    ]);
  });

  it('reads a note-taker\'s "agreed …" and a body "group agreed to …" as decisions', () => {
    const m = minutes(
      [
        '1. Playground',
        '',
        'The basket seat is broken. agreed to tape it off until fixed.',
        '',
        '2. Hall',
        '',
        'The group agreed to hold a drop-in in June.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.decisions.map((d) => d.text))).toEqual([
      ['agreed to tape it off until fixed.'],
      ['The group agreed to hold a drop-in in June.'],
    ]);
  });

  it('reads "Proposed … seconded … carried" as the decision only when no decision is written beside it', () => {
    const m = minutes(
      [
        '1. Grants',
        '',
        'Proposed Cllr Lowe, seconded Cllr Pike, all in favour.',
        '',
        '2. Finance',
        '',
        'RESOLVED to approve the payments.',
        'Proposed Cllr Pike, seconded Cllr Lowe, carried unanimously.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.decisions.map((d) => d.text))).toEqual([
      ['Proposed Cllr Lowe, seconded Cllr Pike, all in favour.'],
      ['RESOLVED to approve the payments.'],
    ]);
  });

  it('reads a closing "Agreed actions" list, each owner in brackets or after a dash', () => {
    const m = minutes(
      ['1. Any other business', '', 'None.', '', 'Agreed actions', '', '•  Circulate the map to members (CM)', '•  Chase the bus operator – Clerk'].join('\n'),
    );
    expect(m.items[0]!.actions.map((a) => [a.text, a.ownerText])).toEqual([
      ['Circulate the map to members (CM)', 'CM'],
      ['Chase the bus operator – Clerk', 'Clerk'],
    ]);
  });

  it("gives a margin owner the sentence its line ends, and reads the paragraph's other sentences as any others", () => {
    const m = minutes(
      [
        '1.\tMINUTES',
        '\tThe minutes of the last meeting were approved as a correct',
        '\trecord. The Chair asked that the fleet review be reported in October.\tACTION: DV',
        '\tMembers asked for a note on the movement in the\tACTION: E. Lindqvist',
        '\tpension liability.',
      ].join('\n'),
    );
    const item = m.items[0]!;
    expect(item.decisions.map((d) => d.text)).toEqual(['The minutes of the last meeting were approved as a correct record.']);
    expect(item.actions.map((a) => [a.text, a.ownerText])).toEqual([
      ['The Chair asked that the fleet review be reported in October.', 'DV'],
      ['Members asked for a note on the movement in the pension liability.', 'E. Lindqvist'],
    ]);
  });

  it('reads a planning application as an item, and "The motion was CARRIED" after its resolution as its vote', () => {
    const m = minutes(
      [
        '1.\tMINUTES',
        '',
        'Confirmed.',
        '',
        '2.\t23/01234/FUL – Land off Mill Lane, Eastbury',
        '',
        'It was RESOLVED that planning permission be GRANTED.',
        '',
        'The motion was CARRIED unanimously.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.title)).toEqual(['MINUTES', '23/01234/FUL – Land off Mill Lane, Eastbury']);
    expect(m.items[1]!.decisions.map((d) => d.text)).toEqual(['It was RESOLVED that planning permission be GRANTED.']);
  });

  it('files a closing "Who | What | When" row under the one item it shares its words with, and says so', () => {
    const m = minutes(
      [
        '### Item 1 – Police Report',
        '',
        'PC Lennie will arrange a speed check on Main Street after complaints.',
        '',
        '### Item 2 – Roads',
        '',
        'The gully clearance on Kirk Brae was missed. Members discussed access and drainage. **Agreed:** to write to the roads department.',
        '',
        '## Actions',
        '',
        '| Who | What | When |',
        '|---|---|---|',
        '| PC Lennie | Arrange speed check on Main Street | Oct |',
        '| DU | Chase gully clearance on Kirk Brae | Next meeting |',
        '| RA | Book a stall at the fair | Next meeting |',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Police Report'],
      ['2', 'Roads'],
    ]);
    expect(m.items.map((i) => i.actions.map((a) => `${a.ownerText}: ${a.text}`))).toEqual([
      ['PC Lennie: Arrange speed check on Main Street'],
      ['DU: Chase gully clearance on Kirk Brae', 'RA: Book a stall at the fair'],
    ]);
    expect(m.items[1]!.decisions.map((d) => d.text)).toEqual(['Agreed: to write to the roads department.']);
    // Only the row that moved is reported: the others stay in the item that prints the table.
    expect(m.review.filter((r) => /filed under item/.test(r.message)).map((r) => r.field)).toEqual(['agenda (item 1).actions']);
  });

  it('numbers "1.0", "2.0" with "1.1" as paragraphs, and files a closing table\'s row by its minute, joining a wrapped row', () => {
    const m = parseMinutes(
      [
        'EASTBROOK JOINT AUDIT COMMITTEE',
        'Minutes of the meeting held on Tuesday 25 June 2024 at 10:00',
        '',
        'In attendance:\tChief Executive, OPCC – Martin Callow',
        '\t\tInternal Audit, Tiverton Moss LLP – Gareth Pennick',
        '',
        '1.0\tMINUTES',
        '',
        '1.1\tThe minutes were agreed as a true and accurate record.',
        '',
        '2.0\tRISK',
        '',
        '2.1\tThe joint risk appetite statement was discussed.',
        '',
        '3.0\tDATE OF NEXT MEETING',
        '',
        '3.1\tTuesday 24 September 2024.',
        '',
        'Ref\tMinute\tAction\tResponsible\tTarget date',
        'JA/1\t1.1\tPublish the minutes\tMC\t05/07/2024',
        'JA/2\t2.1\tReview the joint risk appetite statement',
        '\t\tand report to members\tGP\t10/12/2024',
      ].join('\n'),
      none,
    );
    expect(m.attendance.map((a) => `${a.name} (${a.as})`)).toEqual([
      'Martin Callow (Chief Executive, OPCC)',
      'Gareth Pennick (Internal Audit, Tiverton Moss LLP)',
    ]);
    expect(m.items.map((i) => i.number)).toEqual(['1.0', '2.0', '3.0']);
    expect(m.items.map((i) => i.actions.map((a) => `${a.ownerText}: ${a.text} (${a.dueText})`))).toEqual([
      ['MC: Publish the minutes (05/07/2024)'],
      ['GP: Review the joint risk appetite statement and report to members (10/12/2024)'],
      [],
    ]);
  });

  it('reads "ACTION: AB" on its own line as confirming the owner of the sentence before, not as the next one\'s owner', () => {
    const m = minutes(
      [
        '1. Design code',
        '',
        'AB to check whether the grant can cover a design code.',
        'ACTION: AB',
        'RT to type up the character area notes.',
        'ACTION: RT',
        '',
        '2. CABINET REPORT        KEY DECISION',
        '',
        'ACTION: Chief Fire Officer',
        'to write to the main employers.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.actions.map((a) => `${a.ownerText}: ${a.text}`))).toEqual([
      ['AB: AB to check whether the grant can cover a design code.', 'RT: RT to type up the character area notes.'],
      ['Chief Fire Officer: Chief Fire Officer to write to the main employers.'],
    ]);
    expect(m.items[1]!.title).toBe('CABINET REPORT');
  });

  it('gives an action to an attendee named by first name alone, or two of them, when the attendance makes it sure', () => {
    const m = parseMinutes(
      [
        'Lower Wetherby Parish Council',
        'Minutes of the meeting held on 4 September 2023 at 7.30pm',
        '',
        'Those present: Fiona Marsh (Chair), Jack Ellis, Wendy Pike',
        '',
        '1. Footpaths',
        '',
        'Wendy will clear the first stretch with the volunteers. Jack and Wendy to authorise the payments online. Fiona to reply to the land agent.',
      ].join('\n'),
      none,
    );
    expect(m.items[0]!.actions.map((a) => a.ownerText)).toEqual(['Wendy', 'Jack and Wendy', 'Fiona']);
  });

  it('reads "CAB.84" numbers, never ends a sentence at "Cllr.", and records a decision a web page prints twice once', () => {
    const m = minutes(
      [
        'CAB.84\tAPOLOGIES FOR ABSENCE',
        '',
        'RESOLVED that Cllr. Bowen be appointed Chair of the Planning Committee.',
        '',
        'CAB.85\tINTERNAL AUDIT PROGRESS',
        '',
        'Decision:',
        '',
        'RESOLVED: That the Internal Audit Progress Report be noted.',
        '',
        'Minutes:',
        '',
        'The Head of Audit presented the report.',
        '',
        'RESOLVED: That the Internal Audit Progress Report be noted.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.number)).toEqual(['CAB.84', 'CAB.85']);
    expect(m.items.map((i) => i.decisions.map((d) => d.text))).toEqual([
      ['RESOLVED that Cllr. Bowen be appointed Chair of the Planning Committee.'],
      ['RESOLVED: That the Internal Audit Progress Report be noted.'],
    ]);
  });

  it('tells minutes from a paper when a web page opens with its menus, by their resolutions and approved minutes', () => {
    const menus = [
      ...['Home', 'Calendar', 'Committees', 'Councillors', 'Decisions', 'Search', 'Login', 'Text only', 'Contact'].map((m) => `* [${m}](/${m}.aspx)`),
      '# Meeting Details',
      '**Marshfield Police, Fire and Crime Panel**',
      '14 Mar 2024 - 14:00',
      '',
    ];
    const minutesPage = [
      ...menus,
      '**2 Minutes**',
      'The minutes of the meeting held on 1 February 2024 were approved as a correct record.',
      '',
      '**3 Precept**',
      'Resolved:',
      'That the precept be supported.',
    ];
    expect(classify(minutesPage.join('\n')).kind).toBe('minutes');
    const report = [...menus, '1. Purpose', 'This report sets out the proposed precept.', '2. Recommendation', 'That the Panel supports the precept.'];
    expect(classify(report.join('\n')).kind).toBe('report');
  });
});

describe('item numbers of five letters, and a financial year wrapped onto its own line', () => {
  it('reads "JHOSC/24/07" as an item number the content accepts, and "2024/25." alone as none', () => {
    expect(readItemNumber('JHOSC/24/07    Apologies for Absence')?.number).toMatchObject({ text: 'JHOSC/24/07', prefix: 'JHOSC/', parts: [24, 7] });
    expect(agendaNumber.safeParse('JHOSC/24/07').success).toBe(true);
    expect(readItemNumber('2024/25.')).toBeUndefined();
    expect(readItemNumber('2024/25')).toBeUndefined();
    // A minute numbered by its year, with its title, is still one: "2024/26 Apologies", "70/17 Minutes".
    expect(readItemNumber('2024/26 Apologies')?.number.text).toBe('2024/26');
    expect(readItemNumber('70/17 Minutes')?.number.text).toBe('70/17');
    // A parish planning committee's "P-231", its letter joined by a hyphen.
    expect(readItemNumber('P-231 APOLOGIES')?.number).toMatchObject({ text: 'P-231', parts: [231] });
    expect(agendaNumber.safeParse('P-231').success).toBe(true);
  });
});
