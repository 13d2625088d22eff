// The folders of one build beside its output, the lock on that output, and the swap that
// publishes a finished site. Every move is a rename within one folder, so on one file system.
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';

/**
 * The names a build of `out` uses, all beside it: `.<name>.scrutiny-lock` while it runs,
 * `.<name>.scrutiny-staging-<pid>` for everything it makes (the site in `site/`; Astro's root in
 * `root/`, its working folder in `work/`, its cache in `cache/`), and `.<name>.scrutiny-previous-<pid>` for the old
 * site during the swap.
 */
export function buildFolders(out, pid = process.pid) {
  const parent = path.dirname(out);
  const name = path.basename(out);
  const beside = (what) => path.join(parent, `.${name}.scrutiny-${what}`);
  const staging = beside(`staging-${pid}`);
  return {
    out,
    parent,
    name,
    lock: beside('lock'),
    staging,
    site: path.join(staging, 'site'),
    root: path.join(staging, 'root'),
    work: path.join(staging, 'work'),
    cache: path.join(staging, 'cache'),
    aside: beside(`previous-${pid}`),
  };
}

/**
 * Whether a process is running: not gone, not a zombie (ended, not yet reaped), and on Linux the
 * same process that took the lock, not a later one given its number.
 */
export function isRunning(pid, started) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (e.code !== 'EPERM') return false;
  }
  const stat = processStat(pid);
  if (!stat) return true;
  return stat.state !== 'Z' && (started === undefined || stat.started === started);
}

/** A process's state and start (clock ticks since boot) from /proc (Linux); undefined elsewhere. */
function processStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], started: fields[19] };
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock on an output folder, or says why not: another build of it is running. A lock
 * whose process is gone (a build killed with SIGKILL, or a machine that lost power) is taken over.
 * @returns {{ holds: () => boolean, release: () => void } | { refusal: string }}
 */
export function takeLock(folders) {
  const mine = JSON.stringify({ pid: process.pid, started: processStat(process.pid)?.started, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(folders.lock, 'wx');
      writeSync(fd, mine);
      closeSync(fd);
      const holds = () => {
        try {
          return readFileSync(folders.lock, 'utf8') === mine;
        } catch {
          return false;
        }
      };
      return { holds, release: () => holds() && unlinkSync(folders.lock) };
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const held = readLock(folders.lock);
    if (held && isRunning(held.pid, held.started)) {
      return {
        refusal:
          `another build (process ${held.pid}, since ${held.since}) is building this ` +
          `folder now. Wait for it to finish; if no build is running, delete ${folders.lock}`,
      };
    }
    rmSync(folders.lock, { force: true });
  }
  return { refusal: `other builds keep taking the lock ${folders.lock}: wait for them to finish` };
}

function readLock(file) {
  try {
    const held = JSON.parse(readFileSync(file, 'utf8'));
    return typeof held.pid === 'number' ? held : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cleans up after builds of this output that were killed (their process is gone): a site one of
 * them had moved aside goes back in place when the output is missing (it died between the two
 * moves of the swap), and their staging folders are deleted. Run while holding the lock.
 * @returns {string[]} what was done, to tell the user
 */
export function recoverLeftovers(folders) {
  const done = [];
  const leftover = new RegExp(`^\\.${escape(folders.name)}\\.scrutiny-(previous|staging)-(\\d+)$`);
  const found = readdirSync(folders.parent)
    .map((entry) => ({ entry, match: leftover.exec(entry) }))
    .filter(({ match }) => match && (Number(match[2]) === process.pid || !isRunning(Number(match[2]))))
    // Sites moved aside first, so that the previous site is back before any staging folder goes.
    .sort((a, b) => (a.match[1] === b.match[1] ? 0 : a.match[1] === 'previous' ? -1 : 1));
  for (const { entry, match } of found) {
    const full = path.join(folders.parent, entry);
    if (match[1] === 'previous' && !existsSync(folders.out)) {
      renameSync(full, folders.out);
      done.push(`put back ${folders.out}, which a stopped build had moved aside`);
    } else {
      rmSync(full, { recursive: true, force: true });
      done.push(`deleted ${full}, left by a stopped build`);
    }
  }
  return done;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The folder Astro builds from: links to the generator's own files, so that what Astro keeps
 * under its root (`.astro/`) is this build's alone. Astro runs in `work/`, outside the site
 * folder: it then writes its server chunks to `work/.astro/`, never among the pages (and that
 * is not the root's `.astro/`, whose files Astro would copy into the site). The chunks import
 * Astro's packages when the pages render, so `work/` links to node_modules too.
 */
export const linkedEntries = ['src', 'public', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function makeStaging(folders, project) {
  mkdirSync(folders.root, { recursive: true });
  mkdirSync(folders.work);
  symlinkSync(path.join(project, 'node_modules'), path.join(folders.work, 'node_modules'));
  for (const entry of linkedEntries) {
    if (existsSync(path.join(project, entry))) symlinkSync(path.join(project, entry), path.join(folders.root, entry));
  }
}

/**
 * Puts the finished site in place of the old: the old is moved aside, the new moved in, then the
 * old deleted. `between` runs between the two moves (the tests stop a build there).
 */
export function swapIn(folders, between = () => {}) {
  const hadSite = existsSync(folders.out);
  if (hadSite) renameSync(folders.out, folders.aside);
  between();
  try {
    renameSync(folders.site, folders.out);
  } catch (e) {
    if (hadSite) renameSync(folders.aside, folders.out);
    throw e;
  }
  rmSync(folders.aside, { recursive: true, force: true });
}
