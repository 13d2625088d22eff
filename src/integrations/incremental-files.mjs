// Plain JavaScript, so that both the Astro integration and scripts/build-sites.mjs can use it.
import { constants, copyFileSync, linkSync } from 'node:fs';

/** The file in a built site that lists each incremental page's file and the digest of its inputs. */
export const pageManifest = '.scrutiny-pages.json';

/** The list, in the build's cache folder, of the pages scripts/build-sites.mjs copies from the published site. */
export const carriedList = 'carried-pages.json';

/**
 * Puts a published file into the new site: as a second link to the same file where the file
 * system allows (a build never writes to a published file, and the old site's links go when it
 * is replaced), otherwise as a copy. True when it was linked.
 * @param {string} from
 * @param {string} to
 * @param {boolean} [tryLink] false to copy at once (a link already failed on this file system)
 */
export function linkOrCopy(from, to, tryLink = true) {
  if (tryLink) {
    try {
      linkSync(from, to);
      return true;
    } catch (e) {
      // Another file system, or one without hard links: copy.
      if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes(/** @type {NodeJS.ErrnoException} */ (e).code ?? '')) throw e;
    }
  }
  copyFileSync(from, to, constants.COPYFILE_FICLONE);
  return false;
}
