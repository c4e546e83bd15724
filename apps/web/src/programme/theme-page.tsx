import { ConferenceSeries, SERIES_NAMES } from '@ncasc/shared';
import { ThemeDocument } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { Layout, whenLoaded } from '../ui/layout';
import { groupByYearAndConference } from './grouping';
import { SessionRow } from './session-row';
import { Link, useSearch } from '../router';
import { plural } from '../ui/plural';

const SERIES = [ConferenceSeries.NCASC, ConferenceSeries.ADCS];
const SHORT: Record<ConferenceSeries, string> = {
  [ConferenceSeries.NCASC]: 'NCASC',
  [ConferenceSeries.ADCS]: 'ADCS',
};

/** /themes/:slug?series=NCASC — a theme's sessions by year, then conference, oldest first. */
export function ThemePage({ slug }: { slug: string }) {
  const state = useQuery(ThemeDocument, { slug });
  const asked = new URLSearchParams(useSearch()).get('series')?.toUpperCase();
  const series = SERIES.find((s) => s === asked) ?? null;
  const loaded = whenLoaded(state, (d) => d.track, 'theme', `There is no theme called “${slug}”.`);
  if ('page' in loaded) return loaded.page;
  const t = loaded.value;
  const sessions = series ? t.sessions.filter((s) => s.conference.series === series) : t.sessions;
  const years = groupByYearAndConference(sessions, (s) => s.conference);
  const conferences = years.reduce((n, y) => n + y.conferences.length, 0);
  const span =
    years.length > 1
      ? `, ${years[0].year}–${years[years.length - 1].year}`
      : years.length
        ? `, ${years[0].year}`
        : '';
  const filters: { label: string; value: ConferenceSeries | null; title?: string }[] = [
    { label: 'All', value: null },
    ...SERIES.map((s) => ({ label: SHORT[s], value: s, title: SERIES_NAMES[s] })),
  ];
  return (
    <Layout title={`${t.name} · Themes`}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link> › <Link href="/themes">Themes</Link>
      </nav>
      <h1>{t.name}</h1>
      <p class="lead">
        {plural(sessions.length, 'session')} at {plural(conferences, 'conference')}
        {span}
        {series ? ` (${SERIES_NAMES[series]})` : ''}
      </p>
      <nav class="series-filter" aria-label="Conference series">
        <ul class="inline-list">
          {filters.map((f) => (
            <li key={f.label}>
              <Link
                href={f.value ? `/themes/${t.slug}?series=${f.value}` : `/themes/${t.slug}`}
                aria-current={f.value === series ? 'page' : undefined}
                title={f.title}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {years.length > 1 ? (
        <nav class="day-nav" aria-label="Years">
          <ul class="inline-list">
            {years.map((y) => (
              <li key={y.year}>
                <a href={`#year-${y.year}`}>
                  {y.year}{' '}
                  <span class="count">({y.conferences.reduce((n, c) => n + c.items.length, 0)})</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {years.map((y) => (
        <section key={y.year} id={`year-${y.year}`} class="agenda-day" aria-labelledby={`h-year-${y.year}`}>
          <h2 id={`h-year-${y.year}`}>{y.year}</h2>
          {y.conferences.map(({ conference: c, items }) => (
            <div key={c.slug} class="agenda-group">
              <h3>
                <Link href={`/conferences/${c.slug}`}>{c.name}</Link>
              </h3>
              <ul class={items.some((s) => s.startsAt) ? 'sessions timed' : 'sessions'}>
                {items.map((s) => (
                  <SessionRow key={s.id} session={s} timeZone={c.timezone} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {sessions.length === 0 ? (
        <p class="status">
          No session {series ? `at ${SERIES_NAMES[series]} ` : ''}is recorded under this theme.
        </p>
      ) : null}
    </Layout>
  );
}
