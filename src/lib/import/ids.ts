import { slugify } from '../format/slug';

/**
 * An id made from text (a person's name, a body's, a paper's title), to be a file name: lower-case
 * words joined by hyphens, at most `max` characters, cut after the last whole word that fits. A
 * paragraph read as a name would otherwise make a file name longer than the file system allows.
 * A single word longer than half the cap is cut where the cap falls.
 */
export function cappedId(text: string, max = 60): string {
  const id = slugify(text);
  if (id.length <= max) return id;
  const end = id.lastIndexOf('-', max);
  return (end >= max / 2 ? id.slice(0, end) : id.slice(0, max)).replace(/-+$/, '');
}

/**
 * A file name made from another (a review report named after its document), kept to `maxBytes`
 * bytes of UTF-8, whole characters only, so that a suffix can follow it within the file system's
 * limit of 255.
 */
export function cappedName(name: string, maxBytes = 200): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  let out = '';
  for (const ch of name) {
    if (Buffer.byteLength(out + ch) > maxBytes) break;
    out += ch;
  }
  return out.trimEnd();
}
