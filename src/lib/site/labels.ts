import type { ActionStatus, AttendanceGroup, BodyKind, DecisionKind, DeliverableStatus, MeasureUnit, PaperKind } from '../../schemas';

/**
 * The words a page uses for each value of a schema's list, one map per list, each typed against
 * the list itself: a value added to a schema does not compile until it has its words here.
 * (A recommendation's status, which is derived rather than written, keeps its words beside its
 * derivation: src/lib/derive/recommendation-status.ts.)
 */

export const paperKindLabels: Record<PaperKind, string> = {
  report: 'Report',
  performance: 'Performance report',
  'forward-plan': 'Forward plan',
  'annual-report': 'Annual report',
  inspection: 'Inspection',
  letter: 'Letter',
  agenda: 'Agenda',
  minutes: 'Minutes',
  other: 'Paper',
};

export const bodyKindLabels: Record<BodyKind, string> = {
  board: 'Board',
  panel: 'Panel',
  'working-group': 'Working group',
  committee: 'Committee',
  meeting: 'Meeting',
};

export const decisionKindLabels: Record<DecisionKind, string> = {
  agreed: 'Agreed',
  noted: 'Noted',
  approved: 'Approved',
  endorsed: 'Endorsed',
  resolved: 'Resolved',
  appointed: 'Appointed',
  deferred: 'Deferred',
};

export const attendanceGroupLabels: Record<AttendanceGroup, string> = {
  present: 'Present',
  'in-attendance': 'In attendance',
  apologies: 'Apologies',
  absent: 'Absent',
};

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  progressing: 'Progressing',
  completed: 'Completed',
};

export const deliverableStatusLabels: Record<DeliverableStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  'nearly-complete': 'Nearly complete',
  complete: 'Complete',
  'business-as-usual': 'Business as usual',
  'on-hold': 'On hold',
};

/** A deliverable's status, or that no report has mentioned it yet. */
export const deliverableStateLabels: Record<DeliverableStatus | 'not-reported', string> = {
  ...deliverableStatusLabels,
  'not-reported': 'Progress not reported',
};

/** Flags on a deliverable beside its progress: about the report that lists it, and its target. */
export const deliverableFlagLabels = {
  newInLatestReport: 'New in the latest report',
  pastTarget: 'Past its target',
  newInReport: 'New in this report',
} as const;

/** A measure's unit as the axis of its chart says it. */
export const measureUnitLabels: Record<MeasureUnit, string> = {
  percent: 'Per cent',
  count: 'Number',
  'rate-per-1000': 'Rate per 1,000 population',
  minutes: 'Minutes',
  seconds: 'Seconds',
  hours: 'Hours',
  days: 'Days',
  number: 'Value',
};
