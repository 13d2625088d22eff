import type { ContentSet, SourceEntry } from '../content/read-folder';
import { ContentError, type ContentProblem } from '../content/errors';
import { actionLog, countActions } from '../derive/action-log';
import { buildPlans } from './plans';
import { buildInspections, buildMeasures } from './performance';
import { checkMeasureReferences } from './mdx-references';
import { buildDecisions, buildRecommendations } from './accountability';
import { buildTopics } from './topics';
import { buildActions } from './actions';
import { buildMeetings, buildPapers } from './meetings';
import { withheldPapers } from './publication';
import { activityByPerson, buildPeopleAndBodies } from './people';
import { registerByBodyAndYear } from '../derive/register';
import type { Archive } from './types';
import { sharedInputs } from '../incremental/inputs';

/**
 * Turns validated content into the published archive: checks every cross reference (naming
 * the file and field of each that points nowhere), withholds what may not be published (the
 * rule is publication.ts's), and derives the indexes pages need. Everything is computed once per
 * build, here. Pages, feeds, open data and search read only what this returns.
 */
export function buildArchive(set: ContentSet, options: { today: string }): Archive {
  const problems: ContentProblem[] = [];
  const problem = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const organisation = set.organisation.data;

  const { people, personById, bodies, bodyById } = buildPeopleAndBodies(set, problem);

  const withheld = withheldPapers(set);
  const { meetings: allMeetings, meetingById, sources } = buildMeetings(set, bodyById, personById, withheld, problem);
  const papers = buildPapers(set, meetingById, sources, bodyById, withheld, problem);
  const paperIds = new Set(set.papers.map((p) => p.id));
  const paperById = new Map(papers.map((p) => [p.id, p]));

  const actions = buildActions(set, allMeetings, sources, bodies, personById, options.today, problem);
  const plans = buildPlans(set, paperById, paperIds, bodyById, options.today, problem);
  const measures = buildMeasures(set, paperById, paperIds, plans, problem);
  checkMeasureReferences(set.papers, measures, problem);
  const inspections = buildInspections(set, paperById, meetingById, problem);
  const { recommendations, keys: recommendationKeys } = buildRecommendations(set, allMeetings, sources, paperById, personById, options.today, problem);
  const recommendationByKey = new Map(recommendations.map((r) => [r.key, r]));
  const decisions = buildDecisions(allMeetings, sources, personById, problem);
  const { topics, topicsByRef } = buildTopics(set, { meetingById, sources, paperById, actions, recommendationByKey, recommendationKeys, inspections }, problem);

  if (problems.length > 0) throw new ContentError(problems);

  // Meetings in draft stay listed, with their facts only.
  const personActivity = activityByPerson(people, bodies, allMeetings, actions, recommendations, decisions);
  papers.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const actionsByBody = groupBy(actions, (a) => [a.body.id]);
  const today = options.today;
  return {
    sharedInputs: sharedInputs(set, { today, topics, decisions, recommendations, plans, measures, inspections }),
    organisation,
    today,
    bodies,
    people,
    meetings: [...allMeetings].reverse(),
    papers,
    actions,
    bodyById,
    personById,
    meetingById,
    paperById,
    personActivity,
    plans,
    planById: new Map(plans.map((p) => [p.id, p])),
    planReportByPaper: new Map(plans.flatMap((p) => p.reports.map((r) => [r.paper.id, r] as const))),
    measures,
    measureById: new Map(measures.map((m) => [m.id, m])),
    inspections,
    // Reverse indexes, made once here so that no page scans a whole collection.
    actionsByBody,
    actionLog: actionLog(bodies.map((body) => ({ body, actions: actionsByBody.get(body.id) ?? [] }))),
    actionCounts: countActions(actions),
    measuresByPaper: groupBy(measures, (m) => m.papers.map((p) => p.id)),
    inspectionsByPaper: groupBy(inspections, (i) => i.papers.map((p) => p.id)),
    inspectionsByMeeting: groupBy(inspections, (i) => i.meetings.map((m) => m.id)),
    recommendations,
    recommendationByKey,
    decisions,
    decisionRegister: registerByBodyAndYear(
      bodies.map((body) => ({ body, records: body.meetings.flatMap((m) => m.decisions) })),
      (d) => d.meeting.data.date,
    ),
    topics,
    topicsByRef,
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

export type { SourceEntry };
