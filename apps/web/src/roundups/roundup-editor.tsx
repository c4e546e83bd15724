import {
  CreateRoundupDocument,
  type RoundupEditFieldsFragment,
  UpdateRoundupDocument,
} from '@ncasc/shared/generated';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { asApiError, mutate } from '../api';
import { Link, navigate } from '../router';
import { carryMessage, takeCarriedMessage } from '../ui/flash';
import { Layout } from '../ui/layout';
import { MentionsPanel } from './mentions-panel';
import { RoundupStatusBadge } from './roundup-bits';
import { PreviewPanel, usePreview } from './roundup-preview';
import { RoundupPublishPanel } from './roundup-publish-panel';

type Roundup = RoundupEditFieldsFragment;
type Conference = { slug: string; name: string };

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

interface ControlAttrs {
  id: string;
  name: string;
  value: string;
  onInput: (e: Event) => void;
  ref: (el: HTMLInputElement | HTMLTextAreaElement | null) => void;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

const LABELS: Record<FieldName, string> = {
  title: 'Title',
  author: 'Author',
  publishedOn: 'Published on',
  publication: 'Publication',
  body: 'Body',
};

/** The form of a new round-up or of a saved one, with its preview, its mentions and its publishing. */
export function RoundupEditor({ conference, roundup }: { conference: Conference; roundup?: Roundup }) {
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
          <RoundupPublishPanel roundup={roundup} busy={busy} act={act} dirty={dirty} />
        </>
      ) : null}
    </Layout>
  );
}
