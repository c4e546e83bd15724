import { CONFERENCE_TIME_ZONE, ConferenceSeries, localToInstant, SessionStatus } from '@ncasc/shared';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { ConferenceEntity } from '../../conferences/conference.entity';
import { RoomEntity } from '../../conferences/room.entity';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { RoundupEntity, RoundupStatus } from '../../roundups/roundup.entity';
import {
  MentionStatus,
  RoundupSessionEntity,
  RoundupSpeakerEntity,
} from '../../roundups/roundup-mention.entity';
import { SessionSpeakerEntity } from '../../sessions/session-speaker.entity';
import { SessionEntity } from '../../sessions/session.entity';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { ProgrammeVersionEntity } from '../../programme/programme-version.entity';
import { TrackEntity } from '../../tracks/track.entity';
import { seedId } from './seed-ids';
import type { SeedData, SeedFile } from './seed-files';
import { inTransaction } from '../../common/database/transactions';

export interface SeedSummary {
  conferences: number;
  sessions: number;
  speakers: number;
  roundups: number;
  themes: number;
}

type SeedSpeaker = SeedFile['speakers'][number];

/** One record per person: later conferences' non-empty facts win; honorifics are pooled; the first post is the source. */
export function mergeSpeakers(files: SeedFile[]): Map<string, SeedSpeaker> {
  const merged = new Map<string, SeedSpeaker>();
  for (const file of files) {
    for (const s of file.speakers) {
      const prev = merged.get(s.key);
      if (!prev) {
        merged.set(s.key, { ...s, honorifics: [...(s.honorifics ?? [])] });
        continue;
      }
      merged.set(s.key, {
        ...prev,
        name: s.name.length >= prev.name.length ? s.name : prev.name,
        role: s.role ?? prev.role,
        organisation: s.organisation ?? prev.organisation,
        honorifics: [...new Set([...(prev.honorifics ?? []), ...(s.honorifics ?? [])])],
      });
    }
  }
  return merged;
}

/** A local "HH:MM" on a conference day as a UTC instant (London's offset for that date, BST or GMT). */
export function localInstant(day: string, time: string): Date {
  const at = localToInstant(day, time, CONFERENCE_TIME_ZONE);
  // a real date and time of day (localToInstant would carry 30 February over into March)
  const naive = Date.parse(`${day}T${time}:00Z`);
  if (!at || Number.isNaN(naive) || new Date(naive).toISOString().slice(0, 16) !== `${day}T${time}`)
    throw new Error(`Invalid local time ${day} ${time}`);
  return new Date(at);
}

/**
 * Writes the seed data in one transaction. Idempotent: ids come from the seed keys, rows are upserted,
 * and the links of seeded rows are replaced, so a re-run leaves the same database.
 */
export async function applySeed(ds: DataSource, data: SeedData): Promise<SeedSummary> {
  return inTransaction(ds, async (m) => {
    const organisationIds = new Map<string, string>();
    const organisation = (name: string | null): string | null => {
      if (!name) return null;
      const id = seedId('organisation', name.toLowerCase());
      organisationIds.set(name, id);
      return id;
    };

    const speakers = mergeSpeakers(data.files);
    const tracks = data.themes.map((t) => ({ id: seedId('track', t.slug), slug: t.slug, name: t.name }));
    const conferences: Partial<ConferenceEntity>[] = [];
    const roundups = new Map<string, Partial<RoundupEntity>>();
    const rooms = new Map<string, Partial<RoomEntity>>();
    const sessions: Partial<SessionEntity>[] = [];
    const sessionTracks: { session_id: string; track_id: string }[] = [];
    const sessionSpeakers: Partial<SessionSpeakerEntity>[] = [];
    const roundupSessions = new Set<string>();
    const roundupSpeakers = new Set<string>();
    const conferenceOrganisers: { conference_id: string; organisation_id: string }[] = [];

    for (const file of data.files) {
      const c = file.conference;
      const conferenceId = seedId('conference', c.slug);
      conferences.push({
        id: conferenceId,
        slug: c.slug,
        name: c.name,
        series: c.series as ConferenceSeries,
        year: c.year,
        city: c.city,
        venue: c.venue,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        timezone: CONFERENCE_TIME_ZONE,
        hashtag: c.hashtag,
        sourceEvidence: c.evidence ?? null,
        leftEmpty: c.leftEmpty ?? [],
      });
      for (const o of c.organisers)
        conferenceOrganisers.push({ conference_id: conferenceId, organisation_id: organisation(o)! });

      for (const p of file.posts) {
        // A post that reports on several conferences is stored once, under the first (oldest) of them.
        if (roundups.has(p.key)) continue;
        roundups.set(p.key, {
          id: seedId('roundup', p.key),
          conferenceId,
          title: p.title,
          author: p.author,
          publishedOn: p.publishedOn,
          publication: p.publication,
          sourceFile: p.file,
          bodyMarkdown: p.summary,
          status: RoundupStatus.PUBLISHED,
        });
      }

      file.sessions.forEach((s, index) => {
        const sessionId = seedId('session', s.key);
        let roomId: string | null = null;
        if (s.room) {
          roomId = seedId('room', `${c.slug}:${s.room.toLowerCase()}`);
          rooms.set(roomId, { id: roomId, conferenceId, name: s.room });
        }
        const sourceRoundupId = seedId('roundup', s.source);
        sessions.push({
          id: sessionId,
          conferenceId,
          title: s.title,
          summary: s.summary,
          type: s.type,
          status: SessionStatus.SCHEDULED,
          timePrecision: s.timePrecision,
          day: s.day,
          dayPart: s.dayPart,
          startsAt: s.startsAt && s.day ? localInstant(s.day, s.startsAt) : null,
          endsAt: s.endsAt && s.day ? localInstant(s.day, s.endsAt) : null,
          sequence: index,
          roomId,
          sourceRoundupId,
          sourceEvidence: s.evidence ?? null,
        });
        for (const t of s.themes) sessionTracks.push({ session_id: sessionId, track_id: seedId('track', t) });
        roundupSessions.add(`${sourceRoundupId}|${sessionId}`);
        s.speakers.forEach((sp, position) => {
          const speakerId = seedId('speaker', sp.speaker);
          sessionSpeakers.push({
            sessionId,
            speakerId,
            role: sp.role,
            capacity: sp.capacity ?? null,
            position,
          });
          roundupSpeakers.add(`${sourceRoundupId}|${speakerId}`);
        });
      });
    }

    const speakerRows: Partial<SpeakerEntity>[] = [...speakers.values()].map((s) => ({
      id: seedId('speaker', s.key),
      name: s.name,
      honorifics: s.honorifics?.length ? s.honorifics : null,
      role: s.role,
      organisationId: organisation(s.organisation),
      sourceRoundupId: seedId('roundup', s.source),
    }));

    await upsert(
      m,
      OrganisationEntity,
      [...organisationIds].map(([name, id]) => ({ id, name })),
    );
    await upsert(m, TrackEntity, tracks);
    await upsert(m, ConferenceEntity, conferences);
    // a seeded programme is a published one (set once, so a re-run changes nothing)
    await m
      .createQueryBuilder()
      .update(ConferenceEntity)
      .set({ publishedAt: () => 'created_at' })
      .where({ id: In(conferences.map((c) => c.id!)), publishedAt: IsNull() })
      .execute();
    // a seeded write-up staff have since taken back to draft stays a draft: status is set on first load only
    const known = new Set(
      (
        await m.find(RoundupEntity, {
          select: { id: true },
          where: { id: In([...roundups.values()].map((r) => r.id!)) },
        })
      ).map((r) => r.id),
    );
    // (in two calls: an upsert writes a column for every row of a statement if any row sets it)
    const all = [...roundups.values()];
    await upsert(
      m,
      RoundupEntity,
      all.filter((r) => known.has(r.id!)).map(({ status: _status, ...r }) => r),
    );
    await upsert(
      m,
      RoundupEntity,
      all.filter((r) => !known.has(r.id!)),
    );
    await upsert(m, SpeakerEntity, speakerRows);
    await upsert(m, RoomEntity, [...rooms.values()]);
    await upsert(m, SessionEntity, sessions);

    const conferenceIds = conferences.map((c) => c.id!);
    const sessionIds = sessions.map((s) => s.id!);
    await replaceLinks(m, 'conference_organisers', 'conference_id', conferenceIds, conferenceOrganisers);
    await replaceLinks(m, 'session_tracks', 'session_id', sessionIds, sessionTracks);
    await m.delete(SessionSpeakerEntity, { sessionId: In(sessionIds) });
    await insertChunked(m, SessionSpeakerEntity, sessionSpeakers);
    // the seeds' links were checked by hand when the programmes were reconstructed: confirmed. Added when
    // missing, never replaced: what staff have since confirmed or removed stays as they left it.
    await insertMissing(
      m,
      RoundupSessionEntity,
      [...roundupSessions].map((k) => {
        const [roundupId, sessionId] = k.split('|');
        return { roundupId, sessionId, status: MentionStatus.CONFIRMED };
      }),
    );
    await insertMissing(
      m,
      RoundupSpeakerEntity,
      [...roundupSpeakers].map((k) => {
        const [roundupId, speakerId] = k.split('|');
        return { roundupId, speakerId, status: MentionStatus.CONFIRMED };
      }),
    );

    // the seeded programme is each conference's version 1 (kept if it exists: later versions build on it)
    for (const c of conferences) {
      await m
        .createQueryBuilder()
        .insert()
        .into(ProgrammeVersionEntity)
        .values({
          id: seedId('version', `${c.slug}:1`),
          conferenceId: c.id,
          number: 1,
          publishedAt: new Date(),
          note: 'Programme reconstructed from the published round-up posts.',
          changes: [],
        })
        .orIgnore()
        .execute();
    }

    return {
      conferences: conferences.length,
      sessions: sessions.length,
      speakers: speakerRows.length,
      roundups: roundups.size,
      themes: tracks.length,
    };
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EntityClass = new () => any;

async function upsert<T extends EntityClass>(
  m: EntityManager,
  entity: T,
  rows: Partial<InstanceType<T>>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await m.upsert(entity, rows.slice(i, i + 100), {
      conflictPaths: ['id'],
      skipUpdateIfNoValuesChanged: true,
    });
  }
}

async function insertChunked<T extends EntityClass>(
  m: EntityManager,
  entity: T,
  rows: Partial<InstanceType<T>>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await m.insert(entity, rows.slice(i, i + 100));
}

async function replaceLinks(
  m: EntityManager,
  table: string,
  ownerColumn: string,
  ownerIds: string[],
  rows: Record<string, string>[],
): Promise<void> {
  if (ownerIds.length)
    await m
      .createQueryBuilder()
      .delete()
      .from(table)
      .where(`${ownerColumn} IN (:...ids)`, { ids: ownerIds })
      .execute();
  await insertMissing(m, table, rows);
}

/** Inserts rows 100 to a statement, leaving alone those whose key is already there. */
async function insertMissing(
  m: EntityManager,
  target: EntityClass | string,
  rows: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 100)
    await m
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + 100))
      .orIgnore()
      .execute();
}
