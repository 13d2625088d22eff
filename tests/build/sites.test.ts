import { existsSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionLogPages, htmlPages, mainText, page } from '../support/html';
import { siteDir } from '../support/sites';
import { copyFixture } from '../support/fixture';
import { buildSite } from '../../scripts/build-sites.mjs';

const demo = siteDir('demo');
const essex = siteDir('essex');

function meetingIds(contentRoot: string): string[] {
  const dir = path.join(contentRoot, 'meetings');
  return readdirSync(dir).flatMap((body) => readdirSync(path.join(dir, body)).map((f) => `${body}/${f.replace(/\.ya?ml$/, '')}`));
}

describe('the demo site', () => {
  it('has a page for every meeting in its content folder', () => {
    const ids = meetingIds('content');
    expect(ids).toContain('performance-working-group/2016-01-26');
    expect(ids).toContain('business-coordination-board/2019-10-09');
    expect(ids).toContain('police-and-crime-panel/2022-07-20');
    expect(ids).toContain('police-and-crime-panel/2022-09-14');
    for (const id of ids) expect(existsSync(path.join(demo, 'meetings', id, 'index.html')), id).toBe(true);
  });

  it('shows a meeting with its time, place, attendance groups and numbered items', () => {
    const root = page(demo, '/meetings/business-coordination-board/2019-10-09/');
    const text = mainText(root);
    expect(root.querySelector('h1')!.text).toBe('Wednesday 9 October 2019');
    expect(text).toContain('3pm');
    expect(text).toContain('Conference Room 3, Cambridgeshire Constabulary Headquarters');
    expect(root.querySelector('#attendance-present')).not.toBeNull();
    expect(root.querySelector('#attendance-in-attendance')).not.toBeNull();
    expect(root.querySelector('#attendance-apologies')!.parentNode.text).toContain('Matthew Warren');
    // Headings read as printed, number and title apart: "5 Police and Crime Plan – Victims Theme".
    expect(root.querySelector('#item-5')!.text).toBe('5 Police and Crime Plan – Victims Theme');
    // Deeply numbered items get their own anchors.
    expect(root.querySelector('#item-4-1-2')).not.toBeNull();
    expect(root.querySelector('#item-5-4-6')).not.toBeNull();
  });

  it('shows an exempt item by number, title and reason only', () => {
    const item = page(demo, '/meetings/business-coordination-board/2019-10-09/').querySelector('section[aria-labelledby="item-6"]')!;
    expect(item.text).toContain('Financing of Southern Police Station');
    expect(item.text).toContain('Commercial in Confidence');
    expect(item.querySelector('.exempt')).not.toBeNull();
  });

  it('links meetings, bodies, people, papers and the action log to each other', () => {
    const meeting = page(demo, '/meetings/police-and-crime-panel/2022-09-14/');
    const hrefs = meeting.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/bodies/police-and-crime-panel/');
    expect(hrefs).toContain('/papers/2022/hmicfrs-peel-report-2022/');
    const person = page(demo, '/people/dorothy-gregson/');
    const personLinks = person.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(personLinks).toContain('/meetings/performance-working-group/2016-01-26/');
    expect(personLinks).toContain('/meetings/business-coordination-board/2019-10-09/');
    const paper = page(demo, '/papers/2022/hmicfrs-peel-report-2022/');
    expect(paper.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/meetings/police-and-crime-panel/2022-09-14/#item-7');
    const body = page(demo, '/bodies/business-coordination-board/');
    expect(mainText(body)).toContain('Performance update');
  });

  it('lists every meeting by year, with links per body', () => {
    const index = page(demo, '/meetings/');
    const hrefs = index.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const id of meetingIds('content')) expect(hrefs).toContain(`/meetings/${id}/`);
    expect(index.querySelector('#year-2016')).not.toBeNull();
    expect(hrefs).toContain('/bodies/performance-working-group/');
  });

  it('marks an action overdue when its month has passed with no completion recorded, a month written as a meeting too', () => {
    const rows = actionLogPages(demo).flatMap((p) =>
      page(demo, p)
        .querySelectorAll('tbody tr')
        .map((r) => r.text),
    );
    const row = rows.find((t) => t.includes('Update to the Board in December 2019'))!;
    expect(row).toContain('December 2019');
    expect(row).toContain('Overdue');
    const vague = rows.find((t) => t.includes('CDI compliance rate report'))!;
    // "November Board": the Board's meeting that month, or the month's end when it has none.
    expect(vague).toContain('November Board');
    expect(vague).toContain('30 Nov 2019');
    expect(vague).toContain('Overdue');
  });

  it('builds every page as HTML', () => {
    expect(htmlPages(demo).length).toBeGreaterThan(40);
  });
});

describe('the Essex example site', () => {
  it('is built from its own folder by the same generator', () => {
    const home = page(essex, '/');
    expect(home.querySelector('h1')!.text).toContain('Essex');
    expect(existsSync(path.join(essex, 'meetings/force-performance-scrutiny-meeting/2015-05-28/index.html'))).toBe(true);
    // Nothing of the other organisation leaks in.
    expect(existsSync(path.join(essex, 'meetings/performance-working-group'))).toBe(false);
  });

  it('follows matters arising into the action log', () => {
    const logs = actionLogPages(essex).map((p) => page(essex, p));
    const row = (key: string) => logs.map((log) => log.querySelector(`#${key}`)).find((r) => r !== null)!.text;
    expect(row('action-force-performance-scrutiny-meeting-17-15')).toContain('Progressing');
    expect(row('action-force-performance-scrutiny-meeting-19-15')).toContain('Completed');
    // 32/15 was due by 25 June 2015 and no later meeting records it done.
    expect(row('action-force-performance-scrutiny-meeting-32-15')).toContain('Overdue');
    expect(row('action-force-performance-scrutiny-meeting-37-15')).toMatch(/12 Jun 2015/);
  });

  it('resolves owners given as initials to people', () => {
    const person = page(essex, '/people/wil-kennedy/');
    expect(mainText(person)).toContain('33/15');
  });
});

describe('a plain astro build', () => {
  const fixture = copyFixture();
  afterAll(() => fixture.remove());

  it('writes the search index itself when no build script indexes after it', () => {
    const out = path.join(fixture.root, 'out');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SCRUTINY_CONTENT: fixture.root,
      SCRUTINY_OUT: out,
      SCRUTINY_TODAY: '2020-06-01',
    };
    delete env.SCRUTINY_SEARCH_INDEX;
    const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build', '--silent'], { encoding: 'utf8', env });
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(path.join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(path.join(out, 'pagefind', 'fragment')).length).toBeGreaterThan(0);
  });
});

describe('a broken content folder', () => {
  const fixture = copyFixture();
  afterAll(() => fixture.remove());

  it('stops the build with one message naming the file, the field and the fix', () => {
    fixture.edit('meetings/test-board/2020-01-10.yaml', (t) => t.replace('body: test-board', 'body: no-such-board'));
    // Beside the content folder: a build refuses an output inside it.
    const out = `${fixture.root}-out`;
    const result = spawnSync(process.execPath, ['scripts/build-sites.mjs', '--content', fixture.root, '--out', out], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    const said = result.stdout + result.stderr;
    expect(said).toMatch(/meetings\/test-board\/2020-01-10\.yaml: body: no body "no-such-board": expected one of "test-board"/);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });

  it('leaves the site built before it, search index and all, as it was', async () => {
    const good = copyFixture();
    const out = path.resolve('dist-test/kept-after-failure');
    try {
      expect((await buildSite({ content: good.root, out }, { SCRUTINY_TODAY: '2020-06-01' })).ok).toBe(true);
      good.edit('meetings/test-board/2020-01-10.yaml', (t) => t.replace('body: test-board', 'body: no-such-board'));
      expect((await buildSite({ content: good.root, out }, { SCRUTINY_TODAY: '2020-06-01' })).ok).toBe(false);
      expect(existsSync(path.join(out, 'index.html'))).toBe(true);
      expect(existsSync(path.join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    } finally {
      good.remove();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
