#!/usr/bin/env node
/**
 * Builds every organisation's site: the demo archive (content/ → dist/) and each example
 * (examples/<name>/ → dist-examples/<name>/). One generator, one content folder per site.
 *
 *   npm run build                                  all sites
 *   npm run build -- --content path --out dir      one site from your own folder
 *
 * A build never harms the published site: it is made in a staging folder beside the output and
 * swapped in only once complete, so a build that fails, is stopped or is killed leaves the
 * previous site byte for byte (docs/safe-builds.md).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { indexSite } from '../src/integrations/search-index.mjs';
import { carriedList } from '../src/integrations/incremental-files.mjs';
import { outRefusal, realPath, siteMarker } from './build/out-folder.mjs';
import { buildFolders, makeStaging, recoverLeftovers, swapIn, takeLock } from './build/staging.mjs';
import { whileRunning } from './build/stop-signals.mjs';
import { carryOver, codeDigest, inputsDigest, siteShape } from './build/carry-over.mjs';
import { buildDay } from '../src/lib/site/build-day.mjs';
import { heapLimit, outOfMemory } from './build/memory.mjs';

/** The generator's own folder, wherever the command is run from. */
const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function defaultSites(root = process.cwd()) {
  const sites = [{ content: 'content', out: 'dist' }];
  const examples = path.join(root, 'examples');
  if (existsSync(examples)) {
    for (const name of readdirSync(examples).sort()) {
      if (existsSync(path.join(examples, name, 'organisation.yaml'))) sites.push({ content: `examples/${name}`, out: `dist-examples/${name}` });
    }
  }
  return sites;
}

function argValue(args, flag) {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * Builds one site: Astro renders the pages into a staging folder, then Pagefind indexes them
 * there once Astro's process has exited, so the two never hold their memory at the same time
 * (see src/integrations/pagefind.ts); only then does the site replace the published one.
 *
 * @returns {Promise<{ ok: boolean, seconds: number, indexed?: number, reused?: boolean, remade?: string[], carried?: number, unchanged?: boolean }>}
 */
export async function buildSite({ content, out }, extraEnv = {}) {
  const started = Date.now();
  const result = (ok, more = {}) => ({ ok, seconds: (Date.now() - started) / 1000, ...more });
  const step = stepTimer(process.env.SCRUTINY_TIMINGS === '1');
  const contentDir = realPath(content);
  const folders = buildFolders(realPath(out));
  const refusal = outRefusal({ out: folders.out, content: contentDir, project: realPath(project) });
  if (refusal) {
    console.error(`The site cannot be built into that folder:\n  ${folders.out}: --out: ${refusal}`);
    return result(false);
  }
  mkdirSync(folders.parent, { recursive: true });
  const lock = takeLock(folders);
  if ('refusal' in lock) {
    console.error(`The site cannot be built now:\n  ${folders.out}: --out: ${lock.refusal}`);
    return result(false);
  }
  const run = whileRunning();
  let published = false;
  try {
    for (const line of recoverLeftovers(folders)) console.log(line);
    // Nothing changed (content, code, day) and the published site is whole: it is what this build would make.
    const today = buildDay({ ...process.env, ...extraEnv });
    const code = codeDigest(project);
    const { digest: inputs, bytes: contentBytes } = inputsDigest(code, today, contentDir);
    const last = readMarker(folders.out);
    if (last?.inputs === inputs && JSON.stringify(last.output) === JSON.stringify(siteShape(folders.out, siteMarker)))
      return result(true, { unchanged: true, indexed: last.searchIndex?.pages });
    step('checking for changes');
    let heap;
    try {
      heap = heapLimit(contentBytes, { ...process.env, ...extraEnv });
    } catch (e) {
      console.error(`The site cannot be built:\n  ${e instanceof Error ? e.message : e}`);
      return result(false);
    }
    makeStaging(folders, project);
    const astroEnv = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...extraEnv,
      SCRUTINY_CONTENT: contentDir,
      SCRUTINY_OUT: folders.site,
      SCRUTINY_CACHE_DIR: folders.cache,
      SCRUTINY_CWD: process.cwd(),
      SCRUTINY_SEARCH_INDEX: 'after',
      // Pages whose inputs are unchanged are carried over from the published site (docs/incremental-builds.md).
      SCRUTINY_TODAY: today,
      SCRUTINY_CODE_DIGEST: code,
      ...(existsSync(path.join(folders.out, siteMarker)) && { SCRUTINY_PREVIOUS_SITE: folders.out }),
    };
    let astro = await runAstro(folders, astroEnv, run.signal, heap);
    if (astro === 'out of memory' && !run.signal.aborted) {
      console.error(`Astro ran out of memory under its limit of ${heap} MB (scripts/build/memory.mjs); building again without that limit.`);
      rmSync(folders.site, { recursive: true, force: true });
      astro = await runAstro(folders, astroEnv, run.signal, undefined);
    }
    // A content error stops Astro before it writes a page; any other error stops it part-way.
    // Either way the published site has not been touched.
    if (run.signal.aborted || astro !== 0) return stopped(run, folders) ?? result(false);
    step('Astro');
    const carried = carryOver(JSON.parse(readFileSync(path.join(folders.cache, carriedList), 'utf8')), folders.out, folders.site);
    step('carrying pages over');
    let indexed;
    try {
      indexed = await indexSite(folders.site, {
        previous: publishedIndex(folders.out),
        signal: run.signal,
        midway: () => pauseFor('indexing', run.signal),
        step,
      });
    } catch (e) {
      if (run.signal.aborted) return stopped(run, folders);
      console.error(
        `The pages of ${out} were built but not their search index, so the published site was left as it was: ${e instanceof Error ? e.message : e}`,
      );
      return result(false);
    }
    step('the rest of the search index');
    writeFileSync(
      path.join(folders.site, siteMarker),
      `${JSON.stringify({ generator: 'Scrutiny', inputs, output: siteShape(folders.site, siteMarker), searchIndex: { pages: indexed.pages, digest: indexed.digest } })}\n`,
    );
    await pauseFor('before-swap', run.signal);
    if (run.signal.aborted) return stopped(run, folders);
    if (!lock.holds()) {
      console.error(`The site was built but not published: another build took over the lock ${folders.lock} meanwhile.`);
      return result(false);
    }
    try {
      swapIn(folders, () => holdFor('between-moves'));
    } catch (e) {
      // A folder that cannot be renamed (a mount point, say): build into a folder inside it instead.
      console.error(`The site was built but could not be put in place of ${folders.out}, which was left as it was: ${e instanceof Error ? e.message : e}`);
      return result(false);
    }
    published = true;
    step('marker and swap');
    return result(true, { indexed: indexed.pages, reused: indexed.reused, remade: indexed.made, carried });
  } finally {
    // A stop asked for during the swap is handled once it is done (a turn of the event loop, with
    // the handlers still listening): the new site is then in place.
    await new Promise((resolve) => setImmediate(resolve));
    if (published && run.signal.aborted) console.error(`Stopped by ${run.signal.reason} just after ${folders.out} was replaced by the new site.`);
    rmSync(folders.staging, { recursive: true, force: true });
    // Pagefind, stopped part-way, may finish one last write just after: look again a moment later.
    if (run.signal.aborted) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      rmSync(folders.staging, { recursive: true, force: true });
    }
    lock.release();
    run.end();
  }
}

/**
 * With SCRUTINY_TIMINGS=1, says on stderr how long each step of a build took, from the end of
 * the one before (the bench and docs/performance.md use it).
 */
function stepTimer(on) {
  let last = Date.now();
  return (name) => {
    const now = Date.now();
    if (on) console.error(`timing: ${name} ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };
}

/** Says why a build stopped early; undefined when no signal stopped it. */
function stopped(run, folders) {
  if (!run.signal.aborted) return undefined;
  console.error(`Stopped by ${run.signal.reason}: ${folders.out} was left as it was.`);
  return { ok: false, stopped: run.signal.reason };
}

/** What the published site's marker records of the build that made it; undefined when there is none to read. */
function readMarker(out) {
  try {
    return JSON.parse(readFileSync(path.join(out, siteMarker), 'utf8'));
  } catch {
    return undefined;
  }
}

/** The published site's search index, whose segments a rebuild keeps where their pages are the same. */
function publishedIndex(out) {
  return existsSync(path.join(out, siteMarker)) ? { index: path.join(out, 'pagefind') } : undefined;
}

const astroCli = path.join(project, 'node_modules', 'astro', 'astro.js');
const watchParent = pathToFileURL(path.join(project, 'scripts', 'build', 'watch-parent.mjs')).href;

/**
 * Runs `astro build` on the staging folder's linked root, in its working folder, so that
 * Astro's working files are this build's alone (see makeStaging), with `heap` MB for its heap
 * (none: Node's own limit). Resolves with its exit code, or "out of memory" when its heap
 * filled; a stop signal ends it.
 * @returns {Promise<number | 'out of memory'>}
 */
function runAstro(folders, env, signal, heap) {
  return new Promise((resolve) => {
    // A larger young generation means fewer scavenges of the short-lived strings page rendering
    // makes: about 5% faster, and less memory, at 3,000 meetings (docs/performance.md).
    const flags = ['--max-semi-space-size=64', ...(heap ? [`--max-old-space-size=${heap}`] : [])];
    const quiet = process.env.SCRUTINY_TIMINGS === '1' ? [] : ['--silent'];
    const child = spawn(process.execPath, [...flags, '--import', watchParent, astroCli, 'build', ...quiet, '--root', folders.root], {
      cwd: folders.work,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env,
    });
    const stop = () => {
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    };
    signal.addEventListener('abort', stop, { once: true });
    child.on('exit', (code, killedBy) => {
      signal.removeEventListener('abort', stop);
      resolve(outOfMemory(code, killedBy) ? 'out of memory' : (code ?? 1));
    });
  });
}

/**
 * For the tests: SCRUTINY_BUILD_PAUSE=<step> holds a build at that step (`indexing`, with
 * Pagefind running, `before-swap`, or `between-moves` of the swap) for
 * SCRUTINY_BUILD_PAUSE_SECONDS (default 60), saying so on stderr, so that a test can stop it
 * there. The first two wait with signals handled; the swap itself runs without a break for
 * them, so only SIGKILL can land between its moves.
 */
function pauseWanted(step) {
  if (process.env.SCRUTINY_BUILD_PAUSE !== step) return 0;
  console.error(`paused at ${step} (SCRUTINY_BUILD_PAUSE)`);
  return Number(process.env.SCRUTINY_BUILD_PAUSE_SECONDS || 60) * 1000;
}
const pauseFor = (step, signal) =>
  new Promise((resolve) => {
    // A stop that came before the pause ends it at once (an abort listener added later never fires).
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, pauseWanted(step));
    signal.addEventListener('abort', () => resolve(clearTimeout(timer)), { once: true });
  });
const holdFor = (step) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pauseWanted(step));

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const content = argValue(args, '--content');
  const sites = content ? [{ content, out: argValue(args, '--out') ?? 'dist' }] : defaultSites();
  for (const site of sites) {
    console.log(`Building ${site.content} → ${site.out}`);
    const { ok, seconds, indexed, reused, remade, carried, unchanged } = await buildSite(site);
    if (!ok) {
      console.error(`\nThe site from ${site.content} was not built. Fix the problems above and build again.`);
      process.exit(1);
    }
    if (unchanged) {
      console.log(`Nothing has changed since ${site.out}/ was built (its content, the generator and the day are the same): it was left as it is.`);
      continue;
    }
    console.log(
      `Built ${site.out}/ in ${seconds.toFixed(1)} s (${carried ? `${carried} unchanged pages carried over from the last build; ` : ''}` +
        `${indexed} pages in the search index${reused ? ', kept from the last build: no page has changed' : remade?.length ? `, re-indexed: ${remade.join(', ')}` : ''})`,
    );
  }
}
