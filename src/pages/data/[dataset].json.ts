import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive';
import { datasetJson, datasetNames, openData, type DatasetName } from '../../lib/open-data';

export const getStaticPaths: GetStaticPaths = () => datasetNames.map((dataset) => ({ params: { dataset } }));

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.dataset as DatasetName;
  const { rows, context } = openData(await getArchive(), site!);
  return new Response(datasetJson(name, rows[name] as Record<string, unknown>[], context), { headers: { 'content-type': 'application/json' } });
};
