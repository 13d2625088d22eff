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
export function deriveActionStatus(original: { due?: string }, updates: readonly StatusUpdate[], today: string): DerivedStatus {
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

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A loose due date the minutes give as a month ("December 2019") counts as the end of that month
 * for telling whether an action is overdue. Anything vaguer ("November Board") gives none.
 */
export function dueFromText(text: string | undefined): string | undefined {
  const m = /^\s*(?:by\s+|end of\s+)?([A-Za-z]+)\s+(\d{4})\s*$/i.exec(text ?? '');
  if (!m) return undefined;
  const month = monthNames.indexOf(m[1]!.toLowerCase());
  if (month < 0) return undefined;
  const year = Number(m[2]);
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
