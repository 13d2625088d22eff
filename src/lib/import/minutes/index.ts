// Minutes exported as text, structured: the header (header.ts: title.ts, attendance.ts, columns.ts,
// attendance-sentences.ts), the items as the best-matching layout reads them (../layouts: numbered
// items found by segment.ts and read by items.ts, or one matter/action table), and what each item
// records (records.ts, actions.ts). The named rules are in ../rules. What is parsed is in types.ts.
import type { Directory } from '../directory';
import { findClockTime } from '../uk-date';
import { chooseLayout } from '../layouts';
import { numberedItems } from '../layouts/numbered-items';
import { addPeople, peopleInSentence, sentencesOf } from './attendance-sentences';
import { parseHeader } from './header';
import { findHeadedItems, findItemHeads, itemStart } from './segment';
import { joinFixedWidthTables } from './fixed-width';
import { firstItemAttendance, trailingAttendance } from './attendance-elsewhere';
import { isTableRow, plain } from './text';
import { cellsOf } from './actions';
import { isNameShaped, notPeople } from '../rules/names';
import type { ParsedMinutes, Review } from './types';

export type { DecisionKind, ParsedAction, ParsedAttendee, ParsedItem, ParsedMinutes, Review } from './types';
export { normaliseName } from './text';

/**
 * Structures minutes exported as text: the header (body, date, time, place, attendance), then
 * numbered items and paragraphs (1, 2.1, 4.1.2) with their text, and what the text records
 * (decisions, actions, updates to earlier actions). Anything it cannot place is kept as text:
 * the header as printed, and every line after it in the item it follows.
 */
export function parseMinutes(text: string, directory: Directory): ParsedMinutes {
  const review: Review[] = [];
  const lines = joinFixedWidthTables(joinSplitOrdinals(text.split('\n').map((l) => l.replace(/\f/g, '').replace(/\s+$/, ''))));
  const numbered = findItemHeads(lines);
  // No numbered items: headings in capitals may be the items, numbered here in order.
  // (Or a few numbers only, of a report the minutes quote, beside many headings: the headings are the items.)
  const headings = numbered.length <= 3 ? findHeadedItems(lines) : [];
  const headed = numbered.length < 2 || headings.length >= 3 * numbered.length ? headings : [];
  const heads = headed.length ? headed : numbered;
  const start = heads.length ? itemStart(heads[0]!) : -1;
  const headerLines = start < 0 ? lines : lines.slice(0, start);
  const header = parseHeader(headerLines, directory, review);
  // No one present in the header: the attendance may be printed after the items, or at the start of the first.
  const trailing = header.attendance.some((a) => a.group === 'present') ? undefined : trailingAttendance(lines, heads, directory, review);
  const leading = header.attendance.some((a) => a.group === 'present') || trailing ? undefined : firstItemAttendance(lines, heads, directory, review);
  for (const found of [trailing, leading]) {
    if (!found) continue;
    addPeople(header.attendance, found.attendance);
    header.header = [header.header, found.header].filter(Boolean).join('\n');
  }
  // The lines read as the first item's attendance are the header's now: blank in the item, the line numbers kept.
  if (leading) for (let i = leading.from; i < leading.to; i++) lines[i] = '';
  const notes: string[] = [];
  const doc = { lines: trailing ? lines.slice(0, trailing.from) : lines, heads, headerLines };
  const chosen = chooseLayout(doc);
  let { layout, reasons } = chosen;
  let { items, signedBy } = layout.readItems(doc, header.attendance, directory, review, notes);
  // A layout that reads no items from lines that hold some would lose their words: they are read as numbered items.
  if (items.length === 0 && heads.length > 0 && layout !== numberedItems) {
    reasons = [...reasons, `it read no items, so the ${heads.length} numbered headings are read as items instead`];
    layout = numberedItems;
    ({ items, signedBy } = numberedItems.readItems(doc, header.attendance, directory, review, notes));
  }
  if (headed.length) {
    notes.push('The minutes number no items: they are numbered here in the order printed.');
    review.push({
      field: 'agenda',
      message: `no numbered items: the ${headed.length} headings in capitals are read as the items, numbered 1 to ${headed.length}; check`,
    });
  }
  review.unshift({ field: 'layout', message: `read as "${layout.name}": ${reasons.join('; ')}` });
  // When the meeting began and ended, if only its closing line says ("The meeting began at 2:00pm and ended at 4:22 pm").
  const closing = /meeting (?:began|started|commenced) at ([\d.:]+\s*[ap]\.?m\.?)(?:.*?ended at ([\d.:]+\s*[ap]\.?m\.?))?/i.exec(text);
  if (closing) {
    if (!header.start) {
      header.start = findClockTime(closing[1]!)?.time;
      const unsure = review.findIndex((r) => r.field === 'start');
      if (unsure >= 0) review.splice(unsure, 1);
    }
    if (closing[2]) header.end = findClockTime(closing[2])?.time;
  }
  // Apologies and substitutes given in an item rather than the header.
  for (const item of items) {
    // "Apologies for absence were submitted on behalf of:-" and a table of them: each row's first cell a name.
    item.paragraphs.forEach((p, k) => {
      if (!/\bapolog(?:y|ies)\b.*\b(?:from|of|for)\s*:-?$/i.test(plain(p))) return;
      for (let j = k + 1; j < item.paragraphs.length && isTableRow(item.paragraphs[j]!); j++) {
        const name = cellsOf(item.paragraphs[j]!)[0]!;
        if (isNameShaped(name) && !notPeople.test(name) && name.split(/\s+/).length >= 2) addPeople(header.attendance, [{ name, group: 'apologies' }]);
      }
    });
    for (const p of item.paragraphs) {
      for (const sub of plain(p).matchAll(
        /([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) was in attendance as (?:a )?substitute for ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})/g,
      )) {
        if (header.attendance.some((a) => a.name === sub[1])) continue;
        // Listed with the members present, after them.
        const after = header.attendance.map((a) => a.group).lastIndexOf('present');
        header.attendance.splice(after + 1, 0, { name: sub[1]!, group: 'present', substituteFor: sub[2] });
      }
      for (const s of sentencesOf(plain(p))) {
        const people = peopleInSentence(s, directory).filter((a) => a.group === 'apologies');
        addPeople(
          header.attendance,
          people.map((a) => ({ name: a.name, group: a.group })),
        );
      }
    }
  }
  return { ...header, items, signedBy, review, notes };
}

/**
 * A superscript ordinal a PDF export puts on a line of its own ("ON 18" / "th" / " JULY 2013") goes
 * back onto its number ("ON 18th JULY 2013"), so the date reads as printed.
 */
export function joinSplitOrdinals(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = out[out.length - 1];
    if (/^\s*(st|nd|rd|th)\s*$/i.test(line) && previous !== undefined && /\d$/.test(previous)) {
      const next = lines[i + 1];
      out[out.length - 1] = `${previous}${line.trim()}${next !== undefined && next.trim() !== '' ? ` ${next.trim()}` : ''}`;
      if (next !== undefined && next.trim() !== '') i++;
      continue;
    }
    out.push(line);
  }
  return out;
}
