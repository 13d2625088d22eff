import type { ContentSet } from '../content/read-folder';
import { agendaField, type ReportProblem } from '../content/errors';
import type { Meeting } from '../../schemas';
import { compareAgendaNumbers, duplicateAgendaNumbers, itemAnchor } from '../derive/agenda';
import {
  exemptAgendaItem,
  isDraftMeeting,
  meetingFacts,
  openAgendaItem,
  publishedMeetingData,
  type PublicAgendaItem,
  type WithheldPaperReason,
} from './publication';
import type { BodyRecord, MeetingRecord, PaperRecord, PersonRecord } from './types';

/** Each meeting's whole record as its file gives it, by meeting id: for the builders' checks, never for pages. */
export type MeetingSources = Map<string, Meeting>;

const listIds = (records: { id: string }[]) => (records.length ? records.map((r) => `"${r.id}"`).join(', ') : '(none yet)');

/**
 * Meetings as they may be published, oldest first, each linked to its body, the meeting that
 * approved its minutes, and the body's previous and next meetings. Every reference is checked.
 */
export function buildMeetings(
  set: ContentSet,
  bodyById: Map<string, BodyRecord>,
  personById: Map<string, PersonRecord>,
  withheldPapers: Map<string, WithheldPaperReason>,
  problem: ReportProblem,
): { meetings: MeetingRecord[]; meetingById: Map<string, MeetingRecord>; sources: MeetingSources } {
  const knownPerson = (id: string | undefined, file: string, field: string) => {
    if (id !== undefined && !personById.has(id)) problem(file, field, `no person "${id}": add content/people/${id}.yaml or use an existing person id`);
  };
  const ordered = [...set.meetings].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  const sourceById = new Map(ordered.map((m) => [m.id, m]));
  const paperIds = new Set(set.papers.map((p) => p.id));
  const meetings: MeetingRecord[] = [];
  const sources: MeetingSources = new Map();

  for (const src of ordered) {
    const m = src.data;
    const body = bodyById.get(m.body);
    if (!body) {
      problem(src.file, 'body', `no body "${m.body}": expected one of ${listIds([...bodyById.values()])} (files in bodies/)`);
      continue;
    }
    m.attendance.forEach((a, i) => {
      knownPerson(a.person, src.file, `attendance[${i}].person`);
      knownPerson(a.substituteFor, src.file, `attendance[${i}].substituteFor`);
    });
    knownPerson(m.minutes.signedBy, src.file, 'minutes.signedBy');
    if (m.minutes.approvedAt !== undefined) {
      const later = sourceById.get(m.minutes.approvedAt);
      if (!later)
        problem(src.file, 'minutes.approvedAt', `no meeting "${m.minutes.approvedAt}": expected the id of the later meeting that approved these minutes`);
      else if (later.data.date <= m.date)
        problem(src.file, 'minutes.approvedAt', `"${m.minutes.approvedAt}" is not later than this meeting: minutes are approved at a later meeting`);
      if (m.minutes.status !== 'approved')
        problem(src.file, 'minutes.approvedAt', 'only approved minutes have an approving meeting: set minutes.status to approved or remove approvedAt');
    }
    for (const [number, indexes] of duplicateAgendaNumbers(m.agenda)) {
      problem(
        src.file,
        `agenda[${indexes[1]}].number`,
        `agenda number "${number}" is used ${indexes.length} times (items ${indexes.join(', ')}): each item in a meeting needs its own number`,
      );
    }
    m.agenda.forEach((item, i) =>
      item.papers.forEach((p, j) => {
        if (!paperIds.has(p)) problem(src.file, `${agendaField(i, item.number)}.papers[${j}]`, `no paper "${p}": expected the id of a file in papers/`);
      }),
    );

    const base = { id: src.id, file: src.file, body, approves: [], papers: [], actionsRaised: [], actionUpdates: [], recommendations: [], decisions: [] };
    const record: MeetingRecord = isDraftMeeting(m)
      ? { ...base, withheld: true, data: meetingFacts(m), items: [], attendance: [] }
      : { ...base, withheld: false, data: publishedMeetingData(m), items: publicItems(m, withheldPapers), attendance: m.attendance };
    meetings.push(record);
    sources.set(src.id, m);
  }

  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  for (const rec of meetings) {
    const approvedAt = rec.withheld ? undefined : rec.data.minutes.approvedAt;
    const approver = approvedAt ? meetingById.get(approvedAt) : undefined;
    if (approver) {
      rec.approvedAt = approver;
      approver.approves.push(rec);
    }
  }
  // One pass: meetings are already oldest first, so each body's list is too.
  for (const m of meetings) m.body.meetings.push(m);
  for (const b of bodyById.values())
    b.meetings.forEach((m, i) => {
      m.previous = b.meetings[i - 1];
      m.next = b.meetings[i + 1];
    });
  return { meetings, meetingById, sources };
}

/** The agenda in order, each item as it may be published. */
function publicItems(m: Meeting, withheldPapers: Map<string, WithheldPaperReason>): PublicAgendaItem[] {
  const withheld = new Set(withheldPapers.keys());
  return [...m.agenda]
    .sort((a, b) => compareAgendaNumbers(a.number, b.number))
    .map((item) =>
      item.exempt ? exemptAgendaItem({ ...item, exempt: item.exempt }, itemAnchor(item.number)) : openAgendaItem(item, itemAnchor(item.number), withheld),
    );
}

/** Published papers, each linked to its meeting and body; withheld papers are checked, then left out. */
export function buildPapers(
  set: ContentSet,
  meetingById: Map<string, MeetingRecord>,
  sources: MeetingSources,
  bodyById: Map<string, BodyRecord>,
  withheldPapers: Map<string, WithheldPaperReason>,
  problem: ReportProblem,
): PaperRecord[] {
  const papers: PaperRecord[] = [];
  for (const p of set.papers) {
    const meeting = p.data.meeting ? meetingById.get(p.data.meeting) : undefined;
    if (p.data.meeting && !meeting) {
      problem(
        p.file,
        'meeting',
        `no meeting "${p.data.meeting}": expected the id of a meeting file, e.g. "${[...meetingById.keys()][0] ?? 'panel/2022-07-20'}"`,
      );
    }
    const body = p.data.body ? bodyById.get(p.data.body) : meeting?.body;
    if (p.data.body && !bodyById.has(p.data.body)) problem(p.file, 'body', `no body "${p.data.body}": expected one of ${listIds([...bodyById.values()])}`);
    if (meeting && p.data.body && meeting.body.id !== p.data.body)
      problem(p.file, 'body', `the meeting "${meeting.id}" belongs to "${meeting.body.id}", not "${p.data.body}"`);
    if (meeting && p.data.item && !sources.get(meeting.id)?.agenda.some((i) => i.number === p.data.item)) {
      problem(p.file, 'item', `meeting "${meeting.id}" has no agenda item "${p.data.item}"`);
    }
    if (withheldPapers.has(p.id)) continue;
    // A paper of draft minutes is among the withheld; this only tells the type so.
    const published = meeting?.withheld ? undefined : meeting;
    const rec: PaperRecord = { id: p.id, file: p.file, data: p.data, body, meeting: published, markdown: p.body ?? '', responses: [] };
    papers.push(rec);
    published?.papers.push(rec);
    body?.papers.push(rec);
  }
  return papers;
}
