// The bare Astro baseline for the benchmark: the same meetings as plain Markdown, one page each,
// with nothing of Scrutiny in it. Built by scripts/bench/run.mjs.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BASELINE_OUT,
  cacheDir: process.env.BASELINE_CACHE,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
