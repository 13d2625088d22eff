/**
 * The characters every machine-read file the site writes (feeds, sitemaps, calendars) may carry.
 * Text can come from a Word export or be derived, so each writer passes its text through this one
 * rule, whatever the content check has already refused.
 */

/** Word's manual line break (vertical tab) and page break (form feed): line breaks in the text. */
const wordBreaks = /[\v\f]/g;

/** Half of a UTF-16 surrogate pair without its other half: no character, so no UTF-8 can hold it. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What XML 1.0 (its Char production) or iCalendar (RFC 5545's CONTROL) refuses: the C0 controls
 * other than TAB, LF and CR, DEL (a control to iCalendar), and the non-characters U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const control = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;

/**
 * Text with only characters XML 1.0 and iCalendar allow: Word's vertical tab and form feed become
 * line feeds, a lone surrogate half becomes U+FFFD (as any UTF-8 encoder would write it), the other
 * controls are dropped. TAB, LF and CR stay: each format says how it writes them.
 */
export const withoutControls = (text: string): string => text.replace(wordBreaks, '\n').replace(loneSurrogate, '\uFFFD').replace(control, '');
