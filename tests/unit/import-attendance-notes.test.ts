import { describe, expect, it } from 'vitest';
import { personOf } from '../../src/lib/import/minutes/attendance';
import { directoryOf } from '../../src/lib/import/directory';

// What an attendance line says in brackets after a name: read into fields, and never lost.
const none = directoryOf(undefined);

describe('a note in brackets after a name', () => {
  it('gives the time they left or came, and keeps the rest of its words as printed', () => {
    expect(personOf('District Cllr H Mabey (left at 8.20pm, during minute 205/24)', 'in-attendance', none)).toMatchObject({
      left: '20:20',
      note: 'Printed "(left at 8.20pm, during minute 205/24)".',
    });
    expect(personOf('Cllr A Fenn (left at 8.20pm)', 'present', none)).not.toHaveProperty('note');
  });
  it('says how they joined, or whom they stood in for, and keeps the words', () => {
    expect(personOf('Cllr B Okoro (virtual)', 'present', none)).toMatchObject({ remote: true, note: 'Printed "(virtual)".' });
    expect(personOf('Cllr C Lydgate (substitute for Cllr D Penrose)', 'present', none)).toMatchObject({
      substituteFor: 'Cllr D Penrose',
      note: 'Printed "(substitute for Cllr D Penrose)".',
    });
  });
});
