/**
 * Public rows (sessions, speakers, rooms, conferences, a session's speakers and themes) kept across
 * requests for one public data version, so a delegate's schedule or calendar feed reads only their own
 * rows from the database. Kept rows are frozen: they are shared by every request, and code that tried to
 * change one would fail loudly instead of changing it for everyone. A newer version empties the store;
 * the oldest rows go first past `maxRows`.
 */
export class SharedRows {
  private version = -1;
  /** By kind, then id (no key is built per lookup: an agenda looks up tens of thousands). */
  private readonly kinds = new Map<string, Map<string, unknown>>();
  /** Rows in the order they were first kept, whatever their kind: the oldest go first. */
  private readonly order: [kind: string, id: string][] = [];
  private oldest = 0;
  private count = 0;

  constructor(private readonly maxRows = 60_000) {}

  /** The rows of `kind` kept for this version, by id, and the ids to read. */
  take<T>(
    version: number,
    kind: string,
    ids: readonly string[],
  ): { found: Map<string, T>; missing: string[] } {
    // (a request that read an older version finds nothing and reads the database)
    const rows = this.at(version) ? (this.kinds.get(kind) as Map<string, T> | undefined) : undefined;
    if (!rows) return { found: new Map(), missing: [...ids] };
    const found = new Map<string, T>();
    const missing: string[] = [];
    for (const id of ids) {
      const row = rows.get(id);
      if (row === undefined) missing.push(id);
      else found.set(id, row);
    }
    return { found, missing };
  }

  /** One row of `kind` kept for this version, if it is. */
  get<T>(version: number, kind: string, id: string): T | undefined {
    return this.at(version) ? (this.kinds.get(kind)?.get(id) as T | undefined) : undefined;
  }

  /** Keeps a row (frozen, arrays and their items too) read at this version; returns it. */
  put<T>(version: number, kind: string, id: string, row: T): T {
    const frozen = deepFreeze(row);
    if (!this.at(version)) return frozen;
    let rows = this.kinds.get(kind);
    if (!rows) this.kinds.set(kind, (rows = new Map<string, unknown>()));
    if (!rows.has(id)) {
      this.count++;
      this.order.push([kind, id]);
    }
    rows.set(id, frozen);
    // past the limit, the oldest rows go first
    while (this.count > this.maxRows && this.oldest < this.order.length) {
      const [oldKind, oldId] = this.order[this.oldest++];
      if (this.kinds.get(oldKind)?.delete(oldId)) this.count--;
    }
    if (this.oldest > 1024 && this.oldest * 2 > this.order.length) {
      this.order.splice(0, this.oldest);
      this.oldest = 0;
    }
    return frozen;
  }

  /** Moves to a newer version (emptying the store); false for an older one. */
  private at(version: number): boolean {
    if (version < this.version) return false;
    if (version > this.version) {
      this.version = version;
      this.kinds.clear();
      this.order.length = 0;
      this.oldest = 0;
      this.count = 0;
    }
    return true;
  }

  get size(): number {
    return this.count;
  }
}

function deepFreeze<T>(value: T): T {
  if (Array.isArray(value)) for (const item of value as unknown[]) deepFreeze(item);
  return typeof value === 'object' && value !== null ? Object.freeze(value) : value;
}

/**
 * A value worked out from a row, once for every request when the row is a shared one (frozen: see
 * SharedRows), each time when the row can still change. Rows are forgotten with the store.
 */
export class Derived<R extends object, V> {
  private readonly kept = new WeakMap<R, V>();

  constructor(private readonly make: (row: R) => V) {}

  of(row: R): V {
    const found = this.kept.get(row);
    if (found !== undefined) return found;
    const value = this.make(row);
    if (Object.isFrozen(row)) this.kept.set(row, value);
    return value;
  }
}

/** As Derived, for values that also depend on a key (a time zone): each worked out once per key. */
export class DerivedByKey<R extends object, K, V> {
  private readonly byRow = new Derived<R, Map<K, V>>(() => new Map());

  constructor(private readonly make: (row: R, key: K) => V) {}

  of(row: R, key: K): V {
    const values = this.byRow.of(row);
    if (values.has(key)) return values.get(key) as V;
    const value = this.make(row, key);
    values.set(key, value);
    return value;
  }
}
