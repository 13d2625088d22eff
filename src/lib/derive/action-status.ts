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

const pad = (n: number) => String(n).padStart(2, '0');

function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${pad(month + 1)}-${pad(last)}`;
}

/** What a due date written as a meeting is resolved against. */
export interface DueContext {
  /** The date of the meeting that raised the action, YYYY-MM-DD; without it a month alone names no year. */
  raisedOn?: string;
  /** The dates of the body's meetings in the archive, YYYY-MM-DD, oldest first (sorted once, for every action). */
  meetingDates: readonly string[];
}

/**
 * A loose due date the minutes give, as a date for telling whether an action is overdue:
 * - a month and year ("December 2019") is the end of that month;
 * - a month as a meeting ("November Board", "the November meeting") is the body's meeting in the
 *   first such month on or after the one the action was raised in, from the archive's meetings,
 *   or that month's end when the archive holds none.
 * Anything vaguer ("next Board") gives none.
 */
export function dueFromText(text: string | undefined, context: DueContext = { meetingDates: [] }): string | undefined {
  const t = (text ?? '').trim();
  const dated = /^(?:by\s+|end of\s+)?([A-Za-z]+)\s+(\d{4})$/i.exec(t);
  if (dated) {
    const month = monthNames.indexOf(dated[1]!.toLowerCase());
    return month < 0 ? undefined : monthEnd(Number(dated[2]), month);
  }
  const meeting = /^(?:by\s+|at\s+|to\s+)?(?:the\s+)?([A-Za-z]+)(?:\s+(?:board|panel|group|meeting|committee))?(?:\s+meeting)?$/i.exec(t);
  if (!meeting || !context.raisedOn) return undefined;
  const month = monthNames.indexOf(meeting[1]!.toLowerCase());
  if (month < 0) return undefined;
  const raisedYear = Number(context.raisedOn.slice(0, 4));
  const raisedMonth = Number(context.raisedOn.slice(5, 7)) - 1;
  const year = month >= raisedMonth ? raisedYear : raisedYear + 1;
  const prefix = `${year}-${pad(month + 1)}-`;
  // The first meeting on or after both the month's start and the day raised: if it is in that month, it is the one.
  const first = context.meetingDates[firstAtOrAfter(context.meetingDates, prefix > context.raisedOn ? prefix : context.raisedOn)];
  return first?.startsWith(prefix) ? first : monthEnd(year, month);
}

/** The index of the first of sorted strings that is not before `from` (the length when none is). */
function firstAtOrAfter(sorted: readonly string[], from: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < from) low = mid + 1;
    else high = mid;
  }
  return low;
}
