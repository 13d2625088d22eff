/**
 * The browser tests drive Debian's Chromium, never a downloaded browser. Before the site tests run
 * (tests/global-setup.ts), this makes sure it is there: found, it is used; missing on a machine
 * that allows it (root, with apt-get), Debian's package is installed, saying so; otherwise the
 * tests stop at once with the one command to run.
 *
 *   npx vite-node scripts/check-chromium.ts     the same check on its own
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export const debianChromium = '/usr/bin/chromium';

/** The command that installs Debian's Chromium, run as root. */
export const installCommand = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium';

/** What a non-root user runs instead: the same, through sudo. */
const sudoCommand = `sudo sh -c 'apt-get update && apt-get install -y chromium'`;

/** Where the browser tests look for Chromium: CHROMIUM_PATH, or Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || debianChromium;
}

/** What is known of the machine: the Chromium wanted, whether it is there, and who may install it. */
export interface Machine {
  /** The path the browser tests will launch. */
  chromium: string;
  /** Whether that path came from CHROMIUM_PATH rather than being Debian's. */
  named: boolean;
  /** Whether an executable file is at that path. */
  found: boolean;
  /** Whether this process runs as root. */
  root: boolean;
  /** Whether apt-get is on the PATH. */
  aptGet: boolean;
}

type Use = { do: 'use'; chromium: string };
type Install = { do: 'install'; command: string; say: string };
type Stop = { do: 'stop'; message: string };
export type ChromiumPlan = Use | Install | Stop;

const where = (machine: Pick<Machine, 'chromium' | 'named'>) => `${machine.chromium}${machine.named ? ' (CHROMIUM_PATH)' : ''}`;

/** Decides what to do before the browser tests: use the Chromium there, install Debian's, or stop. */
export function chromiumPlan(machine: Machine): ChromiumPlan {
  if (machine.found) return { do: 'use', chromium: machine.chromium };
  const missing = `The browser tests need Chromium, and there is none at ${where(machine)}.`;
  if (!machine.aptGet) {
    return {
      do: 'stop',
      message:
        `${missing}\nThis machine has no apt-get to install Debian's chromium with. Install Chromium ` +
        `another way, then run the tests with its path:\n  CHROMIUM_PATH=/path/to/chromium npm test`,
    };
  }
  if (!machine.root) {
    return {
      do: 'stop',
      message: `${missing}\nOnly root can install Debian's chromium. Run this, then the tests again:\n  ${sudoCommand}`,
    };
  }
  return { do: 'install', command: installCommand, say: `${missing} Installing Debian's chromium: ${installCommand}` };
}

/** After the install: the Chromium to use, or why the tests cannot start. */
export function afterInstall(machine: Pick<Machine, 'chromium' | 'named' | 'found'>, exitCode: number | null): Use | Stop {
  if (exitCode !== 0) {
    return {
      do: 'stop',
      message:
        `Installing Debian's chromium failed (apt-get exited with ${exitCode ?? 'a signal'}: see ` +
        `its messages above). Fix that, then run this and the tests again:\n  ${installCommand}`,
    };
  }
  if (machine.found) return { do: 'use', chromium: machine.chromium };
  return {
    do: 'stop',
    message: `Debian's chromium was installed, but there is still no Chromium at ${where(machine)}. ${
      machine.named
        ? `Leave CHROMIUM_PATH unset to use Debian's at ${debianChromium}:\n  unset CHROMIUM_PATH`
        : 'Check the package installed: apt-get install -y chromium'
    }`,
  };
}

/** Thrown when the browser tests cannot start; its message says what to run. */
export class ChromiumMissing extends Error {}

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (command: string, pathList = '') => pathList.split(path.delimiter).some((dir) => dir && isExecutable(path.join(dir, command)));

/** Looks at this machine as chromiumPlan needs. */
export function thisMachine(env: NodeJS.ProcessEnv = process.env): Machine {
  const chromium = chromiumPath(env);
  return { chromium, named: Boolean(env.CHROMIUM_PATH), found: isExecutable(chromium), root: process.getuid?.() === 0, aptGet: onPath('apt-get', env.PATH) };
}

/**
 * Makes sure the browser tests have their Chromium, installing Debian's when it is missing and the
 * machine allows it. Returns its path; throws ChromiumMissing, with the command to run, otherwise.
 */
export function ensureChromium(env: NodeJS.ProcessEnv = process.env, say: (line: string) => void = console.log): string {
  const machine = thisMachine(env);
  const plan = chromiumPlan(machine);
  const install = (step: Install) => {
    say(step.say);
    const run = spawnSync('sh', ['-c', step.command], { stdio: 'inherit', env });
    return afterInstall({ ...machine, found: isExecutable(machine.chromium) }, run.status);
  };
  const outcome = plan.do === 'install' ? install(plan) : plan;
  if (outcome.do === 'stop') throw new ChromiumMissing(outcome.message);
  return outcome.chromium;
}
