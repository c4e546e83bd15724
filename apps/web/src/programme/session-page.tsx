import {
  affiliation,
  formatDateRange,
  sessionDay,
  SessionStatus,
  SPEAKER_ROLE_LABELS,
  SpeakerRole,
  TimePrecision,
} from '@ncasc/shared';
import { SessionDocument } from '@ncasc/shared/generated';
import { useEffect } from 'preact/hooks';
import { useQuery } from '../api';
import { authHref, useMe } from '../account/account';
import { Layout, whenLoaded } from '../ui/layout';
import { NotesEditor } from '../notes/notes-editor';
import { FeedbackSection } from '../feedback/feedback-section';
import { TypeBadge } from './session-row';
import { StarButton } from '../schedule/star-button';
import { Link } from '../router';

export function SessionPage({ id }: { id: string }) {
  const state = useQuery(SessionDocument, { id });
  const me = useMe();
  const ready = state.status === 'ready';
  // a link to /sessions/ID#notes (a note found by search) shows the notes once the page is there
  useEffect(() => {
    if (ready && location.hash === '#notes') document.getElementById('notes')?.scrollIntoView();
  }, [ready, id]);
  const loaded = whenLoaded(state, (d) => d.session, 'session');
  if ('page' in loaded) return loaded.page;
  const s = loaded.value;
  const where = [s.conference.venue, s.conference.city].filter(Boolean).join(', ');
  return (
    <Layout title={s.title}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link> ›{' '}
        <Link href={`/conferences/${s.conference.slug}`}>{s.conference.name}</Link>
      </nav>
      <h1 class={s.status === SessionStatus.CANCELLED ? 'cancelled' : undefined}>{s.title}</h1>
      <div class="session-page-meta">
        <p class="session-meta">
          <TypeBadge type={s.type} />
          {s.status === SessionStatus.CANCELLED ? <span class="badge badge-cancelled">Cancelled</span> : null}
        </p>
        <StarButton session={s} />
      </div>
      {/* (a session with no day has no place in a calendar) */}
      {sessionDay(s, s.conference.timezone) !== null ? (
        <p class="add-to-calendar">
          <a href={`/calendar/sessions/${s.id}.ics`} download>
            Add to calendar
          </a>{' '}
          <span class="muted">
            (.ics
            {s.timePrecision === TimePrecision.EXACT
              ? ''
              : ', as an all-day entry: the programme gives no clock time'}
            )
          </span>
        </p>
      ) : null}
      <dl class="facts">
        <dt>When</dt>
        <dd>
          {s.when}
          {s.timePrecision === TimePrecision.DAY_PART && s.day
            ? `, ${formatDateRange(s.day, s.day)} (no clock time given)`
            : ''}
          {s.timePrecision === TimePrecision.EXACT ? (
            <span class="muted"> (conference local time, {s.conference.timezone})</span>
          ) : null}
        </dd>
        <dt>Room</dt>
        <dd>
          {s.room
            ? `${s.room.name}${s.room.capacity ? ` (seats ${s.room.capacity.toLocaleString('en-GB')})` : ''}`
            : 'Not given'}
        </dd>
        <dt>Where</dt>
        <dd>{where || 'Not given'}</dd>
        {s.tracks.length ? (
          <>
            <dt>Themes</dt>
            <dd>
              <ul class="inline-list">
                {s.tracks.map((t) => (
                  <li key={t.slug}>
                    <Link class="theme" href={`/themes/${t.slug}`}>
                      {t.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {s.summary ? <p class="summary">{s.summary}</p> : null}

      <section aria-labelledby="speakers">
        <h2 id="speakers">Speakers</h2>
        {s.participants.length ? (
          <ul class="people">
            {s.participants.map((p) => (
              <li key={p.speaker.id}>
                <Link href={`/speakers/${p.speaker.id}`}>
                  {[
                    ...p.speaker.honorifics.filter((h) => !/^(MP|CBE|OBE|MBE|QC|KC)$/.test(h)),
                    p.speaker.name,
                  ].join(' ')}
                </Link>
                {p.role !== SpeakerRole.SPEAKER ? (
                  <span class="badge">{SPEAKER_ROLE_LABELS[p.role]}</span>
                ) : null}
                <div class="muted">{affiliation(p.capacity ?? p.speaker.role, p.speaker.organisation)}</div>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">The sources do not name the speakers.</p>
        )}
      </section>

      <section aria-labelledby="notes" class="notes">
        <h2 id="notes">Notes</h2>
        {me === undefined ? null : me === null ? (
          <p>
            <Link href={authHref('/sign-in')}>Sign in to take notes</Link> on this session. Only you can read
            them.
          </p>
        ) : (
          <>
            {/* keyed by user too: after signing in as someone else, a new editor with their note */}
            <NotesEditor key={`${me.id}/${s.id}`} userId={me.id} sessionId={s.id} note={s.myNote} />
            <p>
              <Link href="/notes">All my notes</Link> ·{' '}
              <Link href={`/conferences/${s.conference.slug}/schedule`}>My schedule</Link>
            </p>
          </>
        )}
      </section>

      <FeedbackSection session={s} />

      {s.roundups.length ? (
        <section aria-labelledby="written-up">
          <h2 id="written-up">Written up in</h2>
          <ul>
            {s.roundups.map((r) => (
              <li key={r.id}>
                <Link href={`/roundups/${r.id}`}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {s.sourceRoundup ? (
        <section aria-labelledby="source" class="source">
          <h2 id="source">Source</h2>
          <p>
            Reconstructed from <Link href={`/roundups/${s.sourceRoundup.id}`}>{s.sourceRoundup.title}</Link>
            {s.sourceRoundup.publication ? ` (${s.sourceRoundup.publication})` : ''}.
          </p>
          {s.sourceEvidence ? <p class="muted">{s.sourceEvidence}</p> : null}
        </section>
      ) : null}
    </Layout>
  );
}
