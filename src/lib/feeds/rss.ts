import { xmlText } from '../format/xml';

export interface FeedItem {
  title: string;
  /** Absolute address of the page. */
  link: string;
  /** YYYY-MM-DD */
  date: string;
  description?: string;
  category?: string;
}

export interface Feed {
  title: string;
  /** Absolute address of the site or page the feed follows. */
  link: string;
  /** Absolute address of the feed itself. */
  self: string;
  description: string;
  items: FeedItem[];
}

// RFC 822 dates, as RSS 2.0 wants them; a day's items are dated noon UTC so no reader moves them across midnight.
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function rfc822(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return `${days[d.getUTCDay()]}, ${String(d.getUTCDate()).padStart(2, '0')} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} 12:00:00 GMT`;
}

/** An RSS 2.0 document. Every text and attribute holds only characters XML allows, escaped; the item's link is its stable guid. */
export function rssFeed(feed: Feed): string {
  const x = xmlText;
  const latest = feed.items
    .map((i) => i.date)
    .sort()
    .pop();
  const items = feed.items.map((i) =>
    [
      '    <item>',
      `      <title>${x(i.title)}</title>`,
      `      <link>${x(i.link)}</link>`,
      `      <guid isPermaLink="true">${x(i.link)}</guid>`,
      `      <pubDate>${rfc822(i.date)}</pubDate>`,
      ...(i.category ? [`      <category>${x(i.category)}</category>`] : []),
      ...(i.description ? [`      <description>${x(i.description)}</description>`] : []),
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${x(feed.title)}</title>`,
    `    <link>${x(feed.link)}</link>`,
    `    <atom:link href="${x(feed.self)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${x(feed.description)}</description>`,
    '    <language>en-gb</language>',
    ...(latest ? [`    <lastBuildDate>${rfc822(latest)}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
