import { createHash, type Hash } from 'node:crypto';

/**
 * Digests of what a page is made from, for incremental builds (docs/incremental-builds.md).
 *
 * A page's record is digested whole, with everything derived onto it (its agenda, its actions
 * with their status today, its decisions). Every other record it links to (its body, the previous
 * and next meeting, a paper, a person: anything read from a file of its own) counts by its
 * file's published data, so an edit to that record re-renders the page too. Whatever the page
 * shows of a linked record is in that data, or in the record's own derived fields.
 */

/** A record read from a file of its own: a meeting, paper, person, body, topic and the like. */
interface FileRecord {
  id: string;
  file: string;
  data: unknown;
}

const isFileRecord = (v: object): v is FileRecord => typeof (v as FileRecord).file === 'string' && typeof (v as FileRecord).id === 'string' && 'data' in v;

const dataDigests = new WeakMap<object, string>();

/** The digest of a linked record: its file, its published data and (for a paper) its text. */
export function linkedDigest(record: FileRecord): string {
  let d = dataDigests.get(record);
  if (d === undefined) {
    const hash = createHash('sha256').update(record.file).update('\0');
    feed(hash, record.data, undefined, new Map());
    const markdown = (record as { markdown?: unknown }).markdown;
    if (typeof markdown === 'string') hash.update('\0').update(markdown);
    d = hash.digest('base64url');
    dataDigests.set(record, d);
  }
  return d;
}

/**
 * The digest of a page's inputs: its `record` whole, `also` (what else it shows), each record
 * they link to by `linkedDigest`, and `shared` (the inputs every page shares, the build's code).
 */
export function pageDigest(record: object, also: unknown, ...shared: string[]): string {
  const hash = createHash('sha256');
  for (const m of shared) hash.update(m).update('\0');
  feed(hash, [record, also], record, new Map());
  return hash.digest('base64url');
}

/**
 * Feeds a value to the hash in a fixed order, with the kind of each value marked so that no two
 * different values feed the same bytes. An object met a second time (the graph has cycles: a
 * decision's meeting is the page's own) is fed as its place in the walk.
 */
function feed(hash: Hash, value: unknown, root: object | undefined, seen: Map<object, number>): void {
  if (value === null || value === undefined) {
    hash.update(value === null ? 'n' : 'u');
    return;
  }
  switch (typeof value) {
    case 'string':
      hash.update(`s${value.length}:`).update(value);
      return;
    case 'number':
    case 'boolean':
    case 'bigint':
      hash.update(`${typeof value}:${String(value)};`);
      return;
    case 'function':
    case 'symbol':
      return;
  }
  const object = value;
  const place = seen.get(object);
  if (place !== undefined) {
    hash.update(`@${place};`);
    return;
  }
  seen.set(object, seen.size);
  if (object !== root && isFileRecord(object)) {
    hash.update(`r${object.file.length}:`).update(object.file).update(linkedDigest(object));
    return;
  }
  if (Array.isArray(object)) {
    hash.update(`[${object.length};`);
    for (const v of object) feed(hash, v, root, seen);
    return;
  }
  if (object instanceof Map) {
    hash.update(`M${object.size};`);
    for (const [k, v] of object) {
      feed(hash, k, root, seen);
      feed(hash, v, root, seen);
    }
    return;
  }
  if (object instanceof Set) {
    hash.update(`S${object.size};`);
    for (const v of object) feed(hash, v, root, seen);
    return;
  }
  if (object instanceof Date) {
    hash.update(`D${object.toISOString()};`);
    return;
  }
  const keys = Object.keys(object).sort();
  hash.update(`{${keys.length};`);
  for (const k of keys) {
    hash.update(`k${k.length}:`).update(k);
    feed(hash, (object as Record<string, unknown>)[k], root, seen);
  }
}
