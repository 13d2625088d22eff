// Incremental builds (docs/incremental-builds.md): the digest of the generator's own code, and
// the copying of unchanged pages from the published site into the new one.
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What of the generator a page's bytes can depend on, besides its content. */
const codeInputs = ['src', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/**
 * One digest of every file of the generator's code (its sources, its configuration and the exact
 * versions of its dependencies) and of the Node version: a change to any renders every page again.
 */
export function codeDigest(project) {
  const hash = createHash('sha256').update(process.version).update('\0');
  const add = (full) => {
    const stat = readdirSafe(full);
    if (stat) {
      for (const name of stat) add(path.join(full, name));
      return;
    }
    hash.update(path.relative(project, full)).update('\0').update(readFileSync(full)).update('\0');
  };
  for (const input of codeInputs) if (existsSync(path.join(project, input))) add(path.join(project, input));
  return hash.digest('base64url');
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
 * Copies each carried page from the published site into the new one, byte for byte (a
 * copy-on-write clone where the file system has them). A page that cannot be copied stops the
 * build: the new site would be missing it.
 * @param {string[]} files site-relative files
 */
export function carryOver(files, published, site) {
  for (const file of files) {
    const to = path.join(site, file);
    if (existsSync(to)) throw new Error(`${file} was both rendered and carried over`);
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(path.join(published, file), to, constants.COPYFILE_FICLONE);
  }
  return files.length;
}
