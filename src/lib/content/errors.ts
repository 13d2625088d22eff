import type { ZodError, ZodIssue } from 'astro/zod';

/** One problem in one content file, said so that a web officer can fix it without reading code. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** How a builder reports a problem it finds: the file, the field (or line) and what to fix. */
export type ReportProblem = (file: string, field: string, message: string) => void;

/** Thrown when content cannot be published; its message lists every problem found. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.field || '(whole file)'}: ${p.message}`);
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `The content has ${count} to fix before the site can be built:\n${lines.join('\n')}`;
}

/** Field paths as a person reads them: agenda[2].actions[0].owner */
export function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

function describeIssue(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return issue.message === 'Required' ? `is required (expected ${issue.expected})` : issue.message;
  }
  if (issue.code === 'invalid_type') return `${issue.message.replace(/^Expected/, 'expected')} (got ${issue.received})`;
  return issue.message;
}

export function problemsFromZod(file: string, error: ZodError): ContentProblem[] {
  return error.issues.flatMap((issue) =>
    // An unknown field is reported at the field itself, so the message points at the line to fix.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ file, field: fieldPath([...issue.path, key]), message: 'is not a field here: check the spelling, or remove it' }))
      : [{ file, field: fieldPath(issue.path), message: describeIssue(issue) }],
  );
}

/** The field path of an agenda item that also says which item it is: "agenda[12] (item 5.4.6)". */
export const agendaField = (index: number, number: string) => `agenda[${index}] (item ${number})`;
