import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive';
import { statusTableRows } from '../../../lib/plan/status-table';

export const getStaticPaths: GetStaticPaths = async () => {
  const { plans } = await getArchive();
  return plans.map((plan) => ({ params: { plan: plan.id } }));
};

/** The status table as JSON: the same rows as the page, with the plan and report they describe. */
export const GET: APIRoute = async ({ params }) => {
  const { planById, organisation } = await getArchive();
  const plan = planById.get(params.plan!)!;
  const latest = plan.reports[plan.reports.length - 1];
  const body = {
    publisher: organisation.name,
    plan: { id: plan.id, title: plan.data.title },
    asAt: latest?.data.date ?? null,
    themes: plan.themes.map((t) => ({ id: t.id, name: t.data.name })),
    deliverables: statusTableRows(plan),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
