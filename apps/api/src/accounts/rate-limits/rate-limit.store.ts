import type { RateRule } from '@ncasc/config';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { write } from '../../common/database/transactions';

export interface Hit {
  /** Requests counted in this window, this one included. */
  count: number;
  /** Milliseconds since the epoch; identifies the window (for `unhit`). */
  windowStart: number;
  /** Over the limit: seconds until the window ends; otherwise 0. */
  retryAfterSeconds: number;
}

/** Old windows are deleted at most this often (per instance). */
const PURGE_EVERY_MS = 60_000;

/**
 * Fixed-window counters in the `rate_limits` table, so every instance on one database counts together.
 * A hit is one atomic statement (`INSERT … ON CONFLICT DO UPDATE … RETURNING`), so a burst of parallel
 * requests is counted exactly, on SQLite (≥ 3.35) and PostgreSQL alike. Subjects are stored as SHA-256
 * hashes: the table holds no address or email.
 */
export class RateLimitStore {
  private lastPurge = 0;
  private readonly postgres: boolean;

  constructor(
    private readonly ds: DataSource,
    private readonly now: () => number = Date.now,
  ) {
    this.postgres = ds.options.type === 'postgres';
  }

  /** Counts `weight` requests of `subject` in `bucket` and says whether the rule still allows them. */
  async hit(bucket: string, subject: string, rule: RateRule, weight = 1): Promise<Hit> {
    const now = this.now();
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = Math.floor(now / windowMs) * windowMs;
    await this.purgeNowAndThen(now);
    const rows = await write(this.ds, (m) =>
      m.query<{ hits: number | string }[]>(
        `INSERT INTO rate_limits (bucket, subject, window_start, hits, expires_at)
         VALUES (${this.params(5)})
         ON CONFLICT (bucket, subject, window_start) DO UPDATE SET hits = rate_limits.hits + excluded.hits
         RETURNING hits`,
        [bucket, hash(subject), windowStart, weight, windowStart + windowMs],
      ),
    );
    const count = Number(rows[0].hits);
    return {
      count,
      windowStart,
      retryAfterSeconds: count > rule.max ? Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) : 0,
    };
  }

  /** Takes one request back out of a window (e.g. a sign-in that turned out to be right). */
  async unhit(bucket: string, subject: string, windowStart: number): Promise<void> {
    await write(this.ds, (m) =>
      m.query(
        `UPDATE rate_limits SET hits = hits - 1
         WHERE bucket = ${this.param(1)} AND subject = ${this.param(2)} AND window_start = ${this.param(3)} AND hits > 0`,
        [bucket, hash(subject), windowStart],
      ),
    );
  }

  /** Forgets every window of a subject in a bucket. */
  async reset(bucket: string, subject: string): Promise<void> {
    await write(this.ds, (m) =>
      m.query(`DELETE FROM rate_limits WHERE bucket = ${this.param(1)} AND subject = ${this.param(2)}`, [
        bucket,
        hash(subject),
      ]),
    );
  }

  /** Deletes the windows that have ended. */
  async purge(now = this.now()): Promise<void> {
    this.lastPurge = now;
    await write(this.ds, (m) =>
      m.query(`DELETE FROM rate_limits WHERE expires_at <= ${this.param(1)}`, [now]),
    );
  }

  private async purgeNowAndThen(now: number): Promise<void> {
    if (now - this.lastPurge >= PURGE_EVERY_MS) await this.purge(now);
  }

  private param(i: number): string {
    return this.postgres ? `$${i}` : '?';
  }

  private params(n: number): string {
    return Array.from({ length: n }, (_, i) => this.param(i + 1)).join(', ');
  }
}

const hash = (subject: string): string => createHash('sha256').update(subject).digest('hex');
