// Which folders a site may be built into, and how a build knows a folder is a site it may replace.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Written into every site Scrutiny builds: a later build replaces only a folder that holds it. */
export const siteMarker = '.scrutiny-site.json';

/**
 * The generator's own top-level folders (and any dot-folder: .git, .astro, .github …): a site is
 * never built inside one, since a build replaces its output folder whole.
 */
export const projectFolders = ['src', 'public', 'scripts', 'tests', 'content', 'examples', 'docs', 'node_modules'];

/** A path with every part that exists resolved through symbolic links, so two names for one folder compare equal. */
export function realPath(p) {
  const rest = [];
  let existing = path.resolve(p);
  while (!existsSync(existing)) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...rest);
}

/** Whether `inner` lies inside `outer` (and is not `outer` itself). */
export function isInside(inner, outer) {
  const rel = path.relative(outer, inner);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Whether a folder is a site Scrutiny built: ours by its marker, or by the generator tag every page of a site made before the marker. */
export function isScrutinySite(dir) {
  if (existsSync(path.join(dir, siteMarker))) return true;
  const index = path.join(dir, 'index.html');
  return existsSync(index) && /<meta\s+name="generator"\s+content="Scrutiny"\s*\/?>/.test(readFileSync(index, 'utf8'));
}

/**
 * Why a site may not be built into `out`, or undefined when it may. All three are real paths
 * (see realPath). Nothing is looked at but the folders themselves; nothing is changed.
 *
 * @param {{ out: string, content: string, project: string }} folders
 * @returns {string | undefined} what is wrong and what to do instead
 */
export function outRefusal({ out, content, project }) {
  const elsewhere = 'Build into a folder of its own, e.g. --out dist';
  if (out === content) return `is the content folder itself: building there would replace the content with the site. ${elsewhere}`;
  if (isInside(content, out)) return `holds the content folder (${content}): building there would replace the content with the site. ${elsewhere}`;
  if (isInside(out, content))
    return `is inside the content folder (${content}): the site would be mixed with the content it is built from. Choose a folder outside it, e.g. --out dist`;
  if (out === project) return `is the generator's own folder: building there would replace the generator with the site. ${elsewhere}`;
  if (isInside(project, out)) return `holds the generator's own folder (${project}): building there would replace it with the site. ${elsewhere}`;
  if (isInside(out, project)) {
    const top = path.relative(project, out).split(path.sep)[0];
    if (projectFolders.includes(top) || top.startsWith('.'))
      return `is inside the generator's own ${top}/ folder: building there would replace part of the generator with the site. ${elsewhere}`;
  }
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return 'is a file, not a folder: choose a folder for the site, e.g. --out dist';
  if (readdirSync(out).length > 0 && !isScrutinySite(out)) {
    return (
      `holds files and is not a site Scrutiny built (it has no ${siteMarker}): ` +
      'a build replaces its output folder whole, so they would be deleted. Empty the folder, or choose another, e.g. --out dist'
    );
  }
  return undefined;
}
