/**
 * Imports minutes and papers exported as text, Markdown or PDF into a content folder.
 *   npm run import -- <files or folders> [--content <dir>] [--dry-run] [--force]
 */
import path from 'node:path';
import { importDocuments } from '../src/lib/import';
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

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(2);
}

try {
  const { documents, writes } = await importDocuments(inputs, { content, dryRun, force });
  for (const d of documents) {
    if (d.error) {
      console.error(`✗ ${d.source}: ${d.error}`);
      continue;
    }
    console.log(
      `✓ ${d.source}: ${d.kind}; ${d.review.length} ${d.review.length === 1 ? 'field' : 'fields'} ` +
        `to check, ${d.removed.reduce((n, r) => n + r.count, 0)} furniture lines removed`,
    );
    for (const r of d.review) console.log(`    check ${r.field ? `${r.field}: ` : ''}${r.message}`);
  }
  const rel = (p: string) => path.relative(process.cwd(), path.join(content, p));
  for (const w of writes) console.log(`  ${w.outcome}: ${rel(w.path)}`);
  if (dryRun) console.log('Dry run: nothing was written.');
  const failed = documents.filter((d) => d.error).length;
  const kept = writes.filter((w) => w.outcome.startsWith('kept')).length;
  if (failed || kept) {
    console.error(
      `${failed} ${failed === 1 ? 'file' : 'files'} could not be imported; ${kept} existing ${kept === 1 ? 'file was' : 'files were'} left as they were.`,
    );
    process.exit(1);
  }
} catch (e) {
  fail((e as Error).message);
}
