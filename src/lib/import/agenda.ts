import type { Directory } from './directory';
import { normaliseName, type Review } from './minutes';
import { findClockTime, findUkDate } from './uk-date';

export interface ParsedAgenda {
  body?: string;
  date?: string;
  start?: string;
  location?: string;
  items: { number: string; title: string; pages?: string; notes: string[] }[];
  /** Every line that is not an item row, as printed. */
  text: string;
}

const row = /^\|?\s*(\d{1,2})\.?\s*\|\s*(.+?)\s*\|\s*([\d\s–-]*)\|?\s*$/;
const noteRow = /^\|?\s*\|\s*(.+?)\s*\|\s*\|?\s*$/;

/**
 * The front page of an agenda: the body, the day, time and place, then the numbered items with
 * the pages of the pack they are on. Rows of a pipe or tab table are read; a row without a number
 * is a note printed under the item above ("Deferred to next meeting").
 */
export function parseAgenda(text: string, directory: Directory, review: Review[]): ParsedAgenda {
  const lines = text.split('\n');
  const agenda: ParsedAgenda = { items: [], text: '' };
  const rest: string[] = [];
  let sawAgenda = false;
  for (const raw of lines) {
    const line = raw.replace(/\t/g, ' | ').trim();
    const plainLine = line.replace(/\*\*/g, '').trim();
    const m = row.exec(line.startsWith('|') ? line : `| ${line.replace(/^(\d{1,2}\.?)\s+/, '$1 | ')}`);
    if (sawAgenda && m && /[A-Za-z]/.test(m[2]!)) {
      agenda.items.push({ number: m[1]!, title: m[2]!.replace(/\*\*/g, '').trim(), pages: m[3]!.trim() || undefined, notes: [] });
      continue;
    }
    const note = sawAgenda ? noteRow.exec(line) : null;
    if (note && agenda.items.length && /[A-Za-z]/.test(note[1]!)) {
      agenda.items[agenda.items.length - 1]!.notes.push(note[1]!.trim());
      continue;
    }
    if (/^agenda$/i.test(plainLine)) sawAgenda = true;
    if (!sawAgenda) {
      const known = directory.bodies.find((b) => [b.name, ...b.alsoKnownAs].some((n) => normaliseName(plainLine) === normaliseName(n)));
      if (known) agenda.body ??= known.name;
      const date = findUkDate(plainLine);
      if (date && !agenda.date) {
        agenda.date = date.iso;
        agenda.start = findClockTime(plainLine.slice(plainLine.indexOf(date.match) + date.match.length))?.time;
      } else if (agenda.date && !agenda.location && plainLine && !/^contact\b/i.test(plainLine) && !known) {
        agenda.location = plainLine;
      }
    }
    if (!/^\|?[\s|:-]*\|?$/.test(line) || line === '') rest.push(raw);
  }
  agenda.text = rest
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!agenda.body) review.push({ field: 'body', message: 'the agenda names no board or panel the folder knows' });
  if (!agenda.date) review.push({ field: 'date', message: 'no date found on the agenda' });
  return agenda;
}
