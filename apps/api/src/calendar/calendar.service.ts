import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import { formatDate } from '@ncasc/shared';
import { DataSource } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';
import { APP_CONFIG } from '../app-config';
import { PublicReader } from '../common/dataloaders/public-reader';
import { VersionedCache } from '../common/cache/versioned-cache';
import { PublicAnswers } from '../common/graphql/public-response-cache';
import { present } from '../common/loaded';
import { ConferencesService } from '../conferences/conferences.service';
import { sortAcrossConferences } from '../sessions/agenda-order';
import type { SessionEntity } from '../sessions/session.entity';
import { conferenceAgenda, type SessionFilter } from '../sessions/session-lists';
import { type ProgrammeLoaders, programmeLoaders } from '../sessions/sessions.loaders';
import { SchedulesLoaders } from '../schedules/schedules.loaders';
import { latest, latestPublish } from '../programme/latest-change';
import { buildCalendar, type CalendarSession, type KeptEvents } from './calendar-events';

/** Memory given to kept public calendars (the whole 2,000-session programme is about 2 MB). */
const PUBLIC_CALENDARS_MAX_BYTES = 32 * 2 ** 20;

export interface BuiltCalendar {
  body: string;
  lastModified: Date;
  filename: string;
  /** Personal feeds must not be cached by shared caches. */
  personal: boolean;
}

@Injectable()
export class CalendarService {
  constructor(
    private readonly ds: DataSource,
    private readonly conferences: ConferencesService,
    private readonly accounts: AccountsService,
    private readonly publicData: PublicAnswers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Everything an event needs, in a fixed number of queries however many sessions there are. */
  private async entries(
    sessions: SessionEntity[],
    loaders: ProgrammeLoaders,
  ): Promise<{ entries: CalendarSession[]; speakersChangedAt: Date }> {
    const ids = sessions.map((s) => s.id);
    const [conferences, rooms, participants, tracks] = await Promise.all([
      loaders.conferences.byId.loadMany([...new Set(sessions.map((s) => s.conferenceId))]),
      loaders.conferences.room.loadMany([...new Set(sessions.flatMap((s) => (s.roomId ? [s.roomId] : [])))]),
      loaders.sessions.participants.loadMany(ids),
      loaders.tracks.bySession.loadMany(ids),
    ]);
    const conferenceById = new Map(present(conferences).map((c) => [c.id, c]));
    const roomById = new Map(present(rooms).map((r) => [r.id, r.name]));
    const people = present(participants);
    const speakerRows = present(
      await loaders.speakers.byId.loadMany([...new Set(people.flat().map((p) => p.speakerId))]),
    );
    const speakers = new Map(speakerRows.map((s) => [s.id, s.name]));
    const themes = present(tracks);
    const entries = sessions.map((session, i) => ({
      session,
      conference: conferenceById.get(session.conferenceId)!,
      room: session.roomId ? (roomById.get(session.roomId) ?? null) : null,
      speakers: people[i].map((p) => ({ name: speakers.get(p.speakerId) ?? '', role: p.role })),
      tracks: themes[i].map((t) => t.name),
    })); // a speaker's correction changes events without changing their sessions' dates
    return { entries, speakersChangedAt: latest(...speakerRows.map((x) => x.updatedAt)) };
  }

  /**
   * Public calendars, made once per programme version (a 2,000-session programme takes a second or
   * so to write) and shared by every request for the same file; personal feeds are never kept.
   */
  private readonly made = new VersionedCache<BuiltCalendar>(PUBLIC_CALENDARS_MAX_BYTES);

  /** A kept calendar, or one made with loaders reading at the version it is kept under. */
  private async kept(
    key: string,
    make: (loaders: ProgrammeLoaders) => Promise<BuiltCalendar | null>,
  ): Promise<BuiltCalendar | null> {
    const loaders = programmeLoaders(new PublicReader(this.ds, this.publicData.rows));
    const version = await loaders.reader.publicVersion();
    return this.made.get(
      key,
      version,
      () => make(loaders),
      (c) => c.body.length,
    );
  }

  /** Events written for any calendar at this public data version (see KeptEvents). */
  private async keptEvents(loaders: ProgrammeLoaders): Promise<KeptEvents> {
    const version = await loaders.reader.publicVersion(); // the version the calendar's rows were read at
    const rows = this.publicData.rows;
    return {
      get: (id) => rows.get<string>(version, 'event', id),
      set: (id, text) => void rows.put(version, 'event', id, text),
    };
  }

  session(id: string): Promise<BuiltCalendar | null> {
    return this.kept(`session|${id}`, (loaders) => this.makeSession(id, loaders));
  }

  conference(slug: string, filter: SessionFilter): Promise<BuiltCalendar | null> {
    const key = JSON.stringify([
      'conference',
      slug,
      filter.day ?? null,
      filter.type ?? null,
      filter.track ?? null,
    ]);
    return this.kept(key, (loaders) => this.makeConference(slug, filter, loaders));
  }

  private async makeSession(id: string, loaders: ProgrammeLoaders): Promise<BuiltCalendar | null> {
    const session = await loaders.sessions.byId.load(id);
    if (!session || session.removedAt) return null;
    const { entries, speakersChangedAt } = await this.entries([session], loaders);
    const built = buildCalendar(
      {
        name: session.title,
        description: `${entries[0].conference.name}.`,
        publicUrl: this.config.publicUrl,
        entries,
      },
      await this.keptEvents(loaders),
    );
    built.lastModified = latest(built.lastModified, speakersChangedAt);
    return { ...built, filename: `session-${id.slice(0, 8)}.ics`, personal: false };
  }

  private async makeConference(
    slug: string,
    filter: SessionFilter,
    loaders: ProgrammeLoaders,
  ): Promise<BuiltCalendar | null> {
    const conference = await this.conferences.findBySlug(slug);
    if (!conference) return null;
    const sessions = await conferenceAgenda(conference, filter, loaders);
    const scope = [filter.day ? formatDate(filter.day) : null, filter.type, filter.track]
      .filter(Boolean)
      .join(', ');
    const { entries, speakersChangedAt } = await this.entries(sessions, loaders);
    const built = buildCalendar(
      {
        name: scope ? `${conference.name} — ${scope}` : conference.name,
        description: `The programme of the ${conference.name}${scope ? ` (${scope})` : ''}.`,
        publicUrl: this.config.publicUrl,
        entries,
      },
      await this.keptEvents(loaders),
    );
    // removals and speaker corrections change the file without changing a listed session's date
    built.lastModified = latest(
      built.lastModified,
      conference.updatedAt,
      await latestPublish(this.ds, conference.id),
      speakersChangedAt,
    );
    const suffix = [filter.day, filter.type?.toLowerCase(), filter.track].filter(Boolean).join('-');
    return { ...built, filename: `${slug}${suffix ? `-${suffix}` : ''}.ics`, personal: false };
  }

  /** The starred sessions of whoever holds this feed token, across every conference; null for unknown or rotated tokens. */
  async feed(token: string): Promise<BuiltCalendar | null> {
    const user = await this.accounts.userForFeedToken(token);
    if (!user) return null;
    const loaders = programmeLoaders(new PublicReader(this.ds, this.publicData.rows));
    // stars filtered by owner in the query itself (sessions taken out stay, as cancelled events)
    const stars = new SchedulesLoaders(loaders.reader, loaders.sessions);
    const sessions = await stars.forUser(user.id).starredSessions();
    const conferences = present(
      await loaders.conferences.byId.loadMany([...new Set(sessions.map((s) => s.conferenceId))]),
    );
    const ordered = sortAcrossConferences(sessions, conferences);
    // events written for another calendar are copied; only the others' rooms, speakers and themes are read
    const events = await this.keptEvents(loaders);
    const texts = new Map<string, string>();
    for (const s of ordered) {
      const text = events.get(s.id);
      if (text !== undefined) texts.set(s.id, text);
    }
    const unwritten = (
      await this.entries(
        ordered.filter((s) => !texts.has(s.id)),
        loaders,
      )
    ).entries;
    const entriesById = new Map(unwritten.map((e) => [e.session.id, e]));
    const built = buildCalendar(
      {
        name: 'My conference schedule',
        description: 'The sessions you starred. Changes to the programme appear here by themselves.',
        publicUrl: this.config.publicUrl,
        entries: ordered.map((s) => entriesById.get(s.id) ?? { session: s, text: texts.get(s.id)! }),
      },
      events,
    );
    // (personal feeds are answered by ETag only: an unstar leaves no date to compare)
    return { ...built, filename: 'my-schedule.ics', personal: true };
  }
}
