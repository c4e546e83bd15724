import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CreatedAtColumn, IdColumn, InstantColumn } from '../common/database/columns';

export enum OutboxKind {
  REMINDER = 'REMINDER',
  CHANGE = 'CHANGE',
  /** A programme version whose change alerts have been queued (a marker, never sent). */
  VERSION = 'VERSION',
}

/** What a notification shows: its title, text, and the page a tap opens. */
export interface PushMessage {
  title: string;
  body: string;
  url: string;
  /** Notifications with one tag replace each other on the device. */
  tag: string;
}

/**
 * Notifications waiting to be sent, shared by every instance on the database. `key` makes each one
 * queued once however many instances find it due; a poller claims a row by setting `claimed_at` only
 * where it is still unclaimed (or its claim has lapsed), so one instance sends it.
 */
@Entity('push_outbox')
export class PushOutboxEntity {
  @IdColumn() id!: string;

  /** e.g. `reminder:<user>:<session>:<begins>` or `change:<version>:<user>`. */
  @Index({ unique: true })
  @Column('varchar', { length: 200 })
  key!: string;

  @Column('varchar', { length: 10 }) kind!: OutboxKind;

  @Index()
  @Column('varchar', { name: 'user_id', length: 36, nullable: true })
  userId!: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('simple-json', { nullable: true }) message!: PushMessage | null;
  @Column('integer', { default: 0 }) attempts!: number;
  /** When a poller took it (a claim older than the lease may be taken again). */
  @InstantColumn({ name: 'claimed_at', nullable: true }) claimedAt!: Date | null;
  @Index()
  @InstantColumn({ name: 'sent_at', nullable: true })
  sentAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
}
