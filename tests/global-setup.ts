import { rmSync } from 'node:fs';
import { buildSite } from '../scripts/build-sites.mjs';
import { testSites, testToday } from './support/sites';
import { withheldContent, writeContent } from './support/withheld-content';
import { hostileContent } from './support/hostile-content';
import { ChromiumMissing, ensureChromium } from '../scripts/chromium';

/**
 * The site project's setup. First it makes sure the browser tests have their Chromium (installing
 * Debian's when it is missing and the machine allows it), or stops the run at once with the command
 * to run (scripts/chromium.ts). Then it builds every test site once for the whole run, two at a
 * time (builds of different folders share nothing: docs/safe-builds.md); SCRUTINY_SKIP_BUILD skips
 * the builds, to reuse those of an earlier run. The unit project has no setup.
 */
export default async function setup() {
  try {
    ensureChromium();
  } catch (e) {
    if (!(e instanceof ChromiumMissing)) throw e;
    // Said plainly and at once, rather than as an unhandled error after a list of test patterns.
    console.error(`\n${e.message}\n`);
    process.exit(1);
  }
  if (process.env.SCRUTINY_SKIP_BUILD) return;
  rmSync(testSites.withheld.content, { recursive: true, force: true });
  writeContent(testSites.withheld.content, withheldContent().files);
  rmSync(testSites.hostile.content, { recursive: true, force: true });
  writeContent(testSites.hostile.content, hostileContent().files);
  const queue = Object.values(testSites);
  const builder = async () => {
    for (let site = queue.shift(); site; site = queue.shift()) {
      rmSync(site.out, { recursive: true, force: true });
      const { ok, seconds } = await buildSite(site, { SCRUTINY_TODAY: testToday });
      if (!ok) throw new Error(`building ${site.content} for the tests failed: see the messages above`);
      console.log(`built ${site.content} → ${site.out} in ${seconds.toFixed(1)} s`);
    }
  };
  await Promise.all([builder(), builder()]);
}
