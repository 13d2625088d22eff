import { follows, isNumberedUnder, isParagraphOf, readItemNumber, type ItemNumber } from '../rules/numbering';
import { attendanceHeading } from '../rules/attendance';
import { indent, plain } from './text';
import { findUkDate } from '../uk-date';
import { actionTableHeading, cellsOf } from './actions';

/** Where an item begins: its number, and its title when one is printed on its line or alone on the next. */
export interface ItemHead {
  line: number;
  number: ItemNumber;
  /** The text after the number on its line ("" when the number stands alone). */
  rest: string;
  /** The line holding the title, when the number stands alone on its own. */
  titleLine?: number;
  /** The first line of a title in capitals printed above the number, whose line begins the minute's text (a Scottish "article"). */
  titleAbove?: number;
}

/** Where an item's lines begin: at its title above the number, if it has one. */
export const itemStart = (h: ItemHead) => h.titleAbove ?? h.line;

/**
 * "INTIMATION OF APOLOGIES" / (blank) / "1.   The Convener intimated …": a heading in capitals, alone
 * between blank lines, above a number whose line is a sentence, is that item's title. Its first line.
 */
export function titleAboveOf(lines: string[], h: ItemHead, floor: number): number | undefined {
  // The number's line a sentence: six words or more, in lower case (or, a number alone, the line after it).
  const words = plain(h.titleLine !== undefined && h.rest === '' ? lines[h.titleLine]! : h.rest).split(' ');
  if (words.length < 6 || words.filter((w) => /^\p{Ll}/u.test(w)).length < 3) return undefined;
  let j = h.line - 1;
  if (j < floor || plain(lines[j]!) !== '') return undefined;
  while (j > floor && plain(lines[j]!) === '') j--;
  let top = j + 1;
  for (let k = j; k >= floor && k > j - 3; k--) {
    const t = plain(lines[k]!);
    if (t === '') break;
    if (!(/\p{Lu}{3}/u.test(t) && t === t.toUpperCase() && t.length <= 120 && !/[.;:,]$/.test(t))) return undefined;
    top = k;
  }
  if (top > j || (top > floor && plain(lines[top - 1]!) !== '')) return undefined;
  return top;
}

const monthStart =
  /^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)\b/i;
const clockStart = /^(?:am|pm|a\.m\.|p\.m\.|hrs|hours|o'clock|noon)\b/i;
const quantityStart = /^(?:%|per cent|percent|members? of the public|people|persons|residents)\b/i;

/** The line read as a place an item could begin, or not: a number, then a title, a sentence or nothing. */
export function headAt(lines: string[], i: number): ItemHead | undefined {
  const line = cleanHead(lines[i]!);
  const read = readItemNumber(line);
  if (!read) return undefined;
  const { number } = read;
  // "Item 1 - To accept apologies": a dash or colon between the number and its title.
  const rest = read.rest.replace(/^[-–—:]\s+/, '');
  if (rest === '') {
    // A number alone on its line (ModernGov web pages): the title is the next line of words.
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const next = plain(lines[j]!.replace(/^\s*#{1,6}\s+/, ''));
      if (next === '') continue;
      if (/^[\p{L}"“'‘([]/u.test(next) && next.length >= 3 && !monthStart.test(next) && !clockStart.test(next)) return { line: i, number, rest, titleLine: j };
      return undefined;
    }
    return undefined;
  }
  // A title may begin with an application's reference ("17/01234/FUL - ERECTION OF 12 DWELLINGS", "23/01234/FUL – Land off Mill Lane").
  const reference = /^\d[\dA-Z/.-]*\/[A-Z]{2,}\b/.test(rest) && (rest === rest.toUpperCase() || /^\S+\s+[–—-]\s/.test(rest));
  if (!/^[\p{L}"“'‘([*]/u.test(rest) && !reference) return undefined;
  if (monthStart.test(rest) || clockStart.test(rest) || quantityStart.test(rest)) return undefined;
  return { line: i, number, rest };
}

/**
 * A row of a table whose heading row is a table of actions' ("No<TAB>Action<TAB>Owner<TAB>Due", or a web page's
 * "| No | Action | Owner | Due |", its rule line by then blank): "| 8 | Options for an award | Dana Whitlock | 21 June 2025 |".
 */
function inActionTable(lines: string[], i: number): boolean {
  const isRow = (l: string) => /^\s*\|/.test(l) || (l.includes('\t') && l.split('\t').filter((c) => c.trim() !== '').length >= 2);
  if (!isRow(lines[i]!)) return false;
  let k = i;
  let ruled = false;
  for (;;) {
    if (k > 0 && isRow(lines[k - 1]!)) k--;
    else if (!ruled && k > 1 && lines[k - 1]!.trim() === '' && isRow(lines[k - 2]!)) {
      ruled = true;
      k -= 2;
    } else break;
  }
  return k < i && actionTableHeading(cellsOf(lines[k]!.trim())) !== undefined;
}

/** Markdown heading marks, list bullets and bold around a number are not part of it. */
export const cleanHead = (line: string) =>
  line
    .trim()
    // A web page's table row of number and title: "| **9/24** | **APOLOGIES FOR ABSENCE** |".
    // (Its empty cells after the title are none of it: "| 24/66 | **Community Grants** | |".)
    .replace(/^\|\s*(\*\*)?([A-Z&]{0,5}[./]?\d[\d./]*)(\*\*)?\s*\|\s*(.*?)(?:\s*\|)*\s*$/, (_, _a, number: string, _b, title: string) => `${number} ${title}`)
    // … and without its outer bars, two cells only, the title in bold or capitals: "CNS18/25 | **PREVIOUS MINUTES**".
    .replace(/^([A-Z&]{0,5}[./]?\d[\d./]*)\s+\|\s+(\*\*[^|*]+\*\*|[^|\p{Ll}]+)$/u, '$1 $2')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^[-*•]\s+/, '')
    .replace(/^\*\*(\S+?)\*\*/, '$1')
    .replace(/^\*\*\s*(?=\S)/, '')
    .trim();

const titled = (h: ItemHead) => h.titleLine !== undefined || (h.rest.length <= 120 && !/[.;]$/.test(plain(h.rest)));

/**
 * The items of minutes: the longest run of heads whose numbers count up in one scheme (each the
 * next, or a few on), weighted to runs with titles and with paragraphs numbered under them. A
 * document's opening lines, its lists and its references ("Resolved 16/05/8.1") do not make a run.
 */
export function findItemHeads(lines: string[]): ItemHead[] {
  const heads: ItemHead[] = [];
  const all: ItemHead[] = [];
  for (let i = 0; i < lines.length; i++) {
    // (A row of a table of actions, "| 8 | Options for an award | Dana Whitlock | 21 June 2025 |", is no item.)
    const h = inActionTable(lines, i) ? undefined : headAt(lines, i);
    if (h) all.push(h);
    // A paragraph of a head before it ("1.1" after "1", "13.1" after "13.0") is never an item of its own.
    if (h && !heads.some((p) => isNumberedUnder(h.number, p.number))) heads.push(h);
  }
  const weight = heads.map((h) => {
    let subs = 0;
    // (Its paragraphs: "8.1" under "8", and "13.1" under "13.0", which would otherwise read as the next number.)
    for (let j = all.indexOf(h) + 1; j < all.length; j++) {
      if (isNumberedUnder(all[j]!.number, h.number)) subs++;
      else if (follows(h.number, all[j]!.number, 50)) break;
    }
    // A table's row ("25/01<TAB>Contact GP<TAB>GM<TAB>31/01/25": a number, then two cells or more) counts for less than an item.
    const row = h.titleLine === undefined && h.rest.split('\t').filter((c) => c.trim() !== '').length >= 2;
    return (row ? 0.5 : 1 + (titled(h) ? 0.5 : 0)) + Math.min(subs, 10) * 0.3;
  });
  const best = heads.map((_, k) => weight[k]!);
  const from = heads.map(() => -1);
  for (let k = 0; k < heads.length; k++)
    for (let j = 0; j < k; j++) {
      const step = follows(heads[j]!.number, heads[k]!.number);
      if (step === undefined) continue;
      const score = best[j]! + weight[k]! - (step - 1) * 0.75;
      if (score > best[k]!) {
        best[k] = score;
        from[k] = j;
      }
    }
  let end = -1;
  for (let k = 0; k < heads.length; k++) if (end < 0 || best[k]! > best[end]!) end = k;
  const run: ItemHead[] = [];
  for (let k = end; k >= 0; k = from[k]!) run.unshift(heads[k]!);
  // One head alone is an item only when it is titled or has numbered paragraphs.
  if (run.length === 1 && weight[end]! < 1.5) return [];
  // Page numbers over a running header ("C1780" / "City Growth and Regeneration Committee,"): every "title" the same.
  const titleOf = (h: ItemHead) => plain(h.titleLine !== undefined ? lines[h.titleLine]! : h.rest);
  if (run.length >= 2 && run.every((h) => titleOf(h) === titleOf(run[0]!))) return [];
  // Titles above their numbers: all the run's items, or (when only some have one) none.
  const above = run.map((h, k) => titleAboveOf(lines, h, k ? run[k - 1]!.line + 1 : 0));
  if (above.filter((a) => a !== undefined).length * 2 > run.length)
    run.forEach((h, k) => {
      h.titleAbove = above[k];
      // A number alone under its title: the line after it is the minute's first, not a title.
      if (above[k] !== undefined) h.titleLine = undefined;
    });
  return run;
}

/** The paragraphs numbered under an item ("8.1", "16/05/8.1"), as heads in the item's lines. */
export function paragraphHeads(lines: string[], from: number, to: number, item: ItemNumber): ItemHead[] {
  const out: ItemHead[] = [];
  for (let i = from; i < to; i++) {
    const read = readItemNumber(cleanHead(lines[i]!));
    if (!read || !isParagraphOf(read.number, item)) continue;
    if (monthStart.test(read.rest) || clockStart.test(read.rest)) continue;
    out.push({ line: i, number: read.number, rest: read.rest });
  }
  return out;
}

/**
 * Minutes whose items are headings in capitals with no numbers ("POLICE REPORT" / text), after the
 * attendance: each heading a line of its own, a few words, not a sentence, followed by text. The
 * items are numbered in order, and the meeting's note says so. None unless there are three.
 */
export function findHeadedItems(lines: string[]): ItemHead[] {
  const attendance = lines.findIndex((l) => attendanceHeading(plain(l)) !== undefined);
  if (attendance < 0) return [];
  const heads: ItemHead[] = [];
  for (let i = attendance + 1; i < lines.length; i++) {
    const text = plain(cleanHead(lines[i]!));
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    const capitals = /\p{Lu}{3}/u.test(text) && text === text.toUpperCase() && !/[.;,]$/.test(text) && text.split(/\s+/).length <= 10;
    // … or in Title Case, centred alone between blank lines above text set further left (a Northern Ireland council's minutes).
    const below = lines
      .slice(i + 1)
      .filter((l) => l.trim() !== '')
      .slice(0, 4);
    const centred =
      indent(lines[i]!) >= 10 &&
      below.length > 0 &&
      indent(lines[i]!) > Math.min(...below.map(indent)) + 4 &&
      (lines[i - 1] ?? '').trim() === '' &&
      (lines[i + 1] ?? '').trim() === '' &&
      /^\p{Lu}/u.test(text) &&
      /\p{Ll}{3}/u.test(text) &&
      !/[.;,:]$/.test(text) &&
      !findUkDate(text) &&
      text.split(/\s+/).length <= 12;
    if (
      (!capitals && !centred) ||
      (attendanceHeading(text) && !(centred && heads.length === 0 && i > attendance + 1)) ||
      next === undefined ||
      (capitals && plain(next) === plain(next).toUpperCase())
    )
      continue;
    if (i > 0 && lines[i - 1]!.trim() !== '' && heads.length === 0 && i !== attendance + 1) continue;
    const k = heads.length + 1;
    heads.push({ line: i, number: { text: String(k), prefix: '', parts: [k], seps: [] }, rest: text.replace(/:$/, '') });
  }
  return heads.length >= 3 ? heads : [];
}
