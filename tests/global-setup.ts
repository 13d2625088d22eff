import { rmSync } from 'node:fs';
import { buildSite } from '../scripts/build-sites.mjs';
import { testSites, testToday } from './support/sites';
import { withheldContent, writeContent } from './support/withheld-content';
import { hostileContent } from './support/hostile-content';

/**
 * Builds every test site once for the whole run, two at a time (builds of different folders share
 * nothing: docs/safe-builds.md); the unit tests need none of them, and SCRUTINY_SKIP_BUILD skips it.
 */
export default async function setup() {
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
