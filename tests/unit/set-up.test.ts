import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The shell commands of the README's "Set up" section, in order. */
function setUpCommands(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Set up\n')) ?? '';
  return [...section.matchAll(/^```sh\n([\s\S]*?)```/gm)].map((block) => block[1]!.trim());
}

describe('the README’s set-up', () => {
  const commands = setUpCommands(readFileSync('README.md', 'utf8'));

  test('is two commands: one builds the demo to view, one runs every test', () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm ci && .*npm run build.* && npm run preview$/);
    expect(commands[1]).toMatch(/^npm ci && .*npm test$/);
  });

  test('CI runs the README’s test command, line for line', () => {
    const ci = readFileSync('.ci/run', 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ci).toContain(commands[1]);
  });
});
