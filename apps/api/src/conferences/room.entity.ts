import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn } from '../common/database/columns';
import { ConferenceEntity } from './conference.entity';

@Entity('rooms')
@Index(['conferenceId', 'name'], { unique: true })
export class RoomEntity {
  @IdColumn() id!: string;
  @Column('varchar', { name: 'conference_id', length: 36 }) conferenceId!: string;
  @ManyToOne(() => ConferenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: ConferenceEntity;
  @Column('varchar', { length: 120 }) name!: string;
  /** How many people it seats, when the organisers say. */
  @Column('integer', { nullable: true }) capacity!: number | null;
}
