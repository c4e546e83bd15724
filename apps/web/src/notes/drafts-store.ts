import { type Draft, type DurableDrafts, asDraft } from './note-sync';
import { withDb } from '../offline/db';

/** Drafts of notes in IndexedDB: kept through closing the tab or the browser until the server has them. */
export const idbDrafts: DurableDrafts = {
  put: (userId, sessionId, draft) =>
    void withDb(undefined, async (db) => {
      await db.put('drafts', { ...draft, userId, sessionId });
    }),
  remove: (userId, sessionId) => void withDb(undefined, (db) => db.delete('drafts', [userId, sessionId])),
  clearExcept: (userId) =>
    void withDb(undefined, async (db) => {
      const tx = db.transaction('drafts', 'readwrite');
      for await (const cursor of tx.store.iterate())
        if (cursor.value.userId !== userId) await cursor.delete();
      await tx.done;
    }),
  all: (userId) =>
    withDb([], async (db) => {
      const found: { sessionId: string; draft: Draft }[] = [];
      for (const stored of await db.getAllFromIndex('drafts', 'userId', userId)) {
        const draft = asDraft(stored);
        if (draft) found.push({ sessionId: stored.sessionId, draft });
      }
      return found;
    }),
};
