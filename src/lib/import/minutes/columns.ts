import type { Directory } from '../directory';
import { attendanceHeading } from '../rules/attendance';
import { listedPeople, personOf } from './attendance';
import { isNameShaped } from '../rules/names';
import { open } from './list-lines';
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
  const columns = heads.map((h, k) => ({ start: h.start, group: groups[k]!.group as ParsedAttendee['group'] }));
  let end = at + 1;
  // A blank line may stand between the headings and their names.
  while (end < lines.length && lines[end]!.trim() === '') end++;
  // Each line's runs of text, under the heading they start beneath.
  const runs = columns.map(() => [] as string[]);
  for (; end < lines.length; end++) {
    const line = expandTabs(lines[end]!);
    if (line.trim() === '') break;
    for (const s of segments(line)) runs[columns.indexOf([...columns].reverse().find((c) => s.start >= c.start - 3) ?? columns[0]!)]!.push(s.text);
  }
  const dashed = (text: string) => {
    const m = /^(.+?)\s+[–—-]\s+/.exec(text);
    return !!m && isNameShaped(m[1]!);
  };
  const people = columns.flatMap((c, k) => {
    // A heading further down a column ("In attendance:") begins a section of its own.
    const sections: { group: ParsedAttendee['group']; texts: string[] }[] = [{ group: c.group, texts: [] }];
    for (const text of runs[k]!) {
      const heading = attendanceHeading(text);
      if (heading && heading.group !== 'by-role' && heading.rest === '') sections.push({ group: heading.group, texts: [] });
      else sections[sections.length - 1]!.texts.push(text);
    }
    return sections.flatMap(({ group, texts }) => {
      // A section of "Name – Post" entries: a run that begins no such entry is the one above, wrapped.
      const byDash = texts.filter(dashed).length >= 2;
      const entries: string[] = [];
      for (const text of texts) {
        const last = entries[entries.length - 1];
        if (last !== undefined && (open(last) || (byDash && !dashed(text)))) entries[entries.length - 1] = `${last} ${text}`;
        else entries.push(text);
      }
      // "Marcus Treadwell – Police and Crime Commissioner (Chair)": one person, the post whole.
      return entries.flatMap((e) => {
        const one = byDash && dashed(e) ? personOf(e, group, directory) : undefined;
        return one ? [one] : listedPeople(e, group, directory).people;
      });
    });
  });
  return { people, end };
}

/** Runs of text separated by two or more spaces, with where each starts. */
function segments(line: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ start: m.index, text: m[0] });
  return out;
}
