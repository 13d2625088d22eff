import type { ActionStatus } from '../../schemas';

export interface StatusUpdate {
  /** Date of the meeting that recorded the update, YYYY-MM-DD. */
  date: string;
  status: ActionStatus;
  due?: string;
}

export interface DerivedStatus {
  status: ActionStatus;
  /** The due date in force: the latest revised one, else the original. */
  due?: string;
  overdue: boolean;
  /** Date of the update the status comes from, if any. */
  asOf?: string;
}

/**
 * An action's current status is what the latest later meeting recorded; with no update it is
 * open. It is overdue when it is not completed and its due date has passed.
 */
export function deriveActionStatus(
  original: { due?: string },
  updates: readonly StatusUpdate[],
  today: string,
): DerivedStatus {
  const ordered = [...updates].sort((a, b) => a.date.localeCompare(b.date));
  let due = original.due;
  let status: ActionStatus = 'open';
  let asOf: string | undefined;
  for (const u of ordered) {
    status = u.status;
    asOf = u.date;
    if (u.due) due = u.due;
  }
  const overdue = status !== 'completed' && due !== undefined && due < today;
  return { status, due, overdue, asOf };
}

export const statusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  progressing: 'Progressing',
  completed: 'Completed',
};
