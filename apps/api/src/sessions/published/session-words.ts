import {
  affiliation,
  formatLocalTime,
  SPEAKER_ROLE_LABELS,
  SpeakerRole,
  TimePrecision,
  timeZoneAbbreviation,
} from '@ncasc/shared';
import type { SessionParticipantModel } from '../models/session.model';
import type { SessionEntity } from '../session.entity';

/**
 * "09:30–10:15 GMT" for a session the programme gives a clock time; null otherwise (then its day or
 * part of the day, the agenda's heading, is all there is to say). For printed and embedded programmes.
 */
export function clockTime(
  row: Pick<SessionEntity, 'timePrecision' | 'startsAt' | 'endsAt'>,
  timeZone: string,
): string | null {
  if (row.timePrecision !== TimePrecision.EXACT || !row.startsAt) return null;
  const to = row.endsAt ? `–${formatLocalTime(row.endsAt, timeZone)}` : '';
  return `${formatLocalTime(row.startsAt, timeZone)}${to} ${timeZoneAbbreviation(row.startsAt, timeZone)}`;
}

/** "Stuart Gallimore (chair) — ADCS President, East Sussex County Council": name, part, and affiliation as the session page gives it. */
export function participantWords(p: Pick<SessionParticipantModel, 'role' | 'capacity' | 'speaker'>): string {
  const role = p.role === SpeakerRole.SPEAKER ? '' : ` (${SPEAKER_ROLE_LABELS[p.role].toLowerCase()})`;
  const what = affiliation(p.capacity ?? p.speaker.role, p.speaker.organisation);
  return `${p.speaker.name}${role}${what ? ` — ${what}` : ''}`;
}
