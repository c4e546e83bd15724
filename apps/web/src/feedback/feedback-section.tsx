import { sessionBegins, SessionStatus, type TimePrecision, type DayPart } from '@ncasc/shared';
import {
  RateSessionDocument,
  SessionFeedbackDocument,
  SetFeedbackCommentHiddenDocument,
} from '@ncasc/shared/generated';
import { useState } from 'preact/hooks';
import { asApiError, mutate, useQuery } from '../api';
import { authHref, useMe } from '../account/account';
import { Link } from '../router';
import { FieldError } from '../ui/field-error';

const LABELS = ['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'];

interface RatedSession {
  id: string;
  status: SessionStatus;
  timePrecision: TimePrecision;
  day?: string | null;
  dayPart?: DayPart | null;
  startsAt?: string | null;
  conference: { startsOn?: string | null; timezone: string };
  myFeedback?: { rating: number; comment?: string | null } | null;
}

/**
 * A session page's feedback: a delegate rates the session once it has begun (and may change the
 * rating); an organiser also reads what delegates said, without names, and can hide a comment.
 */
export function FeedbackSection({ session, now = new Date() }: { session: RatedSession; now?: Date }) {
  const me = useMe();
  if (session.status === SessionStatus.CANCELLED || me === undefined) return null;
  const begins = sessionBegins(session, {
    startsOn: session.conference.startsOn ?? null,
    timezone: session.conference.timezone,
  });
  const begun = !begins || begins.getTime() <= now.getTime();
  return (
    <section aria-labelledby="feedback" class="feedback">
      <h2 id="feedback">Feedback</h2>
      {!begun ? (
        <p class="muted">You can rate this session once it has begun.</p>
      ) : me === null ? (
        <p>
          <Link href={authHref('/sign-in')}>Sign in to rate this session</Link>. The organisers read ratings
          and comments without your name.
        </p>
      ) : (
        <RatingForm key={`${me.id}/${session.id}`} session={session} />
      )}
      {me?.role === 'ORGANISER' ? <FeedbackSummary sessionId={session.id} /> : null}
    </section>
  );
}

function RatingForm({ session }: { session: RatedSession }) {
  const [rating, setRating] = useState<number | null>(session.myFeedback?.rating ?? null);
  const [comment, setComment] = useState(session.myFeedback?.comment ?? '');
  const [sent, setSent] = useState(Boolean(session.myFeedback));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (!rating) return setError({ field: 'rating', message: 'Choose a rating from 1 to 5.' });
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await mutate(RateSessionDocument, {
        input: { sessionId: session.id, rating, comment: comment || null },
      });
      setSent(true);
      setStatus('Thank you: your feedback was sent.');
    } catch (err) {
      const api = asApiError(err);
      setError({ field: api.field, message: api.message });
    } finally {
      setBusy(false);
    }
  };
  const ratingError = error && error.field === 'rating' ? error.message : null;
  const commentError = error && error.field === 'comment' ? error.message : null;
  const otherError = error && !ratingError && !commentError ? error.message : null;

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <fieldset
        class={`field rating${ratingError ? ' has-error' : ''}`}
        aria-describedby={ratingError ? 'rating-error' : undefined}
      >
        <legend>How was this session?</legend>
        <FieldError id="rating-error" message={ratingError} />
        <div class="rating-choices">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} class="rating-choice">
              <input
                type="radio"
                name="rating"
                value={n}
                checked={rating === n}
                onChange={() => setRating(n)}
              />
              <span>
                {n} <span class="muted">{LABELS[n]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class={`field${commentError ? ' has-error' : ''}`}>
        <label for="feedback-comment">Comment for the organisers (optional)</label>
        <textarea
          id="feedback-comment"
          rows={3}
          maxLength={2000}
          value={comment}
          aria-invalid={commentError ? 'true' : undefined}
          aria-describedby={commentError ? 'feedback-comment-error' : undefined}
          onInput={(e) => setComment(e.currentTarget.value)}
        />
        <FieldError id="feedback-comment-error" message={commentError} />
      </div>
      <button type="submit" class="button" disabled={busy}>
        {sent ? 'Update feedback' : 'Send feedback'}
      </button>
      <div role="status" class="action-status">
        {status ? <p class="status">{status}</p> : null}
        {otherError ? <p class="problem">{otherError}</p> : null}
      </div>
    </form>
  );
}

/** ORGANISER: counts, average, spread and comments; never who. */
function FeedbackSummary({ sessionId }: { sessionId: string }) {
  const state = useQuery(SessionFeedbackDocument, { sessionId });
  const [problem, setProblem] = useState<string | null>(null);
  if (state.status !== 'ready') return null;
  const f = state.data.sessionFeedback;
  const toggle = async (id: string, hidden: boolean) => {
    setProblem(null);
    try {
      await mutate(SetFeedbackCommentHiddenDocument, { id, hidden });
    } catch (err) {
      setProblem(asApiError(err).message);
    }
  };
  return (
    <div class="feedback-summary">
      <h3>What delegates said</h3>
      {f.count === 0 ? (
        <p class="muted">No ratings yet.</p>
      ) : (
        <>
          <p>
            {f.count === 1 ? '1 rating' : `${f.count} ratings`}, average {f.average?.toFixed(2)} out of 5.
          </p>
          <table class="feedback-spread">
            <caption class="visually-hidden">Ratings by score</caption>
            <thead>
              <tr>
                <th scope="col">Rating</th>
                <th scope="col">Delegates</th>
              </tr>
            </thead>
            <tbody>
              {f.distribution.map((n, i) => (
                <tr key={i}>
                  <th scope="row">
                    {i + 1} {LABELS[i + 1]}
                  </th>
                  <td>{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {f.comments.length ? (
        <ul class="feedback-comments">
          {f.comments.map((c) => (
            <li key={c.id} class={c.hidden ? 'hidden-comment' : undefined}>
              <p>
                <span class="badge">{c.rating}/5</span> {c.comment}
              </p>
              {c.hidden ? <p class="muted">Hidden</p> : null}
              <button
                type="button"
                class="button secondary small"
                onClick={() => void toggle(c.id, !c.hidden)}
              >
                {c.hidden ? 'Show comment' : 'Hide comment'}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {problem ? <p class="problem">{problem}</p> : null}
    </div>
  );
}
