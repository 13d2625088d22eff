import { rmSync } from 'node:fs';
// @ts-ignore: a plain .mjs script, shared with `npm run build`
import { buildSite } from '../scripts/build-sites.mjs';
import { testSites, testToday } from './support/sites';
import { withheldContent, writeContent } from './support/withheld-content';
import { hostileContent } from './support/hostile-content';

/** Builds every test site once for the whole run; the unit tests need none of them but it is quick. */
export default async function setup() {
  if (process.env.SCRUTINY_SKIP_BUILD) return;
  rmSync(testSites.withheld.content, { recursive: true, force: true });
  writeContent(testSites.withheld.content, withheldContent().files);
  rmSync(testSites.hostile.content, { recursive: true, force: true });
  writeContent(testSites.hostile.content, hostileContent().files);
  for (const site of Object.values(testSites)) {
    rmSync(site.out, { recursive: true, force: true });
    const { ok, seconds } = await buildSite(site, { SCRUTINY_TODAY: testToday });
    if (!ok) throw new Error(`building ${site.content} for the tests failed: see the messages above`);
    console.log(`built ${site.content} → ${site.out} in ${seconds.toFixed(1)} s`);
  }
}
