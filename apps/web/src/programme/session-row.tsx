import {
  SESSION_TYPE_LABELS,
  SPEAKER_ROLE_LABELS,
  SessionStatus,
  SpeakerRole,
  formatLocalTime,
  timeZoneAbbreviation,
} from '@ncasc/shared';
import type { SessionRowFragment } from '@ncasc/shared/generated';
import type { ComponentChildren } from 'preact';
import { Link } from '../router';
import { StarButton } from '../schedule/star-button';

/** The session's type, or nothing when the sources do not state one. */
export function TypeBadge({ type }: { type: SessionRowFragment['type'] }) {
  if (!type) return null;
  return <span class={`badge badge-${type.toLowerCase()}`}>{SESSION_TYPE_LABELS[type]}</span>;
}

/** "09:30–10:15" for a clock time, else nothing (the group heading says "Thursday morning"). */
export function clockTime(
  s: { startsAt?: string | null; endsAt?: string | null },
  timeZone: string,
): string | null {
  if (!s.startsAt) return null;
  const from = formatLocalTime(s.startsAt, timeZone);
  return s.endsAt ? `${from}–${formatLocalTime(s.endsAt, timeZone)}` : from;
}

export function SpeakerList({ participants }: { participants: SessionRowFragment['participants'] }) {
  if (!participants.length) return null;
  return (
    <ul class="speakers inline-list" aria-label="Speakers">
      {participants.map((p) => (
        <li key={p.speaker.id}>
          <Link href={`/speakers/${p.speaker.id}`}>{p.speaker.name}</Link>
          {p.role !== SpeakerRole.SPEAKER ? (
            <span class="muted"> ({SPEAKER_ROLE_LABELS[p.role].toLowerCase()})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function SessionRow({
  session,
  timeZone,
  children,
}: {
  session: SessionRowFragment;
  timeZone: string;
  /** More to say about it (a clash on my schedule) */
  children?: ComponentChildren;
}) {
  const time = clockTime(session, timeZone);
  const cancelled = session.status === SessionStatus.CANCELLED;
  return (
    <li class={`session-row${cancelled ? ' cancelled' : ''}`} data-session-id={session.id}>
      {time ? (
        <div class="session-time">
          <time dateTime={session.startsAt ?? undefined}>
            {time} <abbr title={timeZone}>{timeZoneAbbreviation(session.startsAt!, timeZone)}</abbr>
          </time>
        </div>
      ) : (
        <div class="session-time" aria-hidden="true" />
      )}
      <div class="session-body">
        <div class="session-heading">
          <h4 class="session-title">
            <Link href={`/sessions/${session.id}`}>{session.title}</Link>
          </h4>
          <StarButton session={session} />
        </div>
        <p class="session-meta">
          <TypeBadge type={session.type} />
          {cancelled ? <span class="badge badge-cancelled">Cancelled</span> : null}
          {session.room ? <span class="room">{session.room.name}</span> : null}
          {session.tracks.map((t) => (
            <Link class="theme" key={t.slug} href={`/themes/${t.slug}`}>
              <span class="visually-hidden">Theme: </span>
              {t.name}
            </Link>
          ))}
        </p>
        <SpeakerList participants={session.participants} />
        {children}
      </div>
    </li>
  );
}
