import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { keepToOrigin } from '../browser';
import { scriptReport, type ScriptReport } from './script-guard';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface PageAudit {
  url: string;
  violations: { id: string; impact?: string | null; help: string; targets: string[] }[];
  /** Requests to anything but the page's own origin. */
  foreignRequests: string[];
  keyboard: string[];
  /** Script content made run, and what the page's policy blocked (with guardScripts on the context). */
  scripts: ScriptReport;
}

/**
 * Records every request a page makes; anything off its own origin is a third party. Such
 * requests are recorded and then aborted, so nothing ever leaves this machine.
 */
export async function recordRequests(context: BrowserContext, origin: string | string[]): Promise<string[]> {
  const foreign: string[] = [];
  const isForeign = await keepToOrigin(context, origin);
  context.on('request', (r) => {
    if (isForeign(r.url())) foreign.push(r.url());
  });
  return foreign;
}

/**
 * The first Tab lands on a visible "skip to main content" link with a visible focus style, and
 * following it moves focus to the main content.
 */
export async function checkSkipLink(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      tag: el.tagName,
      href: el.getAttribute('href'),
      text: el.textContent?.trim(),
      visible: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
      focusStyle: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)',
    };
  });
  if (!focused || focused.tag !== 'A' || !focused.href?.startsWith('#')) {
    problems.push(`the first Tab does not reach a skip link (got ${focused?.tag} ${focused?.text ?? ''})`);
    return problems;
  }
  if (!/skip to main content/i.test(focused.text ?? '')) problems.push(`the first link is "${focused.text}", not "Skip to main content"`);
  if (!focused.visible) problems.push('the skip link is not visible when focused');
  if (!focused.focusStyle) problems.push('the focused skip link has no visible focus style');
  await page.keyboard.press('Enter');
  const target = focused.href.slice(1);
  const moved = await page.evaluate((id) => document.activeElement?.id === id || document.activeElement?.closest(`#${id}`) !== null, target);
  if (!moved) problems.push(`following the skip link does not move focus to #${target}`);
  return problems;
}

export async function auditPage(context: BrowserContext, origin: string, path: string): Promise<PageAudit> {
  const page = await context.newPage();
  const url = origin + path;
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || (response.status() >= 400 && !path.endsWith('404.html'))) throw new Error(`${url} answered ${response?.status()}`);
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const keyboard = await checkSkipLink(page);
  const scripts = await scriptReport(page, path);
  await page.close();
  return {
    url: path,
    violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
    foreignRequests: [],
    keyboard,
    scripts,
  };
}
