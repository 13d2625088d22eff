import type { Browser, Page } from 'playwright-core';
import { keepToOrigin } from '../browser';

/**
 * The layout gate: what axe and the validator cannot see, measured in Chromium on the rendered
 * page. Each page loads once per JavaScript mode; the viewport is then resized to each width (no
 * reload), and with JavaScript on the page is finally emulated as printed.
 */
export const layoutWidths = [320, 390, 1280] as const;
export const printWidths = [1280] as const;
/** Every check the gate makes, in the order the gate's test reports them. */
export const layoutChecks = ['page scroll', 'past the viewport', 'narrow text', 'print headings', 'clipped cell', 'header focus order'] as const;
export type LayoutCheck = (typeof layoutChecks)[number];
export interface LayoutFailure {
  site: string;
  url: string;
  /** "js 320", "no-js 1280", "print 1280": JavaScript, medium and width. */
  mode: string;
  check: LayoutCheck;
  detail: string;
}
type Found = Omit<LayoutFailure, 'site' | 'url' | 'mode'>;

/** Runs in the page. Every check but "page scroll" and "past the viewport" also runs in print. */
function probe(print: boolean): Found[] {
  const found: Found[] = [];
  const add = (check: LayoutCheck, detail: string) => found.push({ check, detail });
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const text = ((el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}>${text ? ` "${text}"` : ''}`;
  };
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // Hidden for sight but kept for screen readers (.visually-hidden, a skip link off-screen).
  const srOnly = (el: Element) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width <= 1 || r.height <= 1 || (s.position === 'absolute' && (s.clip !== 'auto' || s.clipPath !== 'none'));
  };
  const clips = (s: CSSStyleDeclaration) => s.overflowX !== 'visible';
  const all = [...document.body.querySelectorAll('*')];

  if (!print) {
    const root = document.scrollingElement ?? document.documentElement;
    const width = document.documentElement.clientWidth;
    if (root.scrollWidth > root.clientWidth + 1) add('page scroll', `the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px viewport`);
    // The outermost elements, and runs of text (a long address in a paragraph), whose right edge
    // passes the viewport, unless a container that scrolls or clips (a table's wrapper) holds them.
    const past = (r: DOMRect) => r.right > width + 1 && r.width > 1;
    // Whether an element and all its ancestors neither clip nor pass the viewport (remembered,
    // since every element and run of text asks it of its ancestors).
    const memo = new Map<Element, boolean>();
    const placed = (el: Element | null): boolean => {
      if (!el || el === document.body) return true;
      let ok = memo.get(el);
      if (ok === undefined) {
        ok = !clips(getComputedStyle(el)) && el.getBoundingClientRect().right <= width + 1 && placed(el.parentElement);
        memo.set(el, ok);
      }
      return ok;
    };
    for (const el of all) {
      if (past(el.getBoundingClientRect()) && shown(el) && !srOnly(el) && placed(el.parentElement))
        add('past the viewport', `${name(el)} reaches ${Math.round(el.getBoundingClientRect().right)} px of ${width}`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (past(r) && shown(parent) && !srOnly(parent) && placed(parent))
        add(
          'past the viewport',
          `text "${node.textContent.trim().slice(0, 40)}" in ${name(parent).split('>')[0]}> reaches ${Math.round(r.right)} px of ${width}`,
        );
    }
  }

  // A paragraph or list item of real text squeezed to a few words a line.
  for (const el of document.querySelectorAll('p, li')) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 40 || !shown(el) || srOnly(el)) continue;
    const s = getComputedStyle(el);
    const content = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    const chars = content / (parseFloat(s.fontSize) * 0.5);
    if (chars < 25) add('narrow text', `${name(el)} is ${Math.round(content)} px wide, about ${Math.round(chars)} characters`);
  }

  // A cell, or something in it, that cuts its own text off.
  for (const cell of document.querySelectorAll('td, th')) {
    if (!shown(cell)) continue;
    for (const el of [cell, ...cell.querySelectorAll('*')]) {
      if (!shown(el) || srOnly(el)) continue;
      const s = getComputedStyle(el);
      const cut = (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow !== 'clip') && el.scrollWidth > el.clientWidth + 1;
      if (cut) add('clipped cell', `${name(el)} shows ${el.clientWidth} of ${el.scrollWidth} px`);
    }
  }

  if (print) {
    for (const table of document.querySelectorAll('table')) {
      if (!shown(table)) continue;
      const heads = [...table.querySelectorAll('thead th, tr:first-child > th')];
      for (const th of new Set(heads)) {
        // A corner cell left empty in the document is empty on screen too: not a printing fault.
        if (!(th.textContent ?? '').trim()) continue;
        const r = th.getBoundingClientRect();
        const text = (th as HTMLElement).innerText.trim();
        if (!shown(th) || r.width === 0 || r.height === 0 || text === '') {
          const caption = table.caption?.innerText.trim().slice(0, 50) ?? 'a table';
          add('print headings', `the heading "${(th.textContent ?? '').trim().slice(0, 30)}" of "${caption}" shows no text`);
        }
      }
    }
  }
  return found;
}

/**
 * Runs in the page: the header's focusable elements in sequential focus order (positive tabindex
 * first, then document order: what Tab does, checked against real Tab presses in the gate), and
 * whether their places on screen go top to bottom, then left to right within a row.
 */
function headerOrder(): { order: string[]; found: Found[] } {
  const header = document.querySelector('header');
  if (!header) return { order: [], found: [] };
  // A details element's summary is focusable too (the phone header's menu is one).
  const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, [tabindex], details > summary:first-of-type';
  const focusable = [...header.querySelectorAll<HTMLElement>(selector)].filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
  );
  const sorted = [...focusable.filter((el) => el.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex), ...focusable.filter((el) => el.tabIndex === 0)];
  const label = (el: HTMLElement) =>
    `<${el.tagName.toLowerCase()}> "${(el.innerText || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 30)}"`;
  const found: Found[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!.getBoundingClientRect();
    const b = sorted[i]!.getBoundingClientRect();
    // Same row when their vertical extents overlap by half the shorter one.
    const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    const sameRow = overlap > Math.min(a.height, b.height) / 2;
    // A later row may start further left (it wrapped); an earlier row, or a place to the left in
    // the same row, is out of order.
    const wrong = sameRow ? b.left < a.left - 1 : b.top < a.top;
    if (wrong)
      found.push({
        check: 'header focus order',
        detail: `${label(sorted[i]!)} comes after ${label(sorted[i - 1]!)} but is ${sameRow ? 'to its left' : 'above it'}`,
      });
  }
  return { order: sorted.map(label), found };
}

/** The labels of the header's elements as real Tab presses from the top of the page reach them. */
export async function tabbedHeader(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { inHeader: false, label: '' };
      const label = `<${el.tagName.toLowerCase()}> "${(el.innerText || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 30)}"`;
      return { inHeader: !!el.closest('header'), label };
    });
    if (where.inHeader) seen.push(where.label);
    else if (seen.length > 0) break;
  }
  return seen;
}

/** The header's focus order as computed in the page (see headerOrder). */
export async function headerFocusOrder(page: Page): Promise<string[]> {
  return (await page.evaluate(headerOrder)).order;
}

/** The gate's "header focus order" check on the page as it is now (the phone test's, with the menu open). */
export async function headerFocusProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(headerOrder)).found.map((f) => f.detail);
}

type PageFailure = Omit<LayoutFailure, 'site'>;
export interface PageLayout {
  /** The address that answered, after any redirect, without the origin; its status follows it unless 200. */
  address: string;
  failures: PageFailure[];
}

/** Every layout failure of one page: loaded once with JavaScript on or off, then resized and printed. */
export async function checkPageLayout(page: Page, origin: string, url: string, js: boolean): Promise<PageLayout> {
  const out: PageFailure[] = [];
  const add = (mode: string, found: Found[]) => out.push(...found.map((f) => ({ url, mode, ...f })));
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: layoutWidths[0], height: 800 });
  const response = await page.goto(origin + url);
  if (!response) throw new Error(`no response for ${url}`);
  const address = response.url().slice(origin.length) + (response.status() === 200 ? '' : ` (${response.status()})`);
  // A page with a script (search fetches Pagefind's filters after load) is measured once its
  // network has been quiet for half a second; the others at once.
  if (js && (await page.evaluate(() => [...document.scripts].some((s) => s.type !== 'application/ld+json')))) await page.waitForLoadState('networkidle');
  for (const width of layoutWidths) {
    await page.setViewportSize({ width, height: 800 });
    const mode = `${js ? 'js' : 'no-js'} ${width}`;
    add(mode, await page.evaluate(probe, false));
    add(mode, (await page.evaluate(headerOrder)).found);
  }
  if (js) {
    await page.emulateMedia({ media: 'print' });
    for (const width of printWidths) {
      await page.setViewportSize({ width, height: 800 });
      add(`print ${width}`, await page.evaluate(probe, true));
    }
  }
  return { address, failures: out };
}

export interface SiteLayout {
  failures: PageFailure[];
  /** The addresses that answered (PageLayout.address), in the order they were checked, with JavaScript on and off. */
  visited: Record<'js' | 'no-js', string[]>;
}

/** Checks every page in a few tabs at once, with JavaScript on and off. */
export async function checkLayout(browser: Browser, origin: string, urls: string[], tabs = 3): Promise<SiteLayout> {
  const out: PageFailure[] = [];
  const visited: SiteLayout['visited'] = { js: [], 'no-js': [] };
  for (const js of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled: js });
    await keepToOrigin(context, origin);
    const queue = [...urls];
    const worker = async () => {
      const page = await context.newPage();
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const { address, failures } = await checkPageLayout(page, origin, url, js);
        visited[js ? 'js' : 'no-js'].push(address);
        out.push(...failures);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: tabs }, worker));
    await context.close();
  }
  return { failures: out, visited };
}

/** Counts of failures by check, for the assertion's message. */
export function summarise(failures: LayoutFailure[]): string {
  const counts = new Map<string, number>();
  for (const f of failures) counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
  return [...counts].map(([check, n]) => `${check}: ${n}`).join(', ') || 'none';
}
