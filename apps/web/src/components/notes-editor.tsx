import { DeleteNoteDocument, SaveNoteDocument } from '@ncasc/shared/generated';
import { useEffect, useRef, useState } from 'preact/hooks';
import { asApiError, mutate } from '../api';
import { type SaveState, SaveQueue } from '../save-queue';

/** The API's limit on a note. */
export const MAX_NOTE_LENGTH = 50_000;
/** Show how much is left from here on. */
const COUNT_FROM = MAX_NOTE_LENGTH - 5_000;
const SAVE_DELAY_MS = 800;

const clock = (d: Date) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
const dateAndClock = (d: Date) =>
  d.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

function statusText(state: SaveState, lastSaved: string | null): string {
  switch (state.kind) {
    case 'idle':
      return lastSaved ? `Last saved ${dateAndClock(new Date(lastSaved))}` : 'Saved as you type.';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${clock(state.at)}`;
    case 'failed': {
      const e = asApiError(state.error);
      const reason = e.code === 'UNAUTHENTICATED' ? 'you are no longer signed in' : e.message;
      return `Not saved — ${reason}. Your text is kept here; it is saved when you next type or leave the box.`;
    }
  }
}

/**
 * My private note on a session: saved as I type (a pause of 0.8 s) and when I leave the box, an empty
 * note is deleted. The text stays in the box whatever happens to the save.
 */
export function NotesEditor({
  sessionId,
  note,
}: {
  sessionId: string;
  note: { body: string; updatedAt: string } | null;
}) {
  const stored = note?.body ?? '';
  const [value, setValue] = useState(stored);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const queue = useRef<SaveQueue<string> | null>(null);
  queue.current ??= new SaveQueue(stored, {
    save: (body) =>
      body.trim()
        ? mutate(SaveNoteDocument, { input: { sessionId, body } }, { invalidates: false })
        : mutate(DeleteNoteDocument, { sessionId }, { invalidates: false }),
    delayMs: SAVE_DELAY_MS,
    onState: setState,
  });

  const typed = useRef(false);
  // the stored note came again from the server, changed (another tab): show it while I have not typed here
  useEffect(() => {
    if (!typed.current && queue.current?.reset(stored)) setValue(stored);
  }, [stored]);

  useEffect(() => {
    const q = queue.current;
    // leaving the page with a save to do: the browser asks first
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (q?.dirty) {
        q.flush();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      q?.dispose(); // leaving for another page of the app: save what is left
    };
  }, []);

  const left = MAX_NOTE_LENGTH - value.length;
  return (
    <div class="notes-editor">
      <label for="my-note">My notes (private)</label>
      <p class="hint" id="my-note-hint">
        Only you can read them. They are saved as you type.
      </p>
      <textarea
        id="my-note"
        rows={8}
        maxLength={MAX_NOTE_LENGTH}
        aria-describedby={`my-note-hint${value.length >= COUNT_FROM ? ' my-note-count' : ''}`}
        value={value}
        onInput={(e) => {
          const v = (e.target as HTMLTextAreaElement).value;
          typed.current = true;
          setValue(v);
          queue.current?.change(v);
        }}
        onBlur={() => queue.current?.flush()}
      />
      <div class="notes-footer">
        <p role="status" class={`save-status save-${state.kind}`}>
          {statusText(state, note?.updatedAt ?? null)}
        </p>
        {value.length >= COUNT_FROM ? (
          <p id="my-note-count" class={`note-count${left === 0 ? ' at-limit' : ''}`}>
            {left === 0
              ? `You have reached the limit of ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters`
              : `${left.toLocaleString('en-GB')} ${left === 1 ? 'character' : 'characters'} left`}
          </p>
        ) : null}
      </div>
    </div>
  );
}
