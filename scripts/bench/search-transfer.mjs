// Measures what Pagefind fetches for a query on the search page of a built site, in Chromium: the
// bytes on the wire. The server compresses text (HTML, scripts, JSON) with gzip when the browser
// asks, as GitHub Pages, Netlify and a CDN in front of a bucket do (docs/deploying.md); Pagefind's
// index, fragments and WebAssembly are compressed by Pagefind itself and sent as they are.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';

const textTypes = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

export async function transferPerQuery(site, queries) {
  const server = createServer((req, res) => {
    let file = path.join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = textTypes[path.extname(file)];
    if (type && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file)
        .pipe(createGzip({ level: 6 }))
        .pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const out = [];
  // "13,169 results": the count is written with thousands separators.
  try {
    for (const query of queries) {
      // A fresh context per query: nothing cached from the one before.
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      let requests = 0;
      /** Bytes by kind of file: index chunks, fragments (a page's text), metadata, the rest. */
      const parts = { index: 0, fragment: 0, meta: 0, other: 0 };
      page.on('response', async (r) => {
        if (!r.url().includes('/pagefind/')) return;
        requests++;
        try {
          // The body as it came over the network, compressed where it was sent compressed.
          await r.finished();
          const size = (await r.request().sizes()).responseBodySize;
          bytes += size;
          const url = r.url();
          parts[url.includes('/index/') ? 'index' : url.includes('/fragment/') ? 'fragment' : url.includes('.pf_meta') ? 'meta' : 'other'] += size;
        } catch {
          /* a response with no body (a redirect) adds nothing */
        }
      });
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
      // Run in the page, where `document` is the browser's.
      // eslint-disable-next-line no-undef
      await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 120000 });
      await page.waitForLoadState('networkidle');
      const status = await page.locator('#search-status').innerText();
      out.push({ query, results: Number((/([\d,]+) result/.exec(status)?.[1] ?? '0').replace(/,/g, '')), bytes, requests, parts });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
