import { chromium, type Browser } from 'playwright-core';
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
