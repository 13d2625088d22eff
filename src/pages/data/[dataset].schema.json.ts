import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetNames, datasetSchema, type DatasetName } from '../../lib/open-data';

export const getStaticPaths: GetStaticPaths = () => datasetNames.map((dataset) => ({ params: { dataset } }));

export const GET: APIRoute = ({ params, site }) =>
  new Response(datasetSchema(params.dataset as DatasetName, { site: site! }), { headers: { 'content-type': 'application/schema+json' } });
