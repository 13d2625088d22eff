/**
 * What the search page makes of a query and of Pagefind's answer: pure functions, so that they can
 * be tested without a browser (src/scripts/search.ts uses them).
 */

/** A word as compared: lower case, letters and digits only. */
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** A word as the page prints it, without the punctuation that ends or opens it. */
const trimmed = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The text to highlight on the page a result opens: the longest run of words Pagefind marked side
 * by side in the excerpt (which is the page's own text), so the browser finds a phrase the page
 * really holds. Words marked apart give only the first of the longest; none marked, nothing.
 */
export function highlightText(excerpt: string): string | undefined {
  const runs: string[][] = [];
  let run: string[] = [];
  // Pagefind writes ". " where one block of the page ends and the next begins, so a run stops at
  // a marked word with punctuation after it: "Burglary. Burglary" may be a heading and a paragraph.
  for (const m of excerpt.matchAll(/<mark>([^<]*)<\/mark>(\s*)/g)) {
    run.push(m[1]!);
    const next = excerpt.slice(m.index + m[0].length).startsWith('<mark>');
    if (!next || /[^\p{L}\p{N}]$/u.test(m[1]!)) {
      runs.push(run);
      run = [];
    }
  }
  const best = runs.sort((a, b) => b.length - a.length)[0];
  const text = best && trimmed(best.join(' ').replace(/\s+/g, ' '));
  return text || undefined;
}

/** A link that also asks the browser to highlight, on the page it opens, what the excerpt marked. */
export function withHighlight(href: string, excerpt: string): string {
  const text = highlightText(excerpt);
  if (!text) return href;
  const directive = `text=${encodeURIComponent(text).replace(/-/g, '%2D')}`;
  return href.includes('#') ? `${href}:~:${directive}` : `${href}#:~:${directive}`;
}

/** The words of a result's content at the locations Pagefind matched. */
export function matchedWords(content: string, locations: number[]): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  return locations.map((l) => words[l]).filter((w): w is string => w !== undefined);
}

/**
 * Whether a result really holds the query. When a word is in no page, Pagefind drops its last
 * letters until some page has a word beginning so, down to one letter: "qzxvbnm" finds the "q)"
 * of a numbered list. A real match holds, for every word of the query, a word that begins with its
 * first three letters (or the whole of a shorter word). That still lets "burglaries" find
 * "burglary", "policing" find "police" and "running" find the stem "run".
 */
export function isRealMatch(query: string, matched: string[]): boolean {
  const found = matched.map(bare);
  return query
    .split(/\s+/)
    .map(bare)
    .filter(Boolean)
    .every((term) => {
      const needed = Math.min(term.length, 3);
      return found.some((w) => w.startsWith(term.slice(0, needed)));
    });
}
