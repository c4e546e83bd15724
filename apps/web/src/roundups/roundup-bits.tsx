import { formatDateRange } from '@ncasc/shared';
import type { RoundupStatus } from '@ncasc/shared/generated';

/** "ADCS blog · Jane Smith · 20 November 2018", leaving out what is not known. */
export function RoundupByline({
  r,
  class: className = 'muted',
}: {
  r: { publication: string | null; author: string | null; publishedOn: string | null };
  class?: string;
}) {
  const words = [r.publication, r.author].filter(Boolean).join(' · ');
  if (!words && !r.publishedOn) return null;
  return (
    <p class={className}>
      {words}
      {words && r.publishedOn ? ' · ' : ''}
      {r.publishedOn ? (
        <time dateTime={r.publishedOn}>{formatDateRange(r.publishedOn, r.publishedOn)}</time>
      ) : null}
    </p>
  );
}

export function RoundupStatusBadge({ status }: { status: RoundupStatus }) {
  return status === 'DRAFT' ? (
    <span class="badge badge-draft">Draft</span>
  ) : (
    <span class="badge badge-published">Published</span>
  );
}
