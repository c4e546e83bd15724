import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { TrackEntity } from '../tracks/track.entity';

/**
 * A theme a conference's organisers offer for its sessions (themes themselves are shared by every
 * conference). A new edition copied from another offers that edition's themes before any session has
 * them. Organisers' reference data: the public sees a conference's themes through its sessions.
 */
@Entity('conference_themes')
export class ConferenceThemeEntity {
  @PrimaryColumn('varchar', { name: 'conference_id', length: 36 }) conferenceId!: string;
  @PrimaryColumn('varchar', { name: 'track_id', length: 36 }) trackId!: string;

  @ManyToOne(() => ConferenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: ConferenceEntity;

  @Index()
  @ManyToOne(() => TrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id' })
  track?: TrackEntity;
}
