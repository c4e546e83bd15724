import type { RateRule } from '@ncasc/config';
import { TooManyRequestsError } from '../../common/errors/domain-errors';
import type { RateLimitStore } from './rate-limit.store';
import { tryAgainIn } from './try-again-in';

/**
 * Every mutation counts against the address it comes from and, signed in, against the user: a script
 * (or a stuck client) cannot fill the database however many addresses or accounts it has. The address
 * limit is high because a whole venue may reach us through one address.
 */
export class WriteLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly rules: { user: RateRule; address: RateRule },
  ) {}

  /** Counts `weight` writes (one per mutation field); throws TOO_MANY_REQUESTS past either limit. */
  async check(ip: string, userId: string | null, weight: number): Promise<void> {
    // asked for together, so on SQLite both counts share one commit (transactions.ts)
    const [address, user] = await Promise.all([
      this.store.hit('writes-address', ip, this.rules.address, weight),
      userId ? this.store.hit('writes-user', userId, this.rules.user, weight) : null,
    ]);
    const wait = Math.max(address.retryAfterSeconds, user?.retryAfterSeconds ?? 0);
    if (wait > 0)
      throw new TooManyRequestsError(
        `Too many changes in a short time. ${tryAgainIn(wait)}`,
        wait,
      );
  }
}
