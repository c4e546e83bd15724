import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CreatedAtColumn } from '../common/database/columns';
import { SessionEntity } from '../sessions/session.entity';

/** A session a delegate starred into their personal schedule. */
@Entity('stars')
export class StarEntity {
  @PrimaryColumn('varchar', { name: 'user_id', length: 36 }) userId!: string;
  @PrimaryColumn('varchar', { name: 'session_id', length: 36 }) sessionId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index()
  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @CreatedAtColumn() createdAt!: Date;
}
