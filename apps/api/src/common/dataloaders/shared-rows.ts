/**
 * Public rows (sessions, speakers, rooms, conferences, a session's speakers and themes) kept across
 * requests for one public data version, so a delegate's schedule or calendar feed reads only their own
 * rows from the database. Kept rows are frozen: they are shared by every request, and code that tried to
 * change one would fail loudly instead of changing it for everyone. A newer version empties the store;
 * the oldest rows go first past `maxRows`.
 */
export class SharedRows {
  private version = -1;
  private readonly rows = new Map<string, unknown>();

  constructor(private readonly maxRows = 60_000) {}

  /** The rows of `kind` kept for this version, by id, and the ids to read. */
  take<T>(
    version: number,
    kind: string,
    ids: readonly string[],
  ): { found: Map<string, T>; missing: string[] } {
    // (a request that read an older version finds nothing and reads the database)
    if (!this.at(version)) return { found: new Map(), missing: [...ids] };
    const found = new Map<string, T>();
    const missing: string[] = [];
    for (const id of ids) {
      const row = this.rows.get(`${kind}|${id}`) as T | undefined;
      if (row === undefined) missing.push(id);
      else found.set(id, row);
    }
    return { found, missing };
  }

  /** Keeps a row (frozen, arrays and their items too) read at this version; returns it. */
  put<T>(version: number, kind: string, id: string, row: T): T {
    const frozen = deepFreeze(row);
    if (!this.at(version)) return frozen;
    this.rows.set(`${kind}|${id}`, frozen);
    if (this.rows.size > this.maxRows) {
      for (const key of this.rows.keys()) {
        this.rows.delete(key);
        if (this.rows.size <= this.maxRows) break;
      }
    }
    return frozen;
  }

  /** Moves to a newer version (emptying the store); false for an older one. */
  private at(version: number): boolean {
    if (version < this.version) return false;
    if (version > this.version) {
      this.version = version;
      this.rows.clear();
    }
    return true;
  }

  get size(): number {
    return this.rows.size;
  }
}

function deepFreeze<T>(value: T): T {
  if (Array.isArray(value)) for (const item of value as unknown[]) deepFreeze(item);
  return typeof value === 'object' && value !== null ? Object.freeze(value) : value;
}
