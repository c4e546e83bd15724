import { DeleteNoteDocument, SaveNoteDocument } from '@ncasc/shared/generated';
import { mutate } from './api';
import { type DraftStorage, Drafts, NoteSyncs } from './note-sync';
import { signedIn } from './signed-in';

/** Saves this long after the last keystroke. */
export const SAVE_DELAY_MS = 800;

function sessionStorageOrNull(): DraftStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // access refused
  }
}

/** Every note opened in this tab, kept while the tab is open (see NoteSync). */
export const noteSyncs = new NoteSyncs({
  save: async (sessionId, body) => {
    if (!body.trim()) {
      await mutate(DeleteNoteDocument, { sessionId }, { invalidates: false });
      return null;
    }
    const { saveNote } = await mutate(
      SaveNoteDocument,
      { input: { sessionId, body } },
      { invalidates: false },
    );
    return saveNote.updatedAt;
  },
  drafts: new Drafts(sessionStorageOrNull()),
  signedInAs: () => signedIn.current,
  delayMs: SAVE_DELAY_MS,
});

// someone else (or no one) is signed in: the previous user's notes stop saving and their drafts go
signedIn.subscribe((userId) => noteSyncs.signedInChanged(userId));
