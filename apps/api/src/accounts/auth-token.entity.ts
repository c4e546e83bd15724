import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn } from '../common/database/columns';
import { UserEntity } from './user.entity';

/** A signed-in session. The bearer token is random; only its SHA-256 is kept, so a leaked table signs no one in. */
@Entity('auth_tokens')
export class AuthTokenEntity {
  @IdColumn() id!: string;

  @Index()
  @Column('varchar', { name: 'user_id', length: 36 })
  userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index({ unique: true })
  @Column('varchar', { name: 'token_hash', length: 64 })
  tokenHash!: string;

  @InstantColumn({ name: 'expires_at' }) expiresAt!: Date;
  /** Set by signOut; a revoked token never works again. */
  @InstantColumn({ name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
}
