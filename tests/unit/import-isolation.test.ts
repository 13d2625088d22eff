import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(ts|mjs|js|astro)$/.test(name) ? [full] : [];
  });
}

// The importer is a tool for the clerk: the site's build never loads it, so nothing it does (or
// any document it reads) can reach a page except through the content folder it writes.
describe('the importer stays apart from the build', () => {
  it('is imported by no page, component, integration, build script or library outside src/lib/import', () => {
    const build = [...sources('src'), ...sources('scripts'), 'astro.config.mjs'].filter((f) => !f.startsWith(path.join('src', 'lib', 'import')));
    const importing = build.filter((f) => /from\s+['"][^'"]*lib\/import(?:\/[^'"]*)?['"]|import\(\s*['"][^'"]*lib\/import/.test(readFileSync(f, 'utf8')));
    // Only the importer's own commands.
    expect(importing.sort()).toEqual([path.join('scripts', 'import-eval.ts'), path.join('scripts', 'import.ts')]);
  });
});
