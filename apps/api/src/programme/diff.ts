import { describeTiming, localDate, SessionStatus } from '@ncasc/shared';
import type { DraftSession } from './draft';

export enum ChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CANCELLED = 'CANCELLED',
  RESTORED = 'RESTORED',
  MOVED = 'MOVED',
  RETIMED = 'RETIMED',
  SPEAKERS_CHANGED = 'SPEAKERS_CHANGED',
  UPDATED = 'UPDATED',
  /** One of the conference's own details (name, dates, zone, city, venue, hashtag, organisers). */
  CONFERENCE_UPDATED = 'CONFERENCE_UPDATED',
}

/**
 * One line of a changelog: what happened to which session, with a before/after a person can read. A
 * change of the conference's own details (CONFERENCE_UPDATED) names the detail (`field`), not a session.
 */
export interface ProgrammeChange {
  kind: ChangeKind;
  sessionId: string | null;
  title: string | null;
  field?: string | null;
  before: string | null;
  after: string | null;
}

/** A change of one session (every kind but CONFERENCE_UPDATED). */
export type SessionChange = ProgrammeChange & { sessionId: string; title: string };

const when = (s: DraftSession, tz: string) =>
  describeTiming(
    {
      timePrecision: s.timePrecision,
      day: s.day,
      dayPart: s.dayPart,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
    },
    tz,
  );
const place = (s: DraftSession) => s.room ?? 'no room given';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changes from the published programme to the draft, session by session (a session can change in
 * several ways at once). Day or room → MOVED; time within its day → RETIMED; status → CANCELLED or
 * RESTORED; speakers → SPEAKERS_CHANGED; title, summary, type or themes → UPDATED.
 */
export function diffProgramme(
  published: DraftSession[],
  draft: DraftSession[],
  speakerName: (id: string) => string,
  tz: string,
): SessionChange[] {
  const before = new Map(published.map((s) => [s.id, s]));
  const changes: SessionChange[] = [];
  for (const d of draft) {
    const p = before.get(d.id);
    const base = { sessionId: d.id, title: d.title };
    if (!p || p.removed) {
      if (!d.removed)
        changes.push({ ...base, kind: ChangeKind.ADDED, before: null, after: `${when(d, tz)}, ${place(d)}` });
      continue;
    }
    if (d.removed) {
      changes.push({ ...base, kind: ChangeKind.REMOVED, before: `${when(p, tz)}, ${place(p)}`, after: null });
      continue;
    }
    // the conference's local day: 00:30 BST on the 12th is the 12th, though it is the 11th in UTC
    const dayOf = (s: DraftSession) => (s.startsAt ? localDate(s.startsAt, tz) : s.day);
    if (dayOf(p) !== dayOf(d) || p.room !== d.room) {
      changes.push({
        ...base,
        kind: ChangeKind.MOVED,
        before: `${when(p, tz)}, ${place(p)}`,
        after: `${when(d, tz)}, ${place(d)}`,
      });
    } else if (
      !same(
        [p.timePrecision, p.dayPart, p.startsAt, p.endsAt],
        [d.timePrecision, d.dayPart, d.startsAt, d.endsAt],
      )
    ) {
      changes.push({ ...base, kind: ChangeKind.RETIMED, before: when(p, tz), after: when(d, tz) });
    }
    if (p.status !== d.status) {
      changes.push({
        ...base,
        kind: d.status === SessionStatus.CANCELLED ? ChangeKind.CANCELLED : ChangeKind.RESTORED,
        before: p.status,
        after: d.status,
      });
    }
    if (!same(p.speakers, d.speakers)) {
      const names = (s: DraftSession) => s.speakers.map((x) => speakerName(x.speakerId)).join(', ') || 'none';
      changes.push({ ...base, kind: ChangeKind.SPEAKERS_CHANGED, before: names(p), after: names(d) });
    }
    const details = (s: DraftSession) => [s.title, s.summary, s.type, [...s.tracks].sort()];
    if (!same(details(p), details(d))) {
      const parts = ['title', 'summary', 'type', 'themes'].filter(
        (_, i) => !same(details(p)[i], details(d)[i]),
      );
      changes.push({
        ...base,
        kind: ChangeKind.UPDATED,
        before: p.title,
        after: `${d.title} (changed: ${parts.join(', ')})`,
      });
    }
  }
  return changes;
}
