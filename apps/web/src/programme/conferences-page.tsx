import { ConferenceSeries, SERIES_NAMES, formatDateRange } from '@ncasc/shared';
import { ConferencesDocument, type ConferencesQuery } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { Layout, Loading, Problem } from '../ui/layout';
import { Link } from '../router';

type Conference = ConferencesQuery['conferences'][number];

export function place(c: { city: string | null; venue: string | null }): string {
  return [c.venue, c.city].filter(Boolean).join(', ') || 'Place not given';
}

function ConferenceCard({ c }: { c: Conference }) {
  return (
    <li class="card">
      <h3>
        <Link href={`/conferences/${c.slug}`}>{c.name}</Link>
      </h3>
      <p class="muted">
        {formatDateRange(c.startsOn, c.endsOn)} · {place(c)}
        {c.hashtag ? ` · ${c.hashtag}` : ''}
      </p>
    </li>
  );
}

export function ConferencesPage() {
  const state = useQuery(ConferencesDocument, {});
  return (
    <Layout title="All conferences">
      <h1>Conference programmes</h1>
      <p class="lead">
        The agendas of the National Children and Adult Services Conference and the ADCS Annual Conference: who
        spoke, on what, and when.
      </p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <Problem message={state.error.message} /> : null}
      {state.status === 'ready'
        ? [ConferenceSeries.NCASC, ConferenceSeries.ADCS].map((series) => {
            const list = state.data.conferences.filter((c) => c.series === series);
            return list.length ? (
              <section key={series} aria-labelledby={`series-${series}`}>
                <h2 id={`series-${series}`}>{SERIES_NAMES[series]}</h2>
                <ul class="cards">
                  {list.map((c) => (
                    <ConferenceCard key={c.slug} c={c} />
                  ))}
                </ul>
              </section>
            ) : null;
          })
        : null}
    </Layout>
  );
}
