import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive';
import { datasetCsv, datasetNames, openData, type DatasetName } from '../../lib/open-data';

export const getStaticPaths: GetStaticPaths = () => datasetNames.map((dataset) => ({ params: { dataset } }));

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.dataset as DatasetName;
  const { rows } = openData(await getArchive(), site!);
  return new Response(datasetCsv(name, rows[name] as Record<string, unknown>[]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
