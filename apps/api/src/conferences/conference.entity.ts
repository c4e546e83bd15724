import { ConferenceSeries } from '@ncasc/shared';
import { Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import {
  CreatedAtColumn,
  DateColumn,
  IdColumn,
  InstantColumn,
  UpdatedAtColumn,
} from '../common/database/columns';
import { OrganisationEntity } from '../organisations/organisation.entity';

@Entity('conferences')
export class ConferenceEntity {
  @IdColumn() id!: string;

  @Index({ unique: true })
  @Column('varchar', { length: 40 })
  slug!: string;

  @Column('varchar', { length: 200 }) name!: string;
  @Column('varchar', { length: 10 }) series!: ConferenceSeries;
  @Column('integer') year!: number;
  @Column('varchar', { length: 120, nullable: true }) city!: string | null;
  @Column('varchar', { length: 200, nullable: true }) venue!: string | null;
  @DateColumn({ name: 'starts_on', nullable: true }) startsOn!: string | null;
  @DateColumn({ name: 'ends_on', nullable: true }) endsOn!: string | null;
  @Column('varchar', { length: 60, default: 'Europe/London' }) timezone!: string;
  @Column('varchar', { length: 60, nullable: true }) hashtag!: string | null;

  /** Where the conference's own facts (dates, city) come from, in our words; for organisers to check. */
  @Column('text', { name: 'source_evidence', nullable: true }) sourceEvidence!: string | null;
  /** Facts the sources do not give, left empty on purpose (JSON array of strings). */
  @Column('simple-json', { name: 'left_empty', nullable: true }) leftEmpty!: string[] | null;

  @ManyToMany(() => OrganisationEntity)
  @JoinTable({
    name: 'conference_organisers',
    joinColumn: { name: 'conference_id' },
    inverseJoinColumn: { name: 'organisation_id' },
  })
  organisers!: OrganisationEntity[];

  /**
   * When its programme was first published; null for a new edition, which the public does not see until
   * then (organisers do).
   */
  @InstantColumn({ name: 'published_at', nullable: true }) publishedAt!: Date | null;

  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
