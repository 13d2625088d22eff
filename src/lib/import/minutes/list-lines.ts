import { bareName, isNameShaped, roleWords } from '../rules/names';
import { normaliseName } from './text';
import { cellsOf } from './actions';

// The shapes of an attendance list's lines: rows, "Name – Post" entries, lines that wrap onto the next.

/** A Markdown table's row as cells split by tabs (actions.ts reads the cells); a line's runs of three or more spaces as cell breaks. */
export const rowOf = (line: string) =>
  /^\s*\|/.test(line) ? (/^\s*\|?\s*:?-{3,}/.test(line) ? '' : cellsOf(line).join('\t')) : line.replace(/(\S)\s{3,}(?=\S)/g, '$1\t');

/** "Name – Post" (or "Post – Name") with nothing else: one person and their post, with no second name or dash in the post. */
export const nameDashPost = (line: string) => {
  const m = /^(.+?)\s+[–—-]\s+(.+)$/.exec(line);
  if (!m || /\s[–—-]\s/.test(m[2]!)) return false;
  // … or the post first: "Chief Executive, OPCC – Martin Callow".
  if (!isNameShaped(m[1]!)) return roleWords.test(m[1]!) && isNameShaped(m[2]!);
  return !/\b(?:cllr|councillor|mr|mrs|ms|miss|dr)\b/i.test(m[2]!);
};

/** A table cell that says whether the row's person came. */
export const attendedCell = /^(?:present|apologies|apologies received|absent|in attendance|attended)$/i;

/** A list's mark before a name: the "*" of those present, or a bullet ("- ", "• "). */
export const unbulleted = (text: string) => text.replace(/^(?:\*\s*|[-•]\s+)/, '');

export const commissioner = /\b(?:police(?:,? fire)? and crime commissioner|PF?CC)\b/i;

export const surname = (name: string) => name.trim().split(/\s+/).pop()!.toLowerCase();

/**
 * Whether a name is someone listed already: the same name, titles aside ("Cyng. Eleri Prydderch" is "Cllr. Eleri
 * Prydderch"), or a surname alone that is theirs ("Councillor Kerr" after "Councillor M Kerr").
 */
export function listedAlready(listed: string, name: string): boolean {
  const key = (n: string) => normaliseName(bareName(n));
  return listed === name || key(listed) === key(name) || (!key(name).includes(' ') && key(listed).split(' ').pop() === key(name));
}

/**
 * A list's line that goes on to the next: it ends in "," or "and" or "for", a bracket is open, a title ends it
 * ("Cllr A"), or a long line of names ends on a word, part-way through a name ("…, Ms Carys", "…, Peter").
 */
export const wrapsOn = (text: string, next: string) =>
  // A bullet always begins an entry of its own.
  !/^[*•-]\s/.test(next) &&
  (/(,|;|\band|&|\()$/.test(text) ||
    // … a post broken after a word no post ends on ("…, Department for" / "Infrastructure Roads").
    /\s(?:for|of|the|to|in|at|on|with)$/.test(text) ||
    open(text) ||
    /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)(?:\s+\p{Lu}\.?)?$/u.test(text) ||
    // … unless the next line begins an entry of its own ("Owen Cartwright, Chief Executive"), as one-a-line lists do, or a label ("Also:").
    (text.length >= 50 && text.includes(',') && /[\p{L}'’-]$/u.test(text) && !/^[\p{L} ]{2,30}:/u.test(next) && !beginsEntry(next)));

/** A line that begins with a name of its own, before any post: "Owen Cartwright, …", "Colin Luscombe Director of Estates, …". */
export function beginsEntry(line: string): boolean {
  const lead = /^[^,;–—(\t]*/
    .exec(line)![0]
    .replace(/\s+-\s.*$/, '')
    .trim()
    .split(/\s+/);
  const post = lead.findIndex((w) => roleWords.test(w));
  const name = (post < 0 ? lead : lead.slice(0, post)).join(' ');
  return name.split(' ').length >= 2 && isNameShaped(name);
}

export const open = (s: string) => (s.match(/[([]/g)?.length ?? 0) > (s.match(/[)\]]/g)?.length ?? 0);
