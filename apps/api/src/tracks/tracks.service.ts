import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { TrackEntity } from './track.entity';

@Injectable()
export class TracksService {
  constructor(@InjectRepository(TrackEntity) private readonly tracks: Repository<TrackEntity>) {}

  /** By name as a reader sorts them (not by the database's collation, which differs between engines). */
  async list(): Promise<TrackEntity[]> {
    return (await this.tracks.find()).sort((a, b) => a.name.localeCompare(b.name));
  }

  findBySlug(slug: string): Promise<TrackEntity | null> {
    return this.tracks.findOneBy({ slug });
  }
}
