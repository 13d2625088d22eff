import { compareAgendaNumbers } from '../../derive/agenda';
import type { Directory } from '../directory';
import { extractRecords } from './records';
import { plain } from './text';
import type { ParsedAttendee, ParsedItem, Review } from './types';

export const itemLine = /^(?:[-*]\s+)?(\d{1,2}(?:\.\d{1,2})*)(\.)?(?:\s+|\t)(.+)$/;

export function parseItems(lines: string[], attendance: ParsedAttendee[], directory: Directory, review: Review[], notes: string[]) {
  const items: ParsedItem[] = [];
  let current: ParsedItem | undefined;
  let blankBefore = false;
  const add = (text: string) => {
    if (!current) return;
    const last = current.paragraphs[current.paragraphs.length - 1];
    // A line broken mid-sentence ("… modern" / "day slavery were discussed") joins its paragraph.
    const listItem = /^([-*•]|\d+[.)]|[a-z][.)])\s/.test(text);
    if (last !== undefined && !listItem && (!blankBefore || (/^[a-z]/.test(text) && !/[.?!:;)"”]$/.test(last))))
      current.paragraphs[current.paragraphs.length - 1] = `${last} ${text}`;
    else current.paragraphs.push(text);
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      blankBefore = true;
      continue;
    }
    const m = itemLine.exec(line);
    const number = m?.[1];
    const previous = items[items.length - 1]?.number;
    // Not a date ("23 NOVEMBER 2022 …"), and not a leap far past the items so far.
    const top = (n: string) => Number(n.split('.')[0]);
    const plausible =
      number !== undefined &&
      !/^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d/i.test(
        m![3]!,
      ) &&
      (previous === undefined || ((compareAgendaNumbers(number, previous) > 0 || number === previous) && top(number) <= top(previous) + 2));
    if (m && plausible) {
      let n = number;
      if (n === previous) {
        const parts = n.split('.');
        parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
        review.push({ field: `agenda (item ${n})`, message: `the number ${n} is printed twice; the second is recorded as ${parts.join('.')}` });
        notes.push(`The source numbers two paragraphs ${n}; the second is recorded as ${parts.join('.')}.`);
        n = parts.join('.');
      }
      const rest = m[3]!.trim();
      const item: ParsedItem = { number: n, paragraphs: [], decisions: [], actions: [], actionUpdates: [] };
      const lead = /^\*\*([^*]+?)\*\*\s*[,.:]?\s*(.*)$/.exec(rest);
      const parent = items.find((i) => n.startsWith(`${i.number}.`) && i.exempt);
      if (parent) {
        // A paragraph of an exempt item: what the public minutes print of it.
        parent.paragraphs.push(`${n} ${rest}`);
        current = parent;
        blankBefore = false;
        continue;
      }
      if (lead && (lead[2] === '' || /^[a-z(]/.test(lead[2]!) || lead[1]!.length < 60)) {
        item.title = lead[1]!.trim();
        item.paragraphs.push(rest);
      } else if (!/[.;:]$/.test(plain(rest)) && plain(rest).length <= 150) {
        item.title = plain(rest);
      } else {
        item.paragraphs.push(rest);
      }
      const exempt = item.title ? /^(.*?)\s*[–-]\s*(commercial in confidence|confidential|exempt[^,]*|not for publication)$/i.exec(item.title) : null;
      if (exempt) {
        item.title = exempt[1]!.trim();
        item.exempt = { reason: exempt[2]!.trim() };
        review.push({
          field: `agenda (item ${n})`,
          message: `marked exempt ("${exempt[2]}"): only its number, title, reason and what the minutes print of it are published; check the note`,
        });
      }
      items.push(item);
      current = item;
      blankBefore = false;
      continue;
    }
    if (!current) continue;
    add(line);
    blankBefore = false;
  }
  // The signature: a name alone on the last line, of someone recorded at the meeting.
  let signedBy: string | undefined;
  const last = items[items.length - 1];
  const tail = last?.paragraphs[last.paragraphs.length - 1];
  if (last && tail && attendance.some((a) => plain(tail) === a.name)) {
    signedBy = plain(tail);
    last.paragraphs.pop();
  }
  for (const item of items) extractRecords(item, directory, review);
  return { items, signedBy };
}
