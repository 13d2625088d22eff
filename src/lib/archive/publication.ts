import type { AgendaItem, Meeting } from '../../schemas';
import type { ContentSet } from '../content/read-folder';

/**
 * The publication rule: what of the record may be published, decided here and nowhere else.
 *
 * - Minutes in **draft** are never published. The meeting is listed with the facts a public
 *   calendar would give (body, date, time, place, status) and nothing else: no heading, note,
 *   printed header, attendance, agenda, signatory or next meeting.
 * - An **exempt** agenda item publishes its number, title, reason, and any note the public minutes
 *   themselves give about it. Nothing else of it: not its minutes, pages or papers.
 * - An **exempt paper** is never published; nor is a paper attached to something withheld, by
 *   either link: listed in an exempt item's or a draft meeting's `papers:`, or pointing at an
 *   exempt item or a draft meeting with its own `meeting` (and `item`).
 * - Whatever is recorded under a withheld item or meeting (its decisions, recommendations,
 *   actions and updates to actions) is withheld with it; a response given only in a withheld
 *   paper does not count.
 *
 * The projections below copy the fields that may be published (an allow-list), so a field added
 * to a schema later is withheld until someone decides here that it may be shown.
 */

/** Whether a meeting's minutes are withheld: they are in draft. */
export const isDraftMeeting = (m: Pick<Meeting, 'minutes'>): boolean => m.minutes.status === 'draft';

/** Whether what is recorded under an agenda item is withheld: the item is exempt, or its minutes are draft. */
export const isWithheldItem = (m: Pick<Meeting, 'minutes'>, item: Pick<AgendaItem, 'exempt'>): boolean => isDraftMeeting(m) || item.exempt !== undefined;

/** All that is published of a meeting whose minutes are in draft. */
export interface MeetingFacts {
  body: string;
  date: string;
  start?: string;
  end?: string;
  location?: string;
  status: Meeting['status'];
  minutes: { status: 'draft' };
}

export function meetingFacts(m: Meeting): MeetingFacts {
  return {
    body: m.body,
    date: m.date,
    status: m.status,
    minutes: { status: 'draft' },
    ...(m.start !== undefined && { start: m.start }),
    ...(m.end !== undefined && { end: m.end }),
    ...(m.location !== undefined && { location: m.location }),
  };
}

/** A meeting whose minutes are published: everything but the agenda and attendance, which are published as records of their own. */
export type PublishedMeetingData = Omit<Meeting, 'agenda' | 'attendance'>;

export function publishedMeetingData(m: Meeting): PublishedMeetingData {
  const { agenda: _agenda, attendance: _attendance, ...data } = m;
  return data;
}

/** An agenda item whose minutes are published, with the papers that may be published. */
export type OpenAgendaItem = Omit<AgendaItem, 'exempt'> & {
  exempt?: undefined;
  /** Fragment id on the meeting page. */
  anchor: string;
  /** How many papers listed under it are not published. */
  withheldPapers: number;
};

/** All that is published of an exempt agenda item. */
export interface ExemptAgendaItem {
  number: string;
  title?: string;
  anchor: string;
  exempt: { reason: string; publicNote?: string };
}

export type PublicAgendaItem = OpenAgendaItem | ExemptAgendaItem;

export function exemptAgendaItem(item: AgendaItem & { exempt: NonNullable<AgendaItem['exempt']> }, anchor: string): ExemptAgendaItem {
  return {
    number: item.number,
    anchor,
    ...(item.title !== undefined && { title: item.title }),
    exempt: { reason: item.exempt.reason, ...(item.exempt.publicNote !== undefined && { publicNote: item.exempt.publicNote }) },
  };
}

export function openAgendaItem(item: AgendaItem, anchor: string, withheldPapers: ReadonlySet<string>): OpenAgendaItem {
  const { exempt: _exempt, ...open } = item;
  const papers = item.papers.filter((p) => !withheldPapers.has(p));
  return { ...open, papers, anchor, withheldPapers: item.papers.length - papers.length };
}

/** Why a paper is withheld, in words for an error message. */
export type WithheldPaperReason = 'exempt' | 'of draft minutes' | 'of an exempt item';

/**
 * Every paper that may not be published, with why: exempt itself, or attached (by its own
 * `meeting`/`item`, or by a meeting's `papers:` list) to draft minutes or an exempt item.
 */
export function withheldPapers(set: Pick<ContentSet, 'meetings' | 'papers'>): Map<string, WithheldPaperReason> {
  const withheld = new Map<string, WithheldPaperReason>();
  const meetingById = new Map(set.meetings.map((m) => [m.id, m.data]));
  for (const m of set.meetings) {
    for (const item of m.data.agenda) {
      if (!isWithheldItem(m.data, item)) continue;
      for (const p of item.papers) if (!withheld.has(p)) withheld.set(p, isDraftMeeting(m.data) ? 'of draft minutes' : 'of an exempt item');
    }
  }
  for (const p of set.papers) {
    if (p.data.exempt) {
      withheld.set(p.id, 'exempt');
      continue;
    }
    const meeting = p.data.meeting !== undefined ? meetingById.get(p.data.meeting) : undefined;
    if (!meeting) continue;
    if (isDraftMeeting(meeting)) withheld.set(p.id, 'of draft minutes');
    else if (p.data.item !== undefined && meeting.agenda.some((i) => i.number === p.data.item && i.exempt !== undefined))
      withheld.set(p.id, 'of an exempt item');
  }
  return withheld;
}
