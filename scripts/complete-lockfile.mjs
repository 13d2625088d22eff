#!/usr/bin/env node
/**
 * The npm registry reachable here holds only some platforms' builds of packages such as rollup,
 * so `npm install` writes a lockfile without entries for the others, and `npm ci` then refuses it
 * ("Missing: @rollup/rollup-darwin-x64 from lock file"). This adds those optional entries back, as
 * a lockfile written elsewhere would have them; npm ci skips optional packages it cannot fetch.
 * Run it after every `npm install` that changes package-lock.json (a unit test checks it was).
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function missingOptional(lock) {
  const packages = lock.packages ?? {};
  const missing = [];
  for (const [where, pkg] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
      const nested = `${where}/node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (!packages[nested] && !packages[hoisted]) missing.push({ key: hoisted, name, version });
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const missing = missingOptional(lock);
  for (const m of missing) lock.packages[m.key] = { version: m.version, optional: true };
  if (missing.length > 0) writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(missing.length ? `added ${missing.length} optional entries to ${file}` : `${file} is complete`);
}
