/**
 * "Try again in 6 minutes." for a refusal that lifts after this many seconds: whole minutes (rounded
 * up) from a minute on, seconds below, singular for one.
 */
export function tryAgainIn(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `Try again in ${s} ${s === 1 ? 'second' : 'seconds'}.`;
  const m = Math.ceil(s / 60);
  return `Try again in ${m} ${m === 1 ? 'minute' : 'minutes'}.`;
}
