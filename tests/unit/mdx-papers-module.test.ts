import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxPapersCode } from '../../src/integrations/mdx-papers';

describe('the module of MDX papers', () => {
  it('imports the MDX files of the papers given, and nothing else', () => {
    const dir = path.join(path.sep, 'site', 'content', 'papers');
    const code = mdxPapersCode(
      [
        { id: '2015/performance-update', file: 'content/papers/2015/performance-update.mdx' },
        { id: '2015/minutes-note', file: 'content/papers/2015/minutes-note.md' },
      ],
      dir,
    );
    expect(code).toContain(`"2015/performance-update": () => import(${JSON.stringify(path.join(dir, '2015', 'performance-update.mdx'))})`);
    expect(code).not.toContain('minutes-note');
    expect(code.match(/import\(/g)).toHaveLength(1);
  });

  it('is an empty map when no paper is in MDX', () => {
    expect(mdxPapersCode([], '/x')).toBe('export default {\n\n};\n');
  });
});
