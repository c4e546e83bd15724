import {
  DAY_PART_LABELS,
  DAY_PART_ORDER,
  DayPart,
  SESSION_TYPE_LABELS,
  SessionStatus,
  SessionType,
  TimePrecision,
  groupAgenda,
} from '@ncasc/shared';
import {
  CancelSessionDocument,
  CreateSessionDocument,
  DiscardDraftDocument,
  DraftProgrammeDocument,
  type DraftProgrammeQuery,
  type DraftSessionFieldsFragment,
  PublishProgrammeDocument,
  RemoveSessionDocument,
  UpdateSessionDocument,
} from '@ncasc/shared/generated';
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { authHref, useMe } from '../account';
import { asApiError, mutate, useQuery } from '../api';
import { Layout, Loading, Problem } from '../components/layout';
import { describeChange } from '../programme/change-wording';
import { type SessionFields, emptyFields, fieldsOf, sessionInput } from '../programme/session-input';
import { Link } from '../router';

type Draft = DraftProgrammeQuery['draftProgramme'];
type Conference = Draft['conference'];

const TIMING_LABELS: Record<TimePrecision, string> = {
  [TimePrecision.EXACT]: 'Exact time',
  [TimePrecision.DAY_PART]: 'Part of a day',
  [TimePrecision.DAY]: 'Day only',
  [TimePrecision.UNKNOWN]: 'Not known',
};

/** The API's input fields, by the form field that shows their errors. */
const FIELD_OF: Record<string, keyof SessionFields> = {
  title: 'title',
  type: 'type',
  timePrecision: 'timePrecision',
  day: 'day',
  dayPart: 'dayPart',
  startsAt: 'start',
  endsAt: 'end',
  room: 'room',
  speakers: 'speakers',
  summary: 'summary',
};

export function EditProgrammePage({ slug }: { slug: string }) {
  const me = useMe();
  if (me === undefined)
    return (
      <Layout title="Edit programme">
        <Loading />
      </Layout>
    );
  if (me === null)
    return (
      <Layout title="Edit programme">
        <h1>Edit programme</h1>
        <p class="status" role="status">
          <Link href={authHref('/sign-in')}>Sign in</Link> as an organiser to edit the programme.
        </p>
      </Layout>
    );
  if (me.role !== 'ORGANISER')
    return (
      <Layout title="Edit programme">
        <h1>Edit programme</h1>
        <Problem message="Only organisers can edit the programme." />
      </Layout>
    );
  return <Editor slug={slug} />;
}

function Editor({ slug }: { slug: string }) {
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
    () => [...new Set((draft?.sessions ?? []).map((s) => s.room).filter((r): r is string => !!r))].sort(),
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
      <p class="lead">{c.name}</p>
      <p class="muted">
        Changes stay in the draft until you publish them. Times are in UK time ({c.timezone}).
      </p>
      <div role="status" class="action-status">
        {message ? <p class="status">{message}</p> : null}
      </div>
      {error ? (
        <p class="problem" role="alert">
          {error}
        </p>
      ) : null}

      <PublishPanel draft={draft} />

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
                    <span class={`badge badge-${s.type.toLowerCase()}`}>{SESSION_TYPE_LABELS[s.type]}</span>
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

function SessionForm({
  conference,
  rooms,
  session,
  onCancel,
  onSaved,
}: {
  conference: Conference;
  rooms: string[];
  session?: DraftSessionFieldsFragment;
  onCancel: () => void;
  onSaved: (s: DraftSessionFieldsFragment) => void;
}) {
  const tz = conference.timezone;
  const [fields, setFields] = useState<SessionFields>(() =>
    session ? fieldsOf(session, tz) : emptyFields(conference.days[0] ?? ''),
  );
  const [errors, setErrors] = useState<Partial<Record<keyof SessionFields, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = session ? `edit-${session.id}` : 'new-session';
  const set = <K extends keyof SessionFields>(key: K, value: SessionFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setGeneral(null);
    setErrors({});
    const built = sessionInput(fields, tz, session);
    if ('field' in built) {
      setErrors({ [FIELD_OF[built.field] ?? 'title']: built.message });
      return;
    }
    setBusy(true);
    try {
      const saved = session
        ? (await mutate(UpdateSessionDocument, { id: session.id, input: built.input })).updateSession
        : (
            await mutate(CreateSessionDocument, {
              input: { ...built.input, conferenceSlug: conference.slug },
            })
          ).createSession;
      onSaved(saved);
    } catch (err) {
      const a = asApiError(err);
      const field = a.field ? FIELD_OF[a.field] : undefined;
      if (field) setErrors({ [field]: a.message });
      else setGeneral(a.message);
      setBusy(false);
    }
  };

  const field = (
    key: keyof SessionFields,
    label: string,
    control: (a: ControlAttrs) => ComponentChildren,
  ) => {
    const id = `${prefix}-${key}`;
    const err = errors[key];
    return (
      <div class={`field${err ? ' has-error' : ''}`}>
        <label for={id}>{label}</label>
        {control({
          id,
          'aria-invalid': err ? 'true' : undefined,
          'aria-describedby': err ? `${id}-error` : undefined,
        })}
        {err ? (
          <p class="field-error" id={`${id}-error`} role="alert">
            {err}
          </p>
        ) : null}
      </div>
    );
  };
  const p = fields.timePrecision;
  const days = conference.days;
  return (
    <form class="session-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      {general ? (
        <p class="problem" role="alert">
          {general}
        </p>
      ) : null}
      {field('title', 'Title', (a) => (
        <input {...a} type="text" value={fields.title} onInput={(e) => set('title', e.currentTarget.value)} />
      ))}
      <div class="field-row">
        {field('type', 'Type', (a) => (
          <select
            {...a}
            value={fields.type}
            onChange={(e) => set('type', e.currentTarget.value as SessionType)}
          >
            {Object.values(SessionType).map((t) => (
              <option key={t} value={t}>
                {SESSION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        ))}
        {field('timePrecision', 'Timing', (a) => (
          <select
            {...a}
            value={p}
            onChange={(e) => set('timePrecision', e.currentTarget.value as TimePrecision)}
          >
            {Object.values(TimePrecision).map((t) => (
              <option key={t} value={t}>
                {TIMING_LABELS[t]}
              </option>
            ))}
          </select>
        ))}
      </div>
      {p !== TimePrecision.UNKNOWN ? (
        <div class="field-row">
          {field('day', 'Day', (a) => (
            <input
              {...a}
              type="date"
              min={days[0]}
              max={days[days.length - 1]}
              list={days.length ? `${prefix}-days` : undefined}
              value={fields.day}
              onInput={(e) => set('day', e.currentTarget.value)}
            />
          ))}
          {p === TimePrecision.DAY_PART
            ? field('dayPart', 'Part of day', (a) => (
                <select
                  {...a}
                  value={fields.dayPart}
                  onChange={(e) => set('dayPart', e.currentTarget.value as DayPart | '')}
                >
                  <option value="">Choose…</option>
                  {DAY_PART_ORDER.map((d) => (
                    <option key={d} value={d}>
                      {DAY_PART_LABELS[d][0].toUpperCase() + DAY_PART_LABELS[d].slice(1)}
                    </option>
                  ))}
                </select>
              ))
            : null}
          {days.length ? (
            <datalist id={`${prefix}-days`}>
              {days.map((d) => (
                <option key={d} value={d} />
              ))}
            </datalist>
          ) : null}
        </div>
      ) : null}
      {p === TimePrecision.EXACT ? (
        <div class="field-row">
          {field('start', 'Starts (UK time)', (a) => (
            <input
              {...a}
              type="time"
              value={fields.start}
              onInput={(e) => set('start', e.currentTarget.value)}
            />
          ))}
          {field('end', 'Ends (UK time)', (a) => (
            <input {...a} type="time" value={fields.end} onInput={(e) => set('end', e.currentTarget.value)} />
          ))}
        </div>
      ) : null}
      {field('room', 'Room', (a) => (
        <>
          <input
            {...a}
            type="text"
            list={`${prefix}-rooms`}
            value={fields.room}
            onInput={(e) => set('room', e.currentTarget.value)}
          />
          <datalist id={`${prefix}-rooms`}>
            {rooms.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </>
      ))}
      {field('speakers', 'Speakers (names, separated by commas)', (a) => (
        <input
          {...a}
          type="text"
          value={fields.speakers}
          onInput={(e) => set('speakers', e.currentTarget.value)}
        />
      ))}
      {field('summary', 'Summary', (a) => (
        <textarea
          {...a}
          rows={3}
          value={fields.summary}
          onInput={(e) => set('summary', e.currentTarget.value)}
        />
      ))}
      <div class="editor-actions">
        <button type="submit" class="button" disabled={busy}>
          {session ? 'Save changes' : 'Add session'}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Close form
        </button>
      </div>
    </form>
  );
}

interface ControlAttrs {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

function PublishPanel({ draft }: { draft: Draft }) {
  const slug = draft.conference.slug;
  const [note, setNote] = useState('');
  const [accept, setAccept] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const hasWarnings = draft.warnings.length > 0;

  const onPublish = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setResult(null);
    if (hasWarnings && !accept) {
      setError({
        message: 'Tick “Publish despite these warnings” to publish anyway.',
        field: 'acceptWarnings',
      });
      return;
    }
    setBusy(true);
    try {
      const v = (
        await mutate(PublishProgrammeDocument, {
          slug,
          note: note.trim() || null,
          acceptWarnings: hasWarnings ? accept : null,
        })
      ).publishProgramme;
      setResult(`Published version ${v.number}`);
      setNote('');
      setAccept(false);
    } catch (err) {
      const a = asApiError(err);
      setError({ message: a.message, field: a.field });
    } finally {
      setBusy(false);
    }
  };
  const onDiscard = async () => {
    if (!window.confirm('Throw away every change in the draft since the last publish?')) return;
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      await mutate(DiscardDraftDocument, { slug });
      setResult('Draft discarded');
    } catch (err) {
      setError({ message: asApiError(err).message });
    } finally {
      setBusy(false);
    }
  };
  const warningError = error?.field === 'acceptWarnings' ? error.message : null;
  return (
    <section class="publish-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish</h2>
      <div role="status">{result ? <p class="status">{result}</p> : null}</div>
      {error && !warningError ? (
        <p class="problem" role="alert">
          {error.message}
        </p>
      ) : null}
      <h3>Changes to publish</h3>
      {draft.changes.length ? (
        <ul class="change-list" aria-label="Changes to publish">
          {draft.changes.map((c, i) => (
            <li key={`${c.session.id}-${c.kind}-${i}`} data-kind={c.kind}>
              {describeChange(c)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">The draft is the same as the published programme.</p>
      )}
      <form onSubmit={(e) => void onPublish(e)} noValidate>
        {hasWarnings ? (
          <div class="warnings">
            <h3>Warnings</h3>
            <ul>
              {draft.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
            <div class={`field checkbox${warningError ? ' has-error' : ''}`}>
              <input
                id="accept-warnings"
                type="checkbox"
                required
                checked={accept}
                aria-invalid={warningError ? 'true' : undefined}
                aria-describedby={warningError ? 'accept-warnings-error' : undefined}
                onChange={(e) => setAccept(e.currentTarget.checked)}
              />
              <label for="accept-warnings">Publish despite these warnings</label>
              {warningError ? (
                <p class="field-error" id="accept-warnings-error" role="alert">
                  {warningError}
                </p>
              ) : null}
            </div>
          </div>
        ) : null}
        <div class="field">
          <label for="publish-note">Note for delegates (what changed and why)</label>
          <textarea id="publish-note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <div class="editor-actions">
          <button type="submit" class="button" disabled={busy || draft.changes.length === 0}>
            Publish
          </button>
          <button type="button" class="button secondary" disabled={busy} onClick={() => void onDiscard()}>
            Discard draft
          </button>
        </div>
      </form>
    </section>
  );
}
