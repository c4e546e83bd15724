import { SessionStatus, formatDateRange, groupAgenda } from '@ncasc/shared';
import { AgendaDocument } from '@ncasc/shared/generated';
import { useMemo } from 'preact/hooks';
import { useQuery } from '../api';
import { useMe } from '../account';
import { Layout, whenLoaded } from '../components/layout';
import { SessionRow } from '../components/session-row';
import { WhatChanged } from '../components/what-changed';
import { absolute, CalendarLinks } from '../components/calendar-links';
import { Link } from '../router';
import { place } from './conferences-page';

export function AgendaPage({ slug }: { slug: string }) {
  const state = useQuery(AgendaDocument, { slug });
  const me = useMe();
  const conference = state.status === 'ready' ? state.data.conference : null;
  const agenda = useMemo(
    () =>
      conference
        ? groupAgenda(
            conference.sessions.map((s, i) => ({ ...s, sequence: i })),
            conference.days,
            conference.timezone,
          )
        : [],
    [conference],
  );
  const loaded = whenLoaded(
    state,
    (d) => d.conference,
    'conference',
    `There is no conference called “${slug}”.`,
  );
  if ('page' in loaded) return loaded.page;
  const c = loaded.value;
  // cancelled sessions stay on my schedule, marked, but are not counted (as the API counts them)
  const isStarred = (s: { starred: boolean; status: SessionStatus }) =>
    s.starred && s.status !== SessionStatus.CANCELLED;
  const starredCount = c.sessions.filter(isStarred).length;
  return (
    <Layout title={c.name}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link>
      </nav>
      <h1>{c.name}</h1>
      <p class="lead">
        {formatDateRange(c.startsOn, c.endsOn)} · {place(c)}
        {c.hashtag ? ` · ${c.hashtag}` : ''}
      </p>
      {c.organisers.length ? (
        <p class="muted">Organised by {c.organisers.map((o) => o.name).join(', ')}</p>
      ) : null}
      <p class="muted">
        Times are shown in UK time ({c.timezone}). Where the sources give only a day or part of a day, that is
        all we show.
      </p>
      {me?.role === 'ORGANISER' ? (
        <p class="edit-link">
          <Link href={`/conferences/${c.slug}/edit`}>Edit programme</Link>
        </p>
      ) : null}
      {me ? (
        <p class="schedule-link">
          <Link href={`/conferences/${c.slug}/schedule`}>
            <span aria-hidden="true">★</span> My schedule
          </Link>{' '}
          <span class="count">
            ({starredCount} starred {starredCount === 1 ? 'session' : 'sessions'})
          </span>
        </p>
      ) : me === null ? (
        <p class="schedule-link muted">Star sessions to build your own schedule for this conference.</p>
      ) : null}

      {agenda.length > 1 ? (
        <nav class="day-nav" aria-label="Days">
          <ul class="inline-list">
            {agenda.map((d) => (
              <li key={d.day ?? 'none'}>
                <a href={`#day-${d.day ?? 'not-given'}`}>
                  {d.label.replace(/ \d{4}$/, '')} <span class="count">({d.count})</span>
                  {me && d.groups.some((g) => g.sessions.some(isStarred)) ? (
                    <span class="count starred-count">
                      {' '}
                      · {d.groups.reduce((n, g) => n + g.sessions.filter(isStarred).length, 0)} starred
                    </span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {agenda.map((d) => (
        <section
          class="agenda-day"
          key={d.day ?? 'none'}
          id={`day-${d.day ?? 'not-given'}`}
          aria-labelledby={`h-${d.day ?? 'none'}`}
        >
          <h2 id={`h-${d.day ?? 'none'}`}>{d.label}</h2>
          {d.count === 0 ? <p class="muted">No session of this day is described in the sources.</p> : null}
          {d.groups.map((g) => (
            <div class="agenda-group" key={g.slot}>
              {d.day !== null ? <h3>{g.label}</h3> : null}
              <ul class={g.sessions.some((s) => s.startsAt) ? 'sessions timed' : 'sessions'}>
                {g.sessions.map((s) => (
                  <SessionRow key={s.id} session={s} timeZone={c.timezone} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {c.sessions.length === 0 ? <p>No sessions yet.</p> : null}

      {c.roundups.length ? (
        <section aria-labelledby="roundups">
          <h2 id="roundups">Write-ups</h2>
          <ul class="cards">
            {c.roundups.map((r) => (
              <li class="card" key={r.id}>
                <h3>
                  <Link href={`/roundups/${r.id}`}>{r.title}</Link>
                </h3>
                <p class="muted">{[r.publication, r.author, r.publishedOn].filter(Boolean).join(' · ')}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <WhatChanged slug={c.slug} />

      <details class="calendar-feed">
        <summary>Subscribe to this programme in a calendar app</summary>
        <p>Changes to the programme — moves and cancellations — reach your calendar by themselves.</p>
        <CalendarLinks
          url={absolute(`/calendar/conferences/${c.slug}.ics`)}
          label="Programme calendar address"
          id="programme-feed"
        />
      </details>

      {c.leftEmpty.length ? (
        <details class="left-empty">
          <summary>What the sources do not say</summary>
          <ul>
            {c.leftEmpty.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </Layout>
  );
}
