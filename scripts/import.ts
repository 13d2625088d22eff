/**
 * Imports minutes and papers exported as text, Markdown or PDF into a content folder.
 *   npm run import -- <files or folders> [--content <dir>] [--dry-run] [--force]
 */
import path from 'node:path';
import { ContentFolderError, importDocuments } from '../src/lib/import';
import { fieldLabel } from '../src/lib/import/review';
import { contentRoot } from '../src/lib/site/settings';

const args = process.argv.slice(2);
const inputs: string[] = [];
let content = contentRoot();
let dryRun = false;
let force = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--content') content = path.resolve(args[++i] ?? '');
  else if (a === '--dry-run') dryRun = true;
  else if (a === '--force') force = true;
  else if (a.startsWith('--')) fail(`unknown option ${a}: expected --content <dir>, --dry-run or --force`);
  else inputs.push(a);
}
if (inputs.length === 0) fail('name the files or folders to import, e.g. npm run import -- exports/2019 --content content');

/** A path as people will look for it: from where they are, when it is below that; else in full. */
function shown(file: string): string {
  const r = path.relative(process.cwd(), file);
  return r === '' ? '.' : r.startsWith('..') ? file : r;
}

function fail(message: string, status = 2): never {
  console.error(`import: ${message}`);
  process.exit(status);
}

try {
  const { documents, writes } = await importDocuments(inputs, { content, dryRun, force });
  const rel = (p: string) => shown(path.join(content, p));
  for (const d of documents) {
    if (d.error) {
      console.error(`✗ ${d.source}: ${d.error}`);
      if (d.report) console.error(`    what to do: ${rel(d.report)}`);
      continue;
    }
    console.log(
      `✓ ${d.source}: ${d.kind}; ${d.review.length} ${d.review.length === 1 ? 'field' : 'fields'} ` +
        `to check, ${d.removed.reduce((n, r) => n + r.count, 0)} furniture lines removed`,
    );
    for (const r of d.review) console.log(`    check ${r.field ? `${fieldLabel(r.field)}: ` : ''}${r.message}`);
  }
  for (const w of writes) console.log(`  ${w.outcome}: ${rel(w.path)}${w.message ? ` (${w.message})` : ''}`);
  if (dryRun) console.log('Dry run: nothing was written.');
  const failed = documents.filter((d) => d.error).length;
  const kept = writes.filter((w) => w.outcome.startsWith('kept')).length;
  const unwritten = writes.filter((w) => w.outcome === 'not written').length;
  if (failed || kept || unwritten) {
    console.error(
      [
        `${failed} ${failed === 1 ? 'file' : 'files'} could not be imported`,
        `${kept} existing ${kept === 1 ? 'file was' : 'files were'} left as they were`,
        ...(unwritten ? [`${unwritten} review ${unwritten === 1 ? 'report' : 'reports'} could not be written`] : []),
      ].join('; ') + '.',
    );
    process.exit(1);
  }
} catch (e) {
  if (e instanceof ContentFolderError) fail(e.message, 1);
  fail((e as Error).message);
}
