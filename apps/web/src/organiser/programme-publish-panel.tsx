import {
  DiscardDraftDocument,
  type DraftProgrammeQuery,
  PublishProgrammeDocument,
} from '@ncasc/shared/generated';
import { useState } from 'preact/hooks';
import { asApiError, mutate } from '../api';
import { describeChange } from '../programme/change-wording';

type Draft = DraftProgrammeQuery['draftProgramme'];

/**
 * What publishing would change, its warnings, and the buttons that publish or discard the draft;
 * `onSettled` runs once the draft is published or discarded (the editor drops its "Saved … in the
 * draft" line then, which would no longer be true).
 */
export function ProgrammePublishPanel({ draft, onSettled }: { draft: Draft; onSettled?: () => void }) {
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
      onSettled?.();
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
      onSettled?.();
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
            <li key={`${c.session?.id ?? c.field}-${c.kind}-${i}`} data-kind={c.kind}>
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
          <button
            type="button"
            class="button secondary"
            disabled={busy || draft.changes.length === 0}
            onClick={() => void onDiscard()}
          >
            Discard draft
          </button>
        </div>
      </form>
    </section>
  );
}
