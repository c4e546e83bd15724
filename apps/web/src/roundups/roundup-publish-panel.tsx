import {
  DeleteRoundupDocument,
  PublishRoundupDocument,
  type RoundupEditFieldsFragment,
  UnpublishRoundupDocument,
} from '@ncasc/shared/generated';
import { mutate } from '../api';
import { navigate } from '../router';
import { carryMessage } from '../ui/flash';

/** Publishes or unpublishes a saved round-up, or deletes it. */
export function RoundupPublishPanel({
  roundup,
  busy,
  dirty,
  act,
}: {
  roundup: RoundupEditFieldsFragment;
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
