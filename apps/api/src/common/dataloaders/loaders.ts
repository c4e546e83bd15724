import { groupBy } from '@ncasc/shared';
import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type ObjectLiteral, In } from 'typeorm';
import { EntityReader } from '../database/entity-reader';
import { present } from '../loaded';
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
import { ConferenceEntity } from '../../conferences/conference.entity';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { SessionEntity } from '../../sessions/session.entity';
import { NoteEntity } from '../../notes/note.entity';
import { StarEntity } from '../../schedules/star.entity';
import { type SpeakerModel, toSpeakerModel } from '../../speakers/models/speaker.model';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { toOrganisationModel } from '../../organisations/models/organisation.model';

const BATCH = { maxBatchSize: 500 };

/** Only mentions staff confirmed are public links between write-ups and speakers or sessions. */
const CONFIRMED = `j.status = '${MentionStatus.CONFIRMED}'`;

/**
 * Batches every lookup a GraphQL query makes into one SQL statement per kind, so a query costs a fixed
 * number of statements however many rows it returns. One instance per request (never shared between
 * users), created in the GraphQL context. The published programme (sessions with their rooms, themes and
 * speakers) is not read here but from sessions/published, shared by every request.
 */
export class Loaders {
  constructor(private readonly ds: DataSource) {}

  /** Rows by a unique column (the id unless told). */
  private byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    unique: { column: string; of: (row: T) => string } = { column: 'id', of: (row) => row.id },
  ): DataLoader<string, T | null> {
    const read = async (keys: string[]) => {
      const reader = EntityReader.of(this.ds, entity);
      const rows = await reader.select(`WHERE ${reader.inList(`t.${unique.column}`)}`, [
        reader.inListParam(keys),
      ]);
      return new Map(rows.map((r) => [unique.of(r), r]));
    };
    return new DataLoader(async (ids) => {
      const map = await read([...ids]);
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
    return new DataLoader(async (ownerIds) => {
      const map = await read([...ownerIds]);
      return ownerIds.map((id) => map.get(id) ?? []);
    }, BATCH);
  }

  readonly roundup = this.byId(RoundupEntity);
  readonly conference = this.byId(ConferenceEntity);
  /** Speakers and sessions as stored, drafts' too (organisers' views; the public reads sessions/published). */
  readonly speaker = this.byId(SpeakerEntity);
  readonly session = this.byId(SessionEntity);
  readonly organisation = this.byId(OrganisationEntity);

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

  /** Speakers as the API gives them, with their organisations (one statement for all of them). */
  async speakerModels(rows: readonly SpeakerEntity[]): Promise<SpeakerModel[]> {
    const ids = [...new Set(rows.flatMap((s) => (s.organisationId ? [s.organisationId] : [])))];
    const organisations = new Map(present(await this.organisation.loadMany(ids)).map((o) => [o.id, o]));
    return rows.map((s) => {
      const o = s.organisationId ? organisations.get(s.organisationId) : undefined;
      return toSpeakerModel(s, o ? toOrganisationModel(o) : null);
    });
  }

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
        starredIds: async () => {
          // the user's stars, filtered by owner in the statement (the sessions themselves come from the
          // published programme, shared by every request)
          const starred = await EntityReader.of(this.ds, StarEntity).column<string>(
            'session_id',
            'WHERE t.user_id = ?',
            [userId],
          );
          for (const id of starred) loaders!.starred.prime(id, true);
          return starred;
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
  /** The ids of every session the user starred, in no order (sessions taken out of the programme too). */
  starredIds: () => Promise<string[]>;
  note: DataLoader<string, NoteEntity | null>;
}
