import type { DocumentResult } from './index';

/**
 * What a person must check after an import, with nothing dated or random in it, so the same
 * input writes the same report. A document that could not be imported gets one too, saying why
 * nothing was written for it and what to do.
 */
export function reviewReport(d: DocumentResult): string {
  const name = d.source.split(/[\\/]/).pop();
  const out: string[] = [`# Import review: ${name}`, ''];
  if (d.error) return failedReport(d, out);
  out.push(`Recognised as **${d.kind}**: ${d.reason}.`, '');
  out.push('## Written', '', ...entries(d).map((p) => `- \`${p}\``), '');
  out.push('## Check these fields', '');
  if (d.review.length === 0) out.push('Nothing was uncertain.');
  for (const r of d.review) out.push(`- ${r.field ? `\`${fieldLabel(r.field)}\`: ` : ''}${r.message}`);
  for (const n of d.notes) out.push(`- ${n}`);
  out.push('', '## Page furniture removed', '');
  if (d.removed.length === 0) out.push('None.');
  for (const r of d.removed) out.push(`- ${r.reason}${r.count > 1 ? ` (${r.count} times)` : ''}: "${r.line}"`);
  return `${out.join('\n')}\n`;
}

/** A field as the report names it: a paragraph read as a name is not printed whole. */
export const fieldLabel = (field: string) => (field.length > 100 ? `${field.slice(0, 80)}…${field.slice(-12)}` : field);

const entries = (d: DocumentResult) => d.files.filter((f) => !f.path.startsWith('_import/')).map((f) => f.path);

function failedReport(d: DocumentResult, out: string[]): string {
  const why = d.error!.replace(/[:;,.]?\s*nothing was written for it\.?/i, '').replace(/\.$/, '');
  out.push(`**Nothing was written for it.** It ${why}.`, '');
  out.push(
    '## What to do',
    '',
    'Put right what is said above, then import it again, on its own or with the rest: the other files of the batch ' +
      'were imported without it, and importing them again changes nothing.',
    '',
  );
  const planned = entries(d);
  if (planned.length)
    out.push('## Not written', '', 'These entries were made from it, and none of them was written:', '', ...planned.map((p) => `- \`${p}\``), '');
  return `${out.join('\n').trimEnd()}\n`;
}
