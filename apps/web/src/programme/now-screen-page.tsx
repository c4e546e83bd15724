import {
  DAY_PART_LABELS,
  formatDate,
  formatDateRange,
  formatLocalTime,
  groupBy,
  localDate,
  ROOM_NOT_GIVEN,
  timeZoneAbbreviation,
} from '@ncasc/shared';
import { AgendaDocument, type SessionRowFragment } from '@ncasc/shared/generated';
import { useEffect } from 'preact/hooks';
import { invalidate, useQuery } from '../api';
import { Link } from '../router';
import { Layout, whenLoaded } from '../ui/layout';
import { type NowAndNext, nowAndNext } from './now-next';
import { useNow } from './now-next-panel';
import { clockTime } from './session-row';

/** How often the screen asks for the programme again (a published change shows within this). */
const REFRESH_MS = 60_000;

interface Room {
  name: string;
  current: NowAndNext<SessionRowFragment>;
}

/** Per room: what is on now and what comes next there today (rooms with nothing more today left out). */
function roomsNowAndNext(
  sessions: readonly SessionRowFragment[],
  days: readonly string[],
  at: Date,
  timeZone: string,
): Room[] | null {
  if (!days.includes(localDate(at, timeZone))) return null;
  const byRoom = groupBy(sessions, (s) => s.room?.name ?? ROOM_NOT_GIVEN);
  return [...byRoom.entries()]
    .map(([name, list]) => ({ name, current: nowAndNext(list, days, at, timeZone)! }))
    .filter((r) => r.current.now.length || r.current.next)
    .sort(
      (a, b) =>
        Number(a.name === ROOM_NOT_GIVEN) - Number(b.name === ROOM_NOT_GIVEN) || a.name.localeCompare(b.name),
    );
}

/** "10:30–11:15" or, honest about the source, "This morning (no clock time given)". */
function when(s: SessionRowFragment, timeZone: string): string {
  return s.startsAt
    ? (clockTime(s, timeZone) ?? '')
    : s.dayPart
      ? `This ${DAY_PART_LABELS[s.dayPart]} (no clock time given)`
      : '';
}

function Sessions({ list, timeZone }: { list: SessionRowFragment[]; timeZone: string }) {
  return (
    <ul>
      {list.map((s) => (
        <li key={s.id}>
          <Link href={`/sessions/${s.id}`}>{s.title}</Link>
          <span class="now-when">{when(s, timeZone)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * /conferences/:slug/now — for the venue's screens and for delegates: what is on now and next in each
 * room, in large type, by this device's clock in the conference's zone. It reads the clock every half
 * minute and the programme every minute (a published move shows by itself), and works offline from
 * the copy this device keeps.
 */
export function NowScreenPage({ slug }: { slug: string }) {
  const state = useQuery(AgendaDocument, { slug });
  const now = useNow();
  useEffect(() => {
    const timer = setInterval(() => invalidate(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const loaded = whenLoaded(
    state,
    (d) => d.conference,
    'conference',
    `There is no conference called “${slug}”.`,
  );
  if ('page' in loaded) return loaded.page;
  const c = loaded.value;
  // cancelled sessions are in neither list (nowAndNext leaves them out)
  const rooms = roomsNowAndNext(c.sessions, c.days, now, c.timezone);
  const today = localDate(now, c.timezone);

  return (
    <Layout title={`Now and next · ${c.name}`}>
      <div class="now-screen">
        <nav class="breadcrumbs" aria-label="Breadcrumb">
          <Link href={`/conferences/${c.slug}`}>{c.name}</Link>
        </nav>
        <h1>Now and next</h1>
        <p class="now-clock" aria-live="off">
          <time>
            {formatLocalTime(now, c.timezone)} {timeZoneAbbreviation(now, c.timezone)}
          </time>{' '}
          · {formatDate(today, false)}
        </p>
        {!rooms ? (
          <p class="lead">
            {c.name} runs {formatDateRange(c.startsOn, c.endsOn)}; nothing of it is on today.{' '}
            <Link href={`/conferences/${c.slug}`}>See the whole programme</Link>.
          </p>
        ) : rooms.length === 0 ? (
          <p class="lead">Nothing else on the programme today.</p>
        ) : (
          <div class="now-rooms">
            {rooms.map((r) => (
              <section key={r.name} class="now-room" aria-label={r.name}>
                <h2>{r.name}</h2>
                <h3>Now</h3>
                {r.current.now.length ? (
                  <Sessions list={r.current.now} timeZone={c.timezone} />
                ) : (
                  <p class="muted">Nothing on now.</p>
                )}
                <h3>Next{r.current.next ? `, ${r.current.next.when}` : ''}</h3>
                {r.current.next ? (
                  <Sessions list={r.current.next.sessions} timeZone={c.timezone} />
                ) : (
                  <p class="muted">Nothing more here today.</p>
                )}
              </section>
            ))}
          </div>
        )}
        <p class="muted">
          Times are {c.timezone} time. Where the sources give only a part of the day, that is all we show.
        </p>
      </div>
    </Layout>
  );
}
