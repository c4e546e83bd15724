import type { ConferenceEntity } from './conference.entity';

/** Each day from startsOn to endsOn, or none when the sources do not give the dates. */
export function conferenceDays(c: Pick<ConferenceEntity, 'startsOn' | 'endsOn'>): string[] {
  if (!c.startsOn) return [];
  const days: string[] = [];
  const end = c.endsOn ?? c.startsOn;
  for (
    let d = new Date(`${c.startsOn}T12:00:00Z`);
    d.toISOString().slice(0, 10) <= end && days.length < 31;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}
