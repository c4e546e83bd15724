import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from '../common/database/columns';
import { ConferenceEntity } from '../conferences/conference.entity';
import type { DraftBody } from './draft';

/** An organiser's unpublished edits of one conference's programme: the whole draft programme as JSON. */
@Entity('programme_drafts')
export class ProgrammeDraftEntity {
  @PrimaryColumn('varchar', { name: 'conference_id', length: 36 }) conferenceId!: string;
  @ManyToOne(() => ConferenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: ConferenceEntity;
  @Column('simple-json') body!: DraftBody;
  @UpdatedAtColumn() updatedAt!: Date;
}
