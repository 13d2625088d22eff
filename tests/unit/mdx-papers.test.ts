import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildArchive } from '../../src/lib/archive/build';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { copyFixture, loadError } from '../support/fixture';
import { paperComponentMap } from '../../src/lib/content/paper-components';

// An MDX paper may place the project's own components among its text and nothing else: no
// imports, no JavaScript, no other elements, no unsafe link addresses. Each refusal names the
// file and the line.
const paper = 'papers/2020/figures.mdx';
const frontmatter = '---\n# SYNTHETIC TEST DATA\ntitle: Figures\ndate: 2020-01-10\nkind: performance\nbody: test-board\n---\n';
const measure =
  'title: Calls answered\nunit: percent\nbetter: higher\ndescription: Synthetic.\nsource: Test\n' +
  'topic: Test\nobservations:\n  - { period: Q1, value: 90, paper: 2020/performance-paper }\n';

let fixture: ReturnType<typeof copyFixture>;
afterEach(() => fixture?.remove());

/** The fixture with a measure and an MDX paper of this body; returns the line `needle` is on. */
function withPaper(body: string, needle?: string): number {
  fixture = copyFixture();
  fixture.mkdir('measures');
  fixture.write('measures/calls-answered.yaml', measure);
  const text = `${frontmatter}${body}`;
  fixture.write(paper, text);
  return needle === undefined ? 0 : text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

function expectRefusal(line: number, expected: RegExp) {
  const error = loadError(fixture.root);
  const match = error.problems.find((p) => p.file.endsWith(paper) && p.field === `line ${line}`);
  expect(match, `no problem for ${paper} line ${line} in:\n${error.message}`).toBeDefined();
  expect(match!.message).toMatch(expected);
}

const loads = () => buildArchive(readContentFolder(fixture.root), { today: '2020-06-01' });

describe('an MDX paper within the subset', () => {
  it('loads, with its Measure references and their lines recorded', () => {
    const line = withPaper(
      'Some text.\n\n<Measure id="calls-answered" />\n\n[A link](https://example.org), [mail](mailto:a@example.org), ' +
        '[phone](tel:+440000), [here](#top), [there](../2020/performance-paper/).\n\n![A chart](chart.png)\n\n[ref]: https://example.org/ref\n',
      '<Measure',
    );
    const archive = loads();
    expect(archive.paperById.get('2020/figures')).toBeDefined();
    const entry = readContentFolder(fixture.root).papers.find((p) => p.id === '2020/figures')!;
    expect(entry.measures).toEqual([{ id: 'calls-answered', line }]);
  });

  it('a literal brace written \\{ is text', () => {
    withPaper('A set \\{a, b\\} of things.\n');
    expect(() => loads()).not.toThrow();
  });

  it('the demo paper still passes', () => {
    const set = readContentFolder(path.resolve('content'));
    const demo = set.papers.find((p) => p.file.endsWith('.mdx'))!;
    expect(demo.measures!.map((m) => m.id)).toContain('special-constables');
    expect(() => buildArchive(set, { today: '2026-11-22' })).not.toThrow();
  });
});

describe('refused in an MDX paper, naming the line', () => {
  it('an import', () => {
    const line = withPaper('Text.\n\nimport secret from "../../organisation.yaml?raw"\n\n{secret}\n', 'import');
    expectRefusal(line, /import and export statements are not allowed/);
  });

  it('an export', () => {
    const line = withPaper('Text.\n\nexport const title = "x"\n', 'export');
    expectRefusal(line, /import and export statements are not allowed/);
  });

  it('an expression in the text', () => {
    const line = withPaper('Text.\n\nThe answer is {40 + 2}.\n', 'answer');
    expectRefusal(line, /JavaScript expression.*\\\{/);
  });

  it('an expression on a line of its own', () => {
    const line = withPaper('Text.\n\n{process.env.HOME}\n', 'process');
    expectRefusal(line, /JavaScript expression.*\\\{/);
  });

  it('an expression attribute', () => {
    const line = withPaper('Text.\n\n<Measure id={"calls-" + "answered"} />\n', '<Measure');
    expectRefusal(line, /id=\{…\}.*plain text in quotes/);
  });

  it('a spread attribute', () => {
    const line = withPaper('Text.\n\n<Measure {...{ id: "calls-answered" }} />\n', '<Measure');
    expectRefusal(line, /\{\.\.\.\}.*not allowed/);
  });

  it('an HTML element', () => {
    const line = withPaper('Text.\n\n<script>alert(1)</script>\n', '<script');
    expectRefusal(line, /<script> is not allowed.*<Measure id="…" \/>/);
  });

  it("a component that is not one of the project's own", () => {
    const line = withPaper('Text.\n\n<Chart id="calls-answered" />\n', '<Chart');
    expectRefusal(line, /<Chart> is not allowed/);
  });

  it('a Measure without its id', () => {
    const line = withPaper('Text.\n\n<Measure />\n', '<Measure');
    expectRefusal(line, /<Measure> needs id="…"/);
  });

  it('a Measure with an attribute it does not take', () => {
    const line = withPaper('Text.\n\n<Measure id="calls-answered" link="no" />\n', '<Measure');
    expectRefusal(line, /<Measure> takes no "link"/);
  });

  it('a Measure naming no known measure, with the known ids', () => {
    const line = withPaper('Text.\n\n<Measure id="calls-answerd" />\n', '<Measure');
    expectRefusal(line, /no measure "calls-answerd".*calls-answered/);
  });

  const unsafe: [string, string][] = [
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)'],
    ['a vbscript: definition', '[ref]: vbscript:msgbox'],
    ['a file: link', '[passwords](file:///etc/passwd)'],
    ['a javascript: link hidden by an entity', '[click](java&#x09;script:alert(1))'],
  ];
  for (const [what, markdown] of unsafe) {
    it(what, () => {
      const line = withPaper(`Text.\n\n${markdown}\n`, markdown.slice(0, 4));
      expectRefusal(line, /address .* is not allowed.*http:, https:, mailto:, tel:/);
    });
  }

  it('an unclosed brace, as a syntax error with its line', () => {
    const line = withPaper('Text.\n\nA brace { that never closes.\n\nMore text.\n', 'A brace');
    expectRefusal(line, /is not valid MDX.*\\\{/);
  });

  it('an unclosed tag, as a syntax error with its line', () => {
    const line = withPaper('Text.\n\n<Measure id="calls-answered">\n\nMore text.\n', '<Measure');
    const error = loadError(fixture.root);
    const match = error.problems.find((p) => p.file.endsWith(paper) && /is not valid MDX/.test(p.message));
    expect(match, error.message).toBeDefined();
    expect(Number(match!.field.replace('line ', ''))).toBeGreaterThanOrEqual(line);
  });
});

describe('the one list of components', () => {
  it('the paper page must supply exactly the components papers may use', () => {
    expect(paperComponentMap({ Measure: 'figure' })).toEqual({ Measure: 'figure' });
    expect(() => paperComponentMap({ Measure: 'figure', Chart: 'chart' } as never)).toThrow(
      /supplies the components Chart, Measure, but papers may use Measure/,
    );
    expect(() => paperComponentMap({} as never)).toThrow(/papers may use Measure/);
  });
});
