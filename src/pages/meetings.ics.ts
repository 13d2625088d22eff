import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive';
import { icsCalendar } from '../lib/feeds/ical';
import { calendarEvents } from '../lib/site/feeds';

/** Every meeting of every board and panel, past and upcoming, to subscribe to in a calendar. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const body = icsCalendar({ name: `${archive.organisation.shortName}: meetings`, stamp: archive.today, events: calendarEvents(archive.meetings, site!) });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
