import { afterEach, describe, expect, it } from 'vitest';
import { assessTarget, changeBetween, formatDifference, formatValue } from '../../src/lib/derive/measure';
import { readObservationsCsv } from '../../src/lib/content/measure-csv';
import type { ContentProblem } from '../../src/lib/content/errors';
import { copyFixture, loadError } from '../support/fixture';

describe('targets and change', () => {
  it("says met or not met by the target's own comparison", () => {
    expect(assessTarget(90.1, { comparison: 'at-least', value: 90 })).toBe('met');
    expect(assessTarget(90, { comparison: 'at-least', value: 90 })).toBe('met');
    expect(assessTarget(89.9, { comparison: 'at-least', value: 90 })).toBe('not-met');
    expect(assessTarget(31.5, { comparison: 'below', value: 5 })).toBe('not-met');
    expect(assessTarget(5, { comparison: 'below', value: 5 })).toBe('not-met');
    expect(assessTarget(4.9, { comparison: 'below', value: 5 })).toBe('met');
    expect(assessTarget(5, { comparison: 'at-most', value: 5 })).toBe('met');
    expect(assessTarget(5, { comparison: 'above', value: 5 })).toBe('not-met');
  });

  it('says whether a change is for the better', () => {
    expect(changeBetween(63, 79, 'higher')).toEqual({ difference: 16, direction: 'up', improved: true });
    expect(changeBetween(40, 62.1, 'lower')).toEqual({ difference: 22.1, direction: 'up', improved: false });
    expect(changeBetween(2535, 2178, 'neither')).toEqual({ difference: -357, direction: 'down', improved: undefined });
    expect(changeBetween(88, 88, 'higher')).toEqual({ difference: 0, direction: 'unchanged', improved: undefined });
    expect(changeBetween(90.1, 83.8, 'higher').difference).toBe(-6.3);
  });

  it('formats values and differences in their units', () => {
    expect(formatValue(90.1, 'percent')).toBe('90.1%');
    expect(formatValue(2175, 'count')).toBe('2,175');
    expect(formatValue(50.61, 'rate-per-1000')).toBe('50.61 per 1,000');
    expect(formatValue(39.3, 'minutes')).toBe('39 min 18 s');
    expect(formatValue(62.1, 'minutes')).toBe('1 h 2 min 6 s');
    expect(formatDifference(-6.3, 'percent')).toBe('−6.3 percentage points');
    expect(formatDifference(16, 'percent')).toBe('+16 percentage points');
  });
});

describe('observations from CSV', () => {
  const read = (text: string) => {
    const problems: ContentProblem[] = [];
    return { observations: readObservationsCsv(text, 'measures/x.csv', problems), problems };
  };

  it('reads a well-formed file', () => {
    const { observations, problems } = read('period,value,paper,note\nApr 22,39.3,2022/peel,"printed as 39:18"\nMay 22,33.1,2022/peel,\n');
    expect(problems).toEqual([]);
    expect(observations).toEqual([
      { period: 'Apr 22', value: 39.3, paper: '2022/peel', note: 'printed as 39:18' },
      { period: 'May 22', value: 33.1, paper: '2022/peel' },
    ]);
  });

  it('names a missing column', () => {
    const { problems } = read('period,paper\nApr 22,2022/peel\n');
    expect(problems).toEqual([
      { file: 'measures/x.csv', field: 'column "value"', message: expect.stringMatching(/is missing: the header row needs period, value, paper/) },
    ]);
  });

  it('names the row and column of a value that is not a number', () => {
    const { problems } = read('period,value,paper\nApr 22,39.3,2022/peel\nMay 22,33%,2022/peel\n');
    expect(problems).toEqual([{ file: 'measures/x.csv', field: 'row 3, column "value"', message: expect.stringMatching(/"33%" is not a number/) }]);
  });

  it('names the row of a duplicate period', () => {
    const { problems } = read('period,value,paper\nApr 22,1,2022/peel\nMay 22,2,2022/peel\nApr 22,3,2022/peel\n');
    expect(problems).toEqual([
      { file: 'measures/x.csv', field: 'row 4, column "period"', message: expect.stringMatching(/"Apr 22" is given twice \(first in row 2\)/) },
    ]);
  });

  it('names an unknown column and an empty required cell', () => {
    expect(read('period,value,paper,colour\nApr 22,1,2022/peel,red\n').problems[0]).toMatchObject({ field: 'column "colour"' });
    expect(read('period,value,paper\n,1,2022/peel\n').problems[0]).toMatchObject({ field: 'row 2, column "period"' });
  });
});

describe('measures in a content folder', () => {
  let fixture: ReturnType<typeof copyFixture>;
  afterEach(() => fixture.remove());
  const measure = 'title: Calls answered\nunit: percent\nbetter: higher\ndescription: Synthetic.\nsource: Test\ntopic: Test\n';

  it('a CSV for an unknown measure id fails naming the file', () => {
    fixture = copyFixture();
    fixture.mkdir('measures');
    fixture.write('measures/calls-answered.yaml', measure);
    fixture.write('measures/calls-answerd.csv', 'period,value,paper\nApr 22,1,2020/performance-paper\n');
    const error = loadError(fixture.root);
    expect(error.message).toMatch(/measures\/calls-answerd\.csv: file name: no measure "calls-answerd"/);
  });

  it('a figure whose paper does not exist fails naming the row', () => {
    fixture = copyFixture();
    fixture.mkdir('measures');
    fixture.write('measures/calls-answered.yaml', measure);
    fixture.write('measures/calls-answered.csv', 'period,value,paper\nApr 22,1,2020/performance-paper\nMay 22,2,2020/no-paper\n');
    const error = loadError(fixture.root);
    expect(error.message).toMatch(/measures\/calls-answered\.csv: row 3, column "paper": no paper "2020\/no-paper"/);
  });

  it('a duplicate period in YAML fails too', () => {
    fixture = copyFixture();
    fixture.mkdir('measures');
    fixture.write(
      'measures/calls-answered.yaml',
      `${measure}observations:\n  - { period: Q1, value: 1, paper: 2020/performance-paper }\n  - { period: Q1, value: 2, paper: 2020/performance-paper }\n`,
    );
    expect(loadError(fixture.root).message).toMatch(/calls-answered\.yaml: observations: the period "Q1" is given twice/);
  });
});
