/** The browser tests' Chromium check on its own (scripts/chromium.ts): npx vite-node scripts/check-chromium.ts */
import { ChromiumMissing, ensureChromium } from './chromium';

try {
  console.log(`Chromium for the browser tests: ${ensureChromium()}`);
} catch (e) {
  if (!(e instanceof ChromiumMissing)) throw e;
  console.error(e.message);
  process.exit(1);
}
