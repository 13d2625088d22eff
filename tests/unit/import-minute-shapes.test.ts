import { describe, expect, it } from 'vitest';
import { readItemNumber } from '../../src/lib/import/rules/numbering';
import { directoryOf } from '../../src/lib/import/directory';
import { parseMinutes } from '../../src/lib/import/minutes';

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
