type Plain = Record<string, unknown>;

/**
 * A copy of a JSON tree (a GraphQL answer) with some objects changed: `patch` gives the fields to set on
 * an object, or null to leave it; `drop` takes items out of lists. Branches nothing touched stay the
 * same objects, and so does the whole tree when nothing changes (so a re-render is skipped).
 */
export function patchTree<T>(
  data: T,
  patch: (o: Plain) => Plain | null,
  drop?: (item: unknown) => boolean,
): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      let changed = false;
      const out: unknown[] = [];
      for (const x of v) {
        if (drop?.(x)) {
          changed = true;
          continue;
        }
        const y = walk(x);
        if (y !== x) changed = true;
        out.push(y);
      }
      return changed ? out : v;
    }
    if (v === null || typeof v !== 'object') return v;
    const o = v as Plain;
    let copy: Plain | null = null;
    for (const [k, x] of Object.entries(o)) {
      const y = walk(x);
      if (y !== x) (copy ??= { ...o })[k] = y;
    }
    const changes = patch(o);
    return changes ? { ...(copy ?? o), ...changes } : (copy ?? o);
  };
  return walk(data) as T;
}
