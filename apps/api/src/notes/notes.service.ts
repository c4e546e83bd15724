import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { newId } from '../common/database/columns';
import { NotFoundError } from '../common/errors/domain-errors';
import { ConferenceEntity } from '../conferences/conference.entity';
import { sortAcrossConferences } from '../sessions/agenda-order';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { NoteEntity } from './note.entity';
import { type ExportedNote, notesToMarkdown } from './notes-export';

/** Every method takes the caller's id and filters by it in the query: there is no way to name another's note. */
@Injectable()
export class NotesService {
  constructor(
    @InjectRepository(NoteEntity) private readonly notes: Repository<NoteEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(ConferenceEntity) private readonly conferences: Repository<ConferenceEntity>,
    @InjectRepository(SessionSpeakerEntity) private readonly participants: Repository<SessionSpeakerEntity>,
  ) {}

  /** Creates or replaces the caller's note on a session. */
  async save(userId: string, sessionId: string, body: string): Promise<NoteEntity> {
    if (!(await this.sessions.existsBy({ id: sessionId }))) throw new NotFoundError('Session', 'sessionId');
    // one row per (user, session): a second save replaces the body and keeps the note's id
    await this.notes
      .createQueryBuilder()
      .insert()
      .values({ id: newId(), userId, sessionId, body })
      .orUpdate(['body', 'updated_at'], ['user_id', 'session_id'])
      .execute();
    return this.notes.findOneByOrFail({ userId, sessionId });
  }

  async delete(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.notes.delete({ userId, sessionId });
    return (result.affected ?? 0) > 0;
  }

  /** The caller's notes (of one conference, or all), with their sessions, in agenda order by conference. */
  async list(
    userId: string,
    conferenceSlug?: string,
  ): Promise<{ note: NoteEntity; session: SessionEntity }[]> {
    const qb = this.notes
      .createQueryBuilder('n')
      .innerJoinAndSelect('n.session', 's')
      .innerJoin(ConferenceEntity, 'c', 'c.id = s.conference_id')
      .where('n.user_id = :userId', { userId });
    if (conferenceSlug) qb.andWhere('c.slug = :slug', { slug: conferenceSlug });
    const notes = await qb.getMany();
    const conferences = await this.conferences.findBy({
      id: In([...new Set(notes.map((n) => n.session!.conferenceId))]),
    });
    const bySession = new Map(notes.map((n) => [n.sessionId, n]));
    return sortAcrossConferences(
      notes.map((n) => n.session!),
      conferences,
    ).map((session) => ({ note: bySession.get(session.id)!, session }));
  }

  /** All the caller's notes on a conference as one Markdown document, or null for an unknown conference. */
  async exportMarkdown(
    userId: string,
    userName: string,
    conferenceSlug: string,
    now = new Date(),
  ): Promise<string | null> {
    const conference = await this.conferences.findOneBy({ slug: conferenceSlug });
    if (!conference) return null;
    const notes = await this.list(userId, conferenceSlug);
    const participants = notes.length
      ? await this.participants.find({
          where: { sessionId: In(notes.map((n) => n.session.id)) },
          relations: { speaker: { organisation: true } },
          order: { position: 'ASC' },
        })
      : [];
    const exported: ExportedNote[] = notes.map(({ note, session }) => ({
      body: note.body,
      session,
      speakers: participants
        .filter((p) => p.sessionId === session.id)
        .map((p) => ({ name: p.speaker!.name, role: p.role })),
    }));
    return notesToMarkdown(conference, exported, { userName, exportedAt: now });
  }
}
