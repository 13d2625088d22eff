import type { Directory } from '../directory';
import { findClockTime, findUkDate } from '../uk-date';
import { attendee, groupOf, listedAttendees, sectionLine } from './attendance';
import { normaliseName, plain, titleCase } from './text';
import type { ParsedAttendee, ParsedMinutes, Review } from './types';

export function parseHeader(lines: string[], directory: Directory, review: Review[]) {
  let date: string | undefined;
  let start: string | undefined;
  let location: string | undefined;
  let body: string | undefined;
  let status: ParsedMinutes['minutesStatus'] = 'awaiting-approval';
  let group: ParsedAttendee['group'] | undefined;
  const attendance: ParsedAttendee[] = [];
  const printed: string[] = [];
  const titleLines: string[] = [];
  for (const raw of lines) {
    const line = plain(raw);
    if (line === '') continue;
    const section = sectionLine.exec(line);
    if (/^date\s*:/i.test(line) || /^time\s*:/i.test(line)) {
      date ??= findUkDate(line)?.iso;
      const time = /time\s*:\s*(.*)$/i.exec(line);
      if (time) start ??= findClockTime(time[1]!)?.time;
      printed.push(raw.trim());
      continue;
    }
    const place = /^(location|venue|place)\s*:\s*(.+)$/i.exec(line);
    if (place) {
      location = place[2];
      printed.push(raw.trim());
      continue;
    }
    if (section) {
      group = groupOf(section[1]!);
      const listed = section[2] !== undefined && section[2].split(',').length > 2;
      // A list is kept as printed too: it says "Councillors A Gilderdale, …", the entries "Councillor A Gilderdale".
      printed.push(
        section[2] && !listed
          ? raw
              .trim()
              .slice(0, raw.trim().length - section[2].length)
              .trim()
          : raw.trim(),
      );
      if (section[2]) attendance.push(...(listed ? listedAttendees(section[2], group, directory) : [attendee(section[2], group, directory)]));
      continue;
    }
    // A row with an empty first cell is a table's heading, not a person: the attendance list has ended.
    if (group && raw.startsWith('\t')) group = undefined;
    if (group) {
      attendance.push(attendee(raw, group, directory));
      continue;
    }
    printed.push(raw.trim());
    titleLines.push(line);
  }
  const title = titleLines.join(' ');
  if (/\bdraft\b/i.test(title)) status = 'draft';
  else if (/\bapproved\b/i.test(title)) status = 'approved';
  else review.push({ field: 'minutes.status', message: 'the document does not say its minutes are approved: recorded as awaiting approval' });
  // The body: a known name, or the title line before the date ("Force Performance Scrutiny Meeting Thursday 28 May 2015 …").
  const known = directory.bodies.find((b) => [b.name, ...b.alsoKnownAs].some((n) => normaliseName(title).includes(normaliseName(n))));
  if (known) body = known.name;
  for (const t of titleLines) {
    const d = findUkDate(t);
    if (!d) continue;
    date ??= d.iso;
    const before = t
      .slice(0, t.indexOf(d.match))
      .replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?\s*$/i, '')
      .trim();
    body ??= before.replace(/[,–-]\s*$/, '').trim() || undefined;
    const after = t.slice(t.indexOf(d.match) + d.match.length);
    const time = findClockTime(after);
    if (time) start ??= time.time;
    const rest = (time ? after.slice(after.indexOf(time.match) + time.match.length) : after).replace(/^[\s,–-]+/, '').trim();
    if (rest) location ??= rest;
  }
  if (!body) {
    const caps = titleLines.find((t) => /[A-Z]{3}/.test(t) && t === t.toUpperCase() && !/^(APPROVED |DRAFT )?MINUTES$/.test(t));
    body = caps ? titleCase(caps.replace(/\b(APPROVED|DRAFT)?\s*MINUTES\b/, '').trim()) : 'Unknown body';
    // A body the folder does not know is reported where its file is made; only a missing name is said here.
    if (!caps) review.push({ field: 'body', message: "no board or panel is named in the heading: set the body, and the file's folder" });
  }
  if (!date) review.push({ field: 'date', message: 'no date found in the header' });
  if (!start) review.push({ field: 'start', message: 'no start time found in the header' });
  return { body, date, start, end: undefined as string | undefined, location, minutesStatus: status, header: printed.join('\n'), attendance };
}
