// The module src/integrations/mdx-papers.ts makes: each published MDX paper by its id.
declare module 'virtual:scrutiny/mdx-papers' {
  import type { MDXInstance } from 'astro';
  const papers: Record<string, () => Promise<MDXInstance<Record<string, unknown>>>>;
  export default papers;
}
