import { HtmlValidate, type Message } from 'html-validate';
import path from 'node:path';
import { htmlPages } from '../html';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's scoped styles and our own print hints are fine as attributes; we keep no inline styles in templates.
    'no-inline-style': 'off',
    // Transcribed documents quote with typographic or straight marks as printed; not a markup fault.
    'no-raw-characters': ['error', { relaxed: true }],
    // Long transcribed titles legitimately repeat words found in headings.
    'long-title': 'off',
    // Astro writes void elements as <meta ... /> ; both forms are valid HTML.
    'void-style': 'off',
    // Footnote back-references from markdown-it use the ↩︎ character as their only content, with an aria-label.
    'text-content': 'off',
    // Heading anchors from MDX papers are slugs of numbered headings ("1-purpose"): valid HTML5,
    // only the stricter "begin with a letter" style check objects.
    'valid-id': ['error', { relaxed: true }],
  },
});

export interface HtmlError {
  file: string;
  line: number;
  rule: string;
  message: string;
}

export async function validateFile(file: string, label = file): Promise<HtmlError[]> {
  const report = await validator.validateFile(file);
  return report.results.flatMap((r) => r.messages.map((m: Message) => ({ file: label, line: m.line, rule: m.ruleId, message: m.message })));
}

/** Validates every HTML file of a built site; returns every error. */
export async function validateSite(dir: string): Promise<{ files: number; errors: HtmlError[] }> {
  const files = htmlPages(dir);
  const errors: HtmlError[] = [];
  for (const f of files) errors.push(...(await validateFile(path.join(dir, f), f)));
  return { files: files.length, errors };
}
