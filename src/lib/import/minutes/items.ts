import type { Directory } from '../directory';
import { actionLine, cellsOf, marginTag, readActionText } from './actions';
import { extractRecords, type MarginAction } from './records';
import { cleanHead, itemStart, paragraphHeads, type ItemHead } from './segment';
import { isParagraphOf, readItemNumber } from '../rules/numbering';
import { indent, isTableRow, plain } from './text';
import { fileTableActions } from './filing';
import { splitLettered } from './lettered';
import { ruleColumns } from './fixed-width';
import { englishHalf, englishOf } from '../rules/welsh';
import type { ParsedAttendee, ParsedItem, Review } from './types';

const capitals = (s: string) => /\p{Lu}{3}/u.test(s) && s === s.toUpperCase();
const exemptTitle = /^(.*?)\s*[–-]\s*(commercial in confidence|confidential|exempt[^,]*|not for publication)$/i;

/**
 * The items of minutes, from the heads segment.ts found: each item's title (on its line, in bold,
 * or alone on the next), its paragraphs (numbered ones, "8.1", as items of their own, as the
 * hand-made content has them), and what they record.
 */
export function parseItems(lines: string[], heads: ItemHead[], attendance: ParsedAttendee[], directory: Directory, review: Review[], notes: string[]) {
  const items: ParsedItem[] = [];
  const margins = new Map<ParsedItem, MarginAction[]>();
  /** An owner printed at the end of the item's last paragraph, as `printed`. */
  const inMargin = (item: ParsedItem, owner: string, printed: string) => {
    const paragraph = item.paragraphs[item.paragraphs.length - 1]!;
    margins.set(item, [...(margins.get(item) ?? []), { paragraph: item.paragraphs.length - 1, at: paragraph.length - printed.length, owner, tag: printed }]);
  };
  heads.forEach((head, k) => {
    const end = heads[k + 1] ? itemStart(heads[k + 1]!) : lines.length;
    const subs = new Map(paragraphHeads(lines, head.line + 1, end, head.number).map((h) => [h.line, h]));
    const item = startItem(head.number.text, head, lines, review);
    items.push(item);
    let current = item;
    let blankBefore = false;
    const tabled = lines[head.line]!.trim().startsWith('|');
    for (let i = head.line + 1; i < end; i++) {
      if (i === head.titleLine || item.titleLines?.includes(i)) continue;
      const line = lines[i]!.trim();
      if (line === '') {
        blankBefore = true;
        continue;
      }
      const sub = subs.get(i);
      if (sub) {
        if (item.exempt) {
          // A paragraph of an exempt item: what the public minutes print of it.
          item.paragraphs.push(`${sub.number.text} ${sub.rest}`);
          current = item;
        } else {
          let n = sub.number.text;
          const previous = items[items.length - 1]!.number;
          if (n === previous) {
            const parts = n.split('.');
            parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
            review.push({ field: `agenda (item ${n})`, message: `the number ${n} is printed twice; the second is recorded as ${parts.join('.')}` });
            notes.push(`The source numbers two paragraphs ${n}; the second is recorded as ${parts.join('.')}.`);
            n = parts.join('.');
          }
          current = startItem(n, sub, lines, review);
          items.push(current);
        }
        blankBefore = false;
        continue;
      }
      // Minutes set out as a web page's table, a row an item ("| 24/64 | **Planning** | |") and a row a paragraph of it
      // ("| | Clerk to send the comments by 30th January. | Clerk |"): the paragraph's words, its action column's owner
      // for them as an owner in the margin is.
      const row = tabled ? minuteRow(line) : undefined;
      if (row) {
        add(current, row.printed ? `${row.text} ${row.printed}` : row.text, true);
        if (row.owner && row.printed) inMargin(current, row.owner, row.printed);
        blankBefore = false;
        continue;
      }
      // An owner printed at the line's right ("Action: KM") is for the paragraph the line is in.
      // (Not a table's heading, ruled off by dashes under its columns.)
      const tag = ruleColumns(lines[i + 1]) ? undefined : marginTag(lines[i]!);
      const printed = tag ? line.slice(plainLength(tag.line, line)).trim() : '';
      // The tag's line joins its paragraph as one line of words, not as a table's row.
      // A table's row that begins with empty cells (a wrapped row: "<TAB><TAB>and report to members<TAB>…") keeps them, so its cells stay in their columns.
      const lastParagraph = current.paragraphs[current.paragraphs.length - 1];
      const wrappedRow = /^\t+\S.*\t/.test(lines[i]!) && lastParagraph?.includes('\t') ? lines[i]!.replace(/\s+$/, '') : undefined;
      add(current, tag ? `${tag.line.trim()} ${printed}` : (wrappedRow ?? line), blankBefore);
      if (tag) inMargin(current, tag.owner, printed);
      blankBefore = false;
    }
  });
  for (const item of items as (ParsedItem & { titleLines?: number[] })[]) delete item.titleLines;
  // The signature: a name alone on the last line, of someone recorded at the meeting.
  let signedBy: string | undefined;
  const last = items[items.length - 1];
  const tail = last?.paragraphs[last.paragraphs.length - 1];
  if (last && tail && attendance.some((a) => plain(tail) === a.name)) {
    signedBy = plain(tail);
    last.paragraphs.pop();
  }
  // Names and initials: "KM will chase this up" is Kenneth Matheson's (KM) action.
  const names = [...attendance.map((a) => a.name), ...attendance.flatMap((a) => (a.initials ? [a.initials] : []))];
  // Applications lettered "(a)", "(b)" under an item are items of their own, before what each decided is read.
  const all = splitLettered(items, margins);
  for (const item of all) extractRecords(item, directory, review, margins.get(item), names);
  fileTableActions(all, review);
  return { items: all, signedBy };
}

/** A row of minutes set out as a table under its item's row: an empty number cell, the minute, and the action column's owner. */
function minuteRow(line: string): { text: string; owner?: string; printed?: string } | undefined {
  if (!/^\|\s*\|/.test(line)) return undefined;
  const cells = cellsOf(line);
  if (cells.length < 2 || cells.length > 3 || cells[0] !== '' || cells[1] === '') return undefined;
  // (A bilingual owner, "Clerc / Clerk": the English, as the minute's English is its record.)
  return { text: cells[1]!, ...(cells[2] ? { owner: englishHalf(cells[2]), printed: cells[2] } : {}) };
}

/** Where, in the trimmed line, the text before a margin tag ends. */
const plainLength = (before: string, line: string) => Math.min(line.length, before.trim().length);

const subParagraph = (line: string, head: ItemHead) => {
  const read = readItemNumber(cleanHead(line));
  return !!read && isParagraphOf(read.number, head.number);
};

/** A line broken mid-sentence ("… modern" / "day slavery were discussed") joins its paragraph. */
function add(item: ParsedItem, text: string, blankBefore: boolean) {
  const last = item.paragraphs[item.paragraphs.length - 1];
  const listItem = /^([-*•]|\d+[.)]|\(?[a-z0-9]{1,4}\)|[a-z][.)])\s/.test(text);
  // A table's row (cells split by tabs or bars) is a paragraph of its own.
  const row = isTableRow(text) || (last?.trim().startsWith('|') ?? false);
  // "ACTION: AB" alone is the owner of the sentence before it: a paragraph of its own, which the next line does not join.
  const ownerLine = (t: string) => {
    const m = actionLine.exec(t);
    return !!m && readActionText(m[2]!, m[1]).text === undefined;
  };
  // (Its words may go on, in lower case, on the next line: "ACTION: Chief Fire Officer" / "to write to …".)
  // An action line with its words ("Cam gweithredu / Action: Clerk – send …") begins a paragraph of its own, too.
  const apart = ownerLine(text) || actionLine.test(text) || (last !== undefined && ownerLine(last) && !/^[a-z]/.test(text));
  if (last !== undefined && !listItem && !row && !apart && (!blankBefore || (/^[a-z]/.test(text) && !/[.?!:;)"”]$/.test(last))))
    item.paragraphs[item.paragraphs.length - 1] = `${last} ${text}`;
  else item.paragraphs.push(text);
}

/** A title cut where none ends: on a word that leads on, a dash, or inside a bracket. */
const unfinished = (title: string) =>
  /\b(?:and|or|of|on|in|for|to|the|a|an|with|by|at|from|held)$/i.test(title) ||
  /\s[–—-]$/.test(title) ||
  (title.match(/\(/g) ?? []).length > (title.match(/\)/g) ?? []).length;

function startItem(number: string, head: ItemHead, lines: string[], review: Review[]): ParsedItem & { titleLines?: number[] } {
  const item: ParsedItem & { titleLines?: number[] } = { number, paragraphs: [], decisions: [], actions: [], actionUpdates: [] };
  const rest = head.titleLine !== undefined ? lines[head.titleLine]!.trim().replace(/^#{1,6}\s+/, '') : head.rest;
  const after = (head.titleLine ?? head.line) + 1;
  const nextBlank = after >= lines.length || lines[after]!.trim() === '';
  const lead = /^\*\*([^*]+?)\*\*\s*[,.:]?\s*(.*)$/.exec(rest);
  const closed = !lead && head.titleLine === undefined ? /^([^*]{3,100}?)\*\*\s*[,.:]?\s*(.*)$/.exec(rest) : null;
  const text = plain(rest);
  if (head.titleAbove !== undefined) {
    // A title in capitals above the number; the number's line begins the minute.
    item.title = lines
      .slice(head.titleAbove, head.line)
      .map(plain)
      .filter((l) => l !== '')
      .join(' ');
    item.paragraphs.push(rest);
  } else if (closed) {
    // "Approval of April minutes.** The minutes …": a bold title whose opening marks the number's line took.
    item.title = closed[1]!.trim().replace(/[.:]$/, '');
    if (closed[2] !== '') item.paragraphs.push(rest);
  } else if (lead && (lead[2] === '' || /^[a-z(]/.test(lead[2]!) || lead[1]!.length < 60)) {
    item.title = lead[1]!.trim().replace(/:$/, '');
    if (lead[2] !== '' || head.titleLine === undefined) item.paragraphs.push(rest);
  } else if (capitals(text) && text.length <= 200) {
    // A title in capitals may run onto the next line.
    item.title = text;
    item.titleLines = [];
    // (A line with no letters, "2024/25", runs on only when it stands under the title's first word.)
    const column = lines[head.titleLine ?? head.line]!.indexOf(text.split(' ')[0]!);
    // (Not the decision's lead word under it: "REPORTS FROM COMMITTEES" / "RESOLVED", "PRIVATE BUSINESS" / "DECISION".)
    const runsOn = (l: string) =>
      plain(l).length <= 80 &&
      !/^(?:RESOLVED|DECISION|DECISIONS|AGREED|NOTED|PENDERFYNWYD|CYTUNWYD|RECOMMENDED)\b/.test(plain(l)) &&
      (capitals(plain(l)) || (/^[\d/.,–-]+$/.test(plain(l)) && indent(l) === column && column > 0));
    for (let j = after; j < lines.length && runsOn(lines[j]!); j++) {
      item.title += ` ${plain(lines[j]!)}`;
      item.titleLines.push(j);
    }
    item.title = item.title.replace(/:$/, '');
  } else if (/:$/.test(text) && text.length <= 100) {
    item.title = text.slice(0, -1).trim();
  } else if (
    ((nextBlank || head.titleLine !== undefined) && !/[.;]$/.test(text) && text.length <= 150) ||
    // "Apologies for absence" with its text on the next line: short, unpunctuated, not a decision's words, the next line a new sentence.
    // (A bilingual title is two: "Nodiadau'r Cyfarfod Blaenorol / Notes of the Previous Meeting".)
    (text.split(' / ').length <= 2 &&
      text.split(' / ').every((half) => half.length <= 60) &&
      !/[.;:,]$/.test(text) &&
      !/^(resolved|agreed|it was|that|noted)\b/i.test(text) &&
      // … or its text indented under it, as handwritten notes are typed up ("1) apologies" / "   as above.").
      (/^\s*[\p{Lu}"“(]/u.test(lines[after] ?? '') ||
        indent(lines[after] ?? '') > indent(lines[head.titleLine ?? head.line]!) ||
        // … or its first numbered paragraph straight after it ("1." / "1.1 Apologies were received …").
        subParagraph(lines[after] ?? '', head)))
  ) {
    item.title = text;
    // A bilingual title wrapped onto the next line ("… / Review of Standing" / "Orders and Financial Regulations").
    const next = plain(lines[after] ?? '');
    if (
      text.includes(' / ') &&
      next.length > 0 &&
      next.length <= 50 &&
      !/[.;:,]$/.test(next) &&
      !/^(?:penderfynwyd|cytunwyd|resolved|agreed|[-•*]|\d+(?:\.\d+)*[.)]?\s)/i.test(next) &&
      indent(lines[after]!) >= indent(lines[head.titleLine ?? head.line]!)
    ) {
      item.title += ` ${next}`;
      item.titleLines = [after];
    }
  } else {
    item.paragraphs.push(rest);
  }
  // A title wrapped where no title ends ("… and matters" / "arising", "… held on" / "Tuesday 4 February 2025",
  // "(NOTIFIED IN ACCORDANCE WITH STANDING" / "ORDER 12(o))"): the next line goes on with it.
  const next = plain(lines[after] ?? '');
  if (item.title && item.title === text && !item.titleLines?.length && next !== '' && next.length <= 100 && unfinished(item.title) && !/[.;:]\s/.test(next)) {
    item.title = `${item.title} ${next}`.replace(/:$/, '');
    item.titleLines = [after];
  }
  // "[PROPOSED POLICE PRECEPT](documents/s40181/Precept.pdf)": a web page's title linked to its paper; the link stays in the text.
  const linked = item.title ? /^\[([^\]]{3,200})\]\(([^)\s]+)\)$/.exec(item.title) : null;
  if (linked) {
    item.title = linked[1]!;
    // The link stays in the text once: as the paragraph the title's line already is, or as its own.
    if (!item.paragraphs.some((p) => p.includes(`](${linked[2]})`))) item.paragraphs.unshift(`[${linked[1]}](${linked[2]})`);
  }
  // "[Pdf](/cmis/Document.ashx?id=22871) Minutes (74Kb)": a web page's title with its paper's icon link and size; both stay in the text.
  const paper = item.title ? /^(\[(?:pdf|doc|docx|word|html?)[^\]]{0,20}\]\(([^)\s]+)\))\s+(.+?)(?:\s+\((\d[\d.,]*\s*[kKmM][bB])\))?$/i.exec(item.title) : null;
  if (paper) {
    item.title = paper[3]!.trim();
    if (!item.paragraphs.some((p) => p.includes(`](${paper[2]})`))) item.paragraphs.unshift(`${paper[1]}${paper[4] ? ` (${paper[4]})` : ''}`);
  }
  // "HOUSING ALLOCATIONS POLICY REVIEW<spaces>KEY DECISION": a flag printed beside the title, kept in the minute's text.
  const flag = item.title ? /^(.+?)\s+(key decision)$/i.exec(item.title) : null;
  if (flag) {
    item.title = flag[1]!;
    item.paragraphs.unshift(flag[2]!);
  }
  // A bilingual title: the English is the title, its Welsh stays in the minute's text.
  const bilingual = item.title ? englishOf(item.title) : undefined;
  if (bilingual) {
    item.title = bilingual.english;
    item.paragraphs.unshift(bilingual.welsh);
  }
  const exempt = item.title ? exemptTitle.exec(item.title) : null;
  if (exempt) {
    item.title = exempt[1]!.trim();
    item.exempt = { reason: exempt[2]!.trim() };
    review.push({
      field: `agenda (item ${number})`,
      message: `marked exempt ("${exempt[2]}"): only its number, title, reason and what the minutes print of it are published; check the note`,
    });
  }
  return item;
}
