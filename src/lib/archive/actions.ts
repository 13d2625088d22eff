import type { ContentSet } from '../content/read-folder';
import { agendaField } from '../content/errors';
import { deriveActionStatus, dueFromText } from '../derive/action-status';
import { raisedDate } from '../derive/action-log';
import { slugify as slug } from '../format/slug';
import { ownerById } from './owner';
import { isWithheldItem } from './publication';
import type { MeetingSources } from './meetings';
import type { ReportProblem } from '../content/errors';
import type { ActionRecord, BodyRecord, MeetingRecord, Owner, PersonRecord } from './types';

/** An action as far as updates need to know it: raised before a date; published, or withheld with its item. */
interface KnownAction {
  action?: ActionRecord;
  /** The date of the meeting that raised it; none for an action raised before the archive (an earlier action a body declares). */
  raisedOn?: string;
}

/**
 * Registers every action raised (withheld ones too, so an update to one is not taken for a typing
 * error), follows each update to the action it names, and derives each published action's status.
 * An update in public minutes to a withheld action is published as the minutes give it, without the
 * action it updates.
 */
export function buildActions(
  set: ContentSet,
  meetings: MeetingRecord[],
  sources: MeetingSources,
  bodies: BodyRecord[],
  personById: Map<string, PersonRecord>,
  today: string,
  problem: ReportProblem,
): ActionRecord[] {
  const organisations = set.organisation.data.organisations;
  const known = new Map<string, KnownAction>();
  const actions: ActionRecord[] = [];
  const keys = new Set<string>();
  const keyOf = (bodyId: string, ref: string) => `${bodyId}\u0000${ref}`;
  // A fragment id per action. References that write the same once made into an address ("1/21"
  // and "1-21") are told apart by a number, the first keeping the plain one.
  const uniqueKey = (base: string) => {
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
    keys.add(key);
    return key;
  };

  for (const body of bodies) {
    body.data.earlierActions.forEach((e, i) => {
      const k = keyOf(body.id, e.ref);
      if (known.has(k)) problem(body.file, `earlierActions[${i}].ref`, `action "${e.ref}" is declared twice`);
      const person = e.owner ? personById.get(e.owner) : undefined;
      const rec: ActionRecord = {
        key: uniqueKey(`action-${body.id}-${slug(e.ref)}`),
        ref: e.ref,
        body,
        text: e.text,
        subject: e.subject,
        owner: person ? { kind: 'person', person, as: person.data.name } : undefined,
        ownerText: person ? undefined : e.owner,
        raised: { before: true, date: e.raisedOn, itemNumber: e.raisedAtItem },
        updates: [],
        status: 'open',
        overdue: false,
      };
      known.set(k, { action: rec });
      actions.push(rec);
    });
  }

  for (const meeting of meetings) {
    const m = sources.get(meeting.id);
    if (!m) continue;
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
      const people = [...initials.keys()].join(', ') || 'none recorded';
      problem(
        meeting.file,
        field,
        matches.length > 1
          ? `initials "${owner}" match ${matches.length} people at this meeting: use a person id instead`
          : `owner "${owner}" is not a person id, the initials of someone at this meeting (${people}), or an organisation id from organisation.yaml`,
      );
      return undefined;
    };

    m.agenda.forEach((item, i) => {
      const at = agendaField(i, item.number);
      const published = !isWithheldItem(m, item) && !meeting.withheld ? meeting : undefined;
      // Updates first: an update names actions raised at earlier meetings only.
      item.actionUpdates.forEach((u, j) => {
        const target = known.get(keyOf(meeting.body.id, u.ref));
        if (!target || (target.raisedOn !== undefined && target.raisedOn >= m.date)) {
          problem(
            meeting.file,
            `${at}.actionUpdates[${j}].ref`,
            `no action "${u.ref}" was raised by ${meeting.body.data.name} before ${m.date}: ` +
              `check the reference, or declare it under earlierActions in ${meeting.body.file}`,
          );
          return;
        }
        if (!published) return;
        const update = { meeting: published, itemNumber: item.number, status: u.status, text: u.text, due: u.due };
        target.action?.updates.push(update);
        published.actionUpdates.push({ ref: u.ref, action: target.action, update });
      });
      item.actions.forEach((a, j) => {
        const owner = a.owner !== undefined ? resolveOwner(a.owner, `${at}.actions[${j}].owner`) : undefined;
        if (a.ref !== undefined && known.has(keyOf(meeting.body.id, a.ref))) {
          problem(
            meeting.file,
            `${at}.actions[${j}].ref`,
            `action "${a.ref}" was already raised by ${meeting.body.data.name}: each action reference is used once`,
          );
          return;
        }
        if (!published) {
          if (a.ref !== undefined) known.set(keyOf(meeting.body.id, a.ref), { raisedOn: m.date });
          return;
        }
        const rec: ActionRecord = {
          key: uniqueKey(a.ref !== undefined ? `action-${meeting.body.id}-${slug(a.ref)}` : `action-${slug(meeting.id)}-${slug(item.number)}-${j + 1}`),
          ref: a.ref,
          body: meeting.body,
          text: a.text,
          owner,
          due: a.due,
          dueText: a.dueText,
          raised: { meeting: published, itemNumber: item.number },
          updates: [],
          status: 'open',
          overdue: false,
        };
        if (a.ref !== undefined) known.set(keyOf(meeting.body.id, a.ref), { action: rec, raisedOn: m.date });
        actions.push(rec);
        published.actionsRaised.push(rec);
      });
    });
  }

  // Each body's meeting dates, oldest first, as dueFromText reads them.
  const meetingDates = new Map<string, string[]>();
  for (const m of meetings) {
    const dates = meetingDates.get(m.body.id);
    if (dates) dates.push(m.data.date);
    else meetingDates.set(m.body.id, [m.data.date]);
  }
  for (const dates of meetingDates.values()) dates.sort();
  for (const a of actions) {
    const raisedOn = raisedDate(a);
    const derived = deriveActionStatus(
      { due: a.due ?? dueFromText(a.dueText, { raisedOn, meetingDates: meetingDates.get(a.body.id) ?? [] }) },
      a.updates.map((u) => ({ date: u.meeting.data.date, status: u.status, due: u.due })),
      today,
    );
    a.status = derived.status;
    a.overdue = derived.overdue;
    a.currentDue = derived.due;
  }
  return actions;
}
