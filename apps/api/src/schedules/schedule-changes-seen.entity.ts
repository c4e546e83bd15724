import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { UpdatedAtColumn } from '../common/database/columns';
import { ConferenceEntity } from '../conferences/conference.entity';

/**
 * The latest programme version whose changes to their starred sessions a delegate has seen, per
 * conference (My schedule's "changed since you last looked" starts after it).
 */
@Entity('schedule_changes_seen')
export class ScheduleChangesSeenEntity {
  @PrimaryColumn('varchar', { name: 'user_id', length: 36 }) userId!: string;
  @PrimaryColumn('varchar', { name: 'conference_id', length: 36 }) conferenceId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => ConferenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: ConferenceEntity;

  @Column('integer', { name: 'seen_version' }) seenVersion!: number;
  @UpdatedAtColumn() updatedAt!: Date;
}
