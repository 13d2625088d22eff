// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { content as scrutinyContent } from './src/integrations/content.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { incremental } from './src/integrations/incremental.ts';
import path from 'node:path';
import { buildConcurrency, cacheDir, outDir } from './src/lib/site/settings.ts';

// One generator, many organisations: every setting comes from src/lib/site/settings.ts (the content
// folder, the output, the cache), set by scripts/build-sites.mjs for each site it builds. The site's
// address is the organisation's own `baseUrl`, which the content integration sets once it has read it.
export default defineConfig({
  outDir: outDir(),
  cacheDir: cacheDir(),
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: buildConcurrency() },
  integrations: [scrutinyContent(), mdx(), incremental(), sitemap(), pagefind()],
  devToolbar: { enabled: false },
  prefetch: false,
  experimental: {
    // A Content-Security-Policy on every page (docs/publication-safety.md): scripts and styles only
    // from the site itself or with the hash of the one Astro wrote, never inline otherwise; Pagefind
    // compiles its WebAssembly, which is all 'wasm-unsafe-eval' allows. Nothing from elsewhere.
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // Vite's own cache too (Astro puts it in node_modules/.vite/, shared by every build).
    cacheDir: path.join(cacheDir(), 'vite'),
    // scripts/build-sites.mjs runs Astro from a folder of links to this one (so that its `.astro/`
    // is each build's own): modules keep the paths they are found by, for Astro to match its pages.
    resolve: { preserveSymlinks: true },
  },
});
