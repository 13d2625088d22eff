import type { PaperKind } from '../../schemas';
import { slugify } from '../format/slug';
import type { Directory } from './directory';
import { escapeMarkup } from './escape';
import { normaliseName, type Review } from './minutes';
import { toYaml, type PlannedFile } from './to-content';
import { findUkDate } from './uk-date';
import { formatDate } from '../format/date';

/** What the importer can tell a document is: these of the schema's kinds of paper. */
export type DocumentKind = Extract<PaperKind, 'minutes' | 'letter' | 'agenda' | 'report'>;

/** What a document is, from how it opens and closes. */
/** A web page's menus, links, logo, search box and breadcrumbs, which come before what the page is. */
const navigation = (line: string) =>
  /^(?:[-*]\s+)?(?:!?\[[^\]]*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|\[[^\]]*\]|[|·›>/]|\s)+$/.test(line) ||
  /^(?:skip to|search this site|you are here|we use cookies|<a id=)/i.test(line);

export function classify(text: string): { kind: DocumentKind; reason: string } {
  const head = text
    .split('\n')
    .map((l) => l.replace(/\*\*/g, '').trim())
    .filter((l) => l !== '' && !navigation(l))
    .slice(0, 40);
  const opening = head.slice(0, 12).join('\n');
  if (
    // "AGENDA" as a heading of its own; not "Agenda Item 3" printed on the pages of minutes.
    /^agenda$/im.test(head.slice(0, 30).join('\n')) &&
    /\b(page|pages)\b|\d+\s*-\s*\d+/i.test(text.slice(0, 6000)) &&
    /\bminutes of the meeting held\b/i.test(text)
  ) {
    return { kind: 'agenda', reason: 'it opens with an agenda and holds the minutes of an earlier meeting and other papers: an agenda pack' };
  }
  if (
    /\b(minutes?|notes? of (the )?meeting|meeting notes|record of (the )?meeting|record of decisions|decisions? record|at a meeting of|cofnodion)\b/i.test(
      opening,
    ) ||
    (/^(present|members|attendees|those (?:present|attending)|yn bresennol)\b[^:\n]{0,30}:/im.test(head.join('\n')) &&
      /^\s*(?:[-*]\s+)?(?:item\s+)?(?:[A-Z]{1,4}\/?)?\d{1,4}(?:[./]\d{1,3}){0,3}[.):]?\s+\S/im.test(text))
  ) {
    return {
      kind: 'minutes',
      reason: 'it opens with "minutes" (or "notes", "record of decisions", "at a meeting of"), or an attendance list followed by numbered items',
    };
  }
  // A web page that opens with its menus ("Meeting Details") but records resolutions, line after line, is minutes.
  const resolutions = text.match(/^\s*(?:\*\*)?(?:it was\s+)?resolved\b/gim)?.length ?? 0;
  if (
    resolutions >= 1 &&
    /\bminutes\b/i.test(text) &&
    (resolutions >= 2 || /\b(?:approved|agreed|confirmed) as an? (?:correct|true|accurate) record\b/i.test(text))
  )
    return { kind: 'minutes', reason: 'it records resolutions ("Resolved") on lines of their own, and minutes approved as a correct record' };
  if (/^\s*dear\b/im.test(text) && /\byours (sincerely|faithfully)\b/i.test(text))
    return { kind: 'letter', reason: 'it opens "Dear …" and closes "Yours sincerely"' };
  return { kind: 'report', reason: 'it is not minutes, a letter or an agenda pack, so it is imported as a paper' };
}

/**
 * Anything that is not minutes becomes a paper: its text, whole, as the paper's Markdown, with a
 * title, date and kind for the reviewer to confirm.
 */
export interface PaperContext {
  /** The meeting of the pack it came in, and the item it is under. */
  meeting?: string;
  item?: string;
  /** A title to prefer: the agenda's name for the item. */
  title?: string;
  /** The date to use when the paper gives none: its meeting's. */
  date?: string;
}

export function paperToFiles(
  text: string,
  kind: DocumentKind,
  source: string,
  directory: Directory,
  review: Review[],
  context: PaperContext = {},
): PlannedFile[] {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\*\*|__|^#+\s*/g, '').trim())
    .filter((l) => l !== '' && l !== '\f' && l !== '\v');
  // "To:", "From:" and "Date:" lines at the head of a report.
  const field = (name: string) =>
    new RegExp(`^\\**${name}:\\**\\s*(.+)$`, 'im').exec(text.split('\n').slice(0, 30).join('\n'))?.[1]?.replace(/\*\*/g, '').trim();
  const to = field('To');
  const from = field('From');
  const date = findUkDate(field('Date') ?? '')?.iso ?? findUkDate(text)?.iso ?? context.date;
  const heading = /^#{1,3}\s+(.+)$/m.exec(text)?.[1]?.replace(/\*\*/g, '').trim();
  const first = (
    kind !== 'letter' && heading ? heading : (lines.find((l) => /[A-Za-z]{3}/.test(l) && l.length <= 150 && !/^(to|from|date):/i.test(l)) ?? 'Imported paper')
  ).replace(/:$/, '');
  // A letter is named for whom it is to and from: the address's first line, the name under "Yours …".
  const signer = kind === 'letter' ? /yours (?:sincerely|faithfully),?\s*\n+\s*([^\n]+)/i.exec(text)?.[1]?.replace(/\*\*/g, '').trim() : undefined;
  const title = context.title ?? (kind === 'letter' ? `Letter ${signer ? `from ${signer} ` : ''}to ${first}${date ? `, ${formatDate(date)}` : ''}` : first);
  if (!date) review.push({ field: 'date', message: 'no date was found: the paper is dated 1900-01-01; set its date' });
  const opening = normaliseName(to ?? lines.slice(0, 30).join(' '));
  const body = directory.bodies.find((b) => [b.name, ...b.alsoKnownAs].some((n) => opening.includes(normaliseName(n))));
  review.push({ field: 'title', message: context.title ? `taken from the agenda: "${title}"` : `taken from the first line: "${title}"` });
  if (kind === 'agenda')
    review.push({ field: 'kind', message: 'an agenda pack: it is imported whole as one paper; split its minutes, letters and reports into their own entries' });
  const year = (date ?? '1900').slice(0, 4);
  const id = `${slugify(title).slice(0, 60).replace(/-$/, '') || 'paper'}${date ? `-${date}` : ''}`;
  const frontmatter = toYaml({
    title: escapeMarkup(title),
    date: date ?? '1900-01-01',
    kind: kind === 'agenda' ? 'agenda' : kind,
    ...(context.meeting ? { meeting: context.meeting, ...(context.item ? { item: context.item } : {}) } : body ? { body: body.id } : {}),
    ...(from ? { from: escapeMarkup(from) } : {}),
    ...(to ? { to: escapeMarkup(to) } : {}),
    summary: `Imported from ${source}. Review the import report before publishing.`,
  });
  return [{ path: `papers/${year}/${id}.md`, text: `---\n${frontmatter}---\n${escapeMarkup(text.replace(/[\f\v]/g, '').trim())}\n` }];
}
