import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/html';
import { siteDir } from '../support/sites';
import { spacingFaults } from '../support/checks/spacing';

// No page's own text puts a space before a comma or full stop, or after an opening bracket, nor
// doubles brackets or quotation marks.
describe('spacing in the text of every page', () => {
  it('finds the faults it is for, and leaves transcribed documents as they were published', () => {
    expect(spacingFaults('<p>Forward Plan\n  , received by the <a>Panel</a></p>')).toHaveLength(1);
    expect(spacingFaults('<p>Thursday 17 March 2016 <span>, Cambourne</span></p>')).toHaveLength(1);
    expect(spacingFaults('<p>( 2022)</p><p>Ends .</p>')).toHaveLength(2);
    expect(spacingFaults('<p>Jane Webb, <a>jane@example.org</a>. See <code>.csv</code> 0.5 and (2022).</p>')).toEqual([]);
    expect(spacingFaults('<p>90.1% (PEEL Report 2022 (OPCC 11th July))</p>')).toHaveLength(1);
    expect(spacingFaults('<p>for example <q>"Operation Hunter"</q></p>')).toEqual(['<q>"Operation Hunter"</q>']);
    expect(spacingFaults('<p>for example <q>Operation Hunter</q></p>')).toEqual([]);
    expect(spacingFaults('<div class="prose"><p>recording standards .</p></div><ul><li>a</li><li>, b</li></ul>')).toHaveLength(1);
  });

  for (const site of ['demo', 'essex'] as const) {
    it(`has no space before a comma or full stop, nor inside a bracket, and no doubled marks, on the ${site} site`, () => {
      const dir = siteDir(site);
      const faults = htmlPages(dir).flatMap((file) => spacingFaults(readFileSync(path.join(dir, file), 'utf8')).map((f) => `${file}: ${f}`));
      expect(faults).toEqual([]);
    });
  }
});
