import type { SignedInListener } from '../account/signed-in';
import { type OfflineDb, type StoredQuery, offlineDb, withDb } from './db';
import { WRITE_CHUNK, chunks, idleQueue } from './idle';

/** Where query answers are kept: IndexedDB in the browser, a map in tests. */
export interface QueryBackend {
  get(key: string): Promise<StoredQuery | undefined>;
  /**
   * Writes the entries: resolves once all are stored, rejects when any is not (those written before
   * stay: each is a whole answer).
   */
  put(entries: StoredQuery[]): Promise<void>;
  /** Forgets every answer of a scope not listed. */
  keepOnly(scopes: string[]): Promise<void>;
  /** Keeps the newest `max` answers of a scope. */
  prune(scope: string, max: number): Promise<void>;
  /** Changes the answers of a scope: `fn` answers the data unchanged (the same object) or a new one. */
  update(scope: string, fn: (data: unknown) => unknown): Promise<void>;
  getMeta(key: string): Promise<unknown>;
  setMeta(key: string, value: unknown): Promise<void>;
}

/** The part of SignedIn the store needs. */
export interface SignedInSource {
  readonly current: string | null | undefined;
  subscribe(listener: SignedInListener): () => void;
}

export const ANONYMOUS = 'anon';
/** Answers given to a signed-in user are theirs alone; those given to no one are public. */
export const scopeOf = (userId: string | null): string => (userId === null ? ANONYMOUS : `user:${userId}`);
export const entryKey = (scope: string, operation: string, variables: string): string =>
  `${scope}\n${operation}\n${variables}`;

const LAST_USER = 'lastUser';

export interface QueryStoreOptions {
  /** Operations not worth keeping (search as you type: every keystroke would be one). */
  skip?: ReadonlySet<string>;
  /** Answers kept per scope (the oldest go). */
  maxPerScope?: number;
}

/** A ticket taken when a query is sent: its answer is kept only if the account has not changed since. */
export type Ticket = number;

/**
 * Every query answer the server gives, kept on this device by operation, variables and the user it was
 * given to, to be shown when the server cannot be reached. Only one user's answers are kept at a time
 * (with the public ones): signing out, or in as someone else, drops them. While the page does not yet
 * know who is signed in, answers are held back until it does, and it reads the copies of the user who
 * was signed in last on this device.
 */
export class QueryStore {
  private readonly lastUser: Promise<string | null | undefined>;
  /** Bumped when the account changes: answers to queries sent before are not kept. */
  private generation = 0;
  /** Answers that came while the user was not known. */
  private held: { entry: Omit<StoredQuery, 'key' | 'scope'>; ticket: Ticket }[] = [];
  private writes = 0;
  /** The most answers kept together in this page's life (a programme downloaded for offline). */
  private largestBatch = 0;
  /** Counts account changes: only the latest one's clean-up runs. */
  private changes = 0;
  private readonly skip: ReadonlySet<string>;
  private readonly maxPerScope: number;

  constructor(
    private readonly backend: QueryBackend | null,
    private readonly signedIn: SignedInSource,
    options: QueryStoreOptions = {},
  ) {
    this.skip = options.skip ?? new Set();
    this.maxPerScope = options.maxPerScope ?? 300;
    this.lastUser = backend
      ? backend.getMeta(LAST_USER).then(
          (v) => (typeof v === 'string' || v === null ? v : undefined),
          () => undefined,
        )
      : Promise.resolve(undefined);
    signedIn.subscribe((userId, before) => void this.accountChanged(userId, before));
  }

  ticket(): Ticket {
    return this.generation;
  }

  /** Keeps an answer (unless the account changed since the query was sent). */
  save(operation: string, variables: string, data: unknown, fetchedAt: number, ticket: Ticket): void {
    void this.keep([{ operation, variables, data }], fetchedAt, ticket);
  }

  /**
   * Keeps answers together (unless the account changed since their query was sent); true once they
   * are stored on this device for the user signed in, false when they are not (or only held back
   * until the page knows who is signed in).
   */
  async keep(
    answers: { operation: string; variables: string; data: unknown }[],
    fetchedAt: number,
    ticket: Ticket,
  ): Promise<boolean> {
    if (!this.backend || ticket !== this.generation) return false;
    const entries = answers
      .filter((a) => !this.skip.has(a.operation))
      .map((a) => ({ operation: a.operation, variables: a.variables, data: a.data, fetchedAt }));
    const user = this.signedIn.current;
    if (user === undefined) {
      for (const entry of entries) this.held.push({ entry, ticket });
      return false;
    }
    return this.put(scopeOf(user), entries);
  }

  /** Changes every kept answer of the user signed in (a note saved since they were fetched). */
  patch(fn: (data: unknown) => unknown): void {
    const user = this.signedIn.current;
    if (!this.backend || user === undefined) return;
    void this.backend.update(scopeOf(user), fn).catch(() => undefined);
  }

  /** This device's copy of an answer for whoever is (or was last) signed in here, or null. */
  async load(operation: string, variables: string): Promise<{ data: unknown; fetchedAt: number } | null> {
    if (!this.backend) return null;
    let user = this.signedIn.current;
    if (user === undefined) user = (await this.lastUser) ?? null;
    try {
      const found = await this.backend.get(entryKey(scopeOf(user), operation, variables));
      return found ? { data: found.data, fetchedAt: found.fetchedAt } : null;
    } catch {
      return null;
    }
  }

  private async put(scope: string, entries: Omit<StoredQuery, 'key' | 'scope'>[]): Promise<boolean> {
    if (!entries.length) return true;
    const backend = this.backend!;
    const stored = entries.map((e) => ({ key: entryKey(scope, e.operation, e.variables), scope, ...e }));
    const before = this.writes;
    this.writes += entries.length;
    // a whole programme kept at once (thousands of pages for a large conference) is room the limit
    // makes on top of what browsing keeps: it must not push out itself or the pages just visited
    if (entries.length > 1) this.largestBatch = Math.max(this.largestBatch, entries.length);
    const written = await backend.put(stored).then(
      () => true,
      () => false,
    );
    // now and then (every 25 answers) the oldest beyond the limit go
    if (Math.floor(before / 25) !== Math.floor(this.writes / 25))
      void backend.prune(scope, this.maxPerScope + this.largestBatch).catch(() => undefined);
    return written;
  }

  private async accountChanged(userId: string | null, before: string | null | undefined): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    const held = this.held;
    this.held = [];
    if (before !== undefined) this.generation++; // answers under way were given to the previous account
    const change = ++this.changes;
    const last = await this.lastUser.catch(() => undefined);
    // changed again meanwhile: the newer change does the work (its user's answers must stay)
    if (change !== this.changes) return;
    // the first time the page learns who is signed in: the answers held back are theirs, unless the
    // device was last used by someone else (then who they were given to is not certain)
    if (before === undefined && (last === undefined || last === userId))
      void this.put(
        scopeOf(userId),
        held.filter((h) => h.ticket === this.generation).map((h) => h.entry),
      );
    if (last !== userId || before !== undefined) {
      void backend.setMeta(LAST_USER, userId).catch(() => undefined);
      void backend.keepOnly([ANONYMOUS, scopeOf(userId)]).catch(() => undefined);
    }
  }
}

/**
 * Writes to the store, one after another in the order asked, each in the page's idle time. The browser
 * copies each answer on the page's thread as it is put, and a downloaded programme is thousands of
 * answers for a large conference: so no write lengthens the task that shows an answer, no part of a
 * download is a long task that holds up a tap, and what is asked later (forgetting the last account's
 * answers) never lands before what was asked earlier (their writes).
 */
const writes = idleQueue();

/** A write that takes its turn in `writes` and, like withDb, fails quietly (a device without a store). */
const inTurn = (work: (db: OfflineDb) => Promise<void>): Promise<void> =>
  writes(() => withDb(undefined, work));

/** The IndexedDB store of query answers. */
export const idbQueryBackend: QueryBackend = {
  get: (key) => withDb(undefined, (db) => db.get('queries', key)),
  // unlike the others, a failure rejects: the caller must know its answers were not stored. Written
  // a few at a time (each part a whole answer or several)
  put: async (entries) => {
    await Promise.all(
      chunks(entries, WRITE_CHUNK).map((part) =>
        writes(async () => {
          const db = await offlineDb();
          if (!db) throw new Error('no offline store on this device');
          const tx = db.transaction('queries', 'readwrite');
          await Promise.all([...part.map((e) => tx.store.put(e)), tx.done]);
        }),
      ),
    );
  },
  keepOnly: (scopes) =>
    inTurn(async (db) => {
      const tx = db.transaction('queries', 'readwrite');
      for await (const cursor of tx.store.iterate())
        if (!scopes.includes(cursor.value.scope)) await cursor.delete();
      await tx.done;
    }),
  prune: (scope, max) =>
    inTurn(async (db) => {
      const tx = db.transaction('queries', 'readwrite');
      // reading every answer of the scope back (to sort them by age) is costly: only over the limit
      if ((await tx.store.index('scope').count(scope)) > max) {
        const all = await tx.store.index('scope').getAll(scope);
        const old = all.sort((a, b) => b.fetchedAt - a.fetchedAt).slice(max);
        await Promise.all(old.map((e) => tx.store.delete(e.key)));
      }
      await tx.done;
    }),
  update: (scope, fn) =>
    inTurn(async (db) => {
      const tx = db.transaction('queries', 'readwrite');
      for await (const cursor of tx.store.index('scope').iterate(scope)) {
        const data = fn(cursor.value.data);
        if (data !== cursor.value.data) await cursor.update({ ...cursor.value, data });
      }
      await tx.done;
    }),
  getMeta: (key) => withDb(undefined, (db) => db.get('meta', key)),
  setMeta: (key, value) =>
    inTurn(async (db) => {
      await db.put('meta', value, key);
    }),
};
