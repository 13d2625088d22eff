import { statusOrder, type DeliverableState } from './plan-status';

export interface StatusPoint {
  deliverable: string;
  status: DeliverableState;
}

export interface ReportChanges {
  /** First reported now. */
  added: string[];
  /** Reported both times with a different status. */
  changed: { deliverable: string; from: DeliverableState; to: DeliverableState }[];
  /** Complete now, and not complete before. */
  completed: string[];
  /** Complete last time and not reported now: done and taken off. */
  takenOff: string[];
  /** Not complete last time and not reported now. */
  noLongerReported: string[];
}

/**
 * What changed between two consecutive reports on the Plan, as the Panel asked: new
 * deliverables, status changes, completions, and what was taken off the report.
 */
export function changesSince(previous: readonly StatusPoint[], current: readonly StatusPoint[]): ReportChanges {
  const before = new Map(previous.map((p) => [p.deliverable, p.status]));
  const now = new Map(current.map((p) => [p.deliverable, p.status]));
  const changes: ReportChanges = { added: [], changed: [], completed: [], takenOff: [], noLongerReported: [] };
  for (const { deliverable, status } of current) {
    const was = before.get(deliverable);
    if (was === undefined) changes.added.push(deliverable);
    else if (was !== status) changes.changed.push({ deliverable, from: was, to: status });
    if (status === 'complete' && was !== undefined && was !== 'complete') changes.completed.push(deliverable);
  }
  for (const { deliverable, status } of previous) {
    if (now.has(deliverable)) continue;
    (status === 'complete' ? changes.takenOff : changes.noLongerReported).push(deliverable);
  }
  return changes;
}

/** How many deliverables of each theme are in each status; every status present, zeros included. */
export function countByThemeAndStatus(
  points: readonly { theme: string; status: DeliverableState }[],
  themes: readonly string[],
): Map<string, Record<DeliverableState, number>> {
  const empty = () => Object.fromEntries(statusOrder.map((s) => [s, 0])) as Record<DeliverableState, number>;
  const counts = new Map(themes.map((t) => [t, empty()]));
  for (const p of points) {
    const row = counts.get(p.theme);
    if (row) row[p.status]++;
  }
  return counts;
}
