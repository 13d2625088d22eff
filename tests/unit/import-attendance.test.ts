import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/lib/import/minutes';
import { directoryOf } from '../../src/lib/import/directory';
import { removeFurniture } from '../../src/lib/import/furniture';
import { attendanceHeading } from '../../src/lib/import/rules/attendance';

// Synthetic minutes, written for these tests in the layouts of real ones (named in each test).
const none = directoryOf(undefined);
const read = (lines: string[]) => parseMinutes(lines.join('\n'), none);
const who = (m: ReturnType<typeof read>) => m.attendance.map((a) => `${a.group}: ${a.name}${a.as ? ` (${a.as})` : ''}`);

describe('attendance in the layouts of real minutes', () => {
  it('reads a list hanging under its heading\'s tab, and "Post – Mr Name" (a Northern Ireland council)', () => {
    const m = read([
      'Minutes of the meeting of the Policy Committee held on Thursday 19 October 2023 at 7.00 pm.',
      '',
      'Members present:\tAldermen S Crothers and W Hanna',
      '\t\tCouncillors B Agnew, M Devlin,',
      '\t\tC Ó Dálaigh and L Tumelty',
      '',
      'In attendance:\t\tChief Executive – Mr D Corrigan',
      '\t\tHead of Finance – Ms R Cullinane',
      '',
      'P&R/23/041\tAPOLOGIES',
      '',
      'None.',
      '',
      'P&R/23/042\tDECLARATIONS OF INTEREST',
      '',
      'None.',
    ]);
    expect(m.items.map((i) => i.number)).toEqual(['P&R/23/041', 'P&R/23/042']);
    expect(who(m)).toEqual([
      'present: Alderman S Crothers',
      'present: Alderman W Hanna',
      'present: Councillor B Agnew',
      'present: Councillor M Devlin',
      'present: Councillor C Ó Dálaigh',
      'present: Councillor L Tumelty',
      'in-attendance: Mr D Corrigan (Chief Executive)',
      'in-attendance: Ms R Cullinane (Head of Finance)',
    ]);
  });

  it('reads the attendance a web page prints after the items, and keeps it out of the last item', () => {
    const m = read([
      '## Scrutiny Committee - Tuesday, 12th March, 2024 7.00 pm',
      '',
      '34.',
      '',
      '**Apologies for Absence**',
      '',
      'None.',
      '',
      '35.',
      '',
      '**Date of Next Meeting**',
      '',
      'The next meeting is on 9 April 2024.',
      '',
      '## Attendance details',
      '',
      '**Present:**',
      '',
      '- Councillor Sunita Rahman (Chair)',
      '- Councillor Henry Lusk',
      '',
      '**Also Present:**',
      '',
      '- Ama Boateng (Scrutiny Officer)',
    ]);
    expect(who(m)).toEqual(['present: Councillor Sunita Rahman (Chair)', 'present: Councillor Henry Lusk', 'in-attendance: Ama Boateng (Scrutiny Officer)']);
    expect(m.items[1]!.paragraphs).toEqual(['The next meeting is on 9 April 2024.']);
  });

  it('keeps a post\'s own "and" and comma, and counts those listed with the Commissioner as members of the board', () => {
    const m = read([
      'Notes of meeting held on Monday 3 October 2022, 14:00hrs',
      '',
      'Those attending:',
      'Graham Lowther – Police and Crime Commissioner (Chair)',
      'Helena Quayle – Chief Executive, OPCC',
      'Chris Dunleavy - Assistant Chief Constable, Local Policing',
      '',
      '1) Welcome',
      '',
      'None.',
      '',
      '2) Any other business',
      '',
      'None.',
    ]);
    expect(who(m)).toEqual([
      'present: Graham Lowther (Police and Crime Commissioner, Chair)',
      'present: Helena Quayle (Chief Executive, OPCC)',
      'present: Chris Dunleavy (Assistant Chief Constable, Local Policing)',
    ]);
    expect(m.review.some((r) => r.field === 'attendance' && /Commissioner's board/.test(r.message))).toBe(true);
  });

  it("reads a list begun on its heading's line and wrapped part-way through a name (a fire authority; a Welsh panel)", () => {
    const m = read([
      'Minutes of the Audit Committee held on 4 March 2024 at 10.00 am',
      '',
      'Members:\tCllr J Harrowby (Chair), Cllr M Osei-Bonsu (Vice-Chair), Cllr A',
      '\tLythgoe and Mr G Tillotson',
      'In attendance: Mr Aled Prydderch (Police and Crime Commissioner), Ms Carys',
      'Vaughan (Chief Executive, OPCC) and Mrs L Harcourt (Panel Support Officer)',
      '',
      '1.\tAPOLOGIES',
      '',
      'None.',
      '',
      '2.\tMINUTES',
      '',
      'Approved.',
    ]);
    expect(m.attendance.map((a) => a.name)).toEqual([
      'Cllr J Harrowby',
      'Cllr M Osei-Bonsu',
      'Cllr A Lythgoe',
      'Mr G Tillotson',
      'Mr Aled Prydderch',
      'Ms Carys Vaughan',
      'Mrs L Harcourt',
    ]);
  });

  it('keeps a list in translation as printed, reads "for item 8" as a note, and a line that wraps on a first name', () => {
    const m = read([
      'Minutes of the Panel held on Friday, 8 March 2024 at 10.30 am',
      '',
      'Present: Councillor Eirian Pughe (Chair); Councillors Sian Maddocks, Peter',
      'Ashcombe and Nia Tudur.',
      '',
      '(Yn bresennol: Y Cynghorydd Eirian Pughe (Cadeirydd); Y Cynghorwyr Sian Maddocks, Peter',
      'Ashcombe a Nia Tudur.)',
      '',
      'In attendance: Mr Huw Bellamy (Chief Finance Officer), Chief Superintendent Owain Mathias (Caerwen Police) for item 8.',
      '',
      '1.\tAPOLOGIES',
      '',
      'None.',
      '',
      '2.\tMINUTES',
      '',
      'Approved.',
    ]);
    expect(m.attendance.map((a) => [a.name, a.note])).toEqual([
      ['Councillor Eirian Pughe', undefined],
      ['Councillor Sian Maddocks', undefined],
      ['Councillor Peter Ashcombe', undefined],
      ['Councillor Nia Tudur', undefined],
      ['Mr Huw Bellamy', undefined],
      ['Chief Superintendent Owain Mathias', 'Printed "for item 8".'],
    ]);
    expect(m.header).toContain('(Yn bresennol: Y Cynghorydd Eirian Pughe (Cadeirydd); Y Cynghorwyr Sian Maddocks, Peter Ashcombe a Nia Tudur.)');
  });

  it('reads two columns whose "Name – Post" entries wrap, and a heading further down a column (a PCC meeting note; a panel)', () => {
    const m = read([
      'Decision and Accountability Meeting',
      'Notes of meeting',
      'Date:      Tuesday 12 March 2024',
      '',
      ' Present                                        Apologies',
      '',
      ' Marcus Treadwell – Police and Crime            Helen Voss – Deputy Chief',
      ' Commissioner (Chair)                           Constable',
      ' Andrew Kilbride – Chief Constable              Tom Ashgrove – Director of',
      ' Colin Merriweather – Chief Finance             Estates',
      ' Officer, OPCC                                  In attendance:',
      '                                                Naomi Yeates – Panel Officer',
      '                                                Edwin Varley – Notes',
      '',
      'Agenda item 1     Welcome',
      '',
      '1.1  The PCC welcomed attendees.',
      '',
      'Agenda item 2     Notes of the last meeting',
      '',
      '2.1  Agreed.',
    ]);
    expect(who(m)).toEqual([
      'present: Marcus Treadwell (Police and Crime Commissioner, Chair)',
      'present: Andrew Kilbride (Chief Constable)',
      'present: Colin Merriweather (Chief Finance Officer, OPCC)',
      'apologies: Helen Voss (Deputy Chief Constable)',
      'apologies: Tom Ashgrove (Director of Estates)',
      'in-attendance: Naomi Yeates (Panel Officer)',
      'in-attendance: Edwin Varley (Notes)',
    ]);
    // "Agenda item 1" is item 1; its numbered paragraphs are items of their own, as the hand-made content has them.
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome'],
      ['1.1', undefined],
      ['2', 'Notes of the last meeting'],
      ['2.1', undefined],
    ]);
  });

  it('reads the attendance printed at the start of the first item, "0930hrs", and an apologies sentence in the list (a fire board web page)', () => {
    const m = read([
      'FIRE ACCOUNTABILITY BOARD',
      'Minutes',
      '12th December 2023',
      '0930hrs – 1215hrs',
      '',
      '1. Welcome and introductions',
      'Attendees:',
      'PFCC Rosalind Hartigan (RH) – Chair',
      'Marcus Dewhurst (MD) – Chief Executive, OPFCC',
      'CFO Gareth Linton (GL)',
      'Apologies were accepted from Deputy PFCC Simon Carrow and Ellen Morley, Head of Finance (WFRS)',
      '',
      'RH welcomed everyone.',
      '',
      '2. Previous minutes',
      'The minutes were agreed.',
    ]);
    expect(m.start).toBe('09:30');
    expect(who(m)).toEqual([
      'present: PFCC Rosalind Hartigan (Chair)',
      'present: Marcus Dewhurst (Chief Executive, OPFCC)',
      'present: CFO Gareth Linton',
      'apologies: Deputy PFCC Simon Carrow',
      'apologies: Ellen Morley (Head of Finance (WFRS))',
    ]);
    expect(m.items[0]!.paragraphs).toEqual(['RH welcomed everyone.']);
    expect(m.header).toContain('Apologies were accepted from');
  });

  it('reads a web page\'s items as table rows with linked titles, and its "Also Present" table after them', () => {
    const m = read(
      [
        '## Wealdmoor Police and Crime Panel - Friday, 2nd February, 2024 10.30 am',
        '',
        '| **9/24** | **APOLOGIES FOR ABSENCE** |',
        '',
        'None.',
        '',
        '| **10/24** | **[PROPOSED POLICE PRECEPT 2024/25](documents/s40181/Precept.pdf) ![pdf icon](/images/pdf.gif) PDF 634 KB** |',
        '|---|---|',
        '',
        'RESOLVED: That the Panel supports the precept.',
        '',
        '## Attendance',
        '',
        '| Attendee | Role | Attendance |',
        '|---|---|---|',
        '| Councillor Harriet Pell | Chairman | Present |',
        '| Councillor Tom Ashdown | Committee Member | Apologies |',
        '| Mr Paul Irving | Independent Member | Present |',
        '',
        '| Also Present | Role |',
        '|---|---|',
        '| Ellen Tranter | Scrutiny Officer |',
      ].map((l) => l.replace(/\s*!\[pdf icon\]\([^)]*\)\s*PDF \d+ KB/, '')),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['9/24', 'APOLOGIES FOR ABSENCE'],
      ['10/24', 'PROPOSED POLICE PRECEPT 2024/25'],
    ]);
    // The link to the paper stays in the text, once.
    expect(m.items[1]!.paragraphs.filter((p) => p.includes('](documents/s40181/Precept.pdf)'))).toHaveLength(1);
    expect(removeFurniture('| **9/24** | **APOLOGIES** |\n|---|---|\n\nNone.').removed).toEqual([{ line: '|---|---|', reason: 'table rule', count: 1 }]);
    expect(who(m)).toEqual([
      'present: Councillor Harriet Pell (Chairman)',
      'apologies: Councillor Tom Ashdown (Committee Member)',
      'present: Mr Paul Irving (Independent Member)',
      'in-attendance: Ellen Tranter (Scrutiny Officer)',
    ]);
  });

  it('reads a list a sentence of the first item heads, under a "####" title, and a list printed twice in two languages once', () => {
    const m = read([
      '### Items',
      '',
      '31.',
      '',
      '#### Introductions and Apologies for Absence',
      '',
      '**Minutes:**',
      '',
      'Councillor Rekha Pandit opened the meeting. Board members present:',
      '',
      '* Councillor Rekha Pandit – Cabinet Member for Community Safety (Chair)',
      '* Fiona Latchford – Strategic Director',
      '',
      'Apologies were received from Councillor Daniel Fry.',
      '',
      '32.',
      '',
      '#### Declaration of Interests',
      '',
      'None.',
    ]);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['31', 'Introductions and Apologies for Absence'],
      ['32', 'Declaration of Interests'],
    ]);
    expect(who(m)).toEqual([
      'present: Councillor Rekha Pandit (Cabinet Member for Community Safety, Chair)',
      'present: Fiona Latchford (Strategic Director)',
      'apologies: Councillor Daniel Fry',
    ]);
    const cy = read([
      'Cofnodion / Minutes: Llanfair Town Council, 13 May 2024 at 7pm',
      '',
      'Yn bresennol:',
      'Cyng. Sioned Maelor       Cyng. Rhodri Talfan',
      'Present:',
      'Cllr. Sioned Maelor       Cllr. Rhodri Talfan',
      '',
      '1. Apologies',
      '',
      'None.',
      '',
      '2. Minutes',
      '',
      'Approved.',
    ]);
    expect(cy.attendance.map((a) => a.name)).toEqual(['Cyng. Sioned Maelor', 'Cyng. Rhodri Talfan']);
    expect(cy.header).toContain('Cllr. Sioned Maelor');
  });
});

describe('attendance said in sentences of entries parted by semicolons', () => {
  it('reads "Present were …" and "Also attending were Name, Post; Name, Post; and Name, Post" under an Attendance heading', () => {
    // Synthetic, in the layout of a PCC's ethics panel web page saved as Markdown.
    const m = read([
      '# Ashvale Police Ethics Panel',
      '',
      'Minutes of the meeting held on Tuesday 4 March 2025 at 2.00 pm',
      '',
      '## Attendance',
      '',
      'Present were Professor Jane Hollis (Independent Chair), Omar Price and Clare Dunmore (Independent Members).',
      '',
      'Also attending were Superintendent Neil Garth, Head of Professional Standards; Dana Okoro, Chief Executive, Office of the Police and Crime Commissioner; and Tom Reed, Panel Secretary, OPCC.',
      '',
      '## 1. Welcome',
      '',
      'The Chair welcomed everyone.',
    ]);
    expect(who(m)).toEqual([
      'present: Professor Jane Hollis (Independent Chair)',
      'present: Omar Price',
      'present: Clare Dunmore (Independent Members)',
      'in-attendance: Superintendent Neil Garth (Head of Professional Standards)',
      'in-attendance: Dana Okoro (Chief Executive, Office of the Police and Crime Commissioner)',
      'in-attendance: Tom Reed (Panel Secretary, OPCC)',
    ]);
  });

  it('keeps a list of names whose groups are parted by semicolons a list of names', () => {
    // Synthetic, in the layout of a national park authority's committee minutes.
    const m = read([
      'DEVELOPMENT MANAGEMENT COMMITTEE',
      '',
      'Minutes of the meeting held on 12 February 2025',
      '',
      'Present: Mr T Griffin, Dr R Mansell and Ms S Lloyd; Councillors K Jenkin, A Parr and W Tudur.',
      '',
      '1. Apologies',
      '',
      'None.',
    ]);
    expect(m.attendance.map((a) => a.name)).toEqual([
      'Mr T Griffin',
      'Dr R Mansell',
      'Ms S Lloyd',
      'Councillor K Jenkin',
      'Councillor A Parr',
      'Councillor W Tudur',
    ]);
  });
});

describe('a Scottish area committee\'s "ATTENDING:"', () => {
  it('reads the officers under "ATTENDING:", their list wrapped under the tab stop, as in attendance', () => {
    // Synthetic, in the layout of a Scottish council's area committee minute (PDF text, the labels in a margin).
    const m = read([
      'THE GLENHAVEN COUNCIL - SOUTH AREA COMMITTEE',
      '',
      '3rd June, 2025                                        10.00 a.m. – 12.10 p.m.',
      '',
      'PRESENT:          Councillors Fraser McLeod (Convener), Iona Reid and Derek',
      '                  Shaw.',
      '',
      'ATTENDING:        Gillian Baird, Community Manager (South), and Tom Forbes, Solicitor,',
      '                  Legal and Democratic Services.',
      '',
      '1.   DECLARATIONS OF INTEREST',
      '',
      'None.',
    ]);
    expect(m.attendance.map((a) => `${a.group}: ${a.name}`)).toEqual([
      'present: Councillor Fraser McLeod',
      'present: Councillor Iona Reid',
      'present: Councillor Derek Shaw',
      'in-attendance: Gillian Baird',
      'in-attendance: Tom Forbes',
    ]);
    // The label is a heading of the attendance, however its list is laid out.
    expect(attendanceHeading('ATTENDING:        Gillian Baird, Community Manager (South)')).toMatchObject({ group: 'in-attendance' });
    expect(attendanceHeading('Attending the meeting was a large crowd')).toBeUndefined();
  });
});
