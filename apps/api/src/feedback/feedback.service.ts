import { Injectable } from '@nestjs/common';
import { describeTiming, sessionBegins, SessionStatus } from '@ncasc/shared';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { newId } from '../common/database/columns';
import { isUniqueViolation } from '../common/database/errors';
import { inTransaction } from '../common/database/transactions';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import type { PublishedConference, PublishedSession } from '../sessions/published/published-programme';
import { FeedbackEntity } from './feedback.entity';
import type { FeedbackCommentModel, FeedbackSummaryModel } from './models/feedback.model';

/** What organisers read of a rating: never its author (`user_id` is not selected). */
type Anonymous = Pick<FeedbackEntity, 'id' | 'sessionId' | 'rating' | 'comment' | 'hidden' | 'updatedAt'>;
const ANONYMOUS: (keyof Anonymous)[] = ['id', 'sessionId', 'rating', 'comment', 'hidden', 'updatedAt'];

/**
 * Delegates rate the sessions they attended; organisers read the ratings without their authors.
 * A delegate's own rating is read only by its owner (FeedbackLoaders, filtered by user id).
 */
@Injectable()
export class FeedbackService {
  constructor(private readonly ds: DataSource) {}

  /**
   * The caller's rating of a session, made or changed (one per delegate and session). Refused, naming
   * `sessionId`, for a removed or cancelled session and before the session has begun.
   */
  async rate(
    userId: string,
    session: PublishedSession | null,
    rating: number,
    comment: string | null | undefined,
    now = new Date(),
  ): Promise<FeedbackEntity> {
    if (!session || session.removed) throw new NotFoundError('Session', 'sessionId');
    if (session.row.status === SessionStatus.CANCELLED)
      throw new InvalidInputError('sessionId', 'this session was cancelled, so it cannot be rated');
    const begins = sessionBegins(session.row, session.conference);
    if (begins && begins.getTime() > now.getTime())
      throw new InvalidInputError('sessionId', 'this session can be rated once it has begun');
    const text = comment?.trim() || null;
    const sessionId = session.row.id;
    const attempt = () =>
      inTransaction(this.ds, async (m) => {
        const current = await m.findOneBy(FeedbackEntity, { userId, sessionId });
        if (current) await m.update(FeedbackEntity, { id: current.id, userId }, { rating, comment: text });
        else await m.insert(FeedbackEntity, { id: newId(), userId, sessionId, rating, comment: text });
        return m.findOneByOrFail(FeedbackEntity, { userId, sessionId });
      });
    try {
      return await attempt();
    } catch (e) {
      // made at the same moment by another request (PostgreSQL): update that one instead
      if (!isUniqueViolation(e)) throw e;
      return attempt();
    }
  }

  private anonymous(sessionIds: readonly string[]): Promise<Anonymous[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return this.ds
      .getRepository(FeedbackEntity)
      .createQueryBuilder('f')
      .select(ANONYMOUS.map((c) => `f.${c}`))
      .where('f.session_id IN (:...sessionIds)', { sessionIds })
      .orderBy('f.updated_at', 'DESC')
      .addOrderBy('f.id')
      .getMany();
  }

  /** ORGANISER: count, average, spread and comments of a session's ratings. */
  async summary(sessionId: string): Promise<FeedbackSummaryModel> {
    const rows = await this.anonymous([sessionId]);
    const distribution = [1, 2, 3, 4, 5].map((r) => rows.filter((f) => f.rating === r).length);
    const total = rows.reduce((sum, f) => sum + f.rating, 0);
    return {
      sessionId,
      count: rows.length,
      average: rows.length ? Math.round((total / rows.length) * 100) / 100 : null,
      distribution,
      comments: rows.filter((f) => f.comment).map(toComment),
    };
  }

  /** ORGANISER: hides a comment from the summary's readers (or shows it again); the rating still counts. */
  async setHidden(id: string, hidden: boolean): Promise<FeedbackCommentModel> {
    const repo = this.ds.getRepository(FeedbackEntity);
    const found = await repo.findOne({
      where: { id },
      select: Object.fromEntries(ANONYMOUS.map((c) => [c, true])),
    });
    if (!found) throw new NotFoundError('Feedback', 'id');
    if (!found.comment) throw new InvalidInputError('id', 'this feedback has no comment to hide');
    await repo.update({ id }, { hidden });
    return toComment({ ...found, hidden });
  }

  /**
   * ORGANISER: every rating of a conference's sessions as CSV, in agenda order, without authors. Cells
   * that a spreadsheet would run as a formula (=, +, -, @) are escaped: comments are delegates' text.
   */
  async exportCsv(conference: PublishedConference): Promise<string> {
    // removed sessions too: their ratings were given while they were in the programme
    const sessions = conference.byId;
    const rows = (await this.anonymous([...sessions.keys()])).sort(
      (a, b) => sessions.get(a.sessionId)!.position - sessions.get(b.sessionId)!.position,
    );
    const zone = conference.row.timezone;
    return stringify(
      rows.map((f) => {
        const s = sessions.get(f.sessionId)!.row;
        return [
          s.id,
          s.title,
          describeTiming(
            { ...s, startsAt: s.startsAt?.toISOString() ?? null, endsAt: s.endsAt?.toISOString() ?? null },
            zone,
          ),
          f.rating,
          f.comment ?? '',
          f.hidden ? 'yes' : 'no',
          f.updatedAt.toISOString(),
        ];
      }),
      {
        header: true,
        columns: ['session_id', 'session', 'when', 'rating', 'comment', 'comment_hidden', 'updated_at'],
        escape_formulas: true,
        bom: true,
      },
    );
  }
}

const toComment = (f: Anonymous): FeedbackCommentModel => ({
  id: f.id,
  rating: f.rating,
  comment: f.comment ?? '',
  hidden: f.hidden,
  updatedAt: f.updatedAt,
});
