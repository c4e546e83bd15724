import { formatDateRange } from '@ncasc/shared';
import { InvalidInputError } from '../common/errors/domain-errors';
import { ConferenceEntity } from '../conferences/conference.entity';
import { ChangeKind, type ProgrammeChange } from './diff';
import { checkSession, type ConferenceDetails, type DraftProblem, type DraftSession } from './draft';

export type { ConferenceDetails } from './draft';

export const detailsOf = (c: ConferenceEntity, organisers: string[]): ConferenceDetails => ({
  name: c.name,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  timezone: c.timezone,
  city: c.city,
  venue: c.venue,
  hashtag: c.hashtag,
  organisers: [...organisers].sort((a, b) => a.localeCompare(b)),
});

/** The IANA name of a zone as Intl spells it ("europe/london" → "Europe/London"); null if Intl knows none. */
export function canonicalTimeZone(zone: string): string | null {
  if (!zone.includes('/') && zone.toUpperCase() !== 'UTC') return null;
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The rules of the details themselves, naming the field. */
export function checkDetails(d: ConferenceDetails): DraftProblem | null {
  if (!d.name.trim()) return { field: 'name', message: 'name must not be empty' };
  if ((d.startsOn === null) !== (d.endsOn === null))
    return {
      field: d.startsOn ? 'endsOn' : 'startsOn',
      message: 'give both startsOn and endsOn, or neither',
    };
  if (d.startsOn && d.endsOn && d.endsOn < d.startsOn)
    return { field: 'endsOn', message: `endsOn (${d.endsOn}) is before startsOn (${d.startsOn})` };
  if (canonicalTimeZone(d.timezone) !== d.timezone)
    return { field: 'timezone', message: `“${d.timezone}” is not an IANA time zone such as Europe/London` };
  return null;
}

/** The live sessions the details' dates or zone would leave outside the conference. */
export const strandedSessions = (sessions: DraftSession[], d: ConferenceDetails): DraftSession[] =>
  sessions.filter((s) => !s.removed && checkSession(s, d)?.message.startsWith('the session must be within'));

const given = (v: string | null) => v?.trim() || 'not given';

/** Each detail by the label its changelog line starts with, in words. */
const LABELLED: [string, (d: ConferenceDetails) => string][] = [
  ['Name', (d) => d.name],
  ['Dates', (d) => (d.startsOn ? formatDateRange(d.startsOn, d.endsOn) : 'not given')],
  ['Time zone', (d) => d.timezone],
  ['City', (d) => given(d.city)],
  ['Venue', (d) => given(d.venue)],
  ['Hashtag', (d) => given(d.hashtag)],
  ['Organisers', (d) => d.organisers.join(', ') || 'none given'],
];

/** The changelog lines of the details: "Venue: not given → Manchester Central" (CONFERENCE_UPDATED). */
export function diffDetails(published: ConferenceDetails, draft: ConferenceDetails): ProgrammeChange[] {
  return LABELLED.flatMap(([field, words]) => {
    const before = words(published);
    const after = words(draft);
    return before === after
      ? []
      : [{ kind: ChangeKind.CONFERENCE_UPDATED, sessionId: null, title: null, field, before, after }];
  });
}

/** The conference row with the draft's details over it (its organisers aside). */
export function withDetails(conference: ConferenceEntity, d: ConferenceDetails): ConferenceEntity {
  const { organisers: _organisers, ...rest } = d;
  return Object.assign(new ConferenceEntity(), conference, rest);
}

/** The details with an edit's fields applied: text trimmed (empty is not given), the zone as IANA spells it. */
export function mergeDetails(
  current: ConferenceDetails,
  edit: Partial<ConferenceDetails>,
): ConferenceDetails {
  const next = { ...current };
  for (const key of ['name', 'startsOn', 'endsOn', 'timezone', 'city', 'venue', 'hashtag'] as const) {
    const value = edit[key];
    if (value === undefined) continue;
    (next as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() || null : value;
  }
  next.name = next.name ?? current.name;
  next.timezone = (next.timezone && canonicalTimeZone(next.timezone)) || next.timezone || current.timezone;
  if (edit.organisers !== undefined) {
    const names = edit.organisers.map((o) => o.trim()).filter(Boolean);
    if (names.some((n) => n.includes('\u0000')))
      throw new InvalidInputError('organisers', 'organisers must not contain NUL characters');
    next.organisers = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  }
  return next;
}
