import {
  type AgendaDay,
  SessionStatus,
  formatDateRange,
  formatShortDate,
  groupAgenda,
  localDate,
  sessionDay,
  timeZoneAbbreviation,
} from '@ncasc/shared';
import { AgendaDocument, type AgendaQuery, type SessionRowFragment } from '@ncasc/shared/generated';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useQuery } from '../api';
import { canWriteRoundups, useMe } from '../account/account';
import { AgendaGridTable } from './agenda-grid-table';
import { absolute, CalendarLinks } from './calendar-links';
import { DayTabs, PANEL_ID, tabId } from './day-tabs';
import { Layout, whenLoaded } from '../ui/layout';
import { NowNext, useNow } from './now-next-panel';
import { RoundupByline } from '../roundups/roundup-bits';
import { SessionRow } from './session-row';
import { WhatChanged } from './what-changed';
import {
  type AgendaParams,
  type AgendaView,
  agendaSearch,
  chooseDay,
  filterSessions,
  parseAgendaParams,
  replaceSearch,
  themeOptions,
  typeOptions,
} from './agenda-params';
import { nowAndNext } from './now-next';
import { Link, useSearch } from '../router';
import { place } from './conferences-page';
import { plural } from '../ui/plural';

type Conference = NonNullable<AgendaQuery['conference']>;
type Row = SessionRowFragment & { sequence: number };
type Day = AgendaDay<Row>;

/** Wide enough for the grid by room and time (and the default there). */
const WIDE = '(min-width: 64rem)';

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const onChange = () => setMatches(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

const dayKey = (day: string | null) => day ?? 'none';
// cancelled sessions stay on my schedule, marked, but are not counted (as the API counts them)
const isStarred = (s: { starred: boolean; status: SessionStatus }) =>
  s.starred && s.status !== SessionStatus.CANCELLED;

/** "GMT" for a day of a conference in London (noon, so a clock change at night does not matter). */
const zoneOn = (day: string | null, timeZone: string, fallback: string | null) =>
  day ? timeZoneAbbreviation(`${day}T12:00:00Z`, timeZone) : fallback;

export function AgendaPage({ slug }: { slug: string }) {
  const state = useQuery(AgendaDocument, { slug });
  const me = useMe();
  const params = parseAgendaParams(useSearch());
  const now = useNow();
  const wide = useMediaQuery(WIDE);
  const conference = state.status === 'ready' ? state.data.conference : null;
  // programme order is kept through the filters
  const all = useMemo<Row[]>(
    () => (conference ? conference.sessions.map((s, i) => ({ ...s, sequence: i })) : []),
    [conference],
  );
  const shown = useMemo(() => filterSessions(all, params), [all, params.theme, params.type]);
  const agenda = useMemo(
    () => (conference ? groupAgenda(shown, conference.days, conference.timezone) : []),
    [conference, shown],
  );
  const loaded = whenLoaded(
    state,
    (d) => d.conference,
    'conference',
    `There is no conference called “${slug}”.`,
  );
  if ('page' in loaded) return loaded.page;
  const c = loaded.value;

  const set = (change: Partial<AgendaParams>) => replaceSearch(agendaSearch({ ...params, ...change }));
  const zone = zoneOn(c.startsOn, c.timezone, null);
  const today = localDate(now, c.timezone);
  const selected = chooseDay(
    params.day,
    agenda.map((d) => d.day),
    today,
  );
  const days = selected === 'all' ? agenda : agenda.filter((d) => dayKey(d.day) === selected);
  const hasTimed = all.some((s) => s.startsAt);
  const view: AgendaView = params.view ?? (wide && hasTimed ? 'grid' : 'list');
  const filtering = Boolean(params.theme || params.type);
  const starredCount = c.sessions.filter(isStarred).length;
  const current = nowAndNext(shown, c.days, now, c.timezone);
  const tabs = agenda.length > 1;
  // opened on today during the conference: the agenda scrolls to what is on now (a session with a clock
  // time first: "this morning" is less precise), or else to what is next
  const nowId =
    params.day === null && selected === today
      ? (current?.now.find((s) => s.startsAt) ?? current?.now[0] ?? current?.next?.sessions[0])?.id
      : undefined;

  return (
    <Layout title={c.name} wide>
      <ScrollToSession id={nowId} />
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
      <p class="muted zone-note">
        Times are the conference’s local time: {zone ? `${zone}, ` : ''}
        {c.timezone}. Where the sources give only a day or part of a day, that is all we show.
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

      {current ? <NowNext value={current} timeZone={c.timezone} slug={c.slug} /> : null}

      <div class="agenda-body">
        <div class="agenda-nav">
          {c.sessions.length ? (
            <Tools
              all={all}
              shown={shown.length}
              params={params}
              view={view}
              hasTimed={hasTimed}
              wide={wide}
              onChange={set}
            />
          ) : null}

          {tabs ? (
            <DayTabs
              vertical={wide}
              selected={selected}
              onSelect={(day) => set({ day })}
              tabs={[
                {
                  value: 'all',
                  label: (
                    <>
                      All days <span class="count">({shown.length})</span>
                    </>
                  ),
                },
                ...agenda.map((d) => ({
                  value: dayKey(d.day),
                  label: (
                    <>
                      {d.day ? formatShortDate(d.day) : d.label} <span class="count">({d.count})</span>
                      {me && d.groups.some((g) => g.sessions.some(isStarred)) ? (
                        <span class="count starred-count">
                          {' '}
                          · {d.groups.reduce((n, g) => n + g.sessions.filter(isStarred).length, 0)} starred
                        </span>
                      ) : null}
                    </>
                  ),
                })),
              ]}
            />
          ) : null}
        </div>

        <div
          class="day-panel"
          {...(tabs ? { role: 'tabpanel', id: PANEL_ID, 'aria-labelledby': tabId(selected) } : {})}
        >
          {days.map((d) =>
            view === 'grid' && hasTimed ? (
              <GridDay key={dayKey(d.day)} d={d} c={c} filtering={filtering} />
            ) : (
              <ListDay key={dayKey(d.day)} d={d} c={c} filtering={filtering} />
            ),
          )}
        </div>
      </div>
      {c.sessions.length === 0 ? <p>No sessions yet.</p> : null}

      <section aria-labelledby="roundups" class="roundups">
        <h2 id="roundups">Round-ups</h2>
        {c.roundups.length ? (
          <ul class="cards">
            {c.roundups.map((r) => (
              <li class="card" key={r.id}>
                <h3>
                  <Link href={`/roundups/${r.id}`}>{r.title}</Link>
                </h3>
                <RoundupByline r={r} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No round-up of this conference has been published yet.</p>
        )}
        <p>
          <Link href={`/conferences/${c.slug}/roundups`}>
            {canWriteRoundups(me) ? 'Round-ups and drafts' : 'All round-ups'}
            <span class="visually-hidden"> of {c.name}</span>
          </Link>
        </p>
      </section>

      <WhatChanged slug={c.slug} />

      {/* a calendar holds only sessions with a day: none, and there is nothing to subscribe to yet */}
      {shown.some((row) => sessionDay(row, c.timezone) !== null) ? (
        <details class="calendar-feed">
          <summary>Subscribe to this programme in a calendar app</summary>
          <p>Changes to the programme — moves and cancellations — reach your calendar by themselves.</p>
          {filtering ? <p>Only the sessions the filters keep ({filterWords(all, params)}).</p> : null}
          <CalendarLinks
            url={absolute(calendarPath(c.slug, params))}
            label="Programme calendar address"
            id="programme-feed"
          />
        </details>
      ) : null}

      <p class="print-links">
        <a href={printPath(c.slug)}>Printed programme (PDF)</a>
        {/^\d{4}-\d{2}-\d{2}$/.test(selected) ? (
          <>
            {' · '}
            <a href={printPath(c.slug, selected)}>This day’s programme (PDF)</a>
          </>
        ) : null}
      </p>

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

/**
 * Scrolls once, when the page opens, to the agenda's row (or grid cell) of session `id`: what is on
 * now. Not when the address names a place on the page, and not again as the clock or filters move.
 */
function ScrollToSession({ id }: { id: string | undefined }) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !id) return;
    done.current = true;
    if (location.hash) return;
    document
      .querySelector(`.day-panel [data-session-id="${CSS.escape(id)}"]`)
      ?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [id]);
  return null;
}

/** The printed programme booklet (PDF), or one day of it. */
function printPath(slug: string, day?: string): string {
  return `/print/conferences/${encodeURIComponent(slug)}.pdf${day ? `?day=${day}` : ''}`;
}

/** The programme's calendar, with the type and theme filters the calendar server takes too. */
function calendarPath(slug: string, { type, theme }: AgendaParams): string {
  const q = new URLSearchParams();
  if (type) q.set('type', type);
  if (theme) q.set('track', theme);
  const query = q.toString();
  return `/calendar/conferences/${encodeURIComponent(slug)}.ics${query ? `?${query}` : ''}`;
}

/** "Workshop · Mental health" */
function filterWords(all: Row[], { type, theme }: AgendaParams): string {
  const typeLabel = typeOptions(all).find((o) => o.type === type)?.label ?? type;
  const themeName = themeOptions(all).find((o) => o.slug === theme)?.name ?? theme;
  return [typeLabel, themeName].filter(Boolean).join(' · ');
}

/** Filters by theme and type, and list or grid: all kept in the address. */
function Tools({
  all,
  shown,
  params,
  view,
  hasTimed,
  wide,
  onChange,
}: {
  all: Row[];
  shown: number;
  params: AgendaParams;
  view: AgendaView;
  hasTimed: boolean;
  wide: boolean;
  onChange: (change: Partial<AgendaParams>) => void;
}) {
  const themes = themeOptions(all);
  const types = typeOptions(all);
  const filtering = Boolean(params.theme || params.type);
  return (
    // folded on a phone until asked for (open while a filter is on), so that the agenda itself is what
    // the first screen shows; open on a wide screen, which has the room
    <details class="agenda-tools" open={filtering || wide || undefined}>
      <summary>
        Filter and view
        {filtering ? <span class="count"> · {filterWords(all, params)}</span> : null}
      </summary>
      <div class="filters">
        <div class="field">
          <label for="filter-theme">Theme</label>
          <select
            id="filter-theme"
            value={params.theme ?? ''}
            onChange={(e) => onChange({ theme: e.currentTarget.value || null })}
          >
            <option value="">All themes</option>
            {params.theme && !themes.some((t) => t.slug === params.theme) ? (
              <option value={params.theme}>{params.theme} (0)</option>
            ) : null}
            {themes.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name} ({t.count})
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-type">Session type</label>
          <select
            id="filter-type"
            value={params.type ?? ''}
            onChange={(e) => onChange({ type: (e.currentTarget.value || null) as AgendaParams['type'] })}
          >
            <option value="">All types</option>
            {params.type && !types.some((t) => t.type === params.type) ? (
              <option value={params.type}>{params.type} (0)</option>
            ) : null}
            {types.map((t) => (
              <option key={t.type} value={t.type}>
                {t.label} ({t.count})
              </option>
            ))}
          </select>
        </div>
        {hasTimed ? (
          <div class="view-switch" role="group" aria-label="Show the agenda as">
            {(['list', 'grid'] as const).map((v) => (
              <button
                key={v}
                type="button"
                class="view-button"
                aria-pressed={view === v}
                onClick={() => onChange({ view: v })}
              >
                {v === 'list' ? 'List' : 'Grid by room'}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      <div class="filter-summary">
        <p role="status" class="filter-status">
          {filtering
            ? `Showing ${plural(shown, 'session')} of ${all.length} (${filterWords(all, params)})`
            : `${plural(all.length, 'session')} in the programme`}
        </p>
        {filtering ? (
          <button type="button" class="link-button" onClick={() => onChange({ theme: null, type: null })}>
            Clear filters
          </button>
        ) : null}
      </div>
    </details>
  );
}

function emptyDay(d: Day, filtering: boolean) {
  if (d.count) return null;
  return (
    <p class="muted">
      {filtering
        ? 'No session of this day matches the filters.'
        : 'No session of this day is described in the sources.'}
    </p>
  );
}

function DayHeading({ d }: { d: Day }) {
  return <h2 id={`h-${dayKey(d.day)}`}>{d.label}</h2>;
}

/** A day as a list: morning, afternoon, evening, then the sessions with no time of day. */
function ListDay({ d, c, filtering }: { d: Day; c: Conference; filtering: boolean }) {
  return (
    <section class="agenda-day" id={`day-${d.day ?? 'not-given'}`} aria-labelledby={`h-${dayKey(d.day)}`}>
      <DayHeading d={d} />
      {emptyDay(d, filtering)}
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
  );
}

/**
 * A day as a grid of rooms by time for its clock-time sessions, and below it, as a list, those the
 * sources give no clock time for (most of the seeded programmes).
 */
function GridDay({ d, c, filtering }: { d: Day; c: Conference; filtering: boolean }) {
  const timed = d.groups.flatMap((g) => g.sessions.filter((s) => s.startsAt));
  const rest = d.groups
    .map((g) => ({ ...g, sessions: g.sessions.filter((s) => !s.startsAt) }))
    .filter((g) => g.sessions.length);
  const zone = zoneOn(d.day, c.timezone, 'UK time') ?? '';
  return (
    <section class="agenda-day" id={`day-${d.day ?? 'not-given'}`} aria-labelledby={`h-${dayKey(d.day)}`}>
      <DayHeading d={d} />
      {emptyDay(d, filtering)}
      {timed.length ? (
        <>
          <h3>By room and time</h3>
          <AgendaGridTable
            sessions={timed}
            timeZone={c.timezone}
            zone={zone}
            caption={`${d.label}: sessions by room and time (${zone})`}
          />
        </>
      ) : d.count && d.day ? (
        <p class="muted">No session of this day has a clock time in the programme, so there is no grid.</p>
      ) : null}
      {rest.map((g) => (
        <div class="agenda-group" key={g.slot}>
          {d.day !== null ? (
            <h3>{g.slot === 'TIME_NOT_GIVEN' ? g.label : `${g.label}: time not given`}</h3>
          ) : null}
          <ul class="sessions">
            {g.sessions.map((s) => (
              <SessionRow key={s.id} session={s} timeZone={c.timezone} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
