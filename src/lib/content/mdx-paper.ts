import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { ContentProblem } from './errors';
import { componentUsage, paperComponents, type PaperComponentName } from './paper-components';

/** Where a paper places a measure's figures: `<Measure id="…" />` on a line of the file. */
export interface MeasureReference {
  id: string;
  line: number;
}

/** The parts of an MDX syntax tree (mdast with MDX nodes) the checks read. */
interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}
type MdxAttribute = { type: 'mdxJsxAttribute'; name: string; value?: string | null | object } | { type: 'mdxJsxExpressionAttribute'; value: string };

// Parsed as Astro's MDX integration compiles it (MDX with GitHub-flavoured Markdown), so that what
// passes here also compiles there.
let processor: ReturnType<typeof createProcessor> | undefined;
const parser = () => (processor ??= createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }));

const safeSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/** An address a paper may link to: http(s), mailto, tel, a relative address or a #fragment. */
export function isSafeAddress(url: string): boolean {
  // Browsers ignore spaces, tabs, line breaks and other controls in a scheme ("java&#x09;script:").
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007F-\u009F]/g, ''));
  return !scheme || safeSchemes.has(scheme[1]!.toLowerCase());
}

const usages = () => (Object.keys(paperComponents) as PaperComponentName[]).map(componentUsage).join(', ');
const braceHint = 'write \\{ for a literal brace and \\< for a literal <';

/**
 * Checks the body of an MDX paper against the subset papers may use: Markdown, and the
 * components in paper-components.ts with plain-text attributes. No import or export, no
 * JavaScript expression, no other element, no link to a javascript:, data:, file: or other
 * unsafe address. `firstLine` is the line of the file the body starts on, so each problem names
 * the line as an editor numbers it. Returns the measures the paper places.
 */
export function checkMdxPaper(body: string, file: string, firstLine: number, problems: ContentProblem[]): MeasureReference[] {
  const at = (line: number | undefined) => (line === undefined ? '' : `line ${firstLine + line - 1}`);
  const problem = (node: MdxNode, message: string) => problems.push({ file, field: at(node.position?.start.line), message });
  let tree: MdxNode;
  try {
    tree = parser().parse(body);
  } catch (e) {
    const error = e as { reason?: string; message: string; line?: number };
    const reason = (error.reason ?? error.message).replace(/\s*\(\d+:\d+-\d+:\d+\)/g, '');
    const line = error.line ?? Number(/\((\d+):\d+-/.exec(error.reason ?? '')?.[1] ?? NaN);
    problems.push({
      file,
      field: at(Number.isNaN(line) ? undefined : line),
      message: `is not valid MDX: ${reason.replace(/\.$/, '')}. In a ` + `paper, { and < start code: ${braceHint}, and close every component with />`,
    });
    return [];
  }

  const measures: MeasureReference[] = [];
  const element = (node: MdxNode) => {
    const name = node.name;
    if (!name || !Object.hasOwn(paperComponents, name)) {
      problem(
        node,
        `${name ? `<${name}>` : 'a fragment <>'} is not allowed in a paper: the only ` +
          `components a paper may use are ${usages()}; write everything else in Markdown`,
      );
      return;
    }
    const spec: Record<string, { required: boolean; what: string }> = paperComponents[name as PaperComponentName];
    const values = new Map<string, string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        problem(
          node,
          `<${name} {...}>: {...} attributes are not allowed in a paper: write each attribute ` +
            `as plain text in quotes, e.g. ${componentUsage(name as PaperComponentName)}`,
        );
      } else if (!Object.hasOwn(spec, attribute.name)) {
        problem(
          node,
          `<${name}> takes no "${attribute.name}": it takes ${Object.entries(spec)
            .map(([a, s]) => `${a}="…" (${s.what})`)
            .join(', ')}`,
        );
      } else if (typeof attribute.value !== 'string') {
        problem(
          node,
          `<${name} ${attribute.name}${attribute.value ? '={…}' : ''}>: an ` + `attribute's value must be plain text in quotes, e.g. ${attribute.name}="…"`,
        );
      } else values.set(attribute.name, attribute.value.trim());
    }
    const given = new Set(node.attributes?.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : [])));
    for (const [attribute, { required, what }] of Object.entries(spec)) {
      if (required && (!given.has(attribute) || values.get(attribute) === '')) {
        problem(node, `<${name}> needs ${attribute}="…": ${what}`);
      }
    }
    if (node.children?.length)
      problem(node, `<${name}> takes nothing between an opening and a closing ` + `tag: write it as ${componentUsage(name as PaperComponentName)}`);
    const id = values.get('id');
    if (name === 'Measure' && id) measures.push({ id, line: firstLine + (node.position?.start.line ?? 1) - 1 });
  };

  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problem(node, 'import and export statements are not allowed in a paper: it can use its components without importing anything; delete the statement');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problem(node, `{…} is a JavaScript expression, which a paper may not hold: ${braceHint}`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(node);
        return;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && !isSafeAddress(node.url)) {
          problem(
            node,
            `the address "${node.url}" is not allowed in a paper: a link or image may ` +
              `point to http:, https:, mailto:, tel:, a relative address or a #fragment`,
          );
        }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return measures;
}
