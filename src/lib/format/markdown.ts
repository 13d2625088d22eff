import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

// Content is written by the publishing office, so inline HTML (e.g. transcription comments) is allowed.
// The footnote plugin's bundled types lag markdown-it's own; the plugin itself is compatible.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnote as unknown as (md: MarkdownIt) => void);

/** Minute text and papers are Markdown; this renders them to HTML once, at build time. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** Inline Markdown (a title or one-line decision) without a wrapping paragraph. */
export function renderInline(source: string): string {
  return md.renderInline(source);
}
