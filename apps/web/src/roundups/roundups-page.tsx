import { ConferenceRoundupsDocument } from '@ncasc/shared/generated';
import { useState } from 'preact/hooks';
import { canWriteRoundups, useMe } from '../account/account';
import { useQuery } from '../api';
import { Layout, Loading, whenLoaded } from '../ui/layout';
import { RoundupByline, RoundupStatusBadge } from './roundup-bits';
import { takeCarriedMessage } from '../ui/flash';
import { Link } from '../router';

/** The round-ups of a conference; staff see the drafts too, and start new ones here. */
export function RoundupsPage({ slug }: { slug: string }) {
  const me = useMe();
  if (me === undefined)
    return (
      <Layout title="Round-ups">
        <Loading />
      </Layout>
    );
  return <RoundupList slug={slug} staff={canWriteRoundups(me)} />;
}

function RoundupList({ slug, staff }: { slug: string; staff: boolean }) {
  const state = useQuery(ConferenceRoundupsDocument, { slug, includeDrafts: staff });
  const [message] = useState(takeCarriedMessage);
  const loaded = whenLoaded(
    state,
    (d) => d.conference,
    'conference',
    `There is no conference called “${slug}”.`,
  );
  if ('page' in loaded) return loaded.page;
  const c = loaded.value;
  const drafts = c.roundups.filter((r) => r.status === 'DRAFT').length;
  return (
    <Layout title={`Round-ups · ${c.name}`}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link> › <Link href={`/conferences/${c.slug}`}>{c.name}</Link>
      </nav>
      <h1>Round-ups</h1>
      <div role="status" class="action-status">
        {message ? <p class="status">{message}</p> : null}
      </div>
      <p class="lead">{c.name}</p>
      <p class="muted">
        Write-ups of the conference: who said what, in the words of those who were there.
        {staff && drafts ? ` Drafts (${drafts}) are shown to staff only.` : ''}
      </p>
      {staff ? (
        <p class="editor-actions">
          <Link class="button" href={`/roundups/new?conference=${encodeURIComponent(c.slug)}`}>
            Write a round-up
          </Link>
          <Link class="button secondary" href={`/conferences/${c.slug}/roundups/import`}>
            Import a post
          </Link>
        </p>
      ) : null}
      {c.roundups.length ? (
        <ul class="cards roundup-list">
          {c.roundups.map((r) => (
            <li class={`card${r.status === 'DRAFT' ? ' is-draft' : ''}`} key={r.id}>
              <h2 class="card-title">
                <Link href={`/roundups/${r.id}`}>{r.title}</Link>
              </h2>
              <RoundupByline r={r} />
              {staff ? (
                <p class="card-actions">
                  <RoundupStatusBadge status={r.status} />
                  <Link href={`/roundups/${r.id}/edit`}>
                    Edit<span class="visually-hidden"> “{r.title}”</span>
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="status">
          {staff ? 'No round-ups or drafts yet.' : 'No round-up of this conference has been published yet.'}
        </p>
      )}
    </Layout>
  );
}
