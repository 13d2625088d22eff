import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser';
import { recordRequests } from './checks/page-audit';
import { serve, type StaticServer } from './server';
import { siteDir, type TestSite } from './sites';

/** A browser with one context on some built test sites, each served on its own 127.0.0.1 port. */
export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  /** The origin a test site is served at. */
  origin: (site: TestSite) => string;
  /** Every request any page made to anything but these sites (recorded, and aborted). */
  foreign: string[];
  close: () => Promise<void>;
}

/** Opens a session on the sites, the first being the default; call close() in afterAll. */
export async function openSites(sites: TestSite[]): Promise<BrowserSession> {
  const browser = await launchBrowser();
  const servers = new Map<TestSite, StaticServer>();
  for (const site of sites) servers.set(site, await serve(siteDir(site)));
  const context = await browser.newContext();
  const foreign = await recordRequests(
    context,
    [...servers.values()].map((s) => s.origin),
  );
  const origin = (site: TestSite) => {
    const server = servers.get(site);
    if (!server) throw new Error(`the session does not serve the ${site} site (it serves ${sites.join(', ')})`);
    return server.origin;
  };
  const close = async () => {
    await context.close();
    await browser.close();
    for (const server of servers.values()) await server.close();
  };
  return { browser, context, origin, foreign, close };
}
