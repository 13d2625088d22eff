import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { page } from '../support/html';
import { siteDir } from '../support/sites';
import { buildArchive } from '../../src/lib/archive/build';
import { readContentFolder } from '../../src/lib/content/read-folder';

// The demo's open data, read as a reuser reads it, and counted against the site's own pages.
const demo = siteDir('demo');
const names = ['meetings', 'agenda-items', 'attendance', 'actions', 'recommendations', 'responses', 'decisions', 'deliverables', 'observations'];
// Agenda items and attendance are published a file per year ("agenda-items-2019.json"); a
// dataset's records are those of all its files.
const files = readdirSync(path.join(demo, 'data'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => f.replace(/\.json$/, ''));
const filesOf = (name: string) => files.filter((f) => f === name || new RegExp(`^${name}-\\d{4}$`).test(f));
const read = (file: string) => JSON.parse(readFileSync(path.join(demo, 'data', `${file}.json`), 'utf8'));
const json = (name: string) => {
  const docs = filesOf(name).map(read);
  const records = docs.flatMap((d) => d.records);
  return { ...docs[0], count: records.length, records };
};
const pagesUnder = (dir: string, depth: number) =>
  readdirSync(path.join(demo, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html') && f.split(path.sep).length === depth + 1)
    .length;

describe('the open data files', () => {
  const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));

  it('has a file, or a file per year, for each dataset, and nothing else', () => {
    expect(names.flatMap(filesOf).sort()).toEqual([...files].sort());
    for (const name of names) expect(filesOf(name).length, name).toBeGreaterThan(0);
    expect(filesOf('agenda-items')).toEqual(['agenda-items-2016', 'agenda-items-2019', 'agenda-items-2022', 'agenda-items-2023']);
  });

  for (const name of names) {
    it(`${name}: JSON that passes its schema, and CSV with the same records and a column per field`, () => {
      const schema = JSON.parse(readFileSync(path.join(demo, 'data', `${name}.schema.json`), 'utf8'));
      const validate = ajv.compile(schema);
      for (const file of filesOf(name)) {
        const doc = read(file);
        expect(validate(doc), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        expect(doc.count).toBe(doc.records.length);
        expect(doc.licence.name).toBe('Open Government Licence v3.0');
        if (file !== name)
          expect(
            doc.records.every((r: { date: string }) => r.date.startsWith(doc.year)),
            file,
          ).toBe(true);
        const csv = parse(readFileSync(path.join(demo, 'data', `${file}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
        expect(csv, file).toHaveLength(doc.count);
        if (csv.length) expect(Object.keys(csv[0]!)).toEqual(Object.keys(schema.properties.records.items.properties));
      }
    });
  }

  it('publishes every file gzip-compressed too, the same bytes once unpacked', () => {
    const all = readdirSync(path.join(demo, 'data'));
    for (const file of files)
      for (const ext of ['csv', 'json']) {
        const plain = readFileSync(path.join(demo, 'data', `${file}.${ext}`));
        expect(all, `${file}.${ext}.gz`).toContain(`${file}.${ext}.gz`);
        expect(gunzipSync(readFileSync(path.join(demo, 'data', `${file}.${ext}.gz`))).equals(plain), `${file}.${ext}.gz`).toBe(true);
      }
    // Nothing compressed without its dataset: no stray or stale file.
    const gz = all.filter((f) => f.endsWith('.gz')).map((f) => f.replace(/\.(csv|json)\.gz$/, ''));
    expect([...new Set(gz)].sort()).toEqual([...files].sort());
  });

  it('counts what the site shows: meetings, recommendations, decisions, actions, deliverables, measures', () => {
    expect(json('meetings').count).toBe(pagesUnder('meetings', 2));
    expect(json('recommendations').count).toBe(pagesUnder('recommendations', 3));
    const decisionRows = readdirSync(path.join(demo, 'decisions'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && f.split(path.sep).length === 3)
      .reduce((n, f) => n + page(demo, `/decisions/${path.dirname(f).split(path.sep).join('/')}/`).querySelectorAll('main tbody tr').length, 0);
    expect(json('decisions').count).toBe(decisionRows);
    const actionRows = readdirSync(path.join(demo, 'actions'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && f.split(path.sep).length === 3)
      .reduce((n, f) => n + page(demo, `/actions/${path.dirname(f).split(path.sep).join('/')}/`).querySelectorAll('main tbody tr').length, 0);
    expect(json('actions').count).toBe(actionRows);
    const deliverables = new Set(json('deliverables').records.map((r: { deliverable: string }) => r.deliverable));
    expect(deliverables.size).toBe(pagesUnder('plans/police-and-crime-plan-2021-24/deliverables', 1));
    // Every observation of every measure the site charts, each measure with its page.
    const archive = buildArchive(readContentFolder('content'), { today: '2026-11-22' });
    expect(json('observations').count).toBe(archive.measures.reduce((n, m) => n + m.observations.length, 0));
    for (const m of new Set(json('observations').records.map((r: { measure: string }) => r.measure)))
      expect(page(demo, `/performance/${String(m)}/`).querySelector('h1')).not.toBeNull();
  });

  it('the open-data page lists every file with its count, licence and date', () => {
    const p = page(demo, '/data/');
    const hrefs = p.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const file of files) for (const ext of ['csv', 'json']) expect(hrefs).toContain(`/data/${file}.${ext}`);
    // Every file under /data/, the compressed ones too, and no link to a file that is not there.
    const published = readdirSync(path.join(demo, 'data')).filter((f) => f !== 'index.html');
    expect(hrefs.filter((h) => h?.startsWith('/data/') && h !== '/data/').sort()).toEqual(published.map((f) => `/data/${f}`).sort());
    for (const name of names) expect(hrefs).toContain(`/data/${name}.schema.json`);
    const rows = p
      .querySelector('main table')!
      .querySelectorAll('tbody tr')
      .map((r) => r.querySelector('td')!.text.trim());
    expect(rows).toEqual(names.map((n) => json(n).count.toLocaleString('en-GB')));
    expect(p.querySelector('main')!.text).toContain('22 November 2026');
  });
});
