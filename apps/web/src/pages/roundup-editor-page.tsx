import {
  ConferenceNameDocument,
  ConfirmMentionDocument,
  CreateRoundupDocument,
  DeleteRoundupDocument,
  ImportRoundupDocument,
  type MentionFieldsFragment,
  PreviewRoundupDocument,
  type PreviewRoundupQuery,
  PublishRoundupDocument,
  RemoveMentionDocument,
  type RoundupEditFieldsFragment,
  RoundupForEditDocument,
  UnpublishRoundupDocument,
  UpdateRoundupDocument,
} from '@ncasc/shared/generated';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { authHref, canWriteRoundups, useMe } from '../account';
import { asApiError, mutate, request, useQuery } from '../api';
import { Layout, Loading, Problem, whenLoaded } from '../components/layout';
import { RoundupStatusBadge } from '../components/roundup-bits';
import { carryMessage, takeCarriedMessage } from '../flash';
import { Link, navigate, useSearch } from '../router';

type Roundup = RoundupEditFieldsFragment;
type Conference = { slug: string; name: string };

/** Staff and organisers only: a sign-in link for visitors, a message for delegates. */
function StaffOnly({ title, children }: { title: string; children: () => ComponentChildren }) {
  const me = useMe();
  if (me === undefined)
    return (
      <Layout title={title}>
        <Loading />
      </Layout>
    );
  if (me === null)
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <p class="status" role="status">
          <Link href={authHref('/sign-in')}>Sign in</Link> as staff to write round-ups.
        </p>
      </Layout>
    );
  if (!canWriteRoundups(me))
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <Problem message="Only staff can write round-ups." />
      </Layout>
    );
  return <>{children()}</>;
}

// ---- pages ------------------------------------------------------------------------------------------

/** /roundups/new?conference=ncasc-2018 */
export function NewRoundupPage() {
  const slug = new URLSearchParams(useSearch()).get('conference') ?? '';
  return <StaffOnly title="Write a round-up">{() => <NewRoundup slug={slug} />}</StaffOnly>;
}

function NewRoundup({ slug }: { slug: string }) {
  const state = useQuery(ConferenceNameDocument, { slug });
  const loaded = whenLoaded(
    state,
    (d) => d.conference,
    'conference',
    slug ? `There is no conference called “${slug}”.` : 'Choose a conference to write a round-up of.',
  );
  if ('page' in loaded) return loaded.page;
  return <RoundupEditor conference={loaded.value} />;
}

/** /roundups/:id/edit */
export function EditRoundupPage({ id }: { id: string }) {
  return <StaffOnly title="Edit round-up">{() => <EditRoundup id={id} />}</StaffOnly>;
}

function EditRoundup({ id }: { id: string }) {
  const state = useQuery(RoundupForEditDocument, { id });
  const loaded = whenLoaded(state, (d) => d.roundup, 'round-up');
  if ('page' in loaded) return loaded.page;
  const r = loaded.value;
  return <RoundupEditor key={r.id} conference={r.conference} roundup={r} />;
}

/** /conferences/:slug/roundups/import */
export function ImportRoundupPage({ slug }: { slug: string }) {
  return <StaffOnly title="Import a post">{() => <ImportRoundup slug={slug} />}</StaffOnly>;
}

function ImportRoundup({ slug }: { slug: string }) {
  const state = useQuery(ConferenceNameDocument, { slug });
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const loaded = whenLoaded(
    state,
    (d) => d.conference,
    'conference',
    `There is no conference called “${slug}”.`,
  );
  if ('page' in loaded) return loaded.page;
  const c = loaded.value;
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setError('Paste the text of the post');
      textRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const r = (await mutate(ImportRoundupDocument, { input: { conferenceSlug: c.slug, text } }))
        .importRoundup;
      carryMessage(
        'Imported as a draft. Check the title, author and date, and the mentions, before publishing.',
      );
      navigate(`/roundups/${r.id}/edit`, true);
    } catch (err) {
      setError(asApiError(err).message);
      setBusy(false);
      textRef.current?.focus();
    }
  };
  return (
    <Layout title={`Import a post · ${c.name}`}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href={`/conferences/${c.slug}`}>{c.name}</Link> ›{' '}
        <Link href={`/conferences/${c.slug}/roundups`}>Round-ups</Link>
      </nav>
      <h1>Import a post</h1>
      <p class="lead">{c.name}</p>
      <form class="roundup-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <div class={`field${error ? ' has-error' : ''}`}>
          <label for="import-text">Text of the post</label>
          <p class="hint" id="import-text-hint">
            Paste the whole post as plain text. It becomes a draft round-up, with the people and sessions it
            names suggested as mentions, for you to check before publishing.
          </p>
          {error ? (
            <p class="field-error" id="import-text-error" role="alert">
              <span class="visually-hidden">Error: </span>
              {error}
            </p>
          ) : null}
          <textarea
            id="import-text"
            ref={textRef}
            rows={16}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'import-text-hint import-text-error' : 'import-text-hint'}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <div role="status" class="visually-hidden">
          {busy ? 'Importing…' : ''}
        </div>
        <div class="editor-actions">
          <button type="submit" class="button" disabled={busy}>
            Import
          </button>
          <Link class="button secondary" href={`/conferences/${c.slug}/roundups`}>
            Cancel
          </Link>
        </div>
      </form>
    </Layout>
  );
}

// ---- the editor -------------------------------------------------------------------------------------

interface Fields {
  title: string;
  author: string;
  publishedOn: string;
  publication: string;
  body: string;
}
type FieldName = keyof Fields;
const FIELD_NAMES: FieldName[] = ['title', 'author', 'publishedOn', 'publication', 'body'];

function fieldsOf(r: Roundup | undefined): Fields {
  return {
    title: r?.title ?? '',
    author: r?.author ?? '',
    publishedOn: r?.publishedOn ?? '',
    publication: r?.publication ?? '',
    body: r?.bodyMarkdown ?? '',
  };
}

const sameFields = (a: Fields, b: Fields) => FIELD_NAMES.every((f) => a[f] === b[f]);

/** The form field an API error names ("title", "input.publishedOn"…), if it is one of ours. */
function fieldOf(name: string | undefined): FieldName | undefined {
  const f = name?.replace(/^input\./, '');
  return FIELD_NAMES.find((x) => x === f);
}

type Preview = PreviewRoundupQuery['previewRoundup'];
interface ControlAttrs {
  id: string;
  name: string;
  value: string;
  onInput: (e: Event) => void;
  ref: (el: HTMLInputElement | HTMLTextAreaElement | null) => void;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

type PreviewState =
  | { status: 'idle' }
  | { status: 'loading'; last: Preview | null }
  | { status: 'ready'; data: Preview }
  | { status: 'error'; message: string };

/** The rendered text and its suggested mentions, asked for 400 ms after the typing stops. */
function usePreview(conferenceSlug: string, body: string): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  useEffect(() => {
    if (!body.trim()) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState((s) => ({
      status: 'loading',
      last: s.status === 'ready' ? s.data : s.status === 'loading' ? s.last : null,
    }));
    const timer = setTimeout(() => {
      request(PreviewRoundupDocument, { conferenceSlug, body }).then(
        (d) => live && setState({ status: 'ready', data: d.previewRoundup }),
        (e: unknown) => live && setState({ status: 'error', message: asApiError(e).message }),
      );
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [conferenceSlug, body]);
  return state;
}

const LABELS: Record<FieldName, string> = {
  title: 'Title',
  author: 'Author',
  publishedOn: 'Published on',
  publication: 'Publication',
  body: 'Body',
};

function RoundupEditor({ conference, roundup }: { conference: Conference; roundup?: Roundup }) {
  const [fields, setFields] = useState<Fields>(() => fieldsOf(roundup));
  const [saved, setSaved] = useState<Fields>(() => fieldsOf(roundup));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(() => takeCarriedMessage());
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<FieldName, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const generalRef = useRef<HTMLDivElement>(null);
  const preview = usePreview(conference.slug, fields.body);
  const dirty = !sameFields(fields, saved);
  const title = roundup ? 'Edit round-up' : 'Write a round-up';

  const set = (f: FieldName) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    setFields((v) => ({ ...v, [f]: value }));
  };

  const show = (found: Partial<Record<FieldName, string>>, problem: string | null = null) => {
    setErrors(found);
    setGeneral(problem);
    const first = FIELD_NAMES.find((f) => found[f]);
    setTimeout(() => (first ? inputs.current[first]?.focus() : generalRef.current?.focus()), 0);
  };

  /** Saves the form; true when it is saved (or there was nothing to save). */
  const save = async (): Promise<boolean> => {
    const found: Partial<Record<FieldName, string>> = {};
    if (!fields.title.trim()) found.title = 'Enter a title';
    if (!fields.body.trim()) found.body = 'Write the round-up';
    if (Object.keys(found).length) {
      show(found);
      return false;
    }
    if (roundup && !dirty) return true;
    setErrors({});
    setGeneral(null);
    const input = {
      title: fields.title.trim(),
      body: fields.body,
      author: fields.author.trim() || null,
      publishedOn: fields.publishedOn || null,
      publication: fields.publication.trim() || null,
    };
    try {
      if (roundup) {
        const r = (await mutate(UpdateRoundupDocument, { id: roundup.id, input })).updateRoundup;
        setSaved(fieldsOf(r));
        setFields((f) => (sameFields(f, fields) ? fieldsOf(r) : f));
      } else {
        const r = (
          await mutate(CreateRoundupDocument, { input: { ...input, conferenceSlug: conference.slug } })
        ).createRoundup;
        carryMessage('Saved as a draft. Confirm the mentions below, then publish.');
        navigate(`/roundups/${r.id}/edit`, true);
      }
      return true;
    } catch (err) {
      const a = asApiError(err);
      const f = fieldOf(a.field);
      if (f) show({ [f]: a.message });
      else show({}, a.message);
      return false;
    }
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const ok = await save();
    setBusy(false);
    if (ok && roundup) setMessage('Saved. The mentions below are from the saved text.');
  };

  /** Runs an action on the saved round-up (saving the form first), showing what happened. */
  const act = async (what: () => Promise<unknown>, done: string | null) => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    setGeneral(null);
    try {
      if (!(await save())) return;
      await what();
      if (done) setMessage(done);
    } catch (err) {
      show({}, asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: FieldName, control: (a: ControlAttrs) => ComponentChildren, hint?: string) => {
    const id = `roundup-${name}`;
    const err = errors[name];
    const described = [hint ? `${id}-hint` : null, err ? `${id}-error` : null].filter(Boolean).join(' ');
    return (
      <div class={`field${err ? ' has-error' : ''}`}>
        <label for={id}>{LABELS[name]}</label>
        {hint ? (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {err ? (
          <p class="field-error" id={`${id}-error`}>
            <span class="visually-hidden">Error: </span>
            {err}
          </p>
        ) : null}
        {control({
          id,
          name,
          value: fields[name],
          onInput: set(name),
          ref: (el) => {
            inputs.current[name] = el;
          },
          'aria-invalid': err ? 'true' : undefined,
          'aria-describedby': described || undefined,
        })}
      </div>
    );
  };

  return (
    <Layout title={roundup ? `Edit · ${roundup.title}` : `${title} · ${conference.name}`}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href={`/conferences/${conference.slug}`}>{conference.name}</Link> ›{' '}
        <Link href={`/conferences/${conference.slug}/roundups`}>Round-ups</Link>
      </nav>
      <h1>{title}</h1>
      <p class="lead">{conference.name}</p>
      {roundup ? (
        <p class="staff-bar">
          <span>
            <span class="visually-hidden">Status: </span>
            <RoundupStatusBadge status={roundup.status} />
          </span>
          <Link href={`/roundups/${roundup.id}`}>
            {roundup.status === 'PUBLISHED' ? 'Read it as published' : 'Read the draft'}
          </Link>
          <span class="muted">
            Last saved{' '}
            <time dateTime={roundup.updatedAt}>
              {new Date(roundup.updatedAt).toLocaleString('en-GB', {
                dateStyle: 'medium',
                timeStyle: 'short',
              })}
            </time>
          </span>
        </p>
      ) : null}
      <div role="status" class="action-status">
        {message ? <p class="status">{message}</p> : null}
      </div>
      <div ref={generalRef} tabIndex={-1} class="form-problem-slot">
        {general ? (
          <p class="problem" role="alert">
            {general}
          </p>
        ) : null}
      </div>

      <div class="roundup-editor">
        <form class="roundup-form" noValidate onSubmit={(e) => void onSubmit(e)}>
          {field('title', (a) => (
            <input {...a} type="text" maxLength={300} required />
          ))}
          <div class="field-row">
            {field('author', (a) => (
              <input {...a} type="text" maxLength={200} autoComplete="off" />
            ))}
            {field('publishedOn', (a) => (
              <input {...a} type="date" />
            ))}
          </div>
          {field(
            'publication',
            (a) => (
              <input {...a} type="text" maxLength={200} />
            ),
            'Where it appeared, e.g. “ADCS blog”.',
          )}
          {field(
            'body',
            (a) => (
              <textarea {...a} rows={16} class="markdown" spellcheck required />
            ),
            'Markdown. Name people and sessions as the programme does: they are suggested as mentions.',
          )}
          <div class="editor-actions">
            <button type="submit" class="button" disabled={busy}>
              {roundup ? 'Save changes' : 'Save draft'}
            </button>
            {roundup && dirty ? <span class="muted unsaved">Unsaved changes</span> : null}
          </div>
        </form>

        <PreviewPanel state={preview} />
      </div>

      {roundup ? (
        <>
          <MentionsPanel roundup={roundup} busy={busy} act={act} />
          <PublishPanel roundup={roundup} busy={busy} act={act} dirty={dirty} />
        </>
      ) : null}
    </Layout>
  );
}

/** Opens a link in the preview in a new tab, so the text being written stays. */
function openPreviewLink(e: MouseEvent) {
  const a = (e.target as Element | null)?.closest?.('a[href]');
  if (!a) return;
  e.preventDefault();
  window.open(a.getAttribute('href')!, '_blank', 'noopener');
}

function PreviewPanel({ state }: { state: PreviewState }) {
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.last : null;
  return (
    <section class="roundup-preview" aria-labelledby="preview-heading" aria-busy={state.status === 'loading'}>
      <h2 id="preview-heading">Preview</h2>
      {state.status === 'idle' ? <p class="muted">The preview appears as you write.</p> : null}
      {state.status === 'error' ? <p class="problem">Could not show the preview: {state.message}</p> : null}
      {state.status === 'loading' && !data ? <p class="muted">Updating the preview…</p> : null}
      {data ? (
        <>
          {/* rendered and sanitised by the API; links open in a new tab, keeping this page */}
          <div
            class="prose preview-body"
            onClick={openPreviewLink}
            dangerouslySetInnerHTML={{ __html: data.bodyHtml }}
          />
          <h3 id="suggested-heading">Suggested mentions</h3>
          {data.mentions.length ? (
            <ul class="mention-list" aria-labelledby="suggested-heading">
              {data.mentions.map((m) => (
                <li key={mentionKey(m)} class="mention-item">
                  <MentionSummary m={m} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">The text names no speaker or session of this conference that we know of.</p>
          )}
        </>
      ) : null}
    </section>
  );
}

const mentionTarget = (m: MentionFieldsFragment) => (m.kind === 'SPEAKER' ? m.speaker : m.session);
const mentionKey = (m: MentionFieldsFragment) => `${m.kind}-${mentionTarget(m)?.id ?? m.matchedText}`;
const mentionName = (m: MentionFieldsFragment) =>
  m.speaker?.name ?? m.session?.title ?? m.matchedText ?? 'Unknown';

const MENTION_STATUS: Record<MentionFieldsFragment['status'], string> = {
  SUGGESTED: 'Suggested',
  CONFIRMED: 'Confirmed',
  REMOVED: 'Removed',
};

function MentionSummary({ m, withStatus = false }: { m: MentionFieldsFragment; withStatus?: boolean }) {
  const href = m.speaker ? `/speakers/${m.speaker.id}` : m.session ? `/sessions/${m.session.id}` : null;
  return (
    <>
      <p class="mention-head">
        <span class="badge">{m.kind === 'SPEAKER' ? 'Speaker' : 'Session'}</span>{' '}
        {href ? (
          <a href={href} target="_blank" rel="noopener">
            {mentionName(m)}
          </a>
        ) : (
          <strong>{mentionName(m)}</strong>
        )}
        {withStatus ? (
          <>
            {' '}
            <span class={`badge badge-mention-${m.status.toLowerCase()}`}>{MENTION_STATUS[m.status]}</span>
          </>
        ) : null}
      </p>
      {m.matchedText ? <p class="mention-matched">Matched “{m.matchedText}”</p> : null}
      {m.excerpt ? <p class="mention-excerpt">{m.excerpt}</p> : null}
    </>
  );
}

function MentionsPanel({
  roundup,
  busy,
  act,
}: {
  roundup: Roundup;
  busy: boolean;
  act: (what: () => Promise<unknown>, done: string | null) => Promise<void>;
}) {
  const change = (m: MentionFieldsFragment, confirm: boolean) => {
    const target = mentionTarget(m);
    if (!target) return;
    const input = { roundupId: roundup.id, kind: m.kind, targetId: target.id };
    void act(
      () => (confirm ? mutate(ConfirmMentionDocument, { input }) : mutate(RemoveMentionDocument, { input })),
      confirm ? `Confirmed “${mentionName(m)}”: it is a link.` : `Removed “${mentionName(m)}”.`,
    );
  };
  const waiting = roundup.mentions.filter((m) => m.status === 'SUGGESTED').length;
  return (
    <section class="mentions-panel" aria-labelledby="mentions-heading">
      <h2 id="mentions-heading">Mentions</h2>
      <p class="muted">
        Confirmed mentions link the text to the speaker’s or session’s page, and list this round-up there once
        it is published. Publishing confirms the suggestions still waiting
        {waiting ? ` (${waiting} now)` : ''}.
      </p>
      {roundup.mentions.length ? (
        <ul class="mention-list" aria-label="Mentions in the saved text">
          {roundup.mentions.map((m) => (
            <li key={mentionKey(m)} class={`mention-item mention-${m.status.toLowerCase()}`}>
              <MentionSummary m={m} withStatus />
              {mentionTarget(m) ? (
                <div class="editor-actions">
                  {m.status !== 'CONFIRMED' ? (
                    <button
                      type="button"
                      class="button secondary small"
                      disabled={busy}
                      onClick={() => change(m, true)}
                    >
                      {m.status === 'REMOVED' ? 'Restore' : 'Confirm'}
                      <span class="visually-hidden"> {mentionName(m)}</span>
                    </button>
                  ) : null}
                  {m.status !== 'REMOVED' ? (
                    <button
                      type="button"
                      class="button secondary small danger"
                      disabled={busy}
                      onClick={() => change(m, false)}
                    >
                      Remove<span class="visually-hidden"> {mentionName(m)}</span>
                    </button>
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="status">The saved text names no speaker or session of this conference that we know of.</p>
      )}
    </section>
  );
}

function PublishPanel({
  roundup,
  busy,
  dirty,
  act,
}: {
  roundup: Roundup;
  busy: boolean;
  dirty: boolean;
  act: (what: () => Promise<unknown>, done: string | null) => Promise<void>;
}) {
  const slug = roundup.conference.slug;
  const published = roundup.status === 'PUBLISHED';
  const onDelete = () => {
    if (!window.confirm(`Delete “${roundup.title}”? This cannot be undone.`)) return;
    void act(async () => {
      await mutate(DeleteRoundupDocument, { id: roundup.id });
      carryMessage(`Deleted “${roundup.title}”.`);
      navigate(`/conferences/${slug}/roundups`, true);
    }, null);
  };
  return (
    <section class="publish-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish</h2>
      <p>
        {published
          ? 'Published: everyone can read it, and it is listed on the conference and on the pages it mentions.'
          : 'A draft: only staff can read it.'}
        {dirty ? ' Your unsaved changes are saved first.' : ''}
      </p>
      <div class="editor-actions">
        {published ? (
          <button
            type="button"
            class="button secondary"
            disabled={busy}
            onClick={() =>
              void act(
                () => mutate(UnpublishRoundupDocument, { id: roundup.id }),
                'Unpublished: it is a draft again.',
              )
            }
          >
            Unpublish
          </button>
        ) : (
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={() => void act(() => mutate(PublishRoundupDocument, { id: roundup.id }), 'Published.')}
          >
            Publish
          </button>
        )}
        <button type="button" class="button secondary danger" disabled={busy} onClick={onDelete}>
          Delete
        </button>
      </div>
    </section>
  );
}
