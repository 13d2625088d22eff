import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/lib/import/minutes';
import { directoryOf } from '../../src/lib/import/directory';

// A Welsh county council cabinet's bilingual minutes, Word export with tabs (synthetic: invented names and places).
const minutes = parseMinutes(
  [
    'CYNGOR SIR BRO HESGEN',
    'BRO HESGEN COUNTY COUNCIL',
    'MINUTES OF THE MEETING OF THE CABINET held on Tuesday, 14th January 2025 at 10.00 a.m.',
    '',
    'PRESENNOL / PRESENT:',
    '',
    'Y Cynghorydd / Councillor Emyr Tudur (Is-gadeirydd / Vice-Chair)',
    '',
    'Y Cynghorydd / Councillor:',
    '\tGwenllian Rhys\t(Arweinydd / Leader – Cadeirydd / Chair)',
    '\tDafydd Morgan\t(Dirprwy Arweinydd / Deputy Leader)',
    '',
    'Hefyd yn bresennol / Also present:',
    '\tY Cynghorwyr / Councillors Alun Voyle (Aelod Lleol / Local Member) a / and Bethan Harries',
    '',
    'Swyddogion / Officers:',
    '\tEirian Howells\tPrif Weithredwr / Chief Executive',
    '\tOlwen Madoc\tSwyddog Monitro / Monitoring Officer',
    '',
    '1. YMDDIHEURIADAU / APOLOGIES',
    '',
    'None were received.',
    '',
    '2. DATGANIADAU / DECLARATIONS',
    '',
    'None.',
    '',
    '3. COFNODION / MINUTES',
    '',
    'Approved.',
  ].join('\n'),
  directoryOf(undefined),
);

describe('bilingual attendance, set in by tabs under its headings', () => {
  it('reads each list under its Welsh and English heading and label', () => {
    expect(minutes.attendance.map((a) => `${a.group}: ${a.name}`)).toEqual([
      'present: Councillor Emyr Tudur',
      'present: Gwenllian Rhys',
      'present: Dafydd Morgan',
      'in-attendance: Councillor Alun Voyle',
      'in-attendance: Councillor Bethan Harries',
      'in-attendance: Eirian Howells',
      'in-attendance: Olwen Madoc',
    ]);
    expect(minutes.attendance.find((a) => a.name === 'Eirian Howells')?.as).toBe('Prif Weithredwr / Chief Executive');
  });

  it('keeps a bilingual line as printed, whose entry holds the English title only', () => {
    expect(minutes.header).toContain('Y Cynghorydd / Councillor Emyr Tudur (Is-gadeirydd / Vice-Chair)');
  });
});
