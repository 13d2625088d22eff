import { slugify } from '../format/slug';
import type { Directory } from './directory';
import { escapeMarkup } from './escape';
import { normaliseName, type Review } from './minutes';
import { toYaml, type PlannedFile } from './to-content';
import { findUkDate } from './uk-date';

export type DocumentKind = 'minutes' | 'letter' | 'agenda' | 'report';

/** What a document is, from how it opens and closes. */
export function classify(text: string): { kind: DocumentKind; reason: string } {
  const head = text.split('\n').map((l) => l.replace(/\*\*/g, '').trim()).filter((l) => l !== '').slice(0, 40);
  const opening = head.slice(0, 12).join('\n');
  if (/\bagenda\b/i.test(head.slice(0, 30).join('\n')) && /\b(page|pages)\b|\d+\s*-\s*\d+/i.test(text.slice(0, 6000)) && /\bminutes of the meeting held\b/i.test(text)) {
    return { kind: 'agenda', reason: 'it opens with an agenda and holds the minutes of an earlier meeting and other papers: an agenda pack' };
  }
  if (/\bminutes\b/i.test(opening) || (/^(present|members)\s*:/im.test(head.join('\n')) && /^\s*(?:[-*]\s+)?1\.?\s+\S/m.test(text))) {
    return { kind: 'minutes', reason: 'it opens with "minutes" or an attendance list followed by numbered items' };
  }
  if (/^\s*dear\b/im.test(text) && /\byours (sincerely|faithfully)\b/i.test(text)) return { kind: 'letter', reason: 'it opens "Dear …" and closes "Yours sincerely"' };
  return { kind: 'report', reason: 'it is not minutes, a letter or an agenda pack, so it is imported as a paper' };
}

/**
 * Anything that is not minutes becomes a paper: its text, whole, as the paper's Markdown, with a
 * title, date and kind for the reviewer to confirm.
 */
export function paperToFiles(text: string, kind: DocumentKind, source: string, directory: Directory, review: Review[]): PlannedFile[] {
  const lines = text.split('\n').map((l) => l.replace(/\*\*|__|^#+\s*/g, '').trim()).filter((l) => l !== '' && l !== '\f');
  const title = (lines.find((l) => /[A-Za-z]{3}/.test(l) && l.length <= 150) ?? 'Imported paper').replace(/:$/, '');
  const date = findUkDate(text)?.iso;
  if (!date) review.push({ field: 'date', message: 'no date was found: the paper is dated 1900-01-01; set its date' });
  const opening = normaliseName(lines.slice(0, 30).join(' '));
  const body = directory.bodies.find((b) => [b.name, ...b.alsoKnownAs].some((n) => opening.includes(normaliseName(n))));
  review.push({ field: 'title', message: `taken from the first line: "${title}"` });
  if (kind === 'agenda') review.push({ field: 'kind', message: 'an agenda pack: it is imported whole as one paper; split its minutes, letters and reports into their own entries' });
  const year = (date ?? '1900').slice(0, 4);
  const id = `${slugify(title).slice(0, 60).replace(/-$/, '') || 'paper'}${date ? `-${date}` : ''}`;
  const frontmatter = toYaml({ title: escapeMarkup(title), date: date ?? '1900-01-01', kind: kind === 'agenda' ? 'agenda' : kind, ...(body ? { body: body.id } : {}), summary: `Imported from ${source}. Review the import report before publishing.` });
  return [{ path: `papers/${year}/${id}.md`, text: `---\n${frontmatter}---\n${escapeMarkup(text.replace(/\f/g, '').trim())}\n` }];
}
