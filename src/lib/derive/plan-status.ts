import type { DeliverableStatus } from '../../schemas';

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

/** Whether an update says dependencies stand in the way ("Dependencies identified"). */
export function mentionsDependencies(update: string | undefined): boolean {
  return /\bdependencies identified\b/i.test(update ?? '');
}

/** The order statuses are listed and stacked in: from done to not begun. */
export const statusOrder: DeliverableStatus[] = ['complete', 'business-as-usual', 'nearly-complete', 'in-progress', 'on-hold', 'not-started', 'new'];

/** A short symbol for each status, so status is never told by colour alone. */
export const statusSymbols: Record<DeliverableStatus, string> = {
  complete: '✓',
  'business-as-usual': '↻',
  'nearly-complete': '◕',
  'in-progress': '◑',
  'on-hold': '‖',
  'not-started': '○',
  new: '✚',
};
