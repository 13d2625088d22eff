// Incremental builds (docs/incremental-builds.md): the digests of the generator's own code and of
// a build's inputs, and the copying of unchanged pages from the published site into the new one.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { linkOrCopy } from '../../src/integrations/incremental-files.mjs';

/** What of the generator a page's bytes can depend on, besides its content. */
const codeInputs = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/**
 * One digest of every file of the generator's code (its sources, its configuration and the exact
 * versions of its dependencies) and of the Node version: a change to any renders every page again.
 */
export function codeDigest(project) {
  const hash = createHash('sha256').update(process.version).update('\0');
  for (const input of codeInputs) if (existsSync(path.join(project, input))) addTree(hash, project, path.join(project, input));
  return hash.digest('base64url');
}

/**
 * One digest of everything a build's output is made from: the code, the day it is built for and
 * every file of the content folder. When it equals the one the published site's marker records,
 * the build would make that site again, byte for byte. Also the content folder's size, read on the way.
 * @returns {{ digest: string, bytes: number }}
 */
export function inputsDigest(code, today, content) {
  const hash = createHash('sha256').update(code).update('\0').update(today).update('\0');
  const bytes = addTree(hash, content, content);
  return { digest: hash.digest('base64url'), bytes };
}

/** Feeds every file under `full` to the hash, by its path relative to `root`, in a fixed order; returns their total size. */
function addTree(hash, root, full) {
  const names = readdirSafe(full);
  if (names) return names.reduce((bytes, name) => bytes + addTree(hash, root, path.join(full, name)), 0);
  const bytes = readFileSync(full);
  hash.update(path.relative(root, full)).update('\0').update(bytes).update('\0');
  return bytes.length;
}

/** The number and total size of a site's files, its marker left out: enough to see that nothing was deleted or added since. */
export function siteShape(site, marker) {
  let files = 0;
  let bytes = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (full !== path.join(site, marker)) {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  walk(site);
  return { files, bytes };
}

function readdirSafe(full) {
  try {
    return readdirSync(full).sort();
  } catch (e) {
    if (e.code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/**
 * Puts each carried page of the published site into the new one, byte for byte: as a second
 * link to the same file where the file system allows it (a build never writes to a published
 * file, and the old site's links go when it is replaced), otherwise as a copy. Copying 14,000
 * pages took about 30 s at 10,000 meetings; linking them takes about 1 s. A page that cannot be
 * carried stops the build: the new site would be missing it.
 * @param {string[]} files site-relative files
 */
export function carryOver(files, published, site) {
  let link = true;
  for (const file of files) {
    const [from, to] = [path.join(published, file), path.join(site, file)];
    if (existsSync(to)) throw new Error(`${file} was both rendered and carried over`);
    mkdirSync(path.dirname(to), { recursive: true });
    link = linkOrCopy(from, to, link);
  }
  return files.length;
}
