import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localDate } from '@ncasc/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '../common/database/columns';
import { NotFoundError } from '../common/errors/domain-errors';
import { renderMarkdown } from './markdown/render-markdown';
import { ConferenceEntity } from '../conferences/conference.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import type { CreateRoundupInput, UpdateRoundupInput } from './dto/roundup.input';
import { parsePost } from './import/parse-post';
import { conferenceMatcher } from './mentions/conference-matcher';
import type { MentionMatch } from './mentions/match-mentions';
import { RoundupEntity, RoundupStatus } from './roundup.entity';
import {
  MentionKind,
  MentionStatus,
  RoundupSessionEntity,
  RoundupSpeakerEntity,
} from './roundup-mention.entity';
import { inTransaction } from '../common/database/transactions';

/** Where mentions link to on our own pages. */
export const mentionHref = (kind: MentionKind, id: string): string =>
  `${kind === MentionKind.SPEAKER ? '/speakers' : '/sessions'}/${id}`;

const MENTION_TABLES = {
  [MentionKind.SPEAKER]: { entity: RoundupSpeakerEntity, target: 'speakerId' },
  [MentionKind.SESSION]: { entity: RoundupSessionEntity, target: 'sessionId' },
} as const;

/** A write-up's title and body as the text its mentions are found in. */
export const mentionText = (r: Pick<RoundupEntity, 'title' | 'bodyMarkdown'>): string =>
  `${r.title}\n\n${r.bodyMarkdown}`;

/**
 * Staff's write-ups: drafts, publishing, importing plain-text posts, and the mentions of speakers and
 * sessions found in their text. Every save re-reads the text against the conference's programme:
 * new matches are suggested, suggestions no longer in the text go, and what staff confirmed or removed
 * stays as they left it.
 */
@Injectable()
export class RoundupsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** A write-up the viewer may read: published ones for everyone, drafts too for staff. */
  async findVisible(id: string, staff: boolean): Promise<RoundupEntity | null> {
    const r = await this.ds.getRepository(RoundupEntity).findOneBy({ id });
    return r && (staff || r.status === RoundupStatus.PUBLISHED) ? r : null;
  }

  /** Drafts and published write-ups of a conference, for staff. */
  allOfConference(conferenceId: string): Promise<RoundupEntity[]> {
    return this.ds.getRepository(RoundupEntity).find({
      where: { conferenceId },
      order: { publishedOn: 'ASC', title: 'ASC' },
    });
  }

  async create(input: CreateRoundupInput): Promise<RoundupEntity> {
    const conference = await this.conference(input.conferenceSlug);
    return inTransaction(this.ds, async (m) => {
      const roundup = m.create(RoundupEntity, {
        id: newId(),
        conferenceId: conference.id,
        title: input.title,
        author: input.author ?? null,
        publishedOn: input.publishedOn ?? null,
        publication: input.publication ?? null,
        sourceFile: null,
        bodyMarkdown: input.body,
        status: RoundupStatus.DRAFT,
      });
      await m.insert(RoundupEntity, roundup);
      await this.syncMentions(m, roundup);
      return m.findOneByOrFail(RoundupEntity, { id: roundup.id });
    });
  }

  /** A draft from a plain-text post (title line, paragraphs, optional author and date lines). */
  async importPost(conferenceSlug: string, text: string): Promise<RoundupEntity> {
    const post = parsePost(text);
    return this.create({
      conferenceSlug,
      title: post.title,
      body: post.bodyMarkdown,
      author: post.author,
      publishedOn: post.publishedOn,
      publication: null,
    });
  }

  async update(id: string, input: UpdateRoundupInput): Promise<RoundupEntity> {
    return inTransaction(this.ds, async (m) => {
      const roundup = await this.get(m, id);
      // title and body are never cleared: null, like leaving them out, keeps them
      if (typeof input.title === 'string') roundup.title = input.title;
      if (typeof input.body === 'string') roundup.bodyMarkdown = input.body;
      if (input.author !== undefined) roundup.author = input.author || null;
      if (input.publishedOn !== undefined) roundup.publishedOn = input.publishedOn;
      if (input.publication !== undefined) roundup.publication = input.publication || null;
      await m.save(RoundupEntity, roundup);
      await this.syncMentions(m, roundup);
      return m.findOneByOrFail(RoundupEntity, { id });
    });
  }

  /**
   * Publishing is staff's word that the links are right: suggestions still outstanding are confirmed.
   * A write-up published without a date takes today's date where the conference is.
   */
  async publish(id: string): Promise<RoundupEntity> {
    return inTransaction(this.ds, async (m) => {
      const roundup = await this.get(m, id);
      const conference = await m.findOneByOrFail(ConferenceEntity, { id: roundup.conferenceId });
      roundup.status = RoundupStatus.PUBLISHED;
      roundup.publishedOn ??= localDate(new Date(), conference.timezone);
      await m.save(RoundupEntity, roundup);
      for (const { entity } of Object.values(MENTION_TABLES)) {
        await m.update(
          entity,
          { roundupId: id, status: MentionStatus.SUGGESTED },
          { status: MentionStatus.CONFIRMED },
        );
      }
      return m.findOneByOrFail(RoundupEntity, { id });
    });
  }

  async unpublish(id: string): Promise<RoundupEntity> {
    return inTransaction(this.ds, async (m) => {
      const roundup = await this.get(m, id);
      roundup.status = RoundupStatus.DRAFT;
      await m.save(RoundupEntity, roundup);
      return m.findOneByOrFail(RoundupEntity, { id });
    });
  }

  async delete(id: string): Promise<string> {
    return inTransaction(this.ds, async (m) => {
      await this.get(m, id);
      await m.delete(RoundupEntity, { id });
      return id;
    });
  }

  /** Staff confirm or remove one mention; a removed mention is never suggested again for this write-up. */
  async setMentionStatus(
    roundupId: string,
    kind: MentionKind,
    targetId: string,
    status: MentionStatus.CONFIRMED | MentionStatus.REMOVED,
  ): Promise<RoundupEntity> {
    return inTransaction(this.ds, async (m) => {
      const roundup = await this.get(m, roundupId, 'roundupId');
      const { entity, target } = MENTION_TABLES[kind];
      const key = { roundupId, [target]: targetId };
      if (!(await m.existsBy(entity, key))) {
        // confirming a link the text does not make (staff know better): the target must exist
        const found =
          kind === MentionKind.SPEAKER
            ? await m.existsBy(SpeakerEntity, { id: targetId })
            : await m.existsBy(SessionEntity, { id: targetId, conferenceId: roundup.conferenceId });
        if (!found) throw new NotFoundError(kind === MentionKind.SPEAKER ? 'Speaker' : 'Session', 'targetId');
        // two staff settling the same mention at once: the second insert does nothing, both updates apply
        await m
          .createQueryBuilder()
          .insert()
          .into(entity)
          .values({ ...key, status, matchedText: null, excerpt: null })
          .orIgnore()
          .execute();
      }
      await m.update(entity, key, { status });
      await m.save(RoundupEntity, { ...roundup, updatedAt: new Date() });
      return m.findOneByOrFail(RoundupEntity, { id: roundupId });
    });
  }

  /** How a body would read in a conference's write-up, and which mentions saving it would suggest. */
  async preview(conferenceSlug: string, body: string): Promise<{ html: string; matches: MentionMatch[] }> {
    const conference = await this.conference(conferenceSlug);
    const matcher = await conferenceMatcher(this.ds.manager, conference.id);
    const matches = matcher.find(body);
    const html = renderMarkdown(body, (text) =>
      matcher.findAll(text).map((h) => ({
        index: h.index,
        length: h.matchedText.length,
        href: mentionHref(h.kind, h.targetId),
      })),
    );
    return { html, matches };
  }

  /** Reads the saved text against the programme: suggests new matches, drops stale suggestions. */
  private async syncMentions(m: EntityManager, roundup: RoundupEntity): Promise<void> {
    const matcher = await conferenceMatcher(m, roundup.conferenceId);
    const matches = matcher.find(mentionText(roundup));
    for (const [kind, { entity, target }] of Object.entries(MENTION_TABLES) as [
      MentionKind,
      (typeof MENTION_TABLES)[MentionKind],
    ][]) {
      const found = new Map(matches.filter((x) => x.kind === kind).map((x) => [x.targetId, x]));
      const existing = await m.findBy(entity, { roundupId: roundup.id });
      const known = new Set<string>();
      for (const row of existing) {
        const targetId = (row as unknown as Record<string, string>)[target];
        known.add(targetId);
        const match = found.get(targetId);
        const key = { roundupId: roundup.id, [target]: targetId };
        if (match && row.status !== MentionStatus.REMOVED) {
          await m.update(entity, key, {
            matchedText: clip(match.matchedText, 300),
            excerpt: clip(match.excerpt, 400),
          });
        } else if (!match && row.status === MentionStatus.SUGGESTED) {
          await m.delete(entity, key);
        }
      }
      const fresh = [...found.values()].filter((x) => !known.has(x.targetId));
      if (fresh.length) {
        await m.insert(
          entity,
          fresh.map((x) => ({
            roundupId: roundup.id,
            [target]: x.targetId,
            status: MentionStatus.SUGGESTED,
            matchedText: clip(x.matchedText, 300),
            excerpt: clip(x.excerpt, 400),
          })),
        );
      }
    }
  }

  private async conference(slug: string): Promise<ConferenceEntity> {
    const c = await this.ds.getRepository(ConferenceEntity).findOneBy({ slug });
    if (!c) throw new NotFoundError(`Conference ${slug}`, 'conferenceSlug');
    return c;
  }

  private async get(m: EntityManager, id: string, field = 'id'): Promise<RoundupEntity> {
    const r = await m.findOneBy(RoundupEntity, { id });
    if (!r) throw new NotFoundError('Round-up', field);
    return r;
  }
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
