// Pagefind over the baseline's output, as our own integration does for Scrutiny.
import { close, createIndex } from 'pagefind';
import path from 'node:path';

const site = process.argv[2];
const { index } = await createIndex({ forceLanguage: 'en' });
const added = await index.addDirectory({ path: site });
await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
await close();
console.log(`indexed ${added.page_count} pages`);
