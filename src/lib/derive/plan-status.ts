import type { DeliverableStatus, ReportEntry } from '../../schemas';

/** A deliverable's progress as a report gives it, or that the report gives none. */
export type DeliverableState = DeliverableStatus | 'not-reported';

/**
 * Reads a deliverable's status from the words of its update, as the reports write them. The
 * order matters: "on hold" anywhere wins, then the phrase the update opens with.
 */
const wording: { pattern: RegExp; status: DeliverableStatus }[] = [
  { pattern: /\bon hold\b/i, status: 'on-hold' },
  { pattern: /^activities (?:completed|delivered)\b/i, status: 'complete' },
  { pattern: /^completed\b/i, status: 'complete' },
  { pattern: /^activities (?:on-?going|in progress)\b/i, status: 'in-progress' },
  { pattern: /^activities not started\b/i, status: 'not-started' },
  { pattern: /^embedded into business as usual\b/i, status: 'business-as-usual' },
  { pattern: /\bnearly complete/i, status: 'nearly-complete' },
];

/** The status an update's wording states, or undefined when it states none we know. */
export function statusFromUpdate(update: string): DeliverableStatus | undefined {
  const text = update.trim();
  return wording.find((w) => w.pattern.test(text))?.status;
}

/**
 * A report entry's progress: its `status:`, else what its update's words state. An entry with no
 * update, or a new deliverable whose update only describes it, reports no progress; any other
 * update whose words state none is a problem for the content (undefined).
 */
export function entryStatus(e: Pick<ReportEntry, 'section' | 'update' | 'status'>): DeliverableState | undefined {
  if (e.status) return e.status;
  if (e.update === undefined) return 'not-reported';
  return statusFromUpdate(e.update) ?? (e.section === 'new' ? 'not-reported' : undefined);
}

/** The last day of a quarter of a financial year (April to March): "Q3 2022/23" → 2022-12-31; "Q3/4 2022/23" → its later quarter's. */
export function quarterEnd(quarter: string): string | undefined {
  const m = /^Q([1-4])(?:\/Q?([1-4]))? (\d{4})\/\d{2}$/.exec(quarter.trim());
  if (!m) return undefined;
  const q = Number(m[2] ?? m[1]);
  const year = Number(m[3]) + (q === 4 ? 1 : 0);
  return `${year}-${['06-30', '09-30', '12-31', '03-31'][q - 1]}`;
}

/** Not done (complete, or embedded into business as usual) though its target quarter ended before `today`. */
export function isPastTarget(target: string | undefined, status: DeliverableState, today: string): boolean {
  const end = target === undefined ? undefined : quarterEnd(target);
  return end !== undefined && end < today && status !== 'complete' && status !== 'business-as-usual';
}

/** Whether an update says dependencies stand in the way ("Dependencies identified"). */
export function mentionsDependencies(update: string | undefined): boolean {
  return /\bdependencies identified\b/i.test(update ?? '');
}

/** The order statuses are listed and stacked in: from done to not begun. */
export const statusOrder: DeliverableState[] = ['complete', 'business-as-usual', 'nearly-complete', 'in-progress', 'on-hold', 'not-started', 'not-reported'];

/** A short symbol for each status, so status is never told by colour alone ("not reported" is a tag in words alone). */
export const statusSymbols: Record<DeliverableStatus, string> = {
  complete: '✓',
  'business-as-usual': '↻',
  'nearly-complete': '◕',
  'in-progress': '◑',
  'on-hold': '‖',
  'not-started': '○',
};
