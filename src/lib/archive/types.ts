import type { WhatFollows } from '../derive/decision-text';
import type { DeliverableState } from '../derive/plan-status';
import type {
  ActionStatus,
  Attendance,
  Body,
  DecisionKind,
  Deliverable,
  Inspection,
  Measure,
  Observation,
  Organisation,
  Paper,
  Person,
  Plan,
  PlanReport,
  ReportEntry,
  ResponseOutcome,
  Theme,
  Topic,
} from '../../schemas';
import type { Assessment, Change } from '../derive/measure';
import type { ReportChanges } from '../derive/plan-changes';
import type { MeetingFacts, OpenAgendaItem, PublicAgendaItem, PublishedMeetingData } from './publication';
import type { ActionCounts, ActionLogBody } from '../derive/action-log';
import type { RegisterBody } from '../derive/register';
import type { RecommendationStatus } from '../derive/recommendation-status';

export interface PersonRecord {
  id: string;
  file: string;
  data: Person;
}

export interface BodyRecord {
  id: string;
  file: string;
  data: Body;
  /** Published meetings, oldest first. */
  meetings: MeetingRecord[];
  papers: PaperRecord[];
}

export type { ExemptAgendaItem, MeetingFacts, OpenAgendaItem, PublicAgendaItem, PublishedMeetingData } from './publication';

/** A meeting as it may be published (see publication.ts): with its minutes, or, in draft, its facts only. */
export type MeetingRecord = PublishedMeeting | DraftMeeting;

export interface PublishedMeeting extends MeetingRecordBase {
  withheld: false;
  data: PublishedMeetingData;
  /** Agenda in order: exempt items only by number, title and reason. */
  items: PublicAgendaItem[];
  attendance: Attendance[];
}

/** A meeting whose minutes are in draft: nothing beyond body, date, time, place and status is published. */
export interface DraftMeeting extends MeetingRecordBase {
  withheld: true;
  data: MeetingFacts;
  items: readonly [];
  attendance: readonly [];
}

interface MeetingRecordBase {
  id: string;
  file: string;
  body: BodyRecord;
  approvedAt?: MeetingRecord;
  /** Meetings whose minutes this one approved. */
  approves: MeetingRecord[];
  papers: PaperRecord[];
  actionsRaised: ActionRecord[];
  /** Updates recorded here to earlier actions; `action` is absent when the action itself is withheld. */
  actionUpdates: { ref: string; action?: ActionRecord; update: ActionUpdateRecord }[];
  recommendations: RecommendationRecord[];
  decisions: DecisionRecord[];
  previous?: MeetingRecord;
  next?: MeetingRecord;
}

export interface PaperRecord {
  id: string;
  file: string;
  data: Paper;
  body?: BodyRecord;
  meeting?: PublishedMeeting;
  /** Markdown source; rendered by the page. */
  markdown: string;
  /** Responses to recommendations that this paper gives. */
  responses: ResponseRecord[];
}

export interface RecommendationRecord {
  /** "<meeting id>/<id>": how responses and topics refer to it, and its address. */
  key: string;
  /** Its id within the meeting: given, or made from the item number and position ("8-2"). */
  id: string;
  meeting: PublishedMeeting;
  item: OpenAgendaItem;
  /** Fragment id on the meeting page. */
  anchor: string;
  number?: string;
  text: string;
  to?: Owner;
  /** Published responses, oldest first. */
  responses: ResponseRecord[];
  status: RecommendationStatus;
}

export interface ResponseRecord {
  paper: PaperRecord;
  /** Fragment id on the paper's page. */
  anchor: string;
  date: string;
  number?: string;
  /** The recommendation as the paper words it. */
  recommendation?: string;
  text: string;
  outcome?: ResponseOutcome;
  by?: PersonRecord;
  recommendations: RecommendationRecord[];
}

export interface DecisionRecord {
  /** Fragment id on the meeting page. */
  anchor: string;
  meeting: PublishedMeeting;
  item: OpenAgendaItem;
  text: string;
  /** What a decision ending on a colon introduces, from the record (src/lib/derive/decision-text.ts). */
  follows?: WhatFollows;
  kind?: DecisionKind;
  significant: boolean;
  people: PersonRecord[];
}

export type TopicStep =
  | { kind: 'meeting'; date: string; meeting: MeetingRecord; item?: OpenAgendaItem }
  | { kind: 'action'; date?: string; action: ActionRecord }
  | { kind: 'recommendation'; date: string; recommendation: RecommendationRecord }
  | { kind: 'paper'; date: string; paper: PaperRecord }
  | { kind: 'inspection'; date: string; inspection: InspectionRecord };

export interface TopicRecord {
  id: string;
  file: string;
  /** Its title and summary; what it points at is published only as `steps`, which leave out whatever is withheld. */
  data: Omit<Topic, 'entries'>;
  /** What is published of it, in date order (undated steps first). */
  steps: TopicStep[];
}

export type Owner = { kind: 'person'; person: PersonRecord; as: string } | { kind: 'organisation'; id: string; name: string };

export interface ActionUpdateRecord {
  meeting: PublishedMeeting;
  itemNumber: string;
  status: ActionStatus;
  text?: string;
  due?: string;
}

export interface ActionRecord {
  /** Unique in the archive and used as its fragment id: "action-essex-fpsm-32-15". */
  key: string;
  /** The reference as printed, or none. */
  ref?: string;
  body: BodyRecord;
  text?: string;
  subject?: string;
  owner?: Owner;
  /** Owner as written when it names no one we know (earlier actions only). */
  ownerText?: string;
  due?: string;
  dueText?: string;
  /** Where it was raised: a meeting in the archive, or before it. */
  raised: { meeting: PublishedMeeting; itemNumber: string } | { before: true; date?: string; itemNumber?: string };
  updates: ActionUpdateRecord[];
  status: ActionStatus;
  overdue: boolean;
  /** Due date in force after updates. */
  currentDue?: string;
}

export interface Archive {
  /** The digest of what every page shares, for incremental builds (src/lib/incremental/inputs.ts). */
  sharedInputs: string;
  organisation: Organisation;
  today: string;
  bodies: BodyRecord[];
  people: PersonRecord[];
  /** Published meetings, newest first. */
  meetings: MeetingRecord[];
  papers: PaperRecord[];
  actions: ActionRecord[];
  bodyById: Map<string, BodyRecord>;
  personById: Map<string, PersonRecord>;
  meetingById: Map<string, MeetingRecord>;
  paperById: Map<string, PaperRecord>;
  /** Per person: what they attended, sent apologies for, and own. */
  personActivity: Map<string, PersonActivity>;
  plans: PlanRecord[];
  planById: Map<string, PlanRecord>;
  /** The report on a Plan that a paper is, to link the paper and its meeting to the Plan. */
  planReportByPaper: Map<string, PlanReportRecord>;
  measures: MeasureRecord[];
  measureById: Map<string, MeasureRecord>;
  inspections: InspectionRecord[];
  /** Keyed by body id, paper id or meeting id; a missing key means none. */
  actionsByBody: Map<string, ActionRecord[]>;
  /** The action log's pages: each body with actions, by year raised, with counts. */
  actionLog: ActionLogBody<BodyRecord, ActionRecord>[];
  /** Counts over every action, for the home page and the log's summary. */
  actionCounts: ActionCounts;
  measuresByPaper: Map<string, MeasureRecord[]>;
  inspectionsByPaper: Map<string, InspectionRecord[]>;
  inspectionsByMeeting: Map<string, InspectionRecord[]>;
  /** Every published recommendation, oldest first. */
  recommendations: RecommendationRecord[];
  recommendationByKey: Map<string, RecommendationRecord>;
  /** Every published decision, oldest first, and the register's pages: each body by year. */
  decisions: DecisionRecord[];
  decisionRegister: RegisterBody<BodyRecord, DecisionRecord>[];
  /** Topics with anything published, by title. */
  topics: TopicRecord[];
  /** Keyed by topicKey(): the topics a meeting, item, action, recommendation, paper or inspection is part of. */
  topicsByRef: Map<string, TopicRecord[]>;
}

export interface PersonActivity {
  attended: { meeting: PublishedMeeting; attendance: Attendance }[];
  apologies: { meeting: PublishedMeeting; attendance: Attendance }[];
  actions: ActionRecord[];
  memberships: { body: BodyRecord; role: string; from?: string; to?: string }[];
  /** Made to them or answered by them. */
  recommendations: RecommendationRecord[];
  /** Naming them, e.g. someone appointed. */
  decisions: DecisionRecord[];
}

export interface PlanRecord {
  id: string;
  file: string;
  data: Plan;
  themes: ThemeRecord[];
  deliverables: DeliverableRecord[];
  /** Reports on this plan, oldest first. */
  reports: PlanReportRecord[];
  source?: PaperRecord;
  endorsedBy?: BodyRecord;
}

export interface ThemeRecord {
  id: string;
  data: Theme;
  plan: PlanRecord;
  deliverables: DeliverableRecord[];
}

export interface DeliverableUpdate {
  report: PlanReportRecord;
  deliverable: DeliverableRecord;
  /** Where the report lists it; "new" says it is new in that report, not how it is progressing. */
  section: ReportEntry['section'];
  status: DeliverableState;
  update?: string;
  target?: string;
  dependencies: boolean;
}

export interface DeliverableRecord {
  id: string;
  data: Deliverable;
  theme: ThemeRecord;
  /** One entry per report that mentions it, oldest first. */
  history: DeliverableUpdate[];
  /** Its entry in the latest report that mentions it. */
  latest?: DeliverableUpdate;
  /** Its status in that entry, or not reported. */
  status: DeliverableState;
  /** The target the latest update that gives one gives. */
  target?: string;
  /** Not done though its target quarter ended before the build day. */
  pastTarget: boolean;
  /** Listed as new in the latest report that mentions it. */
  newInLatestReport: boolean;
}

export interface PlanReportRecord {
  id: string;
  file: string;
  data: PlanReport;
  plan: PlanRecord;
  paper: PaperRecord;
  meeting?: PublishedMeeting;
  entries: DeliverableUpdate[];
  previous?: PlanReportRecord;
  next?: PlanReportRecord;
  /** Against the previous report; none for the first. */
  changes?: ReportChanges;
}

export interface MeasureRecord {
  id: string;
  file: string;
  csv?: string;
  data: Measure;
  theme?: ThemeRecord;
  /** Observations in the order given. */
  observations: Observation[];
  /** For a time series: the last and the one before. */
  latest?: Observation;
  previous?: Observation;
  assessment?: Assessment;
  change?: Change;
  papers: PaperRecord[];
}

export interface InspectionRecord {
  id: string;
  file: string;
  data: Inspection;
  papers: PaperRecord[];
  meetings: MeetingRecord[];
}
