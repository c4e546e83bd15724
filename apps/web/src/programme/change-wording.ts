import type { ChangeKind } from '@ncasc/shared/generated';
import {
  CONFERENCE_TIME_ZONE,
  formatDate,
  formatLocalTime,
  localDate,
  timeZoneAbbreviation,
} from '@ncasc/shared';

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  ADDED: 'Added',
  CANCELLED: 'Cancelled',
  MOVED: 'Moved',
  REMOVED: 'Removed',
  RESTORED: 'Restored',
  RETIMED: 'Retimed',
  SPEAKERS_CHANGED: 'Speakers changed',
  UPDATED: 'Updated',
  CONFERENCE_UPDATED: 'Conference details',
};

export interface ChangeLike {
  kind: ChangeKind;
  /** Null for a change of the conference's details, which names its `field` instead. */
  session: { title: string } | null;
  field?: string | null;
  before: string | null;
  after: string | null;
}

/** The before → after part of a change: "A → B", "A" or "B"; empty when neither is given. */
export function changeDetail(c: Pick<ChangeLike, 'before' | 'after'>): string {
  const before = c.before?.trim() || null;
  const after = c.after?.trim() || null;
  if (before && after) return before === after ? after : `${before} → ${after}`;
  return before ?? after ?? '';
}

/**
 * A change in words: "Moved: Minister’s question time — Thursday 15 November 2018, 14:00–15:00 GMT,
 * Exchange Hall → Friday 16 November 2018, 10:00–11:00 GMT, Exchange Hall"; a detail of the conference:
 * "Venue: not given → Manchester Central".
 */
export function describeChange(c: ChangeLike): string {
  const detail = changeDetail(c);
  if (!c.session) return `${c.field ?? CHANGE_KIND_LABELS[c.kind]}: ${detail}`;
  const label = CHANGE_KIND_LABELS[c.kind] ?? c.kind;
  return `${label}: ${c.session.title}${detail ? ` — ${detail}` : ''}`;
}

/** "Version 3 · Friday 9 November 2018, 16:05 GMT · Diary clash" */
export function describeVersion(
  v: { number: number; publishedAt: string; note: string | null },
  formatInstant: (iso: string) => string,
): string {
  const note = v.note?.trim();
  return [`Version ${v.number}`, formatInstant(v.publishedAt), note].filter(Boolean).join(' · ');
}

/** "Friday 9 November 2018, 16:05 GMT": an instant as a delegate in the conference's zone reads it. */
export function formatInstant(iso: string, timeZone = CONFERENCE_TIME_ZONE): string {
  return `${formatDate(localDate(iso, timeZone))}, ${formatLocalTime(iso, timeZone)} ${timeZoneAbbreviation(iso, timeZone)}`;
}
