import type { Archive, BodyRecord, MeetingRecord, PaperRecord } from '../archive/types';
import type { CalendarEvent } from '../feeds/ical';
import type { FeedItem } from '../feeds/rss';
import { formatDate } from '../format/date';
import { meetingTitle } from './meeting-text';
import { meetingUrl, paperUrl } from './urls';

/** How many of the newest items a feed carries: readers poll feeds, so they stay small. */
export const feedLength = 50;

const hasMinutes = (m: MeetingRecord) => !m.withheld && (m.data.minutes.status === 'approved' || m.data.minutes.status === 'awaiting-approval');

/**
 * What a feed announces: minutes as they are published, and papers. Draft minutes and exempt
 * papers never reach the archive's published lists, so never a feed.
 */
export function feedItems(meetings: MeetingRecord[], papers: PaperRecord[], site: URL, body?: BodyRecord): FeedItem[] {
  const abs = (path: string) => new URL(path, site).href;
  const items: FeedItem[] = [
    ...meetings.filter((m) => hasMinutes(m) && (!body || m.body === body)).map((m) => ({
      title: `Minutes: ${m.body.data.name}, ${formatDate(m.data.date)}`,
      link: abs(meetingUrl(m)),
      date: m.data.date,
      category: m.body.data.name,
      description: `The minutes of the meeting of the ${m.body.data.name} on ${formatDate(m.data.date)} (${m.data.minutes.status === 'approved' ? 'approved' : 'awaiting approval'}).`,
    })),
    ...papers.filter((p) => !body || p.body === body).map((p) => ({
      title: p.data.title,
      link: abs(paperUrl(p)),
      date: p.data.date,
      category: p.body?.data.name,
      description: p.data.summary ?? (p.meeting ? `A paper for the meeting of the ${p.meeting.body.data.name} on ${formatDate(p.meeting.data.date)}.` : undefined),
    })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link)).slice(0, feedLength);
}

/** Every meeting, past and upcoming, as a calendar event; cancelled ones marked so. */
export function calendarEvents(archive: Pick<Archive, 'meetings'>, site: URL, body?: BodyRecord): CalendarEvent[] {
  return archive.meetings
    .filter((m) => !body || m.body === body)
    .map((m) => ({
      uid: `${m.id.replace(/\//g, '.')}@${site.host}`,
      date: m.data.date,
      start: m.data.start,
      end: m.data.end,
      summary: meetingTitle(m),
      location: m.data.location,
      url: new URL(meetingUrl(m), site).href,
      description: `Agenda, papers and minutes: ${new URL(meetingUrl(m), site).href}`,
      cancelled: m.data.status === 'cancelled',
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}
