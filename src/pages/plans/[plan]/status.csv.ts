import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive';
import { statusColumns, statusTableRows } from '../../../lib/plan/status-table';
import { toCsv } from '../../../lib/format/csv';

export const getStaticPaths: GetStaticPaths = async () => {
  const { plans } = await getArchive();
  return plans.map((plan) => ({ params: { plan: plan.id } }));
};

/** The status table as CSV: the same rows as the page. */
export const GET: APIRoute = async ({ params }) => {
  const plan = (await getArchive()).planById.get(params.plan!)!;
  return new Response(toCsv(statusTableRows(plan), statusColumns), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
