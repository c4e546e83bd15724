import { Injectable } from '@nestjs/common';
import { SessionStatus, type SessionType, SpeakerRole, type TimePrecision } from '@ncasc/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { newId } from '../common/database/columns';
import { inTransaction, write } from '../common/database/transactions';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import type { ConferenceEntity } from '../conferences/conference.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import type { ProgrammeChange } from './diff';
import type { DraftSession } from './draft';
import type { ImportOps } from './import/import-plan';
import { organisationIdFor } from './reference-data.service';
import { ProgrammeDraftEntity } from './programme-draft.entity';
import { findConference, lockConference, readPublished, speakerNames } from './programme-rows';
import { planPublish } from './publication';
import { applyEdit, blankSession, type SessionEdit } from './session-edit';

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
 * sessions tables) until ProgrammePublishingService applies the draft. A conference without a draft row
 * has the published programme as its draft.
 */
@Injectable()
export class ProgrammeDraftingService {
  constructor(private readonly ds: DataSource) {}

  conference(slug: string): Promise<ConferenceEntity> {
    return findConference(this.ds.manager, slug);
  }

  async draft(conference: ConferenceEntity, m: EntityManager = this.ds.manager): Promise<DraftSession[]> {
    const found = await m.getRepository(ProgrammeDraftEntity).findOneBy({ conferenceId: conference.id });
    return found ? found.body.sessions : readPublished(m, conference.id);
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

  /** The draft with what publishing it would change and the warnings to accept first. */
  async preview(conference: ConferenceEntity): Promise<Preview> {
    const [published, sessions, name] = await Promise.all([
      readPublished(this.ds.manager, conference.id),
      this.draft(conference),
      speakerNames(this.ds.manager),
    ]);
    return {
      conference,
      sessions,
      published: new Set(published.map((s) => s.id)),
      ...planPublish(published, sessions, name, conference.timezone),
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
    await lockConference(m, conference.id);
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
    const next = applyEdit(current, edit, conference);
    // speakers named for the first time are created only once the rest of the edit is known to be sound
    if (edit.speakers !== undefined) {
      next.speakers = await this.resolveSpeakers(edit.speakers, current.speakers, m);
    }
    return next;
  }

  /**
   * Speakers by id, or by name (a new name creates the speaker, with the title and organisation given
   * for them, if any; a known speaker's details are reference data, changed only by updateSpeaker).
   */
  private async resolveSpeakers(
    list: (NonNullable<SessionEdit['speakers']>[number] & {
      title?: string | null;
      organisation?: string | null;
    })[],
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
              role: s.title ?? null,
              organisationId: (await organisationIdFor(m, s.organisation ?? null)) ?? null,
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
    const blank = blankSession(edit.type, edit.timePrecision);
    return this.editDraft(async (m) => {
      await lockConference(m, conference.id);
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
      await lockConference(m, conference.id);
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

  /**
   * An import: `plan` reads the draft (and which of its sessions are published) and answers what to do,
   * or null to change nothing (a preview, or problems); the edits are applied in the same transaction, so
   * the import lands whole or not at all.
   */
  async importIntoDraft<T>(
    conference: ConferenceEntity,
    plan: (sessions: DraftSession[], m: EntityManager) => Promise<{ result: T; ops: ImportOps | null }>,
    typeNotStated: SessionType,
  ): Promise<T> {
    return this.editDraft(async (m) => {
      await lockConference(m, conference.id);
      const sessions = await this.draft(conference, m);
      const { result, ops } = await plan(sessions, m);
      if (!ops) return result;
      const index = new Map(sessions.map((s, i) => [s.id, i]));
      for (const u of ops.update) {
        const i = index.get(u.id)!;
        const next = await this.apply(conference, { ...sessions[i], removed: false }, u.edit, m);
        sessions[i] = { ...next, externalId: u.externalId };
      }
      const published = new Set(
        (
          await m
            .getRepository(SessionEntity)
            .find({ where: { conferenceId: conference.id }, select: { id: true } })
        ).map((s) => s.id),
      );
      for (const id of ops.remove) {
        const i = index.get(id)!;
        sessions[i] = published.has(id) ? { ...sessions[i], removed: true } : { ...sessions[i], id: '' };
      }
      const kept = sessions.filter((s) => s.id);
      for (const c of ops.create) {
        const blank = blankSession(c.type ?? typeNotStated, c.edit.timePrecision!);
        kept.push({ ...(await this.apply(conference, blank, c.edit, m)), externalId: c.externalId });
      }
      await this.saveDraft(conference, kept, m);
      return result;
    });
  }

  async discardDraft(conferenceSlug: string): Promise<boolean> {
    const conference = await this.conference(conferenceSlug);
    const result = await write(this.ds, (m) =>
      m.getRepository(ProgrammeDraftEntity).delete({ conferenceId: conference.id }),
    );
    return (result.affected ?? 0) > 0;
  }
}
