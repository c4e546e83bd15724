import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, CreatedAtColumn, UpdatedAtColumn } from '../common/database/columns';
import { ConferenceEntity } from '../conferences/conference.entity';

export enum RoundupStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** A write-up of a conference: a post-event round-up, a preview or a press report. */
@Entity('roundups')
export class RoundupEntity {
  @IdColumn() id!: string;

  @Index()
  @Column('varchar', { name: 'conference_id', length: 36 })
  conferenceId!: string;
  @ManyToOne(() => ConferenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: ConferenceEntity;

  @Column('varchar', { length: 300 }) title!: string;
  @Column('varchar', { length: 200, nullable: true }) author!: string | null;
  @DateColumn({ name: 'published_on', nullable: true }) publishedOn!: string | null;
  /** Where the original appeared: "ADCS blog", "Children & Young People Now"… */
  @Column('varchar', { length: 200, nullable: true }) publication!: string | null;
  /** For seeded round-ups, the capture in shared/seeds it was read from. */
  @Column('varchar', { name: 'source_file', length: 200, nullable: true }) sourceFile!: string | null;
  @Column('text', { name: 'body_markdown' }) bodyMarkdown!: string;
  @Column('varchar', { length: 12, default: RoundupStatus.PUBLISHED }) status!: RoundupStatus;

  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
