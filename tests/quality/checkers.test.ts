import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { keepToOrigin, launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { auditPage, recordRequests } from '../support/checks/page-audit';
import { checkLinks } from '../support/checks/links';
import { validateFile } from '../support/checks/html';
import { findCanaries } from '../support/checks/leaks';

// Each gate is shown to fail on a page made broken on purpose, so a green run means something.
const page = (body: string, { skipLink = true } = {}) => `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Test page</title></head>
<body>${skipLink ? '<a class="skip" href="#main">Skip to main content</a>' : ''}
<main id="main" tabindex="-1"><h1>Test page</h1>${body}</main></body></html>
`;

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-broken-'));
const write = (file: string, content: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
};
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  write('index.html', page('<p><a href="/good/">A good link</a> and <a href="/good/#here">a good fragment</a>.</p>'));
  write('good/index.html', page('<p id="here">Here.</p>'));
  write('no-alt/index.html', page('<p>A picture:</p><img src="/pixel.png">'));
  write('pixel.png', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  write('bad-nesting/index.html', page('<p>Paragraph <div>with a block inside</div></p>'));
  write('dead/index.html', page('<p><a href="/nowhere/">Dead</a> and <a href="/good/#missing">a missing fragment</a>.</p>'));
  write('no-skip/index.html', page('<p><a href="/good/">First link</a></p>', { skipLink: false }));
  write('third-party/index.html', page('<p>Tracker:</p><img src="http://tracker.invalid/pixel.gif" alt="">'));
  write('pagefind/fragment/en_1.pf_fragment', Buffer.concat([Buffer.from('pagefind_dcd'), gzipSync('{"content":"the HERONCANARY plan"}')]));
  write('assets/app.js', 'console.log("clean")');
  browser = await launchBrowser();
  server = await serve(dir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the quality gates catch broken pages', () => {
  it('axe reports an image without alt text', async () => {
    const context = await browser.newContext();
    const clean = await auditPage(context, server.origin, '/');
    const broken = await auditPage(context, server.origin, '/no-alt/');
    await context.close();
    expect(clean.violations).toEqual([]);
    expect(broken.violations.map((v) => v.id)).toContain('image-alt');
  });

  it('the HTML validator reports invalid nesting', async () => {
    expect(await validateFile(path.join(dir, 'index.html'))).toEqual([]);
    const errors = await validateFile(path.join(dir, 'bad-nesting/index.html'));
    expect(errors.length).toBeGreaterThan(0);
  });

  it('the link checker reports a dead link and a missing fragment', () => {
    const { broken } = checkLinks(dir);
    expect(broken).toEqual([
      { page: '/dead/', href: '/nowhere/', reason: 'no such file' },
      { page: '/dead/', href: '/good/#missing', reason: 'no element with id "missing"' },
    ]);
  });

  it('the leak scanner finds a canary inside a compressed Pagefind file', () => {
    expect(findCanaries(dir, ['HERONCANARY'])).toEqual([{ file: 'pagefind/fragment/en_1.pf_fragment', canary: 'HERONCANARY' }]);
    expect(findCanaries(dir, ['NOTTHERE'])).toEqual([]);
  });

  it('the keyboard check reports a page without a skip link', async () => {
    const context = await browser.newContext();
    const audit = await auditPage(context, server.origin, '/no-skip/');
    await context.close();
    expect(audit.keyboard.join(' ')).toMatch(/does not reach a skip link/);
  });

  it('the request recorder catches a third-party request, and stops it', async () => {
    const context = await browser.newContext();
    const foreign = await recordRequests(context, server.origin);
    await auditPage(context, server.origin, '/');
    expect(foreign).toEqual([]);
    await auditPage(context, server.origin, '/third-party/');
    await context.close();
    expect(foreign).toEqual(['http://tracker.invalid/pixel.gif']);
  });

  it('keepToOrigin keeps to the origin itself, not every address that begins like it, and lets data: and blob: be', async () => {
    const context = await browser.newContext();
    const isForeign = await keepToOrigin(context, server.origin);
    await context.close();
    const [, port] = server.origin.split(/:(?=\d+$)/);
    expect([server.origin, `${server.origin}/`, `${server.origin}/a/?q=1`, 'data:image/gif;base64,R0lGOD', 'blob:x'].filter(isForeign)).toEqual([]);
    expect([`${server.origin}1/`, `http://127.0.0.1.invalid:${port}/`, 'http://tracker.invalid/pixel.gif'].every(isForeign)).toBe(true);
  });
});
