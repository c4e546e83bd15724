import type {
  MyNotesQuery,
  OfflineProgrammeQuery,
  SessionQuery,
  SpeakerQuery,
} from '@ncasc/shared/generated';
import { patchTree } from '../patch-tree';

type Downloaded = NonNullable<OfflineProgrammeQuery['conference']>;

/**
 * The answers of the Session and Speaker queries (as the session and speaker pages ask them) found in
 * a downloaded programme, by the variables they are asked with. The types make sure the download asks
 * at least what those pages do: a field added to their queries and not to OfflineProgramme fails
 * the type check here.
 */
export function pageAnswers(
  conference: Downloaded,
): { operation: string; variables: string; data: unknown }[] {
  const sessions = conference.sessions.map((session) => {
    const data: SessionQuery = { session };
    return { operation: 'Session', variables: JSON.stringify({ id: session.id }), data };
  });
  const speakers = conference.speakers.map((speaker) => {
    const data: SpeakerQuery = { speaker };
    return { operation: 'Speaker', variables: JSON.stringify({ id: speaker.id }), data };
  });
  return [...sessions, ...speakers];
}

type Note = { body: string; updatedAt: string } | null;

/**
 * A kept answer with the user's note on a session as now saved: the session's `myNote` (session page)
 * and the note's body in My notes; the same object when nothing changes. Kept answers are only read
 * offline, and must not show a note older than the one saved since they were fetched.
 */
export function withSavedNote(data: unknown, sessionId: string, note: Note): unknown {
  return patchTree(
    data,
    (o) => {
      let changes: Record<string, unknown> | null = null;
      if (o.id === sessionId && 'myNote' in o && JSON.stringify(o.myNote) !== JSON.stringify(note))
        changes = { myNote: note };
      if (note && isNoteOn(o, sessionId) && (o.body !== note.body || o.updatedAt !== note.updatedAt))
        changes = { ...changes, body: note.body, updatedAt: note.updatedAt };
      return changes;
    },
    // a deleted note leaves My notes
    note === null ? (x) => isNoteOn(x, sessionId) : undefined,
  );
}

/** An entry of My notes on that session. */
function isNoteOn(x: unknown, sessionId: string): boolean {
  if (!x || typeof x !== 'object') return false;
  const o = x as Partial<MyNotesQuery['myNotes'][number]>;
  return typeof o.body === 'string' && 'updatedAt' in o && o.session?.id === sessionId;
}
