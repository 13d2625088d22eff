import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { safeHtml } from './safe-html';

// Minutes and papers may hold the HTML an office writes in Markdown (a <br> in a table cell, <u>),
// so blocks are read with HTML on, and every result then passes the allow-list of safe-html.ts.
// The footnote plugin's bundled types lag markdown-it's own; the plugin itself is compatible.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnote as unknown as (md: MarkdownIt) => void);
// A table is held in a box that scrolls sideways on a narrow screen, so the page never does.
md.renderer.rules.table_open = () => '<div class="table-scroll">\n<table>\n';
md.renderer.rules.table_close = () => '</table>\n</div>\n';
// A one-line field (a title, a decision, a recommendation) is text with Markdown's emphasis and
// links, never HTML: what looks like a tag is shown as written.
const inline = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Minute text and papers are Markdown; this renders them to safe HTML once, at build time. */
export function renderMarkdown(source: string): string {
  return safeHtml(md.render(source));
}

/** Inline Markdown (a title or one-line decision) without a wrapping paragraph, and without HTML. */
export function renderInline(source: string): string {
  return safeHtml(inline.renderInline(source));
}
