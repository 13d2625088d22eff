import type { ActionStatus } from '../../schemas';

/**
 * The action log is published a page per body and year raised, so no page grows with the whole
 * archive: ten thousand meetings raise about fifty thousand actions, which as one page was 30 MB.
 */
export interface LoggedAction {
  status: ActionStatus;
  overdue: boolean;
  raised: { meeting: { data: { date: string } } } | { before: true; date?: string };
}

/** What an action log page is called in its address: the year raised, or "earlier" when no date is known. */
export type LogYear = string;
export const earlier = 'earlier';

/** The date an action was raised: its meeting's, or for one raised before the archive the date known, if any. */
export function raisedDate(a: Pick<LoggedAction, 'raised'>): string | undefined {
  return 'meeting' in a.raised ? a.raised.meeting.data.date : a.raised.date;
}

export function actionYear(a: Pick<LoggedAction, 'raised'>): LogYear {
  const date = raisedDate(a);
  return date ? date.slice(0, 4) : earlier;
}

export interface ActionCounts {
  total: number;
  completed: number;
  progressing: number;
  open: number;
  overdue: number;
}

export function countActions(actions: readonly Pick<LoggedAction, 'status' | 'overdue'>[]): ActionCounts {
  const counts: ActionCounts = { total: actions.length, completed: 0, progressing: 0, open: 0, overdue: 0 };
  for (const a of actions) {
    counts[a.status]++;
    if (a.overdue) counts.overdue++;
  }
  return counts;
}

/** One body's actions by year raised, newest year first and "earlier" last; order within a year is kept. */
export function actionsByYear<A extends LoggedAction>(actions: readonly A[]): { year: LogYear; actions: A[] }[] {
  const years = new Map<LogYear, A[]>();
  for (const a of actions) {
    const y = actionYear(a);
    const list = years.get(y);
    if (list) list.push(a);
    else years.set(y, [a]);
  }
  return [...years].sort(([a], [b]) => (a === earlier ? 1 : b === earlier ? -1 : b.localeCompare(a))).map(([year, list]) => ({ year, actions: list }));
}

export interface ActionLogYear<A> {
  year: LogYear;
  actions: A[];
  counts: ActionCounts;
}

export interface ActionLogBody<B, A> {
  body: B;
  actions: A[];
  counts: ActionCounts;
  /** Newest year first, "earlier" last. */
  years: ActionLogYear<A>[];
}

/** The whole action log, made once per build: each body with actions, its counts and its years. */
export function actionLog<B, A extends LoggedAction>(groups: readonly { body: B; actions: A[] }[]): ActionLogBody<B, A>[] {
  return groups
    .filter((g) => g.actions.length > 0)
    .map(({ body, actions }) => ({
      body,
      actions,
      counts: countActions(actions),
      years: actionsByYear(actions).map(({ year, actions: list }) => ({ year, actions: list, counts: countActions(list) })),
    }));
}

export const yearLabel = (year: LogYear) => (year === earlier ? 'Before the meetings in this archive' : year);

/** The most the action log's front page lists, so it does not grow with the archive. */
export const frontPageLimit = 50;

/**
 * The actions the action log's front page lists: those not recorded as completed, overdue first,
 * then by due date (soonest first, none last), then newest raised; at most `limit`, with how many
 * more there are.
 */
export function actionsToFollow<A extends LoggedAction & { currentDue?: string }>(actions: readonly A[], limit = frontPageLimit): { shown: A[]; more: number } {
  const raisedOn = (a: A) => raisedDate(a) ?? '';
  const notDone = actions.filter((a) => a.status !== 'completed');
  const sorted = [...notDone].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || (a.currentDue ?? '9999').localeCompare(b.currentDue ?? '9999') || raisedOn(b).localeCompare(raisedOn(a)),
  );
  return { shown: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
}
