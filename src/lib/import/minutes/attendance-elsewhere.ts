import type { Directory } from '../directory';
import { attendanceHeading } from '../rules/attendance';
import { parseHeader } from './header';
import type { ItemHead } from './segment';
import { plain } from './text';
import type { Review } from './types';

// Attendance printed outside the header: after the items (ModernGov web pages), or at the start of the first item.

/**
 * The attendance printed after the items, as a ModernGov web page prints it ("Attendance details" /
 * "Present:" / a list), when the header gave none: read as a header's, and cut from the last item.
 */
export function trailingAttendance(lines: string[], heads: ItemHead[], directory: Directory, review: Review[]) {
  const last = heads[heads.length - 1];
  if (!last) return undefined;
  for (let i = last.line + 1; i < lines.length; i++) {
    const text = plain(lines[i]!.replace(/^#{1,6}\s+/, '')).replace(/:$/, '');
    const heading = attendanceHeading(text);
    if (!/^attendance(?: details)?$/i.test(text) && !(heading && heading.group === 'present' && heading.rest === '')) continue;
    const found: Review[] = [];
    const read = parseHeader(lines.slice(i), directory, found);
    if (read.attendance.length < 2) return undefined;
    review.push(...found, { field: 'attendance', message: `read from the "${text}" list after the items (line ${i + 1})` });
    return { from: i, attendance: read.attendance, header: read.header };
  }
  return undefined;
}

/**
 * "1. Welcome and introductions" / "Attendees:" / a list: the attendance printed as the first lines
 * of the first item, when the header gave none. Read as a header's, up to the first blank line.
 */
export function firstItemAttendance(lines: string[], heads: ItemHead[], directory: Directory, review: Review[]) {
  const first = heads[0];
  if (!first) return undefined;
  const end = heads[1]?.line ?? lines.length;
  for (let i = (first.titleLine ?? first.line) + 1, seen = 0; i < end && seen < 5; i++) {
    const text = plain(lines[i]!);
    if (text === '') continue;
    seen++;
    const heading = attendanceHeading(text);
    // "… introductions were made. Board members present:": a sentence that ends by heading the list below it.
    const ending = !heading && /\b(?:members present|present|in attendance|attendees)\s*:$/i.test(text);
    if (!ending && (!heading || heading.group === 'apologies')) continue;
    const from = ending ? i + 1 : i;
    // The list, and any further attendance blocks after a blank line ("Also in attendance: …", "Apologies were received from …").
    let to = from + 1;
    for (;;) {
      while (to < end && plain(lines[to]!) !== '') to++;
      let next = to;
      while (next < end && plain(lines[next]!) === '') next++;
      if (next < end && attendanceHeading(plain(lines[next]!))) to = next + 1;
      else break;
    }
    const found: Review[] = [];
    const read = parseHeader([...(ending ? ['Present:'] : []), ...lines.slice(from, to)], directory, found);
    if (read.attendance.length < 2) return undefined;
    review.push(...found, { field: 'attendance', message: `read from the list at the start of item ${first.number.text} (line ${from + 1})` });
    return { from, to, attendance: read.attendance, header: read.header.replace(/^Present:\n/, '') };
  }
  return undefined;
}
