import { createHash } from 'node:crypto';
import type { Archive, DeliverableRecord, MeetingRecord, PaperRecord, PersonRecord } from '../archive/types';
import type { ContentSet } from '../content/read-folder';
import { topicKey } from '../archive/topics';
import { pageDigest } from './digest';

/**
 * What an incremental page is made from, besides its own record (docs/incremental-builds.md).
 *
 * Every page shares the organisation, the day built for, what the navigation offers, and every
 * record that is neither a meeting nor a paper: people, bodies, topics, Plans and their reports,
 * measures and inspections. An edit to any of those renders every page again; they change far
 * less often than minutes and papers, and a page may show any of them.
 */
export function sharedInputs(
  set: ContentSet,
  archive: Pick<Archive, 'today' | 'topics' | 'decisions' | 'recommendations' | 'plans' | 'measures' | 'inspections'>,
): string {
  const hash = createHash('sha256');
  const add = (label: string, value: unknown) =>
    hash
      .update(label)
      .update('\0')
      .update(JSON.stringify(value) ?? 'undefined')
      .update('\0');
  add('today', archive.today);
  add('navigation', {
    topics: archive.topics.length > 0,
    decisions: archive.decisions.length > 0,
    recommendations: archive.recommendations.length > 0,
    plans: archive.plans.map((p) => p.id),
    measures: archive.measures.length > 0,
    inspections: archive.inspections.length > 0,
  });
  add('organisation', set.organisation.data);
  for (const kind of ['bodies', 'people', 'plans', 'planReports', 'measures', 'inspections', 'topics'] as const) {
    for (const e of set[kind]) add(e.file, { data: e.data, body: e.body, csv: e.csv, measures: e.measures });
  }
  return hash.digest('base64url');
}

/** The digest of a meeting page's inputs: the meeting, and the papers, topics, inspections and Plan reports it shows. */
export function meetingPageDigest(archive: Archive, meeting: MeetingRecord, code: string): string {
  const itemPapers = meeting.items.flatMap((i) => ('papers' in i ? i.papers : []).map((id) => archive.paperById.get(id)));
  const topics = [topicKey.meeting(meeting), ...meeting.items.map((i) => topicKey.item(meeting, i.number))].map((k) =>
    archive.topicsByRef.get(k)?.map((t) => t.id),
  );
  const inspections = archive.inspectionsByMeeting.get(meeting.id)?.map((i) => i.id);
  // The papers are records of their own, so each counts by its published data (pageDigest).
  return pageDigest(meeting, { itemPapers, topics, inspections }, archive.sharedInputs, code);
}

/** The digest of a paper page's inputs: the paper, with its responses, and the topics it is part of. */
export function paperPageDigest(archive: Archive, paper: PaperRecord, code: string): string {
  return pageDigest(paper, { topics: archive.topicsByRef.get(topicKey.paper(paper))?.map((t) => t.id) }, archive.sharedInputs, code);
}

/** The digest of a person's page: the person, and what they attended, sent apologies for, own and are named in. */
export function personPageDigest(archive: Archive, person: PersonRecord, code: string): string {
  return pageDigest(person, archive.personActivity.get(person.id), archive.sharedInputs, code);
}

/** The digest of a deliverable's page: the deliverable with its updates, report by report (all from shared inputs and the papers the reports are). */
export function deliverablePageDigest(archive: Archive, deliverable: DeliverableRecord, code: string): string {
  return pageDigest(deliverable, undefined, archive.sharedInputs, code);
}
