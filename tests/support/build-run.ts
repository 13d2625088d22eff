import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The generator's own folder (the repository). */
export const project = path.resolve('.');

/**
 * A digest of every file and link under a folder, dotfiles included, by relative path: two
 * equal results mean the folder is byte for byte the same. Undefined when there is no folder.
 */
export function treeDigest(dir: string): Record<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  if (!lstatSync(dir).isDirectory()) return { '': createHash('sha256').update(readFileSync(dir)).digest('hex') };
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      const rel = path.relative(dir, full);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) out[rel] = `link → ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        out[`${rel}/`] = 'folder';
        walk(full);
      } else out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Every file under a folder (dotfiles and dot-folders included, links not followed), relative paths; none when it is missing. */
export function allFiles(dir: string): string[] {
  return Object.entries(treeDigest(dir) ?? {})
    .filter(([, v]) => v !== 'folder' && !v.startsWith('link'))
    .map(([k]) => k);
}

/** Files Astro makes on the way to a site and that must never be left where a site is served from. */
export function intermediates(dir: string): string[] {
  return allFiles(dir).filter(
    (f) => /(^|\/)(chunks|\.prerender)\//.test(f) || /\.(mjs|map)$/.test(f) || /(^|\/)(manifest[^/]*\.json|content-modules\.mjs|data-store\.json)$/.test(f),
  );
}

/** Files under a folder holding any of the words (the folder may be missing). */
export function filesHolding(dir: string, words: string[]): string[] {
  return allFiles(dir).filter((f) => {
    const text = readFileSync(path.join(dir, f), 'latin1');
    return words.some((w) => text.includes(w));
  });
}

export interface RunningBuild {
  child: ChildProcess;
  /** Everything the build printed so far. */
  said: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; said: string }>;
}

/**
 * `node scripts/build-sites.mjs --content … --out …` (or `npm run build -- …`) as a user runs it,
 * from the generator's folder (the repository, or a copy of it).
 */
export function startBuild(
  content: string,
  out: string,
  { env = {}, from = project, npm = false }: { env?: NodeJS.ProcessEnv; from?: string; npm?: boolean } = {},
): RunningBuild {
  const args = ['--content', content, '--out', out];
  const [command, ...rest] = npm
    ? ['npm', 'run', '--silent', 'build', '--', ...args]
    : [process.execPath, path.join(from, 'scripts', 'build-sites.mjs'), ...args];
  const child = spawn(command, rest, {
    cwd: from,
    env: { ...process.env, SCRUTINY_TODAY: '2026-11-22', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  child.stdout.on('data', (d) => (said += d));
  child.stderr.on('data', (d) => (said += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; said: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, said })),
  );
  return { child, said: () => said, exit };
}

/** A paper written in MDX, as content/papers/<id>.mdx, with its frontmatter. */
export function mdxPaper(fields: string, text: string): string {
  return `---\n# SYNTHETIC TEST DATA\n${fields.trim()}\n---\n${text}\n`;
}

/** Polls until the condition holds; fails with what it waited for. */
export async function waitUntil(what: string, condition: () => boolean, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`waited ${ms / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The processes whose parent is `pid`, with their command names (Linux /proc). */
export function childrenOf(pid: number): { pid: number; name: string }[] {
  const found: { pid: number; name: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: the name may hold spaces and brackets, so split after the last ')'.
      const close = stat.lastIndexOf(')');
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      if (ppid === pid) found.push({ pid: Number(entry), name: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** Every process started, directly or not, by `pid`. */
export function descendantsOf(pid: number): { pid: number; name: string }[] {
  const children = childrenOf(pid);
  return [...children, ...children.flatMap((c) => descendantsOf(c.pid))];
}

/** Whether a process runs (a zombie, ended but not yet reaped, does not). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Whether any HTML file under a folder (dot-folders included, links not followed) was written since `since` (ms). */
export function htmlWrittenSince(dir: string, since: number): boolean {
  const walk = (d: string): boolean => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return false;
    }
    for (const name of names) {
      const full = path.join(d, name);
      try {
        const stat = lstatSync(full);
        if (stat.isDirectory() ? walk(full) : name.endsWith('.html') && stat.mtimeMs >= since) return true;
      } catch {
        // removed while we looked
      }
    }
    return false;
  };
  return walk(dir);
}

/**
 * A throwaway copy of the generator to change on purpose (a page that throws, say): its own
 * src, scripts, public and settings, with the repository's node_modules linked in.
 */
export function projectCopy(): { root: string; write: (file: string, text: string) => void; remove: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'scrutiny-project-'));
  const root = path.join(parent, 'project');
  mkdirSync(root);
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(path.join(project, entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.join(project, 'node_modules'), path.join(root, 'node_modules'));
  return {
    root,
    write(file, text) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    },
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
