import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SessionEntity } from '../sessions/session.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { RoundupEntity } from './roundup.entity';

/** Where a mention stands: found in the text, checked by staff, or taken out by staff (never re-suggested). */
export enum MentionStatus {
  SUGGESTED = 'SUGGESTED',
  CONFIRMED = 'CONFIRMED',
  REMOVED = 'REMOVED',
}

export enum MentionKind {
  SPEAKER = 'SPEAKER',
  SESSION = 'SESSION',
}

/** What a mention row holds besides its two ends. */
export interface MentionFields {
  roundupId: string;
  status: MentionStatus;
  /** The words of the write-up that matched. */
  matchedText: string | null;
  /** The sentence around the first match. */
  excerpt: string | null;
}

/** A write-up naming a speaker. */
@Entity('roundup_speakers')
export class RoundupSpeakerEntity implements MentionFields {
  @PrimaryColumn('varchar', { name: 'roundup_id', length: 36 }) roundupId!: string;
  @PrimaryColumn('varchar', { name: 'speaker_id', length: 36 }) speakerId!: string;

  @Index()
  @ManyToOne(() => RoundupEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'roundup_id' })
  roundup?: RoundupEntity;

  @Index()
  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: SpeakerEntity;

  @Column('varchar', { length: 12, default: MentionStatus.CONFIRMED }) status!: MentionStatus;
  @Column('varchar', { name: 'matched_text', length: 300, nullable: true }) matchedText!: string | null;
  @Column('varchar', { length: 400, nullable: true }) excerpt!: string | null;
}

/** A write-up naming a session. */
@Entity('roundup_sessions')
export class RoundupSessionEntity implements MentionFields {
  @PrimaryColumn('varchar', { name: 'roundup_id', length: 36 }) roundupId!: string;
  @PrimaryColumn('varchar', { name: 'session_id', length: 36 }) sessionId!: string;

  @Index()
  @ManyToOne(() => RoundupEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'roundup_id' })
  roundup?: RoundupEntity;

  @Index()
  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column('varchar', { length: 12, default: MentionStatus.CONFIRMED }) status!: MentionStatus;
  @Column('varchar', { name: 'matched_text', length: 300, nullable: true }) matchedText!: string | null;
  @Column('varchar', { length: 400, nullable: true }) excerpt!: string | null;
}
