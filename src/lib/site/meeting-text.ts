import type { MeetingRecord } from '../archive/types';
import { formatDate, formatTime } from '../format/date';

/** "Business Co-ordination Board, 9 October 2019" */
export function meetingTitle(m: MeetingRecord): string {
  return `${m.body.data.name}, ${formatDate(m.data.date)}`;
}

/** "3pm to 4:22pm", "3pm", or undefined. */
export function meetingTimes(m: Pick<MeetingRecord, 'data'>): string | undefined {
  const { start, end } = m.data;
  if (start && end) return `${formatTime(start)} to ${formatTime(end)}`;
  return start ? formatTime(start) : undefined;
}

/**
 * What a reader should know about the meeting, in words, on the day the site is built. A meeting
 * still marked scheduled whose date has passed is not upcoming: it was held if its minutes are
 * published, and otherwise the site says only what it knows.
 */
export function meetingStatusText(m: Pick<MeetingRecord, 'data'>, today: string): string {
  const { status, date, minutes } = m.data;
  if (status === 'cancelled') return 'Cancelled';
  if (status === 'scheduled' && date >= today) return 'Scheduled';
  if (status === 'scheduled' && minutes.status === 'none') return 'Date passed: no minutes published';
  return 'Held';
}

export function minutesStatusText(m: MeetingRecord): string {
  switch (m.data.minutes.status) {
    case 'approved':
      return 'Approved';
    case 'awaiting-approval':
      return 'Published, awaiting approval at a later meeting';
    case 'draft':
      return 'In draft: published once approved';
    default:
      return m.data.status === 'held' ? 'Not yet published' : 'None yet';
  }
}
