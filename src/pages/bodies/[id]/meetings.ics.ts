import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive';
import { icsCalendar } from '../../../lib/feeds/ical';
import { calendarEvents } from '../../../lib/site/feeds';

export const getStaticPaths: GetStaticPaths = async () => (await getArchive()).bodies.map((b) => ({ params: { id: b.id } }));

/** One board or panel's meetings, past and upcoming. */
export const GET: APIRoute = async ({ params, site }) => {
  const archive = await getArchive();
  const b = archive.bodyById.get(params.id!)!;
  const body = icsCalendar({ name: `${b.data.name}: meetings`, stamp: archive.today, events: calendarEvents(b.meetings, site!) });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
