import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive';
import { rssFeed } from '../../../lib/feeds/rss';
import { feedItems, feedLength } from '../../../lib/site/feeds';
import { bodyFeedUrl, bodyUrl } from '../../../lib/site/urls';

export const getStaticPaths: GetStaticPaths = async () => (await getArchive()).bodies.map((b) => ({ params: { id: b.id } }));

/** The newest minutes and papers of one board or panel. */
export const GET: APIRoute = async ({ params, site }) => {
  const { organisation, bodyById } = await getArchive();
  const b = bodyById.get(params.id!)!;
  const body = rssFeed({
    title: `${b.data.name}: minutes and papers`,
    link: new URL(bodyUrl(b), site).href,
    self: new URL(bodyFeedUrl(b), site).href,
    description: `The latest ${feedLength} minutes and papers of the ${b.data.name}, published by the ${organisation.name}`,
    items: feedItems(b.meetings, b.papers, site!),
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
