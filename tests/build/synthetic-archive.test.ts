import { existsSync, readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/generate.mjs';
import { buildSite } from '../../scripts/build-sites.mjs';
import { buildArchive } from '../../src/lib/archive/build';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { page } from '../support/html';

// A small run of the benchmark's synthetic archive, to catch breakage (not to time anything).
const work = mkdtempSync(path.join(tmpdir(), 'scrutiny-synthetic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the synthetic benchmark archive', () => {
  const content = path.join(work, 'content');
  const markdown = path.join(work, 'markdown');
  const made = generateArchive({ meetings: 200, out: content, markdownOut: markdown });

  it('is valid content with the shape of the seeds', () => {
    expect(made).toEqual({ meetings: 200, people: 200, bodies: 6 });
    const archive = buildArchive(readContentFolder(content), { today: '2026-11-22' });
    expect(archive.meetings).toHaveLength(200);
    expect(archive.plans[0]!.deliverables).toHaveLength(500);
    expect(archive.measures).toHaveLength(50);
    expect(archive.measures[0]!.observations).toHaveLength(120);
    expect(archive.actions.some((a) => a.updates.length > 0)).toBe(true);
    expect(readdirSync(path.join(markdown, 'business-board')).length).toBeGreaterThan(30);
  });

  it('builds, with a search index', async () => {
    const out = path.join(work, 'dist');
    expect((await buildSite({ content, out }, { SCRUTINY_TODAY: '2026-11-22' })).ok).toBe(true);
    expect(existsSync(path.join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    const first = readdirSync(path.join(out, 'meetings', 'business-board'))[0]!;
    expect(page(out, `/meetings/business-board/${first}/`).querySelector('h1')).not.toBeNull();
    expect(page(out, '/plans/synthetic-plan/status/').querySelectorAll('#status-table tbody tr')).toHaveLength(500);
  }, 300_000);
});
