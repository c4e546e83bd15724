import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../app-config';
import { PublicDataCache } from '../common/cache/public-data-cache';
import { type PublicFile, publicFile, sizeOfPublicFile } from '../common/http/public-file';
import { latest, latestPublish } from '../programme/latest-change';
import { PublishedProgramme } from '../sessions/published/published-programme.service';
import { buildSchedule, type ExportEntry, type Schedule } from './schedule-model';
import { renderC3vocJson, renderFrabXml } from './schedule-render';

export type ScheduleFormat = 'xml' | 'json';

export const SCHEDULE_GENERATOR = { name: 'conference-programmes' };

@Injectable()
export class ScheduleExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly programme: PublishedProgramme,
    private readonly cache: PublicDataCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The conference's published programme as an export model. */
  async schedule(slug: string, programme = this.programme.reader()): Promise<Schedule | null> {
    const published = await programme.conferenceBySlug(slug);
    if (!published) return null;
    const conference = published.row;
    const entries: ExportEntry[] = published.sessions.map((s) => ({
      session: s.row,
      room: s.room ? { id: s.room.id, name: s.room.name } : null,
      speakers: s.participants.map((p) => ({ id: p.speaker.id, name: p.speaker.name })),
      tracks: s.themes.map((t) => ({ name: t.name, slug: t.slug })),
    }));
    const speakers = new Map(
      published.sessions.flatMap((s) => s.participants.map((p) => [p.speaker.id, p.speaker])),
    );
    // a removal is published without a listed session changing: the latest version's time counts too
    const lastModified = latest(
      conference.updatedAt,
      await latestPublish(this.ds, conference.id),
      ...[...published.sessions.map((s) => s.row), ...speakers.values()].map((s) => s.updatedAt),
    );
    return buildSchedule({
      conference,
      conferenceDays: [...published.days],
      rooms: published.rooms.map((r) => ({ id: r.id, name: r.name })),
      entries,
      publicUrl: this.config.publicUrl,
      lastModified,
      generator: SCHEDULE_GENERATOR,
    });
  }

  /**
   * The file, made once per programme version and format and kept in the public data cache with its
   * compressed copies. Sessions with no day in the programme are not in it: their count goes in the
   * X-Sessions-Left-Out header.
   */
  async export(slug: string, format: ScheduleFormat): Promise<PublicFile | null> {
    const programme = this.programme.reader();
    return this.cache.get(
      `schedule|${slug}|${format}`,
      await programme.version(),
      async (grow) => {
        const schedule = await this.schedule(slug, programme);
        if (!schedule) return null;
        return publicFile(
          {
            body: format === 'xml' ? renderFrabXml(schedule) : renderC3vocJson(schedule),
            lastModified: schedule.lastModified,
            filename: `${slug}.${format}`,
            headers: { 'X-Sessions-Left-Out': String(schedule.leftOut) },
          },
          grow,
        );
      },
      sizeOfPublicFile,
    );
  }
}
