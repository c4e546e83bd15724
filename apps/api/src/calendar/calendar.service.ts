import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import { formatDate } from '@ncasc/shared';
import { DataSource } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';
import { APP_CONFIG } from '../app-config';
import { PublicDataCache } from '../common/cache/public-data-cache';
import { PublicReader } from '../common/dataloaders/public-reader';
import { type PublicFile, publicFile, sizeOfPublicFile } from '../common/http/public-file';
import { latest, latestPublish } from '../programme/latest-change';
import { filterAgenda, type SessionFilter } from '../sessions/published/agenda-filter';
import { acrossYears } from '../sessions/published/across-years';
import type { PublishedSession } from '../sessions/published/published-programme';
import { type ProgrammeReader, PublishedProgramme } from '../sessions/published/published-programme.service';
import { SchedulesLoaders } from '../schedules/schedules.loaders';
import { buildCalendar, type CalendarSession, type KeptEvents } from './calendar-events';

export interface BuiltCalendar {
  body: string;
  lastModified: Date;
  filename: string;
  /** Personal feeds must not be cached by shared caches. */
  personal: boolean;
}

/** What an event needs, from the published programme (no statement). */
function entryOf(s: PublishedSession): CalendarSession {
  return {
    session: s.row,
    conference: s.conference,
    room: s.room?.name ?? null,
    speakers: s.participants.map((p) => ({ name: p.speaker.name, role: p.link.role })),
    tracks: s.themes.map((t) => t.name),
  };
}

/** Events already written at this version for these sessions' conferences (see PublishedConference.events). */
function keptEvents(sessions: readonly PublishedSession[]): KeptEvents {
  const byId = new Map(sessions.map((s) => [s.row.id, s.events]));
  return {
    get: (id) => byId.get(id)?.get(id),
    set: (id, text) => void byId.get(id)?.set(id, text),
  };
}

/** When the people in these sessions were last corrected (a correction changes events, not session dates). */
const speakersChangedAt = (sessions: readonly PublishedSession[]): Date =>
  latest(...sessions.flatMap((s) => s.participants.map((p) => p.speaker.updatedAt)));

@Injectable()
export class CalendarService {
  constructor(
    private readonly ds: DataSource,
    private readonly accounts: AccountsService,
    private readonly programme: PublishedProgramme,
    private readonly cache: PublicDataCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Public calendars, made once per programme version (a 2,000-session programme takes a second or
   * so to write) and kept in the public data cache with their compressed copies; personal feeds are
   * never kept.
   */
  private async kept(
    key: string,
    make: (programme: ProgrammeReader) => Promise<BuiltCalendar | null>,
  ): Promise<PublicFile | null> {
    const programme = this.programme.reader();
    return this.cache.get(
      `calendar|${key}`,
      await programme.version(),
      async (grow) => {
        const built = await make(programme);
        return built && publicFile(built, grow);
      },
      sizeOfPublicFile,
    );
  }

  session(id: string): Promise<PublicFile | null> {
    return this.kept(`session|${id}`, (programme) => this.makeSession(id, programme));
  }

  conference(slug: string, filter: SessionFilter): Promise<PublicFile | null> {
    const key = JSON.stringify([
      'conference',
      slug,
      filter.day ?? null,
      filter.type ?? null,
      filter.track ?? null,
    ]);
    return this.kept(key, (programme) => this.makeConference(slug, filter, programme));
  }

  private async makeSession(id: string, programme: ProgrammeReader): Promise<BuiltCalendar | null> {
    const session = await programme.session(id);
    if (!session || session.removed) return null;
    const built = buildCalendar(
      {
        name: session.row.title,
        description: `${session.conference.name}.`,
        publicUrl: this.config.publicUrl,
        entries: [entryOf(session)],
      },
      keptEvents([session]),
    );
    built.lastModified = latest(built.lastModified, speakersChangedAt([session]));
    return { ...built, filename: `session-${id.slice(0, 8)}.ics`, personal: false };
  }

  private async makeConference(
    slug: string,
    filter: SessionFilter,
    programme: ProgrammeReader,
  ): Promise<BuiltCalendar | null> {
    const published = await programme.conferenceBySlug(slug);
    if (!published) return null;
    const conference = published.row;
    const sessions = filterAgenda(published, filter);
    const scope = [filter.day ? formatDate(filter.day) : null, filter.type, filter.track]
      .filter(Boolean)
      .join(', ');
    const built = buildCalendar(
      {
        name: scope ? `${conference.name} — ${scope}` : conference.name,
        description: `The programme of the ${conference.name}${scope ? ` (${scope})` : ''}.`,
        publicUrl: this.config.publicUrl,
        entries: sessions.map(entryOf),
      },
      keptEvents(sessions),
    );
    // removals and speaker corrections change the file without changing a listed session's date
    built.lastModified = latest(
      built.lastModified,
      conference.updatedAt,
      await latestPublish(this.ds, conference.id),
      speakersChangedAt(sessions),
    );
    const suffix = [filter.day, filter.type?.toLowerCase(), filter.track].filter(Boolean).join('-');
    return { ...built, filename: `${slug}${suffix ? `-${suffix}` : ''}.ics`, personal: false };
  }

  /** The starred sessions of whoever holds this feed token, across every conference; null for unknown or rotated tokens. */
  async feed(token: string): Promise<BuiltCalendar | null> {
    const user = await this.accounts.userForFeedToken(token);
    if (!user) return null;
    const request = new PublicReader(this.ds);
    const programme = this.programme.reader(request);
    // stars filtered by owner in the query itself (sessions taken out stay, as cancelled events)
    const starred = await new SchedulesLoaders(request).forUser(user.id).starredWithConference();
    const sessions = acrossYears(await programme.sessionsOfRows(starred));
    // events written for another calendar at this version are copied as they are
    const built = buildCalendar(
      {
        name: 'My conference schedule',
        description: 'The sessions you starred. Changes to the programme appear here by themselves.',
        publicUrl: this.config.publicUrl,
        entries: sessions.map((s) => {
          const text = s.events.get(s.row.id);
          return text === undefined ? entryOf(s) : { session: s.row, text };
        }),
      },
      keptEvents(sessions),
    );
    // (personal feeds are answered by ETag only: an unstar leaves no date to compare)
    return { ...built, filename: 'my-schedule.ics', personal: true };
  }
}
