import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Draft } from '../notes/note-sync';

/** A query's answer as this device keeps it for reading offline. */
export interface StoredQuery {
  /** scope, operation and variables (see entryKey) */
  key: string;
  /** whose answer it is: "anon", or "user:<id>" */
  scope: string;
  operation: string;
  /** the variables as JSON */
  variables: string;
  data: unknown;
  /** when the server gave it (ms since 1970, this device's clock) */
  fetchedAt: number;
}

/** Text typed in a note that the server has not confirmed yet, by user and session (see notes/note-sync.ts). */
export type StoredDraft = Draft & { userId: string; sessionId: string };

interface OfflineSchema extends DBSchema {
  queries: { key: string; value: StoredQuery; indexes: { scope: string } };
  drafts: { key: [string, string]; value: StoredDraft; indexes: { userId: string } };
  meta: { key: string; value: unknown };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

const NAME = 'ncasc-offline';
let opening: Promise<OfflineDb | null> | null = null;

/**
 * This device's offline store (IndexedDB), or null where there is none or it cannot be opened
 * (private windows of some browsers, storage switched off): the app then works as before, online only.
 */
export function offlineDb(): Promise<OfflineDb | null> {
  opening ??=
    typeof indexedDB === 'undefined'
      ? Promise.resolve(null)
      : openDB<OfflineSchema>(NAME, 1, {
          upgrade(db) {
            db.createObjectStore('queries', { keyPath: 'key' }).createIndex('scope', 'scope');
            db.createObjectStore('drafts', { keyPath: ['userId', 'sessionId'] }).createIndex(
              'userId',
              'userId',
            );
            db.createObjectStore('meta');
          },
          // a newer version of the app wants to upgrade it (another tab): let it
          blocking(_current, _next, event) {
            (event.target as IDBDatabase | null)?.close();
            opening = null;
          },
        }).catch(() => null);
  return opening;
}

/** Runs `work` on the store, and answers `fallback` when there is none or it fails (full, closed). */
export async function withDb<T>(fallback: T, work: (db: OfflineDb) => Promise<T>): Promise<T> {
  try {
    const db = await offlineDb();
    return db ? await work(db) : fallback;
  } catch {
    return fallback;
  }
}
