import path from 'node:path';

/**
 * Where the content lives. One generator, many organisations: point SCRUTINY_CONTENT at another
 * folder to build another organisation's site.
 */
export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SCRUTINY_CONTENT || 'content');
}

/** The day the site is built for, YYYY-MM-DD; fixed by SCRUTINY_TODAY for reproducible builds and tests. */
export function buildDay(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.SCRUTINY_TODAY;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`SCRUTINY_TODAY must be a date written YYYY-MM-DD, not "${fixed}"`);
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}
