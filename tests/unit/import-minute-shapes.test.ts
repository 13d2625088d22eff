import { describe, expect, it } from 'vitest';
import { readItemNumber } from '../../src/lib/import/rules/numbering';
import { directoryOf } from '../../src/lib/import/directory';
import { parseMinutes } from '../../src/lib/import/minutes';
import { removeFurniture } from '../../src/lib/import/furniture';
import { classify } from '../../src/lib/import/paper';
import { agendaNumber } from '../../src/schemas/meeting';
import { compareAgendaNumbers } from '../../src/lib/derive/agenda';
import { bareName } from '../../src/lib/import/rules/names';
import { readTitle } from '../../src/lib/import/minutes/title';

// Shapes of minutes met in the held-out evaluation sets, each read by a general rule. Every document
// here is synthetic: invented names and places, set out as the kind of minutes named.
const none = directoryOf(undefined);

describe('a district committee coded "CODE/NNN/YYYY", with posts and organisations in its attendance', () => {
  // Synthetic, in the layout of a Northern Ireland district council committee's PDF export.
  const minutes = parseMinutes(
    [
      '                                                       PW 04.03.2025',
      'BALLYFERN DISTRICT COUNCIL',
      'Minutes of the Meeting of the Parks and Works Committee held in the Council Chamber,',
      'Ballyfern Civic Centre on Tuesday 4 March 2025 at 7.00 pm',
      '',
      'In the Chair:           Councillor T Mulgrew',
      'Members Present:        Aldermen – E Corry, J Rainey and B Hollis',
      '                        Councillors – N Devlin, R Ó Fiaich and S Agnew',
      'Officers Present:       Director of Works – K Fleming',
      'In Attendance:          Mr P Gault, Network Manager, Department for',
      '                        Rivers and Canals (for Item PW/031/2025 only)',
      '                        Ms E Tohill, Area Engineer, Ballyfern Water (for Item PW/032/2025 only)',
      '',
      'PW/030/2025     APOLOGIES',
      '',
      'Apologies were received from Councillor D Keys.',
      '',
      'PW/031/2025     DEPUTATION: RIVERS AND CANALS – DREDGING PROGRAMME',
      '                2025/26',
      '',
      'Mr Gault outlined the dredging programme.',
      '',
      '                                        12',
      '                                                       PW 04.03.2025',
      '',
      'PW/032/2025     WATER MAINS RENEWAL',
      '',
      'In response to a query from Councillor Agnew, Ms Tohill undertook to send Members a map of the',
      'renewal works on Fern Street.',
      '',
      'PW/033/2025     PLAY PARK REFURBISHMENT',
      '',
      'AGREED:         On the proposal of Alderman Corry, seconded by Councillor Devlin, it was',
      '                agreed to refurbish the play park at Mill Green.',
    ].join('\n'),
    none,
  );

  it('reads numbers whose last part is a year, and not page numbers under a running header, as the items', () => {
    expect(readItemNumber('PW/031/2025     DEPUTATION')?.number.parts).toEqual([31, 2025]);
    expect(minutes.items.map((i) => i.number)).toEqual(['PW/030/2025', 'PW/031/2025', 'PW/032/2025', 'PW/033/2025']);
  });

  it('runs a capitals title onto a line of figures set under its first word', () => {
    expect(minutes.items[1]!.title).toBe('DEPUTATION: RIVERS AND CANALS – DREDGING PROGRAMME 2025/26');
  });

  it('reads "Aldermen – A, B and C", joins a post broken after "for", and keeps an organisation in its post', () => {
    expect(minutes.attendance.map((a) => a.name)).toEqual([
      'Councillor T Mulgrew',
      'Alderman E Corry',
      'Alderman J Rainey',
      'Alderman B Hollis',
      'Councillor N Devlin',
      'Councillor R Ó Fiaich',
      'Councillor S Agnew',
      'K Fleming',
      'Mr P Gault',
      'Ms E Tohill',
      'Councillor D Keys',
    ]);
    const tohill = minutes.attendance.find((a) => a.name === 'Ms E Tohill')!;
    expect(tohill.as).toBe('Area Engineer, Ballyfern Water');
  });

  it('gives a promise after an opening clause to its subject', () => {
    expect(minutes.items[2]!.actions.map((a) => a.ownerText)).toEqual(['Ms Tohill']);
    expect(minutes.items[3]!.decisions.map((d) => d.text)).toEqual([expect.stringContaining('it was agreed to refurbish the play park at Mill Green')]);
  });
});

describe('a committee web page saved as Markdown, under its council logo', () => {
  // Synthetic, in the layout of a ModernGov meeting page: logo, menus, heading with the date, numbers alone on their lines.
  const page = (heading: string) =>
    parseMinutes(
      removeFurniture(
        [
          '[Skip to content](#content)',
          '',
          '[![Tarrow Vale Borough Council logo](/images/logo.png)](https://democracy.tarrowvale.gov.uk/)',
          '',
          '* [Home](/)',
          '* [Committees](mgListCommittees.aspx)',
          '',
          '# Agenda and minutes',
          '',
          `## ${heading} - Wednesday, 8th October, 2025 6.30 pm`,
          '',
          '**Present:** Councillor Ann Pike (Chair), Councillors Ravi Sood (Tarrow Ward) and Joan Lusk* (Mere Ward); Independent Members: Tom Gale and Iris Webb.',
          '',
          '*Councillor Joan Lusk replaced Councillor Ben Hart for this meeting.',
          '',
          '**Also in attendance:**',
          '',
          '* Mr Owen Price, Head of Community Safety, Tarrow Vale Borough Council and Partners for',
          '* Ms Lily Shaw, Scrutiny Officer',
          '',
          '14/25',
          '',
          '### APOLOGIES FOR ABSENCE',
          '',
          'The Chair to report apologies for absence.',
          '',
          '**Minutes:**',
          '',
          'Apologies were received from Councillor Ben Hart (substituted by Councillor Joan Lusk).',
          '',
          '15/25',
          '',
          '### [CCTV REVIEW ![pdf icon](/images/pdf.png) PDF 210 KB](documents/s1201/CCTV.pdf)',
          '',
          '**Minutes:**',
          '',
          '**RESOLVED** that the review be noted.',
          '',
          '**Action:** Head of Community Safety, TVBC to report on camera faults in January.',
        ].join('\n'),
      ).text,
      none,
    );

  it('names a committee by its council when its heading does not, and not when the heading holds the place', () => {
    expect(page('Community Safety Scrutiny Committee').body).toBe('Tarrow Vale Borough Council Community Safety Scrutiny Committee');
    expect(page('Tarrow Vale Community Safety Partnership').body).toBe('Tarrow Vale Community Safety Partnership');
  });

  it('reads a number alone on its line with a title linked to its paper, and no action from the agenda text above "Minutes:"', () => {
    const m = page('Community Safety Scrutiny Committee');
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['14/25 APOLOGIES FOR ABSENCE', '15/25 CCTV REVIEW']);
    expect(m.items[0]!.actions).toEqual([]);
    expect(m.items[1]!.actions.map((a) => a.ownerText)).toEqual(['Head of Community Safety, TVBC']);
  });

  it('reads labelled parts of a list, a footnote mark after a name, one person a bullet, and a substitute in brackets', () => {
    const m = page('Community Safety Scrutiny Committee');
    expect(m.attendance.map((a) => `${a.group}: ${a.name}`)).toEqual([
      'present: Councillor Ann Pike',
      'present: Councillor Ravi Sood',
      'present: Councillor Joan Lusk',
      'present: Tom Gale',
      'present: Iris Webb',
      'in-attendance: Mr Owen Price',
      'in-attendance: Ms Lily Shaw',
      'apologies: Councillor Ben Hart',
    ]);
  });
});

describe('a Scottish council committee minute, its articles titled above their numbers', () => {
  // Synthetic, in the layout of a Scottish city council's committee minute exported from PDF.
  const minute = parseMinutes(
    [
      'STRATHLEVEN CITY COUNCIL',
      '',
      'HOUSING AND ESTATES COMMITTEE',
      '',
      'Minute of Meeting',
      '',
      'Burnside House, STRATHLEVEN, 12 March 2025. Minute of Meeting of the HOUSING AND',
      'ESTATES COMMITTEE. Present:- Councillor Baird, Convener; Councillor Lennie,',
      'Vice-Convener; and Councillors Crombie, Duthie and Ewart; and the Reverend Dr Iain',
      'Moir (Church Representative).',
      '',
      'INTIMATION OF APOLOGIES',
      '',
      '1.     The Convener intimated that apologies had been received from Councillor Forbes',
      'and from Ms Ruth Gow (Tenant Representative), and that there were no substitutes.',
      '',
      'The Committee resolved:-',
      'to note the apologies intimated.',
      '',
      'VOID PROPERTIES - HSG/25/041',
      '',
      '2.     The Committee had before it a report by the Director of Housing on the',
      'number of void properties across the city.',
      '',
      'There being no division, the Committee resolved:-',
      'to adopt the recommendations, and accordingly -',
      '(i)    to note the report; and',
      '(ii)   to instruct the Chief Officer – Housing to report back in June 2025 on',
      '       void turnaround times by area.',
    ].join('\n'),
    none,
  );

  it('reads the body and place from the opening sentence, and the list that runs on from it', () => {
    expect(minute.body).toBe('Strathleven City Council Housing and Estates Committee');
    expect(minute.location).toBe('Burnside House, STRATHLEVEN');
    expect(minute.attendance.map((a) => `${a.group}: ${a.name}${a.as ? ` (${a.as})` : ''}`)).toEqual([
      'present: Councillor Baird (Convener)',
      'present: Councillor Lennie (Vice-Convener)',
      'present: Councillor Crombie',
      'present: Councillor Duthie',
      'present: Councillor Ewart',
      'present: Reverend Dr Iain Moir (Church Representative)',
      'apologies: Councillor Forbes',
      'apologies: Ms Ruth Gow',
    ]);
  });

  it('takes each title from the heading above its number', () => {
    expect(minute.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 INTIMATION OF APOLOGIES', '2 VOID PROPERTIES - HSG/25/041']);
  });

  it('reads the parts a resolution introduces, and an instruction in one as an action', () => {
    expect(minute.items[1]!.decisions.map((d) => d.text)).toEqual([
      'to note the report; and',
      expect.stringMatching(/^to instruct the Chief Officer – Housing to report back in June 2025/),
    ]);
    expect(minute.items[1]!.actions.map((a) => a.ownerText)).toEqual(['Chief Officer – Housing']);
  });
});

describe('a Welsh scrutiny committee exported from Word, its names in a grid and its actions in a table of spaces', () => {
  // Synthetic, in the layout of a Welsh county borough council's scrutiny minutes exported as text.
  const minutes = parseMinutes(
    [
      'PEOPLE SCRUTINY COMMITTEE - TUESDAY, 4 FEBRUARY 2025',
      '',
      'MINUTES OF A MEETING OF THE PEOPLE SCRUTINY COMMITTEE HELD IN HYBRID FORMAT IN THE',
      'COUNCIL CHAMBER, TY CYNGOR, STRYD FAWR, LLANFAEN ON TUESDAY, 4 FEBRUARY 2025 AT 14:00',
      '',
      'Present',
      '',
      'Councillor DW Price – Chairperson',
      '',
      'AB Jenkins             CE Morris              FT Rowlands            GH Watkin',
      '',
      'Present Virtually',
      '',
      'KL Hopkins             MN Vaughan',
      '',
      'Invitees:',
      '',
      'Councillor PR Lewis    Cabinet Member for Education',
      '',
      '21.    SCHOOL TRANSPORT',
      '',
      '       The Committee considered the report on school transport.',
      '',
      '22.    FORWARD WORK PROGRAMME',
      '',
      '       RESOLVED:      That the Forward Work Programme be approved.',
      '',
      'ACTION SHEET',
      '',
      'Minute   Action                                   Responsible              Target date',
      'No.                                               Officer',
      '',
      '21       Provide the number of pupils on each     Head of Transport        28 February',
      '         contract route by school                                          2025',
      '',
      '22       Add school meals to the work             Scrutiny Officer         March 2025',
      '         programme',
      '',
      '',
      'The meeting closed at 15:40',
    ].join('\n'),
    none,
  );

  it('reads bare names set out in columns, "Present Virtually" and "Invitees:" as headings, and the place after "hybrid format in"', () => {
    expect(minutes.attendance.map((a) => `${a.group}: ${a.name}`)).toEqual([
      'present: Councillor DW Price',
      'present: AB Jenkins',
      'present: CE Morris',
      'present: FT Rowlands',
      'present: GH Watkin',
      'present: KL Hopkins',
      'present: MN Vaughan',
      'in-attendance: Councillor PR Lewis',
    ]);
    expect(minutes.location).toBe('COUNCIL CHAMBER, TY CYNGOR, STRYD FAWR, LLANFAEN');
  });

  it('reads each row of a table printed in columns of spaces, its cells wrapped, under the item it names', () => {
    expect(minutes.items.map((i) => i.actions.map((a) => `${a.ownerText}: ${a.text} (${a.dueText})`))).toEqual([
      ['Head of Transport: Provide the number of pupils on each contract route by school (28 February 2025)'],
      ['Scrutiny Officer: Add school meals to the work programme (March 2025)'],
    ]);
  });
});

describe("a joint audit committee's PDF, its attendance grouped by organisation", () => {
  // Synthetic, in the layout of a police joint audit committee's minutes exported from PDF.
  const minutes = parseMinutes(
    [
      'Minutes of Joint Audit Committee Meeting',
      'Tuesday 14',
      'th',
      ' May 2024',
      '10.00 am',
      '',
      'Attendees',
      '',
      'Mr K Trewin in the chair',
      '',
      'Members',
      'Mrs P Hale and Mr G Oduya',
      '',
      'Office of the Police and Crime Commissioner',
      'PCC Ruth Penrose and Mr D Fenn (Chief Executive)',
      '',
      'Auditors',
      'Ms C Lyle (Harbour Audit LLP)',
      '',
      '1.     Apologies',
      '',
      'Mr Trewin welcomed everyone. There were no apologies.',
      '',
      '2.     Internal audit progress report',
      '',
      'The Committee received the report.',
      '',
      'ACTIONS ARISING FROM THE MEETING',
      '',
      'No.   Minute   Action                                        By        Due',
      '1     2        Bring the payroll audit to the next           CL        Jul 24',
      '               meeting',
    ].join('\n'),
    none,
  );

  it('joins a superscript ordinal onto its number, and reads "in the chair" and the organisations over their people', () => {
    expect(minutes.date).toBe('2024-05-14');
    expect(minutes.attendance.map((a) => `${a.group}: ${a.name}${a.as ? ` (${a.as})` : ''}`)).toEqual([
      'present: Mr K Trewin (Chair)',
      'present: Mrs P Hale',
      'present: Mr G Oduya',
      'in-attendance: PCC Ruth Penrose',
      'in-attendance: Mr D Fenn (Chief Executive)',
      'in-attendance: Ms C Lyle (Harbour Audit LLP)',
    ]);
  });

  it('reads an action table whose owner column is headed "By"', () => {
    expect(minutes.items[1]!.actions.map((a) => `${a.ownerText}: ${a.text}`)).toEqual(['CL: Bring the payroll audit to the next meeting']);
  });
});

describe('community council minutes in Welsh, and in Welsh and English by turns', () => {
  // Synthetic, in the layout of a Welsh town council's monthly minutes written in Welsh.
  const welsh = parseMinutes(
    [
      'CYNGOR TREF LLANFERWYN',
      'COFNODION CYFARFOD MISOL Y CYNGOR',
      'Nos Fawrth, 11eg Chwefror 2025 am 7.00yh',
      '',
      'Presennol:',
      'Cyng. Alaw Morgan (Maer – Cadeirydd)',
      'Cynghorwyr: Ifan Rhys, Lowri Haf Jones',
      '',
      'Yn bresennol hefyd:',
      'Siân Puw (Clerc y Dref)',
      '',
      '12.  COFNODION Y CYFARFOD BLAENOROL',
      'Cynigiwyd gan y Cyng. Ifan Rhys ac eiliwyd gan y Cyng. Lowri Haf Jones bod cofnodion',
      'cyfarfod 14eg Ionawr 2025 yn gofnod cywir. Cytunwyd yn unfrydol.',
      '',
      '13.  GOLEUADAU STRYD',
      'Adroddodd y Clerc fod dau olau yn ddiffygiol.',
      'Clerc y Dref i anfon manylion at y Cyngor Sir.',
    ].join('\n'),
    none,
  );

  it('reads Welsh headings, a motion and the vote that carries it, and a Welsh action', () => {
    expect(welsh.attendance.map((a) => `${a.group}: ${a.name}`)).toEqual([
      'present: Cyng. Alaw Morgan',
      'present: Cynghorydd Ifan Rhys',
      'present: Cynghorydd Lowri Haf Jones',
      'in-attendance: Siân Puw',
    ]);
    expect(welsh.items[0]!.decisions.map((d) => d.text)).toEqual([expect.stringMatching(/^Cynigiwyd gan .* yn gofnod cywir\. Cytunwyd yn unfrydol\.$/)]);
    expect(welsh.items[1]!.actions.map((a) => a.ownerText)).toEqual(['Clerc y Dref']);
  });

  // Synthetic, in the layout of a Welsh community council's minutes, each paragraph in Welsh then in English.
  const both = parseMinutes(
    [
      'CYNGOR CYMUNED PENTREFELIN / PENTREFELIN COMMUNITY COUNCIL',
      'Minutes of the meeting of Pentrefelin Community Council held on Monday, 3rd March 2025 at 7.00pm.',
      '',
      'Presennol / Present: Cyng./Cllrs.: T. Hughes (cadeirydd/chair), E. Price a/and W. Jones.',
      '',
      '25/10 MATERION YN CODI / MATTERS ARISING',
      'Nid oedd y Cyngor Sir wedi ateb. The County Council had not replied.',
      'Cam gweithredu / Action: W. Jones – ffonio’r Adran Priffyrdd /',
      'telephone the Highways Department.',
      '',
      '25/11 TALIADAU / PAYMENTS',
      'Cynigiwyd gan Cyng. E. Price ac eiliwyd gan Cyng. W. Jones fod y taliadau’n cael eu',
      'cymeradwyo.',
      'It was proposed by Cllr. E. Price and seconded by Cllr. W. Jones',
      'that the payments be approved.',
    ].join('\n'),
    none,
  );

  it('reads an action line in both languages, its owner a name, and keeps the English of a motion in both', () => {
    expect(both.items[0]!.actions.map((a) => `${a.ownerText}: ${a.text}`)).toEqual([
      'W. Jones: W. Jones – ffonio’r Adran Priffyrdd / telephone the Highways Department.',
    ]);
    expect(both.items[1]!.decisions.map((d) => d.text)).toEqual([
      'It was proposed by Cllr. E. Price and seconded by Cllr. W. Jones that the payments be approved.',
    ]);
  });
});

describe('a scrutiny panel whose numbered actions are listed again in a closing table', () => {
  // Synthetic, in the layout of a PCC's out-of-court resolutions scrutiny panel, exported from PDF.
  const minutes = parseMinutes(
    [
      'OUT OF COURT RESOLUTIONS SCRUTINY PANEL',
      'Date: 5 March 2025',
      '',
      'Present:',
      '',
      'Harbourshire Council',
      '',
      'Councillors P Ennis (Chair) and R Dowd',
      '',
      'Also present: Rev. Canon Ann Tye; Mr Rob Hale, Harbourshire Fire & Rescue Service',
      '',
      '1.0   ACTION LOG',
      '',
      '      Action 24/09 (leaflet) – PS Kerr confirmed that the leaflet had been issued.',
      '',
      '2.0   CASE REVIEW',
      '',
      '      ACTION 25/01: PS Kerr to review the recording of diversion outcomes with the',
      '      data quality team and report back.                                  JK',
      '',
      '      Contact: Lee Moss, Clerk to Harbourshire Council',
      '',
      '      SUMMARY OF ACTIONS',
      '',
      '      No      Action                                    Owner    Due',
      '      25/01   Review the recording of diversion         JK       23.04.25',
      '              outcomes',
    ].join('\n'),
    none,
  );

  it('keeps members grouped by council as members, and reads "Canon" and a service as no one', () => {
    expect(minutes.attendance.map((a) => `${a.group}: ${a.name}`)).toEqual([
      'present: Councillor P Ennis',
      'present: Councillor R Dowd',
      'in-attendance: Rev. Canon Ann Tye',
      'in-attendance: Mr Rob Hale',
    ]);
  });

  it('reads a numbered action line once, by its margin owner, with the table row as its date, and an update as no action', () => {
    expect(minutes.items[0]!.actions).toEqual([]);
    expect(minutes.items[1]!.actions.map((a) => `${a.ownerText} ${a.ref} ${a.dueText}: ${a.text}`)).toEqual([
      'JK 25/01 23.04.25: ACTION 25/01: PS Kerr to review the recording of diversion outcomes with the data quality team and report back.',
    ]);
  });
});

describe("an integration joint board's minute published as a web page, its items in Roman numerals", () => {
  // Synthetic, in the layout of a health and social care partnership's web page of an IJB minute.
  const page = [
    '[Skip to main content](#main-content)',
    '[![Kelvale Health and Social Care Partnership](/logo.svg)](/)',
    '- [Home](/)',
    '- [About Us](/about-us)',
    '- [Publications](/publications)',
    '- [News](/news)',
    '- [Contact Us](/contact-us)',
    'Search this site [Search](/search)',
    '- [Home](/)',
    '- [Publications](/publications)',
    '- Publication',
    '',
    '# Publication',
    '',
    'At a MEETING of the KELVALE INTEGRATION JOINT BOARD held in Kelvale House on 4th June, 2025.',
    '',
    'Present:-',
    '',
    '| Members | Role |',
    '|---|---|',
    '| Ann KERR (Chair) | Elected Member |',
    '| Tom BAIN | Non-Executive Member |',
    '',
    'Non-members in attendance at request of Chief Officer:-',
    '',
    '| | |',
    '|---|---|',
    '| Rita COLE | Head of Community Care |',
    '',
    '**I APOLOGIES FOR ABSENCE**',
    '',
    'Apologies for absence were submitted on behalf of:-',
    '',
    '| Member | Role |',
    '|---|---|',
    '| Dan Reid | Carers Representative |',
    '',
    '**II ANNUAL DELIVERY PLAN**',
    '',
    'Tom Bain, seconded by Ann Kerr, moved that the Board approve the Annual Delivery Plan.',
    '',
    'As an amendment, Dan Reid moved that consideration of the plan be deferred.',
    '',
    'Following questions and answers the Integration Joint Board agreed:-',
    '',
    '(i) to approve the Annual Delivery Plan; and',
    '',
    '(ii) to remit to the Chief Officer to report on the consultation in October.',
  ].join('\n');
  const minutes = parseMinutes(removeFurniture(page).text, none);

  it('is read as minutes once the menus are passed', () => {
    expect(classify(page).kind).toBe('minutes');
  });

  it('reads Roman numerals as item numbers, and the content format accepts and orders them', () => {
    expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['I APOLOGIES FOR ABSENCE', 'II ANNUAL DELIVERY PLAN']);
    expect(agendaNumber.safeParse('XIV').success).toBe(true);
    expect(agendaNumber.safeParse('IIII').success).toBe(false);
    expect(['X', 'IX', 'IV', 'V', 'XI'].sort(compareAgendaNumbers)).toEqual(['IV', 'V', 'IX', 'X', 'XI']);
  });

  it('reads those in attendance "at request of" someone, and apologies given as a table in an item', () => {
    expect(minutes.attendance.map((a) => `${a.group}: ${a.name}`)).toEqual([
      'present: Ann KERR',
      'present: Tom BAIN',
      'in-attendance: Rita COLE',
      'apologies: Dan Reid',
    ]);
  });

  it('reads the parts the board agreed, not the motion or the amendment, and a remit as an action', () => {
    expect(minutes.items[1]!.decisions.map((d) => d.text)).toEqual([
      'to approve the Annual Delivery Plan; and',
      'to remit to the Chief Officer to report on the consultation in October.',
    ]);
    expect(minutes.items[1]!.actions.map((a) => a.ownerText)).toEqual(['Chief Officer']);
  });
});

describe("a community council's minutes posted on its blog, each item a bold heading run into its text", () => {
  // Synthetic, in the layout of a Highland community council's minutes as a WordPress post.
  const minutes = parseMinutes(
    removeFurniture(
      [
        '# Glenbrae Community Council',
        '## Minutes 3 March 2025',
        'Minutes of meeting held on Monday 3rd March 2025 in Glenbrae Hall at 7.30pm',
        '',
        '**Present:** Ewan Ross, Chair (ER), Kirsty Bell, Secretary (KB), Hamish Gray (HG)',
        '',
        '**Also present:** Highland Councillor Ruth Dow (RD), three members of the public',
        '',
        '**Police Scotland:** PC Colin Fyfe (CF)',
        '',
        '**Apols:** Morven Tait (MT)',
        '',
        '**Item 1. Welcome.** ER welcomed everyone.',
        '',
        '**Item 2. Matters arising.** The bench has not been repaired. HG will chase the joiner again. HG Action.',
        '',
        '**Item 3. AOCB.** None.',
      ].join('\n'),
    ).text,
    none,
  );

  it('reads the title each bold heading closes, and those present under their labels', () => {
    expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Welcome', '2 Matters arising', '3 AOCB']);
    expect(minutes.attendance.map((a) => `${a.group}: ${a.name}${a.as ? ` (${a.as})` : ''}`)).toEqual([
      'present: Ewan Ross (Chair)',
      'present: Kirsty Bell (Secretary)',
      'present: Hamish Gray',
      'in-attendance: Highland Councillor Ruth Dow',
      'in-attendance: PC Colin Fyfe (Police Scotland)',
      'apologies: Morven Tait',
    ]);
  });

  it('gives an action to the initials of someone present', () => {
    expect(minutes.items[1]!.actions.map((a) => `${a.ownerText}: ${a.text}`)).toEqual(['HG: HG will chase the joiner again.']);
  });
});

describe("a Northern Ireland city council committee's minutes: centred headings, no numbers, page numbers under a running header", () => {
  // Synthetic, in the layout of a Northern Ireland city council's committee minutes exported from PDF.
  const minutes = parseMinutes(
    [
      '                                       Parks and Leisure Committee,',
      '                                            Tuesday, 6th May, 2025',
      '',
      '                  MEETING OF THE PARKS AND LEISURE COMMITTEE',
      '                  HELD IN THE BANN ROOM, CITY HALL ON TUESDAY, 6th MAY, 2025',
      '',
      'Members present:     Councillor Doyle (Chairperson);',
      '                     The Deputy Lord Mayor (Councillor Quinn);',
      '                     Councillors Agnew and Boyle.',
      '',
      '                                    Apologies',
      '',
      '            Apologies were reported on behalf of Councillor Kerr.',
      '',
      '                                     Minutes',
      '',
      '            The minutes of the meeting of 8th April were taken as read and',
      'signed as correct.',
      '',
      '                                                                      P412',
      '                                       Parks and Leisure Committee,',
      '                                            Tuesday, 6th May, 2025',
      '',
      '                          Playground Refurbishment Programme',
      '',
      '            The Director presented the programme for the year.',
      '',
      '            The Committee:',
      '',
      '            -  approved the programme set out in the report; and',
      '',
      '            -  agreed that the Lagan Park site be refurbished first.',
      '',
      '                                                                      P413',
      '                                       Parks and Leisure Committee,',
      '                                            Tuesday, 6th May, 2025',
      '',
      '                               Tree Planting Grants',
      '',
      '            After discussion, the Committee adopted the recommendations.',
    ].join('\n'),
    none,
  );

  it('reads the centred headings as the items, not the page numbers under the running header', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(['Apologies', 'Minutes', 'Playground Refurbishment Programme', 'Tree Planting Grants']);
  });

  it('reads an office held by a councillor, and apologies "reported"', () => {
    expect(minutes.attendance.map((a) => `${a.group}: ${a.name}${a.as ? ` (${a.as})` : ''}`)).toEqual([
      'present: Councillor Doyle (Chairperson)',
      'present: Councillor Quinn (Deputy Lord Mayor)',
      'present: Councillor Agnew',
      'present: Councillor Boyle',
      'apologies: Councillor Kerr',
    ]);
  });

  it('reads "The Committee:" and its bulleted parts, "taken as read and signed as correct" and "adopted the recommendations"', () => {
    expect(minutes.items.map((i) => i.decisions.length)).toEqual([0, 1, 2, 1]);
  });
});

describe('a joint committee of councils, its attendance a table of who represented each, and its absentees', () => {
  // Synthetic, in the layout of a London joint committee's minutes and a joint burial committee's Word export.
  const minutes = parseMinutes(
    [
      'NORTH RIVERSIDE JOINT WASTE COMMITTEE',
      'Minutes of the meeting held on Thursday 12 June 2025 at 10.00 am',
      '',
      'Present:',
      '',
      'Council                Councillor',
      'Ashmere                Cllr Jo Platt (Chair)',
      'Brindle Vale           Apologies',
      'Corbridge Heath        Cllr Sam Ude',
      '',
      'Also present:          Helen Ward JP; Ch Insp Ray Cole, Local Policing',
      '',
      'Absent:                Cllr Tim Rowe (Brindle Vale)',
      '',
      '1.     APOLOGIES',
      '',
      '       Apologies were received from Cllr Rowe.',
      '',
      '2.     FEES',
      '',
      '       The Committee agreed the fees.',
    ].join('\n'),
    none,
  );

  it('reads who represented each council, no one for a council that sent apologies, and no absentee', () => {
    expect(minutes.attendance.map((a) => `${a.group}: ${a.name}${a.as ? ` (${a.as})` : ''}`)).toEqual([
      'present: Cllr Jo Platt (Chair, Ashmere)',
      'present: Cllr Sam Ude (Corbridge Heath)',
      'in-attendance: Helen Ward JP',
      'in-attendance: Ch Insp Ray Cole (Local Policing)',
      'apologies: Cllr Rowe',
    ]);
    expect(bareName('Helen Ward JP')).toBe('Helen Ward');
    expect(bareName('Ch Insp Ray Cole')).toBe('Ray Cole');
  });
});

describe('a panel numbered "1.0", "1.1" with a longer closing table of numbered actions', () => {
  // Synthetic, in the layout of a custody visiting panel's minutes saved from Word: items "N.0", paragraphs "N.1".
  const items = Array.from({ length: 4 }, (_, k) => [`${k + 1}.0\tItem ${k + 1} heading\t`, `${k + 1}.1\tThe Panel discussed item ${k + 1}.\tGM`, '']).flat();
  const rows = Array.from({ length: 9 }, (_, k) => `25/0${k + 1}\tDo task number ${k + 1}\tGM\t31/01/25`);
  const text = [
    'Minutes of the Quarterly Panel Meeting',
    'Date:\tTuesday 14th January 2025',
    '',
    ...items,
    'Summary of new actions',
    'No.\tAction\tOwner\tDue',
    ...rows,
  ].join('\n');
  const minutes = parseMinutes(text, none);

  it('takes the items, each with its paragraphs, over the nine numbered rows of the table', () => {
    expect(minutes.items.map((i) => i.number)).toEqual(['1.0', '2.0', '3.0', '4.0']);
  });

  it('keeps every word of the table in the minutes', () => {
    const kept = minutes.items.flatMap((i) => [i.title ?? '', ...i.paragraphs]).join(' ');
    for (let k = 1; k <= 9; k++) expect(kept).toContain(`Do task number ${k}`);
  });
});

describe('a closing summary that restates the actions the items give', () => {
  // Synthetic, in the layout of a parish committee's Word export: actions in the text, then a summary table.
  const minutes = parseMinutes(
    [
      'Minutes of the Burial Committee held on Monday 2 June 2025 at 14:00',
      '',
      '1.0\tFEES',
      '1.1\tThe Clerk will publish the revised fees on both websites and send them to funeral directors by 1 July.\tGP',
      '',
      '2.0\tMEMORIALS',
      '2.1\tThe Chair will write to the owners of the three unsafe memorials in Section B.\tAB',
      '',
      'SUMMARY OF ACTIONS',
      'No\tAction\tOwner\tDue',
      '1\tPublish fees; send to funeral directors\tGP\t1 Jul 2025',
      '2\tWrite to owners of unsafe memorials\tAB\t30 Jun 2025',
      '3\tBook the grass cutting for August\tGP\t31 Jul 2025',
    ].join('\n'),
    none,
  );

  it('records each restated action once, with the table’s date, and a row that restates none as an action of its own', () => {
    expect(minutes.items.map((i) => i.actions.map((a) => `${a.ownerText} ${a.dueText}: ${a.text.split(' ').slice(1, 5).join(' ')}`))).toEqual([
      ['GP 1 Jul 2025: The Clerk will publish'],
      ['GP 31 Jul 2025: the grass cutting for', 'AB 30 Jun 2025: The Chair will write'],
    ]);
  });
});

describe('titles above a code alone on its line, numbers with a comma, and a bilingual resolution', () => {
  it('reads a county planning committee whose capitals heading stands over its minute code', () => {
    // Synthetic, in the layout of an English county planning committee's minutes exported from PDF.
    const minutes = parseMinutes(
      [
        'MINUTES of a meeting of the PLANNING AND REGULATION COMMITTEE held on 9 April 2025 at 10.00 am',
        '',
        'Present: County Councillor A Fenby (Chair)',
        '',
        'APOLOGIES AND SUBSTITUTIONS',
        '',
        'DC/12/25',
        '              Apologies for absence were received from County Councillor',
        '              B Holt. County Councillor C Dyer attended as his substitute.',
        '',
        'MINUTES OF THE MEETING HELD ON 12 MARCH 2025',
        '',
        'DC/13/25',
        '              RESOLVED – That the minutes of the meeting held on 12 March',
        '              2025 be confirmed as a correct record.',
      ].join('\n'),
      none,
    );
    expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      'DC/12/25 APOLOGIES AND SUBSTITUTIONS',
      'DC/13/25 MINUTES OF THE MEETING HELD ON 12 MARCH 2025',
    ]);
    expect(minutes.items[1]!.decisions).toHaveLength(1);
  });

  it('reads "1, Apologies" as an item, not "8.2, be forwarded" inside a sentence', () => {
    expect(readItemNumber('1, Apologies and welcomes')?.number.text).toBe('1');
    expect(readItemNumber('16/05/8.2, be forwarded to the Commissioner')).toBeUndefined();
  });

  it('reads the parts of "PENDERFYNWYD / RESOLVED:"', () => {
    // Synthetic, in the layout of a Welsh county council's bilingual Cabinet minutes.
    const minutes = parseMinutes(
      [
        'CABINET',
        'Minutes of the meeting of the Cabinet held on 3 March 2025 at 10.00am',
        '',
        '5.\tCYLLIDEB / BUDGET',
        '',
        '\tPENDERFYNWYD / RESOLVED:',
        '',
        '\t(a)\tthat the draft budget be approved for consultation; and',
        '\t(b)\tthat the savings proposals be approved for consultation.',
      ].join('\n'),
      none,
    );
    expect(minutes.items[0]!.decisions.map((d) => d.text)).toEqual([
      'that the draft budget be approved for consultation; and',
      'that the savings proposals be approved for consultation.',
    ]);
  });
});

describe('the body: never a name that says no one', () => {
  const title = (lines: string[]) => {
    const review: { field: string; message: string }[] = [];
    return { body: readTitle(lines, none, review).body, review: review.filter((r) => r.field === 'body').map((r) => r.message) };
  };

  it('leaves a name with nothing of its own unread, and says so', () => {
    const read = title(['DEVELOPMENT MANAGEMENT COMMITTEE', 'Minutes of the meeting held on 4 March 2025 at 10.00am']);
    expect(read.body).toBe('Unknown body');
    expect(read.review.join(' ')).toMatch(/does not say whose it is/);
  });

  it('reads the name inside "Meeting of …" and "… Business Meeting", and keeps a parish meeting whole', () => {
    expect(title(['Meeting of Wenbury Police and Crime Panel – Thursday, 6 March 2025']).body).toBe('Wenbury Police and Crime Panel');
    expect(title(['GLENARD COMMUNITY COUNCIL BUSINESS MEETING', 'Tuesday 4 March 2025 at 7.30pm']).body).toBe('Glenard Community Council');
    expect(title(['FERNLEY PARISH MEETING', 'Minutes of the annual meeting held on 4 April 2025']).body).toBe('Fernley Parish Meeting');
  });

  it('does not put a council before a panel whose name holds the place already', () => {
    expect(title(['THORNBURY COUNTY COUNCIL', 'THORNBURY POLICE AND CRIME PANEL', 'Minutes of the meeting held on 4 March 2025']).body).toBe(
      'Thornbury Police and Crime Panel',
    );
    expect(title(['NORTH VALE COMBINED AUTHORITY', 'COMBINED AUTHORITY BOARD', 'Minutes of the meeting held on 4 March 2025']).body).toBe(
      'North Vale Combined Authority Board',
    );
  });
});

describe('a person named again by surname alone', () => {
  it('is the person listed already, in the header and in an item', () => {
    // Synthetic, in the layout of a Scottish licensing board's minute and a joint committee's Word export.
    const minutes = parseMinutes(
      [
        'MINUTE of MEETING of the GLENBRAE LICENSING BOARD held on Wednesday 4 June 2025 at 10.00 am.',
        '',
        'Present:  Councillor M Kerr (Convener) and Councillor D Lyle.',
        '',
        'Apologies:  Councillor Ann Reid.',
        '',
        'Councillor Kerr in the Chair.',
        '',
        '1.  APOLOGIES FOR ABSENCE',
        '',
        'Apologies had been received from Councillor Reid, who was unwell.',
      ].join('\n'),
      none,
    );
    expect(minutes.attendance.map((a) => `${a.group}: ${a.name}`)).toEqual([
      'present: Councillor M Kerr',
      'present: Councillor D Lyle',
      'apologies: Councillor Ann Reid',
    ]);
  });
});
