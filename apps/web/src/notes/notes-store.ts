import { DeleteNoteAtDocument, SaveNoteDocument } from '@ncasc/shared/generated';
import { ApiError, NetworkError, mutate, queryStore } from '../api';
import { type DraftStorage, Drafts, NoteConflictError, NoteSyncs, type ServerNote } from './note-sync';
import { idbDrafts } from './drafts-store';
import { withSavedNote } from '../offline/kept-answers';
import { network } from '../offline/network';
import { Outbox, webLock } from './outbox';
import { signedIn } from '../account/signed-in';

/** Saves this long after the last keystroke. */
export const SAVE_DELAY_MS = 800;

function sessionStorageOrNull(): DraftStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // access refused
  }
}

/** The note as the server now has it, from a CONFLICT error (null: it has none). */
export function conflictNote(e: ApiError): ServerNote | null {
  const { currentBody: body, currentUpdatedAt: updatedAt } = e.extensions;
  return typeof body === 'string' && typeof updatedAt === 'string' ? { body, updatedAt } : null;
}

/** Saves (or, empty, deletes) a note made over version `base`; a CONFLICT becomes NoteConflictError. */
async function saveNote(sessionId: string, body: string, base: string | null): Promise<string | null> {
  try {
    let note: ServerNote | null = null;
    if (!body.trim())
      await mutate(DeleteNoteAtDocument, { sessionId, baseUpdatedAt: base }, { invalidates: false });
    else {
      const { saveNote: saved } = await mutate(
        SaveNoteDocument,
        { input: { sessionId, body, baseUpdatedAt: base } },
        { invalidates: false },
      );
      note = { body: saved.body, updatedAt: saved.updatedAt };
    }
    // the pages kept for reading offline show the note as now saved
    queryStore.patch((data) => withSavedNote(data, sessionId, note));
    return note?.updatedAt ?? null;
  } catch (e) {
    if (e instanceof ApiError && e.code === 'CONFLICT') throw new NoteConflictError(conflictNote(e));
    throw e;
  }
}

/** Every note opened in this tab, kept while the tab is open (see NoteSync). */
export const noteSyncs = new NoteSyncs({
  save: saveNote,
  // sessionStorage for a reload (read at once), IndexedDB for closing the tab (read at start)
  drafts: new Drafts(sessionStorageOrNull(), idbDrafts),
  signedInAs: () => signedIn.current,
  delayMs: SAVE_DELAY_MS,
  // only a request that never got an answer may have been stored
  isUnsure: (e) => e instanceof NetworkError,
});

// someone else (or no one) is signed in: the previous user's notes stop saving and their drafts go
signedIn.subscribe((userId) => noteSyncs.signedInChanged(userId));

/** Notes written offline, sent when the server answers again (see Outbox). */
export const outbox = new Outbox({
  send: (userId) => noteSyncs.sendDrafts(userId),
  signedInAs: () => signedIn.current,
  exclusive: webLock('ncasc-note-outbox'),
});

/**
 * Sends the notes kept on this device once the user is known, and again whenever the connection comes
 * back (call once, at start).
 */
export function startOutbox(): void {
  signedIn.subscribe((userId) => {
    if (userId) void outbox.flush();
  });
  if (signedIn.current) void outbox.flush();
  network.onReconnect(() => outbox.nudge());
  window.addEventListener('online', () => void outbox.flush());
}
