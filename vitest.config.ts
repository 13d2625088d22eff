import { defineConfig } from 'vitest/config';

/**
 * Two projects (`npm test` runs both, unit first):
 * - `unit`: pure code on fixtures in temporary folders; builds no site, so it is the quick loop
 *   (`npm run test:unit`). Its files run side by side and share their workers and modules (no
 *   isolation: about twice as fast), so a unit test must leave no global state behind (no
 *   process.env, no mocks of modules).
 * - `site`: the build and browser suites, on the test sites tests/global-setup.ts builds first
 *   (after making sure Chromium is there). Its files share those dist folders, a port range and the
 *   CPU, so they run one at a time: `singleFork`, since `fileParallelism` is not a project option.
 */
export default defineConfig({
  test: {
    reporters: ['default'],
    // The pool's setting; the site project turns isolation back on between its files.
    poolOptions: { forks: { isolate: false } },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 600_000,
          globalSetup: ['tests/global-setup.ts'],
          poolOptions: { forks: { singleFork: true, isolate: true } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
