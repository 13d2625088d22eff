import type { ContentSet } from '../content/read-folder';
import type { ReportProblem } from '../content/errors';
import type { ActionRecord, BodyRecord, DecisionRecord, MeetingRecord, PersonActivity, PersonRecord, RecommendationRecord } from './types';

/** People and bodies, each body's members checked against the people. */
export function buildPeopleAndBodies(set: ContentSet, problem: ReportProblem) {
  const people: PersonRecord[] = set.people.map((p) => ({ id: p.id, file: p.file, data: p.data }));
  const personById = new Map(people.map((p) => [p.id, p]));
  const bodies: BodyRecord[] = set.bodies.map((b) => ({ id: b.id, file: b.file, data: b.data, meetings: [], papers: [] }));
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  for (const b of bodies) {
    b.data.members.forEach((m, i) => {
      if (!personById.has(m.person))
        problem(b.file, `members[${i}].person`, `no person "${m.person}": add content/people/${m.person}.yaml or use an existing person id`);
    });
  }
  return { people, personById, bodies, bodyById };
}

/** Per person: what they attended, sent apologies for, own, and took part in. Meetings in draft publish no attendance. */
export function activityByPerson(
  people: PersonRecord[],
  bodies: BodyRecord[],
  meetings: MeetingRecord[],
  actions: ActionRecord[],
  recommendations: RecommendationRecord[],
  decisions: DecisionRecord[],
): Map<string, PersonActivity> {
  const map = new Map<string, PersonActivity>(
    people.map((p) => [p.id, { attended: [], apologies: [], actions: [], memberships: [], recommendations: [], decisions: [] }]),
  );
  for (const b of bodies) for (const m of b.data.members) map.get(m.person)?.memberships.push({ body: b, role: m.role, from: m.from, to: m.to });
  for (const meeting of [...meetings].reverse()) {
    if (meeting.withheld) continue;
    for (const a of meeting.attendance) {
      const act = map.get(a.person);
      if (!act) continue;
      if (a.group === 'apologies') act.apologies.push({ meeting, attendance: a });
      else if (a.group !== 'absent') act.attended.push({ meeting, attendance: a });
    }
  }
  for (const a of actions) if (a.owner?.kind === 'person') map.get(a.owner.person.id)?.actions.push(a);
  // Credit goes only to whom the record names: attending a meeting is not making its every
  // recommendation or decision (the meeting's page lists who attended).
  for (const r of recommendations) {
    const ids = new Set<string>();
    if (r.to?.kind === 'person') ids.add(r.to.person.id);
    for (const response of r.responses) if (response.by) ids.add(response.by.id);
    for (const id of ids) map.get(id)?.recommendations.push(r);
  }
  for (const d of decisions) {
    for (const id of new Set(d.people.map((p) => p.id))) map.get(id)?.decisions.push(d);
  }
  return map;
}
