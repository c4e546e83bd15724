import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type ObjectLiteral, In, IsNull } from 'typeorm';
import { ConferenceEntity } from '../../conferences/conference.entity';
import { RoomEntity } from '../../conferences/room.entity';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { RoundupEntity, RoundupStatus } from '../../roundups/roundup.entity';
import { SessionSpeakerEntity } from '../../sessions/session-speaker.entity';
import { SessionEntity } from '../../sessions/session.entity';
import { NoteEntity } from '../../notes/note.entity';
import { StarEntity } from '../../schedules/star.entity';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { TrackEntity } from '../../tracks/track.entity';

const BATCH = { maxBatchSize: 500 };

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Batches every lookup a GraphQL query makes into one SQL statement per kind, so a query costs a fixed
 * number of statements however many sessions or speakers it returns. One instance per request (never
 * shared between users), created in the GraphQL context.
 */
export class Loaders {
  constructor(private readonly ds: DataSource) {}

  private byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
  ): DataLoader<string, T | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.ds.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }, BATCH);
  }

  /** Targets linked to owners through a many-to-many join table, grouped by owner. */
  private linked<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    joinTable: string,
    ownerColumn: string,
    targetColumn: string,
    extraWhere?: string,
  ): DataLoader<string, T[]> {
    return new DataLoader(async (ownerIds) => {
      let qb = this.ds
        .getRepository(entity)
        .createQueryBuilder('t')
        .innerJoin(joinTable, 'j', `j.${targetColumn} = t.id`)
        .addSelect(`j.${ownerColumn}`, 'owner_id')
        .where(`j.${ownerColumn} IN (:...ownerIds)`, { ownerIds: [...ownerIds] });
      if (extraWhere) qb = qb.andWhere(extraWhere);
      // one row per (owner, target); TypeORM gives the targets once each, keyed here by id
      const { raw, entities } = await qb.getRawAndEntities<{ owner_id: string; t_id: string }>();
      const byId = new Map(entities.map((e) => [(e as unknown as { id: string }).id, e]));
      const groups = new Map<string, T[]>();
      for (const r of raw) {
        const target = byId.get(r.t_id);
        if (!target) continue;
        const list = groups.get(r.owner_id);
        if (list) list.push(target);
        else groups.set(r.owner_id, [target]);
      }
      return ownerIds.map((id) => groups.get(id) ?? []);
    }, BATCH);
  }

  readonly conference = this.byId(ConferenceEntity);
  readonly session = this.byId(SessionEntity);
  readonly speaker = this.byId(SpeakerEntity);
  readonly room = this.byId(RoomEntity);
  readonly organisation = this.byId(OrganisationEntity);
  readonly roundup = this.byId(RoundupEntity);

  readonly organisersByConference = this.linked(
    OrganisationEntity,
    'conference_organisers',
    'conference_id',
    'organisation_id',
  );
  readonly tracksBySession = this.linked(TrackEntity, 'session_tracks', 'session_id', 'track_id');
  readonly sessionsByRoundup = this.linked(
    SessionEntity,
    'roundup_sessions',
    'roundup_id',
    'session_id',
    't.removed_at IS NULL',
  );
  readonly speakersByRoundup = this.linked(SpeakerEntity, 'roundup_speakers', 'roundup_id', 'speaker_id');
  readonly roundupsBySession = this.linked(
    RoundupEntity,
    'roundup_sessions',
    'session_id',
    'roundup_id',
    `t.status = '${RoundupStatus.PUBLISHED}'`,
  );
  readonly roundupsBySpeaker = this.linked(
    RoundupEntity,
    'roundup_speakers',
    'speaker_id',
    'roundup_id',
    `t.status = '${RoundupStatus.PUBLISHED}'`,
  );

  /** Speakers of each session, in billing order. */
  readonly participantsBySession = new DataLoader<string, SessionSpeakerEntity[]>(async (ids) => {
    const rows = await this.ds
      .getRepository(SessionSpeakerEntity)
      .find({ where: { sessionId: In([...ids]) }, order: { position: 'ASC' } });
    const groups = groupBy(rows, (r) => r.sessionId);
    return ids.map((id) => groups.get(id) ?? []);
  }, BATCH);

  /** Every session a speaker took part in, across all conferences. */
  readonly participationsBySpeaker = new DataLoader<string, SessionSpeakerEntity[]>(async (ids) => {
    const rows = await this.ds.getRepository(SessionSpeakerEntity).findBy({ speakerId: In([...ids]) });
    const groups = groupBy(rows, (r) => r.speakerId);
    return ids.map((id) => groups.get(id) ?? []);
  }, BATCH);

  readonly sessionsByConference = new DataLoader<string, SessionEntity[]>(async (ids) => {
    // sessions taken out of the programme are not part of it
    const rows = await this.ds
      .getRepository(SessionEntity)
      .findBy({ conferenceId: In([...ids]), removedAt: IsNull() });
    const groups = groupBy(rows, (r) => r.conferenceId);
    return ids.map((id) => groups.get(id) ?? []);
  }, BATCH);

  /** Rooms the programme uses (a room only a removed or renamed-away session had is not listed). */
  readonly roomsByConference = new DataLoader<string, RoomEntity[]>(async (ids) => {
    const rows = await this.ds
      .getRepository(RoomEntity)
      .createQueryBuilder('r')
      .where('r.conference_id IN (:...ids)', { ids: [...ids] })
      .andWhere('EXISTS (SELECT 1 FROM sessions s WHERE s.room_id = r.id AND s.removed_at IS NULL)')
      .orderBy('r.name', 'ASC')
      .getMany();
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

  private readonly userLoaders = new Map<string, UserLoaders>();

  /** Lookups of one user's private rows; every query filters by that user's id. */
  forUser(userId: string): UserLoaders {
    let loaders = this.userLoaders.get(userId);
    if (!loaders) {
      loaders = {
        starred: new DataLoader<string, boolean>(async (sessionIds) => {
          const rows = await this.ds
            .getRepository(StarEntity)
            .findBy({ userId, sessionId: In([...sessionIds]) });
          const starred = new Set(rows.map((r) => r.sessionId));
          return sessionIds.map((id) => starred.has(id));
        }, BATCH),
        note: new DataLoader<string, NoteEntity | null>(async (sessionIds) => {
          const rows = await this.ds
            .getRepository(NoteEntity)
            .findBy({ userId, sessionId: In([...sessionIds]) });
          const bySession = new Map(rows.map((r) => [r.sessionId, r]));
          return sessionIds.map((id) => bySession.get(id) ?? null);
        }, BATCH),
      };
      this.userLoaders.set(userId, loaders);
    }
    return loaders;
  }
}

export interface UserLoaders {
  starred: DataLoader<string, boolean>;
  note: DataLoader<string, NoteEntity | null>;
}
