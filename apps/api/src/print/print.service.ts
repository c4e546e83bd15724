import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import { formatDate, localDate, SessionStatus } from '@ncasc/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../app-config';
import { PublicDataCache } from '../common/cache/public-data-cache';
import { PublicReader } from '../common/dataloaders/public-reader';
import { bodyEtag, type ConditionalFile } from '../common/http/conditional';
import { NotesService } from '../notes/notes.service';
import { latest, latestVersion } from '../programme/latest-change';
import { SchedulesLoaders } from '../schedules/schedules.loaders';
import { SchedulesService } from '../schedules/schedules.service';
import type { PublishedConference } from '../sessions/published/published-programme';
import { PublishedProgramme } from '../sessions/published/published-programme.service';
import { type PrintSpec, renderProgrammePdf } from './programme-pdf';

export interface PrintedFile extends ConditionalFile {
  body: Buffer;
}

/** Who a personal programme is for. */
export interface Delegate {
  id: string;
  name: string;
}

/**
 * Printed programmes (PDF). The booklet and its days are public: made once per public data version and
 * kept in the public data cache with the published programme. A delegate's schedule and report are
 * made for each request from their own stars and notes, read by their id.
 */
@Injectable()
export class PrintService {
  constructor(
    private readonly ds: DataSource,
    private readonly programme: PublishedProgramme,
    private readonly cache: PublicDataCache,
    private readonly schedules: SchedulesService,
    private readonly notes: NotesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The PDF being made, or the last one: the next waits for it (see `inTurn`). */
  private turn: Promise<unknown> = Promise.resolve();

  /**
   * Makes PDFs one after another. Laying one out takes most of a core and, while it is made, memory in
   * proportion to its length (about 75 MB of heap for the 20,000-session booklet): made together, ten
   * large ones would only each take ten times as long, and could hold more than the process has.
   */
  private inTurn(make: () => Promise<Buffer>): Promise<Buffer> {
    const made = this.turn.then(make);
    this.turn = made.catch(() => undefined);
    return made;
  }

  private sessionUrl = (id: string) => `${this.config.publicUrl}/sessions/${id}`;

  private async versionLines(c: PublishedConference): Promise<{ lines: string[]; modified: Date }> {
    const v = await latestVersion(this.ds, c.row.id);
    const modified = latest(c.row.updatedAt, v?.publishedAt, ...c.sessions.map((s) => s.row.updatedAt));
    const when = v ? formatDate(localDate(v.publishedAt, c.row.timezone)) : null;
    return { lines: v && when ? [`Programme version ${v.number}, published ${when}`] : [], modified };
  }

  /**
   * The programme booklet, or one day of it; null for an unknown conference, 'no-such-day' for a day
   * that is neither a conference day nor any session's.
   */
  async booklet(slug: string, day?: string): Promise<PrintedFile | null | 'no-such-day'> {
    const reader = this.programme.reader();
    const c = await reader.conferenceBySlug(slug);
    if (!c) return null;
    if (day !== undefined && !c.days.includes(day) && !c.sessions.some((s) => s.day === day))
      return 'no-such-day';
    const version = await reader.version();
    const made = await this.cache.get(
      `print|${slug}|${day ?? ''}`,
      version,
      async () => {
        const { lines, modified } = await this.versionLines(c);
        const body = await this.inTurn(() =>
          renderProgrammePdf({
            conference: c.row,
            heading: day ? `Programme for ${formatDate(day)}` : 'Programme',
            lines,
            sessions: day ? c.sessions.filter((s) => s.day === day) : c.sessions,
            days: day ? [day] : c.days,
            sessionUrl: this.sessionUrl,
            summaries: true,
            speakerIndex: true,
            empty: 'No sessions have been published yet.',
            modified,
          }),
        );
        return { body, modified, etag: bodyEtag(body) };
      },
      (m) => m.body.length + 200,
    );
    return {
      body: made!.body,
      lastModified: made!.modified,
      etag: made!.etag,
      filename: day ? `${slug}-${day}.pdf` : `${slug}.pdf`,
      personal: false,
    };
  }

  /** The delegate's starred sessions with their clashes marked; null for an unknown conference. */
  async mySchedule(who: Delegate, slug: string): Promise<PrintedFile | null> {
    const request = new PublicReader(this.ds);
    const reader = this.programme.reader(request);
    // the delegate's stars, by owner in the statement
    const starred = await new SchedulesLoaders(request).forUser(who.id).starredIds();
    const schedule = await this.schedules.schedule(starred, slug, reader);
    if (!schedule) return null;
    const clashes = new Map<string, string[]>();
    for (const group of schedule.clashes())
      for (const s of group.sessions)
        clashes.set(s.row.id, [
          ...(clashes.get(s.row.id) ?? []),
          ...group.sessions.filter((o) => o !== s).map((o) => o.model.title),
        ]);
    const c = schedule.programme;
    return this.personal(who, slug, 'schedule', {
      conference: c.row,
      heading: 'My schedule',
      lines: [
        `For ${who.name}: ${schedule.sessions.length} starred ${schedule.sessions.length === 1 ? 'session' : 'sessions'}${clashes.size ? `, ${clashes.size} in clashes (marked CLASH)` : ''}`,
      ],
      sessions: schedule.sessions,
      days: [],
      sessionUrl: this.sessionUrl,
      summaries: false,
      speakerIndex: false,
      clashes,
      empty: 'You have not starred any sessions of this conference yet.',
      modified: latest(c.row.updatedAt, ...schedule.sessions.map((s) => s.row.updatedAt)),
    });
  }

  /**
   * The take-home report: every session the delegate starred or wrote a note on, with its summary,
   * speakers and their own note (Markdown laid out); null for an unknown conference.
   */
  async report(who: Delegate, slug: string): Promise<PrintedFile | null> {
    const request = new PublicReader(this.ds);
    const reader = this.programme.reader(request);
    const c = await reader.conferenceBySlug(slug);
    if (!c) return null;
    // both read by owner in the statement
    const [starred, notes] = await Promise.all([
      new SchedulesLoaders(request).forUser(who.id).starredIds(),
      this.notes.list(who.id, slug),
    ]);
    const noteOf = new Map(notes.map((n) => [n.session.id, n.note.body]));
    const ids = new Set([...starred, ...noteOf.keys()]);
    const sessions = [...ids]
      .flatMap((id) => {
        const s = c.byId.get(id);
        // a session taken out of the programme stays in the report when the delegate wrote on it
        return s && (!s.removed || noteOf.has(id)) ? [s] : [];
      })
      .sort((a, b) => a.position - b.position);
    for (const s of sessions) if (!noteOf.has(s.row.id)) noteOf.set(s.row.id, '');
    const written = notes.length;
    return this.personal(who, slug, 'report', {
      conference: c.row,
      heading: 'Conference report',
      lines: [
        `By ${who.name}: ${sessions.length} ${sessions.length === 1 ? 'session' : 'sessions'}, ${written} with notes`,
        ...(sessions.some((s) => s.row.status === SessionStatus.CANCELLED)
          ? ['Cancelled sessions are marked.']
          : []),
      ],
      sessions,
      days: [],
      sessionUrl: this.sessionUrl,
      summaries: true,
      speakerIndex: false,
      notes: noteOf,
      empty: 'You have not starred or written notes on any session of this conference yet.',
      modified: latest(c.row.updatedAt, ...notes.map((n) => n.note.updatedAt)),
    });
  }

  private async personal(who: Delegate, slug: string, kind: string, spec: PrintSpec): Promise<PrintedFile> {
    return {
      body: await this.inTurn(() => renderProgrammePdf(spec)),
      lastModified: spec.modified,
      filename: `${slug}-${kind === 'report' ? 'report' : 'my-schedule'}.pdf`,
      personal: true,
    };
  }
}
