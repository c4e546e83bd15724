import { Column, Entity, Index } from 'typeorm';
import { IdColumn } from '../common/database/columns';

/** A theme shared across conferences (SEND, funding, safeguarding…); a conference's tracks are the themes of its sessions. */
@Entity('tracks')
export class TrackEntity {
  @IdColumn() id!: string;
  @Index({ unique: true })
  @Column('varchar', { length: 80 })
  slug!: string;
  @Column('varchar', { length: 120 }) name!: string;
}
