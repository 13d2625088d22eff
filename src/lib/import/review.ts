import type { DocumentResult } from './index';

/**
 * What a person must check after an import, with nothing dated or random in it, so the same
 * input writes the same report.
 */
export function reviewReport(d: DocumentResult): string {
  const out: string[] = [`# Import review: ${d.source.split(/[\\/]/).pop()}`, ''];
  out.push(`Recognised as **${d.kind}**: ${d.reason}.`, '');
  out.push('## Written', '', ...d.files.filter((f) => !f.path.startsWith('_import/')).map((f) => `- \`${f.path}\``), '');
  out.push('## Check these fields', '');
  if (d.review.length === 0) out.push('Nothing was uncertain.');
  for (const r of d.review) out.push(`- ${r.field ? `\`${r.field}\`: ` : ''}${r.message}`);
  for (const n of d.notes) out.push(`- ${n}`);
  out.push('', '## Page furniture removed', '');
  if (d.removed.length === 0) out.push('None.');
  for (const r of d.removed) out.push(`- ${r.reason}${r.count > 1 ? ` (${r.count} times)` : ''}: "${r.line}"`);
  return `${out.join('\n')}\n`;
}
