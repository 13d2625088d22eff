import type { Directory } from '../directory';
import { attendanceHeading } from '../rules/attendance';
import { listedPeople } from './attendance';
import type { ParsedAttendee } from './types';

const expandTabs = (line: string) => {
  let out = '';
  for (const c of line) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
  return out;
};

/**
 * Attendance printed side by side: a line of two or three headings ("Present:   Apologies:"), then
 * lines whose text falls under one heading or another by where it starts. An entry that runs
 * onto the next line of its column (an open bracket) is joined. Undefined when the line is not
 * such a heading row.
 */
export function readColumns(lines: string[], at: number, directory: Directory): { people: ParsedAttendee[]; end: number } | undefined {
  const heads = segments(expandTabs(lines[at]!));
  if (heads.length < 2) return undefined;
  const groups = heads.map((h) => attendanceHeading(h.text));
  if (groups.some((g) => !g || g.group === 'by-role' || g.rest !== '')) return undefined;
  const columns = heads.map((h, k) => ({ start: h.start, group: groups[k]!.group as ParsedAttendee['group'], entries: [] as string[] }));
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = expandTabs(lines[end]!);
    if (line.trim() === '') break;
    for (const s of segments(line)) {
      const column = [...columns].reverse().find((c) => s.start >= c.start - 3) ?? columns[0]!;
      const last = column.entries[column.entries.length - 1];
      if (last !== undefined && (last.match(/\(/g)?.length ?? 0) > (last.match(/\)/g)?.length ?? 0))
        column.entries[column.entries.length - 1] = `${last} ${s.text}`;
      else column.entries.push(s.text);
    }
  }
  const people = columns.flatMap((c) => c.entries.flatMap((e) => listedPeople(e, c.group, directory).people));
  return { people, end };
}

/** Runs of text separated by two or more spaces, with where each starts. */
function segments(line: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ start: m.index, text: m[0] });
  return out;
}
