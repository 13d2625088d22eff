import type { ActionStatus } from '../../schemas';
import type { ParsedAction, ParsedAttendee, ParsedItem, Review } from './minutes';
import { findUkDate } from './uk-date';
import { by } from './minutes/provenance';

/**
 * Minutes laid out as a table, "Matter Raised | Action | Owner | Date for Completion", as text
 * exported from a PDF: a row is split by tabs, the first cell holds the item number when a new
 * item starts, and a cell that runs past its row continues in the same column of the next.
 */
export interface TableLayout {
  matter: number;
  action: number;
  owner: number;
  date: number;
}

/** The table's heading row, if the header has one: the columns named Action and Owner, at least. */
export function tableLayout(headerLines: string[]): TableLayout | undefined {
  for (const line of headerLines) {
    const cells = line.split('\t').map((c) => c.trim().toLowerCase());
    const action = cells.findIndex((c) => /^actions?$/.test(c));
    const owner = cells.findIndex((c) => /^(owner|by whom|lead)$/.test(c));
    if (action < 0 || owner < 0) continue;
    const date = cells.findIndex((c) => /date|deadline|due/.test(c));
    return { matter: action - 1, action, owner, date };
  }
  return undefined;
}

const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
/** "25.06.15" → 2015-06-25; "25th June 2015" as well. */
export function dueDate(cell: string): string | undefined {
  const m = dotted.exec(cell.trim());
  if (m) {
    const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
    return `${year}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return findUkDate(cell)?.iso;
}

const starters = /\s(?=(?:The|It|A|An|This|There|He|She|They|We|Members|Following)\s)/;

/**
 * A matter cell may open with a heading run into its first sentence ("Matters arising The actions
 * …", "Report title DCI Name presented this report.", "Reports: A detailed update …").
 */
export function splitHeading(text: string, attendance: ParsedAttendee[]): { heading?: string; rest: string } {
  for (const a of attendance) {
    const at = text.indexOf(`${a.name} presented`);
    if (at > 0) return { heading: text.slice(0, at).trim(), rest: text.slice(at) };
  }
  const colon = /^([^.:]{3,80}):\s+(?=[A-Z])/.exec(text);
  if (colon) return { heading: colon[1]!.trim(), rest: text.slice(colon[0].length) };
  const m = starters.exec(text);
  if (m && m.index > 0 && m.index <= 90 && !/[.;:,]$/.test(text.slice(0, m.index)) && text.slice(0, m.index).split(/\s+/).length <= 12) {
    return { heading: text.slice(0, m.index).trim(), rest: text.slice(m.index + 1) };
  }
  return { rest: text };
}

const updateList = /(\d{1,3}\/\d{2})\s*[–-]\s*(.*?)(?=\s+\d{1,3}\/\d{2}\s*[–-]|$)/g;
const statusOf = (text: string): ActionStatus => (/complet|provided|done|closed/i.test(text) ? 'completed' : /progress/i.test(text) ? 'progressing' : 'open');

/**
 * Items from the table rows. Matter text goes to the item's minutes (a heading run into it is
 * split off onto its own line); actions come from the action, owner and date columns, an action
 * cell that does not end a sentence continuing in the next row; a date given for "all" actions
 * applies to each action without its own.
 */
export function parseTableItems(lines: string[], layout: TableLayout, attendance: ParsedAttendee[], review: Review[], notes: string[]): ParsedItem[] {
  const items: ParsedItem[] = [];
  let current: ParsedItem | undefined;
  let open: ParsedAction | undefined;
  let allBy: { due?: string; text: string } | undefined;
  const undated: ParsedAction[] = [];
  const columns = Math.max(layout.matter, layout.action, layout.owner, layout.date) + 1;
  for (const raw of lines) {
    if (raw.trim() === '') continue;
    const cells = raw.split('\t');
    // A row whose number cell the export dropped is one cell short: put the others back in their columns.
    if (!raw.startsWith('\t') && cells.length === columns - 1 && !/^\d{1,2}\.?(\s|$)/.test(cells[0]!.trim())) cells.unshift('');
    let first = (cells[0] ?? '').trim();
    let matter = (cells[layout.matter] ?? '').trim();
    if (cells.length <= layout.matter) {
      // A row the export did not split: the number and matter share the first cell.
      matter = first;
      first = '';
    }
    const numbered = /^(\d{1,2})\.?(?:\s+(.*))?$/.exec(first);
    const lead = !numbered && /^(\d{1,2})\.?\s+(.+)$/.exec(matter);
    const number = numbered?.[1] ?? (lead && (!current || Number(lead[1]) === Number(current.number) + 1) ? lead[1] : undefined);
    if (lead && number) matter = lead[2]!;
    if (numbered?.[2]) matter = `${numbered[2]} ${matter}`.trim();
    if (number) {
      const { heading, rest } = splitHeading(matter, attendance);
      current = {
        number,
        title: heading ?? (rest.length <= 150 && !/[.:;]$/.test(rest) ? rest : undefined),
        paragraphs: [],
        decisions: [],
        actions: [],
        actionUpdates: [],
      };
      items.push(current);
      matter = heading ? rest : current.title ? '' : rest;
    }
    if (!current) continue;
    if (matter) {
      const { heading, rest } = number ? { heading: undefined, rest: matter } : splitHeading(matter, attendance);
      if (heading) current.paragraphs.push(heading);
      const last = current.paragraphs[current.paragraphs.length - 1];
      if (last !== undefined && !heading && /^[a-z]/.test(rest) && !/[.?!:]$/.test(last)) current.paragraphs[current.paragraphs.length - 1] = `${last} ${rest}`;
      else current.paragraphs.push(rest);
      for (const u of rest.matchAll(updateList)) {
        if (!/^(matters arising|the actions)/i.test(current.title ?? '') && !/addressed as follows/.test(rest)) break;
        const text = u[2]!.trim();
        const due = /due\s+(\S+)/i.exec(text);
        current.actionUpdates.push({ ref: u[1]!, status: statusOf(text), text, ...(due && dueDate(due[1]!) ? { due: dueDate(due[1]!) } : {}) });
      }
    }
    // "Date of Next Meeting | Thursday 25th June 2015 …": the next meeting, not an action.
    if (/next meeting/i.test(matter) && cells.length > layout.action) {
      const rest = cells
        .slice(layout.action)
        .map((c) => c.trim())
        .filter((c) => c !== '')
        .join(' ');
      current.paragraphs[current.paragraphs.length - 1] = `${current.paragraphs[current.paragraphs.length - 1]}: ${rest}`;
      continue;
    }
    const actionCell = (cells[layout.action] ?? '').trim();
    const ownerCell = (cells[layout.owner] ?? '').trim();
    const dateCell = layout.date >= 0 ? (cells[layout.date] ?? '').trim() : '';
    if (/^all\b/i.test(dateCell)) allBy = { due: dueDate(dateCell.replace(/(\d)\s+(st|nd|rd|th)\b/g, '$1$2')), text: dateCell };
    if (actionCell) {
      // Text that ran on from the row above: it starts in lower case, or the row above stopped mid-phrase.
      const runsOn =
        open && !/^\d{1,3}\/\d{2}\b/.test(actionCell) && (/^[a-z]/.test(actionCell) || /\b(to|of|the|and|for|with|a|an|in|on|by|from)$/i.test(open.text));
      if (open && runsOn) {
        open.text = `${open.text} ${actionCell}`;
      } else {
        const ref = /^(\d{1,3}\/\d{2})\s*[–-]?\s*(.*)$/.exec(actionCell);
        open = ref ? { ref: ref[1], text: ref[2]! } : { text: actionCell };
        current.actions.push(by('matter and action table', open));
        undated.push(open);
      }
    }
    const due = dateCell && !/^all\b/i.test(dateCell) ? dueDate(dateCell) : undefined;
    if (open && ownerCell && open.owner && open.owner !== ownerCell) {
      // A row that continues an action but names another owner: the export has mixed two rows.
      const message =
        `A row continuing action ${open.ref ?? `"${open.text.slice(0, 40)}…"`} gives the owner ` +
        `${ownerCell}${dateCell ? ` and the date ${dateCell}` : ''}; the action keeps the owner ${open.owner} given with it.`;
      notes.push(message);
      review.push({ field: `agenda (item ${current.number}).actions`, message });
    } else {
      if (open && ownerCell && !open.owner) open.owner = ownerCell;
      if (open && due) {
        open.due = due;
        // The date as printed, kept beside the date read from it.
        if (dateCell !== due) open.dueText = dateCell;
      }
    }
  }
  for (const item of items) {
    // "Emergency response report to OPCC (Action 25/15 – see above)": an earlier action, not a new one.
    item.actions = item.actions.filter((a) => {
      const earlier = /\(Action (\d{1,3}\/\d{2})\b[^)]*\)/.exec(a.text);
      if (!earlier || a.ref) return true;
      item.actionUpdates.push({ ref: earlier[1]!, status: 'open', text: `${a.text}${a.owner ? ` — owner ${a.owner}` : ''}` });
      return false;
    });
  }
  if (allBy) {
    for (const a of undated) {
      if (a.due) continue;
      a.due = allBy.due;
      a.dueText = allBy.text;
    }
  }
  if (items.length)
    review.push({
      field: 'agenda',
      message: 'read from a matter / action / owner / date table: check that text which ran across rows is joined in the right place',
    });
  return items;
}
