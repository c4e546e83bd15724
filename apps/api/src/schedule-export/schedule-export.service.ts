import { latest, latestPublish } from '../programme/latest-change';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../app-config';
import { PublicReader } from '../common/dataloaders/public-reader';
import type { ConditionalFile } from '../common/http/conditional';
import { present } from '../common/loaded';
import { ConferencesService } from '../conferences/conferences.service';
import { conferenceAgenda } from '../sessions/session-lists';
import { programmeLoaders } from '../sessions/sessions.loaders';
import { buildSchedule, type ExportEntry, type Schedule } from './schedule-model';
import { renderC3vocJson, renderFrabXml } from './schedule-render';

export type ScheduleFormat = 'xml' | 'json';

export interface BuiltSchedule extends ConditionalFile {
  /** Sessions with no day in the programme, not in the file (the X-Sessions-Left-Out header). */
  leftOut: number;
}

export const SCHEDULE_GENERATOR = { name: 'conference-programmes' };

@Injectable()
export class ScheduleExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly conferences: ConferencesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The conference's programme as a model, in a fixed number of queries however many sessions it has. */
  async schedule(slug: string): Promise<Schedule | null> {
    const conference = await this.conferences.findBySlug(slug);
    if (!conference) return null;
    const loaders = programmeLoaders(new PublicReader(this.ds));
    const sessions = await conferenceAgenda(conference, {}, loaders);
    const ids = sessions.map((s) => s.id);
    const [rooms, participants, tracks] = await Promise.all([
      loaders.conferences.roomsInUse.load(conference.id),
      loaders.sessions.participants.loadMany(ids),
      loaders.tracks.bySession.loadMany(ids),
    ]);
    const people = present(participants);
    const themes = present(tracks);
    const speakers = new Map(
      present(await loaders.speakers.byId.loadMany([...new Set(people.flat().map((p) => p.speakerId))])).map(
        (s) => [s.id, s],
      ),
    );
    const roomById = new Map(rooms.map((r) => [r.id, r]));
    const entries: ExportEntry[] = sessions.map((session, i) => {
      const room = session.roomId ? roomById.get(session.roomId) : undefined;
      return {
        session,
        room: room ? { id: room.id, name: room.name } : null,
        speakers: people[i].flatMap((p) => {
          const speaker = speakers.get(p.speakerId);
          return speaker ? [{ id: speaker.id, name: speaker.name }] : [];
        }),
        tracks: themes[i].map((t) => ({ name: t.name, slug: t.slug })),
      };
    });
    // a removal is published without a listed session changing: the latest version's time counts too
    const lastModified = latest(
      conference.updatedAt,
      await latestPublish(this.ds, conference.id),
      ...[...sessions, ...speakers.values()].map((s) => s.updatedAt),
    );
    return buildSchedule({
      conference,
      conferenceDays: this.conferences.days(conference),
      rooms: rooms.map((r) => ({ id: r.id, name: r.name })),
      entries,
      publicUrl: this.config.publicUrl,
      lastModified,
      generator: SCHEDULE_GENERATOR,
    });
  }

  async export(slug: string, format: ScheduleFormat): Promise<BuiltSchedule | null> {
    const schedule = await this.schedule(slug);
    if (!schedule) return null;
    return {
      body: format === 'xml' ? renderFrabXml(schedule) : renderC3vocJson(schedule),
      lastModified: schedule.lastModified,
      filename: `${slug}.${format}`,
      personal: false,
      leftOut: schedule.leftOut,
    };
  }
}
