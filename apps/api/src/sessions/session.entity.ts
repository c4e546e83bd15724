import { DayPart, SessionStatus, SessionType, TimePrecision } from '@ncasc/shared';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import {
  DateColumn,
  IdColumn,
  InstantColumn,
  CreatedAtColumn,
  UpdatedAtColumn,
} from '../common/database/columns';
import { ConferenceEntity } from '../conferences/conference.entity';
import { RoomEntity } from '../conferences/room.entity';
import { TrackEntity } from '../tracks/track.entity';

@Entity('sessions')
@Index(['conferenceId', 'day'])
export class SessionEntity {
  @IdColumn() id!: string;

  @Column('varchar', { name: 'conference_id', length: 36 }) conferenceId!: string;
  @ManyToOne(() => ConferenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: ConferenceEntity;

  @Column('varchar', { length: 300 }) title!: string;
  @Column('text', { nullable: true }) summary!: string | null;
  /** Null when no source states the kind of session. */
  @Column('varchar', { length: 12, nullable: true }) type!: SessionType | null;
  @Column('varchar', { length: 12, default: SessionStatus.SCHEDULED }) status!: SessionStatus;

  /** How much of the time the sources give; startsAt/endsAt are set only for EXACT. */
  @Column('varchar', { name: 'time_precision', length: 10 }) timePrecision!: TimePrecision;
  /** The local day (YYYY-MM-DD) for every precision but UNKNOWN; kept in step with startsAt for EXACT. */
  @DateColumn({ nullable: true }) day!: string | null;
  @Column('varchar', { name: 'day_part', length: 10, nullable: true }) dayPart!: DayPart | null;
  @InstantColumn({ name: 'starts_at', nullable: true }) startsAt!: Date | null;
  @InstantColumn({ name: 'ends_at', nullable: true }) endsAt!: Date | null;
  /** Set when a published session is taken out of the programme (kept for notes and calendar feeds). */
  @InstantColumn({ name: 'removed_at', nullable: true }) removedAt!: Date | null;

  /** Raised by every published change to the session: the iCalendar SEQUENCE. */
  @Column('integer', { default: 0 }) revision!: number;

  /** Order among sessions with the same time (the order the source tells them in). */
  @Column('integer', { default: 0 }) sequence!: number;

  @Column('varchar', { name: 'room_id', length: 36, nullable: true }) roomId!: string | null;
  @ManyToOne(() => RoomEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'room_id' })
  room?: RoomEntity | null;

  @ManyToMany(() => TrackEntity)
  @JoinTable({
    name: 'session_tracks',
    joinColumn: { name: 'session_id' },
    inverseJoinColumn: { name: 'track_id' },
  })
  tracks?: TrackEntity[];

  /** The write-up this session was reconstructed from, and where in it (our words). */
  @Column('varchar', { name: 'source_roundup_id', length: 36, nullable: true }) sourceRoundupId!:
    string | null;
  // round-ups sit above this domain: the relation names their entity instead of importing it
  @ManyToOne('RoundupEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'source_roundup_id' })
  sourceRoundup?: { id: string } | null;
  @Column('text', { name: 'source_evidence', nullable: true }) sourceEvidence!: string | null;
  /**
   * The session's key in the file a programme import brought it from (the `id` column, the frab/c3voc
   * guid, or the title and day): a later import of a corrected file finds it again by this.
   */
  @Column('varchar', { name: 'external_id', length: 300, nullable: true }) externalId!: string | null;

  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
