// The reads drafting and publishing share, each through the manager of the transaction it runs in.
import { TimePrecision } from '@ncasc/shared';
import { type EntityManager, In } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-errors';
import { newId } from '../common/database/columns';
import { ConferenceEntity } from '../conferences/conference.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import type { DraftSession } from './draft';

export async function findConference(m: EntityManager, slug: string): Promise<ConferenceEntity> {
  const c = await m.getRepository(ConferenceEntity).findOneBy({ slug });
  if (!c) throw new NotFoundError('Conference', 'conferenceSlug');
  return c;
}

/** The published programme in draft form (removed sessions included, marked). */
export async function readPublished(m: EntityManager, conferenceId: string): Promise<DraftSession[]> {
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
      externalId: s.externalId,
    }));
}

/**
 * Holds the conference row until the transaction ends, on PostgreSQL; SQLite takes transactions one at
 * a time already.
 */
export async function lockConference(m: EntityManager, conferenceId: string): Promise<void> {
  if (m.connection.options.type === 'postgres')
    await m.query('SELECT id FROM conferences WHERE id = $1 FOR UPDATE', [conferenceId]);
}

/** Every speaker's name by id, for changelog lines and warnings. */
export async function speakerNames(m: EntityManager): Promise<(id: string) => string> {
  const all = await m.getRepository(SpeakerEntity).find({ select: { id: true, name: true } });
  const names = new Map(all.map((s) => [s.id, s.name]));
  return (id) => names.get(id) ?? 'an unknown speaker';
}

/** The names of a conference's organisers, by name. */
export async function organiserNames(m: EntityManager, conferenceId: string): Promise<string[]> {
  const rows: { name: string }[] = await m
    .createQueryBuilder()
    .select('o.name', 'name')
    .from(OrganisationEntity, 'o')
    .innerJoin('conference_organisers', 'j', 'j.organisation_id = o.id')
    .where('j.conference_id = :id', { id: conferenceId })
    .getRawMany();
  return rows.map((r) => r.name).sort((a, b) => a.localeCompare(b));
}

/** The organisation of this name, created when there is none. */
export async function organisationIdFor(m: EntityManager, name: string): Promise<string> {
  const found = await m.findOneBy(OrganisationEntity, { name });
  return found?.id ?? (await m.save(OrganisationEntity, { id: newId(), name })).id;
}

/** Makes these organisations (by name, new names created) a conference's organisers. */
export async function setOrganisers(m: EntityManager, conferenceId: string, names: string[]): Promise<void> {
  await m
    .createQueryBuilder()
    .delete()
    .from('conference_organisers')
    .where('conference_id = :id', { id: conferenceId })
    .execute();
  for (const name of names) {
    await m
      .createQueryBuilder()
      .insert()
      .into('conference_organisers')
      .values({ conference_id: conferenceId, organisation_id: await organisationIdFor(m, name) })
      .execute();
  }
}
