import sanitizeHtml from 'sanitize-html';

/**
 * Every piece of HTML made from content text passes through here before it reaches a page: an
 * allow-list of the elements and attributes a record's text needs (sanitize-html). So no text,
 * however it was written or imported, can run script, load anything from another site, or take
 * over the page: no <script>, <style>, <iframe>, <form> or <svg>; no event handler, style or
 * class attribute; no link but http(s), mailto and tel (and the page's own), no image but the
 * site's own. An element not on the list is shown as the text it was written as, so nothing of
 * the record silently disappears.
 */

const footnoteId = /^fn(?:ref)?\d+(?::\d+)?$/;

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    'code',
    'kbd',
    'samp',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'del',
    'ins',
    'sub',
    'sup',
    'small',
    'mark',
    'abbr',
    'cite',
    'q',
    'dfn',
    'time',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'table',
    'caption',
    'colgroup',
    'col',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'a',
    'img',
    'span',
    'div',
    'section',
    'figure',
    'figcaption',
    'address',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'id', 'class'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    time: ['datetime'],
    ol: ['start', 'reversed', 'type', 'class'],
    li: ['value', 'id', 'class'],
    th: ['colspan', 'rowspan', 'scope', 'headers', 'class'],
    td: ['colspan', 'rowspan', 'headers', 'class'],
    col: ['span'],
    colgroup: ['span'],
    sup: ['class'],
    hr: ['class'],
    section: ['class'],
    div: ['class'],
  },
  // Only the classes Markdown's footnotes are written with; nothing may borrow the site's own.
  allowedClasses: {
    th: ['align-left', 'align-center', 'align-right'],
    td: ['align-left', 'align-center', 'align-right'],
    sup: ['footnote-ref'],
    hr: ['footnotes-sep'],
    section: ['footnotes'],
    ol: ['footnotes-list'],
    li: ['footnote-item'],
    a: ['footnote-backref'],
    // The box a Markdown table is put in (markdown.ts).
    div: ['table-scroll'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  // An image from another site would be a request to it from every reader's browser.
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  disallowedTagsMode: 'escape',
  transformTags: {
    // Ids only as the footnotes make them, so text cannot clash with the page's own ids.
    a: (tagName, attribs) => ({ tagName, attribs: withFootnoteIdOnly(attribs) }),
    li: (tagName, attribs) => ({ tagName, attribs: withFootnoteIdOnly(attribs) }),
    // A Markdown table's column alignment, which markdown-it writes as a style the page's policy
    // would refuse, becomes a class of the site's own.
    th: (tagName, attribs) => ({ tagName, attribs: alignmentAsClass(attribs) }),
    td: (tagName, attribs) => ({ tagName, attribs: alignmentAsClass(attribs) }),
  },
  // Relative image addresses only, and never one that climbs out of the site ("//host/…").
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^\/(?!\/)|^\.{0,2}\/?[\w-]/.test(frame.attribs.src ?? ''),
};

function withFootnoteIdOnly(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  if (attribs.id === undefined || footnoteId.test(attribs.id)) return attribs;
  const { id: _id, ...rest } = attribs;
  return rest;
}

function alignmentAsClass(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const { style, class: _class, ...rest } = attribs;
  const align = /^text-align:\s*(left|center|right);?$/.exec(style ?? '')?.[1];
  return align ? { ...rest, class: `align-${align}` } : rest;
}

/** HTML from content, with everything not on the allow-list removed or shown as text. */
export function safeHtml(html: string): string {
  return sanitizeHtml(html, options);
}
