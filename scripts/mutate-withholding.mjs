#!/usr/bin/env node
/**
 * Shows that the leak property test (tests/unit/leak-property.test.ts) fails when any one step
 * of the publication rule is taken away. Each mutation is made in a throwaway copy of the project
 * (node_modules linked), the test is run there, and the result printed: every mutation must be
 * caught. The working tree is never touched.
 *
 *   node scripts/mutate-withholding.mjs
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const archive = 'src/lib/archive';
/** [what the step does, file, text, replacement] */
const mutations = [
  [
    "draft minutes publish only the meeting's facts",
    `${archive}/meetings.ts`,
    'data: meetingFacts(m), items: [], attendance: []',
    'data: m as never, items: [], attendance: []',
  ],
  [
    'draft minutes publish no agenda',
    `${archive}/meetings.ts`,
    'data: meetingFacts(m), items: [], attendance: []',
    'data: meetingFacts(m), items: publicItems(m, withheldPapers) as never, attendance: []',
  ],
  [
    'draft minutes publish no attendance',
    `${archive}/meetings.ts`,
    'data: meetingFacts(m), items: [], attendance: []',
    'data: meetingFacts(m), items: [], attendance: m.attendance as never',
  ],
  [
    'an exempt item publishes its number, title and reason only',
    `${archive}/meetings.ts`,
    'exemptAgendaItem({ ...item, exempt: item.exempt }, itemAnchor(item.number))',
    '({ ...item, anchor: itemAnchor(item.number) } as never)',
  ],
  ['an exempt paper is withheld', `${archive}/publication.ts`, "withheld.set(p.id, 'exempt');", ''],
  [
    'a paper listed under an exempt item or draft minutes is withheld',
    `${archive}/publication.ts`,
    "for (const p of item.papers) if (!withheld.has(p)) withheld.set(p, isDraftMeeting(m.data) ? 'of draft minutes' : 'of an exempt item');",
    '',
  ],
  [
    'a paper of draft minutes is withheld',
    `${archive}/publication.ts`,
    "if (isDraftMeeting(meeting)) withheld.set(p.id, 'of draft minutes');",
    "if (false) withheld.set(p.id, 'of draft minutes');",
  ],
  [
    'a paper pointing at an exempt item is withheld',
    `${archive}/publication.ts`,
    'else if (p.data.item !== undefined && meeting.agenda.some((i) => i.number === ' +
      "p.data.item && i.exempt !== undefined)) withheld.set(p.id, 'of an exempt item');",
    '',
  ],
  ['withheld papers are left out of the papers', `${archive}/meetings.ts`, 'if (withheldPapers.has(p.id)) continue;', ''],
  [
    'an open item lists only published papers',
    `${archive}/publication.ts`,
    'const papers = item.papers.filter((p) => !withheldPapers.has(p));',
    'const papers = item.papers;',
  ],
  [
    'actions and updates of an exempt item are withheld',
    `${archive}/actions.ts`,
    'const published = !isWithheldItem(m, item) && !meeting.withheld ? meeting : undefined;',
    'const published = !meeting.withheld ? meeting : undefined;',
  ],
  [
    'recommendations and decisions of an exempt item are withheld',
    `${archive}/accountability.ts`,
    'if (meeting.withheld || !source || isWithheldItem(source, item)) return undefined;',
    'if (meeting.withheld) return undefined;\n  return { meeting, item: item as never };',
  ],
  [
    'a response only in a withheld paper does not count',
    `${archive}/accountability.ts`,
    'const paper = paperById.get(src.id);',
    "const paper = paperById.get(src.id) ?? ({ id: src.id, file: src.file, data: src.data, markdown: src.body ?? '', responses: [] } as never);",
  ],
  [
    'a topic publishes its steps, not what it points at',
    `${archive}/topics.ts`,
    'data: { title: src.data.title, ...(src.data.summary !== undefined && { summary: src.data.summary }) }',
    'data: src.data',
  ],
];

const root = process.cwd();
const work = mkdtempSync(path.join(root, '.mutation-'));
let survived = 0;
try {
  for (const entry of ['src', 'tests', 'scripts', 'package.json', 'tsconfig.json', 'vitest.config.ts', 'astro.config.mjs'])
    cpSync(entry, path.join(work, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  /** How many of the test's cases fail, or an error when the test did not run at all. */
  const failures = () => {
    const run = spawnSync('npx', ['vitest', 'run', 'tests/unit/leak-property.test.ts'], {
      cwd: work,
      env: { ...process.env, SCRUTINY_SKIP_BUILD: '1' },
      encoding: 'utf8',
    });
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    const counts = /Tests\s+(?:(\d+) failed)?[\s|]*(?:(\d+) passed)?/.exec(run.stdout.replace(/\x1b\[[0-9;]*m/g, ''));
    if (!counts || (!counts[1] && !counts[2])) throw new Error(`the test did not run:\n${run.stdout}\n${run.stderr}`);
    return Number(counts[1] ?? 0);
  };
  if (failures() !== 0) throw new Error('the leak property test fails on the unchanged code: fix that first');
  for (const [step, file, from, to] of mutations) {
    const target = path.join(work, file);
    const original = readFileSync(target, 'utf8');
    if (!original.includes(from)) throw new Error(`${file} no longer holds the text of the mutation "${step}": update this script`);
    writeFileSync(target, original.replace(from, to));
    const failed = failures();
    writeFileSync(target, original);
    if (failed === 0) survived++;
    console.log(`${failed > 0 ? 'caught  ' : 'SURVIVED'}  ${step} (${failed} of 3 tests failed)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(survived === 0 ? `\nEvery one of ${mutations.length} mutations was caught.` : `\n${survived} of ${mutations.length} mutations survived.`);
process.exit(survived === 0 ? 0 : 1);
