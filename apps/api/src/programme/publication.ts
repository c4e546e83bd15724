import { localDate } from '@ncasc/shared';
import { InvalidInputError } from '../common/errors/domain-errors';
import type { SessionEntity } from '../sessions/session.entity';
import { diffProgramme, type ProgrammeChange } from './diff';
import { type DraftSession, draftWarnings } from './draft';

/** What publishing a draft over the published programme would change, and what must be accepted first. */
export interface PublishPlan {
  changes: ProgrammeChange[];
  warnings: string[];
}

/** The changes: the conference's own details first (`details`, see conference-details.ts), then its sessions. */
export function planPublish(
  published: DraftSession[],
  draft: DraftSession[],
  speakerName: (id: string) => string,
  timeZone: string,
  details: ProgrammeChange[] = [],
): PublishPlan {
  return {
    changes: [...details, ...diffProgramme(published, draft, speakerName, timeZone)],
    warnings: draftWarnings(draft, speakerName, timeZone),
  };
}

/** Refuses a plan that changes nothing, or whose warnings (double bookings) were not accepted. */
export function checkPublishable(plan: PublishPlan, acceptWarnings: boolean): void {
  if (!plan.changes.length)
    throw new InvalidInputError(
      'conferenceSlug',
      'Nothing to publish: the draft is the same as the published programme',
    );
  if (plan.warnings.length && !acceptWarnings) {
    throw new InvalidInputError(
      'acceptWarnings',
      `${plan.warnings.length} warning(s) to accept first: ${plan.warnings.join('; ')}`,
    );
  }
}

/** Every column of a session row, as publishing writes it. */
export type SessionRow = Omit<
  SessionEntity,
  'conference' | 'room' | 'tracks' | 'sourceRoundup' | 'createdAt' | 'updatedAt'
>;

/**
 * The published row of a changed draft session. Its revision (the calendar SEQUENCE) goes up by one; its
 * order, removal time and source stay as they were.
 */
export function sessionRow(
  d: DraftSession,
  at: {
    conference: { id: string; timezone: string };
    roomId: string | null;
    position: number;
    before: SessionEntity | undefined;
    now: Date;
  },
): SessionRow {
  const { conference, before } = at;
  return {
    id: d.id,
    conferenceId: conference.id,
    title: d.title,
    summary: d.summary,
    type: d.type,
    status: d.status,
    timePrecision: d.timePrecision,
    day: d.startsAt ? localDate(d.startsAt, conference.timezone) : d.day,
    dayPart: d.dayPart,
    startsAt: d.startsAt ? new Date(d.startsAt) : null,
    endsAt: d.endsAt ? new Date(d.endsAt) : null,
    roomId: at.roomId,
    sequence: before?.sequence ?? 1000 + at.position,
    revision: (before?.revision ?? -1) + 1,
    removedAt: d.removed ? (before?.removedAt ?? at.now) : null,
    sourceRoundupId: before?.sourceRoundupId ?? null,
    sourceEvidence: before?.sourceEvidence ?? null,
    externalId: d.externalId ?? null,
  };
}

/** The name a theme first named by its slug gets ("early-help" → "Early help"). */
export const themeName = (slug: string): string =>
  slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
