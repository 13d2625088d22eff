import type { MeetingRecord, PaperRecord } from '../archive/types';
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
 * papers never reach the archive's published lists, so never a feed. Give it the archive's lists,
 * or a body's own (`body.meetings`, `body.papers`) for that body's feed.
 */
export function feedItems(meetings: readonly MeetingRecord[], papers: readonly PaperRecord[], site: URL): FeedItem[] {
  const abs = (path: string) => new URL(path, site).href;
  const items: FeedItem[] = [
    ...meetings.filter(hasMinutes).map((m) => ({
      title: `Minutes: ${m.body.data.name}, ${formatDate(m.data.date)}`,
      link: abs(meetingUrl(m)),
      date: m.data.date,
      category: m.body.data.name,
      description:
        `The minutes of the meeting of the ${m.body.data.name} on ${formatDate(m.data.date)} ` +
        `(${m.data.minutes.status === 'approved' ? 'approved' : 'awaiting approval'}).`,
    })),
    ...papers.map((p) => ({
      title: p.data.title,
      link: abs(paperUrl(p)),
      date: p.data.date,
      category: p.body?.data.name,
      description:
        p.data.summary ?? (p.meeting ? `A paper for the meeting of the ${p.meeting.body.data.name} on ${formatDate(p.meeting.data.date)}.` : undefined),
    })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link)).slice(0, feedLength);
}

/** Every meeting given, past and upcoming, as a calendar event; cancelled ones marked so. */
export function calendarEvents(meetings: readonly MeetingRecord[], site: URL): CalendarEvent[] {
  return meetings
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
