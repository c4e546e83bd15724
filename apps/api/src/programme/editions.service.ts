import { Injectable } from '@nestjs/common';
import { CONFERENCE_TIME_ZONE, type ConferenceSeries, SERIES_NAMES } from '@ncasc/shared';
import { DataSource, type EntityManager, In } from 'typeorm';
import { newId } from '../common/database/columns';
import { isUniqueViolation } from '../common/database/errors';
import { inTransaction } from '../common/database/transactions';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { ConferenceEntity } from '../conferences/conference.entity';
import { RoomEntity } from '../conferences/room.entity';
import { SessionEntity } from '../sessions/session.entity';
import { TrackEntity } from '../tracks/track.entity';
import { checkDetails, type ConferenceDetails, mergeDetails } from './conference-details';
import { ConferenceThemeEntity } from './conference-theme.entity';
import type { DraftSession } from './draft';
import { ProgrammeDraftEntity } from './programme-draft.entity';
import { findConference, lockConference, readPublished, setOrganisers } from './programme-rows';

export interface NewEdition extends Partial<ConferenceDetails> {
  series: ConferenceSeries;
  year: number;
  copyFrom?: string | null;
}

const sameName = (a: string | null, b: string) => a?.toLowerCase() === b.toLowerCase();

/**
 * New editions of a conference and their rooms. A new edition is unpublished (the public does not see
 * it) until its programme is first published. Rooms are a conference's reference data: their edits
 * apply at once, and the draft follows a rename.
 */
@Injectable()
export class EditionsService {
  constructor(private readonly ds: DataSource) {}

  /** A new, unpublished edition; `copyFrom` gives it that edition's rooms and themes, nothing else. */
  async createConference(input: NewEdition): Promise<ConferenceEntity> {
    const slug = `${input.series.toLowerCase()}-${input.year}`;
    const details = mergeDetails(
      {
        name: `${SERIES_NAMES[input.series]} ${input.year}`,
        startsOn: null,
        endsOn: null,
        timezone: CONFERENCE_TIME_ZONE,
        city: null,
        venue: null,
        hashtag: null,
        organisers: [],
      },
      input,
    );
    const problem = checkDetails(details);
    if (problem) throw new InvalidInputError(problem.field, problem.message);
    try {
      return await inTransaction(this.ds, async (m) => {
        if (await m.existsBy(ConferenceEntity, { slug }))
          throw new InvalidInputError('year', `${slug} exists already: edit it rather than create it`);
        const source = input.copyFrom ? await m.findOneBy(ConferenceEntity, { slug: input.copyFrom }) : null;
        if (input.copyFrom && !source)
          throw new InvalidInputError('copyFrom', `there is no conference ${input.copyFrom} to copy from`);
        const { organisers, ...columns } = details;
        const conference = await m.save(ConferenceEntity, {
          id: newId(),
          slug,
          series: input.series,
          year: input.year,
          ...columns,
          sourceEvidence: null,
          leftEmpty: [],
          publishedAt: null,
        });
        await setOrganisers(m, conference.id, organisers);
        if (source) await this.copyReferenceData(m, source, conference);
        return conference;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new InvalidInputError('year', `${slug} exists already`);
      throw e;
    }
  }

  /** The source's rooms (names and capacities) and the themes it offers or its sessions have. */
  private async copyReferenceData(
    m: EntityManager,
    from: ConferenceEntity,
    to: ConferenceEntity,
  ): Promise<void> {
    const rooms = await m.findBy(RoomEntity, { conferenceId: from.id });
    if (rooms.length)
      await m.insert(
        RoomEntity,
        rooms.map((r) => ({ id: newId(), conferenceId: to.id, name: r.name, capacity: r.capacity })),
      );
    const themes = await this.themesOf(from, [], m);
    if (themes.length)
      await m.insert(
        ConferenceThemeEntity,
        themes.map((t) => ({ conferenceId: to.id, trackId: t.id })),
      );
  }

  /** The themes a conference offers: those given to it, and those its published and draft sessions have. */
  async themesOf(
    conference: ConferenceEntity,
    draft: DraftSession[] = [],
    m: EntityManager = this.ds.manager,
  ): Promise<TrackEntity[]> {
    const given = await m.findBy(ConferenceThemeEntity, { conferenceId: conference.id });
    const used: { track_id: string }[] = await m
      .createQueryBuilder()
      .select('j.track_id', 'track_id')
      .from('session_tracks', 'j')
      .innerJoin('sessions', 's', 's.id = j.session_id')
      .where('s.conference_id = :id', { id: conference.id })
      .getRawMany();
    const ids = [...new Set([...given.map((g) => g.trackId), ...used.map((u) => u.track_id)])];
    const slugs = [...new Set(draft.flatMap((s) => (s.removed ? [] : s.tracks)))];
    return m.find(TrackEntity, { where: [{ id: In(ids) }, { slug: In(slugs) }], order: { name: 'ASC' } });
  }

  /** Every room of a conference, by name. */
  rooms(conference: ConferenceEntity): Promise<RoomEntity[]> {
    return this.ds
      .getRepository(RoomEntity)
      .find({ where: { conferenceId: conference.id }, order: { name: 'ASC' } });
  }

  async createRoom(input: {
    conferenceSlug: string;
    name: string;
    capacity?: number | null;
  }): Promise<RoomEntity> {
    const conference = await findConference(this.ds.manager, input.conferenceSlug);
    const name = input.name.trim();
    return inTransaction(this.ds, async (m) => {
      await this.refuseClash(m, conference.id, name, null);
      return m.save(RoomEntity, {
        id: newId(),
        conferenceId: conference.id,
        name,
        capacity: input.capacity ?? null,
      });
    });
  }

  /** Renames a room (its published sessions show the new name at once; its draft sessions follow) or sets its capacity. */
  async updateRoom(id: string, input: { name?: string; capacity?: number | null }): Promise<RoomEntity> {
    return inTransaction(this.ds, async (m) => {
      const room = await m.findOneBy(RoomEntity, { id });
      if (!room) throw new NotFoundError('Room', 'id');
      await lockConference(m, room.conferenceId);
      const name = input.name?.trim();
      if (name && name !== room.name) {
        await this.refuseClash(m, room.conferenceId, name, room.id);
        const draft = await m.findOneBy(ProgrammeDraftEntity, { conferenceId: room.conferenceId });
        if (draft) {
          for (const s of draft.body.sessions) if (sameName(s.room, room.name)) s.room = name;
          await m.save(draft);
        }
        room.name = name;
      }
      if (input.capacity !== undefined) room.capacity = input.capacity;
      return m.save(room);
    });
  }

  /** Removes a room no session uses, in the draft or published (removed sessions too: their feeds name it). */
  async removeRoom(id: string): Promise<boolean> {
    return inTransaction(this.ds, async (m) => {
      const room = await m.findOneBy(RoomEntity, { id });
      if (!room) throw new NotFoundError('Room', 'id');
      await lockConference(m, room.conferenceId);
      const draft = await m.findOneBy(ProgrammeDraftEntity, { conferenceId: room.conferenceId });
      const sessions = draft ? draft.body.sessions : await readPublished(m, room.conferenceId);
      const titles = new Set(
        sessions.filter((s) => !s.removed && sameName(s.room, room.name)).map((s) => s.title),
      );
      for (const s of await m.findBy(SessionEntity, { roomId: room.id })) titles.add(s.title);
      if (titles.size)
        throw new InvalidInputError(
          'id',
          `“${room.name}” is used by ${titles.size} session(s): ${[...titles].map((t) => `“${t}”`).join(', ')}`,
        );
      await m.delete(RoomEntity, { id: room.id });
      return true;
    });
  }

  private async refuseClash(m: EntityManager, conferenceId: string, name: string, except: string | null) {
    const rooms = await m.findBy(RoomEntity, { conferenceId });
    if (rooms.some((r) => r.id !== except && sameName(r.name, name)))
      throw new InvalidInputError('name', `this conference has a room called “${name}” already`);
  }
}
