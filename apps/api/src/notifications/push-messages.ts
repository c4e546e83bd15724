import { describeTiming, DAY_PART_LABELS, type DayPart } from '@ncasc/shared';
import { ChangeKind, type ProgrammeChange } from '../programme/diff';
import type { PushMessage } from './push-outbox.entity';

/** The changes of a published version a delegate is told about, for the sessions they starred. */
export const ALERTED_KINDS: ReadonlySet<ChangeKind> = new Set([
  ChangeKind.MOVED,
  ChangeKind.RETIMED,
  ChangeKind.CANCELLED,
]);

const scheduleUrl = (slug: string) => `/conferences/${encodeURIComponent(slug)}/schedule`;

/** One line per session: "Title — moved to Tue 10 June, 11:00–12:00, Hall 2", "Title — cancelled". */
export function changeAlert(
  conference: { slug: string; name: string },
  versionNumber: number,
  changes: ProgrammeChange[],
): PushMessage {
  const bySession = new Map<string, { title: string; parts: string[] }>();
  for (const c of changes) {
    if (!c.sessionId) continue;
    const entry = bySession.get(c.sessionId) ?? { title: c.title ?? 'A session', parts: [] };
    if (c.kind === ChangeKind.CANCELLED) entry.parts.push('cancelled');
    else if (c.kind === ChangeKind.MOVED) entry.parts.push(`moved to ${c.after ?? 'a new time'}`);
    else if (c.kind === ChangeKind.RETIMED) entry.parts.push(`now ${c.after ?? 'at a new time'}`);
    bySession.set(c.sessionId, entry);
  }
  const lines = [...bySession.values()].map((s) => `${s.title} — ${s.parts.join('; ')}`);
  return {
    title:
      lines.length === 1
        ? `A session you starred changed (${conference.name})`
        : `${lines.length} sessions you starred changed (${conference.name})`,
    body: lines.join('\n'),
    url: scheduleUrl(conference.slug),
    tag: `changes-${conference.slug}-${versionNumber}`,
  };
}

interface ReminderSession {
  id: string;
  title: string;
  timePrecision: Parameters<typeof describeTiming>[0]['timePrecision'];
  day: string | null;
  dayPart: DayPart | null;
  startsAt: Date | null;
  endsAt: Date | null;
  room: string | null;
}

/** "Starts in 10 minutes: Title" (a clock time) or "This morning: Title" (a part of the day). */
export function reminder(session: ReminderSession, minutes: number | null, timezone: string): PushMessage {
  const when = describeTiming(
    {
      timePrecision: session.timePrecision,
      day: session.day,
      dayPart: session.dayPart,
      startsAt: session.startsAt?.toISOString() ?? null,
      endsAt: session.endsAt?.toISOString() ?? null,
    },
    timezone,
  );
  const title =
    minutes === null
      ? `This ${session.dayPart ? DAY_PART_LABELS[session.dayPart] : 'day'}: ${session.title}`
      : minutes === 0
        ? `Starting now: ${session.title}`
        : `Starts in ${minutes} minute${minutes === 1 ? '' : 's'}: ${session.title}`;
  return {
    title,
    body: [when, session.room].filter(Boolean).join(', '),
    url: `/sessions/${encodeURIComponent(session.id)}`,
    tag: `reminder-${session.id}`,
  };
}
