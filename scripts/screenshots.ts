/**
 * `npm run screenshots [-- --site dist-test/demo] [--out screenshots]`: full-page PNGs of one page
 * of every page type of a built site (it builds nothing) at the layout gate's widths (320, 390 and
 * 1280 px) and printed at its print width (1280 px), with an index.md of what it wrote. Served on
 * 127.0.0.1 and shown in Debian's Chromium (tests/support/browser.ts), kept off every other host.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keepToOrigin, launchBrowser } from '../tests/support/browser';
import { serve } from '../tests/support/server';
import { htmlPages, urlOf } from '../tests/support/html';
import { layoutWidths, printWidths } from '../tests/support/checks/layout';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const site = path.resolve(arg('site', 'dist'));
const out = path.resolve(arg('out', 'screenshots'));

/** Page types: the first page (in path order) whose address matches, and whose HTML holds `has`. */
const types: { name: string; match: RegExp; has?: string; query?: string }[] = [
  { name: 'home', match: /^\/$/ },
  { name: 'meetings', match: /^\/meetings\/$/ },
  { name: 'meeting-numbered-paragraphs', match: /^\/meetings\/[^/]+\/[^/]+\/$/, has: 'item--paragraph' },
  { name: 'meeting-panel', match: /^\/meetings\/[^/]*panel[^/]*\/[^/]+\/$/ },
  { name: 'action-log', match: /^\/actions\/$/ },
  { name: 'action-log-body-year', match: /^\/actions\/[^/]+\/\d{4}\/$/ },
  { name: 'decisions', match: /^\/decisions\/$/ },
  { name: 'recommendations', match: /^\/recommendations\/$/ },
  { name: 'plan', match: /^\/plans\/[^/]+\/$/ },
  { name: 'plan-status', match: /^\/plans\/[^/]+\/status\/$/ },
  { name: 'deliverable', match: /^\/plans\/[^/]+\/deliverables\/[^/]+\/$/ },
  { name: 'theme', match: /^\/plans\/[^/]+\/themes\/[^/]+\/$/ },
  { name: 'report', match: /^\/plans\/[^/]+\/reports\/[^/]+\/$/ },
  { name: 'performance', match: /^\/performance\/$/ },
  { name: 'measure', match: /^\/performance\/[^/]+\/$/ },
  { name: 'inspections', match: /^\/inspections\/$/ },
  { name: 'inspection', match: /^\/inspections\/[^/]+\/$/ },
  { name: 'papers', match: /^\/papers\/$/ },
  { name: 'paper', match: /^\/papers\/\d{4}\/[^/]+\/$/ },
  { name: 'people', match: /^\/people\/$/ },
  { name: 'person', match: /^\/people\/[^/]+\/$/ },
  { name: 'bodies', match: /^\/bodies\/$/ },
  { name: 'body', match: /^\/bodies\/[^/]+\/$/ },
  { name: 'topics', match: /^\/topics\/$/ },
  { name: 'topic', match: /^\/topics\/[^/]+\/$/ },
  { name: 'search', match: /^\/search\/$/, query: '?q=burglary' },
  { name: 'data', match: /^\/data\/$/ },
  { name: 'accessibility', match: /^\/accessibility\/$/ },
  { name: '404', match: /^\/404\.html$/ },
];

const files = htmlPages(site);
const urls = files.map(urlOf);
const html = (url: string) => readFileSync(path.join(site, url.endsWith('/') ? url + 'index.html' : url), 'utf8');
const chosen = types.flatMap((t) => {
  const url = urls.find((u) => t.match.test(u) && (!t.has || html(u).includes(t.has)));
  return url ? [{ ...t, url }] : [];
});
const missing = types.filter((t) => !chosen.some((c) => c.name === t.name)).map((t) => t.name);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await serve(site);
const browser = await launchBrowser();
const context = await browser.newContext();
await keepToOrigin(context, server.origin);
const index: string[] = [`# Screenshots of ${path.relative(process.cwd(), site) || site}`, '', '| Page type | Address | Files |', '| --- | --- | --- |'];
const queue = [...chosen];
const worker = async () => {
  const page = await context.newPage();
  for (let t = queue.shift(); t; t = queue.shift()) {
    const shots: string[] = [];
    await page.setViewportSize({ width: layoutWidths[0], height: 800 });
    await page.emulateMedia({ media: 'screen' });
    await page.goto(server.origin + t.url + (t.query ?? ''));
    // Search results arrive after load, from Pagefind's index.
    if (t.query) await page.waitForSelector('.search-results li, .pagefind-ui__result', { timeout: 5000 }).catch(() => undefined);
    for (const width of layoutWidths) {
      await page.setViewportSize({ width, height: 800 });
      const file = `${t.name}-${width}.png`;
      await page.screenshot({ path: path.join(out, file), fullPage: true });
      shots.push(file);
    }
    await page.emulateMedia({ media: 'print' });
    for (const width of printWidths) {
      await page.setViewportSize({ width, height: 800 });
      const file = `${t.name}-print-${width}.png`;
      await page.screenshot({ path: path.join(out, file), fullPage: true });
      shots.push(file);
    }
    index.push(`| ${t.name} | ${t.url}${t.query ?? ''} | ${shots.map((s) => `[${s}](${s})`).join(' ')} |`);
    console.log(`${t.name}: ${t.url}`);
  }
  await page.close();
};
await Promise.all([worker(), worker()]);
await browser.close();
await server.close();
index.splice(
  4,
  index.length - 4,
  ...index.slice(4).sort((a, b) => types.findIndex((t) => a.startsWith(`| ${t.name} `)) - types.findIndex((t) => b.startsWith(`| ${t.name} `))),
);
if (missing.length) index.push('', `This site has no page of these types: ${missing.join(', ')}.`);
writeFileSync(path.join(out, 'index.md'), index.join('\n') + '\n');
console.log(
  `wrote ${chosen.length * (layoutWidths.length + printWidths.length)} screenshots of ${chosen.length} page types to ${out}${missing.length ? ` (none of: ${missing.join(', ')})` : ''}`,
);
