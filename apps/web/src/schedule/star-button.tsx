import { SessionStatus } from '@ncasc/shared';
import { StarSessionDocument, UnstarSessionDocument } from '@ncasc/shared/generated';
import { useState } from 'preact/hooks';
import { asApiError, mutate, patchQueries, withStarred } from '../api';
import { goToSignIn } from '../account/account';
import { signedIn } from '../account/signed-in';

/** One change at a time per session, so quick clicks reach the server in the order they were made. */
const queues = new Map<string, Promise<unknown>>();
function inTurn<T>(sessionId: string, run: () => Promise<T>): Promise<T> {
  const next = (queues.get(sessionId) ?? Promise.resolve()).then(run, run);
  const settled = next.catch(() => undefined);
  queues.set(sessionId, settled);
  void settled.then(() => {
    if (queues.get(sessionId) === settled) queues.delete(sessionId);
  });
  return next;
}

interface StarrableSession {
  id: string;
  title: string;
  status: SessionStatus;
  starred: boolean;
}

/**
 * Adds a session to (or takes it off) my schedule, at once on screen; the change is undone, with a
 * message, when the server refuses. Signed out, it asks to sign in first. A cancelled session cannot be
 * starred, so it has no button, unless it was starred before: then it can still be taken off.
 */
export function StarButton({ session }: { session: StarrableSession }) {
  const [error, setError] = useState<string | null>(null);
  const starred = session.starred;
  if (session.status === SessionStatus.CANCELLED && !starred) return null;

  const toggle = async () => {
    // read at the click, not with useMe(): a hook per star would ask the server who is signed in
    // once for every session on the agenda
    if (signedIn.current === null) {
      goToSignIn();
      return;
    }
    const want = !starred;
    setError(null);
    patchQueries((data) => withStarred(data, session.id, want));
    try {
      const variables = { sessionId: session.id };
      await inTurn<unknown>(session.id, () =>
        want ? mutate(StarSessionDocument, variables) : mutate(UnstarSessionDocument, variables),
      );
    } catch (e) {
      const err = asApiError(e);
      patchQueries((data) => withStarred(data, session.id, !want));
      if (err.code === 'UNAUTHENTICATED') {
        goToSignIn();
        return;
      }
      setError(
        want
          ? `Could not add it to your schedule: ${err.message}`
          : `Could not take it off your schedule: ${err.message}`,
      );
    }
  };

  return (
    <span class="star">
      <button
        type="button"
        class={`star-button${starred ? ' is-starred' : ''}`}
        aria-pressed={starred}
        // the name starts with the visible label (WCAG 2.5.3); aria-pressed says whether it is on
        aria-label={starred ? `Starred “${session.title}”` : `Star “${session.title}”`}
        title={starred ? 'Remove from my schedule' : 'Add to my schedule'}
        onClick={() => void toggle()}
      >
        <span aria-hidden="true" class="star-icon">
          {starred ? '★' : '☆'}
        </span>{' '}
        {starred ? 'Starred' : 'Star'}
      </button>
      {error ? (
        <span class="star-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
