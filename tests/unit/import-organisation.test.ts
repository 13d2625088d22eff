import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { buildArchive } from '../../src/lib/archive/build';

// SYNTHETIC TEST DATA: short minutes and an organisation written for these tests.
const minutes = [
  'TEST BOARD',
  'APPROVED MINUTES',
  '',
  'Date: Friday 10th January 2020 Time: 10.00',
  '',
  'Present:',
  'Alex Example\tChair',
  '',
  '1. Performance',
  '',
  '1.1 The Board noted the report.',
  '',
  'Action: TOPCC to publish the figures in March 2020.',
].join('\n');
const name = 'Office of the Police and Crime Commissioner for Testshire';

let dir: string;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
const fresh = () => {
  dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-import-org-'));
  writeFileSync(path.join(dir, 'minutes.txt'), minutes);
  return { file: path.join(dir, 'minutes.txt'), content: path.join(dir, 'content') };
};
/** `npm run import` with no terminal to ask on: stdin is a pipe. */
const runImport = (args: string[]) => {
  const r = spawnSync(process.execPath, ['node_modules/.bin/vite-node', 'scripts/import.ts', ...args], { encoding: 'utf8', input: '', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('importing into a folder without organisation.yaml', () => {
  it('with no terminal and no flags, stops with exit 2 and says exactly what to write; nothing is written', () => {
    const { file, content } = fresh();
    mkdirSync(content);
    const { status, stderr } = runImport([file, '--content', content]);
    expect(status, stderr).toBe(2);
    expect(stderr).toContain(`${path.join(content, 'organisation.yaml')} is missing`);
    // The flags to pass, or the file to write.
    expect(stderr).toMatch(/--organisation-name "[^"]+" --abbreviation [A-Z]+/);
    expect(stderr).toMatch(/name: .+\n\s+shortName: .+\n\s+area: .+\n\s+baseUrl: https:\/\//);
    expect(readdirSync(content)).toEqual([]);
  });

  it('a content folder that does not exist yet is not made without them', () => {
    const { file, content } = fresh();
    const { status, stderr } = runImport([file, '--content', content]);
    expect(status, stderr).toBe(2);
    expect(stderr).toContain('organisation.yaml is missing');
    expect(existsSync(content)).toBe(false);
  });

  it('with --organisation-name and --abbreviation, writes a valid organisation.yaml, then imports; the folder builds', () => {
    const { file, content } = fresh();
    const { status, stdout, stderr } = runImport([file, '--content', content, '--organisation-name', name, '--abbreviation', 'TOPCC']);
    expect(status, stdout + stderr).toBe(0);
    expect(stdout).toMatch(/written: .*organisation\.yaml/);
    const organisation = parse(readFileSync(path.join(content, 'organisation.yaml'), 'utf8'));
    expect(organisation).toMatchObject({ name, shortName: 'TOPCC', area: 'Testshire', organisations: { topcc: { name, abbreviation: 'TOPCC' } } });
    expect(organisation.baseUrl).toMatch(/^https:\/\//);
    // The action's owner is the organisation just written; the folder reads and builds.
    expect(readFileSync(path.join(content, 'meetings/test-board/2020-01-10.yaml'), 'utf8')).toMatch(/owner: topcc/);
    expect(() => buildArchive(readContentFolder(content), { today: '2026-01-01' })).not.toThrow();
  });

  it('never overwrites an organisation.yaml that is there', () => {
    const { file, content } = fresh();
    mkdirSync(content);
    const mine = `name: ${name}\nshortName: Testshire OPCC\narea: Testshire\nbaseUrl: https://test.scrutiny.example\n`;
    writeFileSync(path.join(content, 'organisation.yaml'), mine);
    const { status, stdout, stderr } = runImport([file, '--content', content, '--organisation-name', 'Another', '--abbreviation', 'AN']);
    expect(status, stdout + stderr).toBe(0);
    expect(readFileSync(path.join(content, 'organisation.yaml'), 'utf8')).toBe(mine);
    expect(stdout + stderr).toMatch(/organisation\.yaml is there already: it was left as it is/);
  });

  it('refuses half the settings, or an abbreviation that cannot be an id, with exit 2', () => {
    const { file, content } = fresh();
    const half = runImport([file, '--content', content, '--organisation-name', name]);
    expect(half.status).toBe(2);
    expect(half.stderr).toMatch(/--abbreviation/);
    const bad = runImport([file, '--content', content, '--organisation-name', name, '--abbreviation', '!!']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/abbreviation "!!"/);
    expect(existsSync(content)).toBe(false);
  });

  it('asks for the name and abbreviation at a terminal', async () => {
    const { askOrganisation } = await import('../../src/lib/import/organisation');
    const questions: string[] = [];
    const answers = [name, 'TOPCC', '', ''];
    const settings = await askOrganisation((q) => {
      questions.push(q);
      return Promise.resolve(answers.shift()!);
    });
    expect(questions[0]).toMatch(/name of the organisation/i);
    expect(questions[1]).toMatch(/abbreviation/i);
    expect(settings).toEqual({ name, abbreviation: 'TOPCC' });
  });
});
