import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CreatedAtColumn, IdColumn, UpdatedAtColumn } from '../common/database/columns';
import { SessionEntity } from '../sessions/session.entity';

/**
 * A delegate's rating of a session (1–5) with an optional comment. Its author is never shown to anyone
 * but themselves: organisers read counts, ratings and comments without `user_id`.
 */
@Entity('session_feedback')
@Index(['userId', 'sessionId'], { unique: true })
export class FeedbackEntity {
  @IdColumn() id!: string;

  @Column('varchar', { name: 'user_id', length: 36 }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index()
  @Column('varchar', { name: 'session_id', length: 36 })
  sessionId!: string;
  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column('integer') rating!: number;
  @Column('text', { nullable: true }) comment!: string | null;
  /** An organiser hid the comment (the rating still counts). */
  @Column('boolean', { default: false }) hidden!: boolean;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
