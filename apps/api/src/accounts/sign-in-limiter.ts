/**
 * Slows down password guessing without locking the real user out for long: failures are counted per
 * (address, email) and per address in a sliding window; past the limit, that pair (or address) is
 * refused until its oldest failure leaves the window (at most WINDOW_MS). A successful sign-in clears
 * its pair. Someone guessing from another address does not lock out the user's own.
 *
 * Kept in memory: one instance. (Several API instances need a shared store: see the scale-out issue.)
 */
export interface LimitRule {
  max: number;
  windowMs: number;
}

export const PAIR_RULE: LimitRule = { max: 5, windowMs: 10 * 60_000 };
export const ADDRESS_RULE: LimitRule = { max: 50, windowMs: 10 * 60_000 };

export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly pair = PAIR_RULE,
    private readonly address = ADDRESS_RULE,
  ) {}

  /** Seconds to wait before another try is accepted, or 0. */
  retryAfter(ip: string, email: string): number {
    return Math.max(this.wait(`pair:${ip}|${email}`, this.pair), this.wait(`ip:${ip}`, this.address));
  }

  /**
   * Counts an attempt as a failure from the moment it starts, before the (slow) password check, so a
   * burst of parallel guesses cannot all pass retryAfter() first. Returns the attempt's time stamp.
   */
  begin(ip: string, email: string): number {
    const t = this.now();
    for (const key of [`pair:${ip}|${email}`, `ip:${ip}`])
      this.failures.set(key, [...(this.failures.get(key) ?? []), t]);
    if (this.failures.size > 100_000) this.sweep();
    return t;
  }

  /** The attempt begun at `t` succeeded: forget the pair's failures and un-count it for the address. */
  succeeded(ip: string, email: string, t: number): void {
    this.failures.delete(`pair:${ip}|${email}`);
    const times = this.failures.get(`ip:${ip}`);
    const i = times?.lastIndexOf(t) ?? -1;
    if (times && i >= 0) times.splice(i, 1);
  }

  private wait(key: string, rule: LimitRule): number {
    const recent = (this.failures.get(key) ?? []).filter((t) => t > this.now() - rule.windowMs);
    if (recent.length) this.failures.set(key, recent);
    else this.failures.delete(key);
    if (recent.length < rule.max) return 0;
    return Math.ceil((recent[recent.length - rule.max] + rule.windowMs - this.now()) / 1000);
  }

  private sweep(): void {
    const oldest = this.now() - Math.max(this.pair.windowMs, this.address.windowMs);
    for (const [key, times] of this.failures)
      if (times[times.length - 1] <= oldest) this.failures.delete(key);
  }
}
