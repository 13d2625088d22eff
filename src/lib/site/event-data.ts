import type { MeetingRecord, Archive } from '../archive/types';
import { meetingTitle } from './meeting-text';
import { meetingUrl } from './urls';

/** The last Sunday of a month, as YYYY-MM-DD. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** UK clock offset on a day: +01:00 in British Summer Time (last Sunday of March to last Sunday of October), else +00:00. */
export function londonOffset(date: string): string {
  const year = Number(date.slice(0, 4));
  return date >= lastSunday(year, 3) && date < lastSunday(year, 10) ? '+01:00' : '+00:00';
}

/**
 * schema.org Event data for a meeting page, so search engines and calendars can read when and
 * where it is. Only what the record gives: no end time or place is made up.
 */
export function meetingEvent(m: MeetingRecord, organisation: Archive['organisation'], site: URL): Record<string, unknown> {
  const at = (time: string | undefined) => (time ? `${m.data.date}T${time}:00${londonOffset(m.data.date)}` : m.data.date);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: meetingTitle(m),
    startDate: at(m.data.start),
    ...(m.data.end && m.data.start ? { endDate: at(m.data.end) } : {}),
    eventStatus: `https://schema.org/${m.data.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(m.data.location ? { location: { '@type': 'Place', name: m.data.location } } : {}),
    // A panel hosted by a council is the council's meeting; otherwise the organisation's own.
    organizer: m.body.data.hostedBy
      ? { '@type': 'Organization', name: m.body.data.hostedBy }
      : { '@type': 'Organization', name: organisation.name, url: organisation.baseUrl },
    url: new URL(meetingUrl(m), site).href,
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element, and
 * U+2028 and U+2029 too, which JavaScript before ES2019 (and so some readers of the data) refuse in a string.
 */
export const jsonLd = (data: unknown) => JSON.stringify(data).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
