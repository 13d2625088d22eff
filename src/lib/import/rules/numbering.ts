import { romanValue } from '../../derive/agenda';
/**
 * Item numbers as minutes print them, in every scheme met so far, read into one shape: an optional
 * letter prefix and numeric parts with their separators. "12", "4.1", "39/20", "16/05/1",
 * "03.18.02", "2110.01", "FC23/101", "E31", "C123/23", "P&R/23/041", "CAB 45", "CAB.84", "P-231", "1)". Which scheme a document uses is
 * decided by the longest run of heads that count up (segment.ts), not by a list of schemes.
 */
export interface ItemNumber {
  /** As printed, without a trailing "." or ")": "39/20", "16/05/8.1". */
  text: string;
  prefix: string;
  parts: number[];
  /** The separator before each part after the first. */
  seps: string[];
}

/** A number at the start of a line: optional "Item"/"Minute" word, letters, digits and separators, then "." or ")" or nothing. */
const head =
  /^(?:(?:minute|item|agenda item|eitem|cofnod)\s+(?:no\.?\s*)?)?((?:[A-Z]{1,5}(?:&[A-Z]{1,3})?)?\/?|[A-Z]{1,5}-(?=\d)|[A-Z]{2,5}[ .](?=\d))(\d{1,4}(?:\.\d{1,3}|\/\d{1,4}){0,4})([.):,])?(?=\s|$)/i;

/** "IV APOLOGIES", "IX. Directions": a Roman numeral up to XXXIX, then a title in capitals or a capital letter. */
const romanHead = /^(?:item\s+)?((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))([.):])?\s+(?=["“'‘(]?\p{Lu})/u;

export function readItemNumber(line: string): { number: ItemNumber; rest: string } | undefined {
  const roman = romanHead.exec(line);
  if (roman) {
    const value = romanValue(roman[1]!)!;
    return { number: { text: roman[1]!, prefix: 'roman', parts: [value], seps: [] }, rest: line.slice(roman[0].length).trim() };
  }
  const m = head.exec(line);
  if (!m) return undefined;
  // "1, Apologies …": a comma after a number only before a capital ("16/05/8.2, be forwarded" is a reference).
  if (m[3] === ',' && !/^\s+\p{Lu}/u.test(line.slice(m[0].length))) return undefined;
  // A prefix of letters must be capitals joined to the number ("FC23/101", "E31"), never a word.
  if (m[1] && m[1] !== m[1].toUpperCase()) return undefined;
  const digits = m[2]!;
  // "2024/25." alone on a line: a financial year, the end of a sentence wrapped, not an item.
  const year = /^((?:19|20)\d\d)\/(\d\d)$/.exec(digits);
  if (year && !m[1] && (Number(year[1]) + 1) % 100 === Number(year[2]) && !/\p{Lu}/u.test(line.slice(m[0].length))) return undefined;
  const parts = digits.split(/[./]/).map(Number);
  const seps = [...digits.matchAll(/[./]/g)].map((s) => s[0]);
  return {
    number: { text: `${m[1]}${digits}`, prefix: m[1]!, parts, seps },
    rest: line.slice(m[0].length).trim(),
  };
}

/** The same kind of number: prefix, count of parts and separators. */
export const sameShape = (a: ItemNumber, b: ItemNumber) =>
  a.prefix === b.prefix && a.parts.length === b.parts.length && a.seps.every((s, i) => s === b.seps[i]);

/**
 * How far `b` follows `a` as the next item: exactly one part grows, by 1 to `gap`, the parts before it
 * unchanged and (for the last part) nothing else; the parts after a grown one may start again
 * ("70/17" → "71/17" grows the first, the year stays). Undefined when it does not follow.
 */
export function follows(a: ItemNumber, b: ItemNumber, gap = 3): number | undefined {
  if (!sameShape(a, b)) return undefined;
  const changed = a.parts.map((p, i) => b.parts[i]! - p).filter((d) => d !== 0);
  if (changed.length !== 1) return undefined;
  const step = changed[0]!;
  return step >= 1 && step <= gap ? step : undefined;
}

/** `sub` is a paragraph of `item`: the same parts, then one or more more ("8" → "8.1", "16/05/8" → "16/05/8.1"). */
export const isParagraphOf = (sub: ItemNumber, item: ItemNumber) =>
  sub.prefix === item.prefix &&
  sub.parts.length > item.parts.length &&
  item.parts.every((p, i) => sub.parts[i] === p) &&
  item.seps.every((s, i) => sub.seps[i] === s) &&
  sub.seps.slice(item.seps.length).every((s) => s === '.');

/** `sub` is numbered under `item` as a paragraph of it, or as "13.1" is under an item numbered "13.0". */
export const isNumberedUnder = (sub: ItemNumber, item: ItemNumber) =>
  isParagraphOf(sub, item) ||
  (sub.prefix === item.prefix &&
    sub.parts.length === item.parts.length &&
    sub.parts.length > 1 &&
    item.parts[item.parts.length - 1] === 0 &&
    sub.parts[sub.parts.length - 1]! > 0 &&
    item.parts.slice(0, -1).every((p, i) => sub.parts[i] === p) &&
    item.seps.every((s, i) => sub.seps[i] === s));
