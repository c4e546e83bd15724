import { RoundupDocument } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { Layout, whenLoaded } from '../components/layout';
import { Link } from '../router';

export function RoundupPage({ id }: { id: string }) {
  const state = useQuery(RoundupDocument, { id });
  const loaded = whenLoaded(state, (d) => d.roundup, 'write-up');
  if ('page' in loaded) return loaded.page;
  const r = loaded.value;
  return (
    <Layout title={r.title}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link> ›{' '}
        <Link href={`/conferences/${r.conference.slug}`}>{r.conference.name}</Link>
      </nav>
      <article>
        <h1>{r.title}</h1>
        <p class="muted">{[r.publication, r.author, r.publishedOn].filter(Boolean).join(' · ')}</p>
        <p class="muted">Our summary of the original post; the wording is ours.</p>
        {/* bodyHtml is rendered from Markdown and sanitised by the API */}
        <div class="prose" dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
      </article>
      {r.speakers.length ? (
        <section aria-labelledby="people">
          <h2 id="people">People mentioned</h2>
          <ul class="inline-list">
            {r.speakers.map((s) => (
              <li key={s.id}>
                <Link href={`/speakers/${s.id}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {r.sessions.length ? (
        <section aria-labelledby="sessions">
          <h2 id="sessions">Sessions mentioned</h2>
          <ul>
            {r.sessions.map((s) => (
              <li key={s.id}>
                <Link href={`/sessions/${s.id}`}>{s.title}</Link> <span class="muted">— {s.when}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
