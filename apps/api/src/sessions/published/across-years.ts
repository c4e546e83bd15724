import { sortAcrossConferences } from '../agenda-order';
import type { PublishedSession } from './published-programme';
import type { ProgrammeReader } from './published-programme.service';

/** Sessions of several conferences as a record across the years (see sortAcrossConferences). */
export function acrossYears(sessions: PublishedSession[]): PublishedSession[] {
  const conferences = [...new Map(sessions.map((s) => [s.conference.id, s.conference])).values()];
  const byRow = new Map(sessions.map((s) => [s.row, s]));
  return sortAcrossConferences(
    sessions.map((s) => s.row),
    conferences,
  ).map((row) => byRow.get(row)!);
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
export async function themeSessions(programme: ProgrammeReader, themeId: string): Promise<PublishedSession[]> {
  return live(await programme.sessionsOfTheme(themeId));
}
