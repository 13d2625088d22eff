import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build and browser suites share dist folders and a port range; run files one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 600_000,
    reporters: ['default'],
    globalSetup: ['tests/global-setup.ts'],
  },
});
