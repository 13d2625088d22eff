import type { BodyKind } from '../../schemas';
import { stringify } from 'yaml';
import { meetingSchema } from '../../schemas';
import { cappedId } from './ids';
import type { Directory } from './directory';
import { normaliseName, type ParsedMinutes, type Review } from './minutes';
import type { ParsedAgenda } from './agenda';
import { personYaml, type PeopleIndex } from './people';
import { escapeMarkup as esc } from './escape';

export interface PlannedFile {
  /** Relative to the content folder. */
  path: string;
  text: string;
}

export const toYaml = (value: unknown) => stringify(value, { lineWidth: 0, indent: 2 });

const kindOf = (name: string): BodyKind =>
  /panel/i.test(name)
    ? 'panel'
    : /board/i.test(name)
      ? 'board'
      : /working group/i.test(name)
        ? 'working-group'
        : /committee/i.test(name)
          ? 'committee'
          : 'meeting';

/**
 * The content files for imported minutes: the meeting, and any body or person it names that the
 * folder does not hold yet. The meeting is checked against the same schema the build uses.
 */
export function minutesToFiles(parsed: ParsedMinutes, source: string, directory: Directory, people: PeopleIndex, review: Review[]): PlannedFile[] {
  const files: PlannedFile[] = [];
  review.push(...parsed.review);
  const earlierActions = [...new Map(parsed.items.flatMap((i) => i.actionUpdates.map((u) => [u.ref, { ref: u.ref }] as const))).values()];
  const bodyText = toYaml({ name: parsed.body, kind: kindOf(parsed.body), ...(earlierActions.length ? { earlierActions } : {}) });
  const found = directory.bodies.find((b) => [b.name, ...b.alsoKnownAs].some((n) => normaliseName(n) === normaliseName(parsed.body)));
  // A body an earlier run of this same import made, word for word, counts as made again (the same
  // output each run); made once in a run, it is known to the run's later documents.
  const known = found && (found.madeThisRun || found.text !== bodyText) ? found : undefined;
  const bodyId = found?.id ?? (cappedId(parsed.body) || 'imported-body');
  if (!known) {
    files.push({ path: `bodies/${bodyId}.yaml`, text: bodyText });
    if (found) found.madeThisRun = true;
    else
      directory.bodies.push({
        id: bodyId,
        name: parsed.body,
        alsoKnownAs: [],
        earlierActions: earlierActions.map((e) => e.ref),
        text: bodyText,
        madeThisRun: true,
      });
    review.push({ field: 'body', message: `"${parsed.body}" is new: bodies/${bodyId}.yaml was made (kind "${kindOf(parsed.body)}"); check its name and kind` });
  }
  const initialsOf = new Map<string, string>();
  const attendance = parsed.attendance.map((a) => {
    const { id, created } = people.resolve(a.name, a.initials);
    if (created)
      review.push({
        field: `attendance (${a.name})`,
        message: `not in people/: people/${id}.yaml was made; check it is not someone already there under another spelling`,
      });
    // (Initials stand for the owner of an action only when the person's file gives them.)
    if (a.initials && people.hasInitials(id, a.initials)) initialsOf.set(a.initials, id);
    const standIn = a.substituteFor ? people.find(a.substituteFor) : undefined;
    if (a.substituteFor && !standIn)
      review.push({ field: `attendance (${a.name}).substituteFor`, message: `"${a.substituteFor}" is not in people/: add them, then set substituteFor` });
    return {
      person: id,
      group: a.group,
      ...(a.as ? { as: a.as } : {}),
      ...(standIn ? { substituteFor: standIn } : {}),
      ...(a.arrived ? { arrived: a.arrived } : {}),
      ...(a.left ? { left: a.left } : {}),
      ...(a.remote ? { remote: true } : {}),
      ...(a.note ? { note: a.note } : {}),
    };
  });
  const date = parsed.date ?? '1900-01-01';
  const agenda = parsed.items.map((item) => {
    // A line set in from the margin, by spaces or a tab as printed ("<TAB>(2)<TAB>That authority …"), would be a block of code
    // in Markdown: written from the margin, its words and inner tabs as they were.
    const text = esc(item.paragraphs.map((p) => p.replace(/^[ \t]+/gm, '')).join('\n\n'));
    const out: Record<string, unknown> = { number: item.number };
    if (item.title) out.title = esc(item.title);
    if (item.exempt) {
      out.exempt = { reason: item.exempt.reason, ...(text ? { publicNote: text } : {}) };
      return out;
    }
    if (text) out.minutes = text;
    if (item.decisions.length) out.decisions = item.decisions.map((d) => ({ kind: d.kind, text: esc(d.text) }));
    if (item.recommendations?.length) out.recommendations = item.recommendations.map((r) => ({ ...(r.number ? { number: r.number } : {}), text: esc(r.text) }));
    if (item.actions.length)
      out.actions = item.actions.map((a) => {
        // The owner as printed: initials of someone at the meeting stay initials; a name someone in
        // people/ has becomes their id; anything else is kept in the action's text, for review.
        const printed = a.ownerText?.trim();
        const owner = a.owner ?? (printed && initialsOf.has(printed.toUpperCase()) ? printed.toUpperCase() : printed ? people.find(printed) : undefined);
        let text = a.text;
        if (printed && !owner) {
          if (!a.text.toLowerCase().includes(printed.toLowerCase())) text = `${a.text} (Action by: ${printed})`;
          review.push({
            field: `agenda (item ${item.number}).actions`,
            message: `the owner is printed as "${printed}", who is not in people/ or organisation.yaml: set owner`,
          });
        }
        return {
          // A table's row number ("1", "2") counts rows of one meeting, not a reference actions keep across meetings.
          ...(a.ref && !/^\d{1,3}\.?$/.test(a.ref.trim()) ? { ref: a.ref } : {}),
          text: esc(text),
          ...(owner ? { owner } : {}),
          ...(a.due ? { due: a.due } : {}),
          ...(a.dueText ? { dueText: esc(a.dueText) } : {}),
        };
      });
    // An update can be followed only when the body declares the earlier action; a body this import
    // makes declares it, an existing one is not changed.
    const updates = known ? item.actionUpdates.filter((u) => known.earlierActions.includes(u.ref)) : item.actionUpdates;
    const undeclared = item.actionUpdates.filter((u) => !updates.includes(u));
    if (undeclared.length) {
      review.push({
        field: `agenda (item ${item.number})`,
        message:
          `earlier action ${undeclared.map((u) => u.ref).join(', ')} is discussed; to follow it, ` +
          `declare it under earlierActions in bodies/${bodyId}.yaml and add an actionUpdates entry`,
      });
    }
    if (updates.length) out.actionUpdates = updates;
    return out;
  });
  const signedBy = parsed.signedBy ? people.find(parsed.signedBy) : undefined;
  const meeting: Record<string, unknown> = {
    body: bodyId,
    date,
    ...(parsed.start ? { start: parsed.start } : {}),
    ...(parsed.end ? { end: parsed.end } : {}),
    ...(parsed.location ? { location: parsed.location } : {}),
    status: 'held',
    minutes: { status: parsed.minutesStatus, ...(signedBy ? { signedBy } : {}) },
    attendance,
    agenda,
    ...(parsed.header ? { printedHeader: esc(parsed.header) } : {}),
    note: [`Imported from ${source}. Review the import report before publishing.`, ...parsed.notes].join(' '),
  };
  const check = meetingSchema.safeParse(meeting);
  if (!check.success) {
    for (const issue of check.error.issues) review.push({ field: issue.path.join('.'), message: `does not pass the schema: ${issue.message}` });
  }
  if (!parsed.date) review.push({ field: 'date', message: 'no date was found, so the file is dated 1900-01-01: rename it and set the date' });
  files.push({ path: `meetings/${bodyId}/${date}.yaml`, text: toYaml(meeting) });
  return files;
}

export function peopleFiles(people: PeopleIndex): PlannedFile[] {
  return people.created.map((p) => ({ path: `people/${p.id}.yaml`, text: personYaml(p) }));
}

/** The meeting an agenda announces: scheduled, with its items and the pages of the pack they are on. */
export function agendaToFiles(agenda: ParsedAgenda, source: string, directory: Directory, review: Review[]): { files: PlannedFile[]; meetingId?: string } {
  const known = agenda.body
    ? directory.bodies.find(
        (b) => normaliseName(b.name) === normaliseName(agenda.body!) || b.alsoKnownAs.some((n) => normaliseName(n) === normaliseName(agenda.body!)),
      )
    : undefined;
  if (!known || !agenda.date) {
    review.push({
      field: 'agenda',
      message: "the agenda's board or panel or date was not found, so no meeting was made for it; its text is kept with the pack's first paper",
    });
    return { files: [] };
  }
  const meeting = {
    body: known.id,
    date: agenda.date,
    ...(agenda.start ? { start: agenda.start } : {}),
    ...(agenda.location ? { location: agenda.location } : {}),
    status: 'scheduled',
    minutes: { status: 'none' },
    agenda: agenda.items.map((i) => ({
      number: i.number,
      title: esc(i.title),
      ...(i.pages ? { pages: i.pages.replace(/\s*[–-]\s*/, ' - ') } : {}),
      // What the agenda prints under an item ("Deferred to next meeting").
      ...(i.notes.length ? { minutes: esc(i.notes.join('\n\n')) } : {}),
    })),
    ...(agenda.text ? { printedHeader: esc(agenda.text) } : {}),
    note: `Imported from the agenda in ${source}. Review the import report before publishing.`,
  };
  review.push({ field: 'status', message: 'recorded as scheduled, from its agenda: set it to held once it has met' });
  const check = meetingSchema.safeParse(meeting);
  if (!check.success)
    for (const issue of check.error.issues) review.push({ field: issue.path.join('.'), message: `does not pass the schema: ${issue.message}` });
  const id = `${known.id}/${agenda.date}`;
  return { files: [{ path: `meetings/${id}.yaml`, text: toYaml(meeting) }], meetingId: id };
}
