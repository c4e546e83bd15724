import type { RateRule } from '@ncasc/config';
import { TooManyRequestsError } from '../common/errors/domain-errors';
import type { RateLimitStore } from './rate-limits/rate-limit.store';

const PAIR = 'sign-in-pair';
const ADDRESS = 'sign-in-address';

/** An attempt under way, for `succeeded`. */
export interface SignInAttempt {
  ip: string;
  email: string;
  addressWindow: number;
}

/**
 * Slows down password guessing without locking the real user out for long: attempts are counted per
 * (address, email) and per address in fixed windows (10 minutes by default); past the limit, that pair
 * (or address) is refused until its window ends. A successful sign-in clears its pair and is not counted
 * against the address. Someone guessing from another address does not lock out the user's own.
 *
 * Counted in the database (RateLimitStore), so every instance shares the counts.
 */
export class SignInLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly rules: { pair: RateRule; address: RateRule },
  ) {}

  /**
   * Counts the attempt from the moment it starts, before the (slow) password check, so a burst of
   * parallel guesses cannot all pass the check first; throws TOO_MANY_REQUESTS past either limit.
   */
  async begin(ip: string, email: string): Promise<SignInAttempt> {
    const pair = await this.store.hit(PAIR, `${ip}|${email}`, this.rules.pair);
    if (pair.retryAfterSeconds) throw refused(pair.retryAfterSeconds);
    const address = await this.store.hit(ADDRESS, ip, this.rules.address);
    if (address.retryAfterSeconds) throw refused(address.retryAfterSeconds);
    return { ip, email, addressWindow: address.windowStart };
  }

  /** The attempt succeeded: forget the pair's failures and un-count it for the address. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.store.reset(PAIR, `${attempt.ip}|${attempt.email}`);
    await this.store.unhit(ADDRESS, attempt.ip, attempt.addressWindow);
  }
}

function refused(seconds: number): TooManyRequestsError {
  return new TooManyRequestsError(
    `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
    seconds,
  );
}
