import { describe, expect, it } from 'vitest';
import { bracketed } from '../../src/lib/format/text';

describe('bracketed', () => {
  it('puts text in round brackets', () => {
    expect(bracketed('12 months to March 2015')).toBe('(12 months to March 2015)');
  });
  it('turns brackets already in the text to square ones, never doubling them', () => {
    expect(bracketed('PEEL Report 2022 (OPCC 11th July)')).toBe('(PEEL Report 2022 [OPCC 11th July])');
  });
});
