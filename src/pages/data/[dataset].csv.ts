import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive';
import { archiveDataParts, datasetCsv, openData, partRows, type DataPart } from '../../lib/open-data';

export const getStaticPaths: GetStaticPaths = async () =>
  archiveDataParts(await getArchive()).map((part) => ({ params: { dataset: part.year ? `${part.name}-${part.year}` : part.name }, props: { part } }));

export const GET: APIRoute<{ part: DataPart }> = async ({ props: { part }, site }) => {
  const { rows } = openData(await getArchive(), site!);
  return new Response(datasetCsv(part.name, partRows(part, rows[part.name])), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
