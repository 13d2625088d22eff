import { documentBreak } from './furniture';

export interface PackPart {
  text: string;
  /** "Agenda Item No. 8" printed at its head, if any. */
  item?: string;
}

// A heading, bold or in capitals: not "Minutes of the meeting held on … were agreed" inside other minutes.
const minutesStart = /^(?:\*\*\s*minutes of (?:a|the) meeting\b|MINUTES OF (?:A|THE) MEETING\b)/i;
const reportStart = /agenda item no\b/i;

/**
 * An agenda pack holds the agenda, then the papers it lists: minutes of the last meeting, letters,
 * reports. It is split where a blank-page notice ends a document, where minutes or a numbered
 * report begin, and where a letter's address block begins above its "Dear …".
 */
export function splitPack(text: string): PackPart[] {
  const lines = text.split('\n');
  const starts = new Set<number>([0]);
  lines.forEach((line, i) => {
    if (line === documentBreak) starts.add(i + 1);
    else if ((line.startsWith('**') ? minutesStart.test(line.trim()) : /^MINUTES OF (?:A|THE) MEETING\b/.test(line.trim())) || reportStart.test(line))
      starts.add(i);
    else if (/^dear\s+\S/i.test(line.trim())) starts.add(letterStart(lines, i));
  });
  const ordered = [...starts].sort((a, b) => a - b);
  return ordered
    .map((start, n) =>
      lines
        .slice(start, ordered[n + 1] ?? lines.length)
        .filter((l) => l !== documentBreak)
        .join('\n'),
    )
    .filter((part) => part.trim() !== '')
    .map((part) => ({ text: part, item: /agenda item no\.?[ \t]*(\d+)/i.exec(part.split('\n').slice(0, 3).join('\n'))?.[1] }));
}

/** Up to three short blocks above "Dear …": the date, an email line, the address. */
function letterStart(lines: string[], dear: number): number {
  let start = dear;
  let blocks = 0;
  let i = dear - 1;
  while (i >= 0 && blocks < 3) {
    while (i >= 0 && lines[i]!.trim() === '') i--;
    let top = i;
    while (top >= 0 && lines[top]!.trim() !== '') top--;
    const block = lines.slice(top + 1, i + 1);
    if (block.length === 0 || block.some((l) => l.length > 70 || l === documentBreak)) break;
    start = top + 1;
    blocks++;
    i = top;
  }
  return start;
}
