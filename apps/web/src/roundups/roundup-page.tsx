import { RoundupDocument } from '@ncasc/shared/generated';
import { canWriteRoundups, useMe } from '../account/account';
import { useQuery } from '../api';
import { Layout, whenLoaded } from '../ui/layout';
import { RoundupByline, RoundupStatusBadge } from './roundup-bits';
import { Link, followInternalLink } from '../router';

export function RoundupPage({ id }: { id: string }) {
  const state = useQuery(RoundupDocument, { id });
  const me = useMe();
  const loaded = whenLoaded(state, (d) => d.roundup, 'write-up');
  if ('page' in loaded) return loaded.page;
  const r = loaded.value;
  const staff = canWriteRoundups(me);
  return (
    <Layout title={r.title}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link> ›{' '}
        <Link href={`/conferences/${r.conference.slug}`}>{r.conference.name}</Link> ›{' '}
        <Link href={`/conferences/${r.conference.slug}/roundups`}>Round-ups</Link>
      </nav>
      {staff ? (
        <p class="staff-bar">
          <span>
            <span class="visually-hidden">Status: </span>
            <RoundupStatusBadge status={r.status} />
          </span>
          <Link href={`/roundups/${r.id}/edit`}>
            Edit<span class="visually-hidden"> this round-up</span>
          </Link>
        </p>
      ) : null}
      <article>
        <h1>{r.title}</h1>
        <RoundupByline r={r} />
        {r.sourceFile ? <p class="muted">Our summary of the original post; the wording is ours.</p> : null}
        {/* bodyHtml is rendered from Markdown and sanitised by the API; its links to our
            pages open without reloading (a click on a link is a click, whether by mouse or key) */}
        <div class="prose" onClick={followInternalLink} dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
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
