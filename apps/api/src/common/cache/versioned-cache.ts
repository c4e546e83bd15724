/** What a lookup finds: a kept value, another request already making it, or the task of making it. */
export type Lookup<T> =
  | { kind: 'hit'; value: T }
  | { kind: 'pending'; value: Promise<T | null> }
  | { kind: 'miss'; settle: (value: T | null, bytes?: number) => void };

interface Kept<T> {
  value: T;
  bytes: number;
}

/**
 * Answers that depend only on public data, kept in memory by key and data version, up to a number of
 * bytes (least recently used go first). A newer version drops the older ones: nobody is served data
 * older than the database. While one request makes a value, others asking for the same key wait for it
 * instead of making it again — fifty delegates opening a 20,000-session agenda at once make it once.
 */
export class VersionedCache<T> {
  private version = -1;
  private readonly kept = new Map<string, Kept<T>>();
  private readonly making = new Map<string, Promise<T | null>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  lookup(key: string, version: number): Lookup<T> {
    if (version > this.version) this.clear(version);
    const value = this.peek(key, version);
    if (value !== undefined) return { kind: 'hit', value };
    const id = `${version}|${key}`;
    const pending = this.making.get(id);
    if (pending) return { kind: 'pending', value: pending };
    let settle!: (value: T | null) => void;
    this.making.set(id, new Promise<T | null>((resolve) => (settle = resolve)));
    let settled = false;
    return {
      kind: 'miss',
      // the first call counts (a maker may end in more than one way: answered, refused, gone)
      settle: (value, bytes = 0) => {
        if (settled) return;
        settled = true;
        this.making.delete(id);
        settle(value);
        if (value !== null && version === this.version) this.keep(id, value, bytes);
      },
    };
  }

  /**
   * The value kept for this key at this version, or undefined; unlike lookup, a miss starts nothing
   * (the caller leaves the request to whoever makes values).
   */
  peek(key: string, version: number): T | undefined {
    if (version !== this.version) return undefined;
    const id = `${version}|${key}`;
    const kept = this.kept.get(id);
    if (!kept) return undefined;
    // most recently used last
    this.kept.delete(id);
    this.kept.set(id, kept);
    return kept.value;
  }

  /** Makes (once, however many ask at the same time) or finds the value; null values are not kept. */
  async get(
    key: string,
    version: number,
    make: () => Promise<T | null>,
    size: (v: T) => number,
  ): Promise<T | null> {
    const found = this.lookup(key, version);
    if (found.kind !== 'miss') return found.value;
    try {
      const value = await make();
      found.settle(value, value === null ? 0 : size(value));
      return value;
    } catch (e) {
      found.settle(null);
      throw e;
    }
  }

  /** Kept values and their bytes (for tests and the benchmark's memory figures). */
  stats(): { entries: number; bytes: number } {
    return { entries: this.kept.size, bytes: this.bytes };
  }

  /**
   * Counts more bytes for a kept value (a compressed copy made later), dropping the least recently used
   * values if that goes beyond the budget; nothing when the value is gone or its version is past.
   */
  grow(key: string, version: number, bytes: number): void {
    const kept = version === this.version ? this.kept.get(`${version}|${key}`) : undefined;
    if (!kept) return;
    kept.bytes += bytes;
    this.bytes += bytes;
    this.evict();
  }

  private keep(id: string, value: T, bytes: number): void {
    if (bytes > this.maxBytes) return;
    this.kept.set(id, { value, bytes });
    this.bytes += bytes;
    this.evict();
  }

  private evict(): void {
    for (const [oldest, entry] of this.kept) {
      if (this.bytes <= this.maxBytes) break;
      this.kept.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  private clear(version: number): void {
    this.version = version;
    this.kept.clear();
    this.bytes = 0;
  }
}
