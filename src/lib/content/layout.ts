import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { displayRoot } from '../site/settings';
import { collections, ignoredName, observationExtension, organisationFiles, type CollectionName } from './collections';
import type { ContentProblem } from './errors';

/** A file to read, as found in the folder, and the id its path gives it. */
export interface ContentFile {
  path: string;
  id: string;
}

/** Every file of a content folder the reader will read, sorted by collection. */
export interface ContentLayout {
  organisation?: string;
  files: Record<CollectionName, ContentFile[]>;
  /** measures/<id>.csv files. */
  observations: ContentFile[];
}

/**
 * A file as people will look for it: relative to the folder they ran the command in when it is
 * below it (SCRUTINY_CWD when the build runs Astro from a folder of its own, see scripts/build-sites.mjs).
 */
export function display(file: string): string {
  const rel = path.relative(displayRoot(), file);
  return rel.startsWith('..') ? file : rel;
}

const idSegment = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const markdownAliases: Record<string, string> = { '.markdown': '.md', '.mdown': '.md', '.mkd': '.md' };
const listed = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items[0]!);

/**
 * Walks a content folder and says where each file belongs. Anything that would be silently
 * left out or misread is a problem: a file a folder does not read, a folder Scrutiny does not
 * know, a sub-folder of a collection whose entries are single names, two files with one id, and
 * symbolic links that loop, lead nowhere, or lead out of the folder. A link that stays inside the
 * folder is read as the file it points to, under its own name.
 */
export function surveyContentFolder(root: string, problems: ContentProblem[]): ContentLayout {
  const problem = (file: string, field: string, message: string) => problems.push({ file: display(file), field, message });
  const realRoot = realpathSync(root);
  const layout: ContentLayout = { files: {} as ContentLayout['files'], observations: [] };
  const organisations: string[] = [];
  const folders = new Map<string, CollectionName>(Object.entries(collections).map(([name, c]) => [c.folder, name as CollectionName]));

  /** A file or a folder, following a link only when it stays inside the content folder. */
  function kindOf(full: string, entry: Dirent, ancestors: Set<string>): { kind: 'file' | 'folder'; real: string } | undefined {
    let real = full;
    if (entry.isSymbolicLink()) {
      try {
        real = realpathSync(full);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') problem(full, '', 'is a symbolic link that loops back on itself: replace it with the file or folder it should stand for');
        else if (code === 'ENOENT') problem(full, '', `is a symbolic link to ${readlinkSync(full)}, which does not exist: correct the link or delete it`);
        else problem(full, '', `cannot be read: ${(e as Error).message}`);
        return undefined;
      }
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
        problem(
          full,
          '',
          `is a symbolic link to ${real}, outside the content folder: every content ` +
            `file must be inside the folder, so copy the file in instead of linking to it`,
        );
        return undefined;
      }
    }
    const link = entry.isSymbolicLink();
    const stat = link ? statSync(real) : entry;
    if (stat.isDirectory()) {
      real = realpathSync(real);
      if (ancestors.has(real)) {
        problem(full, '', 'is a symbolic link to a folder that contains it, so it would loop for ever: delete the link');
        return undefined;
      }
      return { kind: 'folder', real };
    }
    if (stat.isFile()) return { kind: 'file', real };
    problem(full, '', 'is neither a file nor a folder: remove it from the content folder');
    return undefined;
  }

  function entries(dir: string): Dirent[] {
    let found: Dirent[];
    try {
      found = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problem(dir, '', `cannot be read: ${(e as Error).message}`);
      return [];
    }
    return found.filter((e) => !ignoredName(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  function walk(name: CollectionName, dir: string, segments: string[], ancestors: Set<string>, out: ContentFile[]) {
    for (const entry of entries(dir)) {
      const full = path.join(dir, entry.name);
      const found = kindOf(full, entry, ancestors);
      if (found?.kind === 'folder') walk(name, full, [...segments, entry.name], new Set([...ancestors, found.real]), out);
      else if (found?.kind === 'file') place(name, full, segments, entry.name, out);
    }
  }

  function place(name: CollectionName, full: string, segments: string[], fileName: string, out: ContentFile[]) {
    const c = collections[name];
    const ext = path.extname(fileName);
    const stem = fileName.slice(0, fileName.length - ext.length);
    const observations = name === 'measures' && ext === observationExtension;
    if (!(c.extensions as readonly string[]).includes(ext) && !observations) {
      const to = [ext.toLowerCase(), markdownAliases[ext.toLowerCase()]].find((e) => e && (c.extensions as readonly string[]).includes(e));
      const also = name === 'measures' ? ' (and .csv observations beside a measure)' : '';
      const fix = to ? `rename it to ${stem}${to}` : 'move it to the folder it belongs in, or start its name with _ to keep it here unread';
      problem(full, 'file name', `${c.folder}/ reads ${listed(c.extensions)} files${also}, so this file would never be published: ${fix}`);
      return;
    }
    if (!c.nested && segments.length > 0) {
      problem(
        full,
        'file name',
        `${c.folder}/ holds its files directly, not in sub-folders (each ` + `is addressed by one name): move it to ${c.folder}/${fileName}`,
      );
      return;
    }
    const bad = [...segments, stem].find((s) => !idSegment.test(s));
    if (bad !== undefined) {
      problem(full, 'file name', `"${bad}" cannot be part of an address: rename it using lower-case letters, digits and hyphens`);
      return;
    }
    (observations ? layout.observations : out).push({ path: full, id: [...segments, stem].join('/') });
  }

  /** Two files with one id (x.yaml and x.yml, x.md and x.mdx) would hide each other: neither is read. */
  function distinct(files: ContentFile[]): ContentFile[] {
    const byId = new Map<string, ContentFile[]>();
    for (const f of files) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
    return [...byId].flatMap(([id, same]) => {
      if (same.length === 1) return same;
      const others = same.slice(1).map((f) => path.relative(root, f.path).split(path.sep).join('/'));
      problem(
        same[0]!.path,
        'file name',
        `${listed(others)} ${others.length > 1 ? 'have' : 'has'} the same id "${id}" as this ` +
          `file, so one would hide the other: keep one of them and delete or rename the rest`,
      );
      return [];
    });
  }

  const rootSet = new Set([realRoot]);
  for (const entry of entries(root)) {
    const full = path.join(root, entry.name);
    const found = kindOf(full, entry, rootSet);
    const kind = found?.kind;
    const name = folders.get(entry.name);
    if (found?.kind === 'folder' && name) {
      const files: ContentFile[] = [];
      walk(name, full, [], new Set([realRoot, found.real]), files);
      layout.files[name] = distinct(files);
    } else if (kind === 'file' && (organisationFiles as readonly string[]).includes(entry.name)) {
      organisations.push(full);
    } else if (kind) {
      const known = kind === 'folder' ? [...folders.keys()].map((f) => `${f}/`) : [...organisationFiles.slice(0, 1)];
      const guess = closest(kind === 'folder' ? `${entry.name}/` : entry.name, known);
      problem(
        full,
        '',
        `is not a ${kind} Scrutiny reads${guess ? ` (did you mean ${guess}?)` : ''}, so ` +
          `${kind === 'folder' ? 'nothing in it would be published' : 'it would never be published'}: ` +
          `rename it, or start its name with _ to keep it here unread (the content folder holds ` +
          `${organisationFiles[0]} and the folders ${listed([...folders.keys()].map((f) => `${f}/`))})`,
      );
    }
  }
  for (const name of Object.keys(collections) as CollectionName[]) layout.files[name] ??= [];
  if (organisations.length > 1) {
    problem(organisations[0]!, 'file name', `${path.basename(organisations[1]!)} is here too, so one would hide the other: keep one of them`);
  }
  layout.organisation = organisations[0];
  return layout;
}

/** The candidate a mistyped name most likely meant, if one is close (at most two edits). */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const target = name.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase());
    if (distance <= (candidate.length > 5 ? 2 : 1) && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}
