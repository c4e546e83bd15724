import { groupBy } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import { EntityReader } from '../../common/database/entity-reader';
import { ConferenceEntity } from '../../conferences/conference.entity';
import { conferenceDays } from '../../conferences/conference-days';
import { type ConferenceModel, toConferenceModel } from '../../conferences/models/conference.model';
import { type RoomModel, toRoomModel } from '../../conferences/models/room.model';
import { RoomEntity } from '../../conferences/room.entity';
import { type OrganisationModel, toOrganisationModel } from '../../organisations/models/organisation.model';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { type SpeakerModel, speakerOrderKey, toSpeakerModel } from '../../speakers/models/speaker.model';
import { compareKeys } from '../../common/graphql/paging';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { type TrackModel, toTrackModel } from '../../tracks/models/track.model';
import { TrackEntity } from '../../tracks/track.entity';
import { agendaSortKey, byAgendaKey, dayOf } from '../agenda-order';
import { type SessionModel, type SessionParticipantModel, toSessionModel } from '../models/session.model';
import { SessionSpeakerEntity } from '../session-speaker.entity';
import { SessionEntity } from '../session.entity';

/**
 * The published programme as every public read sees it: immutable models built once per public data
 * version (see PublishedProgramme) and shared by every request. Nothing here is per user; stars, notes
 * and drafts are read per request by their own domains.
 *
 * - the Directory: every published conference by id and slug (one statement);
 * - a PublishedConference: one conference's sessions with their rooms, themes and speakers, in agenda
 *   order, with what agendas, schedules, calendars and exports work out from them. Conferences a
 *   request needs that are not kept yet are read together, in one set of statements however many.
 *
 * Which sessions a speaker or a theme has, and which conference a session is in, are read per request
 * (one statement each, batched): they join the published conferences rather than duplicate them.
 */

export interface Directory {
  readonly version: number;
  readonly conferenceById: ReadonlyMap<string, ConferenceEntity>;
  readonly conferenceBySlug: ReadonlyMap<string, ConferenceEntity>;
}

/** One published session and what is worked out from it once. */
export interface PublishedSession {
  /** The row as published (frozen). */
  readonly row: SessionEntity;
  readonly conference: ConferenceEntity;
  /** Its GraphQL model, with its room, themes, participants and conference as plain properties. */
  readonly model: SessionModel;
  readonly room: RoomEntity | null;
  /** By name. */
  readonly themes: readonly TrackModel[];
  /** In billing order: each one's part (shared with the model's participants) and the speaker's row. */
  readonly participants: readonly {
    readonly link: Pick<SessionSpeakerEntity, 'role' | 'capacity'>;
    readonly speaker: SpeakerEntity;
  }[];
  /** Its local day in the conference's zone, or null when the sources do not give it. */
  readonly day: string | null;
  /** Taken out of the programme (kept for the delegates who starred it or wrote notes on it). */
  readonly removed: boolean;
  /** Its place in its conference's agenda order (removed sessions too, as they would stand). */
  readonly position: number;
  /** Its conference's calendar events written at this version (see PublishedConference.events). */
  readonly events: Map<string, string>;
}

export interface PublishedConference {
  readonly version: number;
  readonly row: ConferenceEntity;
  readonly model: ConferenceModel;
  readonly days: readonly string[];
  /** By name. */
  readonly organisers: readonly OrganisationModel[];
  /** The rooms the programme uses, by name. */
  readonly rooms: readonly RoomEntity[];
  readonly roomModels: readonly RoomModel[];
  /** The themes of its sessions, by name. */
  readonly themes: readonly TrackModel[];
  /** Everyone who spoke, chaired or sat on a panel, by name. */
  readonly speakers: readonly SpeakerModel[];
  /** The programme in agenda order (removed sessions are not part of it). */
  readonly sessions: readonly PublishedSession[];
  /** Every session by id, removed ones too. */
  readonly byId: ReadonlyMap<string, PublishedSession>;
  /**
   * Calendar events already written at this version, by session id: a calendar that lists a session
   * another calendar wrote copies its text. The one mutable part: it only ever gains entries, each
   * the same for every reader, and each counted in the cache's budget as it comes (see EventTexts).
   */
  readonly events: Map<string, string>;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
/** Speakers by name, then id: a total order, so a page of them ends in one place (see speakerOrderKey). */
const speakersByName = (a: SpeakerModel, b: SpeakerModel) =>
  compareKeys(speakerOrderKey(a), speakerOrderKey(b));

/**
 * Freezes a snapshot all the way down, so no request can change what every request shares. The
 * object first, then what it holds: participants point back at their session. Getters (a session's
 * `when`) are left to work out their value when asked; Dates and Maps are left as they are.
 */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (value instanceof Date || value instanceof Map) return value;
  Object.freeze(value);
  for (const d of Object.values(Object.getOwnPropertyDescriptors(value)))
    if ('value' in d) deepFreeze(d.value);
  return value;
}

/**
 * One copy of each value that many rows of a snapshot repeat: their conference's id, a room's id, an
 * enum value, a day, an instant. Each row read brings its own copy of every string and date; a
 * 20,000-session programme repeats the same few hundred of them about 400,000 times.
 */
class Shared {
  private readonly strings = new Map<string, string>();
  private readonly instants = new Map<number, Date>();

  string<T extends string | null>(value: T): T {
    return value === null ? value : (keep(this.strings, value, value) as T);
  }

  date<T extends Date | null>(value: T): T {
    return value === null ? value : (keep(this.instants, value.getTime(), value) as T);
  }

  /** The session's repeated columns replaced by the copies kept (before the row is frozen). */
  session(row: SessionEntity): SessionEntity {
    row.conferenceId = this.string(row.conferenceId);
    row.roomId = this.string(row.roomId);
    row.sourceRoundupId = this.string(row.sourceRoundupId);
    row.type = this.string(row.type);
    row.status = this.string(row.status);
    row.timePrecision = this.string(row.timePrecision);
    row.day = this.string(row.day);
    row.dayPart = this.string(row.dayPart);
    row.startsAt = this.date(row.startsAt);
    row.endsAt = this.date(row.endsAt);
    row.removedAt = this.date(row.removedAt);
    row.createdAt = this.date(row.createdAt);
    row.updatedAt = this.date(row.updatedAt);
    return row;
  }
}

/** The value kept under `key`, or `value`, kept from now on. */
function keep<K, V>(kept: Map<K, V>, key: K, value: V): V {
  const found = kept.get(key);
  if (found !== undefined) return found;
  kept.set(key, value);
  return value;
}

/** Reads the directory: every published conference (a new edition is no part of it until published). */
export async function readDirectory(ds: DataSource, version: number): Promise<Directory> {
  const conferences = await EntityReader.of(ds, ConferenceEntity).select('WHERE t.published_at IS NOT NULL');
  return deepFreeze({
    version,
    conferenceById: new Map(conferences.map((c) => [c.id, c])),
    conferenceBySlug: new Map(conferences.map((c) => [c.slug, c])),
  });
}

/**
 * Reads the programmes of these conferences together (one statement per kind of row however many
 * conferences) and builds their models.
 */
export async function readConferences(
  ds: DataSource,
  version: number,
  conferenceIds: readonly string[],
  /** Told the bytes of each calendar event a conference keeps once it is written (see EventTexts). */
  grow: (conferenceId: string, bytes: number) => void = () => undefined,
): Promise<Map<string, PublishedConference>> {
  if (!conferenceIds.length) return new Map();
  const sessionReader = EntityReader.of(ds, SessionEntity);
  const ids = sessionReader.inListParam(conferenceIds);
  const inConferences = (column: string) => sessionReader.inList(column);
  const [conferences, sessionRows, themeLinks, links, organisers] = await Promise.all([
    EntityReader.of(ds, ConferenceEntity).select(
      `WHERE ${inConferences('t.id')} AND t.published_at IS NOT NULL`,
      [ids],
    ),
    // each session with its room's name (rooms no session uses are no part of the programme)
    sessionReader.selectWith<{ room_name: string | null; room_capacity: number | null }>(
      ', r.name AS room_name, r.capacity AS room_capacity',
      `LEFT JOIN rooms r ON r.id = t.room_id WHERE ${inConferences('t.conference_id')}`,
      [ids],
    ),
    EntityReader.of(ds, TrackEntity).selectWith<{ session_id: string }>(
      ', j.session_id AS session_id',
      `JOIN session_tracks j ON j.track_id = t.id JOIN sessions s ON s.id = j.session_id
       WHERE ${inConferences('s.conference_id')}`,
      [ids],
    ),
    EntityReader.of(ds, SessionSpeakerEntity).select(
      `JOIN sessions s ON s.id = t.session_id WHERE ${inConferences('s.conference_id')} ORDER BY t.position`,
      [ids],
    ),
    EntityReader.of(ds, OrganisationEntity).selectWith<{ conference_id: string }>(
      ', j.conference_id AS conference_id',
      `JOIN conference_organisers j ON j.organisation_id = t.id WHERE ${inConferences('j.conference_id')}`,
      [ids],
    ),
  ]);
  const speakerIds = [...new Set(links.map((l) => l.speakerId))];
  // each speaker with their organisation's name
  const speakers = await EntityReader.of(ds, SpeakerEntity).selectWith<{ organisation_name: string | null }>(
    ', o.name AS organisation_name',
    `LEFT JOIN organisations o ON o.id = t.organisation_id WHERE ${sessionReader.inList('t.id')}`,
    [sessionReader.inListParam(speakerIds)],
  );
  const organisationModels = new Map<string, OrganisationModel>();
  const speakerModels = new Map(
    speakers.map(({ entity: sp, row }) => {
      let organisation: OrganisationModel | null = null;
      if (sp.organisationId && row.organisation_name !== null) {
        organisation = organisationModels.get(sp.organisationId) ?? null;
        if (!organisation) {
          organisation = Object.freeze({ id: sp.organisationId, name: row.organisation_name });
          organisationModels.set(sp.organisationId, organisation);
        }
      }
      return [sp.id, { row: sp, model: Object.freeze(toSpeakerModel(sp, organisation)) }];
    }),
  );
  const shared = new Shared();
  const rows = sessionRows.map((r) => shared.session(r.entity));
  // the rooms the sessions name, by name (in code-unit order, as SQLite's ORDER BY gives it)
  const rooms = [
    ...new Map(
      sessionRows.flatMap(({ entity: s, row }) =>
        s.roomId && row.room_name !== null
          ? [
              [
                s.roomId,
                Object.assign(new RoomEntity(), {
                  id: s.roomId,
                  conferenceId: shared.string(s.conferenceId),
                  name: row.room_name,
                  capacity: row.room_capacity === null ? null : Number(row.room_capacity),
                }),
              ] as const,
            ]
          : [],
      ),
    ).values(),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const read: Read = {
    version,
    sessions: groupBy(rows, (r) => r.conferenceId),
    rooms: groupBy(rooms, (r) => r.conferenceId),
    themes: groupBy(themeLinks, (t) => t.row.session_id),
    links: groupBy(links, (l) => l.sessionId),
    organisers: groupBy(organisers, (o) => o.row.conference_id),
    speakers: speakerModels,
    themeModels: new Map(),
    shared,
    grow,
  };
  return new Map(conferences.map((c) => [c.id, build(c, read)]));
}

/** The rows of several conferences, grouped, for build(). */
interface Read {
  version: number;
  sessions: Map<string, SessionEntity[]>;
  rooms: Map<string, RoomEntity[]>;
  themes: Map<string, { entity: TrackEntity }[]>;
  links: Map<string, SessionSpeakerEntity[]>;
  organisers: Map<string, { entity: OrganisationEntity }[]>;
  speakers: Map<string, { row: SpeakerEntity; model: SpeakerModel }>;
  /** One frozen model per theme, shared by every session that has it. */
  themeModels: Map<string, TrackModel>;
  shared: Shared;
  grow: (conferenceId: string, bytes: number) => void;
}

function build(conference: ConferenceEntity, read: Read): PublishedConference {
  const zone = conference.timezone;
  const conferenceModel = Object.freeze(toConferenceModel(conference));
  const rooms = read.rooms.get(conference.id) ?? [];
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  const roomModels = new Map(rooms.map((r) => [r.id, Object.freeze(toRoomModel(r))]));
  const events = new EventTexts(conference.id, read.grow);

  // the rows of the speakers this conference's sessions bill (for calendars' and exports' dates)
  const speakerRows = new Map<string, SpeakerEntity>();

  const sessions = (read.sessions.get(conference.id) ?? []).map((row) => {
    const themes = (read.themes.get(row.id) ?? []).map((t) => t.entity).sort(byName);
    const participants = (read.links.get(row.id) ?? []).flatMap((link) => {
      const speaker = read.speakers.get(link.speakerId);
      return speaker ? [{ link, speaker }] : [];
    });
    const room = row.roomId ? (roomById.get(row.roomId) ?? null) : null;
    // (the links read are dropped: each part is kept once, as its participant model)
    const participantModels: SessionParticipantModel[] = participants.map(({ link, speaker }) => {
      speakerRows.set(speaker.row.id, speaker.row);
      return {
        sessionId: row.id,
        speakerId: speaker.row.id,
        role: read.shared.string(link.role),
        capacity: link.capacity,
        speaker: speaker.model,
        // set below, once the session's model exists (a participant points back at its session)
        session: undefined as unknown as SessionModel,
      };
    });
    const model = toSessionModel(row, {
      conference: conferenceModel,
      room: room ? (roomModels.get(room.id) ?? null) : null,
      tracks: themes.map((t) => {
        let m = read.themeModels.get(t.id);
        if (!m) read.themeModels.set(t.id, (m = Object.freeze(toTrackModel(t))));
        return m;
      }),
      participants: participantModels,
    });
    for (const p of participantModels) p.session = model;
    return new PublishedSessionOf(
      row,
      conference,
      model,
      room,
      read.shared.string(dayOf(row, zone)),
      events,
      speakerRows,
    );
  });

  const keys = new Map(sessions.map((s) => [s, agendaSortKey(s.row, zone)]));
  sessions.sort((a, b) => byAgendaKey(keys.get(a)!, a.row, keys.get(b)!, b.row));
  sessions.forEach((s, i) => ((s as { position: number }).position = i));
  const live = sessions.filter((s) => !s.removed);
  const used = new Set(live.map((s) => s.room));
  const usedRooms = rooms.filter((r) => used.has(r));
  const usedThemes = new Map(live.flatMap((s) => s.model.tracks.map((t) => [t.id, t] as const)));
  const speakers = new Map(live.flatMap((s) => s.model.participants.map((p) => [p.speakerId, p.speaker])));
  return deepFreeze({
    version: read.version,
    row: conference,
    model: conferenceModel,
    days: conferenceDays(conference),
    organisers: (read.organisers.get(conference.id) ?? [])
      .map((o) => toOrganisationModel(o.entity))
      .sort(byName),
    rooms: usedRooms,
    roomModels: usedRooms.map((r) => roomModels.get(r.id)!),
    themes: [...usedThemes.values()].sort(byName),
    speakers: [...speakers.values()].sort(speakersByName),
    sessions: live,
    byId: new Map(sessions.map((s) => [s.row.id, s])),
    events,
  });
}

/**
 * A published session: the row and its model, and what is worked out from them once. Its themes and
 * participants are read off the model (each fact kept once), the participants' speaker rows from the
 * conference's.
 */
class PublishedSessionOf implements PublishedSession {
  /** Set once every session's sort key is known. */
  position = 0;

  constructor(
    readonly row: SessionEntity,
    readonly conference: ConferenceEntity,
    readonly model: SessionModel,
    readonly room: RoomEntity | null,
    readonly day: string | null,
    readonly events: Map<string, string>,
    private readonly speakerRows: ReadonlyMap<string, SpeakerEntity>,
  ) {}

  get removed(): boolean {
    return this.row.removedAt !== null;
  }

  get themes(): readonly TrackModel[] {
    return this.model.tracks;
  }

  get participants(): readonly { link: SessionParticipantModel; speaker: SpeakerEntity }[] {
    return this.model.participants.map((p) => ({ link: p, speaker: this.speakerRows.get(p.speakerId)! }));
  }
}

/**
 * Bytes a string takes on V8's heap beyond its header: one a character, two when any character is
 * beyond Latin-1 (a curly apostrophe makes the whole string two-byte).
 */
const textBytes = (text: string | null): number =>
  text === null ? 0 : text.length * (/[\u0100-\uffff]/.test(text) ? 2 : 1);

/**
 * What a published programme takes on the heap, measured (2026-12-04): programmes of 200, 2,000 and
 * 20,000 sessions built with `--expose-gc`, the heap compared before and after each (1,260 bytes a
 * session at 20,000, of which 330 are its text). Each session's row, model, participants and agenda
 * place about 900 bytes besides its text; each speaker's row and model about 400.
 */
const SESSION_BYTES = 900;
const SPEAKER_BYTES = 400;
/** A kept calendar event beyond its text (its entry in the map, the string's header). */
const EVENT_BYTES = 80;

/** The calendar events a conference keeps, by session id, counting each one's bytes once as it is added. */
class EventTexts extends Map<string, string> {
  // (no closure made in build(): it would keep every row read, which build()'s closures share)
  constructor(
    private readonly conferenceId: string,
    private readonly grow: (conferenceId: string, bytes: number) => void,
  ) {
    super();
  }

  override set(sessionId: string, text: string): this {
    if (!this.has(sessionId)) this.grow(this.conferenceId, EVENT_BYTES + textBytes(text));
    return super.set(sessionId, text);
  }
}

/**
 * The heap a published programme takes, for the cache's memory budget (see SESSION_BYTES); its
 * calendar events are counted as they are written (see EventTexts).
 */
export function sizeOfConference(c: PublishedConference): number {
  let bytes = 4_096 + c.speakers.length * SPEAKER_BYTES;
  for (const { row } of c.byId.values())
    bytes +=
      SESSION_BYTES +
      textBytes(row.id) +
      textBytes(row.title) +
      textBytes(row.summary) +
      textBytes(row.sourceEvidence) +
      textBytes(row.externalId);
  return bytes;
}

export function sizeOfDirectory(d: Directory): number {
  return 4_096 + d.conferenceById.size * 2_000;
}
