import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { checkPageLayout, type LayoutCheck } from '../support/checks/layout';

// Each check of the layout gate is shown to fail on a page broken on purpose, and to pass a clean
// one, so that a green gate on the built sites means something.
const header = (searchStyle = '') => `<header><a href="/">Site name</a>
<form style="display:flex;${searchStyle}"><label for="q">Search</label><input id="q"><button>Search</button></form>
<nav><ul style="display:flex;gap:1rem;list-style:none;padding:0"><li><a href="/a/">Meetings</a></li><li><a href="/b/">Papers</a></li></ul></nav></header>`;
const page = (body: string, { style = '', head = header() } = {}) => `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test page</title><style>body{margin:0 1rem;font:16px sans-serif} ${style}</style></head>
<body>${head}<main><h1>Test page</h1>${body}</main></body></html>
`;
const text = 'The Board discussed the reduction of the central funding and how this would affect the service.';
const table = (th: string, td: string) => `<div style="overflow-x:auto"><table><thead><tr>${th}</tr></thead><tbody><tr>${td}</tr></tbody></table></div>`;

const pages: Record<string, string> = {
  // A wide table scrolls in its own container; everything else fits.
  clean: page(
    `<p>${text}</p><ul><li>${text}</li></ul>${table('<th>Theme</th><th>Status</th>', `<td style="white-space:nowrap">${text} ${text}</td><td>Completed</td>`)}`,
  ),
  wide: page(`<p>${text}</p><div style="width:500px">A box wider than a phone.</div>`),
  'long-address': page(`<p>See https://www.justiceinspectors.gov.uk/hmicfrs/publications/peel-assessment-2021-22-cambridgeshire/ for the report.</p>`),
  // The Copy link button landing in the grid of a numbered paragraph.
  'grid-collapse': page(`<div style="display:grid;grid-template-columns:3.5rem 1fr"><a href="#x">1.1</a><p>${text}</p></div>`, {
    style: 'div > button { grid-column: 2 }',
  }).replace('<a href="#x">1.1</a>', '<a href="#x">1.1</a><button>Copy link</button>'),
  // Print CSS hiding the sort buttons that hold the headings' text.
  'print-headings': page(table('<th><button>Theme</button></th><th><button>Status</button></th>', '<td>Crime Prevention</td><td>Completed</td>'), {
    style: '@media print { button { display: none } }',
  }),
  'clipped-cell': page(
    table('<th>Status</th>', '<td><span style="display:inline-block;width:3rem;overflow:hidden;white-space:nowrap">✓ Completed</span></td>'),
  ),
  // The search box placed after the navigation on screen, but before it in the tab order.
  'focus-order': page(`<p>${text}</p>`, { head: header('order:3').replace('<header>', '<header style="display:flex;flex-wrap:wrap">') }),
};

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-layout-'));
let browser: Browser;
let server: StaticServer;
const contexts: Record<'js' | 'no-js', BrowserContext | undefined> = { js: undefined, 'no-js': undefined };

beforeAll(async () => {
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(path.join(dir, name), { recursive: true });
    writeFileSync(path.join(dir, name, 'index.html'), html);
  }
  browser = await launchBrowser();
  server = await serve(dir);
  contexts.js = await browser.newContext();
  contexts['no-js'] = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const failures = async (name: string, js: boolean) => {
  const tab = await contexts[js ? 'js' : 'no-js']!.newPage();
  const { failures: found } = await checkPageLayout(tab, server.origin, `/${name}/`, js);
  await tab.close();
  return found;
};
const checksOf = async (name: string) => [...new Set((await failures(name, true)).map((f) => f.check))].sort();

describe('the layout gate catches broken layouts', () => {
  it('passes a clean page at every width, with JavaScript on and off, and printed', async () => {
    expect(await failures('clean', true)).toEqual([]);
    expect(await failures('clean', false)).toEqual([]);
  });

  it.each<[string, LayoutCheck[]]>([
    ['wide', ['page scroll', 'past the viewport']],
    ['long-address', ['page scroll', 'past the viewport']],
    ['grid-collapse', ['narrow text']],
    ['print-headings', ['print headings']],
    ['clipped-cell', ['clipped cell']],
    ['focus-order', ['header focus order']],
  ])('reports the %s page', async (name, checks) => {
    expect(await checksOf(name)).toEqual(checks);
  });

  it('names what is wrong, where and when', async () => {
    const wide = await failures('wide', false);
    expect(wide.map((f) => f.mode)).toEqual(['no-js 320', 'no-js 320', 'no-js 390', 'no-js 390']);
    expect(wide[1]).toMatchObject({ url: '/wide/', check: 'past the viewport', detail: '<div> "A box wider than a phone." reaches 516 px of 320' });
    const address = await failures('long-address', false);
    expect(address[1]!.detail).toMatch(/^text "See https:\/\/www\.justiceinspectors.* in <p> reaches \d+ px of 320$/);
    const print = await failures('print-headings', true);
    expect(print.map((f) => `${f.mode}: ${f.detail}`)).toContain('print 1280: the heading "Theme" of "a table" shows no text');
  });
});
