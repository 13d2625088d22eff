import fc from 'fast-check';
import { HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from '../../src/lib/format/markdown';

// Text from content, however hostile, must never become markup that runs script, loads from
// another site, or borrows the page's own ids and classes.
const hostile = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 1">',
  '<img src="https://tracker.example/p.gif" alt="pixel">',
  '<img src="//tracker.example/p.gif">',
  '<img src="data:image/png;base64,iVBORw0KGgo=">',
  '![pixel](https://tracker.example/p.gif)',
  '![inline](data:image/gif;base64,R0lGODlhAQABAAAAACw=)',
  '<iframe srcdoc="<script>parent.pwned = 1</script>"></iframe>',
  '<a href="javascript:window.pwned = 1">link</a>',
  '<a href=" JaVaScRiPt:window.pwned = 1">link</a>',
  '<a href="jav&#x09;ascript:window.pwned = 1">link</a>',
  '[link](javascript:window.pwned=1)',
  '[link](vbscript:msgbox)',
  '<a href="data:text/html,<script>alert(1)</script>">d</a>',
  '<svg onload="window.pwned = 1"><circle r="1"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<style>body { display: none }</style>',
  '<p style="position:fixed;inset:0">cover</p>',
  '<div class="site-header skip-link">borrowed</div>',
  '<p id="main">clash</p>',
  '<form action="https://evil.example/"><input name="q"><button>Go</button></form>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<base href="https://evil.example/"><meta http-equiv="refresh" ' +
    'content="0;url=https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
  '<details open ontoggle="window.pwned = 1">x</details>',
  '<a href="https://example.org/" target="_blank" rel="opener">opener</a>',
  '<!--><script>window.pwned = 1</script>-->',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<scr<script>ipt>window.pwned = 1</script>',
  '"><script>window.pwned = 1</script>',
  '<table><tr><td background="javascript:alert(1)">x</td></tr></table>',
  '<video><source onerror="window.pwned = 1"></video><audio src=x onerror=alert(1)>',
  '<template><script>window.pwned = 1</script></template>',
  '<marquee onstart="window.pwned = 1">x</marquee>',
  '<blockquote cite="javascript:alert(1)">q</blockquote>',
];

const executable = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'base',
  'meta',
  'link',
  'template',
  'noscript',
  'video',
  'audio',
  'source',
  'marquee',
  'details',
]);
const pageClasses = /^(align-left|align-center|align-right|footnote-ref|footnotes-sep|footnotes|footnotes-list|footnote-item|footnote-backref|table-scroll)$/;

/** What is wrong with some HTML made from content, in words; none when it is safe. */
function unsafe(html: string): string[] {
  const problems: string[] = [];
  const visit = (el: HTMLElement) => {
    const tag = el.rawTagName?.toLowerCase();
    if (tag && executable.has(tag)) problems.push(`<${tag}> element`);
    for (const [name, value] of Object.entries(el.attributes ?? {})) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) problems.push(`${n} attribute on <${tag}>`);
      if (n === 'style' || n === 'srcdoc' || n === 'background' || n === 'target' || n === 'rel') problems.push(`${n} attribute on <${tag}>`);
      if (n === 'id' && !/^fn(ref)?\d+(:\d+)?$/.test(value)) problems.push(`id "${value}"`);
      if (n === 'class' && !value.split(/\s+/).every((c) => pageClasses.test(c))) problems.push(`class "${value}"`);
      if (['href', 'src', 'cite', 'action', 'data', 'formaction'].includes(n)) {
        // eslint-disable-next-line no-control-regex -- control characters are what this matches
        const v = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(v)?.[1];
        if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) problems.push(`${n}="${value}"`);
        if (tag === 'img' && (scheme || v.startsWith('//'))) problems.push(`image from another site: ${value}`);
      }
    }
    for (const child of el.childNodes) if (child instanceof HTMLElement) visit(child);
  };
  visit(parse(html));
  return problems;
}

describe('HTML made from content text', () => {
  it.each(hostile)('is safe in minutes and papers: %s', (text) => {
    expect(unsafe(renderMarkdown(`Before.\n\n${text}\n\nAfter.`))).toEqual([]);
    expect(unsafe(renderMarkdown(`| a |\n| - |\n| ${text.replace(/\|/g, '\\|')} |`))).toEqual([]);
  });

  it.each(hostile)('is plain text in one-line fields (titles, decisions, recommendations): %s', (text) => {
    const html = renderInline(text);
    expect(unsafe(html)).toEqual([]);
    // No element of the text survives at all; Markdown's own emphasis and links may.
    expect(
      parse(html)
        .querySelectorAll('*')
        .map((e) => e.rawTagName)
        .filter((t) => !['a', 'em', 'strong', 'code'].includes(t)),
    ).toEqual([]);
  });

  it("keeps what an office writes: tables with line breaks, underlining, footnotes, links and the site's own images", () => {
    const html = renderMarkdown(
      '| Item | Decision |\n| - | - |\n| 2 | Agreed<br><br>*noted* |\n\n<u>4.1 Panel Meetings</u> and H<sub>2</sub>O, 10<sup>th</sup>\n\n' +
        'A claim.[^1]\n\n[^1]: The source.\n\n<https://www.example.gov.uk/report.pdf> ' +
        'and [mail](mailto:clerk@example.gov.uk)\n\n<img src="/images/map.png" alt="Map">',
    );
    expect(html).toContain('<td>Agreed<br /><br /><em>noted</em></td>');
    expect(html).toContain('<u>4.1 Panel Meetings</u>');
    expect(html).toContain('<sub>2</sub>');
    expect(html).toMatch(/<sup class="footnote-ref"><a href="#fn1" id="fnref1">/);
    expect(html).toContain('<li id="fn1" class="footnote-item">');
    expect(html).toContain('<a href="https://www.example.gov.uk/report.pdf">');
    expect(html).toContain('<a href="mailto:clerk@example.gov.uk">');
    expect(html).toContain('<img src="/images/map.png" alt="Map" />');
    expect(unsafe(html)).toEqual([]);
  });

  it("keeps a Markdown table's column alignment, as a class the page's policy allows", () => {
    const html = renderMarkdown('| Measure | Value |\n| :- | -: |\n| Calls | 94.4% |');
    expect(html).toContain('<th class="align-left">Measure</th>');
    expect(html).toContain('<td class="align-right">94.4%</td>');
    expect(html).not.toContain('style=');
  });

  it('shows an element it does not allow as the text it was written as, so nothing is lost', () => {
    expect(renderMarkdown('The <redacted> name.')).toContain('The &lt;redacted&gt; name.');
    expect(renderInline('Item <b>bold</b> & more')).toBe('Item &lt;b&gt;bold&lt;/b&gt; &amp; more');
  });

  it('is safe for any mix of tags, attributes, quotes and schemes (property)', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      '"',
      "'",
      '=',
      ' ',
      '\n',
      '\t',
      '&',
      '#',
      ';',
      ':',
      '!',
      '-',
      '`',
      '[',
      ']',
      '(',
      ')',
      '*',
      'script',
      'img',
      'a',
      'svg',
      'iframe',
      'style',
      'on',
      'onerror',
      'onload',
      'src',
      'href',
      'srcdoc',
      'style',
      'javascript',
      'vbscript',
      'data',
      'http',
      '//',
      'x',
      'alert(1)',
      '&#x6A;',
      '&Tab;',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(unsafe(renderMarkdown(text))).toEqual([]);
        expect(unsafe(renderInline(text))).toEqual([]);
      }),
      { numRuns: 500, seed: 20261201 },
    );
  });
});

describe('a table in Markdown', () => {
  it('is held in a box of its own that scrolls on a narrow screen, and content cannot borrow other classes', () => {
    const html = renderMarkdown('| Area | Grade |\n| --- | --- |\n| Investigating crime | Good |\n');
    expect(html).toMatch(/^<div class="table-scroll">\s*<table>/);
    expect(html.trim()).toMatch(/<\/table>\s*<\/div>$/);
    expect(renderMarkdown('<div class="site-header">x</div>')).not.toContain('site-header');
  });
});
