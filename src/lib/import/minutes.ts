import { compareAgendaNumbers } from '../derive/agenda';
import type { ActionStatus, AttendanceGroup, DecisionKind, MinutesStatus } from '../../schemas';
import { findClockTime, findUkDate } from './uk-date';
import type { Directory } from './directory';
import { parseTableItems, tableLayout } from './action-table';

export interface Review {
  field: string;
  message: string;
}

export interface ParsedAttendee {
  name: string;
  group: Exclude<AttendanceGroup, 'absent'>;
  as?: string;
  initials?: string;
  arrived?: string;
  left?: string;
  remote?: boolean;
  /** The name of the member they stood in for. */
  substituteFor?: string;
  note?: string;
}

export interface ParsedAction {
  ref?: string;
  text: string;
  owner?: string;
  /** Read from the organisation the text names, not from who it is given to: for review. */
  ownerGuessed?: boolean;
  due?: string;
  dueText?: string;
}

export interface ParsedItem {
  number: string;
  title?: string;
  /** Paragraphs as printed, Markdown. */
  paragraphs: string[];
  exempt?: { reason: string };
  decisions: { kind: DecisionKind; text: string }[];
  actions: ParsedAction[];
  actionUpdates: { ref: string; status: ActionStatus; text: string; due?: string }[];
  recommendations?: { number?: string; text: string }[];
}

export type { DecisionKind };

export interface ParsedMinutes {
  body: string;
  date?: string;
  start?: string;
  end?: string;
  location?: string;
  minutesStatus: Exclude<MinutesStatus, 'none'>;
  /** The opening lines as printed (title, date, time, place, attendance headings). */
  header: string;
  attendance: ParsedAttendee[];
  items: ParsedItem[];
  signedBy?: string;
  review: Review[];
  /** Corrections made to the source, said in the meeting's note as the hand-made content does. */
  notes: string[];
}

const plain = (s: string) =>
  s
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const itemLine = /^(?:[-*]\s+)?(\d{1,2}(?:\.\d{1,2})*)(\.)?(?:\s+|\t)(.+)$/;
const sectionLine =
  /^(present|members(?: present)?|in attendance|also present|officers present|others present|officers in attendance|attendees|apologies(?: for absence)?)\s*:?-?\s*(.*)$/i;
const groupOf = (word: string): ParsedAttendee['group'] =>
  /^apolog/i.test(word) ? 'apologies' : /attendance|also|officers|others/i.test(word) ? 'in-attendance' : 'present';

/**
 * Structures minutes exported as text: the header (body, date, time, place, attendance), then
 * numbered items and paragraphs (1, 2.1, 4.1.2) with their text, and what the text records
 * (decisions, actions, updates to earlier actions). Anything it cannot place is kept as text:
 * the header as printed, and every line after it in the item it follows.
 */
export function parseMinutes(text: string, directory: Directory): ParsedMinutes {
  const review: Review[] = [];
  const lines = text.split('\n').map((l) => l.replace(/\f/g, '').replace(/\s+$/, ''));
  const start = lines.findIndex((l) => {
    const m = itemLine.exec(l.trim());
    return m !== null && m[1] === '1';
  });
  const headerLines = start < 0 ? lines : lines.slice(0, start);
  const header = parseHeader(headerLines, directory, review);
  const notes: string[] = [];
  const layout = tableLayout(headerLines);
  const { items, signedBy } = layout
    ? { items: parseTableItems(start < 0 ? [] : lines.slice(start), layout, header.attendance, review, notes), signedBy: undefined }
    : parseItems(start < 0 ? [] : lines.slice(start), header.attendance, directory, review, notes);
  if (layout) for (const item of items) extractRecords(item, directory, review);
  // When the meeting began and ended, if only its closing line says ("The meeting began at 2:00pm and ended at 4:22 pm").
  const closing = /meeting (?:began|started|commenced) at ([\d.:]+\s*[ap]\.?m\.?)(?:.*?ended at ([\d.:]+\s*[ap]\.?m\.?))?/i.exec(text);
  if (closing) {
    if (!header.start) {
      header.start = findClockTime(closing[1]!)?.time;
      const unsure = review.findIndex((r) => r.field === 'start');
      if (unsure >= 0) review.splice(unsure, 1);
    }
    if (closing[2]) header.end = findClockTime(closing[2])?.time;
  }
  // Apologies and substitutes given in an item rather than the header.
  for (const item of items) {
    for (const p of item.paragraphs) {
      for (const sub of plain(p).matchAll(
        /([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) was in attendance as (?:a )?substitute for ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})/g,
      )) {
        if (header.attendance.some((a) => a.name === sub[1])) continue;
        // Listed with the members present, after them.
        const after = header.attendance.map((a) => a.group).lastIndexOf('present');
        header.attendance.splice(after + 1, 0, { name: sub[1]!, group: 'present', substituteFor: sub[2] });
      }
      const m = /apologies (?:were |had been )?(?:received )?from (.+?)(?:\.|$)/i.exec(plain(p));
      if (!m) continue;
      for (const name of splitNames(m[1]!)) {
        if (!header.attendance.some((a) => a.name === name)) header.attendance.push({ name, group: 'apologies' });
      }
    }
  }
  return { ...header, items, signedBy, review, notes };
}

/** "Edward Leigh (Chair), Councillors A Gilderdale, SA Hart (left at 4:20pm), S Count (from 2:10pm) and Claire George (Vice)." */
function listedAttendees(list: string, group: ParsedAttendee['group'], directory: Directory): ParsedAttendee[] {
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

function splitNames(list: string): string[] {
  const councillors = /^councillors\s+/i.test(list);
  return list
    .replace(/^councillors\s+/i, '')
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((n) => n.trim())
    .filter((n) => n !== '')
    .map((n) => (councillors ? `Councillor ${n}` : n));
}

function parseHeader(lines: string[], directory: Directory, review: Review[]) {
  let date: string | undefined;
  let start: string | undefined;
  let location: string | undefined;
  let body: string | undefined;
  let status: ParsedMinutes['minutesStatus'] = 'awaiting-approval';
  let group: ParsedAttendee['group'] | undefined;
  const attendance: ParsedAttendee[] = [];
  const printed: string[] = [];
  const titleLines: string[] = [];
  for (const raw of lines) {
    const line = plain(raw);
    if (line === '') continue;
    const section = sectionLine.exec(line);
    if (/^date\s*:/i.test(line) || /^time\s*:/i.test(line)) {
      date ??= findUkDate(line)?.iso;
      const time = /time\s*:\s*(.*)$/i.exec(line);
      if (time) start ??= findClockTime(time[1]!)?.time;
      printed.push(raw.trim());
      continue;
    }
    const place = /^(location|venue|place)\s*:\s*(.+)$/i.exec(line);
    if (place) {
      location = place[2];
      printed.push(raw.trim());
      continue;
    }
    if (section) {
      group = groupOf(section[1]!);
      const listed = section[2] !== undefined && section[2].split(',').length > 2;
      // A list is kept as printed too: it says "Councillors A Gilderdale, …", the entries "Councillor A Gilderdale".
      printed.push(
        section[2] && !listed
          ? raw
              .trim()
              .slice(0, raw.trim().length - section[2].length)
              .trim()
          : raw.trim(),
      );
      if (section[2]) attendance.push(...(listed ? listedAttendees(section[2], group, directory) : [attendee(section[2], group, directory)]));
      continue;
    }
    // A row with an empty first cell is a table's heading, not a person: the attendance list has ended.
    if (group && raw.startsWith('\t')) group = undefined;
    if (group) {
      attendance.push(attendee(raw, group, directory));
      continue;
    }
    printed.push(raw.trim());
    titleLines.push(line);
  }
  const title = titleLines.join(' ');
  if (/\bdraft\b/i.test(title)) status = 'draft';
  else if (/\bapproved\b/i.test(title)) status = 'approved';
  else review.push({ field: 'minutes.status', message: 'the document does not say its minutes are approved: recorded as awaiting approval' });
  // The body: a known name, or the title line before the date ("Force Performance Scrutiny Meeting Thursday 28 May 2015 …").
  const known = directory.bodies.find((b) => [b.name, ...b.alsoKnownAs].some((n) => normaliseName(title).includes(normaliseName(n))));
  if (known) body = known.name;
  for (const t of titleLines) {
    const d = findUkDate(t);
    if (!d) continue;
    date ??= d.iso;
    const before = t
      .slice(0, t.indexOf(d.match))
      .replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?\s*$/i, '')
      .trim();
    body ??= before.replace(/[,–-]\s*$/, '').trim() || undefined;
    const after = t.slice(t.indexOf(d.match) + d.match.length);
    const time = findClockTime(after);
    if (time) start ??= time.time;
    const rest = (time ? after.slice(after.indexOf(time.match) + time.match.length) : after).replace(/^[\s,–-]+/, '').trim();
    if (rest) location ??= rest;
  }
  if (!body) {
    const caps = titleLines.find((t) => /[A-Z]{3}/.test(t) && t === t.toUpperCase() && !/^(APPROVED |DRAFT )?MINUTES$/.test(t));
    body = caps ? titleCase(caps.replace(/\b(APPROVED|DRAFT)?\s*MINUTES\b/, '').trim()) : 'Unknown body';
    // A body the folder does not know is reported where its file is made; only a missing name is said here.
    if (!caps) review.push({ field: 'body', message: "no board or panel is named in the heading: set the body, and the file's folder" });
  }
  if (!date) review.push({ field: 'date', message: 'no date found in the header' });
  if (!start) review.push({ field: 'start', message: 'no start time found in the header' });
  return { body, date, start, end: undefined as string | undefined, location, minutesStatus: status, header: printed.join('\n'), attendance };
}

export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/co-ordination/g, 'coordination')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\b(And|Of|The|For|In)\b/g, (w) => w.toLowerCase());
}

const roleWords =
  /\b(police|chief|deputy|assistant|head|director|senior|business|manager|officer|chair|vice|member|councillor|commissioner|constable|superintendent|inspector|clerk|secretary|treasurer|monitoring|communications|performance)\b/i;

/** "Name<TAB>Role", "Name, Role<TAB>LW" or "Name Role" (split at a known name, else at the first word of a role). */
function attendee(raw: string, group: ParsedAttendee['group'], directory: Directory): ParsedAttendee {
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

const decisionPatterns: [RegExp, DecisionKind][] = [
  [/\bENDORSE[D]?\b/, 'endorsed'],
  [/\bRESOLVED\b/, 'resolved'],
  [/\bAGREED\b.*\bNOTE\b|\bNOTED\b/, 'noted'],
  [/\bAGREED\b|\bagreed as an accurate record\b|\b(?:Board|Group|Panel|Committee|Meeting) agreed\b/, 'agreed'],
  [/\b(?:Board|Group|Panel|Committee|Meeting)(?: \([^)]*\))? approved\b/, 'approved'],
  [/\bwas appointed\b/, 'appointed'],
  [/\b(?:Board|Group|Panel|Committee|Meeting)(?: were)? (?:noted|pleased to note)\b|\bwhich the (?:Board|Group|Panel) noted\b/, 'noted'],
  [/\bdeferred\b/i, 'deferred'],
];

function parseItems(lines: string[], attendance: ParsedAttendee[], directory: Directory, review: Review[], notes: string[]) {
  const items: ParsedItem[] = [];
  let current: ParsedItem | undefined;
  let blankBefore = false;
  const add = (text: string) => {
    if (!current) return;
    const last = current.paragraphs[current.paragraphs.length - 1];
    // A line broken mid-sentence ("… modern" / "day slavery were discussed") joins its paragraph.
    const listItem = /^([-*•]|\d+[.)]|[a-z][.)])\s/.test(text);
    if (last !== undefined && !listItem && (!blankBefore || (/^[a-z]/.test(text) && !/[.?!:;)"”]$/.test(last))))
      current.paragraphs[current.paragraphs.length - 1] = `${last} ${text}`;
    else current.paragraphs.push(text);
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      blankBefore = true;
      continue;
    }
    const m = itemLine.exec(line);
    const number = m?.[1];
    const previous = items[items.length - 1]?.number;
    // Not a date ("23 NOVEMBER 2022 …"), and not a leap far past the items so far.
    const top = (n: string) => Number(n.split('.')[0]);
    const plausible =
      number !== undefined &&
      !/^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d/i.test(
        m![3]!,
      ) &&
      (previous === undefined || ((compareAgendaNumbers(number, previous) > 0 || number === previous) && top(number) <= top(previous) + 2));
    if (m && plausible) {
      let n = number;
      if (n === previous) {
        const parts = n.split('.');
        parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
        review.push({ field: `agenda (item ${n})`, message: `the number ${n} is printed twice; the second is recorded as ${parts.join('.')}` });
        notes.push(`The source numbers two paragraphs ${n}; the second is recorded as ${parts.join('.')}.`);
        n = parts.join('.');
      }
      const rest = m[3]!.trim();
      const item: ParsedItem = { number: n, paragraphs: [], decisions: [], actions: [], actionUpdates: [] };
      const lead = /^\*\*([^*]+?)\*\*\s*[,.:]?\s*(.*)$/.exec(rest);
      const parent = items.find((i) => n.startsWith(`${i.number}.`) && i.exempt);
      if (parent) {
        // A paragraph of an exempt item: what the public minutes print of it.
        parent.paragraphs.push(`${n} ${rest}`);
        current = parent;
        blankBefore = false;
        continue;
      }
      if (lead && (lead[2] === '' || /^[a-z(]/.test(lead[2]!) || lead[1]!.length < 60)) {
        item.title = lead[1]!.trim();
        item.paragraphs.push(rest);
      } else if (!/[.;:]$/.test(plain(rest)) && plain(rest).length <= 150) {
        item.title = plain(rest);
      } else {
        item.paragraphs.push(rest);
      }
      const exempt = item.title ? /^(.*?)\s*[–-]\s*(commercial in confidence|confidential|exempt[^,]*|not for publication)$/i.exec(item.title) : null;
      if (exempt) {
        item.title = exempt[1]!.trim();
        item.exempt = { reason: exempt[2]!.trim() };
        review.push({
          field: `agenda (item ${n})`,
          message: `marked exempt ("${exempt[2]}"): only its number, title, reason and what the minutes print of it are published; check the note`,
        });
      }
      items.push(item);
      current = item;
      blankBefore = false;
      continue;
    }
    if (!current) continue;
    add(line);
    blankBefore = false;
  }
  // The signature: a name alone on the last line, of someone recorded at the meeting.
  let signedBy: string | undefined;
  const last = items[items.length - 1];
  const tail = last?.paragraphs[last.paragraphs.length - 1];
  if (last && tail && attendance.some((a) => plain(tail) === a.name)) {
    signedBy = plain(tail);
    last.paragraphs.pop();
  }
  for (const item of items) extractRecords(item, directory, review);
  return { items, signedBy };
}

function sentences(paragraph: string): string[] {
  return plain(paragraph.replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:])/g, '$1')).split(/(?<=[.?!:])\s+(?=[A-Z"“(])/);
}

function extractRecords(item: ParsedItem, directory: Directory, review: Review[]) {
  if (item.exempt) return;
  let actionList = false;
  let recommending = false;
  for (const p of item.paragraphs) {
    const t = plain(p);
    // "… made the following recommendation(s):" or "… recommendations agreed:" then a numbered list.
    // A table row (cells split by tabs) is not a list item.
    const listed = p.includes('\t') ? null : /^(\d{1,2})[.)]\s+(.+)$/.exec(t);
    if (recommending && listed) {
      (item.recommendations ??= []).push({ number: listed[1], text: listed[2]!.replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:])/g, '$1').trim() });
      continue;
    }
    recommending = /\b(following recommendations?|recommendations? agreed)\b.*:?\s*$/i.test(t) || (recommending && !listed && t.length < 80 && /:$/.test(t));
    if (/^further actions?:?$/i.test(t)) {
      actionList = true;
      continue;
    }
    const bullet = /^[-*•]\s+(.*)$/.exec(t);
    const action = /^actions?\s*[:–-]\s*(.+)$/i.exec(t);
    if ((actionList && bullet) || action) {
      item.actions.push(actionFrom((bullet ?? action)![1]!, directory));
      continue;
    }
    actionList = false;
    for (const s of sentences(p)) {
      const kind = decisionPatterns.find(([re]) => re.test(s))?.[1];
      if (kind) item.decisions.push({ kind, text: s });
    }
  }
  // "6.0 - Agenda Item 9.0, 24th January 2019, relating to …": an earlier action discussed.
  const update = item.title ? /^(\d+(?:\.\d+)?(?:\/\d+)?)\s*[–-]\s*agenda item/i.exec(item.title) : null;
  if (update) {
    item.actionUpdates.push({ ref: update[1]!, status: 'progressing', text: item.title! });
    review.push({
      field: `agenda (item ${item.number}).actionUpdates`,
      message: `read as an update to earlier action ${update[1]} (status "progressing"): check the status, and declare the action under earlierActions of the body if it was raised before this archive`,
    });
  }
  for (const a of item.actions.filter((x) => x.ownerGuessed)) {
    review.push({
      field: `agenda (item ${item.number}).actions`,
      message: `"${a.text.slice(0, 60)}…" gives no one the action; its owner is set to "${a.owner}", the one organisation it names: check`,
    });
  }
  if (item.recommendations?.length)
    review.push({
      field: `agenda (item ${item.number}).recommendations`,
      message: `${item.recommendations.length} recommendation(s) read from the numbered list after "following recommendation": give each an id and say whom it is to, to follow its response`,
    });
  if (item.decisions.length > 0)
    review.push({
      field: `agenda (item ${item.number}).decisions`,
      message: `${item.decisions.length} decision(s) found by their wording: check each is a decision`,
    });
}

const monthYear = /\bin ((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b/;
const monthBody = /\bto ((?:January|February|March|April|May|June|July|August|September|October|November|December) (?:Board|Panel|meeting))\b/;

function actionFrom(text: string, directory: Directory): ParsedAction {
  const action: ParsedAction = { text: plain(text) };
  const due = monthYear.exec(action.text) ?? monthBody.exec(action.text);
  if (due) action.dueText = due[1];
  // An organisation named, by its name, abbreviation or last word ("the Constabulary's outputs").
  const names = (text: string) =>
    Object.entries(directory.organisations).filter(([, o]) => {
      const last = o.name.split(/\s+/).pop()!;
      // The last word only when it is not a role anyone holds ("Constabulary", not "Commissioner").
      return (
        text.includes(o.name) ||
        (o.abbreviation && new RegExp(`\\b${o.abbreviation}\\b`).test(text)) ||
        (!roleWords.test(last) && new RegExp(`\\b${last}\\b`).test(text))
      );
    });
  const subject = /^(.+?)\s+to\s+[a-z]/.exec(action.text)?.[1];
  const bySubject = subject && subject.split(/\s+/).length <= 12 ? names(subject) : [];
  if (bySubject.length === 1) action.owner = bySubject[0]![0];
  else if (!subject || !roleWords.test(subject)) {
    // No one is given the action; if it names exactly one organisation, that is its owner, to check.
    const named = names(action.text);
    if (named.length === 1) {
      action.owner = named[0]![0];
      action.ownerGuessed = true;
    }
  }
  return action;
}
