import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Loaders } from '../common/dataloaders/loaders';
import { present } from '../common/loaded';
import { sortAcrossConferences } from '../sessions/agenda-order';
import { SessionEntity } from '../sessions/session.entity';
import { TrackEntity } from './track.entity';

@Injectable()
export class TracksService {
  constructor(
    @InjectRepository(TrackEntity) private readonly tracks: Repository<TrackEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
  ) {}

  /** By name as a reader sorts them (not by the database's collation, which differs between engines). */
  async list(): Promise<TrackEntity[]> {
    return (await this.tracks.find()).sort((a, b) => a.name.localeCompare(b.name));
  }

  findBySlug(slug: string): Promise<TrackEntity | null> {
    return this.tracks.findOneBy({ slug });
  }

  /** The theme's sessions across every conference, oldest conference first, agenda order within each. */
  async sessionsAcrossYears(trackId: string, loaders: Loaders): Promise<SessionEntity[]> {
    const sessions = await this.sessions
      .createQueryBuilder('s')
      .innerJoin('session_tracks', 'st', 'st.session_id = s.id')
      .where('st.track_id = :trackId', { trackId })
      .andWhere('s.removed_at IS NULL')
      .getMany();
    const conferences = present(
      await loaders.conference.loadMany([...new Set(sessions.map((s) => s.conferenceId))]),
    );
    return sortAcrossConferences(sessions, conferences);
  }
}
