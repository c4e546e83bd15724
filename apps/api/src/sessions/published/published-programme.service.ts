import { Injectable } from '@nestjs/common';
import { groupBy } from '@ncasc/shared';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { PublicDataCache } from '../../common/cache/public-data-cache';
import { BATCH, PublicReader } from '../../common/dataloaders/public-reader';
import { EntityReader } from '../../common/database/entity-reader';
import { SessionEntity } from '../session.entity';
import {
  type Directory,
  type PublishedConference,
  type PublishedSession,
  readConferences,
  readDirectory,
  sizeOfConference,
  sizeOfDirectory,
} from './published-programme';

/**
 * The published programme, read once per public data version and shared by every request (see
 * published-programme.ts). Each request reads through its own ProgrammeReader, which reads the version
 * once and so sees one version throughout.
 */
@Injectable()
export class PublishedProgramme {
  constructor(
    private readonly ds: DataSource,
    private readonly cache: PublicDataCache,
  ) {}

  /** A reader for one request, at the version that request reads (a new request's when not given). */
  reader(request: PublicReader = new PublicReader(this.ds)): ProgrammeReader {
    return new ProgrammeReader(request, this.cache);
  }
}

/** A session's or a speaker's or a theme's link to a session, with the session's conference. */
interface SessionRef {
  sessionId: string;
  conferenceId: string;
}

export class ProgrammeReader {
  private directoryRead: Promise<Directory> | undefined;
  private readonly ds: DataSource;

  constructor(
    private readonly request: PublicReader,
    private readonly cache: PublicDataCache,
  ) {
    this.ds = request.ds;
  }

  /** The public data version this request reads at (one statement, the first time it is wanted). */
  version(): Promise<number> {
    return this.request.publicVersion();
  }

  /** Every conference by id and slug. */
  directory(): Promise<Directory> {
    this.directoryRead ??= this.version().then(
      async (version) =>
        (await this.cache.get('directory', version, () => readDirectory(this.ds, version), sizeOfDirectory))!,
    );
    return this.directoryRead;
  }

  /**
   * Published conferences by id: kept ones at once, ones another request is building when it is done,
   * the rest read together.
   */
  private readonly published = new DataLoader<string, PublishedConference | null>(async (ids) => {
    const version = await this.version();
    const found = new Map<string, Promise<PublishedConference | null> | PublishedConference>();
    const toRead: { id: string; settle: (value: PublishedConference | null, bytes?: number) => void }[] = [];
    for (const id of new Set(ids)) {
      const kept = this.cache.lookup<PublishedConference>(`conference|${id}`, version);
      if (kept.kind === 'miss') toRead.push({ id, settle: kept.settle });
      else found.set(id, kept.value);
    }
    if (toRead.length) {
      try {
        const read = await readConferences(
          this.ds,
          version,
          toRead.map((r) => r.id),
          (id, bytes) => this.cache.grow(`conference|${id}`, version, bytes),
        );
        for (const { id, settle } of toRead) {
          const c = read.get(id) ?? null;
          // an unknown id is not kept (null)
          settle(c, c ? sizeOfConference(c) : 0);
          if (c) found.set(id, c);
        }
      } catch (e) {
        for (const r of toRead) r.settle(null);
        throw e;
      }
    }
    return Promise.all(ids.map(async (id) => (await found.get(id)) ?? null));
  }, BATCH);

  /** A conference's published programme; null for an unknown id. */
  conference(id: string): Promise<PublishedConference | null> {
    return this.published.load(id);
  }

  async conferenceBySlug(slug: string): Promise<PublishedConference | null> {
    const c = (await this.directory()).conferenceBySlug.get(slug);
    return c ? this.conference(c.id) : null;
  }

  /** The conference of each session (read per request: one statement however many sessions). */
  private readonly conferenceOf = new DataLoader<string, string | null>(async (ids) => {
    const reader = EntityReader.of(this.ds, SessionEntity);
    const rows = await reader.rows<{ id: string; conference_id: string }>(
      't.id AS id, t.conference_id AS conference_id',
      `WHERE ${reader.inList('t.id')}`,
      [reader.inListParam(ids)],
    );
    const byId = new Map(rows.map((r) => [r.id, r.conference_id]));
    return ids.map((id) => byId.get(id) ?? null);
  }, BATCH);

  /** The sessions linked to each owner through a join table (one statement however many owners). */
  private links(table: string, ownerColumn: string): DataLoader<string, SessionRef[]> {
    return new DataLoader<string, SessionRef[]>(async (owners) => {
      const reader = EntityReader.of(this.ds, SessionEntity);
      const rows = await reader.selectWith<{ owner_id: string }>(
        `, j.${ownerColumn} AS owner_id`,
        `JOIN ${table} j ON j.session_id = t.id WHERE ${reader.inList(`j.${ownerColumn}`)}`,
        [reader.inListParam(owners)],
      );
      const groups = groupBy(rows, (r) => r.row.owner_id);
      return owners.map((o) =>
        (groups.get(o) ?? []).map((r) => ({ sessionId: r.entity.id, conferenceId: r.entity.conferenceId })),
      );
    }, BATCH);
  }

  private readonly ofSpeaker = this.links('session_speakers', 'speaker_id');
  private readonly ofTheme = this.links('session_tracks', 'track_id');

  /** A session by id, removed ones too (check `removed`); null for an unknown id. */
  async session(id: string): Promise<PublishedSession | null> {
    const conferenceId = await this.conferenceOf.load(id);
    if (!conferenceId) return null;
    return (await this.conference(conferenceId))?.byId.get(id) ?? null;
  }

  /** The sessions with these ids that exist, removed ones too, in the order asked. */
  async sessions(ids: readonly string[]): Promise<PublishedSession[]> {
    const conferenceIds = await this.conferenceOf.loadMany(ids);
    return this.resolve(ids.map((sessionId, i) => ({ sessionId, conferenceId: conferenceIds[i] })));
  }

  /** Every session a speaker took part in, removed ones too. */
  async sessionsOfSpeaker(speakerId: string): Promise<PublishedSession[]> {
    return this.resolve(await this.ofSpeaker.load(speakerId));
  }

  /** Every session with a theme, removed ones too. */
  async sessionsOfTheme(themeId: string): Promise<PublishedSession[]> {
    return this.resolve(await this.ofTheme.load(themeId));
  }

  /**
   * The published sessions of stored rows whose conference is known (no statement to find it; later
   * lookups of these sessions by id in this request need none either).
   */
  sessionsOfRows(rows: readonly Pick<SessionEntity, 'id' | 'conferenceId'>[]): Promise<PublishedSession[]> {
    for (const r of rows) this.conferenceOf.prime(r.id, r.conferenceId);
    return this.resolve(rows.map((r) => ({ sessionId: r.id, conferenceId: r.conferenceId })));
  }

  private async resolve(
    refs: { sessionId: string; conferenceId: string | null | Error }[],
  ): Promise<PublishedSession[]> {
    const ids = [
      ...new Set(refs.flatMap((r) => (typeof r.conferenceId === 'string' ? [r.conferenceId] : []))),
    ];
    const conferences = new Map(ids.map((id, i) => [id, i]));
    const loaded = await this.published.loadMany(ids);
    return refs.flatMap((r) => {
      const at = typeof r.conferenceId === 'string' ? conferences.get(r.conferenceId) : undefined;
      const c = at === undefined ? undefined : loaded[at];
      if (!c) return [];
      if (c instanceof Error) throw c;
      return c.byId.get(r.sessionId) ?? [];
    });
  }
}
