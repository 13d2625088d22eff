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

  it('reads "Y Clerc i …" as the Clerk\'s action, and keeps only the English one where both are printed', () => {
    const m = parseMinutes(
      [
        "Cofnodion cyfarfod Cyngor Cymuned Llanhesgen a gynhaliwyd nos Lun, 12fed Mehefin 2023 am 7 o'r gloch",
        '',
        '1. Priffyrdd',
        '',
        'Y Clerc i anfon e-bost eto at yr Adran Briffyrdd.',
        '',
        '2. Highways / Priffyrdd',
        '',
        'The Clerk to chase the County Council about the railings.',
        "Y Clerc i holi'r Cyngor Sir am y rheiliau.",
      ].join('\n'),
      directoryOf(undefined),
    );
    expect(m.items.map((i) => i.actions.map((a) => `${a.ownerText}: ${a.text}`))).toEqual([
      ['Clerc: Y Clerc i anfon e-bost eto at yr Adran Briffyrdd.'],
      ['Clerk: The Clerk to chase the County Council about the railings.'],
    ]);
  });
});

describe('a title in both languages, "Welsh / English"', () => {
  // Synthetic, in the layout of a Welsh community council's bilingual minutes exported from Word.
  const m = parseMinutes(
    [
      'Cofnodion Cyfarfod Cyngor Cymuned Pantyrhos / Minutes of Pantyrhos Community Council held on 12 March 2025 at 7.00 pm',
      '',
      '4.\tNodiadau’r Cyfarfod Blaenorol / Notes of the Previous Meeting',
      'PENDERFYNWYD / RESOLVED: That the notes of the meeting held on 12 February 2025 be agreed as a correct record.',
      '',
      '5.\tAdolygu’r Rheolau Sefydlog a’r Rheoliadau Ariannol / Review of Standing',
      '\tOrders and Financial Regulations',
      '\tPENDERFYNWYD / RESOLVED: to readopt the Standing Orders.',
      '',
    ].join('\n'),
    directoryOf(undefined),
  );
  it('is the title when the minute follows on the next line, and when the title wraps onto it', () => {
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['4', 'Nodiadau’r Cyfarfod Blaenorol / Notes of the Previous Meeting'],
      ['5', 'Adolygu’r Rheolau Sefydlog a’r Rheoliadau Ariannol / Review of Standing Orders and Financial Regulations'],
    ]);
    expect(m.items[0]!.paragraphs.join(' ')).not.toContain('Notes of the Previous Meeting');
    expect(m.items[1]!.paragraphs.join(' ')).not.toContain('Orders and Financial Regulations');
  });
});
