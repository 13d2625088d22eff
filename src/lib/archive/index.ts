import { getCollection } from 'astro:content';
import path from 'node:path';
import type { ContentSet, SourceEntry } from '../content/read-folder';
import { buildArchive } from './build';
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

function toSource<T>(entry: { id: string; data: T & { sourceFile: string }; body?: string }): SourceEntry<T> {
  const { sourceFile, ...data } = entry.data;
  return { id: entry.id, file: sourceFile, data: data as T, body: entry.body };
}

async function load(): Promise<Archive> {
  const [organisation, bodies, people, meetings, papers] = await Promise.all([
    getCollection('organisation'),
    getCollection('bodies'),
    getCollection('people'),
    getCollection('meetings'),
    getCollection('papers'),
  ]);
  const org = organisation[0];
  if (!org) throw new Error(`No organisation.yaml in ${path.relative(process.cwd(), contentRoot())}`);
  const set: ContentSet = {
    root: contentRoot(),
    organisation: toSource(org),
    bodies: bodies.map(toSource),
    people: people.map(toSource),
    meetings: meetings.map(toSource),
    papers: papers.map(toSource),
  };
  return buildArchive(set, { today: buildDay() });
}
