// SIGINT (Ctrl-C), SIGTERM and SIGHUP while builds run: each build is told to stop, cleans up
// (its Astro process stopped, its staging folder deleted, its lock released), and once the last
// has, the signal is raised again with its usual effect, so the process ends as it would have.
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const running = new Set();
let stopping;
let watch;

function stop(signal) {
  if (stopping) return;
  stopping = signal;
  for (const build of running) build.abort(signal);
}

/**
 * The process that started this one (npm's `sh -c`, say) may end without passing a signal on:
 * npm forwards SIGTERM to its shell, which ends and leaves node running. A build whose parent
 * has gone stops as if sent SIGTERM.
 */
function watchParent() {
  const parent = process.ppid;
  return setInterval(() => {
    if (process.ppid === parent || stopping) return;
    console.error('The command that started this build has ended: stopping it.');
    stop('SIGTERM');
  }, 250).unref();
}

/**
 * Marks a build as running until `end()`; its `signal` aborts, with the signal's name as its
 * reason, when the process is asked to stop.
 */
export function whileRunning() {
  const controller = new AbortController();
  if (running.size === 0) {
    for (const s of signals) process.on(s, stop);
    watch = watchParent();
  }
  running.add(controller);
  if (stopping) controller.abort(stopping);
  return {
    signal: controller.signal,
    end() {
      running.delete(controller);
      if (running.size > 0) return;
      for (const s of signals) process.off(s, stop);
      clearInterval(watch);
      if (stopping) process.kill(process.pid, stopping);
    },
  };
}
