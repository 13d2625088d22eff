#!/usr/bin/env node
/**
 * The archive benchmark: builds a synthetic archive at each size, cold and warm, with Scrutiny and
 * with a bare Astro baseline over the same Markdown (both with Pagefind), and prints wall time,
 * ms per page, peak memory of the whole process tree, output size and file count, and the ratios.
 * Then measures, in Chromium, the bytes Pagefind transfers for three queries on the largest site.
 *
 *   npm run bench                         sizes 1000 and 10000
 *   npm run bench -- --sizes 200,1000     other sizes
 *   npm run bench -- --only scrutiny      skip the baseline and the search measurement (while working)
 */
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { generateArchive } from './generate.mjs';

const args = process.argv.slice(2);
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '1000,10000').split(',').map(Number);
const onlyScrutiny = args.includes('--only') && args[args.indexOf('--only') + 1] === 'scrutiny';
const root = process.cwd();
// Not a dot-folder: a build refuses to write inside one of the generator's own (scripts/build/out-folder.mjs).
const work = path.join(root, 'dist-bench');
mkdirSync(work, { recursive: true });

/** Total RSS of a process and all its descendants, in MB, from ps. */
function treeRss(pid) {
  let out;
  try {
    out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  } catch {
    return 0;
  }
  const rows = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map();
  for (const [p, pp] of rows) children.set(pp, [...(children.get(pp) ?? []), p]);
  const rss = new Map(rows.map(([p, , r]) => [p, r]));
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total / 1024;
}

/** Runs a shell command, sampling the memory of its whole process tree. */
function measure(command, env = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('sh', ['-c', command], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid));
    }, 250);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} failed (${code}):\n${stderr.slice(-2000)}`));
      else resolve({ seconds, peakMB: peak });
    });
  });
}

function sizeOf(dir) {
  let bytes = 0,
    files = 0,
    pages = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else {
        files++;
        bytes += statSync(full).size;
        if (e.name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { bytes, files, pages };
}

/**
 * Edits the newest meeting's location in the archive and the same meeting's Markdown: the edit a
 * web officer makes most (correcting the latest minutes), and the one whose year is busiest.
 */
function changeOneMeeting(content, markdown) {
  const meetings = readdirSync(path.join(content, 'meetings'))
    .sort()
    .flatMap((body) => readdirSync(path.join(content, 'meetings', body)).map((file) => ({ body, file })));
  const { body, file } = meetings.reduce((a, b) => (b.file > a.file ? b : a));
  const yaml = path.join(content, 'meetings', body, file);
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('location: Synthetic room', 'location: Synthetic room (moved)'));
  const md = path.join(markdown, body, file.replace(/\.yaml$/, '.md'));
  writeFileSync(md, `${readFileSync(md, 'utf8')}\nSynthetic correction.\n`);
}

const cacheFor = (content) => path.join(root, 'node_modules', `.astro-${createHash('sha1').update(path.resolve(content)).digest('hex').slice(0, 10)}`);
const astro = path.join(root, 'node_modules', 'astro', 'astro.js');

const results = [];
for (const meetings of sizes) {
  const content = path.join(work, `archive-${meetings}`);
  const markdown = path.join(work, `markdown-${meetings}`);
  generateArchive({ meetings, out: content, markdownOut: markdown });
  const ours = path.join(work, `dist-${meetings}`);
  const base = path.join(work, `baseline-dist-${meetings}`);
  const baseCache = path.join(work, `baseline-cache-${meetings}`);
  for (const run of ['cold', 'warm', 'one changed']) {
    // Cold: no output, no caches. Warm: the same again. One changed: one meeting's text edited
    // (the same meeting in both), as when an officer corrects a minute and rebuilds.
    if (run === 'cold')
      for (const d of [ours, cacheFor(content), path.join(root, 'node_modules', '.scrutiny'), base, baseCache]) rmSync(d, { recursive: true, force: true });
    if (run === 'one changed') changeOneMeeting(content, markdown);
    const s = await measure(`node scripts/build-sites.mjs --content ${content} --out ${ours}`);
    const so = sizeOf(ours);
    const b = onlyScrutiny
      ? { seconds: NaN, peakMB: NaN }
      : await measure(`node ${astro} build --silent --root scripts/bench/baseline && node scripts/bench/baseline-index.mjs ${base}`, {
          BASELINE_CONTENT: markdown,
          BASELINE_OUT: base,
          BASELINE_CACHE: baseCache,
        });
    const bo = onlyScrutiny ? { bytes: NaN, files: NaN, pages: NaN } : sizeOf(base);
    const row = {
      meetings,
      run,
      scrutiny: { seconds: s.seconds, msPerPage: (s.seconds * 1000) / so.pages, peakMB: s.peakMB, pages: so.pages, files: so.files, MB: so.bytes / 2 ** 20 },
      baseline: { seconds: b.seconds, msPerPage: (b.seconds * 1000) / bo.pages, peakMB: b.peakMB, pages: bo.pages, files: bo.files, MB: bo.bytes / 2 ** 20 },
    };
    row.ratio = { time: row.scrutiny.seconds / row.baseline.seconds, memory: row.scrutiny.peakMB / row.baseline.peakMB };
    results.push(row);
    const f = (n, d = 1) => n.toFixed(d);
    console.log(
      `${meetings} meetings, ${run}: Scrutiny ${f(s.seconds)} s (${f(row.scrutiny.msPerPage, 2)} ms/page ` +
        `over ${so.pages} pages), peak ${f(s.peakMB, 0)} MB, ${f(row.scrutiny.MB)} MB in ${so.files} files | ` +
        `baseline ${f(b.seconds)} s (${f(row.baseline.msPerPage, 2)} ms/page over ${bo.pages} ` +
        `pages), peak ${f(b.peakMB, 0)} MB, ${f(row.baseline.MB)} MB in ${bo.files} files | ` +
        `ratio time ${f(row.ratio.time, 2)}, memory ${f(row.ratio.memory, 2)}`,
    );
  }
}
for (const run of ['cold', 'warm', 'one changed']) {
  const rows = results.filter((r) => r.run === run).sort((a, b) => a.meetings - b.meetings);
  if (rows.length >= 2) {
    const [small, large] = [rows[0], rows[rows.length - 1]];
    console.log(
      `growth ${run}: Scrutiny ×${(large.scrutiny.seconds / small.scrutiny.seconds).toFixed(2)} for ` +
        `×${large.meetings / small.meetings} meetings; baseline ×${(large.baseline.seconds / small.baseline.seconds).toFixed(2)}`,
    );
  }
}

if (onlyScrutiny) process.exit(0);
// Bytes Pagefind transfers per query, in Chromium, on the largest site.
const largest = Math.max(...sizes);
const { transferPerQuery } = await import('./search-transfer.mjs');
const queries = ['"synthetic 137"', 'burglary', '"county lines"'];
const transfer = await transferPerQuery(path.join(work, `dist-${largest}`), queries);
for (const t of transfer)
  console.log(
    `search on ${largest} meetings: ${t.query} → ${t.results} results, ${(t.bytes / 1024).toFixed(1)} KB transferred in ${t.requests} requests ` +
      `(${Object.entries(t.parts)
        .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`)
        .join(', ')})`,
  );
writeFileSync(path.join(work, 'results.json'), JSON.stringify({ date: new Date().toISOString(), results, transfer }, null, 2));

// The targets of issue 19, each beside its figure, at the largest size (and warm at every size).
const at = (run, meetings = largest) => results.find((r) => r.run === run && r.meetings === meetings);
const [cold, oneChanged] = [at('cold'), at('one changed')];
const mark = (ok) => (ok ? 'met' : 'NOT met');
const summary = [
  [`one-meeting rebuild ≤ 0.25 × Scrutiny's cold build`, oneChanged.scrutiny.seconds / cold.scrutiny.seconds, 0.25],
  [`one-meeting rebuild ≤ 0.5 × the baseline's one-changed build`, oneChanged.scrutiny.seconds / oneChanged.baseline.seconds, 0.5],
  ...sizes.map((n) => [`warm ≤ 1.0 × the baseline at ${n} meetings`, at('warm', n).ratio.time, 1]),
];
console.log(`\nsummary at ${largest} meetings:`);
for (const [what, ratio, limit] of summary) console.log(`  ${what}: ${ratio.toFixed(2)} (${mark(ratio <= limit)})`);
console.log(`  cold peak ≤ 2,500 MB: ${cold.scrutiny.peakMB.toFixed(0)} MB (${mark(cold.scrutiny.peakMB <= 2500)})`);
const worst = Math.max(...transfer.map((t) => t.bytes)) / 1024;
console.log(`  ≤ 300 KB per query: largest ${worst.toFixed(1)} KB (${mark(worst <= 300)})`);
console.log(`  output ≤ 600 MB: ${cold.scrutiny.MB.toFixed(1)} MB in ${cold.scrutiny.files} files (${mark(cold.scrutiny.MB <= 600)})`);
