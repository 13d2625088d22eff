import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive';
import { rssFeed } from '../lib/feeds/rss';
import { feedItems, feedLength } from '../lib/site/feeds';
import { feedUrl, homeUrl } from '../lib/site/urls';

/** The newest minutes and papers of every board and panel. */
export const GET: APIRoute = async ({ site }) => {
  const { organisation, meetings, papers } = await getArchive();
  const body = rssFeed({
    title: `${organisation.shortName}: minutes and papers`,
    link: new URL(homeUrl(), site).href,
    self: new URL(feedUrl(), site).href,
    description: `The latest ${feedLength} minutes and papers published by the ${organisation.name}`,
    items: feedItems(meetings, papers, site!),
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
