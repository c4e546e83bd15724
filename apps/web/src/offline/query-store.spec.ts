import { SignedIn } from '../account/signed-in';
import type { StoredQuery } from './db';
import { ANONYMOUS, type QueryBackend, QueryStore, entryKey, scopeOf } from './query-store';

/** IndexedDB as jest's node environment has none. */
class MemoryBackend implements QueryBackend {
  readonly entries = new Map<string, StoredQuery>();
  readonly meta = new Map<string, unknown>();
  get(key: string) {
    return Promise.resolve(this.entries.get(key));
  }
  put(entries: StoredQuery[]) {
    for (const entry of entries) this.entries.set(entry.key, entry);
    return Promise.resolve();
  }
  keepOnly(scopes: string[]) {
    for (const [k, e] of this.entries) if (!scopes.includes(e.scope)) this.entries.delete(k);
    return Promise.resolve();
  }
  prune(scope: string, max: number) {
    const old = [...this.entries.values()]
      .filter((e) => e.scope === scope)
      .sort((a, b) => b.fetchedAt - a.fetchedAt)
      .slice(max);
    old.forEach((e) => this.entries.delete(e.key));
    return Promise.resolve();
  }
  update(scope: string, fn: (data: unknown) => unknown) {
    for (const e of this.entries.values()) if (e.scope === scope) e.data = fn(e.data);
    return Promise.resolve();
  }
  getMeta(key: string) {
    return Promise.resolve(this.meta.get(key));
  }
  setMeta(key: string, value: unknown) {
    this.meta.set(key, value);
    return Promise.resolve();
  }
  scopes(): string[] {
    return [...new Set([...this.entries.values()].map((e) => e.scope))].sort();
  }
}

const settle = () => new Promise<void>((r) => setImmediate(r));
const VARS = JSON.stringify({ slug: 'ncasc-2018' });

describe('QueryStore: answers kept on this device, per user', () => {
  it('keeps each answer under the user it was given to, and reads back that user’s copy', async () => {
    const backend = new MemoryBackend();
    const signedIn = new SignedIn();
    const store = new QueryStore(backend, signedIn);
    signedIn.set('ann');
    store.save('Agenda', VARS, { conference: { starred: 1 } }, 1000, store.ticket());
    await settle();
    expect(backend.entries.has(entryKey(scopeOf('ann'), 'Agenda', VARS))).toBe(true);
    expect(await store.load('Agenda', VARS)).toEqual({
      data: { conference: { starred: 1 } },
      fetchedAt: 1000,
    });
    expect(await store.load('Agenda', JSON.stringify({ slug: 'adcs-2018' }))).toBeNull();
  });

  it('drops the user’s answers on sign-out, keeping the public ones, and never keeps an answer from before', async () => {
    const backend = new MemoryBackend();
    const signedIn = new SignedIn();
    const store = new QueryStore(backend, signedIn);
    signedIn.set(null);
    store.save('Conferences', '{}', { conferences: [] }, 1, store.ticket());
    signedIn.set('ann');
    const sentBeforeSignOut = store.ticket();
    store.save('Session', '{"id":"s"}', { session: { myNote: { body: 'private' } } }, 2, store.ticket());
    await settle();
    expect(backend.scopes()).toEqual([ANONYMOUS, scopeOf('ann')].sort());
    signedIn.set(null);
    // an answer to a query sent while Ann was signed in, landing after she signed out
    store.save('Session', '{"id":"s"}', { session: { myNote: { body: 'private' } } }, 3, sentBeforeSignOut);
    await settle();
    expect(backend.scopes()).toEqual([ANONYMOUS]);
    expect(await store.load('Session', '{"id":"s"}')).toBeNull();
    expect(backend.meta.get('lastUser')).toBeNull();
  });

  it('drops the previous user’s answers when someone else signs in', async () => {
    const backend = new MemoryBackend();
    const signedIn = new SignedIn();
    const store = new QueryStore(backend, signedIn);
    signedIn.set('ann');
    store.save('MySchedule', VARS, { ann: true }, 1, store.ticket());
    signedIn.set('bob');
    store.save('MySchedule', VARS, { bob: true }, 2, store.ticket());
    await settle();
    expect(backend.scopes()).toEqual([scopeOf('bob')]);
    expect(await store.load('MySchedule', VARS)).toEqual({ data: { bob: true }, fetchedAt: 2 });
  });

  it('before the page knows who is signed in, holds answers back, and reads the last user’s copy', async () => {
    const backend = new MemoryBackend();
    backend.meta.set('lastUser', 'ann');
    await backend.put([
      {
        key: entryKey(scopeOf('ann'), 'Me', '{}'),
        scope: scopeOf('ann'),
        operation: 'Me',
        variables: '{}',
        data: { me: { id: 'ann' } },
        fetchedAt: 5,
      },
    ]);
    const signedIn = new SignedIn();
    const store = new QueryStore(backend, signedIn);
    // offline at start: `me` comes from Ann's copy
    expect(await store.load('Me', '{}')).toEqual({ data: { me: { id: 'ann' } }, fetchedAt: 5 });
    // an answer before `me` answered: kept once the user is known to be Ann again
    store.save('Agenda', VARS, { a: 1 }, 6, store.ticket());
    await settle();
    expect(backend.entries.has(entryKey(scopeOf('ann'), 'Agenda', VARS))).toBe(false);
    signedIn.set('ann');
    await settle();
    expect(backend.entries.has(entryKey(scopeOf('ann'), 'Agenda', VARS))).toBe(true);
  });

  it('does not keep answers held back when the device was last used by someone else', async () => {
    const backend = new MemoryBackend();
    backend.meta.set('lastUser', 'ann');
    const signedIn = new SignedIn();
    const store = new QueryStore(backend, signedIn);
    store.save('Session', '{"id":"s"}', { maybeAnns: true }, 6, store.ticket());
    signedIn.set('bob');
    await settle();
    expect(backend.entries.size).toBe(0);
    expect(backend.meta.get('lastUser')).toBe('bob');
  });

  it('skips the operations it is told to, keeps the newest answers of a scope, and changes kept answers', async () => {
    const backend = new MemoryBackend();
    const signedIn = new SignedIn();
    const store = new QueryStore(backend, signedIn, { skip: new Set(['Search']), maxPerScope: 10 });
    signedIn.set('ann');
    store.save('Search', '{"q":"a"}', {}, 1, store.ticket());
    for (let i = 0; i < 25; i++) store.save('Speaker', JSON.stringify({ id: i }), { i }, i, store.ticket());
    await settle();
    expect(backend.entries.size).toBe(10);
    expect(await store.load('Speaker', JSON.stringify({ id: 24 }))).toEqual({
      data: { i: 24 },
      fetchedAt: 24,
    });
    store.patch((d) => ({ ...(d as object), patched: true }));
    await settle();
    expect((await store.load('Speaker', JSON.stringify({ id: 24 })))?.data).toEqual({ i: 24, patched: true });
  });

  it('says when a batch of answers is stored, and not when it was not', async () => {
    const backend = new MemoryBackend();
    const signedIn = new SignedIn();
    const store = new QueryStore(backend, signedIn);
    const batch = [
      { operation: 'Session', variables: '{"id":"a"}', data: { session: { id: 'a' } } },
      { operation: 'Speaker', variables: '{"id":"b"}', data: { speaker: { id: 'b' } } },
    ];
    // the page does not know yet who is signed in: held back, so not (yet) kept
    expect(await store.keep(batch, 1, store.ticket())).toBe(false);
    signedIn.set('ann');
    await settle();
    const ticket = store.ticket();
    expect(await store.keep(batch, 2, ticket)).toBe(true);
    expect((await store.load('Speaker', '{"id":"b"}'))?.fetchedAt).toBe(2);
    // sent for Ann, answered after Bob signed in: not kept for anyone
    signedIn.set('bob');
    expect(await store.keep(batch, 3, ticket)).toBe(false);
    expect(await store.load('Speaker', '{"id":"b"}')).toBeNull();
    // the device refused the write (storage full)
    backend.put = () => Promise.reject(new Error('QuotaExceededError'));
    expect(await store.keep(batch, 4, store.ticket())).toBe(false);
  });

  it('keeps a whole programme bigger than its limit, with the pages visited before it', async () => {
    const backend = new MemoryBackend();
    const signedIn = new SignedIn();
    const store = new QueryStore(backend, signedIn, { maxPerScope: 10 });
    signedIn.set('ann');
    await settle();
    store.save('Agenda', VARS, { agenda: true }, 1, store.ticket());
    store.save('Me', '{}', { me: { id: 'ann' } }, 2, store.ticket());
    const programme = Array.from({ length: 60 }, (_, i) => ({
      operation: 'Session',
      variables: JSON.stringify({ id: `s${i}` }),
      data: { session: { id: `s${i}` } },
    }));
    expect(await store.keep(programme, 3, store.ticket())).toBe(true);
    // the pages visited before it and after it, up to the limit, stay with it
    for (let i = 0; i < 8; i++)
      store.save('Speaker', JSON.stringify({ id: i }), { i }, 4 + i, store.ticket());
    await settle();
    expect(backend.entries.size).toBe(70);
    for (const [operation, variables] of [
      ['Agenda', VARS],
      ['Me', '{}'],
      ['Session', JSON.stringify({ id: 's0' })],
      ['Session', JSON.stringify({ id: 's59' })],
    ])
      expect(await store.load(operation, variables)).not.toBeNull();
    // browsing on past the limit: the oldest go, never more than the limit plus the programme stays
    for (let i = 8; i < 60; i++)
      store.save('Speaker', JSON.stringify({ id: i }), { i }, 4 + i, store.ticket());
    await settle();
    expect(backend.entries.size).toBeLessThanOrEqual(70);
    expect(await store.load('Speaker', JSON.stringify({ id: 59 }))).not.toBeNull();
  });

  it('does nothing without a store (no IndexedDB)', async () => {
    const signedIn = new SignedIn();
    const store = new QueryStore(null, signedIn);
    signedIn.set('ann');
    store.save('Agenda', VARS, {}, 1, store.ticket());
    expect(await store.load('Agenda', VARS)).toBeNull();
  });
});
