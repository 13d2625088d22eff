/**
 * Page furniture: what a document repeats on its pages rather than says. It is removed before the
 * text is structured, and every line removed is listed in the review report, so "nothing lost"
 * can be checked: what is not in the entries is in that list.
 */
/** Where one document of a pack ends: a line of its own, never in any entry. */
export const documentBreak = '\u000b';

export interface Removed {
  line: string;
  reason: string;
  count: number;
}

const patterns: [RegExp, string][] = [
  [/^this page is (intentionally|deliberately) (left )?blank\.?$/i, 'blank-page notice'],
  [/^(page\s+)?\d{1,3}(\s+of\s+\d{1,3})?$/i, 'page number'],
  [/^-\s*\d{1,3}\s*-$/, 'page number'],
  [
    /^(not protectively marked|official|official[- ]sensitive|protect|restricted|swyddogol|official\s*\/\s*swyddogol|swyddogol\s*\/\s*official)$/i,
    'protective marking',
  ],
  [/^[.…_]{4,}$/, 'signature line'],
  // A Markdown table's rule ("|---|---|"), which a web page's export leaves under each item's heading row.
  [/^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/, 'table rule'],
  [/^(an? )?(handwritten )?signature\b.*(ink|signed|appearing)/i, 'signature image'],
];

// Contact blocks in running footers: "Call: 101", "Textphone: 18001 101", "Visit: www…", "#safer…".
const contact = /^(call|textphone|text|visit|follow|subscribe|email|tel|telephone|web)\s*:|^#\w+$|^www\./i;
const plain = (line: string) =>
  line
    .replace(/\*\*|__|[*_`]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** Furniture within a line: a web page's file links ("pdf icon PDF 198 KB"), and an item's agenda reference ("[Item 2]") after its title in capitals. */
const inline: [RegExp, string][] = [
  // A Markdown export keeps the link: "[![pdf icon](/mgIcon.gif) PDF 412 KB](documents/s51880/report.pdf)".
  [/\s*\[!\[pdf icon\]\([^)]*\)\s*PDF \d+(?:\.\d+)?\s*[KM]B\]\([^)\s]*\)/gi, 'web page file link'],
  // "**TITLE** [pdf icon PDF 402 KB](documents/s51215/report.pdf)": the icon and size are the whole link.
  [/\s*\[pdf icon PDF \d+(?:\.\d+)?\s*[KM]B\]\([^)\s]*\)/gi, 'web page file link'],
  [/\s*pdf icon PDF \d+(?:\.\d+)?\s*[KM]B\b/gi, 'web page file link'],
  // "[PROPOSED PRECEPT](documents/s40181/Precept.pdf) ![pdf icon](/images/pdf.gif) PDF 634 KB": the icon and size.
  [/\s*!\[pdf icon\]\([^)\s]*\)\s*PDF \d+(?:\.\d+)?\s*[KM]B\b/gi, 'web page file link'],
  [/\s*\[View directions\]\([^)\s]*\)/gi, 'web page directions link'],
  // "Item 1 - To accept apologies", "Item 4: Hotspot mapping", "### Item 2 – Declarations", "Agenda item 3<spaces>Title": the words before each item's number.
  [/(?<=^(?:#{1,6}\s+|\*\*)?)(?:Agenda [Ii]tem(?= \d{1,3}[.:)]?(?:\s{2,}|\t))|Item(?= \d{1,3}(?: [-–]|[.:)])\s))/gm, 'item label'],
  [/(?<=\p{Lu}{3}[^\n]*?)\s*\[Item \d{1,3}\][ \t]*$/gmu, 'agenda reference'],
];

export function removeFurniture(text: string): { text: string; removed: Removed[] } {
  const fragments = new Map<string, Removed>();
  for (const [re, reason] of inline)
    text = text.replace(re, (m) => {
      const key = `${reason}\u0000${m.trim()}`;
      const r = fragments.get(key);
      if (r) r.count++;
      else fragments.set(key, { line: m.trim(), reason, count: 1 });
      return '';
    });
  const lines = text.split('\n');
  const counts = new Map<string, number>();
  for (const l of lines) {
    const p = plain(l);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const reasons: (string | undefined)[] = lines.map((l) => {
    const p = plain(l);
    if (!p || p === '\f') return undefined;
    const known = patterns.find(([re]) => re.test(p));
    if (known) {
      // A lone number is a page number only where pages break or blank lines surround it.
      if (known[1] === 'page number' && !/^page/i.test(p)) return undefined;
      return known[1];
    }
    if (contact.test(p) && (counts.get(p) ?? 0) >= 3) return 'running footer';
    return undefined;
  });
  // A column's heading printed alone at the right of the page ("<spaces>ACTION"): the Word table's owner column.
  lines.forEach((l, i) => {
    if (/^(?:\s{20,}|\t{3,})(?:action|action by|owner|who)$/i.test(l.replace(/\s+$/, ''))) reasons[i] = 'column heading';
  });
  // Lone numbers: page numbers when they stand between blank lines (or page breaks).
  lines.forEach((l, i) => {
    const p = plain(l);
    if (/^\d{1,3}$/.test(p) && isBlank(lines[i - 1]) && isBlank(lines[i + 1])) reasons[i] = 'page number';
  });
  // A running block of short lines ("Creating a safer" / "Cambridgeshire") repeated page after page.
  const short = (l: string | undefined) => l !== undefined && plain(l) !== '' && plain(l).length <= 40 && !/[.:;,]$/.test(plain(l));
  const blocks = new Map<string, number[][]>();
  for (let i = 0; i < lines.length; i++) {
    if (!short(lines[i]) || short(lines[i - 1])) continue;
    let j = i;
    while (short(lines[j + 1])) j++;
    if (j === i) continue;
    const key = lines
      .slice(i, j + 1)
      .map(plain)
      .join('\n');
    const at = blocks.get(key) ?? [];
    at.push([i, j]);
    blocks.set(key, at);
  }
  for (const at of blocks.values()) {
    if (at.length < 5) continue;
    for (const [from, to] of at) for (let k = from!; k <= to!; k++) reasons[k] ??= 'running footer';
  }
  const removed = new Map<string, Removed>();
  const kept: string[] = [];
  lines.forEach((l, i) => {
    const reason = reasons[i];
    if (!reason) {
      kept.push(l);
      return;
    }
    const key = `${reason}\u0000${l.trim()}`;
    const r = removed.get(key);
    if (r) r.count++;
    else removed.set(key, { line: l.trim(), reason, count: 1 });
    // A blank-page notice ends a document in an agenda pack: it is marked, for the pack to split on.
    if (reason === 'blank-page notice') kept.push('', documentBreak, '');
    // Keep the break so paragraphs either side stay apart.
    else if (kept.length && kept[kept.length - 1]!.trim() !== '') kept.push('');
  });
  return { text: kept.join('\n').replace(/\n{3,}/g, '\n\n'), removed: [...fragments.values(), ...removed.values()] };
}

const isBlank = (l: string | undefined) => l === undefined || l.trim() === '' || l.trim() === '\f';
