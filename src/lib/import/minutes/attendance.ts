import type { Directory } from '../directory';
import { findClockTime } from '../uk-date';
import { normaliseName, plain } from './text';
import type { ParsedAttendee } from './types';

export const sectionLine =
  /^(present|members(?: present)?|in attendance|also present|officers present|others present|officers in attendance|attendees|apologies(?: for absence)?)\s*:?-?\s*(.*)$/i;
export const groupOf = (word: string): ParsedAttendee['group'] =>
  /^apolog/i.test(word) ? 'apologies' : /attendance|also|officers|others/i.test(word) ? 'in-attendance' : 'present';

/** "Edward Leigh (Chair), Councillors A Gilderdale, SA Hart (left at 4:20pm), S Count (from 2:10pm) and Claire George (Vice)." */
export function listedAttendees(list: string, group: ParsedAttendee['group'], directory: Directory): ParsedAttendee[] {
  let councillors = false;
  return list
    .replace(/\.$/, '')
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      if (/^councillors\s+/i.test(part)) {
        councillors = true;
        part = part.replace(/^councillors\s+/i, '');
      }
      const out: ParsedAttendee = { name: part, group };
      for (const q of part.matchAll(/\(([^)]*)\)/g)) {
        const words = q[1]!.trim();
        const time = findClockTime(words)?.time;
        if (/^left/i.test(words) && time) out.left = time;
        else if (/^(from|arrived)/i.test(words) && time) out.arrived = time;
        else if (/^(virtual|remote)/i.test(words)) out.remote = true;
        else out.as = words;
      }
      const name = part.replace(/\s*\([^)]*\)/g, '').trim();
      const asCouncillor = `Councillor ${name}`;
      out.name =
        councillors &&
        (directory.people.some((p) => normaliseName(p.name) === normaliseName(asCouncillor)) ||
          !directory.people.some((p) => normaliseName(p.name) === normaliseName(name)))
          ? asCouncillor
          : name;
      return out;
    });
}

export function splitNames(list: string): string[] {
  const councillors = /^councillors\s+/i.test(list);
  return list
    .replace(/^councillors\s+/i, '')
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((n) => n.trim())
    .filter((n) => n !== '')
    .map((n) => (councillors ? `Councillor ${n}` : n));
}

export const roleWords =
  /\b(police|chief|deputy|assistant|head|director|senior|business|manager|officer|chair|vice|member|councillor|commissioner|constable|superintendent|inspector|clerk|secretary|treasurer|monitoring|communications|performance)\b/i;

/** "Name<TAB>Role", "Name, Role<TAB>LW" or "Name Role" (split at a known name, else at the first word of a role). */
export function attendee(raw: string, group: ParsedAttendee['group'], directory: Directory): ParsedAttendee {
  const cells = raw
    .split('\t')
    .map((c) => plain(c))
    .filter((c) => c !== '');
  let initials: string | undefined;
  if (cells.length > 1 && /^[A-Za-z]{1,4}$/.test(cells[cells.length - 1]!)) initials = cells.pop()!.toUpperCase();
  if (cells.length > 1) {
    const as = cells.slice(1).join(', ');
    const remote = /\s*\((virtual|remote|remotely)\)$/i.exec(as);
    return {
      name: cells[0]!,
      as: as.slice(0, remote ? remote.index : as.length),
      group,
      initials,
      ...(remote ? { remote: true, note: `Printed "${remote[0].trim()}".` } : {}),
    };
  }
  const line = cells[0] ?? plain(raw);
  const comma = line.indexOf(',');
  if (comma > 0 && !roleWords.test(line.slice(0, comma))) return { name: line.slice(0, comma).trim(), as: line.slice(comma + 1).trim(), group, initials };
  const person = directory.people
    .filter((p) => normaliseName(line).startsWith(normaliseName(p.name)) && normaliseName(p.name) !== '')
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (person) {
    const words = person.name.split(/\s+/).length;
    const rest = line.split(/\s+/).slice(words).join(' ');
    return { name: line.split(/\s+/).slice(0, words).join(' '), as: rest || undefined, group, initials };
  }
  const words = line.split(/\s+/);
  const at = words.findIndex((w, i) => i >= 2 && roleWords.test(w));
  if (at > 0) return { name: words.slice(0, at).join(' '), as: words.slice(at).join(' '), group, initials };
  return { name: line, group, initials };
}
