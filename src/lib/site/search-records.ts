import type {
  ActionRecord,
  BodyRecord,
  DecisionRecord,
  DeliverableRecord,
  InspectionRecord,
  MeasureRecord,
  MeetingRecord,
  PaperRecord,
  PlanReportRecord,
  RecommendationRecord,
  ThemeRecord,
  TopicRecord,
} from '../archive/types';
import { recommendationStatusLabels } from '../derive/recommendation-status';
import { raisedDate } from '../derive/action-log';
import { deliverableStateLabels } from './labels';
import { meetingTitle } from './meeting-text';
import { resultTypes, type ResultType } from './search-filters';

export { resultTypes, searchFilters, type ResultType, type SearchFilter } from './search-filters';

/**
 * What the search index knows about a page besides its text, declared once: the filters a reader
 * narrows by and the types of result (search-filters.ts, which the search page's script uses too),
 * and each kind of record's metadata, which pages render with SearchRecord.astro.
 */

export interface SearchRecordData {
  type: ResultType;
  /** The result's title, when the page's h1 alone would not say what it is. */
  title?: string;
  /**
   * YYYY-MM-DD, the day the page is sorted and filtered by. A record the documents give no date
   * has none: it is in no year, shows no date, and sorts after every dated one.
   */
  date?: string;
  body?: string;
  theme?: string;
  status?: string;
}

const latestOf = (dates: (string | undefined)[]) =>
  dates
    .filter((d): d is string => d !== undefined)
    .sort()
    .pop();

/** Each kind of record's search metadata. */
export const searchRecords = {
  meeting: (m: MeetingRecord): SearchRecordData => ({ title: meetingTitle(m), type: resultTypes.meeting, date: m.data.date, body: m.body.data.name }),
  paper: (p: PaperRecord): SearchRecordData => ({ type: resultTypes.paper, date: p.data.date, body: p.body?.data.name }),
  recommendation: (r: RecommendationRecord): SearchRecordData => ({
    type: resultTypes.recommendation,
    date: r.meeting.data.date,
    body: r.meeting.body.data.name,
    status: recommendationStatusLabels[r.status],
  }),
  /** A body's decisions of a year, oldest first. */
  decisions: (body: BodyRecord, records: DecisionRecord[]): SearchRecordData => ({
    type: resultTypes.decisions,
    date: records[records.length - 1]?.meeting.data.date,
    body: body.data.name,
  }),
  /**
   * A page of a body's action log: the latest date raised; actions from before the archive may
   * have none, and then the latest meeting that updated them stands in.
   */
  actionLog: (body: BodyRecord, actions: ActionRecord[]): SearchRecordData => ({
    type: resultTypes.actionLog,
    body: body.data.name,
    date: latestOf(actions.map(raisedDate)) ?? latestOf(actions.flatMap((a) => a.updates.map((u) => u.meeting.data.date))),
  }),
  /** A topic, by its latest step with a full date. */
  topic: (t: TopicRecord): SearchRecordData => ({ type: resultTypes.topic, date: latestOf(t.steps.map((s) => s.date).filter((d) => d?.length === 10)) }),
  body: (b: BodyRecord): SearchRecordData => ({ type: resultTypes.body, date: latestOf(b.meetings.map((m) => m.data.date)), body: b.data.name }),
  /** A person, by the last meeting they attended or sent apologies to. */
  person: (lastSeen: string | undefined): SearchRecordData => ({ type: resultTypes.person, date: lastSeen }),
  deliverable: (d: DeliverableRecord): SearchRecordData => ({
    type: resultTypes.deliverable,
    theme: d.theme.data.name,
    status: d.latest ? deliverableStateLabels[d.status] : undefined,
    date: d.latest?.report.data.date ?? d.theme.plan.data.published ?? d.theme.plan.reports[0]?.data.date,
  }),
  theme: (t: ThemeRecord): SearchRecordData => ({
    title: `${t.data.name}: ${t.plan.data.title}`,
    type: resultTypes.theme,
    theme: t.data.name,
    date: t.plan.reports[t.plan.reports.length - 1]?.data.date ?? t.plan.data.published,
  }),
  planReport: (r: PlanReportRecord): SearchRecordData => ({ type: resultTypes.planReport, date: r.data.date, body: r.meeting?.body.data.name }),
  /** A measure, by the latest paper its figures come from. */
  measure: (m: MeasureRecord): SearchRecordData => ({ type: resultTypes.measure, date: latestOf(m.papers.map((p) => p.data.date)), theme: m.theme?.data.name }),
  /** An inspection: a month or a year, as its record may give it, counts from its first day. */
  inspection: (i: InspectionRecord): SearchRecordData => ({
    type: resultTypes.inspection,
    date: i.data.date.length === 4 ? `${i.data.date}-01-01` : i.data.date.length === 7 ? `${i.data.date}-01` : i.data.date,
  }),
};
