import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { organisationSchema } from '../../schemas';
import { organisationFiles } from '../content/collections';
import { slugify } from '../format/slug';
import { toYaml } from './to-content';
import type { WriteResult } from './write';

/** What the importer needs to know to start a content folder's organisation.yaml. */
export interface OrganisationSettings {
  /** "Office of the Police and Crime Commissioner for Northshire". */
  name: string;
  /** "OPCC": the site's short name, and how the minutes name the office as an action's owner. */
  abbreviation: string;
  area?: string;
  baseUrl?: string;
}

/** The site's address until it is known: a reserved name (RFC 2606) that can never be a real site. */
export const placeholderBaseUrl = 'https://site-address-to-be-set.example';

const example: OrganisationSettings = {
  name: 'Office of the Police and Crime Commissioner for Northshire',
  abbreviation: 'OPCC',
  baseUrl: 'https://www.northshire-pcc.example',
};

/** The organisation.yaml (or .yml) of a content folder, if it has one. */
export function organisationFileIn(content: string): string | undefined {
  return organisationFiles.map((f) => path.join(content, f)).find((f) => existsSync(f));
}

/** "… Commissioner for the West Midlands" serves the West Midlands. */
const areaOf = (name: string) => /\bfor\s+(?:the\s+)?(.+)$/i.exec(name.trim())?.[1];

/** The least organisation.yaml a build needs, from the settings: the organisation itself can own actions. */
export function organisationEntry(s: OrganisationSettings) {
  const name = s.name.trim();
  const abbreviation = s.abbreviation.trim();
  return {
    name,
    shortName: abbreviation,
    area: s.area?.trim() || areaOf(name) || name,
    baseUrl: s.baseUrl?.trim() || placeholderBaseUrl,
    organisations: { [slugify(abbreviation)]: { name, abbreviation } },
  };
}

/** What is wrong with the settings, naming the flag or answer to change; undefined when nothing is. */
export function settingsProblem(s: OrganisationSettings): string | undefined {
  if (!s.name.trim() || /\n/.test(s.name))
    return 'the organisation name is empty: give it as printed, e.g. --organisation-name "Office of the Police and Crime Commissioner for Northshire"';
  if (!/^\p{L}[\p{L}\p{N}&.' -]{0,19}$/u.test(s.abbreviation.trim()) || !slugify(s.abbreviation))
    return `the abbreviation "${s.abbreviation}" cannot be used: give the letters the minutes use for the office, e.g. --abbreviation OPCC`;
  const check = organisationSchema.safeParse(organisationEntry(s));
  if (!check.success) return check.error.issues.map((i) => `${i.path.join('.') === 'baseUrl' ? '--base-url' : i.path.join('.')}: ${i.message}`).join('; ');
  return undefined;
}

/** organisation.yaml as the importer writes it, with what to check first. */
export function organisationYaml(s: OrganisationSettings): string {
  const entry = organisationEntry(s);
  const todo = entry.baseUrl === placeholderBaseUrl ? "set baseUrl to the site's own address, and " : '';
  return (
    `# Written by npm run import: the least a build needs. Before publishing, ${todo}check the area;\n` +
    '# add a description and contact details as docs/content-format.md describes.\n' +
    toYaml(entry)
  );
}

/** Writes organisation.yaml into a folder that has none; never over one that is there. */
export function writeOrganisation(content: string, s: OrganisationSettings, dryRun = false): WriteResult {
  const file = path.join(content, organisationFiles[0]);
  if (dryRun) return { path: organisationFiles[0], outcome: 'would write' };
  mkdirSync(content, { recursive: true });
  writeFileSync(file, organisationYaml(s), { flag: 'wx' });
  return { path: organisationFiles[0], outcome: 'written' };
}

/** Why an import into a folder without organisation.yaml stops, and exactly what to do instead. */
export function missingOrganisationMessage(content: string, command: string): string {
  const file = path.join(content, organisationFiles[0]);
  const yaml = toYaml(organisationEntry(example)).trimEnd().replace(/^/gm, '    ');
  return [
    `${file} is missing: every content folder needs its site settings before anything is imported into it, and there is no terminal to ask for them on.`,
    "Either give the organisation's name and the abbreviation the minutes use for it, and the importer writes the file:",
    `    ${command} --organisation-name "${example.name}" --abbreviation ${example.abbreviation}`,
    '  (add --area "<policing area>" and --base-url <the site\'s address> if you know them)',
    `or write ${file} yourself, for example:`,
    yaml,
    'See docs/importing.md and docs/content-format.md.',
  ].join('\n');
}

/** Asks for the settings at a terminal: the name and abbreviation, then the area and address, which may wait. */
export async function askOrganisation(ask: (question: string) => Promise<string>): Promise<OrganisationSettings> {
  const required = async (question: string) => {
    for (let tries = 0; tries < 3; tries++) {
      const answer = (await ask(question)).trim();
      if (answer) return answer;
    }
    throw new Error('no answer was given: nothing was imported');
  };
  const name = await required(`The name of the organisation that publishes this record (e.g. ${example.name}): `);
  const abbreviation = await required(`Its abbreviation, as the minutes print it (e.g. ${example.abbreviation}): `);
  const area = (await ask(`The policing area [${areaOf(name) ?? name}]: `)).trim();
  const baseUrl = (await ask("The site's address, e.g. https://www.northshire-pcc.example (Enter to set it later in organisation.yaml): ")).trim();
  return { name, abbreviation, ...(area ? { area } : {}), ...(baseUrl ? { baseUrl } : {}) };
}
