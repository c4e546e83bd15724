import { ConferenceNameDocument, ImportRoundupDocument } from '@ncasc/shared/generated';
import { useRef, useState } from 'preact/hooks';
import { asApiError, mutate, useQuery } from '../api';
import { Link, navigate } from '../router';
import { carryMessage } from '../ui/flash';
import { Layout, whenLoaded } from '../ui/layout';
import { StaffOnly } from './staff-only';
import { FieldError } from '../ui/field-error';

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
          <FieldError id="import-text-error" message={error} />
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
