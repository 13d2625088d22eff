import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { DocumentResult } from '..';

// How "nothing is lost" is counted: the words of a document against the words of what its import wrote.

/** Words (letters, or digits), lower-cased, counted: how "nothing lost" is compared. */
export function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of text
    .normalize('NFKC')
    .toLowerCase()
    // Runs of letters and runs of digits: "18th" printed as a superscript ("18" / "th") is the same words.
    .match(/\p{L}+|\p{N}+/gu) ?? [])
    counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Words of `source` that `output` holds fewer times than the source does. */
export function missingTokens(source: Map<string, number>, output: Map<string, number>): string[] {
  const missing: string[] = [];
  for (const [t, n] of source) if ((output.get(t) ?? 0) < n) missing.push(`${t} (${n - (output.get(t) ?? 0)} of ${n})`);
  return missing;
}

/**
 * The words of a document as imported: every entry written for it except people, and for each
 * reference to a person (attending, signing, owning) their name and initials, once per reference,
 * as the source prints them once per mention.
 */
export function importedWords(doc: DocumentResult, target: string): Map<string, number> {
  const entries = doc.files.filter((f) => !f.path.startsWith('_import/') && !f.path.startsWith('people/'));
  // Values as a reader of the entry gets them: YAML is parsed, so an escaped tab ("the\tEmergency") is a tab again.
  const texts = entries.map((f) => (f.path.endsWith('.md') ? f.text : values(parse(f.text))));
  const refs = /^\s*-?\s*(?:person|signedBy|owner|substituteFor): ([a-z0-9-]+)$/gm;
  for (const f of entries) {
    for (const m of f.text.matchAll(refs)) {
      const file = path.join(target, 'people', `${m[1]}.yaml`);
      if (existsSync(file))
        texts.push(
          // The name and every initial (a YAML list, one a line), not the person's other fields.
          values(
            ((p: { name?: string; initials?: string[] }) => ({ name: p.name, initials: p.initials }))(
              parse(readFileSync(file, 'utf8')) as { name?: string; initials?: string[] },
            ),
          ),
        );
    }
  }
  return tokens(texts.join('\n'));
}

export function sourceWords(text: string, removed: { line: string; count: number }[]): Map<string, number> {
  const counts = tokens(text);
  for (const r of removed) {
    for (const [t, n] of tokens(r.line)) counts.set(t, (counts.get(t) ?? 0) - n * r.count);
  }
  for (const [t, n] of counts) if (n <= 0) counts.delete(t);
  return counts;
}

/** Every key and value of parsed YAML, as text: what a reader of the entry gets. */
export function values(data: unknown): string {
  if (data === null || data === undefined) return '';
  if (typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean') return String(data);
  if (typeof data !== 'object') return '';
  if (Array.isArray(data)) return data.map(values).join('\n');
  return Object.entries(data)
    .map(([k, v]) => `${k}\n${values(v)}`)
    .join('\n');
}
