import { affiliation, SPEAKER_ROLE_LABELS, SpeakerRole } from '@ncasc/shared';
import { SpeakerDocument } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { Layout, whenLoaded } from '../ui/layout';
import { groupByYear, groupByYearAndConference } from './grouping';
import { RoundupByline } from '../roundups/roundup-bits';
import { TypeBadge } from './session-row';
import { Link } from '../router';

export function SpeakerPage({ id }: { id: string }) {
  const state = useQuery(SpeakerDocument, { id });
  const loaded = whenLoaded(state, (d) => d.speaker, 'speaker');
  if ('page' in loaded) return loaded.page;
  const sp = loaded.value;
  // oldest first, as the API gives them: a career across the years
  const years = groupByYearAndConference(sp.appearances, (a) => a.session.conference);
  const mentionYears = groupByYear(sp.roundups, (r) => r.conference.year);
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
        {years.map((y) => (
          <div key={y.year} class="year-group">
            <h3 class="year-heading">{y.year}</h3>
            {y.conferences.map(({ conference: c, items }) => (
              <div key={c.slug} class="speaker-conference">
                <h4>
                  <Link href={`/conferences/${c.slug}`}>{c.name}</Link>
                </h4>
                <ul class="sessions">
                  {items.map((a) => (
                    <li key={a.session.id} class="session-row">
                      <div class="session-body">
                        <h5 class="session-title">
                          <Link href={`/sessions/${a.session.id}`}>{a.session.title}</Link>
                        </h5>
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
          </div>
        ))}
        {years.length ? null : <p class="muted">No sessions are recorded for them.</p>}
      </section>

      {sp.roundups.length ? (
        <section aria-labelledby="mentions">
          <h2 id="mentions">Mentioned in</h2>
          {mentionYears.map((y) => (
            <div key={y.year} class="year-group">
              <h3 class="year-heading">{y.year}</h3>
              <ul class="mentioned-in">
                {y.items.map((r) => (
                  <li key={r.id}>
                    <Link href={`/roundups/${r.id}`}>{r.title}</Link>
                    <RoundupByline
                      class="muted"
                      r={{
                        ...r,
                        publication: [r.conference.name, r.publication].filter(Boolean).join(' · '),
                      }}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
    </Layout>
  );
}
