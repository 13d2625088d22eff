import type { ContentProblem } from './errors';

/**
 * Turns a content file's bytes into text, or says why it cannot: every file is UTF-8 (a byte
 * order mark is allowed and dropped), line breaks are LF (CRLF and a lone CR are read as LF), and
 * no control character hides in it. Old exports are often Windows-1252 and Word leaves vertical
 * tabs and form feeds; decoding them leniently would publish U+FFFD or invisible junk unseen.
 */
export function decodeText(bytes: Uint8Array, file: string, problems: ContentProblem[]): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push(notUtf8(bytes, file));
    return undefined;
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const found = controlCharacters(text, file);
  if (found.length > 0) {
    problems.push(...found);
    return undefined;
  }
  return text;
}

const saveAsUtf8 = 'open it in a text editor and save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)';

function notUtf8(bytes: Uint8Array, file: string): ContentProblem {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { file, field: 'line 1', message: `is saved as UTF-16, not UTF-8: ${saveAsUtf8}` };
  }
  const at = firstInvalidByte(bytes);
  const byte = bytes[at]!;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const windows = windows1252(byte);
  const reading = windows ? `, which Windows-1252 reads as "${windows}"` : '';
  return { file, field: `line ${lineAt(bytes, at)}`, message: `is not UTF-8 text (byte ${hex}${reading}; probably an old Windows export): ${saveAsUtf8}` };
}

// Windows-1252's characters for the bytes 0x80 to 0x9F (a space where it has none); from 0xA0 it is Latin-1.
// (Node's own TextDecoder reads "windows-1252" as Latin-1, so it cannot be asked.)
const windows1252High = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

/** The character Windows-1252 gives a byte of 0x80 or more, if it gives one. */
function windows1252(byte: number): string | undefined {
  if (byte < 0x80) return undefined;
  if (byte >= 0xa0) return byte === 0xa0 || byte === 0xad ? undefined : String.fromCharCode(byte);
  const c = windows1252High[byte - 0x80]!;
  return c === ' ' ? undefined : c;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    // The allowed range of the second byte, and how many bytes follow the first (Unicode table 3-7).
    const [follow, low, high] =
      b < 0x80
        ? [0, 0, 0]
        : b >= 0xc2 && b <= 0xdf
          ? [1, 0x80, 0xbf]
          : b === 0xe0
            ? [2, 0xa0, 0xbf]
            : b === 0xed
              ? [2, 0x80, 0x9f]
              : b >= 0xe1 && b <= 0xef
                ? [2, 0x80, 0xbf]
                : b === 0xf0
                  ? [3, 0x90, 0xbf]
                  : b >= 0xf1 && b <= 0xf3
                    ? [3, 0x80, 0xbf]
                    : b === 0xf4
                      ? [3, 0x80, 0x8f]
                      : [-1, 0, 0];
    if (follow < 0) return i;
    for (let k = 1; k <= follow; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += follow + 1;
  }
  return bytes.length;
}

/** The line a byte is on, counting LF, CRLF and a lone CR each as one line break. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** C0 controls but TAB and LF (CR is gone by now), DEL, C1 controls, and the noncharacters U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const anyForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const eachForbidden = new RegExp(anyForbidden.source, 'g');

/** A character as a web officer can find it: its code and, where it has one, its name and usual origin. */
export function describeCharacter(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<number, string> = {
    0x00: 'a null character, often a sign the file is not plain text',
    0x0b: 'a vertical tab, often left by a Word export where a line was broken with Shift+Enter',
    0x0c: 'a form feed, often left by a Word export where a page break was',
    0x1b: 'an escape character',
    0x7f: 'a delete character',
    0xfffe: 'a noncharacter, never part of text',
    0xffff: 'a noncharacter, never part of text',
  };
  if (names[code]) return `${hex}, ${names[code]}`;
  if (code >= 0x80 && code <= 0x9f) return `${hex}, a C1 control character, often left where Windows-1252 text was converted as if it were Latin-1`;
  return `${hex}, an invisible control character`;
}

/** The first line of each forbidden character in the text, and how many more lines hold it. */
function controlCharacters(text: string, file: string): ContentProblem[] {
  if (!anyForbidden.test(text)) return [];
  const lines = new Map<number, number[]>();
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(eachForbidden)) {
      const code = m[0].charCodeAt(0);
      const seen = lines.get(code) ?? [];
      if (seen[seen.length - 1] !== i + 1) seen.push(i + 1);
      lines.set(code, seen);
    }
  });
  return [...lines].map(([code, at]) => ({
    file,
    field: `line ${at[0]}`,
    message:
      `contains ${describeCharacter(code)}` +
      (at.length > 1 ? ` (and on ${at.length - 1} more line${at.length > 2 ? 's' : ''}: ${at.slice(1, 6).join(', ')}${at.length > 6 ? ' …' : ''})` : '') +
      ': ' +
      'delete it (where it stood for a line or page break, start a new line instead)',
  }));
}
