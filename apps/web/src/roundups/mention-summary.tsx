import type { MentionFieldsFragment } from '@ncasc/shared/generated';

export const mentionTarget = (m: MentionFieldsFragment) => (m.kind === 'SPEAKER' ? m.speaker : m.session);
export const mentionKey = (m: MentionFieldsFragment) => `${m.kind}-${mentionTarget(m)?.id ?? m.matchedText}`;
export const mentionName = (m: MentionFieldsFragment) =>
  m.speaker?.name ?? m.session?.title ?? m.matchedText ?? 'Unknown';

const MENTION_STATUS: Record<MentionFieldsFragment['status'], string> = {
  SUGGESTED: 'Suggested',
  CONFIRMED: 'Confirmed',
  REMOVED: 'Removed',
};

export function MentionSummary({
  m,
  withStatus = false,
}: {
  m: MentionFieldsFragment;
  withStatus?: boolean;
}) {
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
