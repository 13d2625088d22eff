import type { PlanRecord } from '../archive/types';
import type { DeliverableState } from '../derive/plan-status';
import { deliverableStateLabels } from '../site/labels';

/** One row of a Plan's status table: the same rows feed the page, the CSV and the JSON. */
export interface StatusRow {
  theme: string;
  themeId: string;
  deliverable: string;
  deliverableId: string;
  status: DeliverableState;
  statusLabel: string;
  target: string;
  /** Not done though its target quarter ended before the build day. */
  pastTarget: boolean;
  /** Listed as new in the latest report that mentions it (a flag about the report, not progress). */
  newInLatestReport: boolean;
  dependencies: boolean;
  /** Date of the latest report that mentions it, YYYY-MM-DD, or empty. */
  lastUpdated: string;
  update: string;
}

export function statusTableRows(plan: PlanRecord): StatusRow[] {
  return plan.themes.flatMap((theme) =>
    theme.deliverables.map((d) => {
      const latest = d.latest;
      return {
        theme: theme.data.name,
        themeId: theme.id,
        deliverable: d.data.title,
        deliverableId: d.id,
        status: d.status,
        statusLabel: deliverableStateLabels[d.status],
        target: d.target ?? '',
        pastTarget: d.pastTarget,
        newInLatestReport: d.newInLatestReport,
        dependencies: latest?.dependencies ?? false,
        lastUpdated: latest?.report.data.date ?? '',
        update: latest?.update ?? '',
      };
    }),
  );
}

export const statusColumns: { key: keyof StatusRow; label: string }[] = [
  { key: 'theme', label: 'Theme' },
  { key: 'deliverable', label: 'Deliverable' },
  { key: 'status', label: 'Status' },
  { key: 'statusLabel', label: 'Status (words)' },
  { key: 'target', label: 'Target' },
  { key: 'pastTarget', label: 'Past its target' },
  { key: 'newInLatestReport', label: 'New in the latest report' },
  { key: 'dependencies', label: 'Dependencies identified' },
  { key: 'lastUpdated', label: 'Last updated' },
  { key: 'update', label: 'Latest update' },
  { key: 'deliverableId', label: 'Deliverable id' },
  { key: 'themeId', label: 'Theme id' },
];
