import { bareName } from '../people';
import { normaliseName, type ParsedMinutes } from '../minutes';
import type { ExpectedMinutes } from './expected';
import { ruleOf } from '../minutes/provenance';

/** The key fields `import:eval` scores, each counted over every fixture. */
export const scoredFields = ['body', 'date', 'start', 'place', 'attendee', 'item number', 'item title', 'decision', 'action', 'action owner'] as const;
export type ScoredField = (typeof scoredFields)[number];

/** Right (true positive), wrong or invented (false positive), missed (false negative), with what differed. */
export interface Tally {
  right: number;
  wrong: number;
  missed: number;
  notes: string[];
}
export type Score = Record<ScoredField, Tally> & {
  /** Decisions and actions right and wrong by the rule that read them (provenance.ts), as "decision: RESOLVED: …". */
  rules: Record<string, { right: number; wrong: number }>;
};

const emptyScore = (): Score =>
  ({ ...Object.fromEntries(scoredFields.map((f) => [f, { right: 0, wrong: 0, missed: 0, notes: [] }])), rules: {} }) as unknown as Score;

const key = (s: string) => normaliseName(s);
const person = (s: string) => key(bareName(s.replace(/\s*\([^)]*\)\s*/g, ' ').trim()));
const number = (s: string) => s.trim().replace(/\.$/, '');
/** An item's own number, or one of its paragraphs or lettered parts ("8" holds "8.1" and "8(a)"; "16/05/8" holds "16/05/8.1"). */
const within = (n: string, item: string) => n === item || n.startsWith(`${item}.`) || n.startsWith(`${item}(`);

/**
 * Scores what the importer read from one document against what a careful reader takes from it.
 * Precision counts every field the importer filled, so an invented person, item or body counts
 * against it; recall counts every field the reader expects.
 */
export function scoreMinutes(expected: ExpectedMinutes, parsed: ParsedMinutes): Score {
  const score = emptyScore();
  const one = (field: ScoredField, want: string | undefined, got: string | undefined, same: (a: string, b: string) => boolean) => {
    const t = score[field];
    if (want === undefined && got === undefined) return;
    if (want !== undefined && got !== undefined && same(want, got)) t.right++;
    else {
      if (got !== undefined) t.wrong++;
      if (want !== undefined) t.missed++;
      t.notes.push(`expected ${want === undefined ? 'nothing' : `"${want}"`}, read ${got === undefined ? 'nothing' : `"${got}"`}`);
    }
  };
  const sameText = (a: string, b: string) => key(a) === key(b);
  one('body', expected.body, parsed.body === 'Unknown body' ? undefined : parsed.body, sameText);
  one('date', expected.date, parsed.date, (a, b) => a === b);
  one('start', expected.start, parsed.start, (a, b) => a === b);
  one('place', expected.place, parsed.location, sameText);

  // Each person read is matched to one expected by name; the group must agree too.
  const unmatched = [...expected.attendance];
  for (const a of parsed.attendance) {
    const at = unmatched.findIndex((e) => person(e.name) === person(a.name));
    const t = score.attendee;
    if (at < 0) {
      t.wrong++;
      t.notes.push(`invented "${a.name}" (${a.group})`);
      continue;
    }
    const [e] = unmatched.splice(at, 1);
    if (e!.group === a.group) t.right++;
    else {
      t.wrong++;
      t.missed++;
      t.notes.push(`"${a.name}" read as ${a.group}, expected ${e!.group}`);
    }
  }
  for (const e of unmatched) {
    score.attendee.missed++;
    score.attendee.notes.push(`missed "${e.name}" (${e.group})`);
  }

  // Items printed without a number are matched by title, and the number read for them stands for them.
  const byTitle = new Map<string, string>();
  const items = expected.items.map((i) => {
    if (i.number !== undefined) return { number: i.number, title: i.title };
    const read = parsed.items.find((p) => p.title && i.title && sameText(p.title, i.title));
    if (read && i.title) byTitle.set(key(i.title), read.number);
    return { number: read?.number ?? `(unnumbered) ${i.title ?? ''}`, title: i.title };
  });
  const itemOf = (e: string) => byTitle.get(key(e)) ?? e;
  // Items by number. An item read inside an expected one is its paragraph, neither right nor wrong.
  const expectedNumbers = items.map((i) => number(i.number));
  for (const item of parsed.items) {
    const n = number(item.number);
    const e = items.find((i) => number(i.number) === n);
    if (!e) {
      if (!expectedNumbers.some((x) => within(n, x))) {
        score['item number'].wrong++;
        score['item number'].notes.push(`invented item "${n}"${item.title ? ` "${item.title}"` : ''}`);
      }
      continue;
    }
    score['item number'].right++;
    one('item title', e.title?.replace(/:$/, ''), item.title?.replace(/:$/, ''), sameText);
  }
  for (const e of items)
    if (!parsed.items.some((i) => number(i.number) === number(e.number))) {
      score['item number'].missed++;
      score['item number'].notes.push(`missed item "${e.number}"${e.title ? ` "${e.title}"` : ''}`);
      if (e.title) score['item title'].missed++;
    }

  // Decisions and actions by a phrase of their wording, each read matched to one expected at most.
  const records = <T extends { text: string }>(pick: (i: ParsedMinutes['items'][number]) => T[]) =>
    parsed.items.flatMap((i) => pick(i).map((r) => ({ item: number(i.number), record: r, used: false })));
  const byRule = (field: ScoredField, record: object, as: 'right' | 'wrong') => {
    const tally = (score.rules[`${field}: ${ruleOf(record)}`] ??= { right: 0, wrong: 0 });
    tally[as]++;
  };
  const match = <E extends { item?: string; text: string }, T extends { text: string }>(
    field: ScoredField,
    wanted: E[],
    read: { item: string; record: T; used: boolean }[],
    also?: (e: E, r: T) => void,
  ) => {
    for (const e of wanted) {
      const r = read.find((x) => !x.used && (e.item === undefined || within(x.item, number(itemOf(e.item)))) && key(x.record.text).includes(key(e.text)));
      if (r) {
        r.used = true;
        score[field].right++;
        byRule(field, r.record, 'right');
        also?.(e, r.record);
      } else {
        score[field].missed++;
        score[field].notes.push(`missed ${e.item === undefined ? 'in any item' : `in item ${e.item}`}: "${e.text}"`);
        if (field === 'action' && (e as { owner?: string }).owner) score['action owner'].missed++;
      }
    }
    for (const r of read.filter((x) => !x.used)) {
      score[field].wrong++;
      byRule(field, r.record, 'wrong');
      score[field].notes.push(`not expected in item ${r.item} (${ruleOf(r.record)}): "${r.record.text.slice(0, 90)}"`);
    }
  };
  match(
    'decision',
    expected.decisions,
    records((i) => i.decisions),
  );
  match(
    'action',
    expected.actions,
    records((i) => i.actions),
    (e, r) => one('action owner', e.owner, r.ownerText ?? r.owner, (a, b) => sameText(a, b) || person(a) === person(b)),
  );
  return score;
}

/** Tallies added up: over a document's fields, or over many documents. */
export function addScores(scores: Score[]): Score {
  const total = emptyScore();
  for (const s of scores)
    for (const f of scoredFields) {
      total[f].right += s[f].right;
      total[f].wrong += s[f].wrong;
      total[f].missed += s[f].missed;
    }
  for (const s of scores)
    for (const [rule, t] of Object.entries(s.rules)) {
      const sum = (total.rules[rule] ??= { right: 0, wrong: 0 });
      sum.right += t.right;
      sum.wrong += t.wrong;
    }
  return total;
}

export const precision = (t: Pick<Tally, 'right' | 'wrong'>) => (t.right + t.wrong === 0 ? 1 : t.right / (t.right + t.wrong));
export const recall = (t: Pick<Tally, 'right' | 'missed'>) => (t.right + t.missed === 0 ? 1 : t.right / (t.right + t.missed));
export const overall = (s: Score): Pick<Tally, 'right' | 'wrong' | 'missed'> =>
  scoredFields.reduce((a, f) => ({ right: a.right + s[f].right, wrong: a.wrong + s[f].wrong, missed: a.missed + s[f].missed }), {
    right: 0,
    wrong: 0,
    missed: 0,
  });
