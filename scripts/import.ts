/**
 * Imports minutes and papers exported as text, Markdown or PDF into a content folder.
 *   npm run import -- <files or folders> [--content <dir>] [--dry-run] [--force]
 *     [--organisation-name "<name>" --abbreviation <ABBR> [--area "<area>"] [--base-url <address>]]
 * The organisation flags are for a content folder without organisation.yaml: the importer writes
 * one first (at a terminal, it asks instead). One that is there is never replaced.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { ContentFolderError, importDocuments } from '../src/lib/import';
import { askOrganisation, missingOrganisationMessage, organisationFileIn, settingsProblem, type OrganisationSettings } from '../src/lib/import/organisation';
import { fieldLabel } from '../src/lib/import/review';
import { contentRoot } from '../src/lib/site/settings';

const args = process.argv.slice(2);
const inputs: string[] = [];
let content = contentRoot();
let dryRun = false;
let force = false;
const given: Partial<Record<'name' | 'abbreviation' | 'area' | 'baseUrl', string>> = {};
const valued = { '--organisation-name': 'name', '--abbreviation': 'abbreviation', '--area': 'area', '--base-url': 'baseUrl' } as const;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--content') content = path.resolve(args[++i] ?? '');
  else if (a === '--dry-run') dryRun = true;
  else if (a === '--force') force = true;
  else if (a in valued) {
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) fail(`${a} needs a value, e.g. ${a} ${a === '--abbreviation' ? 'OPCC' : '"…"'}`);
    given[valued[a as keyof typeof valued]] = value;
  } else if (a.startsWith('--'))
    fail(
      `unknown option ${a}: expected --content <dir>, --dry-run, --force, --organisation-name "<name>", --abbreviation <ABBR>, --area "<area>" or --base-url <address>`,
    );
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

/** The settings for a new organisation.yaml: from the flags, or asked for at a terminal, or the import stops. */
async function organisationSettings(): Promise<OrganisationSettings | undefined> {
  const existing = organisationFileIn(content);
  if (existing) {
    if (Object.keys(given).length)
      console.log(`${path.relative(process.cwd(), existing)} is there already: it was left as it is, and the organisation flags were not used.`);
    return undefined;
  }
  let settings: OrganisationSettings;
  if (given.name !== undefined || given.abbreviation !== undefined) {
    if (given.name === undefined || given.abbreviation === undefined)
      fail(
        `give both --organisation-name "<name>" and --abbreviation <ABBR> for the new organisation.yaml (${given.name === undefined ? '--organisation-name' : '--abbreviation'} is missing)`,
      );
    settings = {
      name: given.name,
      abbreviation: given.abbreviation,
      ...(given.area ? { area: given.area } : {}),
      ...(given.baseUrl ? { baseUrl: given.baseUrl } : {}),
    };
  } else if (process.stdin.isTTY) {
    console.log(`${path.join(content, 'organisation.yaml')} is missing: every content folder needs its site settings. Answer these to write it.`);
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    try {
      settings = {
        ...(await askOrganisation((q) => terminal.question(q))),
        ...(given.area ? { area: given.area } : {}),
        ...(given.baseUrl ? { baseUrl: given.baseUrl } : {}),
      };
    } catch (e) {
      fail((e as Error).message);
    } finally {
      terminal.close();
    }
  } else {
    const command = `npm run import -- ${inputs.map((i) => (/\s/.test(i) ? `"${i}"` : i)).join(' ')} --content ${shown(content)}`;
    fail(missingOrganisationMessage(content, command));
  }
  const problem = settingsProblem(settings);
  if (problem) fail(problem);
  return settings;
}

try {
  const organisation = await organisationSettings();
  const { documents, writes } = await importDocuments(inputs, { content, dryRun, force, organisation });
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
