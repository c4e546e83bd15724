/** The values of a DataLoader.loadMany, without the misses (null) and per-key errors (rethrown). */
export function present<T>(results: (T | null | Error)[]): T[] {
  const out: T[] = [];
  for (const r of results) {
    if (r instanceof Error) throw r;
    if (r !== null && r !== undefined) out.push(r);
  }
  return out;
}
