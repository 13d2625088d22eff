import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive';
import { archiveDataFiles, archiveDataText, gzipText, type DataFile } from '../../lib/open-data';

// Every data file, plain and gzip-compressed (src/lib/open-data/publish.ts says which).
export const getStaticPaths: GetStaticPaths = async () =>
  archiveDataFiles(await getArchive(), new URL(import.meta.env.SITE)).map((file) => ({ params: { file: file.name }, props: { file } }));

const types = { csv: 'text/csv; charset=utf-8', json: 'application/json' };

export const GET: APIRoute<{ file: DataFile }> = async ({ props: { file }, site }) => {
  const text = archiveDataText(await getArchive(), site!, file);
  return file.compressed
    ? new Response(await gzipText(text), { headers: { 'content-type': 'application/gzip' } })
    : new Response(text, { headers: { 'content-type': types[file.format] } });
};
