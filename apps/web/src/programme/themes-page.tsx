import { ThemesDocument } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { Layout, Loading, Problem } from '../ui/layout';
import { Link } from '../router';
import { plural } from '../ui/plural';

/** /themes: every theme, with how often it came up. */
export function ThemesPage() {
  const state = useQuery(ThemesDocument, {});
  return (
    <Layout title="Themes">
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link>
      </nav>
      <h1>Themes</h1>
      <p class="lead">What the conferences have talked about, year after year.</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <Problem message={state.error.message} /> : null}
      {state.status === 'ready' ? (
        <ul class="theme-list">
          {state.data.tracks.map((t) => {
            const conferences = new Set(t.sessions.map((s) => s.conference.slug)).size;
            return (
              <li key={t.slug}>
                <Link href={`/themes/${t.slug}`}>{t.name}</Link>{' '}
                <span class="count">
                  {plural(t.sessions.length, 'session')}
                  {conferences ? ` at ${plural(conferences, 'conference')}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </Layout>
  );
}
