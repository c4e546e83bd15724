import { Injectable, Logger } from '@nestjs/common';
import { dayPartReminderAt, localDate, sessionBegins, SessionStatus, TimePrecision } from '@ncasc/shared';
import { Brackets, DataSource, In, IsNull } from 'typeorm';
import { newId } from '../common/database/columns';
import { inTransaction, write } from '../common/database/transactions';
import { ConferenceEntity } from '../conferences/conference.entity';
import { ProgrammeVersionEntity } from '../programme/programme-version.entity';
import { StarEntity } from '../schedules/star.entity';
import { AppClock } from './app-clock';
import { ALERTED_KINDS, changeAlert, reminder } from './push-messages';
import { PushKeys } from './push-keys';
import { OutboxKind, PushOutboxEntity } from './push-outbox.entity';
import {
  DEFAULT_REMINDER_MINUTES,
  MAX_REMINDER_MINUTES,
  PushPreferenceEntity,
} from './push-preference.entity';
import { PushSender } from './push-sender';
import { PushSubscriptionEntity } from './push-subscription.entity';

/** A claim older than this is taken to be an instance that stopped half-way: the row is taken again. */
const LEASE_MS = 2 * 60_000;
/** A row is given up after this many claims that reached no device. */
const MAX_ATTEMPTS = 5;
/** A part-of-the-day reminder is still worth sending this long after its part of the day began. */
const DAY_PART_GRACE_MS = 30 * 60_000;
const BATCH = 50;

/**
 * Stars of delegates with a device. Written as `IN (…)` rather than `EXISTS`, so the database starts
 * from the few delegates with a device and reads only their stars: with `EXISTS`, SQLite walked every
 * star (a million in the benchmark's data: 1.1 s, in which the process answered nothing, every
 * PUSH_POLL_SECONDS).
 */
const hasSubscription = (alias: string) =>
  `${alias}.user_id IN (SELECT p.user_id FROM push_subscriptions p)`;

/**
 * The outbox every instance shares: change alerts and reminders are queued once (a unique key per
 * notification), and each is sent by whichever instance claims it first.
 */
@Injectable()
export class PushOutbox {
  private readonly logger = new Logger('Push');

  constructor(
    private readonly ds: DataSource,
    private readonly clock: AppClock,
    private readonly keys: PushKeys,
    private readonly sender: PushSender,
  ) {}

  /** One round of the poller: queue what is due, then send what is queued. Answers how many were sent. */
  async tick(): Promise<number> {
    const now = this.clock.now();
    await this.queueChangeAlerts(now);
    await this.queueReminders(now);
    return this.deliver(now);
  }

  /**
   * For each published version not yet looked at: one alert per delegate with a device, naming the
   * starred sessions the version moved, retimed or cancelled (the version's own changelog, diff.ts).
   * The version is marked in the same transaction, so it is looked at once whatever the instances.
   */
  async queueChangeAlerts(now: Date): Promise<void> {
    const versions = await this.ds
      .getRepository(ProgrammeVersionEntity)
      .createQueryBuilder('v')
      .where(`NOT EXISTS (SELECT 1 FROM push_outbox o WHERE o.key = 'version:' || v.id)`)
      .orderBy('v.publishedAt', 'ASC')
      .take(20)
      .getMany();
    for (const v of versions) {
      const changes = v.changes.filter((c) => c.sessionId && ALERTED_KINDS.has(c.kind));
      await inTransaction(this.ds, async (m) => {
        // the version's marker; when another instance marked it first, the row kept is not ours and
        // this instance leaves the version to it (ignored rather than failed: no error in the logs)
        const marker = newId();
        await m
          .createQueryBuilder()
          .insert()
          .into(PushOutboxEntity)
          .values({
            id: marker,
            key: `version:${v.id}`,
            kind: OutboxKind.VERSION,
            userId: null,
            message: null,
            sentAt: now,
          })
          .orIgnore()
          .execute();
        if (!(await m.existsBy(PushOutboxEntity, { id: marker }))) return;
        if (!changes.length) return;
        const stars = await m
          .createQueryBuilder(StarEntity, 's')
          .where('s.sessionId IN (:...ids)', { ids: [...new Set(changes.map((c) => c.sessionId))] })
          .andWhere(hasSubscription('s'))
          .getMany();
        if (!stars.length) return;
        const conference = await m.findOneByOrFail(ConferenceEntity, { id: v.conferenceId });
        const byUser = new Map<string, Set<string>>();
        for (const s of stars) byUser.set(s.userId, (byUser.get(s.userId) ?? new Set()).add(s.sessionId));
        for (const [userId, sessions] of byUser) {
          const message = changeAlert(
            conference,
            v.number,
            changes.filter((c) => sessions.has(c.sessionId as string)),
          );
          await m.insert(PushOutboxEntity, {
            id: newId(),
            key: `change:${v.id}:${userId}`,
            kind: OutboxKind.CHANGE,
            userId,
            message,
          });
        }
      });
    }
  }

  /**
   * Reminders due by `now`: a starred session with a clock time, its delegate's number of minutes
   * before it begins (until it begins); one with only a part of the day, when that part of a
   * conference day usually starts (`dayPartReminderAt`: 08:30 for the morning, not midnight). Each is queued once (its key holds the moment it begins, so a retimed session
   * is reminded of again at its new time).
   */
  async queueReminders(now: Date): Promise<void> {
    const soon = new Date(now.getTime() + MAX_REMINDER_MINUTES * 60_000);
    const day = 24 * 60 * 60_000;
    // every zone's local date today is one of these three
    const days = [-1, 0, 1].map((d) => new Date(now.getTime() + d * day).toISOString().slice(0, 10));
    const stars = await this.ds
      .getRepository(StarEntity)
      .createQueryBuilder('st')
      .innerJoinAndSelect('st.session', 's')
      .innerJoinAndSelect('s.conference', 'c')
      .leftJoinAndSelect('s.room', 'r')
      .where(hasSubscription('st'))
      .andWhere('s.removedAt IS NULL')
      .andWhere('s.status <> :cancelled', { cancelled: SessionStatus.CANCELLED })
      .andWhere('c.publishedAt IS NOT NULL')
      .andWhere(
        new Brackets((q) =>
          q
            .where('(s.timePrecision = :exact AND s.startsAt > :now AND s.startsAt <= :soon)', {
              exact: TimePrecision.EXACT,
              now,
              soon,
            })
            .orWhere('(s.timePrecision <> :exact AND s.dayPart IS NOT NULL AND s.day IN (:...days))', {
              days,
            }),
        ),
      )
      .getMany();
    if (!stars.length) return;
    const minutesOf = new Map(
      (
        await this.ds
          .getRepository(PushPreferenceEntity)
          .findBy({ userId: In([...new Set(stars.map((s) => s.userId))]) })
      ).map((p) => [p.userId, p.reminderMinutes]),
    );
    for (const star of stars) {
      const s = star.session;
      const c = s?.conference;
      if (!s || !c) continue;
      const exact = s.timePrecision === TimePrecision.EXACT;
      const begins = exact ? sessionBegins(s, c) : dayPartReminderAt(s, c);
      if (!begins) continue;
      const minutes = exact ? (minutesOf.get(star.userId) ?? DEFAULT_REMINDER_MINUTES) : null;
      const remindAt = begins.getTime() - (minutes ?? 0) * 60_000;
      const until = exact ? begins.getTime() : begins.getTime() + DAY_PART_GRACE_MS;
      if (now.getTime() < remindAt || now.getTime() >= until) continue;
      // the conference's own day for a day part: a session of another day is not today's
      if (!exact && localDate(now, c.timezone) !== s.day) continue;
      await write(this.ds, (m) =>
        m
          .createQueryBuilder()
          .insert()
          .into(PushOutboxEntity)
          .values({
            id: newId(),
            key: `reminder:${star.userId}:${s.id}:${begins.toISOString()}`,
            kind: OutboxKind.REMINDER,
            userId: star.userId,
            message: reminder({ ...s, room: s.room?.name ?? null }, minutes, c.timezone),
          })
          .orIgnore()
          .execute(),
      );
    }
  }

  /** Sends what is queued and unclaimed (or whose claim lapsed), each row by the one instance that claims it. */
  async deliver(now: Date): Promise<number> {
    const lapsed = new Date(now.getTime() - LEASE_MS);
    const waiting = await this.ds
      .getRepository(PushOutboxEntity)
      .createQueryBuilder('o')
      .select(['o.id'])
      .where('o.sentAt IS NULL')
      .andWhere(
        new Brackets((q) => q.where('o.claimedAt IS NULL').orWhere('o.claimedAt < :lapsed', { lapsed })),
      )
      .orderBy('o.createdAt', 'ASC')
      .take(BATCH)
      .getMany();
    let sent = 0;
    for (const { id } of waiting) {
      const claimed = await this.claim(id, now, lapsed);
      if (claimed) sent += await this.send(claimed, now);
    }
    return sent;
  }

  /** Takes the row if no other instance has it: a conditional update, told apart by its affected rows. */
  private async claim(id: string, now: Date, lapsed: Date): Promise<PushOutboxEntity | null> {
    const result = await write(this.ds, (m) =>
      m
        .createQueryBuilder()
        .update(PushOutboxEntity)
        .set({ claimedAt: now, attempts: () => 'attempts + 1' })
        .where('id = :id AND sent_at IS NULL', { id })
        .andWhere(
          new Brackets((q) => q.where('claimed_at IS NULL').orWhere('claimed_at < :lapsed', { lapsed })),
        )
        .execute(),
    );
    if (result.affected !== 1) return null;
    return this.ds.getRepository(PushOutboxEntity).findOneBy({ id });
  }

  private async send(row: PushOutboxEntity, now: Date): Promise<number> {
    if (!row.userId || !row.message) {
      await write(this.ds, (m) => m.update(PushOutboxEntity, { id: row.id }, { sentAt: now }));
      return 0;
    }
    const devices = await this.ds.getRepository(PushSubscriptionEntity).findBy({ userId: row.userId });
    let reached = 0;
    let failed = 0;
    for (const device of devices) {
      const outcome = await this.sender.send(device, row.message, this.keys.vapid);
      if (outcome === 'sent') reached++;
      else if (outcome === 'gone') {
        // the push service forgot this device (unsubscribed, expired): nothing more goes there
        await write(this.ds, (m) =>
          m.delete(PushSubscriptionEntity, { id: device.id, userId: row.userId as string }),
        );
      } else failed++;
    }
    if (failed && !reached && row.attempts < MAX_ATTEMPTS) {
      // every device failed for now: left claimed, taken again once the lease lapses
      this.logger.warn(`push ${row.kind.toLowerCase()} not delivered (attempt ${row.attempts}), will retry`);
      return 0;
    }
    await write(this.ds, (m) =>
      m.update(PushOutboxEntity, { id: row.id, sentAt: IsNull() }, { sentAt: now }),
    );
    return reached;
  }
}
