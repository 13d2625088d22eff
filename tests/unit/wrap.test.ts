import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/lib/format/wrap';

describe('wrapLabel', () => {
  it('breaks a long label at spaces, keeping every word whole', () => {
    expect(wrapLabel('Supporting Victims and Witnesses', 16)).toEqual(['Supporting', 'Victims and', 'Witnesses']);
    expect(wrapLabel('Supporting Victims and Witnesses', 16).join(' ')).toBe('Supporting Victims and Witnesses');
  });
  it('leaves a short label on one line, and gives an overlong word a line of its own', () => {
    expect(wrapLabel('Ethics', 16)).toEqual(['Ethics']);
    expect(wrapLabel('A Counterterrorismandextremism plan', 10)).toEqual(['A', 'Counterterrorismandextremism', 'plan']);
  });
});
