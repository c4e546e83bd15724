import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/test-database';
import { RateLimitStore } from './rate-limit.store';

describe('RateLimitStore', () => {
  let ds: DataSource;
  let now = 0;
  const rule = { max: 3, windowSeconds: 60 };
  beforeAll(async () => {
    ds = await createTestDatabase();
  });
  afterAll(() => ds.destroy());
  beforeEach(async () => {
    await ds.query('DELETE FROM rate_limits');
    now = 1_800_000_000_000 + 30_000; // half-way through a one-minute window
  });

  it('counts hits per bucket and subject in fixed windows and says how long to wait past the limit', async () => {
    const store = new RateLimitStore(ds, () => now);
    const counts = [];
    for (let i = 0; i < 4; i++) counts.push(await store.hit('writes', 'user-1', rule));
    expect(counts.map((h) => h.count)).toEqual([1, 2, 3, 4]);
    expect(counts.map((h) => h.retryAfterSeconds)).toEqual([0, 0, 0, 30]);
    expect((await store.hit('writes', 'user-2', rule)).count).toBe(1);
    expect((await store.hit('sign-up', 'user-1', rule)).count).toBe(1);
    now += 30_000;
    expect(await store.hit('writes', 'user-1', rule)).toMatchObject({ count: 1, retryAfterSeconds: 0 });
  });

  it('counts a weighted hit (a mutation with several fields) as that many', async () => {
    const store = new RateLimitStore(ds, () => now);
    expect((await store.hit('writes', 'user-1', rule, 2)).retryAfterSeconds).toBe(0);
    expect((await store.hit('writes', 'user-1', rule, 2)).retryAfterSeconds).toBeGreaterThan(0);
  });

  it('keeps no address or email in the table, only hashes', async () => {
    await new RateLimitStore(ds, () => now).hit('sign-in-pair', '203.0.113.9|someone@council.example', rule);
    const rows = await ds.query<{ subject: string }[]>('SELECT subject FROM rate_limits');
    expect(rows).toHaveLength(1);
    expect(rows[0].subject).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is shared by two instances on one database, and a parallel burst across both is counted exactly', async () => {
    const other = new DataSource(ds.options);
    await other.initialize();
    try {
      const a = new RateLimitStore(ds, () => now);
      const b = new RateLimitStore(other, () => now);
      const hits = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? a : b).hit('writes', 'user-1', { max: 25, windowSeconds: 60 }),
        ),
      );
      expect(hits.map((h) => h.count).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
      expect(hits.filter((h) => h.retryAfterSeconds === 0)).toHaveLength(25);
    } finally {
      await other.destroy();
    }
  });

  it('purges windows that have ended and keeps the current one', async () => {
    const store = new RateLimitStore(ds, () => now);
    await store.hit('writes', 'old', rule);
    now += 60_000;
    await store.hit('writes', 'current', rule);
    await store.purge();
    expect(await ds.query('SELECT hits FROM rate_limits')).toEqual([{ hits: 1 }]);
    expect((await store.hit('writes', 'current', rule)).count).toBe(2);
  });

  it('un-counts a hit and forgets a subject', async () => {
    const store = new RateLimitStore(ds, () => now);
    const first = await store.hit('sign-in-address', '1.1.1.1', rule);
    await store.hit('sign-in-address', '1.1.1.1', rule);
    await store.unhit('sign-in-address', '1.1.1.1', first.windowStart);
    expect((await store.hit('sign-in-address', '1.1.1.1', rule)).count).toBe(2);
    await store.reset('sign-in-address', '1.1.1.1');
    expect((await store.hit('sign-in-address', '1.1.1.1', rule)).count).toBe(1);
  });
});
