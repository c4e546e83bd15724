import { Injectable } from '@nestjs/common';
import { SessionStatus, SpeakerRole, type TimePrecision } from '@ncasc/shared';
import { DataSource, type EntityManager, In } from 'typeorm';
import { newId } from '../common/database/columns';
import { inTransaction, write } from '../common/database/transactions';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import type { ConferenceEntity } from '../conferences/conference.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import {
  checkDetails,
  type ConferenceDetails,
  detailsOf,
  diffDetails,
  mergeDetails,
  strandedSessions,
  withDetails,
} from './conference-details';
import type { ProgrammeChange } from './diff';
import type { DraftBody, DraftSession } from './draft';
import type { ImportOps } from './import/import-plan';
import { optionalOrganisationId } from './reference-data.service';
import { ProgrammeDraftEntity } from './programme-draft.entity';
import {
  findConference,
  lockConference,
  organiserNames,
  readPublished,
  speakerNames,
} from './programme-rows';
import { planPublish } from './publication';
import { applyEdit, blankSession, type SessionEdit } from './session-edit';

/** An edited draft session with what its answer needs. */
export interface EditedSession {
  session: DraftSession;
  /** The conference's zone as the draft has it. */
  timezone: string;
  published: boolean;
}

export interface Preview {
  /** The conference with the draft's details (what it will be once published). */
  conference: ConferenceEntity;
  details: ConferenceDetails;
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

  /** The draft: the published programme while there is no draft row; details only once edited. */
  async draftBody(conference: ConferenceEntity, m: EntityManager = this.ds.manager): Promise<DraftBody> {
    const found = await m.getRepository(ProgrammeDraftEntity).findOneBy({ conferenceId: conference.id });
    return found ? found.body : { sessions: await readPublished(m, conference.id) };
  }

  async draft(conference: ConferenceEntity, m: EntityManager = this.ds.manager): Promise<DraftSession[]> {
    return (await this.draftBody(conference, m)).sessions;
  }

  /** The conference's details as the draft has them (as published when not edited). */
  async details(conference: ConferenceEntity, body: DraftBody, m: EntityManager): Promise<ConferenceDetails> {
    return body.conference ?? detailsOf(conference, await organiserNames(m, conference.id));
  }

  private async saveDraft(conference: ConferenceEntity, body: DraftBody, m: EntityManager): Promise<void> {
    await m.getRepository(ProgrammeDraftEntity).save({ conferenceId: conference.id, body });
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
    const m = this.ds.manager;
    const [published, body, name, organisers] = await Promise.all([
      readPublished(m, conference.id),
      this.draftBody(conference),
      speakerNames(m),
      organiserNames(m, conference.id),
    ]);
    const before = detailsOf(conference, organisers);
    const details = body.conference ?? before;
    return {
      conference: withDetails(conference, details),
      details,
      sessions: body.sessions,
      published: new Set(published.map((s) => s.id)),
      ...planPublish(published, body.sessions, name, details.timezone, diffDetails(before, details)),
    };
  }

  /**
   * Changes the conference's details in the draft (publishing applies them). Refused, naming the field,
   * if the dates end before they start, the zone is unknown, or live sessions would fall outside the
   * dates (those sessions named).
   */
  async updateConference(slug: string, edit: Partial<ConferenceDetails>): Promise<ConferenceEntity> {
    const conference = await this.conference(slug);
    return this.editDraft(async (m) => {
      await lockConference(m, conference.id);
      const body = await this.draftBody(conference, m);
      const published = detailsOf(conference, await organiserNames(m, conference.id));
      const current = body.conference ?? published;
      const next = mergeDetails(current, edit);
      const problem = checkDetails(next);
      if (problem) throw new InvalidInputError(problem.field, problem.message);
      const stranded = strandedSessions(body.sessions, next);
      if (stranded.length) {
        const field =
          (['startsOn', 'endsOn', 'timezone'] as const).find((f) => edit[f] !== undefined) ?? 'startsOn';
        throw new InvalidInputError(
          field,
          `${stranded.length} session(s) would fall outside ${next.startsOn} to ${next.endsOn}: ` +
            `${stranded.map((s) => `“${s.title}”`).join(', ')}. Move them first`,
        );
      }
      const edited = diffDetails(published, next).length ? next : undefined;
      await this.saveDraft(conference, { ...body, conference: edited }, m);
      return withDetails(conference, next);
    });
  }

  /** Which conference's draft holds a session (published sessions by their row; new ones by the drafts). */
  private async locate(
    sessionId: string,
    m: EntityManager,
  ): Promise<{
    conference: ConferenceEntity;
    body: DraftBody;
    details: ConferenceDetails;
    sessions: DraftSession[];
    index: number;
  }> {
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
    const body = await this.draftBody(conference, m);
    const sessions = body.sessions;
    const index = sessions.findIndex((s) => s.id === sessionId);
    if (index < 0) throw new NotFoundError('Session', 'id');
    return { conference, body, details: await this.details(conference, body, m), sessions, index };
  }

  /**
   * @param known speaker ids by name, when the caller has read them for many edits at once (an
   * import); names not in it are new speakers, and those made here are added to it
   */
  private async apply(
    conference: ConferenceDetails,
    current: DraftSession,
    edit: SessionEdit,
    m: EntityManager,
    known?: Map<string, string>,
  ): Promise<DraftSession> {
    const next = applyEdit(current, edit, conference);
    // speakers named for the first time are created only once the rest of the edit is known to be sound
    if (edit.speakers !== undefined) {
      next.speakers = await this.resolveSpeakers(edit.speakers, current.speakers, m, known);
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
    known?: Map<string, string>,
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
        const existing = known ? known.get(name) : (await speakers.findOneBy({ name }))?.id;
        id =
          existing ??
          (
            await speakers.save({
              id: newId(),
              name,
              honorifics: null,
              role: s.title ?? null,
              organisationId: (await optionalOrganisationId(m, s.organisation ?? null)) ?? null,
              sourceRoundupId: null,
            })
          ).id;
        known?.set(name, id);
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
    edit: SessionEdit & { title: string; timePrecision: TimePrecision },
  ): Promise<EditedSession> {
    const conference = await this.conference(conferenceSlug);
    const blank = blankSession(edit.type ?? null, edit.timePrecision);
    return this.editDraft(async (m) => {
      await lockConference(m, conference.id);
      const body = await this.draftBody(conference, m);
      const details = await this.details(conference, body, m);
      const session = await this.apply(details, blank, edit, m);
      await this.saveDraft(conference, { ...body, sessions: [...body.sessions, session] }, m);
      return { session, timezone: details.timezone, published: false };
    });
  }

  updateSession(id: string, edit: SessionEdit): Promise<EditedSession> {
    return this.editDraft(async (m) => {
      const { conference, body, details, sessions, index } = await this.locate(id, m);
      if (sessions[index].removed)
        throw new InvalidInputError('id', 'this session has been removed from the programme');
      sessions[index] = await this.apply(details, sessions[index], edit, m);
      await this.saveDraft(conference, body, m);
      const published = await m.getRepository(SessionEntity).existsBy({ id });
      return { session: sessions[index], timezone: details.timezone, published };
    });
  }

  cancelSession(id: string): Promise<EditedSession> {
    return this.updateSession(id, { status: SessionStatus.CANCELLED });
  }

  /** A session never published simply leaves the draft; a published one is marked for removal. */
  removeSession(id: string): Promise<boolean> {
    return this.editDraft(async (m) => {
      const { conference, body, sessions, index } = await this.locate(id, m);
      const published = await m.getRepository(SessionEntity).existsBy({ id });
      if (published) sessions[index] = { ...sessions[index], removed: true };
      else sessions.splice(index, 1);
      await this.saveDraft(conference, body, m);
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
      const body = await this.draftBody(conference, m);
      let count = 0;
      for (const s of body.sessions) {
        if (s.room === from) {
          s.room = name;
          count++;
        }
      }
      if (!count) throw new NotFoundError(`A room called “${from}” in the draft`, 'from');
      await this.saveDraft(conference, body, m);
      return count;
    });
  }

  /** The ids of the speakers with these names: one statement for a whole import, not one per speaker. */
  private async speakerIdsByName(names: string[], m: EntityManager): Promise<Map<string, string>> {
    const wanted = [...new Set(names.filter(Boolean))];
    if (!wanted.length) return new Map();
    const found = await m.getRepository(SpeakerEntity).find({
      where: { name: In(wanted) },
      select: { id: true, name: true },
    });
    return new Map(found.map((s) => [s.name, s.id]));
  }

  /** The conference's details as its draft has them (what an import is read against). */
  async draftDetails(conference: ConferenceEntity): Promise<ConferenceDetails> {
    const m = this.ds.manager;
    return this.details(conference, await this.draftBody(conference, m), m);
  }

  /**
   * An import: `plan` reads the draft (its sessions and its conference details) and answers what to do,
   * or null ops to change nothing (a preview, or problems); the edits are applied in the same
   * transaction, so the import lands whole or not at all. A new session the file gives no type has none.
   */
  async importIntoDraft<T>(
    conference: ConferenceEntity,
    plan: (
      sessions: DraftSession[],
      details: ConferenceDetails,
      m: EntityManager,
    ) => Promise<{ result: T; ops: ImportOps | null }>,
  ): Promise<T> {
    return this.editDraft(async (m) => {
      await lockConference(m, conference.id);
      const body = await this.draftBody(conference, m);
      const details = await this.details(conference, body, m);
      const sessions = body.sessions;
      const { result, ops } = await plan(sessions, details, m);
      if (!ops) return result;
      const known = await this.speakerIdsByName(
        [...ops.create, ...ops.update].flatMap((o) =>
          (o.edit.speakers ?? []).map((p) => p.name?.trim() ?? ''),
        ),
        m,
      );
      const index = new Map(sessions.map((s, i) => [s.id, i]));
      for (const u of ops.update) {
        const i = index.get(u.id)!;
        const next = await this.apply(details, { ...sessions[i], removed: false }, u.edit, m, known);
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
        const blank = blankSession(c.type, c.edit.timePrecision!);
        kept.push({ ...(await this.apply(details, blank, c.edit, m, known)), externalId: c.externalId });
      }
      await this.saveDraft(conference, { ...body, sessions: kept }, m);
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
