import { xmlText } from '../format/xml';

/** The sitemap protocol allows 50,000 addresses a file; past that, files of this many and an index. */
export const perSitemap = 45_000;

/**
 * sitemap.xml for the given absolute page addresses. One file while they fit, otherwise an index
 * (sitemap.xml) of numbered files (sitemap-1.xml …), so an archive of any size is covered.
 */
export function sitemaps(urls: string[], site: URL): { file: string; xml: string }[] {
  const sorted = [...new Set(urls)].sort();
  const urlset = (list: string[]) =>
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...list.map((u) => `  <url><loc>${xmlText(u)}</loc></url>`),
      '</urlset>',
      '',
    ].join('\n');
  if (sorted.length <= perSitemap) return [{ file: 'sitemap.xml', xml: urlset(sorted) }];
  const parts: { file: string; xml: string }[] = [];
  for (let i = 0; i < sorted.length; i += perSitemap) parts.push({ file: `sitemap-${parts.length + 1}.xml`, xml: urlset(sorted.slice(i, i + perSitemap)) });
  const index = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((p) => `  <sitemap><loc>${xmlText(new URL(p.file, site).href)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return [{ file: 'sitemap.xml', xml: index }, ...parts];
}
