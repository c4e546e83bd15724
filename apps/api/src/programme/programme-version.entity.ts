import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn } from '../common/database/columns';
import { ConferenceEntity } from '../conferences/conference.entity';
import type { ProgrammeChange } from './diff';

/** A published version of a conference's programme: number, when, the organiser's note, what changed. */
@Entity('programme_versions')
@Index(['conferenceId', 'number'], { unique: true })
export class ProgrammeVersionEntity {
  @IdColumn() id!: string;
  @Column('varchar', { name: 'conference_id', length: 36 }) conferenceId!: string;
  @ManyToOne(() => ConferenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: ConferenceEntity;
  @Column('integer') number!: number;
  @InstantColumn({ name: 'published_at' }) publishedAt!: Date;
  @Column('varchar', { length: 2000, nullable: true }) note!: string | null;
  @Column('simple-json') changes!: ProgrammeChange[];
}
