// Loaded first into the Astro process that scripts/build-sites.mjs starts (node --import): if the
// build script is gone, killed even with SIGKILL, Astro stops at once instead of building on
// into a staging folder nobody will publish or clean up while it still writes there.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(1));
}
