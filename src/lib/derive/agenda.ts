import type { AgendaItem } from '../../schemas';

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10 };
/** "XIV" → 14: a Roman numeral up to XXXIX, as a number is one; undefined for anything else. */
export function romanValue(s: string): number | undefined {
  if (!/^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = romanValues[s[i]!]!;
    total += i + 1 < s.length && v < romanValues[s[i + 1]!]! ? -v : v;
  }
  return total;
}

/** "4.1.2" → [4, 1, 2]; a minute number's letters and numbers in turn: "FC23/101" → ["FC", 23, 101]; "IV" → [4]. */
export function agendaParts(number: string): (number | string)[] {
  // "IV(a)": a Roman numeral's lettered part.
  const [, numeral, letter] = /^([IVX]+)(?:\(([a-z])\))?$/.exec(number) ?? [];
  const roman = numeral === undefined ? undefined : romanValue(numeral);
  if (roman !== undefined) return letter ? [roman, letter] : [roman];
  return (number.match(/\d+|[A-Za-z&]+/g) ?? []).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Orders agenda numbers as a reader does: 4, 4.1, 4.2, 4.10, 5 (not as strings, where 4.10 < 4.2); "39/20" before "40/20". */
export function compareAgendaNumbers(a: string, b: string): number {
  const pa = agendaParts(a);
  const pb = agendaParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  return 0;
}

/** The fragment id of an agenda item: "4.1.2" → "item-4-1-2", "P&R/23/041" → "item-P-R-23-041". */
export function itemAnchor(number: string): string {
  return `item-${number.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

export interface AgendaNode<T extends Pick<AgendaItem, 'number'> = AgendaItem> {
  item: T;
  depth: number;
  children: AgendaNode<T>[];
}

/**
 * Nests a flat agenda by its numbers. An item whose parent number is missing (minutes often
 * jump from "4" to "4.1.1") hangs from its nearest ancestor that is present, or the top.
 */
export function agendaTree<T extends Pick<AgendaItem, 'number'>>(items: readonly T[]): AgendaNode<T>[] {
  const sorted = [...items].sort((a, b) => compareAgendaNumbers(a.number, b.number));
  const roots: AgendaNode<T>[] = [];
  const byNumber = new Map<string, AgendaNode<T>>();
  for (const item of sorted) {
    const parts = item.number.split('.');
    let parent: AgendaNode<T> | undefined;
    for (let n = parts.length - 1; n > 0 && !parent; n--) parent = byNumber.get(parts.slice(0, n).join('.'));
    // "6(a)", a lettered part, hangs from "6".
    const lettered = /^(.+)\([a-z]\)$/.exec(item.number);
    if (lettered) parent = byNumber.get(lettered[1]!);
    const node: AgendaNode<T> = { item, depth: parent ? parent.depth + 1 : 0, children: [] };
    (parent ? parent.children : roots).push(node);
    byNumber.set(item.number, node);
  }
  return roots;
}

/** Agenda numbers used more than once, each reported with every index it appears at. */
export function duplicateAgendaNumbers(items: readonly Pick<AgendaItem, 'number'>[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, index) => seen.set(item.number, [...(seen.get(item.number) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}
