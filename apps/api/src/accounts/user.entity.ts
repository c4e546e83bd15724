import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, UpdatedAtColumn } from '../common/database/columns';

export enum Role {
  DELEGATE = 'DELEGATE',
  STAFF = 'STAFF',
  ORGANISER = 'ORGANISER',
}

/** An account. The hashes never leave the server: the GraphQL User model has no such fields. */
@Entity('users')
export class UserEntity {
  @IdColumn() id!: string;

  /** Trimmed and lower-cased, so one address is one account. */
  @Index({ unique: true })
  @Column('varchar', { length: 254 })
  email!: string;

  @Column('varchar', { length: 120 }) name!: string;
  @Column('varchar', { name: 'password_hash', length: 200 }) passwordHash!: string;
  @Column('varchar', { length: 12, default: Role.DELEGATE }) role!: Role;

  /** SHA-256 of the current calendar feed token; the token itself is derived, never stored. */
  @Index({ unique: true })
  @Column('varchar', { name: 'feed_token_hash', length: 64 })
  feedTokenHash!: string;
  /** Raised by rotateCalendarFeed: the old token stops working. */
  @Column('integer', { name: 'feed_token_version', default: 1 }) feedTokenVersion!: number;

  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
