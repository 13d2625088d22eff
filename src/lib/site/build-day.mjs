// Plain JavaScript, so that scripts/build-sites.mjs (run by Node without a TypeScript step) and
// settings.ts share the one rule.

/**
 * The day a site is built for, YYYY-MM-DD: SCRUTINY_TODAY when set (for reproducible builds and
 * tests), otherwise today.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function buildDay(env) {
  const fixed = env.SCRUTINY_TODAY;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`SCRUTINY_TODAY must be a date written YYYY-MM-DD, not "${fixed}"`);
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}
