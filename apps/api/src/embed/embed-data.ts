import {
  type EmbedProgramme,
  formatDateRange,
  formatShortDate,
  groupAgenda,
  SESSION_TYPE_LABELS,
  SessionStatus,
} from '@ncasc/shared';
import { timingOf } from '../sessions/agenda-order';
import type { PublishedConference } from '../sessions/published/published-programme';
import { clockTime, participantWords } from '../sessions/published/session-words';

/** The agenda as the web client lays it out (same grouping and wording), in plain data. */
export function embedProgramme(c: PublishedConference, publicUrl: string): EmbedProgramme {
  const tz = c.row.timezone;
  const timed = c.sessions.map((s) => ({ ...timingOf(s.row), sequence: s.position, s }));
  return {
    version: c.version,
    conference: {
      slug: c.row.slug,
      name: c.row.name,
      dates: formatDateRange(c.row.startsOn, c.row.endsOn),
      place: [c.row.venue, c.row.city].filter(Boolean).join(', ') || null,
      hashtag: c.row.hashtag,
      timeZone: tz,
      url: `${publicUrl}/conferences/${c.row.slug}`,
    },
    rooms: c.rooms.map((r) => r.name),
    days: groupAgenda(timed, [...c.days], tz).map((d) => ({
      day: d.day,
      label: d.label,
      shortLabel: d.day ? formatShortDate(d.day) : d.label,
      groups: d.groups.map((g) => ({
        label: g.label,
        sessions: g.sessions.map(({ s }) => ({
          id: s.row.id,
          title: s.row.title,
          url: `${publicUrl}/sessions/${s.row.id}`,
          time: clockTime(s.row, tz),
          room: s.room?.name ?? null,
          type: s.row.type ? SESSION_TYPE_LABELS[s.row.type] : null,
          themes: s.themes.map((t) => ({ slug: t.slug, name: t.name })),
          speakers: s.model.participants.map(participantWords),
          cancelled: s.row.status === SessionStatus.CANCELLED,
        })),
      })),
    })),
  };
}
