/** Answers written to IndexedDB in one go: small enough that one write is a short task. */
export const WRITE_CHUNK = 20;

/**
 * Resolves when the page has a moment to spare: in the browser's idle time where it has one, at the
 * latest after `timeout` ms; else after the tasks already queued (a timer). Long work split at these
 * points leaves the page able to draw and answer a tap between its parts.
 */
export function idle(timeout = 500): Promise<void> {
  return new Promise((done) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => done(), { timeout });
    else setTimeout(done, 0);
  });
}

/**
 * A queue of work run one piece at a time, in the order given, each in idle time: what is asked
 * later never lands before what was asked earlier (a sign-out's clean-up after the answers still being
 * written). Each call answers its own piece's result.
 */
export function idleQueue(wait: () => Promise<void> = idle): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = last.then(wait).then(work);
    last = run.catch(() => undefined);
    return run;
  };
}

/** `list` in parts of `size`, in order. */
export function chunks<T>(list: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < list.length; i += size) parts.push(list.slice(i, i + size));
  return parts;
}
