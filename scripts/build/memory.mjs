// How much memory Astro's process is given (docs/performance.md).
import { totalmem } from 'node:os';

/**
 * The heap limit for Astro's process, in MB. V8 otherwise lets the heap grow to about 4 GB before
 * it collects in earnest: at 10,000 meetings the process reached 2.95 GB, though what it holds
 * fits in 1.1 GB (it built in the same time under that limit, peaking at 1.34 GB). The limit
 * grows with the content folder (8 MB for each MB of it, and 512 MB more: 1,896 MB for the
 * 173 MB of 10,000 synthetic meetings), between 1 GB and 4 GB, and never above half the machine's
 * memory. SCRUTINY_HEAP_MB sets it outright. A build that runs out of memory under it is made
 * again without it (scripts/build-sites.mjs).
 * @param {number} contentBytes the size of the content folder's files
 * @param {Record<string, string | undefined>} env
 * @returns {number}
 */
export function heapLimit(contentBytes, env) {
  const set = env.SCRUTINY_HEAP_MB;
  if (set !== undefined && set !== '') {
    if (!/^\d+$/.test(set) || Number(set) < 64)
      throw new Error(`SCRUTINY_HEAP_MB is "${set}": give Astro's memory limit as a whole number of MB, 64 or more (2048, say), or leave it unset.`);
    return Number(set);
  }
  const mb = contentBytes / 2 ** 20;
  return Math.round(Math.min(4096, totalmem() / 2 ** 21, Math.max(1024, 8 * mb + 512)));
}

/** Node's exit when its heap is full: it aborts. */
export const outOfMemory = (code, signal) => signal === 'SIGABRT' || code === 134;
