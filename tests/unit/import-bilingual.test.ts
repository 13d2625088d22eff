import { describe, expect, it } from 'vitest';
import { englishOf, isWelsh } from '../../src/lib/import/rules/welsh';
import { parseMinutes } from '../../src/lib/import/minutes';
import { directoryOf } from '../../src/lib/import/directory';

// Synthetic phrases and minutes, written for these tests in the layout of a Welsh panel's bilingual minutes.
describe('bilingual minutes', () => {
  it('tells Welsh from English, and takes a bracketed Welsh translation off a title', () => {
    expect(['CROESO A CHYHOEDDIADAU', 'Ymddiheuriadau am Absenoldeb', 'Diweddariad y Comisiynydd Heddlu a Throseddu'].map(isWelsh)).toEqual([true, true, true]);
    expect(['Apologies for Absence', 'Date of next meeting', 'Report of the Chief Constable'].map(isWelsh)).toEqual([false, false, false]);
    expect(englishOf('APOLOGIES FOR ABSENCE (YMDDIHEURIADAU AM ABSENOLDEB)')).toEqual({
      english: 'APOLOGIES FOR ABSENCE',
      welsh: '(YMDDIHEURIADAU AM ABSENOLDEB)',
    });
    // Brackets that are not a translation, and both languages side by side, stay as printed.
    expect(['Date of next meeting (provisional)', 'Any other business (AOB)', 'Town centre (Stryd Fawr)', 'Ymddiheuriadau / Apologies'].map(englishOf)).toEqual(
      [undefined, undefined, undefined, undefined],
    );
  });

  it('records the English decision once, and keeps the Welsh in the minute', () => {
    const m = parseMinutes(
      [
        'Minutes of the Mynyddwen Police and Crime Panel held on Friday, 8 March 2024 at 10.00 am',
        '',
        '1.\tMINUTES OF THE PREVIOUS MEETING (COFNODION Y CYFARFOD BLAENOROL)',
        '',
        'RESOLVED that the minutes be approved.',
        '(PENDERFYNWYD bod y cofnodion yn cael eu cymeradwyo.)',
        '',
        '2.\tCOMPLAINTS UPDATE (DIWEDDARIAD AR GWYNION)',
        '',
        'RESOLVED that the update be noted.',
        '(PENDERFYNWYD bod y diweddariad yn cael ei nodi.)',
      ].join('\n'),
      directoryOf(undefined),
    );
    expect(m.items.map((i) => i.title)).toEqual(['MINUTES OF THE PREVIOUS MEETING', 'COMPLAINTS UPDATE']);
    expect(m.items.map((i) => i.decisions.map((d) => d.text))).toEqual([['RESOLVED that the minutes be approved.'], ['RESOLVED that the update be noted.']]);
    expect(m.items[0]!.paragraphs[0]).toBe('(COFNODION Y CYFARFOD BLAENOROL)');
  });
});
