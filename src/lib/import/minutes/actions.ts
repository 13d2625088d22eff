import { findUkDate } from '../uk-date';
import { plain } from './text';
import { honorifics, isNameShaped } from '../rules/names';
import type { ParsedAction } from './types';

/**
 * Actions, by named rules, each for a way minutes give someone something to do:
 * - "action line": "ACTION: Treasurer to model …", "Action by: Town Clerk – place the order …",
 *   "Action (LA): …", or "ACTION: Chief Fire Officer" alone, for the paragraph before it;
 * - "margin tag": "Action: KM" or "JT" printed at the right of a line of the paragraph it is for;
 * - "owner to": a sentence that begins with whoever acts ("Clerk to chase …", "KM to circulate …");
 * - "action table": the rows of a table headed Action and Owner / Action by (owner, date, item).
 * The owner is kept as printed (ownerText); who that is, is for the importer to match or report.
 */
export const actionLine =
  /^(?:\*\*)?(?:cam gweithredu\s*\/\s*)?(?:agreed )?actions?(?:\s+\d{1,4}(?:[/.]\d{1,4})?)?(?:\s+by)?(?:\*\*)?\s*(?:\(([^)]{1,40})\))?\s*(?:\*\*)?\s*[:–—-]\s*(?:\*\*)?\s*(.+)$/i;

/** Whoever a short phrase names as acting: initials, a post, or a councillor ("Y Clerc", "Y Cadeirydd" in Welsh). */
const ownerShape =
  /^(?:the\s+|y\s+)?(?:(?:\p{Lu}{2,4})(?:\s*[/&,]\s*\p{Lu}{2,4})*|(?:cllrs?\.?|councillor|cyng\.?|cynghorydd)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s+(?:and|&|\/)\s+[\p{Lu}][\p{L} ]{1,30})?|(?:\p{Lu}[\p{L}'’-]*|of|and|for|the|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|for|the|y|yr|&)|,\s+\p{Lu}[\p{L}'’-]*){0,6})$/u;
const post =
  /\b(clerk|clerc|glerc|cadeirydd|maer|faer|swyddog|dirprwy|chair|chairman|mayor|officer|manager|director|head|chief|executive|treasurer|secretary|lead|team|commissioner|constable|superintendent|inspector|consultant|coordinator|co-ordinator|adviser|advisor|solicitor|monitoring|scrutiny|democratic|services|cabinet member|executive member|lead member|portfolio holder)\b/i;
const isOwner = (s: string) =>
  s.length <= 60 &&
  ownerShape.test(s.trim()) &&
  (post.test(s) || /^\p{Lu}{2,4}\b/u.test(s.trim()) || /^(?:y\s+)?(cllr|councillor|cyng|cynghorydd)/i.test(s.trim()));

/** The owner and the words of an action line's text: "Owner – text", "Owner to text", or the owner alone. */
export function readActionText(rest: string, bracketed?: string): { ownerText?: string; text?: string } {
  const t = plain(rest);
  if (bracketed && isOwner(bracketed)) return { ownerText: bracketed.trim(), text: t };
  // "Action 1: Provide … Owner: Deputy Chief Constable Due: 13 June 2023": the owner given after the text.
  const labelled = /\b(?:owner|lead|responsible|by whom)\s*:\s*(.+?)(?=\s+(?:due|deadline|by when|by|date|target(?: date)?)\s*:|$)/i.exec(t);
  // Labelled "Owner:", a post with its organisation ("Head of Performance, Fenmarsh Police") or a name is the owner.
  const labelledOwner = labelled?.[1]!.replace(/[.;]$/, '').trim();
  const first = labelledOwner?.split(',')[0]!.trim() ?? '';
  if (labelledOwner && labelledOwner.length <= 60 && !/\d/.test(labelledOwner) && (isOwner(first) || isNameShaped(first)))
    return { ownerText: labelledOwner, text: t };
  const dash = /^(.{2,60}?)\s+[–—-]\s+(.+)$/.exec(t);
  // "Clerc / Clerk – anfon … / send …": a bilingual owner is known by its English, and kept as printed.
  const english = (o: string) => o.split(/\s+\/\s+/).pop()!;
  if (dash && (isOwner(english(dash[1]!)) || isNameShaped(dash[1]!))) return { ownerText: dash[1]!.replace(/^the\s+/i, ''), text: t };
  const to = /^(.{2,60}?)\s+(?:to|will)\s+(?=[a-z])/.exec(t);
  if (to && isOwner(to[1]!)) return { ownerText: to[1]!.replace(/^the\s+/i, ''), text: t };
  // "ACTION: AB (draft by end of May)": whoever acts, with when, for the paragraph before.
  const when = /^(.{2,40}?)\s*\(([^()]{3,40})\)\.?$/.exec(t);
  if (when && isOwner(when[1]!)) return { ownerText: when[1]!.replace(/^the\s+/i, '') };
  // "ACTION: Chief Fire Officer", "ACTION: Ama Boateng" alone: whoever acts, for the paragraph before.
  if (isOwner(t.replace(/[.;]$/, '')) || isNameShaped(t.replace(/[.;]$/, ''))) return { ownerText: t.replace(/[.;]$/, '').replace(/^the\s+/i, '') };
  return { text: t };
}

/** "… report back to the next meeting.      Action: KM" or "…\tJT": the tag at a line's right, and the line without it. */
export function marginTag(raw: string): { line: string; owner: string } | undefined {
  const m = /^(.*\S)(?:\s{3,}|\t+)\(?(?:action(?: by)?\s*[:–-]?\s*)?([^\t()]{2,45}?)\)?\s*$/i.exec(raw);
  if (!m) return undefined;
  const tag = m[2]!.trim();
  const printedAction = /action/i.test(raw.slice(m[1]!.length));
  // After a printed "ACTION:", a post, initials or a name ("E. Lindqvist"); alone in the margin, initials only.
  if (!(printedAction ? isOwner(tag) || isNameShaped(tag) : /^\p{Lu}{2,4}(?:\s*[/&,]\s*\p{Lu}{2,4})*$/u.test(tag))) return undefined;
  return { line: m[1]!, owner: tag };
}

/** Someone the attendance names, as a note-taker writes them: "Hargreaves", "Cllr Whitlock", "Jo Ince". */
const attendeeNamed = (who: string, attendees: string[]): boolean => {
  // "Jack and Wendy to authorise …": each of them.
  const both = who.split(/\s+(?:and|&)\s+/);
  if (both.length === 2) return both.every((w) => attendeeNamed(w, attendees));
  const bare = who.replace(honorifics, '').trim();
  if (!/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u.test(bare)) return false;
  const names = attendees.map((a) => a.replace(honorifics, '').trim().split(/\s+/));
  // A full name, a surname, or a first name only one attendee has ("Fiona to reply …").
  return names.some((n) => n.join(' ') === bare || n[n.length - 1] === bare) || names.filter((n) => n.length > 1 && n[0] === bare).length === 1;
};

/** The sentence of a paragraph that a margin tag's line ends or runs through, without the tag. */
export function taggedSentence(paragraph: string, at: number, length: number): string {
  const before = paragraph.slice(0, at).trimEnd();
  const ended = /[.?!]$/.test(before);
  const boundary = /[.?!]\s+(?=[\p{Lu}"“(])/gu;
  const starts = [...(ended ? before.slice(0, -1) : before).matchAll(boundary)].map((m) => m.index + m[0].length);
  const start = starts.length ? starts[starts.length - 1]! : 0;
  if (ended) return plain(before.slice(start));
  const after = paragraph.slice(at + length);
  const end = /[.?!](?=\s|$)/.exec(after);
  return plain(`${before.slice(start)} ${end ? after.slice(0, end.index + 1) : after}`);
}

/** A sentence that starts with whoever acts: "Clerk to chase …", "KM to circulate …", "Hargreaves to report …" (an attendee). */
export function ownerToAction(sentence: string, attendees: string[] = []): ParsedAction | undefined {
  // In Welsh, "Y Clerc i anfon …": the owner, then "i" (to).
  // (The word after "to" in lower case, as a verb is: not "Clerk to Wyebourne Parish Council".)
  // (Nor "The Secretary to the Panel reported …": a post's name, not an infinitive.)
  const m = /^(?:[Tt]he\s+|[Yy]\s+)?(.{2,50}?)\s+(?:[Tt]o|i)\s+(?!(?:the|a|an|this|that|these|those|all|each|every|its|their|his|her|our|any)\b)\p{Ll}+/u.exec(
    sentence,
  );
  if (!m || !(isOwner(m[1]!) || attendeeNamed(m[1]!, attendees)) || /\b(?:be|been|is|was|were|would|will|agreed|asked|requested|wish|wished)\b/i.test(m[1]!))
    return undefined;
  return { text: sentence, ownerText: m[1]!.trim() };
}

/** The columns of an action table's heading row, if the row is one. */
export function actionTableHeading(cells: string[]): { action: number; owner: number; date: number; item: number; ref: number; status: number } | undefined {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c.trim()));
  const action = find(/^(?:(?:agreed )?actions?(?: required| agreed)?|what|task)$/i);
  const owner = find(
    /^(?:(?:action |lead |responsible )?(?:owner|officer)|action by|by|by whom|who|lead|responsible|responsibility|officer responsible|responsible person)$/i,
  );
  if (action < 0 || owner < 0) return undefined;
  // "Owner … By": after an owner's column, "By" is the date's.
  const by = cells.findIndex((c, i) => i > owner && /^by$/i.test(c.trim()));
  const date = find(/date|deadline|due|by when|^when$|timescale/i);
  return {
    action,
    owner,
    date: date >= 0 ? date : by,
    item: find(/^(item|minute|min(?:ute)? no\.?|agenda item)$/i),
    ref: find(/^(?:(?:action|ref\.?)\s+)?(?:no\.?|ref\.?|number|#)$/i),
    // A log of earlier actions says where each stands ("Status: Closed – delivered 4 Nov"); a meeting's new actions do not.
    status: find(/^(?:(?:current |rag )?status|progress|position|update|rag)$/i),
  };
}

export const cellsOf = (paragraph: string) =>
  paragraph.trim().startsWith('|')
    ? paragraph
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim())
    : paragraph.split('\t').map((c) => c.trim());

/** A row of an action table, read by its heading's columns. */
export function actionRow(
  cells: string[],
  columns: NonNullable<ReturnType<typeof actionTableHeading>>,
): (ParsedAction & { forItem?: string; table: true }) | undefined {
  const text = cells[columns.action];
  // A rule ("------", "- - - -"), or a signature line's dots ("Signed (Chair): ……<TAB>Date: ……"), is no action.
  if (!text || /^[-–—\s]+$/.test(text) || cells.some((c) => /\.{5,}|_{5,}|…{3,}/.test(c))) return undefined;
  let dateCell = columns.date >= 0 ? cells[columns.date] : undefined;
  let extra = '';
  // A row's wrapped text lands after its last cell: what follows a date there belongs to the action.
  if (dateCell && columns.date === cells.length - 1) {
    const d = /^((?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s+(.+)$/i.exec(dateCell);
    if (d) {
      dateCell = d[1];
      extra = ` ${d[2]}`;
    }
  }
  const owner = cells[columns.owner]?.trim();
  return {
    text: plain(text + extra),
    ...(owner ? { ownerText: owner } : {}),
    ...(columns.ref >= 0 && cells[columns.ref] ? { ref: cells[columns.ref] } : {}),
    ...(dateCell ? { dueText: dateCell, due: findUkDate(dateCell)?.iso } : {}),
    ...(columns.item >= 0 && cells[columns.item] ? { forItem: cells[columns.item] } : {}),
    table: true,
  };
}

const actVerb =
  /^(?:arrange|send|write|circulate|provide|report|bring|share|e-?mail|contact|investigate|prepare|publish|update|review|check|chase|raise|ask|organise|organize|consult|confirm|liaise|look|follow|seek|obtain|request|respond|reply|notify|inform|meet|draft|submit|present|place|order|carry|add|forward|ensure|produce|clarify|explore|establish|set|invite|approach|pursue|progress|speak|visit|source|supply|distribute)\b/i;

/**
 * "The Head of Leisure undertook to bring …", "Inspector Garside agreed to share …", "The Scrutiny
 * Officer would write to …": a promise by someone holding a post, or named; not a body's decision.
 */
export function promisedAction(sentence: string, attendees: string[] = []): ParsedAction | undefined {
  const m = /^(?:the\s+)?(.{2,120}?)\s+(undertook to|agreed to|offered to|was asked to|was requested to|was instructed to|would|will)\s+(.+)$/i.exec(sentence);
  if (!m) return undefined;
  const [, whole, how, what] = m as unknown as [string, string, string, string];
  // "In response to a query from Councillor Strain, Ms Ferris undertook to …": the subject follows the opening clause.
  const who = /^(?:in response|in reply|in answer|following|after|responding|answering|at the request)\b[^,]*,\s*(?:the\s+)?(.+)$/i.exec(whole)?.[1] ?? whole;
  // The one who promises is the sentence's subject: a few words, not a report of what someone said.
  if (who.split(/\s+/).length > 10 || /\b(that|said|stated|felt|reported|explained|advised|noted|has|had|if|when|whether)\b/i.test(who)) return undefined;
  if (
    /\b(committee|panel|board|council|cabinet|authority|sub-committee|members|meeting|group)\b$/i.test(who) ||
    /\b(it|this|that|there|which|they|he|she)$/i.test(who)
  )
    return undefined;
  const strong = /undertook|asked|requested|instructed|offered/i.test(how);
  const named = attendeeNamed(who, attendees);
  if (!strong && !named && !(actVerb.test(what) && (post.test(who) || /^(cllr|councillor)\b/i.test(who)))) return undefined;
  if (/agreed/i.test(how) && !(post.test(who) || /^(cllr|councillor|mr|mrs|ms|dr)\b/i.test(who))) return undefined;
  // A task said in full: not "Leon offered to help.", "The Deputy Chief Constable agreed to provide this."
  const task = what.replace(/[.;]\s*$/, '').trim();
  const words = task.split(/\s+/).length;
  if (words <= 1 || (words <= 4 && /\b(?:this|it|that|so|them|these|those)$/i.test(task))) return undefined;
  const owner = who.replace(/\s*\([^)]*\)/g, '').trim();
  return { text: sentence, ...((isOwner(owner) || named) && owner.split(/\s+/).length <= 8 ? { ownerText: owner } : {}) };
}

/**
 * "to instruct the Chief Officer – Finance to report to …", "that the Clerk be instructed to …": a decision that
 * instructs someone holding a post is their action too. (Asking, requesting or authorising is not: a panel
 * asks a Commissioner, and authority is not a task.)
 */
export function instructedAction(decision: string): ParsedAction | undefined {
  const t = plain(decision);
  const m =
    /\b(?:instruct|instructs|remit to|remits to)\s+(?:the\s+)?(.{2,80}?)\s+to\s+(?=[a-z])/.exec(t) ??
    /\b(?:that\s+)?(?:the\s+)?([A-Z].{1,80}?)\s+be\s+instructed\s+to\s+(?=[a-z])/.exec(t);
  if (!m) return undefined;
  const owner = m[1]!.replace(/^the\s+/i, '').trim();
  // Someone holding a post ("Chief Officer – Finance", "the Clerk"), not a body ("the Scottish Government").
  if (
    !post.test(owner) ||
    /\b(?:government|committee|panel|board|council|cabinet|minister|secretary of state)\b/i.test(owner) ||
    owner.split(/\s+/).length > 10
  )
    return undefined;
  return { text: t, ownerText: owner };
}

/** "(Action: Scrutiny Officer)" within a paragraph: the owner, and the paragraph without it. */
export function inlineTag(paragraph: string, trailing = true): { text: string; owner: string } | undefined {
  const m = /\(\s*action(?: by)?\s*[:–-]\s*([^)]{2,60})\)/i.exec(paragraph);
  if (m) return { text: plain(paragraph.replace(m[0], ' ')), owner: m[1]!.trim() };
  // "… and agreed to chase the information; ACTION: JOANNE HOLLINS": at the paragraph's end, for the sentence it ends
  // (`trailing`: not where the tag is a margin's or a table's cell, read by their own rules).
  const end = /[;,.]\s*(?:\*\*)?action(?: by)?\s*[:–-]\s*(?:\*\*)?\s*([^;:.()]{2,60}?)\s*(?:\*\*)?\.?\s*$/i.exec(paragraph);
  if (!trailing || !end || !(isOwner(end[1]!.trim()) || isNameShaped(end[1]!.trim()))) return undefined;
  const before = plain(paragraph.slice(0, end.index));
  const starts = [...before.matchAll(/[.?!]\s+(?=[\p{Lu}"“(])/gu)].map((x) => x.index + x[0].length);
  return { text: before.slice(starts.length ? starts[starts.length - 1]! : 0), owner: end[1]!.trim() };
}

/** A bullet of an action list: "Circulate the map to members (CM)", "Chase the quote – Clerk", or "Clerk to chase …". */
export function bulletAction(bullet: string): { ownerText?: string; text: string } {
  const t = plain(bullet);
  const tail = /^(.{8,}?)\s*(?:\(([^()]{2,40})\)|\s[–—-]\s+([^–—-]{2,40}))\.?$/.exec(t);
  const owner = tail ? (tail[2] ?? tail[3])!.trim() : undefined;
  if (owner && isOwner(owner)) return { ownerText: owner, text: t };
  const read = readActionText(t);
  return { text: t, ...(read.ownerText ? { ownerText: read.ownerText } : {}) };
}
