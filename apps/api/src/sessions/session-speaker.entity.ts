import { SpeakerRole } from '@ncasc/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { SessionEntity } from './session.entity';

/** A speaker's part in a session, with the title they held at the time. */
@Entity('session_speakers')
export class SessionSpeakerEntity {
  @PrimaryColumn('varchar', { name: 'session_id', length: 36 }) sessionId!: string;
  @PrimaryColumn('varchar', { name: 'speaker_id', length: 36 }) speakerId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Index()
  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: SpeakerEntity;

  @Column('varchar', { length: 10, default: SpeakerRole.SPEAKER }) role!: SpeakerRole;
  /** e.g. "ADCS President" in 2018; the speaker's current role may differ. */
  @Column('varchar', { length: 300, nullable: true }) capacity!: string | null;
  @Column('integer', { default: 0 }) position!: number;
}
