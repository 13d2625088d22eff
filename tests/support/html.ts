import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under a folder, relative paths. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

export function htmlPages(dir: string): string[] {
  return filesUnder(dir).filter((f) => f.endsWith('.html'));
}

/** The address a page's file is served at: `meetings/x/index.html` is `/meetings/x/`. */
export const urlOf = (file: string) => '/' + file.replace(/index\.html$/, '');

/** The action log's pages of actions (one per body and year raised), as site paths. */
export function actionLogPages(dir: string): string[] {
  return htmlPages(path.join(dir, 'actions'))
    .map((f) => path.dirname(f).split(path.sep).join('/'))
    .filter((d) => d.split('/').length === 2)
    .map((d) => `/actions/${d}/`);
}

/** The page at a site path like /meetings/x/ . */
export function page(dir: string, urlPath: string): HTMLElement {
  const file = urlPath.endsWith('/') ? path.join(dir, urlPath, 'index.html') : path.join(dir, urlPath);
  return parse(readFileSync(file, 'utf8'));
}

/**
 * Text as a reader compares it: markup gone, quotes and dashes unified, whitespace collapsed.
 * Used on both seed text and page text so transcription checks are not fooled by typography.
 */
export function normaliseText(s: string): string {
  return (
    s
      // Inline elements join their text to what follows ("<strong>Burglary</strong>, the"); block ones separate it.
      // Footnote references ("[1]") are markup, not words of the text.
      .replace(/<sup class="footnote-ref">.*?<\/sup>/g, '')
      .replace(/<sup><a [^>]*data-footnote-ref[^>]*>.*?<\/a><\/sup>/g, '')
      .replace(/<\/?(strong|em|b|i|u|a|span|sup|sub|code|abbr)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&nbsp;/g, ' ')
      .replace(/\*\*|__|(?<=\s|^)\*|\*(?=[\s.,;:]|$)/g, '')
      .replace(/[‘’`]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function mainText(root: HTMLElement): string {
  return normaliseText(root.querySelector('main')?.innerHTML ?? '');
}
