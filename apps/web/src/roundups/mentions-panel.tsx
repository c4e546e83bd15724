import {
  ConfirmMentionDocument,
  type MentionFieldsFragment,
  RemoveMentionDocument,
  type RoundupEditFieldsFragment,
} from '@ncasc/shared/generated';
import { mutate } from '../api';
import { MentionSummary, mentionKey, mentionName, mentionTarget } from './mention-summary';

/** The mentions of the saved text, each to confirm, remove or restore. */
export function MentionsPanel({
  roundup,
  busy,
  act,
}: {
  roundup: RoundupEditFieldsFragment;
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
