import type { Archive } from '../archive/types';
import { itemAnchor } from '../derive/agenda';
import { actionUrl, deliverableUrl, itemUrl, measureUrl, meetingUrl, recommendationUrl, responseUrl, decisionUrl } from '../site/urls';
import { datasets, type DatasetName, type DatasetRecord } from './records';

type Rows = { [N in DatasetName]: DatasetRecord<N>[] };

/**
 * Every open-data file's records, from the archive: only what it publishes, so exempt items keep
 * their number, title and reason, draft minutes nothing beyond the meeting, exempt papers nothing.
 */
export function datasetRows(archive: Archive, site: URL): Rows {
  const abs = (path: string) => new URL(path, site).href;
  const oldestFirst = [...archive.meetings].reverse();
  const rows: Rows = {
    meetings: oldestFirst.map((m) => ({
      id: m.id,
      body: m.body.id,
      bodyName: m.body.data.name,
      date: m.data.date,
      start: m.data.start ?? null,
      end: m.data.end ?? null,
      location: m.data.location ?? null,
      status: m.data.status,
      minutes: m.data.minutes.status,
      url: abs(meetingUrl(m)),
    })),
    'agenda-items': oldestFirst.flatMap((m) =>
      m.items.map((i) => ({
        meeting: m.id,
        date: m.data.date,
        number: i.number,
        title: i.title ?? null,
        exempt: i.exempt !== undefined,
        exemptReason: i.exempt?.reason ?? null,
        text: i.exempt ? null : (i.minutes ?? null),
        papers: i.exempt ? [] : i.papers,
        url: abs(itemUrl(m, itemAnchor(i.number))),
      })),
    ),
    attendance: oldestFirst.flatMap((m) =>
      m.attendance.map((a) => ({
        meeting: m.id,
        date: m.data.date,
        person: a.person,
        name: archive.personById.get(a.person)?.data.name ?? a.person,
        group: a.group,
        as: a.as ?? null,
        substituteFor: a.substituteFor ?? null,
        arrived: a.arrived ?? null,
        left: a.left ?? null,
        remote: a.remote,
      })),
    ),
    actions: archive.actions.map((a) => {
      const latest = a.updates[a.updates.length - 1];
      const raised = 'meeting' in a.raised ? a.raised.meeting : undefined;
      return {
        id: a.key,
        ref: a.ref ?? null,
        body: a.body.id,
        text: a.text ?? null,
        owner: a.owner ? (a.owner.kind === 'person' ? a.owner.person.id : a.owner.id) : null,
        ownerName: a.owner ? (a.owner.kind === 'person' ? a.owner.person.data.name : a.owner.name) : (a.ownerText ?? null),
        raisedAt: raised?.id ?? null,
        raisedOn: raised?.data.date ?? ('date' in a.raised ? (a.raised.date ?? null) : null),
        due: a.currentDue ?? null,
        dueText: a.dueText ?? null,
        status: a.status,
        overdue: a.overdue,
        latestUpdate: latest ? (latest.text ?? latest.status) : null,
        latestUpdateOn: latest?.meeting.data.date ?? null,
        url: abs(actionUrl(a)),
      };
    }),
    recommendations: archive.recommendations.map((r) => ({
      id: r.key,
      meeting: r.meeting.id,
      body: r.meeting.body.id,
      date: r.meeting.data.date,
      item: r.item.number,
      number: r.number ?? null,
      text: r.text,
      to: r.to ? (r.to.kind === 'person' ? r.to.person.id : r.to.id) : null,
      toName: r.to ? (r.to.kind === 'person' ? r.to.person.data.name : r.to.name) : null,
      status: r.status,
      responses: r.responses.map((x) => abs(responseUrl(x))),
      url: abs(recommendationUrl(r)),
    })),
    responses: archive.papers.flatMap((p) =>
      p.responses.map((x) => ({
        id: abs(responseUrl(x)),
        paper: p.id,
        date: x.date,
        number: x.number ?? null,
        recommendations: x.recommendations.map((r) => r.key),
        recommendationAsWorded: x.recommendation ?? null,
        text: x.text,
        outcome: x.outcome ?? null,
        by: x.by?.id ?? null,
      })),
    ),
    decisions: archive.decisions.map((d) => ({
      id: abs(decisionUrl(d)),
      meeting: d.meeting.id,
      body: d.meeting.body.id,
      date: d.meeting.data.date,
      item: d.item.number,
      kind: d.kind ?? null,
      significant: d.significant,
      text: d.text,
      people: d.people.map((p) => p.id),
    })),
    deliverables: archive.plans.flatMap((plan) =>
      plan.deliverables.flatMap((d) =>
        d.history.map((h) => ({
          plan: plan.id,
          theme: d.theme.id,
          deliverable: d.id,
          title: d.data.title,
          report: h.report.data.date,
          section: String(h.section),
          status: h.status,
          target: h.target ?? null,
          dependencies: h.dependencies,
          update: h.update ?? null,
          url: abs(deliverableUrl(d)),
        })),
      ),
    ),
    observations: archive.measures.flatMap((m) =>
      m.observations.map((o) => ({
        measure: m.id,
        title: m.data.title,
        unit: m.data.unit,
        better: m.data.better,
        period: o.period,
        category: o.category ?? null,
        value: o.value,
        previousYear: o.previousYear ?? null,
        msg: o.msg ?? null,
        national: o.national ?? null,
        regional: o.regional ?? null,
        targetComparison: m.data.target?.comparison ?? null,
        targetValue: m.data.target?.value ?? null,
        paper: o.paper,
        url: abs(measureUrl(m)),
      })),
    ),
  };
  // Every record is checked against its published schema: a file never says what its schema does not.
  for (const name of Object.keys(datasets) as DatasetName[]) {
    const result = datasets[name].record.array().safeParse(rows[name]);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`open data ${name}: record ${issue.path[0]} field ${issue.path.slice(1).join('.')}: ${issue.message}`);
    }
  }
  return rows;
}
