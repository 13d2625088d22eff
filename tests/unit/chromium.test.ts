import { describe, expect, test } from 'vitest';
import { afterInstall, chromiumPath, chromiumPlan, installCommand, type Machine } from '../../scripts/chromium';

const debian: Machine = { chromium: '/usr/bin/chromium', named: false, found: true, root: false, aptGet: true };

describe('the Chromium the browser tests drive', () => {
  test('is CHROMIUM_PATH when set, Debian’s otherwise', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
  });

  test('found: it is used, whoever runs the tests and whatever the machine has', () => {
    for (const root of [true, false]) {
      for (const aptGet of [true, false]) {
        expect(chromiumPlan({ ...debian, root, aptGet })).toEqual({ do: 'use', chromium: '/usr/bin/chromium' });
      }
    }
    expect(chromiumPlan({ ...debian, chromium: '/opt/chrome', named: true })).toEqual({ do: 'use', chromium: '/opt/chrome' });
  });

  test('missing, as root with apt-get: Debian’s chromium is installed, saying so', () => {
    const plan = chromiumPlan({ ...debian, found: false, root: true });
    expect(plan).toEqual({ do: 'install', command: installCommand, say: expect.stringContaining(installCommand) });
    expect(installCommand).toBe('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    if (plan.do === 'install') expect(plan.say).toContain('there is none at /usr/bin/chromium');
  });

  test('missing, not root: the tests stop with the one command to run', () => {
    const plan = chromiumPlan({ ...debian, found: false, root: false });
    expect(plan.do).toBe('stop');
    if (plan.do !== 'stop') return;
    expect(plan.message).toContain('there is none at /usr/bin/chromium');
    expect(plan.message.split('\n').at(-1)).toBe(`  sudo sh -c 'apt-get update && apt-get install -y chromium'`);
  });

  test('missing, no apt-get: the tests stop, asking for a Chromium by CHROMIUM_PATH, root or not', () => {
    for (const root of [true, false]) {
      const plan = chromiumPlan({ ...debian, chromium: '/nonexistent', named: true, found: false, root, aptGet: false });
      expect(plan.do).toBe('stop');
      if (plan.do !== 'stop') continue;
      expect(plan.message).toContain('there is none at /nonexistent (CHROMIUM_PATH)');
      expect(plan.message).toContain('no apt-get');
      expect(plan.message.split('\n').at(-1)).toBe('  CHROMIUM_PATH=/path/to/chromium npm test');
    }
  });

  test('after the install: used when it is there, else a stop that says why', () => {
    expect(afterInstall({ chromium: '/usr/bin/chromium', named: false, found: true }, 0)).toEqual({ do: 'use', chromium: '/usr/bin/chromium' });
    const failed = afterInstall({ chromium: '/usr/bin/chromium', named: false, found: false }, 100);
    expect(failed).toEqual({ do: 'stop', message: expect.stringContaining('apt-get exited with 100') });
    const elsewhere = afterInstall({ chromium: '/nonexistent', named: true, found: false }, 0);
    expect(elsewhere).toEqual({ do: 'stop', message: expect.stringContaining('unset CHROMIUM_PATH') });
  });
});
