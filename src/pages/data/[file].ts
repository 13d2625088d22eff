import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { getArchive } from '../../lib/archive';
import { pagesToRender } from '../../lib/incremental/pages';
import { archiveDataFiles, archiveDataText, gzipText, type DataFile } from '../../lib/open-data';

// Every data file, plain and gzip-compressed (src/lib/open-data/publish.ts says which). A file
// whose text, and the code that writes it, are those of the published site's is carried over
// from it rather than compressed again (docs/incremental-builds.md).
export const getStaticPaths: GetStaticPaths = async () =>
  pagesToRender(
    archiveDataFiles(await getArchive(), new URL(import.meta.env.SITE)).map((file) => ({
      file: `data/${file.name}`,
      digest: (code: string) => createHash('sha256').update(`${code}\0${file.name}\0${file.textDigest}`).digest('base64url'),
      path: { params: { file: file.name }, props: { file } },
    })),
  );

const types = { csv: 'text/csv; charset=utf-8', json: 'application/json' };

export const GET: APIRoute<{ file: DataFile }> = async ({ props: { file }, site }) => {
  const text = archiveDataText(await getArchive(), site!, file);
  return file.compressed
    ? new Response(await gzipText(text), { headers: { 'content-type': 'application/gzip' } })
    : new Response(text, { headers: { 'content-type': types[file.format] } });
};
