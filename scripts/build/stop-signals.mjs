// SIGINT (Ctrl-C), SIGTERM and SIGHUP while builds run: each build is told to stop, cleans up
// (its Astro process stopped, its staging folder deleted, its lock released), and once the last
// has, the signal is raised again with its usual effect, so the process ends as it would have.
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const running = new Set();
let stopping;

function stop(signal) {
  if (stopping) return;
  stopping = signal;
  for (const build of running) build.abort(signal);
}

/**
 * Marks a build as running until `end()`; its `signal` aborts, with the signal's name as its
 * reason, when the process is asked to stop.
 */
export function whileRunning() {
  const controller = new AbortController();
  if (running.size === 0) for (const s of signals) process.on(s, stop);
  running.add(controller);
  if (stopping) controller.abort(stopping);
  return {
    signal: controller.signal,
    end() {
      running.delete(controller);
      if (running.size > 0) return;
      for (const s of signals) process.off(s, stop);
      if (stopping) process.kill(process.pid, stopping);
    },
  };
}
