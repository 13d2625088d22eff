import { getCollection } from 'astro:content';
import path from 'node:path';
import type { ContentSet, SourceEntry } from '../content/read-folder';
import { buildArchive } from './build';
import type { Body, Inspection, Measure, Meeting, Organisation, Paper, Person, Plan, PlanReport } from '../../schemas';
import type { Archive } from './types';
import { buildDay, contentRoot } from '../site/settings';

export type * from './types';

let archive: Promise<Archive> | undefined;

/**
 * The whole published archive, loaded once per build and shared by every page: each
 * collection is read once here and every index derived from it, so page count never
 * multiplies collection loads.
 */
export function getArchive(): Promise<Archive> {
  archive ??= load();
  return archive;
}

/** Back from the content layer to the shape the archive builder takes (as the Node reader gives it). */
function toSource<T>(entry: { id: string; data: unknown; body?: string }): SourceEntry<T> {
  const { sourceFile, ...data } = entry.data as { sourceFile: string };
  return { id: entry.id, file: sourceFile, data: data as T, body: entry.body };
}

async function load(): Promise<Archive> {
  const [organisation, bodies, people, meetings, papers, plans, planReports, measures, inspections] = await Promise.all([
    getCollection('organisation'),
    getCollection('bodies'),
    getCollection('people'),
    getCollection('meetings'),
    getCollection('papers'),
    getCollection('plans'),
    getCollection('planReports'),
    getCollection('measures'),
    getCollection('inspections'),
  ]);
  const org = organisation[0];
  if (!org) throw new Error(`No organisation.yaml in ${path.relative(process.cwd(), contentRoot())}`);
  const set: ContentSet = {
    root: contentRoot(),
    organisation: toSource<Organisation>(org),
    bodies: bodies.map((e) => toSource<Body>(e)),
    people: people.map((e) => toSource<Person>(e)),
    meetings: meetings.map((e) => toSource<Meeting>(e)),
    papers: papers.map((e) => toSource<Paper>(e)),
    plans: plans.map((e) => toSource<Plan>(e)),
    planReports: planReports.map((e) => toSource<PlanReport>(e)),
    measures: measures.map((e) => toSource<Measure>(e)),
    inspections: inspections.map((e) => toSource<Inspection>(e)),
  };
  return buildArchive(set, { today: buildDay() });
}
