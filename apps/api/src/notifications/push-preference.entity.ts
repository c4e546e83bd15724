import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

export const DEFAULT_REMINDER_MINUTES = 10;
export const MAX_REMINDER_MINUTES = 120;

/** A delegate's notification settings (no row: the defaults). */
@Entity('push_preferences')
export class PushPreferenceEntity {
  @PrimaryColumn('varchar', { name: 'user_id', length: 36 }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** How many minutes before a starred session with a clock time its reminder comes. */
  @Column('integer', { name: 'reminder_minutes', default: DEFAULT_REMINDER_MINUTES })
  reminderMinutes!: number;
}
