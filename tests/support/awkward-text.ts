import fc from 'fast-check';

// SYNTHETIC TEST DATA: text as a careless export or an attacker might give it, for the feed,
// calendar, sitemap, CSV and JSON writers.

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

/** Every character XML 1.0 refuses (its Char production), lone surrogate halves among them. */
export const notXmlChars = [...range(0x00, 0x08), '\x0B', '\x0C', ...range(0x0e, 0x1f), '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

/** Whether a whole document holds only characters XML 1.0 allows: TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
export const onlyXmlChars = (doc: string) => /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(doc);

/** Pieces that each format has a rule for: controls, line breaks, escapes, markup, formula starts, multi-byte characters. */
const pieces = fc.constantFrom(
  ...notXmlChars,
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\x7F',
  '\x85',
  '\u2028',
  '\u2029',
  '\\',
  ';',
  ',',
  ':',
  '"',
  "'",
  '&',
  '&amp;',
  '<',
  '>',
  ']]>',
  '</script>',
  '<!--',
  '=',
  '+',
  '-',
  '@',
  '=1+1',
  '-5.2',
  ' ',
  'é',
  '€',
  '😀',
  '\uD83D',
  '\uDE00',
  'a',
  'Z',
  '0',
);

/** Strings of arbitrary UTF-16 code units: lone surrogate halves included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) });

/** Arbitrary text: any Unicode code points, any code units, and strings mixing the awkward pieces with ordinary ones. */
export const awkwardText = fc.oneof(
  fc.string({ unit: 'binary' }),
  codeUnits,
  fc.string({ unit: fc.oneof(pieces, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 60 }),
  fc.string({ unit: pieces, maxLength: 200 }),
);

/**
 * What a writer should keep of a text, worked out one code point at a time: Word's vertical tab and
 * form feed become line feeds, a lone surrogate half becomes U+FFFD, and the C0 controls other than
 * TAB, LF and CR, DEL, U+FFFE and U+FFFF are dropped.
 */
export function keptText(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x0b || cp === 0x0c) out += '\n';
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\uFFFD';
    else if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || cp === 0x7f || cp === 0xfffe || cp === 0xffff) continue;
    else out += ch;
  }
  return out;
}

/** Line breaks as one: CRLF, LF and a lone CR all read as LF. */
export const oneBreak = (text: string) => text.replace(/\r\n?/g, '\n');
