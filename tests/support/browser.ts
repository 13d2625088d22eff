import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../../scripts/chromium';

/** Debian's Chromium (or CHROMIUM_PATH), never a downloaded browser; flags keep it off the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}

/**
 * Keeps a context's pages on the site's own origin (or origins): every request to another host is
 * aborted, so nothing leaves this machine; data: and blob: addresses, made in the page, pass.
 * Returns the test of an address, for whoever records what was aborted.
 */
export async function keepToOrigin(context: BrowserContext, origin: string | string[]): Promise<(url: string) => boolean> {
  const own = Array.isArray(origin) ? origin : [origin];
  const isForeign = (u: string) => !own.some((o) => u === o || u.startsWith(`${o}/`)) && !u.startsWith('data:') && !u.startsWith('blob:');
  await context.route(
    (url) => isForeign(url.href),
    (route) => route.abort(),
  );
  return isForeign;
}
