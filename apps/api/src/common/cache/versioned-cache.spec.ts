import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  const deferred = <T>() => {
    let resolve!: (v: T) => void;
    const promise = new Promise<T>((r) => (resolve = r));
    return { promise, resolve };
  };

  it('makes a value once for everyone asking at the same time, then serves it kept', async () => {
    const cache = new VersionedCache<string>(1000);
    const gate = deferred<string>();
    let made = 0;
    const make = () => {
      made++;
      return gate.promise;
    };
    const asks = [1, 2, 3, 4, 5].map(() => cache.get('agenda', 7, make, (v) => v.length));
    gate.resolve('the agenda');
    expect(await Promise.all(asks)).toEqual(Array(5).fill('the agenda'));
    expect(await cache.get('agenda', 7, make, (v) => v.length)).toBe('the agenda');
    expect(made).toBe(1);
  });

  it('never serves an older version: a newer one drops what was kept', async () => {
    const cache = new VersionedCache<string>(1000);
    await cache.get(
      'agenda',
      1,
      () => Promise.resolve('old'),
      (v) => v.length,
    );
    expect(
      await cache.get(
        'agenda',
        2,
        () => Promise.resolve('new'),
        (v) => v.length,
      ),
    ).toBe('new');
    expect(cache.stats().entries).toBe(1);
    // an answer made from a version already overtaken is given to its caller but not kept
    const late = cache.lookup('day', 1);
    expect(late.kind).toBe('miss');
    if (late.kind === 'miss') late.settle('stale', 5);
    expect(cache.lookup('day', 2).kind).toBe('miss');
  });

  it('keeps no failure: when the maker throws, everyone waiting is told and the next asker tries again', async () => {
    const cache = new VersionedCache<string>(1000);
    const gate = deferred<string>();
    const first = cache.get(
      'x',
      1,
      () => gate.promise.then(() => Promise.reject(new Error('db down'))),
      () => 1,
    );
    const waiting = cache.lookup('x', 1);
    expect(waiting.kind).toBe('pending');
    gate.resolve('');
    await expect(first).rejects.toThrow('db down');
    if (waiting.kind === 'pending') expect(await waiting.value).toBeNull();
    expect(
      await cache.get(
        'x',
        1,
        () => Promise.resolve('fine'),
        () => 1,
      ),
    ).toBe('fine');
  });

  it('stays within its bytes, dropping the least recently used', async () => {
    const cache = new VersionedCache<string>(10);
    const size = (v: string) => v.length;
    await cache.get('a', 1, () => Promise.resolve('aaaa'), size);
    await cache.get('b', 1, () => Promise.resolve('bbbb'), size);
    expect(cache.lookup('a', 1).kind).toBe('hit'); // a is now the most recently used
    await cache.get('c', 1, () => Promise.resolve('cccc'), size);
    expect(cache.stats()).toEqual({ entries: 2, bytes: 8 });
    expect(cache.lookup('a', 1).kind).toBe('hit');
    expect(cache.lookup('c', 1).kind).toBe('hit');
    const b = cache.lookup('b', 1);
    expect(b.kind).toBe('miss');
    if (b.kind === 'miss') b.settle(null);
    // a value bigger than the whole cache is served but not kept
    expect(await cache.get('huge', 1, () => Promise.resolve('x'.repeat(50)), size)).toHaveLength(50);
    expect(cache.stats().bytes).toBeLessThanOrEqual(10);
  });
});
