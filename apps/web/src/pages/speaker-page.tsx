import { SPEAKER_ROLE_LABELS, SpeakerRole } from '@ncasc/shared';
import { SpeakerDocument, type SpeakerQuery } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { Layout, whenLoaded } from '../components/layout';
import { affiliation } from '../components/affiliation';
import { TypeBadge } from '../components/session-row';
import { Link } from '../router';

type Appearance = NonNullable<SpeakerQuery['speaker']>['appearances'][number];

export function SpeakerPage({ id }: { id: string }) {
  const state = useQuery(SpeakerDocument, { id });
  const loaded = whenLoaded(state, (d) => d.speaker, 'speaker');
  if ('page' in loaded) return loaded.page;
  const sp = loaded.value;
  const byConference = new Map<string, { name: string; slug: string; items: Appearance[] }>();
  for (const a of sp.appearances) {
    const c = a.session.conference;
    const entry = byConference.get(c.slug) ?? { name: c.name, slug: c.slug, items: [] };
    entry.items.push(a);
    byConference.set(c.slug, entry);
  }
  return (
    <Layout title={sp.name}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link>
      </nav>
      <h1>{sp.name}</h1>
      {sp.honorifics.length ? <p class="muted">{sp.honorifics.join(', ')}</p> : null}
      <p class="lead">{affiliation(sp.role, sp.organisation) || 'Role not given'}</p>

      <section aria-labelledby="sessions">
        <h2 id="sessions">Sessions</h2>
        {[...byConference.values()].map((c) => (
          <div key={c.slug} class="speaker-conference">
            <h3>
              <Link href={`/conferences/${c.slug}`}>{c.name}</Link>
            </h3>
            <ul class="sessions">
              {c.items.map((a) => (
                <li key={a.session.id} class="session-row">
                  <div class="session-body">
                    <h4 class="session-title">
                      <Link href={`/sessions/${a.session.id}`}>{a.session.title}</Link>
                    </h4>
                    <p class="session-meta">
                      <TypeBadge type={a.session.type} />
                      <span>{a.session.when}</span>
                      {a.role !== SpeakerRole.SPEAKER ? (
                        <span class="badge">{SPEAKER_ROLE_LABELS[a.role]}</span>
                      ) : null}
                      {a.capacity && affiliation(a.capacity, sp.organisation) !== sp.organisation ? (
                        <span class="muted">as {a.capacity}</span>
                      ) : null}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {sp.roundups.length ? (
        <section aria-labelledby="mentions">
          <h2 id="mentions">Mentioned in</h2>
          <ul>
            {sp.roundups.map((r) => (
              <li key={r.id}>
                <Link href={`/roundups/${r.id}`}>{r.title}</Link>{' '}
                <span class="muted">({r.conference.name})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
