import type { Directory } from '../directory';
import { postWords } from './attendance';
import { isTableRow, plain } from './text';
import {
  amendment,
  bareVote,
  beginsWithPart,
  decisionLead,
  decisionPatterns,
  leadKind,
  leadsJoined,
  partMarker,
  partsOf,
  sentences,
  votes,
  withoutMotion,
} from './decisions';
import { isWelsh } from '../rules/welsh';
import type { DecisionKind, ParsedAction, ParsedItem, Review } from './types';
import { by } from './provenance';
import {
  actionLine,
  actionRow,
  actionTableHeading,
  bulletAction,
  cellsOf,
  inlineTag,
  instructedAction,
  ownerToAction,
  promisedAction,
  readActionText,
  taggedSentence,
} from './actions';

/** An owner printed in the margin of a paragraph (actions.ts, "margin tag"), and the tag as printed. */
export interface MarginAction {
  paragraph: number;
  /** Where in the paragraph the tag is. */
  at: number;
  owner: string;
  tag: string;
}

/** The heading of a list of actions, one a bullet: "Further actions:", "Agreed actions", "Action points". */
const actionListHeading = /^(?:further|agreed|summary of|new)?\s*actions?(?: points| list| agreed| arising| summary)?:?$/i;

/** Words that only say parts follow: "That the Committee made the following Recommendations:", "to adopt the motion, and accordingly -". */
const introductory = (rest: string) =>
  rest
    .replace(
      /\b(?:to adopt the (?:motion|amendment|recommendations?)|and accordingly|accordingly|as follows|that|the|this|made|makes|following|recommendations?|resolutions?|decisions?|and)\b/gi,
      ' ',
    )
    .replace(/\b(?:committee|panel|board|council|cabinet|sub-committee|authority|members)\b/gi, ' ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim() === '';

/**
 * A sentence that only says a decision's parts follow: "Following discussion the Panel agreed:", "(9) RESOLVED that:",
 * "RESOLVED to recommend to Cabinet that:". Alone it decides nothing.
 */
const introducesParts = (s: string) => {
  const t = s.trim();
  if (!/(?::-?|\s[–—-])$/.test(t)) return false;
  // What is left when the words that only introduce are gone: nothing, for "(9) RESOLVED that:"; "the payments listed below
  // be approved" for "It was RESOLVED that the payments listed below be approved:", which is a decision of its own.
  const rest = t
    .replace(/\s*[:–—-]+$/, '')
    .replace(/^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)\]]|\d{1,3}(?:\.\d{1,2})+)\s*/, '')
    .replace(/^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?=(?:RESOLVED|AGREED|DECIDED)\b)/u, '')
    .replace(/\bto recommend to (?:the )?(?:[\p{Lu}][\p{L}'’-]*\s*){1,3}(?:on \d{1,2}\p{L}* \p{L}+ \d{4})?/giu, ' ')
    .replace(/\bto$/i, ' ')
    .replace(
      /\b(?:resolved|agreed|decided|penderfynwyd|cytunwyd|it was|unanimously|following (?:discussion|debate)|after discussion|on a show of hands|all in favour|namely|all|meeting)\b/gi,
      ' ',
    );
  return introductory(rest);
};

/** A row of cells with empty ones between words: laid out with runs of tabs. */
const tabbedOut = (cells: string[]) => cells.some((c, i) => c === '' && i > 0 && cells.slice(0, i).some(Boolean) && cells.slice(i).some(Boolean));
/** The cells without the empty ones between words; those leading the line are kept. */
const closeUp = (cells: string[]) => {
  const lead = cells.findIndex(Boolean);
  return lead < 0 ? cells : [...cells.slice(0, lead), ...cells.slice(lead).filter(Boolean)];
};

const leadWords = /\b(?:it was|resolved|agreed|decided|decision|penderfynwyd|penderfyniad|cytunwyd|that|bod|unanimously|nem\.? ?con\.?)\b/giu;
const saysNothing = (text: string) =>
  plain(text)
    .replace(leadWords, ' ')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim() === '' || /\b(?:RESOLVED|AGREED|PENDERFYNWYD|CYTUNWYD)\s*[:–—-]\s*$/u.test(plain(text));

/** A line going on with a table's row cut short: one empty cell, then only cells with words. */
const isWrap = (cells: string[]) => cells.length > 1 && cells[0] === '' && cells.slice(1).every(Boolean);

/** `attendees`: the names in the attendance, so that "Hargreaves to report …" is Hargreaves's action. */
export function extractRecords(item: ParsedItem, directory: Directory, review: Review[], margins: MarginAction[] = [], attendees: string[] = []) {
  if (item.exempt) return;
  /** The names of the decision rules that found something here, for the review report. */
  const used = new Set<string>();
  let table: ReturnType<typeof actionTableHeading>;
  /** The heading's number of cells, and the cells of the table's last row as printed (or as joined with its wrapped lines). */
  let width = 0;
  let spaced = false;
  let lastCells: string[] | undefined;
  /** The action each row of an action table gave, by its paragraph. */
  const rowOf = new Map<number, ParsedAction>();
  /** Rows of a table of earlier actions and their status, kept as text. */
  let logged = 0;
  const acted = new Set<number>();
  item.paragraphs.forEach((p, k) => {
    if (isTableRow(p)) {
      // (A heading spaced out with runs of tabs, "Minute<TAB>Action<TAB><TAB><TAB>Owner<TAB><TAB>By", lays its rows out the
      // same way: a run of tabs inside a line is one step to the next column. Tabs leading a line still mark empty cells.)
      const raw = cellsOf(p);
      const heading = actionTableHeading(raw) && tabbedOut(raw) ? actionTableHeading(closeUp(raw)) : actionTableHeading(raw);
      if (heading) spaced = tabbedOut(raw);
      const cells = spaced ? closeUp(raw) : raw;
      if (heading) {
        table = heading;
        // (Only a table of one tab per column: where cells are spaced with runs of tabs, the columns are not counted so.)
        width = cells.every(Boolean) ? cells.length : 0;
        lastCells = undefined;
        acted.add(k);
        return;
      }
      // (A status of "New" is a new action's: the table lists this meeting's actions with their RAG rating.)
      if (table && table.status >= 0 && !/^new\b/i.test(cells[table.status] ?? '')) {
        // A row of the log of earlier actions: not a new action; its update is for the reviewer to record.
        logged++;
        return;
      }
      if (table) {
        const previous = item.actions[item.actions.length - 1];
        // A row cut short where its text wrapped ("18<TAB>3<TAB>Provide a breakdown … for Kelby"), then a line going on
        // with it ("<TAB>Bridge and Oxley<TAB>ME<TAB>11/06/24"): the line's first words end the row's last cell, its other
        // cells are the row's next columns. One row, one action, whatever column the line's words fell in.
        if (lastCells && lastCells.length < width && isWrap(cells) && previous && 'table' in previous) {
          const joined = [...lastCells];
          joined[joined.length - 1] = `${joined[joined.length - 1]} ${cells[1]}`.trim();
          joined.push(...cells.slice(2));
          const whole = actionRow(joined, table);
          if (whole) Object.assign(previous, whole);
          lastCells = joined;
          acted.add(k);
          return;
        }
        const row = actionRow(cells, table);
        lastCells = row && cells.every(Boolean) ? cells : undefined;
        // A row whose first cells are empty goes on with the row above: its words join that action.
        if (row && cells[0] === '' && previous && 'table' in previous && (table.ref < 0 || !cells[table.ref]) && (table.item < 0 || !cells[table.item])) {
          previous.text = `${previous.text} ${row.text}`;
          // (An owner's words wrap with the row: "Head of Environmental", then "Services".)
          if (row.ownerText) previous.ownerText = previous.ownerText ? `${previous.ownerText} ${row.ownerText}` : row.ownerText;
          if (row.dueText && !previous.dueText) Object.assign(previous, { dueText: row.dueText, due: row.due });
        } else if (row) {
          item.actions.push(by('action table row', row));
          rowOf.set(k, row);
        }
        acted.add(k);
        return;
      }
    } else {
      table = undefined;
      spaced = false;
    }
  });
  // A margin's owner is for the sentence its line ends or runs through; the paragraph's other sentences are read as any others.
  const tagsOf = new Map<number, MarginAction[]>();
  const tagged = new Set<string>();
  for (const m of margins) {
    // A wrapped row of an action table, its owner cell at the right of the line: the row's owner, not a second action.
    const row = rowOf.get(m.paragraph);
    if (row) {
      row.ownerText ??= m.owner;
      if (row.text.endsWith(` ${m.tag}`)) row.text = row.text.slice(0, -m.tag.length - 1);
      continue;
    }
    if (acted.has(m.paragraph)) continue;
    // The paragraph's other tags as blanks, offsets kept, so that one tag's sentence never holds another's.
    const others = margins.filter((o) => o !== m && o.paragraph === m.paragraph);
    const blanked = others.reduce((x, o) => `${x.slice(0, o.at)}${' '.repeat(o.tag.length)}${x.slice(o.at + o.tag.length)}`, item.paragraphs[m.paragraph]!);
    const text = taggedSentence(blanked, m.at, m.tag.length);
    item.actions.push(by('margin tag', { text, ownerText: m.owner }));
    tagged.add(text);
    tagsOf.set(m.paragraph, [...(tagsOf.get(m.paragraph) ?? []), m]);
  }
  item.paragraphs.forEach((p, k) => {
    const tag = acted.has(k) ? undefined : inlineTag(p, !tagsOf.has(k) && !isTableRow(p) && !actionLine.test(plain(p)));
    if (!tag) return;
    acted.add(k);
    // "(Action: Panel Secretary)" alone, under the resolution it is for: the paragraph before it is the action.
    const alone = !/\p{L}/u.test(tag.text);
    const before = alone && k > 0 && !acted.has(k - 1) ? item.paragraphs[k - 1] : undefined;
    if (alone && !before) return;
    item.actions.push(
      by(alone ? 'inline tag: owner for paragraph before' : 'inline tag', { ...actionFrom(alone ? before! : tag.text, directory), ownerText: tag.owner }),
    );
  });
  let actionList = false;
  let recommending = false;
  const recordFrom = Math.max(
    0,
    item.paragraphs.findIndex((p) => /^(?:\*\*)?minutes\s*:?\s*(?:\*\*)?\s*:?$/i.test(p.trim())),
  );
  let parts: DecisionKind | undefined;
  /** The paragraphs a decision was read from, and the votes ("Proposed … carried") that may stand for one. */
  const decidedIn = new Set<number>();
  const motions: { k: number; at: number; text: string; rule: string }[] = [];
  /** The paragraph each action read from a sentence was in. */
  const saidIn = new Map<ParsedAction, number>();
  const readParagraph = (printed: string, k: number) => {
    if (acted.has(k)) return;
    const p = (tagsOf.get(k) ?? []).sort((a, b) => b.at - a.at).reduce((x, m) => `${x.slice(0, m.at)} ${x.slice(m.at + m.tag.length)}`, printed);
    // ("Proposed by Cllr A, seconded by Cllr B, it was RESOLVED: (1) that …": the motion leads into the resolution.)
    const t = withoutMotion(plain(p));
    const lead = decisionLead.exec(t);
    // "The Committee resolved:- to adopt the motion, and accordingly -" then its parts: the words introduce them.
    // ("RESOLVED: That the Committee:" too; not "resolved to grant the application subject to the following conditions:".)
    const introduces = lead !== null && /[:–—-]$/.test(lead[2]!.trim()) && introductory(lead[2]!);
    if (lead && lead[2] !== '' && !introduces && !/^\(?[\da-z]{1,2}[)\]]/.test(lead[2]!.replace(/^\[/, '('))) {
      // "RESOLVED: That the minutes … be approved": one decision, the whole of it.
      item.decisions.push(by(`lead ${leadName(lead[1]!)}: whole paragraph`, { kind: leadKind(lead[1]!), text: t }));
      used.add(`${lead[1]!.toUpperCase()}: …`);
      return;
    }
    if (lead && introduces) {
      decidedIn.add(k);
      parts = leadKind(lead[1]!);
      used.add(`${lead[1]!.toUpperCase()} with numbered parts`);
      return;
    }
    if (lead && (lead[2] === '' || new RegExp(partMarker.source).test(` ${lead[2]}`))) {
      const kind = leadKind(lead[1]!);
      for (const x of partsOf(lead[2]!)) item.decisions.push(by(`lead ${leadName(lead[1]!)}: parts in paragraph`, { kind, text: x }));
      decidedIn.add(k);
      used.add(`${lead[1]!.toUpperCase()} with numbered parts`);
      parts = kind;
      return;
    }
    // (A running header or footer between "RESOLVED:" and its resolution: "Joint Audit Committee – 11 June 2025 Page 2 of 3".)
    if (parts && /\bpage \d{1,3}(?: of \d{1,3})?$/i.test(t) && t.length <= 120) return;
    if (parts) {
      // Each part numbered, lettered or bulleted ("(1)", "a)", "[b]", "2.", "•").
      const part = /^(?:\(\d{1,2}\)|\([a-z]\)|\([ivx]{1,4}\)|\[[a-z]\]|\d{1,2}[.)]|[a-z]\)|[-•*])\s+(.+)$/.exec(t);
      if (part) {
        item.decisions.push(by('lead: part paragraph', { kind: parts, text: part[1]! }));
        return;
      }
      // "RESOLVED:" with its one resolution in the next paragraph; a label of its own ("Minutes:") is none.
      if (!/^[\p{L} ]{2,30}:$/u.test(t) && (!item.decisions.length || item.decisions[item.decisions.length - 1]!.text !== t)) {
        const last = item.decisions[item.decisions.length - 1];
        if (!last || decisionLead.test(last.text)) {
          item.decisions.push(by('lead: next paragraph', { kind: parts, text: t }));
          parts = undefined;
          return;
        }
      }
      parts = undefined;
    }
    // "… made the following recommendation(s):" or "… recommendations agreed:" then a numbered list.
    // A table row (cells split by tabs) is not a list item.
    const listed = p.includes('\t') ? null : /^(\d{1,2})[.)]\s+(.+)$/.exec(t);
    if (recommending && listed) {
      (item.recommendations ??= []).push({ number: listed[1], text: listed[2]!.replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:])/g, '$1').trim() });
      return;
    }
    recommending = /\b(following recommendations?|recommendations? agreed)\b.*:?\s*$/i.test(t) || (recommending && !listed && t.length < 80 && /:$/.test(t));
    if (actionListHeading.test(t)) {
      actionList = true;
      return;
    }
    const bullet = /^[-*•]\s+(.*)$/.exec(t);
    // "• Action 1: Provide …": an action line may be a bullet of a list.
    // (Or a web page's bold label with no colon: "**ACTION** The Clerk will chase Severn Trent about …".)
    const printedAction = actionLine.exec(t.replace(/^[-•*]\s+(?=action)/i, '')) ?? /^\*\*(?:agreed )?actions?\*\*\s+()(?=\p{Lu})(.+)$/iu.exec(p.trim());
    // "Action 24/17 (victim contact template) – PS Tranter confirmed that …": an action log's update, not a new action.
    const action =
      printedAction && !/^.{0,80}?\b(?:confirmed|reported|advised|explained|stated|updated|informed)\s+(?:that|the|members)\b/i.test(printedAction[2]!)
        ? printedAction
        : null;
    // "ACTION 25/01: …": the action's number, by which a table of actions may list it again.
    const ref = action ? /^(?:\*\*)?(?:cam gweithredu\s*\/\s*)?actions?\s+(\d{1,4}(?:[/.]\d{1,4})?)\b/i.exec(t)?.[1] : undefined;
    if (action && tagsOf.has(k)) {
      // An action line with its owner in the margin ("ACTION 25/01: PS Tranter to review …<spaces>OT"): read once, by its tag.
      for (const a of item.actions) if (a.ownerText === tagsOf.get(k)![0]!.owner && ref && plain(p).includes(plain(a.text).slice(0, 40))) a.ref ??= ref;
      return;
    }
    if ((actionList && bullet) || action) {
      const read = action ? readActionText(action[2]!, action[1]) : bulletAction(bullet![1]!);
      if (read.text === undefined) {
        // "ACTION: Chief Fire Officer" alone: the action is the paragraph before it, or the action already read from its
        // last sentence ("JP to write to the landowners." / "ACTION: JP"), whose owner it confirms.
        const stated = [...saidIn].filter(([, at]) => at === k - 1).pop()?.[0];
        if (stated) stated.ownerText ??= read.ownerText;
        else if (item.paragraphs[k - 1] !== undefined)
          item.actions.push(by('action line: owner for paragraph before', { ...actionFrom(item.paragraphs[k - 1]!, directory), ownerText: read.ownerText }));
        return;
      }
      item.actions.push(
        by(action ? 'action line' : 'action list bullet', {
          ...actionFrom(action ? action[2]! : read.text, directory),
          ...(read.ownerText ? { ownerText: read.ownerText } : {}),
          ...(ref ? { ref } : {}),
        }),
      );
      return;
    }
    actionList = false;
    let motion: (typeof motions)[number] | undefined;
    /** "… the Panel agreed:", "(9) RESOLVED that:" within a paragraph: its parts follow, and each is a decision. */
    let introduced: DecisionKind | undefined;
    for (const s of leadsJoined(sentences(p))) {
      const found = decisionPatterns.find(([re]) => re.test(s));
      const rule = found?.[2] === amendment ? undefined : found;
      const kind = rule?.[1];
      if (introduced && beginsWithPart(s)) {
        for (const x of partsOf(s)) item.decisions.push(by('introduced: part in paragraph', { kind: introduced, text: x }));
        continue;
      }
      if (rule && !votes.has(rule[2]) && introducesParts(s)) {
        introduced = rule[1];
        used.add(`${rule[2]} with numbered parts`);
        continue;
      }
      if (rule && !votes.has(rule[2]) && motion && bareVote.test(s)) {
        // The vote on the motion just before it: the motion and its vote are the decision.
        motions.splice(motions.indexOf(motion), 1);
        item.decisions.push(by(`${motion.rule} + vote`, { kind: rule[1], text: `${motion.text} ${s}` }));
        used.add(motion.rule);
        motion = undefined;
      } else if (rule && votes.has(rule[2])) motions.push((motion = { k, at: item.decisions.length, text: s, rule: rule[2] }));
      else if (rule) {
        item.decisions.push(by(`pattern: ${rule[2]}`, { kind: rule[1], text: s }));
        used.add(rule[2]);
      }
      // A web page's agenda text above "Minutes:" ("The Chairman to report apologies …") gives no one anything to do.
      const owned = kind || k < recordFrom || [...tagged].some((x) => x.includes(s) || s.includes(x)) ? undefined : sayingAction(s, attendees);
      if (owned) {
        const action = by(owned.rule, { ...actionFrom(s, directory), ...(owned.action.ownerText ? { ownerText: owned.action.ownerText } : {}) });
        item.actions.push(action);
        saidIn.set(action, k);
      }
    }
    if (introduced) {
      decidedIn.add(k);
      parts = introduced;
    }
  };
  item.paragraphs.forEach((p, k) => {
    const before = item.decisions.length;
    readParagraph(p, k);
    if (item.decisions.length > before) decidedIn.add(k);
  });
  // A motion is the decision when none is written beside it: not in the paragraph before it, nor from it up to the next motion.
  // (Nor later, in the words the motion put: "It was PROPOSED … that the Council adopt Option 2 …" … "RESOLVED: that the Council adopt Option 2 …".)
  const words = (t: string) =>
    plain(t)
      .toLowerCase()
      .replace(/[^\p{L}\d]+/gu, ' ')
      .trim();
  const decidedNear = (m: (typeof motions)[number]) => {
    const put = /\bthat\s+(.{20,})$/i.exec(m.text)?.[1];
    const clause = put ? words(put).split(' ').slice(0, 8).join(' ') : undefined;
    if ([m.k - 1, m.k, m.k + 1].some((k) => decidedIn.has(k)) || (!!clause && item.decisions.some((d) => words(d.text).includes(clause)))) return true;
    // (A motion that does not say its vote is not the decision when one follows it, before the next motion or part of the
    // item: "… the amendment was LOST." … "RESOLVED that …".)
    if (/\b(?:carried|all in favour|unanimous(?:ly)?|agreed|lost|fell)\b/i.test(m.text)) return false;
    for (let k = m.k + 1; k < item.paragraphs.length; k++) {
      if (motions.some((o) => o !== m && o.k === k && o.rule === m.rule) || beginsWithPart(plain(item.paragraphs[k]!))) return false;
      if (decidedIn.has(k)) return true;
    }
    return false;
  };
  for (const m of motions.reverse())
    if (!decidedNear(m)) {
      item.decisions.splice(m.at, 0, by(`motion alone: ${m.rule}`, { kind: 'resolved', text: m.text }));
      used.add(m.rule);
    }
  // A decision that instructs someone holding a post is their action, unless an action already says it.
  for (const d of item.decisions) {
    const instructed = instructedAction(d.text);
    if (instructed && !item.actions.some((a) => plain(a.text).includes(plain(d.text)) || plain(d.text).includes(plain(a.text))))
      item.actions.push(by('instructed by a decision', instructed));
  }
  // A decision says what was decided: not its lead words alone ("RESOLVED: That", "PENDERFYNWYD: RESOLVED:"), nor a line
  // ending in them ("Tudalen 2 / Page 2 PENDERFYNWYD / RESOLVED:"), whose parts, if any, are read on their own.
  item.decisions = item.decisions.filter((d) => !saysNothing(d.text));
  // A web page that prints the decision twice ("Decision:" and again under "Minutes:") records it once.
  const said = new Set<string>();
  item.decisions = item.decisions.filter((d) => {
    const key = plain(d.text)
      .toLowerCase()
      .replace(/^(?:it was\s+)?(?:resolved|decision|agreed)\s*[:–—-]?\s*/, '')
      .replace(/[^\p{L}\d]+/gu, ' ')
      .trim();
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
  // Bilingual minutes say each decision twice: the English one is kept as the record, the Welsh stays in the text …
  const welsh = (d: { text: string }) => /^\(?(penderfynwyd|cytunwyd|penderfyniad)\b/i.test(d.text) || isWelsh(d.text);
  if (item.decisions.some(welsh) && item.decisions.some((d) => !welsh(d))) item.decisions = item.decisions.filter((d) => !welsh(d));
  // … and each action ("Y Clerc i anfon …" beside "The Clerk to send …").
  if (item.actions.some((a) => isWelsh(a.text)) && item.actions.some((a) => !isWelsh(a.text))) item.actions = item.actions.filter((a) => !isWelsh(a.text));
  // An action says a task in words: not a margin's "CHAIR" of a signature line, a list's "8 -", a rule's "- - - -".
  item.actions = item.actions.filter((a) => /\p{Ll}{2}/u.test(a.text));
  // "6.0 - Agenda Item 9.0, 24th January 2019, relating to …": an earlier action discussed.
  const update = item.title ? /^(\d+(?:\.\d+)?(?:\/\d+)?)\s*[–-]\s*agenda item/i.exec(item.title) : null;
  if (update) {
    item.actionUpdates.push({ ref: update[1]!, status: 'progressing', text: item.title! });
    review.push({
      field: `agenda (item ${item.number}).actionUpdates`,
      message:
        `read as an update to earlier action ${update[1]} (status "progressing"): check the status, ` +
        `and declare the action under earlierActions of the body if it was raised before this archive`,
    });
  }
  for (const a of item.actions.filter((x) => x.ownerGuessed)) {
    review.push({
      field: `agenda (item ${item.number}).actions`,
      message: `"${a.text.slice(0, 60)}…" gives no one the action; its owner is set to "${a.owner}", the one organisation it names: check`,
    });
  }
  if (logged)
    review.push({
      field: `agenda (item ${item.number}).actionUpdates`,
      message: `${logged} row(s) of a table of earlier actions with their status are kept as text, not read as new actions: record each update under the action it is for`,
    });
  if (item.recommendations?.length)
    review.push({
      field: `agenda (item ${item.number}).recommendations`,
      message:
        `${item.recommendations.length} recommendation(s) read from the numbered list after ` +
        `"following recommendation": give each an id and say whom it is to, to follow its response`,
    });
  if (item.decisions.length > 0)
    review.push({
      field: `agenda (item ${item.number}).decisions`,
      message: `${item.decisions.length} decision(s) found by their wording (rules: ${[...used].map((u) => `"${u}"`).join(', ') || 'a decision introducing its parts'}): check each is a decision`,
    });
}

/** A sentence that gives someone something to do, and the rule that read it. */
function sayingAction(s: string, attendees: string[]): { action: ParsedAction; rule: string } | undefined {
  const owner = ownerToAction(s, attendees);
  if (owner) return { action: owner, rule: 'owner to' };
  const promised = promisedAction(s, attendees);
  return promised ? { action: promised, rule: 'promised' } : undefined;
}

/** A decision's lead word for the rule's name: "RESOLVED", or "body resolved" for "The Committee resolved". */
const leadName = (word: string) => (/\s/.test(word.trim()) ? 'body agreed/resolved' : word.toUpperCase());

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
        (!postWords.test(last) && new RegExp(`\\b${last}\\b`).test(text))
      );
    });
  const subject = /^(.+?)\s+to\s+[a-z]/.exec(action.text)?.[1];
  const bySubject = subject && subject.split(/\s+/).length <= 12 ? names(subject) : [];
  if (bySubject.length === 1) action.owner = bySubject[0]![0];
  else if (!subject || !postWords.test(subject)) {
    // No one is given the action; if it names exactly one organisation, that is its owner, to check.
    const named = names(action.text);
    if (named.length === 1) {
      action.owner = named[0]![0];
      action.ownerGuessed = true;
    }
  }
  return action;
}
