import { useEffect, useRef, useState } from 'preact/hooks';
import { NetworkError, asApiError } from '../api';
import { type Conflict, type NoteState, WrongUserError } from './note-sync';
import { noteSyncs } from './notes-store';
import { network } from '../offline/network';
import { signedIn } from '../account/signed-in';
import { NoteBody } from './note-body';

/** The API's limit on a note. */
export const MAX_NOTE_LENGTH = 50_000;
/** Show how much is left from here on. */
const COUNT_FROM = MAX_NOTE_LENGTH - 5_000;

const clock = (d: Date) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
const dateAndClock = (d: Date) =>
  d.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

function statusText(state: NoteState, lastSaved: string | null): string {
  switch (state.kind) {
    case 'idle':
      return lastSaved ? `Last saved ${dateAndClock(new Date(lastSaved))}` : 'Saved as you type.';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${clock(state.at)}`;
    case 'conflict':
      return 'Not saved — this note was changed on another device. Choose which version to keep.';
    case 'failed': {
      if (state.error instanceof WrongUserError)
        return signedIn.current === null
          ? 'Signed out — reload the page'
          : 'Signed in as someone else — reload the page';
      const e = asApiError(state.error);
      if (e instanceof NetworkError)
        return 'Not saved yet — offline. Your text is kept on this device and sent when the connection returns.';
      const reason = e.code === 'UNAUTHENTICATED' ? 'you are no longer signed in' : e.message;
      return `Not saved — ${reason}. Your text is kept here; it is saved when you next type or leave the box.`;
    }
  }
}

/**
 * The two versions side by side (one above the other on a phone), and the choice: this device's text,
 * the other device's, or both (this device's first).
 */
function ConflictPanel({
  mine,
  conflict,
  onChoose,
}: {
  mine: string;
  conflict: Conflict;
  onChoose: (choice: 'mine' | 'theirs' | 'both') => void;
}) {
  const { theirs } = conflict;
  return (
    <section class="note-conflict" aria-labelledby="note-conflict-heading">
      <h3 id="note-conflict-heading">Changed on another device</h3>
      <p>
        {theirs
          ? `This note was saved on another device at ${dateAndClock(new Date(theirs.updatedAt))}, while this device’s text was waiting to be sent. Choose which version to keep.`
          : 'This note was deleted on another device while this device’s text was waiting to be sent. Choose which to keep.'}
      </p>
      <div class="note-versions">
        <figure class="note-version">
          <figcaption>This device</figcaption>
          <pre>{mine || '(empty)'}</pre>
        </figure>
        <figure class="note-version">
          <figcaption>Other device</figcaption>
          <pre>{theirs ? theirs.body : '(deleted)'}</pre>
        </figure>
      </div>
      <div class="note-choices">
        <button type="button" class="button" onClick={() => onChoose('mine')}>
          Keep this device’s
        </button>
        <button type="button" class="button secondary" onClick={() => onChoose('theirs')}>
          Keep the other
        </button>
        {theirs?.body.trim() && mine.trim() ? (
          <button type="button" class="button secondary" onClick={() => onChoose('both')}>
            Keep both
          </button>
        ) : null}
      </div>
    </section>
  );
}

/**
 * My private note on a session: saved as I type (a pause of 0.8 s) and when I leave the box, an empty
 * note is deleted. The text stays in the box whatever happens to the save. Saving carries on after the
 * editor is gone (see NoteSync): opened again, it shows the text still being saved rather than an
 * older copy, and text a failed save left on this device is restored and saved. Offline, the text is
 * kept on this device and sent when the connection returns; if the note changed on another device
 * meanwhile, both versions are shown and I choose.
 */
export function NotesEditor({
  userId,
  sessionId,
  note,
}: {
  /** The user it is opened for: it saves nothing once someone else is signed in. */
  userId: string;
  sessionId: string;
  note: { body: string; updatedAt: string } | null;
}) {
  const [sync] = useState(() => noteSyncs.get(userId, sessionId, note));
  const [opened] = useState(() => sync.open(note));
  const [value, setValue] = useState(opened.text);
  const [restored, setRestored] = useState(opened.restored);
  const [state, setState] = useState<NoteState>(() => sync.state);
  // who is signed in now, for saying why nothing is saved any more
  const [, setAccount] = useState(signedIn.current);
  useEffect(() => signedIn.subscribe((id) => setAccount(id)), []);

  const typed = useRef(false);
  // the stored note came again from the server, newer (another tab): show it while I have not typed here
  useEffect(() => {
    if (typed.current) return;
    const body = sync.serverNote(note);
    if (body !== null) setValue(body);
  }, [note?.body, note?.updatedAt]);

  useEffect(() => {
    const detach = sync.attach(
      (s) => {
        setState(s);
        if (s.kind === 'saved') setRestored(false);
      },
      // a draft this device kept, read after the editor opened
      (text) => {
        setValue(text);
        setRestored(true);
      },
    );
    setState(sync.state);
    // text restored from this device: save it now
    if (opened.restored) sync.flush();
    // leaving the page with a save to do: the browser asks first (offline there is nothing to wait
    // for: the text is kept on this device and sent when the connection returns)
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (sync.dirty && !sync.stopped && !sync.conflict && !network.offline) {
        sync.flush();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      detach();
      sync.flush(); // leaving for another page of the app: save what is left (it goes on saving)
    };
  }, [sync]);

  const stopped = state.kind === 'failed' && state.error instanceof WrongUserError;
  const showRestored = restored && (state.kind === 'saving' || state.kind === 'idle');
  const left = MAX_NOTE_LENGTH - value.length;
  return (
    <div class="notes-editor">
      <label for="my-note">My notes (private)</label>
      <p class="hint" id="my-note-hint">
        Only you can read them. They are saved as you type, and may use Markdown (**bold**, lists, links).
      </p>
      <div class={state.kind === 'conflict' ? 'note-work has-conflict' : 'note-work'}>
        <textarea
          id="my-note"
          rows={8}
          maxLength={MAX_NOTE_LENGTH}
          readOnly={stopped}
          aria-describedby={`my-note-hint${value.length >= COUNT_FROM ? ' my-note-count' : ''}`}
          value={value}
          onInput={(e) => {
            const v = (e.target as HTMLTextAreaElement).value;
            typed.current = true;
            setRestored(false);
            setValue(v);
            sync.change(v);
          }}
          onBlur={() => sync.flush()}
        />
        {state.kind === 'conflict' ? (
          <ConflictPanel
            mine={value}
            conflict={state}
            onChoose={(choice) => {
              setRestored(false);
              setValue(sync.resolve(choice));
              setState(sync.state);
            }}
          />
        ) : null}
      </div>
      <div class="notes-footer">
        <p role="status" class={`save-status save-${showRestored ? 'restored' : state.kind}`}>
          {showRestored ? 'Not saved yet — restored from this device' : statusText(state, sync.lastSaved)}
        </p>
        {value.length >= COUNT_FROM ? (
          <p id="my-note-count" class={`note-count${left === 0 ? ' at-limit' : ''}`}>
            {left === 0
              ? `You have reached the limit of ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters`
              : `${left.toLocaleString('en-GB')} ${left === 1 ? 'character' : 'characters'} left`}
          </p>
        ) : null}
      </div>
      {value.trim() ? (
        <details class="note-preview">
          <summary>How it reads</summary>
          <NoteBody body={value} topHeading={3} />
        </details>
      ) : null}
    </div>
  );
}
