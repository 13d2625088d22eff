import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { page } from '../support/html';
import { siteDir } from '../support/sites';

// The demo's feeds and calendars, parsed as their readers parse them, against the site's own pages.
const demo = siteDir('demo');
const site = 'https://www.cambridgeshire-pcc.gov.uk';
const local = (url: string) => {
  expect(url.startsWith(`${site}/`), url).toBe(true);
  const p = url.slice(site.length);
  return path.join(demo, p.endsWith('/') ? `${p}index.html` : p);
};
const items = (file: string) => {
  const xml = readFileSync(path.join(demo, file), 'utf8');
  expect(XMLValidator.validate(xml), file).toBe(true);
  const channel = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml).rss.channel;
  return (channel.item ?? []) as { title: string; link: string; pubDate: string; category?: string }[];
};
const events = (file: string) =>
  new ICAL.Component(ICAL.parse(readFileSync(path.join(demo, file), 'utf8'))).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
const bodies = readdirSync('content/bodies').map((f) => f.replace(/\.yaml$/, ''));
const meetingFiles = readdirSync('content/meetings', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
const meetings = meetingFiles.map((f) => ({
  id: f
    .replace(/\.yaml$/, '')
    .split(path.sep)
    .join('/'),
  data: parseYaml(readFileSync(path.join('content/meetings', f), 'utf8')),
}));
const minuted = meetings.filter((m) => ['approved', 'awaiting-approval'].includes(m.data.minutes?.status));
const paperPages = (dir: string) =>
  readdirSync(path.join(dir, 'papers'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html') && f.split(path.sep).length === 3);

describe('the feeds of minutes and papers', () => {
  it('the site feed has an item for every published set of minutes and every paper, each linking to its page', () => {
    const feed = items('feed.xml');
    expect(feed).toHaveLength(minuted.length + paperPages(demo).length);
    for (const item of feed) expect(existsSync(local(item.link)), item.link).toBe(true);
    for (const m of minuted)
      expect(
        feed.some((i) => i.link === `${site}/meetings/${m.id}/` && i.title.startsWith('Minutes: ')),
        m.id,
      ).toBe(true);
  });

  it('each body has its own, with its minutes and papers only, newest first', () => {
    let total = 0;
    for (const b of bodies) {
      const feed = items(`bodies/${b}/feed.xml`);
      total += feed.length;
      const dates = feed.map((i) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((x, y) => y - x));
      for (const i of feed.filter((x) => x.link.includes('/meetings/'))) expect(i.link, b).toContain(`/meetings/${b}/`);
    }
    // Every item of the site feed belongs to one body (the demo's papers are all for a body).
    expect(total).toBe(items('feed.xml').length);
  });

  it('every page links to the site feed, and a body page to its own feed and calendar', () => {
    const head = page(demo, '/bodies/police-and-crime-panel/')
      .querySelectorAll('head link[rel="alternate"]')
      .map((l) => l.getAttribute('href'));
    expect(head).toEqual(['/feed.xml', '/bodies/police-and-crime-panel/feed.xml', '/bodies/police-and-crime-panel/meetings.ics']);
    expect(page(demo, '/').querySelector('head link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe('/feed.xml');
  });
});

describe('the calendars of meetings', () => {
  it('the site calendar has every meeting, past and upcoming, with a stable id, its page and its times', () => {
    const all = events('meetings.ics');
    expect(all).toHaveLength(meetings.length);
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
    for (const m of meetings) {
      const e = all.find((x) => x.uid === `${m.id.replace('/', '.')}@www.cambridgeshire-pcc.gov.uk`);
      expect(e, m.id).toBeDefined();
      const url = e!.component.getFirstPropertyValue('url') as string;
      expect(existsSync(local(url)), url).toBe(true);
      if (m.data.start) expect(e!.startDate.toString(), m.id).toBe(`${m.data.date}T${m.data.start}:00`);
      else expect(e!.startDate.toString(), m.id).toBe(m.data.date);
      if (m.data.location) expect(e!.location).toBe(m.data.location);
      expect(e!.component.getFirstPropertyValue('status')).toBe(m.data.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
    }
  });

  it('each body has its own calendar of its meetings', () => {
    for (const b of bodies) {
      const own = events(`bodies/${b}/meetings.ics`);
      expect(own.map((e) => e.uid).sort()).toEqual(
        meetings
          .filter((m) => m.id.startsWith(`${b}/`))
          .map((m) => `${m.id.replace('/', '.')}@www.cambridgeshire-pcc.gov.uk`)
          .sort(),
      );
    }
  });
});

describe('sitemap, robots and structured data', () => {
  const htmlPages = readdirSync(demo, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${path.dirname(f).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/'));

  it('the sitemap lists every page but search, and nothing else', () => {
    const xml = readFileSync(path.join(demo, 'sitemap.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const locs = new XMLParser({ isArray: (n) => n === 'url' }).parse(xml).urlset.url.map((u: { loc: string }) => u.loc.slice(site.length));
    expect([...locs].sort()).toEqual(htmlPages.filter((p) => p !== '/search/').sort());
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    expect(readFileSync(path.join(demo, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`);
  });

  it('each meeting page describes its meeting as a schema.org Event', () => {
    for (const m of meetings) {
      const script = page(demo, `/meetings/${m.id}/`).querySelector('script[type="application/ld+json"]');
      const event = JSON.parse(script!.textContent);
      expect(event['@type'], m.id).toBe('Event');
      expect(event.url).toBe(`${site}/meetings/${m.id}/`);
      expect(event.startDate.slice(0, 10)).toBe(m.data.date);
      if (m.data.start) expect(event.startDate.slice(11, 16)).toBe(m.data.start);
      if (m.data.location) expect(event.location.name).toBe(m.data.location);
      else expect(event.location).toBeUndefined();
    }
  });

  it('each agenda item has a link to itself', () => {
    const minutes = page(demo, '/meetings/business-coordination-board/2019-10-09/');
    const links = minutes.querySelectorAll('a.permalink');
    expect(links.length).toBeGreaterThan(30);
    for (const a of links) expect(minutes.querySelector(`[id="${a.getAttribute('href')!.slice(1)}"]`), a.getAttribute('href')).not.toBeNull();
  });
});
