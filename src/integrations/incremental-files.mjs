// Plain JavaScript, so that both the Astro integration and scripts/build-sites.mjs can use it.

/** The file in a built site that lists each incremental page's file and the digest of its inputs. */
export const pageManifest = '.scrutiny-pages.json';

/** The list, in the build's cache folder, of the pages scripts/build-sites.mjs copies from the published site. */
export const carriedList = 'carried-pages.json';
