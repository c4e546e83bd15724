import { Injectable } from '@nestjs/common';
import type { RateRule } from '@ncasc/config';
import { TooManyRequestsError } from '../common/errors/domain-errors';
import type { RateLimitStore } from './rate-limits/rate-limit.store';
import { tryAgainIn } from './rate-limits/try-again-in';

const PAIR = 'sign-in-pair';
const ADDRESS = 'sign-in-address';

/** The first attempt past the address's limit waits this long; each further one twice as long… */
export const FIRST_DELAY_MS = 250;
/** …up to this. */
export const MAX_DELAY_MS = 4000;

/** How a sign-in waits; a provider of its own so tests can see the wait without sitting through it. */
@Injectable()
export class SignInDelay {
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}

/** An attempt under way, for `succeeded`. */
export interface SignInAttempt {
  ip: string;
  email: string;
  addressWindow: number;
}

/** The wait before the n-th attempt past the address's limit is checked (n ≥ 1). */
export const delayPastLimit = (over: number): number =>
  over < 1 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(over - 1, 16));

/**
 * Two guards against password guessing, counted in fixed windows (10 minutes by default):
 *
 * - per (address, email): past its limit that pair is refused (TOO_MANY_REQUESTS) until the window
 *   ends, whatever the password; someone guessing from another address does not lock out the user's own;
 * - per address, whatever the email: past its limit every attempt from that address is answered more
 *   slowly (a delay that doubles with each attempt, up to MAX_DELAY_MS) but never refused, so the
 *   hundreds of delegates a venue puts behind one address can still sign in with the right password
 *   while someone tries a list of stolen emails from there.
 *
 * A successful sign-in clears its pair and is not counted against the address. Counted in the database
 * (RateLimitStore), so every instance shares the counts.
 */
export class SignInLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly rules: { pair: RateRule; address: RateRule },
    private readonly delay: SignInDelay,
  ) {}

  /**
   * Counts the attempt from the moment it starts, before the (slow) password check, so a burst of
   * parallel guesses cannot all pass the check first; throws TOO_MANY_REQUESTS past the pair's limit,
   * waits past the address's.
   */
  async begin(ip: string, email: string): Promise<SignInAttempt> {
    const pair = await this.store.hit(PAIR, `${ip}|${email}`, this.rules.pair);
    if (pair.retryAfterSeconds) throw refused(pair.retryAfterSeconds);
    const address = await this.store.hit(ADDRESS, ip, this.rules.address);
    const wait = delayPastLimit(address.count - this.rules.address.max);
    // before the password is checked, right or wrong alike: a quick answer would tell a right guess apart
    if (wait > 0) await this.delay.wait(wait);
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
    `Too many failed sign-ins. ${tryAgainIn(seconds)}`,
    seconds,
  );
}
