import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One fixed-window counter: how many requests `subject` (a hashed address, user id or address+email)
 * made in `bucket` (sign-in, sign-up, writes…) during the window starting at `windowStart`. Kept in the
 * database so that every instance on it counts together; windows past `expiresAt` are purged.
 */
@Entity('rate_limits')
export class RateLimitEntity {
  @PrimaryColumn('varchar', { length: 40 }) bucket!: string;
  @PrimaryColumn('varchar', { length: 64 }) subject!: string;
  /** Milliseconds since the epoch. */
  @PrimaryColumn('bigint', { name: 'window_start' }) windowStart!: string;
  @Column('integer') hits!: number;
  @Index()
  @Column('bigint', { name: 'expires_at' })
  expiresAt!: string;
}
