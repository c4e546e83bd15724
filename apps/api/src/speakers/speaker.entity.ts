import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, CreatedAtColumn, UpdatedAtColumn } from '../common/database/columns';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A person who spoke, chaired or sat on a panel; one row per person across every conference. */
@Entity('speakers')
export class SpeakerEntity {
  @IdColumn() id!: string;
  @Index()
  @Column('varchar', { length: 200 })
  name!: string;
  /** Titles the sources use with the name ("Rt Hon", "Lord Justice", "MP", "CBE"), kept apart so names match. */
  @Column('simple-json', { nullable: true }) honorifics!: string[] | null;
  /** Their most recent role as the sources give it. */
  @Column('varchar', { length: 300, nullable: true }) role!: string | null;

  @Column('varchar', { name: 'organisation_id', length: 36, nullable: true }) organisationId!: string | null;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  /** The write-up this speaker was first read from (seeded speakers). */
  @Column('varchar', { name: 'source_roundup_id', length: 36, nullable: true }) sourceRoundupId!:
    string | null;
  // round-ups sit above this domain: the relation names their entity instead of importing it
  @ManyToOne('RoundupEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'source_roundup_id' })
  sourceRoundup?: { id: string } | null;

  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
