import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { htmlPages } from '../html';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/**
 * Every internal link and #fragment in a built site must resolve: to a file, and to an element
 * with that id in the target page. External addresses are left alone (the site never fetches them).
 */
export function checkLinks(dir: string): { checked: number; broken: BrokenLink[] } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const root = parse(readFileSync(file, 'utf8'));
      set = new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!));
      for (const a of root.querySelectorAll('a[name]')) set.add(a.getAttribute('name')!);
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const pageFile of htmlPages(dir)) {
    const full = path.join(dir, pageFile);
    const root = parse(readFileSync(full, 'utf8'));
    const pageUrl = '/' + pageFile.replace(/index\.html$/, '');
    const refs = [
      ...root.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href')!),
      ...root.querySelectorAll('script[src], img[src], source[src], iframe[src]').map((e) => e.getAttribute('src')!),
    ];
    for (const href of refs) {
      if (/^(https?:|mailto:|tel:|data:)/.test(href) || href.startsWith('//')) continue;
      checked++;
      const resolved = new URL(href, `http://site${pageUrl}`);
      let target = path.join(dir, decodeURIComponent(resolved.pathname));
      if (existsSync(target) && statSync(target).isDirectory()) target = path.join(target, 'index.html');
      if (!existsSync(target)) {
        broken.push({ page: pageUrl, href, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push({ page: pageUrl, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { checked, broken };
}
