import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CreatedAtColumn, IdColumn, UpdatedAtColumn } from '../common/database/columns';
import { SessionEntity } from '../sessions/session.entity';

/** A delegate's private note on one session. Every read filters by user_id in the query itself. */
@Entity('notes')
@Index(['userId', 'sessionId'], { unique: true })
export class NoteEntity {
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

  @Column('text') body!: string;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
