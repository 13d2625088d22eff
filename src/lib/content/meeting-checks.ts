import type { Meeting } from '../../schemas';
import type { ContentProblem } from './errors';

/**
 * What a meeting file says about itself must agree: it ends after it starts (and so does the
 * next meeting it announces), a file named after a date holds the meeting of that date, and a
 * meeting in meetings/<folder>/ belongs to the body of that name. `id` is the file's path in
 * meetings/ without the extension, e.g. "test-board/2020-01-10". A `body:` that names no body is
 * left to the archive, which lists the bodies there are.
 */
export function meetingProblems(id: string, file: string, m: Meeting, bodyIds: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  if (m.start && m.end && m.end < m.start) problem('end', `${m.end} is before the start, ${m.start}: check both times (24-hour clock, "HH:MM")`);
  const next = m.nextMeeting;
  if (next?.start && next.end && next.end < next.start)
    problem('nextMeeting.end', `${next.end} is before the start, ${next.start}: ` + `check both times (24-hour clock, "HH:MM")`);

  const segments = id.split('/');
  const named = /^(\d{4}-\d{2}-\d{2})/.exec(segments[segments.length - 1]!)?.[1];
  if (named && named !== m.date) {
    problem('date', `${m.date} is not the date in the file name, ${named}: correct date:, or rename the file to begin with ${m.date}`);
  }
  if (segments.length > 1 && segments[0] !== m.body && bodyIds.has(m.body)) {
    problem('body', `the file is in meetings/${segments[0]}/ but its body is "${m.body}": move it to meetings/${m.body}/, or correct body:`);
  }
  return problems;
}
