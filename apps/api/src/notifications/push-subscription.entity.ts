import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CreatedAtColumn, IdColumn } from '../common/database/columns';

/**
 * One device's Web Push subscription (the browser's PushSubscription): where to send and the keys to
 * encrypt for. Private to its owner: read and removed only with `user_id` in the SQL.
 */
@Entity('push_subscriptions')
export class PushSubscriptionEntity {
  @IdColumn() id!: string;

  @Index()
  @Column('varchar', { name: 'user_id', length: 36 })
  userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The push service's URL for this device (unique: a device subscribes once, for one account). */
  @Index({ unique: true })
  @Column('varchar', { length: 1000 })
  endpoint!: string;
  /** The device's P-256 public key, base64url. */
  @Column('varchar', { length: 200 }) p256dh!: string;
  /** The device's authentication secret, base64url. */
  @Column('varchar', { length: 100 }) auth!: string;
  @CreatedAtColumn() createdAt!: Date;
}
