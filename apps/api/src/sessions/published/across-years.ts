import { afterKey, type PageArgs, pageInMemory } from '../../common/graphql/paging';
import { conferenceOrderKey, decodeSessionCursor, sessionOrderKey } from '../agenda-order';
import type { PublishedSession } from './published-programme';
import type { ProgrammeReader } from './published-programme.service';

/** Sessions of several conferences as a record across the years. */
export function acrossYears(sessions: PublishedSession[]): PublishedSession[] {
  const key = conferenceOrderKey;
  // oldest conference first (by year, then start date), each conference's sessions in agenda order
  return [...sessions].sort(
    (a, b) => key(a.conference).localeCompare(key(b.conference)) || a.position - b.position,
  );
}

/** Live sessions of any conference, oldest conference first, agenda order within each. */
function live(sessions: PublishedSession[]): PublishedSession[] {
  return acrossYears(sessions.filter((s) => !s.removed));
}

/** A speaker's published sessions: the record of what they said, year by year. */
export async function speakerAppearances(
  programme: ProgrammeReader,
  speakerId: string,
): Promise<PublishedSession[]> {
  return live(await programme.sessionsOfSpeaker(speakerId));
}

/** A theme's published sessions across every conference. */
export async function themeSessions(
  programme: ProgrammeReader,
  themeId: string,
): Promise<PublishedSession[]> {
  return live(await programme.sessionsOfTheme(themeId));
}

/** A page of sessions already in order across the years (see sessionOrderKey). */
export function pageOfSessions(sessions: PublishedSession[], page: PageArgs): PublishedSession[] {
  const after = afterKey(page.after, decodeSessionCursor);
  return pageInMemory(sessions, { first: page.first, after }, (s) => sessionOrderKey(s.row, s.conference));
}
