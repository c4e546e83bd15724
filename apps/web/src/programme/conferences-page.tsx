import { ConferenceSeries, SERIES_NAMES, formatDateRange } from '@ncasc/shared';
import { ConferencesDocument, type ConferencesQuery } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { Layout, Loading, Problem } from '../ui/layout';
import { Link } from '../router';
import { useMe } from '../account/account';

type Conference = ConferencesQuery['conferences'][number];

export function place(c: { city: string | null; venue: string | null }): string {
  return [c.venue, c.city].filter(Boolean).join(', ') || 'Place not given';
}

function ConferenceCard({ c }: { c: Conference }) {
  return (
    <li class="card">
      <h3>
        <Link href={c.isPublished ? `/conferences/${c.slug}` : `/conferences/${c.slug}/edit`}>{c.name}</Link>
      </h3>
      {c.isPublished ? null : (
        <p class="badges">
          <span class="badge badge-unpublished">Not yet published</span>
        </p>
      )}
      <p class="muted">
        {formatDateRange(c.startsOn, c.endsOn)} · {place(c)}
        {c.hashtag ? ` · ${c.hashtag}` : ''}
      </p>
    </li>
  );
}

export function ConferencesPage() {
  const state = useQuery(ConferencesDocument, {});
  const me = useMe();
  return (
    <Layout title="All conferences">
      <h1>Conference programmes</h1>
      <p class="lead">
        The agendas of the National Children and Adult Services Conference and the ADCS Annual Conference: who
        spoke, on what, and when.
      </p>
      {me?.role === 'ORGANISER' ? (
        <p>
          <Link href="/conferences/new" class="button">
            New conference
          </Link>
        </p>
      ) : null}
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
