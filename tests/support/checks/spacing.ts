import { HTMLElement, TextNode, parse } from 'node-html-parser';

/**
 * Spaces a page's own templates put where none belongs: before a comma or full stop ("Forward
 * Plan , received by"), or inside an opening bracket ("( 2022"). Text is read as a browser lays it
 * out, whitespace collapsed across elements. Transcribed documents (`.prose`, as they were
 * published) and code are left out: their spacing is the document's, not the site's. Also
 * doubled marks: brackets closed twice, "(PEEL Report 2022 (OPCC 11th July))", and a `<q>` whose
 * text brings its own quotation marks, which the browser then doubles.
 */
export function spacingFaults(html: string): string[] {
  const root = parse(html);
  const quoted = root
    .querySelectorAll('q')
    .filter((q) => /^["“'‘]/.test(q.textContent.trim()))
    .map((q) => `<q>${q.textContent}</q>`);
  for (const el of root.querySelectorAll('script, style, template, .prose')) el.remove();
  // Code stands as a word, whatever it holds: ".csv" is no stray full stop.
  for (const el of root.querySelectorAll('pre, code')) el.set_content('code');
  const main = root.querySelector('body') ?? root;
  const text = textOf(main).replace(/\s+/g, ' ');
  const spaced = [...text.matchAll(/ [,.](?=\s|$)| ,|\( |\)\)/g)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 30).trim());
  return [...spaced, ...quoted];
}

/** Text as laid out: block elements apart, inline ones joined as written. */
function textOf(el: HTMLElement): string {
  return el.childNodes.map((n) => (n instanceof TextNode ? n.text.replace(/\u00a0/g, ' ') : n instanceof HTMLElement ? blockish(n) : '')).join('');
}
const blocks = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'DT',
  'DD',
  'DL',
  'TD',
  'TH',
  'TR',
  'TABLE',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BR',
  'NAV',
  'HEADER',
  'FOOTER',
  'MAIN',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'FORM',
  'LABEL',
  'OPTION',
  'SELECT',
]);
function blockish(el: HTMLElement): string {
  const inner = textOf(el);
  return blocks.has(el.tagName) ? `\n${inner}\n` : inner;
}
