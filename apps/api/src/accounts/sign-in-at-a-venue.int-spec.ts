import { createTestApp, type TestApp } from '../../test/create-test-app';
import { createUser } from '../../test/factories';
import { DataSource } from 'typeorm';
import { RateLimitStore } from './rate-limits/rate-limit.store';
import { MAX_DELAY_MS, SignInDelay } from './sign-in-limiter';

const SIGN_IN = 'mutation ($i: SignInInput!) { signIn(input: $i) { user { email } } }';

// every request of this file comes from one address (127.0.0.1), as a venue's delegates do behind its NAT
describe('signing in at a venue (many people behind one address)', () => {
  let t: TestApp;
  let waits: number[];
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    // the delay is the product's; only the passing of time is not sat through
    jest.spyOn(t.app.get(SignInDelay), 'wait').mockImplementation((ms: number) => {
      waits.push(ms);
      return Promise.resolve();
    });
    // counts go in fixed ten-minute windows: a slow run must not cross into a fresh window half-way, so
    // the counter's clock stands still in the middle of one
    const windowMs = 600_000;
    const midWindow = Math.floor(Date.now() / windowMs) * windowMs + windowMs / 2;
    jest
      .spyOn(t.app.get<RateLimitStore, { now: () => number }>(RateLimitStore), 'now')
      .mockReturnValue(midWindow);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    waits = [];
    await t.app.get(DataSource).query('DELETE FROM rate_limits');
  });

  const signIn = (email: string, password: string) => t.gql(SIGN_IN, { i: { email, password } });

  it('lets a delegate in with the right password after fifty failed sign-ins for fifty other emails from the address', async () => {
    const delegate = await createUser(t.app.get(DataSource));
    for (let i = 0; i < 50; i++) {
      const r = await signIn(`stuffed${i}@elsewhere.example`, 'a-leaked-password');
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // up to the address's limit (50 by default) nothing is slowed down
    expect(waits).toEqual([]);
    for (let i = 50; i < 56; i++) {
      const r = await signIn(`stuffed${i}@elsewhere.example`, 'a-leaked-password');
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // past it, each answer waits longer than the one before, up to a few seconds
    expect(waits).toHaveLength(6);
    expect(waits[1]).toBeGreaterThan(waits[0]);
    expect(waits[2]).toBeGreaterThan(waits[1]);
    expect(Math.max(...waits)).toBe(MAX_DELAY_MS);
    expect(MAX_DELAY_MS).toBeLessThanOrEqual(5000);

    const r = await signIn(delegate.email, delegate.password);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ signIn: { user: { email: delegate.email } } });
    // (56 argon2 checks take a while on a busy machine)
  }, 180_000);

  it('still refuses a burst of guesses at one account, even when the right password comes next', async () => {
    const delegate = await createUser(t.app.get(DataSource));
    for (let i = 0; i < 5; i++)
      expect((await signIn(delegate.email, `guess-${i}-guess`)).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    const refused = await signIn(delegate.email, delegate.password);
    expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0].extensions).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    // another delegate at the same venue is not held up by it
    const other = await createUser(t.app.get(DataSource));
    expect((await signIn(other.email, other.password)).errors).toBeUndefined();
  });
});
