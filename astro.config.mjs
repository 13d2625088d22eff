// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { content as scrutinyContent } from './src/integrations/content.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse } from 'yaml';

// One generator, many organisations: SCRUTINY_CONTENT names the content folder to build and
// SCRUTINY_OUT where the site goes (see scripts/build-sites.mjs, which builds them all).
const content = path.resolve(process.env.SCRUTINY_CONTENT || 'content');
const orgFile = path.join(content, 'organisation.yaml');
// The site address comes from the organisation's own settings; a broken file is reported
// properly by the content loader, so here we only fall back.
let site = 'https://example.invalid';
try {
  if (existsSync(orgFile)) site = parse(readFileSync(orgFile, 'utf8'))?.baseUrl || site;
} catch {}
// Each content folder keeps its own cache, so building one never serves another's data; a build by
// scripts/build-sites.mjs keeps its cache in its own staging folder (SCRUTINY_CACHE_DIR).
const cacheKey = createHash('sha1').update(content).digest('hex').slice(0, 10);
const cacheDir = process.env.SCRUTINY_CACHE_DIR || `node_modules/.astro-${cacheKey}`;

export default defineConfig({
  site,
  outDir: process.env.SCRUTINY_OUT || 'dist',
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: Number(process.env.SCRUTINY_BUILD_CONCURRENCY) || 4 },
  integrations: [scrutinyContent(), mdx(), sitemap(), pagefind()],
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
    cacheDir: path.join(cacheDir, 'vite'),
    // scripts/build-sites.mjs runs Astro from a folder of links to this one (so that its `.astro/`
    // is each build's own): modules keep the paths they are found by, for Astro to match its pages.
    resolve: { preserveSymlinks: true },
  },
});
