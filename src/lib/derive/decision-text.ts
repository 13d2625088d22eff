/**
 * A decision the minutes write as an introduction ("… made the following recommendations:",
 * "… a couple of tweaks agree:") is not whole without what it introduces. What follows it is
 * taken from the record itself, never written for it:
 * - the list that follows the decision's words in the item's minutes;
 * - else the recommendations the item records;
 * - else the numbered paragraphs under the item ("5.4.1" … under "5.4"), named by number.
 */
export interface WhatFollows {
  /** Markdown of each list item or recommendation, as recorded. */
  list?: string[];
  /** The numbers of the paragraphs that carry the decision on, first to last. */
  continuesIn?: string[];
}

/** Minutes text without emphasis or spacing differences, to find a decision's words in it. */
const plain = (s: string) => s.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

const listItem = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;

/** The list straight after the line of the minutes that holds the decision's words. */
function listAfter(text: string, minutes: string): string[] {
  const lines = minutes.split('\n');
  const words = plain(text);
  const at = lines.findIndex((line) => plain(line).includes(words) || (words.length > 20 && plain(line).endsWith(words.slice(-40))));
  if (at < 0) return [];
  const list: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const m = listItem.exec(line);
    if (m) list.push(m[1]!.trim());
    else if (line.trim() === '' && list.length === 0) continue;
    else break;
  }
  return list;
}

export function whatFollows(
  text: string,
  item: { number: string; minutes?: string; recommendations: readonly { text: string }[] },
  laterNumbers: readonly string[],
): WhatFollows | undefined {
  if (!text.trimEnd().endsWith(':')) return undefined;
  const list = item.minutes ? listAfter(text, item.minutes) : [];
  if (list.length > 0) return { list };
  if (item.recommendations.length > 0) return { list: item.recommendations.map((r) => r.text) };
  const under = laterNumbers.filter((n) => n.startsWith(`${item.number}.`));
  return under.length > 0 ? { continuesIn: under } : undefined;
}
