import { withoutControls } from '../format/characters';

export interface CalendarEvent {
  /** Stable across builds: the meeting's id at the site's host. */
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, UK local time; an event without one is all day. */
  start?: string;
  end?: string;
  summary: string;
  location?: string;
  /** Absolute address of the meeting page. */
  url: string;
  description?: string;
  cancelled: boolean;
}

export interface Calendar {
  name: string;
  /** The day the calendar is made, YYYY-MM-DD: every event's DTSTAMP, so a rebuild gives the same file. */
  stamp: string;
  events: CalendarEvent[];
}

// Europe/London, so calendars show UK meeting times correctly in any time zone.
const london = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * A TEXT value as iCalendar wants it (RFC 5545 3.3.11): no control but HTAB, backslash, semicolon
 * and comma escaped, and every line break (CRLF, LF or a lone CR) written as \n, so no text can end
 * its line or start a property of its own.
 */
export const icsText = (s: string) =>
  withoutControls(s)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n');

/** A URI value (the meeting page): no control, line break or space, which no address holds. */
const icsUri = (s: string) => withoutControls(s).replace(/\s/g, '');

/**
 * Lines longer than 75 octets are folded, never inside a UTF-8 character: each physical line holds
 * as many characters as fit, 75 octets on the first and 74 after the space that continues it.
 * One pass over the characters, counting their octets (a calendar of 10,000 meetings has 120,000 lines).
 */
export function fold(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line, 'utf8') <= 75) return line;
  const out: string[] = [];
  let start = 0;
  let octets = 0;
  let i = 0;
  while (i < line.length) {
    const cp = line.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += size;
    i += units;
  }
  out.push(line.slice(start));
  return out.join('\r\n ');
}

const compact = (date: string) => date.replace(/-/g, '');
const time = (hhmm: string) => `${hhmm.replace(':', '')}00`;
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** An iCalendar (RFC 5545) file; lines end CRLF. */
export function icsCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Scrutiny//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(calendar.name)}`,
    'X-WR-TIMEZONE:Europe/London',
    ...london,
  ];
  for (const e of calendar.events) {
    lines.push('BEGIN:VEVENT', `UID:${icsText(e.uid)}`, `DTSTAMP:${compact(calendar.stamp)}T000000Z`);
    if (e.start) {
      lines.push(`DTSTART;TZID=Europe/London:${compact(e.date)}T${time(e.start)}`);
      if (e.end && e.end > e.start) lines.push(`DTEND;TZID=Europe/London:${compact(e.date)}T${time(e.end)}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compact(e.date)}`, `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`);
    }
    lines.push(`SUMMARY:${icsText(e.summary)}`);
    if (e.location) lines.push(`LOCATION:${icsText(e.location)}`);
    lines.push(`URL:${icsUri(e.url)}`);
    if (e.description) lines.push(`DESCRIPTION:${icsText(e.description)}`);
    lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
