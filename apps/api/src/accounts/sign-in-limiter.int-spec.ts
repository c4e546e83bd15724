import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/test-database';
import { TooManyRequestsError } from '../common/errors/domain-errors';
import { RateLimitStore } from './rate-limits/rate-limit.store';
import { MAX_DELAY_MS, SignInDelay, SignInLimiter } from './sign-in-limiter';

describe('SignInLimiter (counted in the database)', () => {
  let ds: DataSource;
  let now = 0;
  beforeAll(async () => {
    ds = await createTestDatabase();
  });
  afterAll(() => ds.destroy());
  beforeEach(async () => {
    await ds.query('DELETE FROM rate_limits');
    // the start of a one-minute window
    now = 1_800_000_000_000;
  });

  /** The waits the limiter asked for, in order (the clock moves by them instead of sleeping). */
  let waits: number[] = [];
  class RecordedDelay extends SignInDelay {
    override wait(ms: number): Promise<void> {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    }
  }
  beforeEach(() => {
    waits = [];
  });
  const limiter = () =>
    new SignInLimiter(
      new RateLimitStore(ds, () => now),
      { pair: { max: 3, windowSeconds: 60 }, address: { max: 10, windowSeconds: 60 } },
      new RecordedDelay(),
    );
  /** Seconds the limiter asks to wait, or 0 when it lets the attempt through. */
  const waitFor = (p: Promise<unknown>) =>
    p.then(
      () => 0,
      (e: unknown) => {
        if (e instanceof TooManyRequestsError) return Number(e.details.retryAfterSeconds);
        throw e;
      },
    );

  it('refuses a pair after its failures reach the limit, then lets it try again once the window passes', async () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) {
      expect(await waitFor(l.begin('1.1.1.1', 'a@x.org'))).toBe(0);
      now += 1000;
    }
    expect(await waitFor(l.begin('1.1.1.1', 'a@x.org'))).toBe(57);
    now += 57_000;
    expect(await waitFor(l.begin('1.1.1.1', 'a@x.org'))).toBe(0);
  });

  it('does not lock the real user out from another address', async () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) await waitFor(l.begin('6.6.6.6', 'victim@x.org'));
    expect(await waitFor(l.begin('6.6.6.6', 'victim@x.org'))).toBeGreaterThan(0);
    expect(await waitFor(l.begin('10.0.0.2', 'victim@x.org'))).toBe(0);
  });

  it('slows down one address trying many emails, more with each attempt up to a cap, but never refuses it', async () => {
    const l = limiter();
    for (let i = 0; i < 10; i++) expect(await waitFor(l.begin('6.6.6.6', `user${i}@x.org`))).toBe(0);
    expect(waits).toEqual([]);
    for (let i = 10; i < 20; i++) expect(await waitFor(l.begin('6.6.6.6', `user${i}@x.org`))).toBe(0);
    expect(waits.slice(0, 4)).toEqual([250, 500, 1000, 2000]);
    expect(Math.max(...waits)).toBe(MAX_DELAY_MS);
    expect(waits.slice(4).every((w) => w === MAX_DELAY_MS)).toBe(true);
    // another address is not slowed
    waits = [];
    await l.begin('10.0.0.2', 'someone@x.org');
    expect(waits).toEqual([]);
  });

  it('counts attempts still being checked, so a parallel burst cannot get past the limit', async () => {
    const l = limiter();
    // ten requests arrive together, before any password check finishes
    const waits = await Promise.all(Array.from({ length: 10 }, () => waitFor(l.begin('6.6.6.6', 'a@x.org'))));
    expect(waits.filter((w) => w === 0)).toHaveLength(3);
  });

  it('forgets a pair’s failures after a successful sign-in', async () => {
    const l = limiter();
    await l.begin('1.1.1.1', 'a@x.org');
    await l.begin('1.1.1.1', 'a@x.org');
    await l.succeeded(await l.begin('1.1.1.1', 'a@x.org'));
    await l.begin('1.1.1.1', 'a@x.org');
    expect(await waitFor(l.begin('1.1.1.1', 'a@x.org'))).toBe(0);
  });
});
