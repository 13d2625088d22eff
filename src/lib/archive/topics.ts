import type { ContentSet } from '../content/read-folder';
import { raisedDate } from '../derive/action-log';
import type { MeetingSources } from './meetings';
import type { ReportProblem } from '../content/errors';
import type { ActionRecord, InspectionRecord, MeetingRecord, OpenAgendaItem, PaperRecord, RecommendationRecord, TopicRecord, TopicStep } from './types';

/** The key under which topicsByRef files what a topic points at. */
export const topicKey = {
  meeting: (m: { id: string }) => `meeting:${m.id}`,
  item: (m: { id: string }, number: string) => `item:${m.id}#${number}`,
  action: (a: { key: string }) => `action:${a.key}`,
  recommendation: (r: { key: string }) => `recommendation:${r.key}`,
  paper: (p: { id: string }) => `paper:${p.id}`,
  inspection: (i: { id: string }) => `inspection:${i.id}`,
};

export interface TopicTargets {
  meetingById: Map<string, MeetingRecord>;
  sources: MeetingSources;
  paperById: Map<string, PaperRecord>;
  actions: ActionRecord[];
  recommendationByKey: Map<string, RecommendationRecord>;
  /** Every recommendation's key, withheld ones included. */
  recommendationKeys: Set<string>;
  inspections: InspectionRecord[];
}

/**
 * Topics thread the record across meetings. Each entry must point at something that exists
 * (the build stops naming the file and field if not); entries pointing at something withheld
 * (an exempt item or paper, draft minutes) are left out of what is published.
 */
export function buildTopics(
  set: ContentSet,
  targets: TopicTargets,
  problem: ReportProblem,
): { topics: TopicRecord[]; topicsByRef: Map<string, TopicRecord[]> } {
  const { meetingById, paperById, recommendationByKey, recommendationKeys: allRecommendations } = targets;
  const allPapers = new Set(set.papers.map((p) => p.id));
  const inspectionById = new Map(targets.inspections.map((i) => [i.id, i]));
  const allInspections = new Set(set.inspections.map((i) => i.id));
  const actionByRef = new Map(targets.actions.filter((a) => a.ref !== undefined).map((a) => [`${a.body.id}\u0000${a.ref}`, a]));
  const allActionRefs = new Set<string>();
  for (const b of set.bodies) for (const e of b.data.earlierActions) allActionRefs.add(`${b.id}\u0000${e.ref}`);
  for (const m of set.meetings) for (const item of m.data.agenda) for (const a of item.actions) if (a.ref) allActionRefs.add(`${m.data.body}\u0000${a.ref}`);

  const topics: TopicRecord[] = [];
  const topicsByRef = new Map<string, TopicRecord[]>();
  for (const src of set.topics) {
    const topic: TopicRecord = {
      id: src.id,
      file: src.file,
      data: { title: src.data.title, ...(src.data.summary !== undefined && { summary: src.data.summary }) },
      steps: [],
    };
    const refs = new Set<string>();
    src.data.entries.forEach((e, i) => {
      const at = `entries[${i}]`;
      let step: TopicStep | undefined;
      let ref: string | undefined;
      if (e.meeting !== undefined) {
        // A meeting whose own file is in error has no record either; its error is reported there.
        const meeting = meetingById.get(e.meeting);
        if (!meeting)
          return problem(
            src.file,
            `${at}.meeting`,
            `no meeting "${e.meeting}": expected a meeting id such as "${set.meetings[0]?.id ?? 'police-and-crime-panel/2022-07-20'}"`,
          );
        if (e.item !== undefined && !targets.sources.get(meeting.id)?.agenda.some((it) => it.number === e.item)) {
          return problem(src.file, `${at}.item`, `meeting "${e.meeting}" has no agenda item "${e.item}"`);
        }
        if (e.item === undefined) {
          step = { kind: 'meeting', date: meeting.data.date, meeting };
          ref = topicKey.meeting(meeting);
        } else {
          const item = meeting.withheld ? undefined : meeting.items.find((it): it is OpenAgendaItem => it.number === e.item && it.exempt === undefined);
          if (item) step = { kind: 'meeting', date: meeting.data.date, meeting, item };
          ref = topicKey.item(meeting, e.item);
        }
      } else if (e.action !== undefined) {
        const k = `${e.body}\u0000${e.action}`;
        if (!allActionRefs.has(k))
          return problem(
            src.file,
            `${at}.action`,
            `no action "${e.action}" of "${e.body}": expected a reference the minutes give, or one declared under earlierActions in bodies/${e.body}.yaml`,
          );
        const action = actionByRef.get(k);
        if (action) {
          step = { kind: 'action', date: raisedDate(action), action };
          ref = topicKey.action(action);
        }
      } else if (e.recommendation !== undefined) {
        if (!allRecommendations.has(e.recommendation))
          return problem(
            src.file,
            `${at}.recommendation`,
            `no recommendation "${e.recommendation}": expected "<meeting id>/<recommendation id>", with the id given to it in its meeting file`,
          );
        const recommendation = recommendationByKey.get(e.recommendation);
        if (recommendation) {
          step = { kind: 'recommendation', date: recommendation.meeting.data.date, recommendation };
          ref = topicKey.recommendation(recommendation);
        }
      } else if (e.paper !== undefined) {
        if (!allPapers.has(e.paper))
          return problem(src.file, `${at}.paper`, `no paper "${e.paper}": expected the id of a file in papers/, e.g. "2022/pcc-letter-2022-09-01"`);
        const paper = paperById.get(e.paper);
        if (paper) {
          step = { kind: 'paper', date: paper.data.date, paper };
          ref = topicKey.paper(paper);
        }
      } else if (e.inspection !== undefined) {
        if (!allInspections.has(e.inspection))
          return problem(src.file, `${at}.inspection`, `no inspection "${e.inspection}": expected the id of a file in inspections/`);
        const inspection = inspectionById.get(e.inspection);
        if (inspection) {
          step = { kind: 'inspection', date: inspection.data.date, inspection };
          ref = topicKey.inspection(inspection);
        }
      }
      if (!step || !ref) return;
      if (refs.has(ref)) return problem(src.file, at, 'this entry is listed twice in the topic: remove one');
      refs.add(ref);
      topic.steps.push(step);
    });
    // Undated first (an action from before the archive whose date the record does not give).
    topic.steps.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    if (topic.steps.length === 0) continue;
    topics.push(topic);
    for (const step of topic.steps) {
      const key = stepKey(step);
      const list = topicsByRef.get(key);
      if (list) list.push(topic);
      else topicsByRef.set(key, [topic]);
    }
  }
  topics.sort((a, b) => a.data.title.localeCompare(b.data.title));
  return { topics, topicsByRef };
}

function stepKey(step: TopicStep): string {
  switch (step.kind) {
    case 'meeting':
      return step.item ? topicKey.item(step.meeting, step.item.number) : topicKey.meeting(step.meeting);
    case 'action':
      return topicKey.action(step.action);
    case 'recommendation':
      return topicKey.recommendation(step.recommendation);
    case 'paper':
      return topicKey.paper(step.paper);
    case 'inspection':
      return topicKey.inspection(step.inspection);
  }
}
