import { CalendarLinks } from '../programme/calendar-links';
import { SessionStatus, groupAgenda } from '@ncasc/shared';
import { MyScheduleDocument, RotateCalendarFeedDocument } from '@ncasc/shared/generated';
import { useMemo, useState } from 'preact/hooks';
import { asApiError, mutate, useQuery } from '../api';
import { type Me, authHref, useMe } from '../account/account';
import { clashingTitles, quotedList } from './clashes';
import { NotificationsPanel } from './notifications-panel';
import { Layout, Loading, whenLoaded } from '../ui/layout';
import { SessionRow } from '../programme/session-row';
import { Link } from '../router';
import { ScheduleChanges } from './schedule-changes';

function ClashWarning({ titles }: { titles: string[] }) {
  return (
    <p class="clash-warning">
      <span class="clash-icon" aria-hidden="true">
        ⚠
      </span>
      <span class="visually-hidden">Warning: </span>
      Clashes with {quotedList(titles)}
    </p>
  );
}

function CalendarFeed({ me }: { me: Me }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (!me.calendarFeedUrl) return null;
  const rotate = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await mutate(RotateCalendarFeedDocument, {});
      setMessage({ text: 'Done: the old link no longer works. Subscribe to the new one.', error: false });
    } catch (e) {
      setMessage({ text: `Could not make a new link: ${asApiError(e).message}`, error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="calendar-feed">
      <summary>Add my schedule to a calendar app</summary>
      <p>
        Subscribe to this private link in your calendar app to see your starred sessions there. Anyone with
        the link can read your schedule.
      </p>
      <CalendarLinks url={me.calendarFeedUrl} label="My calendar feed address" id="feed-url" />
      <p>
        <button type="button" class="button secondary" disabled={busy} onClick={() => void rotate()}>
          Make a new link
        </button>
      </p>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'field-error' : 'muted'}>
          {message.text}
        </p>
      ) : null}
    </details>
  );
}

function Schedule({ slug, me }: { slug: string; me: Me }) {
  const state = useQuery(MyScheduleDocument, { conferenceSlug: slug });
  const schedule = state.status === 'ready' ? state.data.mySchedule : null;
  const days = useMemo(
    () =>
      schedule
        ? groupAgenda(
            schedule.sessions.map((s, i) => ({ ...s, sequence: i })),
            [],
            schedule.conference.timezone,
          )
        : [],
    [schedule],
  );
  const clashes = useMemo(() => clashingTitles(schedule?.clashes ?? []), [schedule]);
  const loaded = whenLoaded(
    state,
    (d) => d.mySchedule,
    'conference',
    `There is no conference called “${slug}”.`,
  );
  if ('page' in loaded) return loaded.page;
  const s = loaded.value;
  const c = s.conference;
  const countOf = (day: string | null) =>
    s.days.find((d) => d.day === day)?.count ??
    s.sessions.filter((x) => x.day === day && x.status !== SessionStatus.CANCELLED).length;
  const total = s.days.reduce((n, d) => n + d.count, 0);
  return (
    <Layout title={`My schedule · ${c.name}`}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link> › <Link href={`/conferences/${c.slug}`}>{c.name}</Link>
      </nav>
      <h1>My schedule</h1>
      <p class="lead">{c.name}</p>
      <ScheduleChanges slug={c.slug} />
      {s.sessions.length === 0 ? (
        <div class="status empty">
          <p>You have not starred any session of this conference yet.</p>
          <p>
            <Link href={`/conferences/${c.slug}`}>Go to the agenda</Link> and choose ☆ Star on the sessions
            you want to go to.
          </p>
        </div>
      ) : (
        <>
          <p>
            {total} starred {total === 1 ? 'session' : 'sessions'}
            {s.clashes.length
              ? ` · ${s.clashes.length} ${s.clashes.length === 1 ? 'clash' : 'clashes'}: sessions you starred run at the same time`
              : ''}
            .{' '}
            <span class="screen-only">
              <Link href={`/conferences/${c.slug}`}>Back to the full agenda</Link>
            </span>
          </p>
          <p class="print-hint muted">Printing gives a page per day, without the site’s menus and buttons.</p>
          <p class="print-links screen-only">
            <a href={`/print/my/${encodeURIComponent(c.slug)}.pdf`}>My schedule (PDF)</a>
            {' · '}
            <a href={`/print/my/${encodeURIComponent(c.slug)}-report.pdf`}>
              My conference report with notes (PDF)
            </a>
          </p>
          <div class="schedule-days">
            {days.map((d) => (
              <section
                class="agenda-day schedule-day"
                key={d.day ?? 'none'}
                id={`day-${d.day ?? 'not-given'}`}
                aria-labelledby={`h-${d.day ?? 'none'}`}
              >
                <p class="print-only">My schedule · {c.name}</p>
                <h2 id={`h-${d.day ?? 'none'}`}>
                  {d.label} <span class="count">— {countOf(d.day)} starred</span>
                </h2>
                {d.groups.map((g) => (
                  <div class="agenda-group" key={g.slot}>
                    {d.day !== null ? <h3>{g.label}</h3> : null}
                    <ul class={g.sessions.some((x) => x.startsAt) ? 'sessions timed' : 'sessions'}>
                      {g.sessions.map((x) => {
                        const others = clashes.get(x.id);
                        return (
                          <SessionRow key={x.id} session={x} timeZone={c.timezone}>
                            {others?.length ? <ClashWarning titles={others} /> : null}
                          </SessionRow>
                        );
                      })}
                    </ul>
                  </div>
                ))}
              </section>
            ))}
          </div>
        </>
      )}
      <NotificationsPanel />
      <CalendarFeed me={me} />
    </Layout>
  );
}

export function SchedulePage({ slug }: { slug: string }) {
  const me = useMe();
  if (me === undefined)
    return (
      <Layout title="My schedule">
        <Loading />
      </Layout>
    );
  if (me === null)
    return (
      <Layout title="My schedule">
        <nav class="breadcrumbs" aria-label="Breadcrumb">
          <Link href="/">All conferences</Link> › <Link href={`/conferences/${slug}`}>Agenda</Link>
        </nav>
        <h1>My schedule</h1>
        <p class="status">
          <Link href={authHref('/sign-in')}>Sign in</Link> or{' '}
          <Link href={authHref('/sign-up')}>create an account</Link> to star sessions and see your own
          schedule.
        </p>
      </Layout>
    );
  return <Schedule slug={slug} me={me} />;
}
