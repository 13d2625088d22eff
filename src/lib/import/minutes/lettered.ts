import { plain } from './text';
import type { ParsedItem } from './types';
import type { MarginAction } from './records';

/**
 * The applications or cases of one item, lettered "(a)", "(b)" … as a planning or licensing committee's minutes set
 * them out: "(a) The Drover's Rest, 2 Bridge Street", "6(b)<TAB>24/00152/HOUSE – 41 Linnet Close", "(c) REFERENCE:
 * NP/24/0702 APPLICANT: …". Each is an item of its own, numbered "6(a)", with its title, its text and what it decided.
 * Only a run of two or more, from "a" in order, each a heading with text after it; never a decision's parts
 * ("(a) that the report be noted;"), which are sentences, one after another.
 */
export function splitLettered(items: ParsedItem[], margins: Map<ParsedItem, MarginAction[]>): ParsedItem[] {
  return items.flatMap((item) => {
    if (item.exempt) return [item];
    const heads = letteredHeads(item);
    if (!heads) return [item];
    const tags = margins.get(item) ?? [];
    const parts: ParsedItem[] = heads.map((h, k) => ({
      number: `${item.number}(${h.letter})`,
      title: h.title,
      paragraphs: item.paragraphs.slice(h.at + (h.keep ? 0 : 1), heads[k + 1]?.at ?? item.paragraphs.length),
      decisions: [],
      actions: [],
      actionUpdates: [],
    }));
    const first = heads[0]!.at;
    // Each margin tag goes with the paragraph it was printed beside.
    margins.set(
      item,
      tags.filter((t) => t.paragraph < first),
    );
    heads.forEach((h, k) => {
      const from = h.at + (h.keep ? 0 : 1);
      const to = heads[k + 1]?.at ?? item.paragraphs.length;
      margins.set(
        parts[k]!,
        tags.filter((t) => t.paragraph >= from && t.paragraph < to).map((t) => ({ ...t, paragraph: t.paragraph - from })),
      );
    });
    item.paragraphs = item.paragraphs.slice(0, first);
    return [item, ...parts];
  });
}

interface LetteredHead {
  at: number;
  letter: string;
  title: string;
  /** The heading's paragraph holds the case's text too ("(a) REFERENCE: … PROPOSAL: …"): kept as its first paragraph. */
  keep: boolean;
}

function letteredHeads(item: ParsedItem): LetteredHead[] | undefined {
  const own = item.number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const marker = new RegExp(`^(?:${own})?\\(([a-z])\\)\\s+(.+)$`);
  const heads: LetteredHead[] = [];
  item.paragraphs.forEach((p, at) => {
    const m = marker.exec(plain(p.replace(/\t+/g, ' ')));
    if (!m) return;
    const rest = m[2]!.trim();
    // "(a) REFERENCE: NP/24/0587 APPLICANT: …": the case by its reference.
    const reference = /^(?:reference|ref\.?|application(?: no\.?| number| ref\.?)?|case(?: no\.?)?)\s*:\s*(\S+)/i.exec(rest);
    const heading = rest.split(/\s+/).length <= 16 && !/[.;:,]$/.test(rest) && /^[\p{Lu}\d"“'‘]/u.test(rest) && !/^(?:that|to)\b/i.test(rest);
    if (reference) heads.push({ at, letter: m[1]!, title: reference[1]!, keep: true });
    else if (heading) heads.push({ at, letter: m[1]!, title: rest, keep: false });
  });
  if (heads.length < 2) return undefined;
  // From "a", in order, and each with text of its own before the next.
  const inOrder = heads.every((h, k) => h.letter === String.fromCharCode(97 + k));
  const withText = heads.every((h, k) => (heads[k + 1]?.at ?? item.paragraphs.length) - h.at > (h.keep ? 0 : 1));
  return inOrder && withText ? heads : undefined;
}
