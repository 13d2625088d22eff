import { describe, expect, it } from 'vitest';
import { highlightText, isRealMatch, matchedWords, withHighlight } from '../../src/lib/site/search-query';

describe('the text a result link asks the browser to highlight', () => {
  it('is the longest run of marked words the excerpt shows side by side, without their punctuation', () => {
    // Pagefind ends a heading with ". ": the heading and the paragraph after it are no phrase.
    expect(highlightText('of Chairperson. <mark>Edward</mark> <mark>Leigh.</mark> Roles')).toBe('Edward Leigh');
    expect(highlightText('4.5 <mark>Burglary.</mark> <mark>Burglary,</mark> the Group')).toBe('Burglary');
  });

  it('is one marked word when the words are far apart, never a phrase the page does not hold', () => {
    const excerpt = 'Unit for Cambridgeshire and <mark>Peterborough,</mark> as well as <mark>burglary</mark> down';
    expect(highlightText(excerpt)).toBe('Peterborough');
    expect(withHighlight('/papers/x/', excerpt)).toBe('/papers/x/#:~:text=Peterborough');
  });

  it('is nothing when nothing is marked, and then the link has no directive', () => {
    expect(highlightText('no marks here')).toBeUndefined();
    expect(withHighlight('/a/#item-1', 'no marks')).toBe('/a/#item-1');
    expect(withHighlight('/a/#item-1', '<mark>Hunter</mark>')).toBe('/a/#item-1:~:text=Hunter');
  });
});

describe('a real match', () => {
  const content = 'for the Chief Constable as to how this would be acted upon. q) Regarding the burglaries';
  it('holds every word of the query, or a word that begins with most of it', () => {
    expect(isRealMatch('burglary', matchedWords(content, [15]))).toBe(true);
    expect(isRealMatch('Chief Constable', matchedWords(content, [2, 3]))).toBe(true);
  });

  it('is not the single letter Pagefind falls back on when a word of the query is in no page', () => {
    expect(matchedWords(content, [12])).toEqual(['q)']);
    expect(isRealMatch('qzxvbnm', matchedWords(content, [12]))).toBe(false);
    expect(isRealMatch('chief qzxvbnm', matchedWords(content, [2, 12]))).toBe(false);
  });

  it('holds a word Pagefind matched by a stem much shorter than the word asked for', () => {
    expect(isRealMatch('running', ['run'])).toBe(true);
    expect(isRealMatch('investigations', ['investig'])).toBe(true);
  });

  it('ignores quotes, and a query of filters alone matches whatever they hold', () => {
    expect(isRealMatch('"Chief Constable"', ['Chief', 'Constable.'])).toBe(true);
    expect(isRealMatch('', [])).toBe(true);
  });
});
