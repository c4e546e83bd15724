import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  localDate,
  SessionStatus,
  type SessionType,
  SpeakerRole,
  slugify,
  TimePrecision,
  type DayPart,
} from '@ncasc/shared';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { newId } from '../common/database/columns';
import { isUniqueViolation } from '../common/database/errors';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { ConferenceEntity } from '../conferences/conference.entity';
import { RoomEntity } from '../conferences/room.entity';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { diffProgramme, type ProgrammeChange } from './diff';
import { checkSession, type DraftSession, draftWarnings } from './draft';
import { ProgrammeDraftEntity } from './programme-draft.entity';
import { ProgrammeVersionEntity } from './programme-version.entity';
import { inTransaction, write } from '../common/database/transactions';

export interface SessionEdit {
  title?: string;
  summary?: string | null;
  type?: SessionType;
  status?: SessionStatus;
  timePrecision?: TimePrecision;
  day?: string | null;
  dayPart?: DayPart | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  room?: string | null;
  tracks?: string[];
  speakers?: { speakerId?: string | null; name?: string | null; role?: SpeakerRole | null }[];
}

/** An edited draft session with what its answer needs. */
export interface EditedSession {
  session: DraftSession;
  conference: ConferenceEntity;
  published: boolean;
}

export interface Preview {
  conference: ConferenceEntity;
  sessions: DraftSession[];
  published: Set<string>;
  changes: ProgrammeChange[];
  warnings: string[];
}

/**
 * Organisers edit a draft of a conference's programme; the public keeps reading the published one (the
 * sessions tables) until publishProgramme applies the draft as version N+1, raising the revision (the
 * calendar SEQUENCE) of every session it changes and keeping a changelog.
 */
@Injectable()
export class ProgrammeService {
  constructor(
    private readonly ds: DataSource,
    @InjectRepository(ProgrammeVersionEntity) private readonly versions: Repository<ProgrammeVersionEntity>,
    @InjectRepository(ConferenceEntity) private readonly conferences: Repository<ConferenceEntity>,
    @InjectRepository(SpeakerEntity) private readonly speakers: Repository<SpeakerEntity>,
  ) {}

  async conference(slug: string): Promise<ConferenceEntity> {
    const c = await this.conferences.findOneBy({ slug });
    if (!c) throw new NotFoundError('Conference', 'conferenceSlug');
    return c;
  }

  /** The published programme in draft form (removed sessions included, marked). */
  async published(conferenceId: string, m: EntityManager = this.ds.manager): Promise<DraftSession[]> {
    const sessions = await m
      .getRepository(SessionEntity)
      .find({ where: { conferenceId }, relations: { room: true, tracks: true } });
    const people = sessions.length
      ? await m
          .getRepository(SessionSpeakerEntity)
          .find({ where: { sessionId: In(sessions.map((s) => s.id)) }, order: { position: 'ASC' } })
      : [];
    return sessions
      .sort((a, b) => a.sequence - b.sequence)
      .map((s) => ({
        id: s.id,
        title: s.title,
        summary: s.summary,
        type: s.type,
        status: s.status,
        timePrecision: s.timePrecision,
        day: s.timePrecision === TimePrecision.EXACT ? null : s.day,
        dayPart: s.dayPart,
        startsAt: s.startsAt?.toISOString() ?? null,
        endsAt: s.endsAt?.toISOString() ?? null,
        room: s.room?.name ?? null,
        tracks: (s.tracks ?? []).map((t) => t.slug).sort(),
        speakers: people
          .filter((p) => p.sessionId === s.id)
          .map((p) => ({ speakerId: p.speakerId, role: p.role, capacity: p.capacity })),
        removed: s.removedAt !== null,
      }));
  }

  async draft(conference: ConferenceEntity, m: EntityManager = this.ds.manager): Promise<DraftSession[]> {
    const found = await m.getRepository(ProgrammeDraftEntity).findOneBy({ conferenceId: conference.id });
    return found ? found.body.sessions : this.published(conference.id, m);
  }

  private async saveDraft(
    conference: ConferenceEntity,
    sessions: DraftSession[],
    m: EntityManager,
  ): Promise<void> {
    await m.getRepository(ProgrammeDraftEntity).save({ conferenceId: conference.id, body: { sessions } });
  }

  /**
   * Reads, changes and saves a draft in one transaction, with the conference row locked on PostgreSQL
   * (SQLite takes transactions one at a time): two edits at once both land, neither overwrites the other.
   */
  private editDraft<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.ds, work);
  }

  private async lockConference(m: EntityManager, conferenceId: string): Promise<void> {
    if (m.connection.options.type === 'postgres')
      await m.query('SELECT id FROM conferences WHERE id = $1 FOR UPDATE', [conferenceId]);
  }

  private async speakerName(): Promise<(id: string) => string> {
    const all = await this.speakers.find({ select: { id: true, name: true } });
    const names = new Map(all.map((s) => [s.id, s.name]));
    return (id) => names.get(id) ?? 'an unknown speaker';
  }

  async preview(conference: ConferenceEntity): Promise<Preview> {
    const [published, sessions, name] = await Promise.all([
      this.published(conference.id),
      this.draft(conference),
      this.speakerName(),
    ]);
    return {
      conference,
      sessions,
      published: new Set(published.map((s) => s.id)),
      changes: diffProgramme(published, sessions, name, conference.timezone),
      warnings: draftWarnings(sessions, name, conference.timezone),
    };
  }

  /** Which conference's draft holds a session (published sessions by their row; new ones by the drafts). */
  private async locate(
    sessionId: string,
    m: EntityManager,
  ): Promise<{ conference: ConferenceEntity; sessions: DraftSession[]; index: number }> {
    const published = await m
      .getRepository(SessionEntity)
      .findOne({ where: { id: sessionId }, relations: { conference: true } });
    let conference = published?.conference ?? null;
    if (!conference) {
      for (const d of await m.getRepository(ProgrammeDraftEntity).find({ relations: { conference: true } })) {
        if (d.body.sessions.some((s) => s.id === sessionId)) conference = d.conference!;
      }
    }
    if (!conference) throw new NotFoundError('Session', 'id');
    await this.lockConference(m, conference.id);
    const sessions = await this.draft(conference, m);
    const index = sessions.findIndex((s) => s.id === sessionId);
    if (index < 0) throw new NotFoundError('Session', 'id');
    return { conference, sessions, index };
  }

  private async apply(
    conference: ConferenceEntity,
    current: DraftSession,
    edit: SessionEdit,
    m: EntityManager,
  ): Promise<DraftSession> {
    const next: DraftSession = { ...current };
    for (const key of [
      'title',
      'summary',
      'type',
      'status',
      'timePrecision',
      'day',
      'dayPart',
      'room',
    ] as const) {
      if (edit[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = edit[key];
    }
    if (edit.title !== undefined) next.title = edit.title.trim();
    if (edit.room !== undefined) next.room = edit.room?.trim() || null;
    if (edit.startsAt !== undefined) next.startsAt = edit.startsAt?.toISOString() ?? null;
    if (edit.endsAt !== undefined) next.endsAt = edit.endsAt?.toISOString() ?? null;
    if (next.timePrecision === TimePrecision.EXACT) next.day = null;
    if (next.timePrecision !== TimePrecision.DAY_PART) next.dayPart = edit.dayPart ?? null;
    if (edit.tracks !== undefined)
      next.tracks = [...new Set(edit.tracks.map((t) => slugify(t)).filter(Boolean))].sort();
    const problem = checkSession(next, conference);
    if (problem) throw new InvalidInputError(problem.field, problem.message);
    if (next.tracks.some((t) => t.length > 80))
      throw new InvalidInputError('tracks', 'a theme slug must be at most 80 characters');
    // speakers named for the first time are created only once the rest of the edit is known to be sound
    if (edit.speakers !== undefined) {
      next.speakers = await this.resolveSpeakers(edit.speakers, current.speakers, m);
    }
    return next;
  }

  /** Speakers by id, or by name (a new name creates the speaker). */
  private async resolveSpeakers(
    list: NonNullable<SessionEdit['speakers']>,
    current: DraftSession['speakers'],
    m: EntityManager,
  ): Promise<DraftSession['speakers']> {
    const speakers = m.getRepository(SpeakerEntity);
    // a speaker already in the session keeps their part and their title at the time unless told otherwise
    const kept = new Map(current.map((p) => [p.speakerId, p]));
    const out: DraftSession['speakers'] = [];
    for (const [i, s] of list.entries()) {
      let id = s.speakerId ?? null;
      if (id) {
        if (!(await speakers.existsBy({ id })))
          throw new InvalidInputError(`speakers.${i}.speakerId`, 'no speaker has this id');
      } else {
        const name = s.name?.trim();
        if (!name) throw new InvalidInputError(`speakers.${i}`, 'give a speakerId or a name');
        const existing = await speakers.findOneBy({ name });
        id =
          existing?.id ??
          (
            await speakers.save({
              id: newId(),
              name,
              honorifics: null,
              role: null,
              organisationId: null,
              sourceRoundupId: null,
            })
          ).id;
      }
      if (!out.some((o) => o.speakerId === id)) {
        const before = kept.get(id);
        out.push({
          speakerId: id,
          role: s.role ?? before?.role ?? SpeakerRole.SPEAKER,
          capacity: before?.capacity ?? null,
        });
      }
    }
    return out;
  }

  async createSession(
    conferenceSlug: string,
    edit: SessionEdit & { title: string; type: SessionType; timePrecision: TimePrecision },
  ): Promise<EditedSession> {
    const conference = await this.conference(conferenceSlug);
    const blank: DraftSession = {
      id: newId(),
      title: '',
      summary: null,
      type: edit.type,
      status: SessionStatus.SCHEDULED,
      timePrecision: edit.timePrecision,
      day: null,
      dayPart: null,
      startsAt: null,
      endsAt: null,
      room: null,
      tracks: [],
      speakers: [],
      removed: false,
    };
    return this.editDraft(async (m) => {
      await this.lockConference(m, conference.id);
      const sessions = await this.draft(conference, m);
      const session = await this.apply(conference, blank, edit, m);
      await this.saveDraft(conference, [...sessions, session], m);
      return { session, conference, published: false };
    });
  }

  updateSession(id: string, edit: SessionEdit): Promise<EditedSession> {
    return this.editDraft(async (m) => {
      const { conference, sessions, index } = await this.locate(id, m);
      if (sessions[index].removed)
        throw new InvalidInputError('id', 'this session has been removed from the programme');
      sessions[index] = await this.apply(conference, sessions[index], edit, m);
      await this.saveDraft(conference, sessions, m);
      const published = await m.getRepository(SessionEntity).existsBy({ id });
      return { session: sessions[index], conference, published };
    });
  }

  cancelSession(id: string): Promise<EditedSession> {
    return this.updateSession(id, { status: SessionStatus.CANCELLED });
  }

  /** A session never published simply leaves the draft; a published one is marked for removal. */
  removeSession(id: string): Promise<boolean> {
    return this.editDraft(async (m) => {
      const { conference, sessions, index } = await this.locate(id, m);
      const published = await m.getRepository(SessionEntity).existsBy({ id });
      if (published) sessions[index] = { ...sessions[index], removed: true };
      else sessions.splice(index, 1);
      await this.saveDraft(conference, sessions, m);
      return true;
    });
  }

  /** Renames a room in every draft session that uses it. */
  async renameRoom(conferenceSlug: string, from: string, to: string): Promise<number> {
    const conference = await this.conference(conferenceSlug);
    const name = to.trim();
    if (!name) throw new InvalidInputError('to', 'the new room name must not be empty');
    return this.editDraft(async (m) => {
      await this.lockConference(m, conference.id);
      const sessions = await this.draft(conference, m);
      let count = 0;
      for (const s of sessions) {
        if (s.room === from) {
          s.room = name;
          count++;
        }
      }
      if (!count) throw new NotFoundError(`A room called “${from}” in the draft`, 'from');
      await this.saveDraft(conference, sessions, m);
      return count;
    });
  }

  async discardDraft(conferenceSlug: string): Promise<boolean> {
    const conference = await this.conference(conferenceSlug);
    const result = await write(this.ds, (m) =>
      m.getRepository(ProgrammeDraftEntity).delete({ conferenceId: conference.id }),
    );
    return (result.affected ?? 0) > 0;
  }

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
    const conference = await this.conference(conferenceSlug);
    const name = await this.speakerName();
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
      await this.lockConference(m, conference.id);
      const draftRow = await m.getRepository(ProgrammeDraftEntity).findOneBy({ conferenceId: conference.id });
      const published = await this.published(conference.id, m);
      const sessions = draftRow ? draftRow.body.sessions : published;
      const changes = diffProgramme(published, sessions, name, conference.timezone);
      const warnings = draftWarnings(sessions, name, conference.timezone);
      if (!changes.length)
        throw new InvalidInputError(
          'conferenceSlug',
          'Nothing to publish: the draft is the same as the published programme',
        );
      if (warnings.length && !acceptWarnings) {
        throw new InvalidInputError(
          'acceptWarnings',
          `${warnings.length} warning(s) to accept first: ${warnings.join('; ')}`,
        );
      }
      const changed = new Set(changes.map((c) => c.sessionId));
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
      const now = new Date();
      for (const [position, d] of sessions.entries()) {
        if (!changed.has(d.id)) continue;
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
        const before = existing.get(d.id);
        await m.getRepository(SessionEntity).save({
          id: d.id,
          conferenceId: conference.id,
          title: d.title,
          summary: d.summary,
          type: d.type,
          status: d.status,
          timePrecision: d.timePrecision,
          day: d.startsAt ? localDate(d.startsAt, conference.timezone) : d.day,
          dayPart: d.dayPart,
          startsAt: d.startsAt ? new Date(d.startsAt) : null,
          endsAt: d.endsAt ? new Date(d.endsAt) : null,
          roomId,
          sequence: before?.sequence ?? 1000 + position,
          revision: (before?.revision ?? -1) + 1,
          removedAt: d.removed ? (before?.removedAt ?? now) : null,
          sourceRoundupId: before?.sourceRoundupId ?? null,
          sourceEvidence: before?.sourceEvidence ?? null,
        });
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
            await m.getRepository(TrackEntity).insert({
              id: trackId,
              slug,
              name: slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
            });
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
        changes,
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

  /** The latest `first` versions, newest first. */
  listVersions(conferenceId: string, first: number): Promise<ProgrammeVersionEntity[]> {
    return this.versions.find({ where: { conferenceId }, order: { number: 'DESC' }, take: first });
  }
}
