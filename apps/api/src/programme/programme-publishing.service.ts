import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { localDate } from '@ncasc/shared';
import { DataSource, type EntityManager, LessThan, MoreThan, type Repository } from 'typeorm';
import { newId } from '../common/database/columns';
import { isUniqueViolation } from '../common/database/errors';
import { inTransaction } from '../common/database/transactions';
import { InvalidInputError } from '../common/errors/domain-errors';
import { ConferenceEntity } from '../conferences/conference.entity';
import { RoomEntity } from '../conferences/room.entity';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { TrackEntity } from '../tracks/track.entity';
import { ProgrammeDraftEntity } from './programme-draft.entity';
import { detailsOf, diffDetails } from './conference-details';
import {
  findConference,
  lockConference,
  organiserNames,
  readPublished,
  setOrganisers,
  speakerNames,
} from './programme-rows';
import { ProgrammeVersionEntity } from './programme-version.entity';
import { checkPublishable, planPublish, sessionRow, themeName } from './publication';

/**
 * Publishing applies a conference's draft as version N+1 of its programme, raising the revision (the
 * calendar SEQUENCE) of every session it changes and keeping the changes as the version's changelog.
 */
@Injectable()
export class ProgrammePublishingService {
  constructor(
    private readonly ds: DataSource,
    @InjectRepository(ProgrammeVersionEntity) private readonly versions: Repository<ProgrammeVersionEntity>,
  ) {}

  /**
   * Makes the draft version N+1. Warnings (double bookings) must be accepted explicitly. Everything is
   * read and written in one transaction (on PostgreSQL with the conference row locked), so two
   * publishes cannot apply the same draft twice, and a draft edited meanwhile is kept, not dropped.
   */
  async publish(
    conferenceSlug: string,
    note: string | null,
    acceptWarnings: boolean,
  ): Promise<ProgrammeVersionEntity> {
    const conference = await findConference(this.ds.manager, conferenceSlug);
    const name = await speakerNames(this.ds.manager);
    try {
      return await this.publishIn(conference, note, acceptWarnings, name);
    } catch (e) {
      if (isUniqueViolation(e))
        throw new InvalidInputError(
          'conferenceSlug',
          'Another publish of this programme happened at the same time: look at the draft again',
        );
      throw e;
    }
  }

  private publishIn(
    conference: ConferenceEntity,
    note: string | null,
    acceptWarnings: boolean,
    name: (id: string) => string,
  ): Promise<ProgrammeVersionEntity> {
    return inTransaction(this.ds, async (m) => {
      await lockConference(m, conference.id);
      const draftRow = await m.getRepository(ProgrammeDraftEntity).findOneBy({ conferenceId: conference.id });
      const published = await readPublished(m, conference.id);
      const sessions = draftRow ? draftRow.body.sessions : published;
      const before = detailsOf(conference, await organiserNames(m, conference.id));
      const details = draftRow?.body.conference ?? before;
      const detailChanges = diffDetails(before, details);
      const plan = planPublish(published, sessions, name, details.timezone, detailChanges);
      checkPublishable(plan, acceptWarnings);
      const changed = new Set(plan.changes.map((c) => c.sessionId));
      const now = new Date();
      // the conference's details first: its sessions' local days are worked out in its (new) zone
      if (detailChanges.length || !conference.publishedAt) {
        const { organisers, ...columns } = details;
        await m
          .getRepository(ConferenceEntity)
          .update({ id: conference.id }, { ...columns, publishedAt: conference.publishedAt ?? now });
        if (detailChanges.some((c) => c.field === 'Organisers'))
          await setOrganisers(m, conference.id, organisers);
        if (details.timezone !== before.timezone) await this.redate(m, conference.id, details.timezone);
        Object.assign(conference, columns);
      }
      // one room per name whatever its case: “hall 1” is Hall 1
      const rooms = new Map(
        (await m.getRepository(RoomEntity).findBy({ conferenceId: conference.id })).map((r) => [
          r.name.toLowerCase(),
          r.id,
        ]),
      );
      const tracks = new Map((await m.getRepository(TrackEntity).find()).map((t) => [t.slug, t.id]));
      const existing = new Map(
        (await m.getRepository(SessionEntity).findBy({ conferenceId: conference.id })).map((s) => [s.id, s]),
      );
      for (const [position, d] of sessions.entries()) {
        if (!changed.has(d.id)) {
          // an import's key on a session it matched but did not change: kept without a new revision
          const before = existing.get(d.id);
          if (before && (d.externalId ?? null) !== before.externalId)
            await m.getRepository(SessionEntity).update({ id: d.id }, { externalId: d.externalId ?? null });
          continue;
        }
        let roomId: string | null = null;
        if (d.room) {
          roomId = rooms.get(d.room.toLowerCase()) ?? null;
          if (!roomId) {
            roomId = newId();
            await m
              .getRepository(RoomEntity)
              .insert({ id: roomId, conferenceId: conference.id, name: d.room });
            rooms.set(d.room.toLowerCase(), roomId);
          }
        }
        await m
          .getRepository(SessionEntity)
          .save(sessionRow(d, { conference, roomId, position, before: existing.get(d.id), now }));
        await m.getRepository(SessionSpeakerEntity).delete({ sessionId: d.id });
        if (d.speakers.length) {
          await m.getRepository(SessionSpeakerEntity).insert(
            d.speakers.map((s, i) => ({
              sessionId: d.id,
              speakerId: s.speakerId,
              role: s.role,
              capacity: s.capacity,
              position: i,
            })),
          );
        }
        await m
          .createQueryBuilder()
          .delete()
          .from('session_tracks')
          .where('session_id = :id', { id: d.id })
          .execute();
        for (const slug of d.tracks) {
          let trackId = tracks.get(slug);
          if (!trackId) {
            trackId = newId();
            await m.getRepository(TrackEntity).insert({ id: trackId, slug, name: themeName(slug) });
            tracks.set(slug, trackId);
          }
          await m
            .createQueryBuilder()
            .insert()
            .into('session_tracks')
            .values({ session_id: d.id, track_id: trackId })
            .execute();
        }
      }
      const last = await m
        .getRepository(ProgrammeVersionEntity)
        .findOne({ where: { conferenceId: conference.id }, order: { number: 'DESC' } });
      const version = m.getRepository(ProgrammeVersionEntity).create({
        id: newId(),
        conferenceId: conference.id,
        number: (last?.number ?? 0) + 1,
        publishedAt: now,
        note: note?.trim() || null,
        changes: plan.changes,
      });
      await m.getRepository(ProgrammeVersionEntity).save(version);
      // a draft edited after it was read here stays, and now differs from the new version by that edit
      if (draftRow)
        await m
          .getRepository(ProgrammeDraftEntity)
          .delete({ conferenceId: conference.id, updatedAt: draftRow.updatedAt });
      return version;
    });
  }

  /** A session's local day with a clock time follows the conference's zone. */
  private async redate(m: EntityManager, conferenceId: string, timezone: string): Promise<void> {
    const rows = await m.getRepository(SessionEntity).findBy({ conferenceId });
    for (const s of rows) {
      const day = s.startsAt ? localDate(s.startsAt, timezone) : s.day;
      if (day !== s.day) await m.getRepository(SessionEntity).update({ id: s.id }, { day });
    }
  }

  /**
   * A conference's versions, newest first, at most `first`: those older than version `before` (the
   * keyset of programmeVersions' pages) or else newer than version `after` (My schedule's changes since
   * the version last seen), when given.
   */
  listVersions(
    conferenceId: string,
    first: number,
    { before, after }: { before?: number; after?: number | null } = {},
  ): Promise<ProgrammeVersionEntity[]> {
    const number =
      before !== undefined
        ? LessThan(before)
        : after !== null && after !== undefined
          ? MoreThan(after)
          : undefined;
    return this.versions.find({
      where: { conferenceId, ...(number ? { number } : {}) },
      order: { number: 'DESC' },
      take: first,
    });
  }
}
