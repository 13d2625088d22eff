import type { ParsedItem, Review } from './types';
import { isTableRow, plain } from './text';

// Where an action printed in a table belongs: the item its row names, the item that cites its number, or the item it shares its words with.

/**
 * An action table's row that names its item ("E35", "Minute 43/20") is filed under that item; when
 * the item already has an action for the same owner, the row is that action again (its date kept).
 */
export function fileTableActions(items: ParsedItem[], review: Review[]) {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/^(minute|item)\s+/, '')
      .replace(/[\s.[\]]/g, '');
  const rows = new Set<unknown>(items.flatMap((i) => i.actions.filter((a) => (a as { table?: boolean }).table)));
  /** The actions said in the text that a row has restated already. */
  const restated = new Set<Action>();
  for (const from of items)
    for (const a of [...from.actions]) {
      const wanted = (a as { forItem?: string }).forItem;
      delete (a as { forItem?: string }).forItem;
      const table = (a as { table?: boolean }).table;
      delete (a as { table?: boolean }).table;
      // A row whose number an item's text gives ("… agree a single data set (Action 2023/15).") is that item's action,
      // the one its sentence states: the row, with its owner and date, replaces it.
      const cited = wanted === undefined && a.ref ? citing(items, a.ref) : undefined;
      if (cited) {
        from.actions.splice(from.actions.indexOf(a), 1);
        // The same action, said in the text and listed in the table: recorded once, in the fuller of its two wordings,
        // with the row's number and date, and an owner from either.
        const said = cited.actions.findIndex((b) => b !== a && (b.ref === a.ref || actionCited(a.ref!).test(b.text)));
        if (said < 0) cited.actions.push(a);
        else {
          const b = cited.actions[said]!;
          const [kept, other] = wordsOfTask(b.text) > wordsOfTask(a.text) ? [b, a] : [a, b];
          fillFrom(kept, other);
          cited.actions.splice(said, 1, kept);
        }
        continue;
      }
      // A closing summary of the actions the items already state ("Summary of new actions", after the last item): each row
      // that restates one of them is that action again, and gives it its date and number; the row is not a second action.
      const summarised = wanted === undefined && table && from === items[items.length - 1] ? restatedAction(items, a, rows) : undefined;
      if (summarised) {
        from.actions.splice(from.actions.indexOf(a), 1);
        // (In the fuller of its two wordings.)
        if (wordsOfTask(a.text) > wordsOfTask(summarised.text)) summarised.text = a.text;
        fillFrom(summarised, a);
        continue;
      }
      if (wanted === undefined) {
        // A closing table's row that names no item: filed under the one item it shares its words with, if one stands out.
        const to = table ? itemByWords(items, a.text) : undefined;
        if (to && to.item !== from) {
          from.actions.splice(from.actions.indexOf(a), 1);
          to.item.actions.push(a);
          review.push({
            field: `agenda (item ${to.item.number}).actions`,
            message: `"${a.text.slice(0, 60)}" is printed in the action table of item ${from.number}, with no item; filed under item ${to.item.number}, whose text shares "${to.words.join('", "')}": check`,
          });
        }
        continue;
      }
      // "Minute 3.2" of minutes numbered "3.0", "3.1", "3.2" as paragraphs of item 3.0: that item.
      const to =
        items.find((i) => key(i.number) === key(wanted)) ??
        items.find((i) => /^\d+\.0$/.test(i.number) && /^\d+\.\d+$/.test(wanted.trim()) && i.number.split('.')[0] === wanted.trim().split('.')[0]);
      if (!to) continue;
      from.actions.splice(from.actions.indexOf(a), 1);
      if (!sameAgain(to, a, rows, restated)) to.actions.push(a);
    }
}

/**
 * The item has an action for the row's owner already, said in its text and not yet restated by another row: the row
 * is that action again, listed in a closing table, and gives it its date and number. (A second row for the same owner
 * is a second task: "The Clerk will draft the letter and submit it" is two rows, "Draft …" and "Submit …".)
 */
function sameAgain(item: ParsedItem, row: Action, rows: Set<unknown>, restated: Set<Action>): boolean {
  const same = item.actions.find(
    (b) => b !== row && !rows.has(b) && !restated.has(b) && b.ownerText && row.ownerText && b.ownerText.toLowerCase() === row.ownerText.toLowerCase(),
  );
  if (!same) return false;
  restated.add(same);
  fillFrom(same, row, false);
  return true;
}

type Action = ParsedItem['actions'][number];

/** One action recorded twice (in the text, and in a table): what one record lacks, the other gives. */
function fillFrom(kept: Action, other: Action, owner = true) {
  kept.ref ??= other.ref;
  kept.due ??= other.due;
  kept.dueText ??= other.dueText;
  if (owner) kept.ownerText ??= other.ownerText;
}

/**
 * The action an item's text states that a summary table's row restates: the one sharing most of the row's words (two at
 * least, and half of them), for the same owner if both name one.
 */
function restatedAction(items: ParsedItem[], row: ParsedItem['actions'][number], rows: Set<unknown>) {
  const wanted = [...wordsOf(row.text)];
  let best: { action: ParsedItem['actions'][number]; shared: number } | undefined;
  for (const item of items)
    for (const b of item.actions) {
      if (rows.has(b) || b === row) continue;
      if (b.ownerText && row.ownerText && !sameOwner(b.ownerText, row.ownerText) && !b.text.includes(row.ownerText)) continue;
      const have = wordsOf(b.text);
      const shared = wanted.filter((w) => have.has(w)).length;
      if (shared >= 2 && shared * 2 >= wanted.length && (!best || shared > best.shared)) best = { action: b, shared };
    }
  return best?.action;
}

/** One owner, named two ways: "Dana" and "Dana Whitlock", "Ch Insp Mensah" and "Chief Inspector Mensah". */
function sameOwner(a: string, b: string) {
  const names = (s: string) =>
    new Set(
      s
        .split(/[\s/,&]+/)
        .filter((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w) && !/^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Chief|Inspector|Insp|Supt|The|And)$/i.test(w)),
    );
  const x = names(a);
  return a.toLowerCase() === b.toLowerCase() || [...names(b)].some((w) => x.has(w));
}

/** How many words say the task: without whoever is to do it ("JO to …") or the action's number ("(Action 2023/17)"). */
const wordsOfTask = (text: string) =>
  plain(text)
    .replace(/^.{1,40}?\s+to\s+(?=\p{Ll})/u, '')
    .replace(/\(?\baction\s+[\d/.]+\)?\.?/gi, '')
    .split(/\s+/)
    .filter(Boolean).length;

const actionCited = (ref: string) => new RegExp(`\\baction(?:\\s+(?:no\\.?|ref\\.?))?\\s*${ref.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\d/])`, 'i');

/** The one item whose text cites an action by its number, if only one does. */
function citing(items: ParsedItem[], ref: string): ParsedItem | undefined {
  const re = actionCited(ref);
  const found = items.filter((i) => i.paragraphs.some((p) => re.test(p)));
  return found.length === 1 ? found[0] : undefined;
}

/** Words too common in minutes to say which item an action is about. */
const common = new Set(
  'about above after again agree agreed also before being between board chair clerk committee council could date during each from have into item meeting members minutes month next other over panel report should since some than that their them then there these they this those through under until upon were what when where which while will with would your'.split(
    ' ',
  ),
);
const wordsOf = (text: string) =>
  new Set(
    (
      plain(text)
        .toLowerCase()
        .match(/[\p{L}\d/'’-]{4,}/gu) ?? []
    ).filter((w) => !common.has(w)),
  );

/**
 * The item whose title and text share the most of an action's words, when it shares at least two and
 * two more than any other item: "Chase gully clearance on Kirk Brae" is the item that spoke of Kirk Brae.
 */
export function itemByWords(items: ParsedItem[], action: string): { item: ParsedItem; words: string[] } | undefined {
  const wanted = wordsOf(action);
  const scored = items
    .map((item) => {
      const have = wordsOf([item.title ?? '', ...item.paragraphs.filter((p) => !isTableRow(p))].join(' '));
      return { item, words: [...wanted].filter((w) => have.has(w)) };
    })
    .sort((a, b) => b.words.length - a.words.length);
  const [best, next] = scored;
  if (!best || best.words.length < 2 || best.words.length < (next?.words.length ?? 0) + 2) return undefined;
  return best;
}
