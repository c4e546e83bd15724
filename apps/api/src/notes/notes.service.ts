import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { newId } from '../common/database/columns';
import { isUniqueViolation } from '../common/database/errors';
import { EntityReader } from '../common/database/entity-reader';
import { inTransaction } from '../common/database/transactions';
import { NotFoundError } from '../common/errors/domain-errors';
import { ConferenceEntity } from '../conferences/conference.entity';
import { cursorYear, sessionOrderKey, sortAcrossConferences } from '../sessions/agenda-order';
import { type CursorKey, pageInMemory } from '../common/graphql/paging';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import type { ProgrammeReader } from '../sessions/published/published-programme.service';
import type { PublishedSession } from '../sessions/published/published-programme';
import { SessionEntity } from '../sessions/session.entity';
import { NoteConflictError } from './note-conflict.error';
import { NoteEntity } from './note.entity';
import { type ExportedNote, notesToMarkdown } from './notes-export';

/**
 * The version a change was made to: the note's `updatedAt`, or null when it was made where there was
 * none; undefined when the client does not say (then the change is made whatever the note is).
 */
export type BaseVersion = Date | null | undefined;

/** Whether the stored note (or its absence) is the version the change was made to. */
function isVersion(current: NoteEntity | null, base: Date | null): boolean {
  if (current === null || base === null) return current === null && base === null;
  return current.updatedAt.getTime() === base.getTime();
}

/**
 * The `updatedAt` of a new version: now, to the millisecond (the database's own clock keeps whole
 * seconds on SQLite, too coarse to tell two saves apart), and always later than the one it replaces.
 */
function nextVersionTime(current: NoteEntity | null, now = new Date()): Date {
  const after = current ? current.updatedAt.getTime() + 1 : 0;
  return new Date(Math.max(now.getTime(), after));
}

/** Which of the caller's notes list() answers with: all, or `first` after the cursor `after`. */
type NotesPage = { first?: number | null; after?: CursorKey | null };

/** Notes with their sessions in agenda order by conference, then only the page's (see list()). */
function inNotesOrder<S>(
  notes: { note: NoteEntity; session: S }[],
  rowOf: (session: S) => SessionEntity,
  conferences: ConferenceEntity[],
  page: NotesPage,
): { note: NoteEntity; session: S }[] {
  const byId = new Map(conferences.map((c) => [c.id, c]));
  const bySession = new Map(notes.map((n) => [rowOf(n.session), n]));
  const sorted = sortAcrossConferences([...bySession.keys()], conferences);
  return pageInMemory(sorted, page, (row) => sessionOrderKey(row, byId.get(row.conferenceId)!)).map((row) =>
    bySession.get(row)!,
  );
}

/** Every method takes the caller's id and filters by it in the query: there is no way to name another's note. */
@Injectable()
export class NotesService {
  constructor(
    private readonly ds: DataSource,
    @InjectRepository(NoteEntity) private readonly notes: Repository<NoteEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(ConferenceEntity) private readonly conferences: Repository<ConferenceEntity>,
    @InjectRepository(SessionSpeakerEntity) private readonly participants: Repository<SessionSpeakerEntity>,
  ) {}

  /**
   * Creates or replaces the caller's note on a session. With a base version (see BaseVersion), only when
   * the stored note is still that version; else a NoteConflictError with the note as it now is. Saving
   * the body the note already has changes nothing and succeeds whatever the base (a save retried after
   * its answer was lost is not a conflict with itself).
   */
  async save(userId: string, sessionId: string, body: string, base?: BaseVersion): Promise<NoteEntity> {
    if (!(await this.sessions.existsBy({ id: sessionId }))) throw new NotFoundError('Session', 'sessionId');
    const attempt = () =>
      inTransaction(this.ds, async (m) => {
        const current = await this.current(m, userId, sessionId);
        if (current && current.body === body) return current;
        if (base !== undefined && !isVersion(current, base)) throw new NoteConflictError(current);
        const updatedAt = nextVersionTime(current);
        // one row per (user, session): a second save replaces the body and keeps the note's id
        if (current) await m.update(NoteEntity, { id: current.id, userId }, { body, updatedAt });
        else await m.insert(NoteEntity, { id: newId(), userId, sessionId, body, updatedAt });
        return m.findOneByOrFail(NoteEntity, { userId, sessionId });
      });
    try {
      return await attempt();
    } catch (e) {
      // made at the same moment by another request (PostgreSQL): that one is now the stored note
      if (!isUniqueViolation(e)) throw e;
      return attempt();
    }
  }

  /**
   * Deletes the caller's note on a session; false when there was none. With a base version, only when
   * the stored note is still that version (see save).
   */
  async delete(userId: string, sessionId: string, base?: BaseVersion): Promise<boolean> {
    return inTransaction(this.ds, async (m) => {
      const current = await this.current(m, userId, sessionId);
      // already gone (also a delete retried after its answer was lost)
      if (!current) return false;
      if (base !== undefined && !isVersion(current, base)) throw new NoteConflictError(current);
      await m.delete(NoteEntity, { id: current.id, userId });
      return true;
    });
  }

  /** The caller's note as stored, locked for the rest of the transaction on PostgreSQL. */
  private current(m: EntityManager, userId: string, sessionId: string): Promise<NoteEntity | null> {
    return m.findOne(NoteEntity, {
      where: { userId, sessionId },
      ...(m.connection.options.type === 'postgres' ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /**
   * The caller's notes (of one conference, or all), with their sessions, in agenda order by conference;
   * with a page, only those after its cursor (a session's place, see sessionOrderKey). The owner and the
   * cursor's year are in the WHERE; the agenda order within a year depends on time zones, so the rest
   * of the key is compared here, over one person's notes from that year on.
   */
  async list(
    userId: string,
    conferenceSlug?: string,
    page: NotesPage = {},
  ): Promise<{ note: NoteEntity; session: SessionEntity }[]> {
    const notes = (await this.notesOf(userId, conferenceSlug, page)).map((n) => n.note);
    if (!notes.length) return [];
    const sessionReader = EntityReader.of(this.ds, SessionEntity);
    const ids = sessionReader.inListParam(notes.map((n) => n.sessionId));
    const [sessions, conferences] = await Promise.all([
      sessionReader.select(`WHERE ${sessionReader.inList('t.id')}`, [ids]),
      EntityReader.of(this.ds, ConferenceEntity).select(
        `WHERE t.id IN (SELECT s.conference_id FROM sessions s WHERE ${sessionReader.inList('s.id')})`,
        [ids],
      ),
    ]);
    const byId = new Map(sessions.map((s) => [s.id, s]));
    // (a note whose session went between the statements is left out, as if it had gone before)
    const found = notes.flatMap((note) => {
      const session = byId.get(note.sessionId);
      return session ? [{ note, session }] : [];
    });
    return inNotesOrder(found, (s) => s, conferences, page);
  }

  /**
   * list() for myNotes: the sessions as the request's published programme has them (kept in memory per
   * version, and what the answer shows), so only the notes (with their sessions' conferences) are read.
   */
  async listPublished(
    userId: string,
    programme: ProgrammeReader,
    conferenceSlug?: string,
    page: NotesPage = {},
  ): Promise<{ note: NoteEntity; session: PublishedSession }[]> {
    const stored = await this.notesOf(userId, conferenceSlug, page);
    const sessions = await programme.sessionsOfRows(
      stored.map(({ note, conferenceId }) => ({ id: note.sessionId, conferenceId })),
    );
    const byId = new Map(sessions.map((s) => [s.row.id, s]));
    const found = stored.map(({ note }) => {
      const session = byId.get(note.sessionId);
      if (!session) throw new Error(`note on missing session ${note.sessionId}`);
      return { note, session };
    });
    const conferences = [...new Map(found.map(({ session: s }) => [s.conference.id, s.conference])).values()];
    return inNotesOrder(found, (s) => s.row, conferences, page);
  }

  /**
   * The caller's notes that list() answers with, as stored, each with its session's conference (one
   * statement; the conferences are joined only for a conference or a page: every note has a session,
   * and every session a conference, their keys cascading on delete).
   */
  private async notesOf(
    userId: string,
    conferenceSlug: string | undefined,
    page: NotesPage,
  ): Promise<{ note: NoteEntity; conferenceId: string }[]> {
    const filters: string[] = [];
    const params: unknown[] = [userId];
    if (conferenceSlug) {
      filters.push('AND c.slug = ?');
      params.push(conferenceSlug);
    }
    if (page.after) {
      filters.push('AND c.year >= ?');
      params.push(cursorYear(page.after));
    }
    const conferences = filters.length ? 'JOIN conferences c ON c.id = s.conference_id' : '';
    const rows = await EntityReader.of(this.ds, NoteEntity).selectWith<{ conference_id: string }>(
      ', s.conference_id AS conference_id',
      `JOIN sessions s ON s.id = t.session_id ${conferences} WHERE t.user_id = ? ${filters.join(' ')}`,
      params,
    );
    return rows.map(({ entity, row }) => ({ note: entity, conferenceId: row.conference_id }));
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
