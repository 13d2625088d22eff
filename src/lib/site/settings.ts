import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildDay as dayOfBuild } from './build-day.mjs';

/**
 * Every setting of a build, read from the environment here and nowhere else (astro.config.mjs,
 * the integrations, the scripts and the tests all ask this module). scripts/build-sites.mjs sets
 * them for each site it builds.
 */
type Env = NodeJS.ProcessEnv;

/**
 * Where the content lives. One generator, many organisations: point SCRUTINY_CONTENT at another
 * folder to build another organisation's site.
 */
export function contentRoot(env: Env = process.env): string {
  return path.resolve(env.SCRUTINY_CONTENT || 'content');
}

/** Where Astro writes the site: SCRUTINY_OUT (a staging folder, when scripts/build-sites.mjs builds), or dist. */
export function outDir(env: Env = process.env): string {
  return env.SCRUTINY_OUT || 'dist';
}

/**
 * Astro's and Vite's caches: SCRUTINY_CACHE_DIR (the build's own staging folder), or one per content
 * folder, so that building one never serves another's data.
 */
export function cacheDir(env: Env = process.env): string {
  return env.SCRUTINY_CACHE_DIR || `node_modules/.astro-${createHash('sha1').update(contentRoot(env)).digest('hex').slice(0, 10)}`;
}

/** How many pages Astro renders at once (SCRUTINY_BUILD_CONCURRENCY, default 4). */
export function buildConcurrency(env: Env = process.env): number {
  return Number(env.SCRUTINY_BUILD_CONCURRENCY) || 4;
}

/** Whether the search index is made after Astro's process has exited (by scripts/build-sites.mjs), not in its last hook. */
export function indexesAfterBuild(env: Env = process.env): boolean {
  return env.SCRUTINY_SEARCH_INDEX === 'after';
}

/** The folder paths in messages are relative to: the one the user ran the command in (SCRUTINY_CWD when Astro runs elsewhere). */
export function displayRoot(env: Env = process.env): string {
  return env.SCRUTINY_CWD || process.cwd();
}

/** The day the site is built for, YYYY-MM-DD; fixed by SCRUTINY_TODAY for reproducible builds and tests (the rule is build-day.mjs's). */
export function buildDay(env: Env = process.env): string {
  return dayOfBuild(env);
}

/**
 * The published site a build may carry unchanged pages over from (SCRUTINY_PREVIOUS_SITE, set by
 * scripts/build-sites.mjs to the output folder), and the digest of the build's code
 * (SCRUTINY_CODE_DIGEST). Without both, every page is rendered (docs/incremental-builds.md).
 */
export function previousSite(env: Env = process.env): string | undefined {
  return env.SCRUTINY_PREVIOUS_SITE || undefined;
}
export function codeDigest(env: Env = process.env): string | undefined {
  return env.SCRUTINY_CODE_DIGEST || undefined;
}
