import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptional } from '../../scripts/complete-lockfile.mjs';

describe('package-lock.json', () => {
  it('lists every optional platform package, so `npm ci` accepts it on a fresh machine', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    const missing = missingOptional(lock).map((m: { name: string }) => m.name);
    expect(missing, 'run `npm run lockfile` after npm install').toEqual([]);
  });

  it('the check finds a missing entry', () => {
    const lock = { packages: { 'node_modules/rollup': { optionalDependencies: { '@rollup/rollup-x': '1.0.0' } } } };
    expect(missingOptional(lock)).toEqual([{ key: 'node_modules/@rollup/rollup-x', name: '@rollup/rollup-x', version: '1.0.0' }]);
  });
});
