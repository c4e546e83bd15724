import { SessionStatus, groupAgenda } from '@ncasc/shared';
import {
  CancelSessionDocument,
  DraftProgrammeDocument,
  RemoveSessionDocument,
  UpdateSessionDocument,
} from '@ncasc/shared/generated';
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { asApiError, mutate, useQuery } from '../api';
import { TypeBadge } from '../programme/session-row';
import { Link } from '../router';
import { Layout, Loading, Problem } from '../ui/layout';
import { ProgrammePublishPanel } from './programme-publish-panel';
import { SessionForm } from './session-form';

/** The draft programme of a conference: its sessions, each editable, and the panel that publishes it. */
export function ProgrammeEditor({ slug }: { slug: string }) {
  const state = useQuery(DraftProgrammeDocument, { slug });
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const draft = state.status === 'ready' ? state.data.draftProgramme : null;
  const agenda = useMemo(
    () =>
      draft
        ? groupAgenda(
            draft.sessions.map((s, i) => ({ ...s, sequence: i })),
            draft.conference.days,
            draft.conference.timezone,
          )
        : [],
    [draft],
  );
  const rooms = useMemo(
    () =>
      [
        ...new Set([
          ...(draft?.rooms ?? []).map((r) => r.name),
          ...(draft?.sessions ?? []).map((s) => s.room).filter((r): r is string => !!r),
        ]),
      ].sort(),
    [draft],
  );
  if (state.status === 'loading')
    return (
      <Layout title="Edit programme">
        <Loading />
      </Layout>
    );
  if (state.status === 'error' || !draft)
    return (
      <Layout title="Edit programme">
        <Problem
          message={
            state.status === 'error' && state.error.code !== 'BAD_USER_INPUT'
              ? state.error.message
              : `There is no conference called “${slug}”.`
          }
        />
      </Layout>
    );
  const c = draft.conference;

  const act = async (what: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await what();
      setMessage(done);
    } catch (e) {
      setError(asApiError(e).message);
    } finally {
      setBusy(false);
    }
  };
  const onSaved = (text: string) => {
    setEditing(null);
    setError(null);
    setMessage(text);
  };

  return (
    <Layout title={`Edit programme · ${c.name}`}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href={`/conferences/${c.slug}`}>{c.name}</Link>
      </nav>
      <h1>Edit programme</h1>
      <p class="lead">
        {c.name}
        {c.isPublished ? null : <span class="badge badge-unpublished"> Not yet published</span>}
      </p>
      <p class="muted">
        Changes stay in the draft until you publish them. Times are in the conference’s zone ({c.timezone}).
      </p>
      <p>
        <Link href={`/conferences/${c.slug}/settings`}>Conference settings</Link> (name, dates, place, rooms)
      </p>
      <p>
        <Link href={`/conferences/${c.slug}/import`}>Import a programme file</Link> (CSV, Excel, frab XML or
        schedule JSON) into the draft.
      </p>
      <p>
        <a href={`/exports/feedback/${c.slug}.csv`} download>
          Download delegates’ feedback
        </a>{' '}
        (CSV, without names; each session’s ratings are also on its page)
      </p>
      <div role="status" class="action-status">
        {message ? <p class="status">{message}</p> : null}
      </div>
      {error ? (
        <p class="problem" role="alert">
          {error}
        </p>
      ) : null}

      <ProgrammePublishPanel draft={draft} onSettled={() => setMessage(null)} />

      <section aria-labelledby="add-session" class="editor-add">
        <h2 id="add-session">Add a session</h2>
        {editing === 'new' ? (
          <SessionForm
            conference={c}
            rooms={rooms}
            onCancel={() => setEditing(null)}
            onSaved={(s) => onSaved(`Added “${s.title}” to the draft.`)}
          />
        ) : (
          <button
            type="button"
            class="button"
            onClick={() => {
              setMessage(null);
              setEditing('new');
            }}
          >
            Add a session
          </button>
        )}
      </section>

      <h2>Draft sessions</h2>
      {agenda.map((d) => (
        <section class="agenda-day" key={d.day ?? 'none'} aria-labelledby={`eh-${d.day ?? 'none'}`}>
          <h3 id={`eh-${d.day ?? 'none'}`}>{d.label}</h3>
          {d.count === 0 ? <p class="muted">No sessions on this day.</p> : null}
          <ul class="editor-sessions">
            {d.groups.flatMap((g) =>
              g.sessions.map((s) => (
                <li
                  key={s.id}
                  class={`editor-session${s.status === SessionStatus.CANCELLED ? ' cancelled' : ''}${s.removed ? ' removed' : ''}`}
                >
                  <p class="editor-session-title">
                    <strong>{s.title}</strong>
                  </p>
                  <p class="editor-session-meta">
                    {s.when}
                    {s.room ? ` · ${s.room}` : ''}
                  </p>
                  <p class="badges">
                    <TypeBadge type={s.type} />
                    {s.status === SessionStatus.CANCELLED ? (
                      <span class="badge badge-cancelled">Cancelled</span>
                    ) : null}
                    {s.isNew ? <span class="badge badge-new">New</span> : null}
                    {s.removed ? <span class="badge badge-removed">To be removed</span> : null}
                  </p>
                  {editing === s.id ? (
                    <SessionForm
                      conference={c}
                      rooms={rooms}
                      session={s}
                      onCancel={() => setEditing(null)}
                      onSaved={(x) => onSaved(`Saved “${x.title}” in the draft.`)}
                    />
                  ) : s.removed ? null : (
                    <div class="editor-actions">
                      <button
                        type="button"
                        class="button secondary small"
                        disabled={busy}
                        onClick={() => {
                          setMessage(null);
                          setEditing(s.id);
                        }}
                      >
                        Edit<Hidden> “{s.title}”</Hidden>
                      </button>
                      {s.status === SessionStatus.CANCELLED ? (
                        <button
                          type="button"
                          class="button secondary small"
                          disabled={busy}
                          onClick={() =>
                            void act(
                              () =>
                                mutate(UpdateSessionDocument, {
                                  id: s.id,
                                  input: { status: SessionStatus.SCHEDULED },
                                }),
                              `Restored “${s.title}” in the draft.`,
                            )
                          }
                        >
                          Restore<Hidden> “{s.title}”</Hidden>
                        </button>
                      ) : (
                        <button
                          type="button"
                          class="button secondary small"
                          disabled={busy}
                          onClick={() =>
                            void act(
                              () => mutate(CancelSessionDocument, { id: s.id }),
                              `Cancelled “${s.title}” in the draft.`,
                            )
                          }
                        >
                          Cancel<Hidden> “{s.title}”</Hidden>
                        </button>
                      )}
                      <button
                        type="button"
                        class="button secondary small danger"
                        disabled={busy}
                        onClick={() => {
                          if (!window.confirm(`Remove “${s.title}” from the programme at the next publish?`))
                            return;
                          void act(
                            () => mutate(RemoveSessionDocument, { id: s.id }),
                            `“${s.title}” will be removed when you publish.`,
                          );
                        }}
                      >
                        Remove<Hidden> “{s.title}”</Hidden>
                      </button>
                    </div>
                  )}
                </li>
              )),
            )}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

function Hidden({ children }: { children: ComponentChildren }) {
  return <span class="visually-hidden">{children}</span>;
}
