import type { ContentSet, SourceEntry } from '../content/read-folder';
import { ContentError, agendaField, type ContentProblem } from '../content/errors';
import type { Meeting } from '../../schemas';
import { compareAgendaNumbers, duplicateAgendaNumbers, itemAnchor } from '../derive/agenda';
import { deriveActionStatus, dueFromText } from '../derive/action-status';
import { actionLog, countActions } from '../derive/action-log';
import { buildPlans } from './plans';
import { buildInspections, buildMeasures } from './performance';
import { checkMeasureReferences } from './mdx-references';
import { buildDecisions, buildRecommendations } from './accountability';
import { buildTopics } from './topics';
import { ownerById } from './owner';
import { registerByBodyAndYear } from '../derive/register';
import type {
  ActionRecord, Archive, BodyRecord, DecisionRecord, MeetingRecord, Owner, PaperRecord, PersonActivity, PersonRecord, PublicAgendaItem,
  RecommendationRecord,
} from './types';

import { slugify as slug } from '../format/slug';


/**
 * Turns validated content into the published archive: checks every cross reference (naming
 * the file and field of each that points nowhere), withholds what may not be published, and
 * derives the indexes pages need. Everything is computed once per build, here.
 */
export function buildArchive(set: ContentSet, options: { today: string }): Archive {
  const problems: ContentProblem[] = [];
  const problem = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const organisation = set.organisation.data;

  const people: PersonRecord[] = set.people.map((p) => ({ id: p.id, file: p.file, data: p.data }));
  const personById = new Map(people.map((p) => [p.id, p]));
  const bodies: BodyRecord[] = set.bodies.map((b) => ({ id: b.id, file: b.file, data: b.data, meetings: [], papers: [] }));
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const knownPerson = (id: string | undefined, file: string, field: string) => {
    if (id !== undefined && !personById.has(id)) {
      problem(file, field, `no person "${id}": add content/people/${id}.yaml or use an existing person id`);
    }
  };

  for (const b of bodies) b.data.members.forEach((m, i) => knownPerson(m.person, b.file, `members[${i}].person`));

  // Meetings: check references, then build records oldest first.
  const sources = [...set.meetings].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  const sourceById = new Map(sources.map((m) => [m.id, m]));
  const meetingById = new Map<string, MeetingRecord>();
  const allMeetings: MeetingRecord[] = [];
  const paperIds = new Set(set.papers.map((p) => p.id));
  const exemptPaperIds = new Set(set.papers.filter((p) => p.data.exempt).map((p) => p.id));

  for (const src of sources) {
    const m = src.data;
    const body = bodyById.get(m.body);
    if (!body) {
      problem(src.file, 'body', `no body "${m.body}": expected one of ${listIds(bodies)} (files in bodies/)`);
      continue;
    }
    m.attendance.forEach((a, i) => {
      knownPerson(a.person, src.file, `attendance[${i}].person`);
      knownPerson(a.substituteFor, src.file, `attendance[${i}].substituteFor`);
    });
    knownPerson(m.minutes.signedBy, src.file, 'minutes.signedBy');
    if (m.minutes.approvedAt !== undefined) {
      const later = sourceById.get(m.minutes.approvedAt);
      if (!later) problem(src.file, 'minutes.approvedAt', `no meeting "${m.minutes.approvedAt}": expected the id of the later meeting that approved these minutes`);
      else if (later.data.date <= m.date) problem(src.file, 'minutes.approvedAt', `"${m.minutes.approvedAt}" is not later than this meeting: minutes are approved at a later meeting`);
      if (m.minutes.status !== 'approved') problem(src.file, 'minutes.approvedAt', 'only approved minutes have an approving meeting: set minutes.status to approved or remove approvedAt');
    }
    for (const [number, indexes] of duplicateAgendaNumbers(m.agenda)) {
      problem(src.file, `agenda[${indexes[1]}].number`, `agenda number "${number}" is used ${indexes.length} times (items ${indexes.join(', ')}): each item in a meeting needs its own number`);
    }
    m.agenda.forEach((item, i) =>
      item.papers.forEach((p, j) => {
        if (!paperIds.has(p)) problem(src.file, `${agendaField(i, item.number)}.papers[${j}]`, `no paper "${p}": expected the id of a file in papers/`);
      }),
    );

    const withheld = m.minutes.status === 'draft';
    const record: MeetingRecord = {
      id: src.id, file: src.file, data: m, body, withheld,
      items: withheld ? [] : publicItems(m, exemptPaperIds),
      attendance: withheld ? [] : m.attendance,
      approves: [], papers: [], actionsRaised: [], actionUpdates: [], recommendations: [], decisions: [],
    };
    meetingById.set(src.id, record);
    allMeetings.push(record);
  }

  for (const rec of allMeetings) {
    const approver = rec.data.minutes.approvedAt ? meetingById.get(rec.data.minutes.approvedAt) : undefined;
    if (approver) {
      rec.approvedAt = approver;
      approver.approves.push(rec);
    }
  }
  // One pass: meetings are already oldest first, so each body's list is too.
  for (const m of allMeetings) m.body.meetings.push(m);
  for (const b of bodies) b.meetings.forEach((m, i) => { m.previous = b.meetings[i - 1]; m.next = b.meetings[i + 1]; });

  // Papers. Exempt papers are never published, only counted where they were considered.
  const papers: PaperRecord[] = [];
  for (const p of set.papers) {
    const meeting = p.data.meeting ? meetingById.get(p.data.meeting) : undefined;
    if (p.data.meeting && !meeting) {
      problem(p.file, 'meeting', `no meeting "${p.data.meeting}": expected the id of a meeting file, e.g. "${allMeetings[0]?.id ?? 'panel/2022-07-20'}"`);
    }
    const body = p.data.body ? bodyById.get(p.data.body) : meeting?.body;
    if (p.data.body && !bodyById.has(p.data.body)) problem(p.file, 'body', `no body "${p.data.body}": expected one of ${listIds(bodies)}`);
    if (meeting && p.data.body && meeting.body.id !== p.data.body) problem(p.file, 'body', `the meeting "${meeting.id}" belongs to "${meeting.body.id}", not "${p.data.body}"`);
    if (meeting && p.data.item && !meeting.data.agenda.some((i) => i.number === p.data.item)) {
      problem(p.file, 'item', `meeting "${meeting.id}" has no agenda item "${p.data.item}"`);
    }
    if (p.data.exempt || meeting?.withheld) continue;
    const rec: PaperRecord = { id: p.id, file: p.file, data: p.data, body, meeting, markdown: p.body ?? '', responses: [] };
    papers.push(rec);
    meeting?.papers.push(rec);
    body?.papers.push(rec);
  }
  const paperById = new Map(papers.map((p) => [p.id, p]));

  const actions = followActions(set, allMeetings, bodies, personById, options.today, problem);
  const plans = buildPlans(set, paperById, paperIds, bodyById, problem);
  const measures = buildMeasures(set, paperById, paperIds, plans, problem);
  checkMeasureReferences(set.papers, measures, problem);
  const inspections = buildInspections(set, paperById, meetingById, problem);
  const { recommendations, keys: recommendationKeys } = buildRecommendations(set, allMeetings, paperById, personById, options.today, problem);
  const recommendationByKey = new Map(recommendations.map((r) => [r.key, r]));
  const decisions = buildDecisions(allMeetings, personById, problem);
  const { topics, topicsByRef } = buildTopics(set, { meetingById, paperById, actions, recommendationByKey, recommendationKeys, inspections }, problem);

  if (problems.length > 0) throw new ContentError(problems);

  const published = allMeetings; // draft meetings stay listed, with their content withheld
  const personActivity = activityByPerson(people, bodies, published, actions, recommendations, decisions);
  papers.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const actionsByBody = groupBy(actions, (a) => [a.body.id]);
  return {
    organisation, today: options.today, bodies, people,
    meetings: [...published].reverse(),
    papers, actions, bodyById, personById, meetingById, paperById, personActivity,
    plans, planById: new Map(plans.map((p) => [p.id, p])),
    planReportByPaper: new Map(plans.flatMap((p) => p.reports.map((r) => [r.paper.id, r] as const))),
    measures, measureById: new Map(measures.map((m) => [m.id, m])),
    inspections,
    // Reverse indexes, made once here so that no page scans a whole collection.
    actionsByBody,
    actionLog: actionLog(bodies.map((body) => ({ body, actions: actionsByBody.get(body.id) ?? [] }))),
    actionCounts: countActions(actions),
    measuresByPaper: groupBy(measures, (m) => m.papers.map((p) => p.id)),
    inspectionsByPaper: groupBy(inspections, (i) => i.papers.map((p) => p.id)),
    inspectionsByMeeting: groupBy(inspections, (i) => i.meetings.map((m) => m.id)),
    recommendations, recommendationByKey,
    decisions,
    decisionRegister: registerByBodyAndYear(bodies.map((body) => ({ body, records: body.meetings.flatMap((m) => m.decisions) })), (d) => d.meeting.data.date),
    topics, topicsByRef,
  };
}

/** Records under each key they belong to (a record may belong to several). */
function groupBy<T>(records: T[], keys: (r: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of records) {
    for (const k of new Set(keys(r))) {
      const list = map.get(k);
      if (list) list.push(r);
      else map.set(k, [r]);
    }
  }
  return map;
}

function listIds(records: { id: string }[]): string {
  return records.length ? records.map((r) => `"${r.id}"`).join(', ') : '(none yet)';
}

/** Exempt items keep number, title, reason and any note the public minutes give: nothing else. */
function publicItems(m: Meeting, exemptPapers: Set<string>): PublicAgendaItem[] {
  return [...m.agenda]
    .sort((a, b) => compareAgendaNumbers(a.number, b.number))
    .map((item) => {
      const anchor = itemAnchor(item.number);
      if (item.exempt) {
        return {
          number: item.number, title: item.title, exempt: item.exempt, anchor, pages: item.pages,
          papers: [], decisions: [], recommendations: [], actions: [], actionUpdates: [],
          withheldPapers: item.papers.length,
        };
      }
      const papers = item.papers.filter((p) => !exemptPapers.has(p));
      return { ...item, papers, anchor, withheldPapers: item.papers.length - papers.length };
    });
}

type Report = (file: string, field: string, message: string) => void;

/** Registers every action raised, follows each update to the action it names, derives status. */
function followActions(
  set: ContentSet,
  meetings: MeetingRecord[],
  bodies: BodyRecord[],
  personById: Map<string, PersonRecord>,
  today: string,
  problem: Report,
): ActionRecord[] {
  const organisations = set.organisation.data.organisations;
  const byBodyRef = new Map<string, ActionRecord>();
  const actions: ActionRecord[] = [];
  const keyOf = (bodyId: string, ref: string) => `${bodyId}\u0000${ref}`;

  for (const body of bodies) {
    body.data.earlierActions.forEach((e, i) => {
      const k = keyOf(body.id, e.ref);
      if (byBodyRef.has(k)) problem(body.file, `earlierActions[${i}].ref`, `action "${e.ref}" is declared twice`);
      const person = e.owner ? personById.get(e.owner) : undefined;
      const rec: ActionRecord = {
        key: `action-${body.id}-${slug(e.ref)}`, ref: e.ref, body, text: e.text, subject: e.subject,
        owner: person ? { kind: 'person', person, as: person.data.name } : undefined,
        ownerText: person ? undefined : e.owner,
        raised: { before: true, date: e.raisedOn, itemNumber: e.raisedAtItem },
        updates: [], status: 'open', overdue: false,
      };
      byBodyRef.set(k, rec);
      actions.push(rec);
    });
  }

  for (const meeting of meetings) {
    const m = meeting.data;
    const initials = new Map<string, PersonRecord[]>();
    for (const a of m.attendance) {
      const person = personById.get(a.person);
      for (const ini of person?.data.initials ?? []) initials.set(ini.toUpperCase(), [...(initials.get(ini.toUpperCase()) ?? []), person!]);
    }
    const resolveOwner = (owner: string, field: string): Owner | undefined => {
      const byId = ownerById(owner, personById, organisations);
      if (byId) return byId;
      const matches = initials.get(owner.toUpperCase()) ?? [];
      if (matches.length === 1) return { kind: 'person', person: matches[0]!, as: owner };
      const known = [...initials.keys()].join(', ') || 'none recorded';
      problem(meeting.file, field, matches.length > 1
        ? `initials "${owner}" match ${matches.length} people at this meeting: use a person id instead`
        : `owner "${owner}" is not a person id, the initials of someone at this meeting (${known}), or an organisation id from organisation.yaml`);
      return undefined;
    };

    m.agenda.forEach((item, i) => {
      const at = agendaField(i, item.number);
      const hidden = meeting.withheld || item.exempt !== undefined;
      // Updates first: an update names actions raised at earlier meetings only.
      item.actionUpdates.forEach((u, j) => {
        const action = byBodyRef.get(keyOf(meeting.body.id, u.ref));
        const raisedEarlier = action && ('before' in action.raised || action.raised.meeting.data.date < m.date);
        if (!action || !raisedEarlier) {
          problem(meeting.file, `${at}.actionUpdates[${j}].ref`, `no action "${u.ref}" was raised by ${meeting.body.data.name} before ${m.date}: check the reference, or declare it under earlierActions in ${meeting.body.file}`);
          return;
        }
        if (hidden) return;
        const update = { meeting, itemNumber: item.number, status: u.status, text: u.text, due: u.due };
        action.updates.push(update);
        meeting.actionUpdates.push({ action, update });
      });
      item.actions.forEach((a, j) => {
        const owner = a.owner !== undefined ? resolveOwner(a.owner, `${at}.actions[${j}].owner`) : undefined;
        if (a.ref !== undefined) {
          const k = keyOf(meeting.body.id, a.ref);
          if (byBodyRef.has(k)) {
            problem(meeting.file, `${at}.actions[${j}].ref`, `action "${a.ref}" was already raised by ${meeting.body.data.name}: each action reference is used once`);
            return;
          }
        }
        const rec: ActionRecord = {
          key: a.ref !== undefined ? `action-${meeting.body.id}-${slug(a.ref)}` : `action-${slug(meeting.id)}-${slug(item.number)}-${j + 1}`,
          ref: a.ref, body: meeting.body, text: a.text, owner, due: a.due, dueText: a.dueText,
          raised: { meeting, itemNumber: item.number }, updates: [], status: 'open', overdue: false,
        };
        if (a.ref !== undefined) byBodyRef.set(keyOf(meeting.body.id, a.ref), rec);
        if (hidden) return;
        actions.push(rec);
        meeting.actionsRaised.push(rec);
      });
    });
  }

  for (const a of actions) {
    const derived = deriveActionStatus(
      { due: a.due ?? dueFromText(a.dueText) },
      a.updates.map((u) => ({ date: u.meeting.data.date, status: u.status, due: u.due })),
      today,
    );
    a.status = derived.status;
    a.overdue = derived.overdue;
    a.currentDue = derived.due;
  }
  return actions;
}

function activityByPerson(
  people: PersonRecord[], bodies: BodyRecord[], meetings: MeetingRecord[], actions: ActionRecord[],
  recommendations: RecommendationRecord[], decisions: DecisionRecord[],
): Map<string, PersonActivity> {
  const map = new Map<string, PersonActivity>(
    people.map((p) => [p.id, { attended: [], apologies: [], actions: [], memberships: [], recommendations: [], decisions: [] }]),
  );
  for (const b of bodies) for (const m of b.data.members) map.get(m.person)?.memberships.push({ body: b, role: m.role, from: m.from, to: m.to });
  for (const meeting of [...meetings].reverse()) {
    for (const a of meeting.attendance) {
      const act = map.get(a.person);
      if (!act) continue;
      if (a.group === 'apologies') act.apologies.push({ meeting, attendance: a });
      else if (a.group !== 'absent') act.attended.push({ meeting, attendance: a });
    }
  }
  for (const a of actions) if (a.owner?.kind === 'person') map.get(a.owner.person.id)?.actions.push(a);
  // A member present takes part in what the meeting decides and recommends; officers and
  // guests "in attendance" do not.
  const members = (m: MeetingRecord) => m.attendance.filter((a) => a.group === 'present').map((a) => a.person);
  for (const r of recommendations) {
    const ids = new Set(members(r.meeting));
    if (r.to?.kind === 'person') ids.add(r.to.person.id);
    for (const response of r.responses) if (response.by) ids.add(response.by.id);
    for (const id of ids) map.get(id)?.recommendations.push(r);
  }
  for (const d of decisions) {
    for (const id of new Set([...members(d.meeting), ...d.people.map((p) => p.id)])) map.get(id)?.decisions.push(d);
  }
  return map;
}

export type { SourceEntry };
