import { groupBy } from '@ncasc/shared';
import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type ObjectLiteral, In } from 'typeorm';
import { publicDataVersion } from '../cache/public-data-version';
import { EntityReader } from '../database/entity-reader';
import { present } from '../loaded';
import type { SharedRows } from './shared-rows';
import { ConferenceEntity } from '../../conferences/conference.entity';
import { RoomEntity } from '../../conferences/room.entity';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { RoundupEntity, RoundupStatus } from '../../roundups/roundup.entity';
import { conferenceMatcher } from '../../roundups/mentions/conference-matcher';
import type { MentionMatcher } from '../../roundups/mentions/match-mentions';
import {
  type MentionFields,
  MentionKind,
  MentionStatus,
  RoundupSessionEntity,
  RoundupSpeakerEntity,
} from '../../roundups/roundup-mention.entity';
import { SessionSpeakerEntity } from '../../sessions/session-speaker.entity';
import { SessionEntity } from '../../sessions/session.entity';
import { NoteEntity } from '../../notes/note.entity';
import { StarEntity } from '../../schedules/star.entity';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { TrackEntity } from '../../tracks/track.entity';

const BATCH = { maxBatchSize: 500 };

/** Only mentions staff confirmed are public links between write-ups and speakers or sessions. */
const CONFIRMED = `j.status = '${MentionStatus.CONFIRMED}'`;

/**
 * Batches every lookup a GraphQL query makes into one SQL statement per kind, so a query costs a fixed
 * number of statements however many sessions or speakers it returns. One instance per request (never
 * shared between users), created in the GraphQL context.
 */
export class Loaders {
  /**
   * @param shared public rows kept across requests (the app's, for every request); without it every
   *   lookup reads the database
   * @param knownVersion the public data version already read for this request, if it was
   */
  constructor(
    private readonly ds: DataSource,
    private readonly shared?: SharedRows,
    knownVersion?: number,
  ) {
    if (knownVersion !== undefined) this.version = Promise.resolve(knownVersion);
  }

  /** The public data version, read once per request (the first time a shared row is wanted). */
  private version: Promise<number> | undefined;

  /** The public data version this request reads at (one statement, the first time it is wanted). */
  publicVersion(): Promise<number> {
    this.version ??= publicDataVersion(this.ds);
    return this.version;
  }

  /**
   * Values by key, from the shared rows when they hold them, else read (and then kept there). Rows
   * read but not found are not kept.
   */
  private async sharedOr<T>(
    kind: string | undefined,
    keys: readonly string[],
    read: (keys: string[]) => Promise<Map<string, T>>,
  ): Promise<(T | undefined)[]> {
    const shared = this.shared;
    if (!shared || !kind) {
      const map = await read([...keys]);
      return keys.map((k) => map.get(k));
    }
    const version = await this.publicVersion();
    const { found, missing } = shared.take<T>(version, kind, keys);
    if (missing.length) {
      for (const [key, value] of await read(missing)) found.set(key, shared.put(version, kind, key, value));
    }
    return keys.map((k) => found.get(k));
  }

  /** Rows by a unique column (the id unless told). */
  private byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    kind?: string,
    unique: { column: string; of: (row: T) => string } = { column: 'id', of: (row) => row.id },
  ): DataLoader<string, T | null> {
    const read = async (keys: string[]) => {
      const reader = EntityReader.of(this.ds, entity);
      const rows = await reader.select(`WHERE ${reader.inList(`t.${unique.column}`)}`, [
        reader.inListParam(keys),
      ]);
      return new Map(rows.map((r) => [unique.of(r), r]));
    };
    return new DataLoader(
      async (ids) => (await this.sharedOr(kind, ids, read)).map((row) => row ?? null),
      BATCH,
    );
  }

  /** Targets linked to owners through a many-to-many join table, grouped by owner. */
  private linked<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    joinTable: string,
    ownerColumn: string,
    targetColumn: string,
    extraWhere?: string,
    kind?: string,
  ): DataLoader<string, T[]> {
    const read = async (ownerIds: string[]) => {
      const reader = EntityReader.of(this.ds, entity);
      const where = `WHERE ${reader.inList(`j.${ownerColumn}`)}${extraWhere ? ` AND ${extraWhere}` : ''}`;
      // one row per (owner, target)
      const rows = await reader.selectWith<{ owner_id: string }>(
        `, j.${ownerColumn} AS owner_id`,
        `JOIN ${joinTable} j ON j.${targetColumn} = t.id ${where}`,
        [reader.inListParam(ownerIds)],
      );
      const groups = groupBy(rows, (r) => r.row.owner_id);
      return new Map(ownerIds.map((id) => [id, (groups.get(id) ?? []).map((r) => r.entity)]));
    };
    return new DataLoader(
      async (ownerIds) => (await this.sharedOr(kind, ownerIds, read)).map((list) => list ?? []),
      BATCH,
    );
  }

  readonly conference = this.byId(ConferenceEntity, 'conference');
  readonly conferenceBySlug = this.byId(ConferenceEntity, 'conferenceBySlug', {
    column: 'slug',
    of: (c) => c.slug,
  });
  readonly session = this.byId(SessionEntity, 'session');
  readonly speaker = this.byId(SpeakerEntity, 'speaker');
  readonly room = this.byId(RoomEntity, 'room');
  readonly organisation = this.byId(OrganisationEntity, 'organisation');
  readonly roundup = this.byId(RoundupEntity);

  readonly organisersByConference = this.linked(
    OrganisationEntity,
    'conference_organisers',
    'conference_id',
    'organisation_id',
  );
  readonly tracksBySession = this.linked(
    TrackEntity,
    'session_tracks',
    'session_id',
    'track_id',
    undefined,
    'tracksBySession',
  );
  readonly sessionsByRoundup = this.linked(
    SessionEntity,
    'roundup_sessions',
    'roundup_id',
    'session_id',
    `t.removed_at IS NULL AND ${CONFIRMED}`,
  );
  readonly speakersByRoundup = this.linked(
    SpeakerEntity,
    'roundup_speakers',
    'roundup_id',
    'speaker_id',
    CONFIRMED,
  );
  readonly roundupsBySession = this.linked(
    RoundupEntity,
    'roundup_sessions',
    'session_id',
    'roundup_id',
    `t.status = '${RoundupStatus.PUBLISHED}' AND ${CONFIRMED}`,
  );
  readonly roundupsBySpeaker = this.linked(
    RoundupEntity,
    'roundup_speakers',
    'speaker_id',
    'roundup_id',
    `t.status = '${RoundupStatus.PUBLISHED}' AND ${CONFIRMED}`,
  );

  /** Speakers of each session, in billing order. */
  readonly participantsBySession = new DataLoader<string, SessionSpeakerEntity[]>(async (ids) => {
    const read = async (sessionIds: string[]) => {
      const reader = EntityReader.of(this.ds, SessionSpeakerEntity);
      const rows = await reader.select(`WHERE ${reader.inList('t.session_id')} ORDER BY t.position`, [
        reader.inListParam(sessionIds),
      ]);
      const groups = groupBy(rows, (r) => r.sessionId);
      return new Map(sessionIds.map((id) => [id, groups.get(id) ?? []]));
    };
    return (await this.sharedOr('participantsBySession', ids, read)).map((list) => list ?? []);
  }, BATCH);

  /** Every session a speaker took part in, across all conferences. */
  readonly participationsBySpeaker = new DataLoader<string, SessionSpeakerEntity[]>(async (ids) => {
    const reader = EntityReader.of(this.ds, SessionSpeakerEntity);
    const rows = await reader.select(`WHERE ${reader.inList('t.speaker_id')}`, [reader.inListParam(ids)]);
    const groups = groupBy(rows, (r) => r.speakerId);
    return ids.map((id) => groups.get(id) ?? []);
  }, BATCH);

  readonly sessionsByConference = new DataLoader<string, SessionEntity[]>(async (ids) => {
    // sessions taken out of the programme are not part of it
    const reader = EntityReader.of(this.ds, SessionEntity);
    const rows = await reader.select(`WHERE ${reader.inList('t.conference_id')} AND t.removed_at IS NULL`, [
      reader.inListParam(ids),
    ]);
    const groups = groupBy(rows, (r) => r.conferenceId);
    return ids.map((id) => groups.get(id) ?? []);
  }, BATCH);

  /** Rooms the programme uses (a room only a removed or renamed-away session had is not listed). */
  readonly roomsByConference = new DataLoader<string, RoomEntity[]>(async (ids) => {
    const reader = EntityReader.of(this.ds, RoomEntity);
    const rows = await reader.select(
      `WHERE ${reader.inList('t.conference_id')}
         AND EXISTS (SELECT 1 FROM sessions s WHERE s.room_id = t.id AND s.removed_at IS NULL)
       ORDER BY t.name`,
      [reader.inListParam(ids)],
    );
    const groups = groupBy(rows, (r) => r.conferenceId);
    return ids.map((id) => groups.get(id) ?? []);
  }, BATCH);

  readonly roundupsByConference = new DataLoader<string, RoundupEntity[]>(async (ids) => {
    const rows = await this.ds.getRepository(RoundupEntity).find({
      where: { conferenceId: In([...ids]), status: RoundupStatus.PUBLISHED },
      order: { publishedOn: 'ASC', title: 'ASC' },
    });
    const groups = groupBy(rows, (r) => r.conferenceId);
    return ids.map((id) => groups.get(id) ?? []);
  }, BATCH);

  /** Every mention of each write-up, whatever its status (staff review them; the public sees confirmed). */
  readonly mentionsByRoundup = new DataLoader<string, Mention[]>(async (ids) => {
    const [speakers, sessions] = await Promise.all([
      this.ds.getRepository(RoundupSpeakerEntity).findBy({ roundupId: In([...ids]) }),
      this.ds.getRepository(RoundupSessionEntity).findBy({ roundupId: In([...ids]) }),
    ]);
    const mentions: Mention[] = [
      ...speakers.map(({ speakerId, ...m }) => ({ ...m, kind: MentionKind.SPEAKER, targetId: speakerId })),
      ...sessions.map(({ sessionId, ...m }) => ({ ...m, kind: MentionKind.SESSION, targetId: sessionId })),
    ];
    const groups = groupBy(mentions, (m) => m.roundupId);
    return ids.map((id) => groups.get(id) ?? []);
  }, BATCH);

  /** Finds each conference's speakers and sessions in text. */
  readonly mentionMatcher = new DataLoader<string, MentionMatcher>(
    (ids) => Promise.all(ids.map((id) => conferenceMatcher(this.ds.manager, id))),
    BATCH,
  );

  private readonly userLoaders = new Map<string, UserLoaders>();

  /** Lookups of one user's private rows; every query filters by that user's id. */
  forUser(userId: string): UserLoaders {
    let loaders = this.userLoaders.get(userId);
    if (!loaders) {
      loaders = {
        starred: new DataLoader<string, boolean>(async (sessionIds) => {
          const reader = EntityReader.of(this.ds, StarEntity);
          const rows = await reader.select(`WHERE t.user_id = ? AND ${reader.inList('t.session_id')}`, [
            userId,
            reader.inListParam(sessionIds),
          ]);
          const starred = new Set(rows.map((r) => r.sessionId));
          return sessionIds.map((id) => starred.has(id));
        }, BATCH),
        starredSessions: async () => {
          // the user's stars, filtered by owner in the statement; the sessions themselves are public
          // rows, shared by every request (see SharedRows) instead of read again for each delegate
          const starred = await EntityReader.of(this.ds, StarEntity).column<string>(
            'session_id',
            'WHERE t.user_id = ?',
            [userId],
          );
          for (const id of starred) loaders!.starred.prime(id, true);
          return present(await this.session.loadMany(starred));
        },
        note: new DataLoader<string, NoteEntity | null>(async (sessionIds) => {
          const reader = EntityReader.of(this.ds, NoteEntity);
          const rows = await reader.select(`WHERE t.user_id = ? AND ${reader.inList('t.session_id')}`, [
            userId,
            reader.inListParam(sessionIds),
          ]);
          const bySession = new Map(rows.map((r) => [r.sessionId, r]));
          return sessionIds.map((id) => bySession.get(id) ?? null);
        }, BATCH),
      };
      this.userLoaders.set(userId, loaders);
    }
    return loaders;
  }
}

/** One mention of a write-up, whichever table holds it. */
export interface Mention extends MentionFields {
  kind: MentionKind;
  targetId: string;
}

export interface UserLoaders {
  starred: DataLoader<string, boolean>;
  /** Every session the user starred, in no order (sessions taken out of the programme too). */
  starredSessions: () => Promise<SessionEntity[]>;
  note: DataLoader<string, NoteEntity | null>;
}
